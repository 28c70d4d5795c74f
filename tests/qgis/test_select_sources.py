# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:selectsources through processing.run."""

import numpy as np
import pytest

from ..conftest import run_algorithm
from .helpers import grid, read, write


@pytest.fixture()
def processing_error(qgis_app):
    from qgis.core import QgsProcessingException

    return QgsProcessingException


def features(path):
    """[(attributes by name, geometry)] of a vector file."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "sources", "ogr")
    return [(dict(zip(layer.fields().names(), f.attributes())), f.geometry()) for f in layer.getFeatures()]


def test_sources_polygons_and_raster_agree(qgis_app, tmp_path):
    classes = np.full((40, 50), 5, dtype=np.uint8)
    classes[2:22, 2:22] = 1  # 400 cells of 100 m = 4 km^2
    classes[25:35, 30:45] = 1  # 150 cells = 1.5 km^2
    classes[37:39, 2:4] = 1  # 4 cells: too small
    source = write(tmp_path / "lu.tif", classes, grid(50, 40, cell=100.0), nodata=0, data_type="Byte")
    result = run_algorithm(
        "mcr:selectsources",
        {"INPUT": source, "MIN_AREA": 1.5, "OUTPUT": str(tmp_path / "s.gpkg"),
         "OUTPUT_RASTER": str(tmp_path / "s.tif")},
    )
    ids = read(result["OUTPUT_RASTER"])
    assert ids.array[10, 10] == 1 and ids.array[30, 40] == 2 and ids.array[38, 3] == 0
    rows = sorted(features(result["OUTPUT"]), key=lambda item: item[0]["source_id"])
    assert [r[0]["source_id"] for r in rows] == [1, 2]
    assert [r[0]["cells"] for r in rows] == [400, 150]
    assert [r[0]["area_km2"] for r in rows] == pytest.approx([4.0, 1.5])
    assert [r[1].area() / 1e6 for r in rows] == pytest.approx([4.0, 1.5])
    assert rows[0][0]["perimeter_km"] == pytest.approx(8.0)


def test_geographic_land_use_is_refused_with_the_fix(qgis_app, tmp_path, processing_error):
    from mcr_security_pattern.algorithms import raster_io

    from .helpers import wkt

    geographic = raster_io.Grid((115.0, 0.001, 0.0, 25.0, 0.0, -0.001), wkt(4326), 10, 10)
    source = write(tmp_path / "geo.tif", np.ones((10, 10)), geographic, nodata=0, data_type="Byte")
    with pytest.raises(processing_error, match="geographic CRS.*Warp"):
        run_algorithm("mcr:selectsources",
                      {"INPUT": source, "OUTPUT": "memory:", "OUTPUT_RASTER": str(tmp_path / "s.tif")})


def test_no_patch_large_enough_names_the_largest(qgis_app, tmp_path, processing_error):
    classes = np.zeros((10, 10), dtype=np.uint8)
    classes[:3, :3] = 1
    source = write(tmp_path / "lu.tif", classes, grid(10, 10, cell=100.0), nodata=255, data_type="Byte")
    with pytest.raises(processing_error, match=r"largest has 0.09 km²"):
        run_algorithm("mcr:selectsources",
                      {"INPUT": source, "OUTPUT": "memory:", "OUTPUT_RASTER": str(tmp_path / "s.tif")})
    assert not (tmp_path / "s.tif").exists()


def test_several_habitat_classes_and_4_connectivity(qgis_app, tmp_path):
    classes = np.zeros((10, 10), dtype=np.uint8)
    classes[0:5, 0:5] = 1
    classes[5:10, 5:10] = 2  # diagonal contact only
    source = write(tmp_path / "lu.tif", classes, grid(10, 10, cell=100.0), nodata=255, data_type="Byte")
    result = run_algorithm(
        "mcr:selectsources",
        {"INPUT": source, "HABITAT_CLASSES": "1, 2", "MIN_AREA": 0.2, "CONNECTIVITY": 1,
         "OUTPUT": "memory:", "OUTPUT_RASTER": str(tmp_path / "s.tif")},
    )
    assert set(np.unique(read(result["OUTPUT_RASTER"]).array)) == {0, 1, 2}
