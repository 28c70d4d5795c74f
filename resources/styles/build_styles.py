# SPDX-License-Identifier: GPL-2.0-or-later
"""Build the QML styles of the plugin's outputs reproducibly (``make styles``).

Raster ramps are written for a placeholder range; the plugin stretches them to each output's
values when it styles a layer (algorithms/styles.py).

    QT_HASH_SEED=0 /usr/bin/python3 resources/styles/build_styles.py [output folder]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COMPAT = None  # the plugin's algorithms/compat.py, loaded in __main__ once QGIS runs


def raster_style(folder, name, ramp, minimum, maximum, invert=False, discrete=False):
    from qgis.core import (
        QgsColorRampShader,
        QgsRasterLayer,
        QgsRasterShader,
        QgsSingleBandPseudoColorRenderer,
        QgsStyle,
    )

    layer = QgsRasterLayer(os.path.join(HERE, "template.tif"), name)
    color_ramp = QgsStyle.defaultStyle().colorRamp(ramp)
    if invert:
        color_ramp.invert()
    shader_function = QgsColorRampShader(minimum, maximum, color_ramp)
    if discrete:
        shader_function.setColorRampType(COMPAT.SHADER_DISCRETE)
    shader_function.classifyColorRamp(9 if not discrete else 10, -1)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)
    layer.renderer().setOpacity(1.0)
    message, ok = layer.saveNamedStyle(os.path.join(folder, f"{name}.qml"))
    if not ok:
        raise SystemExit(f"{name}: {message}")


def vector_style(folder, name, geometry, symbol_properties, label=None):
    from qgis.core import (
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32650", name, "memory")
    symbol_class = {"Polygon": QgsFillSymbol, "LineString": QgsLineSymbol, "Point": QgsMarkerSymbol}[geometry]
    layer.setRenderer(QgsSingleSymbolRenderer(symbol_class.createSimple(symbol_properties)))
    message, ok = layer.saveNamedStyle(os.path.join(folder, f"{name}.qml"))
    if not ok:
        raise SystemExit(f"{name}: {message}")


def categorized_lines(folder, name, field, categories):
    """A line style with one symbol per value of ``field``: [(value, colour, width, label)]."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsLineSymbol, QgsRendererCategory, QgsVectorLayer

    layer = QgsVectorLayer(f"LineString?crs=EPSG:32650&field={field}:string", name, "memory")
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, [
        QgsRendererCategory(value, QgsLineSymbol.createSimple({"line_color": colour, "line_width": width,
                                                               "capstyle": "flat"}), label)
        for value, colour, width, label in categories
    ]))
    message, ok = layer.saveNamedStyle(os.path.join(folder, f"{name}.qml"))
    if not ok:
        raise SystemExit(f"{name}: {message}")


def change_style(folder):
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsRendererCategory,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32650&field=change:string", "change", "memory")
    categories = [
        QgsRendererCategory(value, QgsFillSymbol.createSimple({"color": color, "outline_color": "#555555",
                                                                "outline_width": "0.1"}), label)
        for value, color, label in (("gain", "#1a9641", "Source gained"), ("loss", "#d7191c", "Source lost"),
                                    ("stable", "#bdbdbd", "Source kept"))
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("change", categories))
    layer.saveNamedStyle(os.path.join(folder, "change.qml"))


def build(folder):
    import numpy as np
    from osgeo import gdal

    template = gdal.GetDriverByName("GTiff").Create(os.path.join(HERE, "template.tif"), 2, 2, 1, gdal.GDT_Float32)
    template.SetGeoTransform((0.0, 1.0, 0.0, 2.0, 0.0, -1.0))
    template.GetRasterBand(1).WriteArray(np.array([[0.0, 1.0], [2.0, 3.0]], dtype=np.float32))
    template = None
    try:
        raster_style(folder, "resistance", "RdYlGn", 1.0, 10.0, invert=True)
        raster_style(folder, "mcr", "Spectral", 0.0, 10000.0, invert=True)
        raster_style(folder, "accumulation", "Blues", 0.0, 10.0)
        raster_style(folder, "corridor_width", "Greens", 0.0, 10000.0, invert=True)
        raster_style(folder, "zones", "Set3", 1.0, 10.0, discrete=True)
        raster_style(folder, "direction", "Spectral", 0.0, 16.0, discrete=True)
        raster_style(folder, "slope", "Viridis", 0.0, 45.0)
    finally:
        os.remove(os.path.join(HERE, "template.tif"))
    vector_style(folder, "sources", "Polygon", {"color": "27,120,55,170", "outline_color": "#0b3d18",
                                                "outline_width": "0.4"})
    vector_style(folder, "corridors", "LineString", {"line_color": "#33a02c", "line_width": "1.0",
                                                     "capstyle": "round"})
    vector_style(folder, "nodes", "Point", {"name": "circle", "color": "#e31a1c", "outline_color": "#ffffff",
                                            "size": "3.2", "outline_width": "0.4"})
    vector_style(folder, "ridges", "LineString", {"line_color": "#7f7f7f", "line_width": "0.35"})
    categorized_lines(folder, "vulnerable", "kind", [
        ("barrier", "#d7191c", "1.6", "Crosses a road, building, tank or tailings"),
        ("farmland crossing", "#fdae61", "1.6", "Crosses farmland"),
    ])
    vector_style(folder, "channels", "LineString", {"line_color": "#1f78b4", "line_width": "0.5",
                                                    "line_style": "dash"})
    categorized_lines(folder, "corridor_change", "status", [
        ("kept", "#33a02c", "0.8", "Corridor goes on"),
        ("new", "#1f78b4", "1.2", "New corridor"),
        ("lost", "#e31a1c", "1.2", "Lost corridor"),
    ])
    change_style(folder)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "mcr_compat", os.path.join(os.path.dirname(os.path.dirname(HERE)), "algorithms", "compat.py"))
    COMPAT = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(COMPAT)
    build(sys.argv[1] if len(sys.argv) > 1 else HERE)
