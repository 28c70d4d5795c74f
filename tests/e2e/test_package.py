# SPDX-License-Identifier: GPL-2.0-or-later
"""`make package` gives a zip that QGIS installs: one plugin folder, no tests, provider loads."""

import os
import subprocess
import zipfile

from ..conftest import PLUGIN_NAME, QGIS_PROCESS, REPO


def test_packaged_zip_installs_and_registers_the_provider(tmp_path):
    subprocess.run(["make", "-s", "package"], cwd=REPO, check=True, capture_output=True, timeout=300)
    version = next(
        line.split("=", 1)[1].strip()
        for line in (REPO / "metadata.txt").read_text().splitlines()
        if line.startswith("version=")
    )
    archive = REPO / "dist" / f"{PLUGIN_NAME}-{version}.zip"
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
