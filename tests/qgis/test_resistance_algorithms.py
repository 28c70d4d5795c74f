# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:landuseresistance, mcr:terrainresistance and mcr:weightedoverlay through processing.run."""

import math

import numpy as np
import pytest

from mcr_security_pattern.algorithms import raster_io

from ..conftest import run_algorithm
from .helpers import box, grid, polygon_layer, read, write

PAPER = {1: 1, 2: 2, 3: 2, 4: 3, 5: 4, 6: 6, 7: 8, 8: 9, 9: 10}


@pytest.fixture()
def processing_error(qgis_app):
    from qgis.core import QgsProcessingException

    return QgsProcessingException


# ---------------------------------------------------------------- land use


def test_landuse_raster_gets_the_papers_table_1(qgis_app, tmp_path):
    codes = np.array([[1, 2, 3, 4, 5], [6, 7, 8, 9, 0]], dtype=np.uint8)
    source = write(tmp_path / "lu.tif", codes, grid(5, 2), nodata=0, data_type="Byte")
    result = run_algorithm("mcr:landuseresistance", {"INPUT": source, "OUTPUT": str(tmp_path / "r.tif")})
    out = read(result["OUTPUT"])
    expected = [[PAPER[c] if c else -9999 for c in row] for row in codes.tolist()]
    assert out.array.tolist() == expected
    assert out.nodata == -9999 and out.array.dtype == np.float32
    assert out.grid.matches(grid(5, 2))


def test_landuse_unmapped_classes_stop_the_run_and_write_nothing(qgis_app, tmp_path, processing_error):
    codes = np.array([[1, 42, 42], [1, 1, 77]], dtype=np.int32)
    source = write(tmp_path / "lu.tif", codes, grid(3, 2), nodata=0, data_type="Int32")
    output = tmp_path / "r.tif"
    with pytest.raises(processing_error, match=r"code 42 \(2 cells\).*code 77 \(1 cells\)"):
        run_algorithm("mcr:landuseresistance", {"INPUT": source, "OUTPUT": str(output)})
    assert not output.exists()
    result = run_algorithm(
        "mcr:landuseresistance", {"INPUT": source, "UNMAPPED": 1, "OUTPUT": str(output)}
    )
    assert read(result["OUTPUT"]).array.tolist() == [[1, -9999, -9999], [1, 1, -9999]]
    result = run_algorithm(
        "mcr:landuseresistance",
        {"INPUT": source, "UNMAPPED": 2, "UNMAPPED_VALUE": 5.5, "OUTPUT": str(output)},
    )
    assert read(result["OUTPUT"]).array.tolist() == [[1, 5.5, 5.5], [1, 1, 5.5]]


def test_landuse_custom_table(qgis_app, tmp_path):
    codes = np.array([[10, 20], [20, 30]], dtype=np.int16)
    source = write(tmp_path / "lu.tif", codes, grid(2, 2), nodata=-1, data_type="Int16")
    table = [10, "forest", 1, 20, "grass", 2.5, 30, "urban", 50]
    result = run_algorithm(
        "mcr:landuseresistance", {"INPUT": source, "TABLE": table, "OUTPUT": str(tmp_path / "r.tif")}
    )
    assert read(result["OUTPUT"]).array.tolist() == [[1, 2.5], [2.5, 50]]


def polygons_on_reference(tmp_path, values, field_type):
    # Reference grid: 4 x 2 cells of 10 m; two polygons, the left and right halves.
    reference = write(tmp_path / "ref.tif", np.zeros((2, 4)), grid(4, 2))
    x0, y0 = 300000.0, 2770000.0
    layer = polygon_layer(
        [(box(x0, y0 - 20, x0 + 20, y0), values[0]), (box(x0 + 20, y0 - 20, x0 + 30, y0), values[1])],
        field_type,
    )
    return reference, layer


@pytest.mark.parametrize(
    "values, field_type",
    [((1, 9), "integer"), (("1", "9"), "string"), (("VEGETATION", " tailings  land"), "string")],
)
def test_landuse_polygons_with_codes_or_names(qgis_app, tmp_path, values, field_type):
    reference, layer = polygons_on_reference(tmp_path, values, field_type)
    result = run_algorithm(
        "mcr:landuseresistance",
        {"POLYGONS": layer, "CLASS_FIELD": "cls", "REFERENCE": reference, "OUTPUT": str(tmp_path / "r.tif")},
    )
    # The fourth column has no polygon: NoData.
    assert read(result["OUTPUT"]).array.tolist() == [[1, 1, 10, -9999]] * 2


