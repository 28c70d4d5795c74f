# SPDX-License-Identifier: GPL-2.0-or-later
"""Raster I/O: round trip, atomic outputs, alignment, and the refusals a user sees."""

import os

import numpy as np
import pytest
from osgeo import gdal, osr

from mcr_security_pattern.algorithms import raster_io
from mcr_security_pattern.algorithms.raster_io import Grid, RasterIOError


def utm_wkt(epsg=32650):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def make_grid(width=5, height=4, cell=10.0, x0=500000.0, y0=2760000.0, wkt=None):
    return Grid((x0, cell, 0.0, y0, 0.0, -cell), wkt if wkt is not None else utm_wkt(), width, height)


def test_round_trip_keeps_values_grid_and_nodata(tmp_path):
    grid = make_grid()
    array = np.arange(20, dtype=np.float32).reshape(4, 5)
    array[1, 2] = -9999.0
    path = str(tmp_path / "out.tif")
    raster_io.write_raster(path, array, grid, nodata=-9999.0, data_type="Float32")
    raster = raster_io.read_raster(path)
    np.testing.assert_array_equal(raster.array, array)
    assert raster.grid.matches(grid)
    assert raster.nodata == -9999.0
    assert not raster.valid[1, 2] and raster.valid.sum() == 19


def test_written_tiff_is_tiled_and_deflate_compressed(tmp_path):
    grid = make_grid(width=300, height=260, cell=2.44)
    path = str(tmp_path / "big.tif")
    raster_io.write_raster(path, np.ones((260, 300), np.int32), grid, nodata=0, data_type="Int32")
    dataset = gdal.Open(path)
    structure = dataset.GetMetadata("IMAGE_STRUCTURE")
    assert structure["COMPRESSION"] == "DEFLATE"
    assert dataset.GetRasterBand(1).GetBlockSize() == [256, 256]
    assert dataset.GetRasterBand(1).GetNoDataValue() == 0


def test_failed_write_leaves_no_file_under_the_users_name(tmp_path):
    grid = make_grid()
    good = str(tmp_path / "good.tif")
    bad = str(tmp_path / "bad.tif")
    with pytest.raises(RasterIOError):
        with raster_io.OutputSet() as outputs:
            outputs.write(good, np.zeros((4, 5)), grid, nodata=-1)
            outputs.write(bad, np.zeros((3, 3)), grid, nodata=-1)  # wrong shape
            outputs.commit()
    assert os.listdir(tmp_path) == []


def test_existing_output_is_kept_when_a_run_fails(tmp_path):
    grid = make_grid()
    path = str(tmp_path / "result.tif")
    raster_io.write_raster(path, np.full((4, 5), 7.0), grid, nodata=-1)
    with pytest.raises(RuntimeError):
        with raster_io.OutputSet() as outputs:
            outputs.write(path, np.full((4, 5), 8.0), grid, nodata=-1)
            raise RuntimeError("cancelled before commit")
    assert raster_io.read_raster(path).array[0, 0] == 7.0
    assert os.listdir(tmp_path) == ["result.tif"]


def test_missing_file_is_refused_with_the_path(tmp_path):
    missing = str(tmp_path / "nowhere.tif")
    with pytest.raises(RasterIOError, match="does not exist"):
        raster_io.read_raster(missing)


def test_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "notes.tif"
    path.write_text("this is not a raster")
    with pytest.raises(RasterIOError, match="could not be read as a raster"):
        raster_io.read_raster(str(path))


def test_raster_without_crs_is_refused_with_the_fix(tmp_path):
    path = str(tmp_path / "nocrs.tif")
    raster_io.write_raster(path, np.ones((4, 5)), make_grid(wkt=""), nodata=None)
    with pytest.raises(RasterIOError, match="Assign Projection"):
        raster_io.read_raster(path)


def test_integer_nodata_outside_the_band_range_marks_nothing():
    array = np.array([[0, 5], [255, 7]], dtype=np.uint8)
    assert raster_io.valid_mask(array, -9999.0).all()
    assert raster_io.valid_mask(array, 255).sum() == 3
    floats = np.array([[np.nan, 1.0]])
    assert raster_io.valid_mask(floats, None).tolist() == [[False, True]]


def test_align_nearest_repeats_categories_on_a_finer_grid(tmp_path):
    coarse = make_grid(width=3, height=2, cell=30.0)
    classes = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32)
    path = str(tmp_path / "classes.tif")
    raster_io.write_raster(path, classes, coarse, nodata=0, data_type="Int32")
    fine = make_grid(width=9, height=6, cell=10.0)
    aligned = raster_io.align_raster(path, fine, "nearest")
    np.testing.assert_array_equal(aligned.array, np.kron(classes, np.ones((3, 3), np.int32)))
    assert aligned.valid.all()


