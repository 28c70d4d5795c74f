# SPDX-License-Identifier: GPL-2.0-or-later
"""Morphological Spatial Pattern Analysis (MSPA) of a habitat map, as GuidosToolbox computes it.

MSPA splits the foreground (habitat) of a binary map into seven classes by mathematical
morphology: core, islet, perforation, edge, loop, bridge and branch (Soille & Vogt 2009).
This module reproduces the steps and byte codes of MSPA v2.3, the program behind
GuidosToolbox (GTB) and the GuidosToolbox Workbench (GWB), with numpy and scipy only.

Sources read for it:

- P. Soille, P. Vogt (2009), Morphological segmentation of binary patterns, Pattern
  Recognition Letters 30(4):456-459, doi:10.1016/j.patrec.2008.10.015 (the seven classes,
  "erosions, geodesic dilations, reconstruction by dilation, anchored skeletonisation").
- The MSPA v2.3 source by Soille & Vogt: ``core/c/mspa.c`` of github.com/ec-jrc/jeolib-miallib
  and its GTB/GWB variant ``fsp.c``; order-independent anchored thinning in ``core/c/skel.c``
  (Iwanowski & Soille) and the geodesic distance in ``core/c/ced.c`` of the same library.
  Read for the definitions only; no code or table is copied (this file derives its own).
- ``GWB_MSPA.pro`` (P. Vogt, GWB 1.9) and the GWB_MSPA documentation page: parameters
  (FGconn 8 or 4, EdgeWidth, Transition, IntExt), the class table with internal and external
  byte values, the colours, and the meaning of Transition and IntExt.

Steps, on the map with its border extended as GTB does (see ``_gtb_frame``):

1. Missing cells within the reach of habitat count as habitat, so that habitat next to
   missing data is not edge; they are set back to missing (129) at the end.
2. **Core**: habitat farther than ``edge_width + 0.98`` cells (Euclidean, between cell
   centres) from every non-habitat cell. MSPA v2.3 uses this Euclidean reach for both
   connectivities; with ``edge_width = 1`` it equals the 3 x 3 square erosion.
3. **Islet**: habitat components (with the chosen connectivity) holding no core.
4. **Edge / perforation**: non-core habitat within the reach of core. It is edge when a core
   component within reach does not enclose it (it lies outside that component's outline,
   holes filled), perforation when every core within reach encloses it.
5. **Loop / bridge / branch**: the rest of the habitat is thinned, anchored on the core, into
   a homotopic skeleton (dead ends vanish, paths between cores and around holes stay). The
   skeleton outside the core, widened by ``edge_width + 0.98 - sqrt(2)`` cells within the
   non-core habitat, is the connector. A connector component whose cells are not all nearest
   to the same core (breadth-first through core, reach and connectors) is a bridge, the
   others are loops. Remaining non-core habitat is branch.
6. Connector cells inside edge or perforation are transition cells (35, 37, 67, 69).
7. Internal features (``intext``): every cell inside the holes of the core (everything the
   outermost cores enclose) gets +100; background enclosed by habitat but not by core is
   border opening (220), background inside core holes core opening (100).

Deviations from MSPA v2.3: with ``transition=False`` the transition cells are written as edge
or perforation (GTB keeps the bytes and only changes the colour table); the connector is
widened by Euclidean distance within 4-connected non-core habitat instead of GTB's geodesic
distance with line-of-sight tests (identical for ``edge_width=1``, where the connector is the
skeleton itself); cells at equal distance from two cores take the label found first (GTB: its
queue order); the thinning does not clear the outer two rings of the frame as GTB does.
"""

import math

import numpy as np
from scipy import ndimage

from . import InputError, no_progress

STRUCTURES = {4: ndimage.generate_binary_structure(2, 1), 8: ndimage.generate_binary_structure(2, 2)}

_BASIC = {"core": 17, "islet": 9, "perforation": 5, "edge": 3, "loop": 65, "bridge": 33, "branch": 1}
_TRANSITION = {"loop_in_edge": 67, "loop_in_perforation": 69, "bridge_in_edge": 35, "bridge_in_perforation": 37}

