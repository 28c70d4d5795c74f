# SPDX-License-Identifier: GPL-2.0-or-later
"""Land-use-like benchmark rasters: classes from smooth noise, resistance 1..10, source patches."""

import numpy as np
from scipy import ndimage

CLASS_RESISTANCE = np.array([1, 2, 2, 3, 4, 6, 8, 9, 10], dtype=np.float32)


def landscape(size, n_sources=20, seed=7, barriers=False):
    """(resistance float32, valid bool, sources int32) on a size x size grid."""
    rng = np.random.default_rng(seed)
    small = max(size // 8, 16)
    noise = ndimage.gaussian_filter(rng.standard_normal((small, small)), 2.0)
    noise = ndimage.zoom(noise, size / small, order=1)[:size, :size]
    detail = rng.standard_normal((size, size)).astype(np.float32) * 0.15
    field = noise / noise.std() + detail
    ranks = np.searchsorted(np.quantile(field, np.linspace(0, 1, 10)[1:-1]), field)
    resistance = CLASS_RESISTANCE[ranks]
    valid = np.ones((size, size), dtype=bool)
    if barriers:  # rivers of NoData with a few gaps
        for k in range(1, 4):
            col = k * size // 4
            valid[:, col : col + 2] = False
            for gap in rng.integers(0, size - 10, 3):
                valid[gap : gap + 8, col : col + 2] = True
    sources = np.zeros((size, size), dtype=np.int32)
    lowest = resistance == 1
    radius = max(2, size // 200)
    for label in range(1, n_sources + 1):
        r, c = rng.integers(radius, size - radius, 2)
        patch = np.zeros((size, size), dtype=bool)
        patch[r - radius : r + radius, c - radius : c + radius] = True
        sources[patch & (lowest | (rng.random() < 2))] = label
    return resistance, valid, sources


def maze(size, seed=1):
    """A perfect maze of one-cell corridors (recursive backtracker): NoData walls, resistance 1..10.

    ``size`` odd; corridors on odd rows/columns. One source at a corner."""
    rng = np.random.default_rng(seed)
    cells = (size - 1) // 2
    open_ = np.zeros((size, size), dtype=bool)
    seen = np.zeros((cells, cells), dtype=bool)
    stack = [(0, 0)]
    seen[0, 0] = True
    open_[1, 1] = True
    moves = np.array([(0, 1), (1, 0), (0, -1), (-1, 0)])
    while stack:
        r, c = stack[-1]
        options = [(r + dr, c + dc) for dr, dc in moves
                   if 0 <= r + dr < cells and 0 <= c + dc < cells and not seen[r + dr, c + dc]]
        if not options:
            stack.pop()
            continue
        nr, nc = options[rng.integers(len(options))]
        seen[nr, nc] = True
        open_[2 * nr + 1, 2 * nc + 1] = True
        open_[r + nr + 1, c + nc + 1] = True
        stack.append((nr, nc))
    resistance = rng.uniform(1.0, 10.0, (size, size)).astype(np.float32)
    sources = np.zeros((size, size), dtype=np.int32)
    sources[1, 1] = 1
    return resistance, open_, sources


def serpentine(size, seed=2):
    """One one-cell corridor winding through the whole raster (walls every other row)."""
    rng = np.random.default_rng(seed)
    open_ = np.zeros((size, size), dtype=bool)
    open_[1::2, 1:-1] = True
    for k, row in enumerate(range(2, size - 1, 2)):
        open_[row, size - 2 if k % 2 == 0 else 1] = True
    resistance = rng.uniform(1.0, 10.0, (size, size)).astype(np.float32)
    sources = np.zeros((size, size), dtype=np.int32)
    sources[1, 1] = 1
    return resistance, open_, sources


def bimodal(size, seed=3, n_sources=20):
    """Half the cells at resistance 1, the other half at 1000, in smooth blobs."""
    resistance, valid, sources = landscape(size, n_sources=n_sources, seed=seed)
    rng = np.random.default_rng(seed)
    small = max(size // 16, 8)
    noise = ndimage.zoom(ndimage.gaussian_filter(rng.standard_normal((small, small)), 1.5), size / small,
                         order=1)[:size, :size]
    high = noise > np.quantile(noise, 0.52)
    return np.where(high, 1000.0, 1.0).astype(np.float32), valid, sources


def barrier_grid(size, seed=4, spacing=40, n_sources=20):
    """A lattice of one-cell NoData lines every ``spacing`` cells with narrow gaps."""
    resistance, valid, sources = landscape(size, n_sources=n_sources, seed=seed)
    rng = np.random.default_rng(seed)
    valid = valid.copy()
    valid[::spacing, :] = False
    valid[:, ::spacing] = False
    for line in range(0, size, spacing):
        for gap in rng.integers(0, size, max(size // spacing // 2, 1)):
            valid[line, gap : gap + 2] = True
            valid[gap : gap + 2, line] = True
    valid |= sources > 0
    return resistance, valid, sources


def heavy_tailed(size, seed=5, n_sources=20):
    """A real-like resistance with a heavy tail (1..2028): most land cheap, some very costly."""
    rng = np.random.default_rng(seed)
    resistance, valid, sources = landscape(size, n_sources=n_sources, seed=seed)
    small = max(size // 8, 16)
    noise = ndimage.zoom(ndimage.gaussian_filter(rng.standard_normal((small, small)), 2.0), size / small,
                         order=1)[:size, :size]
    values = np.exp(1.9 * noise / noise.std()) + rng.random((size, size)) * 0.5
    values = 1.0 + 2027.0 * (values - values.min()) / (values.max() - values.min())
    return values.astype(np.float32), valid, sources


def high_contrast(size, seed=6, n_sources=20):
    """Blobs of resistance 1 and 1000 with NoData lakes."""
    rng = np.random.default_rng(seed)
    _, valid, sources = landscape(size, n_sources=n_sources, seed=seed)
    small = max(size // 32, 8)
    noise = ndimage.zoom(ndimage.gaussian_filter(rng.standard_normal((small, small)), 1.0), size / small,
                         order=1)[:size, :size]
    resistance = np.where(noise > 0.3, 1000.0, 1.0).astype(np.float32)
    lakes = ndimage.zoom(rng.random((small, small)), size / small, order=0)[:size, :size] > 0.93
    valid = valid & ~lakes
    valid |= sources > 0
    return resistance, valid, sources


CASES = {"landuse": landscape, "maze": maze, "serpentine": serpentine, "barrier grid": barrier_grid,
         "bimodal": bimodal, "heavy-tailed": heavy_tailed, "high contrast": high_contrast}
