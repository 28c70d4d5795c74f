# SPDX-License-Identifier: GPL-2.0-or-later
"""The MCR kernel against a plain Dijkstra, the GRASS r.cost manual example, and edge cases."""

import math

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import InputError, cost

from .reference_dijkstra import dijkstra, step, tied_cells

RTOL = 1e-9


def random_landscape(seed, rows, cols, barrier_share=0.15, n_sources=3):
    rng = np.random.default_rng(seed)
    resistance = rng.choice([1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 9.0, 10.0], size=(rows, cols))
    resistance *= rng.uniform(0.5, 1.5, size=(rows, cols))  # break exact ties
    valid = rng.random((rows, cols)) > barrier_share
    sources = np.zeros((rows, cols), dtype=np.int32)
    for label in range(1, n_sources + 1):
        r, c = rng.integers(0, rows), rng.integers(0, cols)
        sources[r : r + rng.integers(1, 3), c : c + rng.integers(1, 3)] = label
    return resistance, valid, sources


def check_predecessors_reproduce_distance(result, resistance, valid, dx, dy):
    rows, cols = resistance.shape
    pred = result.predecessors()
    distance = result.distance.ravel()
    for flat in np.flatnonzero(pred >= 0):
        a = divmod(int(pred[flat]), cols)
        b = divmod(int(flat), cols)
        w = step(resistance, valid, a, b, dx, dy)
        assert w is not None, (a, b)
        assert distance[flat] == pytest.approx(distance[pred[flat]] + w, rel=RTOL, abs=1e-12)
        assert result.allocation.ravel()[flat] == result.allocation.ravel()[pred[flat]]


@pytest.mark.parametrize("neighbours", [4, 8, 16])
@pytest.mark.parametrize("seed", range(8))
def test_random_grids_match_plain_dijkstra(seed, neighbours):
    rows, cols = 13 + seed % 5, 17 + (3 * seed) % 7
    resistance, valid, sources = random_landscape(seed, rows, cols)
    dx, dy = (1.0, 1.0) if seed % 2 else (30.0, 20.0)  # square and non-square cells
    result = cost.accumulated_cost(resistance, sources, (dx, dy), neighbours, valid=valid)
    expected, expected_allocation = dijkstra(resistance, valid, sources, dx, dy, neighbours)
    assert np.array_equal(np.isfinite(result.distance), np.isfinite(expected))
    finite = np.isfinite(expected)
    np.testing.assert_allclose(result.distance[finite], expected[finite], rtol=RTOL)
    ties = tied_cells(resistance, valid, sources, expected, dx, dy, neighbours)
    untied = finite & ~ties
    assert np.array_equal(result.allocation[untied], expected_allocation[untied])
    assert (result.allocation[~finite] == 0).all()
    check_predecessors_reproduce_distance(result, resistance, valid, dx, dy)
    assert cost.edge_violations(result.distance, resistance, valid, (dx, dy), neighbours) <= 1e-12


def read_grass_ascii(path):
    lines = path.read_text().splitlines()
    header = {}
    while ":" in lines[0]:
        key, value = lines.pop(0).split(":", 1)
        header[key.strip()] = value.strip()
    return np.array([[np.nan if v == "*" else float(v) for v in line.split()] for line in lines if line.strip()])


def grass_case(data_dir):
    surface = read_grass_ascii(data_dir / "cost_surface.grass_ascii")
    sources = np.zeros(surface.shape, dtype=np.int32)
    sources[4, 5] = 1  # the boxed start cell: row 5, column 6 (1-based)
    return surface, sources


def test_grass_rcost_manual_example_8_neighbours(grass_data):
    surface, sources = grass_case(grass_data)
    result = cost.accumulated_cost(surface, sources, (1.0, 1.0), 8)
    grass = read_grass_ascii(grass_data / "grass821_rcost_8neighbour.grass_ascii")
    np.testing.assert_allclose(result.distance, grass, atol=5e-6)  # GRASS prints 6 decimals
    # The manual prints integers (rounded half up).
    manual = np.array([[int(v) for v in line.split()] for line in MANUAL_8.strip().splitlines()])
    assert np.array_equal(np.floor(result.distance + 0.5).astype(int), manual)


