# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:currentflow — Circuitscape's current flow between sources on the resistance surface."""

import time

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from . import circuit_inputs, compat, layers, raster_io, search_inputs
from .base import McrAlgorithm, given
from .kernels import circuit

CURRENT_NODATA = -9999.0
# Rasters as read and written (resistance, sources, current, maximum current): the circuit's
# own memory (graph, factor, voltages) is estimated separately by circuit.estimate_bytes.
BYTES_PER_CELL = 40
MODE_NAMES = circuit.MODES  # pairwise, one_to_all, all_to_one
RESISTANCE_FIELDS = (("from_id", "int"), ("to_id", "int"), ("eff_resist", "double"))


def table_text(rows):
    """CSV text of rows of numbers (ids as integers, resistances to 10 significant digits)."""
    lines = []
    for row in rows:
        lines.append(",".join(str(int(v)) if float(v).is_integer() and abs(v) < 2**53 else f"{v:.10g}" for v in row))
    return "\n".join(lines) + "\n"


class CurrentFlow(McrAlgorithm):
    NAME = "currentflow"
    DISPLAY_NAME = "Current flow between sources (circuit theory)"
    GROUP_ID = "circuit"
    TAGS = ("circuit theory", "Circuitscape", "current", "current density", "effective resistance", "voltage",
            "connectivity", "resistance distance", "McRae", "pairwise", "one-to-all", "all-to-one")

    RESISTANCE = search_inputs.RESISTANCE
    SOURCES_RASTER = search_inputs.SOURCES_RASTER
    SOURCES = search_inputs.SOURCES
    SOURCE_ID_FIELD = search_inputs.SOURCE_ID_FIELD
    MODE = "MODE"
    NEIGHBOURS = circuit_inputs.NEIGHBOURS
    SCHEME = circuit_inputs.SCHEME
    SHORT_CIRCUIT = "SHORT_CIRCUIT"
    FOCAL_REGIONS = "FOCAL_REGIONS"
    SOLVER = circuit_inputs.SOLVER
    OUTPUT = "OUTPUT"
    MAX_CURRENT = "MAX_CURRENT"
    VOLTAGE = "VOLTAGE"
    RESISTANCE_MATRIX = "RESISTANCE_MATRIX"
    RESISTANCE_TABLE = "RESISTANCE_TABLE"
    SOLVER_USED = "SOLVER_USED"

    def initAlgorithm(self, config=None):
        search_inputs.add_source_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE, self.tr("Mode"),
                [self.tr("pairwise: 1 A between every pair of sources in turn"),
                 self.tr("one-to-all: 1 A into each source in turn, every other source grounded"),
                 self.tr("all-to-one: each source grounded in turn, 1 A into every other source")],
                defaultValue=0,
            )
        )
        circuit_inputs.add_neighbourhood(self)
        circuit_inputs.add_scheme(self)
        short_circuit = QgsProcessingParameterRasterLayer(
            self.SHORT_CIRCUIT, self.tr("Short-circuit regions (raster of region ids)"), optional=True
        )
        self.addParameter(compat.add_flag(short_circuit, compat.FLAG_ADVANCED))
        regions = QgsProcessingParameterEnum(
            self.FOCAL_REGIONS, self.tr("Sources of many cells in pairwise mode"),
            [self.tr("all sources short-circuited at once (one factorisation)"),
             self.tr("only the pair's two sources short-circuited (Circuitscape; one factorisation per pair)")],
            defaultValue=0,
        )
        self.addParameter(compat.add_flag(regions, compat.FLAG_ADVANCED))
        circuit_inputs.add_solver(self)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Cumulative current")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.MAX_CURRENT, self.tr("Maximum current"), optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.VOLTAGE, self.tr("Voltages (one band per source; one-to-all and all-to-one)"), optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.RESISTANCE_MATRIX, self.tr("Effective resistances (Circuitscape's matrix layout)"),
                self.tr("CSV files (*.csv)"), optional=True, createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.RESISTANCE_TABLE, self.tr("Effective resistances (one row per pair)"), compat.SOURCE_VECTOR,
                optional=True, createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputString(self.SOLVER_USED, self.tr("Solver used")))

    def check(self, parameters, context):
        problems = search_inputs.check_sources(self, parameters)
        mode = MODE_NAMES[self.parameterAsEnum(parameters, self.MODE, context)]
        if mode == "pairwise" and given(parameters, self.VOLTAGE):
            problems.append(self.tr(
                "Voltage maps are written in the one-to-all and all-to-one modes (one per source); choose one of "
                "those modes or leave the voltage output empty."))
        return problems

    def compute(self, parameters, context, feedback):
        mode = MODE_NAMES[self.parameterAsEnum(parameters, self.MODE, context)]
        neighbours = circuit_inputs.neighbours(self, parameters, context)
        scheme = circuit_inputs.scheme(self, parameters, context)
        focal_regions = circuit.FOCAL_REGIONS[self.parameterAsEnum(parameters, self.FOCAL_REGIONS, context)]
        chosen = circuit_inputs.solver(self, parameters, context)
        outputs = self.open_outputs(parameters, context, feedback)
        grid = raster_io.read_grid(layers.raster_path(self, parameters, self.RESISTANCE, context))
        cells = grid.width * grid.height
        circuit_bytes, solver_name = circuit_inputs.circuit_bytes(cells, 8, chosen)
        land = circuit_inputs.load(self, parameters, context, feedback, BYTES_PER_CELL, circuit_bytes)
        ids = land.ids
        if mode == "pairwise" and ids.size < 2:
            raise QgsProcessingException(self.tr(
                "Pairwise mode needs at least two sources with valid cells; the sources hold {}.").format(ids.size))
        if ids.size < 1:
            raise QgsProcessingException(self.tr("No source lies on a cell with a resistance; nothing to connect."))
        short_circuit = self._short_circuit(parameters, context, feedback, land)
        feedback.pushInfo(self.tr(
            "{} sources ({}); {} valid cells, {} neighbours, {} mode; estimated memory of the circuit {:.2f} GB "
            "({} solver)"
        ).format(ids.size, ", ".join(map(str, ids[:20])), int(np.count_nonzero(land.resistance.valid)), neighbours,
                 circuit_inputs.mode_label(self, mode), circuit_bytes / 1024.0**3,
                 circuit_inputs.solver_label(self, solver_name)))
        feedback.setProgressText(self.tr("Solving the resistor network"))
        started = time.perf_counter()
        result = circuit.effective_resistances(
            land.resistance.array, land.sources, valid=land.resistance.valid, neighbours=neighbours, scheme=scheme,
            short_circuit=short_circuit, mode=mode, focal_regions=focal_regions,
            current_maps=outputs.wanted(self.OUTPUT) or outputs.wanted(self.MAX_CURRENT),
            voltage_maps=outputs.wanted(self.VOLTAGE), solver=chosen, progress=self.progress_callback(feedback, 10, 90),
        )
        feedback.pushInfo(self.tr(
            "Solved in {:.1f} s with the {} solver: {} nodes, {} resistors, {} factorisation(s), {} solve(s)."
        ).format(time.perf_counter() - started, circuit_inputs.solver_label(self, result.solver), result.nodes,
                 result.edges, result.factorisations, result.solves))
        rows = self._resistance_rows(result, feedback)
        feedback.setProgressText(self.tr("Writing outputs"))
        for name, values, label in ((self.OUTPUT, result.current, "cumulative current (A)"),
                                    (self.MAX_CURRENT, result.max_current, "maximum current (A)")):
            if values is None or not outputs.wanted(name):
                continue
            outputs.raster(name, values, land.grid, CURRENT_NODATA, "Float32", label, style="current",
                           value_range=circuit_inputs.current_range(values, land.sources == 0),
                           mask=np.isfinite(values))
        if outputs.wanted(self.VOLTAGE):
            keys = [int(i) for i in ids if int(i) in result.voltages]
            if not keys:
                raise QgsProcessingException(self.tr(
                    "No source shares a connected area with another source: there is no voltage map to write."))
            stack = np.stack([result.voltages[k] for k in keys])
            outputs.raster(self.VOLTAGE, stack, land.grid, CURRENT_NODATA, "Float32",
                           [self.tr("voltage (V), source {}").format(k) for k in keys], style="voltage",
                           value_range=(float(np.nanmin(stack)), float(np.nanmax(stack))), mask=np.isfinite(stack[0]))
        if mode == "pairwise":
            matrix = result.circuitscape_table()
        else:
            matrix = np.column_stack([ids, result.resistances])
        outputs.text(self.RESISTANCE_MATRIX, table_text(matrix))
        outputs.vector(self.RESISTANCE_TABLE, RESISTANCE_FIELDS, compat.WKB_NO_GEOMETRY, layers.crs_of(land.grid),
                       [(None, row) for row in rows])
        results = outputs.commit()
        results[self.SOLVER_USED] = result.solver
        feedback.setProgress(100)
        return results

    def _short_circuit(self, parameters, context, feedback, land):
        path = layers.raster_path(self, parameters, self.SHORT_CIRCUIT, context, required=False)
        if path is None:
            return None
        label = self.tr("The short-circuit regions")
        layers.check_overlap(self, path, land.grid, label)
        aligned = raster_io.align_raster(path, land.grid, "nearest")
        values = aligned.array
        if np.issubdtype(values.dtype, np.floating):
            inside = aligned.valid & (values > 0)
            if (values[inside] != np.round(values[inside])).any():
                raise QgsProcessingException(self.tr(
                    "The short-circuit regions hold non-integer values; give a raster of whole region ids > 0 "
                    "(0 or NoData outside the regions)."))
        regions = np.where(aligned.valid & (values > 0), values, 0).astype(np.int64)
        count = len(np.unique(regions[regions > 0]))
        feedback.pushInfo(self.tr("{} short-circuit regions; the cells of each region are joined with zero "
                                  "resistance.").format(count))
        return regions

    def _resistance_rows(self, result, feedback):
        ids = [int(i) for i in result.ids]
        rows, disconnected = [], []
        if result.mode == "pairwise":
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    value = float(result.resistances[i, j])
                    rows.append([ids[i], ids[j], value])
                    if value < 0:
                        disconnected.append(f"{ids[i]}–{ids[j]}")
            solved = [row[2] for row in rows if row[2] >= 0]
            if solved:
                feedback.pushInfo(self.tr("Effective resistance between sources: {:.6g} to {:.6g} (resistance × cell "
                                          "units; -1 = disconnected).").format(min(solved), max(solved)))
        else:
            for k, value in enumerate(result.resistances):
                rows.append([ids[k], None, float(value)])
                if value < 0:
                    disconnected.append(str(ids[k]))
        if disconnected:
            feedback.pushWarning(self.tr(
                "Disconnected (no path of valid cells, or no other source in reach), written as -1 as Circuitscape "
                "does: {}").format(", ".join(disconnected[:30]) + (" …" if len(disconnected) > 30 else "")))
        return rows
