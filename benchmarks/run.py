# SPDX-License-Identifier: GPL-2.0-or-later
"""`make bench`: our MCR engine side by side with GRASS r.cost, WhiteboxTools and scikit-image.

    /usr/bin/python3 benchmarks/run.py

Environment: BENCH_CASES (default: the land-use-like raster at 1000² … 8000², then the thin and
contrasted landscapes of landscape.CASES: "maze:2001 serpentine:1001 barrier grid:4000 bimodal:4000
heavy-tailed:4000 high contrast:4000"; give e.g. BENCH_CASES="landuse:2000 maze:1001"),
BENCH_KNIGHT=1 to add the 16-neighbour runs (ours vs r.cost -k), BENCH_VENV (a venv with
scikit-image, whitebox-workflows and a current numpy/scipy; `make bench` creates it in
.build/bench-venv). Every engine runs in its own process on the same rasters, timed on the same
footing: the engine call on rasters already in memory, outputs kept in memory (GRASS r.cost, which
only works on its own raster store, is timed as the r.cost process). The table gives seconds,
peak memory, our time and memory as a ratio of each reference (worst case first), and the largest
relative difference of its surface from ours. Results also go to benchmarks/output/.
"""

import json
import os
import platform
import statistics
import subprocess
import sys

import numpy as np
from osgeo import gdal, osr

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from landscape import CASES  # noqa: E402

DEFAULT_CASES = ("landuse:1000 landuse:2000 landuse:4000 landuse:8000 maze:2001 serpentine:1001 "
                 "barrier grid:4000 bimodal:4000 heavy-tailed:4000 high contrast:4000")

CELL = 30.0
OUTPUT = os.path.join(HERE, "output")
DEBIAN_PYTHON = "/usr/bin/python3"
VENV_PYTHON = os.path.join(os.environ.get("BENCH_VENV", os.path.join(REPO, ".build", "bench-venv")), "bin", "python")


