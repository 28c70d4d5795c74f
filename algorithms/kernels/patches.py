# SPDX-License-Identifier: GPL-2.0-or-later
"""Ecological sources: habitat patches at or above a minimum area (Li et al. 2020, §4.1)."""

import math
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from . import InputError

STRUCTURES = {4: ndimage.generate_binary_structure(2, 1), 8: ndimage.generate_binary_structure(2, 2)}


@dataclass
class Patches:
    """Source patches: ``labels`` holds ids 1..n (descending area, ties by position), 0 elsewhere."""

    labels: np.ndarray  # int32
    cells: np.ndarray  # cells per id (index 0 unused)
    area_km2: np.ndarray
    perimeter_km: np.ndarray
    largest_km2: float  # largest habitat patch found, selected or not
    candidates: int  # habitat patches before the area threshold

    @property
    def count(self):
        return len(self.cells) - 1


def disk(radius_x, radius_y):
    """Elliptical structuring element with the given radii in cells (a disk in metres)."""
    half_x, half_y = int(math.floor(radius_x)), int(math.floor(radius_y))
    y, x = np.ogrid[-half_y : half_y + 1, -half_x : half_x + 1]
    return (x / max(radius_x, 1e-9)) ** 2 + (y / max(radius_y, 1e-9)) ** 2 <= 1.0 + 1e-9


def fill_small_holes(mask, valid, max_hole_cells, connectivity):
    """Fill holes (non-habitat regions enclosed by habitat, off the raster edge, without
    NoData) smaller than ``max_hole_cells``. The background uses the other connectivity, so
    that a hole is what an 8-connected patch (or a 4-connected one) really encloses."""
    background_structure = STRUCTURES[4 if connectivity == 8 else 8]
    holes, count = ndimage.label(~mask, structure=background_structure)
    if count == 0:
        return mask
    sizes = np.bincount(holes.ravel(), minlength=count + 1)
    edge = np.unique(np.concatenate([holes[0], holes[-1], holes[:, 0], holes[:, -1]]))
    has_nodata = np.bincount(holes[~valid].ravel(), minlength=count + 1) > 0
    fillable = (sizes < max_hole_cells) & ~has_nodata
    fillable[edge] = False
    fillable[0] = False
    return mask | fillable[holes]


def select_patches(classes, valid, habitat_codes, cell_size, min_area_km2, connectivity=8,
                   opening_radius=0.0, fill_holes_km2=0.0):
    """Habitat patches of at least ``min_area_km2``.

    Parameters
    ----------
    classes : 2-D array of class codes; ``valid`` False on NoData.
    habitat_codes : codes that count as habitat (the paper: vegetation).
    cell_size : (dx, dy) in metres.
    min_area_km2 : a patch of exactly this area is selected.
    connectivity : 8 (default; diagonal contact joins cells) or 4.
    opening_radius : metres; a morphological opening with a disk of this radius first removes
        habitat narrower than the disk, which cuts thin links between patches.
    fill_holes_km2 : holes inside a patch smaller than this become part of the patch.

    >>> import numpy as np
    >>> c = np.array([[1, 1, 0, 1]])
    >>> select_patches(c, c >= 0, [1], (1000.0, 1000.0), 2.0).area_km2.tolist()
    [0.0, 2.0]
    """
    if connectivity not in STRUCTURES:
        raise InputError(f"Connectivity must be 4 or 8, not {connectivity}.")
    dx, dy = cell_size
    cell_km2 = dx * dy / 1e6
    habitat = np.isin(classes, np.asarray(list(habitat_codes))) & valid
    if not habitat.any():
        present = ", ".join(str(c) for c in np.unique(classes[valid])[:20])
        raise InputError(
            f"No cell holds a habitat class ({', '.join(map(str, habitat_codes))}); the raster "
            f"holds {present}. Choose the habitat class codes of the land use."
        )
    if opening_radius > 0:
        structure = disk(opening_radius / dx, opening_radius / dy)
        habitat = ndimage.binary_opening(habitat, structure=structure)
    if fill_holes_km2 > 0:
        habitat = fill_small_holes(habitat, valid, fill_holes_km2 / cell_km2, connectivity)
    labels, count = ndimage.label(habitat, structure=STRUCTURES[connectivity])
    if count == 0:
        raise InputError(
            f"No habitat is left after the opening with radius {opening_radius:g} m; "
            "use a smaller radius."
        )
    cells = np.bincount(labels.ravel(), minlength=count + 1)
    cells[0] = 0
    # Compare cell counts, not float areas: a patch of exactly the minimum area is kept.
    min_cells = math.ceil(min_area_km2 / cell_km2 * (1.0 - 1e-12)) if min_area_km2 > 0 else 1
    keep = np.flatnonzero(cells >= max(min_cells, 1))
    largest = float(cells.max() * cell_km2)
    if keep.size == 0:
        raise InputError(
            f"No habitat patch reaches {min_area_km2:g} km²; the largest has {largest:.4g} km² "
            f"({count} patches). Lower the minimum area or check the habitat classes."
        )
    # Stable ids: by descending area, ties by the patch's first cell in row-major order.
    first_cell = _first_cells(labels, keep)
    order = np.lexsort((first_cell, -cells[keep]))
    renumber = np.zeros(count + 1, dtype=np.int32)
    renumber[keep[order]] = np.arange(1, keep.size + 1, dtype=np.int32)
    ids = renumber[labels]
    del labels
    kept_cells = np.concatenate([[0], cells[keep[order]]])
    perimeter = patch_perimeters(ids, keep.size, dx, dy)
    return Patches(ids, kept_cells, kept_cells * cell_km2, perimeter / 1000.0, largest, count)


def _first_cells(labels, wanted):
    """Row-major index of the first cell of each label in ``wanted`` (from bounding boxes, with
    no full-size index array)."""
    boxes = ndimage.find_objects(labels)
    first = np.empty(len(wanted), dtype=np.int64)
    cols = labels.shape[1]
    for position, label in enumerate(np.asarray(wanted).tolist()):
        rows_slice, cols_slice = boxes[label - 1]
        row = rows_slice.start
        col = cols_slice.start + int(np.argmax(labels[row, cols_slice] == label))
        first[position] = row * cols + col
    return first


def patch_perimeters(ids, count, dx, dy):
    """Length (map units) of the boundary of each id: cell edges between the patch and any
    other cell or the raster edge."""
    padded = np.pad(ids, 1)
    centre = padded[1:-1, 1:-1]
    perimeter = np.zeros(count + 1)
    for neighbour, edge_length in (
        (padded[:-2, 1:-1], dx), (padded[2:, 1:-1], dx), (padded[1:-1, :-2], dy), (padded[1:-1, 2:], dy),
    ):
        boundary = (centre != neighbour) & (centre > 0)
        perimeter += np.bincount(centre[boundary], minlength=count + 1)[: count + 1] * edge_length
    perimeter[0] = 0.0
    return perimeter
