# SPDX-License-Identifier: GPL-2.0-or-later
"""The patch graph of a connectivity analysis: least-cost links between habitat patches.

Conefor (and :mod:`.connectivity`) needs, for the pairs of patches that are linked, the distance
between them. Here it is the exact least-cost distance of this plugin's MCR search (DESIGN §3):
the cheapest sum of step costs from any cell of one patch to any cell of the other, the patch's
own cells costing nothing to leave, every other cell (other patches included) its resistance.
Which pairs are linked:

- ``"all"`` — every pair of patches that can reach each other (Conefor's full distance file),
  optionally only up to a cost ``max_cost``. One search per patch, each stopped at
  ``max_cost``; the distance to every other patch is the cost of its cheapest cell.
- ``"adjacent"`` — only patches whose allocation zones of one multi-source search touch (as
  corridors and Linkage Mapper link them): the zones' boundary gives each adjacent pair an
  upper bound, and the exact least-cost distance comes from searches bounded by it (the
  meet-in-the-middle check of :mod:`.corridors`). Pairs that are not adjacent are joined only
  through paths of links, which makes the analysis cheap on many patches.

Each link can also carry its least-cost path (flat cell indices from the first patch's edge to
the second's) and that path's length in metres.
"""

import math
from dataclasses import dataclass, field

import numpy as np

from . import InputError, no_progress
from .corridors import _trace_dense, boundary_links, cheapest_links, pairwise_corridors
from .cost import NEIGHBOURHOODS, SearchGrid, accumulated_cost, ids_present, validate

PAIRS = ("all", "adjacent")


@dataclass
class PatchLinks:
    """Links of the patch graph, one per linked pair, sorted by (patch_i, patch_j), i < j."""

    patch_i: np.ndarray  # patch ids
    patch_j: np.ndarray
    cost: np.ndarray  # least-cost distance (cost units: resistance x metres)
    length_m: np.ndarray  # length of the least-cost path in metres (nan where not traced)
    paths: list = field(default=None)  # flat cell indices, from patch_i's edge to patch_j's, when asked for
    patches: np.ndarray = field(default=None)  # ids of the patches that lie on valid cells

    @property
    def count(self):
        return len(self.cost)


def path_length(path, cell_size, cols):
    """Length in metres of a path of flat cell indices, along the cell centres."""
    if len(path) < 2:
        return 0.0
    row, col = np.divmod(np.asarray(path, dtype=np.int64), cols)
    return float(np.hypot(np.diff(row) * cell_size[1], np.diff(col) * cell_size[0]).sum())


def patch_links(resistance, valid, patches, cell_size, neighbours=8, pairs="all", max_cost=None, paths=False,
                progress=no_progress):
    """Least-cost links between the patches of an id raster.

    Parameters
    ----------
    resistance : 2-D array, finite and > 0 where ``valid`` (DESIGN §3).
    valid : 2-D bool array, False on NoData (barriers).
    patches : 2-D integer array of patch ids (> 0); 0 = not a patch. Patch cells on NoData are
        ignored; a patch with no valid cell takes no part (it is missing from ``patches`` of
        the result).
    cell_size : (dx, dy) in metres.
    neighbours : 4, 8 or 16.
    pairs : ``"all"`` (every pair that reaches each other) or ``"adjacent"`` (see the module).
    max_cost : links costlier than this are left out (None = no limit); with ``"all"`` it also
        stops each search there.
    paths : also return each link's least-cost path and its length (with ``"adjacent"`` they
        come anyway).
    progress : ``progress(fraction)``; may raise :class:`Cancelled`.

    >>> import numpy as np
    >>> ids = np.array([[1, 0, 0, 2]])
    >>> links = patch_links(np.ones((1, 4)), ids >= 0, ids, (10.0, 10.0), 4, paths=True)
    >>> links.patch_i.tolist(), links.patch_j.tolist(), links.cost.tolist(), links.length_m.tolist()
    ([1], [2], [30.0], [30.0])
    """
    resistance = np.asarray(resistance)
    patches = np.asarray(patches)
    valid = np.asarray(valid, dtype=bool)
    if resistance.ndim != 2 or resistance.shape != patches.shape or valid.shape != patches.shape:
        raise InputError("The resistance, its valid-data mask and the patches must be 2-D rasters on one grid.")
    if patches.dtype.kind not in "iu":
        raise InputError(f"Patch ids must be integers, not {patches.dtype} values.")
    if neighbours not in NEIGHBOURHOODS:
        raise InputError(f"Neighbourhood must be 4, 8 or 16, not {neighbours}.")
    if pairs not in PAIRS:
        raise InputError(f"Pairs must be one of {', '.join(PAIRS)}, not {pairs!r}.")
    dx, dy = (float(v) for v in cell_size)
    if not (dx > 0 and dy > 0 and math.isfinite(dx) and math.isfinite(dy)):
        raise InputError(f"Cell size must be > 0, not ({dx}, {dy}).")
    if max_cost is not None and not max_cost > 0:
        raise InputError(f"The largest link cost must be > 0 (or no limit), not {max_cost!r}.")
    validate(resistance, valid)
    ids = np.where(valid & (patches > 0), patches, 0)
    present = np.asarray(ids_present(ids), dtype=np.int64)
    if present.size == 0:
        raise InputError("No patch lies on a cell with a resistance; patches and resistance must overlap.")
    if pairs == "adjacent":
        links = _adjacent(resistance, valid, ids, (dx, dy), neighbours, progress)
    else:
        links = _all_pairs(resistance, valid, ids, present, (dx, dy), neighbours, max_cost, paths, progress)
    if max_cost is not None and links.count:
        keep = links.cost <= max_cost
        links = PatchLinks(links.patch_i[keep], links.patch_j[keep], links.cost[keep], links.length_m[keep],
                           None if links.paths is None else [p for p, k in zip(links.paths, keep) if k])
    links.patches = present
    progress(1.0)
    return links


