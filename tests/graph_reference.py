# SPDX-License-Identifier: GPL-2.0-or-later
"""An independent MCR reference for larger rasters: scipy's Dijkstra on an explicit grid graph.

Built from the DESIGN §3 convention (8 neighbours, step = (R_a + R_b)/2 × length), with none of
the plugin's code.
"""

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra


def graph_mcr(resistance, valid, sources, dx, dy):
    """(distance with inf where unreachable, nearest source id with 0 there)."""
    rows, cols = resistance.shape
    index = np.arange(rows * cols).reshape(rows, cols)
    heads, tails, weights = [], [], []
    for dr, dc in [(0, 1), (1, 0), (1, 1), (1, -1)]:
        a = (slice(0, rows - dr), slice(max(0, -dc), cols - max(0, dc)))
        b = (slice(dr, rows), slice(max(0, dc), cols + min(0, dc)))
        ok = valid[a] & valid[b]
        length = np.hypot(dr * dy, dc * dx)
        w = (resistance[a].astype(np.float64) + resistance[b]) / 2.0 * length
        heads += [index[a][ok], index[b][ok]]
        tails += [index[b][ok], index[a][ok]]
        weights += [w[ok], w[ok]]
    n = rows * cols
    graph = coo_matrix(
        (np.concatenate(weights), (np.concatenate(heads), np.concatenate(tails))), shape=(n, n)
    ).tocsr()
    starts = np.flatnonzero(((sources > 0) & valid).ravel())
    distance, _, origin = dijkstra(graph, indices=starts, min_only=True, return_predecessors=True)
    nearest = np.where(origin >= 0, sources.ravel()[np.maximum(origin, 0)], 0)
    return distance.reshape(rows, cols), nearest.reshape(rows, cols)
