# SPDX-License-Identifier: GPL-2.0-or-later
"""Land use as a raster of class codes or as polygons with a class field, and its class table.

Shared by every algorithm where land use enters (land-use resistance, sources, corridors):
the same parameters, the same rasterising of polygons (class codes or class names), the same
class table (a preset of a land-cover product, a CSV file or a typed table) and the same report
of code → class → resistance with cell counts. Help texts: resources/help/_landuse_input.ini.
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from . import compat, layers, memory, raster_io, tables
from .base import given
from .kernels import Cancelled, reclass

INPUT = "INPUT"
BAND = "BAND"
POLYGONS = "POLYGONS"
CLASS_FIELD = "CLASS_FIELD"
REFERENCE = "REFERENCE"
EXTENT = "EXTENT"
CELL_SIZE = "CELL_SIZE"
TARGET_CRS = "TARGET_CRS"
PRESET = "PRESET"
TABLE = "TABLE"
TABLE_FILE = "TABLE_FILE"
HELP = "_landuse_input"
POLYGON_NODATA = -2147483648  # burnt where no polygon lies


@dataclass
class LandUse:
    codes: np.ndarray  # integer class codes
    valid: np.ndarray
    grid: raster_io.Grid
    labels: dict  # code -> name for messages (table names, polygon class names)
    categories: dict  # code -> name the raster itself carries (GDAL categories or attribute table)


def add_parameters(algorithm, raster_label, polygon_grid=True, optional=True):
    """Land-use raster or polygons; with ``polygon_grid`` the grid options for polygons."""
    tr = algorithm.tr
    algorithm.addParameter(QgsProcessingParameterRasterLayer(INPUT, tr(raster_label), optional=optional))
    algorithm.addParameter(QgsProcessingParameterBand(BAND, tr("Band"), 1, INPUT, optional=True))
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            POLYGONS, tr("Land-use polygons"), [compat.SOURCE_VECTOR_POLYGON], optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            CLASS_FIELD, tr("Class field (codes or names)"), None, POLYGONS, compat.FIELD_ANY, optional=True,
        )
    )
    if not polygon_grid:
        return
    algorithm.addParameter(
        QgsProcessingParameterRasterLayer(REFERENCE, tr("Reference grid for polygons"), optional=True)
    )
    extent = QgsProcessingParameterExtent(EXTENT, tr("Extent for polygons"), optional=True)
    algorithm.addParameter(compat.add_flag(extent, compat.FLAG_ADVANCED))
    cell_size = QgsProcessingParameterNumber(
        CELL_SIZE, tr("Cell size for polygons (map units)"), compat.NUMBER_DOUBLE, optional=True, minValue=0.0,
    )
    algorithm.addParameter(cell_size)
    crs = QgsProcessingParameterCrs(TARGET_CRS, tr("CRS for polygons"), optional=True)
    algorithm.addParameter(compat.add_flag(crs, compat.FLAG_ADVANCED))


def add_table_parameters(algorithm, matrix=True):
    """The class table: a preset, a CSV file (overrides the preset), a typed table (overrides both)."""
    tr = algorithm.tr
    preset = QgsProcessingParameterEnum(PRESET, tr("Class table preset (land-cover product)"),
                                        list(tables.PRESETS), defaultValue=tables.PRESETS[0])
    preset.setUsesStaticStrings(True)  # qgis_process: PRESET=clcd
    algorithm.addParameter(preset)
    algorithm.addParameter(
        QgsProcessingParameterFile(
            TABLE_FILE, tr("Class table file (CSV: code,name,resistance)"), extension="csv", optional=True
        )
    )
    if matrix:
        algorithm.addParameter(
            QgsProcessingParameterMatrix(
                TABLE, tr("Class table (overrides the preset and the file)"), hasFixedNumberRows=False,
                headers=[tr("Class code"), tr("Class name"), tr("Resistance")], optional=True,
            )
        )


def check(algorithm, parameters, required=True):
    """Either the raster or the polygons (with their class field)."""
    problems = []
    raster, polygons = given(parameters, INPUT), given(parameters, POLYGONS)
    if raster and polygons or (required and not raster and not polygons):
        problems.append(algorithm.tr("Give either a land-use raster or land-use polygons (one of the two)."))
    if polygons and not given(parameters, CLASS_FIELD):
        problems.append(algorithm.tr("Choose the class field of the land-use polygons."))
    return problems


def class_table(algorithm, parameters, context, matrix=True):
    """The class table in force: the typed table, else the CSV file, else the preset."""
    rows = layers.matrix_rows(algorithm, parameters, TABLE, context, 3) if matrix else []
    path = algorithm.parameterAsFile(parameters, TABLE_FILE, context)
    table = tables.preset(algorithm.parameterAsEnumString(parameters, PRESET, context) or tables.PRESETS[0])
    if path:
        table = tables.read_class_table(path)
    if rows:
        table = tables.ClassTable(rows, table.habitat, table.barrier, table.farmland, table.names_zh,
                                  algorithm.tr("the table typed in"))
    return table


def read(algorithm, parameters, context, feedback, by_name=None, labels=None, bytes_per_cell=40, what="",
         grid=None):
    """The land use as codes on its grid (a raster's, or the polygons' grid; ``grid`` forces one:
    then a raster is aligned onto it by nearest neighbour and polygons are burnt onto it)."""
    by_name, labels = by_name or {}, dict(labels or {})
    raster = layers.raster_path(algorithm, parameters, INPUT, context, required=False)
    if raster is not None:
        band = algorithm.parameterAsInt(parameters, BAND, context) or 1
        own = raster_io.read_grid(raster)
        memory.require((grid or own).width * (grid or own).height, bytes_per_cell, what)
        if grid is not None and not own.matches(grid):
            layers.check_overlap(algorithm, raster, grid, algorithm.tr("The land use"))
            landuse = raster_io.align_raster(raster, grid, "nearest", band)
        else:
            landuse = raster_io.read_raster(raster, band)
        codes, valid = landuse.array, landuse.valid
        if np.issubdtype(codes.dtype, np.floating):
            fractional = valid & (codes != np.round(codes))
            if fractional.any():
                raise QgsProcessingException(algorithm.tr(
                    "The land-use raster holds {} non-integer values; it must hold integer class codes."
                ).format(int(fractional.sum())))
            codes = np.where(valid, codes, 0).astype(np.int64)
        return LandUse(codes, valid, landuse.grid, labels, raster_io.read_categories(raster, band))
    polygons = algorithm.parameterAsSource(parameters, POLYGONS, context)
    if polygons is None:
        raise QgsProcessingException(
            algorithm.tr("Give either a land-use raster or land-use polygons (one of the two).")
        )
    return _rasterise(algorithm, parameters, context, feedback, polygons, by_name, labels, bytes_per_cell, what,
                      grid)


def _rasterise(algorithm, parameters, context, feedback, polygons, by_name, labels, bytes_per_cell, what, grid):
    tr = algorithm.tr
    field = algorithm.parameterAsString(parameters, CLASS_FIELD, context)
    if not field:
        raise QgsProcessingException(tr("Choose the class field of the land-use polygons."))
    if polygons.fields().lookupField(field) < 0:
        raise QgsProcessingException(tr("The polygons have no field {!r}.").format(field))
    if grid is None:
        grid = _polygon_grid(algorithm, parameters, context, polygons)
    memory.require(grid.width * grid.height, bytes_per_cell, what)
    feedback.pushInfo(tr("Rasterising polygons onto {} x {} cells of {:g} x {:g} map units").format(
        grid.width, grid.height, grid.cell_size[0], grid.cell_size[1]))
    geometries, codes = [], []
    unknown = {}  # normalised name -> (pseudo code, spelling)
    null_count = 0
    total = polygons.featureCount() or 1
    for number, feature in enumerate(layers.features_in_grid_crs(polygons, grid, context, [field])):
        if feedback.isCanceled():
            raise Cancelled()
        value = feature[field]
        code = class_code(value, by_name, unknown)
        if code is False:
            raise QgsProcessingException(tr(
                "Polygon {} has the class value {!r}, which is not an integer class code; class values must be "
                "integer codes or class names of the table."
            ).format(feature.id(), value))
        if code is None:
            null_count += 1
        elif feature.hasGeometry():
            geometries.append(feature.geometry().asWkb())
            codes.append(code)
        feedback.setProgress(50.0 * number / total)
    if null_count:
        feedback.pushWarning(tr("{} polygons have no class value and were left as NoData.").format(null_count))
    burned = raster_io.rasterize(geometries, codes, grid, fill=POLYGON_NODATA)
    valid = burned != POLYGON_NODATA
    labels.update({code: spelling for code, spelling in unknown.values()})
    return LandUse(burned, valid, grid, labels, {})


def class_code(value, by_name, unknown):
    """A field value as a class code: numbers and numeric strings are codes, text is a name.
    None for an empty value, False for a number that is not an integer; an unknown name gets a
    negative pseudo code (so that it is reported as a class missing from the table)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() else False
    text = str(value).strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        key = reclass.normalise_name(text)
        if key in by_name:
            return by_name[key]
        if key not in unknown:
            unknown[key] = (-1 - len(unknown), text)  # negative codes never clash with the table
        return unknown[key][0]
    return int(number) if number.is_integer() else False


