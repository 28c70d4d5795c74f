# SPDX-License-Identifier: GPL-2.0-or-later
"""MSPA: each class on a hand-drawn pattern, the switches, the border, and references.

Expected maps are drawn from the definitions (Soille & Vogt 2009; MSPA v2.3 of GuidosToolbox),
with edge width 1 unless stated: core is habitat farther than 1.98 cells from non-habitat (all
eight neighbours habitat); edge and perforation are non-core habitat within 1.98 cells of core,
outside or inside the core's holes; islets are habitat components without core; the rest is
thinned onto the core: cells that stay on paths between two cores are bridge, on paths back to
the same core loop, and what thins away is branch.
"""

import os
import time

import numpy as np
import pytest
from scipy import ndimage

from mcr_security_pattern.algorithms.kernels import Cancelled, InputError, mspa

# Symbols of the expected maps. Lower-case b, d, l, m are transition cells: a bridge (b, d) or
# loop (l, m) cell lying in an edge (b, l) or a perforation (d, m).
# fmt: off
LEGEND = {
    ".": 0, "C": 17, "E": 3, "P": 5, "I": 9, "R": 1, "B": 33, "L": 65,
    "b": 35, "d": 37, "l": 67, "m": 69, "o": 100, "O": 220, "x": 129,
}
# fmt: on


def habitat(picture):
    """'#' is habitat, anything else not."""
    return np.array([[char == "#" for char in line] for line in picture.split()], dtype=bool)


def codes(picture, extra=None):
    legend = {**LEGEND, **(extra or {})}
    return np.array([[legend[char] for char in line] for line in picture.split()], dtype=np.uint8)


def run(pattern, **kwargs):
    kwargs.setdefault("intext", False)
    return mspa.mspa(pattern, **kwargs)


def blobs(seed, shape=(60, 80), sigma=2.0, share=0.5, margin=0):
    rng = np.random.default_rng(seed)
    field = ndimage.gaussian_filter(rng.random(shape), sigma)
    pattern = field > np.quantile(field, 1 - share)
    if margin:
        pattern[:margin] = pattern[-margin:] = False
        pattern[:, :margin] = pattern[:, -margin:] = False
    return pattern


EDGE_CODES = [3, 35, 67, 103, 135, 167]
PERFORATION_CODES = [5, 37, 69, 105, 137, 169]

SQUARE = """
...............
...............
...#########...
...#########...
...#########...
...#########...
...#########...
...#########...
...#########...
...............
...............
"""


def test_solid_square_is_core_inside_a_ring_of_edge():
    expected = codes("""
        ...............
        ...............
        ...EEEEEEEEE...
        ...ECCCCCCCE...
        ...ECCCCCCCE...
        ...ECCCCCCCE...
        ...ECCCCCCCE...
        ...ECCCCCCCE...
        ...EEEEEEEEE...
        ...............
        ...............
    """)
    np.testing.assert_array_equal(run(habitat(SQUARE)), expected)


def test_edge_width_two_turns_exactly_the_outer_ring_of_core_into_edge():
    one = run(habitat(SQUARE), edge_width=1)
    two = run(habitat(SQUARE), edge_width=2)
    # Core now needs more than 2.98 cells to the background: three cells deep.
    expected = codes("""
        ...............
        ...............
        ...EEEEEEEEE...
        ...EEEEEEEEE...
        ...EECCCCCEE...
        ...EECCCCCEE...
        ...EECCCCCEE...
        ...EEEEEEEEE...
        ...EEEEEEEEE...
        ...............
        ...............
    """)
    np.testing.assert_array_equal(two, expected)
    changed = set(zip(*np.nonzero(one != two)))
    ring = {(r, c) for r in range(3, 8) for c in range(4, 11) if r in (3, 7) or c in (4, 10)}
    assert changed == ring
    assert all(one[cell] == 17 and two[cell] == 3 for cell in ring)


