# SPDX-License-Identifier: GPL-2.0-or-later
"""Exact tiled MCR surface: tiles with halos, each solved by :func:`cost.accumulated_cost`, in
rounds until no cost changes across a tile edge (docs/SCALING.md: design and measurements).

The grid is cut into tiles of ``tile_size`` cells. A tile's window is its core plus a halo of
``h`` cells: 2 for 16 neighbours (a knight's move reaches two cells), 1 for 4 and 8. A tile
solve runs the in-memory engine on the window, started from

* the window's own source cells (id > 0, not NoData) at cost 0 with their id, and
* every halo cell whose current cost (from the tile that owns it) is finite, at that cost,
  with that tile's allocation label and back-direction (``seed_cost``, ``seed_back``),

and keeps the core of the result. The driver holds only the boundary band: the cells within
``h`` of a tile edge (everything a halo can contain) with their cost, allocation,
back-direction and resistance. A round solves, from the same snapshot of the band (a Jacobi
sweep), every tile that a step from its halo into its core would now improve; the driver
decides that exactly, on the band, with the engine's float operations. The rounds run as one
``dask.delayed`` task per tile (Dask's local threads by default, or a ``dask.distributed``
Client), or in a plain loop without Dask; they stop when no step across a tile edge improves.

Exactness, in brief: the engine evaluates a step as ``(R_a + R_b [+ sides]) × factor + D_a``
with the same float operations in a window as in the whole grid, and IEEE rounding is
monotone. Every cost the tiled run assigns is such a step from a cost assigned earlier (or 0
at a source), and the in-memory surface D* admits no improving step, so by induction no tiled
cost is below D*. When the rounds stop, no step improves the tiled surface either (inside a
tile by the engine, across tile edges by the driver's test), so by the same induction no cost
the in-memory engine assigns is below it. The two surfaces are equal bit for bit. Seeds only
ever decrease and every improvement is one of finitely many path costs, so the rounds end:
about one round per tile edge crossed by the longest chain of shortest paths.

Allocation and back-direction come with the seeds, so a cell's label is its predecessor's,
across tile edges too. Where two predecessors give exactly the same cost (an exact tie) a
tile may choose another one than the in-memory engine, whose order of relaxation differs;
both reproduce the cost bit for bit (:func:`predecessor_mismatches` checks that).
"""

import math
import time
from dataclasses import dataclass, field

import numpy as np

from . import InputError, first_cell, no_progress
from .cost import NEIGHBOURHOODS, OFFSETS, CostResult, accumulated_cost

_CODE_OF_OFFSET = {offset: code for code, offset in OFFSETS.items()}
BYTES_PER_SEED = 13  # a boundary cell as sent to or returned by a tile: cost 8, allocation 4, back-direction 1
BYTES_PER_BAND_CELL = 21  # as the driver holds it: the above and the resistance as float64
SCHEDULERS = ("sequential", "sync", "threads", "processes")


@dataclass
class TiledStats:
    """What a tiled run did: rounds, tile solves, time and the bytes moved between driver and tiles."""

    tiles: int = 0
    tile_shape: tuple = (0, 0)
    halo: int = 0
    scheduler: str = ""
    rounds: int = 0
    tile_solves: int = 0
    solves_per_round: list = field(default_factory=list)
    seconds: float = 0.0
    halo_bytes: int = 0  # seeds sent to the tiles (halo strips)
    ring_bytes: int = 0  # boundary rings returned by the tiles
    core_bytes: int = 0  # tile cores returned to the driver (0 when a writer stores them on the workers)
    band_bytes: int = 0  # what the driver holds of the boundary
    kernel_steps: int = 0

    @property
    def boundary_bytes(self):
        """Seeds sent plus rings returned: the data exchanged between tiles."""
        return self.halo_bytes + self.ring_bytes


@dataclass
class _Tile:
    index: tuple  # (tile row, tile column)
    core: tuple  # (row0, row1, col0, col1) in the grid
    window: tuple  # the core and its halo, clipped to the grid


