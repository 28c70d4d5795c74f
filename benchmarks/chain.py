# SPDX-License-Identifier: GPL-2.0-or-later
"""The whole chain at scale: per-step time and peak memory, and the shipped model in one process.

    /usr/bin/python3 benchmarks/chain.py [size ...]        (default: 4000 8000; `make bench-chain`)

The 2018 sample (land use 1000 × 1000 at 20 m, DEM at 30 m) is resampled to size × size cells
over the same 20 km (nearest neighbour for land use; the DEM keeps its 2:3 ratio of cells), then
every step runs as its own ``qgis_process`` (as the model's steps run) and the shipped model runs
once more, whole. Time is wall-clock; memory is each process's peak resident set (wait4's
ru_maxrss), which includes QGIS itself (about 0.2 GB, printed as "QGIS alone"). Bytes per cell are
peak / cells of the land-use grid. The step that sets the peak is named.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SAMPLE = os.path.join(REPO, "resources", "sample")
CACHE = os.path.join(REPO, ".build", "bench-chain")
QGIS_PROCESS = os.environ.get("MCR_QGIS_PROCESS", "/usr/bin/qgis_process.bin")


def prepare(size):
    """Land use and DEM of the 2018 sample resampled to ``size`` cells a side (cached)."""
    from osgeo import gdal

    folder = os.path.join(CACHE, str(size))
    os.makedirs(folder, exist_ok=True)
    landuse, dem = os.path.join(folder, "landuse.tif"), os.path.join(folder, "dem.tif")
    options = ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
    if not os.path.exists(landuse):
        gdal.Translate(landuse, os.path.join(SAMPLE, "landuse_2018.tif"), width=size, height=size,
                       resampleAlg="nearest", creationOptions=options)
    if not os.path.exists(dem):
        dem_size = max(2, size * 2 // 3)
        gdal.Translate(dem, os.path.join(SAMPLE, "dem.tif"), width=dem_size, height=dem_size,
                       resampleAlg="bilinear", creationOptions=options)
    return folder, landuse, dem


def run(algorithm, parameters):
    """One qgis_process run: (seconds, peak MiB, results)."""
    arguments = [QGIS_PROCESS, "run", algorithm, "--json", "--"]
    for key, value in parameters.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            arguments.append(f"{key}={item}")
    # Output goes to files, not pipes: a long log must not block the process while we wait.
    with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
        started = time.monotonic()
        process = subprocess.Popen(arguments, stdout=out_file, stderr=err_file, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{algorithm} failed:\n{out[-2000:]}\n{err[-2000:]}")
    results = json.loads(out[out.find("{"):])["results"]
    return seconds, usage.ru_maxrss / 1024.0, results


def chain(size):
    folder, landuse, dem = prepare(size)
    out = os.path.join(folder, "out")
    os.makedirs(out, exist_ok=True)
    steps = []

    def step(name, algorithm, parameters):
        seconds, peak, results = run(algorithm, parameters)
        steps.append((name, seconds, peak))
        print(f"  {name:<24} {seconds:7.1f} s {peak:8.0f} MiB", flush=True)
        return results

    baseline = step("QGIS alone", "native:createconstantrasterlayer", {
        "EXTENT": "0,1,0,1 [EPSG:32650]", "TARGET_CRS": "EPSG:32650", "PIXEL_SIZE": 1, "NUMBER": 1,
        "OUTPUT": os.path.join(out, "one.tif")})
    del baseline
    lu = step("land-use resistance", "mcr:landuseresistance", {
        "INPUT": landuse, "OUTPUT": os.path.join(out, "lu.tif"), "CLASS_CODES": os.path.join(out, "codes.tif")})
    terrain = step("terrain resistance", "mcr:terrainresistance", {
        "INPUT": dem, "REFERENCE": lu["OUTPUT"], "SLOPE_RESISTANCE": os.path.join(out, "slope_r.tif"),
        "ELEVATION_RESISTANCE": os.path.join(out, "elevation_r.tif")})
    resistance = step("weighted overlay", "mcr:weightedoverlay", {
        "INPUTS": [lu["OUTPUT"], terrain["SLOPE_RESISTANCE"], terrain["ELEVATION_RESISTANCE"]],
        "OUTPUT": os.path.join(out, "resistance.tif")})["OUTPUT"]
    sources = step("sources", "mcr:selectsources", {
        "INPUT": lu["CLASS_CODES"], "OUTPUT": os.path.join(out, "sources.gpkg"),
        "OUTPUT_RASTER": os.path.join(out, "sources.tif")})
    mcr = step("MCR surface", "mcr:costsurface", {
        "RESISTANCE": resistance, "SOURCES_RASTER": sources["OUTPUT_RASTER"], "FLOAT64": True,
        "OUTPUT": os.path.join(out, "mcr.tif"), "ALLOCATION": os.path.join(out, "allocation.tif"),
        "BACK_DIRECTION": os.path.join(out, "back.tif")})
    reuse = {"RESISTANCE": resistance, "MCR_SURFACE": mcr["OUTPUT"], "ALLOCATION": mcr["ALLOCATION"],
             "BACK_DIRECTION": mcr["BACK_DIRECTION"]}
    corridors = step("corridors", "mcr:corridors", {
        **reuse, "LANDUSE": lu["CLASS_CODES"], "CORRIDORS": os.path.join(out, "corridors.gpkg"),
        "NODES": os.path.join(out, "nodes.gpkg"), "RIDGES": os.path.join(out, "ridges.gpkg"),
        "VULNERABLE": os.path.join(out, "vulnerable.gpkg")})
    step("radiation channels", "mcr:radiationchannels", {
        **reuse, "CORRIDORS": corridors["CORRIDORS"], "OUTPUT": os.path.join(out, "channels.gpkg")})
    model = os.path.join(folder, "model")
    os.makedirs(model, exist_ok=True)
    step("whole model (one run)", "mcr:securitypattern", {
        "landuse": landuse, "dem": dem, "resistance:resistance": os.path.join(model, "resistance.tif"),
        "sources:sources": os.path.join(model, "sources.gpkg"), "mcr:mcr": os.path.join(model, "mcr.tif"),
        "corridors:corridors": os.path.join(model, "corridors.gpkg"),
        "channels:channels": os.path.join(model, "channels.gpkg")})
    return steps


def main(sizes):
    tables = []
    for size in sizes:
        print(f"== {size} x {size} cells ({size * size / 1e6:.0f} M)", flush=True)
        tables.append((size, chain(size)))
    lines = ["| size | step | seconds | peak MiB | bytes per cell |", "|---|---|---|---|---|"]
    for size, steps in tables:
        cells = size * size
        singles = [s for s in steps if s[0] not in ("QGIS alone", "whole model (one run)")]
        worst = max(singles, key=lambda s: s[2])
        for name, seconds, peak in steps:
            mark = " ← peak of the steps" if name == worst[0] else ""
            lines.append(f"| {size}² | {name}{mark} | {seconds:.1f} | {peak:.0f} | {peak * 2**20 / cells:.0f} |")
        total = sum(s[1] for s in singles)
        lines.append(f"| {size}² | the steps one by one (sum) | {total:.1f} | {worst[2]:.0f} | "
                     f"{worst[2] * 2**20 / cells:.0f} |")
    table = "\n".join(lines)
    print()
    print(table)
    os.makedirs(os.path.join(HERE, "output"), exist_ok=True)
    with open(os.path.join(HERE, "output", "chain.md"), "w", encoding="utf-8") as handle:
        handle.write(table + "\n")


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or [4000, 8000])
