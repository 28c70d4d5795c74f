# SPDX-License-Identifier: GPL-2.0-or-later
"""Accumulated area over the predecessor forest and radiation channels."""

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import channels as chan
from mcr_security_pattern.algorithms.kernels import cost


def test_accumulation_along_a_line_counts_the_cells_behind():
    sources = np.zeros((1, 6), int)
    sources[0, 0] = 1
    result = cost.accumulated_cost(np.ones((1, 6)), sources, neighbours=4)
    counts = chan.accumulated_cells(result.back_direction, result.reachable)
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
    counts = chan.accumulated_cells(result.back_direction, result.reachable)
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
    channels, area = chan.radiation_channels(result, 1.0, threshold_km2=150.0)
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
    counts = [len(chan.radiation_channels(result, 1.0, t)[0]) for t in (5, 20, 80, 300, 5000)]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > counts[-2] >= 1 and counts[-1] == 0


def test_cells_excluded_as_corridor_do_not_form_channels():
    resistance, sources, centre = star_landscape()
    result = cost.accumulated_cost(resistance, sources, neighbours=8)
    excluded = np.zeros(resistance.shape, bool)
    excluded[:centre, centre] = True  # the northern valley is a corridor
    channels, _ = chan.radiation_channels(result, 1.0, 150.0, excluded=excluded)
    assert len(channels) == 3
    assert not any(excluded.ravel()[c.path[1:]].any() for c in channels)
