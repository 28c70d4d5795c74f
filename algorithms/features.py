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


# QVariant / QMetaType codes of the integer types (Int, UInt, LongLong, ULongLong): equal in Qt 5 and 6.
_INTEGER_TYPES = (2, 3, 4, 5)


def kind_of(field):
    """The kind ("int", "double" or "string") an output gives a copy of ``field`` (a QgsField)."""
    if not field.isNumeric():
        return "string"
    code = field.type()
    code = int(getattr(code, "value", code))
    return "int" if code in _INTEGER_TYPES else "double"


def plain(value):
    """A field value as a plain Python value (a QVariant NULL becomes None)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    return value.toString() if hasattr(value, "toString") else str(value)  # dates and times as text


def copied_rows(fields, features, added):
    """The field spec and the rows of ``features`` with the fields of ``added`` ({name: kind}) after
    their own (a field of the same name is overwritten); each row is (geometry, {name: value})."""
    # A GeoPackage's feature id shows as a field "fid"; the output numbers its own features.
    spec = [(field.name(), kind_of(field)) for field in fields
            if field.name() not in added and field.name().lower() not in ("fid", "ogc_fid")]
    spec += list(added.items())
    rows = []
    for feature in features:
        values = {name: plain(value) for name, value in zip(fields.names(), feature.attributes())}
        rows.append((feature.geometry() if feature.hasGeometry() else None, values))
    return spec, rows