def write_tif(path, array, data_type, nodata):
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(path, array.shape[1], array.shape[0], 1, data_type,
                            ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    dataset.SetGeoTransform((300000.0, CELL, 0.0, 2770000.0 + CELL * array.shape[0], 0.0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset = None


def make_case(name, size):
    folder = os.path.join(OUTPUT, f"case-{name.replace(' ', '_')}-{size}")
    os.makedirs(folder, exist_ok=True)
    if not os.path.exists(os.path.join(folder, "sources.tif")):
        resistance, valid, sources = CASES[name](size)
        resistance = np.where(valid, resistance, np.nan).astype(np.float32)
        np.save(os.path.join(folder, "resistance.npy"), resistance)
        np.save(os.path.join(folder, "sources.npy"), sources)
        write_tif(os.path.join(folder, "resistance.tif"), np.nan_to_num(resistance, nan=-9999.0),
                  gdal.GDT_Float32, -9999.0)
        write_tif(os.path.join(folder, "sources.tif"), sources, gdal.GDT_Int32, -1)
    return folder


def parse_cases(text):
    cases = []
    for item in text.split():
        name, _, size = item.rpartition(":")
        cases.append((name.replace("_", " "), int(size)))
    return cases


def run_engine(engine, python, case, out):
    completed = subprocess.run(
        [python, os.path.join(HERE, "engines.py"), engine, case, out], capture_output=True, text=True
    )
    line = next((x for x in completed.stdout.splitlines() if x.startswith("RESULT")), None)
    if completed.returncode != 0 or line is None:
        return {"error": (completed.stderr or completed.stdout)[-600:]}
    return json.loads(line[len("RESULT"):])


def read_tif(path):
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    array = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        array[array == nodata] = np.inf
    return array


def surface_of(name, result, out):
    if "files" in result:
        distance = read_tif(result["files"]["distance"])
        distance[~np.isfinite(distance)] = np.inf
        return distance * (CELL if result.get("cell_units") else 1.0)
    return np.load(os.path.join(out, f"{name}.npy"))


def compare(ours, theirs):
    both = np.isfinite(ours) & np.isfinite(theirs)
    mismatch = int(np.count_nonzero(np.isfinite(ours) != np.isfinite(theirs)))
    relative = np.abs(theirs[both] - ours[both]) / np.maximum(ours[both], 1e-12)
    return float(relative.max()) if relative.size else 0.0, mismatch


def main():
    text = os.environ.get("BENCH_CASES") or DEFAULT_CASES
    if os.environ.get("BENCH_SIZES"):
        text = " ".join(f"landuse:{size}" for size in os.environ["BENCH_SIZES"].split())
    cases = parse_cases(text.replace("barrier grid", "barrier_grid").replace("high contrast", "high_contrast"))
    have_venv = os.path.exists(VENV_PYTHON)
    engines = [("ours", "ours", DEBIAN_PYTHON, "ours (Debian numpy)")]
    if have_venv:
        engines.append(("ours_venv", "ours_venv", VENV_PYTHON, "ours (current numpy)"))
        engines += [("whitebox", "whitebox", VENV_PYTHON, "WhiteboxTools cost_distance + allocation"),
                    ("skimage", "skimage", VENV_PYTHON, "scikit-image MCP_Geometric")]
    else:
        print(f"(no venv at {VENV_PYTHON}: scikit-image and WhiteboxTools skipped; run `make bench`)")
    if subprocess.run(["which", "grass"], capture_output=True).returncode == 0:
        engines.append(("grass8", "grass8", DEBIAN_PYTHON, "GRASS r.cost (8 neighbours)"))
    else:
        print("(GRASS not installed: apt-get install grass-core; skipped)")
    if os.environ.get("BENCH_KNIGHT") == "1":
        engines.append(("ours16", "ours16", DEBIAN_PYTHON, "ours, 16 neighbours"))
        engines.append(("grass16", "grass16", DEBIAN_PYTHON, "GRASS r.cost -k (16 neighbours)"))

    rows = []
    for name, size in cases:
        case = make_case(name, size)
        out = os.path.join(OUTPUT, f"run-{name.replace(' ', '_')}-{size}")
        os.makedirs(out, exist_ok=True)
        repeats = 3 if size <= 2000 else 1
        results = {}
        for engine, key, python, label in engines:
            runs = [run_engine(engine, python, case, out) for _ in range(repeats)]
            good = [r for r in runs if "error" not in r]
            if not good:
                print(f"{name} {size}² {label}: FAILED {runs[0]['error']}")
                continue
            result = dict(good[-1])
            result["seconds"] = statistics.median(r["seconds"] for r in good)
            results[key] = (label, result)
            print(f"{name} {size}² {label}: {result['seconds']:.2f} s, peak {result['peak_mib']:.0f} MiB",
                  flush=True)
        reference = np.load(os.path.join(out, "ours.npy"))
        ours_time = results["ours"][1]["seconds"]
        ours_peak = results["ours"][1]["peak_mib"]
        for key, (label, result) in results.items():
            if key.endswith("16"):
                base = results.get("ours16")
                surface = surface_of("ours16" if key == "ours16" else key, result, out)
                difference = compare(np.load(os.path.join(out, "ours16.npy")), surface) if base else (None, None)
                base_time = base[1]["seconds"] if base else None
                base_peak = base[1]["peak_mib"] if base else None
            else:
                surface = surface_of(key, result, out)
                difference = compare(reference, surface)
                base_time, base_peak = ours_time, ours_peak
            rows.append({
                "case": name, "size": size, "engine": label,
                "seconds": result["seconds"], "peak_mib": result["peak_mib"],
                "time_ratio": base_time / result["seconds"] if base_time else None,
                "memory_ratio": base_peak / result["peak_mib"] if base_peak else None,
                "max_relative_difference": difference[0], "reachability_mismatches": difference[1],
                "versions": result.get("versions", {}), "outputs": result.get("outputs", ""),
                "bytes_per_cell": result["peak_mib"] * 2**20 / size**2,
            })
    report(rows)


def report(rows):
    lines = [
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; 30 m cells, 8 neighbours; the engine call on rasters in memory "
        "(GRASS: the r.cost process on its own store); median of 3 up to 2000², one run above.",
        "",
        "Worst case first: each landscape's largest ratio of our time to a reference engine's.",
        "",
        "| landscape | size | engine | seconds | peak MiB | bytes/cell | ours ÷ it (time) | ours ÷ it (memory) "
        "| max rel. diff. from ours |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    worst = {}
    for row in rows:
        if row["time_ratio"] and not row["engine"].startswith("ours"):
            key = (row["case"], row["size"])
            worst[key] = max(worst.get(key, 0.0), row["time_ratio"])
    order = sorted(worst, key=lambda key: -worst[key]) + [k for k in {(r["case"], r["size"]) for r in rows}
                                                           if k not in worst]
    for key in order:
        for row in (r for r in rows if (r["case"], r["size"]) == key):
            ratio = f"{row['time_ratio']:.2f}" if row["time_ratio"] else "–"
            memory = f"{row['memory_ratio']:.2f}" if row["memory_ratio"] else "–"
            diff = row["max_relative_difference"]
            diff_text = "–" if diff is None else f"{diff:.1e}"
            if row["reachability_mismatches"]:
                diff_text += f" ({row['reachability_mismatches']} cells reachable in one only)"
            lines.append(
                f"| {row['case']} | {row['size']}² | {row['engine']} | {row['seconds']:.2f} | {row['peak_mib']:.0f} | "
                f"{row['bytes_per_cell']:.0f} | {ratio} | {memory} | {diff_text} |"
            )
    versions = {}
    for row in rows:
        venv = "current" in row["engine"] or "scikit" in row["engine"] or "Whitebox" in row["engine"]
        versions.update({(f"{k} ({'venv' if venv else 'Debian'})" if k == "numpy" else k): v
                         for k, v in row["versions"].items()})
    try:
        import scipy

        versions["scipy (Debian)"] = scipy.__version__
    except ImportError:
        pass
    versions["GDAL"] = gdal.__version__
    lines += ["", "Versions: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())),
              "", "A ratio below 1 means ours is faster (or smaller) than that engine."]
    text = "\n".join(lines)
    print("\n" + text)
    os.makedirs(OUTPUT, exist_ok=True)
    with open(os.path.join(OUTPUT, "results.md"), "w") as handle:
        handle.write(text + "\n")
    with open(os.path.join(OUTPUT, "results.json"), "w") as handle:
        json.dump(rows, handle, indent=2)


if __name__ == "__main__":
    main()