def test_edge_width_is_a_euclidean_reach_not_a_square():
    pattern = np.zeros((21, 21), bool)
    pattern[1:20, 1:20] = True
    pattern[10, 10] = False  # one background cell in a large habitat block
    result = run(pattern, edge_width=3)  # reach 3 + 0.98 = 3.98 cells
    dy, dx = np.mgrid[-10:11, -10:11]
    within_reach = (dy**2 + dx**2 <= 15) & ((dy != 0) | (dx != 0))  # 15 < 3.98² < 16
    np.testing.assert_array_equal(result == 5, within_reach)  # all of it perforation
    assert result[13, 13] == 17  # 3 cells across and 3 down: 4.24 cells away, core (a 7 x 7 square would not be)
    assert result[10, 14] == 17  # 4 cells away
    assert result[12, 13] == 5  # sqrt(13) = 3.61 cells away
    # The block's corner cells are 4.24 cells from the nearest core (4, 4): beyond the reach,
    # so neither edge nor perforation; they thin away as branch.
    assert [result[1, 1], result[1, 19], result[19, 1], result[19, 19]] == [1, 1, 1, 1]


def test_core_is_the_same_for_both_connectivities():
    pattern = blobs(3)
    eight = run(pattern, connectivity=8, edge_width=2)
    four = run(pattern, connectivity=4, edge_width=2)
    np.testing.assert_array_equal(eight == 17, four == 17)


def test_square_with_a_hole_has_perforation_around_the_hole():
    pattern = habitat("""
        ...........
        .#########.
        .#########.
        .#########.
        .#########.
        .####.####.
        .#########.
        .#########.
        .#########.
        .#########.
        ...........
    """)
    expected = """
        ...........
        .EEEEEEEEE.
        .ECCCCCCCE.
        .ECCCCCCCE.
        .ECCPPPCCE.
        .ECCP.PCCE.
        .ECCPPPCCE.
        .ECCCCCCCE.
        .ECCCCCCCE.
        .EEEEEEEEE.
        ...........
    """
    np.testing.assert_array_equal(run(pattern), codes(expected))
    # Perforation lies inside the core's hole: internal by definition, and so is the hole.
    internal = codes(expected, {"P": 105})
    internal[5, 5] = 100
    np.testing.assert_array_equal(run(pattern, intext=True), internal)


BRIDGE = """
...............
...............
.#####...#####.
.#####...#####.
.#############.
.#####...#####.
.#####...#####.
...............
...............
"""


def test_one_cell_line_between_two_squares_is_bridge():
    # The line (4, 6..8) is 2 cells from either core: not edge. Thinning keeps it and the edge
    # cells (4, 5) and (4, 9) that tie it to the cores: bridge, the two edge cells as transition.
    expected = codes("""
        ...............
        ...............
        .EEEEE...EEEEE.
        .ECCCE...ECCCE.
        .ECCCbBBBbCCCE.
        .ECCCE...ECCCE.
        .EEEEE...EEEEE.
        ...............
        ...............
    """)
    np.testing.assert_array_equal(run(habitat(BRIDGE)), expected)


def test_transition_off_turns_exactly_the_transition_cells_into_edge():
    on = run(habitat(BRIDGE), transition=True)
    off = run(habitat(BRIDGE), transition=False)
    assert set(zip(*np.nonzero(on != off))) == {(4, 5), (4, 9)}
    assert off[4, 5] == off[4, 9] == 3


LOOP = """
.............
.............
.....###.....
....#...#....
..#####..#...
..#####..#...
..#######....
..#####......
..#####......
.............
.............
"""


def test_line_leaving_and_returning_to_a_square_is_loop():
    # The line leaves above edge cell (4, 4) and comes back at edge cell (6, 6); it only turns
    # by 45 degrees, so every line cell is needed to keep the enclosed background enclosed.
    expected = """
        .............
        .............
        .....LLL.....
        ....L...L....
        ..EElEE..L...
        ..ECCCE..L...
        ..ECCClLL....
        ..ECCCE......
        ..EEEEE......
        .............
        .............
    """
    np.testing.assert_array_equal(run(habitat(LOOP)), codes(expected))
    # The background the loop encloses is enclosed by habitat but not by core: border opening.
    opening = expected.replace("L...L", "LOOOL").replace("E..L", "EOOL")
    np.testing.assert_array_equal(run(habitat(LOOP), intext=True), codes(opening))


def test_right_angle_corner_of_a_one_cell_loop_thins_away_as_branch():
    pattern = habitat("""
        ...........
        ....####...
        ....#..#...
        ..#####.#..
        ..#####.#..
        ..######...
        ..#####....
        ..#####....
        ...........
    """)
    result = run(pattern)
    # (1, 4) and (1, 7) turn the line by 90 degrees; their two neighbours touch each other,
    # so the corner is a simple cell and the thinning cuts it: it is not part of the loop.
    assert result[1, 4] == result[1, 7] == 1
    assert result[1, 5] == result[1, 6] == 65
    assert result[3, 4] == 67


