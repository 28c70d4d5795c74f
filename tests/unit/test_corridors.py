# SPDX-License-Identifier: GPL-2.0-or-later
"""Corridors, nodes, ridge lines and vulnerable stretches, on landscapes built to a known answer."""

import math

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import corridors as corr
from mcr_security_pattern.algorithms.kernels import cost

from .reference_dijkstra import dijkstra, step

CELL = 10.0
TRANSFORM = (0.0, CELL, 0.0, 0.0, 0.0, -CELL)  # x = col * 10, y = -row * 10


def search(resistance, sources, valid=None, neighbours=8):
    valid = np.isfinite(resistance) if valid is None else valid
    result = cost.accumulated_cost(resistance, sources, (CELL, CELL), neighbours, valid=valid)
    return result, valid


def fast(resistance, sources, valid=None, neighbours=8, vulnerability=None, threshold=6.0):
    result, valid = search(resistance, sources, valid, neighbours)
    marks = None if vulnerability is None else corr.marks_from_threshold(vulnerability, threshold)
    return corr.fast_corridors(result, resistance, valid, (CELL, CELL), TRANSFORM, marks), result


def lcd(resistance, valid, sources, a, b, neighbours=8):
    """Least-cost distance between sources a and b by the plain reference Dijkstra."""
    distance, _ = dijkstra(resistance, valid, np.where(sources == a, a, 0), CELL, CELL, neighbours)
    return float(distance[sources == b].min()), distance


def cell_of(point):
    x, y = point
    return int(math.floor(-y / CELL)), int(math.floor(x / CELL))


def wall_with_gap():
    resistance = np.ones((21, 31))
    valid = np.ones((21, 31), bool)
    valid[:, 15] = False
    valid[10, 15] = True  # the gap
    sources = np.zeros((21, 31), int)
    sources[8:13, 1:4] = 1
    sources[3:6, 26:29] = 2
    return resistance, valid, sources


def test_wall_with_one_gap_gives_one_corridor_through_the_gap():
    resistance, valid, sources = wall_with_gap()
    corridors, result = fast(resistance, sources, valid)
    assert len(corridors) == 1
    corridor = corridors[0]
    assert (corridor.from_source, corridor.to_source) == (1, 2)
    rows, cols = np.divmod(corridor.path, 31)
    assert (10, 15) in set(zip(rows.tolist(), cols.tolist()))
    assert cell_of(corridor.node_xy) == (10, 15)  # the node sits in the gap
    expected, _ = lcd(resistance, valid, sources, 1, 2)
    assert corridor.cwd == pytest.approx(expected, rel=1e-12)
    assert corridor.node_mcr == pytest.approx(expected / 2)
    # The path runs from the edge of source 1 to the edge of source 2.
    assert sources.ravel()[corridor.path[0]] == 1 and sources.ravel()[corridor.path[-1]] == 2
    assert (sources.ravel()[corridor.path[1:-1]] == 0).all()
    assert corridor.length_m == pytest.approx(float(np.hypot(np.diff(rows) * CELL, np.diff(cols) * CELL).sum()))


def test_wall_with_one_gap_gives_one_ridge_line_pair():
    resistance, valid, sources = wall_with_gap()
    result, _ = search(resistance, sources, valid)
    a, b, *_ = corr.ridge_segments(result.allocation, TRANSFORM)
    assert set(zip(a.tolist(), b.tolist())) == {(1, 2)}


def test_three_sources_in_a_row_link_neighbours_only():
    resistance = np.ones((9, 40))
    sources = np.zeros((9, 40), int)
    sources[3:6, 2:5], sources[3:6, 18:21], sources[3:6, 35:38] = 1, 2, 3
    corridors, _ = fast(resistance, sources)
    assert sorted((c.from_source, c.to_source) for c in corridors) == [(1, 2), (2, 3)]


