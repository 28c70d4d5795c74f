# SPDX-License-Identifier: GPL-2.0-or-later
"""Weighted overlay of resistance factors: sum of weight x factor on one grid."""

import math

import numpy as np

from . import InputError

PAPER_WEIGHTS = (0.8, 0.1, 0.1)  # land use, slope, elevation (Li et al. 2020, §3)
WEIGHT_SUM_TOLERANCE = 1e-6


def check_weights(weights, count, normalise=False):
    """Validate one weight per factor; return (weights, warning or None).

    Weights must be finite and > 0. If they do not sum to 1 this is an error, or, with
    ``normalise``, they are divided by their sum and a warning says so.
    """
    weights = [float(w) for w in weights]
    if len(weights) != count:
        raise InputError(
            f"{count} rasters but {len(weights)} weights were given; give one weight per raster, "
            "in the same order."
        )
    bad = [w for w in weights if not math.isfinite(w) or w <= 0]
    if bad:
        raise InputError(f"Weights must be numbers > 0; got {', '.join(f'{w:g}' for w in bad)}.")
    total = math.fsum(weights)
    if abs(total - 1.0) <= WEIGHT_SUM_TOLERANCE:
        return weights, None
    if not normalise:
        raise InputError(
            f"The weights sum to {total:g}, not 1. Correct them, or switch on "
            "'normalise weights' to divide them by their sum."
        )
    scaled = [w / total for w in weights]
    warning = (
        f"The weights summed to {total:g}; they were normalised to "
        f"{', '.join(f'{w:.6g}' for w in scaled)}."
    )
    return scaled, warning


def weighted_sum(factors, valids, weights, float32=True):
    """Return (sum of weight x factor, valid): NoData in any factor gives NoData. The sum is
    float32, or float64 where a value exceeds the Float32 range (always with ``float32=False``).

    >>> import numpy as np
    >>> ones = np.ones((1, 2), bool)
    >>> total, ok = weighted_sum([np.array([[1.0, 10.0]]), np.array([[3.0, 5.0]])], [ones, ones], [0.8, 0.2])
    >>> total.tolist()
    [[1.399999976158142, 9.0]]
    """
    shape = factors[0].shape
    total = np.zeros(shape, dtype=np.float64)
    valid = np.ones(shape, dtype=bool)
    for factor, factor_valid, weight in zip(factors, valids, weights):
        if factor.shape != shape:
            raise InputError("All factors must be on one grid; align them first.")
        valid &= factor_valid
        total += weight * np.where(factor_valid, factor, 0.0)
    if not float32 or (valid.any() and float(np.abs(total[valid]).max()) > np.finfo(np.float32).max):
        return total, valid  # too large for Float32: the caller writes Float64
    return total.astype(np.float32), valid
