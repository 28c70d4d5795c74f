# SPDX-License-Identifier: GPL-2.0-or-later
"""The ``mcr`` Processing provider: lists the algorithms and the shipped models."""

import glob
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingProvider,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import atomic, outputs, raster_io, vector_io
from .base import PLUGIN_DIR, icon

MODEL_DIR = os.path.join(PLUGIN_DIR, "resources", "models")
MODEL_TAGS = ("whole chain", "model", "ecological security pattern", "MCR", "minimum cumulative resistance",
              "resistance", "ecological source", "corridor", "ecological node", "radiation channel", "ridge line")


def plugin_version():
    with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as metadata:
        for line in metadata:
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    return "unknown"


def algorithm_classes():
    """Every algorithm class of the provider, in toolbox order."""
    from .barriers import Barriers
    from .centrality import Centrality
    from .compare_patterns import ComparePatterns
    from .connectivity_algorithm import Connectivity
    from .corridors import Corridors
    from .cost_surface import CostSurface
    from .current_flow import CurrentFlow
    from .landuse_resistance import LanduseResistance
    from .mspa_algorithm import Mspa
    from .pinch_points import PinchPoints
    from .radiation_channels import RadiationChannels
    from .select_sources import SelectSources
    from .terrain_resistance import TerrainResistance
    from .weighted_overlay import WeightedOverlay

    return [
        LanduseResistance, TerrainResistance, WeightedOverlay, SelectSources, Mspa, Connectivity, CostSurface,
        Corridors, RadiationChannels, ComparePatterns,
        CurrentFlow, PinchPoints, Barriers, Centrality,
    ]


class ShippedModel(QgsProcessingModelAlgorithm):
    """A bundled ``.model3`` registered as ``mcr:<file name without extension>``."""

    def __init__(self, path):
        super().__init__()
        self.model_path = path
        self.model_id = os.path.splitext(os.path.basename(path))[0]
        if not self.fromFile(path):
            raise ValueError(f"model file {path!r} could not be read")
        self._translate()

    def _translate(self):
        """The model file holds English: its inputs' labels and help, and its help, go through the
        plugin's translation like the algorithms' own (the labels are those of the steps they feed)."""
        for definition in self.parameterDefinitions():
            definition.setDescription(self.tr(definition.description()))
            if definition.help():
                definition.setHelp(self.tr(definition.help()))
        untranslated = {"HELP_URL", "ALG_CREATOR", "ALG_HELP_CREATOR", "ALG_VERSION"}
        self.setHelpContent({key: self.tr(value) if key not in untranslated and isinstance(value, str) and value
                             else value for key, value in self.helpContent().items()})

    def name(self):
        return self.model_id

    def displayName(self):  # noqa: N802 (QGIS API name)
        return self.tr(super().displayName())

    def group(self):
        return self.tr(super().group())

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return ShippedModel(self.model_path)

    def tr(self, text):
        return QCoreApplication.translate("McrAlgorithm", text)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API name)
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            problems = outputs.check_paths(self, parameters, context)
            if problems:
                return False, problems[0]
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API name)
        """Run the model with every file output staged under a temporary name beside its destination,
        and move the whole set into place only when every step has succeeded (outputs.py, atomic.py):
        a failing or cancelled step leaves no partial set of model outputs."""
        problems = outputs.check_paths(self, parameters, context)
        if problems:
            raise QgsProcessingException(problems[0])
        files = atomic.FileSet()
        staged = dict(parameters)
        # QGIS 3.22 gives a step the step's own default for a model input left out of a call
        # (processing.run, qgis_process), not the model input's default: fill those in here.
        for definition in self.parameterDefinitions():
            if not definition.isDestination() and staged.get(definition.name()) is None \
                    and definition.defaultValue() is not None:
                staged[definition.name()] = definition.defaultValue()
        finals = {}
        for definition in self.destinationParameterDefinitions():
            name = definition.name()
            text = outputs.raw_destination(parameters, name, context)
            if not outputs.is_file_destination(text):
                continue
            final = os.path.abspath(text)
            temporary = files.reserve(final)
            finals[temporary] = final
            value = parameters[name]
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                definition_copy = QgsProcessingOutputLayerDefinition(temporary, value.destinationProject)
                definition_copy.destinationName = value.destinationName
                definition_copy.createOptions = value.createOptions
                staged[name] = definition_copy
            else:
                staged[name] = temporary
        atomic.tidy(list(finals.values()))
        try:
            results = super().processAlgorithm(staged, context, feedback)
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user; no output was written."))
            files.commit()
        except BaseException:
            files.discard()
            raise

        def final_of(value):
            if isinstance(value, str):
                for temporary, final in finals.items():
                    if value == temporary or value.startswith(temporary + "|"):
                        return final + value[len(temporary):]
            return value

        loads = context.layersToLoadOnCompletion()
        if any(final_of(key) != key for key in loads):
            context.setLayersToLoadOnCompletion({final_of(key): details for key, details in loads.items()})
        # QGIS names a model's loaded layers after the output ids ("mcr", "sources"): use their labels.
        labels = {name: self.tr(output.description())
                  for child in self.childAlgorithms().values() for name, output in child.modelOutputs().items()}
        for key in context.layersToLoadOnCompletion():
            details = context.layerToLoadOnCompletionDetails(key)
            if details.name in labels:
                details.name = labels[details.name]
        return {key: final_of(value) for key, value in results.items()}

    def tags(self):
        """Models have no tags of their own in QGIS: these let the toolbox search find the whole chain."""
        return [self.tr(tag) for tag in MODEL_TAGS]


class McrProvider(QgsProcessingProvider):
    def id(self):
        return "mcr"

    def name(self):
        return self.tr("MCR ecological security pattern")

    def tr(self, text):
        """One translation context for the whole plugin (i18n/update_translations.py)."""
        return QCoreApplication.translate("McrAlgorithm", text)

    def longName(self):  # noqa: N802 (QGIS API name)
        return f"{self.name()} {plugin_version()}"

    def versionInfo(self):  # noqa: N802 (QGIS API name)
        return plugin_version()

    def icon(self):
        return icon("mcr.svg")

    def svgIconPath(self):  # noqa: N802 (QGIS API name)
        return os.path.join(PLUGIN_DIR, "icons", "mcr.svg")

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 (QGIS API name)
        return raster_io.raster_extensions()

    def supportedOutputVectorLayerExtensions(self):  # noqa: N802 (QGIS API name)
        return vector_io.vector_extensions()

    def defaultVectorFileExtension(self, hasGeometry=True):  # noqa: N802,N803 (QGIS API name)
        return "gpkg" if hasGeometry else "csv"

    def loadAlgorithms(self):  # noqa: N802 (QGIS API name)
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
        for path in sorted(glob.glob(os.path.join(MODEL_DIR, "*.model3"))):
            self.addAlgorithm(ShippedModel(path))
