# SPDX-License-Identifier: GPL-2.0-or-later
"""Ecological corridors, nodes, ridge lines and vulnerable stretches from one MCR search.

DESIGN §4: the allocation zones of the multi-source search meet along ridge lines; two
sources are adjacent when their zones share a boundary; for every boundary edge (u in zone a,
v in zone b) the cost of the link through it is ``D[u] + w(u, v) + D[v]``. Along the a|b ridge
that cost has local minima — the **saddles** where a low-resistance valley line crosses the
ridge (the paper's hydrological extraction finds one corridor per such valley line, so a pair
can have several). Each significant saddle gives a corridor (predecessor chain from u back to
a, the edge, the chain from v back to b) and its ecological node: the point on that edge where
the two sources' equal-resistance fronts meet. "Cheapest saddle only" keeps one per pair.

Every corridor is also checked against the pair's true least-cost distance LCD(a, b), found
with one search per source bounded at the largest cost it needs: ``detour = cwd / LCD`` and the
third source whose zone the true least-cost path crosses. The pairwise mode takes the true
least-cost paths as the corridors and gives the corridor width ``D_a + D_b − LCD(a, b)``
(Linkage Mapper's normalised least-cost corridor).
"""

import math
from dataclasses import dataclass, field

import numpy as np
from scipy.spatial import cKDTree

from . import InputError, no_progress, nonzero_cells
from .cost import NEIGHBOURHOODS, OFFSETS, SearchGrid, accumulated_cost, flat_steps, id_type, move_costs

# One code per undirected move: each edge of the grid graph is seen once.
HALF_NEIGHBOURHOODS = {4: (1, 3), 8: (1, 2, 3, 4), 16: (1, 2, 3, 4, 9, 10, 11, 12)}
# Kinds of vulnerable stretch (DESIGN §4; the paper §5–6): crossings of roads, buildings,
# sedimentation tanks and tailings, and crossings of farmland.
BARRIER, FARMLAND = 1, 2
KIND_NAMES = {BARRIER: "barrier", FARMLAND: "farmland crossing"}


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
    saddle_rank: int = 1  # 1 = the pair's cheapest saddle
    persistence: float = math.inf  # how far the ridge's link cost rises before a cheaper saddle
    lcd: float = math.nan  # the pair's true least-cost distance
    via_source: int = None  # a third source whose zone the true least-cost path crosses

    @property
    def cwd_per_m(self):
        return self.cwd / self.length_m if self.length_m > 0 else math.inf

    @property
    def cwd_per_euclid(self):
        return self.cwd / self.euclid_m if self.euclid_m > 0 else math.inf

    @property
    def detour(self):
        """cwd / LCD: 1 when the corridor is the least-cost path between its two sources."""
        return self.cwd / self.lcd if self.lcd > 0 else math.nan


@dataclass
class VulnerableStretch:
    kind: int  # BARRIER or FARMLAND
    points: list  # [(x, y), ...]
    length_m: float
    max_resistance: float
    mean_resistance: float
    cells: int
    class_code: int = None  # the land-use class crossed most (when land use marks the stretches)


@dataclass
class Marks:
    """What makes a corridor cell vulnerable: ``kinds`` (0, BARRIER, FARMLAND) per cell, and the
    land-use class of the marked cells for the stretches' ``class_code`` (sorted flat cells and
    their classes: kept for the marked cells only)."""

    kinds: np.ndarray
    marked: np.ndarray = None
    classes: np.ndarray = None

    def class_of(self, cells):
        position = np.minimum(np.searchsorted(self.marked, cells), self.marked.size - 1)
        return self.classes[position]


def marks_from_threshold(values, threshold, valid=None):
    """Cells whose value (e.g. the land-use resistance) is at least ``threshold`` are barriers."""
    kinds = (values >= threshold).view(np.uint8)
    if valid is not None:
        kinds &= valid.view(np.uint8)
    return Marks(kinds * np.uint8(BARRIER))


