# SPDX-License-Identifier: GPL-2.0-or-later
"""`make package` gives a zip that QGIS installs and plugins.qgis.org accepts: one plugin folder, no
tests, no development scripts, metadata that passes the repository's checks, provider loads."""

import configparser
import io
import os
import re
import subprocess
import zipfile
from urllib.parse import urlparse

import pytest

from ..conftest import PLUGIN_NAME, QGIS_PROCESS, REPO

# plugins.qgis.org (QGIS-Django, qgis-app/plugins/validator.py): required metadata, size limit.
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
                     "repository")
MAX_UPLOAD_BYTES = 25_000_000
DEV_ONLY = re.compile(r"(^|/)build_\w*\.py$|/(generate_sample|demo|render_pattern)\.py$|\.(png|ts)$|/docs/|"
                      r"/tests/|/benchmarks/|/\.ci/|/update_translations\.py$")


@pytest.fixture(scope="module")
def archive():
    subprocess.run(["make", "-s", "package"], cwd=REPO, check=True, capture_output=True, timeout=300)
    version = next(
        line.split("=", 1)[1].strip()
        for line in (REPO / "metadata.txt").read_text().splitlines()
        if line.startswith("version=")
    )
    return REPO / "dist" / f"{PLUGIN_NAME}-{version}.zip"


def test_packaged_zip_installs_and_registers_the_provider(archive, tmp_path):
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
        assert all(name.startswith(f"{PLUGIN_NAME}/") for name in names)
        assert f"{PLUGIN_NAME}/metadata.txt" in names
        assert not any("/tests/" in name or "/benchmarks/" in name or "/.ci/" in name for name in names)
        package.extractall(tmp_path / "plugins")
    env = dict(os.environ, QGIS_PLUGINPATH=str(tmp_path / "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", PLUGIN_NAME], env=env, capture_output=True, timeout=120)
    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert "mcr:landuseresistance" in listing.stdout


def test_package_holds_no_development_files(archive):
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
    assert [name for name in names if DEV_ONLY.search(name)] == []
    assert any(name.endswith(".qm") for name in names), "the compiled translations are missing"
    assert f"{PLUGIN_NAME}/resources/sample/landuse_2018.tif" in names  # the sample data stays: the README uses it


def test_package_passes_the_plugin_repository_checks(archive):
    """What plugins.qgis.org checks on upload, offline (the URLs are parsed, not fetched)."""
    assert archive.stat().st_size <= MAX_UPLOAD_BYTES
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
        assert package.testzip() is None
        metadata_text = package.read(f"{PLUGIN_NAME}/metadata.txt").decode("utf-8")
        icon_names = set(names)
    for name in names:
        assert ".." not in name and not name.startswith("/"), name
        assert ".pyc" not in name, name
        assert not {"__MACOSX", ".git", "__pycache__"} & set(name.split("/")), name
    assert {name.split("/")[0] for name in names} == {PLUGIN_NAME}
    assert re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", PLUGIN_NAME)
    assert f"{PLUGIN_NAME}/__init__.py" in names and f"{PLUGIN_NAME}/LICENSE" in names
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read_file(io.StringIO(metadata_text))
    metadata = dict(parser.items("general"))
    assert [field for field in REQUIRED_METADATA if not metadata.get(field, "").strip()] == []
    assert re.match(r"^[^/]+$", metadata["author"])
    assert f"{PLUGIN_NAME}/{metadata['icon'].removeprefix('./')}" in icon_names
    for key, forbidden in (("tracker", "http://bugs"), ("repository", "http://repo"), ("homepage", "http://homepage")):
        url = metadata.get(key)
        if url is not None:
            parsed = urlparse(url)
            assert url != forbidden and parsed.scheme and parsed.netloc, (key, url)
    for flag in ("experimental", "deprecated", "server"):
        if flag in metadata:
            assert metadata[flag].lower() in ("true", "false", "1", "0"), (flag, metadata[flag])
    assert metadata["hasProcessingProvider"] == "yes"
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["qgisMaximumVersion"] == "4.99"  # QGIS 4 and plugins.qgis.org read this, not supportsQt6
    assert tuple(map(int, metadata["version"].split("."))) >= (0, 1, 0)
