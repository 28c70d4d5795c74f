# SPDX-License-Identifier: GPL-2.0-or-later
"""Translation between QGIS parameters/layers and the GDAL raster I/O module."""

import os
import re

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingException,
)

from . import raster_io


def raster_path(algorithm, parameters, name, context, required=True):
    """The file (GDAL data source) behind a raster parameter, or None when optional and unset."""
    layer = algorithm.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        if required:
            raise QgsProcessingException(
                algorithm.tr("{}: choose a raster layer (the layer could not be loaded).").format(
                    algorithm.parameterDefinition(name).description())
            )
        return None
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            algorithm.tr("{}: layer {!r} is not a file raster (provider {!r}); save it as a GeoTIFF first.").format(
                algorithm.parameterDefinition(name).description(), layer.name(), layer.providerType())
        )
    return layer.source()


def matrix_rows(algorithm, parameters, name, context, columns):
    """A matrix parameter as a list of row tuples (strings stripped)."""
    values = algorithm.parameterAsMatrix(parameters, name, context)
    if all(value in (None, "") for value in values):
        return []  # an empty table (a matrix left empty comes back as [''])
    if len(values) % columns:
        raise QgsProcessingException(
            algorithm.tr("{}: the table must have {} columns per row.").format(
                algorithm.parameterDefinition(name).description(), columns)
        )
    cleaned = [value.strip() if isinstance(value, str) else value for value in values]
    return [tuple(cleaned[i : i + columns]) for i in range(0, len(cleaned), columns)]


def crs_of(grid):
    return QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)


def grid_from_extent(extent, crs, cell_size):
    """A north-up :class:`raster_io.Grid` covering ``extent`` (QgsRectangle) with square cells."""
    if cell_size is None or cell_size <= 0:
        raise QgsProcessingException("Give a cell size > 0 for the output grid.")
    if extent is None or extent.isEmpty() or extent.isNull():
        raise QgsProcessingException("Give an extent (or a reference raster) for the output grid.")
    width = max(1, int(round(extent.width() / cell_size)))
    height = max(1, int(round(extent.height() / cell_size)))
    transform = (extent.xMinimum(), cell_size, 0.0, extent.yMaximum(), 0.0, -cell_size)
    return raster_io.Grid(transform, crs.toWkt(), width, height)


def features_in_grid_crs(source, grid, context, attributes=()):
    """Iterate a feature source with geometries transformed into the grid's CRS."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs_of(grid), context.transformContext())
    if attributes:
        request.setSubsetOfAttributes(list(attributes), source.fields())
    return source.getFeatures(request)


def split_values(text):
    """'0.8, 0.1; 0.1' -> ['0.8', '0.1', '0.1']: a list typed into a text parameter."""
    return [part for part in re.split(r"[,;\s]+", (text or "").strip()) if part]


def metric_cell_size(grid, what):
    """(dx, dy) in metres; refuses a geographic grid."""
    if grid.is_geographic:
        raise QgsProcessingException(
            f"The {what} is in a geographic CRS (degrees), so areas and distances cannot be "
            "measured in metres. Reproject it to a projected CRS first (Raster ▸ Projections ▸ "
            "Warp (Reproject), e.g. to the local UTM zone) and run again."
        )
    unit = grid.metres_per_unit()
    dx, dy = grid.cell_size
    return dx * unit, dy * unit


# An input that covers less than this share of the reference grid's valid cells is reported.
COVERAGE_WARNING = 0.99


def check_overlap(algorithm, path, grid, label):
    """Refuse, before any cell is read, a raster whose extent misses ``grid`` entirely."""
    share = raster_io.overlap_fraction(raster_io.read_grid(path), grid)
    if share is not None and share <= 0.0:
        raise QgsProcessingException(algorithm.tr(
            "{} ({}) does not overlap the reference grid (extent {}); give a raster of the same area, "
            "or check its coordinate reference system."
        ).format(label, path, ", ".join(f"{v:.6g}" for v in grid.extent)))
    return share


def report_coverage(algorithm, feedback, valid, reference_valid, label, consequence):
    """Say how much of the reference an aligned input covers; refuse none, warn under the threshold."""
    total = int(np.count_nonzero(reference_valid)) if reference_valid is not None else valid.size
    covered = int(np.count_nonzero(valid & reference_valid if reference_valid is not None else valid))
    return report_coverage_counts(algorithm, feedback, covered, total, label, consequence)


def report_coverage_counts(algorithm, feedback, covered, total, label, consequence):
    """:func:`report_coverage` from counts: ``covered`` of the reference's ``total`` valid cells."""
    share = float(covered) / total if total else 0.0
    if share <= 0.0:
        raise QgsProcessingException(algorithm.tr(
            "{} has no data on the reference grid's cells (0 % coverage); give a raster of the same area."
        ).format(label))
    feedback.pushInfo(algorithm.tr("{} covers {:.1f} % of the reference grid.").format(label, 100.0 * share))
    if share < COVERAGE_WARNING:
        feedback.pushWarning(algorithm.tr(
            "{} covers only {:.1f} % of the reference grid; {}"
        ).format(label, 100.0 * share, consequence))
    return share


def read_resistance(algorithm, path, feedback):
    """Read a resistance raster with the NaN rule of DESIGN §3.

    NaN is NoData when the band declares NaN as NoData or declares none (GDAL and QGIS draw it as
    NoData then; the log says how many); NaN in a band with another NoData value is an error, as
    are zero, negative and infinite resistances (checked by the search).
    """
    resistance = raster_io.read_raster(path)
    if np.issubdtype(resistance.array.dtype, np.floating):
        nan_cells = np.isnan(resistance.array)
        count = int(np.count_nonzero(nan_cells))
        if count:
            first = divmod(int(np.flatnonzero(nan_cells.ravel())[0]), resistance.array.shape[1])
            report_resistance_nan(algorithm, feedback, path, resistance.nodata, count, first)
    return resistance


def report_resistance_nan(algorithm, feedback, path, nodata, count, first):
    """The NaN rule of :func:`read_resistance` for ``count`` NaN cells, the first at ``first`` (row, col)."""
    if nodata is not None and not np.isnan(nodata):
        raise QgsProcessingException(algorithm.tr(
            "The resistance {} holds {} NaN cells (first at row {}, column {}) although its NoData value "
            "is {:g}; NaN is not a resistance. Set those cells to the NoData value (impassable) or to a "
            "resistance > 0."
        ).format(os.path.basename(path), count, first[0], first[1], nodata))
    feedback.pushWarning(algorithm.tr(
        "The resistance {} holds {} NaN cells; they are NoData (impassable barriers)."
    ).format(os.path.basename(path), count))