def test_landuse_polygon_names_not_in_the_table_are_listed(qgis_app, tmp_path, processing_error):
    reference, layer = polygons_on_reference(tmp_path, ("Vegetation", "Quarry"), "string")
    with pytest.raises(processing_error, match=r"'Quarry' \(2 cells\)"):
        run_algorithm(
            "mcr:landuseresistance",
            {"POLYGONS": layer, "CLASS_FIELD": "cls", "REFERENCE": reference, "OUTPUT": str(tmp_path / "r.tif")},
        )


def test_landuse_polygons_onto_a_cell_size_grid_in_another_crs(qgis_app, tmp_path):
    # Polygons in EPSG:4326, grid in UTM 50N built from a cell size: areas must come out in metres.
    from qgis.core import QgsCoordinateReferenceSystem

    layer = polygon_layer([(box(115.0, 24.99, 115.01, 25.0), 5)], "integer", epsg=4326)
    result = run_algorithm(
        "mcr:landuseresistance",
        {
            "POLYGONS": layer, "CLASS_FIELD": "cls", "CELL_SIZE": 20.0,
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:32650"), "OUTPUT": str(tmp_path / "r.tif"),
        },
    )
    out = read(result["OUTPUT"])
    assert out.grid.cell_size == (20.0, 20.0)
    # 0.01 degree x 0.01 degree near 25 N is about 1009 m x 1107 m = 1.117 km^2.
    area_km2 = out.valid.sum() * 400 / 1e6
    assert area_km2 == pytest.approx(1.117, rel=0.02)
    assert set(np.unique(out.array[out.valid])) == {4.0}


def test_landuse_needs_exactly_one_input(qgis_app, tmp_path, processing_error):
    with pytest.raises(processing_error, match="either a land-use raster or land-use polygons"):
        run_algorithm("mcr:landuseresistance", {"OUTPUT": str(tmp_path / "r.tif")})


# ---------------------------------------------------------------- terrain


def expected_class(value, table):
    """Independent reading of the paper's tables: lower class on a break, lowest minimum included."""
    for low, high, resistance in table:
        if (value > low or (low == table[0][0] and value >= low)) and value <= high:
            return resistance
    return None


SLOPE_TABLE = [(0, 5, 1), (5, 15, 3), (15, 25, 5), (25, 35, 7), (35, math.inf, 10)]
ELEVATION_TABLE = [(-math.inf, 300, 1), (300, 400, 3), (400, 600, 5), (600, 800, 8)]


@pytest.mark.parametrize("gradient", [0.05, 0.2, 0.4, 0.6, 1.0])
def test_terrain_plane_gives_the_slope_class_of_its_gradient(qgis_app, tmp_path, gradient):
    rows, cols = np.indices((8, 9))
    dem = 450.0 + gradient * 30.0 * cols  # rises eastwards, metres; stays within 400-800 m
    dem = np.minimum(dem, 799.0)
    source = write(tmp_path / "dem.tif", dem, grid(9, 8, cell=30.0))
    result = run_algorithm(
        "mcr:terrainresistance",
        {
            "INPUT": source, "SLOPE_RESISTANCE": str(tmp_path / "s.tif"),
            "ELEVATION_RESISTANCE": str(tmp_path / "e.tif"), "SLOPE": str(tmp_path / "deg.tif"),
        },
    )
    slope = read(result["SLOPE"]).array
    interior = slope[1:-1, 1:-2]  # away from the 799 m clip
    np.testing.assert_allclose(interior, math.degrees(math.atan(gradient)), rtol=1e-5)
    expected = expected_class(math.degrees(math.atan(gradient)), SLOPE_TABLE)
    assert np.all(read(result["SLOPE_RESISTANCE"]).array[1:-1, 1:-2] == expected)
    elevation = read(result["ELEVATION_RESISTANCE"]).array
    assert elevation.tolist() == [[expected_class(v, ELEVATION_TABLE) for v in row] for row in dem.tolist()]


def test_terrain_elevation_above_the_table_is_an_error_or_nodata(qgis_app, tmp_path, processing_error):
    dem = np.array([[500.0, 700.0, 850.0]] * 3)
    source = write(tmp_path / "dem.tif", dem, grid(3, 3, cell=30.0))
    outputs = {"SLOPE_RESISTANCE": str(tmp_path / "s.tif"), "ELEVATION_RESISTANCE": str(tmp_path / "e.tif")}
    with pytest.raises(processing_error, match="3 cells have a elevation outside"):
        run_algorithm("mcr:terrainresistance", {"INPUT": source, **outputs})
    assert not (tmp_path / "s.tif").exists() and not (tmp_path / "e.tif").exists()
    result = run_algorithm("mcr:terrainresistance", {"INPUT": source, "OUTSIDE": 1, **outputs})
    assert read(result["ELEVATION_RESISTANCE"]).array[:, 2].tolist() == [-9999] * 3