def test_dangling_line_is_branch():
    pattern = habitat("""
        ...............
        ...............
        .#####.........
        .#####.........
        .#########.....
        .#####.........
        .#####.........
        ...............
        ...............
    """)
    expected = codes("""
        ...............
        ...............
        .EEEEE.........
        .ECCCE.........
        .ECCCERRRR.....
        .ECCCE.........
        .EEEEE.........
        ...............
        ...............
    """)
    np.testing.assert_array_equal(run(pattern), expected)


def test_long_line_is_branch_when_dangling_and_bridge_between_two_cores():
    pattern = np.zeros((9, 300), bool)
    pattern[2:7, 1:6] = True
    pattern[4, 6:291] = True  # 285 cells: thinned away one cell per round from its free end
    assert (run(pattern)[4, 6:291] == 1).all()
    pattern[2:7, 291:296] = True
    result = run(pattern)
    assert (result[4, 6:291] == 33).all() and result[4, 5] == result[4, 291] == 35


def test_single_cell_and_blob_thinner_than_core_are_islets():
    pattern = habitat("""
        ...............
        ...............
        ..#.......###..
        ..........###..
        ..........###..
        ....#####......
        ....#####......
        ...............
        ...............
    """)
    expected = codes("""
        ...............
        ...............
        ..I.......EEE..
        ..........ECE..
        ..........EEE..
        ....IIIII......
        ....IIIII......
        ...............
        ...............
    """)
    np.testing.assert_array_equal(run(pattern), expected)


CORNERS = """
...........
.####......
.####......
.####......
.####......
.....####..
.....####..
.....####..
.....####..
...........
...........
"""


def test_diagonal_contact_is_a_bridge_with_8_connectivity_only():
    expected = """
        ...........
        .EEEE......
        .ECCE......
        .ECCE......
        .EEEb......
        .....bEEE..
        .....ECCE..
        .....ECCE..
        .....EEEE..
        ...........
        ...........
    """
    np.testing.assert_array_equal(run(habitat(CORNERS), connectivity=8), codes(expected))
    np.testing.assert_array_equal(run(habitat(CORNERS), connectivity=4), codes(expected.replace("b", "E")))


def test_cell_touching_a_square_diagonally_is_branch_with_8_and_islet_with_4():
    pattern = habitat("""
        ........
        .####...
        .####...
        .####...
        .####...
        .....#..
        ........
    """)
    # With 8-connectivity the cell belongs to the square but is 2.83 cells from its core.
    assert run(pattern, connectivity=8)[5, 5] == 1
    assert run(pattern, connectivity=4)[5, 5] == 9


def test_three_cell_corridor_is_bridge_over_its_whole_width_with_edge_width_two():
    pattern = np.zeros((13, 27), bool)
    pattern[2:11, 1:10] = True
    pattern[2:11, 17:26] = True
    pattern[5:8, 10:17] = True  # 3 cells wide: no core with edge width 2
    result = run(pattern, edge_width=2)
    # The skeleton runs along row 6; widened by 2 + 0.98 - sqrt(2) = 1.57 cells it covers rows 5-7.
    assert (result[5:8, 11:16] == 33).all()


NESTED = """
.................
.###############.
.###############.
.###############.
.###.........###.
.###.........###.
.###...###...###.
.###...###...###.
.###...###...###.
.###.........###.
.###.........###.
.###############.
.###############.
.###############.
.................
"""
NESTED_CLASSES = """
.................
.EEEEEEEEEEEEEEE.
.ECCCCCCCCCCCCCE.
.ECPPPPPPPPPPPCE.
.ECP.........PCE.
.ECP.........PCE.
.ECP...EEE...PCE.
.ECP...ECE...PCE.
.ECP...EEE...PCE.
.ECP.........PCE.
.ECP.........PCE.
.ECPPPPPPPPPPPCE.
.ECCCCCCCCCCCCCE.
.EEEEEEEEEEEEEEE.
.................
"""


