# SPDX-License-Identifier: GPL-2.0-or-later
"""Every shipped style draws something a reader can tell apart, on real outputs.

Layers are drawn offscreen with QGIS's map renderer (QgsMapRendererParallelJob), as the map
canvas draws them, and the colours of the picture are counted: an allocation raster of five
sources shows five colours, a back-direction raster shows its 8 or 16 directions as named
classes, every other style shows more than one colour. ``MCR_RENDER_DIR=folder`` keeps the
pictures to look at.
"""

import glob
import os
import re
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest

from ..conftest import REPO, run_algorithm
from .helpers import grid, write

STYLES = sorted(glob.glob(str(REPO / "resources" / "styles" / "*.qml")))


def render(layers, name, width=320):
    """Draw ``layers`` (top first) on a transparent picture; returns an (h, w, 4) uint8 RGBA array."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage

    extent = QgsRectangle(layers[0].extent())
    for layer in layers[1:]:
        extent.combineExtentWith(layer.extent())
    extent.scale(1.05)
    extent.grow(max(extent.width(), extent.height()) * 0.05 + 100.0)  # points and straight rows have no area
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    height = max(1, round(width * extent.height() / max(extent.width(), 1e-9)))
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage().convertToFormat(QImage.Format.Format_RGBA8888)
    folder = os.environ.get("MCR_RENDER_DIR")
    if folder:
        os.makedirs(folder, exist_ok=True)
        image.save(os.path.join(folder, f"{name}.png"))
    pointer = image.constBits()
    pointer.setsize(image.height() * image.bytesPerLine())
    rows = np.frombuffer(pointer, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


def colours(picture):
    """The distinct opaque colours of a picture."""
    opaque = picture[picture[..., 3] == 255][:, :3]
    return {tuple(int(c) for c in colour) for colour in np.unique(opaque, axis=0)} if opaque.size else set()


@pytest.fixture(scope="module")
def five_sources(qgis_app, tmp_path_factory):
    """A non-square resistance surface with five sources, run with 8 and with 16 neighbours."""
    folder = tmp_path_factory.mktemp("five_sources")
    rows, columns = np.mgrid[0:60, 0:90]
    resistance = (1.0 + 4.0 * (np.sin(rows / 7.0) * np.cos(columns / 9.0)) ** 2).astype(np.float32)
    sources = np.zeros((60, 90), np.int32)
    for number, (row, column) in enumerate(((8, 10), (10, 75), (30, 45), (50, 12), (52, 80)), start=1):
        sources[row - 2:row + 3, column - 2:column + 3] = number
    cells = grid(90, 60, cell=30.0)
    inputs = {"RESISTANCE": write(folder / "resistance.tif", resistance, cells),
              "SOURCES_RASTER": write(folder / "sources.tif", sources, cells, nodata=0, data_type="Int32")}
    runs = {}
    for neighbours, choice in ((8, 1), (16, 2)):
        runs[neighbours] = run_algorithm("mcr:costsurface", {
            **inputs, "NEIGHBOURS": choice, "OUTPUT": str(folder / f"mcr_{neighbours}.tif"),
            "ALLOCATION": str(folder / f"allocation_{neighbours}.tif"),
            "BACK_DIRECTION": str(folder / f"back_{neighbours}.tif")})
    return runs


def raster(path):
    from qgis.core import QgsRasterLayer

    layer = QgsRasterLayer(path, os.path.basename(path), "gdal")  # loads the .qml beside it
    assert layer.isValid(), path
    return layer


def test_allocation_of_five_sources_shows_five_colours(five_sources):
    layer = raster(five_sources[8]["ALLOCATION"])
    assert layer.renderer().type() == "paletted"
    assert [c.value for c in layer.renderer().classes()] == [1, 2, 3, 4, 5]
    assert len(colours(render([layer], "allocation_5_sources"))) == 5


@pytest.mark.parametrize("neighbours", [8, 16])
def test_back_direction_shows_each_direction_as_a_named_class(five_sources, neighbours):
    layer = raster(five_sources[neighbours]["BACK_DIRECTION"])
    renderer = layer.renderer()
    assert renderer.type() == "paletted"
    classes = {int(c.value): c.label for c in renderer.classes()}
    assert sorted(classes) == list(range(neighbours + 1))  # the directions and the source cells (0)
    names = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"} | (
        {"NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW", "NNW"} if neighbours == 16 else set())
    assert {re.search(r"from (\w+)", label).group(1) for code, label in classes.items() if code} == names
    assert len({c.color.name() for c in renderer.classes()}) == neighbours + 1
    legend = [text for text, _ in renderer.legendSymbologyItems()]
    assert len(legend) == neighbours + 1 and all(legend)
    shown = colours(render([layer], f"back_direction_{neighbours}"))
    assert len(shown) >= neighbours // 2, "the picture shows few of the directions"


def test_back_direction_codes_match_the_kernel():
    from mcr_security_pattern.algorithms import palette
    from mcr_security_pattern.algorithms.kernels import cost

    assert {code: short for code, (short, _, _) in palette.DIRECTIONS.items()} == cost.DIRECTION_NAMES
    assert {code: offset for code, (_, _, offset) in palette.DIRECTIONS.items()} == cost.OFFSETS


def test_mcr_surface_shows_a_ramp(five_sources):
    assert len(colours(render([raster(five_sources[8]["OUTPUT"])], "mcr_surface"))) > 20


def test_zones_of_many_ids_get_one_class_each(qgis_app, tmp_path):
    from mcr_security_pattern.algorithms import styles

    ids = np.arange(1, 41, dtype=np.int32).reshape(5, 8).repeat(4, axis=0).repeat(4, axis=1)
    path = write(tmp_path / "ids.tif", ids, grid(32, 20, cell=30.0), nodata=0, data_type="Int32")
    assert styles.write_raster_qml(path, str(tmp_path / "ids.qml"), "zones", (1, 40))
    layer = raster(path)
    assert [c.value for c in layer.renderer().classes()] == list(range(1, 41))
    assert len(colours(render([layer], "zones_40_ids"))) == 40


def style_kind(path):
    root = ElementTree.parse(path).getroot()
    if root.find(".//rasterrenderer") is not None:
        return "raster", root
    return "vector", root


def raster_case(root, tmp_path, name):
    """A raster whose values span the style: every palette value, or the ramp's range."""
    from mcr_security_pattern.algorithms import styles

    renderer = root.find(".//rasterrenderer")
    entries = [float(e.get("value")) for e in root.iter("paletteEntry")]
    if entries:
        values = np.array(entries, np.float32)
        value_range = (min(entries), max(entries))
    else:
        low = float(renderer.get("classificationMin", 0) or 0)
        high = float(renderer.get("classificationMax", 1) or 1)
        values = np.linspace(low, high, 24, dtype=np.float32)
        value_range = (low, high)
    array = np.resize(values, 24 * 36).reshape(24, 36) if entries else np.tile(values, (36, 1)).T[:, :36]
    array = np.ascontiguousarray(array, dtype=np.float32).repeat(3, axis=0).repeat(3, axis=1)
    path = write(tmp_path / f"{name}.tif", array, grid(array.shape[1], array.shape[0], cell=30.0))
    assert styles.write_raster_qml(path, str(tmp_path / f"{name}.qml"), name, value_range), name
    return raster(path), len(set(values.tolist()))


