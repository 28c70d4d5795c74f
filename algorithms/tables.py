# SPDX-License-Identifier: GPL-2.0-or-later
"""Class and range tables from CSV files, and the class-table presets of land-cover products.

A class table file has a header and the columns ``code,name,resistance`` (UTF-8, comma
separated, names with commas quoted); a preset file (resources/presets/*.csv) is a class table
with more columns: ``category``, ``habitat`` (1 = a default source class), ``vulnerable``
(``barrier`` or ``farmland``), ``name_zh``, ``note``. A range table file has the columns
``minimum,maximum,resistance`` (an empty bound = unbounded). Column names are matched without
regard to case, spaces, hyphens and underscores; other columns are ignored. No qgis, no osgeo.
"""

import csv
import io
import os
import re
from dataclasses import dataclass, field

from .kernels import InputError

PRESET_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "presets")
# Preset ids in the order the dialog lists them; "paper" is Li et al. (2020), Table 1.
PRESETS = ("paper", "clcd", "cnlucc", "worldcover", "globeland30", "nlcd", "nlcd_level1", "corine")


@dataclass
class ClassTable:
    """Rows of a class table: (code, name, resistance), with the preset columns where known."""

    rows: list  # [(code:int, name:str, resistance:float)]
    habitat: list = field(default_factory=list)  # codes
    barrier: list = field(default_factory=list)  # codes
    farmland: list = field(default_factory=list)  # codes
    names_zh: dict = field(default_factory=dict)  # code -> Chinese name
    source: str = ""

    def flat(self):
        """The rows as a flat list, the value of a matrix parameter."""
        return [item for row in self.rows for item in row]


def _read_csv(path, what):
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except OSError as error:
        raise InputError(f"The {what} file {path!r} could not be read ({error.strerror or error}).") from error
    except UnicodeDecodeError as error:
        raise InputError(f"The {what} file {path!r} is not UTF-8 text; save it as CSV UTF-8.") from error
    reader = csv.reader(io.StringIO(text))
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    if not rows:
        raise InputError(f"The {what} file {path!r} is empty; it needs a header and one row per class.")
    header = [re.sub(r"[\s_\-]+", "", cell).casefold() for cell in rows[0]]
    return header, rows[1:]


_EXAMPLE = {"class table": "code,name,resistance", "range table": "minimum,maximum,resistance"}


def _column(header, names, path, what):
    for name in names:
        if name in header:
            return header.index(name)
    raise InputError(
        f"The {what} file {path!r} has no column {names[0]!r} (its header: {', '.join(header)}); "
        f"the header must name the columns, e.g. {_EXAMPLE[what]}."
    )


def read_class_table(path):
    """A :class:`ClassTable` from a CSV file with at least ``code,name,resistance``.

    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "t.csv")
    >>> _ = open(path, "w", encoding="utf-8").write('code,name,resistance\\n1,"Forest, dense",1\\n')
    >>> read_class_table(path).rows
    [('1', 'Forest, dense', '1')]
    """
    header, body = _read_csv(path, "class table")
    code = _column(header, ("code", "classcode"), path, "class table")
    name = _column(header, ("name", "classname", "class", "label"), path, "class table")
    value = _column(header, ("resistance", "cost", "friction"), path, "class table")
    extra = {key: header.index(column) for key, column in (("habitat", "habitat"), ("vulnerable", "vulnerable"),
                                                           ("name_zh", "namezh")) if column in header}
    table = ClassTable([], source=path)
    for number, row in enumerate(body, start=2):
        if len(row) <= max(code, name, value):
            raise InputError(f"Line {number} of {path!r} has {len(row)} columns; it needs code, name and resistance.")
        table.rows.append((row[code].strip(), row[name].strip(), row[value].strip()))
        cell = {key: row[index].strip() if index < len(row) else "" for key, index in extra.items()}
        number_code = _integer(row[code])
        if number_code is None:
            continue  # parse_code_table names the bad row
        if cell.get("habitat", "").casefold() in ("1", "yes", "true"):
            table.habitat.append(number_code)
        if cell.get("vulnerable", "").casefold() == "barrier":
            table.barrier.append(number_code)
        elif cell.get("vulnerable", "").casefold() == "farmland":
            table.farmland.append(number_code)
        if cell.get("name_zh"):
            table.names_zh[number_code] = cell["name_zh"]
    return table


def _integer(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return int(value) if value.is_integer() else None


def read_range_table(path):
    """Rows (minimum, maximum, resistance) from a CSV file with those columns (empty = unbounded)."""
    header, body = _read_csv(path, "range table")
    low = _column(header, ("minimum", "min", "from"), path, "range table")
    high = _column(header, ("maximum", "max", "to"), path, "range table")
    value = _column(header, ("resistance", "cost", "friction"), path, "range table")
    rows = []
    for number, row in enumerate(body, start=2):
        if len(row) <= max(low, high, value):
            raise InputError(f"Line {number} of {path!r} has {len(row)} columns; it needs minimum, maximum and "
                             "resistance.")
        rows.append((row[low].strip(), row[high].strip(), row[value].strip()))
    return rows


def preset(preset_id):
    """The class table of a land-cover product (resources/presets/<id>.csv)."""
    if preset_id not in PRESETS:
        raise InputError(f"Unknown preset {preset_id!r}; choose one of {', '.join(PRESETS)}.")
    table = read_class_table(os.path.join(PRESET_DIR, f"{preset_id}.csv"))
    table.source = preset_id
    return table
