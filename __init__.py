# SPDX-License-Identifier: GPL-2.0-or-later
"""MCR Ecological Security Pattern: a QGIS Processing plugin."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Return the plugin instance; ``iface`` is None under qgis_process."""
    from .plugin import McrSecurityPatternPlugin

    return McrSecurityPatternPlugin(iface)
