# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:selectsources — habitat patches of at least a minimum area -> ecological sources."""

from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from . import compat, layers, memory, raster_io
from .base import McrAlgorithm
from .kernels import Cancelled, patches

SOURCE_NODATA = -1
CONNECTIVITY = (8, 4)
BYTES_PER_CELL = 40  # land use, habitat mask, labels (int32), ids, the polygoniser's copies


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

    INPUT = "INPUT"
    BAND = "BAND"
    HABITAT_CLASSES = "HABITAT_CLASSES"
    MIN_AREA = "MIN_AREA"
    CONNECTIVITY = "CONNECTIVITY"
    OPENING_RADIUS = "OPENING_RADIUS"
    FILL_HOLES = "FILL_HOLES"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Land-use raster")))
        self.addParameter(
            QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.INPUT, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.HABITAT_CLASSES, self.tr("Habitat class codes"), defaultValue="1")
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_AREA, self.tr("Minimum source area (km²)"), compat.NUMBER_DOUBLE,
                defaultValue=10.0, minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CONNECTIVITY, self.tr("Cells belong to one patch when they touch"),
                [self.tr("by an edge or a corner (8 neighbours)"), self.tr("by an edge (4 neighbours)")],
                defaultValue=0,
            )
        )
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
        try:
            parse_codes(self.parameterAsString(parameters, self.HABITAT_CLASSES, context))
        except QgsProcessingException as error:
            return [str(error)]
        return []

    def compute(self, parameters, context, feedback):
        codes = parse_codes(self.parameterAsString(parameters, self.HABITAT_CLASSES, context))
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        connectivity = CONNECTIVITY[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)]
        opening = self.parameterAsDouble(parameters, self.OPENING_RADIUS, context)
        fill_holes = self.parameterAsDouble(parameters, self.FILL_HOLES, context)
        path = layers.raster_path(self, parameters, self.INPUT, context)
        outputs = self.open_outputs(parameters, context, feedback)
        grid = raster_io.read_grid(path)
        cell_size = layers.metric_cell_size(grid, self.tr("land-use raster"))
        memory.require(grid.width * grid.height, BYTES_PER_CELL, self.tr("Selecting sources"))
        feedback.setProgressText(self.tr("Reading land use"))
        landuse = raster_io.read_raster(path, self.parameterAsInt(parameters, self.BAND, context) or 1)
        cell_km2 = cell_size[0] * cell_size[1] / 1e6
        if 0 < min_area < cell_km2:
            feedback.pushWarning(self.tr(
                "The minimum area {:g} km² is smaller than one cell ({:g} km²): every habitat patch qualifies."
            ).format(min_area, cell_km2))
        feedback.setProgress(10)
        feedback.setProgressText(self.tr("Finding habitat patches"))
        found = patches.select_patches(
            landuse.array, landuse.valid, codes, cell_size, min_area, connectivity, opening, fill_holes
        )
        feedback.pushInfo(self.tr(
            "{} of {} habitat patches reach {:g} km²; total source area {:.4f} km²."
        ).format(found.count, found.candidates, min_area, found.area_km2.sum()))
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(50)
        feedback.setProgressText(self.tr("Building source polygons"))
        polygons = raster_io.polygonize(found.labels, landuse.grid, connectivity)
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
        outputs.vector(self.OUTPUT, SOURCE_FIELDS, compat.WKB_MULTIPOLYGON, layers.crs_of(landuse.grid), rows,
                       style="sources")
        outputs.raster(self.OUTPUT_RASTER, ids, landuse.grid, SOURCE_NODATA, "Int32", "source id",
                       style="zones", value_range=(1, max(found.count, 1)))
        results = outputs.commit()
        feedback.setProgress(100)
        return results
