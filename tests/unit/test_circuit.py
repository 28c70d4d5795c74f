# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuit theory kernel: resistor networks worked out by hand, an independent dense Laplacian,
Circuitscape's published example, and Linkage Mapper's pinch points, barriers and centrality.

Every expected value comes from series/parallel rules, Kirchhoff's laws, a Laplacian built
here with plain loops, Circuitscape's documentation, or a rerun of the cost kernel — never
from the circuit kernel itself.
"""

import itertools
import math

import numpy as np
import pytest
from scipy import ndimage

from mcr_security_pattern.algorithms.kernels import Cancelled, InputError, circuit, cost

SQRT2 = math.sqrt(2.0)


# --- an independent reference: dense Laplacian built cell by cell ---------------------------


def branch_conductance(ra, rb, diagonal, scheme):
    """Circuitscape: average resistance Rab = (Ra + Rb)/2 (× √2 diagonally), or average
    conductance Gab = (Ga + Gb)/2 (/ √2 diagonally)."""
    if scheme == "resistance":
        return 1.0 / ((ra + rb) / 2.0 * (SQRT2 if diagonal else 1.0))
    return (1.0 / ra + 1.0 / rb) / 2.0 / (SQRT2 if diagonal else 1.0)


def neighbour_pairs(valid, neighbours):
    rows, cols = valid.shape
    offsets = [(0, 1), (1, 0)] + ([(1, 1), (1, -1)] if neighbours == 8 else [])
    for r in range(rows):
        for c in range(cols):
            if not valid[r, c]:
                continue
            for dr, dc in offsets:
                r2, c2 = r + dr, c + dc
                if 0 <= r2 < rows and 0 <= c2 < cols and valid[r2, c2]:
                    yield (r, c), (r2, c2), dr != 0 and dc != 0


def dense_laplacian(resistance, valid, neighbours, scheme="resistance", groups=()):
    """Laplacian over valid cells (row-major order), then every group of cells contracted
    into one node. Returns (L, node of each cell as dict)."""
    cells = [(r, c) for r in range(valid.shape[0]) for c in range(valid.shape[1]) if valid[r, c]]
    index = {cell: k for k, cell in enumerate(cells)}
    n = len(cells)
    lap = np.zeros((n, n))
    for a, b, diagonal in neighbour_pairs(valid, neighbours):
        g = branch_conductance(resistance[a], resistance[b], diagonal, scheme)
        i, j = index[a], index[b]
        lap[i, i] += g
        lap[j, j] += g
        lap[i, j] -= g
        lap[j, i] -= g
    # Contraction: one column of P per node; cells of a group share a column.
    owner = list(range(n))
    for group in groups:
        members = [index[cell] for cell in group if cell in index]
        for m in members:
            owner[m] = members[0]
    roots = sorted(set(owner))
    column = {root: k for k, root in enumerate(roots)}
    p = np.zeros((n, len(roots)))
    for m in range(n):
        p[m, column[owner[m]]] = 1.0
    node = {cell: column[owner[index[cell]]] for cell in cells}
    return p.T @ lap @ p, node


def resistance_from_pinv(pinv, i, j):
    return pinv[i, i] + pinv[j, j] - 2.0 * pinv[i, j]


def random_surface(seed, rows, cols, nodata=0.0):
    rng = np.random.default_rng(seed)
    resistance = rng.uniform(1.0, 100.0, size=(rows, cols))
    if nodata:
        resistance[rng.random((rows, cols)) < nodata] = np.nan
    return resistance


def flows(resistance, volts, neighbours, scheme):
    """Branch flows (from cell a to cell b) from a voltage raster, by the test's own loops."""
    valid = np.isfinite(volts)
    for a, b, diagonal in neighbour_pairs(valid, neighbours):
        g = branch_conductance(resistance[a], resistance[b], diagonal, scheme)
        yield a, b, g * (volts[a] - volts[b])


# --- series and parallel resistors ----------------------------------------------------------


@pytest.mark.parametrize("scheme", ["resistance", "conductance"])
def test_strip_is_resistors_in_series(scheme):
    r = np.array([[2.0, 5.0, 1.0, 7.0, 3.0]])
    focal = np.array([[1, 0, 0, 0, 2]])
    if scheme == "resistance":  # each branch (Ra + Rb) / 2
        branches = [(2 + 5) / 2, (5 + 1) / 2, (1 + 7) / 2, (7 + 3) / 2]
    else:  # each branch 1 / ((1/Ra + 1/Rb) / 2)
        branches = [2 / (1 / 2 + 1 / 5), 2 / (1 / 5 + 1 / 1), 2 / (1 / 1 + 1 / 7), 2 / (1 / 7 + 1 / 3)]
    result = circuit.effective_resistances(r, focal, neighbours=4, scheme=scheme)
    assert result.resistances[0, 1] == pytest.approx(sum(branches), rel=1e-12)