def test_intext_adds_100_to_everything_inside_the_holes_of_the_core():
    external = codes(NESTED_CLASSES)
    np.testing.assert_array_equal(run(habitat(NESTED), intext=False), external)
    internal = external.copy()
    internal[3:12, 3:14] += 100  # inside the core ring: perforation, the inner patch, background
    np.testing.assert_array_equal(run(habitat(NESTED), intext=True), internal)
    assert set(np.unique(internal[3:12, 3:14])) == {100, 103, 105, 117}


def test_bridge_into_a_nested_core_crosses_perforation_and_edge():
    pattern = habitat(NESTED)
    pattern[7, 4:7] = True
    result = run(pattern, intext=True)
    # From the outer core at (7, 2): perforation cell (7, 3), the line, the inner edge (7, 7).
    assert result[7, 2:9].tolist() == [17, 137, 133, 133, 133, 135, 117]


def test_missing_cells_are_missing_and_habitat_beside_them_is_not_edge():
    pattern = habitat("""
        ...............
        ...............
        ..#####........
        ..#####........
        ..#####........
        ..#####........
        ..#####........
        ...............
        ...............
    """)
    valid = np.ones(pattern.shape, bool)
    valid[:, 7:10] = False
    expected = codes("""
        .......xxx.....
        .......xxx.....
        ..EEEEExxx.....
        ..ECCCCxxx.....
        ..ECCCCxxx.....
        ..ECCCCxxx.....
        ..EEEEExxx.....
        .......xxx.....
        .......xxx.....
    """)
    for intext in (False, True):
        np.testing.assert_array_equal(mspa.mspa(pattern, valid=valid, intext=intext), expected)
    # Habitat flagged where data is missing is missing.
    flagged = pattern.copy()
    flagged[:, 8] = True
    np.testing.assert_array_equal(mspa.mspa(flagged, valid=valid, intext=False), expected)


def test_habitat_cut_by_the_raster_border_continues_beyond_it():
    pattern = np.zeros((7, 9), bool)
    pattern[:3] = True
    # No edge along the top, left and right borders: the frame repeats the border cells. The
    # frame's corner blocks stay empty (as in GuidosToolbox), so the two corner cells are edge.
    expected = codes("""
        ECCCCCCCE
        CCCCCCCCC
        EEEEEEEEE
        .........
        .........
        .........
        .........
    """)
    np.testing.assert_array_equal(run(pattern), expected)


def test_all_habitat_and_no_habitat():
    np.testing.assert_array_equal(run(np.ones((4, 5), bool)), codes("ECCCE CCCCC CCCCC ECCCE"))
    assert not mspa.mspa(np.zeros((3, 4), bool)).any()
    assert (mspa.mspa(np.ones((2, 2), bool), valid=np.zeros((2, 2), bool)) == 129).all()


@pytest.mark.parametrize("connectivity", [8, 4])
@pytest.mark.parametrize("edge_width", [1, 2, 3])
def test_core_edge_and_perforation_match_gtb_hole_filling_loop(connectivity, edge_width):
    """Reference: the EDT core and GTB's level-by-level hole filling (``setedges``), written
    with scipy's distance transform and binary_fill_holes."""
    fg_structure = mspa.STRUCTURES[connectivity]
    bg_structure = mspa.STRUCTURES[12 - connectivity]
    reach = edge_width + 0.98
    for seed in range(3):
        pattern = blobs(seed, shape=(70, 90), sigma=1.5 + edge_width, margin=1)
        core = ndimage.distance_transform_edt(pattern) > reach
        assert core.any()
        outer = (ndimage.distance_transform_edt(~core) <= reach) & ~core
        remaining, edges = core.copy(), np.zeros_like(core)
        while remaining.any():
            filled = ndimage.binary_fill_holes(remaining, bg_structure)
            edges |= (ndimage.distance_transform_edt(~filled) <= reach) & ~filled
            holes = filled & ~remaining
            remaining &= ndimage.binary_fill_holes(holes, fg_structure)
        edges &= ~core
        result = run(pattern, connectivity=connectivity, edge_width=edge_width)
        np.testing.assert_array_equal(result == 17, core)
        np.testing.assert_array_equal(np.isin(result, EDGE_CODES), outer & edges)
        np.testing.assert_array_equal(np.isin(result, PERFORATION_CODES), outer & ~edges)
        labels, count = ndimage.label(pattern, fg_structure)
        without_core = ~np.isin(np.arange(count + 1), labels[core])
        np.testing.assert_array_equal(result == 9, pattern & without_core[labels])


