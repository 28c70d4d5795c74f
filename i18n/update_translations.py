# SPDX-License-Identifier: GPL-2.0-or-later
"""Refresh the translation sources ``i18n/*.ts`` and compile them to ``.qm`` (``make translations``).

Every user-visible string goes through ``tr()`` in one context, ``McrAlgorithm``, but many are not
literals a source scanner can read (labels from tuples, the help files, class names), and
``pylupdate5`` would file ``self.tr(...)`` under each class's own name. So the strings are
collected two ways:

- at run time: QGIS starts with a translator that records every string the plugin asks it for
  while each algorithm and model is created and asked for its names, groups, tags, help (block by
  block, from resources/help/*.ini), parameter labels, options and help;
- from the source: every ``tr("…")``, ``QCoreApplication.translate("…", "…")`` and
  ``QT_TRANSLATE_NOOP("…", "…")`` with literal text in the plugin's Python files (the messages of
  runs and checks), and the class names of the styles (algorithms/palette.py).

Existing translations are kept; strings that are gone stay in the file as ``vanished`` (Qt
Linguist shows them; lrelease leaves them out). A tr() call whose text is an f-string cannot be
translated (it is formatted before the lookup) and stops the run. Then ``lrelease`` (Debian:
qttools5-dev-tools) compiles each .ts into the .qm QGIS loads.

    /usr/bin/python3 i18n/update_translations.py [language ...]   (default: the .ts files present, else zh_CN)
"""

import ast
import glob
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN_DIR = os.path.dirname(HERE)
PREFIX = "mcr_security_pattern"
CONTEXT = "McrAlgorithm"
SOURCE_FOLDERS = ("algorithms", "plugin.py", "__init__.py")
TRANSLATING_CALLS = {"tr": 1, "translate": 2, "QT_TRANSLATE_NOOP": 2, "QT_TR_NOOP": 1}


def source_files():
    found = []
    for entry in SOURCE_FOLDERS:
        path = os.path.join(PLUGIN_DIR, entry)
        found += sorted(glob.glob(os.path.join(path, "**", "*.py"), recursive=True)) if os.path.isdir(path) else [path]
    return found


def source_strings():
    """({(context, text): (file, line)}, [problems]) of the literal strings passed to translating calls."""
    found, problems = {}, []
    for path in source_files():
        relative = os.path.relpath(path, PLUGIN_DIR)
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read(), filename=path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            arity = TRANSLATING_CALLS.get(name)
            if arity is None or len(node.args) < arity:
                continue
            context = CONTEXT
            if arity == 2:
                if not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    continue
                context = node.args[0].value
            text = node.args[arity - 1]
            if isinstance(text, ast.JoinedStr):
                problems.append(f"{relative}:{node.lineno}: {name}(f\"…\") cannot be translated: "
                                f"use {name}(\"… {{}} …\").format(…)")
            elif isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value.strip():
                found.setdefault((context, text.value), (relative, node.lineno))
    return found, problems


