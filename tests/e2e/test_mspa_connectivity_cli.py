# SPDX-License-Identifier: GPL-2.0-or-later
"""MSPA, connectivity importance and the MSPA variant of the model through qgis_process on the sample data."""

import csv

import numpy as np
import pytest
from scipy import ndimage

from mcr_security_pattern.algorithms import raster_io

from ..conftest import SAMPLE


def test_mspa_and_connectivity_of_the_sample_headless(qgis_process, tmp_path):
    landuse = str(SAMPLE / "landuse_2018.tif")
    mspa = qgis_process.json("mcr:mspa", {"INPUT": landuse, "OUTPUT": tmp_path / "mspa.tif",
                                          "STATISTICS": tmp_path / "mspa.csv"})["results"]
    codes = raster_io.read_raster(landuse)
    vegetation = int(np.count_nonzero((codes.array == 1) & codes.valid))  # the paper's habitat class
    with open(mspa["STATISTICS"], newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    foreground = [row for row in rows if row["foreground_pct"]]
    assert sum(int(row["cells"]) for row in foreground) == vegetation
    assert sum(float(row["foreground_pct"]) for row in foreground) == pytest.approx(100.0)
    classes = raster_io.read_raster(mspa["OUTPUT"])
    core = np.isin(classes.array, (17, 117)) & classes.valid

    resistance = qgis_process.json("mcr:landuseresistance", {"INPUT": landuse, "OUTPUT": tmp_path / "r.tif"})
    result = qgis_process.json("mcr:connectivity", {
        "RESISTANCE": resistance["results"]["OUTPUT"], "MSPA": mspa["OUTPUT"], "MIN_CORE_AREA": 1.0,
        "OUTPUT": tmp_path / "patches.gpkg", "LINKS": tmp_path / "links.gpkg", "SUMMARY": tmp_path / "summary.csv",
    })["results"]
    # Core areas (cells touching at a corner belong together) of at least 1 km² = 2500 cells of 20 m.
    labels, _ = ndimage.label(core, ndimage.generate_binary_structure(2, 2))
    sizes = np.bincount(labels.ravel())[1:]
    assert result["PATCH_COUNT"] == int(np.count_nonzero(sizes >= 2500))
    assert 0.0 < result["PC"] <= 1.0 and 0.0 < result["IIC"] <= 1.0
    with open(result["SUMMARY"], newline="", encoding="utf-8") as handle:
        summary = next(csv.DictReader(handle))
    assert float(summary["pc"]) == pytest.approx(result["PC"], rel=1e-12)


def test_mspa_variant_of_the_model_by_id_uses_its_own_defaults(qgis_process, tmp_path):
    outputs = {"resistance:resistance": "r.tif", "mspa:mspa": "mspa.tif", "sources:sources": "sources.gpkg",
               "mcr:mcr": "mcr.tif", "corridors:corridors": "corridors.gpkg", "channels:channels": "channels.gpkg"}
    result = qgis_process.json("mcr:securitypatternmspa", {
        "landuse": SAMPLE / "landuse_2018.tif", "dem": SAMPLE / "dem.tif",
        **{key: tmp_path / name for key, name in outputs.items()}})["results"]
    from osgeo import ogr

    dataset = ogr.Open(result["sources:sources"])  # kept open while its layer is read
    layer = dataset.GetLayer(0)
    assert layer.GetFeatureCount() == 10  # the model's top 10 by dPC, not the paper's 10 km² rule
    areas = [feature.GetField("area_km2") for feature in layer]
    assert min(areas) >= 1.0 and sorted(areas, reverse=True) == areas  # ids by descending area
    corridor_file = ogr.Open(result["corridors:corridors"])  # kept open while its layer is read
    corridors = corridor_file.GetLayer(0)
    assert corridors.GetFeatureCount() > 0
    assert all(feature.GetField("gravity") > 0 for feature in corridors)
