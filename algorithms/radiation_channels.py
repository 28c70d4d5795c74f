# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:radiationchannels — low-resistance valley lines leading outward from each source."""

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from . import compat, layers, raster_io, search_inputs
from .base import McrAlgorithm
from .corridors import path_line
from .kernels import Cancelled
from .kernels import channels as kernel
from .kernels import corridors as corridor_kernel

ACCUMULATION_NODATA = -9999.0
DEFAULT_THRESHOLD_KM2 = 3.0
BYTES_PER_CELL = 80  # the search and its inputs, accumulated counts, the predecessor index
CHANNEL_FIELDS = (("channel_id", "int"), ("source_id", "int"), ("length_m", "double"),
                  ("catchment_km2", "double"), ("mcr_end", "double"))


class RadiationChannels(McrAlgorithm):
    NAME = "radiationchannels"
    DISPLAY_NAME = "Radiation channels"
    GROUP_ID = "pattern"
    TAGS = ("radiation channel", "valley line", "flow accumulation", "MCR", "security pattern",
            "dispersal", "least-cost path")

    THRESHOLD = "THRESHOLD"
    EXCLUDE_CORRIDORS = "EXCLUDE_CORRIDORS"
    CORRIDORS = "CORRIDORS"
    OUTPUT = "OUTPUT"
    ACCUMULATION = "ACCUMULATION"
    CHANNEL_COUNT = "CHANNEL_COUNT"

    def initAlgorithm(self, config=None):
        search_inputs.add_parameters(self)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD, self.tr("Contributing area of a channel (km²)"), compat.NUMBER_DOUBLE,
                defaultValue=DEFAULT_THRESHOLD_KM2, minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.EXCLUDE_CORRIDORS, self.tr("Leave out valley lines that are corridors"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CORRIDORS, self.tr("Corridors (default: computed from the same search)"),
                [compat.SOURCE_VECTOR_LINE], optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Radiation channels"), compat.SOURCE_VECTOR_LINE)
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.ACCUMULATION, self.tr("Accumulated area (km²)"), optional=True, createByDefault=False
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CHANNEL_COUNT, self.tr("Number of radiation channels")))

    def check(self, parameters, context):
        return search_inputs.check_search(self, parameters)

    def compute(self, parameters, context, feedback):
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        exclude = self.parameterAsBool(parameters, self.EXCLUDE_CORRIDORS, context)
        outputs = self.open_outputs(parameters, context, feedback)
        search = search_inputs.load(self, parameters, context, feedback, 0, 40, BYTES_PER_CELL)
        grid = search.grid
        dx, dy = search.cell_size
        cell_km2 = dx * dy / 1e6

        excluded = None
        if exclude:
            corridor_layer = self.parameterAsSource(parameters, self.CORRIDORS, context)
            if corridor_layer is not None:
                lines = [f.geometry().asWkb() for f in layers.features_in_grid_crs(corridor_layer, grid, context)
                         if f.hasGeometry()]
                excluded = raster_io.rasterize(lines, [1] * len(lines), grid, fill=0, data_type="Byte") > 0 \
                    if lines else None
            else:
                found = corridor_kernel.fast_corridors(
                    search.result, search.resistance.array, search.resistance.valid, search.cell_size,
                    grid.transform,
                )
                excluded = np.zeros(grid.shape, dtype=bool)
                for corridor in found:
                    excluded.ravel()[corridor.path] = True
            feedback.pushInfo(self.tr("Valley lines on corridors are left out."))
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgressText(self.tr("Accumulating area over the least-cost paths"))
        counts = kernel.accumulated_cells(
            search.result.back_direction, search.result.reachable, self.progress_callback(feedback, 40, 80)
        )
        channels, area = kernel.radiation_channels(search.result, cell_km2, threshold, excluded, counts)
        feedback.pushInfo(
            self.tr("{} radiation channels drain at least {:g} km².").format(len(channels), threshold))
        feedback.setProgress(85)

        geometry = corridor_kernel.Geometry(grid.shape, grid.transform)
        rows = []
        for number, channel in enumerate(channels, start=1):
            length = float(geometry.step_lengths(channel.path).sum())
            rows.append((path_line(channel.path, geometry),
                         [number, channel.source_id, length, channel.catchment_km2, channel.mcr_end]))
        if outputs.wanted(self.ACCUMULATION):
            reached = area[search.result.reachable]
            values = np.where(search.result.reachable, area, ACCUMULATION_NODATA)
            outputs.raster(self.ACCUMULATION, values, grid, ACCUMULATION_NODATA, "Float32",
                           "accumulated area (km²)", style="accumulation",
                           value_range=(0.0, max(float(np.percentile(reached, 99)), threshold)
                                        if reached.size else 1.0))
        outputs.vector(self.OUTPUT, CHANNEL_FIELDS, compat.WKB_LINESTRING, layers.crs_of(grid), rows,
                       style="channels")
        results = outputs.commit()
        results[self.CHANNEL_COUNT] = len(rows)
        feedback.setProgress(100)
        return results
