# SPDX-License-Identifier: GPL-2.0-or-later
"""Vector outputs: field lists and feature sinks written in one go."""

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsProcessingException

from . import compat

FIELD_KINDS = {"int": compat.FIELD_INT, "double": compat.FIELD_DOUBLE, "string": compat.FIELD_STRING}


def make_fields(*spec):
    """QgsFields from (name, "int" | "double" | "string") pairs."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, FIELD_KINDS[kind]))
    return fields


def polyline(points):
    return QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in points])


def write_features(algorithm, parameters, name, context, spec, wkb_type, crs, rows):
    """Create the sink ``name``, add (geometry or None, attributes) rows and close it.

    Returns the sink id, or None for an optional output the user left out. The sink is
    released on return, so the file is complete when the caller styles it.
    """
    fields = make_fields(*spec)
    sink, sink_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        if parameters.get(name) in (None, "") and algorithm.parameterDefinition(name).flags() & compat.FLAG_OPTIONAL:
            return None
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    for geometry, attributes in rows:
        feature = QgsFeature(fields)
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        sink.addFeature(feature, compat.SINK_FAST_INSERT)
    del sink
    return sink_id
