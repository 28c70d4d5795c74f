# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuit-theory algorithms through processing.run; expected values from construction (resistors
in series and parallel, a dense Laplacian solved in the test, a search rerun with the barrier
removed), never from the code under test."""

import csv
import math

import numpy as np
import pytest

from ..conftest import run_algorithm
from .helpers import grid, read, write

CELL = 10.0
X0, Y0 = 300000.0, 2770000.0


@pytest.fixture()
def processing_error(qgis_app):
    from qgis.core import QgsProcessingException

    return QgsProcessingException


def layer_rows(path):
    """[{field: value}] of the features of a vector file (the first layer)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "rows", "ogr")
    assert layer.isValid(), path
    return [dict(zip(layer.fields().names(), feature.attributes())) for feature in layer.getFeatures()]


def corridor_layer(segments, epsg=32650, cwd=None):
    """Memory line layer of corridors [(from, to, [(x, y), …])] with the fields of mcr:corridors."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer(f"LineString?crs=EPSG:{epsg}&field=from_source:integer&field=to_source:integer"
                           "&field=cwd:double", "corridors", "memory")
    features = []
    for k, (a, b, points) in enumerate(segments):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in points]))
        feature.setAttributes([a, b, None if cwd is None else cwd[k]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def point_layer(points, epsg=32650):
    """Memory point layer [(source_id, x, y)] with the field source_id."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer(f"Point?crs=EPSG:{epsg}&field=source_id:integer", "sources", "memory")
    features = []
    for source_id, x, y in points:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([source_id])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def dense_effective_resistance(resistance, valid, focal_a, focal_b, neighbours=8):
    """Effective resistance between two cell sets (each short-circuited) from the pseudo-inverse of a
    dense Laplacian, resistors (R_a + R_b) / 2 (× √2 diagonally) — written here from the definition."""
    rows, cols = resistance.shape
    node = -np.ones((rows, cols), int)
    node[valid & focal_a], node[valid & focal_b] = 0, 1
    count = 2
    for r in range(rows):
        for c in range(cols):
            if valid[r, c] and node[r, c] < 0:
                node[r, c] = count
                count += 1
    laplacian = np.zeros((count, count))
    moves = [(0, 1), (1, 0)] + ([(1, 1), (1, -1)] if neighbours == 8 else [])
    for r in range(rows):
        for c in range(cols):
            for dr, dc in moves:
                rr, cc = r + dr, c + dc
                if not (0 <= rr < rows and 0 <= cc < cols) or not (valid[r, c] and valid[rr, cc]):
                    continue
                u, v = node[r, c], node[rr, cc]
                if u == v:
                    continue
                g = 2.0 / (resistance[r, c] + resistance[rr, cc]) / (math.sqrt(2.0) if dr and dc else 1.0)
                laplacian[u, v] -= g
                laplacian[v, u] -= g
                laplacian[u, u] += g
                laplacian[v, v] += g
    pseudo = np.linalg.pinv(laplacian)
    return pseudo[0, 0] + pseudo[1, 1] - 2.0 * pseudo[0, 1]


def strip(tmp_path, length=6):
    """A 1 × length strip of resistance 1 with source 1 at the west end and source 2 at the east end."""
    resistance = np.ones((1, length), np.float32)
    sources = np.zeros((1, length), np.int32)
    sources[0, 0], sources[0, -1] = 1, 2
    g = grid(length, 1, cell=CELL)
    return (write(tmp_path / "r.tif", resistance, g),
            write(tmp_path / "s.tif", sources, g, nodata=0, data_type="Int32"))


