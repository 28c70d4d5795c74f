# SPDX-License-Identifier: GPL-2.0-or-later
"""The shipped models: registered with their outputs, reproducible, run through processing.run."""

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


MSPA_MODEL = REPO / "resources" / "models" / "securitypatternmspa.model3"
MSPA_OUTPUTS = OUTPUTS | {"mspa:mspa"}
MSPA_INPUTS = (INPUTS[:INPUTS.index("habitat_classes")] + [
    "habitat_classes", "foreground_connectivity", "edge_width", "transition", "intext", "min_core_area",
    "source_ranking", "top_n", "min_importance", "distance_threshold", "probability", "distance_unit", "link_pairs",
] + INPUTS[INPUTS.index("neighbours"):INPUTS.index("channel_routing")] + ["important_gravity"]
    + INPUTS[INPUTS.index("channel_routing"):])


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


def test_mspa_model_is_registered_with_all_its_inputs_and_outputs(provider):
    model = provider.algorithm("securitypatternmspa")
    assert model is not None and model.id() == "mcr:securitypatternmspa"
    assert {o.name() for o in model.outputDefinitions()} == MSPA_OUTPUTS
    assert {p.name() for p in model.destinationParameterDefinitions()} == MSPA_OUTPUTS
    assert [p.name() for p in model.parameterDefinitions() if not p.isDestination()] == MSPA_INPUTS
    assert model.shortHelpString()
    defaults = {p.name(): p.defaultValue() for p in model.parameterDefinitions()}
    # The variant's own defaults: cores of 1 km², ranked by dPC, the 10 most important kept.
    assert (defaults["min_core_area"], defaults["source_ranking"], defaults["top_n"]) == (1.0, 1, 10)


def test_mspa_model_file_opens_with_every_child_resolved_and_every_parameter_set(qgis_app):
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MSPA_MODEL))
    children = model.childAlgorithms()
    assert {c.algorithmId() for c in children.values()} == {
        "mcr:landuseresistance", "mcr:terrainresistance", "mcr:weightedoverlay", "mcr:mspa", "mcr:selectsources",
        "mcr:costsurface", "mcr:corridors", "mcr:radiationchannels",
    }
    for child in children.values():
        assert child.algorithm() is not None
        for definition in child.algorithm().parameterDefinitions():
            if not definition.isDestination() and definition.defaultValue() is not None:
                assert child.parameterSources().get(definition.name()), (child.childId(), definition.name())
    ok, messages = model.validate()
    assert ok and not messages, messages
    sources = children["sources"].parameterSources()
    assert sources["HABITAT_CLASSES"][0].staticValue() == "17, 117"  # MSPA core and internal core
    assert sources["RESISTANCE"][0].outputChildId() == "resistance"


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
    assert (tmp_path / "securitypatternmspa.model3").read_bytes() == MSPA_MODEL.read_bytes()


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


@pytest.mark.slow
def test_mspa_model_keeps_the_ten_cores_of_highest_dpc_and_weighs_its_corridors(qgis_app, tmp_path):
    """The variant on the 2018 sample: its sources are the 10 MSPA cores of at least 1 km² with the highest
    dPC as mcr:connectivity computes it for all those cores, and every corridor carries its gravity."""
    from qgis.core import QgsVectorLayer

    def file_for(name):
        return str(tmp_path / (name.replace(":", "_") + (".tif" if name.endswith(("mcr", "resistance", "mspa"))
                                                         else ".gpkg")))

    files = {name: file_for(name) for name in MSPA_OUTPUTS}
    model = run_algorithm("mcr:securitypatternmspa", {"landuse": str(SAMPLE / "landuse_2018.tif"),
                                                      "dem": str(SAMPLE / "dem.tif"), **files})
    patches = run_algorithm("mcr:connectivity", {
        "RESISTANCE": model["resistance:resistance"], "MSPA": model["mspa:mspa"], "MIN_CORE_AREA": 1.0,
        "OUTPUT": str(tmp_path / "patches.gpkg"), "LINKS": "TEMPORARY_OUTPUT"})
    ranked = sorted(QgsVectorLayer(patches["OUTPUT"], "p", "ogr").getFeatures(), key=lambda f: -f["dpc"])
    assert len(ranked) > 10
    sources = list(QgsVectorLayer(model["sources:sources"], "s", "ogr").getFeatures())
    assert len(sources) == 10
    assert sorted(f["area_km2"] for f in sources) == pytest.approx(sorted(f["area_km2"] for f in ranked[:10]))
    assert sorted(f["dpc"] for f in sources) == pytest.approx(sorted(f["dpc"] for f in ranked[:10]))
    assert sorted(f["importance_rank"] for f in sources) == list(range(1, 11))
    corridors = list(QgsVectorLayer(model["corridors:corridors"], "c", "ogr").getFeatures())
    assert corridors
    strength = [f["gravity"] for f in corridors]
    assert all(g > 0 for g in strength) and all(f["important"] == 1 for f in corridors)
    assert sorted(f["gravity_rank"] for f in corridors)[0] == 1
    strongest = max(corridors, key=lambda f: f["gravity"])
    assert strongest["gravity_rank"] == 1
    mspa = raster_io.read_raster(model["mspa:mspa"])
    assert set(np.unique(mspa.array[mspa.valid])) <= {0, 1, 3, 5, 9, 17, 33, 35, 37, 65, 67, 69, 100, 101, 103,
                                                      105, 109, 117, 133, 135, 137, 165, 167, 169, 220}