@pytest.mark.parametrize("neighbours", [4, 8])
def test_two_equal_strips_in_parallel_halve_the_resistance(neighbours):
    strip = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0]
    r = np.array([strip, [np.nan] * 6, strip])  # separated by NoData: no diagonal links either
    focal = np.zeros((3, 6), dtype=int)
    focal[[0, 2], 0] = 1
    focal[[0, 2], 5] = 2
    one_strip = sum((a + b) / 2 for a, b in zip(strip, strip[1:]))
    result = circuit.effective_resistances(r, focal, neighbours=neighbours)
    assert result.resistances[0, 1] == pytest.approx(one_strip / 2, rel=1e-12)


def test_diagonal_branch_is_sqrt2_longer():
    r = np.array([[2.0, np.nan], [np.nan, 6.0]])
    focal = np.array([[1, 0], [0, 2]])
    result = circuit.effective_resistances(r, focal, neighbours=8)
    assert result.resistances[0, 1] == pytest.approx(SQRT2 * (2 + 6) / 2, rel=1e-12)
    conductance = circuit.effective_resistances(r, focal, neighbours=8, scheme="conductance")
    assert conductance.resistances[0, 1] == pytest.approx(2 * SQRT2 / (1 / 2 + 1 / 6), rel=1e-12)


# --- against the dense pseudo-inverse ---------------------------------------------------------


@pytest.mark.parametrize("neighbours,scheme,size", [(4, "resistance", 30), (8, "resistance", 30),
                                                    (8, "conductance", 20), (4, "conductance", 12)])
def test_grid_matches_dense_pseudo_inverse(neighbours, scheme, size):
    uniform = np.ones((size, size))
    surfaces = [uniform, random_surface(size, size, size, nodata=0.1)]
    for resistance in surfaces:
        valid = np.isfinite(resistance)
        rng = np.random.default_rng(neighbours + size)
        points = [tuple(cell) for cell in np.argwhere(valid)[rng.choice(int(valid.sum()), 5, replace=False)]]
        focal = np.zeros(resistance.shape, dtype=int)
        for k, cell in enumerate(points, start=1):
            focal[cell] = k
        lap, node = dense_laplacian(resistance, valid, neighbours, scheme)
        pinv = np.linalg.pinv(lap)
        _, labels = _components(lap)
        result = circuit.effective_resistances(resistance, focal, neighbours=neighbours, scheme=scheme)
        for i, j in itertools.combinations(range(5), 2):
            a, b = node[points[i]], node[points[j]]
            if labels[a] != labels[b]:
                assert result.resistances[i, j] == -1.0
            else:
                assert result.resistances[i, j] == pytest.approx(resistance_from_pinv(pinv, a, b), rel=1e-8)


def _components(lap):
    from scipy.sparse import csgraph

    return csgraph.connected_components(np.abs(lap) > 0, directed=False)


def test_resistance_matrix_is_symmetric_and_independent_of_id_order():
    resistance = random_surface(3, 15, 15)
    focal = np.zeros((15, 15), dtype=int)
    cells = [(1, 1), (13, 2), (7, 7), (2, 12)]
    for k, cell in enumerate(cells, start=1):
        focal[cell] = k
    forward = circuit.effective_resistances(resistance, focal)
    reversed_ids = np.where(focal > 0, 5 - focal, 0)
    backward = circuit.effective_resistances(resistance, reversed_ids)
    np.testing.assert_allclose(forward.resistances, forward.resistances.T, rtol=1e-12)
    np.testing.assert_allclose(forward.resistances, backward.resistances[::-1, ::-1], rtol=1e-9)


# --- Kirchhoff: current conservation and node currents ----------------------------------------


@pytest.mark.parametrize("neighbours", [4, 8])
def test_current_is_conserved_at_every_node(neighbours):
    resistance = random_surface(11, 14, 16, nodata=0.08)
    valid = np.isfinite(resistance)
    source, sink = (2, 3), (11, 13)
    valid[source] = valid[sink] = True
    resistance[source] = resistance[sink] = 5.0
    focal = np.zeros(resistance.shape, dtype=int)
    focal[sink], focal[source] = 1, 2  # the higher id is fed 1 A, the lower grounded
    result = circuit.effective_resistances(resistance, focal, neighbours=neighbours, voltage_maps=True)
    volts = result.voltages[1, 2]
    assert volts[sink] == 0.0
    assert volts[source] == pytest.approx(result.resistances[0, 1], rel=1e-10)
    inflow = np.zeros(resistance.shape)
    outflow = np.zeros(resistance.shape)
    for a, b, flow in flows(resistance, volts, neighbours, "resistance"):
        outflow[a] += max(flow, 0.0)
        inflow[b] += max(flow, 0.0)
        outflow[b] += max(-flow, 0.0)
        inflow[a] += max(-flow, 0.0)
    net_out = outflow - inflow
    others = np.isfinite(volts)
    others[source] = others[sink] = False
    np.testing.assert_allclose(net_out[others], 0.0, atol=1e-10)
    assert net_out[source] == pytest.approx(1.0, abs=1e-10)
    assert net_out[sink] == pytest.approx(-1.0, abs=1e-10)
    # Circuitscape's node current: the larger of in- and outflow; one pair, so cumulative = it.
    expected = np.where(np.isfinite(volts), np.maximum(inflow, outflow), np.nan)
    np.testing.assert_allclose(result.current, expected, atol=1e-10)
    assert np.isnan(result.current[~np.isfinite(volts)]).all()


