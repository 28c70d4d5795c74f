# SPDX-License-Identifier: GPL-2.0-or-later
"""The bundled sample data is what its generator and README say."""

import importlib.util
import json

import numpy as np
import pytest

from mcr_security_pattern.algorithms import raster_io

from ..conftest import SAMPLE

EPOCHS = (2009, 2013, 2018)


@pytest.mark.slow
def test_generator_reproduces_the_bundled_files(tmp_path):
    spec = importlib.util.spec_from_file_location("generate_sample", SAMPLE / "generate_sample.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    generator.main(str(tmp_path))
    for name in ["dem.tif"] + [f"landuse_{epoch}.tif" for epoch in EPOCHS]:
        fresh = raster_io.read_raster(str(tmp_path / name))
        bundled = raster_io.read_raster(str(SAMPLE / name))
        np.testing.assert_array_equal(fresh.array, bundled.array, err_msg=name)
        assert fresh.grid.matches(bundled.grid)
    assert json.loads((tmp_path / "manifest.json").read_text()) == json.loads(
        (SAMPLE / "manifest.json").read_text()
    )


def test_landuse_has_the_nine_classes_on_a_projected_grid():
    for epoch in EPOCHS:
        raster = raster_io.read_raster(str(SAMPLE / f"landuse_{epoch}.tif"))
        assert set(np.unique(raster.array)) == set(range(1, 10))
        assert not raster.grid.is_geographic
        assert raster.grid.cell_size == (20.0, 20.0)
        assert raster.array.size <= 1_000_000


def test_dem_is_hilly_between_290_and_800_m_and_covers_the_landuse():
    dem = raster_io.read_raster(str(SAMPLE / "dem.tif"))
    assert 290 <= dem.array.min() < 300 and 790 < dem.array.max() <= 800
    landuse = raster_io.read_raster(str(SAMPLE / "landuse_2009.tif")).grid
    xmin, ymin, xmax, ymax = dem.grid.extent
    lxmin, lymin, lxmax, lymax = landuse.extent
    assert xmin < lxmin and ymin < lymin and xmax > lxmax and ymax > lymax


def test_reclamation_grows_and_tailings_shrink_over_time():
    counts = {
        epoch: np.bincount(
            raster_io.read_raster(str(SAMPLE / f"landuse_{epoch}.tif")).array.ravel(), minlength=10
        )
        for epoch in EPOCHS
    }
    tailings = [counts[epoch][9] for epoch in EPOCHS]
    reclaimed = [counts[epoch][2] for epoch in EPOCHS]
    assert tailings[0] > tailings[1] > tailings[2]
    assert reclaimed[0] < reclaimed[1] < reclaimed[2]
