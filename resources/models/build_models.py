# SPDX-License-Identifier: GPL-2.0-or-later
"""Build the shipped Graphical Modeler models reproducibly (``make models``).

``securitypattern.model3`` chains the plugin's algorithms exactly as a user would in the
Graphical Modeler: land use (raster or polygons) + DEM -> resistance factors -> weighted overlay
-> sources -> MCR surface -> corridors, nodes, ridge lines, vulnerable stretches -> radiation
channels. ``securitypatternmspa.model3`` is the same chain with the sources of the later
literature: MSPA core areas ranked by connectivity importance (dPC), corridors with the gravity
model. Every model input is a copy of the parameter of the step it feeds (same label, default,
limits and help, unless the model gives its own), listed in chain order; every parameter of every
step has a value, so the model is valid in the Modeler. Run with Debian's Python and QT_HASH_SEED=0
(the Makefile does), so that the XML attribute order is stable between saves.

    QT_HASH_SEED=0 /usr/bin/python3 resources/models/build_models.py [output folder]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN_DIR = os.path.dirname(os.path.dirname(HERE))
HELP_URL = "https://github.com/mcr-esp/qgis-mcr-security-pattern#the-same-run-in-qgis-step-by-step"
MSPA_HELP_URL = "https://github.com/mcr-esp/qgis-mcr-security-pattern#choosing-sources-the-papers-area-rule-mspa-cores-connectivity-importance"
# The MSPA variant's choices (ours): core classes of MSPA, the smallest core that may become a source (km²),
# and how many of the most important cores (dPC) become sources.
MSPA_CORE_CLASSES = "17, 117"
MSPA_MIN_CORE_AREA = 1.0
MSPA_TOP_N = 10


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


class ModelBuilder:
    """Adds model inputs copied from the steps' own parameters, steps and model outputs."""

    def __init__(self, name, group):
        from qgis.core import QgsProcessingModelAlgorithm

        self.model = QgsProcessingModelAlgorithm(name, group, group.lower().replace(" ", ""))
        self.order = []
        self.help = {}
        self.row = 0

    @staticmethod
    def algorithm(algorithm_id):
        from qgis.core import QgsApplication

        return QgsApplication.processingRegistry().algorithmById(algorithm_id)

    def input(self, name, algorithm_id, parameter, advanced=None, optional=None, label=None, parent=None,
              default=None, help_text=None):
        """A model input that is a copy of ``parameter`` of ``algorithm_id`` (``parent``: the model
        input a field or band parameter belongs to; ``default`` and ``help_text``: the model's own)."""
        from qgis.core import QgsProcessingModelParameter
        from qgis.PyQt.QtCore import QPointF

        compat = sys.modules[os.path.basename(PLUGIN_DIR)].algorithms.compat
        definition = self.algorithm(algorithm_id).parameterDefinition(parameter).clone()
        definition.setName(name)
        if label:
            definition.setDescription(label)
        if parent:
            definition.setParentLayerParameterName(parent)
        if default is not None:
            definition.setDefaultValue(default)
        if help_text is not None:
            definition.setHelp(help_text)
        flags = definition.flags()
        if advanced is not None:
            flags = (flags | compat.FLAG_ADVANCED) if advanced else (flags & ~compat.FLAG_ADVANCED)
        if optional is not None:
            flags = (flags | compat.FLAG_OPTIONAL) if optional else (flags & ~compat.FLAG_OPTIONAL)
        definition.setFlags(flags)
        component = QgsProcessingModelParameter(name)
        component.setPosition(QPointF(80, 60 + 50 * self.row))
        self.row += 1
        self.model.addModelParameter(definition, component)
        self.order.append(name)
        self.help[name] = definition.help()
        return name

    def step(self, child_id, algorithm_id, position, parameters, outputs=()):
        """A step whose parameters all have a value: model inputs, other steps' outputs or statics."""
        from qgis.core import (
            QgsProcessingModelChildAlgorithm,
            QgsProcessingModelChildParameterSource,
            QgsProcessingModelOutput,
        )
        from qgis.PyQt.QtCore import QPointF

        algorithm = self.algorithm(algorithm_id)
        step = QgsProcessingModelChildAlgorithm(algorithm_id)
        step.setChildId(child_id)
        step.setDescription(algorithm.displayName())
        step.setPosition(QPointF(*position))
        for definition in algorithm.parameterDefinitions():
            if definition.isDestination():
                continue
            name = definition.name()
            if name in parameters:
                sources = parameters[name]
                step.addParameterSources(name, sources if isinstance(sources, list) else [sources])
            elif definition.defaultValue() is not None:
                # Every parameter gets a value, so the Modeler finds nothing missing.
                step.addParameterSources(
                    name, [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])
        unknown = set(parameters) - {d.name() for d in algorithm.parameterDefinitions()}
        if unknown:
            raise SystemExit(f"{algorithm_id} has no parameters {sorted(unknown)}")
        model_outputs = {}
        for index, (output_name, child_output) in enumerate(outputs):
            description = algorithm.parameterDefinition(child_output).description()
            output = QgsProcessingModelOutput(output_name, description)
            output.setChildId(child_id)
            output.setChildOutputName(child_output)
            output.setDescription(description)
            # qgis_process does not insist on every file: unset outputs go to temporary files.
            output.setMandatory(False)
            output.setDefaultValue("TEMPORARY_OUTPUT")
            output.setPosition(QPointF(position[0] + 230, position[1] + 40 * index))
            model_outputs[output_name] = output
        step.setModelOutputs(model_outputs)
        self.model.addChildAlgorithm(step)

    def save(self, path, description, help_url=HELP_URL):
        self.model.setParameterOrder(self.order)
        self.model.setHelpContent({
            "ALG_DESC": description,
            "ALG_CREATOR": "MCR Ecological Security Pattern plugin",
            "ALG_HELP_CREATOR": "MCR Ecological Security Pattern plugin",
            "HELP_URL": help_url,
            **{name: " ".join(text.split()) for name, text in self.help.items()},
        })
        if not self.model.toFile(path):
            raise SystemExit(f"could not write {path}")
        return path


