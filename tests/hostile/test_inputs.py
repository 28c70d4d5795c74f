# SPDX-License-Identifier: GPL-2.0-or-later
"""Hostile inputs: missing and broken files, grids that do not meet, out-of-range numbers, bad
tables and lists, impossible memory needs. Each gives a clear error or the documented result."""

import os

import numpy as np
import pytest
from osgeo import gdal

from mcr_security_pattern.algorithms import raster_io

from ..qgis.helpers import box, grid, polygon_layer
from .cases import base
from .conftest import CELL, COLS, ROWS, X0, Y0


def write(folder, name, array, nodata=-9999.0, data_type="Float32", raster_grid=None):
    path = os.path.join(str(folder), name)
    raster_io.write_raster(path, np.asarray(array), raster_grid or grid(COLS, ROWS, cell=CELL, x0=X0, y0=Y0),
                           nodata, data_type)
    return path


@pytest.fixture()
def scratch(tmp_path):
    """A folder for inputs made by one case (outside the watched output folder)."""
    folder = tmp_path.parent / (tmp_path.name + "_in")
    folder.mkdir()
    return folder


def resistance_with(scratch, value, nodata=-9999.0):
    array = np.full((ROWS, COLS), 2.0, np.float32)
    array[10, 20] = value
    return write(scratch, "odd_resistance.tif", array, nodata=nodata)


# Missing and broken files -------------------------------------------------------------------------

@pytest.mark.parametrize("algorithm,key", [("landuseresistance", "INPUT"), ("terrainresistance", "INPUT"),
                                           ("costsurface", "RESISTANCE"), ("selectsources", "INPUT"),
                                           ("corridors", "RESISTANCE"), ("radiationchannels", "RESISTANCE")])
@pytest.mark.parametrize("value", ["{in}/does_not_exist.tif", "{in}/not_a_raster.tif"])
def test_a_missing_or_unreadable_input_is_refused(hostile, algorithm, key, value):
    hostile(f"mcr:{algorithm}", base(algorithm, **{key: value})).failed(
        "could not|not.*valid|does not exist|choose a raster|incorrect parameter value|not a file raster")


def test_a_resistance_without_crs_is_refused(hostile):
    hostile("mcr:costsurface", base("costsurface", RESISTANCE="{in}/no_crs.tif")).failed(
        "coordinate reference system")


def test_a_geographic_resistance_is_refused_with_the_fix(hostile):
    hostile("mcr:costsurface", base("costsurface", RESISTANCE="{in}/geographic.tif")).failed(
        "geographic.*reproject")


# Grids that do not meet ---------------------------------------------------------------------------

def test_a_dem_elsewhere_is_refused_naming_the_dem(hostile):
    hostile("mcr:terrainresistance", base("terrainresistance", INPUT="{in}/far_dem.tif")).failed(
        "DEM.*does not overlap")


def test_a_dem_covering_half_the_land_use_runs_with_a_warning(hostile):
    outcome = hostile("mcr:terrainresistance", base("terrainresistance", INPUT="{in}/half_dem.tif")).succeeded()
    outcome.warned(r"DEM covers only (4\d|5\d)\.\d %")
    slope = raster_io.read_raster(outcome.results["SLOPE_RESISTANCE"])
    assert 0.4 < slope.valid.mean() < 0.6


def test_a_factor_elsewhere_is_refused_naming_the_factor(hostile):
    parameters = base("weightedoverlay", INPUTS=["{in}/resistance.tif", "{in}/far_resistance.tif",
                                                 "{in}/resistance.tif"])
    hostile("mcr:weightedoverlay", parameters).failed("Factor 2.*does not overlap")


def test_a_factor_covering_half_runs_with_a_warning(hostile):
    parameters = base("weightedoverlay", INPUTS=["{in}/resistance.tif", "{in}/half_resistance.tif",
                                                 "{in}/resistance.tif"])
    outcome = hostile("mcr:weightedoverlay", parameters).succeeded()
    outcome.warned(r"Factor 2.*covers only 50\.0 %")


def test_a_source_raster_elsewhere_is_refused(hostile, scratch):
    far = write(scratch, "far_sources.tif", np.ones((ROWS, COLS), np.int32), 0, "Int32",
                grid(COLS, ROWS, cell=CELL, x0=X0 + 900000.0, y0=Y0))
    hostile("mcr:costsurface", base("costsurface", SOURCES_RASTER=far)).failed("no cell > 0|does not overlap")


def test_source_polygons_outside_the_resistance_are_refused(hostile):
    layer = polygon_layer([(box(X0 - 90000, Y0 - 90000, X0 - 80000, Y0 - 80000), "a")])
    parameters = base("costsurface", SOURCES=layer)
    del parameters["SOURCES_RASTER"]
    hostile("mcr:costsurface", parameters).failed("outside the resistance")


