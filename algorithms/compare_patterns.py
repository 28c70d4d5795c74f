# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:comparepatterns — several epochs of results -> change table, gain/loss polygons, HTML report."""

import html
import re

import numpy as np
from qgis.core import (
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from . import compat, raster_io
from .base import McrAlgorithm
from .kernels import Cancelled

TABLE_FIELDS = (("epoch", "string"), ("source_area_km2", "double"), ("change_km2", "double"),
                ("sources", "int"), ("corridors", "int"), ("nodes", "int"), ("channels", "int"),
                ("mean_mcr", "double"))
CHANGE_FIELDS = (("change", "string"), ("area_km2", "double"))


def parse_labels(text, count):
    labels = [part.strip() for part in re.split(r"[,;]", text or "") if part.strip()]
    if not labels:
        return [f"epoch {n}" for n in range(1, count + 1)]
    if len(labels) != count:
        raise QgsProcessingException(
            f"{count} epochs of sources but {len(labels)} labels were given; give one label per epoch, "
            "in the same order (e.g. 2009, 2013, 2018)."
        )
    return labels


class ComparePatterns(McrAlgorithm):
    NAME = "comparepatterns"
    DISPLAY_NAME = "Compare security patterns between years"
    GROUP_ID = "comparison"
    TAGS = ("comparison", "change", "multi-year", "time series", "ecological source", "MCR",
            "security pattern", "report")

    SOURCES = "SOURCES"
    LABELS = "LABELS"
    CORRIDORS = "CORRIDORS"
    NODES = "NODES"
    CHANNELS = "CHANNELS"
    MCR_SURFACES = "MCR_SURFACES"
    OUTPUT = "OUTPUT"
    CHANGE = "CHANGE"
    OUTPUT_HTML = "OUTPUT_HTML"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.SOURCES, self.tr("Ecological sources, one layer per epoch (oldest first)"),
                compat.SOURCE_VECTOR_POLYGON,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.LABELS, self.tr("Epoch labels (e.g. 2009, 2013, 2018)"),
                                         defaultValue="", optional=True)
        )
        for name, label, kind in (
            (self.CORRIDORS, "Corridors, one layer per epoch", compat.SOURCE_VECTOR_LINE),
            (self.NODES, "Ecological nodes, one layer per epoch", compat.SOURCE_VECTOR_POINT),
            (self.CHANNELS, "Radiation channels, one layer per epoch", compat.SOURCE_VECTOR_LINE),
            (self.MCR_SURFACES, "MCR surfaces, one raster per epoch", compat.SOURCE_RASTER),
        ):
            self.addParameter(QgsProcessingParameterMultipleLayers(name, self.tr(label), kind, optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Comparison table"), compat.SOURCE_VECTOR)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CHANGE, self.tr("Source gain, loss and stable area (first to last epoch)"),
                compat.SOURCE_VECTOR_POLYGON,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("HTML report"), self.tr("HTML files (*.html)"), optional=True,
                createByDefault=True,
            )
        )

    def compute(self, parameters, context, feedback):
        source_layers = self.parameterAsLayerList(parameters, self.SOURCES, context)
        if not source_layers:
            raise QgsProcessingException(self.tr("Give the ecological sources of at least one epoch."))
        count = len(source_layers)
        labels = parse_labels(self.parameterAsString(parameters, self.LABELS, context), count)
        optional = {}
        for name in (self.CORRIDORS, self.NODES, self.CHANNELS, self.MCR_SURFACES):
            given = self.parameterAsLayerList(parameters, name, context)
            if given and len(given) != count:
                raise QgsProcessingException(
                    self.tr(f"{name}: {len(given)} layers for {count} epochs; give one per epoch, in the same order.")
                )
            optional[name] = given

        outputs = self.open_outputs(parameters, context, feedback)
        crs = source_layers[0].crs()
        measure = QgsDistanceArea()
        measure.setSourceCrs(crs, context.transformContext())
        if crs.isGeographic():
            measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")

        unions, rows = [], []
        previous = None
        for index, (layer, label) in enumerate(zip(source_layers, labels)):
            if feedback.isCanceled():
                raise Cancelled()
            union = self._union(layer, crs, context)
            unions.append(union)
            area = self._area_km2(union, measure, crs)
            counts = {name: optional[name][index].featureCount() if optional[name] else None
                      for name in (self.CORRIDORS, self.NODES, self.CHANNELS)}
            mean_mcr = self._mean(optional[self.MCR_SURFACES][index]) if optional[self.MCR_SURFACES] else None
            rows.append([label, area, None if previous is None else area - previous, layer.featureCount(),
                         counts[self.CORRIDORS], counts[self.NODES], counts[self.CHANNELS], mean_mcr])
            previous = area
            feedback.setProgress(70.0 * (index + 1) / count)

        changes = []
        first, last = unions[0], unions[-1]
        for change, geometry in (("gain", last.difference(first)), ("loss", first.difference(last)),
                                 ("stable", first.intersection(last))):
            if geometry is not None and not geometry.isEmpty():
                changes.append((change, geometry, self._area_km2(geometry, measure, crs)))

        change_rows = []
        for change, geometry, area in changes:
            geometry.convertToMultiType()
            change_rows.append((geometry, [change, area]))
        outputs.vector(self.OUTPUT, TABLE_FIELDS, compat.WKB_NO_GEOMETRY, crs, [(None, row) for row in rows])
        outputs.vector(self.CHANGE, CHANGE_FIELDS, compat.WKB_MULTIPOLYGON, crs, change_rows, style="change")
        outputs.text(self.OUTPUT_HTML, self._html(rows, changes, labels))
        results = outputs.commit()
        for label, area, change, sources, corridors, nodes, channels, _ in rows:
            feedback.pushInfo(
                f"{label}: {sources} sources, {area:.3f} km²"
                + ("" if change is None else f" ({change:+.3f})")
                + ("" if corridors is None else f", {corridors} corridors")
                + ("" if nodes is None else f", {nodes} nodes")
                + ("" if channels is None else f", {channels} channels")
            )
        feedback.setProgress(100)
        return results

    @staticmethod
    def _union(layer, crs, context):
        request = QgsFeatureRequest()
        if layer.crs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        geometries = [f.geometry() for f in layer.getFeatures(request) if f.hasGeometry()]
        if not geometries:
            return QgsGeometry()
        return QgsGeometry.unaryUnion(geometries)

    @staticmethod
    def _area_km2(geometry, measure, crs):
        if geometry is None or geometry.isEmpty():
            return 0.0
        if crs.isGeographic():
            return measure.measureArea(geometry) / 1e6
        unit = raster_io.metres_per_unit(crs.toWkt())
        return geometry.area() * unit * unit / 1e6

    @staticmethod
    def _mean(layer):
        raster = raster_io.read_raster(layer.source())
        values = raster.array[raster.valid]
        return float(values.mean(dtype=np.float64)) if values.size else None

    def _html(self, rows, changes, labels):
        def cell(value, digits=3, signed=False):
            if value is None:
                return "–"
            if isinstance(value, float):
                return f"{value:+,.{digits}f}" if signed else f"{value:,.{digits}f}"
            return html.escape(str(value))

        head = "".join(f"<th>{html.escape(title)}</th>" for title in (
            "Epoch", "Source area (km²)", "Change (km²)", "Sources", "Corridors", "Nodes",
            "Radiation channels", "Mean MCR"))
        body = "".join(
            "<tr>" + "".join(f"<td>{cell(v, 0 if i == 7 else 3, signed=i == 2)}</td>" for i, v in enumerate(row))
            + "</tr>"
            for row in rows
        )
        change_rows = "".join(f"<tr><td>{c}</td><td>{a:,.3f}</td></tr>" for c, _, a in changes)
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Ecological security pattern: {html.escape(labels[0])} to {html.escape(labels[-1])}</title>
<style>body{{font-family:sans-serif;margin:2em}} table{{border-collapse:collapse}}
td,th{{border:1px solid #999;padding:4px 8px;text-align:right}} th{{background:#e8f0e0}}</style></head>
<body><h1>Ecological security pattern, {html.escape(labels[0])}–{html.escape(labels[-1])}</h1>
<p>Minimum cumulative resistance (MCR) model after Li et al. (2020), doi:10.24294/jgc.v3i1.1304.
Source area = area of the union of the ecological sources of each epoch; change = difference from the
previous epoch (the paper's Table 4).</p>
<table><tr>{head}</tr>{body}</table>
<h2>Sources gained, lost and stable from {html.escape(labels[0])} to {html.escape(labels[-1])}</h2>
<table><tr><th>Change</th><th>Area (km²)</th></tr>{change_rows}</table>
<p>Generated by the MCR Ecological Security Pattern plugin for QGIS (mcr:comparepatterns).</p>
</body></html>
"""
