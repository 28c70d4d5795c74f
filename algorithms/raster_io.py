# SPDX-License-Identifier: GPL-2.0-or-later
"""Raster I/O with GDAL only: read a band with its grid, write GeoTIFFs, align grids.

No qgis imports here. Errors are :class:`RasterIOError` with a sentence a user can
act on; the algorithm layer turns them into ``QgsProcessingException``.
"""

import contextlib
import os
import re
import secrets
import threading
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import numpy as np
from osgeo import gdal, ogr, osr

from . import atomic

GDAL_TYPES = {
    "Byte": (gdal.GDT_Byte, np.uint8),
    "Int16": (gdal.GDT_Int16, np.int16),
    "Int32": (gdal.GDT_Int32, np.int32),
    "Float32": (gdal.GDT_Float32, np.float32),
    "Float64": (gdal.GDT_Float64, np.float64),
}

RESAMPLING = {"nearest": gdal.GRA_NearestNeighbour, "bilinear": gdal.GRA_Bilinear}


class RasterIOError(Exception):
    """A raster could not be read, written or aligned; the message says why and what to do."""


@dataclass(frozen=True)
class Grid:
    """Where an array lies: GDAL geotransform, CRS as WKT and the size in cells."""

    transform: tuple
    crs_wkt: str
    width: int
    height: int

    @property
    def cell_size(self):
        """(dx, dy) in map units, both positive."""
        return abs(self.transform[1]), abs(self.transform[5])

    @property
    def extent(self):
        """(xmin, ymin, xmax, ymax) in map units."""
        x0, dx, _, y0, _, dy = self.transform
        xs = (x0, x0 + dx * self.width)
        ys = (y0, y0 + dy * self.height)
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def shape(self):
        return self.height, self.width

    def spatial_reference(self):
        srs = osr.SpatialReference()
        if self.crs_wkt:
            srs.ImportFromWkt(self.crs_wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return srs

    def ellipsoid(self):
        """(semi-major axis in metres, inverse flattening) of the CRS."""
        srs = self.spatial_reference()
        return srs.GetSemiMajor(), srs.GetInvFlattening()

    def metres_per_unit(self):
        """Length of one map unit in metres (1 for metre CRSs, 0.3048 for feet)."""
        return metres_per_unit(self.crs_wkt)

    def row_centres_y(self):
        """Map y (or latitude) of every row's cell centres."""
        return self.transform[3] + (np.arange(self.height) + 0.5) * self.transform[5]

    @property
    def is_geographic(self):
        return bool(self.crs_wkt) and bool(self.spatial_reference().IsGeographic())

    def cell_centres(self, rows, cols):
        """Map coordinates of the centres of cells (rows, cols)."""
        x0, dx, _, y0, _, dy = self.transform
        return x0 + (np.asarray(cols) + 0.5) * dx, y0 + (np.asarray(rows) + 0.5) * dy

    def matches(self, other, tolerance=1e-6):
        """True when both grids have the same size, cells and CRS (cell-relative tolerance)."""
        if (self.width, self.height) != (other.width, other.height):
            return False
        scale = max(self.cell_size)
        if any(abs(a - b) > tolerance * scale for a, b in zip(self.transform, other.transform)):
            return False
        return same_crs(self.crs_wkt, other.crs_wkt)


@dataclass
class Raster:
    """A band as an array with its grid; ``valid`` is False on NoData (and NaN)."""

    array: np.ndarray
    grid: Grid
    nodata: object
    valid: np.ndarray


def metres_per_unit(crs_wkt):
    """Length of one unit of a projected CRS in metres (1 when the CRS has no linear unit)."""
    srs = osr.SpatialReference()
    if crs_wkt:
        srs.ImportFromWkt(crs_wkt)
    return float(srs.GetLinearUnits() or 1.0)


def same_crs(wkt_a, wkt_b):
    if wkt_a == wkt_b:
        return True
    if not wkt_a or not wkt_b:
        return False
    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.ImportFromWkt(wkt_a)
    b.ImportFromWkt(wkt_b)
    return bool(a.IsSame(b))


@contextlib.contextmanager
def _gdal_errors():
    """Collect GDAL's error messages instead of printing them.

    Works whether or not exceptions are on (QGIS 3.40+ turns them on): a GDAL RuntimeError
    inside the block is recorded and swallowed, so callers check their result (None) instead.
    """
    messages = []

    def handler(err_class, err_no, message):
        if err_class >= gdal.CE_Failure:
            messages.append(message)

    gdal.PushErrorHandler(handler)
    try:
        yield messages
    except RuntimeError as error:
        messages.append(str(error))
    finally:
        gdal.PopErrorHandler()


_CACHE_LOCK = threading.Lock()
_CACHE_USERS = [0, None]  # runs inside bounded_cache, GDAL's cache size before the first
CACHE_BYTES = 64 << 20  # GDAL's block cache while an algorithm runs


@contextlib.contextmanager
def bounded_cache(limit=CACHE_BYTES):
    """Cap GDAL's block cache while rasters are read and written whole.

    GDAL keeps up to 5 % of the machine's memory of raster blocks by default: a copy of every
    raster read or written, on top of its array. The cap holds for as long as any run is inside;
    the size before the first comes back after the last.
    """
    with _CACHE_LOCK:
        if _CACHE_USERS[0] == 0:
            _CACHE_USERS[1] = gdal.GetCacheMax()
            if _CACHE_USERS[1] > limit:
                gdal.SetCacheMax(limit)
        _CACHE_USERS[0] += 1
    try:
        yield
    finally:
        with _CACHE_LOCK:
            _CACHE_USERS[0] -= 1
            if _CACHE_USERS[0] == 0 and _CACHE_USERS[1] is not None:
                gdal.SetCacheMax(_CACHE_USERS[1])
                _CACHE_USERS[1] = None


def _open(path):
    if not path:
        raise RasterIOError("No raster was given; choose a raster layer or file.")
    dataset = None
    # Compressed GeoTIFF blocks decoded on every core (GDAL ≥ 3.6; read when the file opens): an
    # 8000² Float64 surface reads in 1.2 s instead of 2.4 s on two cores. Thread-local, so that
    # Processing's other threads and the user's own setting are left alone.
    threads = gdal.GetConfigOption("GDAL_NUM_THREADS")
    if threads is None:
        gdal.SetThreadLocalConfigOption("GDAL_NUM_THREADS", "ALL_CPUS")
    try:
        with _gdal_errors() as messages:
            dataset = gdal.Open(path, gdal.GA_ReadOnly)
    finally:
        if threads is None:
            gdal.SetThreadLocalConfigOption("GDAL_NUM_THREADS", None)
    if dataset is None:
        if not os.path.exists(path):
            raise RasterIOError(f"Raster file {path!r} does not exist; check the path.")
        detail = f" ({messages[-1]})" if messages else ""
        raise RasterIOError(
            f"{path!r} could not be read as a raster{detail}; "
            "give a GeoTIFF or another format GDAL can read."
        )
    return dataset


def _grid_of(dataset, path, require_crs):
    transform = dataset.GetGeoTransform(can_return_null=True)
    if transform is None:
        raise RasterIOError(
            f"{path!r} has no georeferencing; georeference it (Raster > Georeferencer) first."
        )
    if transform[2] != 0 or transform[4] != 0:
        raise RasterIOError(
            f"{path!r} is rotated; warp it to a north-up grid (GDAL Warp) before using it."
        )
    crs_wkt = dataset.GetProjection() or ""
    if require_crs and not crs_wkt:
        raise RasterIOError(
            f"{path!r} has no coordinate reference system; assign one "
            "(Raster > Projections > Assign Projection) and run again."
        )
    return Grid(tuple(transform), crs_wkt, dataset.RasterXSize, dataset.RasterYSize)


def read_grid(path, require_crs=True):
    """Return the :class:`Grid` of a raster without reading its cells."""
    dataset = _open(path)
    return _grid_of(dataset, path, require_crs)


def valid_mask(array, nodata):
    """True where a cell holds data: not equal to NoData and not NaN."""
    valid = np.ones(array.shape, dtype=bool)
    if nodata is not None and not np.isnan(nodata):
        if np.issubdtype(array.dtype, np.integer):
            limits = np.iinfo(array.dtype)
            # A fractional or out-of-range NoData can never occur in an integer band.
            if float(nodata).is_integer() and limits.min <= nodata <= limits.max:
                valid &= array != array.dtype.type(nodata)
        else:
            valid &= array != array.dtype.type(nodata)
    if np.issubdtype(array.dtype, np.floating):
        valid &= ~np.isnan(array)
    return valid


def read_raster(path, band=1, require_crs=True):
    """Read one band into a :class:`Raster`.

    >>> raster = read_raster("landuse.tif")          # doctest: +SKIP
    >>> raster.array.shape == raster.grid.shape      # doctest: +SKIP
    True
    """
    dataset = _open(path)
    grid = _grid_of(dataset, path, require_crs)
    if band < 1 or band > dataset.RasterCount:
        raise RasterIOError(
            f"{path!r} has {dataset.RasterCount} band(s); band {band} does not exist."
        )
    raster_band = dataset.GetRasterBand(band)
    array = None
    with _gdal_errors() as messages:
        array = raster_band.ReadAsArray()
    if array is None:
        detail = f" ({messages[-1]})" if messages else ""
        raise RasterIOError(f"The cells of {path!r} could not be read{detail}.")
    nodata = raster_band.GetNoDataValue()
    return Raster(array, grid, nodata, valid_mask(array, nodata))


def read_rows(path, first, last, band=1):
    """Rows ``first`` to ``last`` (exclusive) of one band, as a :class:`Raster` on those rows."""
    dataset = _open(path)
    grid = _grid_of(dataset, path, require_crs=False)
    raster_band = dataset.GetRasterBand(band)
    array = None
    with _gdal_errors() as messages:
        array = raster_band.ReadAsArray(0, first, grid.width, last - first)
    if array is None:
        detail = f" ({messages[-1]})" if messages else ""
        raise RasterIOError(f"The cells of {path!r} could not be read{detail}.")
    nodata = raster_band.GetNoDataValue()
    return Raster(array, rows_grid(grid, first, last), nodata, valid_mask(array, nodata))


def rows_grid(grid, first, last):
    """The grid of rows ``first`` to ``last`` (exclusive) of ``grid``."""
    x0, dx, rx, y0, ry, dy = grid.transform
    return Grid((x0 + first * rx, dx, rx, y0 + first * dy, ry, dy), grid.crs_wkt, grid.width, last - first)


def row_blocks(rows, cells_per_block=1 << 22, width=1):
    """(first, last) row ranges of about ``cells_per_block`` cells each, covering ``rows`` rows."""
    step = max(1, cells_per_block // max(width, 1))
    return [(first, min(rows, first + step)) for first in range(0, rows, step)]


# Raster formats written by file extension. Every one is read back and checked before it is
# moved into place; VRT is refused (it holds no cells, only references to other files).
RASTER_FORMATS = {
    ".tif": "GTiff", ".tiff": "GTiff", ".img": "HFA", ".asc": "AAIGrid", ".sdat": "SAGA", ".nc": "netCDF",
}
FLOAT32_MAX = float(np.finfo(np.float32).max)
_WRITE_ROWS = 1024  # rows converted and written per call: no full-size copy of a converted array


def raster_extensions():
    """Extensions (without the dot) of the raster formats this GDAL can write, GeoTIFF first."""
    return [ext[1:] for ext, name in RASTER_FORMATS.items() if gdal.GetDriverByName(name) is not None]


def raster_driver(path):
    """The GDAL driver name for an output path, from its extension; refuses what cannot be written."""
    extension = os.path.splitext(path)[1].lower()
    listed = ", ".join("." + ext for ext in raster_extensions())
    if not extension:
        raise RasterIOError(
            f"The output {path!r} has no file extension; add one to choose the format ({listed}), e.g. .tif."
        )
    if extension == ".vrt":
        raise RasterIOError(
            f"The output {path!r} is a VRT, which holds no cells (only references to other files); "
            "write a GeoTIFF (.tif) and build a VRT from it if you need one."
        )
    name = RASTER_FORMATS.get(extension)
    if name is None or gdal.GetDriverByName(name) is None:
        raise RasterIOError(f"Rasters cannot be written as {extension!r} here ({path!r}); use one of {listed}.")
    return name


def read_categories(path, band=1):
    """{code: class name} a raster carries: GDAL category names (index = code) or a raster
    attribute table with a value column and a name column; {} when it has neither."""
    dataset = _open(path)
    raster_band = dataset.GetRasterBand(band)
    names = {}
    categories = raster_band.GetCategoryNames() or []
    for code, name in enumerate(categories):
        if name and name.strip():
            names[code] = name.strip()
    table = raster_band.GetDefaultRAT()
    if table is not None and table.GetRowCount():
        columns = [table.GetNameOfCol(i).casefold() for i in range(table.GetColumnCount())]
        usages = [table.GetUsageOfCol(i) for i in range(table.GetColumnCount())]
        value = next((i for i, usage in enumerate(usages) if usage in (gdal.GFU_MinMax, gdal.GFU_Min)), None)
        if value is None:
            value = next((i for i, column in enumerate(columns) if column in ("value", "code", "class_code")), None)
        name = next((i for i, usage in enumerate(usages) if usage == gdal.GFU_Name), None)
        if name is None:
            name = next((i for i, column in enumerate(columns)
                         if column in ("name", "class_name", "classname", "class", "label", "land_cover")), None)
        if value is not None and name is not None:
            for row in range(table.GetRowCount()):
                text = table.GetValueAsString(row, name)
                if text and text.strip():
                    names[int(table.GetValueAsDouble(row, value))] = text.strip()
    return names


def _creation_options(driver, data_type, width, height):
    if driver != "GTiff":
        return []
    predictor = "3" if data_type.startswith("Float") else "2"
    if data_type == "Byte":
        predictor = "1"
    # DEFLATE at its fastest level on every core: 4.5 × faster than the default level on one core
    # for an 8000² Float64 surface (1.4 s instead of 6.5 s), files 18 % larger, still readable anywhere.
    options = ["COMPRESS=DEFLATE", f"PREDICTOR={predictor}", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER"]
    if width >= 256 and height >= 256:
        options += ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"]
    return options


def disk_full(message):
    """True when a GDAL/OGR/OS message says the disk (or quota) is full."""
    text = str(message).lower()
    return any(key in text for key in ("no space left", "disk space", "disk is full", "disk full",
                                       "quota exceeded", "file too large"))


def _nearly_full(folder):
    """Some writers (CSV, GeoJSON) do not report a full disk; the folder's free space tells."""
    try:
        status = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return status.f_bavail * status.f_frsize < 256 * 1024


def write_error(final_path, detail):
    """A :class:`RasterIOError` for a failed write that names the user's output, not a temporary file."""
    folder = os.path.dirname(os.path.abspath(final_path))
    if disk_full(detail) or _nearly_full(folder):
        return RasterIOError(
            f"No space left on the disk while writing {final_path!r} (folder {folder!r}); free some space "
            "or choose another folder. Nothing was written and earlier files are unchanged."
        )
    return RasterIOError(
        f"Writing {final_path!r} failed ({detail}); check that the folder exists and is writable. "
        "Nothing was written and earlier files are unchanged."
    )


def _check_range(array, data_type, mask=None):
    """Refuse Float64 values a Float32 band cannot hold (block by block: no copy of the array)."""
    if data_type != "Float32" or not np.issubdtype(array.dtype, np.floating) or array.dtype == np.float32:
        return
    largest = 0.0
    for row in range(0, array.shape[0], _WRITE_ROWS):
        chunk = np.abs(array[row : row + _WRITE_ROWS])
        keep = np.isfinite(chunk)
        if mask is not None:
            keep &= mask[row : row + _WRITE_ROWS]
        if keep.any():
            largest = max(largest, float(chunk[keep].max()))
    if largest > FLOAT32_MAX:
        raise RasterIOError(
            f"Values up to {largest:.4g} do not fit a Float32 raster (largest {FLOAT32_MAX:.4g}); write it as Float64."
        )


def _check_cells(driver_name, final_path, grid):
    if driver_name == "AAIGrid":
        dx, dy = grid.cell_size
        if abs(dx - dy) > 1e-9 * max(dx, dy):
            raise RasterIOError(
                f"An ASCII grid (.asc) needs square cells, but {final_path!r} would have {dx:g} x {dy:g}; "
                "write a GeoTIFF (.tif) instead."
            )


def write_file(path, final_path, array, grid, nodata, data_type, description=None, metadata=None, mask=None):
    """Write a raster to ``path`` in the format of ``final_path``'s extension; where ``mask`` is
    False the band holds ``nodata`` (applied block by block: no masked copy of the whole array).

    ``array`` is one band (rows × columns) or several (bands × rows × columns; ``description``
    may then be a list with one text per band)."""
    gdal_type, numpy_type = GDAL_TYPES[data_type]
    bands = [array] if array.ndim == 2 else list(array)
    if not bands or any(band.shape != grid.shape for band in bands):
        raise RasterIOError(
            f"Internal error: array of shape {array.shape} does not fit grid {grid.shape}."
        )
    height, width = grid.shape
    descriptions = description if isinstance(description, (list, tuple)) else [description] * len(bands)
    for band_values in bands:
        _check_range(band_values, data_type, mask)
    driver_name = raster_driver(final_path)
    driver = gdal.GetDriverByName(driver_name)
    _check_cells(driver_name, final_path, grid)
    direct = driver.GetMetadataItem("DCAP_CREATE") == "YES"
    options = _creation_options(driver_name, data_type, width, height)
    dataset = None
    with _gdal_errors() as messages:
        if direct:
            dataset = driver.Create(path, width, height, len(bands), gdal_type, options)
        else:
            dataset = gdal.GetDriverByName("MEM").Create("", width, height, len(bands), gdal_type)
    if dataset is None:
        raise write_error(final_path, messages[-1] if messages else "the file could not be created")
    with _gdal_errors() as messages:
        dataset.SetGeoTransform(grid.transform)
        if grid.crs_wkt:
            dataset.SetProjection(grid.crs_wkt)
        if metadata:
            dataset.SetMetadata({str(k): str(v) for k, v in metadata.items()})
        for number, (values, text) in enumerate(zip(bands, descriptions), start=1):
            band = dataset.GetRasterBand(number)
            if nodata is not None:
                band.SetNoDataValue(float(nodata))
            if text:
                band.SetDescription(text)  # QGIS shows it in the legend: "Band 1: <description>"
            for row in range(0, height, _WRITE_ROWS):
                chunk = np.asarray(values[row : row + _WRITE_ROWS], dtype=numpy_type)
                if mask is not None:
                    chunk = np.where(mask[row : row + _WRITE_ROWS], chunk, numpy_type(nodata))
                if band.WriteArray(chunk, 0, row) != 0 or messages:
                    break
            band.FlushCache()
            if messages:
                break
        dataset.FlushCache()
        if not direct and not messages:
            copy = driver.CreateCopy(path, dataset, 0)
            if copy is None:
                messages.append("the file could not be created")
            copy = None
    with _gdal_errors() as closing:
        band = None
        dataset = None  # closes the file: a full disk can fail here, on the last blocks
    messages += closing
    if messages:
        raise write_error(final_path, messages[-1])
    _verify_raster(path, final_path, grid, data_type)


def _verify_raster(path, final_path, grid, data_type):
    """Reopen a written raster: its size and type, and its last rows (a truncated file fails there)."""
    ok = False  # stays False when GDAL raises (exceptions on, QGIS 3.40+) before it is set
    with _gdal_errors() as messages:
        dataset = gdal.Open(path, gdal.GA_ReadOnly)
        ok = dataset is not None and (dataset.RasterXSize, dataset.RasterYSize) == (grid.width, grid.height)
        if ok:
            band = dataset.GetRasterBand(1)
            rows = min(grid.height, 256)
            ok = band.ReadRaster(0, grid.height - rows, grid.width, rows) is not None
            band = None
        dataset = None
    if not ok or messages:
        raise write_error(final_path, messages[-1] if messages else "the written file could not be read back")


def read_metadata(path):
    """The dataset-level metadata items of a raster ({} when it has none)."""
    dataset = _open(path)
    return dict(dataset.GetMetadata() or {})


class OutputSet:
    """Rasters written to temporary names and moved into place together on :meth:`commit`.

    A failed or cancelled run leaves no file under the user's name and no temporary file:

    >>> with OutputSet() as outputs:                                   # doctest: +SKIP
    ...     outputs.write("mcr.tif", surface, grid, nodata=-1, data_type="Float32")
    ...     outputs.commit()
    """

    def __init__(self, files=None):
        self.files = files if files is not None else atomic.FileSet()

    def write(self, path, array, grid, nodata, data_type="Float32", description=None, metadata=None):
        if not path:
            return None
        check_destination(path)
        raster_driver(path)
        temporary = self.files.reserve(path)
        write_file(temporary, path, array, grid, nodata, data_type, description, metadata)
        return path

    def commit(self):
        try:
            self.files.commit()
        except OSError as error:
            raise RasterIOError(str(error)) from error

    def discard(self):
        self.files.discard()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        self.discard()
        return False


def check_destination(path):
    """Refuse an output path that cannot be written: a folder, a missing or read-only folder."""
    if os.path.isdir(path):
        raise RasterIOError(f"The output {path!r} is a folder; give a file name inside it (e.g. {path}/out.tif).")
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        raise RasterIOError(f"Output folder {folder!r} does not exist; create it first.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise RasterIOError(f"Output folder {folder!r} is not writable; choose another folder.")


def write_raster(path, array, grid, nodata, data_type="Float32", description=None, metadata=None):
    """Write one band in the format of the path's extension (tiled DEFLATE GeoTIFF for .tif), atomically."""
    with OutputSet() as outputs:
        outputs.write(path, array, grid, nodata, data_type, description, metadata)
        outputs.commit()
    return path


def overlap_fraction(source_grid, grid):
    """Share (0..1) of ``grid``'s extent that ``source_grid``'s extent covers, measured in
    ``grid``'s CRS; None when the two CRSs cannot be related."""
    xmin, ymin, xmax, ymax = source_grid.extent
    if not same_crs(source_grid.crs_wkt, grid.crs_wkt):
        if not source_grid.crs_wkt or not grid.crs_wkt:
            return None
        transform = osr.CoordinateTransformation(source_grid.spatial_reference(), grid.spatial_reference())
        steps = np.linspace(0.0, 1.0, 21)
        xs = np.concatenate([xmin + (xmax - xmin) * steps, np.full(21, xmax), xmin + (xmax - xmin) * steps,
                             np.full(21, xmin)])
        ys = np.concatenate([np.full(21, ymin), ymin + (ymax - ymin) * steps, np.full(21, ymax),
                             ymin + (ymax - ymin) * steps])
        try:
            points = np.array(transform.TransformPoints(np.column_stack([xs, ys]).tolist()))
        except RuntimeError:
            return None
        points = points[np.all(np.isfinite(points[:, :2]), axis=1)]
        if points.size == 0:
            return 0.0
        xmin, ymin = points[:, 0].min(), points[:, 1].min()
        xmax, ymax = points[:, 0].max(), points[:, 1].max()
    gx0, gy0, gx1, gy1 = grid.extent
    width = max(0.0, min(xmax, gx1) - max(xmin, gx0))
    height = max(0.0, min(ymax, gy1) - max(ymin, gy0))
    area = (gx1 - gx0) * (gy1 - gy0)
    return width * height / area if area > 0 else 0.0


def coverage(valid, reference_valid=None):
    """Share (0..1) of the reference's valid cells (all cells by default) that ``valid`` covers."""
    if reference_valid is None:
        return float(np.count_nonzero(valid)) / max(valid.size, 1)
    total = int(np.count_nonzero(reference_valid))
    return float(np.count_nonzero(valid & reference_valid)) / total if total else 0.0


def _mem_dataset(grid, data_type, nodata, bands=1):
    gdal_type, _ = GDAL_TYPES[data_type]
    dataset = None
    with _gdal_errors() as messages:
        dataset = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, bands, gdal_type)
    if dataset is None:
        detail = f" ({messages[-1]})" if messages else ""
        raise RasterIOError(
            f"A grid of {grid.width} x {grid.height} cells could not be held in memory{detail}; "
            "use a larger cell size or a smaller extent."
        )
    dataset.SetGeoTransform(grid.transform)
    dataset.SetProjection(grid.crs_wkt)
    for number in range(1, bands + 1):
        band = dataset.GetRasterBand(number)
        if nodata is not None:
            band.SetNoDataValue(float(nodata))
            band.Fill(float(nodata))
    return dataset


def _file_dataset(path, grid, data_type, nodata, label=None):
    """A new single-band GeoTIFF (tiled, DEFLATE) at ``path`` on ``grid``, filled with ``nodata`` (0 if None)."""
    gdal_type, _ = GDAL_TYPES[data_type]
    options = _creation_options("GTiff", data_type, grid.width, grid.height)
    dataset = None
    with _gdal_errors() as messages:
        dataset = gdal.GetDriverByName("GTiff").Create(path, grid.width, grid.height, 1, gdal_type, options)
    if dataset is None:
        raise write_error(label or path, messages[-1] if messages else "the file could not be created")
    dataset.SetGeoTransform(grid.transform)
    dataset.SetProjection(grid.crs_wkt)
    if nodata is not None:
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(float(nodata))
        if nodata != 0:
            band.Fill(float(nodata))
    return dataset


def align_raster(path, grid, resampling="nearest", band=1):
    """Read ``path`` resampled onto ``grid`` (nearest for categories, bilinear for values).

    A raster already on ``grid`` is read as is. Cells of ``grid`` that the source does
    not cover, or that fall on its NoData, are NoData in the result.
    """
    source = _open(path)
    source_grid = _grid_of(source, path, require_crs=True)
    if source_grid.matches(grid):
        return read_raster(path, band)
    if source.RasterCount > 1:  # warp one band only (GDAL 3.6 has no srcBands option)
        source = gdal.Translate("", source, format="VRT", bandList=[band])
    return _warp(source, grid, resampling, what=repr(path))


class RasterRows:
    """A raster file read onto ``grid`` a block of rows at a time: windows of the file itself
    when it is on ``grid``, else resampled (see :func:`align_raster`) onto those rows only."""

    def __init__(self, path, grid, resampling="nearest", band=1):
        self.path, self.grid, self.resampling, self.band = path, grid, resampling, band
        self.dataset = _open(path)
        self.same_grid = _grid_of(self.dataset, path, require_crs=True).matches(grid)
        if band < 1 or band > self.dataset.RasterCount:
            raise RasterIOError(f"{path!r} has {self.dataset.RasterCount} band(s); band {band} does not exist.")
        if not self.same_grid and self.dataset.RasterCount > 1:
            self.dataset = gdal.Translate("", self.dataset, format="VRT", bandList=[band])
            self.band = 1

    def rows(self, first, last):
        if not self.same_grid:
            return _warp(self.dataset, rows_grid(self.grid, first, last), self.resampling, what=repr(self.path))
        raster_band = self.dataset.GetRasterBand(self.band)
        array = None
        with _gdal_errors() as messages:
            array = raster_band.ReadAsArray(0, first, self.grid.width, last - first)
        if array is None:
            detail = f" ({messages[-1]})" if messages else ""
            raise RasterIOError(f"The cells of {self.path!r} could not be read{detail}.")
        nodata = raster_band.GetNoDataValue()
        return Raster(array, rows_grid(self.grid, first, last), nodata, valid_mask(array, nodata))


def align_array(array, valid, source_grid, grid, resampling="bilinear"):
    """Resample an in-memory array (``valid`` False on NoData) from ``source_grid`` onto ``grid``.

    See :func:`align_raster`; the result is Float64 with its own NoData.
    """
    sentinel = -3.0e38
    values = np.where(valid, array, sentinel).astype(np.float64)
    if source_grid.matches(grid):
        return Raster(values, grid, sentinel, valid.copy())
    source = _mem_dataset(source_grid, "Float64", None)
    band = source.GetRasterBand(1)
    band.SetNoDataValue(sentinel)
    band.WriteArray(values)
    return _warp(source, grid, resampling, what="an intermediate raster")


class ArrayWarp:
    """Resample an in-memory float array onto another grid a block of rows at a time.

    GDAL reads the array itself (no copy); its NoData cells are set to a sentinel in place, so
    the array must be the caller's own. Each block comes back as Float64 with its valid mask,
    the same values the whole grid warped at once would hold there. A stack of arrays (bands ×
    rows × columns, one ``valid`` for all) is warped in one pass: the warper maps each target
    cell onto the source once for every band, and each band's values are those it would get alone.
    """

    SENTINEL = -3.0e38  # a number the warper can compare (unlike NaN), within Float32's range

    def __init__(self, array, valid, source_grid, resampling="bilinear"):
        from osgeo import gdal_array

        if array.dtype not in (np.float32, np.float64) or not array.flags.c_contiguous or array.ndim not in (2, 3):
            raise ValueError("ArrayWarp needs a C-contiguous float32 or float64 array of 2 or 3 dimensions")
        np.copyto(array, array.dtype.type(self.SENTINEL), where=~valid)
        self.array = array  # the dataset reads this memory: keep it alive
        self.source = gdal_array.OpenArray(array)
        self.source.SetGeoTransform(source_grid.transform)
        self.source.SetProjection(source_grid.crs_wkt)
        for band in range(1, self.source.RasterCount + 1):
            self.source.GetRasterBand(band).SetNoDataValue(self.SENTINEL)
        self.resampling = resampling

    def rows(self, grid, first, last, what="an intermediate raster"):
        """Rows ``first`` to ``last`` of ``grid``, as a :class:`Raster` (Float64), or a list of
        them (one per band) for a stack."""
        return _warp(self.source, rows_grid(grid, first, last), self.resampling, what)


def _warp(source, grid, resampling, what, path=None, label=None):
    """``source`` resampled onto ``grid``: a :class:`Raster` (a list of them, one per band, for an
    in-memory source of several bands), or with ``path`` a GeoTIFF there (None returned)."""
    if resampling not in RESAMPLING:
        raise ValueError(f"resampling must be one of {sorted(RESAMPLING)}")
    raster_band = source.GetRasterBand(1)
    source_nodata = raster_band.GetNoDataValue()
    source_type = gdal.GetDataTypeName(raster_band.DataType)
    if resampling == "bilinear" or source_type.startswith("Float"):
        data_type = "Float64"
        nodata = -3.0e38  # a number the warper can compare, unlike NaN
        if source_nodata is not None and not np.isnan(source_nodata):
            nodata = float(source_nodata)
    else:
        data_type = "Int32"
        nodata = int(source_nodata) if source_nodata is not None else -2147483647
    bands = source.RasterCount if path is None else 1
    if path is None:
        target = _mem_dataset(grid, data_type, nodata, bands)
    else:
        target = _file_dataset(path, grid, data_type, nodata, label)
    options = gdal.WarpOptions(
        resampleAlg=RESAMPLING[resampling],
        srcNodata=source_nodata,
        dstNodata=nodata,
        # Every cell is computed the same way whichever thread computes it: identical results,
        # about twice as fast on two cores.
        multithread=True,
        # Several bands share one valid mask (ArrayWarp): the warper takes it as one mask, as it
        # does a single band's, so each band gets exactly the values it would get alone.
        warpOptions=["NUM_THREADS=ALL_CPUS"] + (["UNIFIED_SRC_NODATA=YES"] if bands > 1 else []),
    )
    warped = False
    with _gdal_errors() as messages:
        warped = gdal.Warp(target, source, options=options) is not None
        if path is not None:
            target = None  # closes the file: a full disk can fail here
    if not warped or messages:
        detail = messages[-1] if messages else "unknown error"
        if path is not None and (disk_full(detail) or _nearly_full(os.path.dirname(os.path.abspath(path)))):
            raise write_error(label or path, detail)
        raise RasterIOError(
            f"{what} could not be aligned onto the reference grid ({detail}); "
            "check that both rasters have a valid CRS and overlap."
        )
    if path is not None:
        return None
    rasters = []
    for band in range(1, bands + 1):
        array = target.GetRasterBand(band).ReadAsArray()
        rasters.append(Raster(array, grid, nodata, valid_mask(array, nodata)))
    return rasters[0] if bands == 1 else rasters


def rasterize(geometries_wkb, values, grid, all_touched=False, fill=0, data_type="Int32"):
    """Burn polygons (WKB in the grid's CRS) with one value each onto ``grid``.

    Later geometries overwrite earlier ones where they overlap.
    """
    target = _mem_dataset(grid, data_type, None)
    target.GetRasterBand(1).Fill(fill)
    _burn(target, geometries_wkb, values, grid, all_touched)
    return target.GetRasterBand(1).ReadAsArray()


def rasterize_file(path, geometries_wkb, values, grid, all_touched=False, data_type="Int32", label=None):
    """:func:`rasterize` into a GeoTIFF at ``path`` (0 where nothing is burned): for grids too
    large to hold in memory, read back a window at a time (:class:`GdalWindows`). Errors name
    ``label`` (the user's output the file serves), else ``path``."""
    target = _file_dataset(path, grid, data_type, None, label)
    _burn(target, geometries_wkb, values, grid, all_touched)
    with _gdal_errors() as messages:
        target = None  # closes the file: a full disk can fail here
    if messages:
        raise write_error(label or path, messages[-1])


def _burn(target, geometries_wkb, values, grid, all_touched):
    driver = ogr.GetDriverByName("Memory")
    source = driver.CreateDataSource("")
    layer = source.CreateLayer("burn", grid.spatial_reference(), ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
    definition = layer.GetLayerDefn()
    for wkb, value in zip(geometries_wkb, values):
        feature = ogr.Feature(definition)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
        feature.SetField("value", float(value))
        layer.CreateFeature(feature)
    options = ["ATTRIBUTE=value"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    status = -1
    with _gdal_errors() as messages:
        status = gdal.RasterizeLayer(target, [1], layer, options=options)
    if status != 0 or messages:
        detail = messages[-1] if messages else f"status {status}"
        raise RasterIOError(f"Polygons could not be rasterised ({detail}).")


def polygonize(labels, grid, connectivity=8):
    """Polygons of the cells of every positive label: {label: [WKB polygon, ...]}.

    With ``connectivity=8`` cells that touch diagonally form one polygon.
    """
    source = _mem_dataset(grid, "Int32", None)
    source.GetRasterBand(1).WriteArray(labels.astype(np.int32))
    mask = _mem_dataset(grid, "Byte", None)
    mask.GetRasterBand(1).WriteArray((labels > 0).astype(np.uint8))
    driver = ogr.GetDriverByName("Memory")
    target = driver.CreateDataSource("")
    layer = target.CreateLayer("patches", grid.spatial_reference(), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    options = ["8CONNECTED=8"] if connectivity == 8 else []
    status = -1
    with _gdal_errors() as messages:
        status = gdal.Polygonize(source.GetRasterBand(1), mask.GetRasterBand(1), layer, 0, options)
    if status != 0 or messages:
        detail = messages[-1] if messages else f"status {status}"
        raise RasterIOError(f"Patches could not be turned into polygons ({detail}).")
    parts = {}
    for feature in layer:
        parts.setdefault(feature.GetField("label"), []).append(bytes(feature.GetGeometryRef().ExportToWkb()))
    return parts


# Window by window: the readers and the writer of the tiled MCR search (kernels/tiled.py) ------------

class GdalWindows:
    """One band read a window at a time: ``reader(row0, row1, col0, col1)`` → array, as the tiled
    MCR search (kernels/tiled.py) reads its inputs.

    ``kind``: ``"values"`` (the cells as stored), ``"valid"`` (False on NoData and NaN, as
    :func:`valid_mask`) or ``"ids"`` (Int32 source ids: the value where valid and > 0, else 0, as
    the in-memory path makes them). One GDAL dataset per thread (a handle is not thread-safe);
    it pickles as its path, so that Dask workers open the file themselves.
    """

    KINDS = ("values", "valid", "ids")

    def __init__(self, path, kind="values", band=1):
        if kind not in self.KINDS:
            raise ValueError(f"kind must be one of {self.KINDS}, not {kind!r}")
        self.path, self.kind, self.band = path, kind, band
        self._local = threading.local()

    def __getstate__(self):
        return {"path": self.path, "kind": self.kind, "band": self.band}

    def __setstate__(self, state):
        self.__init__(**state)

    def _band(self):
        band = getattr(self._local, "band", None)
        if band is None:
            self._local.dataset = _open(self.path)  # the band lives only as long as its dataset
            band = self._local.band = self._local.dataset.GetRasterBand(self.band)
        return band

    @property
    def nodata(self):
        return self._band().GetNoDataValue()

    def read(self, row0, row1, col0, col1):
        """(cells as stored, valid mask) of a window."""
        band = self._band()
        array = None
        with _gdal_errors() as messages:
            array = band.ReadAsArray(col0, row0, col1 - col0, row1 - row0)
        if array is None:
            detail = f" ({messages[-1]})" if messages else ""
            raise RasterIOError(
                f"The cells of {self.path!r} could not be read (rows {row0}–{row1}, columns {col0}–{col1}){detail}."
            )
        return array, valid_mask(array, band.GetNoDataValue())

    def __call__(self, row0, row1, col0, col1):
        array, valid = self.read(row0, row1, col0, col1)
        if self.kind == "values":
            return array
        if self.kind == "valid":
            return valid
        return np.where(valid & (array > 0), array, 0).astype(np.int32)

    def close(self):
        """Release this thread's dataset (others go with the reader)."""
        self._local = threading.local()


class TileFiles:
    """The writer of the tiled MCR search: every tile core it hands over, to GeoTIFFs of its own
    in ``folder``; :meth:`mosaic` then makes one VRT of each layer.

    ``layers`` says what to keep of the arrays a tile hands over — (distance, allocation,
    back-direction) for the MCR search — one ``(name, data_type, nodata)`` per array, or None to
    drop it. Where the first array is not finite (no source reaches the cell) every layer holds
    its NoData. A tile solved again overwrites its files (the last write is final); each file is
    written under a hidden name and renamed, so a tile file is always whole. Every file carries
    its tile's summary as metadata — cells reached, highest finite value of the first array,
    largest value of the second — so that :meth:`summary` needs no pass over the cells. It
    pickles as its arguments: Dask workers write the files themselves (on a cluster the folder
    must be on storage every worker shares). Errors name ``label`` (the user's output).
    """

    def __init__(self, folder, grid, layers, label=None):
        self.folder, self.grid, self.layers, self.label = folder, grid, tuple(layers), label
        # Tile files live only for the run and are rewritten a few times each: ZSTD at its fastest
        # level writes a 1000² tile's three files 3.5 × faster than DEFLATE with a predictor, as small.
        listed = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST") or ""
        self.compression = ["COMPRESS=ZSTD", "ZSTD_LEVEL=1"] if "ZSTD" in listed else ["COMPRESS=DEFLATE", "ZLEVEL=1"]

    def _options(self, cols, rows):
        tiling = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"] if cols >= 256 and rows >= 256 else []
        return self.compression + tiling + ["BIGTIFF=IF_SAFER"]

    def _path(self, name, row0, col0, rows, cols):
        return os.path.join(self.folder, f"{name}_{row0}_{col0}_{rows}_{cols}.tif")

    def __call__(self, row0, row1, col0, col1, *arrays):
        reached = np.isfinite(arrays[0])
        summary = {
            "MCR_TILE_REACHED": str(int(np.count_nonzero(reached))),
            "MCR_TILE_HIGHEST": repr(float(np.max(arrays[0], where=reached, initial=0.0))),
            "MCR_TILE_LARGEST": str(int(arrays[1].max()) if len(arrays) > 1 and arrays[1].size else 0),
        }
        rows, cols = row1 - row0, col1 - col0
        x0, dx, _, y0, _, dy = self.grid.transform
        transform = (x0 + col0 * dx, dx, 0.0, y0 + row0 * dy, 0.0, dy)
        for layer, array in zip(self.layers, arrays):
            if layer is None:
                continue
            name, data_type, nodata = layer
            gdal_type, numpy_type = GDAL_TYPES[data_type]
            values = np.where(reached, array, numpy_type(nodata)).astype(numpy_type, copy=False)
            final = self._path(name, row0, col0, rows, cols)
            temporary = os.path.join(self.folder, f".{os.path.basename(final)}.{secrets.token_hex(4)}.tmp")
            options = self._options(cols, rows)
            written = False
            with _gdal_errors() as messages:
                dataset = gdal.GetDriverByName("GTiff").Create(temporary, cols, rows, 1, gdal_type, options)
                if dataset is not None:
                    dataset.SetGeoTransform(transform)
                    if self.grid.crs_wkt:
                        dataset.SetProjection(self.grid.crs_wkt)
                    dataset.SetMetadata(summary)
                    band = dataset.GetRasterBand(1)
                    band.SetNoDataValue(float(nodata))
                    written = band.WriteArray(values) == 0
                    band = dataset = None  # closes the file: a full disk can fail here
            if messages or not written:
                with contextlib.suppress(OSError):
                    os.remove(temporary)
                raise write_error(self.label or final, messages[-1] if messages else "a tile could not be written")
            os.replace(temporary, final)

    def pieces(self, name):
        """[(path, row0, col0, rows, cols)] of the tile files of layer ``name``."""
        pattern = re.compile(rf"^{re.escape(name)}_(\d+)_(\d+)_(\d+)_(\d+)\.tif$")
        found = []
        for entry in sorted(os.listdir(self.folder)):
            match = pattern.match(entry)
            if match:
                found.append((os.path.join(self.folder, entry), *(int(v) for v in match.groups())))
        return found

    def summary(self):
        """{(row0, col0): (cells reached, highest finite value, largest id)} of every tile written."""
        name = next(layer[0] for layer in self.layers if layer is not None)
        found = {}
        for path, row0, col0, _, _ in self.pieces(name):
            metadata = read_metadata(path)
            found[row0, col0] = (int(metadata["MCR_TILE_REACHED"]), float(metadata["MCR_TILE_HIGHEST"]),
                                 int(metadata["MCR_TILE_LARGEST"]))
        return found

    def mosaic(self, name, path, data_type, nodata, description=None, metadata=None):
        """A VRT at ``path`` of layer ``name`` over the whole grid (tiles never written are NoData)."""
        return mosaic_vrt(path, self.grid, data_type, nodata, self.pieces(name), description, metadata)


def mosaic_vrt(path, grid, data_type, nodata, pieces, description=None, metadata=None):
    """Write a VRT of ``grid`` made of non-overlapping pieces ``[(file, row0, col0, rows, cols)]``
    placed cell for cell (no resampling); cells no piece covers are ``nodata``."""
    lines = [f'<VRTDataset rasterXSize="{grid.width}" rasterYSize="{grid.height}">']
    if grid.crs_wkt:
        lines.append(f"  <SRS>{escape(grid.crs_wkt)}</SRS>")
    lines.append("  <GeoTransform>" + ", ".join(repr(float(v)) for v in grid.transform) + "</GeoTransform>")
    if metadata:
        lines.append("  <Metadata>")
        lines += [f"    <MDI key={quoteattr(str(key))}>{escape(str(value))}</MDI>" for key, value in metadata.items()]
        lines.append("  </Metadata>")
    lines.append(f'  <VRTRasterBand dataType="{data_type}" band="1">')
    if description:
        lines.append(f"    <Description>{escape(description)}</Description>")
    lines.append(f"    <NoDataValue>{float(nodata)!r}</NoDataValue>")
    for source, row0, col0, rows, cols in pieces:
        lines += [
            "    <SimpleSource>",
            f'      <SourceFilename relativeToVRT="0">{escape(os.path.abspath(source))}</SourceFilename>',
            "      <SourceBand>1</SourceBand>",
            f'      <SrcRect xOff="0" yOff="0" xSize="{cols}" ySize="{rows}"/>',
            f'      <DstRect xOff="{col0}" yOff="{row0}" xSize="{cols}" ySize="{rows}"/>',
            "    </SimpleSource>",
        ]
    lines += ["  </VRTRasterBand>", "</VRTDataset>", ""]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    return path


def copy_file(path, final_path, source, grid, data_type):
    """Copy the raster ``source`` (a VRT mosaic, say) to ``path`` in the format of ``final_path``'s
    extension, as :func:`write_file` writes it (creation options, band type ``data_type``; the
    metadata and band description come from the source), then read it back and check it."""
    driver_name = raster_driver(final_path)
    _check_cells(driver_name, final_path, grid)
    options = _creation_options(driver_name, data_type, grid.width, grid.height)
    created = False
    with _gdal_errors() as messages:
        result = gdal.Translate(path, source, format=driver_name, outputType=GDAL_TYPES[data_type][0],
                                creationOptions=options)
        created = result is not None
        result = None  # closes the file: a full disk can fail here, on the last blocks
    if messages or not created:
        raise write_error(final_path, messages[-1] if messages else "the file could not be created")
    _verify_raster(path, final_path, grid, data_type)


def align_file(path, grid, target, resampling="nearest", band=1, label=None):
    """Where to read ``path`` on ``grid`` window by window (:class:`GdalWindows`): (``path``, band)
    when it lies on ``grid``, else (``target``, 1) after resampling it there into a GeoTIFF as
    :func:`align_raster` resamples it."""
    source = _open(path)
    source_grid = _grid_of(source, path, require_crs=True)
    if source_grid.matches(grid):
        return path, band
    if source.RasterCount > 1:  # warp one band only (GDAL 3.6 has no srcBands option)
        source = gdal.Translate("", source, format="VRT", bandList=[band])
    _warp(source, grid, resampling, what=repr(path), path=target, label=label)
    return target, 1


def write_cells(path, cells, label=None):
    """Set single cells of a raster file in place: ``cells`` = [(row, col, value)]."""
    with _gdal_errors() as messages:
        dataset = gdal.Open(path, gdal.GA_Update)
        if dataset is not None:
            band = dataset.GetRasterBand(1)
            for row, col, value in cells:
                band.WriteArray(np.array([[value]]), int(col), int(row))
            band = dataset = None
    if messages:
        raise write_error(label or path, messages[-1])
