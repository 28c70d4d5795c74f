# SPDX-License-Identifier: GPL-2.0-or-later
"""Exact multi-source cost distance (the MCR surface) with allocation and back-direction.

Convention (DESIGN §3): one step from cell a to neighbour b costs
``(R_a + R_b) / 2 × step length`` (cell size; × √(dx² + dy²) diagonally). A knight's move
(16 neighbours) follows GRASS ``r.cost -k``: the mean of the four cells the move touches
(both ends and the two cells beside its midpoint) × √((2dx)² + dy²) or √(dx² + (2dy)²).
NoData is an impassable barrier; a knight's move needs all four cells passable. Source cells
cost 0. The MCR surface is the minimum over sources of the summed step costs: the exact
shortest-path distance on the grid graph (Dijkstra's result, not an approximation).

Engine: Δ-stepping (Meyer & Sanders 2003), a bucketed Dijkstra whose every step is an array
operation. Cells wait in buckets of width Δ by tentative cost; the lowest bucket is taken
whole and all its cells relax their neighbours at once, one move direction at a time (within
one direction the targets are distinct, so a plain fancy-index assignment is a correct
scatter-min). Cells that improve below the bucket's upper bound are relaxed again in the same
bucket; the others wait in their own bucket. When a bucket no longer changes, every cell in it
is final: edge costs are positive and every other tentative cost is at least the bucket's
upper bound. Allocation and back-direction are written with every improvement, so the
predecessor of each cell reproduces its cost. Memory: about 21 bytes per cell (cost float64,
resistance float32, allocation int32, back-direction byte, one int32 work array) on a grid
padded by two barrier cells, plus the front's buckets.
"""

import heapq
import math
from dataclasses import dataclass

import numpy as np

from . import InputError, first_cell, no_progress

# Back-direction codes: the neighbour a cell's least-cost path comes from, as (row, col) offset.
# 1..8 clockwise from north; 9..16 the knight's moves clockwise from north-north-east.
OFFSETS = {
    1: (-1, 0), 2: (-1, 1), 3: (0, 1), 4: (1, 1), 5: (1, 0), 6: (1, -1), 7: (0, -1), 8: (-1, -1),
    9: (-2, 1), 10: (-1, 2), 11: (1, 2), 12: (2, 1), 13: (2, -1), 14: (1, -2), 15: (-1, -2), 16: (-2, -1),
}
DIRECTION_NAMES = {
    1: "N", 2: "NE", 3: "E", 4: "SE", 5: "S", 6: "SW", 7: "W", 8: "NW",
    9: "NNE", 10: "ENE", 11: "ESE", 12: "SSE", 13: "SSW", 14: "WSW", 15: "WNW", 16: "NNW",
}
NEIGHBOURHOODS = {4: (1, 3, 5, 7), 8: tuple(range(1, 9)), 16: tuple(range(1, 17))}
_CODE_OF_OFFSET = {offset: code for code, offset in OFFSETS.items()}
_PAD = 2  # barrier cells around the grid, so that every neighbour index exists
BYTES_PER_CELL = 21
# Buckets are this many typical steps wide (median resistance x smallest cell side).
_BUCKET_STEPS = 4.0


@dataclass
class CostResult:
    """Arrays of the MCR search; ``distance`` is inf where no source can be reached."""

    distance: np.ndarray  # float64
    allocation: np.ndarray  # int32, source id of the path's origin, 0 where unreachable
    back_direction: np.ndarray  # uint8, code of OFFSETS the path comes from, 0 at sources/unreachable
    neighbours: int
    steps: int = 0

    @property
    def reachable(self):
        return np.isfinite(self.distance)

    def predecessors(self):
        """Flat index of every cell's predecessor (−1 at sources and unreachable cells)."""
        return predecessor_index(self.back_direction)


def flat_steps(cols):
    """Flat index offset of the neighbour each back-direction code points at (0 for code 0)."""
    steps = np.zeros(17, dtype=np.int64)
    for code, (dr, dc) in OFFSETS.items():
        steps[code] = dr * cols + dc
    return steps


def predecessor_index(back_direction):
    """Flat predecessor index from a back-direction raster (−1 where the code is 0)."""
    codes = back_direction.ravel()
    index = np.arange(codes.size, dtype=np.int64) + flat_steps(back_direction.shape[1])[codes]
    index[codes == 0] = -1
    return index


def step_length(code, dx, dy):
    dr, dc = OFFSETS[code]
    return math.hypot(dr * dy, dc * dx)