def marks_from_classes(classes, valid, barrier_codes, farmland_codes=()):
    """Land-use classes that mark barrier crossings and farmland crossings (``classes`` is kept
    as given for the stretches' class codes; NoData cells are never marked)."""
    kinds = np.zeros(classes.shape, dtype=np.uint8)
    if len(farmland_codes):
        kinds[np.isin(classes, list(farmland_codes))] = FARMLAND
    if len(barrier_codes):
        kinds[np.isin(classes, list(barrier_codes))] = BARRIER
    kinds[~valid] = 0
    marked = np.flatnonzero(kinds)
    return Marks(kinds, marked, classes.ravel()[marked])


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
    """Every edge between two allocation zones: arrays (a, b, u, v, cost), a < b, u in zone a.

    Zones are compared on views of the allocation, one move direction at a time; step costs are
    computed for the crossing edges only (a line through the raster, not the raster).
    """
    rows, cols = allocation.shape
    flat_distance, flat_zone = distance.ravel(), allocation.ravel()
    parts = []
    for code in HALF_NEIGHBOURHOODS[neighbours]:
        dr, dc = OFFSETS[code]
        r0, r1 = max(0, -dr), rows - max(0, dr)
        c0, c1 = max(0, -dc), cols - max(0, dc)
        here, there = allocation[r0:r1, c0:c1], allocation[r0 + dr : r1 + dr, c0 + dc : c1 + dc]
        crossing = (here != there) & (here > 0) & (there > 0)
        row, col = nonzero_cells(crossing)
        del crossing
        if row.size == 0:
            continue
        cell_s = (row + r0).astype(np.int64) * cols + (col + c0)
        step, cell_t = move_costs(resistance, valid, cell_s, code, cell_size)
        usable = np.isfinite(step)
        cell_s, cell_t, step = cell_s[usable], cell_t[usable], step[usable]
        cost = flat_distance[cell_s] + step + flat_distance[cell_t]
        zs, zt = flat_zone[cell_s], flat_zone[cell_t]
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
    rows, cols = nonzero_cells(edge)
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


def vulnerable_stretches(path, marks, resistance, geometry):
    """Runs of path cells of one vulnerable kind, as lines from the middle of the step into the
    run to the middle of the step out of it (a single cell gives a short line)."""
    along = marks.kinds.ravel()[path]
    if not along.any():
        return []
    x, y = geometry.centre(path)
    values = resistance.ravel()[path].astype(np.float64)
    stretches = []
    change = np.flatnonzero(np.diff(along.astype(np.int16))) + 1
    bounds = np.concatenate([[0], change, [along.size]])
    for start, stop in zip(bounds[:-1], bounds[1:]):
        kind = int(along[start])
        if kind == 0:
            continue
        points = [(float(x[i]), float(y[i])) for i in range(start, stop)]
        if start > 0:
            points.insert(0, (float((x[start - 1] + x[start]) / 2), float((y[start - 1] + y[start]) / 2)))
        if stop < len(path):
            points.append((float((x[stop - 1] + x[stop]) / 2), float((y[stop - 1] + y[stop]) / 2)))
        xy = np.asarray(points)
        length = float(np.hypot(*np.diff(xy, axis=0).T).sum()) if len(xy) > 1 else 0.0
        run = values[start:stop]
        code = None
        if marks.classes is not None and marks.marked.size:
            codes, counts = np.unique(marks.class_of(path[start:stop]), return_counts=True)
            code = int(codes[np.argmax(counts)])
        stretches.append(VulnerableStretch(kind, points, length, float(run.max()), float(run.mean()),
                                           int(stop - start), code))
    return stretches


@dataclass
class SaddleOptions:
    """Which local minima of a ridge's link cost become corridors (see :func:`saddle_corridors`)."""

    min_persistence: float = 0.10  # × the saddle's own link cost
    max_cost_ratio: float = 1.25  # link cost at most this × the pair's cheapest link
    min_separation_m: float = 1000.0  # somewhere at least this far from the pair's corridors already kept


