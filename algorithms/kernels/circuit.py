# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuit theory on resistance rasters (Circuitscape conventions) and Linkage Mapper's
Pinchpoint, Barrier and Centrality computations.

Sources, and what each one decided here:

* McRae, Dickson, Keitt & Shah (2008) Ecology 89:2712 — a raster is a resistor network; the
  effective resistance between two nodes and the current through every node.
* Circuitscape documentation (Circuitscape.jl ``docs/src/options.md`` and "How Circuitscape
  works") and its source (``src/raster/pairwise.jl``, ``src/core.jl``, ``src/out.jl``,
  ``src/raster/onetoall.jl``, ``src/raster/advanced.jl``):

  - graph: every valid cell is a node joined to its 4 or 8 neighbours. "When average
    resistances are used, first-order neighbors are connected by resistors with resistance
    Rab = (Ra + Rb) / 2, and second-order (diagonal) neighbors by Rab = sqrt(2) * (Ra + Rb) / 2.
    When average conductances are used ... Gab = (Ga + Gb) / 2 ... Gab = (Ga + Gb) / (2 * sqrt(2))."
    ``scheme="resistance"`` / ``"conductance"``. NoData cells "are treated as complete
    barriers and are disconnected from all other cells".
  - short-circuit regions: "cells within each region are merged into a single node,
    including non-adjacent cells"; a focal region is "collapsed into a single node"; focal
    and short-circuit regions that overlap merge.
  - disconnected pairs: the resistance matrix starts at ``-1`` ("-1 indicates infinite
    resistance") and two focal ids on one node get ``0`` (``smash_repeats!``).
  - ``_resistances.out``: "The first row and column contain the focal node IDs" with 0 in the
    corner; :meth:`CircuitResult.circuitscape_table` returns that layout.
  - node current (``get_node_currents``): for each node the larger of the total current
    flowing in and the total flowing out; a focal region's value is written to all its cells.
    The cumulative map is the sum over pairs (pairwise) or iterations (one-to-all,
    all-to-one); the maximum map the maximum. Pairwise voltages: the lower id is grounded at
    0 V and the higher id receives 1 A (``current[comp_i] = -1; current[comp_j] = 1;
    v .-= v[comp_i]``).
  - one-to-all: "one focal node is connected to a 1-amp current source, while all remaining
    focal nodes are connected to ground"; its resistance is the source's voltage, ``-1`` if
    nothing in its component is grounded. All-to-one: "one focal node to ground and all
    remaining focal nodes to 1-amp current sources"; only the ground's component is solved;
    "Resistances in the all-to-one mode are undefined, so a file is written with zeros".
    In both modes every focal region is burned in at once (``create_new_polymap`` with the
    whole point map); a source on the ground's own node is dropped (``rmvgnd``/``rmvsrc``).
* Linkage Mapper (github.com/linkagescape/linkage-mapper, ``toolbox/scripts``):

  - Pinchpoint Mapper (``s8_pinchpoints.py``): per corridor the normalised least-cost
    corridor ``cwd_a + cwd_b - lcDist`` is cut at ``<= CWDCUTOFF``, Circuitscape runs
    pairwise between the two cores on the clipped resistance with
    ``connect_using_avg_resistances = True`` and 8 neighbours (``lm_util.setCircuitscapeOptions``),
    "Set core areas to NoData in current map", corridors are combined with
    ``Mosaic_management(..., "MAXIMUM")``, effective resistance ``= cellSize * resistances[2]``
    and the ratio ``LTB_CWDTORR = cwd / effective resistance``.
  - Barrier Mapper (``s6_barriers.py``, ``docs/bm.rst``): "Results give expected reduction in
    least-cost distance (LCD) per unit distance restored assuming pixels in the window are
    changed to a resistance of 1.0": ``(lc_dist - focalmin(cwd_a) - focalmin(cwd_b) - dia) / dia``
    with ``dia = 2 * radius``; Pct ``= 100 * score / lc_dist``; pairs combined by maximum
    (negative results set to NoData) or by sum (negatives and NoData counted as 0), radii by
    maximum.
  - Centrality Mapper (``s7_centrality.py``): Circuitscape network mode on the graph
    ``(core1, core2, cwd)`` with every core a focal node: 1 A between every pair, cumulative
    branch currents (|current| per link) and node currents (``CF_Central``).

Choices made here (say so in the help):

* ``scheme="resistance"`` is the default, as Linkage Mapper and the plugin's cost
  convention (DESIGN §3) use; **Circuitscape's own default is average conductance**.
* Pairwise with multi-cell focal regions: ``focal_regions="all"`` (default) short-circuits
  every focal region at once and factorises once — identical to Circuitscape for focal
  points and in one-to-all / all-to-one; ``focal_regions="pair"`` is Circuitscape's pairwise
  rule (a region is burned in only for the pairs that include it) and costs one
  factorisation per pair. With single-cell focal nodes both run the fast path.
* A focal or short-circuit cell on NoData is dropped (Circuitscape.jl still gives such a
  cell the region's node number); a focal id with no valid cell is disconnected (``-1``).
* Branch currents below 1e-8 of the largest are not zeroed as Circuitscape.jl does: the
  currents here are the exact network currents.
* All-to-one injects 1 A per focal id, as the documentation says (Circuitscape.jl's raster
  code appears to add 1 A per cell of a focal region).
* Checked against Circuitscape's documented example: ``focal_regions="pair"`` reproduces its
  published 8- and 4-neighbour resistance tables to all printed digits (unit tests).
* Barrier windows are disks of cells whose centres lie within r (``patches.disk``). Their
  minimum is taken over the disk's rim, as Linkage Mapper does with ``NbrAnnulus(r - 1, r)``,
  because "the lowest CWD values from each patch will always be found on the edge of a
  moving window" (McRae et al. 2012 PLoS ONE 7:e52604, Fig. 2); here the rim is every disk
  cell one move from outside, and a window holding a source cell has minimum 0, so the
  result equals the minimum over the whole disk (:func:`window_minimum`).
* Effective resistances of :func:`effective_resistances` are Circuitscape's (cell units);
  :func:`pinchpoints` multiplies by the cell size as Linkage Mapper does, which needs
  square cells.

Solvers: each connected component that holds two or more focal nodes is grounded at one
focal node, the reduced Laplacian is factorised once (SuperLU with a symmetric
minimum-degree ordering) or preconditioned once (pyamg classical AMG, else Jacobi),
and one solve per focal node gives every pair by superposition. Memory grows with the number
of cells (graph, factor and one voltage vector per focal node), never with cells².
"""

import inspect
import math
import os
from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage, sparse
from scipy.sparse import csgraph
from scipy.sparse import linalg as sparse_linalg

from . import InputError, no_progress, nonzero_cells
from .cost import accumulated_cost, validate
from .patches import disk

SCHEMES = ("resistance", "conductance")
MODES = ("pairwise", "one_to_all", "all_to_one")
SOLVERS = ("auto", "direct", "amg", "cg")
FOCAL_REGIONS = ("all", "pair")
# "auto" factorises up to this many nodes, and beyond when pyamg is missing and the factor fits
# in memory. SuperLU on 1 million nodes: 12–27 s and 2–3 GB, then 0.14 s per focal node; on 4
# million: ~160 s and ~8 GB. AMG on 1 million: ~2 s setup, ~1.3 s per focal node, 0.7 GB.
DIRECT_MAX_NODES = 1_000_000
# network_centrality works on a dense Laplacian and visits every pair: time ~ nodes² × links.
MAX_CENTRALITY_NODES = 1000
DEFAULT_TOL = 1e-8  # relative residual; gives ~1e-9 relative error in resistances and currents
_SQRT2 = math.sqrt(2.0)
# Edges processed at once when summing currents (bounds the temporary arrays).
_EDGE_CHUNK = 1 << 23
_CG_TOL_KEYWORD = "rtol" if "rtol" in inspect.signature(sparse_linalg.cg).parameters else "tol"


class SolverError(RuntimeError):
    """An iterative solver did not reach its tolerance."""


# ---------------------------------------------------------------------------------------
# Graph


@dataclass
class ConductanceGraph:
    """Resistor network of a raster.

    ``node_of_cell`` (flat, one entry per cell) holds the node of every valid cell and -1
    elsewhere; merged regions share one node. Edges join ``u`` and ``v`` (``u != v``) with a
    conductance; two cells joined to one region give parallel edges, which add up.
    """

    shape: tuple
    node_of_cell: np.ndarray
    n_nodes: int
    u: np.ndarray
    v: np.ndarray
    conductance: np.ndarray

    @property
    def n_edges(self):
        return int(self.u.size)

    def laplacian(self):
        """The (singular) graph Laplacian as CSR: degree on the diagonal, −conductance off it."""
        return _reduced_laplacian(self, np.arange(self.n_nodes, dtype=self.u.dtype))

    def components(self):
        """(count, label per node) of the connected components."""
        adjacency = sparse.coo_matrix(
            (np.ones(self.u.size, dtype=np.int8), (self.u, self.v)), shape=(self.n_nodes, self.n_nodes)
        )
        return csgraph.connected_components(adjacency, directed=False)

    def nodes_of(self, ids, label):
        """Distinct nodes of the valid cells where ``ids == label``."""
        cells = self.node_of_cell[np.asarray(ids).ravel() == label]
        return np.unique(cells[cells >= 0])


def conductance_graph(resistance, valid=None, neighbours=8, scheme="resistance", short_circuit=None, focal_ids=None):
    """Build the resistor network of a resistance raster, Circuitscape's way.

    Parameters
    ----------
    resistance : 2-D array, finite and > 0 where ``valid`` (resistance per cell).
    valid : bool array, False on NoData (dropped); default: finite resistance.
    neighbours : 4 or 8.
    scheme : ``"resistance"`` (average resistance; Linkage Mapper) or ``"conductance"``
        (average conductance; Circuitscape's default). Diagonal resistors are √2 longer.
    short_circuit : optional integer raster; cells sharing an id > 0 are one node.
    focal_ids : optional integer raster; cells sharing an id > 0 are one node as well.

    Returns
    -------
    ConductanceGraph

    >>> import numpy as np
    >>> g = conductance_graph(np.array([[1.0, 3.0]]), neighbours=4)
    >>> g.n_nodes, g.conductance.tolist()
    (2, [0.5])
    """
    resistance, valid = _surface(resistance, valid)
    _check_choice(neighbours, (4, 8), "Neighbourhood")
    _check_choice(scheme, SCHEMES, "Connection scheme")
    regions = []
    if short_circuit is not None:
        regions.append(_ids(short_circuit, resistance.shape, "short-circuit region raster"))
    if focal_ids is not None:
        regions.append(_ids(focal_ids, resistance.shape, "focal node raster"))
    return _build_graph(resistance, valid, neighbours, scheme, regions)


def _build_graph(resistance, valid, neighbours, scheme, regions):
    rows, cols = resistance.shape
    cells = np.flatnonzero(valid.ravel())
    dtype = np.int32 if cells.size < 2**31 - 1 else np.int64
    labels, n_nodes = _merged_labels(cells, regions, dtype)
    node_of_cell = np.full(rows * cols, -1, dtype=dtype)
    node_of_cell[cells] = labels
    del labels
    node2d = node_of_cell.reshape(rows, cols)
    moves = [(0, 1, False), (1, 0, False)] + ([(1, 1, True), (1, -1, True)] if neighbours == 8 else [])
    us, vs, gs = [], [], []
    for dr, dc, diagonal in moves:
        a = (slice(0, rows - dr), slice(max(0, -dc), cols - max(0, dc)))
        b = (slice(dr, rows), slice(max(0, dc), cols + min(0, dc)))
        both = valid[a] & valid[b]
        u = node2d[a][both]
        v = node2d[b][both]
        keep = u != v  # edges inside a merged region are short-circuited away
        if not keep.all():
            u, v = u[keep], v[keep]
        ra = resistance[a][both].astype(np.float64)
        rb = resistance[b][both].astype(np.float64)
        if not keep.all():
            ra, rb = ra[keep], rb[keep]
        if scheme == "resistance":
            g = 2.0 / (ra + rb)
        else:
            g = (1.0 / ra + 1.0 / rb) / 2.0
        if diagonal:
            g /= _SQRT2
        us.append(u)
        vs.append(v)
        gs.append(g)
    u = np.concatenate(us) if us else np.empty(0, dtype=dtype)
    v = np.concatenate(vs) if vs else np.empty(0, dtype=dtype)
    g = np.concatenate(gs) if gs else np.empty(0)
    return ConductanceGraph((rows, cols), node_of_cell, n_nodes, u, v, g)


def _merged_labels(cells, regions, dtype):
    """Node label of every valid cell: cells sharing a region id (in any region raster) and
    regions that overlap become one node. Labels follow the first cell of each node."""
    n_valid = cells.size
    sources, targets, extra = [], [], 0
    for ids in regions:
        values = ids.ravel()[cells]
        labelled = np.flatnonzero(values > 0)
        if labelled.size == 0:
            continue
        _, which = np.unique(values[labelled], return_inverse=True)
        sources.append(labelled)
        targets.append(n_valid + extra + which)
        extra += int(which.max()) + 1
    if not sources:
        return np.arange(n_valid, dtype=dtype), n_valid
    total = n_valid + extra
    sources, targets = np.concatenate(sources), np.concatenate(targets)
    links = sparse.coo_matrix((np.ones(sources.size, dtype=np.int8), (sources, targets)), shape=(total, total))
    _, label = csgraph.connected_components(links, directed=False)
    _, compact = np.unique(label[:n_valid], return_inverse=True)
    compact = compact.astype(dtype)
    return compact, int(compact.max()) + 1 if n_valid else 0


def _reduced_laplacian(graph, index):
    """Laplacian rows/columns of the nodes with ``index >= 0`` (renumbered by ``index``);
    edges to dropped nodes (grounds) still count in the diagonal."""
    n = graph.n_nodes
    size = int(index.max()) + 1 if index.size else 0
    degree = np.bincount(graph.u, graph.conductance, n) + np.bincount(graph.v, graph.conductance, n)
    kept = np.flatnonzero(index >= 0)
    iu, iv = index[graph.u], index[graph.v]
    both = (iu >= 0) & (iv >= 0)
    iu, iv, g = iu[both], iv[both], graph.conductance[both]
    rows = np.concatenate([iu, iv, index[kept]])
    cols = np.concatenate([iv, iu, index[kept]])
    data = np.concatenate([-g, -g, degree[kept]])
    del iu, iv, g
    return sparse.csr_matrix((data, (rows, cols)), shape=(size, size))


# ---------------------------------------------------------------------------------------
# Solvers


def pyamg_available():
    """True when ``pyamg`` can be imported (the AMG solver needs it; nothing else does)."""
    try:
        import pyamg  # noqa: F401
    except Exception:  # an incompatible build fails with other errors than ImportError
        return False
    return True


def choose_solver(nodes, solver="auto", focal_nodes=2):
    """The solver ``solver`` resolves to for a network of ``nodes`` nodes.

    ``"auto"``: SuperLU up to :data:`DIRECT_MAX_NODES` nodes; above that AMG-preconditioned
    conjugate gradients when pyamg is importable, else SuperLU while its estimate fits in 70 %
    of physical memory, else Jacobi-preconditioned conjugate gradients (slow, but accurate to
    the tolerance).

    >>> choose_solver(1000)
    'direct'
    """
    _check_choice(solver, SOLVERS, "Solver")
    if solver == "amg" and not pyamg_available():
        raise InputError(
            "The AMG solver needs the Python package pyamg, which is not installed; choose the "
            "direct or cg solver, or install pyamg."
        )
    if solver != "auto":
        return solver
    if nodes <= DIRECT_MAX_NODES:
        return "direct"
    if pyamg_available():
        return "amg"
    memory = _physical_memory()
    if memory is not None and estimate_bytes(nodes, None, "direct", focal_nodes) < 0.7 * memory:
        return "direct"
    return "cg"


def estimate_bytes(cells, edges=None, solver="direct", focal_nodes=2):
    """Approximate peak memory (bytes) of one circuit solve on ``cells`` nodes.

    ``edges`` defaults to 4 per cell (8 neighbours); ``focal_nodes`` voltage vectors are kept
    for superposition. Calibrated on 8-neighbour grids with SuperLU (about 114 factor
    entries per node at a million nodes, growing with log2 of the node count) and pyamg
    AMG; the figure is meant for refusing runs that cannot fit, not for
    accounting.

    >>> estimate_bytes(1_000_000, solver="amg") < estimate_bytes(1_000_000, solver="direct")
    True
    """
    cells = max(int(cells), 1)
    edges = 4 * cells if edges is None else int(edges)
    if solver == "auto":
        solver = choose_solver(cells, "auto", focal_nodes)
    _check_choice(solver, SOLVERS[1:], "Solver")
    entries = 2 * edges + cells  # Laplacian non-zeros
    graph = 16 * cells + 16 * edges  # node numbering, edge lists
    matrix = 12 * entries + 4 * cells
    build = 16 * entries  # COO triplets while assembling
    vectors = 8 * cells * (focal_nodes + 4)
    if solver == "direct":
        factor_entries = 6.0 * math.log2(cells + 1) * cells
        work = 12 * factor_entries * 1.6 + matrix
    elif solver == "amg":
        work = 5.0 * matrix + 8 * cells * 8
    else:
        work = 8 * cells * 6
    return int(graph + matrix + max(build, work) + vectors)


class _LinearSolver:
    """A symmetric positive definite system prepared once, solved for many right-hand sides."""

    def __init__(self, matrix, method, tol):
        self.method = method
        self.matrix = matrix
        self.tol = tol
        self.iterations = []
        if matrix.shape[0] == 0:
            return
        if method == "direct":
            self._lu = sparse_linalg.splu(
                matrix.tocsc(), permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0, options={"SymmetricMode": True}
            )
        elif method == "amg":
            import pyamg

            # Classical (Ruge–Stüben) AMG: on these Laplacians (M-matrices) it took 1–4.6× less
            # time than Circuitscape's smoothed aggregation, with less memory (see circuit_bench).
            hierarchy = pyamg.ruge_stuben_solver(matrix)
            self._preconditioner = hierarchy.aspreconditioner(cycle="V")
        else:
            inverse_diagonal = 1.0 / matrix.diagonal()
            self._preconditioner = sparse_linalg.LinearOperator(
                matrix.shape, matvec=lambda x: inverse_diagonal * np.ravel(x), dtype=np.float64
            )

    def solve(self, rhs):
        """Solutions for the columns of the dense array ``rhs`` (n × k)."""
        if self.matrix.shape[0] == 0:
            return np.zeros(rhs.shape)
        if self.method == "direct":
            return self._lu.solve(np.asfortranarray(rhs, dtype=np.float64))
        out = np.empty(rhs.shape)
        for k in range(rhs.shape[1]):
            out[:, k] = self._iterate(rhs[:, k])
        return out

    def _iterate(self, b):
        norm = float(np.linalg.norm(b))
        if norm == 0.0:
            return np.zeros_like(b)
        count = [0]

        def tick(_):
            count[0] += 1

        maxiter = max(1000, 20 * self.matrix.shape[0]) if self.method == "cg" else 2000
        x, info = sparse_linalg.cg(
            self.matrix, b, M=self._preconditioner, maxiter=maxiter, atol=0.0, callback=tick,
            **{_CG_TOL_KEYWORD: self.tol},
        )
        residual = float(np.linalg.norm(b - self.matrix @ x)) / norm
        self.iterations.append(count[0])
        if info != 0 or not residual <= 10.0 * self.tol:
            raise SolverError(
                f"The {self.method} solver stopped after {count[0]} iterations with relative residual "
                f"{residual:.2e} (tolerance {self.tol:.0e}). Use the direct solver, or check the "
                "resistance for extreme contrasts (more than ~10^8 between cells)."
            )
        return x


# ---------------------------------------------------------------------------------------
# Circuits between focal nodes


@dataclass
class CircuitResult:
    """Results of :func:`effective_resistances`.

    ``resistances``: pairwise → N × N matrix (0 on the diagonal and between ids on one node,
    -1 where disconnected); one-to-all → per id, the source's voltage per amp with every
    other focal node grounded (-1 when nothing can be grounded); all-to-one → per id 0 when
    solved, -1 otherwise. ``current`` and ``max_current`` are rasters (NaN on NoData, 0 in
    unsolved components); ``voltages`` maps an id (pair of ids in pairwise mode: lower id at
    0 V, higher id fed 1 A) to a voltage raster when asked for.
    """

    ids: np.ndarray
    mode: str
    resistances: np.ndarray
    current: np.ndarray = None
    max_current: np.ndarray = None
    voltages: dict = field(default_factory=dict)
    solver: str = ""
    nodes: int = 0
    edges: int = 0
    factorisations: int = 0
    solves: int = 0

    def circuitscape_table(self):
        """Pairwise resistances in Circuitscape's ``_resistances.out`` layout: focal ids in the
        first row and column, 0 in the corner."""
        if self.mode != "pairwise":
            raise InputError("The resistance table exists for the pairwise mode only.")
        n = self.ids.size
        table = np.zeros((n + 1, n + 1))
        table[0, 1:] = self.ids
        table[1:, 0] = self.ids
        table[1:, 1:] = self.resistances
        return table


def effective_resistances(resistance, focal_ids, valid=None, neighbours=8, scheme="resistance", short_circuit=None,
                          mode="pairwise", pairs=None, focal_regions="all", current_maps=True, voltage_maps=False,
                          solver="auto", tol=DEFAULT_TOL, progress=no_progress):
    """Effective resistances, cumulative current and voltages between focal nodes.

    Parameters
    ----------
    resistance, valid, neighbours, scheme, short_circuit : as :func:`conductance_graph`.
    focal_ids : integer raster of focal node ids (> 0); a multi-cell id is a focal region.
    mode : ``"pairwise"``, ``"one_to_all"`` or ``"all_to_one"`` (Circuitscape's modes).
    pairs : pairwise only, optional iterable of (id, id) to solve (Circuitscape's include
        list); other entries of the matrix stay -1.
    focal_regions : pairwise only; ``"all"`` short-circuits every focal region at once (one
        factorisation), ``"pair"`` only the two regions of each pair (Circuitscape; one
        factorisation per pair). Equal for single-cell focal nodes.
    current_maps : compute the cumulative and maximum current rasters.
    voltage_maps : keep one voltage raster per pair (pairwise) or per focal id.
    solver : ``"auto"``, ``"direct"`` (SuperLU), ``"amg"`` (CG + pyamg) or ``"cg"`` (CG +
        Jacobi); see :func:`choose_solver`. ``tol``: relative residual of the iterative solvers.
    progress : ``progress(fraction)``; may raise :class:`Cancelled`.

    Returns
    -------
    CircuitResult

    >>> import numpy as np
    >>> r = np.ones((1, 4)); f = np.array([[1, 0, 0, 2]])
    >>> effective_resistances(r, f, neighbours=4).resistances.tolist()
    [[0.0, 3.0], [3.0, 0.0]]
    """
    resistance, valid = _surface(resistance, valid)
    _check_choice(neighbours, (4, 8), "Neighbourhood")
    _check_choice(scheme, SCHEMES, "Connection scheme")
    _check_choice(mode, MODES, "Mode")
    _check_choice(focal_regions, FOCAL_REGIONS, "Focal region rule")
    _check_choice(solver, SOLVERS, "Solver")
    if not (tol > 0):
        raise InputError(f"The solver tolerance must be > 0, not {tol}.")
    focal = _ids(focal_ids, resistance.shape, "focal node raster")
    regions = [] if short_circuit is None else [_ids(short_circuit, resistance.shape, "short-circuit region raster")]
    ids = np.unique(focal[focal > 0])
    if ids.size < 2 and mode == "pairwise":
        raise InputError(f"Pairwise mode needs at least two focal node ids; the focal raster has {ids.size}.")
    if ids.size < 1:
        raise InputError("The focal node raster has no ids > 0; give at least one focal node.")
    if pairs is not None and mode != "pairwise":
        raise InputError("A list of pairs applies to the pairwise mode only; leave it empty for this mode.")
    wanted = _pair_list(pairs, ids) if mode == "pairwise" else None
    if mode == "pairwise" and focal_regions == "pair":
        base = _build_graph(resistance, valid, neighbours, scheme, regions)
        points = all(base.nodes_of(focal, label).size <= 1 for label in ids)
        if not points:
            return _pairwise_per_pair(resistance, valid, neighbours, scheme, regions, focal, ids, wanted,
                                      current_maps, voltage_maps, solver, tol, progress)
    graph = _build_graph(resistance, valid, neighbours, scheme, regions + [focal])
    progress(0.05)
    system = _FocalSystem(graph, focal, ids, solver, tol, progress)
    result = CircuitResult(ids, mode, None, solver=system.solver_name, nodes=graph.n_nodes, edges=graph.n_edges,
                           factorisations=1 if system.size else 0, solves=system.columns)
    maps = _MapAccumulator(graph, current_maps)
    if mode == "pairwise":
        result.resistances = system.pairwise(wanted)
        jobs = [(i, j) for i, j in wanted if result.resistances[i, j] > 0] if (current_maps or voltage_maps) else []
        for k, (i, j) in enumerate(jobs):
            volts = system.voltages({system.node[j]: 1.0, system.node[i]: -1.0}, reference=system.node[i])
            maps.add(volts)
            if voltage_maps:
                result.voltages[int(ids[i]), int(ids[j])] = maps.raster(volts)
            progress(0.8 + 0.2 * (k + 1) / len(jobs))
    else:
        result.resistances = np.full(ids.size, -1.0)
        for k in range(ids.size):
            volts, value = system.one_to_all(k) if mode == "one_to_all" else system.all_to_one(k)
            result.resistances[k] = value
            if volts is not None:
                maps.add(volts)
                if voltage_maps:
                    result.voltages[int(ids[k])] = maps.raster(volts)
            progress(0.8 + 0.2 * (k + 1) / ids.size)
    result.current, result.max_current = maps.finish()
    progress(1.0)
    return result


class _FocalSystem:
    """Grounded Laplacian of the components that hold focal nodes, solved once per focal node.

    Column ``x_p`` is the potential when 1 A enters focal node p and leaves at the ground of
    its component, so any injection pattern with zero net current per component is a sum of
    columns (superposition).
    """

    def __init__(self, graph, focal, ids, solver, tol, progress):
        self.graph = graph
        self.node = np.array([_first_node(graph, focal, label) for label in ids], dtype=np.int64)
        _, comp = graph.components()
        self.comp_of_node = comp
        present = self.node >= 0
        self.comp = np.where(present, comp[np.maximum(self.node, 0)], -1)
        distinct = {}
        for k in np.flatnonzero(present):  # distinct focal nodes per component, in id order
            distinct.setdefault(int(self.comp[k]), [])
            if int(self.node[k]) not in distinct[int(self.comp[k])]:
                distinct[int(self.comp[k])].append(int(self.node[k]))
        self.active = {c: nodes for c, nodes in distinct.items() if len(nodes) >= 2}
        self.ground = {c: nodes[0] for c, nodes in self.active.items()}
        kept = np.isin(comp, np.fromiter(self.active, dtype=np.int64, count=len(self.active)))
        if self.ground:
            kept[np.fromiter(self.ground.values(), dtype=np.int64)] = False
        self.index = np.full(graph.n_nodes, -1, dtype=graph.u.dtype)
        self.index[kept] = np.arange(int(kept.sum()), dtype=graph.u.dtype)
        self.size = int(kept.sum())
        self.column = {}
        for nodes in self.active.values():
            for node in nodes[1:]:
                self.column[node] = len(self.column)
        self.columns = len(self.column)
        self.solver_name = choose_solver(self.size, solver, self.columns) if self.size else "none"
        self.x = np.zeros((self.size, self.columns))
        if self.size:
            matrix = _reduced_laplacian(graph, self.index)
            progress(0.1)
            linear = _LinearSolver(matrix, self.solver_name, tol)
            del matrix
            progress(0.4)
            batch = 16 if self.solver_name == "direct" else 1
            order = list(self.column.items())
            for start in range(0, len(order), batch):
                chunk = order[start : start + batch]
                rhs = np.zeros((self.size, len(chunk)))
                for k, (node, _) in enumerate(chunk):
                    rhs[self.index[node], k] = 1.0
                self.x[:, [col for _, col in chunk]] = linear.solve(rhs)
                progress(0.4 + 0.4 * min(1.0, (start + len(chunk)) / len(order)))
        # Green's function between the distinct focal nodes (0 at grounds).
        self.green_nodes = sorted({int(n) for n in self.node[present]})
        self._green_position = {n: k for k, n in enumerate(self.green_nodes)}
        m = len(self.green_nodes)
        self.green = np.zeros((m, m))
        for p, node_p in enumerate(self.green_nodes):
            col = self.column.get(node_p)
            if col is None:
                continue
            for q, node_q in enumerate(self.green_nodes):
                if self.index[node_q] >= 0 and comp[node_q] == comp[node_p]:
                    self.green[p, q] = self.x[self.index[node_q], col]
        self.green = (self.green + self.green.T) / 2.0  # exact in theory; removes solver noise

    def _g(self, a, b):
        return self.green[self._green_position[a], self._green_position[b]]

    def pairwise(self, wanted):
        n = self.node.size
        table = np.full((n, n), -1.0)
        np.fill_diagonal(table, 0.0)
        for i, j in wanted:
            a, b = int(self.node[i]), int(self.node[j])
            if a < 0 or b < 0 or self.comp[i] != self.comp[j]:
                continue
            value = 0.0 if a == b else self._g(a, a) + self._g(b, b) - 2.0 * self._g(a, b)
            table[i, j] = table[j, i] = max(value, 0.0)
        return table

    def voltages(self, injections, reference=None, offset=0.0):
        """Full node-voltage vector of the injections {node: amps} (zero net per component);
        shifted so that ``reference`` is at 0 V, then by ``offset``."""
        volts = np.zeros(self.graph.n_nodes)
        reduced = np.zeros(self.size)
        for node, amps in injections.items():
            col = self.column.get(int(node))
            if col is not None:
                reduced += amps * self.x[:, col]
        inside = self.index >= 0
        volts[inside] = reduced[self.index[inside]]
        shift = offset
        if reference is not None:
            shift -= volts[int(reference)]
        if shift:
            comps = {int(self.comp_of_node[int(node)]) for node in injections}
            volts[np.isin(self.comp_of_node, list(comps))] += shift
        return volts

    def one_to_all(self, k):
        """Voltages and source voltage when id k gets 1 A and every other focal node is grounded."""
        a = int(self.node[k])
        if a < 0 or int(self.comp[k]) not in self.active:
            return None, -1.0
        grounds = [n for n in self.active[int(self.comp[k])] if n != a]
        # Unknown ground currents c (summing to 1 A) and a constant α such that the potential
        # G(e_a − Σ c_j e_j) + α vanishes on every ground.
        m = len(grounds)
        system = np.zeros((m + 1, m + 1))
        rhs = np.zeros(m + 1)
        for r, node_r in enumerate(grounds):
            for c, node_c in enumerate(grounds):
                system[r, c] = -self._g(node_r, node_c)
            system[r, m] = 1.0
            rhs[r] = -self._g(node_r, a)
        system[m, :m] = 1.0
        rhs[m] = 1.0
        solution = np.linalg.solve(system, rhs)
        injections = {a: 1.0}
        for node, amps in zip(grounds, solution[:m]):
            injections[node] = injections.get(node, 0.0) - amps
        volts = self.voltages(injections, offset=float(solution[m]))
        return volts, float(volts[a])

    def all_to_one(self, k):
        """Voltages when id k is grounded and every other focal id injects 1 A."""
        ground = int(self.node[k])
        if ground < 0 or int(self.comp[k]) not in self.active:
            return None, -1.0
        sources = [int(n) for kk, n in enumerate(self.node) if kk != k and n >= 0 and n != ground
                   and self.comp[kk] == self.comp[k]]
        if not sources:
            return None, -1.0
        injections = {ground: -float(len(sources))}
        for node in sources:
            injections[node] = injections.get(node, 0.0) + 1.0
        return self.voltages(injections, reference=ground), 0.0


def _pairwise_per_pair(resistance, valid, neighbours, scheme, regions, focal, ids, wanted, current_maps, voltage_maps,
                       solver, tol, progress):
    """Circuitscape's pairwise rule for focal regions: each pair on its own graph in which only
    its two regions are short-circuited; one factorisation per pair."""
    n = ids.size
    table = np.full((n, n), -1.0)
    np.fill_diagonal(table, 0.0)
    result = CircuitResult(ids, "pairwise", table)
    maps = None
    names = set()
    for k, (i, j) in enumerate(wanted):
        pair_focal = np.where((focal == ids[i]) | (focal == ids[j]), focal, 0)
        graph = _build_graph(resistance, valid, neighbours, scheme, regions + [pair_focal])
        if maps is None:
            maps = _MapAccumulator(graph, current_maps)
        a, b = _first_node(graph, focal, ids[i]), _first_node(graph, focal, ids[j])
        if a < 0 or b < 0:
            continue
        if a == b:
            table[i, j] = table[j, i] = 0.0
            continue
        _, comp = graph.components()
        if comp[a] != comp[b]:
            continue
        inside = comp == comp[a]
        inside[a] = False
        index = np.full(graph.n_nodes, -1, dtype=graph.u.dtype)
        index[inside] = np.arange(int(inside.sum()), dtype=graph.u.dtype)
        name = choose_solver(int(inside.sum()), solver, 1)
        names.add(name)
        linear = _LinearSolver(_reduced_laplacian(graph, index), name, tol)
        rhs = np.zeros((int(inside.sum()), 1))
        rhs[index[b], 0] = 1.0
        x = linear.solve(rhs)[:, 0]
        volts = np.zeros(graph.n_nodes)
        volts[inside] = x[index[inside]]
        table[i, j] = table[j, i] = float(volts[b])
        result.factorisations += 1
        result.solves += 1
        result.nodes, result.edges = max(result.nodes, graph.n_nodes), max(result.edges, graph.n_edges)
        if current_maps or voltage_maps:
            maps.graph = graph
            maps.add(volts)
            if voltage_maps:
                result.voltages[int(ids[i]), int(ids[j])] = maps.raster(volts)
        progress((k + 1) / max(len(wanted), 1))
    result.solver = "+".join(sorted(names)) or "none"
    if maps is not None:
        result.current, result.max_current = maps.finish()
    progress(1.0)
    return result


class _MapAccumulator:
    """Cumulative and maximum node-current rasters over iterations."""

    def __init__(self, graph, enabled):
        self.graph = graph
        self.enabled = enabled
        cells = graph.node_of_cell.size
        self.total = np.zeros(cells) if enabled else None
        self.largest = np.zeros(cells) if enabled else None
        self.valid = graph.node_of_cell >= 0

    def add(self, volts):
        if not self.enabled:
            return
        current = node_currents(self.graph, volts)
        cell_current = np.zeros(self.valid.size)
        cell_current[self.valid] = current[self.graph.node_of_cell[self.valid]]
        self.total += cell_current
        np.maximum(self.largest, cell_current, out=self.largest)

    def raster(self, node_values):
        out = np.full(self.valid.size, np.nan)
        out[self.valid] = node_values[self.graph.node_of_cell[self.valid]]
        return out.reshape(self.graph.shape)

    def finish(self):
        if not self.enabled:
            return None, None
        total = np.where(self.valid, self.total, np.nan).reshape(self.graph.shape)
        largest = np.where(self.valid, self.largest, np.nan).reshape(self.graph.shape)
        return total, largest


def node_currents(graph, volts):
    """Current through every node for node voltages ``volts``: the larger of the total
    current flowing in and the total flowing out (Circuitscape's ``get_node_currents``), so a
    node fed 1 A from outside carries at least 1 A.

    >>> import numpy as np
    >>> g = conductance_graph(np.ones((1, 3)), neighbours=4)
    >>> node_currents(g, np.array([2.0, 1.0, 0.0])).tolist()
    [1.0, 1.0, 1.0]
    """
    n = graph.n_nodes
    inflow = np.zeros(n)
    outflow = np.zeros(n)
    for start in range(0, graph.n_edges, _EDGE_CHUNK):
        u = graph.u[start : start + _EDGE_CHUNK]
        v = graph.v[start : start + _EDGE_CHUNK]
        flow = graph.conductance[start : start + _EDGE_CHUNK] * (volts[u] - volts[v])  # u → v
        forward = np.maximum(flow, 0.0)
        backward = np.maximum(-flow, 0.0)
        outflow += np.bincount(u, forward, n)
        outflow += np.bincount(v, backward, n)
        inflow += np.bincount(v, forward, n)
        inflow += np.bincount(u, backward, n)
    return np.maximum(inflow, outflow)


def _first_node(graph, focal, label):
    cells = np.flatnonzero(focal.ravel() == label)
    nodes = graph.node_of_cell[cells]
    nodes = nodes[nodes >= 0]
    return int(nodes[0]) if nodes.size else -1


def _pair_list(pairs, ids):
    position = {int(label): k for k, label in enumerate(ids)}
    if pairs is None:
        return [(i, j) for i in range(ids.size) for j in range(i + 1, ids.size)]
    chosen = set()
    for pair in pairs:
        a, b = (int(value) for value in pair[:2])
        for label in (a, b):
            if label not in position:
                raise InputError(f"Pair ({a}, {b}) names focal id {label}, which is not in the focal node raster.")
        if a != b:
            chosen.add(tuple(sorted((position[a], position[b]))))
    return sorted(chosen)


# ---------------------------------------------------------------------------------------
# Linkage Mapper: pinch points


@dataclass
class PinchpointResult:
    """``current``: per-corridor current (1 A between the two cores, restricted to the
    corridor) combined by maximum; NaN outside every corridor and on the cores of each
    corridor's own pair. ``effective_resistance`` per (a, b): Circuitscape's resistance ×
    cell size (cost units, -1 if disconnected); ``cwd_to_resistance`` = lcd / that;
    ``lcd`` the least-cost distance used."""

    current: np.ndarray
    effective_resistance: dict
    cwd_to_resistance: dict
    lcd: dict
    solver: str = ""


def pinchpoints(resistance, source_ids, corridors, cutoff, valid=None, cell_size=(1.0, 1.0), neighbours=8,
                scheme="resistance", distances=None, solver="auto", tol=DEFAULT_TOL, progress=no_progress):
    """Linkage Mapper's Pinchpoint Mapper (adjacent pairs).

    For every corridor (a, b[, lcd]) the cells with ``D_a + D_b − lcd ≤ cutoff`` (the
    normalised least-cost corridor, cost units) form a circuit between the cores a and b;
    1 A flows between them and the node currents are mapped.

    Parameters
    ----------
    resistance, valid : as :func:`conductance_graph`.
    source_ids : integer raster of source (core) ids > 0.
    corridors : iterable of (a, b) or (a, b, lcd); a missing lcd is the minimum of D_a over b.
    cutoff : corridor width in cost units (Linkage Mapper's CWD cutoff).
    cell_size : (dx, dy) of the grid for the cost surfaces; the effective resistance is
        multiplied by dx (square cells required).
    neighbours : 4 or 8, for the circuit and the cost surfaces.
    distances : optional {id: cost-distance raster}, as :func:`cost.accumulated_cost` gives
        from that source alone with the same neighbours; computed when missing.
    solver, tol, progress : as :func:`effective_resistances`.

    >>> import numpy as np
    >>> r = np.ones((3, 5)); r[[0, 2], 2] = np.nan  # a wall with one gap
    >>> s = np.zeros((3, 5), int); s[:, 0] = 1; s[:, 4] = 2
    >>> out = pinchpoints(r, s, [(1, 2)], cutoff=10.0)
    >>> round(float(out.current[1, 2]), 6)
    1.0
    """
    resistance, valid = _surface(resistance, valid)
    ids = _ids(source_ids, resistance.shape, "source raster")
    dx, dy = _cell_size(cell_size)
    _check_choice(neighbours, (4, 8), "Neighbourhood")
    if abs(dx - dy) > 1e-6 * max(dx, dy):
        raise InputError(
            f"Pinch points need square cells (the circuit treats a cell as one resistor); these are {dx} × {dy}. "
            "Resample the resistance to square cells first."
        )
    if not (np.isfinite(cutoff) and cutoff >= 0):
        raise InputError(f"The corridor cutoff must be a number ≥ 0, not {cutoff}.")
    corridors = _corridor_list(corridors, ids)
    surfaces, lcds = _cost_surfaces(resistance, valid, ids, corridors, (dx, dy), neighbours, distances,
                                    lambda f: progress(0.3 * f))
    mosaic = np.full(resistance.shape, np.nan)
    resist, ratio, names = {}, {}, set()
    for k, (a, b) in enumerate(corridors):
        lcd = lcds[a, b]
        resist[a, b] = -1.0
        ratio[a, b] = -1.0
        if not np.isfinite(lcd):
            continue
        width = surfaces[a] + surfaces[b] - lcd
        # D_a + D_b sums the same steps in two orders along the least-cost path: allow rounding.
        inside = valid & (width <= cutoff + 1e-9 * lcd)
        rows, cols = nonzero_cells(inside)
        box = (slice(rows.min(), rows.max() + 1), slice(cols.min(), cols.max() + 1))
        local = inside[box]
        focal = np.where(local & (ids[box] == a), 1, 0) + np.where(local & (ids[box] == b), 2, 0)
        if not ((focal == 1).any() and (focal == 2).any()):
            continue
        result = effective_resistances(resistance[box], focal, valid=local, neighbours=neighbours, scheme=scheme,
                                       solver=solver, tol=tol)
        names.add(result.solver)
        value = result.resistances[0, 1]
        if value < 0:
            continue
        resist[a, b] = value * dx
        ratio[a, b] = lcd / resist[a, b] if resist[a, b] > 0 else math.inf
        current = np.where(local & (focal == 0), result.current, np.nan)  # cores to NoData
        np.fmax(mosaic[box], current, out=mosaic[box])
        progress(0.3 + 0.7 * (k + 1) / len(corridors))
    progress(1.0)
    return PinchpointResult(mosaic, resist, ratio, dict(lcds), "+".join(sorted(names)))


# ---------------------------------------------------------------------------------------
# Linkage Mapper: barriers


@dataclass
class BarrierResult:
    """Barrier Mapper at window centres (``BarrierCenters``). ``score``: reduction of the
    least-cost distance per map unit restored, ΔLCD / (2 r); ``percent`` = 100 × score / LCD
    (Linkage Mapper's Pct); both combined over pairs (max or sum) and by maximum over radii,
    NaN where no window improves anything. ``radius``: the radius of the best score (NaN
    where none); ``delta_lcd``: the best window's ΔLCD = score × 2 r (summed over pairs with
    ``combine="sum"``). ``skipped``: pairs without a finite least-cost distance."""

    score: np.ndarray
    percent: np.ndarray
    radius: np.ndarray
    delta_lcd: np.ndarray
    lcd: dict
    skipped: list


def barrier_improvement(resistance, source_ids, pairs, radii, valid=None, cell_size=(1.0, 1.0), neighbours=8,
                        combine="max", restored_resistance=1.0, cwd_threshold=None, distances=None,
                        progress=no_progress):
    """Linkage Mapper's Barrier Mapper: where restoring a circular window most shortens the
    least-cost distance between two sources.

    For a window of radius r (map units) centred on a cell,
    ``ΔLCD = LCD − min_window(D_a) − min_window(D_b) − 2 r × restored_resistance``: the
    cheapest way in from a, across the restored window along its diameter, and on to b.

    Parameters
    ----------
    resistance, valid, cell_size : as :func:`pinchpoints` (cell sizes may differ).
    neighbours : 4, 8 or 16, of the cost surfaces.
    source_ids : integer raster of source ids > 0.
    pairs : iterable of (a, b) or (a, b, lcd).
    radii : window radii in map units, each at least one cell.
    combine : ``"max"`` or ``"sum"`` over pairs (Linkage Mapper's two methods).
    restored_resistance : resistance of a restored cell (Linkage Mapper: 1.0).
    cwd_threshold : cells whose cost distance is ≥ this are ignored in the windows.
    distances : optional {id: cost-distance raster} from that source alone with the same
        neighbours (the window minimum relies on it being an exact cost surface); computed
        when missing.

    >>> import numpy as np
    >>> r = np.ones((1, 9)); r[0, 4] = 11.0; s = np.zeros((1, 9), int); s[0, 0] = 1; s[0, 8] = 2
    >>> out = barrier_improvement(r, s, [(1, 2)], [1.0], neighbours=4)
    >>> float(out.delta_lcd[0, 4])
    10.0
    """
    resistance, valid = _surface(resistance, valid)
    ids = _ids(source_ids, resistance.shape, "source raster")
    dx, dy = _cell_size(cell_size)
    _check_choice(combine, ("max", "sum"), "Combining method")
    _check_choice(neighbours, (4, 8, 16), "Neighbourhood")
    if not (np.isfinite(restored_resistance) and restored_resistance > 0):
        raise InputError(f"The restored resistance must be > 0, not {restored_resistance}.")
    radii = sorted({float(r) for r in radii})
    if not radii:
        raise InputError("Give at least one window radius.")
    if radii[0] < max(dx, dy) * (1 - 1e-9) or not math.isfinite(radii[-1]):
        raise InputError(
            f"Window radii must be at least one cell ({max(dx, dy)} map units) and finite; the smallest is "
            f"{radii[0]}."
        )
    pairs = _corridor_list(pairs, ids)
    surfaces, lcds = _cost_surfaces(resistance, valid, ids, pairs, (dx, dy), neighbours, distances,
                                    lambda f: progress(0.4 * f))
    skipped = [pair for pair in pairs if not np.isfinite(lcds[pair])]
    pairs = [pair for pair in pairs if np.isfinite(lcds[pair])]
    if cwd_threshold is not None:
        for s in {s for pair in pairs for s in pair}:
            surfaces[s] = np.where(surfaces[s] < cwd_threshold, surfaces[s], np.inf)
    shape = resistance.shape
    near_source = {s: _source_distance(surfaces[s], dx, dy) for s in {s for pair in pairs for s in pair}}
    best = np.full(shape, -np.inf)
    best_pct = np.full(shape, -np.inf)
    best_radius = np.full(shape, np.nan)
    for step, radius in enumerate(radii):
        lowest = {s: window_minimum(surfaces[s], radius, (dx, dy), neighbours, near_source[s])
                  for s in {s for pair in pairs for s in pair}}
        diameter = 2.0 * radius
        score = np.full(shape, -np.inf if combine == "max" else 0.0)
        pct = score.copy()
        for a, b in pairs:
            with np.errstate(invalid="ignore"):
                gain = (lcds[a, b] - lowest[a] - lowest[b] - diameter * restored_resistance) / diameter
            gain = np.where(np.isnan(gain), -np.inf, gain)
            gain_pct = 100.0 * gain / lcds[a, b]
            if combine == "max":
                np.maximum(score, gain, out=score)
                np.maximum(pct, gain_pct, out=pct)
            else:
                score += np.maximum(gain, 0.0)
                pct += np.maximum(gain_pct, 0.0)
        better = score > best
        best_radius[better] = radius
        np.maximum(best, score, out=best)
        np.maximum(best_pct, pct, out=best_pct)
        progress(0.4 + 0.6 * (step + 1) / len(radii))
    if combine == "max":
        none = ~(best >= 0)
        best[none] = np.nan
        best_pct[~(best_pct >= 0)] = np.nan
        best_radius[none] = np.nan
    else:
        none = ~(best > 0)
        best_radius[none] = np.nan
    delta = best * 2.0 * best_radius
    progress(1.0)
    return BarrierResult(best, best_pct, best_radius, delta, dict(lcds), skipped)


def window_minimum(surface, radius, cell_size, neighbours=8, source_distance=None):
    """Minimum of a cost-distance surface over the disk of ``radius`` (map units) around every
    cell, from the disk's rim only.

    A cost surface from one source has no local minimum outside the source: every reached
    cell has a neighbour (its predecessor on the least-cost path) with a lower cost. So the
    lowest cell of a disk either is a source cell (cost 0) or has its predecessor outside
    the disk, i.e. lies within one move of the disk's edge. The filter therefore looks at
    that rim (one cell wide; two for knight's moves), and at the distance to the nearest
    source cell; it equals the minimum over the whole disk at a cost that grows with the
    radius instead of its square. ``surface``: inf where unreached; ``source_distance``:
    :func:`_source_distance` of it, computed when missing.

    >>> import numpy as np
    >>> d = np.abs(np.arange(7.0) - 3)[None, :] * np.ones((3, 1))  # a source column at 3
    >>> window_minimum(d, 1.0, (1.0, 1.0))[1].tolist()
    [2.0, 1.0, 0.0, 0.0, 0.0, 1.0, 2.0]
    """
    dx, dy = cell_size
    footprint = disk(radius / dx, radius / dy)
    reach = 2 if neighbours == 16 else 1
    inner = ndimage.binary_erosion(footprint, structure=np.ones((2 * reach + 1, 2 * reach + 1), dtype=bool),
                                   border_value=0)
    rim = footprint & ~inner
    lowest = ndimage.minimum_filter(surface, footprint=rim, mode="constant", cval=np.inf)
    if source_distance is None:
        source_distance = _source_distance(surface, dx, dy)
    # disk() keeps cells with (x/rx)² + (y/ry)² ≤ 1 + 1e-9, i.e. within r·√(1 + 1e-9) map units.
    lowest[source_distance <= radius * math.sqrt(1.0 + 1e-9)] = 0.0
    return lowest


def _source_distance(surface, dx, dy):
    """Map-unit distance from every cell centre to the nearest cell where the cost is 0."""
    sources = surface == 0
    if not sources.any():
        return np.full(surface.shape, np.inf)
    return ndimage.distance_transform_edt(~sources, sampling=(dy, dx))


# ---------------------------------------------------------------------------------------
# Linkage Mapper: network centrality


@dataclass
class CentralityResult:
    """Current-flow centrality of a network, 1 A between every pair of nodes in turn.

    ``node_current``: Circuitscape's cumulative node current (Linkage Mapper's
    ``CF_Central``), which counts the 1 A a node carries as a pair's end; ``through_current``
    the same without the pairs a node ends (current-flow betweenness); ``edge_current`` the
    summed |current| per input edge; ``resistances`` N × N effective resistances (-1 across
    components)."""

    nodes: list
    node_current: np.ndarray
    through_current: np.ndarray
    edge_current: np.ndarray
    resistances: np.ndarray


def network_centrality(nodes, edges, progress=no_progress):
    """Current-flow centrality of a small network (Linkage Mapper's Centrality Mapper).

    Parameters
    ----------
    nodes : node ids (e.g. source ids); at most :data:`MAX_CENTRALITY_NODES`.
    edges : iterable of (a, b, resistance) with resistance > 0 (Linkage Mapper: the corridor's
        cost-weighted distance); parallel edges add as parallel resistors.

    The network is solved exactly with a dense grounded inverse per component; time grows as
    nodes² × edges.

    >>> out = network_centrality([1, 2, 3], [(1, 2, 1.0), (2, 3, 1.0)])
    >>> out.node_current.tolist(), out.through_current.tolist()
    ([2.0, 3.0, 2.0], [0.0, 1.0, 0.0])
    """
    nodes = [int(n) for n in nodes]
    if len(set(nodes)) != len(nodes):
        raise InputError("Network node ids must be unique.")
    if len(nodes) > MAX_CENTRALITY_NODES:
        raise InputError(
            f"The network has {len(nodes)} nodes; centrality is computed exactly for up to "
            f"{MAX_CENTRALITY_NODES} nodes. Merge or drop sources first."
        )
    position = {n: k for k, n in enumerate(nodes)}
    edges = list(edges)
    eu = np.empty(len(edges), dtype=np.int64)
    ev = np.empty(len(edges), dtype=np.int64)
    g = np.empty(len(edges))
    for k, edge in enumerate(edges):
        a, b, r = edge
        if int(a) not in position or int(b) not in position:
            raise InputError(f"Edge {k} ({a}, {b}) names a node that is not in the node list.")
        if int(a) == int(b):
            raise InputError(f"Edge {k} joins node {a} to itself; remove it.")
        if not (np.isfinite(r) and r > 0):
            raise InputError(f"Edge {k} ({a}, {b}) has resistance {r}; resistances must be finite and > 0.")
        eu[k], ev[k], g[k] = position[int(a)], position[int(b)], 1.0 / float(r)
    n = len(nodes)
    node_current = np.zeros(n)
    through = np.zeros(n)
    edge_current = np.zeros(len(edges))
    resist = np.full((n, n), -1.0)
    np.fill_diagonal(resist, 0.0)
    laplacian = np.zeros((n, n))
    np.add.at(laplacian, (eu, ev), -g)
    np.add.at(laplacian, (ev, eu), -g)
    laplacian[np.arange(n), np.arange(n)] = -laplacian.sum(axis=1)
    adjacency = sparse.coo_matrix((np.ones(len(edges)), (eu, ev)), shape=(n, n))
    n_comp, comp = csgraph.connected_components(adjacency, directed=False)
    done = 0
    for c in range(n_comp):
        members = np.flatnonzero(comp == c)
        k = members.size
        if k < 2:
            continue
        green = np.zeros((k, k))  # grounded at the first member
        green[1:, 1:] = np.linalg.inv(laplacian[np.ix_(members[1:], members[1:])])
        local = np.full(n, -1)
        local[members] = np.arange(k)
        in_comp = np.flatnonzero(comp[eu] == c)
        cu, cv, cg = local[eu[in_comp]], local[ev[in_comp]], g[in_comp]
        diag = np.diag(green)
        block = np.maximum(diag[:, None] + diag[None, :] - 2.0 * green, 0.0)
        np.fill_diagonal(block, 0.0)
        resist[np.ix_(members, members)] = block
        out_u = sparse.csr_matrix((np.ones(cu.size), (cu, np.arange(cu.size))), shape=(k, cu.size))
        out_v = sparse.csr_matrix((np.ones(cv.size), (cv, np.arange(cv.size))), shape=(k, cv.size))
        for s in range(k - 1):
            targets = np.arange(s + 1, k)
            volts = green[:, [s]] - green[:, targets]  # 1 A in at s, out at each target
            flow = cg[:, None] * (volts[cu] - volts[cv])
            forward, backward = np.maximum(flow, 0.0), np.maximum(-flow, 0.0)
            outflow = out_u @ forward + out_v @ backward
            inflow = out_v @ forward + out_u @ backward
            per_pair = np.maximum(inflow, outflow)
            node_current[members] += per_pair.sum(axis=1)
            per_pair[s, :] = 0.0
            per_pair[targets, np.arange(targets.size)] = 0.0
            through[members] += per_pair.sum(axis=1)
            edge_current[in_comp] += np.abs(flow).sum(axis=1)
            done += targets.size
            progress(min(done / max(n * (n - 1) / 2, 1), 1.0))
    progress(1.0)
    return CentralityResult(nodes, node_current, through, edge_current, resist)


def adjacent_pairs(labels, neighbours=8):
    """Sorted (a, b) pairs, a < b, of labels > 0 that touch across a cell edge (or a corner, with
    8 or 16 neighbours): the pairs of sources whose MCR zones (allocation) meet.

    >>> import numpy as np
    >>> adjacent_pairs(np.array([[1, 1, 2], [3, 0, 2]]), 4)
    [(1, 2), (1, 3)]
    """
    labels = np.asarray(labels)
    rows, cols = labels.shape
    moves = [(0, 1), (1, 0)] + ([(1, 1), (1, -1)] if neighbours != 4 else [])
    base = int(labels.max(initial=0)) + 1  # a pair (low, high) is coded low * base + high
    found = set()
    for dr, dc in moves:
        a = labels[0 : rows - dr, max(0, -dc) : cols - max(0, dc)]
        b = labels[dr:rows, max(0, dc) : cols + min(0, dc)]
        touching = (a > 0) & (b > 0) & (a != b)
        if not touching.any():
            continue
        low = np.minimum(a[touching], b[touching]).astype(np.int64)
        high = np.maximum(a[touching], b[touching]).astype(np.int64)
        codes = np.unique(low * base + high)
        found.update(zip((codes // base).tolist(), (codes % base).tolist()))
    return sorted(found)


# ---------------------------------------------------------------------------------------
# Shared checks and helpers


def _surface(resistance, valid):
    resistance = np.asarray(resistance)
    if resistance.ndim != 2 or resistance.size == 0:
        raise InputError("The resistance must be a non-empty 2-D raster.")
    if not np.issubdtype(resistance.dtype, np.number):
        raise InputError("The resistance must be numeric.")
    if valid is None:
        valid = np.isfinite(resistance)
    valid = np.asarray(valid, dtype=bool)
    if valid.shape != resistance.shape:
        raise InputError("The valid mask and the resistance must be on the same grid; align them first.")
    validate(resistance, valid)
    return resistance, valid


def _ids(raster, shape, what):
    raster = np.asarray(raster)
    if raster.shape != tuple(shape):
        raise InputError(f"The {what} and the resistance must be on the same grid ({raster.shape} vs {tuple(shape)}).")
    if np.issubdtype(raster.dtype, np.integer) or raster.dtype == bool:
        return raster.astype(np.int64)
    values = np.where(np.isfinite(raster), raster, 0)
    if not np.array_equal(values, np.round(values)):
        raise InputError(f"The {what} must hold whole-number ids (> 0; 0 or NoData elsewhere).")
    if np.abs(values).max(initial=0) >= 2**62:
        raise InputError(f"The {what} holds ids too large to be ids.")
    return values.astype(np.int64)


def _check_choice(value, allowed, what):
    if value not in allowed:
        names = ", ".join(repr(a) for a in allowed)
        raise InputError(f"{what} must be one of {names}, not {value!r}.")


def _cell_size(cell_size):
    try:
        dx, dy = (float(v) for v in cell_size)
    except (TypeError, ValueError):
        dx = dy = float(cell_size)
    if not (dx > 0 and dy > 0 and math.isfinite(dx) and math.isfinite(dy)):
        raise InputError(f"Cell size must be > 0, not ({dx}, {dy}).")
    return dx, dy


def _corridor_list(corridors, ids):
    present = set(np.unique(ids[ids > 0]).tolist())
    out = {}
    for item in corridors:
        if len(item) not in (2, 3):
            raise InputError(f"A corridor is (a, b) or (a, b, lcd), not {item!r}.")
        a, b = int(item[0]), int(item[1])
        if a == b:
            raise InputError(f"Corridor ({a}, {b}) joins a source to itself.")
        for label in (a, b):
            if label not in present:
                raise InputError(f"Corridor ({a}, {b}) names source {label}, which is not in the source raster.")
        key = (min(a, b), max(a, b))
        lcd = float(item[2]) if len(item) == 3 and item[2] is not None else None
        if lcd is not None and not (lcd > 0):
            raise InputError(f"Corridor ({a}, {b}) has least-cost distance {lcd}; it must be > 0.")
        out[key] = lcd
    if not out:
        raise InputError("Give at least one pair of sources.")
    return out


def _cost_surfaces(resistance, valid, ids, corridors, cell_size, neighbours, distances, progress):
    """Cost distance from every source the corridors name (float64, inf where unreachable),
    and the lcd of every corridor (given, else min of D_a over b's cells)."""
    needed = sorted({s for pair in corridors for s in pair})
    surfaces = {}
    lcds = {}
    for k, s in enumerate(needed):
        if distances is not None and s in distances:
            surface = np.asarray(distances[s], dtype=np.float64)
            if surface.shape != resistance.shape:
                raise InputError(f"The cost-distance raster of source {s} is not on the resistance grid.")
        else:
            single = np.where(ids == s, s, 0)
            surface = accumulated_cost(resistance, single, cell_size, neighbours, valid=valid).distance
        surface = np.where(np.isfinite(surface) & valid, surface, np.inf)
        for (a, b), lcd in corridors.items():
            if a == s:
                if lcd is None:
                    reach = surface[(ids == b) & valid]
                    lcd = float(reach.min()) if reach.size else math.inf
                lcds[a, b] = lcd
        surfaces[s] = surface
        progress((k + 1) / len(needed))
    return surfaces, lcds


def _physical_memory():
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None