@pytest.mark.parametrize("connectivity", [8, 4])
def test_every_habitat_cell_gets_one_habitat_class_and_every_code_is_known(connectivity):
    background = {0, 100, 220, 129}
    for seed in range(4):
        pattern = blobs(seed, share=0.35 + 0.1 * seed)
        valid = blobs(seed + 10, share=0.9)
        for transition in (True, False):
            for intext in (True, False):
                result = mspa.mspa(pattern, valid, connectivity, 1 + seed % 2, transition, intext)
                assert result.dtype == np.uint8 and result.shape == pattern.shape
                assert set(np.unique(result)) <= set(mspa.CLASS_CODES.values())
                on_habitat = ~np.isin(result, list(background))
                np.testing.assert_array_equal(on_habitat, pattern & valid)
                np.testing.assert_array_equal(result == 129, ~valid)
                if not intext:
                    assert (result[valid] < 100).all()
                if not transition:
                    assert not np.isin(result, [35, 37, 67, 69, 135, 137, 167, 169]).any()


def test_transition_switch_only_recodes_transition_cells():
    pattern = blobs(7, shape=(90, 120), sigma=1.2)
    on = mspa.mspa(pattern, transition=True)
    off = mspa.mspa(pattern, transition=False)
    recode = np.arange(256, dtype=np.uint8)
    for transition_code, plain in [(35, 3), (67, 3), (37, 5), (69, 5)]:
        recode[transition_code] = plain
        recode[transition_code + 100] = plain + 100
    assert np.isin(on, [35, 37, 67, 69, 135, 137, 167, 169]).any()
    np.testing.assert_array_equal(off, recode[on])


def test_result_is_deterministic_and_follows_a_transposed_map():
    pattern = blobs(11, shape=(80, 70), sigma=1.3, margin=2)
    first = mspa.mspa(pattern)
    np.testing.assert_array_equal(first, mspa.mspa(pattern.copy()))
    np.testing.assert_array_equal(mspa.mspa(np.ascontiguousarray(pattern.T)), first.T)


def _components(image, connectivity):
    foreground = ndimage.label(image, mspa.STRUCTURES[connectivity])[1]
    background = ndimage.label(np.pad(~image, 1, constant_values=True), mspa.STRUCTURES[12 - connectivity])[1]
    return foreground, background


@pytest.mark.parametrize("connectivity", [8, 4])
def test_simple_cell_table_matches_removing_the_cell(connectivity):
    table = mspa._simple_table(connectivity)
    rng = np.random.default_rng(connectivity)
    for _ in range(40):
        image = rng.random((9, 9)) < rng.uniform(0.3, 0.8)
        image[[0, -1]] = image[:, [0, -1]] = False
        before = _components(image, connectivity)
        for r, c in zip(*np.nonzero(image)):
            code = sum(int(image[r + dr, c + dc]) << k for k, (dr, dc) in enumerate(mspa._DIRECTIONS))
            without = image.copy()
            without[r, c] = False
            assert table[code] == (_components(without, connectivity) == before)


