# SPDX-License-Identifier: GPL-2.0-or-later
"""Corridors at every saddle of a ridge, the true least-cost check, and the corridor width."""

import math

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import corridors as corr
from mcr_security_pattern.algorithms.kernels import cost

from .reference_dijkstra import dijkstra

CELL = 100.0
TRANSFORM = (0.0, CELL, 0.0, 0.0, 0.0, -CELL)
WALL = 40.0
GAPS = {6: 1, 20: 2, 34: 3}  # first row of each gap: its width in rows


def wall_with_gaps(noise=0.0, seed=0, gaps=GAPS):
    """Two sources either side of a costly wall (column 30) with gaps of different widths."""
    rows, cols = 41, 61
    rng = np.random.default_rng(seed)
    resistance = np.ones((rows, cols)) * (1.0 + noise * rng.uniform(-1, 1, (rows, cols)))
    resistance[:, 30] = WALL
    for first, width in gaps.items():
        resistance[first : first + width, 30] = 1.0
    sources = np.zeros((rows, cols), int)
    sources[14:27, 2:5], sources[14:27, 56:59] = 1, 2
    return resistance, sources


def saddles(resistance, sources, options=None, cheapest_only=False):
    valid = np.ones(resistance.shape, bool)
    result = cost.accumulated_cost(resistance, sources, (CELL, CELL), 8)
    found = corr.saddle_corridors(result, resistance, valid, (CELL, CELL), TRANSFORM, options=options,
                                  cheapest_only=cheapest_only)
    return found, result


def gap_of(corridor):
    """The gap a corridor crosses the wall through (its first row)."""
    rows, cols = np.divmod(corridor.path, 61)
    crossing = rows[cols == 30]
    return next(first for first, width in GAPS.items() if first <= crossing.min() < first + width)


