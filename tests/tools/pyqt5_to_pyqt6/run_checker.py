# SPDX-License-Identifier: GPL-2.0-or-later
"""Run QGIS's ``pyqt5_to_pyqt6.py`` (a verbatim copy beside this file) on a folder, report only.

The script reads the enum table ``enums.json`` from its own folder and checks each name it would
rewrite (``Qt.AlignLeft`` -> ``Qt.AlignmentFlag.AlignLeft``) by evaluating it against the Qt and
QGIS classes it imports from PyQt6 and a Qt6 QGIS. Neither is packaged for Debian yet, so this
runner copies the script into a temporary folder with an ``enums.json`` built from the installed
QGIS (build_enums.py) and gives it the classes of that QGIS (PyQt5 through ``qgis.PyQt``). Needs
``tokenize-rt`` and ``astpretty`` beside QGIS's Python: a venv made with --system-site-packages
(``make qt6-check`` makes it).

    .build/qt6-check-venv/bin/python tests/tools/pyqt5_to_pyqt6/run_checker.py FOLDER

Prints the script's output (a diff of every change it would make; warnings on stderr) and exits
with its status: 0 when the code needs no change.
"""

import importlib.util
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qgis.analysis
    import qgis.core
    import qgis.gui
    from qgis.PyQt import QtCore, QtGui, QtNetwork, QtWidgets, QtXml

    with tempfile.TemporaryDirectory() as folder:
        script = shutil.copy(os.path.join(HERE, "pyqt5_to_pyqt6.py"), folder)
        with open(os.path.join(folder, "enums.json"), "w", encoding="utf-8") as handle:
            json.dump(load(os.path.join(HERE, "build_enums.py"), "build_enums").build(), handle)
        checker = load(script, "pyqt5_to_pyqt6")
        for source in (QtCore, QtGui, QtWidgets, QtNetwork, QtXml, qgis.core, qgis.gui, qgis.analysis):
            for name, value in vars(source).items():
                if not name.startswith("_"):
                    checker.__dict__.setdefault(name, value)
        return checker.main(argv) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
