# SPDX-License-Identifier: GPL-2.0-or-later
"""Slope by Horn's method: planes, edges, NoData, geographic grids."""

import math

import numpy as np
import pytest
from osgeo import osr

from mcr_security_pattern.algorithms.kernels import terrain


def plane(a, b, rows=12, cols=15, dx=30.0, dy=30.0):
    y, x = np.indices((rows, cols))
    return a * x * dx + b * y * dy


@pytest.mark.parametrize("a, b", [(0.1, 0.0), (0.0, -0.3), (0.2, 0.25), (1.0, 1.0)])
def test_plane_slope_equals_atan_of_the_gradient_everywhere(a, b):
    z = plane(a, b)
    slope = terrain.horn_slope(z, np.ones(z.shape, bool), 30.0, 30.0)
    np.testing.assert_allclose(slope, math.degrees(math.atan(math.hypot(a, b))), rtol=1e-12)


def test_non_square_cells_use_their_true_spacing():
    y, x = np.indices((10, 10))
    z = 0.3 * x * 20.0 + 0.4 * y * 50.0
    slope = terrain.horn_slope(z, np.ones(z.shape, bool), 20.0, 50.0)
    np.testing.assert_allclose(slope, math.degrees(math.atan(0.5)), rtol=1e-12)


def test_nodata_cells_stay_nodata_and_neighbours_are_not_garbage():
    z = plane(0.2, 0.1)
    valid = np.ones(z.shape, bool)
    valid[5, 5] = False
    valid[0, :] = False
    z[5, 5] = -9999.0  # the NoData value must not leak into neighbours
    slope = terrain.horn_slope(z, valid, 30.0, 30.0)
    assert np.isnan(slope[5, 5]) and np.isnan(slope[0]).all()
    others = ~np.isnan(slope)
    np.testing.assert_allclose(slope[others], math.degrees(math.atan(math.hypot(0.2, 0.1))), rtol=1e-12)


def test_isolated_cell_is_flat():
    z = np.full((3, 3), 100.0)
    valid = np.zeros((3, 3), bool)
    valid[1, 1] = True
    assert terrain.horn_slope(z, valid, 30.0, 30.0)[1, 1] == 0.0


def test_geographic_plane_has_the_same_slope_as_in_metres():
    # A plane defined in UTM 50N metres, sampled on a 1 arc-second-ish lon/lat grid near 115 E 25 N.
    geographic = osr.SpatialReference()
    geographic.ImportFromEPSG(4326)
    geographic.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32650)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_utm = osr.CoordinateTransformation(geographic, utm)
    step = 0.0003
    lons = 115.0 + step * (np.arange(40) + 0.5)
    lats = 25.0 - step * (np.arange(30) + 0.5)
    lon, lat = np.meshgrid(lons, lats)
    points = np.array(to_utm.TransformPoints(np.column_stack([lon.ravel(), lat.ravel()]).tolist()))
    east, north = points[:, 0].reshape(lon.shape), points[:, 1].reshape(lon.shape)
    a, b = 0.15, -0.22
    z = a * east + b * north
    dx, dy = terrain.geographic_spacing(lats, step, step)
    slope = terrain.horn_slope(z, np.ones(z.shape, bool), dx, dy)
    # UTM's scale factor here is about 1.0001 and its grid is rotated against the meridians
    # (rotation does not change a gradient's length), so the true slope differs from the
    # UTM-metre slope by far less than 0.02 degrees; degrees taken as metres would give ~90.
    expected = math.degrees(math.atan(math.hypot(a, b)))
    np.testing.assert_allclose(slope, expected, atol=0.02)


def test_geographic_spacing_matches_known_lengths_of_a_degree():
    dx, dy = terrain.geographic_spacing([0.0, 60.0], 1.0, 1.0)
    # WGS 84: 1 degree of longitude = 111.320 km at the equator, 55.800 km at 60 N;
    # 1 degree of latitude (local meridional radius) = 110.574 km at 0, 111.412 km at 60 N.
    np.testing.assert_allclose(dx, [111319.49, 55799.98], rtol=1e-6)
    np.testing.assert_allclose(dy, [110574.27, 111412.24], rtol=1e-6)


@pytest.mark.parametrize("block_rows", [1, 2, 5, 64])
def test_slope_in_blocks_equals_the_whole_grid_at_once(block_rows):
    rng = np.random.default_rng(2)
    elevation = np.cumsum(rng.normal(0, 3, (23, 17)), axis=0) + 300.0
    valid = rng.random((23, 17)) > 0.1
    whole = terrain.horn_slope(elevation, valid, 30.0, 25.0)
    blocks = terrain.horn_slope_blocks(elevation, valid, 30.0, 25.0, block_rows=block_rows)
    np.testing.assert_array_equal(np.isnan(blocks), np.isnan(whole))
    np.testing.assert_allclose(blocks[valid], whole[valid].astype(np.float32), rtol=1e-6)
