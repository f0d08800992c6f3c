#!/usr/bin/python3
"""A 三调-style database (DLTB + CJDCQ) made from a gen_cadastre.py GeoPackage, for timing the
commands that read 三调 fields.

Usage: /usr/bin/python3 bench/sandiao_layers.py CADASTRE.gpkg OUT.gpkg

DLTB: the cadastre's parcels with BSM, DLBM/DLMC (its land use, coded by the 三调 table),
ZLDWDM (19 digits)/ZLDWMC (its village), TBMJ = the ellipsoidal area (pyproj Geod on the
CGCS2000 ellipsoid, rounded to 0.01 m² as 三调 writes it), KCXS 0.08 on 旱地 (else 0),
KCMJ = TBMJ × KCXS and TBDLMJ = TBMJ − KCMJ, both rounded. CJDCQ: the cadastre's villages with
ZLDWDM/ZLDWMC. The figures agree with each other and with the geometry, so `landplan audit`
does all its work and finds only what the cadastre itself holds (parcels across a village line).
"""
import sys

import numpy as np
from osgeo import ogr, osr
from pyproj import CRS, Transformer

ogr.UseExceptions()
osr.UseExceptions()

CODES = {"旱地": "0103", "水浇地": "0102", "林地": "03", "草地": "04", "农村宅基地": "0702",
         "坑塘水面": "1104", "水库水面": "1103", "设施农用地": "1202"}
COUNTY = "150402"  # 6 digits of the county, then 3 of the township


def village_code(index):
    return COUNTY + "101" + f"{index + 1:03d}" + "0000000"


def ring_areas(geod, transformer, geometry):
    """Ellipsoidal area of a (multi)polygon: shells minus holes."""
    total = 0.0
    polygons = [geometry] if geometry.GetGeometryType() == ogr.wkbPolygon else list(geometry)
    for polygon in polygons:
        for r in range(polygon.GetGeometryCount()):
            xy = np.array(polygon.GetGeometryRef(r).GetPoints())
            lon, lat = transformer.transform(xy[:, 0], xy[:, 1])
            area = abs(geod.polygon_area_perimeter(lon, lat)[0])
            total += area if r == 0 else -area
    return total


def main(source, target):
    cadastre = ogr.Open(source)
    parcels, villages = cadastre.GetLayerByName("parcels"), cadastre.GetLayerByName("villages")
    srs = parcels.GetSpatialRef()
    geod = CRS("EPSG:4490").get_geod()
    transformer = Transformer.from_crs("EPSG:4549", "EPSG:4490", always_xy=True)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(target)

    names = [f.GetField("name") for f in villages]
    codes = {name: village_code(i) for i, name in enumerate(names)}
    cjdcq = out.CreateLayer("CJDCQ", srs, ogr.wkbPolygon)
    for field in ("ZLDWDM", "ZLDWMC"):
        cjdcq.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    villages.ResetReading()
    for village in villages:
        feature = ogr.Feature(cjdcq.GetLayerDefn())
        feature.SetGeometry(village.GetGeometryRef())
        feature.SetField("ZLDWDM", codes[village.GetField("name")])
        feature.SetField("ZLDWMC", village.GetField("name"))
        cjdcq.CreateFeature(feature)

    dltb = out.CreateLayer("DLTB", srs, ogr.wkbPolygon)
    for field in ("BSM", "DLBM", "DLMC", "ZLDWDM", "ZLDWMC"):
        dltb.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for field in ("TBMJ", "KCXS", "KCMJ", "TBDLMJ"):
        dltb.CreateField(ogr.FieldDefn(field, ogr.OFTReal))
    out.StartTransaction()
    for parcel in parcels:
        landuse, village = parcel.GetField("landuse"), parcel.GetField("village")
        tbmj = round(ring_areas(geod, transformer, parcel.GetGeometryRef()), 2)
        kcxs = 0.08 if landuse == "旱地" else 0.0
        kcmj = round(tbmj * kcxs, 2)
        feature = ogr.Feature(dltb.GetLayerDefn())
        feature.SetGeometry(parcel.GetGeometryRef())
        feature.SetField("BSM", f"{COUNTY}{parcel.GetFID():012d}")
        feature.SetField("DLBM", CODES[landuse])
        feature.SetField("DLMC", landuse)
        feature.SetField("ZLDWDM", codes[village])
        feature.SetField("ZLDWMC", village)
        feature.SetField("TBMJ", tbmj)
        feature.SetField("KCXS", kcxs)
        feature.SetField("KCMJ", kcmj)
        feature.SetField("TBDLMJ", round(tbmj - kcmj, 2))
        dltb.CreateFeature(feature)
    out.CommitTransaction()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
