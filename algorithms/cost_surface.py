# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:costsurface — resistance + sources -> MCR surface, allocation and back-direction."""

import time

import numpy as np
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from . import compat, layers, memory, raster_io, search_inputs
from .base import McrAlgorithm
from .kernels import cost
from .sources_input import source_ids_on_grid

SURFACE_NODATA = -9999.0
ALLOCATION_NODATA = 0
DIRECTION_NODATA = 255
BYTES_PER_CELL = 48  # the search (21), the resistance and source rasters as read, the outputs' arrays


class CostSurface(McrAlgorithm):
    NAME = "costsurface"
    DISPLAY_NAME = "MCR surface (cumulative resistance)"
    GROUP_ID = "costsurface"
    TAGS = ("MCR", "minimum cumulative resistance", "cost distance", "accumulated cost",
            "least cost", "allocation", "back direction", "r.cost", "Dijkstra")

    RESISTANCE = search_inputs.RESISTANCE
    SOURCES_RASTER = search_inputs.SOURCES_RASTER
    SOURCES = search_inputs.SOURCES
    SOURCE_ID_FIELD = search_inputs.SOURCE_ID_FIELD
    NEIGHBOURS = search_inputs.NEIGHBOURS
    MAX_COST = "MAX_COST"
    FLOAT64 = "FLOAT64"
    OUTPUT = "OUTPUT"
    ALLOCATION = "ALLOCATION"
    BACK_DIRECTION = "BACK_DIRECTION"

    def initAlgorithm(self, config=None):
        search_inputs.add_source_parameters(self)
        search_inputs.add_neighbourhood(self)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_COST, self.tr("Maximum cost (0 = no limit)"), compat.NUMBER_DOUBLE,
                defaultValue=0.0, minValue=0.0,
            )
        )
        precision = QgsProcessingParameterBoolean(
            self.FLOAT64, self.tr("Write the MCR surface as Float64"), defaultValue=False
        )
        self.addParameter(compat.add_flag(precision, compat.FLAG_ADVANCED))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("MCR surface")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.ALLOCATION, self.tr("Allocation (nearest source)"), optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.BACK_DIRECTION, self.tr("Back-direction"), optional=True, createByDefault=True
            )
        )

    def check(self, parameters, context):
        return search_inputs.check_sources(self, parameters)

    def compute(self, parameters, context, feedback):
        neighbours = search_inputs.NEIGHBOUR_CHOICES[self.parameterAsEnum(parameters, self.NEIGHBOURS, context)]
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context) or None
        float64 = self.parameterAsBool(parameters, self.FLOAT64, context)
        resistance_path = layers.raster_path(self, parameters, self.RESISTANCE, context)
        outputs = self.open_outputs(parameters, context, feedback)
        grid = raster_io.read_grid(resistance_path)
        cell_size = layers.metric_cell_size(grid, self.tr("resistance surface"))
        memory.require(grid.width * grid.height, BYTES_PER_CELL, self.tr("The MCR search"))
        feedback.setProgressText(self.tr("Reading the resistance surface"))
        resistance = layers.read_resistance(self, resistance_path, feedback)
        sources = source_ids_on_grid(
            self, parameters, context, feedback, grid, self.SOURCES_RASTER, self.SOURCES, self.SOURCE_ID_FIELD
        )
        search_inputs.warn_sources_on_nodata(self, feedback, sources, resistance.valid)
        source_count = len(cost.ids_present(sources, resistance.valid))
        feedback.pushInfo(self.tr(
            "{} sources, {} source cells; {} x {} cells of {:g} x {:g} m; {} neighbours"
        ).format(source_count, int(np.count_nonzero(sources)), grid.width, grid.height, cell_size[0],
                 cell_size[1], neighbours))
        feedback.setProgress(5)
        feedback.setProgressText(self.tr("Searching least-cost paths"))
        started = time.perf_counter()
        result = cost.accumulated_cost(
            resistance.array, sources, cell_size, neighbours, valid=resistance.valid,
            max_cost=max_cost, progress=self.progress_callback(feedback, 5, 90),
        )
        del sources
        valid_cells = int(np.count_nonzero(resistance.valid))
        del resistance  # the inputs go before the outputs are written
        reachable = result.reachable
        reached = int(np.count_nonzero(reachable))
        highest = float(np.max(result.distance, where=reachable, initial=0.0))
        feedback.pushInfo(self.tr(
            "Search done in {:.1f} s; {:.1f} % of the valid cells are reachable; highest MCR {:.6g}"
        ).format(time.perf_counter() - started, 100.0 * reached / max(valid_cells, 1), highest))
        unreachable = valid_cells - reached
        if unreachable and max_cost is None:
            feedback.pushWarning(self.tr(
                "{} valid cells cannot be reached from any source (cut off by NoData); they are NoData in "
                "the outputs."
            ).format(unreachable))
        if not float64 and highest > raster_io.FLOAT32_MAX:
            float64 = True
            feedback.pushWarning(self.tr(
                "The highest MCR value ({:.4g}) exceeds the Float32 range; the MCR surface is written as Float64."
            ).format(highest))
        feedback.setProgressText(self.tr("Writing outputs"))
        run = search_inputs.run_metadata(neighbours)
        outputs.raster(self.OUTPUT, result.distance, grid, SURFACE_NODATA, "Float64" if float64 else "Float32", "MCR",
                       style="mcr", value_range=(0.0, highest), metadata=run("surface"), mask=reachable)
        outputs.raster(self.ALLOCATION, result.allocation, grid, ALLOCATION_NODATA, "Int32", "nearest source id",
                       style="zones", value_range=(1, max(int(result.allocation.max()), 1)),
                       metadata=run("allocation"))
        outputs.raster(self.BACK_DIRECTION, result.back_direction, grid, DIRECTION_NODATA, "Byte",
                       "back-direction code", style="direction", value_range=(0, 16), metadata=run("back_direction"),
                       mask=reachable)
        results = outputs.commit()
        feedback.setProgress(100)
        return results
