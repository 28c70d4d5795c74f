# SPDX-License-Identifier: GPL-2.0-or-later
"""The shipped model: registered with its outputs, reproducible, runs through processing.run."""

import os
import subprocess
import sys

import numpy as np
import pytest

from mcr_security_pattern.algorithms import raster_io

from ..conftest import REPO, SAMPLE, run_algorithm

MODEL = REPO / "resources" / "models" / "securitypattern.model3"
OUTPUTS = {"resistance:resistance", "sources:sources", "mcr:mcr", "corridors:corridors", "corridors:nodes",
           "corridors:ridges", "corridors:vulnerable", "channels:channels"}
INPUTS = ["landuse", "landuse_polygons", "landuse_class_field", "landuse_cell_size", "preset", "landuse_table_file",
          "unmapped_classes", "dem", "z_factor", "slope_table", "slope_table_file", "elevation_classes",
          "elevation_table", "elevation_table_file", "outside_ranges", "weights", "habitat_classes",
          "min_source_area", "patch_connectivity", "opening_radius", "fill_holes", "neighbours", "corridor_mode",
          "min_persistence", "max_cost_ratio", "min_separation", "max_detour", "max_cwd", "nearest",
          "vulnerable_classes", "farmland_classes", "channel_routing", "channel_threshold", "channel_min_length"]


def test_model_is_registered_with_all_its_inputs_and_outputs(provider):
    model = provider.algorithm("securitypattern")
    assert model is not None and model.id() == "mcr:securitypattern"
    assert {o.name() for o in model.outputDefinitions()} == OUTPUTS
    destinations = {p.name() for p in model.destinationParameterDefinitions()}
    assert destinations == OUTPUTS
    inputs = [p.name() for p in model.parameterDefinitions() if not p.isDestination()]
    assert inputs == INPUTS  # in chain order, as the dialog lists them
    assert model.shortHelpString()


def test_model_file_opens_with_every_child_resolved(qgis_app):
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    children = model.childAlgorithms()
    assert {c.algorithmId() for c in children.values()} == {
        "mcr:landuseresistance", "mcr:terrainresistance", "mcr:weightedoverlay", "mcr:selectsources",
        "mcr:costsurface", "mcr:corridors", "mcr:radiationchannels",
    }
    assert all(c.algorithm() is not None for c in children.values())


def built_with_this_qgis():
    """The committed model and styles are built with QGIS 3.22 (`make models styles`); other
    versions write other attributes, so byte-for-byte checks only make sense on 3.22."""
    from qgis.core import Qgis

    return Qgis.QGIS_VERSION_INT // 100 == 322


same_builder = pytest.mark.skipif("not built_with_this_qgis()", reason="files are built with QGIS 3.22")


@same_builder
def test_model_file_is_generated_reproducibly(tmp_path):
    env = dict(os.environ, QT_HASH_SEED="0")
    subprocess.run([sys.executable, str(REPO / "resources" / "models" / "build_models.py"), str(tmp_path)],
                   env=env, check=True, capture_output=True, timeout=120)
    assert (tmp_path / "securitypattern.model3").read_bytes() == MODEL.read_bytes()


@same_builder
def test_style_files_are_generated_reproducibly(tmp_path):
    env = dict(os.environ, QT_HASH_SEED="0")
    subprocess.run([sys.executable, str(REPO / "resources" / "styles" / "build_styles.py"), str(tmp_path)],
                   env=env, check=True, capture_output=True, timeout=120)
    for path in (REPO / "resources" / "styles").glob("*.qml"):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.slow
def test_model_runs_end_to_end_and_equals_the_single_algorithms(qgis_app, tmp_path):
    epoch = "2013"
    landuse, dem = str(SAMPLE / f"landuse_{epoch}.tif"), str(SAMPLE / "dem.tif")
    def file_for(name):
        return str(tmp_path / (name.replace(":", "_") + (".tif" if name.endswith(("mcr", "resistance")) else ".gpkg")))

    files = {name: file_for(name) for name in OUTPUTS}
    model = run_algorithm("mcr:securitypattern", {"landuse": landuse, "dem": dem, **files})
    # The same chain by hand, algorithm by algorithm.
    single = tmp_path / "single"
    single.mkdir()
    landuse_r = run_algorithm("mcr:landuseresistance", {"INPUT": landuse, "OUTPUT": str(single / "lu.tif")})["OUTPUT"]
    terrain = run_algorithm("mcr:terrainresistance", {
        "INPUT": dem, "REFERENCE": landuse, "SLOPE_RESISTANCE": str(single / "s.tif"),
        "ELEVATION_RESISTANCE": str(single / "e.tif")})
    resistance = run_algorithm("mcr:weightedoverlay", {
        "INPUTS": [landuse_r, terrain["SLOPE_RESISTANCE"], terrain["ELEVATION_RESISTANCE"]],
        "OUTPUT": str(single / "r.tif")})["OUTPUT"]
    sources = run_algorithm("mcr:selectsources", {
        "INPUT": landuse, "OUTPUT": str(single / "src.gpkg"), "OUTPUT_RASTER": str(single / "src.tif")})
    corridors = run_algorithm("mcr:corridors", {
        "RESISTANCE": resistance, "SOURCES_RASTER": sources["OUTPUT_RASTER"], "LANDUSE": landuse,
        "CORRIDORS": str(single / "c.gpkg"), "NODES": str(single / "n.gpkg"), "RIDGES": str(single / "rd.gpkg"),
        "VULNERABLE": str(single / "v.gpkg")})
    channels = run_algorithm("mcr:radiationchannels", {
        "RESISTANCE": resistance, "SOURCES_RASTER": sources["OUTPUT_RASTER"], "OUTPUT": str(single / "ch.gpkg")})

    np.testing.assert_array_equal(raster_io.read_raster(model["resistance:resistance"]).array,
                                  raster_io.read_raster(resistance).array)

    from qgis.core import QgsVectorLayer

    def layer(path):
        return QgsVectorLayer(path, "l", "ogr")

    assert layer(model["corridors:corridors"]).featureCount() == corridors["CORRIDOR_COUNT"] == 10
    assert layer(model["corridors:nodes"]).featureCount() == corridors["NODE_COUNT"]
    assert layer(model["channels:channels"]).featureCount() == channels["CHANNEL_COUNT"]
    assert layer(model["corridors:vulnerable"]).featureCount() == layer(str(single / "v.gpkg")).featureCount()
    model_areas = sorted(f["area_km2"] for f in layer(model["sources:sources"]).getFeatures())
    single_areas = sorted(f["area_km2"] for f in layer(str(single / "src.gpkg")).getFeatures())
    assert model_areas == pytest.approx(single_areas)
    model_cwd = sorted(f["cwd"] for f in layer(model["corridors:corridors"]).getFeatures())
    single_cwd = sorted(f["cwd"] for f in layer(str(single / "c.gpkg")).getFeatures())
    assert model_cwd == pytest.approx(single_cwd, rel=1e-9)