def _empty():
    empty = np.zeros(0, dtype=np.int64)
    return PatchLinks(empty, empty.copy(), np.zeros(0), np.zeros(0), [])


def _all_pairs(resistance, valid, ids, present, cell_size, neighbours, max_cost, want_paths, progress):
    cols = ids.shape[1]
    grid = SearchGrid(resistance, valid, cell_size, neighbours)
    # Every patch cell once, grouped by patch (in the order of ``present``).
    cells = np.flatnonzero(ids)
    cells = cells[np.argsort(ids.ravel()[cells], kind="stable")]
    group_start = np.searchsorted(ids.ravel()[cells], present)
    padded_cells = grid.padded(cells)
    rows_i, rows_j, costs, lengths, traced = [], [], [], [], []
    count = len(present)
    for k, patch in enumerate(present.tolist()):
        if k == count - 1:
            break  # the last patch's links were all found from the others
        low, high = k / count, (k + 1) / count

        def searched(fraction, low=low, high=high):
            progress(low + (high - low) * fraction)

        distance, back = grid.search(ids == patch, max_cost, progress=searched)
        cheapest = np.minimum.reduceat(distance[padded_cells], group_start)
        later = np.flatnonzero(np.isfinite(cheapest[k + 1:])) + k + 1
        for other in later.tolist():
            start, stop = group_start[other], group_start[other + 1] if other + 1 < count else len(cells)
            rows_i.append(patch)
            rows_j.append(int(present[other]))
            costs.append(float(cheapest[other]))
            if want_paths:
                target = padded_cells[start + int(np.argmin(distance[padded_cells[start:stop]]))]
                path = grid.unpadded(_trace_dense(int(target), back, grid.padded_cols))[::-1]
                traced.append(path)
                lengths.append(path_length(path, cell_size, cols))
            else:
                lengths.append(math.nan)
        del distance, back
        progress(high)
    if not costs:
        return _empty()
    return PatchLinks(np.asarray(rows_i, dtype=np.int64), np.asarray(rows_j, dtype=np.int64), np.asarray(costs),
                      np.asarray(lengths, dtype=np.float64), traced if want_paths else None)


def _adjacent(resistance, valid, ids, cell_size, neighbours, progress):
    search = accumulated_cost(resistance, ids, cell_size, neighbours, valid=valid,
                              progress=lambda fraction: progress(0.3 * fraction))
    a, b, _, _, cost = cheapest_links(*boundary_links(search.distance, search.allocation, resistance, valid,
                                                      cell_size, neighbours))
    if a.size == 0:
        return _empty()
    bounds = {(int(i), int(j)): float(c) for i, j, c in zip(a, b, cost)}
    # A metric transform: lengths and node positions of the corridors in metres.
    transform = (0.0, cell_size[0], 0.0, 0.0, 0.0, -cell_size[1])
    found, _ = pairwise_corridors(resistance, valid, ids, cell_size, neighbours, transform, list(bounds),
                                  progress=lambda fraction: progress(0.3 + 0.7 * fraction),
                                  allocation=search.allocation, bounds=bounds, surface=search)
    del search
    found.sort(key=lambda c: (c.from_source, c.to_source))
    return PatchLinks(np.array([c.from_source for c in found], dtype=np.int64),
                      np.array([c.to_source for c in found], dtype=np.int64),
                      np.array([c.cwd for c in found], dtype=np.float64),
                      np.array([c.length_m for c in found], dtype=np.float64),
                      [c.path for c in found])