@pytest.mark.parametrize("connectivity", [8, 4])
def test_thinning_keeps_topology_and_anchors_and_is_final(connectivity):
    rng = np.random.default_rng(20 + connectivity)
    for _ in range(60):
        shape = tuple(rng.integers(6, 30, size=2))
        image = ndimage.gaussian_filter(rng.random(shape), rng.uniform(0.5, 2.0)) > 0.5
        labels, count = ndimage.label(image, mspa.STRUCTURES[connectivity])
        anchor = image & (rng.random(shape) < 0.03)
        for index in range(1, count + 1):  # every component needs an anchor
            cells = np.flatnonzero(labels == index)
            anchor.ravel()[cells[len(cells) // 2]] = True
        thin = mspa._thin(image.copy(), anchor, connectivity)
        assert _components(thin, connectivity) == _components(image, connectivity)
        assert not (anchor & ~thin).any() and not (thin & ~image).any()
        np.testing.assert_array_equal(mspa._thin(thin.copy(), anchor, connectivity), thin)


def test_thinning_reduces_blocks_to_their_anchor_in_both_connectivities():
    block = np.zeros((6, 7), bool)
    block[2:4, 2:5] = True  # 2 x 3 cells
    anchor = np.zeros_like(block)
    anchor[3, 2] = True
    for connectivity in (8, 4):
        np.testing.assert_array_equal(mspa._thin(block.copy(), anchor, connectivity), anchor)


def test_progress_is_reported_up_to_one_and_can_cancel():
    reported = []
    mspa.mspa(habitat(BRIDGE), progress=reported.append)
    assert reported[0] == 0.0 and reported[-1] == 1.0 and reported == sorted(reported)

    def cancel(fraction):
        if fraction > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        mspa.mspa(habitat(BRIDGE), progress=cancel)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"foreground": np.ones((3, 3))}, "True/False"),
        ({"foreground": np.ones(5, bool)}, "2-D"),
        ({"foreground": np.ones((0, 4), bool)}, "non-empty"),
        ({"valid": np.ones((2, 2), bool)}, "valid-data mask"),
        ({"valid": np.ones((3, 3), int)}, "valid-data mask"),
        ({"connectivity": 6}, "8 or 4"),
        ({"connectivity": True}, "8 or 4"),
        ({"edge_width": 0}, "at least 1"),
        ({"edge_width": 1.5}, "whole number"),
        ({"edge_width": 101}, "limit of 100"),
    ],
)
def test_bad_input_is_refused_with_a_message(arguments, message):
    kwargs = {"foreground": np.ones((3, 3), bool), **arguments}
    with pytest.raises(InputError, match=message):
        mspa.mspa(**kwargs)


def test_class_statistics_counts_cells_areas_and_shares():
    classes = np.array([[17, 17, 3, 0], [1, 33, 129, 9]], np.uint8)
    rows = mspa.class_statistics(classes, cell_area=2.0)
    assert rows == [
        ("core", 17, 2, 4.0, 2 / 6),
        ("islet", 9, 1, 2.0, 1 / 6),
        ("perforation", 5, 0, 0.0, 0.0),
        ("edge", 3, 1, 2.0, 1 / 6),
        ("loop", 65, 0, 0.0, 0.0),
        ("bridge", 33, 1, 2.0, 1 / 6),
        ("branch", 1, 1, 2.0, 1 / 6),
        ("background", 0, 1, 2.0, None),
        ("missing", 129, 1, 2.0, None),
    ]
    internal = mspa.class_statistics(np.array([[117, 105, 100, 220]], np.uint8), 1.0)
    assert ("internal_core", 117, 1, 1.0, 0.5) in internal
    assert ("core_opening", 100, 1, 1.0, None) in internal and ("border_opening", 220, 1, 1.0, None) in internal


def test_class_statistics_refuses_values_that_are_no_class():
    with pytest.raises(InputError, match="not MSPA classes"):
        mspa.class_statistics(np.array([[17, 2]], np.uint8), 1.0)


def test_codes_and_colours_follow_guidostoolbox():
    codes_by_name = mspa.CLASS_CODES
    basic = ("core", "islet", "perforation", "edge", "loop", "bridge", "branch")
    assert [codes_by_name[name] for name in basic] == [17, 9, 5, 3, 65, 33, 1]
    assert (codes_by_name["background"], codes_by_name["missing"]) == (0, 129)
    assert len(set(codes_by_name.values())) == len(codes_by_name) == 26
    assert set(mspa.CLASS_COLOURS) == set(codes_by_name.values())
    assert all(len(colour) == 7 and colour.startswith("#") for colour in mspa.CLASS_COLOURS.values())
    assert mspa.CLASS_COLOURS[35] == mspa.CLASS_COLOURS[33] == mspa.CLASS_COLOURS[133] == "#ff0000"
    assert mspa.CLASS_COLOURS[17] == "#00c800" and mspa.CLASS_COLOURS[1] == "#ff8c00"


@pytest.mark.skipif(not os.environ.get("MCR_MSPA_TIMING"), reason="timing run by hand: MCR_MSPA_TIMING=1")
def test_timing_on_a_4000_square_random_blob_map():
    size = int(os.environ.get("MCR_MSPA_SIZE", "4000"))
    pattern = blobs(0, shape=(size, size), sigma=4.0, share=0.45)
    start = time.perf_counter()
    result = mspa.mspa(pattern)
    elapsed = time.perf_counter() - start
    print(f"\nMSPA {size} x {size}: {elapsed:.1f} s")
    assert result.shape == pattern.shape