def ridge_minima(a, b, u, v, cost, shape):
    """The local minima of the link cost along every ridge, with their topological persistence.

    The ridge of a pair (a, b) is the graph of the cells on either side of its boundary edges;
    two such cells are neighbours when they touch (8 neighbours). A cell's value is the cost of
    the cheapest link through it. Sublevel-set persistence on that graph (elder rule): a local
    minimum lives until its basin merges, at some higher link cost, with a basin whose minimum is
    lower; persistence = that merge cost − its own cost (inf for the cheapest link of each
    connected ridge). Noise on a ridge gives minima of tiny persistence; a valley line crossing a
    ridge of high cost gives a large one.

    Returns (link index, persistence) arrays, one entry per minimum, sorted by (a, b, cost).
    """
    if a.size == 0:
        return np.empty(0, dtype=np.int64), np.empty(0)
    rows, cols = shape
    size = rows * cols
    _, pair_index = np.unique(a.astype(np.int64) * (int(b.max()) + 1) + b, return_inverse=True)
    link = np.arange(a.size)
    # Ridge nodes: (pair, cell) for both ends of every link; a node's value is its cheapest link.
    node_key = np.concatenate([pair_index * size + u, pair_index * size + v]).astype(np.int64)
    node_cost = np.concatenate([cost, cost])
    node_link = np.concatenate([link, link])
    order = np.lexsort((node_link, node_cost, node_key))
    node_key, node_cost, node_link = node_key[order], node_cost[order], node_link[order]
    first = np.ones(node_key.size, dtype=bool)
    first[1:] = node_key[1:] != node_key[:-1]
    keys, values, best = node_key[first], node_cost[first], node_link[first]
    count = keys.size
    cell = keys % size
    row, col = np.divmod(cell, cols)
    # Edges between touching ridge cells of the same pair (each once: four of the eight directions).
    starts, ends = [], []
    for dr, dc in ((0, 1), (1, -1), (1, 0), (1, 1)):
        r2, c2 = row + dr, col + dc
        inside = (r2 >= 0) & (r2 < rows) & (c2 >= 0) & (c2 < cols)
        wanted = (keys - cell + r2 * cols + c2)[inside]
        position = np.minimum(np.searchsorted(keys, wanted), count - 1)
        hit = keys[position] == wanted
        starts.append(np.flatnonzero(inside)[hit])
        ends.append(position[hit])
    persistence = _persistence(values, np.concatenate(starts), np.concatenate(ends))
    minima = np.flatnonzero(persistence > 0)
    # Both ends of one link are one saddle; keep its larger persistence.
    order = np.lexsort((-persistence[minima], best[minima]))
    links, persistence = best[minima][order], persistence[minima][order]
    unique = np.ones(links.size, dtype=bool)
    unique[1:] = links[1:] != links[:-1]
    links, persistence = links[unique], persistence[unique]
    order = np.lexsort((links, cost[links], b[links], a[links]))
    return links[order], persistence[order]


def _persistence(values, starts, ends):
    """0-D sublevel-set persistence of every node of a graph (0 for nodes that are not minima).

    Kruskal's order on edges weighted by their higher end; joining two components ends the one
    whose minimum is higher (ties: the later node). The loop runs over ridge cells only — lines
    through the raster, not the raster.
    """
    count = values.size
    persistence = np.zeros(count)
    weights = np.maximum(values[starts], values[ends])
    order = np.lexsort((np.maximum(starts, ends), weights))
    parent = list(range(count))
    minimum = list(range(count))  # the node holding each component's minimum (at its root)
    value = values.tolist()
    alive = np.ones(count, dtype=bool)

    def find(node):
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for edge, x, y in zip(order.tolist(), starts[order].tolist(), ends[order].tolist()):
        x, y = find(x), find(y)
        if x == y:
            continue
        mx, my = minimum[x], minimum[y]
        if (value[mx], mx) > (value[my], my):
            x, y, mx, my = y, x, my, mx
        persistence[my] = float(weights[edge]) - value[my]  # the younger minimum ends here
        alive[my] = False
        parent[y] = x
    persistence[alive] = np.inf  # the lowest minimum of each connected ridge never ends
    return persistence


