# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:costsurface through processing.run."""

import math

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import cost

from ..conftest import run_algorithm
from ..unit.reference_dijkstra import dijkstra
from .helpers import box, grid, polygon_layer, read, wkt, write

X0, Y0, CELL = 300000.0, 2770000.0, 30.0


@pytest.fixture()
def processing_error(qgis_app):
    from qgis.core import QgsProcessingException

    return QgsProcessingException


def outputs(tmp_path):
    return {key: str(tmp_path / f"{key.lower()}.tif") for key in ("OUTPUT", "ALLOCATION", "BACK_DIRECTION")}


def test_surface_allocation_and_direction_from_a_source_raster(qgis_app, tmp_path):
    rng = np.random.default_rng(11)
    resistance = rng.uniform(1, 10, (15, 20)).astype(np.float32)
    resistance[5:10, 8] = -9999.0  # a wall of NoData
    sources = np.zeros((15, 20), np.int32)
    sources[2, 2], sources[12, 17] = 3, 7
    r_path = write(tmp_path / "r.tif", resistance, grid(20, 15, cell=CELL))
    s_path = write(tmp_path / "s.tif", sources, grid(20, 15, cell=CELL), nodata=0, data_type="Int32")
    result = run_algorithm("mcr:costsurface", {"RESISTANCE": r_path, "SOURCES_RASTER": s_path, **outputs(tmp_path)})
    valid = resistance > 0
    expected, expected_allocation = dijkstra(resistance.astype(np.float64), valid, sources, CELL, CELL, 8)
    surface = read(result["OUTPUT"])
    assert surface.array.dtype == np.float32 and surface.nodata == -9999
    np.testing.assert_allclose(surface.array[valid], expected[valid], rtol=1e-6)
    assert not surface.valid[~valid].any()
    allocation = read(result["ALLOCATION"]).array
    assert set(np.unique(allocation[valid])) == {3, 7}
    back = read(result["BACK_DIRECTION"])
    assert back.array[2, 2] == 0 and back.array[12, 17] == 0
    assert back.nodata == 255 and (back.array[~valid] == 255).all()
    # Following the back-direction from any cell leads to the source its allocation names.
    predecessor = cost.predecessor_index(np.where(back.array == 255, 0, back.array))
    cell = np.int64(14 * 20 + 0)
    while predecessor[cell] >= 0:
        cell = predecessor[cell]
    assert divmod(int(cell), 20) in [(2, 2), (12, 17)]
    assert allocation.ravel()[cell] == allocation[14, 0]


def test_polygon_smaller_than_a_cell_still_gets_its_cell(qgis_app, tmp_path):
    r_path = write(tmp_path / "r.tif", np.ones((10, 10), np.float32), grid(10, 10, cell=CELL))
    # A 4 m x 4 m polygon inside cell (row 3, col 6), away from its centre.
    x, y = X0 + 6 * CELL + 2, Y0 - 3 * CELL - 2
    layer = polygon_layer([(box(x, y - 4, x + 4, y), "a")], "string")
    result = run_algorithm("mcr:costsurface", {"RESISTANCE": r_path, "SOURCES": layer, **outputs(tmp_path)})
    surface = read(result["OUTPUT"]).array
    assert surface[3, 6] == 0.0 and (surface > 0).sum() == 99
    assert surface[3, 7] == pytest.approx(CELL)
    assert (read(result["ALLOCATION"]).array == 1).all()


