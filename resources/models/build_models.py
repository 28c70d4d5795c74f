# SPDX-License-Identifier: GPL-2.0-or-later
"""Build resources/models/securitypattern.model3 reproducibly (``make models``).

The model chains the plugin's algorithms exactly as a user would in the Graphical Modeler:
land use + DEM -> resistance factors -> weighted overlay -> sources -> MCR surface ->
corridors, nodes, ridge lines, vulnerable stretches -> radiation channels, with the paper's
defaults as model inputs. Run with Debian's Python and QT_HASH_SEED=0 (the Makefile does), so
that the XML attribute order is stable between saves.

    QT_HASH_SEED=0 /usr/bin/python3 resources/models/build_models.py [output folder]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN_DIR = os.path.dirname(os.path.dirname(HERE))


def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, os.path.dirname(PLUGIN_DIR))
    sys.path.append("/usr/share/qgis/python/plugins")
    package = __import__(os.path.basename(PLUGIN_DIR))
    plugin = package.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def build(folder):
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterEnum,
        QgsProcessingParameterMatrix,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Source,
    )
    from qgis.PyQt.QtCore import QPointF

    package = sys.modules[os.path.basename(PLUGIN_DIR)]
    compat = package.algorithms.compat
    reclass = package.algorithms.kernels.reclass
    channels = package.algorithms.radiation_channels

    model = QgsProcessingModelAlgorithm(
        "Ecological security pattern (whole chain)", "Whole chain", "wholechain"
    )

    def flat(table):
        return ["" if value is None else value for row in table for value in row]

    # Matrices are optional, as in the algorithms: qgis_process 3.22 ignores matrix defaults.
    inputs = [
        (QgsProcessingParameterRasterLayer("landuse", "Land-use raster (class codes)"), (80, 60)),
        (QgsProcessingParameterRasterLayer("dem", "DEM"), (80, 160)),
        (QgsProcessingParameterMatrix(
            "landuse_table", "Land-use class table", hasFixedNumberRows=False,
            headers=["Class code", "Class name", "Resistance"], defaultValue=flat(reclass.LANDUSE_TABLE), optional=True,
        ), (80, 260)),
        (QgsProcessingParameterMatrix(
            "slope_table", "Slope table (degrees)", hasFixedNumberRows=False,
            headers=["Minimum (°)", "Maximum (°)", "Resistance"], defaultValue=flat(reclass.SLOPE_TABLE), optional=True,
        ), (80, 360)),
        (QgsProcessingParameterMatrix(
            "elevation_table", "Elevation table (metres)", hasFixedNumberRows=False,
            headers=["Minimum (m)", "Maximum (m)", "Resistance"], defaultValue=flat(reclass.ELEVATION_TABLE),
            optional=True,
        ), (80, 460)),
        (QgsProcessingParameterString("weights", "Weights of land use, slope, elevation",
                                      defaultValue="0.8, 0.1, 0.1"), (80, 560)),
        (QgsProcessingParameterString("habitat_classes", "Habitat class codes", defaultValue="1"), (80, 660)),
        (QgsProcessingParameterNumber("min_source_area", "Minimum source area (km²)", compat.NUMBER_DOUBLE,
                                      defaultValue=10.0, minValue=0.0), (80, 760)),
        (QgsProcessingParameterEnum("neighbours", "Neighbourhood", ["4 (rook)", "8 (queen)", "16 (knight's moves)"],
                                    defaultValue=1), (80, 860)),
        (QgsProcessingParameterEnum("corridor_mode", "Corridors", [
            "one per significant saddle of each ridge (as the paper counts them)",
            "one per pair of sources: its cheapest saddle",
            "one per pair of sources: its exact least-cost path (pairwise searches)"], defaultValue=0), (80, 960)),
        (QgsProcessingParameterString("vulnerable_classes", "Land-use classes that make a corridor vulnerable",
                                      defaultValue="6, 7, 8, 9", optional=True), (80, 1010)),
        (QgsProcessingParameterString("farmland_classes", "Land-use classes of farmland crossings",
                                      defaultValue="5", optional=True), (80, 1060)),
        (QgsProcessingParameterEnum("channel_routing", "Flow routing of radiation channels", [
            "D8 steepest descent (ArcGIS Flow Direction, as in the paper)",
            "least-cost tree (the exact paths of the MCR search)"], defaultValue=0), (80, 1110)),
        (QgsProcessingParameterNumber("channel_threshold", "Contributing area of a radiation channel (km²)",
                                      compat.NUMBER_DOUBLE, defaultValue=channels.DEFAULT_THRESHOLD_KM2,
                                      minValue=0.0), (80, 1160)),
        (QgsProcessingParameterNumber("channel_min_length", "Minimum radiation channel length (m)",
                                      compat.NUMBER_DOUBLE, defaultValue=channels.DEFAULT_MIN_LENGTH_M,
                                      minValue=0.0), (80, 1210)),
    ]
    for definition, (x, y) in inputs:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(x, y))
        model.addModelParameter(definition, component)

    def child(child_id, algorithm_id, description, position, parameters, outputs=()):
        step = QgsProcessingModelChildAlgorithm(algorithm_id)
        step.setChildId(child_id)
        step.setDescription(description)
        step.setPosition(QPointF(*position))
        for name, source in parameters.items():
            step.addParameterSources(name, source if isinstance(source, list) else [source])
        model_outputs = {}
        for index, (output_name, child_output, description_text) in enumerate(outputs):
            output = QgsProcessingModelOutput(output_name, description_text)
            output.setChildId(child_id)
            output.setChildOutputName(child_output)
            output.setDescription(description_text)
            # qgis_process does not insist on every file: unset outputs go to temporary files.
            output.setMandatory(False)
            output.setDefaultValue("TEMPORARY_OUTPUT")
            output.setPosition(QPointF(position[0] + 220, position[1] + 40 * index))
            model_outputs[output_name] = output
        step.setModelOutputs(model_outputs)
        model.addChildAlgorithm(step)

    param = Source.fromModelParameter
    out = Source.fromChildOutput
    static = Source.fromStaticValue
    child("landuse_resistance", "mcr:landuseresistance", "Land-use resistance", (400, 100),
          {"INPUT": param("landuse"), "TABLE": param("landuse_table"), "UNMAPPED": static(0)})
    child("terrain_resistance", "mcr:terrainresistance", "Terrain resistance", (400, 300),
          {"INPUT": param("dem"), "REFERENCE": param("landuse"), "SLOPE_TABLE": param("slope_table"),
           "ELEVATION_TABLE": param("elevation_table"), "BOUNDARIES": static(0), "OUTSIDE": static(0)})
    child("resistance", "mcr:weightedoverlay", "Weighted overlay", (700, 200),
          {"INPUTS": [out("landuse_resistance", "OUTPUT"), out("terrain_resistance", "SLOPE_RESISTANCE"),
                      out("terrain_resistance", "ELEVATION_RESISTANCE")],
           "WEIGHTS": param("weights"), "NORMALISE": static(False)},
          [("resistance", "OUTPUT", "Resistance surface")])
    child("sources", "mcr:selectsources", "Select ecological sources", (400, 600),
          {"INPUT": param("landuse"), "HABITAT_CLASSES": param("habitat_classes"),
           "MIN_AREA": param("min_source_area"), "CONNECTIVITY": static(0)},
          [("sources", "OUTPUT", "Ecological sources")])
    child("mcr", "mcr:costsurface", "MCR surface", (1000, 400),
          {"RESISTANCE": out("resistance", "OUTPUT"), "SOURCES_RASTER": out("sources", "OUTPUT_RASTER"),
           "NEIGHBOURS": param("neighbours"), "MAX_COST": static(0), "FLOAT64": static(True)},
          [("mcr", "OUTPUT", "MCR surface")])
    reuse = {"RESISTANCE": out("resistance", "OUTPUT"), "MCR_SURFACE": out("mcr", "OUTPUT"),
             "ALLOCATION": out("mcr", "ALLOCATION"), "BACK_DIRECTION": out("mcr", "BACK_DIRECTION"),
             "NEIGHBOURS": param("neighbours")}
    child("corridors", "mcr:corridors", "Ecological corridors, nodes and ridge lines", (1300, 300),
          {**reuse, "MODE": param("corridor_mode"), "LANDUSE": param("landuse"),
           "VULNERABLE_CLASSES": param("vulnerable_classes"), "FARMLAND_CLASSES": param("farmland_classes")},
          [("corridors", "CORRIDORS", "Ecological corridors"), ("nodes", "NODES", "Ecological nodes"),
           ("ridges", "RIDGES", "Ridge lines"), ("vulnerable", "VULNERABLE", "Vulnerable corridor stretches")])
    child("channels", "mcr:radiationchannels", "Radiation channels", (1300, 650),
          {**reuse, "ROUTING": param("channel_routing"), "THRESHOLD": param("channel_threshold"),
           "MIN_LENGTH": param("channel_min_length"), "EXCLUDE_CORRIDORS": static(True),
           "CORRIDORS": out("corridors", "CORRIDORS")},
          [("channels", "OUTPUT", "Radiation channels")])

    model.setHelpContent({
        "ALG_DESC": (
            "Builds the ecological security pattern of Li et al. (2020) in one run: land-use, slope and "
            "elevation resistance (Tables 1-3) combined 0.8/0.1/0.1, ecological sources (habitat patches of at "
            "least 10 km²), the exact MCR surface, ecological corridors with their nodes, ridge lines, "
            "vulnerable corridor stretches and radiation channels. Every step is a plugin algorithm: open the "
            "model in the Graphical Modeler to change it."
        ),
        "ALG_CREATOR": "MCR Ecological Security Pattern plugin",
        "ALG_HELP_CREATOR": "MCR Ecological Security Pattern plugin",
        "landuse": "Land-use raster of integer class codes in a projected CRS (the codes of the land-use table).",
        "dem": "DEM in metres; slope and elevation are resampled bilinearly onto the land-use grid.",
        "landuse_table": "Class code, class name and resistance of each land-use class (default: the paper's Table 1).",
        "slope_table": "Slope ranges in degrees and their resistance (default: Table 2).",
        "elevation_table": "Elevation ranges in metres and their resistance (default: Table 3).",
        "weights": "Weights of the land-use, slope and elevation resistance (default 0.8, 0.1, 0.1).",
        "habitat_classes": "Land-use codes that count as habitat for sources (default 1, vegetation).",
        "min_source_area": "Minimum area of a source patch in km² (default 10).",
        "neighbours": "Moves of the MCR search: 4, 8 (default) or 16 neighbours.",
        "corridor_mode": (
            "One corridor per significant saddle of the ridge between two sources (default, as the paper counts "
            "them), one per pair (its cheapest saddle), or the exact least-cost path of each pair."
        ),
        "vulnerable_classes": (
            "Land-use codes whose crossing makes a corridor vulnerable (default 6, 7, 8, 9: roads, buildings, "
            "sedimentation tanks, tailings)."
        ),
        "farmland_classes": "Land-use codes of farmland crossings (default 5, farmland).",
        "channel_routing": (
            "D8 steepest descent on the MCR surface (default; ArcGIS Flow Direction and Flow Accumulation, the "
            "paper's hydrological analysis) or the least-cost tree of the MCR search."
        ),
        "channel_threshold": "Accumulated area (km²) a valley line must drain to be a radiation channel.",
        "channel_min_length": "Radiation channels shorter than this (m) are left out (stubs at a source's edge).",
    })
    path = os.path.join(folder, "securitypattern.model3")
    if not model.toFile(path):
        raise SystemExit(f"could not write {path}")
    return path


if __name__ == "__main__":
    app, plugin = start_qgis()
    print(build(sys.argv[1] if len(sys.argv) > 1 else HERE))
