# SPDX-License-Identifier: GPL-2.0-or-later
"""The hostile tier: a small landscape, and a runner that watches every folder a case touches.

Each case runs one algorithm (``processing.run``, in process) or ``qgis_process`` and asserts
its outcome class — a clear error whose message matches a pattern, or a documented result —
plus the guarantees that hold for every run: on an error no file appears (no output, no
temporary file), on success no temporary file is left, and no input file ever changes.
"""

import contextlib
import hashlib
import os
import re
import subprocess
import uuid
from dataclasses import dataclass, field

import numpy as np
import pytest

from mcr_security_pattern.algorithms import atomic, raster_io

from ..qgis.helpers import grid, wkt

ROWS, COLS, CELL = 60, 80, 30.0
X0, Y0 = 300000.0, 2770000.0


def md5(path):
    digest = hashlib.md5()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def snapshot(folders):
    """{path: md5} of every file under the folders."""
    found = {}
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                with contextlib.suppress(OSError):
                    found[path] = md5(path)
    return found


def temporary_files(folders):
    return sorted(path for folder in folders for root, _, names in os.walk(folder) for name in names
                  if atomic.is_temporary_name(name) for path in [os.path.join(root, name)])


def landuse_codes():
    """Two forest blocks (1) west and east, farmland (5) between, a road (6) and tailings (9) in the middle."""
    codes = np.full((ROWS, COLS), 5, np.int32)
    codes[5:35, 3:25] = 1
    codes[20:55, 52:77] = 1
    codes[:, 38] = 6
    codes[25:40, 30:37] = 9
    codes[50:58, 5:15] = 3
    codes[2:8, 60:70] = 2
    return codes


@pytest.fixture(scope="session")
def land(tmp_path_factory, qgis_app):
    """Input files of the hostile cases (never to be modified): {name: path}."""
    folder = tmp_path_factory.mktemp("hostile_inputs")
    g = grid(COLS, ROWS, cell=CELL, x0=X0, y0=Y0)
    paths = {}

    def write(name, array, data_type="Float32", nodata=-9999.0, raster_grid=g):
        path = str(folder / name)
        raster_io.write_raster(path, np.asarray(array), raster_grid, nodata, data_type)
        paths[os.path.splitext(name)[0]] = path
        return path

    codes = landuse_codes()
    write("landuse.tif", codes, "Int32", 0)
    yy, xx = np.mgrid[0:40, 0:54]
    dem = 320.0 + 6.0 * xx + 2.0 * yy + 30.0 * np.sin(xx / 5.0)
    write("dem.tif", dem, raster_grid=grid(54, 40, cell=45.0, x0=X0, y0=Y0))
    table = {1: 1, 2: 2, 3: 3, 5: 4, 6: 6, 9: 10}
    resistance = np.vectorize(table.get)(codes).astype(np.float32)
    write("resistance.tif", resistance)
    sources = np.zeros((ROWS, COLS), np.int32)
    sources[codes == 1] = np.where(np.arange(COLS) < 40, 1, 2)[None, :].repeat(ROWS, 0)[codes == 1]
    write("sources.tif", sources, "Int32", -1)
    write("half_dem.tif", dem[:, :27], raster_grid=grid(27, 40, cell=45.0, x0=X0, y0=Y0))
    write("far_dem.tif", dem, raster_grid=grid(54, 40, cell=45.0, x0=X0 + 500000.0, y0=Y0))
    write("far_resistance.tif", resistance, raster_grid=grid(COLS, ROWS, cell=CELL, x0=X0, y0=Y0 - 900000.0))
    half = resistance.copy()
    half[:, 40:] = -9999.0
    write("half_resistance.tif", half)
    write("geographic.tif", resistance, raster_grid=raster_io.Grid((116.0, 0.0003, 0.0, 25.0, 0.0, -0.0003),
                                                                   wkt(4326), COLS, ROWS))
    write("no_crs.tif", resistance, raster_grid=raster_io.Grid((X0, CELL, 0.0, Y0, 0.0, -CELL), "", COLS, ROWS))
    grown = codes.copy()
    grown[35:50, 3:30] = 1
    write("landuse_b.tif", grown, "Int32", 0)
    import processing

    for name, landuse in (("sources_a", paths["landuse"]), ("sources_b", paths["landuse_b"])):
        processing.run("mcr:selectsources", {"INPUT": landuse, "MIN_AREA": 0.1,
                                             "OUTPUT": str(folder / f"{name}.gpkg")})
        paths[name] = str(folder / f"{name}.gpkg")
    processing.run("mcr:corridors", {"RESISTANCE": paths["resistance"], "SOURCES_RASTER": paths["sources"],
                                     "CORRIDORS": str(folder / "corridors.gpkg"), "NODES": None, "RIDGES": None,
                                     "VULNERABLE": None})
    paths["corridors"] = str(folder / "corridors.gpkg")
    text = folder / "not_a_raster.tif"
    text.write_text("this is not a raster\n")
    paths["not_a_raster"] = str(text)
    paths["folder"] = str(folder)
    return paths


