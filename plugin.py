# SPDX-License-Identifier: GPL-2.0-or-later
"""Plugin entry point: registers the Processing provider and nothing else."""

from qgis.core import QgsApplication

from .algorithms.provider import McrProvider


class McrSecurityPatternPlugin:
    def __init__(self, iface):
        self.iface = iface
        # Keep a reference: a garbage-collected provider loses its id.
        self.provider = None

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        if self.provider is not None:
            return
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