def test_terrain_30m_dem_aligned_onto_a_finer_grid_in_another_crs(qgis_app, tmp_path):
    # DEM: a plane in UTM 50N, 30 m cells. Reference: 10 m cells in CGCS2000 / 3-degree GK CM 114E.
    from osgeo import osr

    rows, cols = np.indices((60, 60))
    x0, y0 = 300000.0, 2770000.0
    dem = 290.0 + 0.25 * 30.0 * cols + 0.1 * 30.0 * rows  # up to ~ 290 + 442 + 177
    source = write(tmp_path / "dem.tif", dem, grid(60, 60, cell=30.0))
    utm = grid(1, 1).spatial_reference()
    gk = osr.SpatialReference()
    gk.ImportFromEPSG(4547)
    gk.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    centre = osr.CoordinateTransformation(utm, gk).TransformPoint(x0 + 900.0, y0 - 900.0)
    reference_grid = raster_io.Grid(
        (centre[0] - 500.0, 10.0, 0.0, centre[1] + 500.0, 0.0, -10.0), gk.ExportToWkt(), 100, 100
    )
    reference = write(tmp_path / "ref.tif", np.zeros((100, 100)), reference_grid)
    result = run_algorithm(
        "mcr:terrainresistance",
        {
            "INPUT": source, "REFERENCE": reference, "SLOPE": str(tmp_path / "deg.tif"),
            "SLOPE_RESISTANCE": str(tmp_path / "s.tif"), "ELEVATION_RESISTANCE": str(tmp_path / "e.tif"),
        },
    )
    elevation = read(result["ELEVATION_RESISTANCE"])
    assert elevation.grid.matches(reference_grid)
    # Expected: the plane evaluated at each reference cell centre, transformed into UTM.
    back = osr.CoordinateTransformation(gk, utm)
    gx, gy = reference_grid.cell_centres(*np.indices(reference_grid.shape))
    points = np.array(back.TransformPoints(np.column_stack([gx.ravel(), gy.ravel()]).tolist()))
    fc = (points[:, 0] - x0) / 30.0 - 0.5
    fr = (y0 - points[:, 1]) / 30.0 - 0.5
    plane = (290.0 + 0.25 * 30.0 * fc + 0.1 * 30.0 * fr).reshape(100, 100)
    expected = np.vectorize(lambda v: expected_class(v, ELEVATION_TABLE))(plane)
    near_break = np.min([np.abs(plane - b) for b in (300, 400, 600)], axis=0) < 0.5
    assert np.array_equal(elevation.array[~near_break], expected[~near_break])
    slope = read(result["SLOPE"]).array
    np.testing.assert_allclose(slope, math.degrees(math.atan(math.hypot(0.25, 0.1))), atol=0.01)


@pytest.fixture()
def coverage_case(tmp_path, monkeypatch):
    """A 40 × 30 reference (10 m) with NoData on every 7th cell, blocks of 5 rows, the reference's
    reads counted; ``run(dem_rows)`` runs terrain resistance with a 15 m DEM over its top rows."""
    from mcr_security_pattern.algorithms import terrain_resistance

    from .test_land_cover import Log, run

    values = np.ones((30, 40), np.float32)
    values.ravel()[::7] = -9999.0
    reference = write(tmp_path / "ref.tif", values, grid(40, 30))
    monkeypatch.setattr(terrain_resistance, "BLOCK_CELLS", 40 * 5)
    reads = []
    read_rows = raster_io.read_rows

    def counted(path, first, last, *args, **kwargs):
        if path == reference:
            reads.append((first, last))
        return read_rows(path, first, last, *args, **kwargs)

    monkeypatch.setattr(raster_io, "read_rows", counted)

    def run_case(dem_rows):
        rows, cols = np.indices((dem_rows, 30))
        dem = write(tmp_path / f"dem{dem_rows}.tif", 100.0 + 2.0 * cols + rows, grid(30, dem_rows, cell=15.0))
        log = Log()
        result = run("mcr:terrainresistance", {
            "INPUT": dem, "REFERENCE": reference, "SLOPE_RESISTANCE": str(tmp_path / f"s{dem_rows}.tif"),
            "ELEVATION_RESISTANCE": str(tmp_path / f"e{dem_rows}.tif")}, log)
        shares = [line for line in log.infos() if "of the reference grid" in line]
        return read(result["ELEVATION_RESISTANCE"]).valid, values != -9999.0, shares

    run_case.reads = reads
    return run_case


