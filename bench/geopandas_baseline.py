#!/usr/bin/python3
"""The geopandas side of landplan's benchmarks: the same job, timed, printing one CSV line.

Usage: /usr/bin/python3 bench/geopandas_baseline.py area|overlap DATASET
  area:    read_file(parcels) + to_crs(EPSG:4490) + pyproj Geod areas (what `landplan area` does)
  overlap: read_file(parcels, zones) + geopandas.overlay + areas (what `landplan overlap` does)
Prints: job,seconds,features,total_m2
"""
import sys
import time

import geopandas
from pyproj import Geod


def geodesic_areas(frame):
    geod = Geod(ellps="GRS80")  # CGCS2000's ellipsoid
    lonlat = frame.to_crs("EPSG:4490")
    return [abs(geod.geometry_area_perimeter(g)[0]) for g in lonlat.geometry]


def main():
    job, dataset = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    parcels = geopandas.read_file(dataset, layer="parcels")
    if job == "area":
        areas = geodesic_areas(parcels)
    else:
        zones = geopandas.read_file(dataset, layer="greenhouse_zones")
        pieces = geopandas.overlay(parcels, zones, how="intersection", keep_geom_type=True)
        areas = geodesic_areas(pieces)
    seconds = time.perf_counter() - start
    print(f"geopandas {job},{seconds:.3f},{len(areas)},{sum(areas)!r}")


if __name__ == "__main__":
    main()