def test_cumulative_current_sums_the_pairs():
    resistance = random_surface(5, 10, 10)
    focal = np.zeros((10, 10), dtype=int)
    focal[0, 0], focal[9, 9], focal[0, 9] = 1, 2, 3
    together = circuit.effective_resistances(resistance, focal)
    total = np.zeros((10, 10))
    largest = np.zeros((10, 10))
    for pair in [(1, 2), (1, 3), (2, 3)]:
        single = circuit.effective_resistances(resistance, np.where(np.isin(focal, pair), focal, 0))
        total += single.current
        largest = np.maximum(largest, single.current)
    np.testing.assert_allclose(together.current, total, rtol=1e-9)
    np.testing.assert_allclose(together.max_current, largest, rtol=1e-9)


# --- disconnection, short circuits, focal regions ---------------------------------------------


def test_disconnected_focal_nodes_give_minus_one():
    r = np.ones((3, 7))
    r[:, 3] = np.nan  # a NoData wall
    focal = np.zeros((3, 7), dtype=int)
    focal[1, 0], focal[1, 2], focal[1, 6] = 1, 2, 3
    focal[0, 3] = 4  # entirely on NoData
    result = circuit.effective_resistances(r, focal, neighbours=8)
    assert result.resistances[0, 1] > 0
    assert result.resistances[0, 2] == result.resistances[1, 2] == -1.0
    assert (result.resistances[3, :3] == -1.0).all()
    assert np.diag(result.resistances).tolist() == [0.0] * 4
    table = result.circuitscape_table()
    assert table[0].tolist() == [0, 1, 2, 3, 4] and table[:, 0].tolist() == [0, 1, 2, 3, 4]
    assert table[1, 3] == -1.0


def test_two_focal_nodes_in_one_short_circuit_region_are_zero_apart():
    r = np.ones((1, 6))
    focal = np.array([[1, 0, 2, 0, 0, 3]])
    region = np.array([[0, 7, 7, 7, 0, 0]])
    focal_in_region = np.array([[0, 1, 0, 2, 0, 3]])
    result = circuit.effective_resistances(r, focal_in_region, neighbours=4, short_circuit=region)
    assert result.resistances[0, 1] == 0.0
    # The region is one node: 3 → region costs one branch (col 4 → 3) plus col 5 → 4.
    assert result.resistances[0, 2] == pytest.approx(2.0, rel=1e-12)
    # A region in the middle of a strip removes its inner branches.
    plain = circuit.effective_resistances(r, focal, neighbours=4, short_circuit=region)
    assert plain.resistances[0, 2] == pytest.approx(1.0 + 0.0 + 1.0 + 1.0, rel=1e-12)


@pytest.mark.parametrize("neighbours", [4, 8])
def test_focal_regions_equal_the_regions_short_circuited_by_hand(neighbours):
    resistance = random_surface(21, 12, 12, nodata=0.05)
    valid = np.isfinite(resistance)
    regions = {1: [(1, 1), (1, 2), (2, 1), (9, 2)],  # not contiguous
               2: [(10, 10), (10, 11), (11, 10)],
               3: [(1, 10), (5, 6)]}
    focal = np.zeros(resistance.shape, dtype=int)
    for label, cells in regions.items():
        for cell in cells:
            valid[cell] = True
            resistance[cell] = 3.0
            focal[cell] = label
    # "all": every region short-circuited at once.
    lap, node = dense_laplacian(resistance, valid, neighbours, groups=list(regions.values()))
    pinv = np.linalg.pinv(lap)
    result = circuit.effective_resistances(resistance, focal, valid=valid, neighbours=neighbours)
    for i, j in itertools.combinations([1, 2, 3], 2):
        expected = resistance_from_pinv(pinv, node[regions[i][0]], node[regions[j][0]])
        assert result.resistances[i - 1, j - 1] == pytest.approx(expected, rel=1e-8)
    # "pair" (Circuitscape's pairwise rule): only the pair's two regions are short-circuited.
    per_pair = circuit.effective_resistances(resistance, focal, valid=valid, neighbours=neighbours,
                                             focal_regions="pair")
    for i, j in itertools.combinations([1, 2, 3], 2):
        lap, node = dense_laplacian(resistance, valid, neighbours, groups=[regions[i], regions[j]])
        expected = resistance_from_pinv(np.linalg.pinv(lap), node[regions[i][0]], node[regions[j][0]])
        assert per_pair.resistances[i - 1, j - 1] == pytest.approx(expected, rel=1e-8)
    assert per_pair.factorisations == 3 and result.factorisations == 1


