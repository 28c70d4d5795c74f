# SPDX-License-Identifier: GPL-2.0-or-later
"""Pure numpy/scipy numerics of the MCR method: no qgis, no osgeo.

Kernels take bare arrays, an explicit cell size and masks, and return arrays.
Bad input raises :class:`InputError` with a sentence a user can act on; a kernel
that runs long takes an optional ``progress(fraction)`` callback, which may raise
:class:`Cancelled` to stop it.
"""


class InputError(ValueError):
    """The input cannot give a meaningful result; the message names the problem and the fix."""


class Cancelled(Exception):
    """Raised by a progress callback when the user cancels."""


def no_progress(fraction):
    """Progress callback that ignores progress."""


def first_cell(mask):
    """(row, col) of the first True cell of a 2-D mask, for error messages."""
    import numpy as np

    flat = int(np.flatnonzero(mask.ravel())[0])
    return divmod(flat, mask.shape[1])


def nonzero_cells(mask):
    """(rows, cols) of the True cells of a 2-D mask, row by row, as ``np.nonzero`` gives them: a flat
    scan and one division, several times faster than ``np.nonzero`` on a large grid."""
    import numpy as np

    return np.divmod(np.flatnonzero(mask), mask.shape[1])
