# SPDX-License-Identifier: GPL-2.0-or-later
"""kill -9 at random moments: every output set is the previous complete version or the new one.

Real ``qgis_process`` runs (raster writer, vector writer, the whole-chain model) rewrite a set of
outputs that a previous run left, and are killed with SIGKILL after a random delay. After each
kill every output file must be readable and the set must be all old or all new — never mixed,
never half-written. A run killed between two renames of its commit leaves a journal; the next
run completes it (atomic.recover), which the test does before judging.
"""

import os
import random
import signal
import subprocess
import time

import pytest

from mcr_security_pattern.algorithms import atomic

from ..conftest import QGIS_PROCESS, SAMPLE
from .conftest import md5

LANDUSE = str(SAMPLE / "landuse_2018.tif")
DEM = str(SAMPLE / "dem.tif")
TRIALS = {"costsurface": 12, "corridors": 10, "securitypattern": 10}


def arguments(algorithm, folder, variant):
    """Two variants of one run that write different content to the same files."""
    if algorithm == "costsurface":
        return {"RESISTANCE": str(folder / "inputs" / "resistance.tif"),
                "SOURCES_RASTER": str(folder / "inputs" / "sources.tif"), "NEIGHBOURS": (1, 0)[variant],
                "OUTPUT": str(folder / "mcr.tif"), "ALLOCATION": str(folder / "allocation.tif"),
                "BACK_DIRECTION": str(folder / "back.tif")}
    if algorithm == "corridors":
        return {"RESISTANCE": str(folder / "inputs" / "resistance.tif"),
                "SOURCES_RASTER": str(folder / "inputs" / "sources.tif"), "NEIGHBOURS": (1, 0)[variant],
                "CORRIDORS": str(folder / "corridors.gpkg"), "NODES": str(folder / "nodes.gpkg"),
                "RIDGES": str(folder / "ridges.gpkg"), "VULNERABLE": str(folder / "vulnerable.gpkg")}
    return {"landuse": LANDUSE, "dem": DEM, "min_source_area": (10, 8)[variant],
            "weights": ("0.8, 0.1, 0.1", "0.7, 0.2, 0.1")[variant],
            "resistance:resistance": str(folder / "resistance.tif"), "sources:sources": str(folder / "sources.gpkg"),
            "mcr:mcr": str(folder / "mcr.tif"), "corridors:corridors": str(folder / "corridors.gpkg"),
            "channels:channels": str(folder / "channels.gpkg")}


def command(algorithm, parameters):
    return [QGIS_PROCESS, "run", f"mcr:{algorithm}", "--", *[f"{k}={v}" for k, v in parameters.items()]]


def output_files(folder):
    """The user-visible files of the set (temporary names and journals excluded)."""
    return sorted(str(folder / name) for name in os.listdir(folder)
                  if os.path.isfile(folder / name) and not atomic.is_temporary_name(name))


def readable(path):
    from osgeo import gdal

    if path.endswith(".qml"):
        with open(path, encoding="utf-8") as handle:
            return "<qgis" in handle.read()
    dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        return False
    if dataset.RasterCount:
        band = dataset.GetRasterBand(1)
        return band.Checksum() >= 0 and gdal.GetLastErrorType() < gdal.CE_Failure
    layer = dataset.GetLayer(0)
    return layer is not None and layer.GetFeatureCount() >= 0


@pytest.fixture(scope="module")
def prepared_inputs(tmp_path_factory, qgis_process):
    folder = tmp_path_factory.mktemp("kill_inputs")
    qgis_process.json("mcr:landuseresistance", {"INPUT": LANDUSE, "OUTPUT": folder / "resistance.tif"})
    qgis_process.json("mcr:selectsources", {"INPUT": LANDUSE, "OUTPUT": folder / "sources.gpkg",
                                             "OUTPUT_RASTER": folder / "sources.tif"})
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("algorithm", sorted(TRIALS))
def test_sigkill_leaves_the_previous_set_or_the_new_set(algorithm, prepared_inputs, tmp_path, qgis_process):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for name in ("resistance.tif", "sources.tif"):
        os.link(prepared_inputs / name, inputs / name)
    rng = random.Random(20261125 + len(algorithm))
    started = time.monotonic()
    subprocess.run(command(algorithm, arguments(algorithm, tmp_path, 0)), check=True, capture_output=True,
                   env=os.environ, timeout=600)
    duration = time.monotonic() - started
    outcomes = {"old": 0, "new": 0, "completed by the next run": 0}
    state = 0  # the variant the files hold now; each trial writes the other one, so every file differs
    for trial in range(TRIALS[algorithm]):
        before = {path: md5(path) for path in output_files(tmp_path)}
        process = subprocess.Popen(command(algorithm, arguments(algorithm, tmp_path, 1 - state)),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ,
                                   start_new_session=True)
        time.sleep(rng.uniform(0.3, 1.05) * duration)
        with_kill = process.poll() is None
        if with_kill:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        journals = [name for name in os.listdir(tmp_path) if name.startswith(".mcr-commit.")]
        if journals:
            atomic.recover(str(tmp_path))  # what the next run does first
        after = {path: md5(path) for path in output_files(tmp_path)}
        assert all(readable(path) for path in after), (trial, sorted(after))
        assert set(before) <= set(after), f"trial {trial}: files disappeared: {set(before) - set(after)}"
        # Judge by the data files: a style can be byte-identical in both versions.
        data = {path for path in before if not path.endswith(".qml")}
        changed = {path for path in data if after[path] != before[path]}
        if not changed:
            outcomes["old"] += 1
        else:
            assert changed == data, f"trial {trial}: mixed set, only {sorted(changed)} were replaced"
            state = 1 - state
            outcomes["completed by the next run" if journals else "new"] += 1
    # A last run that is not killed cleans every temporary file the killed ones left.
    subprocess.run(command(algorithm, arguments(algorithm, tmp_path, 1 - state)), check=True, capture_output=True,
                   env=os.environ, timeout=600)
    assert not [name for name in os.listdir(tmp_path) if atomic.is_temporary_name(name)]
    print(f"{algorithm}: {TRIALS[algorithm]} kills, outcomes {outcomes}")