def random_sources(seed, rows=24, cols=30, count=4):
    rng = np.random.default_rng(seed)
    resistance = rng.choice([1.0, 2.0, 4.0, 8.0, 10.0], (rows, cols)) * rng.uniform(0.8, 1.2, (rows, cols))
    valid = rng.random((rows, cols)) > 0.1
    sources = np.zeros((rows, cols), int)
    for label in range(1, count + 1):
        r, c = rng.integers(1, rows - 3), rng.integers(1, cols - 3)
        sources[r : r + 2, c : c + 2] = label
    valid |= sources > 0
    return resistance, valid, sources


def optimal_path(distance_from_a, resistance, valid, target):
    """A least-cost path from source a to ``target``, read off the reference distances."""
    rows, cols = resistance.shape
    path = [target]
    while distance_from_a[path[-1]] > 0:
        r, c = path[-1]
        for dr, dc in cost.OFFSETS.values():
            if abs(dr) + abs(dc) == 3:
                continue
            p = (r + dr, c + dc)
            if 0 <= p[0] < rows and 0 <= p[1] < cols and valid[p] and np.isfinite(distance_from_a[p]):
                if distance_from_a[p] + step(resistance, valid, p, (r, c), CELL, CELL) == pytest.approx(
                    distance_from_a[r, c], rel=1e-12
                ):
                    path.append(p)
                    break
        else:
            raise AssertionError("no predecessor")
    return path


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("zones", [False, True], ids=["plain", "from zones"])
def test_pairwise_equals_dijkstra_and_fast_is_never_below_it(seed, zones):
    resistance, valid, sources = random_sources(seed)
    fast_corridors, result = fast(resistance, sources, valid)
    pairs = [(c.from_source, c.to_source) for c in fast_corridors]
    bounds = {(c.from_source, c.to_source): c.cwd for c in fast_corridors} if zones else None
    pairwise, _ = corr.pairwise_corridors(resistance, valid, sources, (CELL, CELL), 8, TRANSFORM, pairs,
                                          allocation=result.allocation if zones else None, bounds=bounds,
                                          surface=result if zones else None)
    exact = {(c.from_source, c.to_source): c for c in pairwise}
    assert set(exact) == set(pairs)
    for corridor in fast_corridors:
        a, b = corridor.from_source, corridor.to_source
        expected, from_a = lcd(resistance, valid, sources, a, b)
        assert exact[a, b].cwd == pytest.approx(expected, rel=1e-12)
        assert corridor.cwd >= expected * (1 - 1e-12)
        target = min(zip(*np.nonzero(sources == b)), key=lambda cell: from_a[cell])
        zones = {int(result.allocation[cell]) for cell in optimal_path(from_a, resistance, valid, target)}
        if zones <= {a, b}:
            assert corridor.cwd == pytest.approx(expected, rel=1e-12)
        # Every pairwise path is a real path from a's edge to b's edge with that cost.
        path = exact[a, b].path
        rows, cols = np.divmod(path, resistance.shape[1])
        steps = [step(resistance, valid, (rows[i], cols[i]), (rows[i + 1], cols[i + 1]), CELL, CELL)
                 for i in range(len(path) - 1)]
        assert sum(steps) == pytest.approx(expected, rel=1e-12)


def test_corridor_width_is_zero_on_the_least_cost_path_and_cut_off():
    resistance, valid, sources = wall_with_gap()
    corridors, width = corr.pairwise_corridors(
        resistance, valid, sources, (CELL, CELL), 8, TRANSFORM, [(1, 2)], width_cutoff=50.0
    )
    path = corridors[0].path
    assert np.allclose(width.ravel()[path], 0.0, atol=1e-3)
    assert np.nanmax(width[np.isfinite(width)]) <= 50.0
    assert np.isinf(width[~valid]).all()
    # Independent: D_a + D_b - LCD from reference searches.
    expected_lcd, from_a = lcd(resistance, valid, sources, 1, 2)
    from_b, _ = dijkstra(resistance, valid, np.where(sources == 2, 2, 0), CELL, CELL, 8)
    expected = from_a + from_b - expected_lcd
    inside = expected <= 50.0
    np.testing.assert_allclose(width[inside], expected[inside], rtol=1e-5, atol=1e-3)
    assert np.isinf(width[~inside]).all()


