# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:costsurface with TILE_SIZE > 0 (the exact tiled search) against the default in-memory run.

The tiled run must give the in-memory MCR surface bit for bit; allocation and back-direction may
differ only at exact ties, which both results then resolve validly (every cell's predecessor
reproduces its cost bit for bit with the same allocation), and not at all on a random float
resistance, which has no ties. Its outputs are styled and tied by one run id like the in-memory
ones, and nothing of its intermediate files survives a success, an error, a cancel or a kill.
"""

import errno
import os
import re
import subprocess
import sys
import time

import numpy as np
import pytest

from mcr_security_pattern.algorithms import atomic, raster_io
from mcr_security_pattern.algorithms.kernels import cost, tiled

from ..conftest import run_algorithm
from .helpers import box, grid, polygon_layer, read, write

X0, Y0, CELL = 300000.0, 2770000.0, 30.0
ROWS, COLS = 200, 240
KEYS = ("OUTPUT", "ALLOCATION", "BACK_DIRECTION")


@pytest.fixture()
def processing_error(qgis_app):
    from qgis.core import QgsProcessingException

    return QgsProcessingException


def recorder(cancel_at=None):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings = [], []

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            self.infos.append(info)

        def pushWarning(self, warning):  # noqa: N802 (QGIS API)
            self.warnings.append(warning)

    feedback = Recorder()
    if cancel_at is not None:
        feedback.progressChanged.connect(lambda value: value >= cancel_at and feedback.cancel())
    return feedback


def landscape(kind="classes", seed=4):
    """Resistance on ROWS x COLS cells with NoData walls (with gaps) and speckles, and sources.

    ``classes``: the integers 1–9 of a reclassified land use (many exact ties); ``float``: random
    floats (no ties). Sources 2, 5, 7, 11 and 12, one of them partly on NoData, one alone behind a wall."""
    rng = np.random.default_rng(seed)
    if kind == "classes":
        resistance = rng.integers(1, 10, (ROWS, COLS)).astype(np.float32)
    else:
        resistance = rng.uniform(0.5, 10.0, (ROWS, COLS)).astype(np.float32)
    valid = rng.random((ROWS, COLS)) > 0.05
    valid[:, 100:102] = False  # a river with two fords, across tile edges
    valid[30:36, 100:102] = valid[150:160, 100:102] = True
    valid[120, :180] = False  # a road of NoData with one gap
    valid[120, 60] = True
    valid[180:, 200] = valid[180, 200:] = False  # a pocket no source reaches
    sources = np.zeros((ROWS, COLS), np.int32)
    sources[10:14, 10:14] = 2
    sources[60:63, 150:156] = 5
    sources[140:150, 20:24] = 7
    sources[190:193, 110:112] = 11
    sources[99:103, 99:103] = 12  # partly on the river
    resistance[~valid] = -9999.0
    return resistance, valid, sources


def inputs(tmp_path, kind="classes"):
    resistance, valid, sources = landscape(kind)
    raster_grid = grid(COLS, ROWS, cell=CELL, x0=X0, y0=Y0)
    return {
        "resistance": resistance, "valid": valid, "sources": sources,
        "RESISTANCE": write(tmp_path / "resistance.tif", resistance, raster_grid),
        "SOURCES_RASTER": write(tmp_path / "sources.tif", sources, raster_grid, nodata=0, data_type="Int32"),
    }


def run(tmp_path, tag, parameters, tile_size=0, feedback=None, **options):
    import processing

    files = {key: str(tmp_path / f"{tag}_{key.lower()}.tif") for key in KEYS}
    result = processing.run("mcr:costsurface", {**parameters, "TILE_SIZE": tile_size, **files, **options},
                            feedback=feedback or recorder())
    return {key: read(result[key]) for key in KEYS}


def search_result(rasters):
    """The CostResult the three output rasters hold (inf / 0 / 0 where unreachable)."""
    surface, allocation, back = (rasters[key] for key in KEYS)
    return cost.CostResult(np.where(surface.valid, surface.array, np.inf).astype(np.float64),
                           np.where(allocation.valid, allocation.array, 0).astype(np.int32),
                           np.where(back.valid, back.array, 0).astype(np.uint8), 8)


def assert_valid_paths(rasters, resistance, valid):
    """Every reached cell's back-direction reproduces its cost bit for bit and its allocation."""
    result = search_result(rasters)
    assert not tiled.predecessor_mismatches(result, resistance, valid, (CELL, CELL)).any()
    failed, first, checked = cost.check_predecessors(result.distance, result.allocation, result.back_direction,
                                                     resistance, valid, (CELL, CELL))
    assert failed == 0 and checked > 0.9 * valid.sum(), (failed, first, checked)