def test_grass_rcost_manual_example_knights_move(grass_data):
    surface, sources = grass_case(grass_data)
    result = cost.accumulated_cost(surface, sources, (1.0, 1.0), 16)
    grass = read_grass_ascii(grass_data / "grass821_rcost_knight_k.grass_ascii")
    np.testing.assert_allclose(result.distance, grass, atol=5e-6)


def test_grass_rcost_manual_example_directions(grass_data):
    # GRASS's outdir is the direction (degrees CCW from east) from each cell to its predecessor.
    surface, sources = grass_case(grass_data)
    result = cost.accumulated_cost(surface, sources, (1.0, 1.0), 8)
    grass = read_grass_ascii(grass_data / "grass821_rcost_8neighbour_direction_deg_ccw_from_east.grass_ascii")
    degrees = {3: 360, 2: 45, 1: 90, 8: 135, 7: 180, 6: 225, 5: 270, 4: 315}
    ours = np.vectorize(lambda code: degrees.get(int(code), np.nan), otypes=[float])(result.back_direction)
    ours[4, 5] = np.nan
    # Cells with two optimal predecessors may legitimately differ; all others must agree.
    expected, _ = dijkstra(surface, np.ones(surface.shape, bool), sources)
    agree = (ours == grass) | np.isnan(grass)
    for r, c in zip(*np.nonzero(~agree)):
        code = {v: k for k, v in degrees.items()}[int(grass[r, c])]
        dr, dc = cost.OFFSETS[code]
        via = expected[r + dr, c + dc] + step(surface, np.ones(surface.shape, bool), (r + dr, c + dc), (r, c), 1, 1)
        assert via == pytest.approx(expected[r, c], rel=1e-12), (r, c)


MANUAL_8 = """
22 21 21 20 17 15 14
20 19 22 20 15 12 11
22 18 17 18 13 11 9
21 14 13 12 8 6 6
16 13 8 7 4 0 6
14 9 8 9 6 3 8
"""


def test_three_by_three_by_hand():
    resistance = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
    sources = np.zeros((3, 3), int)
    sources[0, 0] = 1
    d = cost.accumulated_cost(resistance, sources, (10.0, 10.0), 8).distance
    diagonal = 10.0 * math.sqrt(2)
    assert d[0, 1] == pytest.approx((1 + 2) / 2 * 10)  # 15
    assert d[0, 2] == pytest.approx(15 + (2 + 3) / 2 * 10)  # 40
    assert d[1, 1] == pytest.approx((1 + 5) / 2 * diagonal)  # direct diagonal beats the detours
    assert d[2, 2] == pytest.approx(d[1, 1] + (5 + 9) / 2 * diagonal)


def test_unreachable_region_is_inf_with_no_allocation():
    resistance = np.ones((5, 5))
    valid = np.ones((5, 5), bool)
    valid[:, 2] = False  # a wall
    sources = np.zeros((5, 5), int)
    sources[2, 0] = 4
    result = cost.accumulated_cost(resistance, sources, valid=valid)
    assert np.isinf(result.distance[:, 2:]).all()
    assert (result.allocation[:, 2:] == 0).all() and (result.back_direction[:, 2:] == 0).all()
    assert (result.allocation[:, :2] == 4).all()


def test_diagonal_moves_pass_between_two_barrier_corners():
    # As in GRASS and ArcGIS, a diagonal step only needs its two end cells passable.
    valid = np.array([[True, False], [False, True]])
    sources = np.array([[1, 0], [0, 0]])
    d = cost.accumulated_cost(np.ones((2, 2)), sources, valid=valid).distance
    assert d[1, 1] == pytest.approx(math.sqrt(2))