def saddle_corridors(result, resistance, valid, cell_size, transform, marks=None, options=None,
                     cheapest_only=False, progress=no_progress):
    """Corridors of adjacent sources from one multi-source search (``result``: CostResult).

    With ``cheapest_only`` one corridor per adjacent pair: its cheapest link. Otherwise one per
    significant saddle (:func:`ridge_minima`): persistence at least ``options.min_persistence``
    × its cost, cost at most ``options.max_cost_ratio`` × the pair's cheapest link, and a path
    that somewhere runs at least ``options.min_separation_m`` from every corridor of the pair
    already kept (cheapest first). The pair's cheapest saddle is always kept.
    """
    options = options or SaddleOptions()
    geometry = Geometry(result.distance.shape, transform)
    a, b, u, v, cost = boundary_links(
        result.distance, result.allocation, resistance, valid, cell_size, result.neighbours
    )
    if a.size == 0:
        return []
    if cheapest_only:
        a, b, u, v, cost = cheapest_links(a, b, u, v, cost)
        persistence = np.full(a.size, np.inf)
    else:
        links, persistence = ridge_minima(a, b, u, v, cost, result.distance.shape)
        a, b, u, v, cost = a[links], b[links], u[links], v[links], cost[links]
    progress(0.3)
    chains_u = trace_to_sources(u, result.back_direction)
    chains_v = trace_to_sources(v, result.back_direction)
    progress(0.6)
    edges = source_edges(source_cells(result))
    distance = result.distance.ravel()
    corridors, kept_cells, cheapest, ranks = [], {}, {}, {}
    step_m = min(geometry.cell_x, geometry.cell_y)
    for k in range(a.size):
        pair = (int(a[k]), int(b[k]))
        link_cost, link_persistence = float(cost[k]), float(persistence[k])
        if pair in cheapest:  # candidates come cheapest first within a pair
            if link_persistence < options.min_persistence * link_cost:
                continue
            if link_cost > options.max_cost_ratio * cheapest[pair]:
                continue
        path = np.concatenate([chains_u[k][::-1], chains_v[k]])
        points = np.column_stack(geometry.centre(path))
        if pair in kept_cells:
            # Distinct from the pair's corridors kept so far: somewhere at least this far from all of them.
            apart, _ = cKDTree(kept_cells[pair]).query(points, k=1)
            if float(apart.max()) < max(options.min_separation_m, step_m):
                continue
        cheapest.setdefault(pair, link_cost)
        kept_cells[pair] = points if pair not in kept_cells else np.vstack([kept_cells[pair], points])
        ranks[pair] = ranks.get(pair, 0) + 1
        uk, vk = int(u[k]), int(v[k])
        step = link_cost - float(distance[uk]) - float(distance[vk])
        # The node: where the two fronts meet on the edge u -> v (D_a = D_b = cwd / 2).
        t = 0.5 if step <= 0 else min(max((step + distance[vk] - distance[uk]) / (2 * step), 0.0), 1.0)
        (xu, yu), (xv, yv) = geometry.centre(uk), geometry.centre(vk)
        node = (float(xu + t * (xv - xu)), float(yu + t * (yv - yu)))
        corridor = _corridor(pair[0], pair[1], link_cost, path, node, geometry, edges, marks, resistance)
        corridor.saddle_rank = ranks[pair]
        corridor.persistence = link_persistence
        corridors.append(corridor)
    progress(1.0)
    return corridors


def fast_corridors(result, resistance, valid, cell_size, transform, marks=None):
    """One corridor per adjacent pair of sources: its cheapest link (the pair's lowest saddle)."""
    return saddle_corridors(result, resistance, valid, cell_size, transform, marks, cheapest_only=True)


def _corridor(a, b, cwd, path, node, geometry, edges, marks, resistance):
    length = float(geometry.step_lengths(path).sum())
    stretches = [] if marks is None else vulnerable_stretches(path, marks, resistance, geometry)
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


@dataclass
class _Reach:
    """The cells one bounded single-source search reached outside its source's own zone (sorted
    flat indices), their cost and back-direction code: what the meet-in-the-middle check keeps of
    a search."""

    cells: np.ndarray
    cost: np.ndarray
    back: np.ndarray

    def lookup(self, cells, missing):
        """The cost at ``cells`` (``missing`` where this search did not reach)."""
        # The needle in the haystack's type: a mixed search would convert the whole haystack each call.
        cells = np.asarray(cells).astype(self.cells.dtype)
        if self.cells.size == 0:
            return np.full(cells.shape, missing), np.zeros(cells.shape, dtype=np.intp), np.zeros(cells.shape, bool)
        position = np.minimum(np.searchsorted(self.cells, cells), self.cells.size - 1)
        hit = self.cells[position] == cells
        return np.where(hit, self.cost[position], missing), position, hit


