# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:mspa, mcr:connectivity, the dPC ranking of mcr:selectsources and the gravity fields of
mcr:corridors through processing.run, on tiny landscapes whose answers follow from the definitions."""

import csv
import math

import numpy as np
import pytest

from ..conftest import run_algorithm
from .helpers import box, grid, polygon_layer, read, write

CELL = 10.0  # metres: one cell is 100 m² = 0.0001 km²
CELL_KM2 = CELL * CELL / 1e6
X0, Y0 = 300000.0, 2770000.0


@pytest.fixture()
def processing_error(qgis_app):
    from qgis.core import QgsProcessingException

    return QgsProcessingException


def rows_of(path):
    """[{field: value}] of a vector file or layer."""
    from qgis.core import QgsVectorLayer

    layer = path if isinstance(path, QgsVectorLayer) else QgsVectorLayer(path, "v", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def geometries_of(path):
    from qgis.core import QgsVectorLayer

    return [f.geometry() for f in QgsVectorLayer(path, "v", "ogr").getFeatures()]


def csv_rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# ------------------------------------------------------------------------------------------ MSPA


def square_landuse(tmp_path, size=15, square=(3, 12), nodata_cell=(0, 0)):
    """Farmland (5) with a square of vegetation (1, the paper's habitat) and one NoData cell."""
    classes = np.full((size, size), 5, np.uint8)
    classes[square[0]:square[1], square[0]:square[1]] = 1
    classes[nodata_cell] = 255
    return write(tmp_path / "landuse.tif", classes, grid(size, size, cell=CELL), nodata=255, data_type="Byte")


def test_mspa_of_a_solid_square_is_core_inside_a_ring_of_edge(qgis_app, tmp_path):
    result = run_algorithm("mcr:mspa", {"INPUT": square_landuse(tmp_path), "OUTPUT": str(tmp_path / "mspa.tif"),
                                        "STATISTICS": str(tmp_path / "mspa.csv")})
    classes = read(result["OUTPUT"])
    expected = np.zeros((15, 15), np.uint8)
    expected[3:12, 3:12] = 3  # the outer ring of the 9 x 9 square: edge
    expected[4:11, 4:11] = 17  # every cell whose eight neighbours are habitat: core
    assert not classes.valid[0, 0]  # missing input stays missing (129, the raster's NoData)
    assert classes.array[0, 0] == 129
    expected[0, 0] = 129
    np.testing.assert_array_equal(classes.array, expected)
    table = {row["class"]: row for row in csv_rows(result["STATISTICS"])}
    assert int(table["Core"]["cells"]) == 49 and int(table["Edge"]["cells"]) == 32
    assert float(table["Core"]["area_km2"]) == pytest.approx(49 * CELL_KM2)
    assert float(table["Core"]["foreground_pct"]) == pytest.approx(100.0 * 49 / 81)
    assert float(table["Edge"]["foreground_pct"]) == pytest.approx(100.0 * 32 / 81)
    assert int(table["Background"]["cells"]) == 225 - 81 - 1 and table["Background"]["foreground_pct"] == ""
    for name in ("Islet", "Perforation", "Loop", "Bridge", "Branch"):  # the seven classes are always listed
        assert int(table[name]["cells"]) == 0


def test_mspa_edge_width_two_moves_one_ring_of_core_into_edge(qgis_app, tmp_path):
    result = run_algorithm("mcr:mspa", {"INPUT": square_landuse(tmp_path), "EDGE_WIDTH": 2,
                                        "OUTPUT": str(tmp_path / "mspa.tif"), "STATISTICS": "TEMPORARY_OUTPUT"})
    classes = read(result["OUTPUT"]).array
    assert np.count_nonzero(classes == 17) == 25  # the 5 x 5 centre: more than 2.98 cells from farmland
    assert np.count_nonzero(classes == 3) == 81 - 25
    assert (classes[5:10, 5:10] == 17).all()


def test_mspa_of_a_mask_equals_mspa_of_the_habitat_classes(qgis_app, tmp_path):
    mask = np.zeros((15, 15), np.float32)
    mask[3:12, 3:12] = 1.0
    mask[0, 0] = -9999.0
    from_mask = run_algorithm("mcr:mspa", {"MASK": write(tmp_path / "mask.tif", mask, grid(15, 15, cell=CELL)),
                                           "OUTPUT": str(tmp_path / "a.tif")})
    from_classes = run_algorithm("mcr:mspa", {"INPUT": square_landuse(tmp_path), "HABITAT_CLASSES": "1",
                                              "OUTPUT": str(tmp_path / "b.tif")})
    np.testing.assert_array_equal(read(from_mask["OUTPUT"]).array, read(from_classes["OUTPUT"]).array)


def test_mspa_bridge_between_two_squares_and_four_connectivity(qgis_app, tmp_path):
    classes = np.full((9, 15), 5, np.uint8)
    classes[2:7, 1:6] = 1
    classes[2:7, 9:14] = 1
    classes[4, 6:9] = 1  # a one-cell line from square to square: a bridge
    landuse = write(tmp_path / "lu.tif", classes, grid(15, 9, cell=CELL), nodata=255, data_type="Byte")
    result = read(run_algorithm("mcr:mspa", {"INPUT": landuse, "OUTPUT": str(tmp_path / "m.tif")})["OUTPUT"]).array
    assert (result[4, 6:9] == 33).all()
    assert result[4, 5] == result[4, 9] == 35  # the bridge crossing each square's edge: transition cells
    off = run_algorithm("mcr:mspa", {"INPUT": landuse, "TRANSITION": False, "OUTPUT": str(tmp_path / "o.tif")})
    assert read(off["OUTPUT"]).array[4, 5] == 3


def test_mspa_output_loads_with_guidostoolbox_colours_and_class_names(qgis_app, tmp_path):
    from qgis.core import QgsRasterLayer

    result = run_algorithm("mcr:mspa", {"INPUT": square_landuse(tmp_path), "OUTPUT": str(tmp_path / "mspa.tif")})
    layer = QgsRasterLayer(result["OUTPUT"], "mspa", "gdal")
    assert layer.renderer().type() == "paletted"
    classes = {int(c.value): (c.color.name(), c.label) for c in layer.renderer().classes()}
    assert classes[17] == ("#00c800", "Core")
    assert classes[3] == ("#000000", "Edge")


def test_mspa_refuses_land_use_and_mask_together_and_no_habitat(qgis_app, tmp_path, processing_error):
    landuse = square_landuse(tmp_path)
    with pytest.raises(processing_error, match="one of the two"):
        run_algorithm("mcr:mspa", {"INPUT": landuse, "MASK": landuse, "OUTPUT": str(tmp_path / "m.tif")})
    with pytest.raises(processing_error, match="habitat"):
        run_algorithm("mcr:mspa", {"INPUT": landuse, "HABITAT_CLASSES": "3", "OUTPUT": str(tmp_path / "m.tif")})
    assert not (tmp_path / "m.tif").exists()


# ---------------------------------------------------------------------------------- connectivity


def three_patches(tmp_path, resistance_value=1.0):
    """Patches 1, 2, 3 of 3 x 3 cells from west to east on a uniform resistance: 11 free cells
    between 1 and 2 and between 2 and 3, so each of those links costs 12 steps."""
    resistance = np.full((5, 31), resistance_value, np.float32)
    ids = np.zeros((5, 31), np.int32)
    ids[1:4, 0:3] = 1
    ids[1:4, 14:17] = 2
    ids[1:4, 28:31] = 3
    g = grid(31, 5, cell=CELL)
    return write(tmp_path / "r.tif", resistance, g), write(tmp_path / "ids.tif", ids, g, nodata=-1, data_type="Int32")


A = 9 * CELL_KM2  # area of each of the three patches
LANDSCAPE = 5 * 31 * CELL_KM2
# p = 0.5 at the threshold of 12 steps: p12 = p23 = 0.5, and 1-3 through 2: 0.25 (its own link, 26 steps,
# gives 0.5^(26/12) = 0.22 < 0.25).  PC numerator = 3 a² + 2 a² (0.5 + 0.5 + 0.25).
PC = 5.5 * A * A / LANDSCAPE**2
# IIC: links of at most the threshold: 1-2 and 2-3; 1-3 is two links apart.
IIC = (3 + 2 * (1 / 2 + 1 / 2 + 1 / 3)) * A * A / LANDSCAPE**2


@pytest.mark.parametrize("pairs", [0, 1])
def test_pc_and_iic_of_three_patches_in_a_row_equal_the_hand_computation(qgis_app, tmp_path, pairs):
    resistance, ids = three_patches(tmp_path)
    result = run_algorithm("mcr:connectivity", {
        "RESISTANCE": resistance, "PATCHES_RASTER": ids, "DISTANCE_THRESHOLD": 120.0, "PROBABILITY": 0.5,
        "PAIRS": pairs, "OUTPUT": str(tmp_path / "p.gpkg"), "LINKS": str(tmp_path / "l.gpkg"),
        "SUMMARY": str(tmp_path / "s.csv")})
    assert result["PC"] == pytest.approx(PC, rel=1e-9)
    assert result["IIC"] == pytest.approx(IIC, rel=1e-9)
    assert result["PATCH_COUNT"] == 3 and result["LINK_COUNT"] == (2 if pairs == 0 else 3)
    summary = csv_rows(result["SUMMARY"])[0]
    assert float(summary["pc"]) == pytest.approx(PC, rel=1e-9)
    assert float(summary["landscape_area"]) == pytest.approx(LANDSCAPE)
    links = {(r["from_patch"], r["to_patch"]): r for r in rows_of(result["LINKS"])}
    for pair in ((1, 2), (2, 3)):
        assert links[pair]["cost"] == pytest.approx(120.0)
        assert links[pair]["length_m"] == pytest.approx(120.0)
        assert links[pair]["probability"] == pytest.approx(0.5)
        assert links[pair]["within_threshold"] == 1
    if pairs == 1:
        assert links[1, 3]["cost"] == pytest.approx(260.0) and links[1, 3]["within_threshold"] == 0


def test_dpc_of_each_patch_is_the_loss_of_pc_without_it_and_its_fractions_add_up(qgis_app, tmp_path):
    resistance, ids = three_patches(tmp_path)
    result = run_algorithm("mcr:connectivity", {
        "RESISTANCE": resistance, "PATCHES_RASTER": ids, "DISTANCE_THRESHOLD": 120.0,
        "OUTPUT": str(tmp_path / "p.gpkg"), "LINKS": str(tmp_path / "l.gpkg")})
    patches = {r["patch_id"]: r for r in rows_of(result["OUTPUT"])}
    # Without 2, patches 1 and 3 are cut apart: 2 a²; without 1 (or 3): 2 a² + 2 a² 0.5.
    assert patches[2]["dpc"] == pytest.approx(100 * (5.5 - 2) / 5.5)
    assert patches[1]["dpc"] == patches[3]["dpc"] == pytest.approx(100 * (5.5 - 3) / 5.5)
    assert patches[2]["dpc_intra"] == pytest.approx(100 * 1 / 5.5)
    assert patches[2]["dpc_flux"] == pytest.approx(100 * 2 * (0.5 + 0.5) / 5.5)
    assert patches[2]["dpc_connector"] == pytest.approx(100 * 2 * 0.25 / 5.5)  # the 1-3 flow through it
    assert patches[1]["dpc_connector"] == pytest.approx(0.0, abs=1e-9)
    for row in patches.values():
        assert row["dpc_intra"] + row["dpc_flux"] + row["dpc_connector"] == pytest.approx(row["dpc"])
        assert row["diic_intra"] + row["diic_flux"] + row["diic_connector"] == pytest.approx(row["diic"])
        assert row["area_km2"] == pytest.approx(A) and row["links"] == (2 if row["patch_id"] == 2 else 1)
    assert patches[2]["dpc_rank"] == 1 and patches[1]["dpc_rank"] == patches[3]["dpc_rank"] == 2
    # dIIC of 2: without it only a² + a² is left of 3 a² + 2 a² (1/2 + 1/2 + 1/3).
    iic = 3 + 2 * (1 / 2 + 1 / 2 + 1 / 3)
    assert patches[2]["diic"] == pytest.approx(100 * (iic - 2) / iic)
    # Each link carries all of the connections it alone makes: without 1-2, patch 1 is isolated.
    links = {(r["from_patch"], r["to_patch"]): r["dpc_link"] for r in rows_of(result["LINKS"])}
    assert links[1, 2] == pytest.approx(100 * 2 * (0.5 + 0.25) / 5.5)
    # The least-cost path of a link joins the two patches' edges: from column 2 to column 14.
    line = geometries_of(result["LINKS"])[0]
    assert line.length() == pytest.approx(120.0)


def test_dpc_equals_the_pc_lost_when_a_patch_is_taken_out_of_the_map(qgis_app, tmp_path):
    """With every pair linked, a patch's links do not depend on the others: dPC_k must equal
    100 (PC − PC of the map without patch k) / PC, each PC from its own run."""
    rng = np.random.default_rng(7)
    resistance = rng.uniform(1.0, 8.0, (24, 30)).astype(np.float32)
    ids = np.zeros((24, 30), np.int32)
    for patch, (row, col, rows, cols) in enumerate([(1, 1, 4, 5), (2, 20, 3, 3), (15, 4, 5, 3), (17, 22, 4, 6)], 1):
        ids[row:row + rows, col:col + cols] = patch
    g = grid(30, 24, cell=CELL)
    path = write(tmp_path / "r.tif", resistance, g)
    settings = {"RESISTANCE": path, "PAIRS": 1, "DISTANCE_THRESHOLD": 400.0, "PROBABILITY": 0.2,
                "LINKS": "TEMPORARY_OUTPUT"}

    def run(patches, name):
        raster = write(tmp_path / f"{name}.tif", patches, g, nodata=-1, data_type="Int32")
        return run_algorithm("mcr:connectivity", {**settings, "PATCHES_RASTER": raster,
                                                  "OUTPUT": str(tmp_path / f"{name}.gpkg")})

    full = run(ids, "all")
    dpc = {r["patch_id"]: r["dpc"] for r in rows_of(full["OUTPUT"])}
    for patch in range(1, 5):
        without = run(np.where(ids == patch, 0, ids), f"without{patch}")
        assert dpc[patch] == pytest.approx(100 * (full["PC"] - without["PC"]) / full["PC"], rel=1e-9)


def test_distances_in_metres_are_the_lengths_of_the_least_cost_paths(qgis_app, tmp_path):
    resistance, ids = three_patches(tmp_path, resistance_value=2.0)  # each link: 240 cost units, 120 m
    metres = run_algorithm("mcr:connectivity", {
        "RESISTANCE": resistance, "PATCHES_RASTER": ids, "DISTANCE_UNIT": 1, "DISTANCE_THRESHOLD": 120.0,
        "OUTPUT": str(tmp_path / "m.gpkg"), "LINKS": str(tmp_path / "ml.gpkg")})
    assert metres["PC"] == pytest.approx(PC, rel=1e-9)
    link = rows_of(metres["LINKS"])[0]
    assert (link["cost"], link["length_m"], link["distance"]) == pytest.approx((240.0, 120.0, 120.0))
    cost = run_algorithm("mcr:connectivity", {
        "RESISTANCE": resistance, "PATCHES_RASTER": ids, "DISTANCE_THRESHOLD": 120.0,
        "OUTPUT": str(tmp_path / "c.gpkg"), "LINKS": "TEMPORARY_OUTPUT"})
    # In cost units the links are twice as long: p = 0.25 each, 1-3 through 2: 0.0625.
    assert cost["PC"] == pytest.approx((3 + 2 * (0.25 + 0.25 + 0.0625)) * A * A / LANDSCAPE**2, rel=1e-9)


def test_polygon_patches_with_an_attribute_field_and_a_landscape_area(qgis_app, tmp_path):
    resistance, _ = three_patches(tmp_path)

    def cells(col0):  # rows 1..3, three columns from col0
        return box(X0 + col0 * CELL, Y0 - 4 * CELL, X0 + (col0 + 3) * CELL, Y0 - CELL)

    layer = polygon_layer([(cells(0), 2.0), (cells(14), 1.0), (cells(28), 1.0)], field_type="double")
    result = run_algorithm("mcr:connectivity", {
        "RESISTANCE": resistance, "PATCHES": layer, "ATTRIBUTE_FIELD": "cls", "LANDSCAPE_AREA": 10.0,
        "DISTANCE_THRESHOLD": 120.0, "OUTPUT": str(tmp_path / "p.gpkg"), "LINKS": "TEMPORARY_OUTPUT"})
    # 2² + 1 + 1 + 2 (2·1·0.5 + 1·1·0.5 + 2·1·0.25) = 10, over A_L² = 100.
    assert result["PC"] == pytest.approx(0.1, rel=1e-9)
    assert [r["attribute"] for r in sorted(rows_of(result["OUTPUT"]), key=lambda r: r["patch_id"])] == [2.0, 1.0, 1.0]


def test_mspa_cores_of_at_least_the_minimum_area_become_patches(qgis_app, tmp_path):
    classes = np.full((20, 30), 5, np.uint8)
    classes[2:11, 2:11] = 1  # 9 x 9: a core of 7 x 7 = 49 cells
    classes[12:17, 20:25] = 1  # 5 x 5: a core of 3 x 3 = 9 cells
    landuse = write(tmp_path / "lu.tif", classes, grid(30, 20, cell=CELL), nodata=255, data_type="Byte")
    mspa = run_algorithm("mcr:mspa", {"INPUT": landuse, "OUTPUT": str(tmp_path / "mspa.tif")})["OUTPUT"]
    resistance = write(tmp_path / "r.tif", np.ones((20, 30), np.float32), grid(30, 20, cell=CELL))
    both = run_algorithm("mcr:connectivity", {"RESISTANCE": resistance, "MSPA": mspa, "MIN_CORE_AREA": 9 * CELL_KM2,
                                              "OUTPUT": str(tmp_path / "both.gpkg"), "LINKS": "TEMPORARY_OUTPUT"})
    patches = sorted(rows_of(both["OUTPUT"]), key=lambda r: r["patch_id"])
    assert [r["area_km2"] for r in patches] == pytest.approx([49 * CELL_KM2, 9 * CELL_KM2])  # by descending area
    one = run_algorithm("mcr:connectivity", {"RESISTANCE": resistance, "MSPA": mspa, "MIN_CORE_AREA": 10 * CELL_KM2,
                                             "OUTPUT": str(tmp_path / "one.gpkg"), "LINKS": "TEMPORARY_OUTPUT"})
    assert one["PATCH_COUNT"] == 1 and one["LINK_COUNT"] == 0
    assert one["PC"] == pytest.approx((49 * CELL_KM2) ** 2 / (600 * CELL_KM2) ** 2)
    [core] = geometries_of(one["OUTPUT"])
    assert core.area() == pytest.approx(49 * CELL * CELL)


def test_connectivity_refuses_patches_given_twice_and_a_land_use_raster_as_mspa(qgis_app, tmp_path,
                                                                               processing_error):
    resistance, ids = three_patches(tmp_path)
    with pytest.raises(processing_error, match="one way"):
        run_algorithm("mcr:connectivity", {"RESISTANCE": resistance, "PATCHES_RASTER": ids, "MSPA": ids,
                                           "OUTPUT": str(tmp_path / "p.gpkg")})
    landuse = write(tmp_path / "lu.tif", np.full((5, 31), 4, np.uint8), grid(31, 5, cell=CELL), nodata=255,
                    data_type="Byte")  # 4 is no MSPA class
    with pytest.raises(processing_error, match="not MSPA classes"):
        run_algorithm("mcr:connectivity", {"RESISTANCE": resistance, "MSPA": landuse,
                                           "OUTPUT": str(tmp_path / "p.gpkg")})
    with pytest.raises(processing_error, match="strictly between 0 and 1"):
        run_algorithm("mcr:connectivity", {"RESISTANCE": resistance, "PATCHES_RASTER": ids, "PROBABILITY": 1.0,
                                           "OUTPUT": str(tmp_path / "p.gpkg")})
    assert not (tmp_path / "p.gpkg").exists()


# ------------------------------------------------------------------------- sources ranked by dPC


def four_patches(tmp_path):
    """Land use with four equal habitat patches in a row; the resistance has a NoData wall before
    the fourth, so 1-2-3 form a chain and 4 is isolated. By the definitions, with p = 0.5 between
    neighbours of the chain (PC numerator 4 a² + 2 a² (0.5 + 0.5 + 0.25) = 6.5 a²):
    dPC(2) = 100 (6.5 − 3) / 6.5, dPC(1) = dPC(3) = 100 (6.5 − 4) / 6.5, dPC(4) = 100 (6.5 − 5.5) / 6.5."""
    classes = np.full((5, 45), 5, np.uint8)
    for col in (0, 14, 28, 42):
        classes[1:4, col:col + 3] = 1
    resistance = np.ones((5, 45), np.float32)
    resistance[:, 36] = -9999.0
    g = grid(45, 5, cell=CELL)
    return (write(tmp_path / "lu.tif", classes, g, nodata=255, data_type="Byte"),
            write(tmp_path / "r.tif", resistance, g))


DPC = {1: 100 * 2.5 / 6.5, 2: 100 * 3.5 / 6.5, 3: 100 * 2.5 / 6.5, 4: 100 * 1.0 / 6.5}


def select(tmp_path, landuse, resistance, **changes):
    parameters = {"INPUT": landuse, "MIN_AREA": 9 * CELL_KM2, "SELECT_BY": 1, "RESISTANCE": resistance,
                  "DISTANCE_THRESHOLD": 120.0, "OUTPUT": str(tmp_path / "s.gpkg"),
                  "OUTPUT_RASTER": str(tmp_path / "s.tif"), **changes}
    result = run_algorithm("mcr:selectsources", parameters)
    ids = read(result["OUTPUT_RASTER"]).array
    # Which of the four patches (numbered by their column from west to east) became sources.
    kept = [k for k, col in enumerate((0, 14, 28, 42), start=1) if ids[2, col + 1] > 0]
    return kept, sorted(rows_of(result["OUTPUT"]), key=lambda r: r["source_id"])


@pytest.mark.parametrize("changes,expected", [
    ({"TOP_N": 1}, [2]),
    ({"TOP_N": 3}, [1, 2, 3]),
    ({"MIN_IMPORTANCE": 20.0}, [1, 2, 3]),
    ({"MIN_IMPORTANCE": 50.0}, [2]),
    ({"TOP_N": 2, "MIN_IMPORTANCE": 50.0}, [2]),
    ({}, [1, 2, 3, 4]),
])
def test_sources_ranked_by_dpc_keep_the_expected_patches(qgis_app, tmp_path, changes, expected):
    landuse, resistance = four_patches(tmp_path)
    kept, rows = select(tmp_path, landuse, resistance, **changes)
    assert kept == expected
    assert [r["source_id"] for r in rows] == list(range(1, len(expected) + 1))
    assert [r["dpc"] for r in rows] == pytest.approx([DPC[k] for k in expected])
    rank = {2: 1, 1: 2, 3: 2, 4: 4}  # equal dPC share the better rank
    assert [r["importance_rank"] for r in rows] == [rank[k] for k in expected]


def test_the_papers_rule_stays_the_default_and_ranking_needs_a_resistance(qgis_app, tmp_path, processing_error):
    landuse, resistance = four_patches(tmp_path)
    result = run_algorithm("mcr:selectsources", {"INPUT": landuse, "MIN_AREA": 9 * CELL_KM2,
                                                 "OUTPUT": str(tmp_path / "s.gpkg"),
                                                 "OUTPUT_RASTER": "TEMPORARY_OUTPUT"})
    rows = rows_of(result["OUTPUT"])
    assert len(rows) == 4 and "dpc" not in rows[0]
    with pytest.raises(processing_error, match="needs the resistance surface"):
        run_algorithm("mcr:selectsources", {"INPUT": landuse, "SELECT_BY": 1, "OUTPUT": str(tmp_path / "x.gpkg"),
                                            "OUTPUT_RASTER": str(tmp_path / "x.tif")})
    with pytest.raises(processing_error, match="No patch has dPC"):
        select(tmp_path, landuse, resistance, MIN_IMPORTANCE=60.0)


# ---------------------------------------------------------------------------------- gravity model


def test_gravity_fields_equal_a_recomputation_from_the_corridor_table(qgis_app, tmp_path):
    resistance = np.full((20, 40), 4.0, np.float32)
    sources = np.zeros((20, 40), np.int32)
    sources[2:7, 2:7] = 1
    sources[12:18, 16:22] = 2
    sources[3:9, 31:37] = 3
    sources[15:19, 33:39] = 4
    resistance[sources == 1] = 1.0
    resistance[sources == 2] = 2.0
    resistance[12:18, 16:19] = 3.0  # source 2 is not uniform: its mean resistance is 2.5
    resistance[sources == 3] = 1.5
    resistance[sources == 4] = 1.0
    g = grid(40, 20, cell=100.0)
    result = run_algorithm("mcr:corridors", {
        "RESISTANCE": write(tmp_path / "r.tif", resistance, g),
        "SOURCES_RASTER": write(tmp_path / "s.tif", sources, g, nodata=-1, data_type="Int32"),
        "IMPORTANT_GRAVITY": 0.0, "CORRIDORS": str(tmp_path / "c.gpkg"), "NODES": "TEMPORARY_OUTPUT",
        "RIDGES": "TEMPORARY_OUTPUT"})
    corridors = rows_of(result["CORRIDORS"])
    assert len(corridors) >= 3
    area = {k: np.count_nonzero(sources == k) * 100.0 * 100.0 for k in (1, 2, 3, 4)}  # m²
    mean = {k: float(resistance[sources == k].mean()) for k in (1, 2, 3, 4)}
    assert mean[2] == pytest.approx(2.5)
    longest = max(c["cwd"] for c in corridors)
    for c in corridors:
        a, b = c["from_source"], c["to_source"]
        weight_a, weight_b = math.log(area[a]) / mean[a], math.log(area[b]) / mean[b]
        assert c["gravity"] == pytest.approx(weight_a * weight_b / (c["cwd"] / longest) ** 2, rel=1e-9)
        assert c["important"] == 1  # a threshold of 0 counts every corridor
    by_strength = sorted(corridors, key=lambda c: -c["gravity"])
    assert [c["gravity_rank"] for c in by_strength] == list(range(1, len(corridors) + 1))
    # A threshold between the strongest two: only the strongest is important.
    threshold = (by_strength[0]["gravity"] + by_strength[1]["gravity"]) / 2
    again = run_algorithm("mcr:corridors", {
        "RESISTANCE": str(tmp_path / "r.tif"), "SOURCES_RASTER": str(tmp_path / "s.tif"),
        "IMPORTANT_GRAVITY": threshold, "CORRIDORS": str(tmp_path / "c2.gpkg"), "NODES": "TEMPORARY_OUTPUT",
        "RIDGES": "TEMPORARY_OUTPUT"})
    important = [c for c in rows_of(again["CORRIDORS"]) if c["important"] == 1]
    assert len(important) == 1 and important[0]["gravity_rank"] == 1
    # The fields that were there stay as they were.
    assert {"corridor_id", "saddle_rank", "cwd", "lcd", "detour", "length_m"} <= set(corridors[0])
