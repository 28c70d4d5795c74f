# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:corridors and mcr:radiationchannels through processing.run."""

import math

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import channels as channel_kernel
from mcr_security_pattern.algorithms.kernels import cost

from ..conftest import run_algorithm
from ..unit.reference_dijkstra import dijkstra
from .helpers import grid, read, write

CELL = 10.0
X0, Y0 = 300000.0, 2770000.0


@pytest.fixture()
def processing_error(qgis_app):
    from qgis.core import QgsProcessingException

    return QgsProcessingException


def features(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "layer", "ogr")

    def plain(value):  # QGIS 3.22 gives NULL fields as a NULL QVariant
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value

    return [({k: plain(v) for k, v in zip(layer.fields().names(), f.attributes())}, f.geometry())
            for f in layer.getFeatures()]


def outputs(tmp_path, *names):
    return {name: str(tmp_path / f"{name.lower()}.gpkg") for name in names}


@pytest.fixture()
def wall_with_gap(tmp_path):
    resistance = np.ones((21, 31), np.float32)
    resistance[:, 15] = -9999.0
    resistance[10, 15] = 1.0
    resistance[:, 22] = 6.0  # a road across the corridor's way
    sources = np.zeros((21, 31), np.int32)
    sources[8:13, 1:4], sources[3:6, 26:29] = 1, 2
    return {
        "resistance": resistance, "sources": sources,
        "RESISTANCE": write(tmp_path / "r.tif", resistance, grid(31, 21, cell=CELL)),
        "SOURCES_RASTER": write(tmp_path / "s.tif", sources, grid(31, 21, cell=CELL), nodata=0, data_type="Int32"),
    }


def test_corridor_node_ridge_and_vulnerable_stretch(qgis_app, tmp_path, wall_with_gap):
    result = run_algorithm("mcr:corridors", {
        "RESISTANCE": wall_with_gap["RESISTANCE"], "SOURCES_RASTER": wall_with_gap["SOURCES_RASTER"],
        "VULNERABILITY": wall_with_gap["RESISTANCE"],
        **outputs(tmp_path, "CORRIDORS", "NODES", "RIDGES", "VULNERABLE"),
    })
    assert result["CORRIDOR_COUNT"] == 1 and result["NODE_COUNT"] == 1
    (corridor,) = features(result["CORRIDORS"])
    resistance = wall_with_gap["resistance"].astype(np.float64)
    valid = resistance > 0
    from_a, _ = dijkstra(resistance, valid, np.where(wall_with_gap["sources"] == 1, 1, 0), CELL, CELL)
    assert corridor[0]["cwd"] == pytest.approx(from_a[wall_with_gap["sources"] == 2].min(), rel=1e-9)
    assert (corridor[0]["from_source"], corridor[0]["to_source"]) == (1, 2)
    assert corridor[0]["cwd_per_m"] == pytest.approx(corridor[0]["cwd"] / corridor[0]["length_m"])
    (node,) = features(result["NODES"])
    assert node[0]["mcr"] == pytest.approx(corridor[0]["cwd"] / 2)
    ridges = features(result["RIDGES"])
    assert [(r[0]["source_a"], r[0]["source_b"]) for r in ridges] == [(1, 2)]
    # The node lies on the corridor and on the ridge between the two zones.
    assert corridor[1].distance(node[1]) < 1e-6
    assert ridges[0][1].distance(node[1]) <= CELL * math.sqrt(2) / 2
    (stretch,) = features(result["VULNERABLE"])
    assert stretch[0]["max_resistance"] == 6.0 and stretch[0]["cells"] == 1 and stretch[0]["kind"] == "barrier"
    assert stretch[0]["length_m"] == pytest.approx(CELL, rel=0.5)  # a straight or diagonal step
    assert corridor[0]["detour"] == pytest.approx(1.0) and corridor[0]["via_source"] is None
    assert corridor[0]["lcd"] == pytest.approx(corridor[0]["cwd"], rel=1e-12)