def test_current_flow_along_a_strip_is_resistors_in_series(qgis_app, tmp_path):
    r_path, s_path = strip(tmp_path, 6)
    result = run_algorithm("mcr:currentflow", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "NEIGHBOURS": 0, "OUTPUT": str(tmp_path / "current.tif"),
        "RESISTANCE_MATRIX": str(tmp_path / "matrix.csv"), "RESISTANCE_TABLE": str(tmp_path / "table.gpkg"),
    })
    # Five resistors of (1 + 1) / 2 in series between the two end cells.
    with open(result["RESISTANCE_MATRIX"], newline="") as handle:
        matrix = [[float(v) for v in row] for row in csv.reader(handle)]
    assert matrix[0] == [0.0, 1.0, 2.0]  # Circuitscape's layout: ids in the first row and column
    assert [row[0] for row in matrix] == [0.0, 1.0, 2.0]
    assert matrix[1][2] == pytest.approx(5.0, rel=1e-9) and matrix[2][1] == pytest.approx(5.0, rel=1e-9)
    assert matrix[1][1] == 0.0
    rows = layer_rows(result["RESISTANCE_TABLE"])
    assert [(row["from_id"], row["to_id"]) for row in rows] == [(1, 2)]
    assert rows[0]["eff_resist"] == pytest.approx(5.0, rel=1e-9)
    # 1 A flows through every cell of the strip.
    np.testing.assert_allclose(read(result["OUTPUT"]).array, 1.0, rtol=1e-6)
    assert result["SOLVER_USED"] == "direct"


def test_effective_resistance_equals_a_dense_laplacian_solve(qgis_app, tmp_path):
    rng = np.random.default_rng(5)
    resistance = rng.uniform(1, 10, (7, 9)).astype(np.float32)
    resistance[2:6, 4] = -9999.0  # a wall with gaps above and below
    valid = resistance > 0
    sources = np.zeros((7, 9), np.int32)
    sources[1:4, 0:2] = 1  # a source of six cells: one node
    sources[5, 8] = 2
    g = grid(9, 7, cell=CELL)
    r_path = write(tmp_path / "r.tif", resistance, g)
    s_path = write(tmp_path / "s.tif", sources, g, nodata=0, data_type="Int32")
    result = run_algorithm("mcr:currentflow", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "OUTPUT": str(tmp_path / "current.tif"),
        "RESISTANCE_MATRIX": str(tmp_path / "matrix.csv"), "RESISTANCE_TABLE": str(tmp_path / "table.gpkg"),
    })
    expected = dense_effective_resistance(resistance.astype(float), valid, sources == 1, sources == 2, 8)
    rows = layer_rows(result["RESISTANCE_TABLE"])
    assert rows[0]["eff_resist"] == pytest.approx(expected, rel=1e-7)
    current = read(result["OUTPUT"])
    assert not current.valid[~valid].any()  # NoData stays NoData


def test_an_isolated_source_is_disconnected_not_an_error(qgis_app, tmp_path):
    resistance = np.ones((5, 9), np.float32)
    resistance[:, 6] = -9999.0  # source 3 lies beyond a wall with no gap
    sources = np.zeros((5, 9), np.int32)
    sources[2, 0], sources[2, 5], sources[2, 8] = 1, 2, 3
    g = grid(9, 5, cell=CELL)
    r_path = write(tmp_path / "r.tif", resistance, g)
    s_path = write(tmp_path / "s.tif", sources, g, nodata=0, data_type="Int32")
    result = run_algorithm("mcr:currentflow", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "OUTPUT": str(tmp_path / "current.tif"),
        "RESISTANCE_MATRIX": str(tmp_path / "matrix.csv"), "RESISTANCE_TABLE": str(tmp_path / "table.gpkg"),
    })
    values = {(row["from_id"], row["to_id"]): row["eff_resist"] for row in layer_rows(result["RESISTANCE_TABLE"])}
    assert values[1, 3] == -1.0 and values[2, 3] == -1.0  # Circuitscape writes -1 for disconnected pairs
    assert values[1, 2] > 0


