# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:terrainresistance — DEM -> slope resistance and elevation resistance rasters."""

import numpy as np
from qgis.core import (
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from qgis.core import QgsProcessingException

from . import compat, layers, memory, raster_io, tables
from .base import McrAlgorithm
from .kernels import Cancelled, first_cell, reclass, terrain
from .landuse_resistance import _range

RESISTANCE_NODATA = -9999.0
BOUNDARY_RULES = (reclass.LOWER_CLASS, reclass.UPPER_CLASS)
OUTSIDE_RULES = ("error", "nodata")
ELEVATION_METHODS = (None,) + reclass.BREAK_METHODS
# Elevations below the deepest ocean floor (about -10 935 m) are voids, whatever the DEM says.
LOWEST_ELEVATION_M = -11000.0
DEM_BYTES_PER_CELL = 140  # Horn's slope keeps several float64 copies of the DEM
GRID_BYTES_PER_CELL = 60  # aligned slope and elevation (float64) and the two resistance rasters


def _range_default(table):
    return ["" if value is None else value for row in table for value in row]


class TerrainResistance(McrAlgorithm):
    NAME = "terrainresistance"
    DISPLAY_NAME = "Terrain resistance (slope and elevation)"
    GROUP_ID = "resistance"
    TAGS = ("resistance", "slope", "elevation", "DEM", "terrain", "reclassify", "MCR", "Horn")

    INPUT = "INPUT"
    BAND = "BAND"
    Z_FACTOR = "Z_FACTOR"
    SLOPE_TABLE = "SLOPE_TABLE"
    SLOPE_TABLE_FILE = "SLOPE_TABLE_FILE"
    ELEVATION_TABLE = "ELEVATION_TABLE"
    ELEVATION_TABLE_FILE = "ELEVATION_TABLE_FILE"
    ELEVATION_CLASSES = "ELEVATION_CLASSES"
    BOUNDARIES = "BOUNDARIES"
    OUTSIDE = "OUTSIDE"
    REFERENCE = "REFERENCE"
    SLOPE_RESISTANCE = "SLOPE_RESISTANCE"
    ELEVATION_RESISTANCE = "ELEVATION_RESISTANCE"
    SLOPE = "SLOPE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("DEM")))
        self.addParameter(QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.INPUT, optional=True))
        z_factor = QgsProcessingParameterNumber(
            self.Z_FACTOR, self.tr("Z factor (DEM units to metres)"), compat.NUMBER_DOUBLE,
            defaultValue=1.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(z_factor, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.SLOPE_TABLE, self.tr("Slope table (degrees)"), hasFixedNumberRows=False,
                headers=[self.tr("Minimum (°)"), self.tr("Maximum (°)"), self.tr("Resistance")],
                defaultValue=_range_default(reclass.SLOPE_TABLE), optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.ELEVATION_TABLE, self.tr("Elevation table (metres)"), hasFixedNumberRows=False,
                headers=[self.tr("Minimum (m)"), self.tr("Maximum (m)"), self.tr("Resistance")],
                defaultValue=_range_default(reclass.ELEVATION_TABLE), optional=True,
            )
        )
        for name, label in ((self.SLOPE_TABLE_FILE, "Slope table file (CSV: minimum,maximum,resistance)"),
                            (self.ELEVATION_TABLE_FILE, "Elevation table file (CSV: minimum,maximum,resistance)")):
            self.addParameter(QgsProcessingParameterFile(name, self.tr(label), extension="csv", optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ELEVATION_CLASSES, self.tr("Elevation classes"),
                [self.tr("the table's ranges (default: the paper's Table 3)"),
                 self.tr("the table's resistances on quantiles of the DEM"),
                 self.tr("the table's resistances on equal intervals of the DEM"),
                 self.tr("the table's resistances on natural breaks (Jenks) of the DEM")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BOUNDARIES, self.tr("A value on a break falls in"),
                [self.tr("the lower class (min < value ≤ max)"),
                 self.tr("the upper class (min ≤ value < max)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.OUTSIDE, self.tr("Values outside every range"),
                [self.tr("Stop with an error"), self.tr("Set to NoData")], defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.REFERENCE, self.tr("Reference grid (e.g. the land-use raster)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.SLOPE_RESISTANCE, self.tr("Slope resistance"))
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.ELEVATION_RESISTANCE, self.tr("Elevation resistance")
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.SLOPE, self.tr("Slope (degrees)"), optional=True, createByDefault=False
            )
        )

    def compute(self, parameters, context, feedback):
        slope_ranges = reclass.parse_range_table(
            self._rows(parameters, context, self.SLOPE_TABLE, self.SLOPE_TABLE_FILE), "slope table", resistance=True
        )
        elevation_ranges = reclass.parse_range_table(
            self._rows(parameters, context, self.ELEVATION_TABLE, self.ELEVATION_TABLE_FILE), "elevation table",
            resistance=True,
        )
        relative = ELEVATION_METHODS[self.parameterAsEnum(parameters, self.ELEVATION_CLASSES, context)]
        boundaries = BOUNDARY_RULES[self.parameterAsEnum(parameters, self.BOUNDARIES, context)]
        outside = OUTSIDE_RULES[self.parameterAsEnum(parameters, self.OUTSIDE, context)]
        z_factor = self.parameterAsDouble(parameters, self.Z_FACTOR, context)
        dem_path = layers.raster_path(self, parameters, self.INPUT, context)
        reference = layers.raster_path(self, parameters, self.REFERENCE, context, required=False)
        outputs = self.open_outputs(parameters, context, feedback)
        dem_grid = raster_io.read_grid(dem_path)
        cells = dem_grid.width * dem_grid.height
        grid = dem_grid
        if reference is not None:
            grid = raster_io.read_grid(reference)
            layers.check_overlap(self, dem_path, grid, self.tr("The DEM"))
        memory.require(cells, DEM_BYTES_PER_CELL, self.tr("Terrain resistance"),
                       extra_bytes=grid.width * grid.height * GRID_BYTES_PER_CELL)

        feedback.setProgressText(self.tr("Reading the DEM"))
        dem = raster_io.read_raster(dem_path, self.parameterAsInt(parameters, self.BAND, context) or 1)
        elevation = dem.array.astype(np.float64) * z_factor
        voids = dem.valid & (elevation < LOWEST_ELEVATION_M)
        if voids.any():
            row, col = first_cell(voids)
            feedback.pushWarning(self.tr(
                "{} DEM cells lie below {:g} m (deeper than any ocean; first at row {}, column {}: {:g}): "
                "voids such as SRTM's undeclared -32768, treated as NoData. Declare the DEM's NoData value "
                "to silence this."
            ).format(int(voids.sum()), LOWEST_ELEVATION_M, row, col, float(dem.array[row, col])))
            dem.valid &= ~voids
        if not dem.valid.any():
            raise QgsProcessingException(self.tr("The DEM has no valid cell (every cell is NoData)."))
        dx, dy = dem.grid.cell_size
        if dem.grid.is_geographic:
            # Metric spacing per row on the ellipsoid: never degrees taken as metres.
            semi_major, inverse_flattening = dem.grid.ellipsoid()
            dx, dy = terrain.geographic_spacing(
                dem.grid.row_centres_y(), dx, dy, semi_major, inverse_flattening
            )
            feedback.pushInfo(
                self.tr("Geographic DEM: slope uses metric cell sizes per row on the ellipsoid."))
        feedback.setProgress(10)
        feedback.setProgressText(self.tr("Computing slope (Horn)"))
        slope = terrain.horn_slope(elevation, dem.valid, dx, dy)
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(40)

        slope_valid, elevation_valid = dem.valid, dem.valid
        if reference is not None:
            feedback.setProgressText(self.tr("Aligning onto the reference grid (bilinear)"))
            aligned_slope = raster_io.align_array(slope, dem.valid, dem.grid, grid, "bilinear")
            aligned_elevation = raster_io.align_array(elevation, dem.valid, dem.grid, grid, "bilinear")
            slope, slope_valid = aligned_slope.array, aligned_slope.valid
            elevation, elevation_valid = aligned_elevation.array, aligned_elevation.valid
            reference_valid = raster_io.read_raster(reference).valid
            layers.report_coverage(
                self, feedback, elevation_valid, reference_valid, self.tr("The DEM"),
                self.tr("the slope and elevation resistance are NoData elsewhere, and so is the weighted "
                        "resistance there (cells without a value are barriers)."),
            )
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(70)

        if relative:
            elevation_ranges = self._relative_ranges(feedback, elevation, elevation_valid, elevation_ranges, relative)
        feedback.setProgressText(self.tr("Reclassifying"))
        slope_resistance, slope_ok, slope_outside = reclass.reclassify_ranges(
            slope, slope_valid, slope_ranges, boundaries, outside, what="slope"
        )
        elevation_resistance, elevation_ok, elevation_outside = reclass.reclassify_ranges(
            elevation, elevation_valid, elevation_ranges, boundaries, outside, what="elevation"
        )
        for count, what in ((slope_outside, self.tr("slope")), (elevation_outside, self.tr("elevation"))):
            if count:
                feedback.pushWarning(
                    self.tr("{} cells have a {} outside the table; set to NoData.").format(count, what))
        slope_resistance[~slope_ok] = RESISTANCE_NODATA
        elevation_resistance[~elevation_ok] = RESISTANCE_NODATA
        feedback.setProgress(90)

        outputs.raster(self.SLOPE_RESISTANCE, slope_resistance, grid, RESISTANCE_NODATA,
                       description="slope resistance", style="resistance",
                       value_range=_range(slope_resistance, slope_ok))
        outputs.raster(self.ELEVATION_RESISTANCE, elevation_resistance, grid, RESISTANCE_NODATA,
                       description="elevation resistance", style="resistance",
                       value_range=_range(elevation_resistance, elevation_ok))
        if outputs.wanted(self.SLOPE):
            outputs.raster(self.SLOPE, np.where(slope_valid, slope, RESISTANCE_NODATA), grid, RESISTANCE_NODATA,
                           description="slope (degrees)", style="slope",
                           value_range=_range(slope, slope_valid))
        results = outputs.commit()
        feedback.setProgress(100)
        return results

    def _rows(self, parameters, context, matrix, file_parameter):
        """A range table from its CSV file when one is given, else from the table parameter."""
        path = self.parameterAsFile(parameters, file_parameter, context)
        if path:
            return tables.read_range_table(path)
        return layers.matrix_rows(self, parameters, matrix, context, 3)

    def _relative_ranges(self, feedback, elevation, valid, ranges, method):
        """The table's resistances, in order, on breaks taken from this DEM (for any relief)."""
        values = elevation[valid]
        if values.size > 200000:  # breaks from an evenly spread sample: the same to a fraction of a metre
            values = np.sort(values)[np.linspace(0, values.size - 1, 200000).astype(np.int64)]
        breaks = reclass.relative_breaks(values, len(ranges), method).tolist()
        bounds = [None] + breaks + [None]
        relative = [(bounds[i], bounds[i + 1], value) for i, (_, _, value) in enumerate(ranges)]
        feedback.pushInfo(self.tr("Elevation classes from this DEM ({}): {}").format(
            method, "; ".join("{} – {} m → {:g}".format("…" if low is None else f"{low:.1f}",
                                                        "…" if high is None else f"{high:.1f}", value)
                              for low, high, value in relative)))
        return [("" if low is None else low, "" if high is None else high, value) for low, high, value in relative]