def test_vulnerable_stretches_from_land_use_classes_name_their_kind_and_class(qgis_app, tmp_path, wall_with_gap):
    landuse = np.full((21, 31), 1, np.int32)
    landuse[:, 22] = 6  # the road
    landuse[:, 8:10] = 5  # a field two cells wide
    path = write(tmp_path / "landuse.tif", landuse, grid(31, 21, cell=CELL), nodata=0, data_type="Int32")
    result = run_algorithm("mcr:corridors", {
        "RESISTANCE": wall_with_gap["RESISTANCE"], "SOURCES_RASTER": wall_with_gap["SOURCES_RASTER"],
        "LANDUSE": path, **outputs(tmp_path, "CORRIDORS", "NODES", "RIDGES", "VULNERABLE"),
    })
    stretches = sorted((s[0]["kind"], s[0]["class_code"], s[0]["cells"]) for s in features(result["VULNERABLE"]))
    assert stretches == [("barrier", 6, 1), ("farmland crossing", 5, 2)]


def test_reusing_the_mcr_surface_outputs_gives_the_same_corridor(qgis_app, tmp_path, wall_with_gap):
    surface = run_algorithm("mcr:costsurface", {
        "RESISTANCE": wall_with_gap["RESISTANCE"], "SOURCES_RASTER": wall_with_gap["SOURCES_RASTER"],
        "OUTPUT": str(tmp_path / "mcr.tif"), "ALLOCATION": str(tmp_path / "alloc.tif"),
        "BACK_DIRECTION": str(tmp_path / "back.tif"),
    })
    direct = run_algorithm("mcr:corridors", {
        "RESISTANCE": wall_with_gap["RESISTANCE"], "SOURCES_RASTER": wall_with_gap["SOURCES_RASTER"],
        **outputs(tmp_path, "CORRIDORS", "NODES", "RIDGES", "VULNERABLE"),
    })
    reused = run_algorithm("mcr:corridors", {
        "RESISTANCE": wall_with_gap["RESISTANCE"], "MCR_SURFACE": surface["OUTPUT"],
        "ALLOCATION": surface["ALLOCATION"], "BACK_DIRECTION": surface["BACK_DIRECTION"],
        "CORRIDORS": str(tmp_path / "reused.gpkg"), "NODES": "memory:", "RIDGES": "memory:",
        "VULNERABLE": "memory:",
    })
    (first,), (second,) = features(direct["CORRIDORS"]), features(reused["CORRIDORS"])
    assert second[0]["cwd"] == pytest.approx(first[0]["cwd"], rel=1e-6)  # the surface file is Float32
    assert (second[0]["from_source"], second[0]["to_source"]) == (1, 2)  # equal-cost paths may differ


@pytest.mark.parametrize("float64", [True, False], ids=["Float64 surface", "Float32 surface"])
def test_reused_surfaces_give_every_corridor_its_exact_least_cost_distance(qgis_app, tmp_path, float64):
    # Searches from the zones' edges (a Float64 surface) or from the sources (a Float32 one, whose
    # costs are rounded): either way each pair's lcd is the reference Dijkstra's.
    rng = np.random.default_rng(7)
    resistance = rng.choice([1.0, 3.0, 9.0], (30, 40)).astype(np.float32) * rng.uniform(0.9, 1.1, (30, 40)).astype(
        np.float32)
    sources = np.zeros((30, 40), np.int32)
    for label, (r, c) in enumerate([(3, 3), (4, 30), (25, 5), (24, 34), (14, 18)], start=1):
        sources[r : r + 2, c : c + 2] = label
    g = grid(40, 30, cell=CELL)
    r_path = write(tmp_path / "r.tif", resistance, g)
    surface = run_algorithm("mcr:costsurface", {
        "RESISTANCE": r_path, "SOURCES_RASTER": write(tmp_path / "s.tif", sources, g, nodata=0, data_type="Int32"),
        "FLOAT64": float64, "OUTPUT": str(tmp_path / "mcr.tif"), "ALLOCATION": str(tmp_path / "alloc.tif"),
        "BACK_DIRECTION": str(tmp_path / "back.tif"),
    })
    result = run_algorithm("mcr:corridors", {
        "RESISTANCE": r_path, "MCR_SURFACE": surface["OUTPUT"], "ALLOCATION": surface["ALLOCATION"],
        "BACK_DIRECTION": surface["BACK_DIRECTION"], **outputs(tmp_path, "CORRIDORS"),
        "NODES": "memory:", "RIDGES": "memory:", "VULNERABLE": "memory:",
    })
    found = features(result["CORRIDORS"])
    assert len(found) >= 4
    valid = np.ones(resistance.shape, bool)
    for attributes, _ in found:
        a, b = attributes["from_source"], attributes["to_source"]
        distance, _ = dijkstra(resistance.astype(np.float64), valid, np.where(sources == a, a, 0), CELL, CELL, 8)
        assert attributes["lcd"] == pytest.approx(float(distance[sources == b].min()), rel=1e-12)


