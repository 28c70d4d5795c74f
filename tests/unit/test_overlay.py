# SPDX-License-Identifier: GPL-2.0-or-later
"""Weighted overlay: values and weight validation."""

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import InputError, overlay


def test_overlay_equals_the_papers_formula_cell_by_cell():
    rng = np.random.default_rng(1)
    land, slope, elevation = (rng.integers(1, 11, (6, 7)).astype(np.float32) for _ in range(3))
    valid = [np.ones((6, 7), bool)] * 3
    total, ok = overlay.weighted_sum([land, slope, elevation], valid, overlay.PAPER_WEIGHTS)
    expected = 0.8 * land.astype(np.float64) + 0.1 * slope + 0.1 * elevation
    np.testing.assert_allclose(total, expected, rtol=1e-6)
    assert ok.all()


def test_nodata_in_any_factor_gives_nodata():
    factors = [np.ones((2, 2)), np.ones((2, 2))]
    valid_a = np.array([[True, False], [True, True]])
    valid_b = np.array([[True, True], [False, True]])
    _, ok = overlay.weighted_sum(factors, [valid_a, valid_b], [0.5, 0.5])
    assert ok.tolist() == [[True, False], [False, True]]


def test_weights_must_sum_to_one_or_be_normalised_with_a_warning():
    with pytest.raises(InputError, match="sum to 2"):
        overlay.check_weights([1, 1], 2)
    weights, warning = overlay.check_weights([1, 3], 2, normalise=True)
    assert weights == [0.25, 0.75] and "normalised" in warning
    assert overlay.check_weights([0.8, 0.1, 0.1], 3) == ([0.8, 0.1, 0.1], None)


@pytest.mark.parametrize("weights", [[0.0, 1.0], [-0.5, 1.5], [float("nan"), 1.0]])
def test_weights_must_be_positive(weights):
    with pytest.raises(InputError, match="> 0"):
        overlay.check_weights(weights, 2, normalise=True)


def test_one_weight_per_raster():
    with pytest.raises(InputError, match="3 rasters but 2 weights"):
        overlay.check_weights([0.5, 0.5], 3)
