# SPDX-License-Identifier: GPL-2.0-or-later
"""The resistance stage through qgis_process on the bundled sample data."""

import numpy as np
import pytest

from mcr_security_pattern.algorithms import raster_io

from ..conftest import SAMPLE

PAPER_TABLE_1 = np.array([np.nan, 1, 2, 2, 3, 4, 6, 8, 9, 10])  # index = class code


@pytest.fixture(scope="module")
def resistance_2009(sample_chain):
    chain = sample_chain("2009")
    return {"landuse": chain["landuse_r"], "SLOPE": chain["slope"], "SLOPE_RESISTANCE": chain["slope_r"],
            "ELEVATION_RESISTANCE": chain["elevation_r"], "resistance": chain["resistance"]}


def test_landuse_resistance_is_table_1_of_the_sample_codes(resistance_2009):
    codes = raster_io.read_raster(str(SAMPLE / "landuse_2009.tif")).array
    out = raster_io.read_raster(resistance_2009["landuse"])
    np.testing.assert_array_equal(out.array, PAPER_TABLE_1[codes].astype(np.float32))


def test_terrain_outputs_lie_on_the_landuse_grid_with_the_papers_classes(resistance_2009):
    landuse_grid = raster_io.read_grid(str(SAMPLE / "landuse_2009.tif"))
    slope_r = raster_io.read_raster(resistance_2009["SLOPE_RESISTANCE"])
    elevation_r = raster_io.read_raster(resistance_2009["ELEVATION_RESISTANCE"])
    slope = raster_io.read_raster(resistance_2009["SLOPE"])
    for raster in (slope_r, elevation_r, slope):
        assert raster.grid.matches(landuse_grid) and raster.valid.all()
    # Each slope class holds exactly the slopes of its range (lower class on a break).
    bounds = {1: (0, 5), 3: (5, 15), 5: (15, 25), 7: (25, 35), 10: (35, 90)}
    for resistance, (low, high) in bounds.items():
        inside = slope.array[slope_r.array == resistance]
        if inside.size:
            assert inside.min() >= low and (inside.min() > low or low == 0) and inside.max() <= high
    assert set(np.unique(slope_r.array)) == {1, 3, 5, 7, 10}  # the sample is hilly enough
    assert set(np.unique(elevation_r.array)) <= {1, 3, 5, 8}


def test_resistance_surface_is_the_weighted_sum(resistance_2009):
    parts = [raster_io.read_raster(resistance_2009[k]).array.astype(np.float64)
             for k in ("landuse", "SLOPE_RESISTANCE", "ELEVATION_RESISTANCE")]
    out = raster_io.read_raster(resistance_2009["resistance"]).array
    np.testing.assert_allclose(out, 0.8 * parts[0] + 0.1 * parts[1] + 0.1 * parts[2], rtol=1e-6)
