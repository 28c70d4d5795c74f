# SPDX-License-Identifier: GPL-2.0-or-later
"""Under a Simplified Chinese QGIS (locale/userLocale = zh_CN) the plugin speaks Chinese.

QGIS starts with a throw-away profile whose QGIS3.ini chooses zh_CN, as QGIS's Options dialog
writes it: through qgis_process (``classFactory(None)`` then ``initProcessing``) and through
QGIS's Python, as the desktop loads the plugin. The algorithm list shows the provider and the
algorithm names in Chinese, the toolbox groups are Chinese, and a check before running answers in
Chinese. The rest of the suite runs in English.
"""

import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from ..conftest import PLUGIN_NAME, QGIS_PROCESS, SAMPLE

CHINESE_NAMES = {
    "mcr:costsurface": "最小累积阻力面",
    "mcr:selectsources": "生态源地",
    "mcr:corridors": "生态廊道",
    "mcr:radiationchannels": "辐射道",
    "mcr:securitypattern": "生态安全格局",
}


@pytest.fixture(scope="module")
def chinese(tmp_path_factory):
    """qgis_process and QGIS's Python in a profile whose user interface language is zh_CN."""
    config = tmp_path_factory.mktemp("zh_CN_profile")
    settings = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[locale]\nuserLocale=zh_CN\noverrideFlag=true\n\n[PythonPlugins]\n{PLUGIN_NAME}=true\n",
                        encoding="utf-8")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), LANG="C.UTF-8", LC_ALL="C.UTF-8")

    def qgis_process(*arguments):
        return subprocess.run([QGIS_PROCESS, *arguments], env=env, capture_output=True, text=True, timeout=300)

    def python(script):
        return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)

    return SimpleNamespace(qgis_process=qgis_process, python=python)


def test_the_algorithm_list_is_in_chinese(chinese):
    listing = chinese.qgis_process("list").stdout
    assert "最小累积阻力（MCR）生态安全格局" in listing  # the provider
    names = {line.split("\t")[1]: line.split("\t")[2] for line in listing.splitlines() if line.startswith("\tmcr:")}
    for algorithm_id, words in CHINESE_NAMES.items():
        assert words in names.get(algorithm_id, ""), (algorithm_id, names.get(algorithm_id))


def test_a_check_before_running_answers_in_chinese(chinese, tmp_path):
    completed = chinese.qgis_process("run", "mcr:costsurface", "--", f"RESISTANCE={SAMPLE / 'dem.tif'}",
                                     f"OUTPUT={tmp_path / 'mcr.tif'}")
    said = completed.stdout + completed.stderr
    assert completed.returncode != 0
    assert "生态源地" in said and "二者选其一" in said, said[-1500:]
    assert not (tmp_path / "mcr.tif").exists()


def test_toolbox_groups_and_names_are_in_chinese(chinese):
    completed = chinese.python(
        "import os, sys\n"
        "sys.path.insert(0, os.environ['QGIS_PLUGINPATH']); sys.path.append('/usr/share/qgis/python/plugins')\n"
        "from qgis.core import QgsApplication\n"
        "from qgis.PyQt.QtCore import QCoreApplication\n"
        "QCoreApplication.setOrganizationName('QGIS'); QCoreApplication.setApplicationName('QGIS3')  # as QGIS does\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        f"plugin = __import__('{PLUGIN_NAME}').classFactory(None); plugin.initProcessing()\n"
        "registry = QgsApplication.processingRegistry()\n"
        "for name in ('mcr:selectsources', 'mcr:costsurface', 'mcr:securitypattern'):\n"
        "    algorithm = registry.algorithmById(name)\n"
        "    print(name, algorithm.group(), algorithm.displayName(), sep='|')\n"
        "plugin.unload(); app.exitQgis()\n")
    assert completed.returncode == 0, completed.stderr[-2000:]
    rows = {line.split("|")[0]: line.split("|")[1:] for line in completed.stdout.splitlines() if "|" in line}
    assert rows["mcr:selectsources"] == ["2 · 生态源地", "识别生态源地"]
    assert rows["mcr:costsurface"][0] == "3 · 最小累积阻力面"
    assert rows["mcr:securitypattern"] == ["完整流程", "生态安全格局（完整流程）"]


def test_english_when_the_profile_chooses_no_language(qgis_process):
    """The suite's own profile sets no language: names stay English (the source text)."""
    listing = qgis_process("list").stdout
    assert "MCR ecological security pattern" in listing and "最小累积阻力" not in listing
