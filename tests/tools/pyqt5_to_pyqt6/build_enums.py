# SPDX-License-Identifier: GPL-2.0-or-later
"""Write the ``enums.json`` that QGIS's ``pyqt5_to_pyqt6.py`` reads, from the QGIS on this machine.

QGIS generates its own ``enums.json`` from a Qt6 build of QGIS (``--update-enum-file``), which
Debian does not package yet and which is not stored beside the script here. This builds the same
table — (class, enum member) -> name of the enum the member belongs to, plus the members that
belong to several enums — by introspecting the Qt5 sip enums of Debian's PyQt5 and QGIS (3.22):
the names a plugin must scope (``Qt.AlignLeft`` -> ``Qt.AlignmentFlag.AlignLeft``) are the same.

    /usr/bin/python3 tests/tools/pyqt5_to_pyqt6/build_enums.py OUTPUT.json
"""

import enum
import inspect
import json
import sys
from collections import defaultdict


def is_enum_type(value):
    return inspect.isclass(value) and (type(value).__name__ == "enumtype" or issubclass(value, enum.Enum))


# PyQt6 has no QVariant.Type (QVariant.Int -> QMetaType.Type.Int): the script handles QVariant itself.
LEFT_OUT = {"QVariant"}


def class_enums(cls, table, ambiguous):
    """Record every enum member reachable as ``cls.Member`` (inherited ones included)."""
    if cls.__name__ in LEFT_OUT:
        return
    enum_types = {}
    for name in dir(cls):
        try:
            value = getattr(cls, name)
        except Exception:  # noqa: BLE001 (some sip attributes raise on access)
            continue
        if is_enum_type(value):
            enum_types[value] = name
    if not enum_types:
        return
    for name in dir(cls):
        try:
            value = getattr(cls, name)
        except Exception:  # noqa: BLE001
            continue
        enum_name = enum_types.get(type(value))
        if enum_name is None or name == enum_name:
            continue
        key = (cls.__name__, name)
        if key in ambiguous:
            ambiguous[key].add(enum_name)
        elif key in table and table[key] != enum_name:
            ambiguous[key] |= {table.pop(key), enum_name}
        else:
            table[key] = enum_name


def build():
    import qgis._3d
    import qgis.analysis
    import qgis.core
    import qgis.gui
    from PyQt5 import Qsci, QtCore, QtGui, QtNetwork, QtPrintSupport, QtSql, QtSvg, QtTest, QtWidgets, QtXml

    table, ambiguous = {}, defaultdict(set)
    modules = (QtCore, QtGui, QtWidgets, QtTest, QtSql, QtSvg, QtXml, QtNetwork, QtPrintSupport, Qsci,
               qgis.core, qgis.gui, qgis.analysis, qgis._3d)
    seen = set()
    for module in modules:
        for value in list(vars(module).values()):
            stack = [value]
            while stack:
                cls = stack.pop()
                if not inspect.isclass(cls) or cls in seen or is_enum_type(cls):
                    continue
                seen.add(cls)
                class_enums(cls, table, ambiguous)
                stack.extend(v for v in vars(cls).values() if inspect.isclass(v))
    return {"qt_enums": {":".join(key): value for key, value in sorted(table.items())},
            "ambiguous_enums": {":".join(key): sorted(value) for key, value in sorted(ambiguous.items())}}


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump(build(), handle, indent=0, sort_keys=True)
