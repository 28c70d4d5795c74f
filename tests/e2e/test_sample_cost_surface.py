# SPDX-License-Identifier: GPL-2.0-or-later
"""The MCR surface of the sample data equals scipy's Dijkstra on an explicit grid graph."""

import numpy as np
import pytest

from mcr_security_pattern.algorithms import raster_io

from ..graph_reference import graph_mcr


@pytest.mark.slow
def test_sample_mcr_surface_equals_an_independent_dijkstra(sample_chain):
    chain = sample_chain("2009")
    resistance = raster_io.read_raster(chain["resistance"])
    sources = raster_io.read_raster(chain["sources_raster"]).array
    expected, nearest = graph_mcr(resistance.array, resistance.valid, sources, 20.0, 20.0)
    surface = raster_io.read_raster(chain["mcr"])
    assert np.array_equal(surface.valid, np.isfinite(expected))
    np.testing.assert_allclose(surface.array[surface.valid], expected[surface.valid], rtol=1e-6)  # Float32 output
    allocation = raster_io.read_raster(chain["allocation"]).array
    agree = np.mean(allocation[surface.valid] == nearest[surface.valid])
    assert agree > 0.9999  # differences only where two sources tie
    assert set(np.unique(allocation[surface.valid])) == {1, 2}
