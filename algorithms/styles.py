# SPDX-License-Identifier: GPL-2.0-or-later
"""Styles of the outputs (QML files in resources/styles/).

An output is styled twice over: its default style — a ``<name>.qml`` sidecar beside a raster, the
``layer_styles`` table inside a GeoPackage — is written with the output in the same transaction
(outputs.py), so QGIS opens it styled wherever it is opened later (qgis_process runs included);
and a post-processor styles the layer Processing loads into the project (temporary layers
included). Raster ramps are stretched to each output's own range of values.
"""

import collections
import os

from qgis.core import (
    QgsBasicNumericFormat,
    QgsColorRampShader,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
)

from . import compat

STYLE_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")
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


def qml_text(name):
    """The QML of style ``name`` as shipped (vector styles need no stretching)."""
    with open(style_file(name), encoding="utf-8") as handle:
        return handle.read()


def write_raster_qml(raster_path, qml_path, name, value_range=None):
    """Write the style of a raster output, its ramp stretched to ``value_range``, to ``qml_path``.

    ``raster_path`` is the (temporary) raster file; the layer is released before returning, so
    that the file can be moved into place.
    """
    layer = QgsRasterLayer(raster_path, name, "gdal")
    try:
        if not layer.isValid() or not apply(layer, name, value_range):
            return False
        message, ok = layer.saveNamedStyle(qml_path)
        return bool(ok)
    finally:
        del layer


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles a result layer when Processing loads it into the project."""

    def __init__(self, name, value_range=None):
        super().__init__()
        self.name = name
        self.value_range = value_range

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API name)
        apply(layer, self.name, self.value_range)


def attach(context, value, name, value_range=None):
    """Style a result layer when Processing loads it into the project (temporary layers included)."""
    if not value or not context.willLoadLayerOnCompletion(value):
        return
    processor = StylePostProcessor(name, value_range)
    _KEEP_ALIVE.append(processor)
    context.layerToLoadOnCompletionDetails(value).setPostProcessor(processor)
