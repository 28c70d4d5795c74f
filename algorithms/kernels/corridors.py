# SPDX-License-Identifier: GPL-2.0-or-later
"""Ecological corridors, nodes, ridge lines and vulnerable stretches from one MCR search.

DESIGN §4: the allocation zones of the multi-source search meet along ridge lines; two
sources are adjacent when their zones share a boundary; for every boundary edge (u in zone a,
v in zone b) the cost of the link through it is ``D[u] + w(u, v) + D[v]``; the cheapest edge
of the a|b boundary gives the corridor (predecessor chain from u back to a, the edge, the
chain from v back to b) and its ecological node: the point on that edge where the two
sources' equal-resistance fronts meet (the saddle of the MCR surface). The pairwise mode runs
one search per source and gives the true least-cost distance LCD(a, b) and the corridor
width ``D_a + D_b − LCD(a, b)`` (Linkage Mapper's normalised least-cost corridor).
"""

import math
from dataclasses import dataclass, field

import numpy as np
from scipy.spatial import cKDTree

from . import InputError, no_progress
from .cost import NEIGHBOURHOODS, accumulated_cost, edge_weights, flat_steps

# One code per undirected move: each edge of the grid graph is seen once.
HALF_NEIGHBOURHOODS = {4: (1, 3), 8: (1, 2, 3, 4), 16: (1, 2, 3, 4, 9, 10, 11, 12)}


@dataclass
class Corridor:
    from_source: int
    to_source: int
    cwd: float  # cost-weighted distance
    path: np.ndarray  # flat cell indices, from the edge of from_source to the edge of to_source
    length_m: float
    euclid_m: float
    node_xy: tuple  # map coordinates of the ecological node
    node_mcr: float  # MCR value there (half the cwd)
    vulnerable: list = field(default_factory=list)  # VulnerableStretch items

    @property
    def cwd_per_m(self):
        return self.cwd / self.length_m if self.length_m > 0 else math.inf

    @property
    def cwd_per_euclid(self):
        return self.cwd / self.euclid_m if self.euclid_m > 0 else math.inf


@dataclass
class VulnerableStretch:
    points: list  # [(x, y), ...]
    length_m: float
    max_value: float
    mean_value: float
    cells: int


class Geometry:
    """Cell-centre coordinates and step lengths of a north-up grid."""

    def __init__(self, shape, transform):
        self.rows, self.cols = shape
        self.x0, self.dx, _, self.y0, _, self.dy = transform
        self.cell_x, self.cell_y = abs(self.dx), abs(self.dy)

    def centre(self, flat):
        row, col = np.divmod(np.asarray(flat), self.cols)
        return self.x0 + (col + 0.5) * self.dx, self.y0 + (row + 0.5) * self.dy

    def step_lengths(self, path):
        row, col = np.divmod(path, self.cols)
        return np.hypot(np.diff(row) * self.cell_y, np.diff(col) * self.cell_x)


def boundary_links(distance, allocation, resistance, valid, cell_size, neighbours):
    """Every edge between two allocation zones: arrays (a, b, u, v, cost), a < b, u in zone a."""
    dx, dy = cell_size
    r = np.where(valid, resistance, np.inf).astype(np.float64)
    flat = np.arange(distance.size, dtype=np.int64).reshape(distance.shape)
    parts = []
    for code in HALF_NEIGHBOURHOODS[neighbours]:
        weights, source, target = edge_weights(r, code, dx, dy)
        zone_s, zone_t = allocation[source], allocation[target]
        crossing = (zone_s != zone_t) & (zone_s > 0) & (zone_t > 0) & np.isfinite(weights)
        if not crossing.any():
            continue
        cost = distance[source][crossing] + weights[crossing] + distance[target][crossing]
        cell_s, cell_t = flat[source][crossing], flat[target][crossing]
        zs, zt = zone_s[crossing], zone_t[crossing]
        swap = zs > zt
        parts.append((np.where(swap, zt, zs), np.where(swap, zs, zt),
                      np.where(swap, cell_t, cell_s), np.where(swap, cell_s, cell_t), cost))
    if not parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty, empty, np.empty(0)
    return tuple(np.concatenate(column) for column in zip(*parts))