def test_knight_move_needs_all_four_cells():
    resistance = np.ones((3, 2))
    valid = np.ones((3, 2), bool)
    valid[1, 0] = False  # beside the midpoint of (0,0) -> (2,1)
    sources = np.zeros((3, 2), int)
    sources[0, 0] = 1
    d = cost.accumulated_cost(resistance, sources, neighbours=16, valid=valid).distance
    expected, _ = dijkstra(resistance, valid, sources, neighbours=16)
    np.testing.assert_allclose(d, expected)
    assert d[2, 1] == pytest.approx(math.sqrt(2) + 1)  # diagonal to (1,1), then south; no knight


def test_single_source_cell_and_sources_on_the_edge():
    resistance = np.full((6, 9), 2.0)
    sources = np.zeros((6, 9), int)
    sources[0, 8] = 1  # a corner
    result = cost.accumulated_cost(resistance, sources, (1.0, 1.0), 8)
    rows, cols = np.indices((6, 9))
    dr, dc = rows, 8 - cols
    expected = 2.0 * (np.maximum(dr, dc) - np.minimum(dr, dc) + np.sqrt(2) * np.minimum(dr, dc))
    np.testing.assert_allclose(result.distance, expected, rtol=1e-12)
    assert result.distance[0, 8] == 0 and result.back_direction[0, 8] == 0


def test_max_cost_cut_off():
    resistance = np.ones((1, 10))
    sources = np.zeros((1, 10), int)
    sources[0, 0] = 1
    result = cost.accumulated_cost(resistance, sources, neighbours=4, max_cost=4.5)
    assert result.distance.tolist() == [[0, 1, 2, 3, 4] + [math.inf] * 5]
    assert result.allocation.tolist() == [[1] * 5 + [0] * 5]


@pytest.mark.parametrize("resistance", [0.0, -3.0, np.nan, np.inf])
def test_bad_resistance_is_refused_with_count_and_location(resistance):
    grid = np.ones((4, 4))
    grid[2, 3] = resistance
    sources = np.zeros((4, 4), int)
    sources[0, 0] = 1
    with pytest.raises(InputError, match=r"1 cells that are ≤ 0 or not a number.*row 2, column 3"):
        cost.accumulated_cost(grid, sources, valid=np.ones((4, 4), bool))


def test_bad_resistance_on_nodata_is_ignored():
    grid = np.ones((3, 3))
    grid[1, 1] = -9999.0
    valid = grid > 0
    sources = np.zeros((3, 3), int)
    sources[0, 0] = 1
    assert np.isinf(cost.accumulated_cost(grid, sources, valid=valid).distance[1, 1])


def test_no_sources_or_sources_only_on_nodata_are_refused():
    grid = np.ones((3, 3))
    with pytest.raises(InputError, match="no source cells"):
        cost.accumulated_cost(grid, np.zeros((3, 3), int))
    valid = np.ones((3, 3), bool)
    valid[0, 0] = False
    sources = np.zeros((3, 3), int)
    sources[0, 0] = 1
    with pytest.raises(InputError, match="lies on NoData"):
        cost.accumulated_cost(grid, sources, valid=valid)


def test_ties_are_broken_deterministically():
    resistance = np.ones((5, 5))
    sources = np.zeros((5, 5), int)
    sources[2, 0], sources[2, 4] = 1, 2  # column 2 is equidistant
    first = cost.accumulated_cost(resistance, sources)
    second = cost.accumulated_cost(resistance.copy(), sources.copy())
    assert np.array_equal(first.allocation, second.allocation)
    assert set(np.unique(first.allocation[:, 2])) <= {1, 2}


