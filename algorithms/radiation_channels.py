# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:radiationchannels — low-resistance valley lines leading outward from each source."""

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
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
DEFAULT_MIN_LENGTH_M = 200.0
ROUTINGS = ("d8", "tree")
BYTES_PER_CELL = 80  # the search and its inputs, accumulated counts, the predecessor index
CHANNEL_FIELDS = (("channel_id", "int"), ("source_id", "int"), ("length_m", "double"),
                  ("catchment_km2", "double"), ("mcr_end", "double"))


class RadiationChannels(McrAlgorithm):
    NAME = "radiationchannels"
    DISPLAY_NAME = "Radiation channels"
    GROUP_ID = "pattern"
    TAGS = ("radiation channel", "valley line", "flow accumulation", "MCR", "security pattern",
            "dispersal", "least-cost path")

    ROUTING = "ROUTING"
    THRESHOLD = "THRESHOLD"
    MIN_LENGTH = "MIN_LENGTH"
    EXCLUDE_CORRIDORS = "EXCLUDE_CORRIDORS"
    CORRIDORS = "CORRIDORS"
    OUTPUT = "OUTPUT"
    ACCUMULATION = "ACCUMULATION"
    CHANNEL_COUNT = "CHANNEL_COUNT"

    def initAlgorithm(self, config=None):
        search_inputs.add_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ROUTING, self.tr("Flow routing over the MCR surface"),
                [self.tr("D8 steepest descent (ArcGIS Flow Direction, as in the paper)"),
                 self.tr("least-cost tree (the exact paths of the MCR search)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD, self.tr("Contributing area of a channel (km²)"), compat.NUMBER_DOUBLE,
                defaultValue=DEFAULT_THRESHOLD_KM2, minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_LENGTH, self.tr("Minimum channel length (m)"), compat.NUMBER_DOUBLE,
                defaultValue=DEFAULT_MIN_LENGTH_M, minValue=0.0,
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
        routing = ROUTINGS[self.parameterAsEnum(parameters, self.ROUTING, context)]
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        min_length = self.parameterAsDouble(parameters, self.MIN_LENGTH, context)
        exclude = self.parameterAsBool(parameters, self.EXCLUDE_CORRIDORS, context)
        outputs = self.open_outputs(parameters, context, feedback)
        search = search_inputs.load(self, parameters, context, feedback, 0, 40, BYTES_PER_CELL)
        grid = search.grid
        dx, dy = search.cell_size

        excluded = None
        if exclude:
            corridor_layer = self.parameterAsSource(parameters, self.CORRIDORS, context)
            if corridor_layer is not None:
                lines = [f.geometry().asWkb() for f in layers.features_in_grid_crs(corridor_layer, grid, context)
                         if f.hasGeometry()]
                excluded = raster_io.rasterize(lines, [1] * len(lines), grid, fill=0, data_type="Byte") > 0 \
                    if lines else None
            else:
                found = corridor_kernel.saddle_corridors(
                    search.result, search.resistance.array, search.resistance.valid, search.cell_size,
                    grid.transform,
                )
                excluded = np.zeros(grid.shape, dtype=bool)
                for corridor in found:
                    excluded.ravel()[corridor.path] = True
            feedback.pushInfo(self.tr("Valley lines on corridors are left out."))
        if feedback.isCanceled():
            raise Cancelled()
        if routing == "d8":
            feedback.setProgressText(self.tr("Routing flow D8 over the MCR surface"))
            drainage = kernel.d8_drainage(search.result.distance, search.cell_size, search.result.back_direction)
        else:
            feedback.setProgressText(self.tr("Routing flow over the least-cost paths"))
            drainage = kernel.tree_drainage(search.result.back_direction, search.result.reachable)
        counts = kernel.accumulated_cells(drainage, search.result.reachable,
                                          self.progress_callback(feedback, 40, 80))
        channels, counts = kernel.radiation_channels(search.result, search.cell_size, threshold, excluded,
                                                     drainage, counts, min_length)
        del drainage, excluded
        feedback.pushInfo(self.tr("{} radiation channels drain at least {:g} km² and are at least {:g} m long.")
                          .format(len(channels), threshold, min_length))
        feedback.setProgress(85)

        geometry = corridor_kernel.Geometry(grid.shape, grid.transform)
        rows = []
        for number, channel in enumerate(channels, start=1):
            rows.append((path_line(channel.path, geometry),
                         [number, channel.source_id, channel.length_m, channel.catchment_km2, channel.mcr_end]))
        if outputs.wanted(self.ACCUMULATION):
            reachable = search.result.reachable
            area = np.multiply(counts, dx * dy / 1e6, dtype=np.float32)
            stride = max(1, area.size // 1000000)  # the ramp's top from a spread-out sample
            sample = area.ravel()[::stride][reachable.ravel()[::stride]]
            top = float(np.percentile(sample, 99)) if sample.size else 1.0
            outputs.raster(self.ACCUMULATION, area, grid, ACCUMULATION_NODATA, "Float32",
                           "accumulated area (km²)", style="accumulation", value_range=(0.0, max(top, threshold)),
                           mask=reachable)
        outputs.vector(self.OUTPUT, CHANNEL_FIELDS, compat.WKB_LINESTRING, layers.crs_of(grid), rows,
                       style="channels")
        results = outputs.commit()
        results[self.CHANNEL_COUNT] = len(rows)
        feedback.setProgress(100)
        return results
