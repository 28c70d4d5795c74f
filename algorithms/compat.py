# SPDX-License-Identifier: GPL-2.0-or-later
"""Enums resolved once for QGIS 3.22 ... 4.x.

QGIS 3.36 moved the Processing enums to ``Qgis.*`` and QGIS 4 (Qt6) drops the
old names; 3.22 only has the old ones. Every algorithm imports the constants
below instead of spelling either form.
"""

from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsColorRampShader,
    QgsFeatureSink,
    QgsLayoutExporter,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProperty,
    QgsRasterBandStats,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant


def _first(*candidates):
    """Return the first attribute path that resolves, e.g. ``(Qgis, "WkbType", "Point")``."""
    for owner, *names in candidates:
        value = owner
        try:
            for name in names:
                value = getattr(value, name)
        except AttributeError:
            continue
        return value
    raise AttributeError(f"none of {candidates!r} exists in this QGIS")


QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

SOURCE_RASTER = _first((Qgis, "ProcessingSourceType", "Raster"), (QgsProcessing, "TypeRaster"))
SOURCE_VECTOR_ANY = _first(
    (Qgis, "ProcessingSourceType", "VectorAnyGeometry"), (QgsProcessing, "TypeVectorAnyGeometry")
)
SOURCE_VECTOR_POLYGON = _first(
    (Qgis, "ProcessingSourceType", "VectorPolygon"), (QgsProcessing, "TypeVectorPolygon")
)
SOURCE_VECTOR_LINE = _first(
    (Qgis, "ProcessingSourceType", "VectorLine"), (QgsProcessing, "TypeVectorLine")
)
SOURCE_VECTOR_POINT = _first(
    (Qgis, "ProcessingSourceType", "VectorPoint"), (QgsProcessing, "TypeVectorPoint")
)
SOURCE_VECTOR = _first((Qgis, "ProcessingSourceType", "Vector"), (QgsProcessing, "TypeVector"))

NUMBER_DOUBLE = _first(
    (Qgis, "ProcessingNumberParameterType", "Double"), (QgsProcessingParameterNumber, "Double")
)
NUMBER_INTEGER = _first(
    (Qgis, "ProcessingNumberParameterType", "Integer"), (QgsProcessingParameterNumber, "Integer")
)

FIELD_ANY = _first(
    (Qgis, "ProcessingFieldParameterDataType", "Any"), (QgsProcessingParameterField, "Any")
)
FIELD_NUMERIC = _first(
    (Qgis, "ProcessingFieldParameterDataType", "Numeric"), (QgsProcessingParameterField, "Numeric")
)

FLAG_ADVANCED = _first(
    (Qgis, "ProcessingParameterFlag", "Advanced"),
    (QgsProcessingParameterDefinition, "FlagAdvanced"),
)
FLAG_OPTIONAL = _first(
    (Qgis, "ProcessingParameterFlag", "Optional"),
    (QgsProcessingParameterDefinition, "FlagOptional"),
)

WKB_POINT = _first((Qgis, "WkbType", "Point"), (QgsWkbTypes, "Point"))
WKB_LINESTRING = _first((Qgis, "WkbType", "LineString"), (QgsWkbTypes, "LineString"))
WKB_MULTILINESTRING = _first((Qgis, "WkbType", "MultiLineString"), (QgsWkbTypes, "MultiLineString"))
WKB_MULTIPOLYGON = _first((Qgis, "WkbType", "MultiPolygon"), (QgsWkbTypes, "MultiPolygon"))
WKB_NO_GEOMETRY = _first((Qgis, "WkbType", "NoGeometry"), (QgsWkbTypes, "NoGeometry"))

PROPERTY_STATIC = _first((Qgis, "PropertyType", "Static"), (QgsProperty, "StaticProperty"))
SINK_FAST_INSERT = _first((QgsFeatureSink, "Flag", "FastInsert"), (QgsFeatureSink, "FastInsert"))

STATS_MIN = _first((Qgis, "RasterBandStatistic", "Min"), (QgsRasterBandStats, "Min"))
STATS_MAX = _first((Qgis, "RasterBandStatistic", "Max"), (QgsRasterBandStats, "Max"))
SHADER_DISCRETE = _first(
    (Qgis, "ShaderInterpolationMethod", "Discrete"), (QgsColorRampShader, "Discrete")
)
LAYOUT_MILLIMETERS = _first((Qgis, "LayoutUnit", "Millimeters"), (QgsUnitTypes, "LayoutMillimeters"))
DISTANCE_KILOMETERS = _first((Qgis, "DistanceUnit", "Kilometers"), (QgsUnitTypes, "DistanceKilometers"))
SIGNIFICANT_FIGURES = _first(
    (QgsBasicNumericFormat, "RoundingType", "SignificantFigures"), (QgsBasicNumericFormat, "SignificantFigures")
)
LAYOUT_EXPORT_SUCCESS = _first(
    (QgsLayoutExporter, "ExportResult", "Success"), (QgsLayoutExporter, "Success")
)

# QgsField takes QMetaType.Type from 3.38 on; Qt6 has no QVariant.Type at all.
if QGIS_VERSION_INT >= 33800:
    FIELD_INT = QMetaType.Type.Int
    FIELD_DOUBLE = QMetaType.Type.Double
    FIELD_STRING = QMetaType.Type.QString
else:
    FIELD_INT = QVariant.Int
    FIELD_DOUBLE = QVariant.Double
    FIELD_STRING = QVariant.String


def add_flag(parameter, flag):
    """Add ``flag`` to a parameter's flags (int in 3.22, QFlags later)."""
    parameter.setFlags(parameter.flags() | flag)
    return parameter


def is_multi(wkb_type):
    """Whether a QGIS wkb type is a multi-part type."""
    return QgsWkbTypes.isMultiType(wkb_type)


_POINT_GEOMETRY = _first((Qgis, "GeometryType", "Point"), (QgsWkbTypes, "PointGeometry"))


def is_point(wkb_type):
    """Whether a QGIS wkb type is a point type (single or multi)."""
    return QgsWkbTypes.geometryType(wkb_type) == _POINT_GEOMETRY