#: GuidosToolbox MSPA byte value of each class (GWB_MSPA.pro class table). Internal features
#: (inside core holes, ``intext=True``) carry +100; transition cells are loop or bridge cells
#: that lie in an edge (67, 35) or a perforation (69, 37).
CLASS_CODES = {
    **_BASIC,
    **_TRANSITION,
    "background": 0,
    "missing": 129,
    **{f"internal_{name}": code + 100 for name, code in {**_BASIC, **_TRANSITION}.items()},
    "core_opening": 100,
    "border_opening": 220,
}

_RGB = {
    "core": "#00c800",  # green 0/200/0
    "islet": "#a03c00",  # brown 160/60/0
    "perforation": "#0000ff",
    "edge": "#000000",
    "loop": "#ffff00",
    "bridge": "#ff0000",
    "branch": "#ff8c00",  # orange 255/140/0
}
#: Standard GuidosToolbox MSPA colours by code (as with Transition = 1: transition cells show
#: the colour of their loop or bridge). Internal classes share the colour of the external one.
CLASS_COLOURS = {
    **{code: _RGB[name] for name, code in _BASIC.items()},
    **{code: _RGB[name.split("_in_")[0]] for name, code in _TRANSITION.items()},
    **{code + 100: _RGB[name] for name, code in _BASIC.items()},
    **{code + 100: _RGB[name.split("_in_")[0]] for name, code in _TRANSITION.items()},
    0: "#dcdcdc",  # background grey 220/220/220
    100: "#888888",  # core opening, dark grey 136/136/136
    220: "#c2c2c2",  # border opening, grey 194/194/194
    129: "#ffffff",  # missing, white
}

_BACKGROUND_CODES = (0, 100, 220, 129)

# Neighbour order of the 8-bit neighbourhood codes used by the thinning: left, right, up, down,
# up-left, down-left, up-right, down-right; _OPPOSITE[k] is the direction back from neighbour k.
_DIRECTIONS = ((0, -1), (0, 1), (-1, 0), (1, 0), (-1, -1), (1, -1), (-1, 1), (1, 1))
_OPPOSITE = (1, 0, 3, 2, 7, 6, 5, 4)
_BITS = np.array([1 << k for k in range(8)], dtype=np.uint8)
_SIMPLE = {}
_FOUR_COUNT = np.array([bin(code & 15).count("1") for code in range(256)], dtype=np.uint8)
_POPCOUNT = np.array([bin(code).count("1") for code in range(256)], dtype=np.uint8)
_SINGLE = np.array([(code & -code).bit_length() - 1 if code else 0 for code in range(256)], dtype=np.intp)
_OPPOSITE_ARRAY = np.array(_OPPOSITE, dtype=np.intp)