class _Zones:
    """Each source's own allocation zone of the multi-source search, where the cost from that
    source is already known: it is the MCR surface (a cell allocated to s is reached from s at
    cost D, and from no source for less). A search from s then only needs the cells outside its
    zone, started from the zone's edge at the surface's costs. Without a surface the zones are the
    source cells themselves, at cost 0. All arrays are grid-shaped (not padded)."""

    def __init__(self, shared, allocation, distance, back, neighbours):
        rows, cols = allocation.shape
        self.shared = shared
        # Looked up by flat index many times: one contiguous byte a cell (a search's result is a view).
        self.allocation = np.ascontiguousarray(allocation)
        self.distance, self.back = distance, back  # or None: 0 on every source cell
        # A zone's edge: its cells with a move into another zone (or off the zones).
        edge = np.zeros((rows, cols), dtype=bool)
        for code in NEIGHBOURHOODS[neighbours]:
            dr, dc = OFFSETS[code]
            r0, r1 = max(0, -dr), rows - max(0, dr)
            c0, c1 = max(0, -dc), cols - max(0, dc)
            edge[r0:r1, c0:c1] |= allocation[r0:r1, c0:c1] != allocation[r0 + dr : r1 + dr, c0 + dc : c1 + dc]
        self.edge = edge & (allocation > 0)

    def known(self, s, limit):
        """(zone mask, its costs, its back-directions) and the search's start: the zone's edge
        cells within ``limit``."""
        own = self.allocation == s
        start = own & self.edge
        if self.distance is None:
            return (own, 0.0, 0), start
        if not math.isinf(limit):
            start &= self.distance <= limit
        return (own, self.distance, self.back), start

    def cost_at(self, flat):
        """The cost at cells of their own zone, given by their flat indices on the grid."""
        if self.distance is None:
            return np.zeros(len(flat))
        return _at(self.distance, flat)

    def trace(self, cell, kept, columns):
        """The path from ``cell`` back to a source of a finished search (its reach ``kept`` outside
        the zone, then the zone's own back-directions) and the cost at every cell of it."""
        steps = flat_steps(columns)
        path, costs = [int(cell)], []
        while True:
            cost, position, hit = kept.lookup(np.array([path[-1]]), np.inf)
            code = int(kept.back[position[0]]) if hit[0] else 0
            if code == 0:  # in the zone: its own back-directions go on
                break
            costs.append(float(cost[0]))
            path.append(path[-1] + int(steps[code]))
        # In the zone: its own predecessors, on the grid's flat indices.
        inside = [int(self.shared.unpadded(np.array([path[-1]]))[0])]
        if self.back is not None:
            columns, grid_steps = self.back.shape[1], flat_steps(self.back.shape[1])
            while code := int(self.back[divmod(inside[-1], columns)]):
                inside.append(inside[-1] + int(grid_steps[code]))
        inside = np.asarray(inside, dtype=np.int64)
        zone_costs = self.cost_at(inside)
        return (np.concatenate([np.asarray(path[:-1], dtype=np.int64), self.shared.padded(inside)]),
                np.concatenate([np.asarray(costs), zone_costs]))


def _at(array, flat):
    """``array`` at flat indices, without the copy ``ravel`` makes of a view (a search's result)."""
    if array.flags.c_contiguous:
        return array.ravel()[flat]
    return array[np.divmod(flat, array.shape[1])]


def least_cost_check(corridors, resistance, valid, sources, cell_size, neighbours, allocation,
                     width_cutoff=None, progress=no_progress, surface=None, grid=None):
    """Set ``lcd`` and ``via_source`` of every corridor from the pairs' true least-cost paths.

    Meet in the middle: the least-cost distance L of a pair is never above the cwd of any of its
    corridors, and the least-cost path has an edge (x, y) with D_a(x) ≤ L/2 and D_b(y) ≤ L/2. So
    each source is searched once, stopped at half the largest bound of its pairs, and
    L = min over edges of D_a(x) + step(x, y) + D_b(y) — a quarter of the area a search to the
    full bound would cover. ``surface`` (the multi-source search's :class:`CostResult` with
    ``allocation``) saves most of that area again: inside its own zone a source's costs are the
    surface's, so each search covers only the cells beyond its zone's edge. With ``width_cutoff``
    (inf = no cut-off) full surfaces are needed instead: see :func:`_width_check`.

    ``grid``: a :class:`SearchGrid` already built on this resistance, for a caller that drops its
    own copy of the resistance (then None) during the searches. It serves the meet-in-the-middle
    check (not ``width_cutoff``), and with ``surface`` the sources may be None too.

    Returns ({pair: (lcd, path from a's edge to b's edge, cost from a along it)}, width or None).
    """
    bound = {}  # a pair's cheapest corridor bounds its least-cost distance
    for corridor in corridors:
        pair = (corridor.from_source, corridor.to_source)
        bound[pair] = min(bound.get(pair, math.inf), corridor.cwd)
    if width_cutoff is not None:
        found, width = _width_check(bound, resistance, valid, sources, cell_size, neighbours, width_cutoff, progress)
    else:
        found = _meet_in_the_middle(bound, resistance, valid, sources, cell_size, neighbours, progress, surface,
                                    grid)
        width = None
    zones = allocation.ravel()
    for corridor in corridors:
        pair = (corridor.from_source, corridor.to_source)
        if pair in found:
            corridor.lcd, path = found[pair][0], found[pair][1]
            crossed = zones[path]
            third = crossed[(crossed > 0) & (crossed != pair[0]) & (crossed != pair[1])]
            corridor.via_source = int(third[0]) if third.size else None
    return found, width


