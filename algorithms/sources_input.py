# SPDX-License-Identifier: GPL-2.0-or-later
"""Sources for the MCR search, from a source-id raster or from polygons/points, on a grid."""

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


def _rasterise_features(algorithm, parameters, context, feedback, grid, source, field_name):
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
    burned = raster_io.rasterize(geometries, ids, grid, fill=0)
    # Features that cover no cell centre (smaller than a cell): the cell of their point on surface.
    present = set(cost.ids_present(burned))
    x0, dx, _, y0, _, dy = grid.transform
    outside = 0
    for source_id, point in zip(ids, anchors):
        if source_id in present:
            continue
        col, row = int(np.floor((point.x() - x0) / dx)), int(np.floor((point.y() - y0) / dy))
        if 0 <= row < grid.height and 0 <= col < grid.width:
            if burned[row, col] == 0:
                burned[row, col] = source_id
                present.add(source_id)
        else:
            outside += 1
    if outside:
        feedback.pushWarning(
            algorithm.tr("{} source features lie outside the resistance raster and were ignored.").format(outside)
        )
    if not burned.any():
        raise QgsProcessingException(
            algorithm.tr("All sources lie outside the resistance raster; check that the sources "
                         "and the resistance cover the same area.")
        )
    return burned.astype(np.int32)
