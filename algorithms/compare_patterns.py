# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:comparepatterns — several epochs of results -> change table, gain/loss polygons, HTML report."""

import base64
import datetime
import html
import re

import numpy as np
from qgis.core import (
    Qgis,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from . import compat, pattern_change, pattern_map, raster_io
from .base import McrAlgorithm
from .kernels import Cancelled

TABLE_FIELDS = (("epoch", "string"), ("source_area_km2", "double"), ("change_km2", "double"),
                ("sources", "int"), ("corridors", "int"), ("nodes", "int"), ("channels", "int"),
                ("mean_mcr", "double"))
CHANGE_FIELDS = (("change", "string"), ("area_km2", "double"))
CORRIDOR_CHANGE_FIELDS = (("from_epoch", "string"), ("to_epoch", "string"), ("status", "string"),
                          ("from_source", "int"), ("to_source", "int"), ("cwd_before", "double"),
                          ("cwd_after", "double"), ("cwd_change_pct", "double"), ("length_before_m", "double"),
                          ("length_after_m", "double"), ("length_change_m", "double"), ("route_shift_m", "double"),
                          ("node_shift_m", "double"))
CHANNEL_TOLERANCE_M = 500.0
# Words the report translates (marked for i18n/update_translations.py).
CHANGE_WORDS = {"gain": QT_TRANSLATE_NOOP("McrAlgorithm", "gain"), "loss": QT_TRANSLATE_NOOP("McrAlgorithm", "loss"),
                "stable": QT_TRANSLATE_NOOP("McrAlgorithm", "stable")}
STATUS_WORDS = (QT_TRANSLATE_NOOP("McrAlgorithm", "kept"), QT_TRANSLATE_NOOP("McrAlgorithm", "new"),
                QT_TRANSLATE_NOOP("McrAlgorithm", "lost"))


def parse_labels(text, count, tr=str):
    labels = [part.strip() for part in re.split(r"[,;]", text or "") if part.strip()]
    if not labels:
        return [tr("epoch {}").format(n) for n in range(1, count + 1)]
    if len(labels) != count:
        raise QgsProcessingException(tr(
            "{} epochs of sources but {} labels were given; give one label per epoch, in the same order "
            "(e.g. 2009, 2013, 2018).").format(count, len(labels)))
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
    CHANNEL_TOLERANCE = "CHANNEL_TOLERANCE"
    OUTPUT = "OUTPUT"
    CHANGE = "CHANGE"
    CORRIDOR_CHANGE = "CORRIDOR_CHANGE"
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
        tolerance = QgsProcessingParameterNumber(
            self.CHANNEL_TOLERANCE, self.tr("A channel goes on when it stays within (m)"), compat.NUMBER_DOUBLE,
            defaultValue=CHANNEL_TOLERANCE_M, minValue=0.0,
        )
        self.addParameter(compat.add_flag(tolerance, compat.FLAG_ADVANCED))
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
            QgsProcessingParameterFeatureSink(
                self.CORRIDOR_CHANGE, self.tr("Corridor changes between consecutive epochs"),
                compat.SOURCE_VECTOR_LINE, optional=True, createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("HTML report"), self.tr("HTML files (*.html)"), optional=True,
                createByDefault=True,
            )
        )

    def check(self, parameters, context):
        """One label and one layer of each kind per epoch, said before anything runs."""
        source_layers = self.parameterAsLayerList(parameters, self.SOURCES, context)
        if not source_layers:
            return [self.tr("Give the ecological sources of at least one epoch.")]
        count = len(source_layers)
        problems = []
        try:
            parse_labels(self.parameterAsString(parameters, self.LABELS, context), count, self.tr)
        except QgsProcessingException as error:
            problems.append(str(error))
        for name in (self.CORRIDORS, self.NODES, self.CHANNELS, self.MCR_SURFACES):
            given = self.parameterAsLayerList(parameters, name, context)
            if given and len(given) != count:
                problems.append(self.tr("{}: {} layers for {} epochs; give one per epoch, in the same order.").format(
                    self.parameterDefinition(name).description(), len(given), count))
        return problems

    def compute(self, parameters, context, feedback):
        source_layers = self.parameterAsLayerList(parameters, self.SOURCES, context)
        count = len(source_layers)
        labels = parse_labels(self.parameterAsString(parameters, self.LABELS, context), count, self.tr)
        optional = {name: self.parameterAsLayerList(parameters, name, context)
                    for name in (self.CORRIDORS, self.NODES, self.CHANNELS, self.MCR_SURFACES)}

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
        steps = self._pattern_changes(parameters, context, source_layers, labels, optional, crs)
        corridor_rows = [
            (change.geometry, [before, after, change.status, *change.pair,
                               None if change.before is None else change.before["cwd"],
                               None if change.after is None else change.after["cwd"], change.relative("cwd"),
                               None if change.before is None else change.before["length_m"],
                               None if change.after is None else change.after["length_m"],
                               change.difference("length_m"), change.route_shift_m, change.node_shift_m])
            for before, after, corridors, _ in steps for change in corridors
        ]
        if steps:
            outputs.vector(self.CORRIDOR_CHANGE, CORRIDOR_CHANGE_FIELDS, compat.WKB_LINESTRING, crs, corridor_rows,
                           style="corridor_change")
        outputs.vector(self.OUTPUT, TABLE_FIELDS, compat.WKB_NO_GEOMETRY, crs, [(None, row) for row in rows])
        outputs.vector(self.CHANGE, CHANGE_FIELDS, compat.WKB_MULTIPOLYGON, crs, change_rows, style="change")
        if outputs.wanted(self.OUTPUT_HTML):
            feedback.setProgressText(self.tr("Drawing a map of each epoch for the report"))
            maps = self._maps(context, source_layers, labels, optional, crs)
            provenance = self._provenance(parameters, context, source_layers, labels, optional, crs)
            outputs.text(self.OUTPUT_HTML, self._html(rows, changes, labels, steps, maps, provenance))
        results = outputs.commit()
        for label, area, change, sources, corridors, nodes, channels, _ in rows:
            feedback.pushInfo(
                self.tr("{}: {} sources, {:.3f} km²").format(label, sources, area)
                + ("" if change is None else f" ({change:+.3f})")
                + ("" if corridors is None else self.tr(", {} corridors").format(corridors))
                + ("" if nodes is None else self.tr(", {} nodes").format(nodes))
                + ("" if channels is None else self.tr(", {} channels").format(channels))
            )
        feedback.setProgress(100)
        return results

    def _maps(self, context, source_layers, labels, optional, crs):
        """{"epochs": [(label, PNG bytes or None, kinds drawn)], "legend": [(label, css)], "range", "width_km"}:
        one map per epoch on one extent, the MCR surfaces on one colour range (empty when nothing is a file)."""
        kinds = (("mcr", self.MCR_SURFACES), ("corridors", self.CORRIDORS), ("nodes", self.NODES),
                 ("channels", self.CHANNELS))
        mcr_files = [pattern_map.file_of(layer) for layer in optional[self.MCR_SURFACES]]
        highest = max((pattern_map.highest_value(path) for path in mcr_files if path), default=None)
        value_range = (0.0, highest if highest else 1.0)
        epochs = []
        for index, label in enumerate(labels):
            files = {"sources": pattern_map.file_of(source_layers[index])}
            files.update({kind: pattern_map.file_of(optional[name][index]) for kind, name in kinds if optional[name]})
            layers = {kind: pattern_map.open_layer(kind, path, value_range if kind == "mcr" else None)
                      for kind, path in files.items() if path}
            epochs.append((label, {kind: layer for kind, layer in layers.items() if layer is not None}))
        drawn = [layer for _, layers in epochs for layer in layers.values()]
        if not drawn:
            return {}
        extent = pattern_map.common_extent(drawn, crs, context.transformContext())
        extent.scale(1.03)
        maps = []
        for label, layers in epochs:
            ordered = [layers[kind] for kind, _, _ in pattern_map.KINDS if kind in layers]
            maps.append((label, pattern_map.render_png(ordered, extent, crs) if ordered else None, sorted(layers)))
        first_of_kind = {}
        for _, layers in epochs:
            for kind, layer in layers.items():
                first_of_kind.setdefault(kind, layer)
        return {"epochs": maps, "legend": pattern_map.legend(first_of_kind, value_range, self.tr),
                "range": value_range if highest else None,
                "width_km": extent.width() * raster_io.metres_per_unit(crs.toWkt()) / 1000.0}

    def _provenance(self, parameters, context, source_layers, labels, optional, crs):
        """What a reader needs to trust and repeat the report: inputs, settings, versions, date."""
        from .provider import plugin_version

        described = [(self.tr("Ecological sources"), source_layers)] + [
            (self.parameterDefinition(name).description(), optional[name])
            for name in (self.CORRIDORS, self.NODES, self.CHANNELS, self.MCR_SURFACES) if optional[name]]
        inputs = [(label, kind, layer.source() if layer.providerType() != "memory" else self.tr("temporary layer"))
                  for kind, layers in described for label, layer in zip(labels, layers)]
        return {
            "inputs": inputs,
            "settings": [(self.parameterDefinition(self.LABELS).description(), ", ".join(labels)),
                         (self.parameterDefinition(self.CHANNEL_TOLERANCE).description(),
                          f"{self.parameterAsDouble(parameters, self.CHANNEL_TOLERANCE, context):g}")],
            "crs": f"{crs.authid()} – {crs.description()}" if crs.isValid() else self.tr("unknown"),
            "geographic": crs.isGeographic(),
            "plugin": plugin_version(),
            "qgis": Qgis.QGIS_VERSION,
            "date": datetime.datetime.now().astimezone().isoformat(sep=" ", timespec="seconds"),
        }

    def _pattern_changes(self, parameters, context, source_layers, labels, optional, crs):
        """[(earlier label, later label, [CorridorChange], channel counts or None)] per consecutive pair."""
        corridors = optional[self.CORRIDORS]
        if not corridors or len(source_layers) < 2:
            return []
        tolerance = self.parameterAsDouble(parameters, self.CHANNEL_TOLERANCE, context)
        nodes, channels = optional[self.NODES], optional[self.CHANNELS]
        steps = []
        for index in range(1, len(source_layers)):
            successors = pattern_change.source_successors(
                pattern_change.features(source_layers[index - 1], crs, context),
                pattern_change.features(source_layers[index], crs, context))
            changed = pattern_change.compare_corridors(
                pattern_change.features(corridors[index - 1], crs, context),
                pattern_change.features(corridors[index], crs, context), successors,
                pattern_change.features(nodes[index - 1], crs, context) if nodes else (),
                pattern_change.features(nodes[index], crs, context) if nodes else ())
            channel_counts = None
            if channels:
                channel_counts = pattern_change.compare_channels(
                    pattern_change.features(channels[index - 1], crs, context),
                    pattern_change.features(channels[index], crs, context), successors, tolerance)
            steps.append((labels[index - 1], labels[index], changed, channel_counts))
        return steps

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

    def _html(self, rows, changes, labels, steps, maps=None, provenance=None):
        def cell(value, digits=3, signed=False):
            if value is None:
                return "–"
            if isinstance(value, float):
                return f"{value:+,.{digits}f}" if signed else f"{value:,.{digits}f}"
            return html.escape(str(value))

        tr = self.tr
        maps = maps or {}
        head = "".join(f"<th>{html.escape(title)}</th>" for title in (
            tr("Epoch"), tr("Source area (km²)"), tr("Change (km²)"), tr("Sources"), tr("Corridors"), tr("Nodes"),
            tr("Radiation channels"), tr("Mean MCR (resistance × m)")))
        body = "".join(
            "<tr>" + "".join(f"<td>{cell(v, 0 if i == 7 else 3, signed=i == 2)}</td>" for i, v in enumerate(row))
            + "</tr>"
            for row in rows
        )
        change_rows = "".join(f"<tr><td>{html.escape(tr(CHANGE_WORDS.get(c, c)))}</td><td>{a:,.3f}</td></tr>"
                              for c, _, a in changes)
        sections = "".join(self._step_html(before, after, corridors, channels, cell)
                           for before, after, corridors, channels in steps)
        units = tr("Units: areas in km² and lengths, shifts and distances in metres, measured {}; the MCR surface and "
                   "the cost-weighted distance (cwd) of corridors in resistance × metres (crossing 1 m of "
                   "resistance 1 costs 1).").format(
            tr("on the ellipsoid") if provenance and provenance["geographic"] else tr("in the layers' projected CRS"))
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{html.escape(tr("Ecological security pattern"))}: {html.escape(labels[0])}–{html.escape(labels[-1])}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:75em}} table{{border-collapse:collapse;margin-bottom:1em}}
td,th{{border:1px solid #999;padding:4px 8px;text-align:right}} th{{background:#e8f0e0}}
td:first-child{{text-align:left}} figure{{display:inline-block;margin:0 1em 1em 0;vertical-align:top}}
figure img{{border:1px solid #999;max-width:100%}} figcaption{{font-weight:bold;text-align:center}}
.key{{display:inline-block;width:1.6em;height:1em;margin:0 .4em 0 1em;vertical-align:middle}}
table.meta td{{text-align:left}} .small{{font-size:90%;color:#444}}</style></head>
<body><h1>{html.escape(tr("Ecological security pattern"))}, {html.escape(labels[0])}–{html.escape(labels[-1])}</h1>
<p>{html.escape(tr("Minimum cumulative resistance (MCR) model after Li et al. (2020), doi:10.24294/jgc.v3i1.1304. "
                   "Source area = area of the union of the ecological sources of each epoch; change = difference "
                   "from the previous epoch (the paper's Table 4)."))}</p>
<p class="small">{html.escape(units)}</p>
<table><tr>{head}</tr>{body}</table>
{self._maps_html(maps)}
<h2>{html.escape(tr("Sources gained, lost and stable from {} to {}").format(labels[0], labels[-1]))}</h2>
<table><tr><th>{html.escape(tr("Change"))}</th><th>{html.escape(tr("Area (km²)"))}</th></tr>{change_rows}</table>
{sections}
{self._provenance_html(provenance)}
<p>{html.escape(tr("Generated by the MCR Ecological Security Pattern plugin for QGIS (mcr:comparepatterns)."))}</p>
</body></html>
"""

    def _maps_html(self, maps):
        tr = self.tr
        if not maps:
            return ""
        figures = "".join(
            f'<figure><img alt="{html.escape(label)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">'
            f"<figcaption>{html.escape(label)}</figcaption></figure>"
            for label, png, _ in maps["epochs"] if png)
        keys = "".join(f'<span class="key" style="{css}"></span>{html.escape(label)}' for label, css in maps["legend"])
        note = tr("North is up; each map is {:,.1f} km wide; the same extent and, for the MCR surface, the same "
                  "colours for every epoch, so that the years compare by eye.").format(maps["width_km"])
        return (f"<h2>{html.escape(tr('Maps of the epochs'))}</h2><p class=\"small\">{keys}</p>{figures}"
                f"<p class=\"small\">{html.escape(note)}</p>")

    def _provenance_html(self, provenance):
        tr = self.tr
        if not provenance:
            return ""
        rows = [(tr("Plugin"), tr("MCR Ecological Security Pattern {}").format(provenance["plugin"])),
                (tr("QGIS"), provenance["qgis"]), (tr("Made on"), provenance["date"]),
                (tr("Coordinate reference system"), provenance["crs"])]
        rows += provenance["settings"]
        rows += [(f"{kind} ({epoch})", path) for epoch, kind, path in provenance["inputs"]]
        body = "".join(f"<tr><td>{html.escape(str(key))}</td><td>{html.escape(str(value))}</td></tr>"
                       for key, value in rows)
        return f"<h2>{html.escape(tr('How this report was made'))}</h2><table class=\"meta\">{body}</table>"

    def _step_html(self, before, after, corridors, channels, cell):
        tr = self.tr
        count = {status: sum(1 for c in corridors if c.status == status) for status in ("kept", "new", "lost")}
        summary = tr("Corridors and their nodes: {} go on, {} new, {} lost.").format(
            count["kept"], count["new"], count["lost"])
        if channels is not None:
            summary += " " + tr("Radiation channels: {} go on, {} new, {} lost.").format(*channels)
        head = "".join(f"<th>{html.escape(title)}</th>" for title in (
            tr("Sources"), tr("Status"), tr("cwd before"), tr("cwd after"), tr("cwd change (%)"),
            tr("Length change (m)"), tr("Route shift (m)"), tr("Node shift (m)")))
        order = {"lost": 0, "new": 1, "kept": 2}
        lines = sorted(corridors, key=lambda c: (order[c.status], -(c.route_shift_m or 0.0)))
        body = "".join(
            "<tr>" + "".join(f"<td>{value}</td>" for value in (
                html.escape(f"{c.pair[0]}–{c.pair[1]}"), html.escape(tr(c.status)),
                cell(None if c.before is None else float(c.before["cwd"]), 0),
                cell(None if c.after is None else float(c.after["cwd"]), 0),
                cell(c.relative("cwd"), 1, signed=True), cell(c.difference("length_m"), 0, signed=True),
                cell(c.route_shift_m, 0), cell(c.node_shift_m, 0))) + "</tr>"
            for c in lines
        )
        title = tr("What changed in corridors from {} to {}").format(before, after)
        note = tr("Sources are followed by overlap; the table gives the later epoch's source ids (a lost "
                  "corridor's are the earlier epoch's); a route shift is the Hausdorff distance between the two lines.")
        return (f"<h2>{html.escape(title)}</h2><p>{html.escape(summary)} {html.escape(note)}</p>"
                f"<table><tr>{head}</tr>{body}</table>")
