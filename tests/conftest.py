# SPDX-License-Identifier: GPL-2.0-or-later
"""Test harness: a hermetic headless QGIS and the plugin importable under its package name.

Tiers: ``tests/unit`` (kernels, no QGIS), ``tests/qgis`` (processing.run), ``tests/e2e``
(qgis_process). The environment mirrors the Makefile so that plain ``pytest`` works too.
"""

import json
import os
import pathlib
import subprocess
import sys

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
PLUGIN_NAME = "mcr_security_pattern"
BUILD = REPO / ".build"
SAMPLE = REPO / "resources" / "sample"
QGIS_PROCESS = os.environ.get("MCR_QGIS_PROCESS", "/usr/bin/qgis_process.bin")


def _prepare_environment():
    defaults = {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(BUILD / "runtime"),
        "QGIS_CUSTOM_CONFIG_PATH": str(BUILD / "profile"),
        "QGIS_PLUGINPATH": str(BUILD / "plugins"),
        "GDAL_PAM_ENABLED": "NO",
        "QT_HASH_SEED": "0",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)
    runtime = pathlib.Path(os.environ["XDG_RUNTIME_DIR"])
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    pathlib.Path(os.environ["QGIS_CUSTOM_CONFIG_PATH"]).mkdir(parents=True, exist_ok=True)
    plugins = pathlib.Path(os.environ["QGIS_PLUGINPATH"])
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / PLUGIN_NAME
    if not link.exists():
        link.symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(plugins))
    processing_path = "/usr/share/qgis/python/plugins"
    if processing_path not in sys.path:
        sys.path.append(processing_path)


_prepare_environment()


@pytest.fixture(scope="session")
def qgis_app():
    """A QgsApplication with Processing and the plugin's provider registered."""
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    plugin_package = __import__(PLUGIN_NAME)
    plugin = plugin_package.classFactory(None)
    plugin.initProcessing()
    yield app
    plugin.unload()


@pytest.fixture(scope="session")
def provider(qgis_app):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().providerById("mcr")


@pytest.fixture()
def context(qgis_app):
    from qgis.core import QgsProcessingContext, QgsProject

    processing_context = QgsProcessingContext()
    processing_context.setProject(QgsProject.instance())
    return processing_context


def run_algorithm(algorithm_id, parameters):
    """``processing.run`` with a fresh context; returns the results dictionary."""
    import processing
    from qgis.core import QgsProcessingFeedback

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


@pytest.fixture(scope="session")
def qgis_process():
    """Run ``qgis_process.bin`` with the plugin enabled; returns a runner."""
    env = dict(os.environ)
    subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", PLUGIN_NAME],
        env=env, capture_output=True, text=True, check=False, timeout=120,
    )

    def run(*arguments, check=True):
        completed = subprocess.run(
            [QGIS_PROCESS, *arguments], env=env, capture_output=True, text=True, timeout=900
        )
        if check and completed.returncode != 0:
            raise AssertionError(
                f"qgis_process {' '.join(arguments)} failed ({completed.returncode}):\n"
                f"{completed.stdout}\n{completed.stderr}"
            )
        return completed

    def run_json(algorithm_id, parameters):
        arguments = ["run", algorithm_id, "--json", "--"]
        for key, value in parameters.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            arguments += [f"{key}={item}" for item in values]
        completed = run(*arguments)
        start = completed.stdout.find("{")
        return json.loads(completed.stdout[start:])

    run.json = run_json
    return run
