# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo's maps (resources/sample/render_pattern.py): whole, oriented, sourced and comparable.

A tall landscape (31.5 m cells, 4:5 like the 1073 × 1359 raster that lost its southern 19 %) goes
through the chain and is laid out as the demo lays out each epoch: the whole extent is on the map,
the page grows around it, the legend names the MCR surface rather than "Band 1: MCR (Gray)",
there is a north arrow, a scale bar and a note of the source and the CRS, and the MCR colours
follow the range given for all epochs. ``MCR_RENDER_DIR=folder`` keeps the picture.
"""

import importlib.util
import os
import shutil

import numpy as np
import pytest

from ..conftest import PLUGIN_NAME, REPO, run_algorithm
from .helpers import grid, write


def load_render_pattern():
    spec = importlib.util.spec_from_file_location("render_pattern", REPO / "resources" / "sample" / "render_pattern.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.PACKAGE = PLUGIN_NAME  # the package the test session imported
    return module


@pytest.fixture(scope="module")
def epoch_folder(qgis_app, tmp_path_factory):
    """The outputs of the chain on a tall landscape, under the names the demo gives them."""
    work = tmp_path_factory.mktemp("tall_work")
    folder = tmp_path_factory.mktemp("tall_epoch")
    rows, columns = 95, 75
    landuse = np.full((rows, columns), 5, np.int32)
    landuse[5:25, 8:30] = 1
    landuse[40:62, 45:70] = 1
    landuse[72:92, 5:28] = 1  # a source near the southern edge: it must be on the map
    landuse[:, 37] = 6
    resistance = np.choose(np.searchsorted([1, 5, 6], landuse), [1.0, 4.0, 8.0]).astype(np.float32)
    cells = grid(columns, rows, cell=31.5)
    landuse_path = write(work / "landuse.tif", landuse, cells, nodata=0, data_type="Int32")
    resistance_path = write(work / "resistance.tif", resistance, cells)
    sources = run_algorithm("mcr:selectsources", {"INPUT": landuse_path, "MIN_AREA": 0.2,
                                                  "OUTPUT": str(folder / "sources.gpkg"),
                                                  "OUTPUT_RASTER": str(work / "sources.tif")})
    run_algorithm("mcr:costsurface", {"RESISTANCE": resistance_path, "SOURCES_RASTER": sources["OUTPUT_RASTER"],
                                      "OUTPUT": str(folder / "mcr.tif")})
    run_algorithm("mcr:corridors", {"RESISTANCE": resistance_path, "SOURCES_RASTER": sources["OUTPUT_RASTER"],
                                    "LANDUSE": landuse_path, "CORRIDORS": str(folder / "corridors.gpkg"),
                                    "NODES": str(folder / "nodes.gpkg"), "RIDGES": str(folder / "ridges.gpkg"),
                                    "VULNERABLE": str(folder / "vulnerable.gpkg")})
    run_algorithm("mcr:radiationchannels", {"RESISTANCE": resistance_path, "SOURCES_RASTER": sources["OUTPUT_RASTER"],
                                            "THRESHOLD": 0.05, "MIN_LENGTH": 0,
                                            "OUTPUT": str(folder / "channels.gpkg")})
    return folder


@pytest.fixture(scope="module")
def layout(epoch_folder):
    render_pattern = load_render_pattern()
    built, items = render_pattern.build_layout(str(epoch_folder), "Ecological security pattern (test)",
                                               mcr_range=(0.0, 25000.0), source="generated test landscape")
    return render_pattern, built, items


def legend_texts(legend):
    model = legend.model()
    texts = []
    for node in model.rootGroup().findLayers():
        texts.append(node.name())
        texts += [str(legend_node.data(0)) for legend_node in model.layerLegendNodes(node)]
    return texts


def test_the_whole_extent_is_on_the_map_and_the_map_on_the_page(layout):
    _, built, items = layout
    shown, data = items["map"].extent(), items["extent"]
    assert shown.contains(data), "the map crops the data"
    page = built.pageCollection().page(0).pageSize()
    frame = items["map"].sizeWithUnits()
    position = items["map"].positionWithUnits()
    assert position.y() + frame.height() <= page.height() and position.x() + frame.width() <= page.width()
    assert frame.height() / frame.width() == pytest.approx(data.height() / data.width(), rel=0.02)
    assert frame.height() > frame.width()  # a tall landscape gets a tall map


def test_legend_names_the_mcr_surface(layout):
    _, _, items = layout
    texts = legend_texts(items["legend"])
    assert "MCR (cumulative resistance)" in texts
    assert not [text for text in texts if "Band 1" in text or "(Gray)" in text], texts


def test_north_arrow_scale_bar_and_note(layout):
    _, _, items = layout
    assert items["north"] is not None and items["north"].linkedMap() is items["map"]
    assert items["scale"].linkedMap() is items["map"]
    note = items["note"].text()
    assert "EPSG:32650" in note and "generated test landscape" in note and "QGIS" in note


def test_mcr_colours_follow_the_range_of_all_epochs(layout):
    _, _, items = layout
    renderer = items["mcr"].renderer()
    assert (renderer.classificationMin(), renderer.classificationMax()) == (0.0, 25000.0)


def test_the_picture_shows_the_southern_edge(layout, epoch_folder, tmp_path):
    from qgis.PyQt.QtGui import QColor, QImage

    render_pattern, _, _ = layout
    picture = str(tmp_path / "pattern.png")
    render_pattern.render(str(epoch_folder), "Ecological security pattern (test)", picture, (0.0, 25000.0),
                          "generated test landscape")
    if os.environ.get("MCR_RENDER_DIR"):
        os.makedirs(os.environ["MCR_RENDER_DIR"], exist_ok=True)
        shutil.copy(picture, os.path.join(os.environ["MCR_RENDER_DIR"], "render_pattern_tall.png"))
    image = QImage(picture)
    _, built, items = layout
    page = built.pageCollection().page(0).pageSize()
    pixels_per_mm = image.width() / page.width()
    position, size = items["map"].positionWithUnits(), items["map"].sizeWithUnits()
    bottom = int((position.y() + size.height() * 0.97) * pixels_per_mm)  # inside the 1 % margin around the data
    middle = int((position.x() + size.width() / 2) * pixels_per_mm)
    colour = QColor(image.pixel(middle, bottom))
    assert colour.name() != "#ffffff", "the map's southern edge is blank"
    assert bottom < image.height()