def cheapest_links(a, b, u, v, cost):
    """The cheapest boundary edge of every adjacent pair, sorted by (a, b)."""
    if a.size == 0:
        return a, b, u, v, cost
    order = np.lexsort((u, cost, b, a))  # ties: the lower cost, then the first cell
    a, b, u, v, cost = a[order], b[order], u[order], v[order], cost[order]
    first = np.ones(a.size, dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    return a[first], b[first], u[first], v[first], cost[first]


def trace_to_sources(starts, back_direction):
    """Paths from every start cell back to its source, each ending on the source cell.

    All paths advance together, one array step per cell of the longest path.
    """
    step = flat_steps(back_direction.shape[1])
    codes_flat = back_direction.ravel()
    current = np.asarray(starts, dtype=np.int64).copy()
    paths = [[cell] for cell in current.tolist()]
    active = np.flatnonzero(codes_flat[current] > 0)
    guard = back_direction.size
    while active.size:
        current[active] = current[active] + step[codes_flat[current[active]]]
        for index, cell in zip(active.tolist(), current[active].tolist()):
            paths[index].append(cell)
        active = active[codes_flat[current[active]] > 0]
        guard -= 1
        if guard < 0:
            raise InputError("The back-direction raster has a loop; use the one from the same MCR surface run.")
    return [np.asarray(path, dtype=np.int64) for path in paths]


def source_cells(result):
    """Source ids where the search started (back-direction 0 on a reached cell), 0 elsewhere."""
    return np.where((result.back_direction == 0) & (result.allocation > 0), result.allocation, 0)


def source_edges(source_ids):
    """{source id: (rows, cols) of its cells on the source's boundary}."""
    padded = np.pad(source_ids, 1)
    inner = padded[1:-1, 1:-1]
    edge = (inner > 0) & (
        (padded[:-2, 1:-1] != inner) | (padded[2:, 1:-1] != inner)
        | (padded[1:-1, :-2] != inner) | (padded[1:-1, 2:] != inner)
    )
    rows, cols = np.nonzero(edge)
    ids = source_ids[rows, cols]
    order = np.argsort(ids, kind="stable")
    rows, cols, ids = rows[order], cols[order], ids[order]
    cuts = np.flatnonzero(np.diff(ids)) + 1
    return {
        int(group[0]): (r, c)
        for group, r, c in zip(np.split(ids, cuts), np.split(rows, cuts), np.split(cols, cuts))
        if group.size
    }


def edge_distance(edges, a, b, geometry):
    """Shortest distance between the cell centres of two sources' edges (map units)."""
    ra, ca = edges[a]
    rb, cb = edges[b]
    points_a = np.column_stack([ca * geometry.cell_x, ra * geometry.cell_y])
    points_b = np.column_stack([cb * geometry.cell_x, rb * geometry.cell_y])
    distance, _ = cKDTree(points_b).query(points_a, k=1)
    return float(distance.min())


def vulnerable_stretches(path, values, threshold, geometry):
    """Runs of path cells whose value is >= threshold, as lines from the middle of the step
    into the run to the middle of the step out of it (a single cell gives a short line)."""
    along = values.ravel()[path]
    high = along >= threshold
    if not high.any():
        return []
    x, y = geometry.centre(path)
    stretches = []
    edges = np.diff(np.concatenate([[0], high.astype(np.int8), [0]]))
    for start, stop in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)):
        points = [(float(x[i]), float(y[i])) for i in range(start, stop)]
        if start > 0:
            points.insert(0, (float((x[start - 1] + x[start]) / 2), float((y[start - 1] + y[start]) / 2)))
        if stop < len(path):
            points.append((float((x[stop - 1] + x[stop]) / 2), float((y[stop - 1] + y[stop]) / 2)))
        xy = np.asarray(points)
        length = float(np.hypot(*np.diff(xy, axis=0).T).sum()) if len(xy) > 1 else 0.0
        run = along[start:stop]
        stretches.append(VulnerableStretch(points, length, float(run.max()), float(run.mean()), int(stop - start)))
    return stretches


def fast_corridors(result, resistance, valid, cell_size, transform, vulnerability=None, threshold=6.0):
    """Corridors of adjacent sources from one multi-source search (``result``: CostResult)."""
    geometry = Geometry(result.distance.shape, transform)
    links = cheapest_links(*boundary_links(
        result.distance, result.allocation, resistance, valid, cell_size, result.neighbours
    ))
    a, b, u, v, cost = links
    if a.size == 0:
        return []
    chains_u = trace_to_sources(u, result.back_direction)
    chains_v = trace_to_sources(v, result.back_direction)
    edges = source_edges(source_cells(result))
    distance = result.distance.ravel()
    corridors = []
    for k in range(a.size):
        path = np.concatenate([chains_u[k][::-1], chains_v[k]])
        step = float(cost[k] - distance[u[k]] - distance[v[k]])
        # The node: where the two fronts meet on the edge u -> v (D_a = D_b = cwd / 2).
        t = 0.5 if step <= 0 else min(max((step + distance[v[k]] - distance[u[k]]) / (2 * step), 0.0), 1.0)
        (xu, yu), (xv, yv) = geometry.centre(u[k]), geometry.centre(v[k])
        node = (float(xu + t * (xv - xu)), float(yu + t * (yv - yu)))
        corridors.append(_corridor(int(a[k]), int(b[k]), float(cost[k]), path, node, geometry, edges,
                                   vulnerability, threshold))
    return corridors


def _corridor(a, b, cwd, path, node, geometry, edges, vulnerability, threshold):
    length = float(geometry.step_lengths(path).sum())
    stretches = [] if vulnerability is None else vulnerable_stretches(path, vulnerability, threshold, geometry)
    return Corridor(a, b, cwd, path, length, edge_distance(edges, a, b, geometry), node, cwd / 2.0, stretches)