def source_helpers():
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    return Source.fromModelParameter, Source.fromChildOutput, Source.fromStaticValue


def landuse_and_terrain(builder):
    """Inputs and steps shared by the shipped models: land use and DEM -> resistance surface."""
    param, out, static = source_helpers()
    add = builder.input
    add("landuse", "mcr:landuseresistance", "INPUT", label="Land-use raster (class codes)")
    add("landuse_polygons", "mcr:landuseresistance", "POLYGONS")
    add("landuse_class_field", "mcr:landuseresistance", "CLASS_FIELD", parent="landuse_polygons")
    add("landuse_cell_size", "mcr:landuseresistance", "CELL_SIZE", advanced=True)
    add("preset", "mcr:landuseresistance", "PRESET")
    add("landuse_table_file", "mcr:landuseresistance", "TABLE_FILE", advanced=True)
    add("unmapped_classes", "mcr:landuseresistance", "UNMAPPED", advanced=True)
    add("dem", "mcr:terrainresistance", "INPUT", label="DEM")
    add("z_factor", "mcr:terrainresistance", "Z_FACTOR", advanced=True)
    add("slope_table", "mcr:terrainresistance", "SLOPE_TABLE", advanced=True)
    add("slope_table_file", "mcr:terrainresistance", "SLOPE_TABLE_FILE", advanced=True)
    add("elevation_classes", "mcr:terrainresistance", "ELEVATION_CLASSES")
    add("elevation_table", "mcr:terrainresistance", "ELEVATION_TABLE", advanced=True)
    add("elevation_table_file", "mcr:terrainresistance", "ELEVATION_TABLE_FILE", advanced=True)
    add("outside_ranges", "mcr:terrainresistance", "OUTSIDE", advanced=True)
    add("weights", "mcr:weightedoverlay", "WEIGHTS", label="Weights of land use, slope, elevation")
    builder.step("landuse_resistance", "mcr:landuseresistance", (420, 80), {
        "INPUT": param("landuse"), "POLYGONS": param("landuse_polygons"),
        "CLASS_FIELD": param("landuse_class_field"), "CELL_SIZE": param("landuse_cell_size"),
        "PRESET": param("preset"), "TABLE_FILE": param("landuse_table_file"), "UNMAPPED": param("unmapped_classes"),
    })
    builder.step("terrain_resistance", "mcr:terrainresistance", (420, 260), {
        "INPUT": param("dem"), "Z_FACTOR": param("z_factor"), "SLOPE_TABLE": param("slope_table"),
        "SLOPE_TABLE_FILE": param("slope_table_file"), "ELEVATION_CLASSES": param("elevation_classes"),
        "ELEVATION_TABLE": param("elevation_table"), "ELEVATION_TABLE_FILE": param("elevation_table_file"),
        "OUTSIDE": param("outside_ranges"), "REFERENCE": out("landuse_resistance", "OUTPUT"),
    })
    builder.step("resistance", "mcr:weightedoverlay", (720, 170), {
        "INPUTS": [out("landuse_resistance", "OUTPUT"), out("terrain_resistance", "SLOPE_RESISTANCE"),
                   out("terrain_resistance", "ELEVATION_RESISTANCE")],
        "WEIGHTS": param("weights"),
    }, [("resistance", "OUTPUT")])


