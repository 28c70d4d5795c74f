# SPDX-License-Identifier: GPL-2.0-or-later
"""MSPA and patch-connectivity benchmark: the MSPA kernel at growing sizes, and the least-cost patch
graph with PC / dPC on the MSPA cores of a 1000² map.

    /usr/bin/python3 benchmarks/mspa_bench.py [size ...]      (default: 2000 4000 8000)

Landscape: N × N cells of smooth random blobs (Gaussian-filtered noise, sigma 4 cells), half of
them habitat; MSPA with 8-connectivity, edge width 1, transition and intext on. Every size runs in
its own process; "peak" is the kernel's own high-water mark of numpy memory (tracemalloc), not
counting the habitat map it is given. Measured on the 2-core development machine (Debian 12,
numpy 1.24): 8000² in about 14 s and 28 bytes per cell.
"""

import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def kernels():
    plugins = os.path.join(REPO, ".build", "plugins")
    link = os.path.join(plugins, "mcr_security_pattern")
    if not os.path.isdir(link):
        os.makedirs(plugins, exist_ok=True)
        os.symlink(REPO, link)
    sys.path.insert(0, plugins)
    from mcr_security_pattern.algorithms.kernels import connectivity, mspa, patch_graph, patches

    return mspa, patches, patch_graph, connectivity


def blobs(size, seed=1):
    import numpy as np
    from scipy import ndimage

    field = ndimage.gaussian_filter(np.random.default_rng(seed).random((size, size), dtype=np.float32), 4)
    return field > np.quantile(field[::7, ::7], 0.5)


def one_size(size):
    import tracemalloc

    mspa, _, _, _ = kernels()
    habitat = blobs(size)
    tracemalloc.start()
    start = time.perf_counter()
    mspa.mspa(habitat)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    print(f"| MSPA {size}² | {elapsed:.1f} s | {peak / 2**20:.0f} MiB | {peak / size / size:.1f} B/cell |", flush=True)


def graph():
    import numpy as np

    mspa, patches, patch_graph, connectivity = kernels()
    size = 1000
    classes = mspa.mspa(blobs(size))
    resistance = np.where(blobs(size, seed=2), 1.0, 5.0).astype(np.float32)
    valid = np.ones(classes.shape, bool)
    cores = patches.select_patches(classes, valid, [17, 117], (30.0, 30.0), 0.5, 8)
    for pairs in patch_graph.PAIRS[::-1]:
        start = time.perf_counter()
        links = patch_graph.patch_links(resistance, valid, cores.labels, (30.0, 30.0), 8, pairs)
        searched = time.perf_counter() - start
        index = np.searchsorted(links.patches, links.patch_i), np.searchsorted(links.patches, links.patch_j)
        start = time.perf_counter()
        connectivity.connectivity(cores.area_km2[links.patches], *index, links.cost, 10000.0, 900.0)
        print(f"| links ({pairs}) of {cores.count} cores, {size}² | {searched:.1f} s | {links.count} links | "
              f"PC, IIC, dPC, dIIC {time.perf_counter() - start:.2f} s |", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        one_size(int(sys.argv[2]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--graph":
        graph()
    else:
        for size in [int(v) for v in sys.argv[1:]] or [2000, 4000, 8000]:
            subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)
        subprocess.run([sys.executable, __file__, "--graph"], check=True)
