# SPDX-License-Identifier: GPL-2.0-or-later
"""What the corridor stage costs on top of the MCR search: saddles and the true least-cost check.

    /usr/bin/python3 benchmarks/corridor_check.py [size ...]     (default 4000)

On the land-use-like benchmark raster (landscape.py: resistance 1..10, 20 source patches,
30 m cells) it times, in one process: the multi-source MCR search, the corridors of every
significant saddle (and of the cheapest saddle only), and the least-cost check (one search per
source of an adjacent pair, each stopped at half the largest cost its pairs need) twice:
searching from the sources, and as the plugin runs it, from the edges of the sources' own
allocation zones at the MCR surface's costs; and prints a Markdown table with the check's
overhead relative to the search.
"""

import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from engines import peak_rss_mib, plugin_kernel  # noqa: E402
from landscape import landscape  # noqa: E402

CELL = 30.0


def main(sizes):
    cost = plugin_kernel()
    from mcr_security_pattern.algorithms.kernels import corridors

    transform = (0.0, CELL, 0.0, 0.0, 0.0, -CELL)
    print("| size | MCR search | saddle corridors | cheapest only | least-cost check from the sources | "
          "from the zones' edges (the plugin's) | check ÷ search | corridors (pairs) | pairs linked by a detour | "
          "peak MiB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for size in sizes:
        resistance, valid, sources = landscape(size)
        started = time.perf_counter()
        result = cost.accumulated_cost(resistance, sources, (CELL, CELL), 8, valid=valid)
        search = time.perf_counter() - started
        started = time.perf_counter()
        found = corridors.saddle_corridors(result, resistance, valid, (CELL, CELL), transform)
        saddles = time.perf_counter() - started
        started = time.perf_counter()
        corridors.saddle_corridors(result, resistance, valid, (CELL, CELL), transform, cheapest_only=True)
        cheapest = time.perf_counter() - started
        started = time.perf_counter()
        corridors.least_cost_check(found, resistance, valid, sources, (CELL, CELL), 8, result.allocation)
        plain = time.perf_counter() - started
        started = time.perf_counter()
        corridors.least_cost_check(found, resistance, valid, sources, (CELL, CELL), 8, result.allocation,
                                   surface=result)
        check = time.perf_counter() - started
        pairs = len({(c.from_source, c.to_source) for c in found})
        detours = sum(1 for c in found if c.saddle_rank == 1 and c.detour > 1 + 1e-9)
        print(f"| {size}² | {search:.1f} s | {saddles:.1f} s | {cheapest:.1f} s | {plain:.1f} s | {check:.1f} s | "
              f"{check / search:.1f} | {len(found)} ({pairs}) | {detours} | {peak_rss_mib():.0f} |", flush=True)


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or [4000])
