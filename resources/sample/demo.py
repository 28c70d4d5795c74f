# SPDX-License-Identifier: GPL-2.0-or-later
"""Run the plugin's chain on the sample data through qgis_process (``make demo``).

    /usr/bin/python3 resources/sample/demo.py [output folder]

Needs the environment ``make demo`` sets (headless QGIS, plugin linked and enabled).
"""

import json
import os
import subprocess
import sys

import numpy as np
from osgeo import gdal

SAMPLE = os.path.dirname(os.path.abspath(__file__))
QGIS_PROCESS = os.environ.get("MCR_QGIS_PROCESS", "/usr/bin/qgis_process.bin")
EPOCHS = (2009, 2013, 2018)


def qgis_process(algorithm_id, **parameters):
    arguments = [QGIS_PROCESS, "run", algorithm_id, "--json", "--"]
    for key, value in parameters.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            arguments.append(f"{key}={item}")
    completed = subprocess.run(arguments, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit(f"{algorithm_id} failed:\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout[completed.stdout.find("{"):])["results"]


def band_stats(path):
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    array = band.ReadAsArray()
    nodata = band.GetNoDataValue()
    values = array[array != nodata] if nodata is not None else array.ravel()
    return values


def main(folder):
    os.makedirs(folder, exist_ok=True)
    dem = os.path.join(SAMPLE, "dem.tif")
    rows = []
    for epoch in EPOCHS:
        out = os.path.join(folder, str(epoch))
        os.makedirs(out, exist_ok=True)
        landuse = os.path.join(SAMPLE, f"landuse_{epoch}.tif")
        print(f"== {epoch}: resistance factors and resistance surface")
        landuse_r = qgis_process(
            "mcr:landuseresistance", INPUT=landuse, OUTPUT=os.path.join(out, "landuse_resistance.tif")
        )["OUTPUT"]
        terrain = qgis_process(
            "mcr:terrainresistance", INPUT=dem, REFERENCE=landuse,
            SLOPE_RESISTANCE=os.path.join(out, "slope_resistance.tif"),
            ELEVATION_RESISTANCE=os.path.join(out, "elevation_resistance.tif"),
            SLOPE=os.path.join(out, "slope.tif"),
        )
        resistance = qgis_process(
            "mcr:weightedoverlay",
            INPUTS=[landuse_r, terrain["SLOPE_RESISTANCE"], terrain["ELEVATION_RESISTANCE"]],
            WEIGHTS="0.8,0.1,0.1", OUTPUT=os.path.join(out, "resistance.tif"),
        )["OUTPUT"]
        print(f"== {epoch}: ecological sources and MCR surface")
        sources = qgis_process(
            "mcr:selectsources", INPUT=landuse, HABITAT_CLASSES="1", MIN_AREA=10,
            OUTPUT=os.path.join(out, "sources.gpkg"), OUTPUT_RASTER=os.path.join(out, "sources.tif"),
        )
        surface = qgis_process(
            "mcr:costsurface", RESISTANCE=resistance, SOURCES_RASTER=sources["OUTPUT_RASTER"],
            OUTPUT=os.path.join(out, "mcr.tif"), ALLOCATION=os.path.join(out, "allocation.tif"),
            BACK_DIRECTION=os.path.join(out, "back_direction.tif"),
        )
        print(f"== {epoch}: corridors, nodes, ridge lines and radiation channels")
        pattern = qgis_process(
            "mcr:corridors", RESISTANCE=resistance, SOURCES_RASTER=sources["OUTPUT_RASTER"],
            VULNERABILITY=landuse_r, CORRIDORS=os.path.join(out, "corridors.gpkg"),
            NODES=os.path.join(out, "nodes.gpkg"), RIDGES=os.path.join(out, "ridges.gpkg"),
            VULNERABLE=os.path.join(out, "vulnerable.gpkg"),
        )
        channels = qgis_process(
            "mcr:radiationchannels", RESISTANCE=resistance, SOURCES_RASTER=sources["OUTPUT_RASTER"],
            OUTPUT=os.path.join(out, "channels.gpkg"), ACCUMULATION=os.path.join(out, "accumulation.tif"),
        )
        ids = band_stats(sources["OUTPUT_RASTER"])
        areas = np.bincount(ids[ids > 0]) * 0.0004  # 20 m cells -> km2
        mcr = band_stats(surface["OUTPUT"])
        rows.append((epoch, float(band_stats(resistance).mean()), int(ids.max()), float(areas.sum()),
                     float(mcr.mean()), int(pattern["CORRIDOR_COUNT"]), int(pattern["NODE_COUNT"]),
                     int(channels["CHANNEL_COUNT"])))

    print("\nProduced in", os.path.abspath(folder) + ":")
    for root, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            path = os.path.join(root, name)
            print(f"  {os.path.relpath(path, folder):40s} {os.path.getsize(path) / 1e6:6.2f} MB")
    print("\nSummary (resistance = 0.8 land use + 0.1 slope + 0.1 elevation; sources >= 10 km2 of vegetation)")
    print(f"  {'epoch':>6} {'mean resistance':>16} {'sources':>8} {'source km2':>11} {'mean MCR':>9} "
          f"{'corridors':>10} {'nodes':>6} {'channels':>9}")
    for epoch, resistance, count, area, mean_mcr, corridors, nodes, channel_count in rows:
        print(f"  {epoch:>6} {resistance:16.3f} {count:8d} {area:11.3f} {mean_mcr:9.0f} "
              f"{corridors:10d} {nodes:6d} {channel_count:9d}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