def corridors_and_channels(builder, sources_step, sources_output, gravity=False):
    """Inputs and steps shared by the shipped models: sources -> MCR surface -> corridors -> channels;
    with ``gravity`` the threshold of important corridors (gravity model) is a model input."""
    param, out, static = source_helpers()
    add = builder.input
    add("neighbours", "mcr:costsurface", "NEIGHBOURS")
    add("corridor_mode", "mcr:corridors", "MODE", label="Which corridors to draw")
    add("min_persistence", "mcr:corridors", "MIN_PERSISTENCE", advanced=True)
    add("max_cost_ratio", "mcr:corridors", "MAX_COST_RATIO", advanced=True)
    add("min_separation", "mcr:corridors", "MIN_SEPARATION", advanced=True)
    add("max_detour", "mcr:corridors", "MAX_DETOUR", advanced=True)
    add("max_cwd", "mcr:corridors", "MAX_CWD", advanced=True)
    add("nearest", "mcr:corridors", "NEAREST", advanced=True)
    add("vulnerable_classes", "mcr:corridors", "VULNERABLE_CLASSES", advanced=True)
    add("farmland_classes", "mcr:corridors", "FARMLAND_CLASSES", advanced=True)
    if gravity:
        add("important_gravity", "mcr:corridors", "IMPORTANT_GRAVITY", advanced=True)
    add("channel_routing", "mcr:radiationchannels", "ROUTING", label="Flow routing of radiation channels")
    add("channel_threshold", "mcr:radiationchannels", "THRESHOLD",
        label="Contributing area of a radiation channel (km²)")
    add("channel_min_length", "mcr:radiationchannels", "MIN_LENGTH", label="Minimum radiation channel length (m)")
    builder.step("mcr", "mcr:costsurface", (1020, 360), {
        "RESISTANCE": out("resistance", "OUTPUT"), "SOURCES_RASTER": out(sources_step, sources_output),
        "NEIGHBOURS": param("neighbours"), "FLOAT64": static(True),
    }, [("mcr", "OUTPUT")])
    reuse = {"RESISTANCE": out("resistance", "OUTPUT"), "MCR_SURFACE": out("mcr", "OUTPUT"),
             "ALLOCATION": out("mcr", "ALLOCATION"), "BACK_DIRECTION": out("mcr", "BACK_DIRECTION"),
             "NEIGHBOURS": param("neighbours")}
    builder.step("corridors", "mcr:corridors", (1320, 260), {
        **reuse, "MODE": param("corridor_mode"), "MIN_PERSISTENCE": param("min_persistence"),
        "MAX_COST_RATIO": param("max_cost_ratio"), "MIN_SEPARATION": param("min_separation"),
        "MAX_DETOUR": param("max_detour"), "MAX_CWD": param("max_cwd"), "NEAREST": param("nearest"),
        "LANDUSE": out("landuse_resistance", "CLASS_CODES"), "PRESET": param("preset"),
        "VULNERABLE_CLASSES": param("vulnerable_classes"), "FARMLAND_CLASSES": param("farmland_classes"),
        **({"IMPORTANT_GRAVITY": param("important_gravity")} if gravity else {}),
    }, [("corridors", "CORRIDORS"), ("nodes", "NODES"), ("ridges", "RIDGES"), ("vulnerable", "VULNERABLE")])
    builder.step("channels", "mcr:radiationchannels", (1320, 620), {
        **reuse, "ROUTING": param("channel_routing"), "THRESHOLD": param("channel_threshold"),
        "MIN_LENGTH": param("channel_min_length"), "CORRIDORS": out("corridors", "CORRIDORS"),
    }, [("channels", "OUTPUT")])


