# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:pinchpoints — Linkage Mapper's Pinchpoint Mapper: current flow inside each corridor."""

import math
import time

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from . import circuit_inputs, compat, features, search_inputs
from .base import McrAlgorithm
from .kernels import circuit

CURRENT_NODATA = -9999.0
BYTES_PER_CELL = 64  # resistance, sources, two float64 cost surfaces at a time, the mosaic, the corridor mask


class PinchPoints(McrAlgorithm):
    NAME = "pinchpoints"
    DISPLAY_NAME = "Pinch points of corridors (circuit theory)"
    GROUP_ID = "circuit"
    TAGS = ("pinch point", "pinchpoint", "circuit theory", "Circuitscape", "Linkage Mapper", "corridor",
            "bottleneck", "current", "effective resistance", "connectivity")

    RESISTANCE = search_inputs.RESISTANCE
    SOURCES_RASTER = search_inputs.SOURCES_RASTER
    SOURCES = search_inputs.SOURCES
    SOURCE_ID_FIELD = search_inputs.SOURCE_ID_FIELD
    CORRIDORS = circuit_inputs.CORRIDORS
    CUTOFF = "CUTOFF"
    NEIGHBOURS = circuit_inputs.NEIGHBOURS
    SCHEME = circuit_inputs.SCHEME
    SOLVER = circuit_inputs.SOLVER
    OUTPUT = "OUTPUT"
    CORRIDORS_OUTPUT = "CORRIDORS_OUTPUT"

    def initAlgorithm(self, config=None):
        search_inputs.add_source_parameters(self)
        circuit_inputs.add_corridor_input(self, optional=False)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CUTOFF, self.tr("Corridor width cut-off (cost units)"), compat.NUMBER_DOUBLE,
                defaultValue=2000.0, minValue=0.0,
            )
        )
        circuit_inputs.add_neighbourhood(self)
        circuit_inputs.add_scheme(self)
        circuit_inputs.add_solver(self)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Pinch points (current)")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CORRIDORS_OUTPUT, self.tr("Corridors with effective resistance"), compat.SOURCE_VECTOR_LINE,
                optional=True, createByDefault=True,
            )
        )

    def check(self, parameters, context):
        return search_inputs.check_sources(self, parameters)

    def compute(self, parameters, context, feedback):
        cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context)
        neighbours = circuit_inputs.neighbours(self, parameters, context)
        scheme = circuit_inputs.scheme(self, parameters, context)
        solver = circuit_inputs.solver(self, parameters, context)
        outputs = self.open_outputs(parameters, context, feedback)
        land = circuit_inputs.load(self, parameters, context, feedback, BYTES_PER_CELL)
        if abs(land.cell_size[0] - land.cell_size[1]) > 1e-6 * max(land.cell_size):
            raise QgsProcessingException(self.tr(
                "Pinch points need square cells (each cell is one resistor of the circuit); the resistance has "
                "{:g} × {:g} m cells. Resample it to square cells first (Raster ▸ Projections ▸ Warp)."
            ).format(*land.cell_size))
        source, corridors = circuit_inputs.corridor_features(self, parameters, context, land.ids)
        pairs = sorted({pair for _, pair in corridors})
        feedback.pushInfo(self.tr("{} corridors between {} pairs of sources; width cut-off {:g} cost units.").format(
            len(corridors), len(pairs), cutoff))
        feedback.setProgressText(self.tr("Cost surfaces of the sources, then one circuit per pair of sources"))
        started = time.perf_counter()
        result = circuit.pinchpoints(
            land.resistance.array, land.sources, pairs, cutoff, valid=land.resistance.valid,
            cell_size=land.cell_size, neighbours=neighbours, scheme=scheme, solver=solver,
            progress=self.progress_callback(feedback, 5, 90),
        )
        solved = {pair: value for pair, value in result.effective_resistance.items() if value > 0}
        feedback.pushInfo(self.tr("{} of {} pairs solved in {:.1f} s ({} solver).").format(
            len(solved), len(pairs), time.perf_counter() - started, circuit_inputs.solver_label(self, result.solver)))
        unsolved = [f"{a}–{b}" for a, b in pairs if (a, b) not in solved]
        if unsolved:
            feedback.pushWarning(self.tr(
                "No corridor within the cut-off joins these pairs (or they cannot reach each other); they carry no "
                "current and their eff_resist is -1: {}. A larger cut-off widens the corridors."
            ).format(", ".join(unsolved)))
        if not solved:
            raise QgsProcessingException(self.tr(
                "No pair of sources is joined by a corridor within the cut-off of {:g} cost units; raise the cut-off "
                "(it is a width in cost units: resistance × metres)."
            ).format(cutoff))
        current = result.current
        outputs.raster(self.OUTPUT, current, land.grid, CURRENT_NODATA, "Float32", "pinch-point current (A)",
                       style="current", value_range=circuit_inputs.current_range(current),
                       mask=np.isfinite(current))
        if outputs.wanted(self.CORRIDORS_OUTPUT):
            spec, rows = features.copied_rows(source.fields(), [feature for feature, _ in corridors],
                                              {"eff_resist": "double", "cwd_to_eff_resist": "double"})
            written = []
            for (geometry, values), (_, pair) in zip(rows, corridors):
                resist = result.effective_resistance.get(pair, -1.0)
                cwd = values.get("cwd")
                if not isinstance(cwd, (int, float)):
                    cwd = result.lcd.get(pair)  # not a corridor of mcr:corridors: the pair's least-cost distance
                values["eff_resist"] = resist
                values["cwd_to_eff_resist"] = cwd / resist if resist > 0 and cwd is not None and math.isfinite(
                    cwd) else None
                written.append((geometry, [values.get(name) for name, _ in spec]))
            kind = compat.WKB_MULTILINESTRING if compat.is_multi(source.wkbType()) else compat.WKB_LINESTRING
            outputs.vector(self.CORRIDORS_OUTPUT, spec, kind, source.sourceCrs(), written, style="corridors")
        results = outputs.commit()
        feedback.setProgress(100)
        return results