def only_inputs_left(folder):
    """No output, no hidden temporary file or folder: only the inputs of the test."""
    return sorted(os.listdir(folder)) == ["resistance.tif", "sources.tif"]


# The result --------------------------------------------------------------------------------------

def test_the_tiled_surface_is_bit_identical_and_ties_are_resolved_validly(qgis_app, tmp_path):
    data = inputs(tmp_path)
    parameters = {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"], "FLOAT64": True}
    whole = run(tmp_path, "whole", parameters)
    feedback = recorder()
    tiles = run(tmp_path, "tiled", parameters, tile_size=64, feedback=feedback)
    assert tiles["OUTPUT"].array.dtype == np.float64
    assert tiles["OUTPUT"].array.tobytes() == whole["OUTPUT"].array.tobytes()  # bit for bit, NoData included
    for key in KEYS:
        assert tiles[key].nodata == whole[key].nodata
        np.testing.assert_array_equal(tiles[key].valid, whole[key].valid)
    # Integer classes tie often: where the two runs chose differently, both choices are valid paths.
    assert_valid_paths(whole, data["resistance"], data["valid"])
    assert_valid_paths(tiles, data["resistance"], data["valid"])
    differing = tiles["BACK_DIRECTION"].array != whole["BACK_DIRECTION"].array
    assert differing.mean() < 0.05
    # The log has the statistics of the rounds, and the warnings of the in-memory run.
    assert any(re.search(r"\d+ rounds, \d+ tile solves", info) for info in feedback.infos), feedback.infos
    assert any("cannot be reached from any source" in w for w in feedback.warnings), feedback.warnings
    assert any("lie on NoData" in w for w in feedback.warnings), feedback.warnings


@pytest.mark.parametrize("neighbours, tile_size", [(0, 50), (1, 64), (2, 37)])
def test_on_a_resistance_without_ties_all_three_outputs_are_identical(qgis_app, tmp_path, neighbours, tile_size):
    data = inputs(tmp_path, "float")
    parameters = {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"],
                  "NEIGHBOURS": neighbours}
    whole = run(tmp_path, "whole", parameters)
    tiles = run(tmp_path, "tiled", parameters, tile_size=tile_size)
    assert tiles["OUTPUT"].array.dtype == np.float32  # the default Float32 surface, rounded the same way
    for key in KEYS:
        assert tiles[key].array.tobytes() == whole[key].array.tobytes(), key


def test_max_cost_gives_the_same_cut_off(qgis_app, tmp_path):
    data = inputs(tmp_path, "float")
    parameters = {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"], "MAX_COST": 2500.0,
                  "FLOAT64": True}
    whole = run(tmp_path, "whole", parameters)
    tiles = run(tmp_path, "tiled", parameters, tile_size=48)
    assert 0 < whole["OUTPUT"].valid.sum() < data["valid"].sum()
    for key in KEYS:
        assert tiles[key].array.tobytes() == whole[key].array.tobytes(), key


@pytest.mark.parametrize("given", ["polygons", "points", "raster on another grid"])
def test_sources_given_otherwise_are_prepared_on_the_grid_the_same_way(qgis_app, tmp_path, given):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    data = inputs(tmp_path, "float")
    if given == "polygons":
        # Two blocks, one polygon smaller than a cell (it gets the cell of its point on surface), one outside.
        x, y = X0 + 170 * CELL + 3, Y0 - 40 * CELL - 3
        source = polygon_layer([(box(X0 + 300, Y0 - 900, X0 + 600, Y0 - 600), 4),
                                (box(X0 + 4000, Y0 - 5000, X0 + 4500, Y0 - 4400), 9),
                                (box(x, y - 4, x + 4, y), 6),
                                (box(X0 - 5000, Y0 + 5000, X0 - 4000, Y0 + 6000), 8)], "integer")
        parameters = {"SOURCES": source, "SOURCE_ID_FIELD": "cls"}
    elif given == "points":
        source = QgsVectorLayer("Point?crs=EPSG:32650", "points", "memory")
        features = []
        for col, row in ((5, 5), (200, 30), (60, 170)):
            feature = QgsFeature()
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + (col + 0.3) * CELL, Y0 - (row + 0.6) * CELL)))
            features.append(feature)
        source.dataProvider().addFeatures(features)
        parameters = {"SOURCES": source}
    else:  # sources on a grid of 12 m cells: resampled (nearest) onto the resistance grid
        fine = np.zeros((450, 560), np.int32)
        fine[20:60, 30:80], fine[300:330, 400:430] = 3, 8
        parameters = {"SOURCES_RASTER": write(tmp_path / "fine_sources.tif", fine,
                                              grid(560, 450, cell=12.0, x0=X0 + 5.0, y0=Y0 - 7.0),
                                              nodata=-1, data_type="Int32")}
    parameters["RESISTANCE"] = data["RESISTANCE"]
    whole = run(tmp_path, "whole", parameters)
    tiles = run(tmp_path, "tiled", parameters, tile_size=45)
    assert whole["OUTPUT"].valid.sum() > 1000
    for key in KEYS:
        assert tiles[key].array.tobytes() == whole[key].array.tobytes(), key
    if given == "polygons":
        assert set(np.unique(tiles["ALLOCATION"].array)) == {0, 4, 6, 9}


