# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:terrainresistance — DEM -> slope resistance and elevation resistance rasters."""

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from . import compat, layers, memory, raster_io, tables
from .base import McrAlgorithm
from .kernels import Cancelled, InputError, first_cell, reclass, terrain
from .landuse_resistance import _range

RESISTANCE_NODATA = -9999.0
BOUNDARY_RULES = (reclass.LOWER_CLASS, reclass.UPPER_CLASS)
OUTSIDE_RULES = ("error", "nodata")
ELEVATION_METHODS = (None,) + reclass.BREAK_METHODS
# Elevations below the deepest ocean floor (about -10 935 m) are voids, whatever the DEM says.
LOWEST_ELEVATION_M = -11000.0
DEM_BYTES_PER_CELL = 14  # the DEM as read, its heights and slope (float32 where exact), a mask
GRID_BYTES_PER_CELL = 10  # the two resistance rasters (float32) and block masks
BLOCK_CELLS = 1 << 20  # cells of the output grid aligned and reclassified at a time
SAMPLE_CELLS = 2_000_000  # elevations kept for relative class breaks (an evenly spread sample)


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
        elevation = _elevation(dem.array, z_factor)
        voids = dem.valid & (elevation < LOWEST_ELEVATION_M)
        if voids.any():
            row, col = first_cell(voids)
            feedback.pushWarning(self.tr(
                "{} DEM cells lie below {:g} m (deeper than any ocean; first at row {}, column {}: {:g}): "
                "voids such as SRTM's undeclared -32768, treated as NoData. Declare the DEM's NoData value "
                "to silence this."
            ).format(int(voids.sum()), LOWEST_ELEVATION_M, row, col, float(dem.array[row, col])))
            dem.valid &= ~voids
        del voids
        dem.array = None  # the elevation holds the heights now
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

        def slope_progress(fraction):
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(10 + 30 * fraction)

        slope = terrain.horn_slope_blocks(elevation, dem.valid, dx, dy, progress=slope_progress)
        feedback.setProgress(40)

        blocks = _GridBlocks(slope, elevation, dem, grid, reference)
        del slope, elevation  # the blocks hold them (or their stack)
        if reference is not None:
            feedback.setProgressText(self.tr("Aligning onto the reference grid (bilinear)"))
        if relative:
            elevation_ranges = self._relative_ranges(
                feedback, blocks.elevation_sample(feedback), elevation_ranges, relative)
        feedback.setProgressText(self.tr("Reclassifying"))
        slope_out = _Reclassified(grid, slope_ranges, boundaries, "slope")
        elevation_out = _Reclassified(grid, elevation_ranges, boundaries, "elevation")
        slope_degrees = np.empty(grid.shape, np.float32) if outputs.wanted(self.SLOPE) else None
        coverage = _Coverage(reference) if reference is not None else None
        for index, (first, last, block) in enumerate(blocks):
            if feedback.isCanceled():
                raise Cancelled()
            slope_out.add(first, last, block.slope, block.slope_valid)
            elevation_out.add(first, last, block.elevation, block.elevation_valid)
            if slope_degrees is not None:
                slope_degrees[first:last] = np.where(block.slope_valid, block.slope, RESISTANCE_NODATA)
            if coverage is not None:
                coverage.add(first, last, block.elevation_valid)
            feedback.setProgress(40 + 50 * (index + 1) / len(blocks))
        del blocks
        if coverage is not None:
            layers.report_coverage_counts(
                self, feedback, *coverage.counts(), self.tr("The DEM"),
                self.tr("the slope and elevation resistance are NoData elsewhere, and so is the weighted "
                        "resistance there (cells without a value are barriers)."),
            )
        for reclassified in (slope_out, elevation_out):
            reclassified.finish(outside)
        for count, what in ((slope_out.outside, self.tr("slope")), (elevation_out.outside, self.tr("elevation"))):
            if count:
                feedback.pushWarning(
                    self.tr("{} cells have a {} outside the table; set to NoData.").format(count, what))
        feedback.setProgress(90)

        outputs.raster(self.SLOPE_RESISTANCE, slope_out.values, grid, RESISTANCE_NODATA,
                       description="slope resistance", style="resistance", value_range=slope_out.value_range())
        outputs.raster(self.ELEVATION_RESISTANCE, elevation_out.values, grid, RESISTANCE_NODATA,
                       description="elevation resistance", style="resistance",
                       value_range=elevation_out.value_range())
        if slope_degrees is not None:
            valid = slope_degrees != RESISTANCE_NODATA
            outputs.raster(self.SLOPE, slope_degrees, grid, RESISTANCE_NODATA,
                           description="slope (degrees)", style="slope", value_range=_range(slope_degrees, valid))
        results = outputs.commit()
        feedback.setProgress(100)
        return results

    def check(self, parameters, context):
        """The slope and elevation tables (typed, or their CSV files) parse: said before running."""
        problems = []
        for matrix, file_parameter, what in ((self.SLOPE_TABLE, self.SLOPE_TABLE_FILE, "slope table"),
                                             (self.ELEVATION_TABLE, self.ELEVATION_TABLE_FILE, "elevation table")):
            try:
                reclass.parse_range_table(self._rows(parameters, context, matrix, file_parameter), what,
                                          resistance=True)
            except (QgsProcessingException, InputError) as error:
                problems.append(str(error))
        return problems

    def _rows(self, parameters, context, matrix, file_parameter):
        """A range table from its CSV file when one is given, else from the table parameter."""
        path = self.parameterAsFile(parameters, file_parameter, context)
        if path:
            return tables.read_range_table(path)
        return layers.matrix_rows(self, parameters, matrix, context, 3)

    def _relative_ranges(self, feedback, values, ranges, method):
        """The table's resistances, in order, on breaks taken from this DEM (for any relief)."""
        if values.size == 0:
            raise QgsProcessingException(self.tr("The DEM has no valid cell on the output grid."))
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


