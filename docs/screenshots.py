# SPDX-License-Identifier: GPL-2.0-or-later
"""Screenshots of the plugin as QGIS draws it, taken offscreen (``make screenshots``).

    /usr/bin/python3 docs/screenshots.py [folder] [--zh_CN]        (default: docs/screenshots)

- ``toolbox.png``: the Processing toolbox tree (QGIS's own QgsProcessingToolboxTreeView, the
  widget of the toolbox dock) with this plugin's provider expanded;
- ``toolbox_zh_CN.png`` (``--zh_CN``, in its own process): the same with the plugin's Simplified
  Chinese translation loaded;
- ``dialog_costsurface.png``: the algorithm dialog of *MCR surface* (processing's AlgorithmDialog,
  parameters and help panel);
- ``modeler.png``: the Graphical Modeler (processing's ModelerDialog) with the shipped model.

Widgets are drawn by Qt's offscreen platform and grabbed with QWidget.grab(); nothing needs a
display. The pictures are for the README; the plugin ZIP leaves docs/ out.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN_DIR = os.path.dirname(HERE)
SIZE = {"toolbox": (520, 860), "dialog": (1280, 780), "modeler": (1500, 900)}


def settle(app, rounds=20):
    for _ in range(rounds):
        app.processEvents()


def start(locale):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    app = QgsApplication([], True)
    app.initQgis()
    app.setStyle("Fusion")
    sys.path.insert(0, os.path.dirname(PLUGIN_DIR))
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    keep = []
    if locale:
        # QGIS's own translation (as a Chinese QGIS loads it), then the plugin's.
        qgis_name = {"zh_CN": "zh-Hans", "zh_TW": "zh-Hant"}.get(locale, locale)
        for path in (os.path.join(QgsApplication.i18nPath(), f"qgis_{qgis_name}.qm"),
                     os.path.join(PLUGIN_DIR, "i18n", f"mcr_security_pattern_{locale}.qm")):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                keep.append(translator)
    plugin = __import__(os.path.basename(PLUGIN_DIR)).classFactory(None)
    plugin.initProcessing()
    return app, plugin, keep


def toolbox(app, path, title="Processing Toolbox"):
    """The toolbox tree with only this plugin's provider expanded, in a dock as QGIS shows it."""
    from qgis.core import QgsApplication
    from qgis.gui import QgsFilterLineEdit, QgsProcessingToolboxTreeView
    from qgis.PyQt.QtCore import QModelIndex
    from qgis.PyQt.QtGui import QFont
    from qgis.PyQt.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(4, 4, 4, 4)
    heading = QLabel(title)  # the dock's title bar
    font = QFont(heading.font())
    font.setBold(True)
    heading.setFont(font)
    layout.addWidget(heading)
    search = QgsFilterLineEdit()
    search.setShowSearchIcon(True)
    search.setPlaceholderText(QgsApplication.translate("ProcessingToolbox", "Search…"))
    layout.addWidget(search)
    tree = QgsProcessingToolboxTreeView(body, QgsApplication.processingRegistry())
    tree.setHeaderHidden(True)
    layout.addWidget(tree)
    body.resize(*SIZE["toolbox"])
    model = tree.model()
    provider_name = QgsApplication.processingRegistry().providerById("mcr").name()
    found = []

    def expand(index, inside):
        for row in range(model.rowCount(index)):
            child = model.index(row, 0, index)
            mine = inside or child.data() == provider_name
            if mine and not inside:
                found.append(child)
            tree.setExpanded(child, mine)
            expand(child, mine)

    expand(QModelIndex(), False)
    body.show()
    settle(app)
    if found:  # the provider at the top, as after scrolling down to it
        tree.scrollTo(found[0], QAbstractItemView.ScrollHint.PositionAtTop)
    settle(app)
    body.grab().save(path)
    body.close()
    return path


def dialog(app, path, algorithm_id="mcr:costsurface"):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    from qgis.PyQt.QtWidgets import QSplitter

    window = AlgorithmDialog(algorithm.create(), False, None)
    window.resize(*SIZE["dialog"])
    window.show()
    settle(app)
    for splitter in window.findChildren(QSplitter):
        if splitter.count() == 2:  # parameters | help panel: give the help room to be read
            splitter.setSizes([700, 560])
    settle(app)
    window.grab().save(path)
    window.close()
    return path


def modeler(app, path, model_id="mcr:securitypattern"):
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().algorithmById(model_id)
    window = ModelerDialog.create(model.create())
    window.resize(*SIZE["modeler"])
    window.show()
    settle(app)
    view = window.view()
    view.fitInView(view.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20), 1)  # Qt.KeepAspectRatio
    settle(app)
    window.grab().save(path)
    return path


def main(folder):
    os.makedirs(folder, exist_ok=True)
    if "--zh_CN" in sys.argv:
        app, plugin, keep = start("zh_CN")
        print(toolbox(app, os.path.join(folder, "toolbox_zh_CN.png"), "处理工具箱"))
    else:
        app, plugin, keep = start(None)
        print(toolbox(app, os.path.join(folder, "toolbox.png")))
        print(dialog(app, os.path.join(folder, "dialog_costsurface.png")))
        print(modeler(app, os.path.join(folder, "modeler.png")))
    sys.stdout.flush()
    # The pictures are written; skip QGIS's teardown of open dialogs, which can crash offscreen.
    os._exit(0)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(arguments[0] if arguments else os.path.join(HERE, "screenshots"))