def test_short_circuit_region_equals_region_merged_by_hand():
    resistance = random_surface(8, 10, 10)
    valid = np.isfinite(resistance)
    region_cells = [(4, 4), (4, 5), (5, 4), (5, 5), (8, 1)]
    region = np.zeros((10, 10), dtype=int)
    for cell in region_cells:
        region[cell] = 9
    focal = np.zeros((10, 10), dtype=int)
    focal[0, 0], focal[9, 9] = 1, 2
    lap, node = dense_laplacian(resistance, valid, 8, groups=[region_cells])
    expected = resistance_from_pinv(np.linalg.pinv(lap), node[(0, 0)], node[(9, 9)])
    result = circuit.effective_resistances(resistance, focal, short_circuit=region)
    assert result.resistances[0, 1] == pytest.approx(expected, rel=1e-8)


def test_point_focal_nodes_give_the_same_answer_under_both_region_rules():
    resistance = random_surface(4, 12, 12)
    focal = np.zeros((12, 12), dtype=int)
    focal[0, 0], focal[11, 11], focal[3, 9] = 1, 2, 3
    together = circuit.effective_resistances(resistance, focal, focal_regions="all")
    per_pair = circuit.effective_resistances(resistance, focal, focal_regions="pair")
    np.testing.assert_allclose(per_pair.resistances, together.resistances, rtol=1e-12)
    assert per_pair.factorisations == 1  # points: the fast path even when "pair" is asked for


# Circuitscape's documented example: resistances.asc of the Circuitscape(.py) examples and the
# focal region grid of its user guide. The guide's whitespace-collapsed listing puts focal
# region 2 one column to the left of where its results place it; with region 2 at columns 6–7
# (row 7) and 6–8 (row 8), 1-based, all four published numbers are reproduced.
CS_RESISTANCES = """
130 168 153 -9999 14 12 13 107 140 171
104 3 2 -9999 13 158 12 14 13 114
124 2 2 12 -9999 -9999 13 161 4 5
184 5 4 14 13 14 -9999 13 4 4
105 143 103 169 -9999 115 10 -9999 166 14
187 1 163 188 121 142 14 175 -9999 10
198 11 110 115 149 2 2 164 3 -9999
100 11 193 14 12 4 2 1 11 13
-9999 11 12 11 10 12 167 157 181 157
-9999 -9999 122 134 124 157 192 184 190 172
"""


def circuitscape_example():
    resistance = np.array(CS_RESISTANCES.split(), dtype=float).reshape(10, 10)
    resistance[resistance == -9999] = np.nan
    focal = np.zeros((10, 10), dtype=int)
    focal[1:4, 1:3] = 1
    focal[5, 1] = 1  # region 1 has a detached cell
    focal[2:4, 8:10] = 3
    focal[6, 5:7] = 2
    focal[7, 5:8] = 2
    return resistance, focal


@pytest.mark.parametrize("neighbours,expected", [
    (8, [[0, 11.93688471, 15.03634473], [11.93688471, 0, 11.57640568], [15.03634473, 11.57640568, 0]]),
    (4, [[0, 33.55792693, -1], [33.55792693, 0, -1], [-1, -1, 0]]),
])
def test_circuitscape_documentation_example(neighbours, expected):
    resistance, focal = circuitscape_example()
    result = circuit.effective_resistances(resistance, focal, neighbours=neighbours, scheme="resistance",
                                           focal_regions="pair")
    np.testing.assert_allclose(result.resistances, expected, rtol=5e-9)
    table = result.circuitscape_table()
    np.testing.assert_allclose(table[1:, 1:], expected, rtol=5e-9)


# --- one-to-all and all-to-one ----------------------------------------------------------------


def test_one_to_all_on_a_strip_worked_by_hand():
    # Unit branches: 0 —1— 1 —1— 2 —1— 3 —1— 4, focal nodes at 0, 2 and 4.
    r = np.ones((1, 5))
    focal = np.array([[1, 0, 2, 0, 3]])
    result = circuit.effective_resistances(r, focal, neighbours=4, mode="one_to_all", voltage_maps=True)
    # Node 1 fed, 2 and 4 grounded: 2 Ω to node 2, nothing beyond. Node 2: 2 Ω ∥ 2 Ω.
    np.testing.assert_allclose(result.resistances, [2.0, 1.0, 2.0], rtol=1e-12)
    np.testing.assert_allclose(result.voltages[1], [[2.0, 1.0, 0.0, 0.0, 0.0]], atol=1e-12)
    np.testing.assert_allclose(result.voltages[2], [[0.0, 0.5, 1.0, 0.5, 0.0]], atol=1e-12)
    # Currents per iteration: [1,1,1,0,0], [.5,.5,1,.5,.5], [0,0,1,1,1].
    np.testing.assert_allclose(result.current, [[1.5, 1.5, 3.0, 1.5, 1.5]], atol=1e-12)
    np.testing.assert_allclose(result.max_current, [[1.0, 1.0, 1.0, 1.0, 1.0]], atol=1e-12)


