# SPDX-License-Identifier: GPL-2.0-or-later
"""Hostile destinations for every algorithm: inputs as outputs, one path twice, folders, formats,
read-only and full disks, stale temporary files, reruns, permissions, cancel."""

import os
import stat

import numpy as np
import pytest

from mcr_security_pattern.algorithms import raster_io
from mcr_security_pattern.algorithms.corridors import CORRIDOR_FIELDS

from .cases import ALGORITHMS, BASE, OUTPUTS, RASTER_OUTPUTS, SOURCES_A, base, output_paths
from .conftest import md5, mounted

VECTOR_KEYS = {alg: [k for k, v in BASE[alg].items() if isinstance(v, str) and v.endswith((".gpkg", ".csv"))]
               for alg in ALGORITHMS}


def with_input_as_output(algorithm):
    key, _, target = OUTPUTS[algorithm]
    changes = {key: target}
    if algorithm == "corridors":  # the sources as polygons, then the corridors onto them
        changes.update(SOURCES=SOURCES_A, SOURCES_RASTER=None)
    return {k: v for k, v in base(algorithm, **changes).items() if v is not None}


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_an_output_never_overwrites_an_input(hostile, algorithm):
    hostile(f"mcr:{algorithm}", with_input_as_output(algorithm)).failed("would overwrite the input")


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if OUTPUTS[a][1]])
def test_two_outputs_on_one_path_are_refused(hostile, algorithm):
    first, second, _ = OUTPUTS[algorithm]
    parameters = base(algorithm)
    path = parameters[first]
    parameters[second] = path
    outcome = hostile(f"mcr:{algorithm}", parameters)
    # Different kinds on one path: one of the two formats refuses the extension first.
    outcome.failed("both written to|cannot be written as")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_an_output_that_is_a_folder_is_refused(hostile, algorithm):
    first = OUTPUTS[algorithm][0]
    hostile(f"mcr:{algorithm}", base(algorithm, **{first: "{out}"})).failed("is a folder")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_missing_output_folder_is_refused(hostile, algorithm):
    first = OUTPUTS[algorithm][0]
    extension = os.path.splitext(BASE[algorithm][first])[1]
    hostile(f"mcr:{algorithm}", base(algorithm, **{first: "{out}/missing/out" + extension})).failed(
        "does not exist")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("extension", ["", ".xyz"])
def test_an_unknown_format_is_refused(hostile, algorithm, extension):
    first = OUTPUTS[algorithm][0]
    hostile(f"mcr:{algorithm}", base(algorithm, **{first: "{out}/out" + extension})).failed(
        "no file extension|cannot be written as")


@pytest.mark.parametrize("algorithm,key", sorted(RASTER_OUTPUTS)[:5])
def test_a_vrt_raster_output_is_refused(hostile, algorithm, key):
    hostile(f"mcr:{algorithm}", base(algorithm, **{key: "{out}/out.vrt"})).failed("VRT")


@pytest.mark.parametrize("extension,driver", [(".img", "HFA"), (".asc", "AAIGrid"), (".sdat", "SAGA"),
                                              (".nc", "netCDF"), (".tiff", "GTiff")])
def test_a_raster_is_written_in_the_format_its_extension_names(hostile, extension, driver):
    from osgeo import gdal

    reference = hostile("mcr:costsurface", base("costsurface")).succeeded()
    surface = raster_io.read_raster(reference.results["OUTPUT"])
    parameters = base("costsurface", OUTPUT="{out}/other" + extension, ALLOCATION="{out}/other_alloc" + extension,
                      BACK_DIRECTION="{out}/other_back" + extension)
    outcome = hostile("mcr:costsurface", parameters).succeeded()
    for key in ("OUTPUT", "ALLOCATION", "BACK_DIRECTION"):
        dataset = gdal.Open(outcome.results[key])
        assert dataset.GetDriver().ShortName == driver
        dataset = None
    written = raster_io.read_raster(outcome.results["OUTPUT"])
    np.testing.assert_allclose(written.array[surface.valid], surface.array[surface.valid], rtol=1e-6)
    assert (written.valid == surface.valid).all()


