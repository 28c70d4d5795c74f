# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:mspa — habitat map -> MSPA classes (core, islet, perforation, edge, loop, bridge, branch)."""

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from . import compat, landuse_input, layers, memory, raster_io
from .base import McrAlgorithm, given
from .kernels import mspa
from .kernels.reclass import normalise_name

MISSING = mspa.CLASS_CODES["missing"]  # written as NoData
CONNECTIVITY = (8, 4)
# The land use as read (up to 8 bytes), the habitat and valid masks, the kernel's own peak
# (28 bytes per cell, measured at 2000² and 8000²) and the class raster written.
BYTES_PER_CELL = 40
STATISTICS_FIELDS = (("class", "string"), ("code", "int"), ("cells", "int"), ("area_km2", "double"),
                     ("foreground_pct", "double"))


def class_label(name):
    """'loop_in_edge' -> 'Loop in edge'."""
    return name.replace("_", " ").capitalize()


class Mspa(McrAlgorithm):
    NAME = "mspa"
    DISPLAY_NAME = "Morphological spatial pattern analysis (MSPA)"
    GROUP_ID = "sources"
    TAGS = ("MSPA", "morphological spatial pattern analysis", "GuidosToolbox", "core", "bridge", "edge",
            "islet", "loop", "branch", "perforation", "habitat", "ecological source", "green infrastructure")

    INPUT = landuse_input.INPUT
    BAND = landuse_input.BAND
    POLYGONS = landuse_input.POLYGONS
    CLASS_FIELD = landuse_input.CLASS_FIELD
    REFERENCE = landuse_input.REFERENCE
    CELL_SIZE = landuse_input.CELL_SIZE
    PRESET = landuse_input.PRESET
    TABLE_FILE = landuse_input.TABLE_FILE
    HABITAT_CLASSES = landuse_input.HABITAT_CLASSES
    MASK = "MASK"
    FG_CONNECTIVITY = "FG_CONNECTIVITY"
    EDGE_WIDTH = "EDGE_WIDTH"
    TRANSITION = "TRANSITION"
    INTEXT = "INTEXT"
    OUTPUT = "OUTPUT"
    STATISTICS = "STATISTICS"

    def initAlgorithm(self, config=None):
        landuse_input.add_parameters(self, "Land-use raster")
        landuse_input.add_table_parameters(self, matrix=False)
        landuse_input.add_habitat_classes(self)
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.MASK, self.tr("Or: a habitat mask raster (cells > 0 are habitat)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FG_CONNECTIVITY, self.tr("Foreground connectivity"),
                [self.tr("8 (cells touching at a corner are connected)"), self.tr("4 (cells touching by an edge)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.EDGE_WIDTH, self.tr("Edge width (cells)"), compat.NUMBER_INTEGER, defaultValue=1, minValue=1,
                maxValue=100,
            )
        )
        transition = QgsProcessingParameterBoolean(
            self.TRANSITION, self.tr("Transition: keep loops and bridges where they cross an edge or perforation"),
            defaultValue=True,
        )
        self.addParameter(compat.add_flag(transition, compat.FLAG_ADVANCED))
        intext = QgsProcessingParameterBoolean(
            self.INTEXT, self.tr("Intext: mark features inside core holes as internal (+100)"), defaultValue=True,
        )
        self.addParameter(compat.add_flag(intext, compat.FLAG_ADVANCED))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("MSPA classes")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.STATISTICS, self.tr("MSPA statistics table"), compat.SOURCE_VECTOR, optional=True,
                createByDefault=True,
            )
        )

    def check(self, parameters, context):
        mask = given(parameters, self.MASK)
        landuse = given(parameters, self.INPUT) or given(parameters, self.POLYGONS)
        if mask and landuse or not mask and not landuse:
            return [self.tr("Give the habitat either as land use (a raster of class codes or polygons) or as a mask "
                            "raster (one of the two).")]
        problems = [] if mask else landuse_input.check(self, parameters)
        problems += landuse_input.check_habitat_classes(self, parameters, context)
        return problems

    def compute(self, parameters, context, feedback):
        connectivity = CONNECTIVITY[self.parameterAsEnum(parameters, self.FG_CONNECTIVITY, context)]
        edge_width = self.parameterAsInt(parameters, self.EDGE_WIDTH, context)
        transition = self.parameterAsBool(parameters, self.TRANSITION, context)
        intext = self.parameterAsBool(parameters, self.INTEXT, context)
        outputs = self.open_outputs(parameters, context, feedback)
        feedback.setProgressText(self.tr("Reading the habitat"))
        habitat, valid, grid = self._habitat(parameters, context, feedback)
        cell_size = layers.metric_cell_size(grid, self.tr("habitat raster"))
        cell_m2 = cell_size[0] * cell_size[1]
        share = np.count_nonzero(habitat) / max(int(np.count_nonzero(valid)), 1)
        feedback.pushInfo(self.tr("Habitat (foreground): {} cells, {:.1f} % of the valid cells, {:.4f} km².").format(
            int(np.count_nonzero(habitat)), 100.0 * share, np.count_nonzero(habitat) * cell_m2 / 1e6))
        if not habitat.any():
            raise QgsProcessingException(self.tr(
                "No cell is habitat, so every cell would be background; check the habitat classes (or the mask)."))
        feedback.pushInfo(self.tr(
            "MSPA: foreground connectivity {}, edge width {} cells ({:g} m), transition {}, intext {}.").format(
            connectivity, edge_width, edge_width * min(cell_size), self.tr("on") if transition else self.tr("off"),
            self.tr("on") if intext else self.tr("off")))
        feedback.setProgressText(self.tr("Segmenting the habitat (MSPA)"))
        classes = mspa.mspa(habitat, valid, connectivity, edge_width, transition, intext,
                            progress=self.progress_callback(feedback, 10, 85))
        del habitat
        statistics = mspa.class_statistics(classes, cell_m2)
        rows = []
        for name, code, cells, area, fraction in statistics:
            rows.append((None, [class_label(name), code, cells, area / 1e6,
                                None if fraction is None else 100.0 * fraction]))
        summary = ", ".join(f"{class_label(name).lower()} {100.0 * fraction:.1f} %" for name, _, cells, _, fraction
                            in statistics if fraction is not None and cells)
        feedback.pushInfo(self.tr("Share of the foreground: {}.").format(summary))
        feedback.setProgressText(self.tr("Writing outputs"))
        feedback.setProgress(90)
        outputs.raster(self.OUTPUT, classes, grid, MISSING, "Byte", "MSPA class (GuidosToolbox codes)", style="mspa")
        outputs.vector(self.STATISTICS, STATISTICS_FIELDS, compat.WKB_NO_GEOMETRY, layers.crs_of(grid), rows)
        results = outputs.commit()
        feedback.setProgress(100)
        return results

    def _habitat(self, parameters, context, feedback):
        """Habitat and valid masks with their grid, from the mask raster or the land use."""
        mask_path = layers.raster_path(self, parameters, self.MASK, context, required=False)
        if mask_path is not None:
            grid = raster_io.read_grid(mask_path)
            memory.require(grid.width * grid.height, BYTES_PER_CELL, self.tr("MSPA"))
            mask = raster_io.read_raster(mask_path)
            values = mask.array
            if np.issubdtype(values.dtype, np.floating):
                values = np.where(mask.valid, values, 0)
            return (values > 0) & mask.valid, mask.valid, mask.grid
        table = landuse_input.class_table(self, parameters, context, matrix=False)
        codes = landuse_input.habitat_codes(self, parameters, context, feedback, table)
        names = {int(float(code)): name for code, name, _ in table.rows if name}
        by_name = {normalise_name(name): code for code, name in names.items()}
        landuse = landuse_input.read(self, parameters, context, feedback, by_name, names, BYTES_PER_CELL,
                                     self.tr("MSPA"))
        habitat = np.isin(landuse.codes, np.asarray(codes)) & landuse.valid
        return habitat, landuse.valid, landuse.grid
