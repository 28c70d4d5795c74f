# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithms, provider and raster I/O of the MCR plugin."""
