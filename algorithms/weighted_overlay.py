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

RESISTANCE_NODATA = -9999.0
RESAMPLING = ("nearest", "bilinear")
BYTES_PER_CELL = 6  # the float32 sum and its valid mask (factors are read a block of rows at a time)
BLOCK_CELLS = 1 << 20  # cells of the grid read, aligned and summed at a time


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
            normalise = self.parameterAsBool(parameters, self.NORMALISE, context)
            overlay.check_weights(weights, len(factor_layers), normalise)
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
        memory.require(grid.width * grid.height, BYTES_PER_CELL, self.tr("Weighted overlay"))
        sources = [raster_io.RasterRows(path, grid, resampling) for path in paths]
        reference_rows = raster_io.RasterRows(reference, grid) if reference else None
        blocks = raster_io.row_blocks(grid.height, BLOCK_CELLS, grid.width)
        feedback.setProgressText(self.tr("Weighting {} factors ({})").format(
            len(paths), ", ".join(f"{weight:g}" for weight in weights)))
        data_type = "Float32"
        while True:
            total = np.empty(grid.shape, dtype=np.float32 if data_type == "Float32" else np.float64)
            valid = np.empty(grid.shape, dtype=bool)
            covered, reference_cells = [0] * len(paths), 0
            for index, (first, last) in enumerate(blocks):
                if feedback.isCanceled():
                    raise Cancelled()
                rasters = [source.rows(first, last) for source in sources]
                reference_valid = reference_rows.rows(first, last).valid if reference_rows else rasters[0].valid
                reference_cells += int(np.count_nonzero(reference_valid))
                for number, raster in enumerate(rasters):
                    covered[number] += int(np.count_nonzero(raster.valid & reference_valid))
                block, block_valid = overlay.weighted_sum([r.array for r in rasters], [r.valid for r in rasters],
                                                          weights, float32=data_type == "Float32")
                if block.dtype == np.float64 and data_type == "Float32":
                    break  # a sum beyond the Float32 range: the whole surface again, as Float64
                total[first:last] = block
                valid[first:last] = block_valid
                feedback.setProgress(90.0 * (index + 1) / len(blocks))
            else:
                break
            data_type = "Float64"
            feedback.pushWarning(self.tr("The weighted resistance exceeds the Float32 range; it is written as "
                                         "Float64."))
        for label, count in zip(labels, covered):
            layers.report_coverage_counts(self, feedback, count, reference_cells, label,
                                          self.tr("the resistance is NoData (a barrier) where it has no value."))
        value_range = _block_range(total, valid)
        total[~valid] = RESISTANCE_NODATA
        outputs.raster(self.OUTPUT, total, grid, RESISTANCE_NODATA, data_type, "resistance",
                       style="resistance", value_range=value_range)
        results = outputs.commit()
        feedback.setProgress(100)
        return results


def _block_range(values, valid):
    """(min, max) of the valid values, a block of rows at a time (no copy of the whole grid)."""
    low, high = np.inf, -np.inf
    for first, last in raster_io.row_blocks(values.shape[0], BLOCK_CELLS, values.shape[1]):
        ok = valid[first:last]
        if ok.any():
            low = min(low, float(values[first:last].min(where=ok, initial=np.inf)))
            high = max(high, float(values[first:last].max(where=ok, initial=-np.inf)))
    return (0.0, 1.0) if low > high else (low, high)
