# SPDX-License-Identifier: GPL-2.0-or-later
"""Render an epoch's ecological security pattern to PNG with QGIS's own layout engine.

    /usr/bin/python3 resources/sample/render_pattern.py FOLDER TITLE OUTPUT.png

FOLDER holds the outputs of the whole chain (mcr.tif, sources.gpkg, ridges.gpkg,
channels.gpkg, corridors.gpkg, vulnerable.gpkg, nodes.gpkg); each loads with the style
written next to it. The map shows the MCR surface under the sources, ridge lines, radiation
channels, corridors, vulnerable stretches and nodes, with a title, legend and scale bar.
"""

import importlib.util
import os
import sys

LAYERS = [  # bottom to top: (file, legend name)
    ("mcr.tif", "MCR surface (cumulative resistance)"),
    ("sources.gpkg", "Ecological sources"),
    ("ridges.gpkg", "Ridge lines"),
    ("channels.gpkg", "Radiation channels"),
    ("corridors.gpkg", "Ecological corridors"),
    ("vulnerable.gpkg", "Vulnerable corridor stretches"),
    ("nodes.gpkg", "Ecological nodes"),
]


def plugin_compat():
    """The plugin's enum module (algorithms/compat.py), loaded by path: QGIS 3.22 ... 4.x names."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                        "algorithms", "compat.py")
    spec = importlib.util.spec_from_file_location("mcr_compat", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render(folder, title, output):
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsRasterLayer,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QFont

    compat = plugin_compat()
    mm = compat.LAYOUT_MILLIMETERS

    project = QgsProject()
    layers = []
    for name, label in LAYERS:
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            continue
        layer = QgsRasterLayer(path, label, "gdal") if name.endswith(".tif") else QgsVectorLayer(path, label, "ogr")
        if layer.isValid():
            project.addMapLayer(layer)
            layers.append(layer)
    if not layers:
        raise SystemExit(f"nothing to render in {folder}")
    project.setCrs(layers[0].crs())  # the scale bar measures in the map's CRS
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(260, 190, mm))

    extent = layers[0].extent()
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(5, 15, mm))
    map_item.attemptResize(QgsLayoutSize(170, 170, mm))
    map_item.setLayers(list(reversed(layers)))
    map_item.setCrs(layers[0].crs())
    map_item.setExtent(extent)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)

    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    heading.setFont(QFont("DejaVu Sans", 16))
    heading.attemptMove(QgsLayoutPoint(5, 3, mm))
    heading.attemptResize(QgsLayoutSize(250, 10, mm))
    layout.addLayoutItem(heading)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    legend.attemptMove(QgsLayoutPoint(180, 15, mm))
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize(compat.DISTANCE_KILOMETERS)
    scale.attemptMove(QgsLayoutPoint(180, 168, mm))
    layout.addLayoutItem(scale)

    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    result = QgsLayoutExporter(layout).exportToImage(output, settings)
    if result != compat.LAYOUT_EXPORT_SUCCESS:
        raise SystemExit(f"rendering {output} failed ({result})")
    return output


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    folder_argument, title_argument, output_argument = sys.argv[1:4]
    print(render(folder_argument, title_argument, output_argument))
