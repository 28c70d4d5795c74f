# SPDX-License-Identifier: GPL-2.0-or-later
"""The ``mcr`` Processing provider: lists the algorithms and the shipped models."""

import glob
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider

from . import raster_io, vector_io
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
