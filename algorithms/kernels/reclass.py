# SPDX-License-Identifier: GPL-2.0-or-later
"""Reclassification: class codes -> values through a table, and value ranges -> values.

The defaults are the tables of Li et al. (2020): land use (Table 1), slope (Table 2) and
elevation (Table 3).
"""

import math
import re

import numpy as np

from . import InputError

# Paper Table 1, keyed to the sample data's codes: code -> (class name, resistance).
LANDUSE_TABLE = (
    (1, "Vegetation", 1.0),
    (2, "Reclaimed vegetation", 2.0),
    (3, "Water body", 2.0),
    (4, "Orchard", 3.0),
    (5, "Farmland", 4.0),
    (6, "Road", 6.0),
    (7, "Building", 8.0),
    (8, "Sedimentation tank", 9.0),
    (9, "Tailings land", 10.0),
)
# Paper Table 2: slope in degrees (minimum, maximum, resistance); None = unbounded.
SLOPE_TABLE = ((0.0, 5.0, 1.0), (5.0, 15.0, 3.0), (15.0, 25.0, 5.0), (25.0, 35.0, 7.0), (35.0, None, 10.0))
# Paper Table 3: elevation in metres.
ELEVATION_TABLE = ((None, 300.0, 1.0), (300.0, 400.0, 3.0), (400.0, 600.0, 5.0), (600.0, 800.0, 8.0))

# Interval rules for range tables.
LOWER_CLASS = "lower"  # min < value <= max: a value on a break falls in the lower class
UPPER_CLASS = "upper"  # min <= value < max: a value on a break falls in the upper class

_LOOKUP_LIMIT = 1 << 16  # codes in [0, 65536) use a lookup array instead of a sort


def normalise_name(name):
    """Class names match without regard to case, spaces, hyphens, underscores, slashes and brackets
    ('Snow / Ice' = 'snow-ice' = 'Snow (ice)')."""
    return re.sub(r"[\s_\-/\\()\[\]{}]+", "", str(name)).casefold()


def class_counts(codes, valid):
    """{code: cell count} of the valid cells."""
    values = codes[valid]
    if values.size == 0:
        return {}
    if np.issubdtype(values.dtype, np.integer) and values.min() >= 0 and values.max() < _LOOKUP_LIMIT:
        counts = np.bincount(values.astype(np.int64).ravel())
        present = np.flatnonzero(counts)
        return {int(code): int(counts[code]) for code in present}
    unique, counts = np.unique(values, return_counts=True)
    return {_as_code(code): int(count) for code, count in zip(unique, counts)}


def _as_code(value):
    value = float(value)
    return int(value) if value.is_integer() else value


def reclassify_codes(codes, valid, table, unmapped="error", unmapped_value=None, names=None):
    """Map class codes to values.

    Parameters
    ----------
    codes : array of class codes; ``valid`` is False on NoData.
    table : {code: value}.
    unmapped : "error" (default), "nodata" or "value" for codes absent from ``table``.
    unmapped_value : the value given to unmapped codes when ``unmapped == "value"``.
    names : optional {code: label} used in messages (e.g. class names from polygons).

    Returns
    -------
    values (float32), valid (bool), unmapped_counts ({code: cells}).

    >>> import numpy as np
    >>> values, ok, missing = reclassify_codes(np.array([[1, 9]]), np.ones((1, 2), bool), {1: 1.0, 9: 10.0})
    >>> values.tolist()
    [[1.0, 10.0]]
    """
    if unmapped not in ("error", "nodata", "value"):
        raise ValueError(f"unknown unmapped rule {unmapped!r}")
    counts = class_counts(codes, valid)
    missing = {code: count for code, count in counts.items() if code not in table}
    if missing and unmapped == "error":
        listed = ", ".join(
            f"{_label(code, names)} ({count} cells)" for code, count in sorted(missing.items(), key=str)
        )
        raise InputError(
            f"{len(missing)} class(es) of the input are not in the class table: {listed}. "
            "Add them to the table, or choose to map unmapped classes to NoData or to a value."
        )
    if unmapped == "value" and (unmapped_value is None or not math.isfinite(unmapped_value)):
        raise InputError("Give the value for unmapped classes (a finite number).")

    result = np.zeros(codes.shape, dtype=np.float32)
    mapped = np.zeros(codes.shape, dtype=bool)
    lookup = {code: value for code, value in table.items() if code in counts}
    if missing and unmapped == "value":
        lookup.update({code: unmapped_value for code in missing})
    if counts and all(isinstance(code, int) and 0 <= code < _LOOKUP_LIMIT for code in counts):
        size = max(counts) + 1
        lut = np.zeros(size, dtype=np.float32)
        known = np.zeros(size, dtype=bool)
        for code, value in lookup.items():
            lut[code] = value
            known[code] = True
        index = np.where(valid, codes, 0).astype(np.intp)
        result = lut[index]
        mapped = valid & known[index]
    else:
        for code, value in lookup.items():
            hit = valid & (codes == code)
            result[hit] = value
            mapped |= hit
    return result, mapped, missing


