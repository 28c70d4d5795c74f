# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:costsurface — resistance + sources -> MCR surface, allocation and back-direction."""

import time

import numpy as np
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from . import compat, layers, raster_io, search_inputs
from .base import McrAlgorithm
from .kernels import cost
from .sources_input import source_ids_on_grid

SURFACE_NODATA = -9999.0
ALLOCATION_NODATA = 0
DIRECTION_NODATA = 255


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

    def compute(self, parameters, context, feedback):
        neighbours = search_inputs.NEIGHBOUR_CHOICES[self.parameterAsEnum(parameters, self.NEIGHBOURS, context)]
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context) or None
        float64 = self.parameterAsBool(parameters, self.FLOAT64, context)
        resistance_path = layers.raster_path(self, parameters, self.RESISTANCE, context)

        feedback.setProgressText(self.tr("Reading the resistance surface"))
        resistance = raster_io.read_raster(resistance_path)
        grid = resistance.grid
        cell_size = layers.metric_cell_size(grid, "resistance surface")
        sources = source_ids_on_grid(
            self, parameters, context, feedback, grid, self.SOURCES_RASTER, self.SOURCES, self.SOURCE_ID_FIELD
        )
        on_nodata = int(np.count_nonzero((sources > 0) & ~resistance.valid))
        if on_nodata:
            feedback.pushWarning(
                self.tr(f"{on_nodata} source cells lie on NoData in the resistance and are ignored.")
            )
        source_count = len(np.unique(sources[(sources > 0) & resistance.valid]))
        feedback.pushInfo(
            self.tr(f"{source_count} sources, {int(np.count_nonzero(sources))} source cells; "
                    f"{grid.width} x {grid.height} cells of {cell_size[0]:g} x {cell_size[1]:g} m; "
                    f"{neighbours} neighbours")
        )
        feedback.setProgress(5)
        feedback.setProgressText(self.tr("Searching least-cost paths"))
        started = time.perf_counter()
        result = cost.accumulated_cost(
            resistance.array, sources, cell_size, neighbours, valid=resistance.valid,
            max_cost=max_cost, progress=self.progress_callback(feedback, 5, 90),
        )
        reachable = result.reachable
        feedback.pushInfo(
            self.tr(f"Search done in {time.perf_counter() - started:.1f} s; "
                    f"{100.0 * reachable.sum() / max(resistance.valid.sum(), 1):.1f} % of the valid "
                    f"cells are reachable; highest MCR {result.distance[reachable].max():.6g}")
        )
        unreachable = int(np.count_nonzero(resistance.valid & ~reachable))
        if unreachable and max_cost is None:
            feedback.pushWarning(
                self.tr(f"{unreachable} valid cells cannot be reached from any source (cut off by NoData); "
                        "they are NoData in the outputs.")
            )
        feedback.setProgressText(self.tr("Writing outputs"))
        surface = np.where(reachable, result.distance, SURFACE_NODATA)
        back = np.where(reachable, result.back_direction, DIRECTION_NODATA)
        outputs = {
            key: self.parameterAsOutputLayer(parameters, key, context)
            for key in (self.OUTPUT, self.ALLOCATION, self.BACK_DIRECTION)
        }
        with raster_io.OutputSet() as files:
            files.write(outputs[self.OUTPUT], surface, grid, SURFACE_NODATA, "Float64" if float64 else "Float32",
                        "MCR")
            files.write(outputs[self.ALLOCATION], result.allocation, grid, ALLOCATION_NODATA, "Int32",
                        "nearest source id")
            files.write(outputs[self.BACK_DIRECTION], back, grid, DIRECTION_NODATA, "Byte", "back-direction code")
            files.commit()
        self.style(context, outputs[self.OUTPUT], "mcr", (0.0, float(result.distance[reachable].max())))
        self.style(context, outputs[self.ALLOCATION], "zones", (1, max(int(result.allocation.max()), 1)))
        self.style(context, outputs[self.BACK_DIRECTION], "direction", (0, 16))
        feedback.setProgress(100)
        return outputs
