# SPDX-License-Identifier: GPL-2.0-or-later
"""Accumulated area over the predecessor forest and radiation channels."""

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import channels as chan
from mcr_security_pattern.algorithms.kernels import cost

KM = (1000.0, 1000.0)  # cells of 1 km²


def test_accumulation_along_a_line_counts_the_cells_behind():
    sources = np.zeros((1, 6), int)
    sources[0, 0] = 1
    result = cost.accumulated_cost(np.ones((1, 6)), sources, neighbours=4)
    counts = chan.accumulated_cells(chan.tree_drainage(result.back_direction, result.reachable), result.reachable)
    assert counts.tolist() == [[6, 5, 4, 3, 2, 1]]


@pytest.mark.parametrize("seed", range(4))
def test_accumulation_equals_counting_each_cells_path(seed):
    rng = np.random.default_rng(seed)
    resistance = rng.uniform(1, 10, (14, 17))
    valid = rng.random((14, 17)) > 0.15
    sources = np.zeros((14, 17), int)
    sources[3, 3], sources[10, 12] = 1, 2
    valid |= sources > 0
    result = cost.accumulated_cost(resistance, sources, valid=valid)
    counts = chan.accumulated_cells(chan.tree_drainage(result.back_direction, result.reachable), result.reachable)
    # Brute force: walk every reachable cell's path to its source and count each cell passed.
    expected = np.zeros(resistance.size)
    pred = result.predecessors()
    for cell in np.flatnonzero(result.reachable.ravel()):
        while cell >= 0:
            expected[cell] += 1
            cell = pred[cell]
    np.testing.assert_array_equal(counts.ravel(), expected)


def star_landscape(size=61, valleys=((-1, 0), (0, 1), (1, 0), (0, -1))):
    """A source disk in the middle; cheap straight valleys radiating from it in rough terrain."""
    resistance = np.full((size, size), 8.0)
    centre = size // 2
    for dr, dc in valleys:
        for k in range(1, centre + 1):
            resistance[centre + dr * k, centre + dc * k] = 1.0
    rows, cols = np.indices((size, size))
    sources = ((rows - centre) ** 2 + (cols - centre) ** 2 <= 9).astype(int)
    return resistance, sources, centre


def test_channels_follow_the_valleys():
    resistance, sources, centre = star_landscape()
    result = cost.accumulated_cost(resistance, sources, neighbours=8)
    channels, area = chan.radiation_channels(result, KM, threshold_km2=150.0)
    assert len(channels) == 4
    for channel in channels:
        cells = channel.path[1:]
        on_valley = resistance.ravel()[cells] == 1.0
        assert on_valley.mean() > 0.9
        assert sources.ravel()[channel.path[0]] == 1  # it leaves from the source edge
        assert channel.source_id == 1
        assert channel.catchment_km2 == pytest.approx(area.ravel()[cells[0]])
        assert channel.mcr_end == pytest.approx(result.distance.ravel()[cells[-1]])


def test_channel_count_falls_as_the_threshold_rises():
    resistance, sources, _ = star_landscape(valleys=((-1, 0), (0, 1), (1, 0), (0, -1), (1, 1), (-1, -1)))
    result = cost.accumulated_cost(resistance, sources, neighbours=8)
    counts = [len(chan.radiation_channels(result, KM, t)[0]) for t in (5, 20, 80, 300, 5000)]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > counts[-2] >= 1 and counts[-1] == 0


def test_cells_excluded_as_corridor_do_not_form_channels():
    resistance, sources, centre = star_landscape()
    result = cost.accumulated_cost(resistance, sources, neighbours=8)
    excluded = np.zeros(resistance.shape, bool)
    excluded[:centre, centre] = True  # the northern valley is a corridor
    channels, _ = chan.radiation_channels(result, KM, 150.0, excluded=excluded)
    assert len(channels) == 3
    assert not any(excluded.ravel()[c.path[1:]].any() for c in channels)


def brute_force_d8(distance, dx, dy):
    """Downstream cell of every cell by looping over its 8 neighbours (N, NE, … NW; first wins)."""
    rows, cols = distance.shape
    order = [(-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1)]
    downstream = {}
    for r in range(rows):
        for c in range(cols):
            if not np.isfinite(distance[r, c]) or distance[r, c] == 0:
                continue
            best, target = 0.0, None
            for dr, dc in order:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and np.isfinite(distance[nr, nc]):
                    drop = (distance[r, c] - distance[nr, nc]) / np.hypot(dr * dy, dc * dx)
                    if drop > best:
                        best, target = drop, (nr, nc)
            downstream[r, c] = target
    return downstream


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("cell", [(30.0, 30.0), (20.0, 35.0)])
def test_d8_accumulation_equals_a_brute_force_d8_walk(seed, cell):
    rng = np.random.default_rng(seed)
    resistance = rng.uniform(1, 10, (16, 19))
    valid = rng.random((16, 19)) > 0.1
    sources = np.zeros((16, 19), int)
    sources[2, 3], sources[12, 15] = 1, 2
    valid |= sources > 0
    result = cost.accumulated_cost(resistance, sources, cell, valid=valid)
    drainage = chan.d8_drainage(result.distance, cell, result.back_direction)
    counts = chan.accumulated_cells(drainage, result.reachable)
    walk = brute_force_d8(result.distance, *cell)
    expected = np.zeros(result.distance.shape)
    for start in walk:
        cell_here = start
        while cell_here is not None:
            expected[cell_here] += 1
            cell_here = walk.get(cell_here)
    for r, c in zip(*np.nonzero(result.reachable & (result.distance == 0))):
        expected[r, c] += 1  # a source counts itself too
    np.testing.assert_array_equal(counts, expected)
    assert all(target is not None for target in walk.values())  # no interior sink on an MCR surface


def test_d8_channels_on_a_cone_are_radial():
    size = 81
    centre = size // 2
    rows, cols = np.indices((size, size))
    distance = np.hypot(rows - centre, cols - centre) * 10.0
    sources = ((rows - centre) ** 2 + (cols - centre) ** 2 <= 4)
    distance[sources] = 0.0
    result = cost.CostResult(distance, np.ones((size, size), np.int32),
                             np.zeros((size, size), np.uint8), 8)
    drainage = chan.d8_drainage(distance, (10.0, 10.0))
    channels, _ = chan.radiation_channels(result, (10.0, 10.0), 0.01, drainage=drainage, min_length_m=50.0)
    assert len(channels) >= 8
    for channel in channels:
        r, c = np.divmod(channel.path[1:], size)
        radius = np.hypot(r - centre, c - centre)
        assert (np.diff(radius) > 0).all()  # always outward
        bearing = np.degrees(np.arctan2(r - centre, c - centre))
        spread = np.ptp(np.unwrap(np.radians(bearing)))
        assert np.degrees(spread) <= 23.0  # within one D8 sector: a ray from the centre


def test_stub_channels_shorter_than_the_minimum_length_are_left_out():
    resistance, sources, centre = star_landscape()
    result = cost.accumulated_cost(resistance, sources, neighbours=8)
    # A low threshold lets the diagonal corners of the source disk drain just enough: one-step stubs.
    every, _ = chan.radiation_channels(result, KM, 5.0)
    stubs = [c for c in every if c.length_m < 2000.0]
    assert len(stubs) == 4 and all(len(c.path) == 2 for c in stubs)
    long_only, _ = chan.radiation_channels(result, KM, 5.0, min_length_m=2000.0)
    assert [c.path.tolist() for c in every if c.length_m >= 2000.0] == [c.path.tolist() for c in long_only]
    assert len(long_only) == 4