def security_pattern(folder):
    param, out, static = source_helpers()
    builder = ModelBuilder("Ecological security pattern (whole chain)", "Whole chain")
    landuse_and_terrain(builder)
    add = builder.input
    add("habitat_classes", "mcr:selectsources", "HABITAT_CLASSES")
    add("min_source_area", "mcr:selectsources", "MIN_AREA")
    add("patch_connectivity", "mcr:selectsources", "CONNECTIVITY", advanced=True)
    add("opening_radius", "mcr:selectsources", "OPENING_RADIUS", advanced=True)
    add("fill_holes", "mcr:selectsources", "FILL_HOLES", advanced=True)
    builder.step("sources", "mcr:selectsources", (720, 480), {
        "INPUT": out("landuse_resistance", "CLASS_CODES"), "PRESET": param("preset"),
        "TABLE_FILE": param("landuse_table_file"), "HABITAT_CLASSES": param("habitat_classes"),
        "MIN_AREA": param("min_source_area"), "CONNECTIVITY": param("patch_connectivity"),
        "OPENING_RADIUS": param("opening_radius"), "FILL_HOLES": param("fill_holes"),
    }, [("sources", "OUTPUT")])
    corridors_and_channels(builder, "sources", "OUTPUT_RASTER")
    return builder.save(os.path.join(folder, "securitypattern.model3"), (
        "Builds the ecological security pattern of Li et al. (2020) in one run: land-use, slope and elevation "
        "resistance (the paper's Tables 1–3, or a land-cover product's preset) combined 0.8/0.1/0.1, ecological "
        "sources (habitat patches of at least 10 km²), the exact MCR surface, ecological corridors and nodes (one "
        "per significant saddle, as the paper counts them), ridge lines, vulnerable corridor stretches and radiation "
        "channels (D8 on the MCR surface). Every step is a plugin algorithm: open the model in the Graphical Modeler "
        "to change it. All outputs are written together at the end: a failing step leaves none."))


