# SPDX-License-Identifier: GPL-2.0-or-later
"""Prototype and benchmark of the exact tiled MCR search (algorithms/kernels/tiled.py).

    /usr/bin/python3 benchmarks/tiled_mcr.py                # 4000² landscape in 4 x 4 tiles, serpentines
    /usr/bin/python3 benchmarks/tiled_mcr.py --size 1000 --serpentine-size 800   # a quick run

1. The land-use-like raster of benchmarks/landscape.py (``landscape(size)``, 30 m cells) is
   written as Cloud Optimized GeoTIFFs. The in-memory engine runs on the whole arrays; the
   tiled search reads the COGs as GDAL windows and writes each tile's core to its own .npy
   files (nothing of the grid is assembled in the driver), with the plain loop, Dask's local
   threads, and a ``dask.distributed`` LocalCluster of two worker processes. Every run is a
   fresh process; its peak resident set (VmHWM) is reported, for the cluster also the workers'
   (GDAL_CACHEMAX=64 MB unless set: the default block cache would dominate the peaks).
   The tiles are then assembled and compared: the MCR surfaces must be bit-identical
   (``np.array_equal``); allocation and back-direction may differ only at exact ties, which
   :func:`tiled.predecessor_mismatches` confirms (both results reproduce every cell's cost
   from its predecessor bit for bit, so a differing cell had two equally cheap predecessors).
2. Serpentines: NoData walls across the whole grid, open at alternate ends, so that the single
   path from the top-left source crosses the tile edges back and forth; the number of rounds
   grows with the number of crossings.

Results go to benchmarks/output/tiled/ (results.json and the rasters).
"""

import argparse
import glob
import json
import os
import platform
import subprocess
import sys
import threading
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from engines import current_rss_mib, peak_rss_mib, plugin_kernel  # noqa: E402
from landscape import landscape  # noqa: E402

CELL = 30.0
OUTPUT = os.path.join(HERE, "output", "tiled")
NODATA = -9999.0


class GdalWindows:
    """Reader of raster windows with GDAL: ``reader(row0, row1, col0, col1)`` → array. With
    ``mask=True`` it returns the valid mask (not NoData). One dataset per thread (GDAL handles
    are not thread-safe); pickles as its path, so that Dask workers open the file themselves."""

    def __init__(self, path, mask=False):
        self.path, self.mask = path, mask
        self._local = threading.local()

    def __getstate__(self):
        return {"path": self.path, "mask": self.mask}

    def __setstate__(self, state):
        self.__init__(state["path"], state["mask"])

    def __call__(self, row0, row1, col0, col1):
        from osgeo import gdal

        band = getattr(self._local, "band", None)
        if band is None:
            self._local.dataset = gdal.Open(self.path)
            band = self._local.band = self._local.dataset.GetRasterBand(1)
        array = band.ReadAsArray(col0, row0, col1 - col0, row1 - row0)
        if not self.mask:
            return array
        nodata = band.GetNoDataValue()
        return np.isfinite(array) if nodata is None else (array != nodata) & np.isfinite(array)


