# SPDX-License-Identifier: GPL-2.0-or-later
"""A plain heap-based Dijkstra on the grid graph, written independently of the plugin.

Same cost convention as DESIGN §3: step = (R_a + R_b)/2 × length; a knight's move (GRASS
r.cost -k) = (sum of the four touched cells)/4 × length and needs all four cells passable.
"""

import heapq
import math

import numpy as np

KING = [(-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1)]
ROOK = [(-1, 0), (0, 1), (1, 0), (0, -1)]
KNIGHT = [(-2, 1), (-1, 2), (1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1)]


def moves(neighbours):
    return {4: ROOK, 8: KING, 16: KING + KNIGHT}[neighbours]


def step(resistance, valid, a, b, dx, dy):
    """Cost of moving from cell a to cell b, or None if the move is not allowed."""
    (ra, ca), (rb, cb) = a, b
    dr, dc = rb - ra, cb - ca
    length = math.hypot(dr * dy, dc * dx)
    if abs(dr) + abs(dc) == 3:  # knight: the two cells beside the midpoint
        if abs(dr) == 2:
            sides = [(ra + dr // 2, ca), (ra + dr // 2, cb)]
        else:
            sides = [(ra, ca + dc // 2), (rb, ca + dc // 2)]
        cells = [a, b] + sides
        if not all(valid[c] for c in cells):
            return None
        return sum(float(resistance[c]) for c in cells) / 4.0 * length
    return (float(resistance[a]) + float(resistance[b])) / 2.0 * length


def dijkstra(resistance, valid, sources, dx=1.0, dy=1.0, neighbours=8):
    """Return (distance with inf where unreachable, allocation with 0 there)."""
    rows, cols = resistance.shape
    distance = np.full((rows, cols), np.inf)
    allocation = np.zeros((rows, cols), dtype=np.int64)
    heap = []
    for r, c in zip(*np.nonzero((sources > 0) & valid)):
        distance[r, c] = 0.0
        allocation[r, c] = sources[r, c]
        heap.append((0.0, int(sources[r, c]), int(r), int(c)))
    heapq.heapify(heap)
    done = np.zeros((rows, cols), dtype=bool)
    while heap:
        d, label, r, c = heapq.heappop(heap)
        if done[r, c]:
            continue
        done[r, c] = True
        for dr, dc in moves(neighbours):
            nr, nc = r + dr, c + dc
            if not (0 <= nr < rows and 0 <= nc < cols) or not valid[nr, nc] or done[nr, nc]:
                continue
            cost = step(resistance, valid, (r, c), (nr, nc), dx, dy)
            if cost is None:
                continue
            if d + cost < distance[nr, nc]:
                distance[nr, nc] = d + cost
                allocation[nr, nc] = label
                heapq.heappush(heap, (d + cost, label, nr, nc))
    return distance, allocation


def tied_cells(resistance, valid, sources, distance, dx=1.0, dy=1.0, neighbours=8, tolerance=1e-9):
    """Cells reached by two sources at the same cost (within tolerance): allocation is ambiguous.

    A cell is tied if two of its optimal predecessors (or a whole chain of them) lead to
    different sources; found by Dijkstra's "all optimal labels" closure.
    """
    rows, cols = resistance.shape
    labels = [[set() for _ in range(cols)] for _ in range(rows)]
    order = np.argsort(distance, axis=None, kind="stable")
    for flat in order:
        r, c = divmod(int(flat), cols)
        if not np.isfinite(distance[r, c]):
            break
        if sources[r, c] > 0 and valid[r, c]:
            labels[r][c].add(int(sources[r, c]))
            continue
        for dr, dc in moves(neighbours):
            pr, pc = r - dr, c - dc
            if not (0 <= pr < rows and 0 <= pc < cols) or not valid[pr, pc]:
                continue
            cost = step(resistance, valid, (pr, pc), (r, c), dx, dy)
            if cost is None or not np.isfinite(distance[pr, pc]):
                continue
            if abs(distance[pr, pc] + cost - distance[r, c]) <= tolerance * max(distance[r, c], 1.0):
                labels[r][c] |= labels[pr][pc]
    return np.array([[len(labels[r][c]) > 1 for c in range(cols)] for r in range(rows)])