def test_polygons_in_another_crs_are_reprojected_and_ids_come_from_the_field(qgis_app, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    r_path = write(tmp_path / "r.tif", np.ones((20, 20), np.float32), grid(20, 20, cell=CELL))
    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:32650"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )

    def lonlat_box(col0, row0, col1, row1):
        a = to_wgs84.transform(QgsPointXY(X0 + col0 * CELL, Y0 - row1 * CELL))
        b = to_wgs84.transform(QgsPointXY(X0 + col1 * CELL, Y0 - row0 * CELL))
        return box(a.x(), a.y(), b.x(), b.y())

    layer = polygon_layer(
        [(lonlat_box(1, 1, 4, 4), 5), (lonlat_box(15, 15, 18, 18), 9), (lonlat_box(1, 15, 3, 18), 5)],
        "integer", epsg=4326,
    )
    result = run_algorithm(
        "mcr:costsurface",
        {"RESISTANCE": r_path, "SOURCES": layer, "SOURCE_ID_FIELD": "cls", **outputs(tmp_path)},
    )
    allocation = read(result["ALLOCATION"]).array
    surface = read(result["OUTPUT"]).array
    assert allocation[2, 2] == 5 and allocation[16, 2] == 5 and allocation[16, 16] == 9
    assert surface[2, 2] == 0 and surface[16, 16] == 0 and surface[16, 2] == 0
    assert set(np.unique(allocation)) == {5, 9}


def test_max_cost_leaves_far_cells_nodata(qgis_app, tmp_path):
    r_path = write(tmp_path / "r.tif", np.ones((1, 10), np.float32), grid(10, 1, cell=10.0))
    sources = np.zeros((1, 10), np.int32)
    sources[0, 0] = 1
    s_path = write(tmp_path / "s.tif", sources, grid(10, 1, cell=10.0), nodata=0, data_type="Int32")
    result = run_algorithm(
        "mcr:costsurface",
        {"RESISTANCE": r_path, "SOURCES_RASTER": s_path, "MAX_COST": 45.0, "NEIGHBOURS": 0, **outputs(tmp_path)},
    )
    surface = read(result["OUTPUT"])
    assert surface.array[0, :5].tolist() == [0, 10, 20, 30, 40]
    assert not surface.valid[0, 5:].any()
    assert read(result["ALLOCATION"]).array[0].tolist() == [1] * 5 + [0] * 5


def test_knights_move_option(qgis_app, tmp_path):
    resistance = np.random.default_rng(2).uniform(1, 5, (9, 9)).astype(np.float32)
    sources = np.zeros((9, 9), np.int32)
    sources[4, 4] = 1
    r_path = write(tmp_path / "r.tif", resistance, grid(9, 9, cell=CELL))
    s_path = write(tmp_path / "s.tif", sources, grid(9, 9, cell=CELL), nodata=0, data_type="Int32")
    result = run_algorithm(
        "mcr:costsurface",
        {"RESISTANCE": r_path, "SOURCES_RASTER": s_path, "NEIGHBOURS": 2, "FLOAT64": True, **outputs(tmp_path)},
    )
    expected, _ = dijkstra(resistance.astype(np.float64), np.ones((9, 9), bool), sources, CELL, CELL, 16)
    surface = read(result["OUTPUT"])
    assert surface.array.dtype == np.float64
    np.testing.assert_allclose(surface.array, expected, rtol=1e-12)


@pytest.mark.parametrize(
    "change, message",
    [
        ("zero", r"1 cells that are ≤ 0 or not a number .*row 1, column 2"),
        ("no sources", "either as a source-id raster or as polygons"),
        ("sources outside", "outside the resistance raster"),
        ("sources on nodata", "lies on NoData"),
        ("geographic", "geographic CRS"),
    ],
)
def test_bad_input_names_the_problem_and_writes_nothing(qgis_app, tmp_path, processing_error, change, message):
    from mcr_security_pattern.algorithms import raster_io

    resistance = np.ones((5, 5), np.float32)
    raster_grid = grid(5, 5, cell=CELL)
    parameters = {}
    layer = polygon_layer([(box(X0 + 1, Y0 - 29, X0 + 29, Y0 - 1), 1)], "integer")
    if change == "zero":
        resistance[1, 2] = 0.0
    if change == "sources outside":
        layer = polygon_layer([(box(X0 + 1e5, Y0, X0 + 1e5 + 50, Y0 + 50), 1)], "integer")
    if change == "sources on nodata":
        resistance[0, 0] = -9999.0
    if change == "geographic":
        raster_grid = raster_io.Grid((115.0, 0.001, 0.0, 25.0, 0.0, -0.001), wkt(4326), 5, 5)
    if change != "no sources":
        parameters["SOURCES"] = layer
    r_path = write(tmp_path / "r.tif", resistance, raster_grid)
    files = outputs(tmp_path)
    with pytest.raises(processing_error, match=message):
        run_algorithm("mcr:costsurface", {"RESISTANCE": r_path, **parameters, **files})
    assert not any(__import__("os").path.exists(path) for path in files.values())


def test_unreachable_cells_are_nodata_with_a_warning(qgis_app, tmp_path):
    resistance = np.ones((5, 5), np.float32)
    resistance[:, 2] = -9999.0
    sources = np.zeros((5, 5), np.int32)
    sources[0, 0] = 1
    r_path = write(tmp_path / "r.tif", resistance, grid(5, 5, cell=CELL))
    s_path = write(tmp_path / "s.tif", sources, grid(5, 5, cell=CELL), nodata=0, data_type="Int32")
    result = run_algorithm("mcr:costsurface", {"RESISTANCE": r_path, "SOURCES_RASTER": s_path, **outputs(tmp_path)})
    surface = read(result["OUTPUT"])
    assert not surface.valid[:, 2:].any() and surface.valid[:, :2].all()
    assert surface.array[1, 1] == pytest.approx(math.sqrt(2) * CELL)


def test_cancel_stops_the_search_and_writes_nothing(qgis_app, tmp_path, processing_error):
    import processing
    from qgis.core import QgsProcessingFeedback

    resistance = np.ones((300, 300), np.float32)
    sources = np.zeros((300, 300), np.int32)
    sources[150, 150] = 1
    files = outputs(tmp_path)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(processing_error, match="Cancelled"):
        processing.run("mcr:costsurface", {
            "RESISTANCE": write(tmp_path / "r.tif", resistance, grid(300, 300, cell=CELL)),
            "SOURCES_RASTER": write(tmp_path / "s.tif", sources, grid(300, 300, cell=CELL), nodata=0,
                                    data_type="Int32"),
            **files,
        }, feedback=feedback)
    assert not any(__import__("os").path.exists(path) for path in files.values())


def test_progress_is_reported(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    seen = []
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(seen.append)
    resistance = np.random.default_rng(0).uniform(1, 5, (200, 200)).astype(np.float32)
    sources = np.zeros((200, 200), np.int32)
    sources[10, 10] = 1
    processing.run("mcr:costsurface", {
        "RESISTANCE": write(tmp_path / "r.tif", resistance, grid(200, 200, cell=CELL)),
        "SOURCES_RASTER": write(tmp_path / "s.tif", sources, grid(200, 200, cell=CELL), nodata=0, data_type="Int32"),
        **outputs(tmp_path),
    }, feedback=feedback)
    assert len(seen) > 5 and seen == sorted(seen) and seen[-1] == 100