class ArrayWindows:
    """A reader over an in-memory array: ``reader(row0, row1, col0, col1)`` → that window (a view).

    A class rather than a closure so that it pickles (Dask processes, a cluster).
    """

    def __init__(self, array):
        self.array = array

    def __call__(self, row0, row1, col0, col1):
        return self.array[row0:row1, col0:col1]


def tile_grid(shape, tile_size, halo):
    """The tiles of a ``shape`` grid, row by row: cores of ``tile_size`` (the last row and column
    of tiles smaller) and windows reaching ``halo`` cells beyond the core, clipped to the grid."""
    rows, cols = shape
    tile_rows, tile_cols = tile_size
    tiles = []
    for i, row0 in enumerate(range(0, rows, tile_rows)):
        row1 = min(row0 + tile_rows, rows)
        for j, col0 in enumerate(range(0, cols, tile_cols)):
            col1 = min(col0 + tile_cols, cols)
            window = (max(row0 - halo, 0), min(row1 + halo, rows), max(col0 - halo, 0), min(col1 + halo, cols))
            tiles.append(_Tile((i, j), (row0, row1, col0, col1), window))
    return tiles


def _band(length, size, halo):
    """Position of each row (or column) in the boundary band, −1 if it is not in it: the band
    holds the rows within ``halo`` of the top or bottom edge of their tile."""
    position = np.arange(length) % size
    extent = np.minimum(size, length - (np.arange(length) // size) * size)  # the last tile may be shorter
    inside = (position < halo) | (position >= extent - halo)
    index = np.full(length, -1, dtype=np.int64)
    index[inside] = np.arange(int(inside.sum()))
    return index


class _Boundary:
    """Cost, allocation, back-direction and resistance (float64, inf on NoData) of every cell of
    the boundary band, as full-width strips at the band rows and full-height strips at the band
    columns (cells in both are kept in both, always equal)."""

    def __init__(self, shape, tile_size, halo):
        rows, cols = shape
        self.halo = halo
        self.row_index = _band(rows, tile_size[0], halo)
        self.col_index = _band(cols, tile_size[1], halo)
        band_rows, band_cols = int((self.row_index >= 0).sum()), int((self.col_index >= 0).sum())
        self.rows = self._arrays((band_rows, cols))
        self.cols = self._arrays((rows, band_cols))
        self.cells = band_rows * cols + rows * band_cols

    @staticmethod
    def _arrays(shape):
        return (np.full(shape, np.inf), np.zeros(shape, np.int32), np.zeros(shape, np.uint8), np.full(shape, np.inf))

    def region(self, row0, row1, col0, col1, count=4):
        """(cost, allocation, back-direction, resistance) of a rectangle of band cells (copies)."""
        if (self.row_index[row0:row1] >= 0).all():
            index = self.row_index[row0:row1]
            return tuple(a[index, col0:col1] for a in self.rows[:count])
        index = self.col_index[col0:col1]
        if not (index >= 0).all():
            raise AssertionError(f"rows {row0}–{row1}, columns {col0}–{col1} are not all in the boundary band")
        return tuple(a[row0:row1][:, index] for a in self.cols[:count])

    def halo_pieces(self, tile):
        """The halo of ``tile`` as (row0, row1, col0, col1, cost, allocation, back) strips: above
        and below (corners included), then left and right of the core."""
        row0, row1, col0, col1 = tile.core
        wr0, wr1, wc0, wc1 = tile.window
        rectangles = [(wr0, row0, wc0, wc1), (row1, wr1, wc0, wc1), (row0, row1, wc0, col0), (row0, row1, col1, wc1)]
        return [rect + self.region(*rect, count=3) for rect in rectangles if rect[1] > rect[0] and rect[3] > rect[2]]

    def ring_positions(self, tile):
        """Rows and columns of the tile's core (counted within it) that lie in the band."""
        row0, row1, col0, col1 = tile.core
        return (np.flatnonzero(self.row_index[row0:row1] >= 0), np.flatnonzero(self.col_index[col0:col1] >= 0))

    def update(self, tile, ring):
        """Store a tile's ring (band rows, band columns of its core; each a tuple of arrays in the
        order of the band's arrays); return the core-shaped mask of cells that changed."""
        row0, row1, col0, col1 = tile.core
        local_rows, local_cols = self.ring_positions(tile)
        changed = np.zeros((row1 - row0, col1 - col0), dtype=bool)
        parts = (
            (self.rows, (self.row_index[row0 + local_rows], slice(col0, col1)), ring[0], (local_rows, slice(None))),
            (self.cols, (slice(row0, row1), self.col_index[col0 + local_cols]), ring[1], (slice(None), local_cols)),
        )
        for store, where, new, local in parts:
            old_cost = store[0][where]
            if (new[0] > old_cost).any():
                row, col = first_cell(new[0] > old_cost)
                raise RuntimeError(
                    f"A solve of tile {tile.index} raised a boundary cost (ring cell {row}, {col}); the engine "
                    "must be deterministic and monotone in its seeds."
                )
            changed[local] |= (new[0] != old_cost) | (new[1] != store[1][where])
            for array, values in zip(store, new):
                array[where] = values
        return changed


def _step_costs(r, d, pad, shape, dr, dc, dx, dy):
    """Cost of reaching every cell of ``shape`` by the move (dr, dc) from the cell at (−dr, −dc),
    with the engine's float operations in the engine's order: ``(R_from + R_to [+ side + side])
    × factor + D_from``. ``r`` (inf on NoData) and ``d`` are padded by ``pad`` cells."""
    rows, cols = shape

    def at(row, col):  # the padded array's cells at this offset from every cell
        return (slice(pad + row, pad + row + rows), slice(pad + col, pad + col + cols))

    length = math.hypot(dr * dy, dc * dx)
    if abs(dr) + abs(dc) <= 2:
        sides, factor = (), length / 2.0
    elif abs(dr) == 2:  # the cells beside a knight's midpoint, as the engine lists them from the origin
        sides, factor = ((-dr + dr // 2, -dc), (-dr + dr // 2, 0)), length / 4.0
    else:
        sides, factor = ((-dr, -dc + dc // 2), (0, -dc + dc // 2)), length / 4.0
    total = r[at(-dr, -dc)].astype(np.float64) + r[at(0, 0)]
    for side in sides:
        total += r[at(*side)]
    return total * factor + d[at(-dr, -dc)]


def _padded(array, pad, fill, dtype=None):
    out = np.full((array.shape[0] + 2 * pad, array.shape[1] + 2 * pad), fill, dtype=dtype or array.dtype)
    out[pad:pad + array.shape[0], pad:pad + array.shape[1]] = array
    return out


def _needs_solve(boundary, tile, shape, neighbours, cell_size, max_cost):
    """Whether a step from the tile's halo into its core, at the band's current costs, would
    lower a core cost, or a core cell's predecessor in the halo no longer reproduces its cost
    and label. If not, solving the tile again would change nothing."""
    rows, cols = shape
    halo = boundary.halo
    row0, row1, col0, col1 = tile.core
    wr0, wr1, wc0, wc1 = tile.window
    limit = math.inf if max_cost is None else float(max_cost)
    # Four strips around the core edges; each holds the halo cells on its side (outside the core
    # rows or columns) and every core cell a step from them reaches, with the cells between.
    strips = [
        ((max(row0 - halo, 0), min(row0 + halo, rows), wc0, wc1), lambda r, c: r < row0),
        ((max(row1 - halo, 0), min(row1 + halo, rows), wc0, wc1), lambda r, c: r >= row1),
        ((row0, row1, max(col0 - halo, 0), min(col0 + halo, cols)), lambda r, c: c < col0),
        ((row0, row1, max(col1 - halo, 0), min(col1 + halo, cols)), lambda r, c: c >= col1),
    ]
    pad = 2
    for (r0, r1, c0, c1), outside in strips:
        if r1 <= r0 or c1 <= c0:
            continue
        grid_rows, grid_cols = np.meshgrid(np.arange(r0, r1), np.arange(c0, c1), indexing="ij")
        source = _padded(outside(grid_rows, grid_cols), pad, False)
        target = (grid_rows >= row0) & (grid_rows < row1) & (grid_cols >= col0) & (grid_cols < col1)
        if not source.any() or not target.any():
            continue  # the core lies on the grid's edge here
        cost, label, back, resistance = boundary.region(r0, r1, c0, c1)
        r, d, a = _padded(resistance, pad, np.inf), _padded(cost, pad, np.inf), _padded(label, pad, 0)
        size = cost.shape
        for code in NEIGHBOURHOODS[neighbours]:
            dr, dc = OFFSETS[code]  # a move by (dr, dc) into each cell
            pair = target & source[pad - dr:pad - dr + size[0], pad - dc:pad - dc + size[1]]
            if not pair.any():
                continue
            candidate = _step_costs(r, d, pad, size, dr, dc, *cell_size)
            if ((candidate < cost) & (candidate <= limit) & pair).any():
                return True
            from_there = pair & (back == _CODE_OF_OFFSET[(-dr, -dc)])
            origin_label = a[pad - dr:pad - dr + size[0], pad - dc:pad - dc + size[1]]
            if ((candidate != cost) | (origin_label != label))[from_there].any():
                return True
    return False


def _read(reader, window, what):
    row0, row1, col0, col1 = window
    array = np.asarray(reader(row0, row1, col0, col1))
    if array.shape != (row1 - row0, col1 - col0):
        raise InputError(
            f"The {what} reader returned an array of shape {array.shape} for rows {row0}–{row1} and "
            f"columns {col0}–{col1}; it must return ({row1 - row0}, {col1 - col0})."
        )
    return array


def _solve_tile(spec):
    """One tile solve, run on a worker: read the window, seed it, run the engine, keep the core.

    Returns a dict: ``solved`` (False when the window has no start cell), the ``ring`` (band rows
    and band columns of the core: cost, allocation, back-direction, and in the first round the
    resistance), the ``core`` arrays unless the writer stored them, the engine's ``steps``, and
    in the first round whether the core holds source cells and valid source cells.
    """
    wr0, wr1, wc0, wc1 = spec["window"]
    row0, row1, col0, col1 = spec["core"]
    resistance = _read(spec["resistance"], spec["window"], "resistance")
    resistance = resistance.astype(np.float32 if resistance.dtype == np.float32 else np.float64, copy=False)
    ids = _read(spec["sources"], spec["window"], "sources")
    if spec["valid"] is None:
        valid = np.isfinite(resistance)
    else:
        valid = _read(spec["valid"], spec["window"], "valid").astype(bool, copy=False)
    core = (slice(row0 - wr0, row1 - wr0), slice(col0 - wc0, col1 - wc0))
    local_rows, local_cols = spec["ring"]
    outcome = {"solved": False, "steps": 0}
    if spec["first"]:
        _validate_core(resistance[core], valid[core], row0, col0)
        outcome["has_sources"] = bool((ids[core] > 0).any())
        outcome["has_valid_sources"] = bool(((ids[core] > 0) & valid[core]).any())
        passable = np.where(valid[core], resistance[core], np.inf).astype(np.float64)
        outcome["ring_resistance"] = (passable[local_rows], passable[:, local_cols])
    labels = np.where(valid & (ids > 0), ids, 0).astype(np.int32)  # the engine's allocation is int32
    seed_cost = np.zeros(labels.shape)
    seed_back = np.zeros(labels.shape, dtype=np.uint8)
    for r0, r1, c0, c1, cost, label, back in spec["halo"]:
        part = (slice(r0 - wr0, r1 - wr0), slice(c0 - wc0, c1 - wc0))
        seeded = np.isfinite(cost) & (labels[part] == 0)  # a source cell keeps cost 0 and its own id
        labels[part][seeded] = label[seeded]
        seed_cost[part][seeded] = cost[seeded]
        seed_back[part][seeded] = back[seeded]
    if not (labels > 0).any():
        return outcome
    result = accumulated_cost(resistance, labels, spec["cell_size"], spec["neighbours"], valid=valid,
                              max_cost=spec["max_cost"], seed_cost=seed_cost, seed_back=seed_back)
    arrays = (result.distance[core], result.allocation[core], result.back_direction[core])
    outcome.update(solved=True, steps=result.steps,
                   ring=(tuple(a[local_rows] for a in arrays), tuple(a[:, local_cols] for a in arrays)))
    if spec["writer"] is None:
        outcome["core"] = tuple(np.ascontiguousarray(a) for a in arrays)
    else:
        spec["writer"](row0, row1, col0, col1, *arrays)
    return outcome


def _validate_core(resistance, valid, row0, col0):
    bad = valid & ~(np.isfinite(resistance) & (resistance > 0))
    if bad.any():
        row, col = first_cell(bad)
        raise InputError(
            f"The resistance has cells that are ≤ 0 or not a number inside the valid area (first found at "
            f"row {row0 + row}, column {col0 + col}: {float(resistance[row, col])!r}). Resistance must be > 0; set "
            "impassable cells to NoData instead."
        )


def _runner(scheduler, workers):
    """(name, run) for the scheduler asked for; ``run(specs)`` → outcomes, None for the plain loop."""
    if isinstance(scheduler, str):
        known = scheduler in SCHEDULERS
    else:
        known = scheduler is None or hasattr(scheduler, "get")  # a dask.distributed Client has get()
    if not known:
        raise InputError(f"The scheduler must be None, one of {', '.join(SCHEDULERS)} or a dask.distributed "
                         f"Client, not {scheduler!r}.")
    if scheduler == "sequential":
        return "sequential", None
    try:
        import dask
    except ImportError:
        if scheduler is None:
            return "sequential", None  # Dask is optional: the same rounds in a plain loop
        raise InputError(f"The scheduler {scheduler!r} needs Dask (Debian: python3-dask, and python3-distributed "
                         "for a cluster); without it, leave the scheduler at None or use 'sequential'.") from None
    name = "threads" if scheduler is None else scheduler if isinstance(scheduler, str) else "distributed"
    options = {} if workers is None or name == "distributed" else {"num_workers": int(workers)}

    def run(specs):
        tasks = [dask.delayed(_solve_tile, pure=False)(spec) for spec in specs]
        return list(dask.compute(*tasks, scheduler=scheduler if name == "distributed" else name, **options))

    return name, run


def tiled_cost(resistance_reader, sources_reader, shape, cell_size=(1.0, 1.0), neighbours=8, tile_size=1024,
               valid_reader=None, max_cost=None, scheduler=None, workers=None, writer=None, max_rounds=None,
               progress=no_progress):
    """The MCR surface of a grid solved tile by tile; equal bit for bit to :func:`cost.accumulated_cost`.

    Parameters
    ----------
    resistance_reader, sources_reader : callables ``(row0, row1, col0, col1) -> array`` giving a
        window of the resistance (finite and > 0 where valid; float32 is computed on as float32,
        anything else as float64, as by the engine; every window in the same dtype) and of the
        source ids (> 0; 0 = not a source). A GDAL window read in the plugin (COG, VRT),
        :class:`ArrayWindows` over a numpy array.
    shape : (rows, cols) of the grid.
    cell_size : (dx, dy) in map units.
    neighbours : 4, 8 or 16.
    tile_size : int or (rows, cols) of a tile's core; the last row and column of tiles are smaller.
    valid_reader : optional reader of the valid mask (False on NoData); default: finite resistance.
    max_cost : optional; cells costing more are unreachable (inf), as in the engine.
    scheduler : None (Dask's local threads when Dask is installed, else the plain loop),
        ``"sequential"`` (the plain loop), ``"sync"``, ``"threads"`` or ``"processes"`` (Dask's
        local schedulers), or a ``dask.distributed.Client``. For processes and a cluster the
        readers and the writer must pickle and read the same data on every worker.
    workers : number of local Dask workers; default Dask's (the number of cores).
    writer : optional ``writer(row0, row1, col0, col1, distance, allocation, back_direction)``,
        called on the worker with every new core of a tile (a tile may be written several
        times; the last write is final; tiles never overlap). With a writer the cores never
        travel to the driver and the result returned is None.
    max_rounds : optional guard: :class:`RuntimeError` if the rounds have not ended by then.
    progress : ``progress(fraction)`` after each round, and after each tile in the plain loop; may
        raise :class:`Cancelled`. Coarse: the number of rounds is not known in advance.

    Returns
    -------
    (CostResult or None, TiledStats)

    >>> import numpy as np
    >>> r = np.ones((1, 6)); s = np.array([[1, 0, 0, 0, 0, 0]])
    >>> result, stats = tiled_cost(ArrayWindows(r), ArrayWindows(s), r.shape, neighbours=4, tile_size=2,
    ...                            scheduler="sequential")
    >>> result.distance.tolist(), stats.rounds, stats.tile_solves
    ([[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]], 3, 3)
    """
    started = time.perf_counter()
    if neighbours not in NEIGHBOURHOODS:
        raise InputError(f"Neighbourhood must be 4, 8 or 16, not {neighbours}.")
    rows, cols = (int(v) for v in shape)
    if rows < 1 or cols < 1:
        raise InputError(f"The grid must have at least one row and one column, not {rows} x {cols}.")
    tile_rows, tile_cols = (tile_size, tile_size) if np.ndim(tile_size) == 0 else tile_size
    tile_rows, tile_cols = int(tile_rows), int(tile_cols)
    if tile_rows < 1 or tile_cols < 1:
        raise InputError(f"The tile size must be at least 1 x 1 cells, not {tile_rows} x {tile_cols}.")
    tile_rows, tile_cols = min(tile_rows, rows), min(tile_cols, cols)
    dx, dy = (float(v) for v in cell_size)
    if not (dx > 0 and dy > 0 and math.isfinite(dx) and math.isfinite(dy)):
        raise InputError(f"Cell size must be > 0, not ({dx}, {dy}).")
    if max_cost is not None and not float(max_cost) > 0:
        raise InputError(f"The maximum cost must be > 0 (or None for no limit), not {max_cost}.")
    name, run = _runner(scheduler, workers)

    halo = 2 if neighbours == 16 else 1
    tiles = {tile.index: tile for tile in tile_grid((rows, cols), (tile_rows, tile_cols), halo)}
    boundary = _Boundary((rows, cols), (tile_rows, tile_cols), halo)
    stats = TiledStats(tiles=len(tiles), tile_shape=(tile_rows, tile_cols), halo=halo, scheduler=name,
                       band_bytes=boundary.cells * BYTES_PER_BAND_CELL)
    # The tiles whose window overlaps a tile's core (its halo readers), as core-relative rectangles.
    reach_i, reach_j = -(-halo // tile_rows), -(-halo // tile_cols)
    readers = {}
    for (i, j), tile in tiles.items():
        row0, row1, col0, col1 = tile.core
        readers[i, j] = []
        for oi in range(i - reach_i, i + reach_i + 1):
            for oj in range(j - reach_j, j + reach_j + 1):
                other = tiles.get((oi, oj))
                if other is None or other is tile:
                    continue
                wr0, wr1, wc0, wc1 = other.window
                overlap = (max(wr0, row0) - row0, min(wr1, row1) - row0, max(wc0, col0) - col0, min(wc1, col1) - col0)
                if overlap[1] > overlap[0] and overlap[3] > overlap[2]:
                    readers[i, j].append((other.index, overlap))
    result = None
    if writer is None:
        result = CostResult(np.full((rows, cols), np.inf), np.zeros((rows, cols), np.int32),
                            np.zeros((rows, cols), np.uint8), len(NEIGHBOURHOODS[neighbours]))

    def spec_of(tile, first):
        pieces = boundary.halo_pieces(tile)
        stats.halo_bytes += sum(piece[4].size for piece in pieces) * BYTES_PER_SEED
        return {
            "index": tile.index, "resistance": resistance_reader, "sources": sources_reader, "valid": valid_reader,
            "window": tile.window, "core": tile.core, "halo": pieces, "ring": boundary.ring_positions(tile),
            "cell_size": (dx, dy), "neighbours": neighbours, "max_cost": max_cost, "writer": writer, "first": first,
        }

    todo = sorted(tiles)  # the first round reads (and checks) every tile
    first, has_sources, has_valid_sources, fraction = True, False, False, 0.0
    while todo:
        if max_rounds is not None and stats.rounds >= max_rounds:
            raise RuntimeError(f"The tiled search did not end in {max_rounds} rounds ({len(todo)} tiles to solve).")
        specs = [spec_of(tiles[index], first) for index in todo]
        if run is None:
            outcomes = []
            for number, spec in enumerate(specs, 1):
                outcomes.append(_solve_tile(spec))
                progress(min(0.99, fraction + (0.99 - fraction) * 0.5 * number / len(specs)))
        else:
            outcomes = run(specs)
        stats.rounds += 1
        touched, solves = set(), 0
        for spec, outcome in zip(specs, outcomes):
            tile = tiles[spec["index"]]
            if first:
                has_sources |= outcome["has_sources"]
                has_valid_sources |= outcome["has_valid_sources"]
                local_rows, local_cols = spec["ring"]
                rows_part, cols_part = outcome["ring_resistance"]
                row0, row1, col0, col1 = tile.core
                boundary.rows[3][boundary.row_index[row0 + local_rows], col0:col1] = rows_part
                boundary.cols[3][row0:row1, boundary.col_index[col0 + local_cols]] = cols_part
            if not outcome["solved"]:
                continue
            solves += 1
            stats.kernel_steps += outcome["steps"]
            ring = outcome["ring"]
            stats.ring_bytes += sum(part[0].size for part in ring) * BYTES_PER_SEED
            if writer is None:
                row0, row1, col0, col1 = tile.core
                for array, values in zip((result.distance, result.allocation, result.back_direction),
                                         outcome["core"]):
                    array[row0:row1, col0:col1] = values
                stats.core_bytes += outcome["core"][0].size * BYTES_PER_SEED
            changed = boundary.update(tile, ring)
            if changed.any():
                touched.update(other for other, (r0, r1, c0, c1) in readers[tile.index]
                               if changed[r0:r1, c0:c1].any())
        if first:
            if not has_valid_sources:
                if has_sources:
                    raise InputError("Every source cell lies on NoData in the resistance; sources must lie on "
                                     "cells with a resistance.")
                raise InputError("There are no source cells (ids > 0); give at least one source.")
            first = False
        stats.tile_solves += solves
        stats.solves_per_round.append(solves)
        todo = [index for index in sorted(touched)
                if _needs_solve(boundary, tiles[index], (rows, cols), neighbours, (dx, dy), max_cost)]
        fraction = min(0.99, max(fraction, 1.0 - len(todo) / len(tiles)))
        progress(fraction)
    if result is not None:
        result.steps = stats.kernel_steps
    stats.seconds = time.perf_counter() - started
    progress(1.0)
    return result, stats


def predecessor_mismatches(result, resistance, valid, cell_size=(1.0, 1.0)):
    """Mask of the reached cells whose back-direction does not reproduce their cost bit for bit
    or whose allocation differs from their predecessor's (a cell without predecessor must cost
    exactly 0; an unreached cell must have none).

    The step is evaluated with the engine's float operations in the engine's order, so a result
    of the engine or of :func:`tiled_cost` has no mismatch. Two results without mismatches that
    differ in a cell's back-direction or allocation chose between predecessors of exactly equal
    cost: exact ties, not errors.
    """
    dx, dy = (float(v) for v in cell_size)
    shape = resistance.shape
    dtype = np.float32 if resistance.dtype == np.float32 else np.float64
    pad = 2
    r = _padded(np.where(valid, resistance, np.inf).astype(dtype), pad, np.inf)
    d = _padded(result.distance, pad, np.inf)
    a = _padded(result.allocation, pad, 0)
    codes = result.back_direction
    reached = np.isfinite(result.distance)
    bad = (reached & (codes == 0) & (result.distance != 0)) | (reached & (codes > 16)) | (~reached & (codes != 0))
    for code, (pr, pc) in OFFSETS.items():
        chosen = reached & (codes == code)
        if chosen.any():
            candidate = _step_costs(r, d, pad, shape, -pr, -pc, dx, dy)
            origin = a[pad + pr:pad + pr + shape[0], pad + pc:pad + pc + shape[1]]
            bad[chosen] = ((candidate != result.distance) | (origin != result.allocation))[chosen]
    return bad
