# SPDX-License-Identifier: GPL-2.0-or-later
"""Small rasters and layers for algorithm tests."""

import numpy as np
from osgeo import osr

from mcr_security_pattern.algorithms import raster_io


def wkt(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def grid(width, height, cell=10.0, x0=300000.0, y0=2770000.0, epsg=32650, cell_y=None):
    cell_y = cell if cell_y is None else cell_y
    return raster_io.Grid((x0, cell, 0.0, y0, 0.0, -cell_y), wkt(epsg), width, height)


def write(path, array, raster_grid, nodata=-9999.0, data_type="Float32"):
    raster_io.write_raster(str(path), np.asarray(array), raster_grid, nodata, data_type)
    return str(path)


def read(path):
    return raster_io.read_raster(str(path))


def polygon_layer(polygons, field_type="string", epsg=32650):
    """Memory layer from [(wkt, value)] with one field 'cls'."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"Polygon?crs=EPSG:{epsg}&field=cls:{field_type}", "landuse", "memory")
    features = []
    for geometry, value in polygons:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(geometry))
        feature.setAttribute("cls", value)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"