def test_all_to_one_on_a_strip_worked_by_hand():
    r = np.ones((1, 5))
    focal = np.array([[1, 0, 2, 0, 3]])
    result = circuit.effective_resistances(r, focal, neighbours=4, mode="all_to_one", voltage_maps=True)
    assert result.resistances.tolist() == [0.0, 0.0, 0.0]  # "zeros indicating successful solves"
    # Ground at 1: 1 A enters at 2 and at 3, so 2 A flow over the first two branches.
    np.testing.assert_allclose(result.voltages[1], [[0.0, 2.0, 4.0, 5.0, 6.0]], atol=1e-12)
    # Per iteration [2,2,2,1,1], [1,1,2,1,1], [1,1,2,2,2].
    np.testing.assert_allclose(result.current, [[4.0, 4.0, 6.0, 4.0, 4.0]], atol=1e-12)
    np.testing.assert_allclose(result.max_current, [[2.0, 2.0, 2.0, 2.0, 2.0]], atol=1e-12)


def test_one_to_all_matches_a_dense_dirichlet_solve():
    resistance = random_surface(31, 9, 11)
    valid = np.isfinite(resistance)
    cells = [(0, 0), (8, 10), (4, 5), (0, 10)]
    focal = np.zeros(resistance.shape, dtype=int)
    for k, cell in enumerate(cells, start=1):
        focal[cell] = k
    lap, node = dense_laplacian(resistance, valid, 8)
    result = circuit.effective_resistances(resistance, focal, mode="one_to_all")
    for k, cell in enumerate(cells):
        grounds = [node[c] for c in cells if c != cell]
        free = [m for m in range(lap.shape[0]) if m not in grounds]
        rhs = np.zeros(len(free))
        rhs[free.index(node[cell])] = 1.0
        volts = np.linalg.solve(lap[np.ix_(free, free)], rhs)
        assert result.resistances[k] == pytest.approx(volts[free.index(node[cell])], rel=1e-9)


def test_one_to_all_without_any_ground_in_reach_gives_minus_one():
    r = np.ones((1, 5))
    r[0, 2] = np.nan
    focal = np.array([[1, 0, 0, 0, 2]])
    result = circuit.effective_resistances(r, focal, neighbours=4, mode="one_to_all")
    assert result.resistances.tolist() == [-1.0, -1.0]
    assert np.nansum(result.current) == 0.0


# --- solver paths -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def solver_case():
    resistance = random_surface(77, 25, 25, nodata=0.05)
    focal = np.zeros(resistance.shape, dtype=int)
    for k, cell in enumerate([(0, 0), (24, 24), (12, 3), (3, 20)], start=1):
        resistance[cell] = 1.0
        focal[cell] = k
    direct = circuit.effective_resistances(resistance, focal, solver="direct")
    return resistance, focal, direct


def test_auto_solver_factorises_small_grids(solver_case):
    resistance, focal, direct = solver_case
    assert direct.solver == "direct"
    assert circuit.effective_resistances(resistance, focal).solver == "direct"
    assert circuit.choose_solver(circuit.DIRECT_MAX_NODES + 1, "cg") == "cg"


@pytest.mark.parametrize("solver", ["amg", "cg"])
def test_every_solver_gives_the_same_answer(solver_case, solver):
    if solver == "amg" and not circuit.pyamg_available():
        pytest.skip("pyamg is NOT importable here: the AMG solver path was NOT tested "
                    "(run with PYTHONPATH=.build/pydeps)")
    resistance, focal, direct = solver_case
    result = circuit.effective_resistances(resistance, focal, solver=solver, tol=1e-12)
    assert result.solver == solver
    np.testing.assert_allclose(result.resistances, direct.resistances, rtol=1e-9)
    np.testing.assert_allclose(result.current, direct.current, rtol=1e-7, atol=1e-9)
    for mode in ("one_to_all", "all_to_one"):
        a = circuit.effective_resistances(resistance, focal, mode=mode, solver=solver, tol=1e-12)
        b = circuit.effective_resistances(resistance, focal, mode=mode, solver="direct")
        np.testing.assert_allclose(a.resistances, b.resistances, rtol=1e-9)
        np.testing.assert_allclose(a.current, b.current, rtol=1e-7, atol=1e-9)


def test_amg_without_pyamg_is_refused_with_a_way_out(monkeypatch):
    monkeypatch.setattr(circuit, "pyamg_available", lambda: False)
    with pytest.raises(InputError, match="pyamg"):
        circuit.choose_solver(10, "amg")
    assert circuit.choose_solver(circuit.DIRECT_MAX_NODES + 1, "auto") in ("direct", "cg")


def test_memory_estimate_grows_with_the_grid_and_ranks_the_solvers():
    small, large = circuit.estimate_bytes(10_000), circuit.estimate_bytes(1_000_000)
    assert 50 * small < large
    assert circuit.estimate_bytes(1_000_000, solver="cg") < circuit.estimate_bytes(1_000_000, solver="amg")
    assert circuit.estimate_bytes(1_000_000, solver="amg") < circuit.estimate_bytes(1_000_000, solver="direct")
    # A million-node direct solve needs gigabytes (measured ~3 GB), not megabytes or terabytes.
    assert 1e9 < circuit.estimate_bytes(1_000_000, solver="direct") < 2e10