def test_serpentine_maze_needs_many_passes_but_stays_exact():
    # Vertical corridors joined alternately at the top and the bottom: every turn reverses
    # the vertical direction, the worst case for row sweeps.
    rows, cols = 21, 41
    valid = np.zeros((rows, cols), bool)
    valid[1:-1, 1::2] = True
    for k, col in enumerate(range(1, cols - 2, 2)):
        valid[1 if k % 2 else rows - 2, col + 1] = True
    resistance = np.random.default_rng(0).uniform(1, 3, (rows, cols))
    sources = np.zeros((rows, cols), int)
    sources[1, 1] = 1
    result = cost.accumulated_cost(resistance, sources, valid=valid)
    expected, _ = dijkstra(resistance, valid, sources)
    finite = np.isfinite(expected)
    assert np.array_equal(np.isfinite(result.distance), finite)
    np.testing.assert_allclose(result.distance[finite], expected[finite], rtol=RTOL)
    assert result.steps > 5


@pytest.fixture()
def grass_data():
    from pathlib import Path

    return Path(__file__).parent / "data" / "grass_rcost_manual_example"


@pytest.mark.parametrize("neighbours", [4, 8, 16])
def test_a_tile_seeded_with_its_neighbours_costs_reproduces_the_whole_grid_exactly(neighbours):
    rng = np.random.default_rng(5)
    resistance = rng.uniform(1.0, 20.0, (40, 50))
    valid = rng.random((40, 50)) > 0.1
    sources = np.zeros((40, 50), int)
    sources[5, 3], sources[30, 10] = 1, 2  # all in the western part
    whole = cost.accumulated_cost(resistance, sources, (30.0, 30.0), neighbours, valid=valid)
    # The eastern tile with a halo of two columns, seeded with the whole grid's costs there.
    tile = np.s_[:, 25:]
    seeds = np.zeros((40, 25), int)
    halo = np.isfinite(whole.distance[tile]) & (np.arange(25) < 2)[None, :]
    seeds[halo] = whole.allocation[tile][halo]
    seeded = cost.accumulated_cost(resistance[tile], seeds, (30.0, 30.0), neighbours, valid=valid[tile],
                                   seed_cost=np.where(halo, whole.distance[tile], 0.0))
    inner = np.s_[:, 2:]
    np.testing.assert_array_equal(seeded.distance[inner], whole.distance[tile][inner])


@pytest.mark.parametrize("neighbours", [4, 8, 16])
def test_a_search_from_known_costs_equals_the_search_from_the_source(neighbours):
    # Preset a source's own allocation zone at the multi-source costs and start at the zone's edge:
    # every cell within the limit gets the cost and a valid predecessor of the search from the source.
    rng = np.random.default_rng(5)
    resistance = rng.uniform(1.0, 9.0, (30, 40))
    valid = rng.random((30, 40)) > 0.1
    sources = np.zeros((30, 40), np.int32)
    sources[4:6, 5:7], sources[22:24, 30:33], sources[15, 15] = 1, 2, 3
    valid |= sources > 0
    resistance = np.where(valid, resistance, np.nan)
    result = cost.accumulated_cost(resistance, sources, (10.0, 10.0), neighbours, valid=valid)
    grid = cost.SearchGrid(resistance, valid, (10.0, 10.0), neighbours)
    reference, _ = dijkstra(resistance, valid, np.where(sources == 1, 1, 0), 10.0, 10.0, neighbours)
    own = result.allocation == 1
    edge = own & ~np.all([np.roll(own, (-dr, -dc), (0, 1)) for dr, dc in
                          (cost.OFFSETS[c] for c in cost.NEIGHBOURHOODS[neighbours])], axis=0)
    limit = float(np.nanpercentile(reference[np.isfinite(reference)], 60))
    here, back = grid.search(edge, limit, known=(own, result.distance, result.back_direction), trim=False)
    distance = here.reshape(-1, grid.padded_cols)[grid.inner]
    within = np.isfinite(reference) & (reference <= limit)
    assert np.allclose(distance[within], reference[within], rtol=1e-12)
    assert (distance[~within] > limit).all()  # untrimmed: above the limit, or never reached (inf)
    trimmed, _ = grid.search(edge, limit, known=(own, result.distance, result.back_direction))
    assert np.isinf(trimmed.reshape(-1, grid.padded_cols)[grid.inner][~within]).all()
