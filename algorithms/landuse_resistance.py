# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:landuseresistance — land use (raster codes or polygons) -> resistance raster."""

import numpy as np
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from . import compat, landuse_input
from .base import McrAlgorithm
from .kernels import Cancelled, reclass

RESISTANCE_NODATA = -9999.0
CODES_NODATA = -2147483648
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
    TAGS = ("resistance", "land use", "land cover", "reclassify", "MCR", "friction", "cost", "preset",
            "CLCD", "CNLUCC", "WorldCover", "GlobeLand30", "NLCD", "CORINE")

    INPUT = landuse_input.INPUT
    BAND = landuse_input.BAND
    POLYGONS = landuse_input.POLYGONS
    CLASS_FIELD = landuse_input.CLASS_FIELD
    REFERENCE = landuse_input.REFERENCE
    EXTENT = landuse_input.EXTENT
    CELL_SIZE = landuse_input.CELL_SIZE
    TARGET_CRS = landuse_input.TARGET_CRS
    PRESET = landuse_input.PRESET
    TABLE_FILE = landuse_input.TABLE_FILE
    TABLE = landuse_input.TABLE
    UNMAPPED = "UNMAPPED"
    UNMAPPED_VALUE = "UNMAPPED_VALUE"
    OUTPUT = "OUTPUT"
    CLASS_CODES = "CLASS_CODES"

    def initAlgorithm(self, config=None):
        landuse_input.add_parameters(self, "Land-use raster (class codes)")
        landuse_input.add_table_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.UNMAPPED, self.tr("Classes missing from the table"),
                [self.tr("Stop with an error"), self.tr("Set to NoData"), self.tr("Give them a value")],
                defaultValue=0,
            )
        )
        unmapped_value = QgsProcessingParameterNumber(
            self.UNMAPPED_VALUE, self.tr("Resistance of missing classes"), compat.NUMBER_DOUBLE,
            defaultValue=10.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(unmapped_value, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Land-use resistance"))
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.CLASS_CODES, self.tr("Land-use class codes on the output grid"), optional=True,
                createByDefault=False,
            )
        )

    def check(self, parameters, context):
        problems = landuse_input.check(self, parameters)
        if UNMAPPED_RULES[self.parameterAsEnum(parameters, self.UNMAPPED, context)] == "value":
            value = self.parameterAsDouble(parameters, self.UNMAPPED_VALUE, context)
            if not value > 0:
                problems.append(self.tr(
                    "The resistance of classes missing from the table must be > 0 (it is {:g})."
                ).format(value))
        return problems

    def compute(self, parameters, context, feedback):
        source_table = landuse_input.class_table(self, parameters, context)
        table, by_name = reclass.parse_code_table(source_table.rows, resistance=True)
        names = {int(float(code)): name for code, name, _ in source_table.rows if name}
        unmapped = UNMAPPED_RULES[self.parameterAsEnum(parameters, self.UNMAPPED, context)]
        unmapped_value = self.parameterAsDouble(parameters, self.UNMAPPED_VALUE, context)
        outputs = self.open_outputs(parameters, context, feedback)
        feedback.setProgressText(self.tr("Reading land use"))
        landuse = landuse_input.read(self, parameters, context, feedback, by_name, names, BYTES_PER_CELL,
                                     self.tr("Land-use resistance"))
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(60)
        landuse_input.report(self, feedback, landuse, table, names, source_table.source)
        feedback.setProgressText(self.tr("Reclassifying"))
        values, mapped, missing = reclass.reclassify_codes(
            landuse.codes, landuse.valid, table, unmapped=unmapped, unmapped_value=unmapped_value,
            names={**landuse.categories, **landuse.labels},
        )
        if missing:
            labels = {**landuse.categories, **landuse.labels}
            listed = ", ".join(f"{labels.get(code, code)} ({count} cells)" for code, count in missing.items())
            rule = self.tr("NoData") if unmapped == "nodata" else self.tr("resistance {:g}").format(unmapped_value)
            feedback.pushWarning(self.tr("Classes missing from the table were set to {}: {}").format(rule, listed))
        values[~mapped] = RESISTANCE_NODATA
        outputs.raster(self.OUTPUT, values, landuse.grid, RESISTANCE_NODATA, "Float32", "land-use resistance",
                       style="resistance", value_range=_range(values, mapped))
        if outputs.wanted(self.CLASS_CODES):
            codes = np.where(landuse.valid, landuse.codes, CODES_NODATA)
            outputs.raster(self.CLASS_CODES, codes, landuse.grid, CODES_NODATA, "Int32", "land-use class code",
                           style="zones", value_range=_range(landuse.codes, landuse.valid))
        results = outputs.commit()
        feedback.setProgress(100)
        return results
