# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS 4 / Qt6: QGIS's own migration checker finds nothing to change in the plugin.

``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` of the QGIS repository (copied verbatim into
tests/tools/pyqt5_to_pyqt6/) is what QGIS asks plugin authors to run before QGIS 4. It runs here
in a venv beside Debian's QGIS (``tokenize-rt``, ``astpretty`` from PyPI; ``make qt6-check`` makes
it, this test too) over every Python file the plugin ships and the scripts beside them. The
static rules of test_qt6_readiness.py stay: they also cover the QGIS enums QGIS 4 renames.
"""

import os
import shutil
import subprocess
import sys
import warnings

import pytest

from ..conftest import BUILD, REPO

# One venv per Python: the QGIS matrix runs this suite in chroots on the same checkout.
VENV = BUILD / f"qt6-check-venv-py{sys.version_info.major}{sys.version_info.minor}"
RUNNER = REPO / "tests" / "tools" / "pyqt5_to_pyqt6" / "run_checker.py"
NOT_CHECKED = {"tests", "benchmarks", ".build", ".git", "__pycache__", "dist", "demo-output"}
PACKAGES = ["tokenize-rt", "astpretty"]


def venv_python():
    """The venv's Python, made on first use; skips (loudly) when it cannot be made here."""
    python = VENV / "bin" / "python"
    ready = python.exists() and subprocess.run([str(python), "-c", "import tokenize_rt, astpretty, qgis.core"],
                                               capture_output=True).returncode == 0
    if not ready:
        steps = [[sys.executable, "-m", "venv", "--system-site-packages", "--clear", str(VENV)],
                 [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *PACKAGES]]
        for step in steps:
            completed = subprocess.run(step, capture_output=True, text=True, timeout=600)
            if completed.returncode != 0:
                message = (f"QGIS's pyqt5_to_pyqt6 checker NOT RUN: could not make {VENV} "
                           f"({' '.join(step[:4])}…): {completed.stderr.strip()[-400:]}")
                warnings.warn(message, stacklevel=2)
                pytest.skip(message)
    return str(python)


def shipped_copy(folder):
    for path in REPO.rglob("*.py"):
        relative = path.relative_to(REPO)
        if NOT_CHECKED & set(relative.parts):
            continue
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    return folder


def check(folder):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([venv_python(), str(RUNNER), str(folder)], capture_output=True, text=True, timeout=600,
                          env=env, cwd=str(folder))


def findings(completed):
    report = [line for line in completed.stdout.splitlines()
              if not line.startswith(("Processing ", "PyQt or QGIS classes not available"))]
    report += [line for line in completed.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
    return report


def test_the_checker_catches_qt5_code(tmp_path):
    (tmp_path / "old.py").write_text(
        "from PyQt5.QtCore import Qt\nfrom qgis.core import QgsProcessing\n"
        "x = Qt.AlignLeft\nt = QgsProcessing.TypeVectorPolygon\n\n\ndef run(dialog):\n    dialog.exec_()\n")
    completed = check(tmp_path)
    assert completed.returncode == 1, completed.stderr[-2000:]
    report = "\n".join(findings(completed))
    for fixed in ("+x = Qt.AlignmentFlag.AlignLeft", "+t = QgsProcessing.SourceType.TypeVectorPolygon",
                  "+    dialog.exec()", "+from qgis.PyQt.QtCore import Qt"):
        assert fixed in report, report


def test_qgis_migration_checker_finds_nothing_to_change(tmp_path):
    completed = check(shipped_copy(tmp_path / "plugin"))
    assert completed.returncode == 0 and not findings(completed), "\n".join(findings(completed)) or completed.stderr
    checked = [line for line in completed.stdout.splitlines() if line.startswith("Processing ")]
    assert len(checked) > 20, completed.stdout[-2000:]
