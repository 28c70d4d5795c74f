# SPDX-License-Identifier: GPL-2.0-or-later
"""Plugin entry point: registers the Processing provider (and its translation) and nothing else."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .algorithms.provider import McrProvider

I18N_DIR = os.path.join(os.path.dirname(__file__), "i18n")
TRANSLATION_PREFIX = "mcr_security_pattern"  # i18n/<prefix>_<locale>.qm, whatever the folder is called


def user_locale():
    """The language of QGIS's user interface: the one chosen in QGIS's options (locale/userLocale;
    ignored when its override flag is off), else the system's."""
    settings = QgsSettings()
    chosen = settings.value("locale/userLocale", "", type=str) or settings.value("locale/globalLocale", "", type=str)
    override = settings.value("locale/overrideFlag", None)
    if chosen and str(override).lower() not in ("false", "0"):
        return chosen
    return QLocale.system().name()


def translation_file(locale):
    """``i18n/mcr_security_pattern_<locale>.qm`` for ``zh_CN``, else for ``zh``; None when there is none."""
    for name in (locale, locale.split("_")[0]):
        path = os.path.join(I18N_DIR, f"{TRANSLATION_PREFIX}_{name}.qm")
        if name and os.path.exists(path):
            return path
    return None


class McrSecurityPatternPlugin:
    def __init__(self, iface):
        self.iface = iface
        # Keep a reference: a garbage-collected provider loses its id.
        self.provider = None
        self.translator = None

    def install_translator(self):
        path = translation_file(user_locale())
        if path is None or self.translator is not None:
            return
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            self.translator = translator

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        if self.provider is not None:
            return
        # Before the provider: algorithms translate their names and labels as they are created.
        # qgis_process calls classFactory(None) and then this, so it runs translated too.
        self.install_translator()
        self.provider = McrProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)
        # Models resolve their child algorithms only once the provider is registered.
        self.provider.refreshAlgorithms()

    def initGui(self):  # noqa: N802 (QGIS API name)
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