def runtime_strings():
    """{(context, text): where} of every string the plugin translates while its algorithms are built
    and asked for what the toolbox, the dialogs and the help panel show."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    class Recorder(QTranslator):
        def __init__(self):
            super().__init__()
            self.where = ""
            self.seen = {}

        def translate(self, context, source, disambiguation=None, n=-1):
            if context == CONTEXT and source and source.strip():
                self.seen.setdefault((context, source), self.where)
            return None  # not translated: Qt goes on with the source text

        def isEmpty(self):  # noqa: N802 (Qt API name)
            return False

    app = QgsApplication([], False)
    app.initQgis()
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    sys.path.insert(0, os.path.dirname(PLUGIN_DIR))
    sys.path.append("/usr/share/qgis/python/plugins")
    package = __import__(os.path.basename(PLUGIN_DIR))
    plugin = package.classFactory(None)
    plugin.initProcessing()
    recorder.seen.clear()  # recorded again below, algorithm by algorithm, with where each comes from
    recorder.where = "provider"
    provider = QgsApplication.processingRegistry().providerById("mcr")
    provider.name()
    order = {name: index for index, name in enumerate(("resistance", "sources", "costsurface", "pattern"))}
    for algorithm in sorted(provider.algorithms(), key=lambda a: (order.get(a.groupId(), 9), a.groupId(), a.id())):
        recorder.where = algorithm.id()
        copy = algorithm.create()  # labels, options and parameter help
        copy.displayName(), copy.group(), copy.shortDescription(), copy.shortHelpString(), copy.tags()
        if hasattr(copy, "childAlgorithms"):  # a model names its loaded layers after its outputs' labels
            for child in copy.childAlgorithms().values():
                for output in child.modelOutputs().values():
                    QCoreApplication.translate(CONTEXT, output.description())
    palette = sys.modules[f"{os.path.basename(PLUGIN_DIR)}.algorithms.palette"]
    recorder.where = "style classes (algorithms/palette.py)"
    for code in palette.direction_codes(16):
        QCoreApplication.translate(CONTEXT, palette.direction_label(code))
    seen = dict(recorder.seen)
    QCoreApplication.removeTranslator(recorder)
    plugin.unload()
    return seen


def read_ts(path):
    """{(context, source): (translation, finished)} of an existing .ts file."""
    if not os.path.exists(path):
        return {}
    known = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = translation.text if translation is not None and translation.text else ""
            known[(name, message.findtext("source"))] = (text, kind is None)
    return known


def write_ts(path, language, messages, known):
    """Write ``messages`` [(context, source, location or comment)] keeping ``known`` translations."""
    root = ElementTree.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts = {}
    current = set()
    for context, source, where in messages:
        current.add((context, source))
        if context not in contexts:
            contexts[context] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(contexts[context], "name").text = context
        message = ElementTree.SubElement(contexts[context], "message")
        if isinstance(where, tuple):
            ElementTree.SubElement(message, "location", filename=f"../{where[0]}", line=str(where[1]))
        elif where:
            ElementTree.SubElement(message, "extracomment").text = where
        ElementTree.SubElement(message, "source").text = source
        text, finished = known.get((context, source), ("", False))
        translation = ElementTree.SubElement(message, "translation")
        translation.text = text
        if not (finished and text):
            translation.set("type", "unfinished")
    for (context, source), (text, _) in known.items():
        if (context, source) in current or not text:
            continue
        if context not in contexts:
            contexts[context] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(contexts[context], "name").text = context
        message = ElementTree.SubElement(contexts[context], "message")
        ElementTree.SubElement(message, "source").text = source
        translation = ElementTree.SubElement(message, "translation", type="vanished")
        translation.text = text
    ElementTree.indent(root, space="    ")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ElementTree.tostring(root, encoding="unicode"))
        handle.write("\n")
    finished = sum(1 for m in root.iter("translation") if m.get("type") is None)
    return len(messages), finished


def lrelease():
    for candidate in ("lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5"):
        if shutil.which(candidate):
            return shutil.which(candidate)
    raise SystemExit("lrelease not found: install Debian's qttools5-dev-tools (make translations does)")


def main(languages):
    found, problems = source_strings()
    if problems:
        raise SystemExit("\n".join(problems))
    runtime = runtime_strings()
    messages, seen = [], set()
    for (context, source), where in list(runtime.items()) + list(found.items()):
        if (context, source) not in seen:
            seen.add((context, source))
            messages.append((context, source, found.get((context, source), where)))
    if not languages:
        existing = glob.glob(os.path.join(HERE, f"{PREFIX}_*.ts"))
        languages = sorted(os.path.basename(path)[len(PREFIX) + 1:-3] for path in existing)
    for language in languages or ["zh_CN"]:
        ts = os.path.join(HERE, f"{PREFIX}_{language}.ts")
        total, finished = write_ts(ts, language, messages, read_ts(ts))
        qm = ts[:-3] + ".qm"
        subprocess.run([lrelease(), "-silent", "-nounfinished", ts, "-qm", qm], check=True)
        print(f"{os.path.relpath(ts, PLUGIN_DIR)}: {total} strings, {finished} translated "
              f"-> {os.path.relpath(qm, PLUGIN_DIR)}")


if __name__ == "__main__":
    main(sys.argv[1:])
