# SPDX-License-Identifier: GPL-2.0-or-later
"""Radiation channels: valley lines of the MCR surface leading outward from the sources.

DESIGN §4.5. Flow is routed over the MCR surface in one of two ways, both ending at the sources:

* **least-cost tree** — each cell drains to the predecessor on its least-cost path from the
  MCR search; the area accumulated at a cell is the area of all cells whose least-cost path
  passes through it (exact paths of the search; a knight's move is one step);
* **D8** — each cell drains to the one of its 8 neighbours with the steepest descent of the MCR
  surface (drop / distance), as ArcGIS *Flow Direction* + *Flow Accumulation* on the MCR surface
  do in the paper's hydrological analysis. The MCR surface has no interior sinks (every cell's
  predecessor is lower), so no filling is needed; a tie goes to the first neighbour clockwise
  from north; a cell none of whose 8 neighbours is lower (possible only after knight's moves)
  drains to its predecessor.

The two agree on most cells and differ where several descents are almost equally steep. Cells
that drain at least an area threshold form valley lines; those not on a corridor, traced from
the source edge outward (main stem = the larger accumulation at each confluence), are the
radiation channels — one line per valley that leaves a source — when at least a minimum
length long.
"""

import math
from dataclasses import dataclass

import numpy as np

from . import no_progress
from .cost import OFFSETS, flat_steps, step_length

ROUTINGS = ("tree", "d8")
_BLOCK_ROWS = 512  # rows handled at a time by the whole-grid passes


@dataclass
class Channel:
    source_id: int
    path: np.ndarray  # flat cells: the cell it leaves from (source edge or confluence), then outward
    catchment_km2: float  # area draining through its first cell
    mcr_end: float  # MCR value at its outer end
    length_m: float = 0.0


def tree_drainage(back_direction, reachable):
    """Drainage codes over the least-cost tree: the back-direction itself (0 at sources)."""
    return np.where(reachable, back_direction, 0).astype(np.uint8)


def d8_drainage(distance, cell_size, back_direction=None):
    """Drainage codes (OFFSETS 1..8 of the neighbour each cell drains to; 0 where flow ends) by D8
    steepest descent on the MCR surface.

    The drop to a neighbour is (D[cell] − D[neighbour]) / distance, with the true cell sizes;
    the steepest positive drop wins, ties to the first of N, NE, E, SE, S, SW, W, NW. A cell with
    no lower neighbour (only after knight's moves) drains to its predecessor in ``back_direction``.
    Computed in blocks of rows, so that the temporaries stay small.
    """
    rows, cols = distance.shape
    dx, dy = cell_size
    drainage = np.zeros((rows, cols), dtype=np.uint8)
    lengths = {code: step_length(code, dx, dy) for code in range(1, 9)}
    for top in range(0, rows, _BLOCK_ROWS):
        bottom = min(rows, top + _BLOCK_ROWS)
        here = distance[top:bottom]
        steepest = np.zeros(here.shape)
        block = drainage[top:bottom]
        for code in range(1, 9):
            dr, dc = OFFSETS[code]
            # Rows of the block whose neighbour row exists, and columns whose neighbour column does.
            r0, r1 = max(top, -dr) - top, min(bottom, rows - dr) - top
            c0, c1 = max(0, -dc), cols - max(0, dc)
            if r1 <= r0:
                continue
            there = distance[top + r0 + dr : top + r1 + dr, c0 + dc : c1 + dc]
            with np.errstate(invalid="ignore"):
                drop = (here[r0:r1, c0:c1] - there) / lengths[code]
            better = drop > steepest[r0:r1, c0:c1]  # NaN (inf − inf) never wins; ties keep the first
            steepest[r0:r1, c0:c1][better] = drop[better]
            block[r0:r1, c0:c1][better] = code
    ends = ~np.isfinite(distance) | (distance == 0)
    drainage[ends] = 0
    if back_direction is not None:
        stuck = (drainage == 0) & ~ends
        drainage[stuck] = back_direction[stuck]
    return drainage


def downstream_index(drainage):
    """Flat index of the cell each cell drains to (−1 where flow ends), 32-bit where it fits."""
    index_type = np.int32 if drainage.size < 2**31 else np.int64
    steps = flat_steps(drainage.shape[1]).astype(index_type)
    codes = drainage.ravel()
    index = np.arange(codes.size, dtype=index_type)
    index += steps[codes]
    index[codes == 0] = -1
    return index