def security_pattern_mspa(folder):
    """The chain of the studies after Li et al. (2020): MSPA core areas ranked by connectivity importance
    (dPC) as sources, corridors ranked by the gravity model."""
    param, out, static = source_helpers()
    builder = ModelBuilder("Ecological security pattern with MSPA sources (whole chain)", "Whole chain")
    landuse_and_terrain(builder)
    add = builder.input
    add("habitat_classes", "mcr:mspa", "HABITAT_CLASSES")
    add("foreground_connectivity", "mcr:mspa", "FG_CONNECTIVITY", advanced=True)
    add("edge_width", "mcr:mspa", "EDGE_WIDTH")
    add("transition", "mcr:mspa", "TRANSITION", advanced=True)
    add("intext", "mcr:mspa", "INTEXT", advanced=True)
    add("min_core_area", "mcr:selectsources", "MIN_AREA", label="Minimum core area of a candidate source (km²)",
        default=MSPA_MIN_CORE_AREA, help_text=(
            "Smallest MSPA core area (km²) that may become a source; a core of exactly this area counts. Default 1 km² "
            "(ours; the paper's rule is 10 km² of vegetation)."))
    add("source_ranking", "mcr:selectsources", "SELECT_BY", default=1, help_text=(
        "Which cores become sources: every core of at least the minimum area, or of those the most important for "
        "connectivity by dPC (default) or by dIIC (Saura and Rubio 2010), on least-cost distances over the "
        "resistance surface."))
    add("top_n", "mcr:selectsources", "TOP_N", default=MSPA_TOP_N, help_text=(
        "Keep the N cores with the highest importance (ties by id). Default 10 (ours); 0 = no limit."))
    add("min_importance", "mcr:selectsources", "MIN_IMPORTANCE")
    add("distance_threshold", "mcr:selectsources", "DISTANCE_THRESHOLD")
    add("probability", "mcr:selectsources", "PROBABILITY", advanced=True)
    add("distance_unit", "mcr:selectsources", "DISTANCE_UNIT", advanced=True)
    add("link_pairs", "mcr:selectsources", "PAIRS", advanced=True)
    builder.step("mspa", "mcr:mspa", (720, 420), {
        "INPUT": out("landuse_resistance", "CLASS_CODES"), "PRESET": param("preset"),
        "TABLE_FILE": param("landuse_table_file"), "HABITAT_CLASSES": param("habitat_classes"),
        "FG_CONNECTIVITY": param("foreground_connectivity"), "EDGE_WIDTH": param("edge_width"),
        "TRANSITION": param("transition"), "INTEXT": param("intext"),
    }, [("mspa", "OUTPUT")])
    builder.step("sources", "mcr:selectsources", (720, 560), {
        "INPUT": out("mspa", "OUTPUT"), "HABITAT_CLASSES": static(MSPA_CORE_CLASSES),
        "MIN_AREA": param("min_core_area"), "SELECT_BY": param("source_ranking"),
        "RESISTANCE": out("resistance", "OUTPUT"), "TOP_N": param("top_n"), "MIN_IMPORTANCE": param("min_importance"),
        "DISTANCE_THRESHOLD": param("distance_threshold"), "PROBABILITY": param("probability"),
        "DISTANCE_UNIT": param("distance_unit"), "PAIRS": param("link_pairs"), "NEIGHBOURS": param("neighbours"),
    }, [("sources", "OUTPUT")])
    corridors_and_channels(builder, "sources", "OUTPUT_RASTER", gravity=True)
    return builder.save(os.path.join(folder, "securitypatternmspa.model3"), (
        "Builds an ecological security pattern as many studies after Li et al. (2020) do: the same resistance "
        "surface (land use, slope and elevation, 0.8/0.1/0.1), then sources chosen by MSPA and connectivity "
        "instead of the paper's 10 km² rule — the core areas of a Morphological Spatial Pattern Analysis (Soille & "
        "Vogt 2009) of the habitat classes, of at least 1 km², ranked by their importance for landscape "
        "connectivity dPC (Saura & Rubio 2010) on exact least-cost distances, the 10 most important kept — then "
        "the exact MCR surface, corridors and nodes with their gravity-model strength (Kong et al. 2010), ridge "
        "lines, vulnerable stretches and radiation channels. The 1 km², the top 10 and the dispersal distance of "
        "10000 cost units are this plugin's defaults, not the literature's: adapt them to the species and the map. "
        "Every step is a plugin algorithm: open the model in the Graphical Modeler to change it. All outputs are "
        "written together at the end: a failing step leaves none."), MSPA_HELP_URL)


def build(folder):
    return [security_pattern(folder), security_pattern_mspa(folder)]


if __name__ == "__main__":
    app, plugin = start_qgis()
    for path in build(sys.argv[1] if len(sys.argv) > 1 else HERE):
        print(path)
