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

from dataclasses import dataclass

import numpy as np

from . import no_progress
from .cost import OFFSETS, predecessor_index, step_length

ROUTINGS = ("tree", "d8")


@dataclass
class Channel:
    source_id: int
    path: np.ndarray  # flat cells: the cell it leaves from (source edge or confluence), then outward
    catchment_km2: float  # area draining through its first cell
    mcr_end: float  # MCR value at its outer end
    length_m: float = 0.0


def tree_downstream(back_direction, reachable):
    """Flat index of the cell each cell drains to over the least-cost tree (−1 at the sources)."""
    pred = predecessor_index(back_direction)
    pred[~reachable.ravel()] = -1
    return pred


def d8_downstream(distance, cell_size, back_direction=None):
    """Flat index of the neighbour each cell drains to by D8 steepest descent (−1 at the sources).

    The drop to a neighbour is (D[cell] − D[neighbour]) / distance, with the true cell sizes;
    the steepest positive drop wins, ties to the first of N, NE, E, SE, S, SW, W, NW. A cell with
    no lower neighbour (only after knight's moves) drains to its predecessor in ``back_direction``.
    """
    rows, cols = distance.shape
    dx, dy = cell_size
    surface = np.full((rows + 2, cols + 2), np.inf)
    surface[1:-1, 1:-1] = np.where(np.isfinite(distance), distance, np.inf)
    here = surface[1:-1, 1:-1]
    steepest = np.zeros((rows, cols))
    downstream = np.full((rows, cols), -1, dtype=np.int64)
    flat = np.arange(rows * cols, dtype=np.int64).reshape(rows, cols)
    for code in range(1, 9):
        dr, dc = OFFSETS[code]
        there = surface[1 + dr : 1 + dr + rows, 1 + dc : 1 + dc + cols]
        with np.errstate(invalid="ignore"):
            drop = (here - there) / step_length(code, dx, dy)
        better = drop > steepest  # NaN (inf − inf) and +inf − finite never win; ties keep the first
        steepest[better] = drop[better]
        downstream[better] = flat[better] + dr * cols + dc
    reached = np.isfinite(distance)
    downstream[~reached | (distance == 0)] = -1
    stuck = reached & (distance > 0) & (downstream < 0)
    if stuck.any() and back_direction is not None:
        downstream[stuck] = predecessor_index(back_direction).reshape(rows, cols)[stuck]
    return downstream.ravel()


def accumulated_cells(downstream, reachable, progress=no_progress):
    """Number of cells that drain through each cell (itself included), for a flat ``downstream``
    index (−1 where flow ends).

    Leaves are peeled off the drainage forest round by round: each round hands the counts of the
    current leaves to their downstream cells, whose last upstream cell it was make the next leaves.
    """
    pred = np.asarray(downstream).copy()
    reach = reachable.ravel()
    pred[~reach] = -1
    has_parent = pred >= 0
    count = reach.astype(np.float64)
    children = np.bincount(pred[has_parent], minlength=count.size).astype(np.int32)
    leaves = np.flatnonzero(has_parent & (children == 0))
    total = max(int(has_parent.sum()), 1)
    done = 0
    while leaves.size:
        parents = pred[leaves]
        unique, inverse = np.unique(parents, return_inverse=True)
        count[unique] += np.bincount(inverse, weights=count[leaves])
        children[unique] -= np.bincount(inverse).astype(np.int32)
        done += leaves.size
        leaves = unique[(children[unique] == 0) & has_parent[unique]]
        progress(done / total)
    return count.reshape(reachable.shape)


def radiation_channels(result, cell_size, threshold_km2, excluded=None, downstream=None, accumulated=None,
                       min_length_m=0.0):
    """Channels of cells draining at least ``threshold_km2``, off corridors and sources, at least
    ``min_length_m`` long.

    ``result`` is the CostResult of the MCR search; ``cell_size`` (dx, dy) in metres;
    ``downstream`` the drainage (:func:`tree_downstream`, the default, or :func:`d8_downstream`);
    ``excluded`` marks corridor cells. Returns (channels, accumulated area in km² as a raster).
    """
    if downstream is None:
        downstream = tree_downstream(result.back_direction, result.reachable)
    if accumulated is None:
        accumulated = accumulated_cells(downstream, result.reachable)
    dx, dy = cell_size
    area = accumulated * (dx * dy / 1e6)
    pred = np.asarray(downstream)
    network = (area.ravel() >= threshold_km2) & (pred >= 0) & result.reachable.ravel()
    if excluded is not None:
        network &= ~excluded.ravel()
    cells = np.flatnonzero(network)
    if cells.size == 0:
        return [], area
    parents = pred[cells]
    parent_in = network[parents]
    # The main child of a network cell: its network child with the largest accumulation
    # (ties: the lower cell index).
    children, child_parents = cells[parent_in], parents[parent_in]
    order = np.lexsort((children, -area.ravel()[children], child_parents))
    children, child_parents = children[order], child_parents[order]
    first = np.ones(children.size, dtype=bool)
    first[1:] = child_parents[1:] != child_parents[:-1]
    main_child = np.full(area.size, -1, dtype=np.int64)
    main_child[child_parents[first]] = children[first]
    # A channel starts where the network leaves a source (or a corridor) and follows the main
    # stem outward; branches off the main stem are part of its valley, not channels of their own.
    starts = np.sort(cells[~parent_in])
    paths = [[int(pred[s]), int(s)] for s in starts]
    current = starts.copy()
    active = np.arange(starts.size)
    while active.size:
        following = main_child[current[active]]
        going = following >= 0
        active, following = active[going], following[going]
        current[active] = following
        for index, cell in zip(active.tolist(), following.tolist()):
            paths[index].append(cell)
    distance = result.distance.ravel()
    allocation = result.allocation.ravel()
    channels = []
    for path in paths:
        path = np.asarray(path, dtype=np.int64)
        row, col = np.divmod(path, result.distance.shape[1])
        length = float(np.hypot(np.diff(row) * dy, np.diff(col) * dx).sum())
        if length < min_length_m:
            continue  # a stub: a cell or two above the threshold at a source's edge
        channels.append(Channel(int(allocation[path[1]]), path, float(area.ravel()[path[1]]),
                                float(distance[path[-1]]), length))
    channels.sort(key=lambda c: (c.source_id, -c.catchment_km2, int(c.path[1])))
    return channels, area