def mspa(foreground, valid=None, connectivity=8, edge_width=1, transition=True, intext=True, progress=no_progress):
    """MSPA class of every cell of a habitat map, with GuidosToolbox's byte codes.

    Parameters
    ----------
    foreground : 2-D bool array, True on habitat (GTB's foreground).
    valid : 2-D bool array or None; False on missing data (output 129). Default: all valid.
    connectivity : 8 (default) or 4, the foreground connectivity; the background uses the other.
    edge_width : int from 1 to 100 (GTB's range), GTB's EdgeWidth in cells. Core is habitat
        farther than ``edge_width + 0.98`` cells (Euclidean) from non-habitat.
    transition : True (GTB default) writes the cells where a loop or bridge crosses an edge or
        perforation as 67/69 or 35/37; False writes them as edge (3) or perforation (5).
    intext : True (GTB default) adds 100 to features inside core holes and marks enclosed
        background as core opening (100) or border opening (220); False writes 0 for all
        background and no internal codes.
    progress : callback ``progress(fraction)``; it may raise ``Cancelled``.

    Returns
    -------
    numpy.ndarray of uint8, same shape, codes of :data:`CLASS_CODES`.

    The raster border is handled as GTB does: the map continues outwards as the border row or
    column (a forest cut by the border has no edge there), and the four corner blocks beyond
    the raster are background, so the corner cell of an all-habitat raster is edge.

    Examples
    --------
    >>> import numpy as np
    >>> habitat = np.zeros((5, 6), bool)
    >>> habitat[1:4, 1:4] = True
    >>> habitat[2, 5] = True
    >>> mspa(habitat, intext=False)[1:4].tolist()
    [[0, 3, 3, 3, 0, 0], [0, 3, 17, 3, 0, 9], [0, 3, 3, 3, 0, 0]]
    """
    habitat, valid = _checked_inputs(foreground, valid, connectivity, edge_width)
    progress(0.0)
    rows, cols = habitat.shape
    # GTB: size = (EdgeWidth + 0.98) / sqrt(2), compared with distances times sqrt(2).
    reach_sq = (edge_width + 0.98) ** 2
    connector_sq = (edge_width + 0.98 - math.sqrt(2.0)) ** 2
    fg_structure = STRUCTURES[connectivity]
    bg_structure = STRUCTURES[12 - connectivity]
    frame = int((edge_width + 0.98) / math.sqrt(2.0) * 1.5 + 0.5) + 1
    inside = (slice(frame, frame + rows), slice(frame, frame + cols))

    missing = ~valid
    extended = habitat | (missing & _dilate_disk(habitat, reach_sq)) if missing.any() else habitat
    fg = _gtb_frame(extended, frame)
    core = fg & ~_dilate_disk(~fg, reach_sq)
    progress(0.1)

    fg_labels, count = ndimage.label(fg, fg_structure)
    has_core = np.zeros(count + 1, bool)
    has_core[fg_labels[core]] = True
    islet = fg & ~has_core[fg_labels]
    del fg_labels

    outer = _dilate_disk(core, reach_sq) & ~core
    core_labels, levels = _nesting_levels(core, fg_structure, bg_structure)
    classes = fg.astype(np.uint8)  # branch unless found to be something else
    classes[islet] = CLASS_CODES["islet"]
    classes[core] = CLASS_CODES["core"]
    classes[outer] = CLASS_CODES["perforation"]
    classes[outer & (_max_disk(np.where(core, levels, 0), reach_sq) > levels)] = CLASS_CODES["edge"]
    if intext:
        core_holes = (levels > 0) & ~core
        internal = _fill_holes(core_holes, bg_structure)[inside]
        core_holes = core_holes[inside].copy()
    del levels
    progress(0.25)

    # Anchored thinning of all habitat that is not islet keeps the core and the paths
    # between cores and around holes; what leaves the core is the skeleton of loops and bridges.
    thinned = fg & ~islet
    non_core = thinned & ~core
    del islet
    skeleton = _thin(thinned, core, connectivity, lambda: progress(0.5)) & ~core
    del thinned
    progress(0.7)
    near = _dilate_disk(skeleton, connector_sq) & non_core | skeleton
    del non_core
    # 4-connected growth within non-core habitat, as GTB's geodesic distance propagates.
    connector = _reconstruct(skeleton, near, STRUCTURES[4])
    del near, skeleton

    nearest_core = _flood_labels(core_labels, (core | outer | connector), connectivity)
    del core_labels
    pieces, count = ndimage.label(connector, fg_structure)
    piece_of = pieces[connector]
    core_of = nearest_core[connector]
    representative = np.zeros(count + 1, nearest_core.dtype)
    representative[piece_of] = core_of
    joins_cores = np.bincount(piece_of, weights=core_of != representative[piece_of], minlength=count + 1) > 0
    bridge = connector & joins_cores[pieces]
    loop = connector & ~bridge
    del pieces, nearest_core
    progress(0.85)

    if not transition:
        bridge &= ~outer
        loop &= ~outer
    classes[bridge] |= CLASS_CODES["bridge"] - 1
    classes[loop] |= CLASS_CODES["loop"] - 1
    classes = classes[inside].copy()

    if intext:
        classes[internal] += 100
        border = _enclosed_background(habitat, valid, frame, bg_structure) & ~core_holes
        classes[border & (classes == 0)] = CLASS_CODES["border_opening"]
    classes[missing] = CLASS_CODES["missing"]
    progress(1.0)
    return classes


