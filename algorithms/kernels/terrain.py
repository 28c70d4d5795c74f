# SPDX-License-Identifier: GPL-2.0-or-later
"""Slope in degrees by Horn's method, with metric spacing (also for geographic DEMs)."""

import math

import numpy as np

# Neighbour offsets (row, col) of Horn's 3 x 3 window.
_EDGES = [(-1, 0), (1, 0), (0, -1), (0, 1)]
_CORNERS = [(-1, -1), (-1, 1), (1, -1), (1, 1)]


def geographic_spacing(latitudes_deg, dlon_deg, dlat_deg, semi_major=6378137.0, inverse_flattening=298.257223563):
    """Metric cell size (dx per row, dy per row) of a longitude/latitude grid on the ellipsoid.

    dx = radius of the parallel x dlon; dy = meridional radius of curvature x dlat.
    """
    e2 = 0.0 if not inverse_flattening else (2.0 - 1.0 / inverse_flattening) / inverse_flattening
    phi = np.radians(np.asarray(latitudes_deg, dtype=np.float64))
    w = np.sqrt(1.0 - e2 * np.sin(phi) ** 2)
    prime_vertical = semi_major / w
    meridional = semi_major * (1.0 - e2) / w**3
    dx = prime_vertical * np.cos(phi) * math.radians(abs(dlon_deg))
    dy = meridional * math.radians(abs(dlat_deg))
    return dx, dy


def horn_slope(elevation, valid, dx, dy):
    """Slope in degrees by Horn's (1981) third-order finite difference.

    Parameters
    ----------
    elevation : 2-D array of heights (metres).
    valid : False on NoData.
    dx, dy : cell size in metres; scalars, or 1-D arrays with one value per row (a
        geographic grid, whose east-west spacing shrinks with latitude).

    Edge cells and cells next to NoData are computed from the neighbours they have: a
    missing neighbour is extrapolated linearly from the opposite one (2·z_centre − z_opposite);
    a missing corner whose opposite is missing too comes from the plane through its two edge
    neighbours; an edge neighbour with no opposite takes the centre's value. A plane therefore
    has its exact slope everywhere, edges included. NoData cells stay NoData (NaN).

    >>> import numpy as np
    >>> z = np.add.outer(np.zeros(4), np.arange(4.0))  # rises 1 m per 1 m cell eastwards
    >>> float(horn_slope(z, np.ones_like(z, bool), 1.0, 1.0)[1, 1])
    45.0
    """
    z = np.where(valid, elevation, np.nan).astype(np.float64)
    rows, cols = z.shape
    padded = np.full((rows + 2, cols + 2), np.nan)
    padded[1:-1, 1:-1] = z

    def neighbour(dr, dc):
        return padded[1 + dr : 1 + dr + rows, 1 + dc : 1 + dc + cols]

    filled = {}
    # Edge neighbours first: extrapolate from the opposite one, else take the centre.
    for dr, dc in _EDGES:
        opposite = neighbour(-dr, -dc)
        substitute = np.where(np.isnan(opposite), z, 2.0 * z - opposite)
        filled[dr, dc] = np.where(np.isnan(neighbour(dr, dc)), substitute, neighbour(dr, dc))
    # Corners: from the opposite corner, else from the plane through the two edge neighbours.
    for dr, dc in _CORNERS:
        opposite = neighbour(-dr, -dc)
        planar = filled[dr, 0] + filled[0, dc] - z
        substitute = np.where(np.isnan(opposite), planar, 2.0 * z - opposite)
        filled[dr, dc] = np.where(np.isnan(neighbour(dr, dc)), substitute, neighbour(dr, dc))

    dx_rows = np.broadcast_to(np.asarray(dx, dtype=np.float64).reshape(-1, 1), (rows, 1))
    dy_rows = np.broadcast_to(np.asarray(dy, dtype=np.float64).reshape(-1, 1), (rows, 1))
    # Each row's east-west difference uses that row's own spacing (geographic grids).
    dx_above = np.vstack([dx_rows[:1], dx_rows[:-1]])
    dx_below = np.vstack([dx_rows[1:], dx_rows[-1:]])
    dz_dx = (
        (filled[-1, 1] - filled[-1, -1]) / (2.0 * dx_above)
        + 2.0 * (filled[0, 1] - filled[0, -1]) / (2.0 * dx_rows)
        + (filled[1, 1] - filled[1, -1]) / (2.0 * dx_below)
    ) / 4.0
    dz_dy = (
        (filled[1, -1] + 2.0 * filled[1, 0] + filled[1, 1])
        - (filled[-1, -1] + 2.0 * filled[-1, 0] + filled[-1, 1])
    ) / (8.0 * dy_rows)
    slope = np.degrees(np.arctan(np.hypot(dz_dx, dz_dy)))
    slope[~valid] = np.nan
    return slope


def horn_slope_blocks(elevation, valid, dx, dy, block_rows=512, progress=None):
    """:func:`horn_slope` a block of rows at a time (with one row of context above and below),
    as float32: the same slopes without float64 copies of the whole DEM.

    ``dx`` and ``dy`` may be per-row arrays (geographic grids) as in :func:`horn_slope`.
    """
    rows = elevation.shape[0]
    slope = np.empty(elevation.shape, dtype=np.float32)
    dx_rows = np.broadcast_to(np.asarray(dx, dtype=np.float64).reshape(-1), (rows,))
    dy_rows = np.broadcast_to(np.asarray(dy, dtype=np.float64).reshape(-1), (rows,))
    for top in range(0, rows, block_rows):
        bottom = min(rows, top + block_rows)
        low, high = max(0, top - 1), min(rows, bottom + 1)
        block = horn_slope(elevation[low:high].astype(np.float64), valid[low:high],
                           dx_rows[low:high], dy_rows[low:high])
        slope[top:bottom] = block[top - low : top - low + bottom - top]
        if progress is not None:
            progress(bottom / rows)
    return slope