def test_one_to_all_writes_one_voltage_band_per_source(qgis_app, tmp_path):
    from osgeo import gdal

    r_path, s_path = strip(tmp_path, 5)
    result = run_algorithm("mcr:currentflow", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "MODE": 1, "NEIGHBOURS": 0,
        "OUTPUT": str(tmp_path / "current.tif"), "VOLTAGE": str(tmp_path / "voltage.tif"),
        "RESISTANCE_MATRIX": str(tmp_path / "values.csv"), "RESISTANCE_TABLE": str(tmp_path / "table.gpkg"),
    })
    dataset = gdal.Open(result["VOLTAGE"])
    assert dataset.RasterCount == 2
    assert "source 1" in dataset.GetRasterBand(1).GetDescription()
    # 1 A into source 1, source 2 grounded: the voltage falls by 1 V per resistor of 1 along the strip.
    np.testing.assert_allclose(dataset.GetRasterBand(1).ReadAsArray()[0], [4, 3, 2, 1, 0], atol=1e-9)
    dataset = None
    with open(result["RESISTANCE_MATRIX"], newline="") as handle:
        rows = [[float(v) for v in row] for row in csv.reader(handle)]
    assert rows == [[1.0, pytest.approx(4.0)], [2.0, pytest.approx(4.0)]]


def test_voltage_maps_in_pairwise_mode_are_refused_before_the_run(qgis_app, tmp_path, processing_error):
    r_path, s_path = strip(tmp_path, 5)
    with pytest.raises(processing_error, match="one-to-all and all-to-one"):
        run_algorithm("mcr:currentflow", {"RESISTANCE": r_path, "SOURCES_RASTER": s_path,
                                          "OUTPUT": str(tmp_path / "c.tif"), "VOLTAGE": str(tmp_path / "v.tif")})
    assert not (tmp_path / "c.tif").exists()


def wall_with_gaps(tmp_path, gaps):
    """9 × 11 cells of resistance 1, a NoData wall at column 5 open at rows ``gaps``; source 1 fills
    column 0, source 2 column 10; one corridor 1–2 with cwd 100."""
    resistance = np.ones((9, 11), np.float32)
    resistance[:, 5] = -9999.0
    for row in gaps:
        resistance[row, 5] = 1.0
    sources = np.zeros((9, 11), np.int32)
    sources[:, 0], sources[:, 10] = 1, 2
    g = grid(11, 9, cell=CELL)
    corridors = corridor_layer([(1, 2, [(X0 + 5, Y0 - 45), (X0 + 105, Y0 - 45)])], cwd=[100.0])
    return (resistance, sources, write(tmp_path / "r.tif", resistance, g),
            write(tmp_path / "s.tif", sources, g, nodata=0, data_type="Int32"), corridors)


def test_a_single_gap_is_a_pinch_point_carrying_all_the_current(qgis_app, tmp_path):
    resistance, sources, r_path, s_path, corridors = wall_with_gaps(tmp_path, [4])
    result = run_algorithm("mcr:pinchpoints", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "CORRIDORS": corridors, "CUTOFF": 1e9,
        "OUTPUT": str(tmp_path / "pinch.tif"), "CORRIDORS_OUTPUT": str(tmp_path / "corridors.gpkg"),
    })
    current = read(result["OUTPUT"])
    assert current.array[4, 5] == pytest.approx(1.0, rel=1e-6)
    assert not current.valid[:, 0].any() and not current.valid[:, 10].any()  # the pair's own sources
    row = layer_rows(result["CORRIDORS_OUTPUT"])[0]
    # Linkage Mapper: the circuit's effective resistance × the cell size, and cwd / that.
    expected = CELL * dense_effective_resistance(resistance.astype(float), resistance > 0, sources == 1,
                                                 sources == 2, 8)
    assert row["eff_resist"] == pytest.approx(expected, rel=1e-7)
    assert row["cwd_to_eff_resist"] == pytest.approx(100.0 / expected, rel=1e-7)
    assert (row["from_source"], row["to_source"], row["cwd"]) == (1, 2, 100.0)


def test_two_equal_gaps_carry_half_the_current_each(qgis_app, tmp_path):
    _, _, r_path, s_path, corridors = wall_with_gaps(tmp_path, [2, 6])
    result = run_algorithm("mcr:pinchpoints", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "CORRIDORS": corridors, "CUTOFF": 1e9,
        "OUTPUT": str(tmp_path / "pinch.tif"), "CORRIDORS_OUTPUT": str(tmp_path / "corridors.gpkg"),
    })
    current = read(result["OUTPUT"]).array
    assert current[2, 5] == pytest.approx(0.5, rel=1e-6) and current[6, 5] == pytest.approx(0.5, rel=1e-6)