def class_statistics(classes, cell_area):
    """Cells, area and share of the foreground of each MSPA class in a ``mspa`` result.

    Parameters
    ----------
    classes : 2-D array of codes from :func:`mspa`.
    cell_area : area of one cell (map units squared, e.g. m²).

    Returns
    -------
    list of ``(name, code, cells, area, share_of_foreground)`` in :data:`CLASS_CODES` order:
    the seven basic foreground classes and background always, other codes when present.
    ``share_of_foreground`` is cells / foreground cells (0 when there is no foreground) and
    None for background, openings and missing.

    >>> import numpy as np
    >>> class_statistics(np.array([[17, 17, 3, 0]], np.uint8), 2.0)[0]
    ('core', 17, 2, 4.0, 0.6666666666666666)
    """
    classes = np.asarray(classes)
    if classes.ndim != 2 or classes.dtype.kind not in "ui":
        raise InputError(f"MSPA classes must be a 2-D integer raster, not {classes.dtype} with {classes.ndim} axes.")
    if classes.size and classes.min() < 0:
        raise InputError("MSPA classes cannot be negative; use the output of the MSPA algorithm.")
    counts = np.bincount(classes.ravel().astype(np.intp), minlength=256)
    unknown = np.setdiff1d(np.flatnonzero(counts), list(CLASS_CODES.values()))
    if unknown.size:
        raise InputError(
            f"The raster holds values that are not MSPA classes ({', '.join(map(str, unknown[:10]))}); "
            "use the output of the MSPA algorithm."
        )
    foreground = sum(int(counts[code]) for code in CLASS_CODES.values() if code not in _BACKGROUND_CODES)
    always = set(_BASIC.values()) | {0}
    rows = []
    for name, code in CLASS_CODES.items():
        cells = int(counts[code])
        if cells == 0 and code not in always:
            continue
        if code in _BACKGROUND_CODES:
            share = None
        else:
            share = cells / foreground if foreground else 0.0
        rows.append((name, code, cells, cells * float(cell_area), share))
    return rows


def _checked_inputs(foreground, valid, connectivity, edge_width):
    foreground = np.asarray(foreground)
    if foreground.ndim != 2 or foreground.size == 0:
        raise InputError(f"The habitat map must be a non-empty 2-D raster, not an array of shape {foreground.shape}.")
    if foreground.dtype != bool:
        raise InputError(
            f"The habitat map must be True/False (habitat or not), not {foreground.dtype} values; "
            "select the habitat classes first."
        )
    if valid is None:
        valid = np.ones(foreground.shape, bool)
    else:
        valid = np.asarray(valid)
        if valid.shape != foreground.shape or valid.dtype != bool:
            raise InputError(
                f"The valid-data mask must be True/False with the habitat map's shape {foreground.shape}, "
                f"not {valid.dtype} of shape {valid.shape}."
            )
    if isinstance(connectivity, bool) or connectivity not in (4, 8):
        raise InputError(f"Foreground connectivity must be 8 or 4, not {connectivity!r}.")
    if isinstance(edge_width, bool) or not isinstance(edge_width, (int, np.integer)) or edge_width < 1:
        raise InputError(f"Edge width must be a whole number of cells of at least 1, not {edge_width!r}.")
    if edge_width > 100:
        raise InputError(
            f"Edge width {edge_width} cells is beyond GuidosToolbox's limit of 100 cells; "
            "use a coarser raster for wider edges."
        )
    return foreground & valid, valid


def _gtb_frame(image, width):
    """The map inside the frame MSPA v2.3 adds (``fm_preproc2``): the border row or column
    repeated ``width`` times on the left and top, ``width - 1`` times on the right and bottom
    with one empty line outside, and empty corner blocks."""
    rows, cols = image.shape
    out = np.zeros((rows + 2 * width, cols + 2 * width), bool)
    out[width : width + rows, width : width + cols] = image
    out[width : width + rows, :width] = image[:, :1]
    out[:width, width : width + cols] = image[:1, :]
    out[width : width + rows, width + cols : 2 * width + cols - 1] = image[:, -1:]
    out[width + rows : 2 * width + rows - 1, width : width + cols] = image[-1:, :]
    return out


def _disk_spans(radius_sq):
    """Half widths of the rows of the disk dx² + dy² <= radius_sq, grouped as {half: [dy, ...]}."""
    reach = math.isqrt(int(radius_sq))
    spans = {}
    for dy in range(-reach, reach + 1):
        spans.setdefault(math.isqrt(int(radius_sq - dy * dy)), []).append(dy)
    return spans


