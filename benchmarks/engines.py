# SPDX-License-Identifier: GPL-2.0-or-later
"""Run ONE cost-distance engine on one benchmark case, in a fresh process; print JSON.

    python engines.py ENGINE CASE_FOLDER OUTPUT_FOLDER [NAME]

Engines: ours, skimage, whitebox, grass8, grass16, ours16. The case folder holds
resistance.npy (float32, NaN = NoData), sources.npy (int32) and resistance.tif /
sources.tif with the same grid. Only the engine call is timed. Memory: the process's peak
resident set (ru_maxrss) and its growth over the resident set just before the call.
GRASS runs inside `grass --tmp-location`, where r.cost is a child process: its peak is
that child's (its parent is a small script, so ru_maxrss is fair there). Distances are written
to OUTPUT_FOLDER/<NAME or engine>.npy (metres, inf = unreachable) or named in "files".
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CELL = 30.0


def current_rss_mib():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib():
    """This process's high-water resident set. Not ru_maxrss: Linux carries that over from the
    parent across fork + exec, so a big parent would hide the engine's own peak."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def load(case):
    resistance = np.load(os.path.join(case, "resistance.npy"))
    sources = np.load(os.path.join(case, "sources.npy"))
    return resistance, sources


def plugin_kernel():
    plugins = os.path.join(REPO, ".build", "plugins")
    if not os.path.isdir(os.path.join(plugins, "mcr_security_pattern")):
        os.makedirs(plugins, exist_ok=True)
        os.symlink(REPO, os.path.join(plugins, "mcr_security_pattern"))
    sys.path.insert(0, plugins)
    from mcr_security_pattern.algorithms.kernels import cost

    return cost


def run_ours(case, out, neighbours=8, name=None):
    cost = plugin_kernel()
    import scipy.sparse.csgraph  # noqa: F401 - loaded before the clock starts, as every engine's modules are

    resistance, sources = load(case)
    valid = np.isfinite(resistance)
    before = current_rss_mib()
    started = time.perf_counter()
    result = cost.accumulated_cost(resistance, sources, (CELL, CELL), neighbours, valid=valid)
    seconds = time.perf_counter() - started
    peak = peak_rss_mib()
    name = name or f"ours{'' if neighbours == 8 else neighbours}"
    np.save(os.path.join(out, f"{name}.npy"), result.distance)
    np.save(os.path.join(out, f"{name}_allocation.npy"), result.allocation)
    return {"seconds": seconds, "peak_mib": peak, "growth_mib": peak - before,
            "versions": {"numpy": np.__version__}, "outputs": "distance, allocation, back-direction"}


def run_skimage(case, out):
    import skimage
    from skimage.graph import MCP_Geometric

    resistance, sources = load(case)
    costs = np.where(np.isfinite(resistance), resistance, np.inf).astype(np.float64)
    starts = list(zip(*np.nonzero(sources > 0)))
    before = current_rss_mib()
    started = time.perf_counter()
    mcp = MCP_Geometric(costs, fully_connected=True, sampling=(CELL, CELL))
    distance, traceback = mcp.find_costs(starts)
    seconds = time.perf_counter() - started
    peak = peak_rss_mib()
    np.save(os.path.join(out, "skimage.npy"), np.where(np.isfinite(distance), distance, np.inf))
    return {"seconds": seconds, "peak_mib": peak, "growth_mib": peak - before,
            "versions": {"scikit-image": skimage.__version__, "numpy": np.__version__},
            "outputs": "distance, traceback (no allocation)"}


