# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared base of the plugin's algorithms: names, help, icon, errors, progress."""

import errno
import os
import traceback

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from . import help as help_texts
from . import outputs, raster_io
from .kernels import Cancelled, InputError
from .raster_io import RasterIOError

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICON_DIR = os.path.join(PLUGIN_DIR, "icons")
REPOSITORY_URL = "https://github.com/mcr-esp/qgis-mcr-security-pattern"
# One section per algorithm, generated from the help files (`make docs`); anchors are GitHub's
# heading slugs of "## mcr:<name>" (tests/qgis/test_help_rendering.py checks that they exist).
ALGORITHM_DOCS_URL = REPOSITORY_URL + "/blob/main/docs/algorithms.md"


def given(parameters, name):
    """Whether the user set parameter ``name`` (not None, '' or an empty list)."""
    value = parameters.get(name)
    return value is not None and value != "" and value != []


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
        "circuit": "6 · Circuit theory",
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
        """The help of resources/help/<name>.ini, one line per block: QGIS's dialog makes every line a
        paragraph (help.py), so a line break here is a paragraph break there and nowhere else."""
        description, body, parameters = help_texts.load(self.NAME)
        lines = [f"<p>{self.tr(description)}</p>"] + [self.tr(block) for block in body.split("\n") if block]
        items = "".join(
            f"<li><b>{p.description()}</b>: {p.help() or self.tr(parameters.get(p.name(), ''))}</li>"
            for p in self.parameterDefinitions()
        )
        if items:
            lines.append(f"<h3>{self.tr('Parameters')}</h3><ul>{items}</ul>")
        return "\n".join(lines)

    def helpUrl(self):  # noqa: N802 (QGIS API name)
        return f"{ALGORITHM_DOCS_URL}#mcr{self.NAME}"

    def icon(self):
        return icon(f"{self.NAME}.svg")

    def svgIconPath(self):  # noqa: N802 (QGIS API name)
        return os.path.join(ICON_DIR, f"{self.NAME}.svg")

    def tr(self, text):
        return QCoreApplication.translate("McrAlgorithm", text)

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()

    def addParameter(self, parameter, createOutput=True):  # noqa: N802,N803 (QGIS API)
        """Add a parameter with its help text from ``resources/help/<name>.ini``."""
        text = help_texts.load(self.NAME)[2].get(parameter.name(), "")
        parameter.setHelp(self.tr(text))
        return super().addParameter(parameter, createOutput)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API name)
        """QGIS's checks, then the destinations and the algorithm's own early checks, so that the
        dialog (and qgis_process) says what is wrong before anything runs."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            problems = outputs.check_paths(self, parameters, context) + list(self.check(parameters, context))
        except (QgsProcessingException, RasterIOError, InputError) as error:
            problems = [str(error)]
        if problems:
            return False, problems[0]
        return True, ""

    def open_outputs(self, parameters, context, feedback):
        """The output transaction of this run (outputs.py): call before the work starts; whatever it
        holds is discarded unless :meth:`Outputs.commit` ran."""
        transaction = outputs.Outputs(self, parameters, context, feedback)
        self._transactions.append(transaction)
        return transaction

    def check(self, parameters, context):
        """Cheap checks of the parameter values before running: translated sentences naming each problem."""
        return []

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """Run :meth:`compute`; every failure reaches the user as a sentence, never a traceback."""
        self._transactions = []
        try:
            for problem in self.check(parameters, context):
                raise QgsProcessingException(problem)
            # A cancel is honoured up to the commit of the outputs (outputs.Outputs.commit).
            with raster_io.bounded_cache():
                return self.compute(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except (RasterIOError, InputError) as error:
            raise QgsProcessingException(str(error)) from error
        except Cancelled as error:
            raise QgsProcessingException(
                self.tr("Cancelled by the user; no output was written and earlier files are unchanged.")
            ) from error
        except MemoryError as error:
            raise QgsProcessingException(
                self.tr("Not enough memory for this run ({}). Clip the rasters to a smaller area, use a larger "
                        "cell size, or close other programs; no output was written.").format(error)
            ) from error
        except OSError as error:
            raise QgsProcessingException(self._os_error(error)) from error
        except Exception as error:  # a defect of ours: say so plainly, keep the traceback for the log
            if feedback is not None:
                feedback.pushDebugInfo(traceback.format_exc())
            raise QgsProcessingException(
                self.tr("Internal error in {} ({}: {}); no output was written. Please report it with the "
                        "log of this run.").format(self.name(), type(error).__name__, error)
            ) from error
        finally:
            for transaction in self._transactions:
                transaction.discard()

    def _os_error(self, error):
        where = error.filename or ""
        if raster_io.disk_full(error.strerror or "") or error.errno in (errno.ENOSPC, errno.EDQUOT):
            return self.tr("No space left on the disk ({}); free some space or choose another folder. "
                           "No output was written.").format(where)
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr("Permission denied for {}: choose a folder you can write to (or a file you can "
                           "read). No output was written.").format(where)
        if error.errno == errno.EISDIR:
            return self.tr("{} is a folder; give a file name inside it.").format(where)
        if error.errno == errno.ENOENT:
            return self.tr("{} does not exist; check the path (create the folder first).").format(where)
        return self.tr("{} ({}); no output was written.").format(error.strerror or error, where)

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
