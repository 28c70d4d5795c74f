# SPDX-License-Identifier: GPL-2.0-or-later
"""The shipped model through qgis_process (by id and by file), and the comparison of the epochs."""

import numpy as np
import pytest
from osgeo import ogr

from mcr_security_pattern.algorithms import raster_io

from ..conftest import REPO, SAMPLE

OUTPUT_FILES = {"resistance:resistance": "resistance.tif", "sources:sources": "sources.gpkg",
                "mcr:mcr": "mcr.tif", "corridors:corridors": "corridors.gpkg", "corridors:nodes": "nodes.gpkg",
                "channels:channels": "channels.gpkg"}


def count(path):
    dataset = ogr.Open(str(path))  # keep the dataset alive while its layer is used (GDAL gotcha)
    return dataset.GetLayer().GetFeatureCount()


@pytest.mark.slow
@pytest.mark.parametrize("how", ["id", "file"])
def test_model_through_qgis_process_equals_the_single_algorithms(qgis_process, sample_chain, tmp_path, how):
    epoch = "2018"
    target = "mcr:securitypattern" if how == "id" else str(REPO / "resources" / "models" / "securitypattern.model3")
    results = qgis_process.json(target, {
        "landuse": SAMPLE / f"landuse_{epoch}.tif", "dem": SAMPLE / "dem.tif",
        **{key: tmp_path / name for key, name in OUTPUT_FILES.items()},
    })["results"]
    chain = sample_chain(epoch)
    np.testing.assert_allclose(raster_io.read_raster(results["mcr:mcr"]).array,
                               raster_io.read_raster(chain["mcr"]).array, rtol=1e-6)
    assert count(results["corridors:corridors"]) == chain["corridor_count"]
    assert count(results["corridors:nodes"]) == chain["node_count"]
    assert count(results["channels:channels"]) == chain["channel_count"]
    assert count(results["sources:sources"]) == count(chain["sources"])


@pytest.mark.slow
def test_comparison_of_the_three_epochs_matches_independent_areas(qgis_process, sample_chain, tmp_path):
    epochs = ["2009", "2013", "2018"]
    chains = [sample_chain(epoch) for epoch in epochs]
    results = qgis_process.json("mcr:comparepatterns", {
        "SOURCES": [c["sources"] for c in chains], "LABELS": ",".join(epochs),
        "CORRIDORS": [c["corridors"] for c in chains], "NODES": [c["nodes"] for c in chains],
        "CHANNELS": [c["channels"] for c in chains], "MCR_SURFACES": [c["mcr"] for c in chains],
        "OUTPUT": tmp_path / "table.csv", "CHANGE": tmp_path / "change.gpkg", "OUTPUT_HTML": tmp_path / "r.html",
    })["results"]
    import csv

    with open(results["OUTPUT"], newline="") as handle:
        table = list(csv.DictReader(handle))
    # Independent: cells of the source-id rasters x 400 m².
    areas = []
    for chain in chains:
        ids = raster_io.read_raster(chain["sources_raster"]).array
        areas.append((ids > 0).sum() * 400 / 1e6)
    assert [float(r["source_area_km2"]) for r in table] == pytest.approx(areas, rel=1e-9)
    assert [float(r["change_km2"]) for r in table[1:]] == pytest.approx(np.diff(areas), rel=1e-9)
    assert [int(r["corridors"]) for r in table] == [c["corridor_count"] for c in chains]
    assert [int(r["channels"]) for r in table] == [c["channel_count"] for c in chains]
    for row, chain in zip(table, chains):
        surface = raster_io.read_raster(chain["mcr"])
        assert float(row["mean_mcr"]) == pytest.approx(surface.array[surface.valid].mean(dtype=np.float64), rel=1e-9)
    first = raster_io.read_raster(chains[0]["sources_raster"]).array > 0
    last = raster_io.read_raster(chains[-1]["sources_raster"]).array > 0
    dataset = ogr.Open(results["CHANGE"])
    change = {f.GetField("change"): f.GetField("area_km2") for f in dataset.GetLayer()}
    assert change["gain"] == pytest.approx((last & ~first).sum() * 400 / 1e6, rel=1e-6)
    assert change["loss"] == pytest.approx((first & ~last).sum() * 400 / 1e6, rel=1e-6)
    assert change["stable"] == pytest.approx((first & last).sum() * 400 / 1e6, rel=1e-6)
