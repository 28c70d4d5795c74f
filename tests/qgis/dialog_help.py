# SPDX-License-Identifier: GPL-2.0-or-later
"""Open every algorithm's dialog offscreen and report how its help panel renders (JSON on stdout).

Run in its own process by tests/qgis/test_help_rendering.py: widgets need a QgsApplication with
its GUI enabled, which the test session's (GUI-less) application is not. For each algorithm it
prints the paragraphs of the dialog's help panel (``textShortHelp``, filled by QGIS's own
``QgsProcessingAlgorithmDialogBase::formatHelp``) and of the same help read as plain HTML (a
line break in HTML is a space), and the borders of the tables in both.

    /usr/bin/python3 tests/qgis/dialog_help.py [algorithm id ...]
"""

import json
import os
import sys


def text_blocks(document):
    """[(text, inside a table)] of the non-empty paragraphs of a QTextDocument, in order."""
    from qgis.PyQt.QtGui import QTextCursor

    found = []
    block = document.begin()
    while block.isValid():
        text = block.text().strip()
        if text:
            found.append((text, QTextCursor(block).currentTable() is not None))
        block = block.next()
    return found


def table_borders(document):
    from qgis.PyQt.QtGui import QTextTable

    return [frame.format().border() for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def control_algorithm():
    """An algorithm whose help breaks a sentence and a table over lines, as the .ini files used to."""
    from qgis.core import QgsProcessingAlgorithm

    class Control(QgsProcessingAlgorithm):
        def name(self):
            return "control"

        def displayName(self):  # noqa: N802 (QGIS API name)
            return "Control"

        def shortHelpString(self):  # noqa: N802 (QGIS API name)
            return ("<p>A sentence that the help file\ncontinues on the next line.</p>\n"
                    "<table border=\"1\">\n<tr><td>1</td><td>N</td></tr>\n</table>")

        def createInstance(self):  # noqa: N802 (QGIS API name)
            return Control()

        def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API name)
            pass

        def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API name)
            return {}

    from qgis.core import QgsApplication, QgsProcessingProvider

    class ControlProvider(QgsProcessingProvider):
        def id(self):
            return "helpcontrol"

        def name(self):
            return "Help control"

        def loadAlgorithms(self):  # noqa: N802 (QGIS API name)
            self.addAlgorithm(Control())

    provider = ControlProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return provider  # the dialog needs an algorithm that belongs to a provider


def describe(algorithm, dialog_class):
    from qgis.PyQt.QtGui import QTextDocument
    from qgis.PyQt.QtWidgets import QTextBrowser

    dialog = dialog_class(algorithm, False, None)
    shown = dialog.findChild(QTextBrowser, "textShortHelp").document()
    reference = QTextDocument()
    reference.setDefaultStyleSheet(shown.defaultStyleSheet())
    reference.setHtml(f"<h2>{algorithm.displayName()}</h2>{algorithm.shortHelpString()}")
    description = {
        "help": algorithm.shortHelpString(),
        "dialog": text_blocks(shown),
        "reference": text_blocks(reference),
        "dialog_tables": table_borders(shown),
        "reference_tables": table_borders(reference),
        "help_url": algorithm.helpUrl(),
    }
    dialog.deleteLater()
    return description


def main(ids):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.dirname(os.path.dirname(here)))  # tests.conftest sets up the environment
    from qgis.core import QgsApplication

    from tests import conftest  # noqa: F401  (plugin link, QGIS paths, profile)

    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    plugin = __import__(conftest.PLUGIN_NAME).classFactory(None)
    plugin.initProcessing()
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    provider = QgsApplication.processingRegistry().providerById("mcr")
    control = control_algorithm()
    report = {"control": describe(control.algorithm("control").create(), AlgorithmDialog)}
    for algorithm in sorted(provider.algorithms(), key=lambda a: a.id()):
        if not ids or algorithm.id() in ids:
            report[algorithm.id()] = describe(algorithm.create(), AlgorithmDialog)
    print(json.dumps(report))
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main(set(sys.argv[1:]))
