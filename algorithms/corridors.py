# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:corridors — ecological corridors, nodes, ridge lines and vulnerable stretches."""

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from . import compat, layers, raster_io, search_inputs
from .base import McrAlgorithm
from .features import polyline
from .kernels import Cancelled
from .kernels import corridors as kernel

WIDTH_NODATA = -9999.0
BYTES_PER_CELL = 80  # the search and its inputs, the vulnerability raster, boundary links


CORRIDOR_FIELDS = (("corridor_id", "int"), ("from_source", "int"), ("to_source", "int"), ("cwd", "double"),
                   ("length_m", "double"), ("euclid_m", "double"), ("cwd_per_m", "double"),
                   ("cwd_per_euclid", "double"))
NODE_FIELDS = (("node_id", "int"), ("corridor_id", "int"), ("from_source", "int"), ("to_source", "int"),
               ("mcr", "double"))
RIDGE_FIELDS = (("ridge_id", "int"), ("source_a", "int"), ("source_b", "int"), ("length_m", "double"))
VULNERABLE_FIELDS = (("segment_id", "int"), ("corridor_id", "int"), ("from_source", "int"),
                     ("to_source", "int"), ("length_m", "double"), ("max_resistance", "double"),
                     ("mean_resistance", "double"), ("cells", "int"))


def path_line(path, geometry):
    x, y = geometry.centre(path)
    return polyline(zip(x, y))


def ridge_rows(allocation, grid):
    """One multi-line per pair of touching zones, merged from the cell edges between them."""
    a, b, x0, y0, x1, y1 = kernel.ridge_segments(allocation, grid.transform)
    rows = []
    if a.size == 0:
        return rows
    order = np.lexsort((b, a))
    a, b, x0, y0, x1, y1 = (column[order] for column in (a, b, x0, y0, x1, y1))
    cuts = np.flatnonzero((np.diff(a) != 0) | (np.diff(b) != 0)) + 1
    for number, group in enumerate(np.split(np.arange(a.size), cuts), start=1):
        segments = [polyline([(x0[i], y0[i]), (x1[i], y1[i])]) for i in group]
        merged = QgsGeometry.collectGeometry(segments).mergeLines()
        length = float(np.hypot(x1[group] - x0[group], y1[group] - y0[group]).sum())
        rows.append((merged, [number, int(a[group[0]]), int(b[group[0]]), length]))
    return rows


