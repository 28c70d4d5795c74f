# SPDX-License-Identifier: GPL-2.0-or-later
"""The tiled MCR search against the in-memory engine: bit-identical costs, same allocation."""

import doctest
import sys

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import InputError, cost, tiled

CELL = (30.0, 20.0)  # non-square cells


def random_grid(seed, rows, cols, barrier_share=0.15, n_sources=3, dtype=np.float32):
    """Continuous random resistance (no exact ties), NoData cells, a few small sources."""
    rng = np.random.default_rng(seed)
    resistance = rng.uniform(0.5, 10.0, (rows, cols)).astype(dtype)
    valid = rng.random((rows, cols)) > barrier_share
    sources = np.zeros((rows, cols), dtype=np.int32)
    for label in range(1, n_sources + 1):
        r, c = rng.integers(0, rows), rng.integers(0, cols)
        sources[r:r + 2, c:c + 2] = label
    return resistance, valid, sources


def serpentine(rows, cols, walls, seed=3):
    """Horizontal NoData walls across the grid, open at alternate ends: the one path snakes from
    the source at the top left through every corridor, across every tile edge, back and forth."""
    rng = np.random.default_rng(seed)
    resistance = rng.uniform(1.0, 2.0, (rows, cols))
    valid = np.ones((rows, cols), bool)
    for k in range(walls):
        row = (k + 1) * rows // (walls + 1)
        valid[row, :] = False
        if k % 2 == 0:
            valid[row, -2:] = True
        else:
            valid[row, :2] = True
    sources = np.zeros((rows, cols), np.int32)
    sources[0, 0] = 1
    return resistance, valid, sources


def run_tiled(resistance, valid, sources, neighbours, tile_size, cell_size=CELL, **options):
    options.setdefault("scheduler", "sequential")
    return tiled.tiled_cost(tiled.ArrayWindows(resistance), tiled.ArrayWindows(sources), resistance.shape,
                            cell_size, neighbours, tile_size, valid_reader=tiled.ArrayWindows(valid), **options)


def assert_same(whole, result, resistance, valid, cell_size=CELL):
    """Bit-identical costs; allocation and back-direction equal (no exact ties on these grids);
    every predecessor reproduces its cell's cost bit for bit."""
    np.testing.assert_array_equal(result.distance, whole.distance)
    np.testing.assert_array_equal(result.allocation, whole.allocation)
    np.testing.assert_array_equal(result.back_direction, whole.back_direction)
    assert not tiled.predecessor_mismatches(result, resistance, valid, cell_size).any()


@pytest.mark.parametrize("neighbours", [4, 8, 16])
@pytest.mark.parametrize("tile_size", [(7, 9), 5, 6, (1, 13), (13, 1), (2, 3), (40, 50)])
def test_tiles_reproduce_the_in_memory_surface_bit_for_bit(neighbours, tile_size):
    resistance, valid, sources = random_grid(11 + neighbours, 23, 29)
    whole = cost.accumulated_cost(resistance, sources, CELL, neighbours, valid=valid)
    result, stats = run_tiled(resistance, valid, sources, neighbours, tile_size)
    assert_same(whole, result, resistance, valid)
    assert stats.halo == (2 if neighbours == 16 else 1)
    assert stats.rounds >= 1 and stats.tile_solves >= stats.rounds