def _polygon_grid(algorithm, parameters, context, polygons):
    reference = layers.raster_path(algorithm, parameters, REFERENCE, context, required=False)
    if reference is not None:
        return raster_io.read_grid(reference)
    crs = algorithm.parameterAsCrs(parameters, TARGET_CRS, context)
    if not crs.isValid():
        crs = algorithm.parameterAsExtentCrs(parameters, EXTENT, context)
    if not crs.isValid():
        crs = polygons.sourceCrs()
    if parameters.get(EXTENT):
        extent = algorithm.parameterAsExtent(parameters, EXTENT, context, crs)
    else:
        extent = polygons.sourceExtent()
        if polygons.sourceCrs() != crs:
            transform = QgsCoordinateTransform(polygons.sourceCrs(), crs, context.transformContext())
            extent = transform.transformBoundingBox(extent)
    if not parameters.get(CELL_SIZE):
        raise QgsProcessingException(algorithm.tr(
            "Polygons need a grid: give a reference raster, or a cell size (and optionally an extent and CRS)."))
    return layers.grid_from_extent(extent, crs, algorithm.parameterAsDouble(parameters, CELL_SIZE, context))


def report(algorithm, feedback, landuse, values, names, source):
    """Say which resistance every class got, with cell counts; warn where the raster's own class
    names disagree with the table's (e.g. a product whose code 1 is 'Water', not 'Vegetation').

    ``values`` {code: resistance}, ``names`` {code: table class name}, ``source`` the table's origin.
    """
    tr = algorithm.tr
    counts = reclass.class_counts(landuse.codes, landuse.valid)
    lines = []
    for code, cells in sorted(counts.items(), key=lambda item: str(item[0])):
        label = names.get(code) or landuse.labels.get(code) or landuse.categories.get(code) or "?"
        value = values.get(code)
        lines.append(tr("{} → {} → {} ({} cells)").format(
            code, label, "–" if value is None else f"{value:g}", cells))
    feedback.pushInfo(tr("Class code → class → resistance, as used (table: {}):").format(source))
    for line in lines:
        feedback.pushInfo("  " + line)
    disagree = []
    for code, category in sorted(landuse.categories.items()):
        if code in counts and code in names and reclass.normalise_name(category) != reclass.normalise_name(names[code]):
            disagree.append(
                tr("code {} is {!r} in the raster but {!r} in the table").format(code, category, names[code])
            )
    if disagree:
        feedback.pushWarning(tr(
            "The land-use raster names its classes, and {} of them disagree with the class table: {}. Check that "
            "the table (or preset) fits this product."
        ).format(len(disagree), "; ".join(disagree)))
    return counts