def test_symmetric_landscape_gives_a_node_on_the_axis():
    rng = np.random.default_rng(4)
    half = rng.uniform(1, 5, (15, 12))
    resistance = np.hstack([half, rng.uniform(1, 5, (15, 1)), half[:, ::-1]])  # 25 columns
    sources = np.zeros((15, 25), int)
    sources[6:9, 1:3], sources[6:9, 22:24] = 1, 2
    corridors, _ = fast(resistance, sources)
    (corridor,) = corridors
    assert corridor.node_xy[0] == pytest.approx(12.5 * CELL)  # the centre of the middle column
    mirrored, _ = fast(resistance[:, ::-1].copy(), np.where(sources > 0, 3 - sources, 0)[:, ::-1].copy())
    assert mirrored[0].cwd == pytest.approx(corridor.cwd, rel=1e-12)


def test_vulnerable_stretch_is_exactly_where_the_corridor_crosses_the_road():
    resistance = np.full((11, 30), 1.0)
    resistance[:, 14:16] = 6.0  # a road two cells wide
    sources = np.zeros((11, 30), int)
    sources[4:7, 1:4], sources[4:7, 26:29] = 1, 2
    corridors, _ = fast(resistance, sources, vulnerability=resistance, threshold=6.0)
    (corridor,) = corridors
    (stretch,) = corridor.vulnerable
    assert stretch.cells == 2 and stretch.max_resistance == 6.0 and stretch.kind == corr.BARRIER
    xs = [x for x, _ in stretch.points]
    assert min(xs) == pytest.approx(13.5 * CELL + 0.5 * CELL) and max(xs) == pytest.approx(16 * CELL)
    assert stretch.length_m == pytest.approx(2 * CELL)
    none, _ = fast(resistance, sources, vulnerability=resistance, threshold=7.0)
    assert none[0].vulnerable == []


def test_one_source_gives_no_corridor():
    sources = np.zeros((5, 5), int)
    sources[2, 2] = 1
    assert fast(np.ones((5, 5)), sources)[0] == []


def test_touching_sources_give_a_one_step_corridor():
    resistance = np.full((5, 6), 2.0)
    sources = np.zeros((5, 6), int)
    sources[:, :3], sources[:, 3:] = 1, 2
    (corridor,), _ = fast(resistance, sources)
    assert corridor.cwd == pytest.approx(2.0 * CELL)
    assert len(corridor.path) == 2 and corridor.length_m == pytest.approx(CELL)
    assert corridor.euclid_m == pytest.approx(CELL)


def test_sources_that_cannot_reach_each_other_have_no_corridor():
    valid = np.ones((7, 9), bool)
    valid[:, 4] = False
    sources = np.zeros((7, 9), int)
    sources[3, 1], sources[3, 7] = 1, 2
    assert fast(np.ones((7, 9)), sources, valid)[0] == []


def test_euclidean_distance_is_between_the_nearest_edge_cells():
    resistance = np.ones((10, 20))
    sources = np.zeros((10, 20), int)
    sources[2:5, 2:5], sources[6:9, 12:15] = 1, 2
    (corridor,), _ = fast(resistance, sources)
    assert corridor.euclid_m == pytest.approx(math.hypot(6 - 4, 12 - 4) * CELL)
    assert corridor.cwd_per_m == pytest.approx(corridor.cwd / corridor.length_m)
    assert corridor.cwd_per_euclid == pytest.approx(corridor.cwd / corridor.euclid_m)