def test_a_vulnerability_raster_elsewhere_is_refused(hostile):
    hostile("mcr:corridors", base("corridors", VULNERABILITY="{in}/far_resistance.tif")).failed(
        "vulnerable stretches.*does not overlap")


# Numbers out of range -----------------------------------------------------------------------------

@pytest.mark.parametrize("algorithm", ["costsurface", "corridors", "radiationchannels"])
@pytest.mark.parametrize("value", [0.0, -3.0, np.inf])
def test_a_resistance_that_is_not_positive_and_finite_is_refused_with_its_place(hostile, scratch, algorithm, value):
    path = resistance_with(scratch, value)
    hostile(f"mcr:{algorithm}", base(algorithm, RESISTANCE=path)).failed("1 cells.*row 10, column 20")


def test_nan_in_a_resistance_with_another_nodata_value_is_refused(hostile, scratch):
    path = resistance_with(scratch, np.nan, nodata=-9999.0)
    hostile("mcr:costsurface", base("costsurface", RESISTANCE=path)).failed("NaN.*row 10, column 20")


def test_nan_in_a_resistance_without_nodata_is_a_barrier_and_said(hostile, scratch):
    array = np.full((ROWS, COLS), 2.0, np.float32)
    array[:, 45] = np.nan  # a wall between the two forests
    array[30, 45] = 2.0  # with one gap
    path = write(scratch, "nan_wall.tif", array, nodata=None)
    outcome = hostile("mcr:costsurface", base("costsurface", RESISTANCE=path)).succeeded()
    outcome.warned("59 NaN cells.*NoData")
    surface = raster_io.read_raster(outcome.results["OUTPUT"])
    assert not surface.valid[:, 45][np.arange(ROWS) != 30].any() and surface.valid[30, 45]


def test_a_huge_resistance_gives_a_float64_surface_and_says_so(hostile, scratch):
    array = np.full((ROWS, COLS), 3e38, np.float32)
    path = write(scratch, "huge.tif", array)
    outcome = hostile("mcr:costsurface", base("costsurface", RESISTANCE=path)).succeeded()
    outcome.warned("exceeds the Float32 range")
    surface = raster_io.read_raster(outcome.results["OUTPUT"])
    assert surface.array.dtype == np.float64
    assert np.isfinite(surface.array[surface.valid]).all()
    # One step between two cells of 3e38 over 30 m costs 9e39: beyond Float32, kept exactly in Float64.
    assert float(surface.array[surface.valid].max()) >= 3e38 * 30.0 * (1 - 1e-6)


@pytest.mark.parametrize("value", ["0", "-3", "1e39", "nan", "abc", "inf"])
def test_a_land_use_table_resistance_out_of_range_is_refused(hostile, value):
    table = [1, "Vegetation", value, 2, "Reclaimed", 2, 3, "Orchard", 3, 5, "Farmland", 4, 6, "Road", 6,
             9, "Tailings", 10]
    hostile("mcr:landuseresistance", base("landuseresistance", TABLE=table)).failed(
        "resistance.*must be a number > 0|not a finite number|needs a numeric")


@pytest.mark.parametrize("key,table", [
    ("SLOPE_TABLE", ["", 5, 0, 5, "", 3]),
    ("ELEVATION_TABLE", ["", 400, -1, 400, "", 5]),
    ("SLOPE_TABLE", ["", 5, 1, 4, "", 3]),  # overlapping ranges
    ("ELEVATION_TABLE", [500, 400, 1]),  # minimum above maximum
])
def test_a_terrain_table_out_of_range_is_refused(hostile, key, table):
    hostile("mcr:terrainresistance", base("terrainresistance", **{key: table})).failed(
        "must be a number > 0|overlap|must be below")


@pytest.mark.parametrize("table,pattern", [
    ([1, "a", 1, 1, "b", 2], "appears twice"),
    ([2.5, "a", 1], "not an integer"),
    ([1, "a"], "3 columns"),
])
def test_a_malformed_land_use_table_is_refused(hostile, table, pattern):
    hostile("mcr:landuseresistance", base("landuseresistance", TABLE=table)).failed(pattern)


def test_a_land_use_class_missing_from_the_table_is_named(hostile):
    table = [1, "Vegetation", 1, 5, "Farmland", 4]
    hostile("mcr:landuseresistance", base("landuseresistance", TABLE=table)).failed(
        "not in the class table.*code 2.*code 3.*code 6.*code 9")