def validate(resistance, valid):
    """Raise :class:`InputError` unless every valid cell has a finite resistance > 0."""
    bad = valid & ~(np.isfinite(resistance) & (resistance > 0))
    if bad.any():
        row, col = first_cell(bad)
        value = float(resistance[row, col])  # a plain number in the message (numpy 2 prints np.float32(…))
        raise InputError(
            f"The resistance has {int(bad.sum())} cells that are ≤ 0 or not a number inside the "
            f"valid area (first at row {row}, column {col}: {value!r}). Resistance must be > 0; "
            "set impassable cells to NoData instead."
        )


def id_type(largest):
    """The smallest integer type for ids 0..``largest`` (most landscapes have few sources)."""
    return np.uint8 if largest < 2**8 else np.uint16 if largest < 2**16 else np.int32


def compact_ids(ids):
    """``ids`` (≥ 0) in :func:`id_type` of their largest: a source-id grid in one byte a cell."""
    if ids.size == 0 or ids.dtype.kind not in "iu" or int(ids.min()) < 0:
        return ids
    dtype = id_type(int(ids.max()))
    return ids if ids.dtype == dtype else ids.astype(dtype)


def ids_present(ids, where=None):
    """The ids > 0 of an id raster (only where ``where``, if given), sorted: by counting when the
    ids are small enough, by sorting otherwise."""
    if where is not None:
        ids = np.where(where, ids, 0)
    if ids.size == 0:
        return []
    largest = int(ids.max())
    if ids.dtype.kind in "iu" and int(ids.min()) >= 0 and largest < 2**24:
        return [int(v) for v in np.flatnonzero(np.bincount(ids.ravel(), minlength=1)[1:]) + 1]
    return [int(v) for v in np.unique(ids[ids > 0])]


def accumulated_cost(resistance, sources, cell_size=(1.0, 1.0), neighbours=8, valid=None,
                     max_cost=None, progress=no_progress, seed_cost=None, seed_back=None, grid=None):
    """The MCR surface from all sources at once, with allocation and back-direction.

    Parameters
    ----------
    resistance : 2-D array, finite and > 0 where ``valid``. Float32 input is computed on as
        float32 values (exactly), anything else as float64.
    sources : 2-D integer array of source ids (> 0); 0 = not a source. Source cells on
        NoData are ignored (they cannot be entered or left).
    cell_size : (dx, dy) in map units; GRASS's cell units are (1, 1).
    neighbours : 4, 8 (default) or 16 (knight's moves as GRASS ``r.cost -k``).
    valid : False on NoData (barriers); default: finite resistance.
    max_cost : optional; cells whose cost exceeds it are unreachable (inf) in the result,
        and the search stops there.
    progress : ``progress(fraction)``; may raise :class:`Cancelled`.
    seed_cost : optional float array; the search starts at the source cells with these costs
        instead of 0 (a tile of a larger grid seeded from its neighbours' costs, for example).
    seed_back : optional uint8 array; the back-direction recorded at the seeded cells (0 default).
    grid : optional :class:`SearchGrid` of this resistance, shared by many searches (then
        ``resistance``, ``cell_size``, ``neighbours`` and ``valid`` come from it).

    >>> import numpy as np
    >>> r = np.ones((1, 4)); s = np.array([[1, 0, 0, 0]])
    >>> accumulated_cost(r, s, neighbours=4).distance.tolist()
    [[0.0, 1.0, 2.0, 3.0]]
    """
    if grid is not None:
        sources = np.asarray(sources)
        start = (sources > 0) & grid.valid
        if not start.any():
            raise InputError("There are no source cells (ids > 0) on cells with a resistance.")
        return _search(grid, start, sources, max_cost, progress, seed_cost, seed_back)
    if neighbours not in NEIGHBOURHOODS:
        raise InputError(f"Neighbourhood must be 4, 8 or 16, not {neighbours}.")
    resistance = np.asarray(resistance)
    if resistance.ndim != 2 or resistance.size == 0:
        raise InputError("The resistance must be a non-empty 2-D raster.")
    sources = np.asarray(sources)
    if sources.shape != resistance.shape:
        raise InputError("Sources and resistance must be on the same grid; align them first.")
    if valid is None:
        valid = np.isfinite(resistance)
    dx, dy = (float(v) for v in cell_size)
    if not (dx > 0 and dy > 0 and math.isfinite(dx) and math.isfinite(dy)):
        raise InputError(f"Cell size must be > 0, not ({dx}, {dy}).")
    validate(resistance, valid)
    start = (sources > 0) & valid
    if not start.any():
        if (sources > 0).any():
            raise InputError(
                "Every source cell lies on NoData in the resistance; sources must lie on cells "
                "with a resistance."
            )
        raise InputError("There are no source cells (ids > 0); give at least one source.")
    return _search(SearchGrid(resistance, valid, (dx, dy), neighbours), start, sources, max_cost, progress,
                   seed_cost, seed_back)


