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


def paletted_style(folder, name, classes):
    """A style with one colour and label per value: [(value, colour, label)] (algorithms/palette.py).
    algorithms/styles.py gives a zones output one class per id it holds."""
    from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer
    from qgis.PyQt.QtGui import QColor

    layer = QgsRasterLayer(os.path.join(HERE, "template.tif"), name)
    renderer = QgsPalettedRasterRenderer(layer.dataProvider(), 1, [
        QgsPalettedRasterRenderer.Class(value, QColor(colour), label) for value, colour, label in classes])
    layer.setRenderer(renderer)
    message, ok = layer.saveNamedStyle(os.path.join(folder, f"{name}.qml"))
    if not ok:
        raise SystemExit(f"{name}: {message}")


def load_palette():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "mcr_palette", os.path.join(os.path.dirname(os.path.dirname(HERE)), "algorithms", "palette.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def scaled_lines(folder, name, field, colour, thinnest, thickest):
    """A line style whose width grows with ``field`` (from ``thinnest`` to ``thickest`` mm)."""
    from qgis.core import QgsLineSymbol, QgsProperty, QgsSingleSymbolRenderer, QgsSymbolLayer, QgsVectorLayer

    layer = QgsVectorLayer(f"LineString?crs=EPSG:32650&field={field}:double", name, "memory")
    symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(thinnest), "capstyle": "round"})
    width = getattr(QgsSymbolLayer, "PropertyStrokeWidth", None) or QgsSymbolLayer.Property.StrokeWidth
    symbol.symbolLayer(0).setDataDefinedProperty(width, QgsProperty.fromExpression(
        f'scale_linear("{field}", minimum("{field}"), maximum("{field}"), {thinnest}, {thickest})'))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
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


def mspa_classes():
    """[(code, colour, label)] of the MSPA class raster: GuidosToolbox's codes and colours, from the
    plugin's kernel (algorithms/kernels/mspa.py); 129 (missing) is the raster's NoData."""
    import importlib
    import importlib.util

    kernels = os.path.join(os.path.dirname(os.path.dirname(HERE)), "algorithms", "kernels")
    spec = importlib.util.spec_from_file_location("mcr_kernels", os.path.join(kernels, "__init__.py"),
                                                  submodule_search_locations=[kernels])
    package = importlib.util.module_from_spec(spec)
    sys.modules["mcr_kernels"] = package
    spec.loader.exec_module(package)
    mspa = importlib.import_module("mcr_kernels.mspa")
    names = {code: name for name, code in mspa.CLASS_CODES.items()}
    return [(code, mspa.CLASS_COLOURS[code], names[code].replace("_", " ").capitalize())
            for code in sorted(names) if code != mspa.CLASS_CODES["missing"]]


def graduated_polygons(folder, name, field, ranges):
    """A polygon style by classes of ``field``: [(lower, upper, fill colour, label)]."""
    from qgis.core import QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsRendererRange, QgsVectorLayer

    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:32650&field={field}:double", name, "memory")
    layer.setRenderer(QgsGraduatedSymbolRenderer(field, [
        QgsRendererRange(lower, upper, QgsFillSymbol.createSimple({"color": colour, "outline_color": "#0b3d18",
                                                                   "outline_width": "0.3"}), label)
        for lower, upper, colour, label in ranges]))
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
        palette = load_palette()
        paletted_style(folder, "zones", [(value, palette.zone_colour(value), str(value)) for value in range(1, 13)])
        paletted_style(folder, "direction", [(code, palette.direction_colour(code), palette.direction_label(code))
                                             for code in palette.direction_codes(16)])
        raster_style(folder, "slope", "Viridis", 0.0, 45.0)
        # Current spans orders of magnitude: algorithms/styles.py spaces this ramp logarithmically.
        raster_style(folder, "current", "Inferno", 0.001, 1.0)
        raster_style(folder, "voltage", "RdYlBu", 0.0, 1.0, invert=True)
        raster_style(folder, "barriers", "YlOrRd", 0.0, 1.0)
        paletted_style(folder, "mspa", mspa_classes())
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
    scaled_lines(folder, "centrality", "current", "#6a3d9a", 0.3, 3.0)
    change_style(folder)
    graduated_polygons(folder, "patch_importance", "dpc", [
        (0.0, 1.0, "#edf8e9", "dPC < 1 %"), (1.0, 5.0, "#bae4b3", "1–5 %"), (5.0, 10.0, "#74c476", "5–10 %"),
        (10.0, 25.0, "#31a354", "10–25 %"), (25.0, 100.0, "#006d2c", "≥ 25 %"),
    ])
    vector_style(folder, "links", "LineString", {"line_color": "#1b7837", "line_width": "0.5", "line_style": "dash",
                                                 "capstyle": "round"})


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