def _max_disk(values, radius_sq):
    """Maximum of ``values`` over the disk of squared radius ``radius_sq`` around each cell;
    cells beyond the array count as 0. Row spans of the disk keep it linear in the cells."""
    values = np.asarray(values)
    as_bool = values.dtype == bool
    work = values.view(np.uint8) if as_bool else values
    out = np.zeros_like(work)
    rows = work.shape[0]
    for half, offsets in _disk_spans(radius_sq).items():
        span = ndimage.maximum_filter1d(work, 2 * half + 1, axis=1, mode="constant") if half else work
        for dy in offsets:
            if dy >= 0:
                np.maximum(out[: rows - dy], span[dy:], out=out[: rows - dy])
            else:
                np.maximum(out[-dy:], span[: rows + dy], out=out[-dy:])
    return out.view(bool) if as_bool else out


def _dilate_disk(mask, radius_sq):
    """Cells within Euclidean distance sqrt(radius_sq) of a True cell."""
    return _max_disk(np.ascontiguousarray(mask, dtype=bool), radius_sq)


def _fill_holes(mask, background_structure):
    """``mask`` plus the non-mask components (with the given connectivity) off the array border;
    a labelling, not an iterated dilation, so its time does not grow with the holes' size."""
    labels, _ = ndimage.label(~mask, background_structure)
    outside = np.zeros(labels.max() + 1, bool)
    outside[0] = True
    outside[np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]])] = True
    return mask | ~outside[labels]


def _reconstruct(marker, mask, structure):
    """Components of ``mask`` that hold a ``marker`` cell (reconstruction by dilation)."""
    labels, count = ndimage.label(mask, structure)
    hit = np.zeros(count + 1, bool)
    hit[labels[marker & mask]] = True
    hit[0] = False
    return hit[labels]


def _first_cells(labels, count):
    """Flat index of the first cell (raster order) of each label 1..count."""
    flat = labels.ravel()
    wanted = np.arange(1, count + 1, dtype=flat.dtype)
    # scipy numbers components in raster order of their first cell, so the running maximum
    # first reaches k at the first cell of k; checked, with a sort as fallback.
    first = np.searchsorted(np.maximum.accumulate(flat), wanted)
    if count and (first[-1] >= flat.size or not np.array_equal(flat[first], wanted)):
        cells = np.flatnonzero(flat)
        _, index = np.unique(flat[cells], return_index=True)
        first = cells[index]
    return first


def _nesting_levels(core, fg_structure, bg_structure):
    """Core component labels and the nesting level of every cell: 0 outside all cores, k for a
    core component lying in k - 1 core holes, and for a hole cell the level of the core around
    it. Equals GTB's loop of hole fillings (``setedges``), from one labelling of each phase."""
    core_labels, n_core = ndimage.label(core, fg_structure)
    gap_labels, n_gap = ndimage.label(~core, bg_structure)
    cols = core.shape[1]
    # A core's surrounding gap holds the cell left of its first cell; a hole's enclosing core
    # holds the cell left of the hole's first cell (nothing of it lies above that row).
    core_first = _first_cells(core_labels, n_core)
    gap_first = _first_cells(gap_labels, n_gap)
    parent_gap = np.zeros(n_core + 1, np.intp)
    at_left = core_first % cols > 0
    parent_gap[1:][at_left] = gap_labels.ravel()[core_first[at_left] - 1]
    outside = np.zeros(n_gap + 1, bool)
    outside[np.concatenate([gap_labels[0], gap_labels[-1], gap_labels[:, 0], gap_labels[:, -1]])] = True
    parent_core = np.zeros(n_gap + 1, np.intp)
    holes = np.flatnonzero(~outside[1:]) + 1
    parent_core[holes] = core_labels.ravel()[gap_first[holes - 1] - 1]
    core_level = np.zeros(n_core + 1, np.int32)
    gap_level = np.zeros(n_gap + 1, np.int32)
    while True:
        new_core = gap_level[parent_gap] + 1
        new_core[0] = 0
        new_gap = np.where(outside, 0, core_level[parent_core])
        if np.array_equal(new_core, core_level) and np.array_equal(new_gap, gap_level):
            break
        core_level, gap_level = new_core, new_gap
    dtype = np.uint8 if core_level.max(initial=0) < 255 else np.int32
    levels = gap_level.astype(dtype)[gap_labels]
    levels[core] = core_level.astype(dtype)[core_labels[core]]
    return core_labels, levels


