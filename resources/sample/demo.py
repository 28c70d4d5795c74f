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
        values = band_stats(resistance)
        rows.append((epoch, float(values.mean()), float(np.percentile(values, 90)), float(values.max())))

    print("\nProduced in", os.path.abspath(folder) + ":")
    for root, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            path = os.path.join(root, name)
            print(f"  {os.path.relpath(path, folder):40s} {os.path.getsize(path) / 1e6:6.2f} MB")
    print("\nResistance surface (0.8 land use + 0.1 slope + 0.1 elevation)")
    print(f"  {'epoch':>6} {'mean':>8} {'p90':>8} {'max':>8}")
    for epoch, mean, p90, maximum in rows:
        print(f"  {epoch:>6} {mean:8.3f} {p90:8.3f} {maximum:8.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
