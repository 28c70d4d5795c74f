# SPDX-License-Identifier: GPL-2.0-or-later
"""The patch graph: least-cost links between patches, against a plain heap Dijkstra written in
the tests, on landscapes where the linked pairs are known by construction."""

import math

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import Cancelled, InputError
from mcr_security_pattern.algorithms.kernels import patch_graph as graph

from .reference_dijkstra import dijkstra, step

CELL = 10.0


def reference_lcd(resistance, valid, patches, a, b, neighbours=8):
    """Cheapest cost from any cell of a to any cell of b, other patches costing their resistance."""
    distance, _ = dijkstra(resistance, valid, np.where(patches == a, 1, 0), CELL, CELL, neighbours)
    reached = distance[(patches == b) & valid]
    return float(reached.min()) if reached.size else math.inf


def path_cost(resistance, valid, path, cols, neighbours=8):
    cells = [divmod(int(p), cols) for p in path]
    return sum(step(resistance, valid, a, b, CELL, CELL) for a, b in zip(cells, cells[1:]))


def random_landscape(seed, shape=(18, 22), count=4):
    rng = np.random.default_rng(seed)
    resistance = rng.uniform(1.0, 10.0, shape)
    valid = rng.random(shape) > 0.08
    patches = np.zeros(shape, np.int32)
    for patch in range(1, count + 1):
        r, c = rng.integers(0, shape[0] - 2), rng.integers(0, shape[1] - 3)
        patches[r : r + 2, c : c + 3] = np.where(patches[r : r + 2, c : c + 3] == 0, patch * 3,
                                                 patches[r : r + 2, c : c + 3])
    return resistance, valid, patches


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("neighbours", [4, 8, 16])
def test_every_pair_gets_its_least_cost_distance_and_a_path_of_that_cost(seed, neighbours):
    resistance, valid, patches = random_landscape(seed)
    links = graph.patch_links(resistance, valid, patches, (CELL, CELL), neighbours, "all", paths=True)
    ids = sorted({int(v) for v in np.unique(patches[valid & (patches > 0)])})
    assert links.patches.tolist() == ids
    expected = {}
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            lcd = reference_lcd(resistance, valid, patches, a, b, neighbours)
            if math.isfinite(lcd):
                expected[a, b] = lcd
    found = dict(zip(zip(links.patch_i.tolist(), links.patch_j.tolist()), links.cost.tolist()))
    assert set(found) == set(expected)
    for pair, cost in expected.items():
        assert found[pair] == pytest.approx(cost, rel=1e-9)
    cols = patches.shape[1]
    for a, b, cost, path, length in zip(links.patch_i, links.patch_j, links.cost, links.paths, links.length_m):
        assert patches.ravel()[path[0]] == a and patches.ravel()[path[-1]] == b
        assert path_cost(resistance, valid, path, cols, neighbours) == pytest.approx(cost, rel=1e-9)
        rows, columns = np.divmod(path, cols)
        assert length == pytest.approx(np.hypot(np.diff(rows), np.diff(columns)).sum() * CELL)


def three_in_a_row():
    """Patches 1, 2, 3 from west to east on a uniform resistance: 2 lies between 1 and 3."""
    resistance = np.ones((5, 31))
    patches = np.zeros((5, 31), np.int32)
    patches[1:4, 0:3] = 1
    patches[1:4, 14:17] = 2
    patches[1:4, 28:31] = 3
    return resistance, np.ones((5, 31), bool), patches


def test_adjacent_pairs_are_the_pairs_whose_zones_touch():
    resistance, valid, patches = three_in_a_row()
    links = graph.patch_links(resistance, valid, patches, (CELL, CELL), 8, "adjacent")
    assert list(zip(links.patch_i.tolist(), links.patch_j.tolist())) == [(1, 2), (2, 3)]
    # 11 empty cells between 1 and 2: 12 straight steps of resistance 1 x 10 m.
    assert links.cost.tolist() == pytest.approx([120.0, 120.0])
    assert links.length_m.tolist() == pytest.approx([120.0, 120.0])