def test_progress_reaches_one_and_cancel_stops_the_run():
    r = np.ones((6, 6))
    focal = np.zeros((6, 6), dtype=int)
    focal[0, 0], focal[5, 5] = 1, 2
    seen = []
    circuit.effective_resistances(r, focal, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)

    def cancel(fraction):
        if fraction > 0.2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        circuit.effective_resistances(r, focal, progress=cancel)


# --- graph --------------------------------------------------------------------------------------


def test_graph_merges_regions_and_drops_nodata():
    r = np.array([[1.0, 2.0, np.nan], [4.0, 5.0, 6.0]])
    region = np.array([[3, 0, 3], [0, 0, 3]])  # (0, 2) is NoData: dropped, not merged
    graph = circuit.conductance_graph(r, neighbours=8, short_circuit=region)
    nodes = graph.node_of_cell.reshape(2, 3)
    assert nodes[0, 2] == -1
    assert nodes[0, 0] == nodes[1, 2]
    assert graph.n_nodes == 4
    lap = graph.laplacian().toarray()
    np.testing.assert_allclose(lap.sum(axis=1), 0.0, atol=1e-15)
    assert graph.components()[0] == 1


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("resistance,focal,kwargs,message", [
    (np.array([[1.0, 0.0, 1.0]]), np.array([[1, 0, 2]]), {}, "≤ 0"),
    (np.ones((1, 3)), np.array([[1.5, 0, 2]]), {}, "whole-number"),
    (np.ones((1, 3)), np.array([[1, 0, 0]]), {}, "at least two"),
    (np.ones((1, 3)), np.ones((2, 3), dtype=int), {}, "same grid"),
    (np.ones((1, 3)), np.array([[1, 0, 2]]), {"neighbours": 6}, "Neighbourhood"),
    (np.ones((1, 3)), np.array([[1, 0, 2]]), {"scheme": "mean"}, "Connection scheme"),
    (np.ones((1, 3)), np.array([[1, 0, 2]]), {"mode": "advanced"}, "Mode"),
    (np.ones((1, 3)), np.array([[1, 0, 2]]), {"pairs": [(1, 5)]}, "focal id 5"),
])
def test_bad_input_is_refused_with_a_sentence(resistance, focal, kwargs, message):
    with pytest.raises(InputError, match=message):
        circuit.effective_resistances(resistance, focal, **kwargs)


# --- pinch points -------------------------------------------------------------------------------


def gap_landscape(gap_rows):
    """9 × 11 uniform land, a NoData wall at column 5 open at ``gap_rows``; cores 1 and 2
    fill the first and last columns."""
    r = np.ones((9, 11))
    r[:, 5] = np.nan
    for row in gap_rows:
        r[row, 5] = 1.0
    sources = np.zeros((9, 11), dtype=int)
    sources[:, 0] = 1
    sources[:, 10] = 2
    return r, sources


def test_a_single_gap_carries_all_the_current():
    r, sources = gap_landscape([4])
    out = circuit.pinchpoints(r, sources, [(1, 2)], cutoff=1000.0)
    assert out.current[4, 5] == pytest.approx(1.0, rel=1e-10)
    assert np.isnan(out.current[:, 0]).all() and np.isnan(out.current[:, 10]).all()  # cores → NoData
    assert np.nanmax(out.current) == pytest.approx(1.0, rel=1e-10)


def test_two_equal_gaps_carry_half_each():
    r, sources = gap_landscape([2, 6])  # mirror-symmetric about row 4
    out = circuit.pinchpoints(r, sources, [(1, 2)], cutoff=1000.0)
    assert out.current[2, 5] == pytest.approx(0.5, rel=1e-10)
    assert out.current[6, 5] == pytest.approx(0.5, rel=1e-10)


def test_pinchpoint_corridor_is_cut_at_the_cutoff_and_scaled_by_cell_size():
    # 8 neighbours, uniform land, one-cell cores at the two ends of row 3: with cutoff 0 the
    # corridor is the straight row (any other cell adds 2(√2 − 1) cells of cost), a chain of
    # 10 unit branches; in cost units that is 10 × 30 = 300 = the LCD.
    r = np.ones((7, 11))
    sources = np.zeros((7, 11), dtype=int)
    sources[3, 0], sources[3, 10] = 1, 2
    out = circuit.pinchpoints(r, sources, [(1, 2)], cutoff=0.0, cell_size=(30.0, 30.0))
    inside = np.isfinite(out.current)
    assert inside.sum() == 9 and inside[3, 1:10].all()
    np.testing.assert_allclose(out.current[3, 1:10], 1.0, rtol=1e-10)
    assert out.lcd[1, 2] == pytest.approx(300.0)
    assert out.effective_resistance[1, 2] == pytest.approx(300.0, rel=1e-10)
    assert out.cwd_to_resistance[1, 2] == pytest.approx(1.0, rel=1e-10)


