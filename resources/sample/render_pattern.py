# SPDX-License-Identifier: GPL-2.0-or-later
"""Render an epoch's ecological security pattern to PNG with QGIS's own layout engine.

    /usr/bin/python3 resources/sample/render_pattern.py FOLDER TITLE OUTPUT.png \\
        [--mcr-range LOW HIGH] [--source "where the data comes from"]

FOLDER holds the outputs of the whole chain (mcr.tif, sources.gpkg, ridges.gpkg, channels.gpkg,
corridors.gpkg, vulnerable.gpkg, nodes.gpkg); each loads with the style written with it. The map
shows the MCR surface under the sources, ridge lines, radiation channels, corridors, vulnerable
stretches and nodes, with a title, a legend, a north arrow, a scale bar and a note of the data
source and the CRS. ``--mcr-range`` colours the MCR surface on a fixed range, so that the maps of
several epochs compare by eye (the demo passes the range of all epochs). The map keeps the data's
shape: a tall or wide extent is never cropped, the page grows around it.
"""

import argparse
import glob
import math
import os
import sys

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAYERS = [  # bottom to top: (file, legend name)
    ("mcr.tif", "MCR (cumulative resistance)"),
    ("sources.gpkg", "Ecological sources"),
    ("ridges.gpkg", "Ridge lines"),
    ("channels.gpkg", "Radiation channels"),
    ("corridors.gpkg", "Ecological corridors"),
    ("vulnerable.gpkg", "Vulnerable corridor stretches"),
    ("nodes.gpkg", "Ecological nodes"),
]
MAP_WIDTH, MAP_HEIGHT = 175.0, 165.0  # mm: the box the map fits in, whatever the data's shape
SIDE = 92.0  # mm of legend column
MARGIN = 5.0
PACKAGE = os.path.basename(PLUGIN_DIR)  # the plugin's Python package: its folder's name


def plugin():
    """The plugin's modules this script uses, imported from the plugin folder's package."""
    import importlib

    if os.path.dirname(PLUGIN_DIR) not in sys.path:
        sys.path.insert(0, os.path.dirname(PLUGIN_DIR))
    return argparse.Namespace(**{name: importlib.import_module(f"{PACKAGE}.algorithms.{name}")
                                 for name in ("compat", "styles", "provider", "raster_io")})


def north_arrow_svg():
    from qgis.core import QgsApplication

    for pattern in ("NorthArrow_02.svg", "NorthArrow_*.svg"):  # 02: an arrow under an "N"
        for folder in QgsApplication.svgPaths():
            found = sorted(glob.glob(os.path.join(folder, "arrows", pattern)))
            if found:
                return found[0]
    return None


def nice_length(most):
    """The largest of 1, 2, 5 × 10^k not above ``most``."""
    power = 10 ** math.floor(math.log10(most))
    return max(step * power for step in (1, 2, 5) if step * power <= most)


def metres_per_unit(crs):
    return plugin().raster_io.metres_per_unit(crs.toWkt())


def fit(extent_width, extent_height):
    """The map's size in mm: as large as the box allows with the data's own aspect ratio."""
    scale = min(MAP_WIDTH / extent_width, MAP_HEIGHT / extent_height)
    return extent_width * scale, extent_height * scale