def _elevation(heights, z_factor):
    """Heights in metres: float32 when that holds them exactly (a float32 or 16-bit DEM with
    z factor 1, the common case), else float64. Returns the array read when it can."""
    if z_factor == 1.0 and heights.dtype == np.float32:
        return heights
    if z_factor == 1.0 and heights.dtype in (np.int8, np.uint8, np.int16, np.uint16):
        return heights.astype(np.float32)
    return heights.astype(np.float64) * z_factor


class _Block:
    """Slope and elevation on some rows of the output grid (float64), with their masks."""

    def __init__(self, slope, slope_valid, elevation, elevation_valid):
        self.slope, self.slope_valid = slope, slope_valid
        self.elevation, self.elevation_valid = elevation, elevation_valid


class _GridBlocks:
    """Slope and elevation on the output grid, a block of rows at a time: sliced from the DEM's
    own arrays when the grid is the DEM's, else resampled (bilinear) onto the reference's rows,
    both in one warp of a two-band stack (the caller may drop its own arrays then). No aligned
    copy of the whole grid is ever held."""

    def __init__(self, slope, elevation, dem, grid, reference):
        self.grid, self.reference = grid, reference
        self.ranges = raster_io.row_blocks(grid.height, BLOCK_CELLS, grid.width)
        self.valid, self.source_grid = dem.valid, dem.grid
        if reference is None:
            self.slope, self.elevation = slope, elevation
        else:
            self.stack = np.empty((2,) + slope.shape, dtype=np.result_type(slope, elevation))
            self.stack[0], self.stack[1] = slope, elevation
            self.warp = raster_io.ArrayWarp(self.stack, dem.valid, dem.grid)
            self.elevation_warp = None  # for elevation_only, made when first needed

    def __len__(self):
        return len(self.ranges)

    def block(self, first, last, elevation_only=False):
        if self.reference is None:
            valid = self.valid[first:last]
            slope = None if elevation_only else self.slope[first:last].astype(np.float64)
            return _Block(slope, valid, self.elevation[first:last].astype(np.float64, copy=False), valid)
        if elevation_only:
            if self.elevation_warp is None:
                self.elevation_warp = raster_io.ArrayWarp(self.stack[1], self.valid, self.source_grid)
            elevation = self.elevation_warp.rows(self.grid, first, last)
            return _Block(None, None, elevation.array, elevation.valid)
        slope, elevation = self.warp.rows(self.grid, first, last)
        return _Block(slope.array, slope.valid, elevation.array, elevation.valid)

    def __iter__(self):
        for first, last in self.ranges:
            yield first, last, self.block(first, last)

    def elevation_sample(self, feedback):
        """An evenly spread sample of the elevations on the output grid (for relative classes)."""
        stride = max(1, self.grid.width * self.grid.height // SAMPLE_CELLS)
        parts = []
        for first, last in self.ranges:
            if feedback.isCanceled():
                raise Cancelled()
            block = self.block(first, last, elevation_only=True)
            parts.append(block.elevation[block.elevation_valid][::stride])
        return np.concatenate(parts)


class _Coverage:
    """How many of the reference grid's valid cells have an elevation, counted a block of rows at a
    time. A block whose every cell has an elevation covers all its valid cells, so the reference is
    read there only when some other block is covered in part; when none is, the share is 100 % and
    the reference is read only up to its first valid cell (a reference without any is an error)."""

    def __init__(self, reference):
        self.reference = reference
        self.covered = self.total = 0
        self.whole = []  # row ranges with an elevation on every cell, not read yet
        self.partial = False

    def add(self, first, last, elevation_valid):
        if elevation_valid.all():
            self.whole.append((first, last))
            return
        self.partial = True
        reference_valid = raster_io.read_rows(self.reference, first, last).valid
        self.covered += int(np.count_nonzero(elevation_valid & reference_valid))
        self.total += int(np.count_nonzero(reference_valid))

    def counts(self):
        """(covered, total) valid cells of the reference, or (n, n) with n > 0 when all are covered."""
        for first, last in self.whole:
            valid = int(np.count_nonzero(raster_io.read_rows(self.reference, first, last).valid))
            self.covered += valid
            self.total += valid
            if valid and not self.partial:
                break
        self.whole = []
        return self.covered, self.total


class _Reclassified:
    """A resistance raster filled a block of rows at a time from a range table."""

    def __init__(self, grid, ranges, boundaries, what):
        self.values = np.full(grid.shape, RESISTANCE_NODATA, dtype=np.float32)
        self.ranges, self.boundaries, self.what = ranges, boundaries, what
        self.outside = 0
        self.first_outside = None  # (row, col)
        self.observed = [np.inf, -np.inf]  # lowest and highest value outside the table
        self.low, self.high = np.inf, -np.inf

    def add(self, first, last, values, valid):
        classes, ok, outside = reclass.reclassify_ranges(
            values, valid, self.ranges, self.boundaries, "nodata", what=self.what)
        np.copyto(self.values[first:last], classes, where=ok)
        if ok.any():
            chosen = classes[ok]
            self.low, self.high = min(self.low, float(chosen.min())), max(self.high, float(chosen.max()))
        if outside:
            missed = valid & ~ok
            if self.first_outside is None:
                row, col = first_cell(missed)
                self.first_outside = (first + row, col)
            observed = values[missed]
            self.observed = [min(self.observed[0], float(observed.min())), max(self.observed[1], float(observed.max()))]
            self.outside += outside

    def finish(self, outside_rule):
        if self.outside and outside_rule == "error":
            row, col = self.first_outside
            raise reclass.outside_error(self.outside, self.observed[0], self.observed[1], row, col, self.what)

    def value_range(self):
        return (0.0, 1.0) if self.low > self.high else (self.low, self.high)