def test_pinchpoint_corridors_combine_by_maximum():
    r = np.ones((5, 9))
    sources = np.zeros((5, 9), dtype=int)
    sources[2, 0], sources[2, 4], sources[2, 8] = 1, 2, 3
    both = circuit.pinchpoints(r, sources, [(1, 2), (2, 3), (1, 3)], cutoff=0.5)
    singles = [circuit.pinchpoints(r, sources, [pair], cutoff=0.5).current for pair in [(1, 2), (2, 3), (1, 3)]]
    np.testing.assert_allclose(both.current, np.fmax(np.fmax(singles[0], singles[1]), singles[2]), rtol=1e-12)


# --- barriers -----------------------------------------------------------------------------------


def wall_landscape(wall_resistance):
    """5 × 12 uniform land (cell 10 m), a one-cell-thick wall at column 6, sources filling
    columns 0 and 11."""
    r = np.ones((5, 12))
    r[:, 6] = wall_resistance
    sources = np.zeros((5, 12), dtype=int)
    sources[:, 0] = 1
    sources[:, 11] = 2
    return r, sources


def lcd(resistance, sources, a, b, cell):
    result = cost.accumulated_cost(resistance, np.where(sources == a, a, 0), (cell, cell), 8)
    return float(result.distance[sources == b].min())


def test_barrier_improvement_of_a_wall_equals_the_lcd_gain_of_removing_it():
    # Sources are whole columns and the land is uniform, so the cost from a source grows by
    # one cell per column and is the same in every row: inside any window the lowest cost to
    # source 1 is on the window's left rim (column 6 − r) and to source 2 on its right rim
    # (6 + r), whatever the row. A window centred on the wall restores it along the straight
    # crossing, which costs the diameter 2r at resistance 1, exactly what the path through the
    # window costs without the wall. So ΔLCD = LCD(wall) − LCD(no wall), for every radius.
    cell = 10.0
    r, sources = wall_landscape(11.0)
    with_wall = lcd(r, sources, 1, 2, cell)
    without = lcd(wall_landscape(1.0)[0], sources, 1, 2, cell)
    out = circuit.barrier_improvement(r, sources, [(1, 2)], [10.0, 20.0, 30.0], cell_size=(cell, cell))
    gain = with_wall - without
    assert gain == pytest.approx(100.0)  # (11 − 1) × 10 m, for the record
    np.testing.assert_allclose(out.delta_lcd[:, 6], gain, rtol=1e-9)
    # Per unit restored the smallest window wins: score = ΔLCD / (2 × 10 m).
    np.testing.assert_allclose(out.score[:, 6], gain / 20.0, rtol=1e-9)
    np.testing.assert_allclose(out.radius[:, 6], 10.0)
    np.testing.assert_allclose(out.percent[:, 6], 100.0 * (gain / 20.0) / with_wall, rtol=1e-9)
    assert out.lcd[1, 2] == pytest.approx(with_wall)
    # Windows that miss the wall improve nothing.
    assert np.nan_to_num(out.score[:, 1:3]).max() < 1e-9


def test_barrier_sum_adds_the_pairs_and_max_keeps_the_best():
    r, sources = wall_landscape(11.0)
    sources[0, 11] = 3  # a third source sharing the right side
    pairs = [(1, 2), (1, 3)]
    summed = circuit.barrier_improvement(r, sources, pairs, [10.0], cell_size=(10.0, 10.0), combine="sum")
    best = circuit.barrier_improvement(r, sources, pairs, [10.0], cell_size=(10.0, 10.0), combine="max")
    one = [circuit.barrier_improvement(r, sources, [pair], [10.0], cell_size=(10.0, 10.0)) for pair in pairs]
    np.testing.assert_allclose(summed.score[:, 6], one[0].score[:, 6] + one[1].score[:, 6], rtol=1e-9)
    np.testing.assert_allclose(best.score[:, 6], np.fmax(one[0].score[:, 6], one[1].score[:, 6]), rtol=1e-9)


@pytest.mark.parametrize("neighbours,cell", [(4, (1.0, 1.0)), (8, (10.0, 10.0)), (8, (10.0, 25.0)),
                                             (16, (30.0, 30.0))])
