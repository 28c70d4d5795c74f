# SPDX-License-Identifier: GPL-2.0-or-later
"""Vector files with OGR only: write a layer (and its default style) to a path, check it.

The algorithm layer hands over geometries as WKB and attributes as plain values; this module
chooses the driver from the extension, writes every feature (a failed write is an error, never
a silent gap), stores the QML style inside a GeoPackage's ``layer_styles`` table (the default
style QGIS loads, so vector and raster outputs with one base name do not share a ``.qml``),
and reads the file back to count its features. No qgis imports.
"""

import os

from osgeo import gdal, ogr

from .raster_io import RasterIOError, _gdal_errors, write_error

VECTOR_FORMATS = {
    ".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON",
    ".fgb": "FlatGeobuf", ".sqlite": "SQLite", ".csv": "CSV",
}
FIELD_TYPES = {"int": ogr.OFTInteger, "int64": ogr.OFTInteger64, "double": ogr.OFTReal, "string": ogr.OFTString}
GEOMETRY_TYPES = {
    "Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "MultiLineString": ogr.wkbMultiLineString,
    "Polygon": ogr.wkbPolygon, "MultiPolygon": ogr.wkbMultiPolygon, "None": ogr.wkbNone,
}
SHAPEFILE_NAME_LENGTH = 10
# A text cell starting with one of these is a formula in a spreadsheet (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_STYLE_FIELDS = (
    ("f_table_catalog", ogr.OFTString, 256), ("f_table_schema", ogr.OFTString, 256),
    ("f_table_name", ogr.OFTString, 256), ("f_geometry_column", ogr.OFTString, 256),
    ("styleName", ogr.OFTString, 30), ("styleQML", ogr.OFTString, 0), ("styleSLD", ogr.OFTString, 0),
    ("useAsDefault", ogr.OFTInteger, 0), ("description", ogr.OFTString, 0), ("owner", ogr.OFTString, 30),
    ("ui", ogr.OFTString, 30), ("update_time", ogr.OFTDateTime, 0),
)


def vector_extensions():
    return [ext[1:] for ext, name in VECTOR_FORMATS.items() if ogr.GetDriverByName(name) is not None]


def vector_driver(path, has_geometry=True):
    """The OGR driver name for an output path, from its extension; refuses what cannot be written."""
    extension = os.path.splitext(path)[1].lower()
    listed = ", ".join("." + ext for ext in vector_extensions())
    if not extension:
        raise RasterIOError(
            f"The output {path!r} has no file extension; add one to choose the format ({listed}), e.g. .gpkg."
        )
    name = VECTOR_FORMATS.get(extension)
    if name is None or ogr.GetDriverByName(name) is None:
        raise RasterIOError(f"Vector layers cannot be written as {extension!r} here ({path!r}); use one of {listed}.")
    if not has_geometry and name in ("ESRI Shapefile", "FlatGeobuf", "GeoJSON"):
        raise RasterIOError(
            f"The output {path!r} is a table without geometry, which {extension} cannot hold; use .csv or .gpkg."
        )
    return name


def shapefile_field_names(names):
    """Field names as a shapefile stores them (10 characters), and the ones that were shortened.

    Refuses names that would become equal, so that no attribute is lost silently.
    """
    stored = [name[:SHAPEFILE_NAME_LENGTH] for name in names]
    clashes = sorted({name for name, short in zip(names, stored) if stored.count(short) > 1})
    if clashes:
        raise RasterIOError(
            "A shapefile keeps 10 characters of a field name, so the fields "
            f"{', '.join(clashes)} would become one; write a GeoPackage (.gpkg) instead."
        )
    return stored, [(name, short) for name, short in zip(names, stored) if name != short]


