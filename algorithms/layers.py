# SPDX-License-Identifier: GPL-2.0-or-later
"""Translation between QGIS parameters/layers and the GDAL raster I/O module."""

import re

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
                algorithm.tr(f"{name}: choose a raster layer (the layer could not be loaded).")
            )
        return None
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            algorithm.tr(
                f"{name}: layer {layer.name()!r} is not a file raster (provider "
                f"{layer.providerType()!r}); save it as a GeoTIFF first."
            )
        )
    return layer.source()


def matrix_rows(algorithm, parameters, name, context, columns):
    """A matrix parameter as a list of row tuples (strings stripped)."""
    values = algorithm.parameterAsMatrix(parameters, name, context)
    if len(values) % columns:
        raise QgsProcessingException(
            algorithm.tr(f"{name}: the table must have {columns} columns per row.")
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