def _enclosed_background(habitat, valid, frame, bg_structure):
    """Non-habitat enclosed by habitat (GTB's allHoles): computed on the map framed with missing
    data, where missing cells within sqrt(2) of habitat count as habitat."""
    padded = np.pad(habitat, frame)
    missing = ~np.pad(valid, frame)
    solid = padded | (missing & _dilate_disk(padded, 2.0))
    enclosed = _fill_holes(solid, bg_structure) & ~solid
    return enclosed[frame:-frame, frame:-frame]


def _simple_table(connectivity):
    """Whether a cell with neighbourhood code 0..255 is simple: removing it changes neither the
    foreground (``connectivity``) nor the background (the other connectivity) topology. Built
    from the local definition: one foreground and one background component next to the cell."""
    if connectivity in _SIMPLE:
        return _SIMPLE[connectivity]
    four = ((0, 1), (1, 0), (1, 2), (2, 1))
    table = np.zeros(256, bool)
    for code in range(256):
        ring = np.zeros((3, 3), bool)
        for bit, (dr, dc) in enumerate(_DIRECTIONS):
            ring[1 + dr, 1 + dc] = bool(code >> bit & 1)
        background = ~ring
        background[1, 1] = False
        if connectivity == 8:
            _, fg_parts = ndimage.label(ring, STRUCTURES[8])
            bg_labels, _ = ndimage.label(background, STRUCTURES[4])
            bg_parts = len({bg_labels[r, c] for r, c in four} - {0})
        else:
            fg_labels, _ = ndimage.label(ring, STRUCTURES[4])
            fg_parts = len({fg_labels[r, c] for r, c in four} - {0})
            _, bg_parts = ndimage.label(background, STRUCTURES[8])
        table[code] = fg_parts == 1 and bg_parts == 1
    _SIMPLE[connectivity] = table
    return table


def _index_type(size):
    """int32 flat indices where they fit: half the memory of the cell lists of large rasters."""
    return np.int32 if size < 2**31 - 2**20 else np.intp


def _codes_at(flat, cells, offsets):
    code = np.zeros(cells.size, np.uint8)
    for k, offset in enumerate(offsets):
        code |= flat[cells + offset].view(np.uint8) << np.uint8(k)
    return code