def _meet_in_the_middle(bound, resistance, valid, sources, cell_size, neighbours, progress, surface=None,
                        shared=None):
    """The searches run one at a time on one shared grid, each from its zone's edge outwards. A
    search whose pairs are not all done keeps its reach beyond its zone (sparse); a partner's search
    meets it on its own dense surface, and meets the kept source's zone from its own reach:

    - every move out of the kept reach is looked up on the dense surface of this search;
    - every move out of this search's reach beyond its zone (and out of its zone's edge) into the
      kept source's zone is looked up on the MCR surface there.

    Together these see every edge (x, y) with x reached from one source and y from the other (an
    edge from a zone's inner cell leads into the same zone), so the least-cost path's middle edge."""
    pairs = sorted(bound)
    if not pairs:
        return {}
    ends = _low_bandwidth_order(pairs)
    radius = {s: max(bound[pair] for pair in pairs if s in pair) / 2.0 * (1 + 1e-9) for s in ends}
    last_use = {s: max(ends.index(end) for pair in pairs if s in pair for end in pair) for s in ends}
    if shared is None:
        shared = SearchGrid(resistance, valid, cell_size, neighbours)
    if surface is not None:
        zones = _Zones(shared, surface.allocation, surface.distance, surface.back_direction, neighbours)
    else:
        ids = np.where(valid & (sources > 0), sources, 0)
        zones = _Zones(shared, ids.astype(id_type(int(ids.max()) if ids.size else 0)), None, None, neighbours)
        del ids
    index_type = shared.index_type
    reverse = {move[0]: move for move in shared.moves}  # a move by its flat offset
    cols = shared.padded_cols
    grid_offsets = [OFFSETS[code][0] * shared.shape[1] + OFFSETS[code][1] for code in NEIGHBOURHOODS[neighbours]]
    reached, found = {}, {}
    for number, s in enumerate(ends):
        limit = radius[s]
        known, start = zones.known(s, limit)
        # Costs above the limit are left as the search stopped (not final): only costs up to it count.
        here, back = shared.search(start, None if math.isinf(limit) else limit, known=known, trim=False)
        # This search's reach beyond its zone, and its zone's edge: the cells that can meet a zone
        # (``rim``: padded indices; ``rim_flat``: the same cells on the grid).
        inner = here.reshape(-1, cols)[shared.inner]
        beyond = inner < np.inf if math.isinf(limit) else inner <= limit
        del inner
        beyond &= zones.allocation != s
        # Gathered into the index type one part at a time: 64-bit copies of the whole of a large
        # reach, several at once, would set the peak.
        reach = int(np.count_nonzero(beyond))
        rim_flat = np.empty(reach + int(np.count_nonzero(start)), dtype=index_type)
        rim_flat[:reach] = np.flatnonzero(beyond)
        del beyond
        rim_flat[reach:] = np.flatnonzero(start)
        rim = shared.padded(rim_flat)
        outside = rim[:reach]  # sorted, as the grid's order is the padded grid's
        del start, known
        for a, b in pairs:
            t = b if s == a else a
            if s not in (a, b) or t not in reached:
                continue
            kept = reached[t]
            # The least-cost path's middle edge has both ends within half the pair's bound (the
            # searches' radius is half the largest bound of a source's pairs): only those cells meet.
            half = bound[a, b] / 2.0 * (1 + 1e-9)
            kept_near = kept.cost <= half
            kept_cells, kept_cost = kept.cells[kept_near], kept.cost[kept_near]
            rim_near = np.flatnonzero(here[rim] <= half)
            near, near_flat = rim[rim_near], rim_flat[rim_near]
            del kept_near, rim_near
            best = (math.inf, -1, -1)
            for (offset, _, _, _), grid_offset in zip(shared.moves, grid_offsets):
                # Out of t's reach beyond its zone onto this search's surface...
                targets = kept_cells + offset
                cost_here = here[targets]
                meet = np.flatnonzero(cost_here <= half)
                if meet.size:
                    x, y = kept_cells[meet], targets[meet]
                    best = min(best, _cheapest(shared, reverse, offset, kept_cost[meet], x, y, cost_here[meet], t == a))
                # ...and out of this search's reach into t's own zone. A target on the grid (finite
                # resistance: not the padding) has the flat index y's + the move's there.
                targets = near + offset
                on_grid = np.take(zones.allocation, near_flat + grid_offset, mode="clip") == t
                on_grid &= shared.resistance[targets] < np.inf
                meet = np.flatnonzero(on_grid)
                del on_grid
                if meet.size:
                    zone_cost = zones.cost_at(near_flat[meet] + grid_offset)
                    within = zone_cost <= half
                    meet, zone_cost = meet[within], zone_cost[within]
                if meet.size:
                    x, y = targets[meet], near[meet]
                    best = min(best, _cheapest(shared, reverse, -offset, zone_cost, x, y, here[y], t == a))
            del kept_cells, kept_cost, near, near_flat
            total, best_kept, best_here = best
            if math.isinf(total):
                continue
            kept_path, kept_cost = zones.trace(best_kept, kept, cols)  # from the meeting cell back to t
            here_path = _trace_dense(best_here, back, cols)  # and back to s
            here_cost = here[here_path]
            if t == a:
                path = np.concatenate([kept_path[::-1], here_path])
                along = np.concatenate([kept_cost[::-1], total - here_cost])
            else:
                path = np.concatenate([here_path[::-1], kept_path])
                along = np.concatenate([here_cost[::-1], total - kept_cost])
            found[a, b] = (total, shared.unpadded(path), along)
        if last_use[s] > number:  # a partner is still to come: keep what this search reached
            reached[s] = _Reach(outside, here[outside], back[outside])
        del here, back, outside, rim, rim_flat
        for t in [t for t in reached if last_use[t] <= number]:
            del reached[t]
        progress((number + 1) / len(ends))
    return found


