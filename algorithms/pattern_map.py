# SPDX-License-Identifier: GPL-2.0-or-later
"""A map of one epoch's ecological security pattern, as a PNG for the comparison report.

The layers are opened again from their files in the thread that draws them (a Processing run
works in a background thread), styled as the plugin styles its outputs — the MCR surface with one
colour range for every epoch, so that years compare by eye — and drawn with QGIS's map renderer
on one extent for all epochs, with a north arrow and a scale bar. Layers that are not files
(temporary memory layers) are left out.
"""

import math
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from . import raster_io, styles

# Bottom to top: (kind, style, legend label). The report's legend is drawn from the same styles.
KINDS = (("mcr", "mcr", "MCR surface (cumulative resistance)"), ("sources", "sources", "Ecological sources"),
         ("channels", "channels", "Radiation channels"), ("corridors", "corridors", "Ecological corridors"),
         ("nodes", "nodes", "Ecological nodes"))


def file_of(layer):
    """The file behind a layer ('' for memory and database layers)."""
    if layer is None or layer.providerType() not in ("gdal", "ogr"):
        return ""
    path = layer.source().split("|", 1)[0]
    return path if os.path.isfile(path) else ""


def open_layer(kind, source, value_range=None):
    """A layer opened from ``source`` in this thread, in the plugin's style for ``kind``."""
    style = dict((k, s) for k, s, _ in KINDS)[kind]
    if kind == "mcr":
        layer = QgsRasterLayer(source, kind, "gdal")
    else:
        layer = QgsVectorLayer(source, kind, "ogr")
    if not layer.isValid():
        return None
    styles.apply(layer, style, value_range)
    return layer


def highest_value(path):
    raster = raster_io.read_raster(path)
    values = raster.array[raster.valid]
    return float(values.max()) if values.size else 0.0


def common_extent(layers, crs, transform_context):
    extent = QgsRectangle()
    for layer in layers:
        box = layer.extent()
        if layer.crs() != crs:
            box = QgsCoordinateTransform(layer.crs(), crs, transform_context).transformBoundingBox(box)
        if extent.isEmpty():
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    return extent


def nice_length(most):
    """The largest of 1, 2, 5 × 10^k not above ``most``."""
    power = 10 ** math.floor(math.log10(most))
    return max(step * power for step in (1, 2, 5) if step * power <= most)


def draw_furniture(image, extent, metres_per_unit):
    """A north arrow (top right) and a scale bar (bottom left) on a north-up map."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = image.width(), image.height()
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(11, width // 45))
    painter.setFont(font)
    # North arrow.
    x, y, size = width - 28, 14, 22
    painter.setPen(QPen(QColor("#222222"), 1.2))
    painter.setBrush(QColor("#222222"))
    painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x - size / 3, y + size), QPointF(x, y + size * 0.72)]))
    painter.setBrush(QColor("#ffffff"))
    painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + size / 3, y + size), QPointF(x, y + size * 0.72)]))
    painter.drawText(QRectF(x - 12, y + size + 1, 24, 18), Qt.AlignmentFlag.AlignHCenter, "N")
    # Scale bar: a round length of at most a quarter of the map.
    map_metres = extent.width() * metres_per_unit
    length_m = nice_length(map_metres / 4.0)
    bar = width * length_m / map_metres
    x0, y0 = 14, height - 18
    painter.setPen(QPen(QColor("#222222"), 1))
    for part in range(2):
        painter.setBrush(QColor("#222222") if part == 0 else QColor("#ffffff"))
        painter.drawRect(QRectF(x0 + part * bar / 2, y0, bar / 2, 6))
    label = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
    painter.drawText(QRectF(x0, y0 - 18, bar + 60, 16), Qt.AlignmentFlag.AlignLeft, f"0    {label}")
    painter.end()


def render_png(layers, extent, crs, width=560):
    """PNG bytes of ``layers`` (bottom first) on ``extent``, north up, white background."""
    settings = QgsMapSettings()
    settings.setLayers(list(reversed(layers)))  # QgsMapSettings draws its first layer on top
    settings.setDestinationCrs(crs)
    settings.setBackgroundColor(QColor("#ffffff"))
    height = max(1, round(width * extent.height() / max(extent.width(), 1e-12)))
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    draw_furniture(image, settings.visibleExtent(), raster_io.metres_per_unit(crs.toWkt()))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def legend(layers_by_kind, value_range, tr):
    """[(label, css of its swatch)] of the kinds drawn, from the styles they were drawn with."""
    found = []
    for kind, _, label in KINDS:
        layer = layers_by_kind.get(kind)
        if layer is None:
            continue
        if kind == "mcr":
            function = layer.renderer().shader().rasterShaderFunction()
            stops = ", ".join(item.color.name() for item in function.colorRampItemList())
            css = f"background:linear-gradient(to right, {stops});width:8em"
            label = tr("{} from {:,.0f} to {:,.0f}").format(tr(label), *value_range)
        else:
            symbol = layer.renderer().symbol() if hasattr(layer.renderer(), "symbol") else None
            colour = symbol.color().name() if symbol is not None else "#888888"
            css = {"sources": f"background:{colour};opacity:.75", "nodes": f"background:{colour};border-radius:50%",
                   }.get(kind, f"border-top:3px {'dashed' if kind == 'channels' else 'solid'} {colour};height:0")
            label = tr(label)
        found.append((label, css))
    return found
