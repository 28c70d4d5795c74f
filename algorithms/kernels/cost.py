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
        value = resistance[row, col]
        raise InputError(
            f"The resistance has {int(bad.sum())} cells that are ≤ 0 or not a number inside the "
            f"valid area (first at row {row}, column {col}: {value!r}). Resistance must be > 0; "
            "set impassable cells to NoData instead."
        )


def accumulated_cost(resistance, sources, cell_size=(1.0, 1.0), neighbours=8, valid=None,
                     max_cost=None, progress=no_progress, seed_cost=None, seed_back=None):
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

    >>> import numpy as np
    >>> r = np.ones((1, 4)); s = np.array([[1, 0, 0, 0]])
    >>> accumulated_cost(r, s, neighbours=4).distance.tolist()
    [[0.0, 1.0, 2.0, 3.0]]
    """
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
    search = _DeltaStepping(resistance, valid, start, sources, dx, dy, neighbours, max_cost, progress)
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


class _DeltaStepping:
    """Bucketed Dijkstra with array relaxations; see the module docstring."""

    def __init__(self, resistance, valid, start, sources, dx, dy, neighbours, max_cost, progress):
        rows, cols = resistance.shape
        self.shape = (rows, cols)
        self.padded_cols = cols + 2 * _PAD
        size = (rows + 2 * _PAD) * self.padded_cols
        dtype = np.float32 if resistance.dtype == np.float32 else np.float64
        padded = np.full((rows + 2 * _PAD, self.padded_cols), np.inf, dtype=dtype)
        inner = (slice(_PAD, _PAD + rows), slice(_PAD, _PAD + cols))
        padded[inner] = np.where(valid, resistance, np.inf)
        self.resistance = padded.ravel()  # barriers (and the padding) cost inf to enter or leave
        self.distance = np.full(size, np.inf)
        self.allocation = np.zeros(size, dtype=np.int32)
        self.back = np.zeros(size, dtype=np.uint8)
        self.stamp = np.zeros(size, dtype=np.int32)  # work array for removing duplicates
        self.inner = inner
        rows_idx, cols_idx = np.nonzero(start)
        self.start = ((rows_idx + _PAD) * self.padded_cols + cols_idx + _PAD).astype(np.intp)
        self.distance[self.start] = 0.0
        self.allocation[self.start] = sources[start]
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
        self.max_cost = math.inf if max_cost is None else float(max_cost)
        self.progress = progress
        self.total = max(int(valid.sum()), 1)
        self.steps = 0

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

    def _unique(self, cells):
        """Cells without repeats, in O(n): each cell keeps the one position its stamp names."""
        if cells.size < 2:
            return cells
        order = np.arange(cells.size, dtype=np.int32)
        self.stamp[cells] = order
        return cells[self.stamp[cells] == order]

    def run(self):
        buckets, keys = {}, []
        self._file(self.start, buckets, keys)  # at cost 0, or at their seed costs
        delta = self.delta
        done = 0
        while keys:
            key = heapq.heappop(keys)
            if key * delta > self.max_cost:
                break
            cells = np.concatenate(buckets.pop(key))
            # Entries are stale when their cell improved into an earlier bucket since. The bucket
            # index is computed exactly as when filing: comparing with key * delta instead could
            # drop a cell that rounding put in this bucket.
            current = self._bucket_index(cells) >= key
            cells = self._unique(cells[current])
            upper = (key + 1) * delta
            done += cells.size
            while cells.size:
                cells, later = self._relax(cells, upper)
                if later.size:
                    self._file(later, buckets, keys)
            self.progress(min(done / self.total, 0.99))

    def _relax(self, cells, upper):
        """Relax every neighbour of ``cells``; return (improved cells below ``upper``, the others)."""
        self.steps += 1
        if cells.size <= _SMALL_FRONT:
            return self._relax_small(cells, upper)
        distance, resistance = self.distance, self.resistance
        here = np.take(distance, cells, mode="clip")
        own = np.take(resistance, cells, mode="clip").astype(np.float64)
        label = np.take(self.allocation, cells, mode="clip")
        improved = []
        for offset, sides, factor, back_code in self.moves:
            targets = cells + offset
            total = own + np.take(resistance, targets, mode="clip")
            for side in sides:
                total += np.take(resistance, cells + side, mode="clip")
            candidate = total * factor + here
            better = candidate < np.take(distance, targets, mode="clip")
            hit = targets[better]
            if hit.size:
                distance[hit] = candidate[better]
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
        label = self.allocation[cells]
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
        self.allocation[hit] = label[column]
        self.back[hit] = codes
        again = value < upper
        return hit[again], hit[~again]

    def _bucket_index(self, cells):
        return (self.distance[cells] / self.delta).astype(np.int64)

    def _file(self, cells, buckets, keys):
        """Put cells into the buckets of their current cost."""
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
                heapq.heappush(keys, key)
            buckets[key].append(group)

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

    For up to ``sample`` reached cells (a fixed, spread-out choice) the predecessor p of cell c
    must be reached, carry the same allocation, and give ``D[c] = D[p] + step(p, c)`` within
    ``rtol`` (1e-6 tolerates a surface stored as Float32); sources (code 0) must cost 0.
    Returns (number of cells that fail, (row, col) of the first one or None, cells checked).
    """
    rows, cols = distance.shape
    dx, dy = cell_size
    reached = np.flatnonzero(np.isfinite(distance).ravel())
    if reached.size == 0:
        return 0, None, 0
    if reached.size > sample:
        reached = reached[np.linspace(0, reached.size - 1, sample).astype(np.int64)]
    codes = back_direction.ravel()[reached].astype(np.int64)
    here = distance.ravel()[reached]
    bad = (codes == 0) & (here != 0)
    r = np.where(valid, resistance, np.inf).astype(np.float64).ravel()
    row, col = np.divmod(reached, cols)
    for code in np.unique(codes[codes > 0]).tolist():
        if code not in OFFSETS:
            bad |= codes == code
            continue
        chosen = np.flatnonzero(codes == code)
        dr, dc = OFFSETS[code]
        pr, pc = row[chosen] + dr, col[chosen] + dc
        inside = (pr >= 0) & (pr < rows) & (pc >= 0) & (pc < cols)
        bad[chosen[~inside]] = True
        chosen, pr, pc = chosen[inside], pr[inside], pc[inside]
        cell = reached[chosen]
        pred = pr * cols + pc
        total = r[cell] + r[pred]
        for sr, sc in side_offsets(code):
            sr_, sc_ = row[chosen] + sr, col[chosen] + sc
            ok = (sr_ >= 0) & (sr_ < rows) & (sc_ >= 0) & (sc_ < cols)
            side = np.where(ok, r[np.clip(sr_, 0, rows - 1) * cols + np.clip(sc_, 0, cols - 1)], np.inf)
            total = total + side
        weight = total * (step_length(code, dx, dy) / (2.0 if code <= 8 else 4.0))
        expected = distance.ravel()[pred] + weight
        wrong = ~np.isfinite(expected) | (np.abs(here[chosen] - expected) > rtol * np.maximum(np.abs(expected), 1e-300))
        wrong |= allocation.ravel()[cell] != allocation.ravel()[pred]
        bad[chosen[wrong]] = True
    failed = int(np.count_nonzero(bad))
    first = None
    if failed:
        first = divmod(int(reached[np.flatnonzero(bad)[0]]), cols)
    return failed, first, int(reached.size)
