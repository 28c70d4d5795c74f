# SPDX-License-Identifier: GPL-2.0-or-later
"""One output transaction per run: rasters, vectors, styles and reports, all or nothing.

An algorithm opens :class:`Outputs` before its work starts — that resolves and checks every
destination (a folder, a missing or read-only folder, an unsupported extension, the same path
twice, an output that is one of the inputs) — writes each output through it under a temporary
name in the destination folder (checked: reopened and counted), and calls :meth:`commit`,
which moves the whole set into place (see atomic.py). On an error, a cancel or a kill nothing
new appears and earlier files are untouched. Vector styles are stored inside GeoPackages; rasters
get a ``.qml`` sidecar written in the same transaction. Destinations that are not files (memory
layers, database tables) are written last, just before the files are moved into place.
"""

import os

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProperty,
)

from . import atomic, compat, raster_io, styles, vector_io
from .kernels import Cancelled

_NON_FILE_PREFIXES = ("memory:", "ogr:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "hana:")
WKB_NAMES = {}  # QGIS wkb type -> vector_io geometry name, filled lazily (enum values differ by version)


def _geometry_name(wkb_type):
    if not WKB_NAMES:
        WKB_NAMES.update({
            compat.WKB_POINT: "Point", compat.WKB_LINESTRING: "LineString",
            compat.WKB_MULTILINESTRING: "MultiLineString", compat.WKB_MULTIPOLYGON: "MultiPolygon",
            compat.WKB_NO_GEOMETRY: "None",
        })
    return WKB_NAMES[wkb_type]


def raw_destination(parameters, name, context):
    """The text a user gave for a destination (path, TEMPORARY_OUTPUT, URI), '' if none."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        if value.propertyType() == compat.PROPERTY_STATIC:
            value = value.staticValue()
        else:
            result = value.valueAsString(context.expressionContext())
            value = result[0] if isinstance(result, tuple) else result
    if value is None or (hasattr(value, "isNull") and not isinstance(value, str) and value.isNull()):
        return ""  # a NULL QVariant (qgis_process NAME=): no output
    return str(value)


def is_file_destination(text):
    return bool(text) and text != QgsProcessing.TEMPORARY_OUTPUT and "|" not in text and \
        not text.lower().startswith(_NON_FILE_PREFIXES) and "dbname=" not in text


def _kind(definition):
    if isinstance(definition, QgsProcessingParameterRasterDestination):
        return "raster"
    if isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)):
        return "vector"
    if isinstance(definition, QgsProcessingParameterFileDestination):
        return "file"
    return None


def _same_file(a, b):
    a, b = os.path.realpath(a), os.path.realpath(b)
    return os.path.normcase(a) == os.path.normcase(b)


def input_paths(algorithm, parameters, context):
    """{parameter name: [file paths]} of the algorithm's file inputs (rasters, vectors, files)."""
    found = {}
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or parameters.get(definition.name()) in (None, ""):
            continue
        name = definition.name()
        layers = []
        if isinstance(definition, QgsProcessingParameterMultipleLayers):
            layers = algorithm.parameterAsLayerList(parameters, name, context) or []
        elif isinstance(definition, QgsProcessingParameterRasterLayer):
            layers = [algorithm.parameterAsRasterLayer(parameters, name, context)]
        elif definition.type() in ("source", "vector"):
            layers = [algorithm.parameterAsVectorLayer(parameters, name, context)]
        elif definition.type() == "file":
            path = algorithm.parameterAsFile(parameters, name, context)
            found[name] = [path] if path else []
            continue
        paths = []
        for layer in layers:
            if layer is None:
                continue
            path = layer.source().split("|", 1)[0]
            if os.path.exists(path):
                paths.append(path)
        found[name] = paths
    return found


def check_paths(algorithm, parameters, context):
    """Problems with the destinations, as sentences (empty when all is well); nothing is created."""
    tr = algorithm.tr
    problems = []
    seen = {}
    inputs = None
    for definition in algorithm.destinationParameterDefinitions():
        kind = _kind(definition)
        text = raw_destination(parameters, definition.name(), context)
        if kind is None or not is_file_destination(text):
            continue
        label = definition.description()
        path = os.path.abspath(text)
        try:
            raster_io.check_destination(path)
            if kind == "raster":
                raster_io.raster_driver(path)
            elif kind == "vector":
                vector_io.vector_driver(path)
        except raster_io.RasterIOError as error:
            problems.append(tr("{}: {}").format(label, error))
            continue
        key = os.path.normcase(os.path.realpath(path))
        if key in seen:
            problems.append(tr("{} and {} are both written to {}; give each output its own file.").format(
                label, seen[key], text))
            continue
        seen[key] = label
        if inputs is None:
            inputs = input_paths(algorithm, parameters, context)
        for input_name, paths in inputs.items():
            if any(_same_file(path, other) for other in paths):
                problems.append(tr(
                    "{} would overwrite the input {} ({}); inputs are never modified: choose another output file."
                ).format(label, algorithm.parameterDefinition(input_name).description(), text))
    return problems


class Outputs:
    """The outputs of one run; use as a context manager around the work (see the module docstring).

    >>> with Outputs(self, parameters, context, feedback) as outputs:     # doctest: +SKIP
    ...     outputs.raster(self.OUTPUT, surface, grid, -9999.0, "Float32", "MCR", style="mcr")
    ...     outputs.vector(self.CORRIDORS, FIELDS, compat.WKB_LINESTRING, grid.crs_wkt, rows, style="corridors")
    ...     return outputs.commit()
    """

    def __init__(self, algorithm, parameters, context, feedback):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.files = atomic.FileSet()
        self.rasters = raster_io.OutputSet(self.files)
        self.results = {}
        self.deferred = []  # non-file vector destinations, written at commit
        self.loaded_styles = []  # (result value, style name, value range)
        self.sidecars = set()
        problems = check_paths(algorithm, parameters, context)
        if problems:
            raise QgsProcessingException(problems[0])
        self.destinations = {}
        for definition in algorithm.destinationParameterDefinitions():
            name = definition.name()
            kind = _kind(definition)
            text = raw_destination(parameters, name, context)
            if kind == "raster":
                path = algorithm.parameterAsOutputLayer(parameters, name, context)
            elif kind == "file":
                path = algorithm.parameterAsFileOutput(parameters, name, context)
            elif kind == "vector" and is_file_destination(text):
                path = algorithm.parameterAsOutputLayer(parameters, name, context)
            elif kind == "vector" and text:
                path = None  # memory layer or database table: parameterAsSink at commit
                self.destinations[name] = ("deferred", None)
                continue
            else:
                path = None
            if path:
                self.destinations[name] = (kind, os.path.abspath(path))
        atomic.tidy([path for kind, path in self.destinations.values() if path])

    def wanted(self, name):
        """Whether the user asked for output ``name``."""
        return name in self.destinations

    def path(self, name):
        return self.destinations.get(name, (None, None))[1]

    def raster(self, name, array, grid, nodata, data_type="Float32", description=None, style=None,
               value_range=None, metadata=None, mask=None):
        """Write a raster output (skipped when the user did not ask for it); NoData where ``mask`` is False."""
        if not self.wanted(name):
            return None
        self._check_cancel()
        path = self.path(name)
        temporary = self.files.reserve(path)
        raster_io.write_file(temporary, path, array, grid, nodata, data_type, description, metadata, mask)
        return self._raster_written(name, path, temporary, style, value_range)

    def raster_copy(self, name, source, grid, data_type, style=None, value_range=None):
        """Write a raster output as a copy of the raster file ``source`` (e.g. a VRT mosaic of tiles,
        which carries the NoData value, description and metadata): like :meth:`raster`, under a
        temporary name, read back, styled, and moved into place at :meth:`commit`."""
        if not self.wanted(name):
            return None
        self._check_cancel()
        path = self.path(name)
        temporary = self.files.reserve(path)
        raster_io.copy_file(temporary, path, source, grid, data_type)
        return self._raster_written(name, path, temporary, style, value_range)

    def scratch(self, name, purpose="tmp"):
        """A hidden folder beside output ``name`` for intermediate files of this run: removed at
        :meth:`commit` or on any error or cancel, and by the next run after a kill."""
        return self.files.scratch(self.path(name), purpose)

    def _raster_written(self, name, path, temporary, style, value_range):
        if style:
            sidecar = os.path.splitext(path)[0] + ".qml"
            if sidecar in self.sidecars:
                self.feedback.pushInfo(self.algorithm.tr(
                    "{} shares its style file with another output of this run; it keeps the first one."
                ).format(os.path.basename(path)))
            else:
                self.sidecars.add(sidecar)
                styles.write_raster_qml(temporary, self.files.reserve(sidecar), style, value_range)
            self.loaded_styles.append((path, style, value_range))
        self.results[name] = path
        return path

    def vector(self, name, spec, wkb_type, crs, rows, style=None):
        """Write a vector output from (QgsGeometry or None, [values]) rows; ``spec`` = [(field, kind)]."""
        if not self.wanted(name):
            return None
        self._check_cancel()
        kind, path = self.destinations[name]
        crs_wkt = crs.toWkt() if hasattr(crs, "toWkt") else (crs or "")
        if kind == "deferred":
            self.deferred.append((name, spec, wkb_type, crs, rows, style))
            return None
        geometry = _geometry_name(wkb_type)
        if path.lower().endswith(".shp"):
            _, shortened = vector_io.shapefile_field_names([field for field, _ in spec])
            if shortened:
                self.feedback.pushWarning(self.algorithm.tr(
                    "A shapefile keeps 10 characters of a field name: {} (write a GeoPackage to keep the full names)."
                ).format(", ".join(f"{long} → {short}" for long, short in shortened)))
        # Inside a model run the path may be a temporary name of the model's own transaction.
        layer_name = os.path.splitext(atomic.final_basename(os.path.basename(path)))[0]
        qml = styles.qml_text(style) if style else None
        temporary = self.files.reserve(path)
        vector_io.write_vector(
            temporary, path, layer_name, list(spec), geometry, crs_wkt,
            ((None if g is None else bytes(g.asWkb()), list(values)) for g, values in rows),
            (style, qml) if qml else None,
        )
        if qml and not path.lower().endswith((".gpkg", ".sqlite")):
            sidecar = os.path.splitext(path)[0] + ".qml"
            if sidecar not in self.sidecars:
                self.sidecars.add(sidecar)
                with open(self.files.reserve(sidecar), "w", encoding="utf-8") as handle:
                    handle.write(qml)
        if style:
            self.loaded_styles.append((path, style, None))
        self.results[name] = path
        return path

    def text(self, name, content, encoding="utf-8"):
        """Write a text output (an HTML report, a CSV table)."""
        if not self.wanted(name):
            return None
        self._check_cancel()
        path = self.path(name)
        temporary = self.files.reserve(path)
        try:
            with open(temporary, "x", encoding=encoding, newline="") as handle:
                handle.write(content)
        except OSError as error:
            raise raster_io.write_error(path, error.strerror or str(error)) from error
        self.results[name] = path
        return path

    def _check_cancel(self):
        if self.feedback is not None and self.feedback.isCanceled():
            raise Cancelled()

    def _write_deferred(self):
        from .features import make_fields

        for name, spec, wkb_type, crs, rows, style in self.deferred:
            fields = make_fields(*spec)
            sink, sink_id = self.algorithm.parameterAsSink(self.parameters, name, self.context, fields, wkb_type, crs)
            if sink is None:
                raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, name))
            for number, (geometry, attributes) in enumerate(rows, start=1):
                feature = QgsFeature(fields)
                if geometry is not None:
                    feature.setGeometry(geometry if isinstance(geometry, QgsGeometry) else QgsGeometry(geometry))
                feature.setAttributes(list(attributes))
                if not sink.addFeature(feature, compat.SINK_FAST_INSERT):
                    error = sink.lastError() if hasattr(sink, "lastError") else ""
                    raise QgsProcessingException(self.algorithm.tr(
                        "Feature {} of {} could not be written{}."
                    ).format(number, self.algorithm.parameterDefinition(name).description(),
                             f" ({error})" if error else ""))
            if hasattr(sink, "flushBuffer") and not sink.flushBuffer():
                raise QgsProcessingException(self.algorithm.tr("{} could not be written completely.").format(
                    self.algorithm.parameterDefinition(name).description()))
            del sink
            self.results[name] = sink_id
            if style:
                self.loaded_styles.append((sink_id, style, None))
        self.deferred = []

    def commit(self):
        """Move the whole set into place; returns the results dictionary of the written outputs."""
        self._check_cancel()
        self._write_deferred()
        self._check_cancel()
        try:
            self.files.commit()
        except OSError as error:
            raise QgsProcessingException(str(error)) from error
        for value, style, value_range in self.loaded_styles:
            styles.attach(self.context, value, style, value_range)
        return dict(self.results)

    def discard(self):
        self.files.discard()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        self.discard()
        return False