def test_window_minimum_over_the_rim_equals_the_minimum_over_the_disk(neighbours, cell):
    dx, dy = cell
    resistance = random_surface(neighbours, 40, 50, nodata=0.1)
    valid = np.isfinite(resistance)
    sources = np.zeros(resistance.shape, dtype=int)
    sources[5:8, 10:13] = 1
    sources[30, 40] = 1
    valid[sources > 0] = True
    resistance[sources > 0] = 1.0
    distance = cost.accumulated_cost(resistance, sources, cell, neighbours, valid=valid).distance
    for radius in (max(dx, dy), 2.5 * max(dx, dy), 7.0 * max(dx, dy)):
        half_x, half_y = int(radius // dx), int(radius // dy)
        y, x = np.ogrid[-half_y : half_y + 1, -half_x : half_x + 1]
        whole_disk = (x * dx) ** 2 + (y * dy) ** 2 <= radius**2 * (1 + 1e-9)
        expected = ndimage.minimum_filter(distance, footprint=whole_disk, mode="constant", cval=np.inf)
        got = circuit.window_minimum(distance, radius, cell, neighbours)
        np.testing.assert_array_equal(got, expected)


def test_barrier_radius_below_one_cell_is_refused():
    r, sources = wall_landscape(11.0)
    with pytest.raises(InputError, match="at least one cell"):
        circuit.barrier_improvement(r, sources, [(1, 2)], [5.0], cell_size=(10.0, 10.0))


def test_barrier_pairs_without_any_path_are_skipped_not_scored():
    r, sources = wall_landscape(np.nan)  # a complete NoData wall: no finite LCD
    out = circuit.barrier_improvement(r, sources, [(1, 2)], [10.0], cell_size=(10.0, 10.0))
    assert out.skipped == [(1, 2)]
    assert np.isnan(out.score).all()


def test_pinchpoints_refuse_non_square_cells():
    r, sources = gap_landscape([4])
    with pytest.raises(InputError, match="square cells"):
        circuit.pinchpoints(r, sources, [(1, 2)], cutoff=10.0, cell_size=(10.0, 20.0))


# --- centrality ---------------------------------------------------------------------------------


def test_path_centrality():
    # a — b — c: pairs (a,b), (b,c), (a,c); b carries the a–c current.
    out = circuit.network_centrality([1, 2, 3], [(1, 2, 4.0), (2, 3, 9.0)])
    np.testing.assert_allclose(out.through_current, [0.0, 1.0, 0.0], atol=1e-12)
    np.testing.assert_allclose(out.node_current, [2.0, 3.0, 2.0])  # Circuitscape counts the ends
    np.testing.assert_allclose(out.edge_current, [2.0, 2.0], atol=1e-12)
    np.testing.assert_allclose(out.resistances, [[0, 4, 13], [4, 0, 9], [13, 9, 0]], atol=1e-12)


def test_star_centrality():
    # Centre 0 and three leaves: every leaf pair passes the centre (3 pairs), and each link
    # carries its leaf's 3 pairs.
    out = circuit.network_centrality([0, 1, 2, 3], [(0, 1, 1.0), (0, 2, 5.0), (0, 3, 2.0)])
    np.testing.assert_allclose(out.through_current, [3.0, 0.0, 0.0, 0.0], atol=1e-12)
    np.testing.assert_allclose(out.node_current, [6.0, 3.0, 3.0, 3.0], atol=1e-12)
    np.testing.assert_allclose(out.edge_current, [3.0, 3.0, 3.0], atol=1e-12)


def test_triangle_centrality_splits_current_by_resistance():
    # ab = 1, bc = 1, ac = 2. Pair a–c: two 2 Ω routes, ½ A each. Pair a–b: 1 Ω direct vs
    # 3 Ω via c → ¾ and ¼. Pair b–c likewise, ¼ via a.
    out = circuit.network_centrality([1, 2, 3], [(1, 2, 1.0), (2, 3, 1.0), (1, 3, 2.0)])
    np.testing.assert_allclose(out.edge_current, [0.5 + 0.75 + 0.25, 0.5 + 0.25 + 0.75, 0.5 + 0.25 + 0.25], atol=1e-12)
    np.testing.assert_allclose(out.through_current, [0.25, 0.5, 0.25], atol=1e-12)
    np.testing.assert_allclose(out.node_current, [2.25, 2.5, 2.25], atol=1e-12)
    np.testing.assert_allclose(out.resistances, [[0, 0.75, 1.0], [0.75, 0, 0.75], [1.0, 0.75, 0]], atol=1e-12)


def test_centrality_of_disconnected_networks():
    out = circuit.network_centrality([1, 2, 3, 4], [(1, 2, 1.0), (3, 4, 1.0)])
    assert out.resistances[0, 2] == -1.0 and out.resistances[0, 1] == pytest.approx(1.0)
    np.testing.assert_allclose(out.node_current, [1.0, 1.0, 1.0, 1.0], atol=1e-12)
    with pytest.raises(InputError, match="resistance"):
        circuit.network_centrality([1, 2], [(1, 2, 0.0)])
    with pytest.raises(InputError, match="not in the node list"):
        circuit.network_centrality([1, 2], [(1, 5, 1.0)])


@pytest.mark.parametrize("neighbours", [4, 8])
def test_adjacent_pairs_are_the_zones_that_touch(neighbours):
    rng = np.random.default_rng(neighbours)
    labels = rng.integers(0, 6, (12, 15))
    expected = set()
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)] + ([(1, 1), (1, -1), (-1, 1), (-1, -1)] if neighbours == 8 else [])
    for r in range(12):
        for c in range(15):
            for dr, dc in moves:
                rr, cc = r + dr, c + dc
                if 0 <= rr < 12 and 0 <= cc < 15:
                    a, b = labels[r, c], labels[rr, cc]
                    if a > 0 and b > 0 and a != b:
                        expected.add((min(a, b), max(a, b)))
    assert circuit.adjacent_pairs(labels, neighbours) == sorted(expected)