def _search(grid, start, sources, max_cost, progress, seed_cost, seed_back):
    search = _DeltaStepping(grid, start, sources, max_cost, progress)
    if seed_cost is not None:
        seeds = np.asarray(seed_cost, dtype=np.float64)[start]
        if not (np.isfinite(seeds).all() and (seeds >= 0).all()):
            raise InputError("Seed costs must be finite and ≥ 0 at every source cell.")
        search.distance[search.start] = seeds
    if seed_back is not None:
        search.back[search.start] = np.asarray(seed_back, dtype=np.uint8)[start]
    search.run()
    result = search.result()
    progress(1.0)
    return result


class SearchGrid:
    """What every search on one resistance shares: the resistance padded with barriers, the moves,
    the bucket width and a work array. Many searches on one grid (one per source, as the corridor
    check runs them) build it once: each search then only allocates its own costs, allocation and
    back-direction.

    >>> import numpy as np
    >>> grid = SearchGrid(np.ones((1, 4)), np.ones((1, 4), bool), (1.0, 1.0), 4)
    >>> accumulated_cost(None, np.array([[0, 0, 0, 1]]), neighbours=4, grid=grid).distance.tolist()
    [[3.0, 2.0, 1.0, 0.0]]
    """

    def __init__(self, resistance, valid, cell_size, neighbours):
        resistance = np.asarray(resistance)
        rows, cols = resistance.shape
        dx, dy = (float(v) for v in cell_size)
        self.shape = (rows, cols)
        self.valid = valid
        self.neighbours = neighbours
        self.padded_cols = cols + 2 * _PAD
        size = (rows + 2 * _PAD) * self.padded_cols
        dtype = np.float32 if resistance.dtype == np.float32 else np.float64
        padded = np.full((rows + 2 * _PAD, self.padded_cols), np.inf, dtype=dtype)
        inner = (slice(_PAD, _PAD + rows), slice(_PAD, _PAD + cols))
        np.copyto(padded[inner], resistance, casting="unsafe")
        padded[inner][~valid] = np.inf
        self.resistance = padded.ravel()  # barriers (and the padding) cost inf to enter or leave
        self.size = size
        self.stamp = np.zeros(size, dtype=np.int32)  # work array for removing duplicates
        self.inner = inner
        # Cell indices in 32 bits where they fit: the pending cells of the buckets are the search's
        # largest variable store after its grids.
        self.index_type = np.int32 if size < 2**31 else np.int64
        self.moves = [self._move(code, dx, dy) for code in NEIGHBOURHOODS[neighbours]]
        # The same moves as arrays, grouped by the number of side cells, for small fronts.
        self.move_groups = []
        for side_count in (0, 2):
            group = [move for move in self.moves if len(move[1]) == side_count]
            if group:
                self.move_groups.append((
                    np.array([move[0] for move in group], dtype=np.intp)[:, None],
                    np.array([move[1] for move in group], dtype=np.intp).reshape(len(group), side_count).T[:, :, None],
                    np.array([move[2] for move in group])[:, None],
                    np.array([move[3] for move in group], dtype=np.uint8),
                ))
        step = max(1, int(math.sqrt(resistance.size / 100000)))  # about 100 000 cells suffice
        sample = resistance[::step, ::step][valid[::step, ::step]]
        if sample.size == 0:
            sample = resistance[valid]
        self.delta = _BUCKET_STEPS * float(np.median(sample.astype(np.float64))) * min(dx, dy)
        self.lowest_resistance = float(resistance[valid].min()) if valid.any() else 1.0
        self.total = max(int(np.count_nonzero(valid)), 1)
        # Back-direction code of a step from a cell to a neighbour at flat offset d: table[d + origin].
        reach = 2 * self.padded_cols + 2
        self.step_origin = reach
        self.code_of_step = np.zeros(2 * reach + 1, dtype=np.uint8)
        for code in NEIGHBOURHOODS[neighbours]:
            dr, dc = OFFSETS[code]
            self.code_of_step[dr * self.padded_cols + dc + reach] = code

    def search(self, start, max_cost=None, progress=no_progress, known=None, trim=True):
        """One search from the cells where ``start`` (bool, the grid's shape) is True, for kernels
        that combine many searches: its costs and back-directions as the padded flat arrays the
        search worked on (index them with :meth:`padded`), inf and 0 beyond ``max_cost``.

        ``known`` (mask, cost, back): cells whose cost is already final (each an array of the
        grid's shape or one number for all). They take that cost and back-direction, and only
        those among them that are also ``start`` cells are expanded; ``start`` may then be empty.
        ``trim=False`` leaves the cells beyond ``max_cost`` as the search left them (costs above
        ``max_cost``, not final) for a caller that looks only at costs up to it: one pass less.
        """
        start = start & self.valid
        if not start.any() and known is None:
            raise InputError("There are no source cells (ids > 0) on cells with a resistance.")
        search = _DeltaStepping(self, start, start.view(np.uint8), max_cost, progress, labels=False)
        if known is not None:
            mask, cost, back = known
            for array, value in ((search.distance, cost), (search.back, back)):
                # copyto, not view[mask] = value[mask]: no copy of a whole zone's costs.
                np.copyto(array.reshape(-1, self.padded_cols)[self.inner], value, where=mask, casting="unsafe")
        if search.start.size:
            search.run()
        if trim and math.isfinite(search.max_cost):
            beyond = search.distance > search.max_cost
            search.distance[beyond] = np.inf
            search.back[beyond] = 0
        return search.distance, search.back

    def padded(self, cells):
        """Flat indices of the grid → indices of the padded arrays of :meth:`search`, in the grid's
        index type. Computed in place on one array: a search's reach can hold tens of millions
        of cells, and 64-bit row and column copies of it would set the corridor check's peak."""
        cells = np.asarray(cells).astype(self.index_type, copy=False)
        # (row + pad) × padded columns + column + pad, where column = cell − row × columns.
        result = cells // self.shape[1]
        result *= 2 * _PAD
        result += cells
        result += _PAD * self.padded_cols + _PAD
        return result

    def unpadded(self, cells):
        """Indices of the padded arrays → flat indices of the grid."""
        row, col = np.divmod(np.asarray(cells, dtype=np.int64), self.padded_cols)
        return (row - _PAD) * self.shape[1] + col - _PAD

    def _move(self, code, dx, dy):
        """A move from a cell to the neighbour at OFFSETS[code]: flat offset, the flat offsets
        of the cells beside a knight's midpoint, the weight factor and the back-direction
        code the neighbour records (pointing back at the cell)."""
        dr, dc = OFFSETS[code]
        width = self.padded_cols
        length = math.hypot(dr * dy, dc * dx)
        back_code = _CODE_OF_OFFSET[(-dr, -dc)]
        if code <= 8:
            return dr * width + dc, (), length / 2.0, back_code
        if abs(dr) == 2:
            sides = ((dr // 2) * width, (dr // 2) * width + dc)
        else:
            sides = (dc // 2, dr * width + dc // 2)
        return dr * width + dc, sides, length / 4.0, back_code



class _DeltaStepping:
    """Bucketed Dijkstra with array relaxations; see the module docstring."""

    def __init__(self, grid, start, sources, max_cost, progress, labels=True):
        self.grid = grid
        self.shape, self.padded_cols, self.inner = grid.shape, grid.padded_cols, grid.inner
        self.resistance, self.stamp, self.index_type = grid.resistance, grid.stamp, grid.index_type
        self.moves, self.move_groups = grid.moves, grid.move_groups
        self.delta, self.lowest_resistance, self.total = grid.delta, grid.lowest_resistance, grid.total
        self.distance = np.full(grid.size, np.inf)
        self.back = np.zeros(grid.size, dtype=np.uint8)
        self.start = grid.padded(np.flatnonzero(start))
        self.distance[self.start] = 0.0
        # Without labels (one source, as SearchGrid.search runs it) no allocation is kept at all.
        self.allocation = None
        if labels:
            ids = sources[start]
            # Source ids in the smallest type that holds them (most searches have few sources).
            self.allocation = np.zeros(grid.size, dtype=id_type(int(ids.max()) if ids.size else 0))
            self.allocation[self.start] = ids
        self.max_cost = math.inf if max_cost is None else float(max_cost)
        self.progress = progress
        self.steps = 0
        self.handoff = True

    def _unique(self, cells):
        """Cells without repeats, in O(n): each cell keeps the one position its stamp names."""
        if cells.size < 2:
            return cells
        order = np.arange(cells.size, dtype=np.int32)
        self.stamp[cells] = order
        return cells[self.stamp[cells] == order]

    def run(self):
        buckets, keys, sizes = {}, [], {}
        self._file(self.start, buckets, keys, sizes)  # at cost 0, or at their seed costs
        delta = self.delta
        done = 0
        window_steps = window_cells = 0
        while keys:
            key = heapq.heappop(keys)
            if key * delta > self.max_cost:
                break
            parts = buckets.pop(key)
            sizes.pop(key)
            # Costly land (a front whose every move is long) takes several buckets at once: while
            # the window [key, last + 1) is narrower than the cheapest move out of any of its cells,
            # no cell of the window can improve another, so all of them are final together and
            # each is relaxed once. Cheap land keeps one bucket per step.
            last = key
            reach = self._cheapest_move(np.concatenate(parts))
            while keys and (keys[0] + 1 - key) * delta <= reach and keys[0] * delta <= self.max_cost:
                following = buckets[keys[0]]
                reach_with = min(reach, self._cheapest_move(np.concatenate(following)))
                if (keys[0] + 1 - key) * delta > reach_with:
                    break
                reach = reach_with
                last = heapq.heappop(keys)
                parts += buckets.pop(last)
                sizes.pop(last)
            cells = np.concatenate(parts)
            # Entries are stale when their cell improved into an earlier bucket since. The bucket
            # index is computed exactly as when filing: comparing with key * delta instead could
            # drop a cell that rounding put in this bucket.
            current = self._bucket_index(cells) >= key
            cells = self._unique(cells[current])
            upper = (last + 1) * delta
            done += cells.size
            steps_before = self.steps
            while cells.size:
                cells, later = self._relax(cells, upper)
                if later.size:
                    self._file(later, buckets, keys, sizes)
            window_steps += self.steps - steps_before
            window_cells += int(current.sum())
            self.progress(min(done / self.total, 0.99))
            if window_steps >= _THIN_STEPS:
                # A front that stays a few cells wide (a maze, a one-cell corridor) costs one array
                # step per cell advanced: hand the rest of the search to a compiled Dijkstra.
                if window_cells < _THIN_CELLS * window_steps and self.total - done >= _HANDOFF_MIN_CELLS \
                        and self.handoff:
                    self._finish_compiled(upper)
                    return
                window_steps = window_cells = 0

    def _relax(self, cells, upper):
        """Relax every neighbour of ``cells``; return (improved cells below ``upper``, the others)."""
        self.steps += 1
        if cells.size <= _SMALL_FRONT:
            return self._relax_small(cells, upper)
        distance, resistance = self.distance, self.resistance
        improved = []
        # A very wide front is relaxed in slices, so that its temporaries stay small.
        for first in range(0, cells.size, _SLICE):
            part = cells[first : first + _SLICE]
            here = np.take(distance, part, mode="clip")
            own = np.take(resistance, part, mode="clip").astype(np.float64)
            label = None if self.allocation is None else np.take(self.allocation, part, mode="clip")
            for offset, sides, factor, back_code in self.moves:
                targets = part + offset
                total = own + np.take(resistance, targets, mode="clip")
                for side in sides:
                    total += np.take(resistance, part + side, mode="clip")
                candidate = total * factor + here
                better = candidate < np.take(distance, targets, mode="clip")
                hit = targets[better]
                if hit.size:
                    distance[hit] = candidate[better]
                    if label is not None:
                        self.allocation[hit] = label[better]
                    self.back[hit] = back_code
                    improved.append(hit)
        if not improved:
            return _NO_CELLS, _NO_CELLS
        improved = np.concatenate(improved)
        now = distance[improved]
        again = now < upper
        return self._unique(improved[again]), improved[~again]

    def _relax_small(self, cells, upper):
        """:meth:`_relax` for a narrow front (a maze, the first steps): all moves of a group in
        one set of array operations, so that few cells do not pay for many small calls. The
        arithmetic and the tie-breaking (the earlier move wins) are those of :meth:`_relax`."""
        distance, resistance = self.distance, self.resistance
        here = distance[cells]
        own = resistance[cells].astype(np.float64)
        label = None if self.allocation is None else self.allocation[cells]
        found = []
        for offsets, sides, factors, back_codes in self.move_groups:
            targets = cells[None, :] + offsets
            total = own[None, :] + resistance[targets]
            for side in sides:
                total += resistance[cells[None, :] + side]
            candidate = total * factors + here[None, :]
            better = candidate < distance[targets]
            if better.any():
                move, column = np.nonzero(better)
                found.append((targets[move, column], candidate[move, column], back_codes[move], column))
        if not found:
            return _NO_CELLS, _NO_CELLS
        hit, value, codes, column = (np.concatenate(part) for part in zip(*found))
        # One winner per target: the lowest candidate, the earlier move on a tie (stable sort).
        order = np.lexsort((value, hit))
        hit, value, codes, column = hit[order], value[order], codes[order], column[order]
        first = np.ones(hit.size, dtype=bool)
        first[1:] = hit[1:] != hit[:-1]
        hit, value, codes, column = hit[first], value[first], codes[first], column[first]
        distance[hit] = value
        if label is not None:
            self.allocation[hit] = label[column]
        self.back[hit] = codes
        again = value < upper
        return hit[again], hit[~again]

    def _bucket_index(self, cells):
        return (self.distance[cells] / self.delta).astype(np.int64)

    def _file(self, cells, buckets, keys, sizes):
        """Put cells into the buckets of their current cost."""
        cells = cells.astype(self.index_type, copy=False)
        index = self._bucket_index(cells)
        low, high = int(index.min()), int(index.max())
        if low == high:
            groups = [(low, cells)]
        else:
            order = np.argsort(index, kind="stable")
            index, cells = index[order], cells[order]
            cuts = np.flatnonzero(np.diff(index)) + 1
            groups = zip(index[np.r_[0, cuts]].tolist(), np.split(cells, cuts))
        for key, group in groups:
            if key not in buckets:
                buckets[key] = []
                sizes[key] = 0
                heapq.heappush(keys, key)
            buckets[key].append(group)
            sizes[key] += group.size

    def _cheapest_move(self, cells):
        """A lower bound of the cost of any move out of any of ``cells``."""
        lowest = float(self.resistance[cells].min()) if cells.size else math.inf
        if not math.isfinite(lowest):
            return math.inf
        # A move costs (R_cell + R_other [+ the two side cells]) × factor; the others are ≥ the lowest R.
        return min(factor * (lowest + (len(sides) + 1) * self.lowest_resistance) for _, sides, factor, _ in self.moves)

    def _finish_compiled(self, bound):
        """Settle every cell not yet final (cost ≥ ``bound``) with scipy's compiled Dijkstra.

        The open cells become a graph with an edge per usable move, plus a super source joined to
        every cell with a tentative cost by that cost.
        Weights are computed with the same float operations as :meth:`_relax`, and Dijkstra adds
        them to the predecessor's cost, so the costs are those the bucketed search would give.
        A cell's allocation is its entry cell's; its back-direction points at its predecessor.
        """
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra

        distance, resistance = self.distance, self.resistance
        open_cells = np.flatnonzero(np.isfinite(resistance) & ~(distance < bound)).astype(self.index_type)
        count = open_cells.size
        if count == 0:
            return
        index_type = np.int32 if count + 1 < 2**31 else np.int64
        node = np.full(distance.size, -1, dtype=index_type)
        node[open_cells] = np.arange(count, dtype=index_type)
        # The graph is built row by row in CSR form without sorting: each move is one pass that
        # counts the usable neighbours, then one that writes each edge to its row's next free
        # slot. Rows hold only real edges (a maze keeps ~3 of 8), so memory follows the edges.
        own = resistance[open_cells].astype(np.float64)
        usable = []
        degree = np.zeros(count, dtype=np.uint8)
        for offset, sides, _factor, _ in self.moves:
            targets = open_cells + offset
            ok = node[targets] >= 0
            for side in sides:
                ok &= np.isfinite(resistance[open_cells + side])
            degree += ok
            usable.append(np.flatnonzero(ok).astype(index_type))
        seeded = np.flatnonzero(np.isfinite(distance[open_cells])).astype(index_type)
        edges = int(degree.sum(dtype=np.int64))
        pointer_type = np.int32 if edges + seeded.size < 2**31 else np.int64
        pointers = np.zeros(count + 2, dtype=pointer_type)
        np.cumsum(degree, out=pointers[1 : count + 1])
        pointers[count + 1] = edges + seeded.size
        del degree
        data = np.empty(edges + seeded.size)
        columns = np.empty(edges + seeded.size, dtype=index_type)
        free = pointers[:count].copy()
        for (offset, sides, factor, _), rows_ok in zip(self.moves, usable):
            cells = open_cells[rows_ok]
            total = own[rows_ok] + resistance[cells + offset]
            for side in sides:
                total += resistance[cells + side]
            slot = free[rows_ok]
            data[slot] = total * factor
            columns[slot] = node[cells + offset]
            free[rows_ok] += 1
        del usable, free, own
        # The super source's row: an edge to every cell with a tentative cost, of that cost.
        data[edges:] = distance[open_cells[seeded]]
        columns[edges:] = seeded
        graph = csr_matrix((data, columns, pointers), shape=(count + 1, count + 1), copy=False)
        del data, columns, pointers
        limit = np.inf if math.isinf(self.max_cost) else self.max_cost
        cost, predecessor = dijkstra(graph, indices=count, return_predecessors=True, limit=limit)
        del graph
        cost, predecessor = cost[:count], predecessor[:count]
        reached = np.isfinite(cost)
        distance[open_cells[reached]] = cost[reached]
        # Cells reached through another open cell: back-direction and allocation of the entry cell.
        inner = reached & (predecessor >= 0) & (predecessor < count)
        cells, previous = open_cells[inner], open_cells[predecessor[inner]]
        self.back[cells] = self.grid.code_of_step[(previous - cells) + self.grid.step_origin]
        del cells, previous
        if self.allocation is not None:
            self._allocate_compiled(open_cells, seeded, reached, inner, predecessor)
        self.steps += 1

    def _allocate_compiled(self, open_cells, seeded, reached, inner, predecessor):
        """The allocation of the cells :meth:`_finish_compiled` reached: their entry cell's."""
        labels = self.allocation[open_cells[seeded]]
        if labels.size and (labels == labels[0]).all():
            self.allocation[open_cells[reached]] = labels[0]  # one source: nothing to trace
            return
        # Each cell's entry cell, by pointer doubling along the predecessors.
        root = np.where(inner, predecessor, np.arange(open_cells.size, dtype=predecessor.dtype))
        while True:
            following = root[root]
            if np.array_equal(following, root):
                break
            root = following
        self.allocation[open_cells[reached]] = self.allocation[open_cells[root[reached]]]

    def result(self):
        rows, cols = self.shape
        padded = (rows + 2 * _PAD, self.padded_cols)
        distance = self.distance.reshape(padded)[self.inner]
        allocation = self.allocation.reshape(padded)[self.inner]
        back = self.back.reshape(padded)[self.inner]
        if math.isfinite(self.max_cost):
            beyond = distance > self.max_cost
            distance[beyond] = np.inf
            allocation[beyond] = 0
            back[beyond] = 0
        return CostResult(distance, allocation, back, len(self.moves), self.steps)


_NO_CELLS = np.empty(0, dtype=np.intp)  # "no cells" for _relax
_SMALL_FRONT = 256  # fronts up to this many cells are relaxed by _relax_small
_SLICE = 1 << 18  # fronts are relaxed this many cells at a time
_THIN_CELLS = 64  # a front advancing this many cells per step or fewer is thin...
_THIN_STEPS = 512  # ...when it stays thin this many steps...
_HANDOFF_MIN_CELLS = 10000  # ...and at least this many cells are left: scipy's Dijkstra takes over


def edge_violations(distance, resistance, valid, cell_size=(1.0, 1.0), neighbours=8):
    """Largest relative amount by which any edge could still relax ``distance`` (0 if none).

    A certificate of optimality together with the predecessor check: vectorised over the
    whole grid, one direction at a time.
    """
    dx, dy = cell_size
    rows, cols = distance.shape
    r = np.where(valid, resistance, np.inf).astype(np.float64)
    worst = 0.0
    for code in NEIGHBOURHOODS[neighbours]:
        weights, source, target = edge_weights(r, code, dx, dy)
        candidate = distance[source] + weights
        reached = distance[target]
        if (np.isfinite(candidate) & ~np.isfinite(reached)).any():
            return math.inf  # a reachable cell was left unreached
        finite = np.isfinite(candidate)
        if finite.any():
            excess = reached[finite] - candidate[finite]
            worst = max(worst, float(np.max(excess / np.maximum(reached[finite], 1e-300))))
    return worst


def edge_weights(r, code, dx, dy):
    """Step costs of every move with back-direction ``code`` (from predecessor to cell), as
    (weights, predecessor slices, cell slices)."""
    dr, dc = OFFSETS[code]
    rows, cols = r.shape

    def window(row_shift, col_shift):
        r0, r1 = max(0, -dr) + row_shift, rows - max(0, dr) + row_shift
        c0, c1 = max(0, -dc) + col_shift, cols - max(0, dc) + col_shift
        return (slice(r0, r1), slice(c0, c1))

    target = window(0, 0)
    source = window(dr, dc)
    length = step_length(code, dx, dy)
    if code <= 8:
        weights = (r[target] + r[source]) * (length / 2.0)
    else:
        # The two cells beside the knight's midpoint.
        if abs(dr) == 2:
            side_a = window(dr // 2, 0)
            side_b = window(dr // 2, dc)
        else:
            side_a = window(0, dc // 2)
            side_b = window(dr, dc // 2)
        weights = (r[target] + r[source] + r[side_a] + r[side_b]) * (length / 4.0)
    return weights, source, target


def move_costs(resistance, valid, cells, code, cell_size):
    """Cost of the move ``code`` (OFFSETS) out of each of the flat ``cells``, and the cells it
    reaches, with the float operations of the search: ``(R_cell + R_target [+ R_side + R_side])
    × length / 2 (or / 4)``. A move that leaves the grid or touches NoData costs inf."""
    rows, cols = resistance.shape
    flat_resistance, flat_valid = resistance.ravel(), valid.ravel()
    row, col = np.divmod(cells, cols)
    dr, dc = OFFSETS[code]
    target_row, target_col = row + dr, col + dc
    ok = (target_row >= 0) & (target_row < rows) & (target_col >= 0) & (target_col < cols)
    target = np.where(ok, target_row * cols + target_col, 0)
    ok &= flat_valid[cells] & flat_valid[target]
    total = flat_resistance[cells].astype(np.float64) + flat_resistance[target]
    for side_dr, side_dc in side_offsets(code):
        side_row, side_col = row + side_dr, col + side_dc
        inside = (side_row >= 0) & (side_row < rows) & (side_col >= 0) & (side_col < cols)
        side = np.where(inside, side_row * cols + side_col, 0)
        ok &= inside & flat_valid[side]
        total += flat_resistance[side]
    factor = step_length(code, *cell_size) / (2.0 if code <= 8 else 4.0)
    return np.where(ok, total * factor, np.inf), target


def side_offsets(code):
    """(row, col) offsets of the two cells beside a knight's move's midpoint (empty for 1..8)."""
    dr, dc = OFFSETS[code]
    if code <= 8:
        return ()
    if abs(dr) == 2:
        return ((dr // 2, 0), (dr // 2, dc))
    return ((0, dc // 2), (dr, dc // 2))


def check_predecessors(distance, allocation, back_direction, resistance, valid, cell_size=(1.0, 1.0),
                       sample=200000, rtol=1e-6):
    """Cells whose back-direction does not reproduce their cost from the given resistance.

    For up to ``sample`` reached cells (an evenly spread choice) the predecessor p of cell c must
    be reached, carry the same allocation, and give ``D[c] = D[p] + step(p, c)`` within ``rtol``
    (1e-6 tolerates a surface stored as Float32); sources (code 0) must cost 0.
    Returns (number of cells that fail, (row, col) of the first one or None, cells checked).
    """
    rows, cols = distance.shape
    flat_distance = distance.ravel()
    stride = max(1, distance.size // sample)
    candidates = np.arange(0, distance.size, stride, dtype=np.int64)
    reached = candidates[np.isfinite(flat_distance[candidates])]
    if reached.size == 0:
        return 0, None, 0
    codes = back_direction.ravel()[reached].astype(np.int64)
    here = flat_distance[reached]
    bad = (codes == 0) & (here != 0)
    for code in np.unique(codes[codes > 0]).tolist():
        chosen = np.flatnonzero(codes == code)
        if code not in OFFSETS:
            bad[chosen] = True
            continue
        cell = reached[chosen]
        # The step between the cell and its predecessor p = cell + OFFSETS[code] (symmetric).
        step, pred = move_costs(resistance, valid, cell, code, cell_size)
        expected = flat_distance[pred] + step
        wrong = ~np.isfinite(expected) | (np.abs(here[chosen] - expected) > rtol * np.maximum(np.abs(expected), 1e-300))
        wrong |= allocation.ravel()[cell] != allocation.ravel()[pred]
        bad[chosen[wrong]] = True
    failed = int(np.count_nonzero(bad))
    first = None
    if failed:
        first = divmod(int(reached[np.flatnonzero(bad)[0]]), cols)
    return failed, first, int(reached.size)