def keep_nearest(corridors, nearest=0, max_cwd=0.0):
    """Drop corridors above ``max_cwd`` (0 = no limit), then keep a corridor only if it is
    among the ``nearest`` cheapest of either of its sources (0 = all), as Linkage Mapper does."""
    kept = [c for c in corridors if not max_cwd or c.cwd <= max_cwd]
    if not nearest:
        return kept
    ranked = {}
    for corridor in kept:
        for source in (corridor.from_source, corridor.to_source):
            ranked.setdefault(source, []).append(corridor)
    chosen = set()
    for items in ranked.values():
        for corridor in sorted(items, key=lambda c: (c.cwd, c.from_source, c.to_source))[:nearest]:
            chosen.add(id(corridor))
    return [c for c in kept if id(c) in chosen]


def pairwise_corridors(resistance, valid, sources, cell_size, neighbours, transform, pairs,
                       vulnerability=None, threshold=6.0, width_cutoff=None, progress=no_progress):
    """One search per source: the true least-cost distance and path of every pair, and
    optionally the corridor-width raster min over pairs of ``D_a + D_b − LCD(a, b)``.

    Returns (corridors, width or None). ``pairs``: iterable of (a, b), a < b.
    """
    geometry = Geometry(resistance.shape, transform)
    pairs = sorted(set(pairs))
    ids = sorted({s for pair in pairs for s in pair})
    by_source = {s: [pair for pair in pairs if s in pair] for s in ids}
    width = None
    if width_cutoff is not None:
        width = np.full(resistance.shape, np.inf, dtype=np.float32)
    stored = {}  # source id -> float32 cost surface, kept while a later pair still needs it
    found = {}
    last_use = {s: max(ids.index(a if b == s else b) for a, b in by_source[s]) for s in ids}
    for position, s in enumerate(ids):
        single = np.where(sources == s, s, 0)
        result = accumulated_cost(resistance, single, cell_size, neighbours, valid=valid)
        for a, b in by_source[s]:
            other = b if a == s else a
            if a == s:  # the path from b's cheapest cell back to a, in a's search
                cells = np.flatnonzero((sources == b).ravel() & np.isfinite(result.distance.ravel()))
                if cells.size == 0:
                    continue
                target = cells[np.argmin(result.distance.ravel()[cells])]
                lcd = float(result.distance.ravel()[target])
                path = trace_to_sources([target], result.back_direction)[0][::-1]
                found[a, b] = (lcd, path, result.distance.ravel()[path].copy())
            if width is not None and other in stored and (min(a, b), max(a, b)) in found:
                lcd = found[min(a, b), max(a, b)][0]
                pair_width = (result.distance + stored[other]) - lcd
                np.minimum(width, pair_width.astype(np.float32), out=width)
        if width is not None:
            stored[s] = result.distance.astype(np.float32)
            for t in list(stored):
                if last_use[t] <= position:
                    del stored[t]
        progress((position + 1) / len(ids))
    edges = source_edges(np.where(valid & (sources > 0), sources, 0))
    corridors = []
    for (a, b), (lcd, path, cost_from_a) in sorted(found.items()):
        # The node lies where the cost from a reaches half the LCD (there D_a = D_b).
        k = int(np.searchsorted(cost_from_a, lcd / 2.0))
        k = min(max(k, 1), len(path) - 1)
        x, y = geometry.centre(path[k - 1 : k + 1])
        span = cost_from_a[k] - cost_from_a[k - 1]
        t = 0.5 if span <= 0 else min(max((lcd / 2.0 - cost_from_a[k - 1]) / span, 0.0), 1.0)
        node = (float(x[0] + t * (x[1] - x[0])), float(y[0] + t * (y[1] - y[0])))
        corridors.append(_corridor(a, b, lcd, path, node, geometry, edges, vulnerability, threshold))
    if width is not None:
        width[width > width_cutoff] = np.inf
    return corridors, width


def ridge_segments(allocation, transform):
    """Cell edges between two allocation zones: arrays (a, b, x0, y0, x1, y1), a < b."""
    x0, dx, _, y0, _, dy = transform
    parts = []
    # Neighbours across a vertical cell edge (left | right), then across a horizontal one.
    left, right = allocation[:, :-1], allocation[:, 1:]
    mask = (left != right) & (left > 0) & (right > 0)
    rows, cols = np.nonzero(mask)
    x = x0 + (cols + 1) * dx
    parts.append((left[mask], right[mask], x, y0 + rows * dy, x, y0 + (rows + 1) * dy))
    upper, lower = allocation[:-1, :], allocation[1:, :]
    mask = (upper != lower) & (upper > 0) & (lower > 0)
    rows, cols = np.nonzero(mask)
    y = y0 + (rows + 1) * dy
    parts.append((upper[mask], lower[mask], x0 + cols * dx, y, x0 + (cols + 1) * dx, y))
    za, zb, xa, ya, xb, yb = (np.concatenate(column) for column in zip(*parts))
    return np.minimum(za, zb), np.maximum(za, zb), xa, ya, xb, yb


def check_neighbours(neighbours):
    if neighbours not in NEIGHBOURHOODS:
        raise InputError(f"Neighbourhood must be 4, 8 or 16, not {neighbours}.")
