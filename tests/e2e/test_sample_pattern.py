# SPDX-License-Identifier: GPL-2.0-or-later
"""Corridors, nodes, ridges, vulnerable stretches and channels of the sample data via qgis_process."""

import numpy as np
import pytest
from osgeo import ogr

from mcr_security_pattern.algorithms import raster_io

from ..conftest import SAMPLE
from ..graph_reference import graph_mcr


def rows(path):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer()
    return [({k: f.GetField(k) for k in f.keys()}, f.GetGeometryRef().Clone()) for f in layer]


@pytest.mark.slow
def test_2009_corridor_cost_equals_an_independent_least_cost_distance(sample_chain):
    chain = sample_chain("2009")
    corridors = [attributes for attributes, _ in rows(chain["corridors"])]
    resistance = raster_io.read_raster(chain["resistance"])
    sources = raster_io.read_raster(chain["sources_raster"]).array
    from_one, _ = graph_mcr(resistance.array, resistance.valid, np.where(sources == 1, 1, 0), 20.0, 20.0)
    lcd = from_one[sources == 2].min()
    # With two sources the two zones cover everything: the cheapest saddle is the true least-cost link.
    (cheapest,) = [c for c in corridors if c["saddle_rank"] == 1]
    assert cheapest["cwd"] == pytest.approx(lcd, rel=1e-9) and cheapest["detour"] == pytest.approx(1.0)
    assert len(corridors) > 1  # the other valley lines crossing the ridge
    for corridor in corridors:
        assert corridor["lcd"] == pytest.approx(lcd, rel=1e-9)
        assert corridor["detour"] == pytest.approx(corridor["cwd"] / lcd, rel=1e-9)
        assert corridor["via_source"] is None


@pytest.mark.parametrize("epoch", ["2009", "2013", "2018"])
def test_one_node_per_corridor_on_its_ridge_and_enough_corridors_to_link_all_sources(sample_chain, epoch):
    chain = sample_chain(epoch)
    corridors, nodes, ridges = rows(chain["corridors"]), rows(chain["nodes"]), rows(chain["ridges"])
    sources = rows(chain["sources"])
    assert chain["corridor_count"] == len(corridors) == len(nodes) == chain["node_count"]
    assert len(corridors) >= len(sources) - 1
    ridge_of = {(r["source_a"], r["source_b"]): geometry for r, geometry in ridges}
    for (corridor, line), (node, point) in zip(corridors, nodes):
        assert node["corridor_id"] == corridor["corridor_id"]
        assert line.Distance(point) < 1e-6
        assert ridge_of[corridor["from_source"], corridor["to_source"]].Distance(point) <= 20.0
        assert node["mcr"] == pytest.approx(corridor["cwd"] / 2)


@pytest.mark.parametrize("epoch", ["2009", "2018"])
def test_vulnerable_stretches_cross_roads_buildings_tanks_tailings_or_farmland(sample_chain, epoch):
    chain = sample_chain(epoch)
    landuse = raster_io.read_raster(str(SAMPLE / f"landuse_{epoch}.tif"))
    x0, dx, _, y0, _, dy = landuse.grid.transform
    stretches = rows(chain["vulnerable"])
    kinds = {"barrier": (6, 7, 8, 9), "farmland crossing": (4, 5)}  # road, building, tank, tailings; orchard, farmland
    assert {attributes["kind"] for attributes, _ in stretches} == set(kinds)
    for attributes, line in stretches:
        assert attributes["class_code"] in kinds[attributes["kind"]]
        points = line.GetPoints()
        inner = points[1:-1] if len(points) > 2 else points
        for x, y in inner:
            code = landuse.array[int((y - y0) // dy), int((x - x0) // dx)]
            assert code in kinds[attributes["kind"]]


@pytest.mark.parametrize("epoch", ["2009", "2013", "2018"])
def test_channels_drain_at_least_the_threshold_and_avoid_corridors(sample_chain, epoch):
    chain = sample_chain(epoch)
    channels = rows(chain["channels"])
    assert chain["channel_count"] == len(channels) > 5
    accumulation = raster_io.read_raster(chain["accumulation"])
    assert accumulation.array.max() > 3
    for attributes, line in channels:
        assert attributes["catchment_km2"] >= 3.0
        assert line.Length() == pytest.approx(attributes["length_m"], rel=1e-9)
    corridor_lines = [line for _, line in rows(chain["corridors"])]
    for _, line in channels:
        inner = ogr.Geometry(ogr.wkbLineString)
        for x, y in line.GetPoints()[1:]:
            inner.AddPoint_2D(x, y)
        assert all(not inner.Within(corridor.Buffer(1.0)) for corridor in corridor_lines)
