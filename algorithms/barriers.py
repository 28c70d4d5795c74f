# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:barriers — Linkage Mapper's Barrier Mapper: where restoration most shortens the least-cost
distance between two sources."""

import time

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from . import circuit_inputs, compat, layers, memory, search_inputs
from .base import McrAlgorithm, given
from .kernels import circuit

SCORE_NODATA = -9999.0
BYTES_PER_CELL = 56  # resistance, sources, the best score, percent, radius and ΔLCD, one window minimum
BYTES_PER_SOURCE_CELL = 24  # per source: its cost surface, its distance to the source, its window minimum
NEIGHBOUR_CHOICES = (4, 8, 16)
COMBINE = ("max", "sum")


def parse_radii(algorithm, text):
    """'100, 200; 300' -> [100.0, 200.0, 300.0] (metres)."""
    radii = []
    for part in layers.split_values(text):
        try:
            value = float(part)
        except ValueError:
            value = float("nan")
        if not (value > 0 and np.isfinite(value)):
            raise QgsProcessingException(algorithm.tr(
                "Window radii: {!r} is not a distance > 0; give radii in metres separated by commas, e.g. 100, 200, "
                "300.").format(part))
        radii.append(value)
    if not radii:
        raise QgsProcessingException(algorithm.tr(
            "Give at least one window radius in metres, e.g. 100, 200, 300."))
    return radii


class Barriers(McrAlgorithm):
    NAME = "barriers"
    DISPLAY_NAME = "Barriers to restore (Barrier Mapper)"
    GROUP_ID = "circuit"
    TAGS = ("barrier", "restoration", "Barrier Mapper", "Linkage Mapper", "least-cost distance", "improvement",
            "corridor", "connectivity", "ecological restoration", "MCR")

    RESISTANCE = search_inputs.RESISTANCE
    SOURCES_RASTER = search_inputs.SOURCES_RASTER
    SOURCES = search_inputs.SOURCES
    SOURCE_ID_FIELD = search_inputs.SOURCE_ID_FIELD
    CORRIDORS = circuit_inputs.CORRIDORS
    RADII = "RADII"
    COMBINE = "COMBINE"
    RESTORED_RESISTANCE = "RESTORED_RESISTANCE"
    NEIGHBOURS = circuit_inputs.NEIGHBOURS
    OUTPUT = "OUTPUT"
    PERCENT = "PERCENT"
    RADIUS = "RADIUS"

    def initAlgorithm(self, config=None):
        search_inputs.add_source_parameters(self)
        circuit_inputs.add_corridor_input(self, optional=True)
        self.addParameter(
            QgsProcessingParameterString(self.RADII, self.tr("Radii of the restoration window (m)"),
                                         defaultValue="100, 200, 300")
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.COMBINE, self.tr("Combine the pairs of sources by"),
                [self.tr("maximum (the best pair at each cell)"), self.tr("sum (all pairs a window would help)")],
                defaultValue=0,
            )
        )
        restored = QgsProcessingParameterNumber(
            self.RESTORED_RESISTANCE, self.tr("Resistance of a restored cell"), compat.NUMBER_DOUBLE,
            defaultValue=1.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(restored, compat.FLAG_ADVANCED))
        circuit_inputs.add_neighbourhood(self, NEIGHBOUR_CHOICES)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Improvement score")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.PERCENT, self.tr("Percent improvement"), optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.RADIUS, self.tr("Radius of the best window"), optional=True, createByDefault=False
            )
        )

    def check(self, parameters, context):
        problems = search_inputs.check_sources(self, parameters)
        try:
            parse_radii(self, self.parameterAsString(parameters, self.RADII, context))
        except QgsProcessingException as error:
            problems.append(str(error))
        if self.parameterAsDouble(parameters, self.RESTORED_RESISTANCE, context) <= 0:
            problems.append(self.tr("The resistance of a restored cell must be > 0 (Linkage Mapper uses 1)."))
        return problems

    def compute(self, parameters, context, feedback):
        radii = parse_radii(self, self.parameterAsString(parameters, self.RADII, context))
        combine = COMBINE[self.parameterAsEnum(parameters, self.COMBINE, context)]
        restored = self.parameterAsDouble(parameters, self.RESTORED_RESISTANCE, context)
        neighbours = circuit_inputs.neighbours(self, parameters, context, NEIGHBOUR_CHOICES)
        outputs = self.open_outputs(parameters, context, feedback)
        land = circuit_inputs.load(self, parameters, context, feedback, BYTES_PER_CELL)
        smallest_cell = max(land.cell_size)
        if min(radii) < smallest_cell * (1 - 1e-9):
            raise QgsProcessingException(self.tr(
                "Window radii must be at least one cell ({:g} m); the smallest given is {:g} m."
            ).format(smallest_cell, min(radii)))
        lowest = float(np.min(land.resistance.array, where=land.resistance.valid, initial=np.inf))
        if restored > lowest:
            feedback.pushWarning(self.tr(
                "A restored cell gets resistance {:g}, more than the lowest resistance of the surface ({:g}): "
                "restoring would make some cells worse, and those windows score lower."
            ).format(restored, lowest))
        if given(parameters, self.CORRIDORS):
            _, corridors = circuit_inputs.corridor_features(self, parameters, context, land.ids)
            pairs = sorted({pair for _, pair in corridors})
        else:
            pairs = circuit_inputs.adjacent_pairs(self, feedback, land, neighbours,
                                                  self.progress_callback(feedback, 0, 15))
        if not pairs:
            raise QgsProcessingException(self.tr(
                "No two sources have adjacent MCR zones: there is no pair of sources whose link a restoration "
                "could shorten."))
        sources_needed = len({s for pair in pairs for s in pair})
        memory.require(land.grid.width * land.grid.height, BYTES_PER_CELL + BYTES_PER_SOURCE_CELL * sources_needed,
                       self.displayName())
        feedback.pushInfo(self.tr("{} pairs of sources, windows of radius {} m, combined by {}.").format(
            len(pairs), ", ".join(f"{r:g}" for r in sorted(radii)),
            self.tr("maximum") if combine == "max" else self.tr("sum")))
        feedback.setProgressText(self.tr("Cost surfaces of the sources and window minima"))
        started = time.perf_counter()
        result = circuit.barrier_improvement(
            land.resistance.array, land.sources, pairs, radii, valid=land.resistance.valid,
            cell_size=land.cell_size, neighbours=neighbours, combine=combine, restored_resistance=restored,
            progress=self.progress_callback(feedback, 15, 90),
        )
        if result.skipped:
            feedback.pushWarning(self.tr("These pairs cannot reach each other and were left out: {}").format(
                ", ".join(f"{a}–{b}" for a, b in result.skipped)))
        improving = np.isfinite(result.score) & (result.score > 0)
        feedback.pushInfo(self.tr(
            "Done in {:.1f} s: {} cells would shorten a least-cost distance if restored; the best window gains "
            "{:.6g} cost units per metre restored."
        ).format(time.perf_counter() - started, int(np.count_nonzero(improving)),
                 float(result.score[improving].max()) if improving.any() else 0.0))
        if not improving.any():
            feedback.pushWarning(self.tr(
                "No window shortens any least-cost distance: the links already cross land at or below the restored "
                "resistance, or the windows are too small to bridge a barrier."))
        for name, values, label, style in (
            (self.OUTPUT, result.score, "improvement score (ΔLCD per m restored)", "barriers"),
            (self.PERCENT, result.percent, "percent improvement of the LCD", "barriers"),
            (self.RADIUS, result.radius, "radius of the best window (m)", "barriers"),
        ):
            finite = np.isfinite(values)
            high = float(values[finite].max()) if finite.any() else 1.0
            outputs.raster(name, values, land.grid, SCORE_NODATA, "Float32", label, style=style,
                           value_range=(0.0, high if high > 0 else 1.0), mask=finite)
        results = outputs.commit()
        feedback.setProgress(100)
        return results