def test_missing_classes_set_to_nodata_are_reported(hostile):
    table = [1, "Vegetation", 1, 5, "Farmland", 4]
    outcome = hostile("mcr:landuseresistance", base("landuseresistance", TABLE=table, UNMAPPED=1)).succeeded()
    outcome.warned("set to NoData")


def test_a_missing_class_resistance_of_zero_is_refused(hostile):
    hostile("mcr:landuseresistance", base("landuseresistance", UNMAPPED=2, UNMAPPED_VALUE=0)).failed("must be > 0")


def test_a_land_use_raster_of_fractions_is_refused(hostile, scratch):
    path = write(scratch, "fractions.tif", np.full((ROWS, COLS), 1.5, np.float32))
    hostile("mcr:landuseresistance", base("landuseresistance", INPUT=path)).failed("non-integer")


def test_undeclared_dem_voids_become_nodata_not_cliffs(hostile, scratch):
    yy, xx = np.mgrid[0:ROWS, 0:COLS]
    dem = 400.0 + 2.0 * xx + yy
    dem[20:25, 30:35] = -32768.0
    path = write(scratch, "voids.tif", dem.astype(np.float32), nodata=None)
    outcome = hostile("mcr:terrainresistance", base("terrainresistance", INPUT=path, REFERENCE=None,
                                                     SLOPE="{out}/slope.tif")).succeeded()
    outcome.warned("25 DEM cells lie below -11000 m")
    slope = raster_io.read_raster(outcome.results["SLOPE"])
    assert not slope.valid[20:25, 30:35].any()
    assert float(slope.array[slope.valid].max()) < 10.0  # no 89.9° cliffs at the voids' rims


def test_a_mountain_dem_beyond_the_papers_elevation_table_is_refused_with_the_fix(hostile, scratch):
    yy, xx = np.mgrid[0:ROWS, 0:COLS]
    path = write(scratch, "mountain.tif", (1050.0 + 20.0 * xx + 5 * yy).astype(np.float32))
    hostile("mcr:terrainresistance", base("terrainresistance", INPUT=path, REFERENCE=None)).failed(
        "elevation outside every range.*Extend the table")


def test_a_polygon_class_of_two_and_a_half_is_refused(hostile):
    layer = polygon_layer([(box(X0, Y0 - 900, X0 + 900, Y0), 2.5)], field_type="double")
    parameters = {"POLYGONS": layer, "CLASS_FIELD": "cls", "CELL_SIZE": 30.0, "OUTPUT": "{out}/r.tif"}
    hostile("mcr:landuseresistance", parameters).failed("class value 2.5.*not an integer")


def test_polygons_on_a_grid_too_large_for_memory_are_refused_before_work(hostile):
    layer = polygon_layer([(box(X0, Y0 - 90000, X0 + 90000, Y0), "1")])
    parameters = {"POLYGONS": layer, "CLASS_FIELD": "cls", "CELL_SIZE": 0.01, "OUTPUT": "{out}/r.tif"}
    hostile("mcr:landuseresistance", parameters).failed("needs about .* GB of memory")


@pytest.fixture(scope="module")
def huge_raster(tmp_path_factory):
    """A 200 000 × 200 000 GeoTIFF of a few kilobytes (sparse): 4·10^10 cells."""
    path = str(tmp_path_factory.mktemp("huge") / "huge.tif")
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(path, 200000, 200000, 1, gdal.GDT_Float32,
                            ["TILED=YES", "SPARSE_OK=TRUE", "BIGTIFF=YES", "COMPRESS=DEFLATE"])
    dataset.SetGeoTransform((X0, 1.0, 0.0, Y0, 0.0, -1.0))
    dataset.SetProjection(grid(1, 1).crs_wkt)
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    dataset = None
    return path


@pytest.mark.parametrize("algorithm,key", [("landuseresistance", "INPUT"), ("costsurface", "RESISTANCE"),
                                           ("selectsources", "INPUT"), ("corridors", "RESISTANCE"),
                                           ("radiationchannels", "RESISTANCE"), ("terrainresistance", "INPUT"),
                                           ("mspa", "INPUT"), ("connectivity", "RESISTANCE")])
def test_a_raster_too_large_for_memory_is_refused_before_reading(hostile, huge_raster, algorithm, key):
    parameters = base(algorithm, **{key: huge_raster})
    if algorithm == "terrainresistance":
        parameters["REFERENCE"] = None
    outcome = hostile(f"mcr:{algorithm}", parameters)
    outcome.failed("needs about .* GB of memory.*only .* GB is available")


