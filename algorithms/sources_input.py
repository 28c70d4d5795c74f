# SPDX-License-Identifier: GPL-2.0-or-later
"""Sources for the MCR search, from a source-id raster or from polygons/points, on a grid."""

import os

import numpy as np
from qgis.core import QgsProcessingException

from . import layers, raster_io
from .kernels import Cancelled, cost


def source_ids_on_grid(algorithm, parameters, context, feedback, grid, raster_name, vector_name, field_name):
    """Int32 source ids (> 0) on ``grid``; 0 = not a source.

    From a raster: positive integer cell values are ids (aligned by nearest neighbour if the
    raster lies on another grid). From features: the id field's value, or 1, 2, … in the layer's
    feature order; features are reprojected to the grid's CRS; a polygon too small to cover a
    cell centre still gets the cell holding its point on surface.
    """
    raster = layers.raster_path(algorithm, parameters, raster_name, context, required=False)
    features = algorithm.parameterAsSource(parameters, vector_name, context)
    if (raster is None) == (features is None):
        raise QgsProcessingException(
            algorithm.tr("Give the sources either as a source-id raster or as polygons (one of the two).")
        )
    if raster is not None:
        aligned = raster_io.align_raster(raster, grid, "nearest")
        values = aligned.array
        if np.issubdtype(values.dtype, np.floating):
            fractional = aligned.valid & (values > 0) & (values != np.round(values))
            if fractional.any():
                raise QgsProcessingException(
                    algorithm.tr("The source raster holds non-integer values; source ids must be integers > 0.")
                )
        ids = np.where(aligned.valid & (values > 0), values, 0).astype(np.int32)
        if not ids.any():
            raise QgsProcessingException(
                algorithm.tr("The source raster has no cell > 0 on the resistance grid; "
                             "sources are cells with an id > 0 (0 and NoData are not sources).")
            )
        return ids
    return _rasterise_features(algorithm, parameters, context, feedback, grid, features, field_name)


def source_ids_windows(algorithm, parameters, context, feedback, grid, folder, window, raster_name, vector_name,
                       field_name, label=None):
    """The source ids of :func:`source_ids_on_grid` as a reader of windows (a
    :class:`raster_io.GdalWindows` of kind "ids"), for grids too large to hold in memory.

    A source-id raster on ``grid`` is read as it is; one on another grid is resampled (nearest)
    into a GeoTIFF in ``folder``, and features are rasterised into one there. The same checks,
    messages and ids as :func:`source_ids_on_grid`, ``window`` × ``window`` cells at a time.
    Errors writing into ``folder`` name ``label`` (the output the files serve).
    """
    raster = layers.raster_path(algorithm, parameters, raster_name, context, required=False)
    features = algorithm.parameterAsSource(parameters, vector_name, context)
    if (raster is None) == (features is None):
        raise QgsProcessingException(
            algorithm.tr("Give the sources either as a source-id raster or as polygons (one of the two).")
        )
    target = os.path.join(folder, "sources.tif")
    if raster is not None:
        path, band = raster_io.align_file(raster, grid, target, "nearest", label=label)
        reader = raster_io.GdalWindows(path, "ids", band)
        found = False
        for window_rows_cols in windows(grid.shape, window):
            if feedback.isCanceled():
                raise Cancelled()
            values, valid = reader.read(*window_rows_cols)
            if np.issubdtype(values.dtype, np.floating):
                if (valid & (values > 0) & (values != np.round(values))).any():
                    raise QgsProcessingException(
                        algorithm.tr("The source raster holds non-integer values; source ids must be integers > 0.")
                    )
            found = found or bool((valid & (values > 0)).any())
        if not found:
            raise QgsProcessingException(
                algorithm.tr("The source raster has no cell > 0 on the resistance grid; "
                             "sources are cells with an id > 0 (0 and NoData are not sources).")
            )
        return reader
    geometries, ids, anchors = _collect_features(algorithm, parameters, context, feedback, grid, features, field_name)
    raster_io.rasterize_file(target, geometries, ids, grid, label=label)
    reader = raster_io.GdalWindows(target, "ids")
    present = set()
    for window_rows_cols in windows(grid.shape, window):
        if feedback.isCanceled():
            raise Cancelled()
        present.update(cost.ids_present(reader(*window_rows_cols)))
    # Features that cover no cell centre (smaller than a cell): the cell of their point on surface.
    cells, outside = _anchor_cells(grid, ids, anchors, present,
                                   lambda row, col: int(reader(row, row + 1, col, col + 1)[0, 0]))
    reader.close()
    if cells:
        raster_io.write_cells(target, cells, label)
    _report_outside(algorithm, feedback, outside)
    if not present and not cells:
        raise QgsProcessingException(_all_outside(algorithm))
    return raster_io.GdalWindows(target, "ids")