def test_outputs_are_styled_tagged_with_one_run_and_accepted_by_corridors(qgis_app, tmp_path):
    data = inputs(tmp_path, "float")
    files = {key: str(tmp_path / f"{key.lower()}.tif") for key in KEYS}
    result = run_algorithm("mcr:costsurface", {"RESISTANCE": data["RESISTANCE"],
                                               "SOURCES_RASTER": data["SOURCES_RASTER"], "TILE_SIZE": 64, **files})
    tags = [raster_io.read_metadata(result[key]) for key in KEYS]
    assert [tag["MCR_OUTPUT"] for tag in tags] == ["surface", "allocation", "back_direction"]
    assert len({tag["MCR_RUN_ID"] for tag in tags}) == 1 and all(tag["MCR_NEIGHBOURS"] == "8" for tag in tags)
    for key in KEYS:
        assert os.path.isfile(os.path.splitext(files[key])[0] + ".qml"), key
    surface = read(result["OUTPUT"])
    highest = float(surface.array[surface.valid].max())
    qml = open(os.path.splitext(files["OUTPUT"])[0] + ".qml", encoding="utf-8").read()
    assert f"{highest:.6g}"[:5] in qml  # the ramp is stretched to the highest MCR, found tile by tile
    reused = run_algorithm("mcr:corridors", {
        "RESISTANCE": data["RESISTANCE"], "MCR_SURFACE": result["OUTPUT"], "ALLOCATION": result["ALLOCATION"],
        "BACK_DIRECTION": result["BACK_DIRECTION"], "CORRIDORS": str(tmp_path / "corridors.gpkg"),
        "NODES": "memory:", "RIDGES": "memory:", "VULNERABLE": "memory:",
    })
    assert reused["CORRIDOR_COUNT"] >= 3
    assert sorted(name for name in os.listdir(tmp_path) if name.startswith(".")) == []


# Dask ---------------------------------------------------------------------------------------------