@dataclass
class Outcome:
    results: dict = None
    error: str = None
    log: list = field(default_factory=list)
    new_files: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    temporary: list = field(default_factory=list)

    def warnings(self):
        return [line[5:] for line in self.log if line.startswith("WARN ")]

    def text(self):
        return "\n".join(self.log + [self.error or ""])

    def failed(self, pattern):
        """A clear error matching ``pattern``; no file appeared, none changed, no traceback."""
        assert self.error is not None, f"expected an error matching {pattern!r}, got results {self.results}"
        # A model reports the failing step's message in its log, then "Error encountered while running …".
        assert re.search(pattern, self.text(), re.I | re.S), f"error {self.text()!r} does not match {pattern!r}"
        self.no_traceback()
        assert not self.new_files, f"files appeared on error: {self.new_files}"
        assert not self.changed, f"files changed on error: {self.changed}"
        return self

    def succeeded(self):
        assert self.error is None, f"unexpected error: {self.error}\n{self.text()}"
        self.no_traceback()
        assert not self.temporary, f"temporary files left: {self.temporary}"
        assert not self.changed, f"existing files changed: {self.changed}"
        return self

    def warned(self, pattern):
        assert any(re.search(pattern, w, re.I | re.S) for w in self.warnings()), \
            f"no warning matches {pattern!r}: {self.warnings()}"
        return self

    def no_traceback(self):
        text = self.text()
        assert "Traceback" not in text and "Internal error" not in text, text


def _feedback(cancel_at=None):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.log = []

        def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
            self.log.append("ERR " + error)

        def pushWarning(self, warning):  # noqa: N802 (QGIS API)
            self.log.append("WARN " + warning)

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            self.log.append("INFO " + info)

        def pushDebugInfo(self, info):  # noqa: N802 (QGIS API)
            self.log.append("DEBUG " + info)

    recorder = Recorder()
    if cancel_at is not None:
        recorder.progressChanged.connect(lambda value: value >= cancel_at and recorder.cancel())
        if cancel_at <= 0:
            recorder.cancel()
    return recorder


@pytest.fixture()
def hostile(land, tmp_path):
    """``hostile(algorithm_id, parameters, watch=(), cancel_at=None) -> Outcome``.

    Watches the test's own folder, the input folder and any extra folders; values of the form
    ``"{out}/name"`` and ``"{in}/name"`` are expanded to the test folder and the input files.
    """
    import processing

    def expand(value):
        if isinstance(value, str):
            return value.replace("{out}", str(tmp_path)).replace("{in}", land["folder"])
        if isinstance(value, (list, tuple)):
            return [expand(item) for item in value]
        return value

    def run(algorithm_id, parameters, watch=(), cancel_at=None):
        parameters = {key: expand(value) for key, value in parameters.items()}
        folders = [str(tmp_path), land["folder"], *watch]
        before = snapshot(folders)
        feedback = _feedback(cancel_at)
        outcome = Outcome()
        try:
            outcome.results = processing.run(algorithm_id, parameters, feedback=feedback)
        except Exception as error:  # noqa: BLE001 — the outcome records any failure
            outcome.error = str(error)
        after = snapshot(folders)
        outcome.log = feedback.log
        outcome.new_files = sorted(set(after) - set(before))
        # Removing a killed run's temporary files is the point, not a change.
        outcome.changed = sorted(path for path in before if (path not in after or after[path] != before[path])
                                 and not atomic.is_temporary_name(os.path.basename(path)))
        outcome.temporary = temporary_files(folders)
        if outcome.results is not None:
            # Outputs a case wrote on purpose are not "changed inputs" of that case.
            written = {str(v) for v in outcome.results.values() if isinstance(v, str)}
            stems = {os.path.splitext(w)[0] for w in written}
            outcome.changed = [p for p in outcome.changed if os.path.splitext(p)[0] not in stems
                               and not any(p.startswith(s + ".") for s in stems)]
        return outcome

    run.out = tmp_path
    return run


@contextlib.contextmanager
def mounted(folder, size_kb=None, read_only=False):
    """A tmpfs at ``folder`` (small or read-only); skips loudly where mounting is not allowed."""
    os.makedirs(folder, exist_ok=True)
    options = [f"size={size_kb or 4096}k"] + (["ro"] if read_only else [])
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), f"mcr{uuid.uuid4().hex[:6]}", folder],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"SKIPPED LOUDLY: cannot mount a tmpfs here ({done.stderr.strip()}); the disk-full and "
                    "read-only cases need root and mount(8)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", folder], capture_output=True)