def test_the_memory_cap_of_a_shared_server_is_honoured(hostile, monkeypatch):
    monkeypatch.setenv("MCR_MEMORY_LIMIT", "100000")
    hostile("mcr:costsurface", base("costsurface")).failed("needs about")


# Lists, codes and either-or inputs --------------------------------------------------------------

@pytest.mark.parametrize("weights,pattern", [("0.8, 0.2", "3 rasters but 2 weights"), ("0.5, 0.3, 0.1", "sum to 0.9"),
                                             ("0.8, -0.1, 0.3", "must be numbers > 0"),
                                             ("a, b, c", "must be numbers")])
def test_bad_weights_are_refused(hostile, weights, pattern):
    hostile("mcr:weightedoverlay", base("weightedoverlay", WEIGHTS=weights)).failed(pattern)


@pytest.mark.parametrize("codes,pattern", [("1.5", "integer class codes"), ("forest", "integer class codes"),
                                           (";", "at least one habitat class"), ("4", "No cell holds a habitat class")])
def test_bad_habitat_classes_are_refused(hostile, codes, pattern):
    hostile("mcr:selectsources", base("selectsources", HABITAT_CLASSES=codes)).failed(pattern)


def test_a_minimum_area_above_every_patch_names_the_largest(hostile):
    hostile("mcr:selectsources", base("selectsources", MIN_AREA=1000)).failed("No habitat patch reaches.*largest")


def test_sources_given_twice_are_refused(hostile):
    hostile("mcr:costsurface", base("costsurface", SOURCES="{in}/sources_a.gpkg")).failed("one of the two")


def test_no_sources_are_refused(hostile):
    parameters = base("costsurface")
    del parameters["SOURCES_RASTER"]
    hostile("mcr:costsurface", parameters).failed("one of the two")


@pytest.mark.parametrize("value", [0, -1, 1.5])
def test_a_bad_source_id_in_the_id_field_is_refused(hostile, value):
    layer = polygon_layer([(box(X0 + 90, Y0 - 900, X0 + 600, Y0 - 300), value)], field_type="double")
    parameters = base("costsurface", SOURCES=layer, SOURCE_ID_FIELD="cls")
    del parameters["SOURCES_RASTER"]
    hostile("mcr:costsurface", parameters).failed("source ids must be integers > 0")


def test_sources_all_on_nodata_are_refused(hostile, scratch):
    array = np.full((ROWS, COLS), 2.0, np.float32)
    ids = np.zeros((ROWS, COLS), np.int32)
    ids[5, 5] = 1
    array[5, 5] = -9999.0
    res = write(scratch, "r.tif", array)
    src = write(scratch, "s.tif", ids, 0, "Int32")
    hostile("mcr:costsurface", base("costsurface", RESISTANCE=res, SOURCES_RASTER=src)).failed("on NoData")


def test_one_source_gives_no_corridor_and_succeeds(hostile, scratch):
    ids = np.zeros((ROWS, COLS), np.int32)
    ids[5:9, 5:9] = 1
    src = write(scratch, "one.tif", ids, 0, "Int32")
    outcome = hostile("mcr:corridors", base("corridors", SOURCES_RASTER=src)).succeeded()
    assert outcome.results["CORRIDOR_COUNT"] == 0


def test_land_use_and_a_threshold_raster_for_vulnerable_stretches_are_refused_together(hostile):
    hostile("mcr:corridors", base("corridors", LANDUSE="{in}/landuse.tif", VULNERABILITY="{in}/resistance.tif")
            ).failed("give one of the two")


@pytest.mark.parametrize("codes", ["road", "6.5"])
def test_vulnerable_classes_that_are_not_codes_are_refused(hostile, codes):
    hostile("mcr:corridors", base("corridors", LANDUSE="{in}/landuse.tif", VULNERABLE_CLASSES=codes)).failed(
        "not an integer class code")


@pytest.mark.parametrize("changes,pattern", [
    ({"LABELS": "2009"}, "2 epochs of sources but 1 labels"),
    ({"CORRIDORS": ["{in}/sources_a.gpkg"]}, "1 layers for 2 epochs"),
])
def test_epochs_that_do_not_match_are_refused(hostile, changes, pattern):
    hostile("mcr:comparepatterns", base("comparepatterns", **changes)).failed(pattern)


def test_labels_that_spreadsheets_would_run_are_escaped_in_the_csv(hostile):
    outcome = hostile("mcr:comparepatterns", base("comparepatterns", LABELS="=1+1, @SUM(A1)")).succeeded()
    with open(outcome.results["OUTPUT"], encoding="utf-8") as handle:
        text = handle.read()
    assert "'=1+1" in text and "'@SUM(A1)" in text
    assert "\n=1+1" not in text and ",=1+1" not in text