def vector_case(root, tmp_path, name):
    """A GeoPackage written by the plugin's writer with the style inside, with a feature per category."""
    from qgis.core import QgsGeometry, QgsVectorLayer

    from mcr_security_pattern.algorithms import styles, vector_io

    symbol = root.find(".//symbols/symbol")
    kind = symbol.get("type")  # fill, line or marker
    renderer = root.find(".//renderer-v2")
    field = renderer.get("attr") or "value"
    values = [c.get("value") for c in renderer.iter("category")] or ["1", "2", "3"]
    numeric = renderer.get("type") != "categorizedSymbol"
    features = []
    for index, value in enumerate(values):
        x, y = 300000 + 400 * index, 2769000
        shape = {"fill": f"POLYGON(({x} {y},{x + 300} {y},{x + 300} {y + 300},{x} {y + 300},{x} {y}))",
                 "line": f"LINESTRING({x} {y},{x + 150} {y + 300},{x + 300} {y})",
                 "marker": f"POINT({x + 150} {y + 150})"}[kind]
        features.append((bytes(QgsGeometry.fromWkt(shape).asWkb()), [float(index + 1) if numeric else value]))
    geometry = {"fill": "MultiPolygon", "line": "LineString", "marker": "Point"}[kind]
    path = str(tmp_path / f"{name}.gpkg")
    vector_io.write_vector(path, path, name, [(field, "double" if numeric else "string")], geometry,
                           grid(1, 1).crs_wkt, features, (name, styles.qml_text(name)))
    layer = QgsVectorLayer(path, name, "ogr")  # loads the style stored inside
    assert layer.isValid(), name
    return layer, len(values)


@pytest.mark.parametrize("path", STYLES, ids=lambda p: os.path.basename(p))
def test_every_style_draws_more_than_one_colour(qgis_app, tmp_path, path):
    name = os.path.splitext(os.path.basename(path))[0]
    kind, root = style_kind(path)
    layer, values = (raster_case if kind == "raster" else vector_case)(root, tmp_path, name)
    shown = colours(render([layer], f"style_{name}"))
    if kind == "raster":
        assert len(shown) > 1, f"{name} draws {len(shown)} colour"
        palette = {entry.get("color").lower() for entry in root.iter("paletteEntry")}
        if palette:
            assert len(shown) == len(palette), f"{name}: {len(palette)} class colours but {len(shown)} drawn"
    else:
        assert shown, f"{name} draws nothing"
        categories = list(root.iter("category"))
        if categories:
            drawn = {tuple(c) for c in np.unique(render([layer], f"style_{name}")[..., :3].reshape(-1, 3), axis=0)}
            assert len(drawn) > 1


def test_a_raster_and_a_vector_of_one_name_keep_their_own_styles(qgis_app, tmp_path):
    """selectsources' documented example writes sources.gpkg and sources.tif: the polygons open green
    (their style is inside the GeoPackage), the id raster with one colour per source (its .qml)."""
    from qgis.core import QgsVectorLayer

    landuse = np.full((40, 60), 5, np.uint8)
    landuse[5:20, 5:25], landuse[22:38, 35:58] = 1, 1
    result = run_algorithm("mcr:selectsources", {
        "INPUT": write(tmp_path / "landuse.tif", landuse, grid(60, 40, cell=30.0), nodata=0, data_type="Byte"),
        "MIN_AREA": 0.1, "OUTPUT": str(tmp_path / "sources.gpkg"), "OUTPUT_RASTER": str(tmp_path / "sources.tif")})
    polygons = QgsVectorLayer(result["OUTPUT"], "sources", "ogr")
    fill = polygons.renderer().symbol().color()
    assert fill.green() > fill.red() and fill.green() > fill.blue(), fill.name()
    ids = raster(result["OUTPUT_RASTER"])
    assert ids.renderer().type() == "paletted" and [c.value for c in ids.renderer().classes()] == [1, 2]
    assert len(colours(render([ids], "source_ids_2"))) == 2
    drawn = colours(render([polygons], "sources_polygons"))
    assert drawn and all(g >= r for r, g, _ in drawn), drawn