@pytest.mark.parametrize("neighbours", [8, 16])
def test_float64_resistance_and_several_sources_in_several_tiles(neighbours):
    resistance, valid, sources = random_grid(5, 48, 40, n_sources=9, dtype=np.float64)
    whole = cost.accumulated_cost(resistance, sources, CELL, neighbours, valid=valid)
    result, stats = run_tiled(resistance, valid, sources, neighbours, (11, 8))
    assert_same(whole, result, resistance, valid)
    owners = {tuple(np.argwhere(sources == label)[0] // (11, 8)) for label in range(1, 10)}
    assert len(owners) > 3  # the sources are spread over several tiles
    assert len(np.unique(result.allocation[result.allocation > 0])) == 9


def test_the_grid_in_one_tile_is_the_engine():
    resistance, valid, sources = random_grid(2, 20, 20)
    whole = cost.accumulated_cost(resistance, sources, CELL, 8, valid=valid)
    result, stats = run_tiled(resistance, valid, sources, 8, 64)
    assert_same(whole, result, resistance, valid)
    assert (stats.tiles, stats.rounds, stats.tile_solves) == (1, 1, 1)


@pytest.mark.parametrize("neighbours", [4, 8, 16])
def test_a_serpentine_across_tile_edges_needs_many_rounds_and_stays_exact(neighbours):
    resistance, valid, sources = serpentine(40, 36, walls=7)
    whole = cost.accumulated_cost(resistance, sources, CELL, neighbours, valid=valid)
    result, stats = run_tiled(resistance, valid, sources, neighbours, (10, 9))
    assert_same(whole, result, resistance, valid)
    # 8 corridors, each crossing the 3 vertical tile edges, 3 horizontal edges: the front
    # reaches one more tile per round.
    assert stats.rounds > 20
    assert max(stats.solves_per_round) <= 4


def test_rounds_grow_with_the_number_of_crossings():
    rounds = []
    for walls in (1, 3, 7):
        resistance, valid, sources = serpentine(40, 36, walls)
        whole = cost.accumulated_cost(resistance, sources, CELL, 8, valid=valid)
        result, stats = run_tiled(resistance, valid, sources, 8, (10, 9))
        np.testing.assert_array_equal(result.distance, whole.distance)
        rounds.append(stats.rounds)
    assert rounds[0] < rounds[1] < rounds[2]


def test_unreachable_cells_and_tiles_stay_unreached():
    resistance, valid, sources = random_grid(8, 30, 30, barrier_share=0.05)
    valid[10:20, 10] = valid[10:20, 19] = valid[10, 10:20] = valid[19, 10:20] = False  # a closed pocket
    valid[:, 25] = False  # and a whole strip of tiles cut off
    sources[sources > 0] = 0
    sources[2, 2] = 4
    whole = cost.accumulated_cost(resistance, sources, CELL, 16, valid=valid)
    result, stats = run_tiled(resistance, valid, sources, 16, (6, 5))
    assert_same(whole, result, resistance, valid)
    assert np.isinf(result.distance[11:19, 11:19]).all() and np.isinf(result.distance[:, 26:]).all()
    assert (result.allocation[11:19, 11:19] == 0).all() and (result.back_direction[:, 26:] == 0).all()
    assert stats.tile_solves < stats.tiles * stats.rounds


def test_max_cost_cuts_off_as_the_engine_does():
    resistance, valid, sources = random_grid(9, 30, 34)
    whole = cost.accumulated_cost(resistance, sources, CELL, 8, valid=valid, max_cost=1500.0)
    result, _ = run_tiled(resistance, valid, sources, 8, 7, max_cost=1500.0)
    assert_same(whole, result, resistance, valid)
    assert np.isinf(result.distance).any()


def test_a_source_in_the_halo_of_another_tile():
    resistance, valid, sources = random_grid(4, 12, 12, barrier_share=0.0, n_sources=0)
    sources[5, 6] = 1  # the first column of the tile at column 6: in the halo of the tile left of it
    sources[6, 5] = 2  # the last column of its left neighbour
    whole = cost.accumulated_cost(resistance, sources, CELL, 16, valid=valid)
    result, _ = run_tiled(resistance, valid, sources, 16, 6)
    assert_same(whole, result, resistance, valid)


def dask_or_skip():
    try:
        import dask  # noqa: F401
    except ImportError:
        pytest.skip("Dask is not installed (Debian: python3-dask): the Dask schedulers are NOT tested")


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_dask_local_schedulers_give_the_same_surface(scheduler):
    dask_or_skip()
    resistance, valid, sources = random_grid(21, 31, 27, n_sources=4)
    whole = cost.accumulated_cost(resistance, sources, CELL, 16, valid=valid)
    sequential, plain = run_tiled(resistance, valid, sources, 16, (8, 7))
    result, stats = run_tiled(resistance, valid, sources, 16, (8, 7), scheduler=scheduler, workers=2)
    assert_same(whole, result, resistance, valid)
    assert stats.scheduler == scheduler
    assert (stats.rounds, stats.tile_solves, stats.solves_per_round) == (
        plain.rounds, plain.tile_solves, plain.solves_per_round)


def test_the_default_scheduler_is_dask_threads_when_dask_is_there():
    dask_or_skip()
    resistance, valid, sources = random_grid(22, 20, 20)
    result, stats = run_tiled(resistance, valid, sources, 8, 6, scheduler=None)
    assert stats.scheduler == "threads"


def test_without_dask_the_plain_loop_runs_the_same_rounds(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)  # import dask now raises ImportError
    resistance, valid, sources = random_grid(23, 25, 22)
    whole = cost.accumulated_cost(resistance, sources, CELL, 8, valid=valid)
    result, stats = run_tiled(resistance, valid, sources, 8, (6, 5), scheduler=None)
    assert stats.scheduler == "sequential"
    assert_same(whole, result, resistance, valid)
    with pytest.raises(InputError, match="needs Dask"):
        run_tiled(resistance, valid, sources, 8, 6, scheduler="threads")


@pytest.mark.slow
def test_a_dask_distributed_client():
    dask_or_skip()
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")
    resistance, valid, sources = random_grid(24, 26, 30)
    whole = cost.accumulated_cost(resistance, sources, CELL, 8, valid=valid)
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as client:
        result, stats = run_tiled(resistance, valid, sources, 8, (9, 8), scheduler=client)
    assert stats.scheduler == "distributed"
    assert_same(whole, result, resistance, valid)


def test_a_writer_receives_the_cores_and_nothing_is_assembled():
    resistance, valid, sources = random_grid(25, 27, 33)
    whole = cost.accumulated_cost(resistance, sources, CELL, 16, valid=valid)
    out = (np.full(resistance.shape, np.nan), np.full(resistance.shape, -1), np.full(resistance.shape, 99))
    writes = []

    def writer(row0, row1, col0, col1, distance, allocation, back):
        writes.append((row0, col0))
        for array, values in zip(out, (distance, allocation, back)):
            array[row0:row1, col0:col1] = values

    result, stats = run_tiled(resistance, valid, sources, 16, 8, writer=writer)
    assert result is None and stats.core_bytes == 0
    assert len(writes) == stats.tile_solves
    np.testing.assert_array_equal(out[0], whole.distance)
    np.testing.assert_array_equal(out[1], whole.allocation)
    np.testing.assert_array_equal(out[2], whole.back_direction)


def test_statistics_count_the_exchange():
    resistance, valid, sources = random_grid(26, 30, 30)
    result, stats = run_tiled(resistance, valid, sources, 8, 10)
    assert stats.tiles == 9 and stats.tile_shape == (10, 10)
    assert stats.rounds == len(stats.solves_per_round) and stats.tile_solves == sum(stats.solves_per_round)
    assert stats.halo_bytes > 0 and stats.ring_bytes > 0 and stats.boundary_bytes == stats.halo_bytes + stats.ring_bytes
    assert stats.core_bytes == stats.tile_solves * 100 * tiled.BYTES_PER_SEED
    assert stats.seconds > 0 and result.steps == stats.kernel_steps > 0


def test_exact_ties_may_differ_but_both_results_reproduce_their_costs():
    # Uniform resistance: many cells have two predecessors of exactly the same cost.
    resistance = np.ones((24, 24), np.float32)
    valid = np.ones((24, 24), bool)
    sources = np.zeros((24, 24), np.int32)
    sources[3, 4], sources[20, 17] = 1, 2
    whole = cost.accumulated_cost(resistance, sources, (1.0, 1.0), 16, valid=valid)
    result, _ = run_tiled(resistance, valid, sources, 16, 5, cell_size=(1.0, 1.0))
    np.testing.assert_array_equal(result.distance, whole.distance)
    for candidate in (whole, result):
        assert not tiled.predecessor_mismatches(candidate, resistance, valid, (1.0, 1.0)).any()


def test_the_mismatch_check_catches_a_wrong_predecessor():
    resistance, valid, sources = random_grid(27, 15, 15)
    whole = cost.accumulated_cost(resistance, sources, CELL, 8, valid=valid)
    row, col = np.argwhere(whole.back_direction > 0)[0]
    whole.back_direction[row, col] = whole.back_direction[row, col] % 8 + 1
    assert tiled.predecessor_mismatches(whole, resistance, valid, CELL)[row, col]


def test_input_errors():
    resistance, valid, sources = random_grid(28, 12, 12)
    with pytest.raises(InputError, match="no source cells"):
        run_tiled(resistance, valid, np.zeros_like(sources), 8, 5)
    with pytest.raises(InputError, match="on NoData"):
        run_tiled(resistance, valid, np.where(valid, 0, 1), 8, 5)
    bad = resistance.copy()
    bad[9, 7] = -1.0
    with pytest.raises(InputError, match="row 9, column 7"):
        run_tiled(bad, np.ones_like(valid), sources, 8, 5)
    with pytest.raises(InputError, match="shape"):
        tiled.tiled_cost(lambda r0, r1, c0, c1: resistance, tiled.ArrayWindows(sources), (12, 12), tile_size=5,
                         scheduler="sequential")
    with pytest.raises(InputError, match="scheduler"):
        run_tiled(resistance, valid, sources, 8, 5, scheduler="cluster")
    with pytest.raises(InputError, match="tile size"):
        run_tiled(resistance, valid, sources, 8, 0)
    with pytest.raises(InputError, match="Neighbourhood"):
        run_tiled(resistance, valid, sources, 6, 5)
    with pytest.raises(InputError, match="Cell size"):
        run_tiled(resistance, valid, sources, 8, 5, cell_size=(0.0, 1.0))


def test_max_rounds_guards_a_run_that_does_not_end():
    resistance, valid, sources = serpentine(30, 30, walls=5)
    with pytest.raises(RuntimeError, match="did not end in 3 rounds"):
        run_tiled(resistance, valid, sources, 8, 6, max_rounds=3)


def test_docstring_example():
    failures, _ = doctest.testmod(tiled, verbose=False)
    assert failures == 0