def accumulated_cells(drainage, reachable, progress=no_progress):
    """Number of cells that drain through each cell (itself included), as int32 counts.

    Leaves are peeled off the drainage forest round by round: each round hands the counts of the
    current leaves to their downstream cells, whose last upstream cell it was make the next leaves.
    The leaves of one drainage direction have distinct downstream cells, so each direction is one
    plain fancy-index update (no sorting), and a downstream cell becomes a leaf in exactly the
    direction that hands it its last count.
    """
    reach = reachable.ravel()
    count = reach.astype(np.int32)
    codes = np.where(reach, drainage.ravel(), 0).astype(np.uint8)
    has_parent = codes > 0
    children = _upstream_counts(downstream_index(codes.reshape(drainage.shape)), drainage.shape)
    steps = flat_steps(drainage.shape[1])
    leaves = np.flatnonzero(has_parent & (children == 0))
    total = max(int(has_parent.sum()), 1)
    done = 0
    while leaves.size:
        done += leaves.size
        leaf_codes = codes[leaves]
        if leaves.size > 64:
            order = np.argsort(leaf_codes, kind="stable")  # a radix sort of bytes
            leaves, leaf_codes = leaves[order], leaf_codes[order]
            cuts = np.flatnonzero(np.diff(leaf_codes)) + 1
            groups = zip(leaf_codes[np.r_[0, cuts]].tolist(), np.split(leaves, cuts))
        else:
            groups = ((int(code), leaves[leaf_codes == code]) for code in np.unique(leaf_codes).tolist())
        following = []
        for code, group in groups:
            parents = group + steps[code]
            count[parents] += count[group]
            children[parents] -= 1
            following.append(parents[(children[parents] == 0) & has_parent[parents]])
        leaves = np.concatenate(following)
        progress(done / total)
    return count.reshape(reachable.shape)


def _upstream_counts(pred, shape):
    """How many cells drain into each cell (uint8: at most 16), counted a block of rows at a time:
    a cell drains to a neighbour at most two rows away, so each block's counts fit a small window."""
    rows, cols = shape
    counts = np.zeros(rows * cols, dtype=np.uint8)
    step = _BLOCK_ROWS * cols
    for first in range(0, rows * cols, step):
        targets = pred[first : first + step]
        targets = targets[targets >= 0]
        if targets.size == 0:
            continue
        low = max(0, first - 2 * cols)
        high = min(rows * cols, first + step + 2 * cols)
        counts[low:high] += np.bincount(targets - low, minlength=high - low).astype(np.uint8)
    return counts


def radiation_channels(result, cell_size, threshold_km2, excluded=None, drainage=None, accumulated=None,
                       min_length_m=0.0):
    """Channels of cells draining at least ``threshold_km2``, off corridors and sources, at least
    ``min_length_m`` long.

    ``result`` is the CostResult of the MCR search; ``cell_size`` (dx, dy) in metres; ``drainage``
    the routing codes (:func:`tree_drainage`, the default, or :func:`d8_drainage`); ``excluded``
    marks corridor cells. Returns (channels, accumulated cell counts as a raster).
    """
    if drainage is None:
        drainage = tree_drainage(result.back_direction, result.reachable)
    if accumulated is None:
        accumulated = accumulated_cells(drainage, result.reachable)
    dx, dy = cell_size
    cell_km2 = dx * dy / 1e6
    columns = result.distance.shape[1]
    steps = flat_steps(columns)
    codes = drainage.ravel()
    counts = accumulated.ravel()
    # The network: cells draining enough area, not sources, not on corridors (a line set, kept sparse).
    network = counts >= math.ceil(threshold_km2 / cell_km2 * (1 - 1e-12)) if threshold_km2 > 0 else counts > 0
    network &= codes > 0
    if excluded is not None:
        network &= ~excluded.ravel()
    cells = np.flatnonzero(network)
    if cells.size == 0:
        return [], accumulated
    parents = cells + steps[codes[cells]]
    parent_in = network[parents]
    del network
    # The main child of a network cell: its network child with the largest accumulation
    # (ties: the lower cell index).
    children, child_parents = cells[parent_in], parents[parent_in]
    order = np.lexsort((children, -counts[children], child_parents))
    children, child_parents = children[order], child_parents[order]
    first = np.ones(children.size, dtype=bool)
    first[1:] = child_parents[1:] != child_parents[:-1]
    main_parent, main_child = child_parents[first], children[first]  # sorted by parent

    def following(current):
        if main_parent.size == 0:
            return np.full(current.size, -1, dtype=np.int64)
        position = np.minimum(np.searchsorted(main_parent, current), main_parent.size - 1)
        return np.where(main_parent[position] == current, main_child[position], -1)

    # A channel starts where the network leaves a source (or a corridor) and follows the main
    # stem outward; branches off the main stem are part of its valley, not channels of their own.
    starts = np.sort(cells[~parent_in])
    paths = [[int(s + steps[codes[s]]), int(s)] for s in starts]
    current = starts.copy()
    active = np.arange(starts.size)
    while active.size:
        after = following(current[active])
        going = after >= 0
        active, after = active[going], after[going]
        current[active] = after
        for index, cell in zip(active.tolist(), after.tolist()):
            paths[index].append(cell)
    distance = result.distance.ravel()
    allocation = result.allocation.ravel()
    channels = []
    for path in paths:
        path = np.asarray(path, dtype=np.int64)
        row, col = np.divmod(path, columns)
        length = float(np.hypot(np.diff(row) * dy, np.diff(col) * dx).sum())
        if length < min_length_m:
            continue  # a stub: a cell or two above the threshold at a source's edge
        channels.append(Channel(int(allocation[path[1]]), path, float(counts[path[1]] * cell_km2),
                                float(distance[path[-1]]), length))
    channels.sort(key=lambda c: (c.source_id, -c.catchment_km2, int(c.path[1])))
    return channels, accumulated
