#!/usr/bin/python3
"""Independent reference areas: pyproj Geod (GeographicLib) on each feature's lon/lat.

Usage: /usr/bin/python3 scripts/reference_areas.py DATASET LAYER [OUT.csv]
Writes fid,area_m2 — the ellipsoidal area of every polygon, computed the way PostGIS geography
and pyproj do: vertices turned into longitude/latitude of the layer's own geographic CRS (no
datum shift) and measured on its ellipsoid. landplan's tests and benchmarks compare against it.
"""
import sys

from osgeo import ogr, osr
from pyproj import CRS, Geod, Transformer

ogr.UseExceptions()


def main():
    dataset, layer_name = sys.argv[1], sys.argv[2]
    out = open(sys.argv[3], "w", encoding="utf-8") if len(sys.argv) > 3 else sys.stdout
    source = ogr.Open(dataset)  # keep the dataset alive while its layer is read
    layer = source.GetLayerByName(layer_name)
    crs = CRS.from_wkt(layer.GetSpatialRef().ExportToWkt())
    geographic = crs.geodetic_crs
    to_lonlat = Transformer.from_crs(crs, geographic, always_xy=True)
    ellipsoid = geographic.ellipsoid
    geod = Geod(a=ellipsoid.semi_major_metre, rf=ellipsoid.inverse_flattening)
    out.write("fid,area_m2\n")
    for feature in layer:
        geometry = feature.GetGeometryRef()
        area = 0.0
        if geometry is not None:
            polygons = [geometry] if geometry.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D) \
                else [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
            for polygon in polygons:
                for r in range(polygon.GetGeometryCount()):
                    ring = polygon.GetGeometryRef(r)
                    xs = [ring.GetX(i) for i in range(ring.GetPointCount())]
                    ys = [ring.GetY(i) for i in range(ring.GetPointCount())]
                    lons, lats = to_lonlat.transform(xs, ys)
                    a = abs(geod.polygon_area_perimeter(lons, lats)[0])
                    area += a if r == 0 else -a
        out.write(f"{feature.GetFID()},{area!r}\n")


if __name__ == "__main__":
    main()