def windows(shape, size):
    """(row0, row1, col0, col1) of the ``size`` × ``size`` windows that cover a grid, row by row."""
    rows, cols = shape
    for row0 in range(0, rows, size):
        for col0 in range(0, cols, size):
            yield row0, min(row0 + size, rows), col0, min(col0 + size, cols)


def _rasterise_features(algorithm, parameters, context, feedback, grid, source, field_name):
    geometries, ids, anchors = _collect_features(algorithm, parameters, context, feedback, grid, source, field_name)
    burned = raster_io.rasterize(geometries, ids, grid, fill=0)
    # Features that cover no cell centre (smaller than a cell): the cell of their point on surface.
    present = set(cost.ids_present(burned))
    cells, outside = _anchor_cells(grid, ids, anchors, present, lambda row, col: burned[row, col])
    for row, col, source_id in cells:
        burned[row, col] = source_id
    _report_outside(algorithm, feedback, outside)
    if not burned.any():
        raise QgsProcessingException(_all_outside(algorithm))
    return burned.astype(np.int32)


def _anchor_cells(grid, ids, anchors, present, value_at):
    """[(row, col, id)] for the features whose id no cell holds: the cell of their point on surface
    (when it holds no other source), and how many such points lie outside the grid."""
    x0, dx, _, y0, _, dy = grid.transform
    cells, taken, outside = [], {}, 0
    present = set(present)
    for source_id, point in zip(ids, anchors):
        if source_id in present:
            continue
        col, row = int(np.floor((point.x() - x0) / dx)), int(np.floor((point.y() - y0) / dy))
        if 0 <= row < grid.height and 0 <= col < grid.width:
            if taken.get((row, col), value_at(row, col)) == 0:
                taken[row, col] = source_id
                cells.append((row, col, source_id))
                present.add(source_id)
        else:
            outside += 1
    return cells, outside


def _report_outside(algorithm, feedback, outside):
    if outside:
        feedback.pushWarning(
            algorithm.tr("{} source features lie outside the resistance raster and were ignored.").format(outside)
        )


def _all_outside(algorithm):
    return algorithm.tr("All sources lie outside the resistance raster; check that the sources "
                        "and the resistance cover the same area.")


def _collect_features(algorithm, parameters, context, feedback, grid, source, field_name):
    """(WKB geometries in the grid's CRS, their source ids, their points on surface)."""
    field = algorithm.parameterAsString(parameters, field_name, context)
    if field and source.fields().lookupField(field) < 0:
        raise QgsProcessingException(algorithm.tr("The sources have no field {!r}.").format(field))
    geometries, ids, anchors = [], [], []
    skipped = 0
    request_fields = [field] if field else []
    for number, feature in enumerate(layers.features_in_grid_crs(source, grid, context, request_fields), 1):
        if feedback.isCanceled():
            raise Cancelled()
        if not feature.hasGeometry() or feature.geometry().isEmpty():
            skipped += 1
            continue
        if field:
            value = feature[field]
            try:
                source_id = float(value)
            except (TypeError, ValueError):
                source_id = float("nan")
            if not (source_id > 0 and source_id.is_integer()):
                raise QgsProcessingException(
                    algorithm.tr("Source feature {} has id {!r} in field {!r}; source ids must be integers > 0.")
                    .format(feature.id(), value, field)
                )
            source_id = int(source_id)
        else:
            source_id = number
        geometry = feature.geometry()
        geometries.append(geometry.asWkb())
        ids.append(source_id)
        anchors.append(geometry.pointOnSurface().asPoint())
    if skipped:
        feedback.pushWarning(algorithm.tr("{} source features without geometry were skipped.").format(skipped))
    if not geometries:
        raise QgsProcessingException(algorithm.tr("The source layer has no features with a geometry."))
    return geometries, ids, anchors
