# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:comparepatterns on polygons of known area."""

import pytest

from ..conftest import run_algorithm
from .helpers import box, polygon_layer


@pytest.fixture()
def processing_error(qgis_app):
    from qgis.core import QgsProcessingException

    return QgsProcessingException


def rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "t", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()], layer


def test_table_change_polygons_and_report(qgis_app, tmp_path):
    km = 1000.0
    first = polygon_layer([(box(0, 0, 2 * km, 2 * km), 1), (box(5 * km, 0, 6 * km, 1 * km), 2)], "integer")  # 5 km²
    second = polygon_layer([(box(1 * km, 0, 3 * km, 2 * km), 1)], "integer")  # 4 km², overlapping 2 km²
    corridors = [polygon_layer([], "integer"), polygon_layer([], "integer")]
    result = run_algorithm("mcr:comparepatterns", {
        "SOURCES": [first, second], "LABELS": "2009, 2018", "CORRIDORS": corridors,
        "OUTPUT": str(tmp_path / "table.gpkg"), "CHANGE": str(tmp_path / "change.gpkg"),
        "OUTPUT_HTML": str(tmp_path / "report.html"),
    })
    table, _ = rows(result["OUTPUT"])
    assert [r["epoch"] for r in table] == ["2009", "2018"]
    assert [r["source_area_km2"] for r in table] == pytest.approx([5.0, 4.0])
    assert table[0]["change_km2"] is None or str(table[0]["change_km2"]) == "NULL"
    assert table[1]["change_km2"] == pytest.approx(-1.0)
    assert [r["sources"] for r in table] == [2, 1]
    assert [r["corridors"] for r in table] == [0, 0]
    change, layer = rows(result["CHANGE"])
    areas = {r["change"]: r["area_km2"] for r in change}
    assert areas == pytest.approx({"gain": 2.0, "loss": 3.0, "stable": 2.0})
    report = (tmp_path / "report.html").read_text()
    assert "2009" in report and "5.000" in report and "−" not in report.split("<table>")[0]


def test_labels_must_match_the_epochs(qgis_app, processing_error):
    layer = polygon_layer([(box(0, 0, 10, 10), 1)], "integer")
    with pytest.raises(processing_error, match="2 epochs of sources but 3 labels"):
        run_algorithm("mcr:comparepatterns", {
            "SOURCES": [layer, layer], "LABELS": "a,b,c", "OUTPUT": "memory:", "CHANGE": "memory:"})
    with pytest.raises(processing_error, match="one per epoch"):
        run_algorithm("mcr:comparepatterns", {
            "SOURCES": [layer, layer], "CHANNELS": [layer], "OUTPUT": "memory:", "CHANGE": "memory:"})