def test_terrain_reports_the_dems_exact_share_of_the_references_valid_cells(qgis_app, coverage_case):
    # The 15 m DEM's 9 rows reach 135 m down the 300 m reference: blocks wholly covered, one in part, the rest not.
    elevation_valid, reference_valid, shares = coverage_case(9)
    covered = np.count_nonzero(elevation_valid & reference_valid) / np.count_nonzero(reference_valid)
    assert 0.3 < covered < 0.6 and elevation_valid[:5].all() and not elevation_valid[-5:].any()
    assert shares == [f"The DEM covers {100.0 * covered:.1f} % of the reference grid."]


def test_terrain_covering_the_whole_reference_reads_it_only_to_a_valid_cell(qgis_app, coverage_case):
    elevation_valid, _, shares = coverage_case(25)
    assert elevation_valid.all()
    assert shares == ["The DEM covers 100.0 % of the reference grid."]
    assert coverage_case.reads == [(0, 5)]


# ---------------------------------------------------------------- overlay


def test_overlay_equals_the_weighted_sum_cell_by_cell(qgis_app, tmp_path):
    rng = np.random.default_rng(3)
    factors = [rng.integers(1, 11, (5, 6)).astype(np.float32) for _ in range(3)]
    factors[1][2, 3] = -9999.0
    paths = [write(tmp_path / f"f{i}.tif", f, grid(6, 5)) for i, f in enumerate(factors)]
    result = run_algorithm("mcr:weightedoverlay", {"INPUTS": paths, "OUTPUT": str(tmp_path / "r.tif")})
    out = read(result["OUTPUT"])
    expected = 0.8 * factors[0].astype(np.float64) + 0.1 * factors[1] + 0.1 * factors[2]
    expected[2, 3] = -9999.0
    np.testing.assert_allclose(out.array, expected, rtol=1e-6)
    assert not out.valid[2, 3] and out.valid.sum() == 29


def test_overlay_aligns_a_coarser_factor_onto_the_first_grid(qgis_app, tmp_path):
    fine = write(tmp_path / "fine.tif", np.full((4, 6), 2.0), grid(6, 4, cell=10.0))
    coarse_values = np.array([[1.0, 3.0], [5.0, 7.0]])
    coarse = write(tmp_path / "coarse.tif", coarse_values, grid(2, 2, cell=30.0, y0=2770000.0 + 10.0))
    result = run_algorithm(
        "mcr:weightedoverlay",
        {"INPUTS": [fine, coarse], "WEIGHTS": "0.5, 0.5", "OUTPUT": str(tmp_path / "r.tif")},
    )
    out = read(result["OUTPUT"])
    assert out.grid.matches(grid(6, 4, cell=10.0))
    # Fine rows 0-1 lie in the first coarse row (which starts 10 m further north), rows 2-3 in the second.
    coarse_on_fine = np.array([[1, 1, 1, 3, 3, 3]] * 2 + [[5, 5, 5, 7, 7, 7]] * 2)
    np.testing.assert_allclose(out.array, 0.5 * 2.0 + 0.5 * coarse_on_fine)


def test_overlay_weight_errors_and_normalisation(qgis_app, tmp_path, processing_error):
    paths = [write(tmp_path / f"f{i}.tif", np.full((2, 2), 1.0 + i), grid(2, 2)) for i in range(2)]
    output = tmp_path / "r.tif"
    with pytest.raises(processing_error, match="sum to 2"):
        run_algorithm("mcr:weightedoverlay", {"INPUTS": paths, "WEIGHTS": "1,1", "OUTPUT": str(output)})
    with pytest.raises(processing_error, match="2 rasters but 3 weights"):
        run_algorithm("mcr:weightedoverlay", {"INPUTS": paths, "OUTPUT": str(output)})
    with pytest.raises(processing_error, match="> 0"):
        run_algorithm("mcr:weightedoverlay", {"INPUTS": paths, "WEIGHTS": "1.5,-0.5", "OUTPUT": str(output)})
    assert not output.exists()
    result = run_algorithm(
        "mcr:weightedoverlay",
        {"INPUTS": paths, "WEIGHTS": "1,3", "NORMALISE": True, "OUTPUT": str(output)},
    )
    np.testing.assert_allclose(read(result["OUTPUT"]).array, 0.25 * 1 + 0.75 * 2)
