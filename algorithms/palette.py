# SPDX-License-Identifier: GPL-2.0-or-later
"""Colours and class names of the categorical raster styles (zones and back-direction).

No imports: resources/styles/build_styles.py loads this file by path to write the shipped QML,
and algorithms/styles.py uses it to give each output one class per value it can hold.
"""

import colorsys
import math

# Distinct colours for the first ids (ColorBrewer "Paired", dark tones first), then golden-angle hues.
QUALITATIVE = ("#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a", "#b15928",
               "#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99")
# Back-direction codes (kernels/cost.py OFFSETS): (row, col) offset of the neighbour the path comes from.
DIRECTIONS = {
    1: ("N", "north", (-1, 0)), 2: ("NE", "north-east", (-1, 1)), 3: ("E", "east", (0, 1)),
    4: ("SE", "south-east", (1, 1)), 5: ("S", "south", (1, 0)), 6: ("SW", "south-west", (1, -1)),
    7: ("W", "west", (0, -1)), 8: ("NW", "north-west", (-1, -1)),
    9: ("NNE", "north-north-east", (-2, 1)), 10: ("ENE", "east-north-east", (-1, 2)),
    11: ("ESE", "east-south-east", (1, 2)), 12: ("SSE", "south-south-east", (2, 1)),
    13: ("SSW", "south-south-west", (2, -1)), 14: ("WSW", "west-south-west", (1, -2)),
    15: ("WNW", "west-north-west", (-1, -2)), 16: ("NNW", "north-north-west", (-2, -1)),
}
SOURCE_CELL_COLOUR = "#252525"


def _hex(red, green, blue):
    return "#{:02x}{:02x}{:02x}".format(*(round(255 * c) for c in (red, green, blue)))


def zone_colour(value):
    """A colour for id or class ``value``: ids next to each other get clearly different colours."""
    value = int(value)
    if 1 <= value <= len(QUALITATIVE):
        return QUALITATIVE[value - 1]
    hue = (value * 0.618033988749895) % 1.0
    lightness = (0.45, 0.6, 0.72)[value % 3]
    return _hex(*colorsys.hls_to_rgb(hue, lightness, 0.65))


def direction_colour(code):
    """A colour wheel on the compass: the hue follows the direction the path comes from."""
    if code == 0:
        return SOURCE_CELL_COLOUR
    row, col = DIRECTIONS[code][2]
    bearing = math.degrees(math.atan2(col, -row)) % 360.0
    return _hex(*colorsys.hsv_to_rgb(bearing / 360.0, 0.75 if code <= 8 else 0.5, 0.92))


def direction_label(code):
    if code == 0:
        return "0 · source cell"
    short, name, _ = DIRECTIONS[code]
    return f"{code} · from {short} ({name})"


def direction_codes(neighbours):
    """The codes an MCR surface run with ``neighbours`` (4, 8 or 16) can write, source cells (0) included."""
    return list(range(0, 17 if neighbours == 16 else 9))
