# SPDX-License-Identifier: GPL-2.0-or-later
"""Vector outputs: field lists and line geometries (written by outputs.py)."""

from qgis.core import QgsField, QgsFields, QgsGeometry, QgsPointXY

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
