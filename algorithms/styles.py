# SPDX-License-Identifier: GPL-2.0-or-later
"""Styles of the outputs (QML files in resources/styles/).

An output is styled twice over: a ``<name>.qml`` written next to a file output becomes its
default style wherever QGIS opens it later (qgis_process runs included), and a post-processor
styles the layer Processing loads into the project (temporary layers included). Raster ramps are
stretched to each output's own range of values.
"""

import collections
import os

from qgis.core import (
    QgsBasicNumericFormat,
    QgsColorRampShader,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

from . import compat

STYLE_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")
RASTER_EXTENSIONS = (".tif", ".tiff")
# Processing does not own post-processors, and the algorithm copy that ran is gone by the time
# results are loaded: keep the recent ones alive here (the QGIS cookbook keeps a class attribute).
_KEEP_ALIVE = collections.deque(maxlen=256)


def style_file(name):
    return os.path.join(STYLE_DIR, f"{name}.qml")


def apply(layer, name, value_range=None):
    """Load style ``name`` into ``layer``; stretch a pseudocolor ramp to ``value_range`` (or to
    the layer's own minimum and maximum)."""
    message, ok = layer.loadNamedStyle(style_file(name))
    if not ok:
        return False
    renderer = layer.renderer() if isinstance(layer, QgsRasterLayer) else None
    if isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        if value_range is None:
            stats = layer.dataProvider().bandStatistics(1, compat.STATS_MIN | compat.STATS_MAX)
            value_range = (stats.minimumValue, stats.maximumValue)
        low, high = (float(v) for v in value_range)
        if high <= low:
            high = low + 1.0
        function = renderer.shader().rasterShaderFunction()
        if isinstance(function, QgsColorRampShader):
            function.setMinimumValue(low)
            function.setMaximumValue(high)
            function.classifyColorRamp(len(function.colorRampItemList()) or 9, -1)
            settings = function.legendSettings()
            number_format = QgsBasicNumericFormat()
            number_format.setNumberDecimalPlaces(0 if high - low >= 100 else 2)
            number_format.setShowThousandsSeparator(True)
            settings.setNumericFormat(number_format)
            function.setLegendSettings(settings)
        renderer.setClassificationMin(low)
        renderer.setClassificationMax(high)
    layer.triggerRepaint()
    return True


def write_sidecar(path, name, value_range=None):
    """Write ``<output>.qml`` next to a file output, so QGIS opens it styled."""
    path = str(path).split("|", 1)[0]
    if not path or not os.path.isfile(path):
        return None
    raster = path.lower().endswith(RASTER_EXTENSIONS)
    layer = QgsRasterLayer(path, name, "gdal") if raster else QgsVectorLayer(path, name, "ogr")
    if not layer.isValid() or not apply(layer, name, value_range):
        return None
    sidecar = os.path.splitext(path)[0] + ".qml"
    layer.saveNamedStyle(sidecar)
    return sidecar


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles a result layer when Processing loads it into the project."""

    def __init__(self, name, value_range=None):
        super().__init__()
        self.name = name
        self.value_range = value_range

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API name)
        apply(layer, self.name, self.value_range)


def style_output(context, value, name, value_range=None):
    """Style one output (a file path or a layer id) for later opening and for loading now."""
    if not value:
        return
    write_sidecar(value, name, value_range)
    if context.willLoadLayerOnCompletion(value):
        processor = StylePostProcessor(name, value_range)
        _KEEP_ALIVE.append(processor)
        context.layerToLoadOnCompletionDetails(value).setPostProcessor(processor)
