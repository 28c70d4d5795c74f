# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:selectsources on the three sample epochs gives the sources the generator built."""

import json

import numpy as np
import pytest

from mcr_security_pattern.algorithms import raster_io

from ..conftest import SAMPLE

MANIFEST = json.loads((SAMPLE / "manifest.json").read_text())


@pytest.mark.parametrize("epoch", ["2009", "2013", "2018"])
def test_sources_are_the_designed_forest_blocks(qgis_process, tmp_path, epoch):
    results = qgis_process.json(
        "mcr:selectsources",
        {"INPUT": SAMPLE / f"landuse_{epoch}.tif", "OUTPUT": tmp_path / "sources.gpkg",
         "OUTPUT_RASTER": tmp_path / "sources.tif"},
    )["results"]
    ids = raster_io.read_raster(results["OUTPUT_RASTER"]).array
    areas = np.bincount(ids[ids > 0].ravel()) * 0.0004  # 20 m cells
    # The generator designed these blocks as dense vegetation in this epoch (and rings them with
    # farmland); every other vegetation patch it made is far below 10 km².
    designed = sorted(
        (MANIFEST["block_vegetation_km2"][epoch][name] for name in MANIFEST["source_blocks"][epoch]),
        reverse=True,
    )
    assert areas[1:].tolist() == pytest.approx(designed)


def test_source_area_grows_from_2009_to_2013_and_new_sources_appear(qgis_process, tmp_path):
    totals, counts = {}, {}
    for epoch in ("2009", "2013", "2018"):
        results = qgis_process.json(
            "mcr:selectsources",
            {"INPUT": SAMPLE / f"landuse_{epoch}.tif", "OUTPUT": tmp_path / f"s{epoch}.gpkg",
             "OUTPUT_RASTER": tmp_path / f"s{epoch}.tif"},
        )["results"]
        ids = raster_io.read_raster(results["OUTPUT_RASTER"]).array
        totals[epoch] = (ids > 0).sum() * 0.0004
        counts[epoch] = ids.max()
    assert counts == {"2009": 2, "2013": 4, "2018": 5}
    assert totals["2009"] < totals["2013"] < totals["2018"]
