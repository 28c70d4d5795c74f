# SPDX-License-Identifier: GPL-2.0-or-later
"""The MCR engine on adversarial grids: mazes, spirals, barrier lattices, ties, extreme contrasts."""

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import cost

from .reference_dijkstra import dijkstra, tied_cells

RTOL = 1e-9


def perfect_maze(cells, seed):
    """A random spanning-tree maze: corridors one cell wide, every turn a dead end or a fork."""
    rng = np.random.default_rng(seed)
    size = 2 * cells + 1
    open_cells = np.zeros((size, size), bool)
    visited = np.zeros((cells, cells), bool)
    stack = [(0, 0)]
    visited[0, 0] = open_cells[1, 1] = True
    while stack:
        r, c = stack[-1]
        options = [(r + dr, c + dc, dr, dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))
                   if 0 <= r + dr < cells and 0 <= c + dc < cells and not visited[r + dr, c + dc]]
        if not options:
            stack.pop()
            continue
        nr, nc, dr, dc = options[rng.integers(len(options))]
        visited[nr, nc] = True
        open_cells[2 * r + 1 + dr, 2 * c + 1 + dc] = open_cells[2 * nr + 1, 2 * nc + 1] = True
        stack.append((nr, nc))
    return open_cells


def spiral(size):
    """Walls spiralling inwards: the only way to the centre winds round and round."""
    valid = np.ones((size, size), bool)
    top, left, bottom, right = 1, 1, size - 2, size - 2
    side = 0
    while top < bottom and left < right:
        if side == 0:
            valid[top, left:right] = False
            top += 2
        elif side == 1:
            valid[top - 1 : bottom, right] = False
            right -= 2
        elif side == 2:
            valid[bottom, left + 1 : right + 1] = False
            bottom -= 2
        else:
            valid[top : bottom + 1, left] = False
            left += 2
        side = (side + 1) % 4
    return valid


def assert_exact(resistance, valid, sources, neighbours, cell=(1.0, 1.0)):
    result = cost.accumulated_cost(resistance, sources, cell, neighbours, valid=valid)
    expected, expected_allocation = dijkstra(resistance, valid, sources, cell[0], cell[1], neighbours)
    finite = np.isfinite(expected)
    assert np.array_equal(result.reachable, finite)
    np.testing.assert_allclose(result.distance[finite], expected[finite], rtol=RTOL)
    untied = finite & ~tied_cells(resistance, valid, sources, expected, cell[0], cell[1], neighbours)
    assert np.array_equal(result.allocation[untied], expected_allocation[untied])
    assert cost.edge_violations(result.distance, resistance, valid, cell, neighbours) <= 1e-12
    return result


@pytest.mark.parametrize("neighbours", [4, 8, 16])
@pytest.mark.parametrize("seed", [0, 1])
def test_perfect_maze(seed, neighbours):
    valid = perfect_maze(12, seed)
    resistance = np.random.default_rng(seed).uniform(1, 10, valid.shape)
    sources = np.zeros(valid.shape, int)
    sources[1, 1], sources[-2, -2] = 1, 2
    assert_exact(resistance, valid, sources, neighbours)


@pytest.mark.parametrize("neighbours", [4, 8])
def test_spiral(neighbours):
    valid = spiral(31)
    resistance = np.random.default_rng(3).uniform(1, 3, valid.shape)
    sources = np.zeros(valid.shape, int)
    sources[0, 0] = 1
    result = assert_exact(resistance, valid, sources, neighbours)
    assert np.isfinite(result.distance[15, 15])  # the centre is reached, the long way round


def test_lattice_of_barriers_with_only_diagonal_gaps():
    valid = np.ones((25, 25), bool)
    valid[::2, ::2] = False
    valid[1::2, 1::2] = False  # a checkerboard: 8-neighbour paths go diagonally only
    resistance = np.random.default_rng(4).uniform(1, 5, valid.shape)
    sources = np.zeros(valid.shape, int)
    sources[0, 1], sources[24, 23] = 1, 2
    assert_exact(resistance, valid, sources, 8)
    rook = cost.accumulated_cost(resistance, sources, neighbours=4, valid=valid)
    assert rook.reachable.sum() == 2  # with 4 neighbours each source is walled in


def test_equal_resistance_and_many_sources_ties_go_to_a_tied_source():
    resistance = np.ones((20, 20))
    valid = np.ones((20, 20), bool)
    sources = np.zeros((20, 20), int)
    for label, (r, c) in enumerate([(2, 2), (2, 17), (17, 2), (17, 17), (10, 10)], start=1):
        sources[r, c] = label
    result = assert_exact(resistance, valid, sources, 8)
    # Where sources tie, the cell goes to one of the tied sources, at the tied cost.
    expected = {label: dijkstra(resistance, valid, np.where(sources == label, label, 0))[0] for label in range(1, 6)}
    chosen = np.choose(result.allocation - 1, [expected[label] for label in range(1, 6)])
    np.testing.assert_allclose(chosen, result.distance, rtol=1e-12)