def _cheapest(shared, moves, offset, cost_x, x, y, cost_y, x_first):
    """(lowest cost, x, y) of the links x → y (or y → x) of one move: each link's cost from the
    pair's first source to its second, D_first + step + D_second, with the search's own float
    operations. ``offset`` is the flat offset from x to y; ``x_first``: x lies on the first source's side."""
    first, second, cost_first, cost_second, move = (x, y, cost_x, cost_y, offset) if x_first else \
        (y, x, cost_y, cost_x, -offset)
    _, sides, factor, _ = moves[move]
    resistance = shared.resistance
    total = resistance[first].astype(np.float64) + resistance[second]
    for side in sides:
        total += resistance[first + side]
    candidate = cost_first + total * factor + cost_second
    k = int(np.argmin(candidate))
    return float(candidate[k]), int(x[k]), int(y[k])


def _trace_dense(cell, back, columns):
    """The path from ``cell`` back to its source along a dense back-direction array."""
    steps = flat_steps(columns)
    path = [int(cell)]
    while back[path[-1]]:
        path.append(path[-1] + int(steps[back[path[-1]]]))
    return np.asarray(path, dtype=np.int64)


def _low_bandwidth_order(pairs):
    """The pairs' sources in an order that keeps few of them waiting for a partner (reverse
    Cuthill–McKee on the graph of pairs): a search's reach is kept until its last pair is done."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import reverse_cuthill_mckee

    ends = sorted({end for pair in pairs for end in pair})
    if not ends:
        return []
    position = {end: k for k, end in enumerate(ends)}
    rows = [position[a] for a, b in pairs] + [position[b] for a, b in pairs]
    columns = [position[b] for a, b in pairs] + [position[a] for a, b in pairs]
    graph = coo_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(ends), len(ends))).tocsr()
    return [ends[k] for k in reverse_cuthill_mckee(graph, symmetric_mode=True)]


def _width_check(bound, resistance, valid, sources, cell_size, neighbours, width_cutoff, progress):
    """Every end searched up to its pairs' bound + the cut-off (inf: complete), keeping each surface
    while a pair needs it: the least-cost paths and the width raster min of D_a + D_b − LCD."""
    pairs = sorted(bound)
    ends = sorted({end for pair in pairs for end in pair})
    last_use = {s: max(ends.index(end) for pair in pairs if s in pair for end in pair) for s in ends}
    width = np.full(resistance.shape, np.inf)
    found, stored = {}, {}
    ids = sources.ravel()
    shared = SearchGrid(resistance, valid, cell_size, neighbours)
    for number, s in enumerate(ends):
        limit = max(bound[pair] for pair in pairs if s in pair) * (1 + 1e-9) + width_cutoff
        result = accumulated_cost(None, (sources == s).view(np.uint8), max_cost=None if math.isinf(limit) else limit,
                                  grid=shared)
        distance = result.distance.ravel()
        for a, b in pairs:
            if s not in (a, b):
                continue
            other = b if s == a else a
            if (a, b) not in found:
                cells = np.flatnonzero((ids == other) & np.isfinite(distance))
                if cells.size:
                    target = int(cells[np.argmin(distance[cells])])
                    lcd = float(distance[target])
                    path = trace_to_sources([target], result.back_direction)[0]  # other's edge -> s
                    along = distance[path]
                    if s == a:
                        path, along = path[::-1], along[::-1]
                    else:
                        along = lcd - along  # the cost from a = LCD − the cost from b
                    found[a, b] = (lcd, path, along)
            if other in stored and (a, b) in found:
                pair_width = result.distance + stored[other] - found[a, b][0]
                np.minimum(width, np.maximum(pair_width, 0.0), out=width, where=np.isfinite(pair_width))
        stored[s] = result.distance
        for t in [t for t in stored if last_use[t] <= number]:
            del stored[t]
        progress((number + 1) / len(ends))
    if not math.isinf(width_cutoff):
        width[width > width_cutoff] = np.inf
    return found, width


def pairwise_corridors(resistance, valid, sources, cell_size, neighbours, transform, pairs, marks=None,
                       width_cutoff=None, progress=no_progress, allocation=None, bounds=None, surface=None):
    """The true least-cost path of every pair as its corridor, and optionally the corridor-width
    raster min over pairs of ``D_a + D_b − LCD(a, b)`` (float64, ≥ 0, 0 on the paths; inf beyond
    ``width_cutoff``, which may be inf).

    ``bounds`` {pair: cost} limits the searches (a pair's LCD is never above the cwd of any of its
    corridors); without it they are complete. ``surface``: the multi-source search of these sources,
    which spares the searches their own zones (:func:`least_cost_check`). Returns (corridors, width or None).
    """
    geometry = Geometry(resistance.shape, transform)
    probes = [Corridor(a, b, (bounds or {}).get((a, b), math.inf), np.empty(0, np.int64), 0.0, 0.0, (0, 0), 0.0)
              for a, b in sorted(set(pairs))]
    zones = allocation if allocation is not None else np.zeros(resistance.shape, dtype=np.int32)
    found, width = least_cost_check(probes, resistance, valid, sources, cell_size, neighbours, zones,
                                    width_cutoff, progress, surface)
    via = {(p.from_source, p.to_source): p.via_source for p in probes}
    edges = source_edges(np.where(valid & (sources > 0), sources, 0))
    corridors = []
    for (a, b), (lcd, path, cost_from_a) in sorted(found.items()):
        # The node lies where the cost from a reaches half the LCD (there D_a = D_b).
        k = int(np.searchsorted(cost_from_a, lcd / 2.0))
        k = min(max(k, 1), len(path) - 1)
        x, y = geometry.centre(path[k - 1 : k + 1])
        span = cost_from_a[k] - cost_from_a[k - 1] if len(path) > 1 else 0.0
        t = 0.5 if span <= 0 else min(max((lcd / 2.0 - cost_from_a[k - 1]) / span, 0.0), 1.0)
        node = (float(x[0] + t * (x[-1] - x[0])), float(y[0] + t * (y[-1] - y[0])))
        corridor = _corridor(a, b, lcd, path, node, geometry, edges, marks, resistance)
        corridor.lcd, corridor.via_source = lcd, via[a, b]
        corridors.append(corridor)
    return corridors, width


def ridge_segments(allocation, transform):
    """Cell edges between two allocation zones: arrays (a, b, x0, y0, x1, y1), a < b."""
    x0, dx, _, y0, _, dy = transform
    parts = []
    # Neighbours across a vertical cell edge (left | right), then across a horizontal one.
    left, right = allocation[:, :-1], allocation[:, 1:]
    mask = (left != right) & (left > 0) & (right > 0)
    rows, cols = nonzero_cells(mask)
    x = x0 + (cols + 1) * dx
    parts.append((left[mask], right[mask], x, y0 + rows * dy, x, y0 + (rows + 1) * dy))
    upper, lower = allocation[:-1, :], allocation[1:, :]
    mask = (upper != lower) & (upper > 0) & (lower > 0)
    rows, cols = nonzero_cells(mask)
    y = y0 + (rows + 1) * dy
    parts.append((upper[mask], lower[mask], x0 + cols * dx, y, x0 + (cols + 1) * dx, y))
    za, zb, xa, ya, xb, yb = (np.concatenate(column) for column in zip(*parts))
    return np.minimum(za, zb), np.maximum(za, zb), xa, ya, xb, yb


def check_neighbours(neighbours):
    if neighbours not in NEIGHBOURHOODS:
        raise InputError(f"Neighbourhood must be 4, 8 or 16, not {neighbours}.")