def test_pinch_points_name_a_corridor_whose_source_is_missing(qgis_app, tmp_path, processing_error):
    _, _, r_path, s_path, _ = wall_with_gaps(tmp_path, [4])
    corridors = corridor_layer([(1, 7, [(X0 + 5, Y0 - 45), (X0 + 105, Y0 - 45)])])
    with pytest.raises(processing_error, match="names source 7"):
        run_algorithm("mcr:pinchpoints", {"RESISTANCE": r_path, "SOURCES_RASTER": s_path, "CORRIDORS": corridors,
                                          "OUTPUT": str(tmp_path / "pinch.tif")})


def lcd(tmp_path, name, resistance, sources, g):
    """The least-cost distance from source 1 to source 2, from an mcr:costsurface run (4 neighbours)."""
    r_path = write(tmp_path / f"{name}_r.tif", resistance, g)
    s_path = write(tmp_path / f"{name}_s.tif", np.where(sources == 1, 1, 0).astype(np.int32), g, nodata=0,
                   data_type="Int32")
    surface = run_algorithm("mcr:costsurface", {"RESISTANCE": r_path, "SOURCES_RASTER": s_path, "NEIGHBOURS": 0,
                                                "OUTPUT": str(tmp_path / f"{name}_mcr.tif"), "ALLOCATION": None,
                                                "BACK_DIRECTION": None})
    return float(read(surface["OUTPUT"]).array[sources == 2].min())


def test_barrier_score_equals_the_lcd_gain_of_restoring_the_window(qgis_app, tmp_path):
    resistance = np.ones((1, 9), np.float32)
    resistance[0, 4] = 11.0  # a one-cell barrier
    sources = np.zeros((1, 9), np.int32)
    sources[0, 0], sources[0, 8] = 1, 2
    g = grid(9, 1, cell=CELL)
    r_path = write(tmp_path / "r.tif", resistance, g)
    s_path = write(tmp_path / "s.tif", sources, g, nodata=0, data_type="Int32")
    result = run_algorithm("mcr:barriers", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "RADII": "10", "NEIGHBOURS": 0,
        "OUTPUT": str(tmp_path / "score.tif"), "PERCENT": str(tmp_path / "percent.tif"),
        "RADIUS": str(tmp_path / "radius.tif"),
    })
    # The window of radius one cell around the barrier holds cells 3, 4 and 5: restore them to 1.
    before = lcd(tmp_path, "before", resistance, sources, g)
    restored = resistance.copy()
    restored[0, 3:6] = 1.0
    after = lcd(tmp_path, "after", restored, sources, g)
    score = read(result["OUTPUT"])
    assert score.array[0, 4] == pytest.approx((before - after) / (2 * CELL), rel=1e-6)
    assert read(result["PERCENT"]).array[0, 4] == pytest.approx(100 * (before - after) / (2 * CELL) / before,
                                                                rel=1e-6)
    assert read(result["RADIUS"]).array[0, 4] == pytest.approx(CELL)
    assert not score.valid[0, 0] and not score.valid[0, 8]  # restoring a source cell gains nothing


def test_barrier_radii_must_be_distances(qgis_app, tmp_path, processing_error):
    r_path, s_path = strip(tmp_path, 6)
    with pytest.raises(processing_error, match="not a distance"):
        run_algorithm("mcr:barriers", {"RESISTANCE": r_path, "SOURCES_RASTER": s_path, "RADII": "10, wide",
                                       "OUTPUT": str(tmp_path / "score.tif")})


