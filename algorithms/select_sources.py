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

from . import compat, layers, raster_io
from .base import McrAlgorithm
from .features import write_features
from .kernels import patches

SOURCE_NODATA = -1
CONNECTIVITY = (8, 4)


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

    def compute(self, parameters, context, feedback):
        codes = parse_codes(self.parameterAsString(parameters, self.HABITAT_CLASSES, context))
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        connectivity = CONNECTIVITY[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)]
        opening = self.parameterAsDouble(parameters, self.OPENING_RADIUS, context)
        fill_holes = self.parameterAsDouble(parameters, self.FILL_HOLES, context)
        path = layers.raster_path(self, parameters, self.INPUT, context)

        feedback.setProgressText(self.tr("Reading land use"))
        landuse = raster_io.read_raster(path, self.parameterAsInt(parameters, self.BAND, context) or 1)
        cell_size = layers.metric_cell_size(landuse.grid, "land-use raster")
        cell_km2 = cell_size[0] * cell_size[1] / 1e6
        if 0 < min_area < cell_km2:
            feedback.pushWarning(
                self.tr(f"The minimum area {min_area:g} km² is smaller than one cell ({cell_km2:g} km²): "
                        "every habitat patch qualifies.")
            )
        feedback.setProgress(10)
        feedback.setProgressText(self.tr("Finding habitat patches"))
        found = patches.select_patches(
            landuse.array, landuse.valid, codes, cell_size, min_area, connectivity, opening, fill_holes
        )
        feedback.pushInfo(
            self.tr(f"{found.count} of {found.candidates} habitat patches reach {min_area:g} km²; "
                    f"total source area {found.area_km2.sum():.4f} km².")
        )
        if feedback.isCanceled():
            return {}
        feedback.setProgress(50)
        feedback.setProgressText(self.tr("Building source polygons"))
        polygons = raster_io.polygonize(found.labels, landuse.grid, connectivity)
        feedback.setProgress(80)

        ids = found.labels
        ids[~landuse.valid] = SOURCE_NODATA
        raster_output = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        rows = []
        for source_id in range(1, found.count + 1):
            parts = [QgsGeometry() for _ in polygons[source_id]]
            for geometry, wkb in zip(parts, polygons[source_id]):
                geometry.fromWkb(wkb)
            rows.append((QgsGeometry.collectGeometry(parts), [
                source_id, float(found.area_km2[source_id]), float(found.perimeter_km[source_id]),
                int(found.cells[source_id]),
            ]))
        with raster_io.OutputSet() as files:
            files.write(raster_output, ids, landuse.grid, SOURCE_NODATA, "Int32", "source id")
            sink_id = write_features(self, parameters, self.OUTPUT, context, SOURCE_FIELDS,
                                     compat.WKB_MULTIPOLYGON, layers.crs_of(landuse.grid), rows)
            files.commit()
        self.style(context, sink_id, "sources")
        self.style(context, raster_output, "zones", (1, max(found.count, 1)))
        feedback.setProgress(100)
        return {self.OUTPUT: sink_id, self.OUTPUT_RASTER: raster_output}