HABITAT_CLASSES = "HABITAT_CLASSES"


def add_habitat_classes(algorithm):
    """The habitat class codes (default: the class table's habitat classes)."""
    algorithm.addParameter(
        QgsProcessingParameterString(
            HABITAT_CLASSES, algorithm.tr("Habitat class codes (default: the preset's habitat classes)"),
            defaultValue="", optional=True,
        )
    )


def parse_habitat_codes(algorithm, text):
    """'1, 2;3' -> [1, 2, 3] (integer class codes)."""
    try:
        codes = [int(part) for part in layers.split_values(text)]
    except ValueError as error:
        raise QgsProcessingException(algorithm.tr(
            "Habitat classes {!r} must be integer class codes separated by commas, e.g. 1 or 1,2.").format(text)
        ) from error
    if not codes:
        raise QgsProcessingException(algorithm.tr("Give at least one habitat class code (the paper: vegetation, 1)."))
    return codes


def check_habitat_classes(algorithm, parameters, context):
    text = algorithm.parameterAsString(parameters, HABITAT_CLASSES, context)
    if text.strip():
        try:
            parse_habitat_codes(algorithm, text)
        except QgsProcessingException as error:
            return [str(error)]
    return []


def habitat_codes(algorithm, parameters, context, feedback, table):
    """The habitat class codes given, or those of the class table (said in the log)."""
    text = algorithm.parameterAsString(parameters, HABITAT_CLASSES, context)
    codes = parse_habitat_codes(algorithm, text) if text.strip() else list(table.habitat)
    if not codes:
        raise QgsProcessingException(algorithm.tr(
            "The class table {} marks no habitat class; give the habitat class codes.").format(table.source))
    if not text.strip():
        feedback.pushInfo(algorithm.tr("Habitat classes of the preset {}: {}").format(
            table.source, ", ".join(map(str, codes))))
    return codes
