# SPDX-License-Identifier: GPL-2.0-or-later
"""Source patches: areas, the threshold, connectivity, holes, opening, ids and perimeters."""

import numpy as np
import pytest
from osgeo import ogr

from mcr_security_pattern.algorithms import raster_io
from mcr_security_pattern.algorithms.kernels import InputError, patches

CELL = (100.0, 100.0)  # 0.01 km^2 per cell


def select(classes, min_area, **kwargs):
    classes = np.asarray(classes)
    return patches.select_patches(classes, np.ones(classes.shape, bool), [1], CELL, min_area, **kwargs)


def test_patch_of_exactly_the_threshold_is_kept_and_one_cell_less_is_not():
    classes = np.zeros((20, 40), int)
    classes[2:12, 2:12] = 1  # 100 cells = 1.00 km^2
    classes[2:12, 20:30] = 1
    classes[2, 20] = 0  # 99 cells = 0.99 km^2
    result = select(classes, 1.0)
    assert result.count == 1
    assert result.area_km2[1] == pytest.approx(1.0)
    assert result.cells[1] == 100
    assert result.labels[5, 5] == 1 and result.labels[5, 25] == 0


def test_ids_follow_descending_area_then_position():
    classes = np.zeros((30, 30), int)
    classes[0:3, 0:3] = 1  # 9 cells, first
    classes[10:14, 10:14] = 1  # 16 cells
    classes[20:23, 20:23] = 1  # 9 cells, later
    result = select(classes, 0.05)
    assert result.labels[11, 11] == 1
    assert result.labels[1, 1] == 2 and result.labels[21, 21] == 3
    assert result.cells.tolist() == [0, 16, 9, 9]


def test_diagonal_contact_joins_patches_only_with_8_connectivity():
    classes = np.zeros((10, 10), int)
    classes[0:5, 0:5] = 1
    classes[5:10, 5:10] = 1  # touches the first only at a corner
    assert select(classes, 0.3, connectivity=8).count == 1
    four = select(classes, 0.25, connectivity=4)
    assert four.count == 2 and four.area_km2[1:].tolist() == pytest.approx([0.25, 0.25])


def test_holes_are_filled_only_below_the_size_given():
    classes = np.ones((12, 12), int)
    classes[3:5, 3:5] = 0  # hole of 4 cells
    classes[7:10, 7:10] = 0  # hole of 9 cells
    plain = select(classes, 0.01)
    assert plain.cells[1] == 144 - 13
    filled = select(classes, 0.01, fill_holes_km2=0.05)  # < 5 cells
    assert filled.cells[1] == 144 - 9
    assert filled.labels[3, 3] == 1 and filled.labels[8, 8] == 0


def test_holes_touching_the_edge_or_nodata_are_not_filled():
    classes = np.ones((8, 8), int)
    classes[0, 3] = 0  # a notch on the edge
    classes[4, 4] = 0
    valid = np.ones((8, 8), bool)
    valid[4, 4] = False  # a NoData hole
    result = patches.select_patches(classes, valid, [1], CELL, 0.01, fill_holes_km2=1.0)
    assert result.labels[0, 3] == 0 and result.labels[4, 4] == 0


def test_opening_cuts_a_one_cell_bridge():
    classes = np.zeros((11, 23), int)
    classes[1:10, 1:10] = 1
    classes[1:10, 13:22] = 1
    classes[5, 10:13] = 1  # a bridge one cell wide
    assert select(classes, 0.5).count == 1
    opened = select(classes, 0.5, opening_radius=150.0)  # a disk 3 cells across
    assert opened.count == 2
    assert opened.labels[5, 11] == 0


def test_perimeter_counts_cell_edges_including_the_raster_edge():
    classes = np.zeros((5, 6), int)
    classes[0:2, 0:3] = 1  # 2 x 3 cells in the corner: perimeter 10 edges
    result = patches.select_patches(classes, np.ones((5, 6), bool), [1], (100.0, 50.0), 0.0)
    # Horizontal edges (top/bottom) are dx long, vertical (left/right) dy long.
    assert result.perimeter_km[1] == pytest.approx((2 * 3 * 100 + 2 * 2 * 50) / 1000)


def test_no_patch_reaching_the_threshold_names_the_largest():
    classes = np.zeros((10, 10), int)
    classes[0:4, 0:4] = 1
    with pytest.raises(InputError, match=r"largest has 0.16 km²"):
        select(classes, 10.0)


def test_no_habitat_names_the_classes_present():
    with pytest.raises(InputError, match="holds 2, 3"):
        select(np.array([[2, 3], [3, 2]]), 1.0)


def test_nodata_is_never_habitat():
    classes = np.ones((4, 4), int)
    valid = np.ones((4, 4), bool)
    valid[:, 2] = False
    result = patches.select_patches(classes, valid, [1], CELL, 0.01, connectivity=4)
    assert result.count == 2 and (result.labels[:, 2] == 0).all()


def test_polygon_areas_equal_raster_areas():
    rng = np.random.default_rng(5)
    classes = (rng.random((60, 70)) > 0.45).astype(int)
    result = select(classes, 0.05)
    grid = raster_io.Grid((500000.0, 100.0, 0.0, 2760000.0, 0.0, -100.0), "", 70, 60)
    polygons = raster_io.polygonize(result.labels, grid, 8)
    assert set(polygons) == set(range(1, result.count + 1))
    for label, parts in polygons.items():
        area = sum(ogr.CreateGeometryFromWkb(part).GetArea() for part in parts) / 1e6
        assert area == pytest.approx(result.area_km2[label], rel=1e-12)