class Corridors(McrAlgorithm):
    NAME = "corridors"
    DISPLAY_NAME = "Ecological corridors, nodes and ridge lines"
    GROUP_ID = "pattern"
    TAGS = ("corridor", "ecological node", "ridge line", "least-cost path", "linkage", "connectivity",
            "MCR", "Linkage Mapper", "security pattern")

    VULNERABILITY = "VULNERABILITY"
    VULNERABLE_THRESHOLD = "VULNERABLE_THRESHOLD"
    MAX_CWD = "MAX_CWD"
    NEAREST = "NEAREST"
    PAIRWISE = "PAIRWISE"
    WIDTH_CUTOFF = "WIDTH_CUTOFF"
    CORRIDORS = "CORRIDORS"
    NODES = "NODES"
    RIDGES = "RIDGES"
    VULNERABLE = "VULNERABLE"
    CORRIDOR_WIDTH = "CORRIDOR_WIDTH"
    CORRIDOR_COUNT = "CORRIDOR_COUNT"
    NODE_COUNT = "NODE_COUNT"

    def initAlgorithm(self, config=None):
        search_inputs.add_parameters(self)
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.VULNERABILITY, self.tr("Raster for vulnerable stretches (default: the resistance)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.VULNERABLE_THRESHOLD, self.tr("Vulnerable where the value is at least"),
                compat.NUMBER_DOUBLE, defaultValue=6.0,
            )
        )
        max_cwd = QgsProcessingParameterNumber(
            self.MAX_CWD, self.tr("Maximum cost-weighted distance of a corridor (0 = no limit)"),
            compat.NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(max_cwd, compat.FLAG_ADVANCED))
        nearest = QgsProcessingParameterNumber(
            self.NEAREST, self.tr("Keep each source's N cheapest corridors (0 = all)"),
            compat.NUMBER_INTEGER, defaultValue=0, minValue=0,
        )
        self.addParameter(compat.add_flag(nearest, compat.FLAG_ADVANCED))
        pairwise = QgsProcessingParameterBoolean(
            self.PAIRWISE, self.tr("Exact pairwise mode (one search per source)"), defaultValue=False
        )
        self.addParameter(compat.add_flag(pairwise, compat.FLAG_ADVANCED))
        cutoff = QgsProcessingParameterNumber(
            self.WIDTH_CUTOFF, self.tr("Corridor width cut-off (cost units; 0 = no cut-off)"),
            compat.NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(cutoff, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CORRIDORS, self.tr("Ecological corridors"), compat.SOURCE_VECTOR_LINE
            )
        )
        for name, label, kind in ((self.NODES, "Ecological nodes", compat.SOURCE_VECTOR_POINT),
                                  (self.RIDGES, "Ridge lines", compat.SOURCE_VECTOR_LINE),
                                  (self.VULNERABLE, "Vulnerable corridor stretches", compat.SOURCE_VECTOR_LINE)):
            self.addParameter(
                QgsProcessingParameterFeatureSink(name, self.tr(label), kind, optional=True, createByDefault=True)
            )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.CORRIDOR_WIDTH, self.tr("Corridor width (pairwise mode)"), optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CORRIDOR_COUNT, self.tr("Number of corridors")))
        self.addOutput(QgsProcessingOutputNumber(self.NODE_COUNT, self.tr("Number of ecological nodes")))

    def check(self, parameters, context):
        problems = search_inputs.check_search(self, parameters)
        if self.parameterAsOutputLayer(parameters, self.CORRIDOR_WIDTH, context) and not self.parameterAsBool(
                parameters, self.PAIRWISE, context):
            problems.append(self.tr("The corridor-width raster needs the exact pairwise mode; switch it on or leave "
                                    "the width output empty."))
        return problems

    def compute(self, parameters, context, feedback):
        threshold = self.parameterAsDouble(parameters, self.VULNERABLE_THRESHOLD, context)
        max_cwd = self.parameterAsDouble(parameters, self.MAX_CWD, context)
        nearest = self.parameterAsInt(parameters, self.NEAREST, context)
        pairwise = self.parameterAsBool(parameters, self.PAIRWISE, context)
        cutoff = self.parameterAsDouble(parameters, self.WIDTH_CUTOFF, context)
        outputs = self.open_outputs(parameters, context, feedback)
        width_wanted = outputs.wanted(self.CORRIDOR_WIDTH)
        search = search_inputs.load(self, parameters, context, feedback, 0, 40, BYTES_PER_CELL)
        grid = search.grid
        vulnerability_path = layers.raster_path(self, parameters, self.VULNERABILITY, context, required=False)
        if vulnerability_path:
            label = self.tr("The raster for vulnerable stretches")
            layers.check_overlap(self, vulnerability_path, grid, label)
            vulnerability = raster_io.align_raster(vulnerability_path, grid, "nearest")
            layers.report_coverage(self, feedback, vulnerability.valid, search.resistance.valid, label,
                                   self.tr("vulnerable stretches cannot be found where it has no value."))
            values = np.where(vulnerability.valid, vulnerability.array, -np.inf).astype(np.float64)
            del vulnerability
        else:
            values = np.where(search.resistance.valid, search.resistance.array, -np.inf).astype(np.float64)

        feedback.setProgressText(self.tr("Finding adjacent sources and their cheapest links"))
        found = kernel.fast_corridors(
            search.result, search.resistance.array, search.resistance.valid, search.cell_size,
            grid.transform, values, threshold,
        )
        if feedback.isCanceled():
            raise Cancelled()
        width = None
        if pairwise and found:
            feedback.setProgressText(self.tr("Exact pairwise mode: one search per source"))
            pairs = [(c.from_source, c.to_source) for c in found]
            found, width = kernel.pairwise_corridors(
                search.resistance.array, search.resistance.valid, search.sources, search.cell_size,
                search.result.neighbours, grid.transform, pairs, values, threshold,
                (cutoff or np.inf) if width_wanted else None, self.progress_callback(feedback, 40, 85),
            )
        found = kernel.keep_nearest(found, nearest, max_cwd)
        found.sort(key=lambda c: (c.from_source, c.to_source))
        sources = len(np.unique(search.sources[search.sources > 0]))
        feedback.pushInfo(self.tr("{} sources, {} corridors").format(sources, len(found)))
        if sources > 1 and not found:
            feedback.pushWarning(self.tr(
                "No two sources can reach each other (or none passes the filters): no corridors."))
        feedback.setProgress(85)

        geometry = kernel.Geometry(grid.shape, grid.transform)
        corridor_rows, node_rows, stretch_rows = [], [], []
        for number, corridor in enumerate(found, start=1):
            if feedback.isCanceled():
                raise Cancelled()
            ends = [corridor.from_source, corridor.to_source]
            corridor_rows.append((path_line(corridor.path, geometry), [
                number, *ends, corridor.cwd, corridor.length_m, corridor.euclid_m,
                corridor.cwd_per_m, corridor.cwd_per_euclid,
            ]))
            node_rows.append((QgsGeometry.fromPointXY(QgsPointXY(*corridor.node_xy)),
                              [number, number, *ends, corridor.node_mcr]))
            for stretch in corridor.vulnerable:
                stretch_rows.append((polyline(stretch.points), [
                    len(stretch_rows) + 1, number, *ends, stretch.length_m, stretch.max_value,
                    stretch.mean_value, stretch.cells,
                ]))
        ridges = ridge_rows(search.result.allocation, grid) if outputs.wanted(self.RIDGES) else []
        crs = layers.crs_of(grid)
        if width_wanted:
            width_values = np.where(np.isfinite(width), width, WIDTH_NODATA) if width is not None else \
                np.full(grid.shape, WIDTH_NODATA, dtype=np.float32)
            finite = width_values[width_values != WIDTH_NODATA]
            outputs.raster(self.CORRIDOR_WIDTH, width_values, grid, WIDTH_NODATA, "Float32", "corridor width",
                           style="corridor_width",
                           value_range=(0.0, float(finite.max()) if finite.size else 1.0))
        for name, spec, kind, rows, style in (
            (self.CORRIDORS, CORRIDOR_FIELDS, compat.WKB_LINESTRING, corridor_rows, "corridors"),
            (self.NODES, NODE_FIELDS, compat.WKB_POINT, node_rows, "nodes"),
            (self.RIDGES, RIDGE_FIELDS, compat.WKB_MULTILINESTRING, ridges, "ridges"),
            (self.VULNERABLE, VULNERABLE_FIELDS, compat.WKB_LINESTRING, stretch_rows, "vulnerable"),
        ):
            outputs.vector(name, spec, kind, crs, rows, style=style)
        results = outputs.commit()
        results[self.CORRIDOR_COUNT] = len(corridor_rows)
        results[self.NODE_COUNT] = len(node_rows)
        feedback.setProgress(100)
        return results