def test_all_pairs_link_the_outer_patches_too_and_cross_the_middle_one_at_its_resistance():
    resistance, valid, patches = three_in_a_row()
    links = graph.patch_links(resistance, valid, patches, (CELL, CELL), 8, "all")
    found = dict(zip(zip(links.patch_i.tolist(), links.patch_j.tolist()), links.cost.tolist()))
    # 1 -> 3: 26 straight steps from column 2 to column 28.
    assert found == pytest.approx({(1, 2): 120.0, (2, 3): 120.0, (1, 3): 260.0})
    assert np.isnan(links.length_m).all() and links.paths is None
    # Patch 2 as costly land: 1 and 3 now go round it along row 0 (or 4): one diagonal step out
    # of 1, 24 straight, one diagonal into 3; reaching 2 costs a step onto resistance 100.
    resistance[patches == 2] = 100.0
    links = graph.patch_links(resistance, valid, patches, (CELL, CELL), 8, "all")
    found = dict(zip(zip(links.patch_i.tolist(), links.patch_j.tolist()), links.cost.tolist()))
    assert found == pytest.approx({(1, 2): 110.0 + 505.0, (2, 3): 505.0 + 110.0, (1, 3): 240.0 + 20 * math.sqrt(2)})


def test_adjacent_and_all_pairs_agree_on_the_pairs_they_share():
    for seed in range(4):
        resistance, valid, patches = random_landscape(seed + 10)
        every = graph.patch_links(resistance, valid, patches, (CELL, CELL), 8, "all")
        adjacent = graph.patch_links(resistance, valid, patches, (CELL, CELL), 8, "adjacent")
        table = dict(zip(zip(every.patch_i.tolist(), every.patch_j.tolist()), every.cost.tolist()))
        for a, b, cost in zip(adjacent.patch_i.tolist(), adjacent.patch_j.tolist(), adjacent.cost.tolist()):
            assert cost == pytest.approx(table[a, b], rel=1e-9)


def test_links_above_the_largest_cost_are_left_out():
    resistance, valid, patches = three_in_a_row()
    for pairs in graph.PAIRS:
        links = graph.patch_links(resistance, valid, patches, (CELL, CELL), 8, pairs, max_cost=200.0)
        assert links.cost.tolist() == pytest.approx([120.0, 120.0])


def test_patches_cut_off_by_nodata_have_no_link_and_patches_on_nodata_take_no_part():
    resistance, valid, patches = three_in_a_row()
    valid[:, 22] = False  # a wall between 2 and 3
    patches[0, 5] = 7
    valid[0, 5] = False  # patch 7 lies on NoData only
    links = graph.patch_links(resistance, valid, patches, (CELL, CELL), 8, "all")
    assert links.patches.tolist() == [1, 2, 3]
    assert list(zip(links.patch_i.tolist(), links.patch_j.tolist())) == [(1, 2)]


def test_cancel_stops_the_searches():
    resistance, valid, patches = three_in_a_row()

    def cancel(fraction):
        if fraction > 0.2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        graph.patch_links(resistance, valid, patches, (CELL, CELL), 8, "all", progress=cancel)


@pytest.mark.parametrize("changes,message", [
    ({"pairs": "nearest"}, "Pairs must be"),
    ({"neighbours": 6}, "Neighbourhood"),
    ({"max_cost": 0.0}, "largest link cost"),
    ({"patches": np.zeros((5, 31), np.int32)}, "No patch"),
    ({"patches": np.zeros((5, 31))}, "integers"),
])
def test_bad_input_is_refused_with_a_message(changes, message):
    resistance, valid, patches = three_in_a_row()
    arguments = {"resistance": resistance, "valid": valid, "patches": patches, "cell_size": (CELL, CELL), **changes}
    with pytest.raises(InputError, match=message):
        graph.patch_links(**arguments)
