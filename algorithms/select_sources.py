# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:selectsources — habitat patches of at least a minimum area -> ecological sources."""

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from . import compat, landuse_input, layers, raster_io
from .base import McrAlgorithm
from .kernels import Cancelled, patches
from .kernels.reclass import normalise_name

SOURCE_NODATA = -1
CONNECTIVITY = (8, 4)
BYTES_PER_CELL = 40  # land use, habitat mask, labels (int32), ids, the polygoniser's copies
DOMINANT_SHARE = 0.25  # a source this large a share of the map is worth a warning


def parse_codes(text):
    """'1, 2;3' -> [1, 2, 3] (integer class codes)."""
    parts = layers.split_values(text)
    try:
        codes = [int(part) for part in parts]
    except ValueError as error:
        raise QgsProcessingException(
            f"Habitat classes {text!r} must be integer class codes separated by commas, e.g. 1 or 1,2."
        ) from error
    if not codes:
        raise QgsProcessingException("Give at least one habitat class code (the paper: vegetation, 1).")
    return codes


SOURCE_FIELDS = (("source_id", "int"), ("area_km2", "double"), ("perimeter_km", "double"), ("cells", "int"))


class SelectSources(McrAlgorithm):
    NAME = "selectsources"
    DISPLAY_NAME = "Select ecological sources"
    GROUP_ID = "sources"
    TAGS = ("ecological source", "habitat", "patch", "core area", "minimum area", "MCR", "MSPA")

    INPUT = landuse_input.INPUT
    BAND = landuse_input.BAND
    POLYGONS = landuse_input.POLYGONS
    CLASS_FIELD = landuse_input.CLASS_FIELD
    REFERENCE = landuse_input.REFERENCE
    CELL_SIZE = landuse_input.CELL_SIZE
    PRESET = landuse_input.PRESET
    TABLE_FILE = landuse_input.TABLE_FILE
    HABITAT_CLASSES = "HABITAT_CLASSES"
    MIN_AREA = "MIN_AREA"
    CONNECTIVITY = "CONNECTIVITY"
    OPENING_RADIUS = "OPENING_RADIUS"
    FILL_HOLES = "FILL_HOLES"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"

    def initAlgorithm(self, config=None):
        landuse_input.add_parameters(self, "Land-use raster")
        landuse_input.add_table_parameters(self, matrix=False)
        self.addParameter(
            QgsProcessingParameterString(
                self.HABITAT_CLASSES, self.tr("Habitat class codes (default: the preset's habitat classes)"),
                defaultValue="", optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_AREA, self.tr("Minimum source area (km²)"), compat.NUMBER_DOUBLE,
                defaultValue=10.0, minValue=0.0,
            )
        )
        connectivity = QgsProcessingParameterEnum(
            self.CONNECTIVITY, self.tr("Cells belong to one patch when they touch"),
            [self.tr("by an edge or a corner (8 neighbours)"), self.tr("by an edge (4 neighbours)")],
            defaultValue=0,
        )
        self.addParameter(connectivity)
        opening = QgsProcessingParameterNumber(
            self.OPENING_RADIUS, self.tr("Opening radius to cut thin links (m)"), compat.NUMBER_DOUBLE,
            defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(opening, compat.FLAG_ADVANCED))
        holes = QgsProcessingParameterNumber(
            self.FILL_HOLES, self.tr("Fill holes smaller than (km²)"), compat.NUMBER_DOUBLE,
            defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(holes, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Ecological sources"), compat.SOURCE_VECTOR_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_RASTER, self.tr("Source ids (raster)"), optional=True, createByDefault=True
            )
        )

    def check(self, parameters, context):
        problems = landuse_input.check(self, parameters)
        text = self.parameterAsString(parameters, self.HABITAT_CLASSES, context)
        if text.strip():
            try:
                parse_codes(text)
            except QgsProcessingException as error:
                problems.append(str(error))
        return problems

    def compute(self, parameters, context, feedback):
        table = landuse_input.class_table(self, parameters, context, matrix=False)
        text = self.parameterAsString(parameters, self.HABITAT_CLASSES, context)
        codes = parse_codes(text) if text.strip() else list(table.habitat)
        if not codes:
            raise QgsProcessingException(self.tr(
                "The class table {} marks no habitat class; give the habitat class codes.").format(table.source))
        if not text.strip():
            feedback.pushInfo(self.tr("Habitat classes of the preset {}: {}").format(
                table.source, ", ".join(map(str, codes))))
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        connectivity = CONNECTIVITY[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)]
        opening = self.parameterAsDouble(parameters, self.OPENING_RADIUS, context)
        fill_holes = self.parameterAsDouble(parameters, self.FILL_HOLES, context)
        outputs = self.open_outputs(parameters, context, feedback)
        feedback.setProgressText(self.tr("Reading land use"))
        names = {int(float(code)): name for code, name, _ in table.rows if name}
        by_name = {normalise_name(name): code for code, name in names.items()}
        landuse = landuse_input.read(self, parameters, context, feedback, by_name, names, BYTES_PER_CELL,
                                     self.tr("Selecting sources"))
        grid = landuse.grid
        cell_size = layers.metric_cell_size(grid, self.tr("land-use raster"))
        cell_km2 = cell_size[0] * cell_size[1] / 1e6
        if 0 < min_area < cell_km2:
            feedback.pushWarning(self.tr(
                "The minimum area {:g} km² is smaller than one cell ({:g} km²): every habitat patch qualifies."
            ).format(min_area, cell_km2))
        feedback.setProgress(10)
        feedback.setProgressText(self.tr("Finding habitat patches"))
        found = patches.select_patches(
            landuse.codes, landuse.valid, codes, cell_size, min_area, connectivity, opening, fill_holes
        )
        feedback.pushInfo(self.tr(
            "{} of {} habitat patches reach {:g} km²; total source area {:.4f} km²."
        ).format(found.count, found.candidates, min_area, found.area_km2.sum()))
        self._warn_dominance(feedback, found, landuse.valid, cell_km2, opening)
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(50)
        feedback.setProgressText(self.tr("Building source polygons"))
        polygons = raster_io.polygonize(found.labels, grid, connectivity)
        feedback.setProgress(80)

        ids = found.labels
        ids[~landuse.valid] = SOURCE_NODATA
        rows = []
        for source_id in range(1, found.count + 1):
            parts = [QgsGeometry() for _ in polygons[source_id]]
            for geometry, wkb in zip(parts, polygons[source_id]):
                geometry.fromWkb(wkb)
            rows.append((QgsGeometry.collectGeometry(parts), [
                source_id, float(found.area_km2[source_id]), float(found.perimeter_km[source_id]),
                int(found.cells[source_id]),
            ]))
        outputs.vector(self.OUTPUT, SOURCE_FIELDS, compat.WKB_MULTIPOLYGON, layers.crs_of(grid), rows,
                       style="sources")
        outputs.raster(self.OUTPUT_RASTER, ids, grid, SOURCE_NODATA, "Int32", "source id",
                       style="zones", value_range=(1, max(found.count, 1)))
        results = outputs.commit()
        feedback.setProgress(100)
        return results

    def _warn_dominance(self, feedback, found, valid, cell_km2, opening):
        """One patch that covers much of the map makes one giant source and few corridors."""
        if found.count == 0:
            return
        share = float(found.cells[1]) / max(int(np.count_nonzero(valid)), 1)
        feedback.pushInfo(self.tr("The largest source covers {:.1f} % of the map ({:.3f} km²).").format(
            100.0 * share, found.area_km2[1]))
        if share >= DOMINANT_SHARE:
            feedback.pushWarning(self.tr(
                "One source covers {:.0f} % of the map: the pattern will have few sources and corridors. On 10–30 m "
                "land cover, cut thin links between forest blocks with an opening (e.g. radius 100 m{}), or take "
                "the core areas of an MSPA (MCR ▸ Ecological sources ▸ MSPA) ranked by connectivity importance."
            ).format(100.0 * share, self.tr(", now {:g} m").format(opening) if opening else ""))
