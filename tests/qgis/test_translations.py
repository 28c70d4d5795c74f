# SPDX-License-Identifier: GPL-2.0-or-later
"""The translation files are consistent: every string can be extracted, every translation is compiled.

``make translations`` (i18n/update_translations.py) refreshes the .ts files and compiles the .qm
that the plugin loads (plugin.py); the .qm is committed, as users have no lrelease.
"""

import ast
import glob
import re
import xml.etree.ElementTree as ElementTree

import pytest

from ..conftest import REPO

TS_FILES = sorted(glob.glob(str(REPO / "i18n" / "mcr_security_pattern_*.ts")))
PYTHON = sorted(p for p in (REPO / "algorithms").rglob("*.py")) + [REPO / "plugin.py"]


def test_no_tr_call_takes_an_f_string():
    """A tr() call on an f-string is looked up after formatting: no translation can match (format after tr)."""
    found = []
    for path in PYTHON:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[-1], ast.JoinedStr):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                    found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert found == []
    assert not re.search(r"\btr\(f[\"']", "\n".join(p.read_text(encoding="utf-8") for p in PYTHON))


def test_there_is_a_simplified_chinese_translation():
    assert [p.split("_", 3)[-1] for p in TS_FILES] == ["zh_CN.ts"] or any(p.endswith("_zh_CN.ts") for p in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.rsplit("/", 1)[-1])
def test_every_translation_is_in_the_compiled_file(qgis_app, ts):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(ts[:-3] + ".qm"), "compile with make translations"
    QCoreApplication.installTranslator(translator)  # looked up as the plugin looks them up (UTF-8 sources)
    finished = 0
    try:
        for context in ElementTree.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation.get("type") is None and translation.text:
                    finished += 1
                    assert QCoreApplication.translate(name, message.findtext("source")) == translation.text, (
                        f"{message.findtext('source')[:60]!r}: the .qm is older than the .ts; run make translations")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert finished > 0


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.rsplit("/", 1)[-1])
def test_translations_keep_the_placeholders(ts):
    """A translation must keep every {} of its source, or .format() fails or drops a number."""
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation.text and translation.get("type") != "vanished":
            source = message.findtext("source")
            assert re.findall(r"\{[^{}]*\}", source).__len__() == len(re.findall(r"\{[^{}]*\}", translation.text)), (
                source[:80], translation.text[:80])


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.rsplit("/", 1)[-1])
def test_no_string_is_left_unfinished(ts):
    unfinished = [message.findtext("source")[:70] for message in ElementTree.parse(ts).getroot().iter("message")
                  if message.find("translation").get("type") == "unfinished"]
    assert unfinished == [], f"{len(unfinished)} strings to translate (make translations, then Qt Linguist)"


def test_every_name_label_and_help_the_toolbox_shows_is_in_the_translation(provider):
    """What a new algorithm or parameter adds reaches the .ts: run make translations and translate it."""
    sources = set()
    for ts in TS_FILES:
        for message in ElementTree.parse(ts).getroot().iter("message"):
            if message.find("translation").get("type") != "vanished":
                sources.add(message.findtext("source"))
    from mcr_security_pattern.algorithms import help as help_texts

    missing = []
    for algorithm in provider.algorithms():
        if algorithm.__class__.__name__ == "ShippedModel":
            continue
        texts = [algorithm.DISPLAY_NAME, algorithm.GROUPS[algorithm.GROUP_ID], *algorithm.TAGS,
                 help_texts.load(algorithm.name())[0]]
        texts += [p.description() for p in algorithm.parameterDefinitions()]
        missing += [f"{algorithm.id()}: {text[:60]!r}" for text in texts if text and text not in sources]
    assert missing == []