class TileFiles:
    """Writer of tile cores to .npy files in a folder (one set per tile; a re-solve overwrites)."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, row0, row1, col0, col1, distance, allocation, back):
        for name, array in (("distance", distance), ("allocation", allocation), ("back", back)):
            np.save(os.path.join(self.folder, f"{row0}_{col0}_{row1}_{col1}_{name}.npy"), array)


def assemble(folder, shape):
    arrays = {"distance": np.full(shape, np.inf), "allocation": np.zeros(shape, np.int32),
              "back": np.zeros(shape, np.uint8)}
    for path in glob.glob(os.path.join(folder, "*_distance.npy")):
        row0, col0, row1, col1 = (int(v) for v in os.path.basename(path).split("_")[:4])
        for name, array in arrays.items():
            array[row0:row1, col0:col1] = np.load(path.replace("_distance.npy", f"_{name}.npy"))
    return arrays


def write_cog(path, array, data_type, nodata=None):
    from osgeo import gdal

    memory = gdal.GetDriverByName("MEM").Create("", array.shape[1], array.shape[0], 1, data_type)
    memory.SetGeoTransform((300000.0, CELL, 0.0, 2770000.0 + CELL * array.shape[0], 0.0, -CELL))
    band = memory.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    gdal.GetDriverByName("COG").CreateCopy(path, memory, options=["COMPRESS=DEFLATE", "BLOCKSIZE=512"])


def make_case(size, barriers):
    from osgeo import gdal

    folder = os.path.join(OUTPUT, f"landscape{size}{'b' if barriers else ''}")
    os.makedirs(folder, exist_ok=True)
    if not os.path.exists(os.path.join(folder, "sources.tif")):
        resistance, valid, sources = landscape(size, barriers=barriers)
        np.save(os.path.join(folder, "resistance.npy"), resistance)
        np.save(os.path.join(folder, "valid.npy"), valid)
        np.save(os.path.join(folder, "sources.npy"), sources)
        write_cog(os.path.join(folder, "resistance.tif"), np.where(valid, resistance, np.float32(NODATA)),
                  gdal.GDT_Float32, NODATA)
        write_cog(os.path.join(folder, "sources.tif"), sources, gdal.GDT_Int32)
    return folder


def child(args):
    """One run in this fresh process; prints RESULT {json}."""
    cost = plugin_kernel()
    from mcr_security_pattern.algorithms.kernels import tiled

    case, out = args.case, args.out
    os.makedirs(out, exist_ok=True)
    report = {}
    if args.child == "in-memory":
        resistance = np.load(os.path.join(case, "resistance.npy"))
        valid = np.load(os.path.join(case, "valid.npy"))
        sources = np.load(os.path.join(case, "sources.npy"))
        before = current_rss_mib()
        started = time.perf_counter()
        result = cost.accumulated_cost(resistance, sources, (CELL, CELL), args.neighbours, valid=valid)
        report["seconds"] = time.perf_counter() - started
        report["rss_before_mib"] = before
        np.save(os.path.join(out, "distance.npy"), result.distance)
        np.save(os.path.join(out, "allocation.npy"), result.allocation)
        np.save(os.path.join(out, "back.npy"), result.back_direction)
    else:
        for path in glob.glob(os.path.join(out, "*.npy")):
            os.remove(path)
        from osgeo import gdal

        dataset = gdal.Open(os.path.join(case, "resistance.tif"))
        shape = (dataset.RasterYSize, dataset.RasterXSize)
        dataset = None
        scheduler, client, cluster = args.child, None, None
        if scheduler == "distributed":
            from distributed import Client, LocalCluster

            os.environ["PYTHONPATH"] = os.pathsep.join(sys.path)
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = scheduler = Client(cluster)
        before = current_rss_mib()
        result, stats = tiled.tiled_cost(
            GdalWindows(os.path.join(case, "resistance.tif")), GdalWindows(os.path.join(case, "sources.tif")),
            shape, (CELL, CELL), args.neighbours, args.tile, valid_reader=GdalWindows(
                os.path.join(case, "resistance.tif"), mask=True),
            scheduler=scheduler, workers=args.workers, writer=TileFiles(out))
        report.update(seconds=stats.seconds, rss_before_mib=before, rounds=stats.rounds,
                      tile_solves=stats.tile_solves, solves_per_round=stats.solves_per_round, tiles=stats.tiles,
                      tile_shape=stats.tile_shape, halo=stats.halo, scheduler=stats.scheduler,
                      halo_bytes=stats.halo_bytes, ring_bytes=stats.ring_bytes, band_bytes=stats.band_bytes)
        if client is not None:
            report["worker_peak_mib"] = sorted(client.run(peak_rss_mib).values())
            client.close()
            cluster.close()
    report["peak_mib"] = peak_rss_mib()
    print("RESULT" + json.dumps(report))


def run_child(kind, case, out, neighbours, tile, workers):
    command = [sys.executable, os.path.abspath(__file__), "--child", kind, "--case", case, "--out", out,
               "--neighbours", str(neighbours), "--tile", str(tile), "--workers", str(workers)]
    # GDAL's block cache (5 % of the RAM by default) would otherwise dominate the peaks.
    env = dict(os.environ, GDAL_CACHEMAX=os.environ.get("GDAL_CACHEMAX", "64"))
    completed = subprocess.run(command, capture_output=True, text=True, env=env)
    line = next((x for x in completed.stdout.splitlines() if x.startswith("RESULT")), None)
    if completed.returncode != 0 or line is None:
        raise SystemExit(f"{kind} failed:\n{completed.stdout[-2000:]}\n{completed.stderr[-4000:]}")
    return json.loads(line[len("RESULT"):])


def compare(tiled, reference, resistance, valid, result_class):
    """Bit-identity of the distance, differing allocation/back cells and whether both results
    reproduce every cost from its predecessor (so that differences are exact ties)."""
    same = bool(np.array_equal(reference["distance"], result_class.distance))
    mismatches = int(tiled.predecessor_mismatches(result_class, resistance, valid, (CELL, CELL)).sum())
    return {
        "distance_bit_identical": same,
        "allocation_differs": int((reference["allocation"] != result_class.allocation).sum()),
        "back_direction_differs": int((reference["back"] != result_class.back_direction).sum()),
        "tiled_predecessor_mismatches": mismatches,
    }


def landscape_runs(args, results):
    cost = plugin_kernel()
    from mcr_security_pattern.algorithms.kernels import tiled

    case = make_case(args.size, args.barriers)
    tile = -(-args.size // args.tiles)
    label = f"landscape {args.size}² ({args.tiles}x{args.tiles} tiles of {tile}², {args.neighbours} neighbours)"
    print(f"\n## {label}\n")
    runs = [("in-memory", args.neighbours)]
    runs += [(kind, args.neighbours) for kind in args.schedulers]
    reference = None
    resistance = np.load(os.path.join(case, "resistance.npy"))
    valid = np.load(os.path.join(case, "valid.npy"))
    rows = []
    for kind, neighbours in runs:
        out = os.path.join(case, f"out-{kind}-{neighbours}")
        report = run_child(kind, case, out, neighbours, tile, args.workers)
        if kind == "in-memory":
            reference = {name: np.load(os.path.join(out, f"{name}.npy"))
                         for name in ("distance", "allocation", "back")}
            engine = cost.CostResult(reference["distance"], reference["allocation"], reference["back"], neighbours)
            report["predecessor_mismatches"] = int(tiled.predecessor_mismatches(
                engine, resistance, valid, (CELL, CELL)).sum())
        else:
            assembled = assemble(out, resistance.shape)
            result = cost.CostResult(assembled["distance"], assembled["allocation"], assembled["back"], neighbours)
            report.update(compare(tiled, reference, resistance, valid, result))
            assert report["distance_bit_identical"], f"{kind}: the tiled surface differs from the in-memory one"
            assert report["tiled_predecessor_mismatches"] == 0
        report["run"] = kind
        rows.append(report)
        print(f"- {kind}: {report['seconds']:.2f} s, driver peak {report['peak_mib']:.0f} MiB"
              + (f", workers {report['worker_peak_mib']}" if "worker_peak_mib" in report else "")
              + (f", rounds {report['rounds']}, tile solves {report['tile_solves']} {report['solves_per_round']}, "
                 f"bit-identical {report['distance_bit_identical']}, allocation differs "
                 f"{report['allocation_differs']}, back-direction differs {report['back_direction_differs']}"
                 if kind != "in-memory" else ""), flush=True)
    results[label] = rows


def serpentine(size, walls, seed=5):
    """Float32 resistance 1..10 (random, no exact ties), NoData walls across the grid open at
    alternate ends (a 2-cell gap), the source at the top left corner."""
    rng = np.random.default_rng(seed)
    resistance = rng.uniform(1.0, 10.0, (size, size)).astype(np.float32)
    valid = np.ones((size, size), bool)
    for k in range(walls):
        row = (k + 1) * size // (walls + 1)
        valid[row, :] = False
        valid[row, -2:] = k % 2 == 0
        valid[row, :2] = k % 2 == 1
    sources = np.zeros((size, size), np.int32)
    sources[:2, :2] = 1
    return resistance, valid, sources


def serpentine_runs(args, results):
    cost = plugin_kernel()
    from mcr_security_pattern.algorithms.kernels import tiled

    tile = -(-args.serpentine_size // args.tiles)
    label = f"serpentine {args.serpentine_size}² ({args.tiles}x{args.tiles} tiles of {tile}², 8 neighbours)"
    print(f"\n## {label}\n")
    rows = []
    for walls in args.walls:
        resistance, valid, sources = serpentine(args.serpentine_size, walls)
        started = time.perf_counter()
        whole = cost.accumulated_cost(resistance, sources, (CELL, CELL), 8, valid=valid)
        in_memory = time.perf_counter() - started
        result, stats = tiled.tiled_cost(
            tiled.ArrayWindows(resistance), tiled.ArrayWindows(sources), resistance.shape, (CELL, CELL), 8, tile,
            valid_reader=tiled.ArrayWindows(valid), scheduler="sequential")
        same = bool(np.array_equal(whole.distance, result.distance))
        assert same, f"serpentine with {walls} walls: the tiled surface differs"
        # Tile edges crossed by the path to the far end: each corridor crosses the vertical
        # tile edges, and the path crosses each horizontal tile edge once.
        corridors = walls + 1
        row = {"walls": walls, "corridors": corridors, "crossings": corridors * (args.tiles - 1) + args.tiles - 1,
               "rounds": stats.rounds, "tile_solves": stats.tile_solves, "in_memory_seconds": in_memory,
               "tiled_seconds": stats.seconds, "distance_bit_identical": same,
               "allocation_differs": int((whole.allocation != result.allocation).sum()),
               "back_direction_differs": int((whole.back_direction != result.back_direction).sum())}
        rows.append(row)
        print(f"- {walls} walls ({corridors} corridors, about {row['crossings']} tile-edge crossings): "
              f"rounds {stats.rounds}, tile solves {stats.tile_solves}, in-memory {in_memory:.2f} s, tiled "
              f"{stats.seconds:.2f} s, bit-identical {same}, allocation/back differ "
              f"{row['allocation_differs']}/{row['back_direction_differs']}", flush=True)
    results[label] = rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=4000)
    parser.add_argument("--tiles", type=int, default=4, help="tiles per side")
    parser.add_argument("--neighbours", type=int, default=8)
    parser.add_argument("--barriers", action="store_true", help="landscape with NoData rivers")
    parser.add_argument("--schedulers", nargs="*", default=["sequential", "threads", "distributed"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--serpentine-size", type=int, default=2000)
    parser.add_argument("--walls", type=int, nargs="*", default=[1, 3, 7, 15])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--tile", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    os.makedirs(OUTPUT, exist_ok=True)
    import dask
    import numpy
    import scipy
    from osgeo import gdal

    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"numpy {numpy.__version__}, scipy {scipy.__version__}, GDAL {gdal.__version__}, dask {dask.__version__}")
    results = {}
    if args.size:
        landscape_runs(args, results)
    if args.serpentine_size:
        serpentine_runs(args, results)
    with open(os.path.join(OUTPUT, "results.json"), "w") as handle:
        json.dump(results, handle, indent=1)


if __name__ == "__main__":
    main()