def test_a_wall_with_three_gaps_gives_three_corridors_and_three_nodes_one_per_gap():
    resistance, sources = wall_with_gaps()
    found, _ = saddles(resistance, sources)
    assert len(found) == 3
    assert sorted(gap_of(c) for c in found) == sorted(GAPS)
    assert sorted(c.saddle_rank for c in found) == [1, 2, 3]
    for corridor in found:
        # The node sits in the corridor's gap.
        row, col = int(-corridor.node_xy[1] // CELL), int(corridor.node_xy[0] // CELL)
        first = gap_of(corridor)
        assert col == 30 and first <= row < first + GAPS[first]


@pytest.mark.parametrize("gap", sorted(GAPS))
def test_each_corridor_costs_the_least_cost_path_through_its_gap(gap):
    resistance, sources = wall_with_gaps()
    found, _ = saddles(resistance, sources)
    corridor = next(c for c in found if gap_of(c) == gap)
    # Independent: a plain Dijkstra on the landscape with only this gap open.
    closed = resistance.copy()
    closed[:, 30] = np.inf
    closed[gap : gap + GAPS[gap], 30] = 1.0
    valid = np.isfinite(closed)
    distance, _ = dijkstra(np.where(valid, closed, 1.0), valid, np.where(sources == 1, 1, 0), CELL, CELL, 8)
    assert corridor.cwd == pytest.approx(float(distance[sources == 2].min()), rel=1e-12)


def test_the_cheapest_saddle_mode_keeps_one_corridor_per_pair():
    resistance, sources = wall_with_gaps()
    found, _ = saddles(resistance, sources, cheapest_only=True)
    (corridor,) = found
    every, _ = saddles(resistance, sources)
    assert corridor.cwd == min(c.cwd for c in every)


@pytest.mark.parametrize("seed", range(3))
def test_a_noisy_ridge_does_not_multiply_saddles(seed):
    resistance, sources = wall_with_gaps(noise=0.01, seed=seed)
    found, _ = saddles(resistance, sources)
    assert sorted(gap_of(c) for c in found) == sorted(GAPS)
    # Without the persistence filter the noise gives many more minima along the ridge.
    loose = corr.SaddleOptions(min_persistence=0.0, max_cost_ratio=math.inf, min_separation_m=0.0)
    assert len(saddles(resistance, sources, loose)[0]) > 3


def test_persistence_is_how_far_the_ridge_rises_before_a_cheaper_saddle():
    resistance, sources = wall_with_gaps()
    found, result = saddles(resistance, sources)
    ranked = sorted(found, key=lambda c: c.cwd)
    assert math.isinf(ranked[0].persistence)
    for corridor in ranked[1:]:
        assert 0 < corridor.persistence < math.inf
        # The ridge between two gaps runs through the wall: rising to at least a wall crossing.
        assert corridor.cwd + corridor.persistence > corridor.cwd + 0.5 * (WALL - 1.0) * CELL


def test_a_saddle_too_costly_against_the_cheapest_is_left_out():
    resistance, sources = wall_with_gaps()
    found, _ = saddles(resistance, sources)
    cheapest, *others = sorted(c.cwd for c in found)
    below = corr.SaddleOptions(max_cost_ratio=0.999 * min(others) / cheapest)
    assert [c.cwd for c in saddles(resistance, sources, below)[0]] == [cheapest]
    at = corr.SaddleOptions(max_cost_ratio=max(others) / cheapest)
    assert len(saddles(resistance, sources, at)[0]) == 3


def test_saddles_whose_paths_do_not_separate_are_one_corridor():
    # Two gaps one row apart: their valley lines merge at once.
    resistance, sources = wall_with_gaps(gaps={19: 1, 21: 1})
    found, _ = saddles(resistance, sources, corr.SaddleOptions(min_separation_m=1000.0))
    assert len(found) == 1


def three_sources_with_a_highway():
    """a (west) and b (east) face each other over rough ground in the north; a cheap road loops
    south from a to b and passes close to a small source c, whose zone takes part of it."""
    rows, cols = 61, 81
    resistance = np.full((rows, cols), 10.0)
    resistance[15:51, 6] = 1.0
    resistance[50, 6:75] = 1.0
    resistance[15:51, 74] = 1.0
    sources = np.zeros((rows, cols), int)
    sources[5:16, 2:11] = 1
    sources[5:16, 70:79] = 2
    sources[55, 40] = 3
    return resistance, sources


def test_a_corridor_whose_least_cost_path_crosses_a_third_zone_is_flagged():
    resistance, sources = three_sources_with_a_highway()
    valid = np.ones(resistance.shape, bool)
    result = cost.accumulated_cost(resistance, sources, (CELL, CELL), 8)
    assert result.allocation[50, 40] == 3  # the road's middle lies in c's zone
    found = corr.saddle_corridors(result, resistance, valid, (CELL, CELL), TRANSFORM, cheapest_only=True)
    corr.least_cost_check(found, resistance, valid, sources, (CELL, CELL), 8, result.allocation)
    by_pair = {(c.from_source, c.to_source): c for c in found}
    ab = by_pair[1, 2]
    distance, _ = dijkstra(resistance, valid, np.where(sources == 1, 1, 0), CELL, CELL, 8)
    assert ab.lcd == pytest.approx(float(distance[sources == 2].min()), rel=1e-12)
    assert ab.detour > 1.5 and ab.via_source == 3
    assert all(c.detour >= 1 - 1e-12 for c in found)


@pytest.mark.parametrize("seed", range(3))
def test_the_width_raster_is_never_negative_and_zero_on_the_least_cost_path(seed):
    rng = np.random.default_rng(seed)
    resistance = rng.uniform(1.0, 2000.0, (40, 50)).astype(np.float32)
    valid = np.ones(resistance.shape, bool)
    sources = np.zeros(resistance.shape, int)
    sources[5:9, 3:7], sources[30:35, 40:46] = 1, 2
    found, width = corr.pairwise_corridors(resistance, valid, sources, (30.0, 30.0), 8, TRANSFORM, [(1, 2)],
                                           width_cutoff=math.inf)
    assert width.dtype == np.float64
    assert 0.0 <= float(width.min()) <= 1e-9 * found[0].cwd
    assert float(np.abs(width.ravel()[found[0].path]).max()) <= 1e-9 * found[0].cwd
