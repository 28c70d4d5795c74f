# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared base of the plugin's algorithms: names, help, icon, errors, progress."""

import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from . import help as help_texts
from . import styles
from .kernels import Cancelled, InputError
from .raster_io import RasterIOError

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICON_DIR = os.path.join(PLUGIN_DIR, "icons")
HELP_URL = "https://github.com/mcr-esp/qgis-mcr-security-pattern#algorithms"


def icon(name):
    return QIcon(os.path.join(ICON_DIR, name))


class McrAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME, DISPLAY_NAME, GROUP_ID, TAGS and define ``initAlgorithm``
    and ``compute(parameters, context, feedback)``, which returns the outputs dictionary."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    TAGS = ()

    GROUPS = {
        "resistance": "1 · Resistance surface",
        "sources": "2 · Ecological sources",
        "costsurface": "3 · MCR surface",
        "pattern": "4 · Corridors and channels",
        "comparison": "5 · Comparison",
    }

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802 (QGIS API name)
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUPS[self.GROUP_ID])

    def groupId(self):  # noqa: N802 (QGIS API name)
        return self.GROUP_ID

    def tags(self):
        return [self.tr(tag) for tag in self.TAGS]

    def shortDescription(self):  # noqa: N802 (QGIS API name)
        return self.tr(help_texts.load(self.NAME)[0])

    def shortHelpString(self):  # noqa: N802 (QGIS API name)
        description, body, parameters = help_texts.load(self.NAME)
        items = "".join(
            f"<li><b>{self.tr(p.description())}</b>: {self.tr(parameters.get(p.name(), ''))}</li>"
            for p in self.parameterDefinitions()
        )
        parameter_list = f"<h3>Parameters</h3><ul>{items}</ul>" if items else ""
        return f"<p>{self.tr(description)}</p>{self.tr(body)}{parameter_list}"

    def helpUrl(self):  # noqa: N802 (QGIS API name)
        return HELP_URL

    def icon(self):
        return icon(f"{self.NAME}.svg")

    def svgIconPath(self):  # noqa: N802 (QGIS API name)
        return os.path.join(ICON_DIR, f"{self.NAME}.svg")

    def tr(self, text):
        return QCoreApplication.translate("McrAlgorithm", text)

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()

    def style(self, context, value, name, value_range=None):
        """Give an output the style ``resources/styles/<name>.qml`` (see algorithms/styles.py)."""
        styles.style_output(context, value, name, value_range)

    def addParameter(self, parameter, createOutput=True):  # noqa: N802,N803 (QGIS API)
        """Add a parameter with its help text from ``resources/help/<name>.ini``."""
        text = help_texts.load(self.NAME)[2].get(parameter.name(), "")
        parameter.setHelp(self.tr(" ".join(text.split())))
        return super().addParameter(parameter, createOutput)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        try:
            return self.compute(parameters, context, feedback)
        except (RasterIOError, InputError) as error:
            raise QgsProcessingException(str(error)) from error
        except Cancelled as error:
            raise QgsProcessingException(
                self.tr("Cancelled by the user; no output was written.")
            ) from error

    @staticmethod
    def progress_callback(feedback, start=0.0, end=100.0):
        """A kernel ``progress(fraction)`` callback mapped onto ``start..end`` percent."""

        last = [-1.0]

        def progress(fraction):
            if feedback.isCanceled():
                raise Cancelled()
            percent = start + (end - start) * min(max(fraction, 0.0), 1.0)
            if percent - last[0] >= 0.5:  # kernels report often; the dialog needs no more than this
                last[0] = percent
                feedback.setProgress(percent)

        return progress
