#!/usr/bin/python3
"""QGIS's side of the viewer benchmark: render a gen_cadastre.py GeoPackage at the same size.

Usage: /usr/bin/python3 bench/viewer_qgis.py FILE.gpkg [WIDTHxHEIGHT] [FRAMES]

Loads `parcels` categorised by `landuse` (the colours of the sample project) plus reservoir,
greenhouse zones and wells, then renders with QgsMapRendererParallelJob on 2 threads: the full
extent, and FRAMES views along the same path as `landplan render --bench` (zoom to 1/20 of the
width, pan, zoom out). Prints load time, full-extent time and median/p95 frame time.
"""
import math
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (Qgis, QgsApplication, QgsCategorizedSymbolRenderer, QgsFillSymbol,  # noqa: E402
                       QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle,
                       QgsRendererCategory, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

LANDUSE = {"水浇地": "#f5e08a", "旱地": "#fbf0b2", "果园": "#d7c86a", "林地": "#4f9a4f",
           "草地": "#b5d98a", "农村宅基地": "#f09a82", "设施农用地": "#e3b8d8",
           "坑塘水面": "#9fd0ee", "水库水面": "#5b9fd8", "公路用地": "#a6a6a6"}


def bench_path(extent, width, height, frames):
    """The views of viewer/bench_path.cpp: (centre x, centre y, metres per pixel)."""
    margin = 0.05
    usable = 1 - 2 * margin
    far = max(extent.width() / (width * usable), extent.height() / (height * usable))
    near = far / 20
    cx, cy = extent.center().x(), extent.center().y()
    pan = 0.3 * extent.width()
    third = max(1, frames // 3)
    views = []
    for i in range(frames):
        if i < third:
            t = i / (third - 1) if third > 1 else 1
            views.append((cx - pan / 2 * t, cy, far * (near / far) ** t))
        elif i < 2 * third:
            t = (i - third) / (third - 1) if third > 1 else 1
            views.append((cx - pan / 2 + pan * t, cy + 0.1 * extent.height() * math.sin(t * 3.14159), near))
        else:
            rest = max(1, frames - 2 * third)
            t = (i - 2 * third) / (rest - 1) if rest > 1 else 1
            views.append((cx + pan / 2 * (1 - t), cy, near * (far / near) ** t))
    return views


def render(settings):
    job = QgsMapRendererParallelJob(settings)
    start = time.perf_counter()
    job.start()
    job.waitForFinished()
    return (time.perf_counter() - start) * 1000


def main():
    path = sys.argv[1]
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1600x1200").split("x"))
    frames = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    app = QgsApplication([], False)
    app.initQgis()
    start = time.perf_counter()
    parcels = QgsVectorLayer(f"{path}|layername=parcels", "parcels", "ogr")
    categories = [QgsRendererCategory(v, QgsFillSymbol.createSimple(
        {"color": c, "outline_color": "#806020", "outline_width": "0.1"}), v) for v, c in LANDUSE.items()]
    parcels.setRenderer(QgsCategorizedSymbolRenderer("landuse", categories))
    others = []
    for name, colour in [("reservoir", "#4a90d9"), ("greenhouse_zones", "#c9a0dc"), ("wells", "#1565c0")]:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if layer.geometryType() == 2:
            layer.setRenderer(layer.renderer().clone())
            layer.renderer().symbol().setColor(QColor(colour))
        others.append(layer)
    extent = parcels.extent()  # reads the layer's metadata; features load on first render
    load_s = time.perf_counter() - start
    settings = QgsMapSettings()
    settings.setOutputSize(QSize(width, height))
    settings.setLayers(others + [parcels])
    settings.setDestinationCrs(parcels.crs())
    settings.setBackgroundColor(QColor("#f4f3ee"))
    settings.setExtent(extent)
    os.environ.setdefault("QGIS_THREADS", "2")
    QgsApplication.setMaxThreads(2)
    first = render(settings)
    times = []
    for x, y, mpp in bench_path(extent, width, height, frames):
        settings.setExtent(QgsRectangle(x - mpp * width / 2, y - mpp * height / 2, x + mpp * width / 2, y + mpp * height / 2))
        times.append(render(settings))
    times.sort()
    p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
    print(f"qgis {Qgis.QGIS_VERSION} "
          f"{width}x{height}: {parcels.featureCount()} parcels\n"
          f"  load {load_s:.3f} s; full extent {first:.1f} ms; {len(times)} frames along the pan/zoom path: "
          f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms",
          flush=True)
    # QGIS 3.22's exitQgis() crashes in a headless process; the figures are out, so leave now.
    os._exit(0)


if __name__ == "__main__":
    main()