def _thin(image, anchor, connectivity, tick=None):
    """Order-independent homotopic thinning of ``image`` anchored on ``anchor``.

    In each round every simple, non-anchor cell is removed unless a simple, non-anchor
    neighbour depends on it (one of the two would stop being simple once the other is
    removed); dependent pairs both stay (but see ``_corner_waiver``), so the result does not
    depend on any scan order.
    As in MSPA's FIFO version, later rounds examine only the neighbours of removed cells.
    Every component must hold an anchor cell (MSPA thins non-islet habitat anchored on core);
    MSPA's extra guard against removing isolated triples or 2 x 2 blocks of simple cells,
    which only matter in components without anchor, is therefore left out.
    """
    table = _simple_table(connectivity)
    padded = np.pad(image, 1)
    width = padded.shape[1]
    flat = padded.ravel()
    anchored = np.pad(anchor, 1).ravel()
    index = _index_type(padded.size)
    offsets = np.array([dr * width + dc for dr, dc in _DIRECTIONS], dtype=index)
    code = np.zeros(padded.shape, np.uint8)
    inner = code[1:-1, 1:-1]
    for k, (dr, dc) in enumerate(_DIRECTIONS):
        inner |= padded[1 + dr : padded.shape[0] - 1 + dr, 1 + dc : width - 1 + dc].view(np.uint8) << np.uint8(k)
    code = code.ravel()
    deletable = flat & ~anchored & table[code]
    candidates = np.flatnonzero(deletable).astype(index)
    rounds = 0
    while candidates.size:
        own = code[candidates]
        if (_POPCOUNT[own] == 1).all():
            # Tips of one-cell lines whose only neighbour is not removable cannot be held back:
            # remove them with a few operations instead of a full round, which matters when
            # long dangling lines are eaten one cell per round.
            direction = _SINGLE[own]
            neighbours = candidates + offsets[direction]
            if not deletable[neighbours].any():
                flat[candidates] = False
                deletable[candidates] = False
                np.bitwise_and.at(code, neighbours, ~_BITS[_OPPOSITE_ARRAY[direction]])
                neighbours = np.unique(neighbours)
                deletable[neighbours] = table[code[neighbours]] & ~anchored[neighbours] & flat[neighbours]
                candidates = neighbours[deletable[neighbours]]
                rounds += 1
                if tick is not None and rounds % 4096 == 0:
                    tick()
                continue
        dependent = np.zeros((8, candidates.size), bool)
        for k in range(8):
            neighbours = candidates + offsets[k]
            rivals = np.flatnonzero(deletable[neighbours])
            if rivals.size:
                independent = table[own[rivals] & ~_BITS[k]] & table[code[neighbours[rivals]] & ~_BITS[_OPPOSITE[k]]]
                dependent[k, rivals[~independent]] = True
        blocked = dependent[:4].any(axis=0)
        diagonal = dependent[4:].any(axis=0)
        if connectivity == 4 and diagonal.any():
            diagonal &= ~_corner_waiver(candidates, own, dependent, deletable, code, offsets)
        blocked |= diagonal
        removed = candidates[~blocked]
        if removed.size == 0:
            break
        flat[removed] = False
        deletable[removed] = False
        touched = np.unique((removed[:, None] + offsets).ravel())
        touched = touched[flat[touched]]
        code[touched] = _codes_at(flat, touched, offsets)
        deletable[touched] = table[code[touched]] & ~anchored[touched]
        candidates = touched[deletable[touched]]
        rounds += 1
        if tick is not None and rounds % 64 == 0:
            tick()
    return padded[1:-1, 1:-1]


def _corner_waiver(cells, own, dependent, deletable, code, offsets):
    """4-connectivity: a convex corner cell (habitat on exactly two 4-sides, a and b, both
    removable) may go although it depends on the diagonal cell between a and b, which stays
    (MSPA's rule for this 2 x 2 configuration; without it thinning stalls on such blocks).
    Not in an isolated 2 x 2 block, where a and b have exactly two habitat 4-neighbours."""
    waived = np.zeros(cells.size, bool)
    sides = own & np.uint8(15)
    for k, (a, b) in ((4, (0, 2)), (5, (0, 3)), (6, (2, 1)), (7, (1, 3))):
        corner = np.flatnonzero((sides == _BITS[a] | _BITS[b]) & dependent[k])
        if corner.size:
            side_a, side_b = cells[corner] + offsets[a], cells[corner] + offsets[b]
            isolated = (_FOUR_COUNT[code[side_a]] == 2) & (_FOUR_COUNT[code[side_b]] == 2)
            waived[corner] = deletable[side_a] & deletable[side_b] & ~isolated
    return waived


def _flood_labels(labels, region, connectivity):
    """Every cell of ``region`` labelled like the nearest labelled cell, breadth-first through
    ``region`` (GTB: watershed flooding of the core labels over a flat relief)."""
    padded = np.pad(labels, 1)
    width = padded.shape[1]
    flat = padded.ravel()
    open_cells = np.pad(region & (labels == 0), 1)
    if connectivity == 8:
        offsets = [dr * width + dc for dr, dc in _DIRECTIONS]
    else:
        offsets = [dr * width + dc for dr, dc in _DIRECTIONS[:4]]
    seeds = (padded > 0) & ndimage.binary_dilation(open_cells, STRUCTURES[connectivity])
    open_cells = open_cells.ravel()
    index = _index_type(padded.size)
    offsets = np.array(offsets, dtype=index)
    frontier = np.flatnonzero(seeds).astype(index)
    while frontier.size:
        reached = []
        for offset in offsets:
            cells = frontier + offset
            hit = open_cells[cells]
            if hit.any():
                cells = cells[hit]
                flat[cells] = flat[frontier[hit]]
                open_cells[cells] = False
                reached.append(cells)
        frontier = np.concatenate(reached) if reached else frontier[:0]
    return padded[1:-1, 1:-1]
