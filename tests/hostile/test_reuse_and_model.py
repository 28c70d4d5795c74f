# SPDX-License-Identifier: GPL-2.0-or-later
"""Reused MCR outputs must belong together; the whole-chain model names the input at fault."""

import os

import pytest
from osgeo import gdal

from mcr_security_pattern.algorithms import raster_io

from ..conftest import SAMPLE
from .cases import base


@pytest.fixture()
def two_runs(hostile):
    """The outputs of two MCR surface runs on the same resistance (8 and 4 neighbours)."""
    first = hostile("mcr:costsurface", base("costsurface")).succeeded().results
    second = hostile("mcr:costsurface", base("costsurface", NEIGHBOURS=0, OUTPUT="{out}/mcr4.tif",
                                             ALLOCATION="{out}/allocation4.tif",
                                             BACK_DIRECTION="{out}/back4.tif")).succeeded().results
    return first, second


def reuse(first, **changes):
    parameters = {"RESISTANCE": "{in}/resistance.tif", "MCR_SURFACE": first["OUTPUT"],
                  "ALLOCATION": first["ALLOCATION"], "BACK_DIRECTION": first["BACK_DIRECTION"],
                  "CORRIDORS": "{out}/reused_corridors.gpkg"}
    parameters.update(changes)
    return parameters


def test_the_three_outputs_of_one_run_are_reused_and_give_the_same_corridors(hostile, two_runs):
    first, _ = two_runs
    searched = hostile("mcr:corridors", base("corridors", CORRIDORS="{out}/searched.gpkg")).succeeded()
    reused = hostile("mcr:corridors", reuse(first)).succeeded()
    assert reused.results["CORRIDOR_COUNT"] == searched.results["CORRIDOR_COUNT"] > 0


def test_outputs_of_different_runs_are_refused(hostile, two_runs):
    first, second = two_runs
    hostile("mcr:corridors", reuse(first, ALLOCATION=second["ALLOCATION"], NEIGHBOURS=1)).failed(
        "different MCR surface runs|computed with 4 neighbours")


def test_swapped_outputs_are_refused(hostile, two_runs):
    first, _ = two_runs
    hostile("mcr:corridors", reuse(first, MCR_SURFACE=first["ALLOCATION"], ALLOCATION=first["OUTPUT"])).failed(
        "is the allocation output")


def test_a_different_neighbourhood_is_refused(hostile, two_runs):
    first, _ = two_runs
    hostile("mcr:radiationchannels", reuse(first, NEIGHBOURS=0, OUTPUT="{out}/ch.gpkg", CORRIDORS=None)).failed(
        "computed with 8 neighbours, not 4")


def test_two_of_three_outputs_are_refused(hostile, two_runs):
    first, _ = two_runs
    parameters = reuse(first)
    del parameters["BACK_DIRECTION"]
    hostile("mcr:corridors", parameters).failed("give all three")


def test_untagged_outputs_of_different_runs_are_caught_cell_by_cell(hostile, two_runs, tmp_path):
    first, second = two_runs
    # Copies without the run id (as another program would save them), mixing the two runs.
    stripped = {}
    for key, path in (("OUTPUT", first["OUTPUT"]), ("ALLOCATION", first["ALLOCATION"]),
                      ("BACK_DIRECTION", second["BACK_DIRECTION"])):
        copy = str(tmp_path.parent / f"{tmp_path.name}_{key}.tif")
        gdal.Translate(copy, path, options="-of GTiff")
        dataset = gdal.Open(copy, gdal.GA_Update)
        dataset.SetMetadata({})
        dataset = None
        stripped[key] = copy
    hostile("mcr:corridors", reuse(stripped)).failed("does not reproduce the MCR surface")


def test_a_surface_of_another_resistance_is_refused(hostile, two_runs):
    first, _ = two_runs
    hostile("mcr:corridors", reuse(first, RESISTANCE="{in}/half_resistance.tif")).failed(
        "does not reproduce the MCR surface from this resistance")


MODEL_OUTPUTS = {"resistance:resistance": "resistance.tif", "sources:sources": "sources.gpkg", "mcr:mcr": "mcr.tif",
                 "corridors:corridors": "corridors.gpkg", "channels:channels": "channels.gpkg"}


def model_parameters(dem, **changes):
    parameters = {"landuse": str(SAMPLE / "landuse_2013.tif"), "dem": dem,
                  **{key: "{out}/" + name for key, name in MODEL_OUTPUTS.items()}}
    parameters.update(changes)
    return parameters


@pytest.fixture(scope="module")
def shifted_dems(tmp_path_factory):
    """The sample DEM moved half its width east, and moved far away."""
    folder = tmp_path_factory.mktemp("dems")
    paths = {}
    dem = raster_io.read_raster(str(SAMPLE / "dem.tif"))
    for name, shift in (("half", dem.grid.width * dem.grid.cell_size[0] / 2), ("far", 10 ** 6)):
        x0, dx, a, y0, b, dy = dem.grid.transform
        moved = raster_io.Grid((x0 + shift, dx, a, y0, b, dy), dem.grid.crs_wkt, dem.grid.width, dem.grid.height)
        paths[name] = raster_io.write_raster(str(folder / f"{name}.tif"), dem.array, moved, dem.nodata)
    return paths


@pytest.mark.slow
def test_the_model_warns_when_the_dem_covers_half_the_land_use(hostile, shifted_dems):
    outcome = hostile("mcr:securitypattern", model_parameters(shifted_dems["half"])).succeeded()
    assert any("DEM covers only" in line for line in outcome.log), outcome.text()[-2000:]


def test_the_model_names_the_dem_when_it_lies_elsewhere(hostile, shifted_dems):
    outcome = hostile("mcr:securitypattern", model_parameters(shifted_dems["far"]))
    outcome.failed("DEM.*does not overlap")
    assert not os.listdir(str(hostile.out))
