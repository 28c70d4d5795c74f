# SPDX-License-Identifier: GPL-2.0-or-later
"""Hostile runs through qgis_process: exit code 1 with a sentence (never a traceback), and
concurrent runs into one folder."""

import os
import subprocess

import pytest

from ..conftest import QGIS_PROCESS, SAMPLE
from .cases import base
from .conftest import snapshot


def expand(parameters, land, out):
    expanded = {}
    for key, value in parameters.items():
        values = value if isinstance(value, list) else [value]
        expanded[key] = [str(v).replace("{in}", land["folder"]).replace("{out}", str(out)) for v in values]
    return expanded


def run(algorithm, parameters):
    arguments = [QGIS_PROCESS, "run", f"mcr:{algorithm}", "--"]
    for key, values in parameters.items():
        arguments += [f"{key}={value}" for value in values]
    return subprocess.run(arguments, capture_output=True, text=True, env=os.environ, timeout=600)


CASES = [
    ("landuseresistance", {"OUTPUT": "{in}/landuse.tif"}, "would overwrite the input"),
    ("costsurface", {"OUTPUT": "{out}"}, "is a folder"),
    ("terrainresistance", {"INPUT": "{in}/far_dem.tif"}, "does not overlap"),
    ("comparepatterns", {"OUTPUT_HTML": "{out}/missing/report.html"}, "does not exist"),
    ("landuseresistance", {"TABLE": "1,Vegetation,0,5,Farmland,4"}, "must be a number > 0"),
    ("weightedoverlay", {"WEIGHTS": "0.8,0.2"}, "3 rasters but 2 weights"),
    ("corridors", {"CORRIDORS": "{out}/c.txt"}, "cannot be written as"),
]


@pytest.mark.parametrize("algorithm,changes,message", CASES)
def test_qgis_process_reports_a_sentence_and_exit_code_1(qgis_process, land, tmp_path, algorithm, changes, message):
    before = snapshot([str(tmp_path), land["folder"]])
    done = run(algorithm, expand(base(algorithm, **changes), land, tmp_path))
    assert done.returncode != 0
    text = done.stdout + done.stderr
    assert message in text, text[-3000:]
    assert "Traceback" not in text, text[-3000:]
    assert snapshot([str(tmp_path), land["folder"]]) == before


def test_two_runs_writing_the_same_outputs_at_once_leave_one_complete_version(qgis_process, tmp_path):
    parameters = {"INPUT": [str(SAMPLE / "landuse_2013.tif")], "OUTPUT": [str(tmp_path / "sources.gpkg")],
                  "OUTPUT_RASTER": [str(tmp_path / "sources.tif")]}
    arguments = [QGIS_PROCESS, "run", "mcr:selectsources", "--"] + \
        [f"{k}={v}" for k, values in parameters.items() for v in values]
    runs = [subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ)
            for _ in range(2)]
    for process in runs:
        process.communicate(timeout=600)
        assert process.returncode == 0
    from osgeo import gdal

    vector = gdal.OpenEx(str(tmp_path / "sources.gpkg"), gdal.OF_VECTOR)
    assert vector.GetLayer(0).GetFeatureCount() == 4
    assert gdal.Open(str(tmp_path / "sources.tif")).GetRasterBand(1).Checksum() >= 0
    # The vector's style lives inside the GeoPackage; sources.qml is the raster's.
    assert sorted(os.listdir(tmp_path)) == ["sources.gpkg", "sources.qml", "sources.tif"]