@pytest.mark.parametrize("neighbours", [8, 16])
def test_extreme_resistance_contrast(neighbours):
    rng = np.random.default_rng(5)
    resistance = np.exp(rng.uniform(np.log(1e-3), np.log(1e6), (18, 22)))
    valid = rng.random((18, 22)) > 0.1
    sources = np.zeros((18, 22), int)
    sources[3, 3], sources[14, 18] = 1, 2
    valid |= sources > 0
    assert_exact(resistance, valid, sources, neighbours, cell=(2.44, 3.0))


def test_single_cell_wide_corridor_with_random_steps():
    resistance = np.exp(np.random.default_rng(6).uniform(0, np.log(1e6), (1, 400)))
    sources = np.zeros((1, 400), int)
    sources[0, 0] = 1
    result = cost.accumulated_cost(resistance, sources, neighbours=4)
    expected = np.concatenate([[0.0], np.cumsum((resistance[0, :-1] + resistance[0, 1:]) / 2.0)])
    np.testing.assert_allclose(result.distance[0], expected, rtol=1e-12)


@pytest.mark.parametrize("neighbours", [4, 8, 16])
def test_narrow_and_wide_front_relaxations_agree_bit_for_bit(monkeypatch, neighbours):
    rng = np.random.default_rng(8)
    resistance = rng.choice([1.0, 2.0, 5.0], (30, 40))  # many exact ties
    valid = rng.random((30, 40)) > 0.1
    sources = np.zeros((30, 40), int)
    sources[5, 5], sources[20, 30], sources[25, 3] = 1, 2, 3
    valid |= sources > 0
    results = []
    for small_front in (0, 10**9):  # every step one way, then every step the other way
        monkeypatch.setattr(cost, "_SMALL_FRONT", small_front)
        results.append(cost.accumulated_cost(resistance, sources, (1.0, 1.0), neighbours, valid=valid))
    wide, narrow = results
    assert np.array_equal(wide.distance, narrow.distance)
    assert np.array_equal(wide.allocation, narrow.allocation)
    assert np.array_equal(wide.back_direction, narrow.back_direction)


def force_handoff(monkeypatch):
    """Hand the search to scipy's Dijkstra after a few steps, on any grid."""
    monkeypatch.setattr(cost, "_THIN_STEPS", 3)
    monkeypatch.setattr(cost, "_THIN_CELLS", 10**6)
    monkeypatch.setattr(cost, "_HANDOFF_MIN_CELLS", 1)
    calls = []
    finish = cost._DeltaStepping._finish_compiled

    def counted(self, bound):
        calls.append(bound)
        return finish(self, bound)

    monkeypatch.setattr(cost._DeltaStepping, "_finish_compiled", counted)
    return calls


@pytest.mark.parametrize("neighbours", [4, 8, 16])
def test_handoff_to_compiled_dijkstra_stays_exact_with_many_sources(monkeypatch, neighbours):
    calls = force_handoff(monkeypatch)
    valid = perfect_maze(14, 2) | (np.random.default_rng(2).random((29, 29)) > 0.7)
    resistance = np.random.default_rng(9).uniform(1, 10, valid.shape)
    sources = np.zeros(valid.shape, int)
    sources[1, 1], sources[-2, -2], sources[1, -2] = 1, 2, 3
    valid |= sources > 0
    result = assert_exact(resistance, valid, sources, neighbours, cell=(2.0, 3.0))
    assert set(np.unique(result.allocation[result.reachable])) == {1, 2, 3}
    assert len(calls) == 1 and calls[0] > 0  # the compiled search finished it
    failures, _, checked = cost.check_predecessors(result.distance, result.allocation, result.back_direction,
                                                   resistance, valid, (2.0, 3.0))
    assert failures == 0 and checked == result.reachable.sum()


def test_handoff_with_one_source_and_a_cost_limit(monkeypatch):
    calls = force_handoff(monkeypatch)
    valid = perfect_maze(12, 3)
    resistance = np.random.default_rng(10).uniform(1, 10, valid.shape)
    sources = np.zeros(valid.shape, int)
    sources[1, 1] = 4
    expected, _ = dijkstra(resistance, valid, sources)
    limit = float(np.quantile(expected[np.isfinite(expected)], 0.6))
    result = cost.accumulated_cost(resistance, sources, neighbours=8, valid=valid, max_cost=limit)
    within = np.isfinite(expected) & (expected <= limit)
    assert np.array_equal(result.reachable, within)
    np.testing.assert_allclose(result.distance[within], expected[within], rtol=RTOL)
    assert (result.allocation[within] == 4).all() and (result.allocation[~within] == 0).all()
    assert len(calls) == 1
