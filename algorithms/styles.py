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
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from . import compat, palette

STYLE_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")
# Ramps spaced logarithmically between the range's ends (values spanning orders of magnitude).
LOG_STYLES = {"current"}
# Paletted styles whose classes follow the output's values (one colour per id); the others keep
# their classes within the output's range (back-direction: 8 or 16 directions and the source cells).
ID_STYLES = {"zones"}
MAX_CLASSES = 4096  # more ids than this keep the shipped classes (a legend that long helps nobody)
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
            if name in LOG_STYLES and low > 0:
                _space_logarithmically(function, low, high)
            settings = function.legendSettings()
            number_format = QgsBasicNumericFormat()
            if name in LOG_STYLES:  # values over orders of magnitude: two significant figures
                number_format.setRoundingType(compat.SIGNIFICANT_FIGURES)
                number_format.setNumberDecimalPlaces(2)
            else:
                number_format.setNumberDecimalPlaces(0 if high - low >= 100 else 2)
            number_format.setShowThousandsSeparator(True)
            settings.setNumericFormat(number_format)
            function.setLegendSettings(settings)
        renderer.setClassificationMin(low)
        renderer.setClassificationMax(high)
    elif isinstance(renderer, QgsPalettedRasterRenderer):
        _fit_classes(layer, renderer, name, value_range)
    layer.triggerRepaint()
    return True


def _fit_classes(layer, renderer, name, value_range):
    """One class per integer value of ``value_range`` for an id style (the shipped classes first, then
    palette colours), only the shipped classes inside the range otherwise; labels translated."""
    if value_range is None:
        stats = layer.dataProvider().bandStatistics(1, compat.STATS_MIN | compat.STATS_MAX)
        value_range = (stats.minimumValue, stats.maximumValue)
    low, high = (round(float(v)) for v in value_range)
    shipped = {int(c.value): c for c in renderer.classes()}
    if name in ID_STYLES and high - low < MAX_CLASSES:
        values = range(low, high + 1)
    else:
        values = sorted(v for v in shipped if low <= v <= high) or sorted(shipped)
    classes = []
    for value in values:
        known = shipped.get(value)
        colour = known.color if known else QColor(palette.zone_colour(value))
        label = QCoreApplication.translate("McrAlgorithm", known.label) if known else str(value)
        classes.append(QgsPalettedRasterRenderer.Class(value, colour, label))
    fitted = QgsPalettedRasterRenderer(layer.dataProvider(), renderer.band(), classes)
    fitted.setOpacity(renderer.opacity())
    layer.setRenderer(fitted)


def _space_logarithmically(function, low, high):
    """Move a ramp's items to log-spaced values between ``low`` and ``high`` (both > 0)."""
    items = function.colorRampItemList()
    count = len(items)
    if count < 2:
        return
    for k, item in enumerate(items):
        item.value = low * (high / low) ** (k / (count - 1))
        item.label = f"{item.value:.3g}"
    function.setColorRampItemList(items)


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