@pytest.mark.parametrize("extension", [".shp", ".geojson", ".fgb", ".sqlite"])
def test_a_vector_is_written_in_the_format_its_extension_names_with_every_attribute(hostile, extension):
    from qgis.core import QgsVectorLayer

    outcome = hostile("mcr:corridors", base("corridors", CORRIDORS="{out}/lines" + extension)).succeeded()
    layer = QgsVectorLayer(outcome.results["CORRIDORS"], "c", "ogr")
    assert layer.isValid() and layer.featureCount() == outcome.results["CORRIDOR_COUNT"] > 0
    names = [f.name() for f in layer.fields() if f.name() not in ("fid", "ogc_fid")]
    assert len(names) == len(CORRIDOR_FIELDS), names  # shortened in a shapefile, but all there
    if extension == ".shp":
        outcome.warned("10 characters")


def test_a_table_without_geometry_cannot_be_a_shapefile(hostile):
    hostile("mcr:comparepatterns", base("comparepatterns", OUTPUT="{out}/table.shp")).failed(
        "without geometry")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_read_only_folder_is_refused_before_any_work(hostile, algorithm, tmp_path):
    folder = str(tmp_path / "readonly")
    with mounted(folder, read_only=True):
        first = OUTPUTS[algorithm][0]
        extension = os.path.splitext(BASE[algorithm][first])[1]
        hostile(f"mcr:{algorithm}", base(algorithm, **{first: f"{folder}/out{extension}"}),
                watch=[folder]).failed("not writable")


def fill(folder, leave_bytes):
    """Fill a tmpfs until about ``leave_bytes`` are free."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(os.path.join(folder, "filler"), "wb") as handle:
        handle.write(b"\0" * max(free - leave_bytes, 0))


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_full_disk_gives_a_clear_error_and_no_file(hostile, algorithm, tmp_path):
    folder = str(tmp_path / "full")
    with mounted(folder, size_kb=2048):
        fill(folder, 1024)
        parameters = base(algorithm)
        for key in list(parameters):
            value = parameters[key]
            if isinstance(value, str) and value.startswith("{out}/"):
                parameters[key] = value.replace("{out}", folder)
        outcome = hostile(f"mcr:{algorithm}", parameters, watch=[folder])
        outcome.failed("no space left")
        assert sorted(os.listdir(folder)) == ["filler"]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_cancelled_run_writes_nothing_and_keeps_earlier_outputs(hostile, algorithm):
    first = hostile(f"mcr:{algorithm}", base(algorithm)).succeeded()
    kept = {path: md5(path) for path in first.results.values() if isinstance(path, str) and os.path.isfile(path)}
    hostile(f"mcr:{algorithm}", base(algorithm), cancel_at=50).failed("cancel")
    assert {path: md5(path) for path in kept} == kept


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_stale_temporary_files_of_a_killed_run_are_removed_by_the_next_run(hostile, algorithm):
    parameters = base(algorithm)
    stale = []
    for path in output_paths(parameters):
        real = path.replace("{out}", str(hostile.out))
        name = os.path.basename(real)
        # As a run with process id 999999999 (long gone) left them: the main file and a companion.
        for suffix in (os.path.splitext(name)[1], ".prj"):
            leftover = os.path.join(os.path.dirname(real), f".{name}.{host()}-999999999-0badc0de.part{suffix}")
            with open(leftover, "w") as handle:
                handle.write("half")
            stale.append(leftover)
    hostile(f"mcr:{algorithm}", parameters).succeeded()
    assert not [path for path in stale if os.path.exists(path)]


def host():
    from mcr_security_pattern.algorithms import atomic

    return atomic._HOST


@pytest.mark.parametrize("algorithm", ["landuseresistance", "costsurface", "terrainresistance", "weightedoverlay",
                                       "selectsources"])
def test_a_rerun_replaces_the_raster_and_drops_its_stale_statistics(hostile, algorithm):
    first = hostile(f"mcr:{algorithm}", base(algorithm)).succeeded()
    key = OUTPUTS[algorithm][0]
    path = first.results[key]
    for suffix in (".aux.xml", ".ovr"):
        with open(path + suffix, "w") as handle:
            handle.write("<PAMDataset>old statistics</PAMDataset>")
    hostile(f"mcr:{algorithm}", base(algorithm)).succeeded()
    assert not os.path.exists(path + ".aux.xml") and not os.path.exists(path + ".ovr")
    assert raster_io.read_raster(path).valid.any()


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_outputs_honour_the_umask(hostile, algorithm):
    previous = os.umask(0o027)
    try:
        outcome = hostile(f"mcr:{algorithm}", base(algorithm)).succeeded()
    finally:
        os.umask(previous)
    for value in outcome.results.values():
        if isinstance(value, str) and os.path.isfile(value):
            assert stat.S_IMODE(os.stat(value).st_mode) == 0o640, value