def test_keep_nearest_and_maximum_cwd():
    make = lambda a, b, cwd: corr.Corridor(a, b, cwd, np.array([0]), 1.0, 1.0, (0, 0), cwd / 2)  # noqa: E731
    items = [make(1, 2, 10.0), make(1, 3, 30.0), make(2, 3, 20.0), make(3, 4, 50.0)]
    assert [(c.from_source, c.to_source) for c in corr.keep_nearest(items, max_cwd=25.0)] == [(1, 2), (2, 3)]
    nearest = corr.keep_nearest(items, nearest=1)
    # 1 -> 2 (10), 2 -> 1 (10), 3 -> 2 (20), 4 -> 3 (50)
    assert sorted((c.from_source, c.to_source) for c in nearest) == [(1, 2), (2, 3), (3, 4)]


def test_least_cost_check_of_no_corridor_is_a_no_op():
    resistance = np.ones((5, 5))
    valid = np.ones((5, 5), bool)
    sources = np.zeros((5, 5), np.uint8)
    sources[2, 2] = 1
    found, width = corr.least_cost_check([], resistance, valid, sources, (1.0, 1.0), 8, sources)
    assert found == {} and width is None


@pytest.mark.parametrize("neighbours", [4, 8, 16])
@pytest.mark.parametrize("seed", range(4))
def test_searches_from_the_zones_edges_find_the_least_cost_distance_of_every_pair(seed, neighbours):
    # With the multi-source surface each source's search starts at its zone's edge: the same
    # distances as the plain reference Dijkstra from each source, the same third zones crossed.
    resistance, valid, sources = random_sources(seed, rows=30, cols=36, count=6)
    result, valid = search(np.where(valid, resistance, np.nan), sources, valid, neighbours)
    found = corr.saddle_corridors(result, resistance, valid, (CELL, CELL), TRANSFORM)
    assert found
    plain = [corr.Corridor(c.from_source, c.to_source, c.cwd, c.path, 0.0, 0.0, (0, 0), 0.0) for c in found]
    exact, _ = corr.least_cost_check(found, resistance, valid, sources, (CELL, CELL), neighbours,
                                     result.allocation, surface=result)
    corr.least_cost_check(plain, resistance, valid, sources, (CELL, CELL), neighbours, result.allocation)
    for corridor, other in zip(found, plain):
        a, b = corridor.from_source, corridor.to_source
        expected, _ = lcd(resistance, valid, sources, a, b, neighbours)
        assert corridor.lcd == pytest.approx(expected, rel=1e-12)
        assert corridor.via_source == other.via_source
        lcd_found, path, along = exact[a, b]
        assert sources.flat[path[0]] == a and sources.flat[path[-1]] == b
        assert along[0] == 0.0 and along[-1] == pytest.approx(expected, rel=1e-12)
        assert np.all(np.diff(along) > 0)


def test_a_detour_through_a_third_zone_is_found_from_the_zones_edges():
    # a and b face each other over rough ground; a cheap road loops through c's zone.
    resistance = np.full((61, 81), 10.0)
    resistance[15:51, 6] = resistance[50, 6:75] = resistance[15:51, 74] = 1.0
    sources = np.zeros(resistance.shape, int)
    sources[5:16, 2:11], sources[5:16, 70:79], sources[55, 40] = 1, 2, 3
    result, valid = search(resistance, sources)
    assert result.allocation[50, 40] == 3
    found = corr.saddle_corridors(result, resistance, valid, (CELL, CELL), TRANSFORM, cheapest_only=True)
    corr.least_cost_check(found, resistance, valid, sources, (CELL, CELL), 8, result.allocation, surface=result)
    ab = {(c.from_source, c.to_source): c for c in found}[1, 2]
    assert ab.lcd == pytest.approx(lcd(resistance, valid, sources, 1, 2)[0], rel=1e-12)
    assert ab.detour > 1.5 and ab.via_source == 3