def _label(code, names):
    if names and code in names:
        return f"{names[code]!r}"
    return f"code {code}"


FLOAT32_MAX = float(np.finfo(np.float32).max)


def check_resistance_value(value, where):
    """A resistance must be a finite number > 0 that a Float32 raster can hold."""
    if not math.isfinite(value) or value <= 0 or value > FLOAT32_MAX:
        raise InputError(
            f"{where}: resistance {value!r} must be a number > 0 and at most {FLOAT32_MAX:.4g} "
            "(impassable land is NoData, not 0 or a negative number)."
        )


def parse_code_table(rows, resistance=False):
    """Validate (code, name, value) rows; return {code: value} and {normalised name: code}.

    With ``resistance`` every value must be a valid resistance (see :func:`check_resistance_value`).
    """
    table, by_name = {}, {}
    for number, (code, name, value) in enumerate(rows, start=1):
        try:
            code_value = float(code)
            numeric = float(value)
        except (TypeError, ValueError) as error:
            raise InputError(
                f"Row {number} of the class table ({code!r}, {name!r}, {value!r}) needs a numeric "
                "class code and a numeric value."
            ) from error
        if not code_value.is_integer():
            raise InputError(f"Row {number} of the class table: class code {code!r} is not an integer.")
        code_int = int(code_value)
        if code_int in table:
            raise InputError(f"Class code {code_int} appears twice in the class table; keep one row.")
        if not math.isfinite(numeric):
            raise InputError(f"Row {number} of the class table: value {value!r} is not a finite number.")
        if resistance:
            check_resistance_value(numeric, f"Row {number} of the class table ({name or code_int})")
        table[code_int] = numeric
        if name not in (None, ""):
            key = normalise_name(name)
            if key in by_name and by_name[key] != code_int:
                raise InputError(f"Class name {name!r} appears twice in the class table.")
            by_name[key] = code_int
    if not table:
        raise InputError("The class table is empty; give at least one class code and its value.")
    return table, by_name


def parse_range_table(rows, what="range table", resistance=False):
    """Validate (minimum, maximum, value) rows; None or '' = unbounded. Sorted by minimum.

    With ``resistance`` every value must be a valid resistance (see :func:`check_resistance_value`).
    """
    parsed = []
    for number, (low, high, value) in enumerate(rows, start=1):
        try:
            low_value = -math.inf if low in (None, "") else float(low)
            high_value = math.inf if high in (None, "") else float(high)
            numeric = float(value)
        except (TypeError, ValueError) as error:
            raise InputError(
                f"Row {number} of the {what} ({low!r}, {high!r}, {value!r}) needs numbers "
                "(leave a minimum or maximum empty for 'unbounded')."
            ) from error
        if not low_value < high_value:
            raise InputError(
                f"Row {number} of the {what}: the minimum {low!r} must be below the maximum {high!r}."
            )
        if not math.isfinite(numeric):
            raise InputError(f"Row {number} of the {what}: value {value!r} is not a finite number.")
        if resistance:
            check_resistance_value(numeric, f"Row {number} of the {what}")
        parsed.append((low_value, high_value, numeric))
    if not parsed:
        raise InputError(f"The {what} is empty; give at least one (minimum, maximum, value) row.")
    parsed.sort()
    for (_, high, _), (low, _, _) in zip(parsed[:-1], parsed[1:]):
        if low < high:
            raise InputError(f"Ranges of the {what} overlap ({low} < {high}); make them disjoint.")
    return parsed