def test_centrality_of_a_path_of_three_sources(qgis_app, tmp_path):
    corridors = corridor_layer([(1, 2, [(X0, Y0), (X0 + 100, Y0)]), (2, 3, [(X0 + 100, Y0), (X0 + 200, Y0)])],
                               cwd=[50.0, 50.0])
    sources = point_layer([(1, X0, Y0), (2, X0 + 100, Y0), (3, X0 + 200, Y0)])
    result = run_algorithm("mcr:centrality", {
        "CORRIDORS": corridors, "SOURCES": sources, "CORRIDORS_OUTPUT": str(tmp_path / "corridors.gpkg"),
        "SOURCES_OUTPUT": str(tmp_path / "sources.gpkg"),
    })
    # 1 A for each of the pairs 1–2, 2–3 and 1–3: each corridor carries two of them.
    assert [row["current"] for row in layer_rows(result["CORRIDORS_OUTPUT"])] == [pytest.approx(2.0)] * 2
    nodes = {row["source_id"]: row for row in layer_rows(result["SOURCES_OUTPUT"])}
    # Node current counts the amp of each pair a node ends (2 pairs each) plus what passes through.
    assert nodes[1]["current"] == pytest.approx(2.0) and nodes[3]["current"] == pytest.approx(2.0)
    assert nodes[2]["current"] == pytest.approx(3.0)
    assert [nodes[k]["through_current"] for k in (1, 2, 3)] == [0.0, pytest.approx(1.0), 0.0]


def test_parallel_corridors_split_the_current_by_their_resistance(qgis_app, tmp_path):
    line = [(X0, Y0), (X0 + 100, Y0)]
    corridors = corridor_layer([(1, 2, line), (1, 2, line)], cwd=[10.0, 30.0])
    sources = point_layer([(1, X0, Y0), (2, X0 + 100, Y0)])
    result = run_algorithm("mcr:centrality", {
        "CORRIDORS": corridors, "SOURCES": sources, "CORRIDORS_OUTPUT": str(tmp_path / "corridors.gpkg"),
    })
    rows = layer_rows(result["CORRIDORS_OUTPUT"])
    # Two resistors of 10 and 30 in parallel share 1 A as 3/4 and 1/4.
    assert [row["current"] for row in rows] == [pytest.approx(0.75), pytest.approx(0.25)]
    assert [row["current_rank"] for row in rows] == [1, 2]


def test_centrality_refuses_a_corridor_without_a_resistance(qgis_app, tmp_path, processing_error):
    corridors = corridor_layer([(1, 2, [(X0, Y0), (X0 + 100, Y0)])], cwd=[None])
    sources = point_layer([(1, X0, Y0), (2, X0 + 100, Y0)])
    with pytest.raises(processing_error, match="must be a number > 0"):
        run_algorithm("mcr:centrality", {"CORRIDORS": corridors, "SOURCES": sources,
                                         "CORRIDORS_OUTPUT": str(tmp_path / "corridors.gpkg")})


def test_current_map_opens_with_a_logarithmic_ramp(qgis_app, tmp_path):
    from qgis.core import QgsRasterLayer

    rng = np.random.default_rng(2)
    resistance = rng.uniform(1, 100, (20, 30)).astype(np.float32)
    sources = np.zeros((20, 30), np.int32)
    sources[2, 2], sources[17, 27], sources[3, 26] = 1, 2, 3
    g = grid(30, 20, cell=CELL)
    result = run_algorithm("mcr:currentflow", {
        "RESISTANCE": write(tmp_path / "r.tif", resistance, g),
        "SOURCES_RASTER": write(tmp_path / "s.tif", sources, g, nodata=0, data_type="Int32"),
        "OUTPUT": str(tmp_path / "current.tif"), "RESISTANCE_MATRIX": None, "RESISTANCE_TABLE": None,
    })
    layer = QgsRasterLayer(result["OUTPUT"], "current", "gdal")  # loads current.qml, its default style
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    values = np.array([item.value for item in items])
    assert len(values) >= 5 and (values > 0).all()
    ratios = values[1:] / values[:-1]
    np.testing.assert_allclose(ratios, ratios[0], rtol=1e-6)  # equal steps in log space
    current = read(result["OUTPUT"]).array
    away = current[sources == 0]
    assert values[-1] == pytest.approx(float(away.max()), rel=1e-5)  # stretched to the non-source cells