def run_whitebox(case, out):
    """WhiteboxTools on rasters read into memory first; outputs stay in memory while timed."""
    import whitebox_workflows

    wbe = whitebox_workflows.WbEnvironment()
    tools = wbe.raster.distance_cost
    work = tempfile.mkdtemp(prefix="wbw-")
    accumulated_path = os.path.join(work, "acc.tif")
    allocation_path = os.path.join(work, "allocation.tif")
    sources = wbe.read_raster(os.path.join(case, "sources.tif"))
    cost = wbe.read_raster(os.path.join(case, "resistance.tif"))
    before = current_rss_mib()
    started = time.perf_counter()
    accumulated, backlink = tools.cost_distance(source=sources, cost=cost)  # references to memory rasters
    distance_seconds = time.perf_counter() - started
    allocation = tools.cost_allocation(source=sources, backlink=backlink["path"])
    seconds = time.perf_counter() - started
    peak = peak_rss_mib()
    del accumulated
    # The memory raster cannot be written out from its reference: the surface to compare comes from
    # a second, untimed run writing a file.
    tools.cost_distance(source=sources, cost=cost, output=accumulated_path)
    wbe.write_raster(allocation, allocation_path)
    version = getattr(whitebox_workflows, "__version__", "2.0.6")
    return {"seconds": seconds, "distance_seconds": distance_seconds, "peak_mib": peak,
            "growth_mib": peak - before, "versions": {"whitebox-workflows": version},
            "outputs": "distance, backlink, allocation",
            "files": {"distance": accumulated_path, "allocation": allocation_path}}


GRASS_SCRIPT = r"""
import json, resource, subprocess, sys, time
case, out, knight = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
name = "grass16" if knight else "grass8"  # one file per variant: both may run on one case
run = lambda *a: subprocess.run(list(a), check=True, capture_output=True)
run("r.in.gdal", f"input={case}/resistance.tif", "output=res", "--quiet")
run("r.in.gdal", f"input={case}/sources.tif", "output=src0", "--quiet")
run("g.region", "raster=res")
run("r.mapcalc", "expression=src = if(src0 > 0, src0, null())", "--quiet")
args = ["r.cost", "input=res", "start_raster=src", "output=acc", "nearest=near", "outdir=dir", "--quiet"]
if knight:
    args.insert(1, "-k")
started = time.perf_counter()
subprocess.run(args, check=True)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
run("r.out.gdal", "-c", "-f", "input=acc", f"output={out}/{name}_acc.tif", "type=Float64", "--quiet", "--overwrite")
run("r.out.gdal", "-c", "-f", "input=near", f"output={out}/{name}_near.tif", "type=Int32", "--quiet", "--overwrite")
version = subprocess.run(["g.version"], capture_output=True, text=True).stdout.split()[1]
print("RESULT" + json.dumps({"seconds": seconds, "peak_mib": peak, "growth_mib": peak,
      "versions": {"GRASS": version}, "outputs": "distance (cell units), nearest, direction",
      "files": {"distance": f"{out}/{name}_acc.tif", "allocation": f"{out}/{name}_near.tif"},
      "cell_units": True}))
"""


def run_grass(case, out, knight=False):
    script = os.path.join(out, "grass_rcost.py")
    with open(script, "w") as handle:
        handle.write(GRASS_SCRIPT)
    completed = subprocess.run(
        ["grass", "--tmp-location", os.path.join(case, "resistance.tif"), "--exec",
         "/usr/bin/python3", script, case, out, "1" if knight else "0"],
        capture_output=True, text=True,
    )
    line = next((x for x in completed.stdout.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        raise RuntimeError(f"GRASS failed:\n{completed.stdout[-2000:]}\n{completed.stderr[-2000:]}")
    return json.loads(line[len("RESULT"):])


ENGINES = {
    "ours": run_ours,
    "ours_venv": lambda case, out: run_ours(case, out, 8, "ours_venv"),
    "ours16": lambda case, out: run_ours(case, out, 16),
    "skimage": run_skimage,
    "whitebox": run_whitebox,
    "grass8": run_grass,
    "grass16": lambda case, out: run_grass(case, out, knight=True),
}

if __name__ == "__main__":
    engine, case_folder, output_folder = sys.argv[1:4]
    print("RESULT" + json.dumps(ENGINES[engine](case_folder, output_folder)))