def test_reusing_needs_all_three_outputs(qgis_app, tmp_path, wall_with_gap, processing_error):
    with pytest.raises(processing_error, match="all three"):
        run_algorithm("mcr:corridors", {
            "RESISTANCE": wall_with_gap["RESISTANCE"], "MCR_SURFACE": wall_with_gap["RESISTANCE"],
            "CORRIDORS": "memory:", "NODES": "memory:", "RIDGES": "memory:", "VULNERABLE": "memory:",
        })


def test_pairwise_width_raster(qgis_app, tmp_path, wall_with_gap, processing_error):
    common = {"RESISTANCE": wall_with_gap["RESISTANCE"], "SOURCES_RASTER": wall_with_gap["SOURCES_RASTER"],
              "CORRIDORS": "memory:", "NODES": "memory:", "RIDGES": "memory:", "VULNERABLE": "memory:",
              "CORRIDOR_WIDTH": str(tmp_path / "width.tif")}
    for mode in (0, 2):  # any mode can write the width raster; the pairwise mode draws the exact paths
        result = run_algorithm("mcr:corridors", {**common, "MODE": mode, "WIDTH_CUTOFF": 40.0})
        width = read(result["CORRIDOR_WIDTH"])
        assert width.valid.any() and width.array[width.valid].max() <= 40.0
        assert width.array[10, 15] == pytest.approx(0.0, abs=1e-9)  # the gap is on the least-cost path
        assert width.array[width.valid].min() >= 0.0


def test_radiation_channels_follow_valleys_and_the_accumulation_raster(qgis_app, tmp_path):
    size, centre = 61, 30
    resistance = np.full((size, size), 8.0, np.float32)
    for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
        for k in range(1, centre + 1):
            resistance[centre + dr * k, centre + dc * k] = 1.0
    rows, cols = np.indices((size, size))
    sources = ((rows - centre) ** 2 + (cols - centre) ** 2 <= 9).astype(np.int32)
    r_path = write(tmp_path / "r.tif", resistance, grid(size, size, cell=100.0))
    s_path = write(tmp_path / "s.tif", sources, grid(size, size, cell=100.0), nodata=-1, data_type="Int32")
    result = run_algorithm("mcr:radiationchannels", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "THRESHOLD": 1.5, "ROUTING": 1,
        "OUTPUT": str(tmp_path / "channels.gpkg"), "ACCUMULATION": str(tmp_path / "acc.tif"),
    })
    channels = features(result["OUTPUT"])
    assert result["CHANNEL_COUNT"] == len(channels) == 4
    for attributes, geometry in channels:
        assert attributes["source_id"] == 1 and attributes["catchment_km2"] >= 1.5
        assert geometry.length() == pytest.approx(attributes["length_m"])
    # The accumulation raster equals counting, for every cell, the cells whose path passes it.
    search = cost.accumulated_cost(resistance, sources, (100.0, 100.0), 8)
    counts = channel_kernel.accumulated_cells(
        channel_kernel.tree_drainage(search.back_direction, search.reachable), search.reachable)
    np.testing.assert_allclose(read(result["ACCUMULATION"]).array, counts * 0.01, rtol=1e-6)
    fewer = run_algorithm("mcr:radiationchannels", {
        "RESISTANCE": r_path, "SOURCES_RASTER": s_path, "THRESHOLD": 50.0, "OUTPUT": "memory:",
    })
    assert fewer["CHANNEL_COUNT"] == 0
    assert math.isfinite(channels[0][0]["mcr_end"])
