# SPDX-License-Identifier: GPL-2.0-or-later
"""Radiation channels: valley lines of the MCR surface leading outward from the sources.

DESIGN §4.5: the predecessors of the MCR search form a forest rooted at the source cells —
the exact steepest descent of the surface. The accumulated area of a cell is the area of all
cells whose least-cost path passes through it (an exact "flow accumulation" on that forest,
not a D8 approximation). Cells above an area threshold form valley lines; those not on a
corridor, traced from the source edge outward (main stem = the larger accumulation at each
confluence), are the radiation channels: one line per valley that leaves a source.
"""

from dataclasses import dataclass

import numpy as np

from . import no_progress
from .cost import predecessor_index


@dataclass
class Channel:
    source_id: int
    path: np.ndarray  # flat cells: the cell it leaves from (source edge or confluence), then outward
    catchment_km2: float  # area draining through its first cell
    mcr_end: float  # MCR value at its outer end


def accumulated_cells(back_direction, reachable, progress=no_progress):
    """Number of cells whose least-cost path passes through each cell (itself included).

    Leaves are peeled off the predecessor forest round by round: each round hands the counts
    of the current leaves to their predecessors, whose last child it was make the next leaves.
    """
    pred = predecessor_index(back_direction)
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
    return count.reshape(back_direction.shape)


def radiation_channels(result, cell_area_km2, threshold_km2, excluded=None, accumulated=None):
    """Channels of cells draining at least ``threshold_km2``, off corridors and sources.

    ``result`` is the CostResult of the MCR search; ``excluded`` marks corridor cells.
    Returns (channels, accumulated area in km² as a raster).
    """
    if accumulated is None:
        accumulated = accumulated_cells(result.back_direction, result.reachable)
    area = accumulated * cell_area_km2
    pred = predecessor_index(result.back_direction)
    network = (area.ravel() >= threshold_km2) & (result.back_direction.ravel() > 0) & result.reachable.ravel()
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
    channels = [
        Channel(int(allocation[path[1]]), np.asarray(path, dtype=np.int64),
                float(area.ravel()[path[1]]), float(distance[path[-1]]))
        for path in paths
    ]
    channels.sort(key=lambda c: (c.source_id, -c.catchment_km2, int(c.path[1])))
    return channels, area
