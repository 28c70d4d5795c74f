# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:weightedoverlay — resistance factors x weights -> one resistance surface."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from . import compat, layers, raster_io
from .base import McrAlgorithm
from .kernels import overlay

RESISTANCE_NODATA = -9999.0
RESAMPLING = ("nearest", "bilinear")


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

    def compute(self, parameters, context, feedback):
        factor_layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        if not factor_layers:
            raise QgsProcessingException(self.tr("Give at least one resistance factor raster."))
        weights = parse_weights(self.parameterAsString(parameters, self.WEIGHTS, context))
        normalise = self.parameterAsBool(parameters, self.NORMALISE, context)
        weights, warning = overlay.check_weights(weights, len(factor_layers), normalise)
        if warning:
            feedback.pushWarning(self.tr(warning))
        resampling = RESAMPLING[self.parameterAsEnum(parameters, self.RESAMPLING, context)]
        paths = []
        for layer in factor_layers:
            if layer.providerType() != "gdal":
                raise QgsProcessingException(
                    self.tr(f"Factor {layer.name()!r} is not a file raster; save it as a GeoTIFF first.")
                )
            paths.append(layer.source())
        reference = layers.raster_path(self, parameters, self.REFERENCE, context, required=False)
        grid = raster_io.read_grid(reference or paths[0])

        factors, valids = [], []
        for number, (path, weight) in enumerate(zip(paths, weights)):
            if feedback.isCanceled():
                return {}
            feedback.setProgressText(self.tr(f"Factor {number + 1}: {path} x {weight:g}"))
            raster = raster_io.align_raster(path, grid, resampling)
            factors.append(raster.array)
            valids.append(raster.valid)
            feedback.setProgress(80.0 * (number + 1) / len(paths))
        total, valid = overlay.weighted_sum(factors, valids, weights)
        total[~valid] = RESISTANCE_NODATA
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        raster_io.write_raster(output, total, grid, RESISTANCE_NODATA, "Float32", "resistance")
        self.style(context, output, "resistance")
        feedback.setProgress(100)
        return {self.OUTPUT: output}