def build_layout(folder, title, mcr_range=None, source=None, layer_list=None):
    """The print layout of one epoch; returns (layout, items by name). ``layer_list``: other
    [(file, legend name)] to draw instead of :data:`LAYERS`, bottom to top."""
    from qgis.core import (
        Qgis,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsMapLayerLegendUtils,
        QgsPrintLayout,
        QgsProject,
        QgsRasterLayer,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    algorithms = plugin()
    compat, styles = algorithms.compat, algorithms.styles
    mm = compat.LAYOUT_MILLIMETERS

    project = QgsProject()
    layers = []
    for name, label in layer_list or LAYERS:
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            continue
        layer = QgsRasterLayer(path, label, "gdal") if name.endswith(".tif") else QgsVectorLayer(path, label, "ogr")
        if layer.isValid():
            project.addMapLayer(layer)
            layers.append(layer)
    if not layers:
        raise SystemExit(f"nothing to render in {folder}")
    mcr = layers[0] if isinstance(layers[0], QgsRasterLayer) else None
    if mcr is not None and mcr_range is not None and layer_list is None:
        styles.apply(mcr, "mcr", mcr_range)  # one colour range for every epoch
    crs = layers[0].crs()
    project.setCrs(crs)  # the scale bar measures in the map's CRS

    extent = layers[0].extent()
    for layer in layers[1:]:
        extent.combineExtentWith(layer.extent())
    extent.scale(1.02)
    map_width, map_height = fit(extent.width(), extent.height())
    top = 15.0
    page_width = MARGIN + map_width + MARGIN + SIDE
    page_height = max(top + map_height + 14.0, 150.0)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(page_width, page_height, mm))

    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(MARGIN, top, mm))
    map_item.setCrs(crs)
    map_item.attemptResize(QgsLayoutSize(map_width, map_height, mm))
    map_item.setExtent(extent)  # the frame already has the extent's shape: nothing is cut off
    map_item.setLayers(list(reversed(layers)))
    map_item.setFrameEnabled(True)

    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    heading.setFont(QFont("DejaVu Sans", 16))
    heading.attemptMove(QgsLayoutPoint(MARGIN, 3, mm))
    heading.attemptResize(QgsLayoutSize(page_width - 2 * MARGIN, 10, mm))
    layout.addLayoutItem(heading)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.attemptMove(QgsLayoutPoint(MARGIN + map_width + MARGIN, top, mm))
    layout.addLayoutItem(legend)
    if mcr is not None:
        # A single-band raster's legend starts with "Band 1: <description> (Gray)": keep only the ramp,
        # under the layer's own name.
        node = legend.model().rootGroup().findLayer(mcr)
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, [1])
        legend.model().refreshLayerLegend(node)
    legend.setStyleFont(QgsLegendStyle.Style.Title, QFont("DejaVu Sans", 13))
    legend.setStyleFont(QgsLegendStyle.Style.Subgroup, QFont("DejaVu Sans", 10))
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, QFont("DejaVu Sans", 9))
    legend.adjustBoxSize()

    side_x = MARGIN + map_width + MARGIN
    arrow_path = north_arrow_svg()
    arrow = None
    if arrow_path:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(arrow_path)
        arrow.setSvgFillColor(QColor("#222222"))  # QGIS's arrows take their colours as SVG parameters
        arrow.setSvgStrokeColor(QColor("#222222"))
        arrow.setLinkedMap(map_item)  # points to the map's north
        arrow.attemptMove(QgsLayoutPoint(side_x, top + map_height - 40.0, mm))
        arrow.attemptResize(QgsLayoutSize(12, 16, mm))
        layout.addLayoutItem(arrow)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize(compat.DISTANCE_KILOMETERS)
    # Two segments making a round length of about a third of the map's width.
    total_m = nice_length(extent.width() * metres_per_unit(crs) / 3.0)
    scale.setNumberOfSegmentsLeft(0)
    scale.setNumberOfSegments(2)
    scale.setUnitsPerSegment(total_m / 2000.0)
    scale.update()
    scale.attemptMove(QgsLayoutPoint(side_x, top + map_height - 16.0, mm))
    layout.addLayoutItem(scale)

    version = algorithms.provider.plugin_version()
    note = QgsLayoutItemLabel(layout)
    note.setText("\n".join(part for part in (
        f"Data: {source}" if source else "",
        f"CRS: {crs.authid()} ({crs.description()}) · Map: QGIS {Qgis.QGIS_VERSION.split('-')[0]}, "
        f"MCR Ecological Security Pattern plugin {version}",
    ) if part))
    note.setFont(QFont("DejaVu Sans", 8))
    note.attemptMove(QgsLayoutPoint(MARGIN, top + map_height + 2.0, mm))
    note.attemptResize(QgsLayoutSize(page_width - 2 * MARGIN, 10, mm))
    layout.addLayoutItem(note)
    items = {"map": map_item, "legend": legend, "scale": scale, "north": arrow, "note": note, "mcr": mcr,
             "extent": extent, "project": project, "layers": layers}
    return layout, items


def render(folder, title, output, mcr_range=None, source=None, dpi=110, layer_list=None):
    from qgis.core import QgsLayoutExporter

    compat = plugin().compat
    layout, _ = build_layout(folder, title, mcr_range, source, layer_list)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.exportMetadata = False
    from osgeo import gdal

    # QGIS then tries to georeference the PNG through GDAL, which cannot update a PNG: quiet that.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = QgsLayoutExporter(layout).exportToImage(output, settings)
    finally:
        gdal.PopErrorHandler()
    if result != compat.LAYOUT_EXPORT_SUCCESS:
        raise SystemExit(f"rendering {output} failed ({result})")
    return output


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("title")
    parser.add_argument("output")
    parser.add_argument("--mcr-range", nargs=2, type=float, metavar=("LOW", "HIGH"))
    parser.add_argument("--source", default=None, help="where the data comes from (printed under the map)")
    parser.add_argument("--layer", nargs=2, action="append", metavar=("FILE", "LEGEND"),
                        help="draw this file of FOLDER instead of the pattern's layers (repeat; bottom first)")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    print(render(arguments.folder, arguments.title, arguments.output, arguments.mcr_range, arguments.source,
                 layer_list=[tuple(item) for item in arguments.layer] if arguments.layer else None))
    application.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1:])