def test_align_bilinear_reproduces_a_plane(tmp_path):
    # A plane is reproduced exactly by bilinear interpolation away from the border.
    coarse = make_grid(width=8, height=8, cell=30.0)
    x, y = coarse.cell_centres(*np.indices(coarse.shape))
    plane = 0.5 * (x - 500000.0) - 0.25 * (y - 2760000.0) + 300.0
    path = str(tmp_path / "dem.tif")
    raster_io.write_raster(path, plane, coarse, nodata=-9999.0, data_type="Float64")
    fine = make_grid(width=12, height=12, cell=10.0, x0=500000.0 + 60, y0=2760000.0 - 60)
    aligned = raster_io.align_raster(path, fine, "bilinear")
    fx, fy = fine.cell_centres(*np.indices(fine.shape))
    expected = 0.5 * (fx - 500000.0) - 0.25 * (fy - 2760000.0) + 300.0
    np.testing.assert_allclose(aligned.array, expected, atol=1e-6)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_a_stack_warped_in_one_pass_equals_each_band_warped_alone(dtype):
    # Two bands with NoData holes and an uncovered margin, warped by blocks of rows onto a finer,
    # shifted grid: each band as it would be alone, NoData where its own cells are missing.
    rng = np.random.default_rng(3)
    source = make_grid(width=30, height=20, cell=30.0)
    valid = rng.random((20, 30)) > 0.1
    bands = rng.uniform(100.0, 900.0, (2, 20, 30)).astype(dtype)
    target = make_grid(width=50, height=40, cell=20.0, x0=500000.0 + 45.0, y0=2760000.0 - 25.0)
    stacked = raster_io.ArrayWarp(bands.copy(), valid, source)
    alone = [raster_io.ArrayWarp(band.copy(), valid, source) for band in bands]
    masks = []
    for first, last in raster_io.row_blocks(target.height, 300, target.width):
        together = stacked.rows(target, first, last)
        assert len(together) == 2
        for band, single in zip(together, alone):
            expected = single.rows(target, first, last)
            np.testing.assert_array_equal(band.array, expected.array)
            np.testing.assert_array_equal(band.valid, expected.valid)
            masks.append(expected.valid)
    assert len(masks) > 4 and any(mask.any() for mask in masks) and not all(mask.all() for mask in masks)


def test_align_marks_cells_outside_the_source_as_nodata(tmp_path):
    small = make_grid(width=2, height=2, cell=10.0)
    path = str(tmp_path / "small.tif")
    raster_io.write_raster(path, np.full((2, 2), 5, np.int32), small, nodata=-1, data_type="Int32")
    larger = make_grid(width=4, height=2, cell=10.0)
    aligned = raster_io.align_raster(path, larger, "nearest")
    assert aligned.valid.tolist() == [[True, True, False, False]] * 2


def test_align_reprojects_from_geographic_coordinates(tmp_path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    geographic = Grid((114.9, 0.001, 0.0, 25.0, 0.0, -0.001), srs.ExportToWkt(), 200, 200)
    values = np.tile(np.arange(200, dtype=np.int32), (200, 1))  # the column index
    path = str(tmp_path / "geo.tif")
    raster_io.write_raster(path, values, geographic, nodata=-1, data_type="Int32")
    # A UTM 50N grid inside the geographic extent: column index = (longitude - 114.9) / 0.001.
    target = make_grid(width=10, height=10, cell=100.0, x0=300000.0, y0=2760000.0)
    aligned = raster_io.align_raster(path, target, "nearest")
    x, y = target.cell_centres(*np.indices(target.shape))
    transform = osr.CoordinateTransformation(target.spatial_reference(), geographic.spatial_reference())
    lon = np.array([transform.TransformPoint(float(a), float(b))[0] for a, b in zip(x.ravel(), y.ravel())])
    expected = np.floor((lon - 114.9) / 0.001).astype(np.int32).reshape(10, 10)
    assert np.mean(aligned.array == expected) > 0.95  # cells on a boundary may round either way
    assert np.abs(aligned.array - expected).max() <= 1


def test_rasterize_burns_values_inside_polygons():
    grid = make_grid(width=4, height=4, cell=10.0, x0=0.0, y0=40.0)
    from osgeo import ogr

    square = ogr.CreateGeometryFromWkt("POLYGON ((0 40, 20 40, 20 20, 0 20, 0 40))")
    burned = raster_io.rasterize([square.ExportToWkb()], [7], grid)
    assert burned.tolist() == [[7, 7, 0, 0], [7, 7, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