def test_dask_threads_give_the_same_surface(qgis_app, tmp_path):
    try:
        import dask  # noqa: F401
    except ImportError:
        pytest.skip("SKIPPED LOUDLY: Dask is not installed (Debian: python3-dask); DASK_SCHEDULER=threads untested")
    data = inputs(tmp_path, "float")
    parameters = {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"], "FLOAT64": True}
    whole = run(tmp_path, "whole", parameters)
    feedback = recorder()
    tiles = run(tmp_path, "tiled", parameters, tile_size=64, feedback=feedback, DASK_SCHEDULER="threads")
    for key in KEYS:
        assert tiles[key].array.tobytes() == whole[key].array.tobytes(), key
    assert any("(threads)" in info for info in feedback.infos), feedback.infos
    assert only_inputs_left_and(tmp_path, "whole", "tiled")


def only_inputs_left_and(folder, *tags):
    return all(name in ("resistance.tif", "sources.tif") or name.split("_")[0] in tags
               for name in os.listdir(folder))


def distributed_or_skip():
    try:
        import distributed
    except ImportError:
        pytest.skip("SKIPPED LOUDLY: dask.distributed is not installed (Debian: python3-distributed); the cluster "
                    "path is untested")
    return distributed


def test_a_dask_cluster_gives_the_same_surface(qgis_app, tmp_path):
    distributed = distributed_or_skip()
    data = inputs(tmp_path, "float")
    parameters = {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"], "FLOAT64": True}
    whole = run(tmp_path, "whole", parameters)
    # One worker process (it inherits this test's sys.path, so it imports the plugin), one thread.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        feedback = recorder()
        tiles = run(tmp_path, "tiled", parameters, tile_size=80, feedback=feedback,
                    DASK_SCHEDULER=cluster.scheduler_address)
    for key in KEYS:
        assert tiles[key].array.tobytes() == whole[key].array.tobytes(), key
    assert any("Connected to the Dask scheduler" in info for info in feedback.infos), feedback.infos
    assert only_inputs_left_and(tmp_path, "whole", "tiled")


def test_an_unreachable_scheduler_is_a_clear_error_and_writes_nothing(qgis_app, tmp_path, processing_error):
    data = inputs(tmp_path)
    started = time.monotonic()
    with pytest.raises(processing_error, match=r"Dask scheduler at tcp://127\.0\.0\.1:1 cannot be reached|needs "
                                               r"dask\.distributed"):
        run(tmp_path, "tiled", {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"]},
            tile_size=64, DASK_SCHEDULER="tcp://127.0.0.1:1")
    assert time.monotonic() - started < 15
    assert only_inputs_left(tmp_path)


def test_workers_without_the_plugin_are_a_clear_error(qgis_app, tmp_path, processing_error):
    distributed = distributed_or_skip()
    data = inputs(tmp_path)
    with distributed.LocalCluster(n_workers=0, processes=False, protocol="tcp", host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
        worker = subprocess.Popen(  # a worker whose Python cannot import the plugin
            [sys.executable, "-m", "distributed.cli.dask_worker", cluster.scheduler_address, "--nthreads", "1",
             "--no-nanny", "--no-dashboard"], cwd="/", env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with distributed.Client(cluster, set_as_default=False) as client:
                client.wait_for_workers(1, timeout=30)
            with pytest.raises(processing_error, match="cannot import this plugin's code"):
                run(tmp_path, "tiled", {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"]},
                    tile_size=64, DASK_SCHEDULER=cluster.scheduler_address)
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    assert only_inputs_left(tmp_path)


@pytest.mark.parametrize("scheduler, tile_size, message", [
    ("processes", 64, "would start copies of QGIS"),
    ("somewhere", 64, "is not understood"),
    ("threads", 0, "used only by the tiled search"),
])
def test_a_scheduler_qgis_cannot_use_is_refused_before_any_work(qgis_app, tmp_path, processing_error, scheduler,
                                                                tile_size, message):
    data = inputs(tmp_path)
    with pytest.raises(processing_error, match=message):
        run(tmp_path, "tiled", {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"]},
            tile_size=tile_size, DASK_SCHEDULER=scheduler)
    assert only_inputs_left(tmp_path)


def test_the_default_path_does_not_import_dask(qgis_app):
    code = ("import sys; sys.path.insert(0, sys.argv[1]); "
            "import mcr_security_pattern.algorithms.kernels.tiled, mcr_security_pattern.algorithms.raster_io; "
            "print('dask' in sys.modules)")
    plugins = os.environ["QGIS_PLUGINPATH"]
    done = subprocess.run([sys.executable, "-c", code, plugins], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# Memory, checks, faults ------------------------------------------------------------------------------

def test_memory_is_asked_for_a_tile_not_for_the_grid(qgis_app, tmp_path, processing_error, monkeypatch):
    data = inputs(tmp_path)
    parameters = {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"]}
    monkeypatch.setenv("MCR_MEMORY_LIMIT", str(1_000_000))  # 48 000 cells need 2.3 MB in memory
    with pytest.raises(processing_error, match="needs about"):
        run(tmp_path, "whole", parameters)
    tiles = run(tmp_path, "tiled", parameters, tile_size=64)  # a 68² window needs 0.5 MB
    assert tiles["OUTPUT"].valid.any()
    with pytest.raises(processing_error, match="A smaller tile size needs less"):
        run(tmp_path, "big", parameters, tile_size=200)


@pytest.mark.parametrize("change", ["zero", "nan with nodata"])
def test_a_bad_resistance_gives_the_in_memory_message(qgis_app, tmp_path, processing_error, change):
    resistance, _, sources = landscape("float")
    raster_grid = grid(COLS, ROWS, cell=CELL, x0=X0, y0=Y0)
    resistance[150, 170] = 0.0 if change == "zero" else np.nan
    resistance[190, 230] = -2.0 if change == "zero" else np.nan
    parameters = {"RESISTANCE": write(tmp_path / "resistance.tif", resistance, raster_grid),
                  "SOURCES_RASTER": write(tmp_path / "sources.tif", sources, raster_grid, nodata=0,
                                          data_type="Int32")}
    messages = []
    for tile_size in (0, 64):
        with pytest.raises(processing_error) as caught:
            run(tmp_path, "out", parameters, tile_size=tile_size)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert re.search(r"2 .*cells.*row 150, column 170", messages[1]), messages[1]
    assert only_inputs_left(tmp_path)


def test_nan_without_nodata_is_a_barrier_and_said(qgis_app, tmp_path):
    resistance, valid, sources = landscape("float")
    resistance[~valid] = np.nan
    raster_grid = grid(COLS, ROWS, cell=CELL, x0=X0, y0=Y0)
    parameters = {"RESISTANCE": write(tmp_path / "resistance.tif", resistance, raster_grid, nodata=None),
                  "SOURCES_RASTER": write(tmp_path / "sources.tif", sources, raster_grid, nodata=0,
                                          data_type="Int32")}
    logs = [recorder(), recorder()]
    results = [run(tmp_path, f"run{tile_size}", parameters, tile_size=tile_size, feedback=log)
               for tile_size, log in zip((0, 64), logs)]
    for key in KEYS:
        assert results[1][key].array.tobytes() == results[0][key].array.tobytes(), key
    said = [[w for w in log.warnings if "NaN cells" in w] for log in logs]
    assert said[0] == said[1] and said[1] and f"{int((~valid).sum())} NaN cells" in said[1][0]


def test_a_cancel_during_the_search_writes_nothing(qgis_app, tmp_path, processing_error):
    data = inputs(tmp_path)
    feedback = recorder(cancel_at=30)
    with pytest.raises(processing_error, match="Cancelled"):
        run(tmp_path, "tiled", {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"]},
            tile_size=40, feedback=feedback)
    assert only_inputs_left(tmp_path)


def test_an_error_while_writing_tiles_writes_nothing(qgis_app, tmp_path, processing_error, monkeypatch):
    data = inputs(tmp_path)
    write_tile = raster_io.TileFiles.__call__
    calls = []

    def failing(self, *arguments):
        calls.append(arguments[:4])
        if len(calls) == 6:
            raise OSError(errno.ENOSPC, "No space left on device", self.label)
        return write_tile(self, *arguments)

    monkeypatch.setattr(raster_io.TileFiles, "__call__", failing)
    with pytest.raises(processing_error, match="No space left on the disk"):
        run(tmp_path, "tiled", {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"]},
            tile_size=64)
    assert len(calls) == 6
    assert only_inputs_left(tmp_path)


def test_a_full_disk_gives_a_clear_error_and_leaves_no_file(qgis_app, tmp_path, processing_error):
    from ..hostile.conftest import mounted

    data = inputs(tmp_path, "float")
    folder = str(tmp_path / "full")
    with mounted(folder, size_kb=2048):
        free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
        with open(os.path.join(folder, "filler"), "wb") as handle:  # leave 96 KB: less than the tiles need
            handle.write(b"\0" * max(free - 96 * 1024, 0))
        files = {key: f"{folder}/{key.lower()}.tif" for key in KEYS}
        with pytest.raises(processing_error, match="(?i)no space left"):
            run_algorithm("mcr:costsurface", {"RESISTANCE": data["RESISTANCE"],
                                              "SOURCES_RASTER": data["SOURCES_RASTER"], "TILE_SIZE": 64, **files})
        assert sorted(os.listdir(folder)) == ["filler"]


def test_the_tiles_of_a_killed_run_are_removed_by_the_next_run(qgis_app, tmp_path):
    data = inputs(tmp_path)
    # As a run with process id 999999999 (long gone) left them beside its MCR surface.
    stale = tmp_path / f".tiled_output.tif.{atomic._HOST}-999999999-0badc0de.part-tiles"
    stale.mkdir()
    (stale / "distance_0_0_64_64.tif").write_bytes(b"half")
    run(tmp_path, "tiled", {"RESISTANCE": data["RESISTANCE"], "SOURCES_RASTER": data["SOURCES_RASTER"]},
        tile_size=64)
    assert not stale.exists()
    assert sorted(name for name in os.listdir(tmp_path) if name.startswith(".")) == []


def test_the_tiled_options_are_advanced_and_documented(qgis_app, provider):
    from mcr_security_pattern.algorithms import compat

    algorithm = provider.algorithm("costsurface")
    for name in ("TILE_SIZE", "DASK_SCHEDULER"):
        parameter = algorithm.parameterDefinition(name)
        assert parameter.flags() & compat.FLAG_ADVANCED, name
        assert parameter.help().strip(), name
    assert algorithm.parameterDefinition("TILE_SIZE").defaultValue() == 0
    assert "bit-identical" in algorithm.shortHelpString()


def test_readers_and_writer_travel_to_dask_workers_as_paths(tmp_path):
    import pickle

    data = inputs(tmp_path)
    reader = raster_io.GdalWindows(data["RESISTANCE"], "valid")
    reader(0, 5, 0, 5)  # opens this thread's dataset, which must not travel
    copy = pickle.loads(pickle.dumps(reader))
    np.testing.assert_array_equal(copy(30, 40, 95, 105), data["valid"][30:40, 95:105])
    ids = pickle.loads(pickle.dumps(raster_io.GdalWindows(data["SOURCES_RASTER"], "ids")))
    assert ids(0, ROWS, 0, COLS).dtype == np.int32 and (ids(0, ROWS, 0, COLS) == data["sources"]).all()
    folder = tmp_path / "tiles"
    folder.mkdir()
    writer = pickle.loads(pickle.dumps(raster_io.TileFiles(
        str(folder), grid(COLS, ROWS, cell=CELL), (("distance", "Float64", -9999.0), None, ("back", "Byte", 255)))))
    distance = np.array([[0.0, 1.5], [np.inf, 2.5]])
    writer(10, 12, 20, 22, distance, np.array([[3, 3], [0, 4]], np.int32), np.array([[0, 1], [0, 2]], np.uint8))
    assert sorted(os.listdir(folder)) == ["back_10_20_2_2.tif", "distance_10_20_2_2.tif"]
    assert writer.summary() == {(10, 20): (3, 2.5, 4)}
    mosaic = read(writer.mosaic("distance", str(folder / "d.vrt"), "Float64", -9999.0))
    assert mosaic.array.shape == (ROWS, COLS) and mosaic.valid.sum() == 3
    assert mosaic.array[10:12, 20:22].tolist() == [[0.0, 1.5], [-9999.0, 2.5]]
    assert read(writer.mosaic("back", str(folder / "b.vrt"), "Byte", 255)).array[11, 20] == 255
