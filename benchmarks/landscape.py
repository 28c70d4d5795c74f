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
