# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:centrality — Linkage Mapper's Centrality Mapper: current-flow centrality of the network of
sources and corridors."""

import math

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from . import circuit_inputs, compat, features
from .base import McrAlgorithm
from .kernels import Cancelled, circuit


class Centrality(McrAlgorithm):
    NAME = "centrality"
    DISPLAY_NAME = "Current-flow centrality of the network (Centrality Mapper)"
    GROUP_ID = "circuit"
    TAGS = ("centrality", "current flow", "betweenness", "Centrality Mapper", "Linkage Mapper", "network",
            "circuit theory", "corridor", "source", "keystone", "connectivity")

    CORRIDORS = circuit_inputs.CORRIDORS
    WEIGHT_FIELD = "WEIGHT_FIELD"
    SOURCES = "SOURCES"
    SOURCE_ID_FIELD = "SOURCE_ID_FIELD"
    CORRIDORS_OUTPUT = "CORRIDORS_OUTPUT"
    SOURCES_OUTPUT = "SOURCES_OUTPUT"

    def initAlgorithm(self, config=None):
        circuit_inputs.add_corridor_input(self, optional=False)
        self.addParameter(
            QgsProcessingParameterField(
                self.WEIGHT_FIELD, self.tr("Resistance of a corridor from field"), "cwd", self.CORRIDORS,
                compat.FIELD_NUMERIC, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SOURCES, self.tr("Sources (polygons or points)"),
                [compat.SOURCE_VECTOR_POLYGON, compat.SOURCE_VECTOR_POINT],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SOURCE_ID_FIELD, self.tr("Source id field"), "source_id", self.SOURCES, compat.FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CORRIDORS_OUTPUT, self.tr("Corridors with their centrality"), compat.SOURCE_VECTOR_LINE,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SOURCES_OUTPUT, self.tr("Sources with their centrality"), compat.SOURCE_VECTOR_ANY,
                optional=True, createByDefault=True,
            )
        )

    def compute(self, parameters, context, feedback):
        outputs = self.open_outputs(parameters, context, feedback)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or "cwd"
        id_field = self.parameterAsString(parameters, self.SOURCE_ID_FIELD, context) or "source_id"
        sources = self.parameterAsSource(parameters, self.SOURCES, context)
        if sources is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SOURCES))
        if sources.fields().lookupField(id_field) < 0:
            raise QgsProcessingException(self.tr(
                "The sources have no field {!r}; choose the field that holds the source ids (source_id for the "
                "sources of Select ecological sources).").format(id_field))
        source_features = list(sources.getFeatures())
        source_ids = []
        for feature in source_features:
            value = features.plain(feature[id_field])
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = math.nan
            if not (number > 0 and number.is_integer()):
                raise QgsProcessingException(self.tr(
                    "Source feature {} has id {!r} in field {!r}; source ids must be whole numbers > 0."
                ).format(feature.id(), value, id_field))
            source_ids.append(int(number))
        nodes = sorted(set(source_ids))
        layer, corridors = circuit_inputs.corridor_features(self, parameters, context, nodes)
        if layer.fields().lookupField(weight_field) < 0:
            raise QgsProcessingException(self.tr(
                "The corridors have no field {!r}; choose the field whose values are the corridors' resistances "
                "(cwd, the cost-weighted distance, or eff_resist from Pinch points).").format(weight_field))
        edges = []
        for feature, (a, b) in corridors:
            value = features.plain(feature[weight_field])
            if not isinstance(value, (int, float)) or not (value > 0 and math.isfinite(value)):
                raise QgsProcessingException(self.tr(
                    "Corridor feature {} ({}–{}) has {} = {!r}; a corridor's resistance must be a number > 0 (a "
                    "corridor that Pinch points could not solve has eff_resist -1: leave it out or use cwd)."
                ).format(feature.id(), a, b, weight_field, value))
            edges.append((a, b, float(value)))
        feedback.pushInfo(self.tr("Network of {} sources and {} corridors; corridor resistances from {}.").format(
            len(nodes), len(edges), weight_field))

        def progress(fraction):
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(90.0 * fraction)

        result = circuit.network_centrality(nodes, edges, progress=progress)
        position = {node: k for k, node in enumerate(result.nodes)}
        linked = {end for a, b, _ in edges for end in (a, b)}
        isolated = [node for node in nodes if node not in linked]
        if isolated:
            feedback.pushInfo(self.tr("Sources without a corridor carry no current: {}").format(
                ", ".join(map(str, isolated))))
        order = np.argsort(-result.edge_current, kind="stable")
        feedback.pushInfo(self.tr("Most central corridors: {}").format(", ".join(
            f"{edges[k][0]}–{edges[k][1]} ({result.edge_current[k]:.4g} A)" for k in order[:5])))

        spec, rows = features.copied_rows(layer.fields(), [feature for feature, _ in corridors],
                                          {"current": "double", "current_rank": "int"})
        rank = np.empty(len(edges), dtype=int)
        rank[order] = np.arange(1, len(edges) + 1)
        written = []
        for k, (geometry, values) in enumerate(rows):
            values["current"] = float(result.edge_current[k])
            values["current_rank"] = int(rank[k])
            written.append((geometry, [values.get(name) for name, _ in spec]))
        kind = compat.WKB_MULTILINESTRING if compat.is_multi(layer.wkbType()) else compat.WKB_LINESTRING
        outputs.vector(self.CORRIDORS_OUTPUT, spec, kind, layer.sourceCrs(), written, style="centrality")

        if outputs.wanted(self.SOURCES_OUTPUT):
            added = {"current": "double", "through_current": "double"}
            spec, rows = features.copied_rows(sources.fields(), source_features, added)
            written = []
            for node, (geometry, values) in zip(source_ids, rows):
                values["current"] = float(result.node_current[position[node]])
                values["through_current"] = float(result.through_current[position[node]])
                written.append((geometry, [values.get(name) for name, _ in spec]))
            point = compat.is_point(sources.wkbType())
            kind = compat.WKB_POINT if point else compat.WKB_MULTIPOLYGON
            outputs.vector(self.SOURCES_OUTPUT, spec, kind, sources.sourceCrs(), written,
                           style="nodes" if point else "sources")
        results = outputs.commit()
        feedback.setProgress(100)
        return results
