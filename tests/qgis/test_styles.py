# SPDX-License-Identifier: GPL-2.0-or-later
"""Every style file loads, and outputs carry their style (file sidecar and loaded layer)."""

import glob
import os

import numpy as np
import pytest

from ..conftest import REPO
from .helpers import grid, write

STYLES = sorted(glob.glob(str(REPO / "resources" / "styles" / "*.qml")))
RASTER_STYLES = {"resistance", "mcr", "accumulation", "corridor_width", "zones", "direction", "slope"}
VECTOR_GEOMETRY = {"sources": "Polygon", "change": "MultiPolygon", "corridors": "LineString", "ridges": "LineString",
                   "vulnerable": "LineString", "channels": "LineString", "nodes": "Point",
                   "corridor_change": "LineString"}
# MSPA classes, and patches and links of connectivity importance (mcr:mspa, mcr:connectivity).
RASTER_STYLES |= {"mspa"}
VECTOR_GEOMETRY.update({"patch_importance": "MultiPolygon", "links": "LineString"})
# Circuit theory: current (log-stretched), voltages, barrier scores, corridor centrality.
RASTER_STYLES |= {"current", "voltage", "barriers"}
VECTOR_GEOMETRY.update({"centrality": "LineString"})


def test_every_output_kind_has_a_style_file():
    names = {os.path.splitext(os.path.basename(path))[0] for path in STYLES}
    assert names == RASTER_STYLES | set(VECTOR_GEOMETRY)


@pytest.mark.parametrize("path", STYLES, ids=lambda p: os.path.basename(p))
def test_style_file_loads(qgis_app, tmp_path, path):
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    name = os.path.splitext(os.path.basename(path))[0]
    if name in RASTER_STYLES:
        raster = write(tmp_path / "r.tif", np.arange(12, dtype=np.float32).reshape(3, 4), grid(4, 3))
        layer = QgsRasterLayer(raster, "r", "gdal")
    else:
        layer = QgsVectorLayer(f"{VECTOR_GEOMETRY[name]}?crs=EPSG:32650&field=change:string", "v", "memory")
    message, ok = layer.loadNamedStyle(path)
    assert ok, message


def test_file_outputs_get_a_sidecar_style_stretched_to_their_values(qgis_app, tmp_path):
    from qgis.core import QgsRasterLayer

    from ..conftest import run_algorithm

    resistance = np.ones((6, 8), np.float32)
    sources = np.zeros((6, 8), np.int32)
    sources[0, 0] = 1
    result = run_algorithm("mcr:costsurface", {
        "RESISTANCE": write(tmp_path / "r.tif", resistance, grid(8, 6, cell=10.0)),
        "SOURCES_RASTER": write(tmp_path / "s.tif", sources, grid(8, 6, cell=10.0), nodata=0, data_type="Int32"),
        "OUTPUT": str(tmp_path / "mcr.tif"), "ALLOCATION": str(tmp_path / "allocation.tif"),
        "BACK_DIRECTION": str(tmp_path / "back.tif"),
    })
    for name in ("mcr", "allocation", "back"):
        assert (tmp_path / f"{name}.qml").exists()
    layer = QgsRasterLayer(result["OUTPUT"], "mcr", "gdal")  # loads mcr.qml as its default style
    renderer = layer.renderer()
    assert renderer.type() == "singlebandpseudocolor"
    expected_max = 10.0 * (2 + 5 * np.sqrt(2))  # to the far corner: 5 diagonal steps, 2 straight
    assert renderer.classificationMax() == pytest.approx(expected_max, rel=1e-6)


def test_loaded_results_are_styled(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProject

    classes = np.full((30, 30), 5, dtype=np.uint8)
    classes[5:25, 5:25] = 1
    processing.runAndLoadResults("mcr:selectsources", {
        "INPUT": write(tmp_path / "lu.tif", classes, grid(30, 30, cell=100.0), nodata=0, data_type="Byte"),
        "MIN_AREA": 1.0, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_RASTER": "TEMPORARY_OUTPUT",
    })
    layers = QgsProject.instance().mapLayers().values()
    polygons = [layer for layer in layers if layer.type() == layer.VectorLayer]
    assert polygons, "the sources were not loaded"
    symbol = polygons[-1].renderer().symbol()
    assert symbol.color().green() > symbol.color().red()  # sources load filled green
    QgsProject.instance().removeAllMapLayers()
