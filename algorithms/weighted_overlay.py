# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:weightedoverlay — resistance factors x weights -> one resistance surface."""

import os

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from . import compat, layers, memory, raster_io
from .base import McrAlgorithm
from .kernels import Cancelled, InputError, overlay
from .landuse_resistance import _range

RESISTANCE_NODATA = -9999.0
RESAMPLING = ("nearest", "bilinear")
BYTES_PER_CELL = 24  # the float64 sum, the float32 result, the valid mask; 9 bytes per factor on top


def parse_weights(text):
    """'0.8, 0.1; 0.1' -> [0.8, 0.1, 0.1]."""
    parts = layers.split_values(text)
    try:
        return [float(part) for part in parts]
    except ValueError as error:
        raise QgsProcessingException(
            f"Weights {text!r} must be numbers separated by commas, e.g. 0.8, 0.1, 0.1."
        ) from error


class WeightedOverlay(McrAlgorithm):
    NAME = "weightedoverlay"
    DISPLAY_NAME = "Weighted overlay of resistance factors"
    GROUP_ID = "resistance"
    TAGS = ("resistance", "weighted overlay", "weighted sum", "multi-criteria", "MCR", "friction")

    INPUTS = "INPUTS"
    WEIGHTS = "WEIGHTS"
    NORMALISE = "NORMALISE"
    REFERENCE = "REFERENCE"
    RESAMPLING = "RESAMPLING"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUTS, self.tr("Resistance factors (in weight order)"), compat.SOURCE_RASTER
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.WEIGHTS, self.tr("Weights (one per factor, same order)"),
                defaultValue=", ".join(f"{w:g}" for w in overlay.PAPER_WEIGHTS),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.NORMALISE, self.tr("Normalise weights that do not sum to 1"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.REFERENCE, self.tr("Reference grid (default: the first factor)"), optional=True
            )
        )
        resampling = QgsProcessingParameterEnum(
            self.RESAMPLING, self.tr("Resampling of factors on other grids"),
            [self.tr("Nearest neighbour"), self.tr("Bilinear")], defaultValue=0,
        )
        self.addParameter(compat.add_flag(resampling, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Resistance surface"))
        )

    def check(self, parameters, context):
        factor_layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        if not factor_layers:
            return [self.tr("Give at least one resistance factor raster.")]
        try:
            weights = parse_weights(self.parameterAsString(parameters, self.WEIGHTS, context))
            overlay.check_weights(weights, len(factor_layers), self.parameterAsBool(parameters, self.NORMALISE, context))
        except (QgsProcessingException, InputError) as error:
            return [str(error)]
        return []

    def compute(self, parameters, context, feedback):
        factor_layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        if not factor_layers:
            raise QgsProcessingException(self.tr("Give at least one resistance factor raster."))
        weights = parse_weights(self.parameterAsString(parameters, self.WEIGHTS, context))
        normalise = self.parameterAsBool(parameters, self.NORMALISE, context)
        weights, warning = overlay.check_weights(weights, len(factor_layers), normalise)
        if warning:
            feedback.pushWarning(warning)
        resampling = RESAMPLING[self.parameterAsEnum(parameters, self.RESAMPLING, context)]
        paths = []
        for layer in factor_layers:
            if layer.providerType() != "gdal":
                raise QgsProcessingException(
                    self.tr("Factor {!r} is not a file raster; save it as a GeoTIFF first.").format(layer.name())
                )
            paths.append(layer.source())
        reference = layers.raster_path(self, parameters, self.REFERENCE, context, required=False)
        outputs = self.open_outputs(parameters, context, feedback)
        grid = raster_io.read_grid(reference or paths[0])
        labels = [self.tr("Factor {} ({})").format(number, os.path.basename(path))
                  for number, path in enumerate(paths, start=1)]
        for path, label in zip(paths, labels):
            layers.check_overlap(self, path, grid, label)
        memory.require(grid.width * grid.height, BYTES_PER_CELL + 9 * len(paths), self.tr("Weighted overlay"))
        reference_valid = raster_io.read_raster(reference).valid if reference else None

        factors, valids = [], []
        for number, (path, weight, label) in enumerate(zip(paths, weights, labels)):
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgressText(self.tr("{} x {:g}").format(label, weight))
            raster = raster_io.align_raster(path, grid, resampling)
            if reference_valid is None:
                reference_valid = raster.valid
            layers.report_coverage(self, feedback, raster.valid, reference_valid, label,
                                   self.tr("the resistance is NoData (a barrier) where it has no value."))
            factors.append(raster.array)
            valids.append(raster.valid)
            feedback.setProgress(80.0 * (number + 1) / len(paths))
        total, valid = overlay.weighted_sum(factors, valids, weights)
        del factors
        data_type = "Float32"
        if valid.any() and float(np.abs(total[valid]).max()) > raster_io.FLOAT32_MAX:
            data_type = "Float64"
            feedback.pushWarning(self.tr("The weighted resistance exceeds the Float32 range; it is written as "
                                         "Float64."))
        total[~valid] = RESISTANCE_NODATA
        outputs.raster(self.OUTPUT, total, grid, RESISTANCE_NODATA, data_type, "resistance",
                       style="resistance", value_range=_range(total, valid))
        results = outputs.commit()
        feedback.setProgress(100)
        return results