def reclassify_ranges(values, valid, ranges, boundaries=LOWER_CLASS, outside="error", what="value"):
    """Map continuous values to classes through (minimum, maximum, value) ranges.

    With ``boundaries=LOWER_CLASS`` a range holds ``min < v <= max`` and a value on a break
    falls in the lower class (QGIS "Reclassify by table" default, ArcGIS Reclassify); the
    table's lowest minimum is inclusive, so a slope of exactly 0° is flat. With
    ``UPPER_CLASS`` a range holds ``min <= v < max`` and the highest maximum is inclusive.
    Values in no range raise :class:`InputError` (``outside="error"``) or become NoData
    (``outside="nodata"``) — never a silent 0.

    Returns (classes float32, valid bool, outside_count).
    """
    if boundaries not in (LOWER_CLASS, UPPER_CLASS):
        raise ValueError(f"unknown boundary rule {boundaries!r}")
    ranges = parse_range_table(ranges, what=f"{what} table")
    result = np.zeros(values.shape, dtype=np.float32)
    assigned = np.zeros(values.shape, dtype=bool)
    lowest = min(low for low, _, _ in ranges)
    highest = max(high for _, high, _ in ranges)
    for low, high, value in ranges:
        if boundaries == LOWER_CLASS:
            lower_ok = values >= low if low == lowest else values > low
            hit = lower_ok & (values <= high)
        else:
            upper_ok = values <= high if high == highest else values < high
            hit = (values >= low) & upper_ok
        hit &= valid & ~assigned
        result[hit] = value
        assigned |= hit
    outside_mask = valid & ~assigned
    outside_count = int(np.count_nonzero(outside_mask))
    if outside_count and outside == "error":
        row, col = divmod(int(np.flatnonzero(outside_mask.ravel())[0]), values.shape[1])
        observed = values[outside_mask]
        raise outside_error(outside_count, float(observed.min()), float(observed.max()), row, col, what)
    return result, assigned, outside_count


def outside_error(count, lowest, highest, row, col, what):
    """The error for ``count`` values in no range of the table (observed from lowest to highest)."""
    return InputError(
        f"{count} cells have a {what} outside every range of the table "
        f"(from {lowest:g} to {highest:g}; first at row {row}, column {col}). "
        "Extend the table (leave the last maximum empty for 'and above'), or choose to set "
        "such cells to NoData."
    )


# Ways to take elevation breaks from the DEM itself (the table's resistances stay, in order).
BREAK_METHODS = ("quantiles", "equal", "jenks")
_JENKS_SAMPLE = 3000  # values the natural-breaks optimisation runs on (a spread-out sample)


def relative_breaks(values, classes, method="quantiles"):
    """``classes - 1`` inner breaks of ``values`` (1-D, finite) by one of BREAK_METHODS.

    * ``quantiles``: equal numbers of cells per class (the default: every class present whatever
      the relief);
    * ``equal``: equal elevation intervals between the minimum and the maximum;
    * ``jenks``: Fisher–Jenks natural breaks, the classes of least total within-class variance
      (exact dynamic programme on a sorted, evenly spread sample of the values).

    >>> relative_breaks(np.arange(100.0), 4, "equal").tolist()
    [24.75, 49.5, 74.25]
    """
    values = np.asarray(values, dtype=np.float64)
    if values.size == 0:
        raise InputError("There are no valid values to take breaks from.")
    if classes < 2:
        return np.empty(0)
    if method == "quantiles":
        return np.quantile(values, np.arange(1, classes) / classes)
    if method == "equal":
        low, high = float(values.min()), float(values.max())
        return low + (high - low) * np.arange(1, classes) / classes
    if method == "jenks":
        return _jenks(values, classes)
    raise ValueError(f"unknown break method {method!r}")


def _jenks(values, classes):
    """Fisher (1958) optimal partition of the sorted sample into ``classes`` groups."""
    ordered = np.sort(values)
    if ordered.size > _JENKS_SAMPLE:
        ordered = ordered[np.linspace(0, ordered.size - 1, _JENKS_SAMPLE).astype(np.int64)]
    n = ordered.size
    if n <= classes:
        return ordered[1:classes] if n > 1 else np.empty(0)
    prefix = np.concatenate([[0.0], np.cumsum(ordered)])
    prefix2 = np.concatenate([[0.0], np.cumsum(ordered * ordered)])

    def cost(start, stop):  # sum of squared deviations of ordered[start:stop], vectorised over arrays
        count = stop - start
        total = prefix[stop] - prefix[start]
        return (prefix2[stop] - prefix2[start]) - np.where(count > 0, total * total / np.maximum(count, 1), 0.0)

    ends = np.arange(n + 1)
    best = cost(np.zeros(n + 1, dtype=np.int64), ends)  # one class over ordered[:end]
    choice = np.zeros((classes, n + 1), dtype=np.int64)
    for k in range(1, classes):
        updated = np.full(n + 1, np.inf)
        for end in range(k + 1, n + 1):
            starts = np.arange(k, end)
            totals = best[starts] + cost(starts, np.full(starts.size, end))
            pick = int(np.argmin(totals))
            updated[end], choice[k, end] = totals[pick], starts[pick]
        best = updated
    cuts, end = [], n
    for k in range(classes - 1, 0, -1):
        start = int(choice[k, end])
        cuts.append(start)
        end = start
    cuts = sorted(cuts)
    # A break halfway between the last value of one class and the first of the next.
    return np.array([(ordered[c - 1] + ordered[c]) / 2.0 for c in cuts])
