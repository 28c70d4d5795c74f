# SPDX-License-Identifier: GPL-2.0-or-later
"""Inputs that cannot go together, or counts that do not match, are said before anything runs.

``checkParameterValues`` is what QGIS's dialog calls when you press Run (and qgis_process before
running): the either/or inputs (sources as a raster or as features; land use as a raster or as
polygons; all three reused MCR outputs or none; vulnerability from land use or from a raster),
the number of weights, labels and per-epoch layers, and the range tables answer there with a
sentence, and no file appears.
"""

import re

import pytest

from .cases import ALGORITHMS, BASE, SOURCES_A, base

CASES = [
    ("costsurface", "sources twice", {"SOURCES": SOURCES_A}, (), "one of the two"),
    ("costsurface", "no sources", {}, ("SOURCES_RASTER",), "one of the two"),
    ("corridors", "sources twice", {"SOURCES": SOURCES_A}, (), "one of the two"),
    ("corridors", "no sources", {}, ("SOURCES_RASTER",), "one of the two"),
    ("corridors", "one reused output of three", {"MCR_SURFACE": "{in}/resistance.tif"}, ("SOURCES_RASTER",),
     "all three"),
    ("corridors", "vulnerability twice", {"LANDUSE": "{in}/landuse.tif", "VULNERABILITY": "{in}/resistance.tif"}, (),
     "one of the two"),
    ("radiationchannels", "sources twice", {"SOURCES": SOURCES_A}, (), "one of the two"),
    ("radiationchannels", "no sources", {}, ("SOURCES_RASTER",), "one of the two"),
    ("radiationchannels", "two reused outputs of three",
     {"MCR_SURFACE": "{in}/resistance.tif", "ALLOCATION": "{in}/sources.tif"}, ("SOURCES_RASTER",), "all three"),
    ("landuseresistance", "land use twice", {"POLYGONS": SOURCES_A, "CLASS_FIELD": "source_id"}, (), "one of the two"),
    ("landuseresistance", "no land use", {}, ("INPUT",), "one of the two"),
    ("landuseresistance", "polygons without their class field", {"POLYGONS": SOURCES_A}, ("INPUT",), "class field"),
    ("selectsources", "land use twice", {"POLYGONS": SOURCES_A, "CLASS_FIELD": "source_id"}, (), "one of the two"),
    ("selectsources", "no land use", {}, ("INPUT",), "one of the two"),
    ("weightedoverlay", "too few weights", {"WEIGHTS": "0.8, 0.2"}, (), "3 rasters but 2 weights"),
    ("weightedoverlay", "too many weights", {"WEIGHTS": "0.5, 0.2, 0.2, 0.1"}, (), "3 rasters but 4 weights"),
    ("comparepatterns", "one label for two epochs", {"LABELS": "2009"}, (), "2 epochs of sources but 1 labels"),
    ("comparepatterns", "corridors of one epoch for two", {"CORRIDORS": ["{in}/corridors.gpkg"]}, (),
     "1 layers for 2 epochs"),
    ("terrainresistance", "a slope class of resistance 0", {"SLOPE_TABLE": ["", "10", "0", "10", "", "5"]}, (),
     "resistance"),
]
# Every algorithm that takes sources as a raster or as features says so when it gets both or neither.
GENERIC = [
    (name, label, added, removed, "one of the two|either|not both")
    for name in ALGORITHMS if "SOURCES_RASTER" in BASE[name]
    for label, added, removed in (("sources twice (generic)", {"SOURCES": SOURCES_A}, ()),
                                  ("no sources (generic)", {}, ("SOURCES_RASTER",)))
    if not any(case[0] == name and case[1] == label.replace(" (generic)", "") for case in CASES)
]


def expand(value, land, folder):
    if isinstance(value, str):
        return value.replace("{out}", str(folder)).replace("{in}", land["folder"])
    if isinstance(value, list):
        return [expand(item, land, folder) for item in value]
    return value


def check(land, tmp_path, name, parameters):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    algorithm = QgsApplication.processingRegistry().algorithmById(f"mcr:{name}")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return algorithm.checkParameterValues({k: expand(v, land, tmp_path) for k, v in parameters.items()}, context)


@pytest.mark.parametrize("name", ALGORITHMS)
def test_the_base_case_passes_the_checks(land, tmp_path, name):
    ok, message = check(land, tmp_path, name, BASE[name])
    assert ok, message


@pytest.mark.parametrize("name,label,added,removed,pattern", CASES + GENERIC,
                         ids=[f"{case[0]}: {case[1]}" for case in CASES + GENERIC])
def test_the_dialog_says_it_before_running(land, tmp_path, name, label, added, removed, pattern):
    parameters = base(name, **added)
    for key in removed:
        parameters.pop(key)
    ok, message = check(land, tmp_path, name, parameters)
    assert not ok, f"{name}: {label} passes the checks; it would fail only after Run"
    assert re.search(pattern, message, re.I), message
    assert "Traceback" not in message
    assert list(tmp_path.iterdir()) == [], "a check wrote a file"
