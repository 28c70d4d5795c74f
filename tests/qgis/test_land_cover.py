# SPDX-License-Identifier: GPL-2.0-or-later
"""Real land cover: presets, category names, CSV tables, polygons, relative elevation classes,
dominant sources, and the comparison of corridors between epochs."""

import csv
import math
import os

import numpy as np
import pytest
from osgeo import gdal

from mcr_security_pattern.algorithms import tables
from mcr_security_pattern.algorithms.kernels import cost

from ..unit.reference_dijkstra import dijkstra
from .helpers import box, grid, polygon_layer, read, write

X0, Y0 = 300000.0, 2770000.0


class Log:
    """A feedback that keeps what the algorithm says."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class Recorder(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushWarning(self, text):  # noqa: N802 (QGIS API)
                self.lines.append("WARN " + text)

            def pushInfo(self, text):  # noqa: N802 (QGIS API)
                self.lines.append("INFO " + text)

        self.feedback = Recorder()

    def warnings(self):
        return [line[5:] for line in self.feedback.lines if line.startswith("WARN ")]

    def infos(self):
        return [line[5:] for line in self.feedback.lines if line.startswith("INFO ")]


def run(algorithm_id, parameters, log=None):
    import processing

    return processing.run(algorithm_id, parameters, feedback=(log or Log()).feedback)


def write_categories(path, codes, names, cell=30.0):
    """An ERDAS Imagine (.img) raster of ``codes`` whose band carries a raster attribute table of
    class names {code: name} in the file itself, as products distributed in that format do (a
    GeoTIFF keeps it in an .aux.xml, which these tests switch off)."""
    path = os.path.splitext(str(path))[0] + ".img"
    dataset = gdal.GetDriverByName("HFA").Create(path, codes.shape[1], codes.shape[0], 1, gdal.GDT_Int32)
    g = grid(codes.shape[1], codes.shape[0], cell=cell)
    dataset.SetGeoTransform(g.transform)
    dataset.SetProjection(g.crs_wkt)
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.WriteArray(codes)
    table = gdal.RasterAttributeTable()
    table.CreateColumn("Value", gdal.GFT_Integer, gdal.GFU_MinMax)
    table.CreateColumn("Class_Name", gdal.GFT_String, gdal.GFU_Name)
    for row, (code, name) in enumerate(sorted(names.items())):
        table.SetValueAsInt(row, 0, code)
        table.SetValueAsString(row, 1, name)
    band.SetDefaultRAT(table)
    band = dataset = None
    return path


@pytest.mark.parametrize("preset", tables.PRESETS)
def test_every_preset_maps_every_code_of_its_product(qgis_app, tmp_path, preset):
    rows = tables.preset(preset).rows
    expected = {int(code): float(value) for code, _, value in rows}
    names = {int(code): name for code, name, _ in rows}
    codes = np.array([sorted(expected)] * 3, dtype=np.int32)  # every class of the product, three times
    path = write_categories(tmp_path / f"{preset}.tif", codes, names)
    log = Log()
    result = run("mcr:landuseresistance", {"INPUT": path, "PRESET": preset, "OUTPUT": str(tmp_path / "r.tif")}, log)
    resistance = read(result["OUTPUT"]).array
    np.testing.assert_array_equal(resistance, np.vectorize(expected.get)(codes).astype(np.float32))
    assert not log.warnings()  # the raster's own class names agree with the preset's
    listed = "\n".join(log.infos())
    for code in expected:
        assert f"{code} → {names[code]} → {expected[code]:g} (3 cells)" in listed


def test_category_names_that_disagree_with_the_table_are_reported(qgis_app, tmp_path):
    recode = {1: "Water", 2: "Developed", 3: "Barren", 4: "Forest", 5: "Shrubland", 7: "Herbaceous",
              8: "Planted/Cultivated", 9: "Wetlands"}
    codes = np.array([sorted(recode)] * 2, dtype=np.int32)
    path = write_categories(tmp_path / "nlcd8.tif", codes, recode)
    log = Log()
    run("mcr:landuseresistance", {"INPUT": path, "OUTPUT": str(tmp_path / "r.tif")}, log)  # the paper's table
    (warning,) = log.warnings()
    assert "code 1 is 'Water' in the raster but 'Vegetation' in the table" in warning
    log = Log()
    run("mcr:landuseresistance", {"INPUT": path, "PRESET": "nlcd_level1", "OUTPUT": str(tmp_path / "r2.tif")}, log)
    assert not log.warnings()


def test_a_csv_table_with_quoted_names_and_name_matched_polygons_equal_the_code_route(qgis_app, tmp_path):
    table = tmp_path / "classes.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["code", "name", "resistance", "note"],
                                      [1, "Forest, dense", 1, "closed canopy"], [2, "Shrub (open)", 2.5, ""],
                                      [3, "Snow / Ice", 9, ""], [4, "Built-up", 8, "roads too"]])
    codes = np.array([[1, 1, 2, 2, 3, 3], [1, 1, 2, 2, 3, 3], [4, 4, 4, 1, 1, 1]], dtype=np.int32)
    raster = write(tmp_path / "codes.tif", codes, grid(6, 3, cell=100.0), nodata=0, data_type="Int32")
    by_code = run("mcr:landuseresistance", {"INPUT": raster, "TABLE_FILE": str(table),
                                            "OUTPUT": str(tmp_path / "by_code.tif")})
    # The same land use as polygons named in other spellings: case, spaces, slashes, brackets.
    def cells(c0, c1, r0, r1):
        return box(X0 + 100 * c0, Y0 - 100 * r1, X0 + 100 * c1, Y0 - 100 * r0)

    layer = polygon_layer([(cells(0, 2, 0, 2), "FOREST, DENSE"), (cells(2, 4, 0, 2), "shrub open"),
                           (cells(4, 6, 0, 2), "snow-ice"), (cells(0, 3, 2, 3), "built up"),
                           (cells(3, 6, 2, 3), "Forest,dense")])
    by_name = run("mcr:landuseresistance", {"POLYGONS": layer, "CLASS_FIELD": "cls", "REFERENCE": raster,
                                            "TABLE_FILE": str(table), "OUTPUT": str(tmp_path / "by_name.tif")})
    expected = np.vectorize({1: 1.0, 2: 2.5, 3: 9.0, 4: 8.0}.get)(codes).astype(np.float32)
    np.testing.assert_array_equal(read(by_code["OUTPUT"]).array, expected)
    np.testing.assert_array_equal(read(by_name["OUTPUT"]).array, expected)


@pytest.fixture()
def mountain(tmp_path):
    """A DEM rising from 1000 m (west) to 3000 m (east) in equal steps per column."""
    columns = 200
    heights = 1000.0 + 2000.0 * (np.arange(columns) + 0.5) / columns
    dem = np.tile(heights, (50, 1)).astype(np.float32)
    return write(tmp_path / "mountain.tif", dem, grid(columns, 50, cell=30.0)), heights


def elevation_classes(tmp_path, dem, method, log=None):
    result = run("mcr:terrainresistance", {"INPUT": dem, "ELEVATION_CLASSES": method,
                                           "SLOPE_RESISTANCE": str(tmp_path / f"s{method}.tif"),
                                           "ELEVATION_RESISTANCE": str(tmp_path / f"e{method}.tif")}, log)
    return read(result["ELEVATION_RESISTANCE"]).array


def test_the_papers_elevation_table_stops_at_800_m(qgis_app, tmp_path, mountain):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="elevation outside every range"):
        elevation_classes(tmp_path, mountain[0], 0)


def test_quantile_classes_on_a_mountain_give_four_equal_areas(qgis_app, tmp_path, mountain):
    classes = elevation_classes(tmp_path, mountain[0], 1)
    values, counts = np.unique(classes, return_counts=True)
    assert values.tolist() == [1.0, 3.0, 5.0, 8.0]  # the paper's four resistances, in order
    assert counts.tolist() == [2500, 2500, 2500, 2500]  # 50 columns each of the 200


def test_equal_interval_classes_split_the_elevation_range_evenly(qgis_app, tmp_path, mountain):
    dem, heights = mountain
    # A DEM whose area is unevenly spread: half of it below 1500 m.
    skewed = np.concatenate([np.linspace(1000, 1500, 100), np.linspace(1500, 3000, 100)])
    path = write(tmp_path / "skewed.tif", np.tile(skewed, (10, 1)).astype(np.float32), grid(200, 10, cell=30.0))
    classes = elevation_classes(tmp_path, path, 2)
    breaks = 1000.0 + 2000.0 * np.array([0.25, 0.5, 0.75])  # equal intervals of 1000–3000 m
    expected = np.array([1.0, 3.0, 5.0, 8.0])[np.searchsorted(breaks, skewed, side="left")]
    np.testing.assert_array_equal(classes[0], expected)


def test_natural_breaks_find_the_terraces_of_a_stepped_dem(qgis_app, tmp_path):
    rng = np.random.default_rng(3)
    levels = np.repeat([1200.0, 1600.0, 2300.0, 2900.0], [30, 70, 40, 60])
    dem = np.tile(levels, (20, 1)) + rng.uniform(-20, 20, (20, 200))
    path = write(tmp_path / "terraces.tif", dem.astype(np.float32), grid(200, 20, cell=30.0))
    log = Log()
    classes = elevation_classes(tmp_path, path, 3, log)
    expected = np.tile(np.repeat([1.0, 3.0, 5.0, 8.0], [30, 70, 40, 60]), (20, 1))
    np.testing.assert_array_equal(classes, expected)
    assert any("natural" in line or "jenks" in line for line in log.infos())


def test_sources_take_the_presets_habitat_classes_and_accept_polygons(qgis_app, tmp_path):
    # WorldCover: tree cover 10 and mangroves 95 are habitat; 20 (shrub) is not.
    codes = np.full((40, 40), 40, np.int32)
    codes[2:20, 2:20] = 10
    codes[25:38, 25:38] = 95
    codes[2:15, 25:38] = 20
    path = write(tmp_path / "wc.tif", codes, grid(40, 40, cell=100.0), nodata=0, data_type="Int32")
    result = run("mcr:selectsources", {"INPUT": path, "PRESET": "worldcover", "MIN_AREA": 1.0,
                                       "OUTPUT": str(tmp_path / "s.gpkg"), "OUTPUT_RASTER": str(tmp_path / "s.tif")})
    ids = read(result["OUTPUT_RASTER"]).array
    assert (ids[2:20, 2:20] == 1).all() and (ids[25:38, 25:38] == 2).all() and (ids[2:15, 25:38] == 0).all()
    # The same land use as polygons with the product's class names.
    layer = polygon_layer([(box(X0, Y0 - 4000, X0 + 4000, Y0), "Cropland"),
                           (box(X0 + 200, Y0 - 2000, X0 + 2000, Y0 - 200), "Tree cover"),
                           (box(X0 + 2500, Y0 - 3800, X0 + 3800, Y0 - 2500), "mangroves")])
    polygons = run("mcr:selectsources", {"POLYGONS": layer, "CLASS_FIELD": "cls", "REFERENCE": path,
                                         "PRESET": "worldcover", "MIN_AREA": 1.0, "OUTPUT": str(tmp_path / "p.gpkg"),
                                         "OUTPUT_RASTER": str(tmp_path / "p.tif")})
    np.testing.assert_array_equal(read(polygons["OUTPUT_RASTER"]).array > 0, ids > 0)


def test_one_source_covering_much_of_the_map_is_reported_with_the_remedy(qgis_app, tmp_path):
    codes = np.full((50, 50), 5, np.int32)
    codes[:, :30] = 1
    path = write(tmp_path / "forest.tif", codes, grid(50, 50, cell=100.0), nodata=0, data_type="Int32")
    log = Log()
    run("mcr:selectsources", {"INPUT": path, "MIN_AREA": 1.0, "OUTPUT": str(tmp_path / "s.gpkg")}, log)
    assert any("covers 60.0 % of the map" in line for line in log.infos())
    (warning,) = log.warnings()
    assert "One source covers 60 %" in warning and "opening" in warning and "MSPA" in warning


def scenario(tmp_path, epoch, mine):
    """Two forests with a cheap valley between them; in the later epoch a mine cuts the valley."""
    rows, cols = 40, 60
    resistance = np.full((rows, cols), 5.0, np.float32)
    resistance[18:22, :] = 1.0  # the valley
    resistance[5:9, :] = 2.0  # a costlier northern route
    if mine:
        resistance[14:26, 28:32] = 60.0  # tailings across the valley
    sources = np.zeros((rows, cols), np.int32)
    sources[10:30, 2:8], sources[10:30, 52:58] = 1, 2
    g = grid(cols, rows, cell=30.0)
    r_path = write(tmp_path / f"r{epoch}.tif", resistance, g)
    s_path = write(tmp_path / f"s{epoch}.tif", sources, g, nodata=0, data_type="Int32")
    polygons = run("mcr:selectsources", {"INPUT": s_path, "HABITAT_CLASSES": "1,2", "MIN_AREA": 0.01,
                                         "OUTPUT": str(tmp_path / f"sources{epoch}.gpkg")})["OUTPUT"]
    found = run("mcr:corridors", {"RESISTANCE": r_path, "SOURCES_RASTER": s_path, "MODE": 1,
                                  "CORRIDORS": str(tmp_path / f"c{epoch}.gpkg"),
                                  "NODES": str(tmp_path / f"n{epoch}.gpkg")})
    return resistance, sources, polygons, found


def line_points(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "c", "ogr")
    (feature,) = list(layer.getFeatures())
    return np.array([(p.x(), p.y()) for p in feature.geometry().asPolyline()])


def test_the_comparison_shows_a_corridor_rerouted_around_a_new_mine(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    before = scenario(tmp_path, 1, mine=False)
    after = scenario(tmp_path, 2, mine=True)
    result = run("mcr:comparepatterns", {
        "SOURCES": [before[2], after[2]], "LABELS": "2013, 2018",
        "CORRIDORS": [before[3]["CORRIDORS"], after[3]["CORRIDORS"]], "NODES": [before[3]["NODES"], after[3]["NODES"]],
        "OUTPUT": str(tmp_path / "table.csv"), "CHANGE": str(tmp_path / "change.gpkg"),
        "CORRIDOR_CHANGE": str(tmp_path / "corridor_change.gpkg"), "OUTPUT_HTML": str(tmp_path / "report.html"),
    })
    (change,) = list(QgsVectorLayer(result["CORRIDOR_CHANGE"], "c", "ogr").getFeatures())
    assert change["status"] == "kept" and (change["from_epoch"], change["to_epoch"]) == ("2013", "2018")
    # Independent: the least-cost distance of each epoch by a plain Dijkstra, and the discrete
    # Hausdorff distance between the two corridor lines' vertices.
    costs = []
    for resistance, sources, _, _ in (before, after):
        valid = np.ones(resistance.shape, bool)
        distance, _ = dijkstra(resistance.astype(np.float64), valid, np.where(sources == 1, 1, 0), 30.0, 30.0)
        costs.append(float(distance[sources == 2].min()))
    assert change["cwd_before"] == pytest.approx(costs[0], rel=1e-9)
    assert change["cwd_after"] == pytest.approx(costs[1], rel=1e-9)
    assert change["cwd_change_pct"] == pytest.approx(100 * (costs[1] / costs[0] - 1), rel=1e-9)
    a, b = line_points(before[3]["CORRIDORS"]), line_points(after[3]["CORRIDORS"])
    pairwise = np.hypot(a[:, None, 0] - b[None, :, 0], a[:, None, 1] - b[None, :, 1])
    hausdorff = max(pairwise.min(axis=1).max(), pairwise.min(axis=0).max())
    assert change["route_shift_m"] == pytest.approx(hausdorff, rel=1e-9)
    assert hausdorff > 100.0  # the corridor left the valley to go round the mine
    assert change["node_shift_m"] > 0
    with open(result["OUTPUT_HTML"], encoding="utf-8") as handle:
        report = handle.read()
    assert "What changed in corridors from 2013 to 2018" in report and "1–2" in report
    assert math.isclose(float(costs[1]) / costs[0] - 1, change["cwd_change_pct"] / 100, rel_tol=1e-9)


def test_a_source_without_successor_loses_its_corridors(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    before = scenario(tmp_path, 1, mine=False)
    # The later epoch: the eastern forest is gone, a new one grew in the north-east.
    rows, cols = 40, 60
    sources = np.zeros((rows, cols), np.int32)
    sources[10:30, 2:8], sources[0:6, 40:58] = 1, 2
    g = grid(cols, rows, cell=30.0)
    s_path = write(tmp_path / "s3.tif", sources, g, nodata=0, data_type="Int32")
    polygons = run("mcr:selectsources", {"INPUT": s_path, "HABITAT_CLASSES": "1,2", "MIN_AREA": 0.01,
                                         "OUTPUT": str(tmp_path / "sources3.gpkg")})["OUTPUT"]
    found = run("mcr:corridors", {"RESISTANCE": write(tmp_path / "r3.tif", np.ones((rows, cols), np.float32), g),
                                  "SOURCES_RASTER": s_path, "MODE": 1, "CORRIDORS": str(tmp_path / "c3.gpkg")})
    result = run("mcr:comparepatterns", {
        "SOURCES": [before[2], polygons], "CORRIDORS": [before[3]["CORRIDORS"], found["CORRIDORS"]],
        "OUTPUT": "memory:", "CHANGE": "memory:", "CORRIDOR_CHANGE": str(tmp_path / "cc.gpkg"),
    })
    statuses = sorted(f["status"] for f in QgsVectorLayer(result["CORRIDOR_CHANGE"], "c", "ogr").getFeatures())
    assert statuses == ["lost", "new"]
    assert os.path.exists(result["CORRIDOR_CHANGE"])
    assert cost.NEIGHBOURHOODS  # the corridor kernels are importable beside QGIS
