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


def plugin_version():
    with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as metadata:
        for line in metadata:
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    return "unknown"


def algorithm_classes():
    """Every algorithm class of the provider, in toolbox order."""
    from .compare_patterns import ComparePatterns
    from .corridors import Corridors
    from .cost_surface import CostSurface
    from .landuse_resistance import LanduseResistance
    from .radiation_channels import RadiationChannels
    from .select_sources import SelectSources
    from .terrain_resistance import TerrainResistance
    from .weighted_overlay import WeightedOverlay

    return [
        LanduseResistance, TerrainResistance, WeightedOverlay, SelectSources, CostSurface,
        Corridors, RadiationChannels, ComparePatterns,
    ]


class ShippedModel(QgsProcessingModelAlgorithm):
    """A bundled ``.model3`` registered as ``mcr:<file name without extension>``."""

    def __init__(self, path):
        super().__init__()
        self.model_path = path
        self.model_id = os.path.splitext(os.path.basename(path))[0]
        if not self.fromFile(path):
            raise ValueError(f"model file {path!r} could not be read")

    def name(self):
        return self.model_id

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
        return {key: final_of(value) for key, value in results.items()}


class McrProvider(QgsProcessingProvider):
    def id(self):
        return "mcr"

    def name(self):
        return self.tr("MCR ecological security pattern")

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