def csv_safe(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_vector(path, final_path, layer_name, fields, geometry_type, crs_wkt, rows, style=None):
    """Write one layer to ``path`` in the format of ``final_path``'s extension.

    Parameters
    ----------
    fields : [(name, "int" | "int64" | "double" | "string")].
    geometry_type : a key of GEOMETRY_TYPES.
    rows : iterable of (WKB bytes or None, [values]) in field order.
    style : optional (style name, QML text), stored as the layer's default style in a
        GeoPackage or SpatiaLite file (other formats: the caller writes a ``.qml`` sidecar).

    Returns the number of features written; raises :class:`RasterIOError` on any failure.
    """
    driver_name = vector_driver(final_path, geometry_type != "None")
    names = [name for name, _ in fields]
    if driver_name == "ESRI Shapefile":
        names, _ = shapefile_field_names(names)
    options = []
    if driver_name == "CSV":
        options = ["CREATE_CSVT=YES"] + (["GEOMETRY=AS_WKT"] if geometry_type != "None" else [])
    elif driver_name == "GPKG":
        options = [f"IDENTIFIER={layer_name}"]
    elif driver_name == "ESRI Shapefile":
        options = ["ENCODING=UTF-8"]
    srs = None
    if crs_wkt and geometry_type != "None":
        from osgeo import osr

        srs = osr.SpatialReference()
        srs.ImportFromWkt(crs_wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    count = 0
    with _gdal_errors() as messages:
        dataset = ogr.GetDriverByName(driver_name).CreateDataSource(path)
        if dataset is None:
            raise write_error(final_path, messages[-1] if messages else "the file could not be created")
        layer = dataset.CreateLayer(layer_name, srs, GEOMETRY_TYPES[geometry_type], options)
        if layer is None:
            raise write_error(final_path, messages[-1] if messages else "the layer could not be created")
        for (name, kind), stored in zip(fields, names):
            definition = ogr.FieldDefn(stored, FIELD_TYPES[kind])
            if layer.CreateField(definition) != 0:
                raise write_error(final_path, messages[-1] if messages else f"field {name!r} could not be created")
        transaction = driver_name in ("GPKG", "SQLite") and dataset.StartTransaction() == 0
        definition = layer.GetLayerDefn()
        csv = driver_name == "CSV"
        for wkb, values in rows:
            feature = ogr.Feature(definition)
            if wkb is not None:
                geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
                if geometry is None:
                    raise write_error(final_path, f"feature {count + 1} has an unreadable geometry")
                if geometry_type.startswith("Multi") and geometry.GetGeometryType() != GEOMETRY_TYPES[geometry_type]:
                    geometry = ogr.ForceTo(geometry, GEOMETRY_TYPES[geometry_type])
                feature.SetGeometry(geometry)
            for index, value in enumerate(values):
                if value is None:
                    feature.SetFieldNull(index)
                else:
                    feature.SetField(index, csv_safe(value) if csv else value)
            if layer.CreateFeature(feature) != 0 or messages:
                raise write_error(final_path, messages[-1] if messages else f"feature {count + 1} was not written")
            count += 1
        if transaction and dataset.CommitTransaction() != 0:
            raise write_error(final_path, messages[-1] if messages else "the features could not be committed")
        geometry_column = layer.GetGeometryColumn()
        layer = None
        if style is not None and driver_name in ("GPKG", "SQLite"):
            _write_style(dataset, layer_name, geometry_column, style, final_path, messages)
        dataset.FlushCache()
        dataset = None  # closes (and for SQLite-based formats, finishes) the file
    # Also when GDAL raised inside the block (exceptions on): the rest of it did not run.
    if messages:
        raise write_error(final_path, messages[-1])
    verify_vector(path, final_path, layer_name, count, len(fields))
    return count


def _write_style(dataset, layer_name, geometry_column, style, final_path, messages):
    """The ``layer_styles`` table QGIS reads a layer's default style from."""
    name, qml = style
    table = dataset.CreateLayer("layer_styles", None, ogr.wkbNone, [])
    if table is None:
        raise write_error(final_path, messages[-1] if messages else "the style table could not be created")
    for field_name, kind, width in _STYLE_FIELDS:
        definition = ogr.FieldDefn(field_name, kind)
        if width:
            definition.SetWidth(width)
        table.CreateField(definition)
    row = ogr.Feature(table.GetLayerDefn())
    values = {"f_table_catalog": "", "f_table_schema": "", "f_table_name": layer_name,
              "f_geometry_column": geometry_column or "", "styleName": name[:30], "styleQML": qml,
              "styleSLD": "", "useAsDefault": 1, "description": "MCR Ecological Security Pattern plugin",
              "owner": "", "ui": ""}
    for key, value in values.items():
        row.SetField(key, value)
    row.SetField("update_time", *gdal_now())
    if table.CreateFeature(row) != 0:
        raise write_error(final_path, messages[-1] if messages else "the style could not be written")


def gdal_now():
    import time

    now = time.gmtime()
    return now.tm_year, now.tm_mon, now.tm_mday, now.tm_hour, now.tm_min, float(now.tm_sec), 100


def verify_vector(path, final_path, layer_name, expected, field_count):
    """Reopen a written layer: it must hold ``expected`` features and its fields."""
    ok = False  # stays False when GDAL raises (exceptions on, QGIS 3.40+) before it is set
    with _gdal_errors() as messages:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        layer = None
        if dataset is not None:
            layer = dataset.GetLayerByName(layer_name) if dataset.GetLayerCount() > 1 else dataset.GetLayer(0)
        ok = layer is not None
        if ok:
            found = layer.GetFeatureCount(force=1)
            fields = layer.GetLayerDefn().GetFieldCount()
            # CSV with a WKT geometry column lists that column as a field too.
            ok = found == expected and fields >= field_count
        layer = None
        dataset = None
    if not ok or messages:
        raise write_error(final_path, messages[-1] if messages else "the written layer could not be read back whole")
