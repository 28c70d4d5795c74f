# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:landuseresistance — land use (raster codes or polygons) -> resistance raster."""

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
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from . import compat, layers, memory, raster_io
from .base import McrAlgorithm, given
from .kernels import Cancelled, reclass

RESISTANCE_NODATA = -9999.0
_POLYGON_NODATA = -2147483648  # burnt where no polygon lies
UNMAPPED_RULES = ("error", "nodata", "value")
BYTES_PER_CELL = 40  # codes (up to int64), valid mask, values, lookup index


def _range(values, valid):
    """(min, max) of the valid values, for the style's colour ramp."""
    if not valid.any():
        return (0.0, 1.0)
    chosen = values[valid]
    return float(chosen.min()), float(chosen.max())


class LanduseResistance(McrAlgorithm):
    NAME = "landuseresistance"
    DISPLAY_NAME = "Land-use resistance"
    GROUP_ID = "resistance"
    TAGS = ("resistance", "land use", "land cover", "reclassify", "MCR", "friction", "cost")

    INPUT = "INPUT"
    BAND = "BAND"
    POLYGONS = "POLYGONS"
    CLASS_FIELD = "CLASS_FIELD"
    REFERENCE = "REFERENCE"
    EXTENT = "EXTENT"
    CELL_SIZE = "CELL_SIZE"
    TARGET_CRS = "TARGET_CRS"
    TABLE = "TABLE"
    UNMAPPED = "UNMAPPED"
    UNMAPPED_VALUE = "UNMAPPED_VALUE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Land-use raster (class codes)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.INPUT, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POLYGONS, self.tr("Land-use polygons"), [compat.SOURCE_VECTOR_POLYGON], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CLASS_FIELD, self.tr("Class field (codes or names)"), None, self.POLYGONS,
                compat.FIELD_ANY, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.REFERENCE, self.tr("Reference grid for polygons"), optional=True
            )
        )
        extent = QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent for polygons"), optional=True)
        self.addParameter(compat.add_flag(extent, compat.FLAG_ADVANCED))
        cell_size = QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size for polygons (map units)"), compat.NUMBER_DOUBLE,
            optional=True, minValue=0.0,
        )
        self.addParameter(compat.add_flag(cell_size, compat.FLAG_ADVANCED))
        crs = QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("CRS for polygons"), optional=True)
        self.addParameter(compat.add_flag(crs, compat.FLAG_ADVANCED))
        default_table = [item for row in reclass.LANDUSE_TABLE for item in row]
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.TABLE, self.tr("Class table"), numberRows=len(reclass.LANDUSE_TABLE),
                hasFixedNumberRows=False,
                headers=[self.tr("Class code"), self.tr("Class name"), self.tr("Resistance")],
                defaultValue=default_table, optional=True,  # optional: qgis_process 3.22 ignores matrix defaults
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.UNMAPPED, self.tr("Classes missing from the table"),
                [self.tr("Stop with an error"), self.tr("Set to NoData"), self.tr("Give them a value")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.UNMAPPED_VALUE, self.tr("Resistance of missing classes"), compat.NUMBER_DOUBLE,
                defaultValue=10.0, minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Land-use resistance"))
        )

    def check(self, parameters, context):
        problems = []
        if given(parameters, self.INPUT) == given(parameters, self.POLYGONS):
            problems.append(self.tr("Give either a land-use raster or land-use polygons (one of the two)."))
        if given(parameters, self.POLYGONS) and not given(parameters, self.CLASS_FIELD):
            problems.append(self.tr("Choose the class field of the land-use polygons."))
        if UNMAPPED_RULES[self.parameterAsEnum(parameters, self.UNMAPPED, context)] == "value":
            value = self.parameterAsDouble(parameters, self.UNMAPPED_VALUE, context)
            if not value > 0:
                problems.append(self.tr(
                    "The resistance of classes missing from the table must be > 0 (it is {:g})."
                ).format(value))
        return problems

    def compute(self, parameters, context, feedback):
        rows = layers.matrix_rows(self, parameters, self.TABLE, context, 3)
        table, by_name = reclass.parse_code_table(rows, resistance=True)
        names = {int(float(code)): name for code, name, _ in rows if name}
        unmapped = UNMAPPED_RULES[self.parameterAsEnum(parameters, self.UNMAPPED, context)]
        unmapped_value = self.parameterAsDouble(parameters, self.UNMAPPED_VALUE, context)
        raster = layers.raster_path(self, parameters, self.INPUT, context, required=False)
        polygons = self.parameterAsSource(parameters, self.POLYGONS, context)
        outputs = self.open_outputs(parameters, context, feedback)
        feedback.setProgressText(self.tr("Reading land use"))
        if raster is not None:
            band = self.parameterAsInt(parameters, self.BAND, context) or 1
            grid = raster_io.read_grid(raster)
            memory.require(grid.width * grid.height, BYTES_PER_CELL, self.tr("Land-use resistance"))
            landuse = raster_io.read_raster(raster, band)
            codes, valid = landuse.array, landuse.valid
            if np.issubdtype(codes.dtype, np.floating):
                fractional = valid & (codes != np.round(codes))
                if fractional.any():
                    raise QgsProcessingException(self.tr(
                        "The land-use raster holds {} non-integer values; it must hold integer class codes."
                    ).format(int(fractional.sum())))
                codes = np.where(valid, codes, 0).astype(np.int64)
        else:
            codes, valid, grid, names = self._rasterise(
                parameters, context, feedback, polygons, by_name, names
            )
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(60)
        feedback.setProgressText(self.tr("Reclassifying"))
        values, mapped, missing = reclass.reclassify_codes(
            codes, valid, table, unmapped=unmapped, unmapped_value=unmapped_value, names=names
        )
        if missing:
            listed = ", ".join(f"{names.get(code, code)} ({count} cells)" for code, count in missing.items())
            rule = self.tr("NoData") if unmapped == "nodata" else self.tr("resistance {:g}").format(unmapped_value)
            feedback.pushWarning(self.tr("Classes missing from the table were set to {}: {}").format(rule, listed))
        values[~mapped] = RESISTANCE_NODATA
        outputs.raster(self.OUTPUT, values, grid, RESISTANCE_NODATA, "Float32", "land-use resistance",
                       style="resistance", value_range=_range(values, mapped))
        results = outputs.commit()
        feedback.setProgress(100)
        return results

    def _rasterise(self, parameters, context, feedback, polygons, by_name, names):
        field = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        if not field:
            raise QgsProcessingException(self.tr("Choose the class field of the land-use polygons."))
        if polygons.fields().lookupField(field) < 0:
            raise QgsProcessingException(self.tr("The polygons have no field {!r}.").format(field))
        grid = self._polygon_grid(parameters, context, polygons)
        memory.require(grid.width * grid.height, BYTES_PER_CELL, self.tr("Rasterising the land-use polygons"))
        feedback.pushInfo(
            self.tr("Rasterising polygons onto {} x {} cells of {:g} x {:g} map units").format(
                grid.width, grid.height, grid.cell_size[0], grid.cell_size[1])
        )
        geometries, codes = [], []
        unknown = {}  # normalised name -> (pseudo code, spelling)
        null_count = 0
        total = polygons.featureCount() or 1
        for number, feature in enumerate(layers.features_in_grid_crs(polygons, grid, context, [field])):
            if feedback.isCanceled():
                raise Cancelled()
            value = feature[field]
            code = self._class_code(value, by_name, unknown)
            if code is False:
                raise QgsProcessingException(self.tr(
                    "Polygon {} has the class value {!r}, which is not an integer class code; class values "
                    "must be integer codes or class names of the table."
                ).format(feature.id(), value))
            if code is None:
                null_count += 1
            elif feature.hasGeometry():
                geometries.append(feature.geometry().asWkb())
                codes.append(code)
            feedback.setProgress(50.0 * number / total)
        if null_count:
            feedback.pushWarning(
                self.tr("{} polygons have no class value and were left as NoData.").format(null_count))
        burned = raster_io.rasterize(geometries, codes, grid, fill=_POLYGON_NODATA)
        valid = burned != _POLYGON_NODATA
        names = dict(names)
        names.update({code: spelling for code, spelling in unknown.values()})
        return burned, valid, grid, names

    @staticmethod
    def _class_code(value, by_name, unknown):
        """A field value as a class code: numbers and numeric strings are codes, text is a name.
        None for an empty value, False for a number that is not an integer."""
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

    def _polygon_grid(self, parameters, context, polygons):
        reference = layers.raster_path(self, parameters, self.REFERENCE, context, required=False)
        if reference is not None:
            return raster_io.read_grid(reference)
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not crs.isValid():
            crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        if not crs.isValid():
            crs = polygons.sourceCrs()
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        else:
            extent = self._source_extent(polygons, crs, context)
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        if not parameters.get(self.CELL_SIZE):
            raise QgsProcessingException(
                self.tr("Polygons need a grid: give a reference raster, or a cell size (and optionally an "
                        "extent and CRS).")
            )
        return layers.grid_from_extent(extent, crs, cell_size)

    @staticmethod
    def _source_extent(polygons, crs, context):
        extent = polygons.sourceExtent()
        if polygons.sourceCrs() != crs:
            transform = QgsCoordinateTransform(polygons.sourceCrs(), crs, context.transformContext())
            extent = transform.transformBoundingBox(extent)
        return extent
