# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:corridors — ecological corridors, nodes, ridge lines and vulnerable stretches."""

import math

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from . import compat, layers, raster_io, search_inputs, tables
from .base import McrAlgorithm, given
from .features import polyline
from .kernels import Cancelled, InputError
from .kernels import connectivity as patch_indices
from .kernels import corridors as kernel

WIDTH_NODATA = -9999.0
BYTES_PER_CELL = 80  # the search and its inputs, the vulnerability raster, boundary links


CORRIDOR_FIELDS = (("corridor_id", "int"), ("from_source", "int"), ("to_source", "int"), ("saddle_rank", "int"),
                   ("cwd", "double"), ("lcd", "double"), ("detour", "double"), ("via_source", "int"),
                   ("persistence", "double"), ("length_m", "double"), ("euclid_m", "double"),
                   ("cwd_per_m", "double"), ("cwd_per_euclid", "double"), ("gravity", "double"),
                   ("gravity_rank", "int"), ("important", "int"))
NODE_FIELDS = (("node_id", "int"), ("corridor_id", "int"), ("from_source", "int"), ("to_source", "int"),
               ("saddle_rank", "int"), ("mcr", "double"))
RIDGE_FIELDS = (("ridge_id", "int"), ("source_a", "int"), ("source_b", "int"), ("length_m", "double"))
VULNERABLE_FIELDS = (("segment_id", "int"), ("corridor_id", "int"), ("from_source", "int"),
                     ("to_source", "int"), ("kind", "string"), ("class_code", "int"), ("length_m", "double"),
                     ("max_resistance", "double"), ("mean_resistance", "double"), ("cells", "int"))


def path_line(path, geometry):
    x, y = geometry.centre(path)
    return polyline(zip(x, y))


def ridge_rows(allocation, grid):
    """One multi-line per pair of touching zones, merged from the cell edges between them."""
    a, b, x0, y0, x1, y1 = kernel.ridge_segments(allocation, grid.transform)
    rows = []
    if a.size == 0:
        return rows
    order = np.lexsort((b, a))
    a, b, x0, y0, x1, y1 = (column[order] for column in (a, b, x0, y0, x1, y1))
    cuts = np.flatnonzero((np.diff(a) != 0) | (np.diff(b) != 0)) + 1
    for number, group in enumerate(np.split(np.arange(a.size), cuts), start=1):
        segments = [polyline([(x0[i], y0[i]), (x1[i], y1[i])]) for i in group]
        merged = QgsGeometry.collectGeometry(segments).mergeLines()
        length = float(np.hypot(x1[group] - x0[group], y1[group] - y0[group]).sum())
        rows.append((merged, [number, int(a[group[0]]), int(b[group[0]]), length]))
    return rows


MODES = ("saddles", "cheapest", "pairwise")


def parse_codes(algorithm, text, what):
    """'6, 7;8' -> [6, 7, 8]: class codes typed into a text parameter ('' = none)."""
    codes = []
    for part in layers.split_values(text):
        try:
            value = float(part)
        except ValueError:
            value = math.nan
        if not value.is_integer():
            raise QgsProcessingException(algorithm.tr(
                "{}: {!r} is not an integer class code; give codes separated by commas, e.g. 6, 7, 8, 9."
            ).format(what, part))
        codes.append(int(value))
    return codes


class Corridors(McrAlgorithm):
    NAME = "corridors"
    DISPLAY_NAME = "Ecological corridors, nodes and ridge lines"
    GROUP_ID = "pattern"
    TAGS = ("corridor", "ecological node", "ridge line", "least-cost path", "linkage", "connectivity",
            "MCR", "Linkage Mapper", "security pattern", "saddle", "vulnerable", "detour")

    MODE = "MODE"
    MIN_PERSISTENCE = "MIN_PERSISTENCE"
    MAX_COST_RATIO = "MAX_COST_RATIO"
    MIN_SEPARATION = "MIN_SEPARATION"
    MAX_DETOUR = "MAX_DETOUR"
    LANDUSE = "LANDUSE"
    PRESET = "PRESET"
    VULNERABLE_CLASSES = "VULNERABLE_CLASSES"
    FARMLAND_CLASSES = "FARMLAND_CLASSES"
    VULNERABILITY = "VULNERABILITY"
    VULNERABLE_THRESHOLD = "VULNERABLE_THRESHOLD"
    MAX_CWD = "MAX_CWD"
    NEAREST = "NEAREST"
    WIDTH_CUTOFF = "WIDTH_CUTOFF"
    IMPORTANT_GRAVITY = "IMPORTANT_GRAVITY"
    CORRIDORS = "CORRIDORS"
    NODES = "NODES"
    RIDGES = "RIDGES"
    VULNERABLE = "VULNERABLE"
    CORRIDOR_WIDTH = "CORRIDOR_WIDTH"
    CORRIDOR_COUNT = "CORRIDOR_COUNT"
    NODE_COUNT = "NODE_COUNT"

    def initAlgorithm(self, config=None):
        search_inputs.add_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE, self.tr("Which corridors to draw"),
                [self.tr("one per significant saddle of each ridge (as the paper counts them)"),
                 self.tr("one per pair of sources: its cheapest saddle"),
                 self.tr("one per pair of sources: its exact least-cost path (pairwise searches)")],
                defaultValue=0,
            )
        )
        defaults = kernel.SaddleOptions()
        for name, label, kind, default in (
            (self.MIN_PERSISTENCE, "Saddle persistence at least (% of its cost)", compat.NUMBER_DOUBLE,
             100.0 * defaults.min_persistence),
            (self.MAX_COST_RATIO, "Saddle cost at most (× the pair's cheapest)", compat.NUMBER_DOUBLE,
             defaults.max_cost_ratio),
            (self.MIN_SEPARATION, "Saddle corridors at least this far apart (m)", compat.NUMBER_DOUBLE,
             defaults.min_separation_m),
            (self.MAX_DETOUR, "Leave out corridors longer than this × the least-cost distance (0 = keep all)",
             compat.NUMBER_DOUBLE, 0.0),
        ):
            parameter = QgsProcessingParameterNumber(name, self.tr(label), kind, defaultValue=default, minValue=0.0)
            self.addParameter(compat.add_flag(parameter, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.LANDUSE, self.tr("Land use for vulnerable stretches (class codes)"), optional=True
            )
        )
        preset = QgsProcessingParameterEnum(self.PRESET, self.tr("Class table preset of the land use"),
                                            list(tables.PRESETS), defaultValue=tables.PRESETS[0])
        preset.setUsesStaticStrings(True)
        self.addParameter(preset)
        self.addParameter(
            QgsProcessingParameterString(
                self.VULNERABLE_CLASSES,
                self.tr("Land-use classes that make a corridor vulnerable (default: the preset's)"),
                defaultValue="", optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FARMLAND_CLASSES, self.tr("Land-use classes of farmland crossings (default: the preset's)"),
                defaultValue="", optional=True,
            )
        )
        vulnerability = QgsProcessingParameterRasterLayer(
            self.VULNERABILITY, self.tr("Or: a raster whose high values mark vulnerable stretches"), optional=True
        )
        self.addParameter(compat.add_flag(vulnerability, compat.FLAG_ADVANCED))
        threshold = QgsProcessingParameterNumber(
            self.VULNERABLE_THRESHOLD, self.tr("Vulnerable where that raster is at least"), compat.NUMBER_DOUBLE,
            defaultValue=6.0,
        )
        self.addParameter(compat.add_flag(threshold, compat.FLAG_ADVANCED))
        max_cwd = QgsProcessingParameterNumber(
            self.MAX_CWD, self.tr("Maximum cost-weighted distance of a corridor (0 = no limit)"),
            compat.NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(max_cwd, compat.FLAG_ADVANCED))
        nearest = QgsProcessingParameterNumber(
            self.NEAREST, self.tr("Keep each source's N cheapest corridors (0 = all)"),
            compat.NUMBER_INTEGER, defaultValue=0, minValue=0,
        )
        self.addParameter(compat.add_flag(nearest, compat.FLAG_ADVANCED))
        cutoff = QgsProcessingParameterNumber(
            self.WIDTH_CUTOFF, self.tr("Corridor width cut-off (cost units; 0 = no cut-off)"),
            compat.NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(cutoff, compat.FLAG_ADVANCED))
        important = QgsProcessingParameterNumber(
            self.IMPORTANT_GRAVITY, self.tr("Important corridors: gravity above (0 = every corridor)"),
            compat.NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(important, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CORRIDORS, self.tr("Ecological corridors"), compat.SOURCE_VECTOR_LINE
            )
        )
        for name, label, kind in ((self.NODES, "Ecological nodes", compat.SOURCE_VECTOR_POINT),
                                  (self.RIDGES, "Ridge lines", compat.SOURCE_VECTOR_LINE),
                                  (self.VULNERABLE, "Vulnerable corridor stretches", compat.SOURCE_VECTOR_LINE)):
            self.addParameter(
                QgsProcessingParameterFeatureSink(name, self.tr(label), kind, optional=True, createByDefault=True)
            )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.CORRIDOR_WIDTH, self.tr("Corridor width"), optional=True, createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CORRIDOR_COUNT, self.tr("Number of corridors")))
        self.addOutput(QgsProcessingOutputNumber(self.NODE_COUNT, self.tr("Number of ecological nodes")))

    def check(self, parameters, context):
        problems = search_inputs.check_search(self, parameters)
        if given(parameters, self.LANDUSE) and given(parameters, self.VULNERABILITY):
            problems.append(self.tr(
                "Vulnerable stretches come from the land use (with its classes) or from a raster and a threshold: "
                "give one of the two."))
        try:
            parse_codes(self, self.parameterAsString(parameters, self.VULNERABLE_CLASSES, context),
                        self.tr("Vulnerable classes"))
            parse_codes(self, self.parameterAsString(parameters, self.FARMLAND_CLASSES, context),
                        self.tr("Farmland classes"))
        except QgsProcessingException as error:
            problems.append(str(error))
        return problems

    def compute(self, parameters, context, feedback):
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        options = kernel.SaddleOptions(
            min_persistence=self.parameterAsDouble(parameters, self.MIN_PERSISTENCE, context) / 100.0,
            max_cost_ratio=self.parameterAsDouble(parameters, self.MAX_COST_RATIO, context),
            min_separation_m=self.parameterAsDouble(parameters, self.MIN_SEPARATION, context),
        )
        max_detour = self.parameterAsDouble(parameters, self.MAX_DETOUR, context)
        max_cwd = self.parameterAsDouble(parameters, self.MAX_CWD, context)
        nearest = self.parameterAsInt(parameters, self.NEAREST, context)
        cutoff = self.parameterAsDouble(parameters, self.WIDTH_CUTOFF, context) or math.inf
        important_gravity = self.parameterAsDouble(parameters, self.IMPORTANT_GRAVITY, context)
        outputs = self.open_outputs(parameters, context, feedback)
        search = search_inputs.load(self, parameters, context, feedback, 0, 40, BYTES_PER_CELL)
        grid = search.grid
        marks = self._marks(parameters, context, feedback, search, outputs.wanted(self.VULNERABLE))

        feedback.setProgressText(self.tr("Finding the saddles of every ridge between two sources"))
        found = kernel.saddle_corridors(
            search.result, search.resistance.array, search.resistance.valid, search.cell_size, grid.transform,
            marks, options, cheapest_only=mode != "saddles", progress=self.progress_callback(feedback, 40, 50),
        )
        # The marks go now unless the exact paths still need their vulnerable stretches.
        vulnerable_found = marks is not None
        if mode != "pairwise":
            marks = None
        feedback.setProgressText(self.tr("Checking every corridor against its pair's least-cost path"))
        width = None
        sources_present = _SourceCells(search)  # for the gravity model, while the source ids are at hand
        # A source's costs in its own zone are the surface's: its search covers only the rest. Not
        # for the width raster (full searches from every source), nor from a surface read back as
        # Float32, whose costs are rounded: then the searches start from the sources themselves.
        surface = search.result
        if outputs.wanted(self.CORRIDOR_WIDTH) or not search.exact:
            search.result.distance = search.result.back_direction = surface = None
        if mode == "pairwise" or outputs.wanted(self.CORRIDOR_WIDTH):
            bounds = {(c.from_source, c.to_source): c.cwd for c in found}
            exact, width = kernel.pairwise_corridors(
                search.resistance.array, search.resistance.valid, search.sources, search.cell_size,
                search.result.neighbours, grid.transform, list(bounds), marks,
                cutoff if outputs.wanted(self.CORRIDOR_WIDTH) else None,
                self.progress_callback(feedback, 50, 85), search.result.allocation, bounds, surface,
            )
            if mode == "pairwise":
                found = exact
            else:
                lcd = {(c.from_source, c.to_source): (c.lcd, c.via_source) for c in exact}
                for corridor in found:
                    corridor.lcd, corridor.via_source = lcd.get((corridor.from_source, corridor.to_source),
                                                                (math.nan, None))
        else:
            # The check's grid holds the resistance (padded), and nothing after it needs the resistance:
            # the algorithm's own copy goes before the searches, and so do the source ids when the
            # surface gives the zones. Without corridors there is nothing to check.
            shared = None
            if found:
                shared = kernel.SearchGrid(search.resistance.array, search.resistance.valid, search.cell_size,
                                           search.result.neighbours)
                search.resistance.array = None
                if surface is not None:
                    search.sources = None
            kernel.least_cost_check(
                found, None, search.resistance.valid, search.sources, search.cell_size,
                search.result.neighbours, search.result.allocation, progress=self.progress_callback(feedback, 50, 85),
                surface=surface, grid=shared,
            )
            del shared
        # What follows needs the allocation only.
        search.result.distance = search.result.back_direction = surface = None
        found = kernel.keep_nearest(found, nearest, max_cwd)
        if max_detour:
            dropped = [c for c in found if c.detour > max_detour]
            found = [c for c in found if not c.detour > max_detour]
            if dropped:
                feedback.pushInfo(self.tr("{} corridors longer than {:g} × their least-cost distance were left out.")
                                  .format(len(dropped), max_detour))
        found.sort(key=lambda c: (c.from_source, c.to_source, c.saddle_rank))
        sources = sources_present.count
        pairs = len({(c.from_source, c.to_source) for c in found})
        feedback.pushInfo(self.tr("{} sources, {} corridors between {} pairs of sources").format(
            sources, len(found), pairs))
        # A pair's cheapest corridor is its least-cost path unless that path leaves the two zones.
        detours = [c for c in found if c.saddle_rank == 1 and c.detour > 1 + 1e-9]
        if detours:
            feedback.pushWarning(self.tr(
                "{} pairs of sources are linked by detours: the least-cost path between them runs through a third "
                "source's zone (fields detour > 1 and via_source): {}"
            ).format(len(detours), ", ".join(
                "{}–{} (×{:.2f}{})".format(c.from_source, c.to_source, c.detour,
                                           self.tr(", via {}").format(c.via_source) if c.via_source else "")
                for c in detours[:10])))
        if sources > 1 and not found:
            feedback.pushWarning(self.tr(
                "No two sources can reach each other (or none passes the filters): no corridors."))
        strength = self._gravity(feedback, found, sources_present, search.cell_size, important_gravity)
        feedback.setProgress(85)

        geometry = kernel.Geometry(grid.shape, grid.transform)
        corridor_rows, node_rows, stretch_rows = [], [], []
        for number, corridor in enumerate(found, start=1):
            if feedback.isCanceled():
                raise Cancelled()
            ends = [corridor.from_source, corridor.to_source]
            corridor_rows.append((path_line(corridor.path, geometry), [
                number, *ends, corridor.saddle_rank, corridor.cwd, finite(corridor.lcd), finite(corridor.detour),
                corridor.via_source, finite(corridor.persistence), corridor.length_m, corridor.euclid_m,
                finite(corridor.cwd_per_m), finite(corridor.cwd_per_euclid), *strength[number - 1],
            ]))
            node_rows.append((QgsGeometry.fromPointXY(QgsPointXY(*corridor.node_xy)),
                              [number, number, *ends, corridor.saddle_rank, corridor.node_mcr]))
            for stretch in corridor.vulnerable:
                stretch_rows.append((polyline(stretch.points), [
                    len(stretch_rows) + 1, number, *ends, kernel.KIND_NAMES[stretch.kind], stretch.class_code,
                    stretch.length_m, stretch.max_resistance, stretch.mean_resistance, stretch.cells,
                ]))
        ridges = ridge_rows(search.result.allocation, grid) if outputs.wanted(self.RIDGES) else []
        crs = layers.crs_of(grid)
        if outputs.wanted(self.CORRIDOR_WIDTH):
            width_values = np.where(np.isfinite(width), width, WIDTH_NODATA) if width is not None else \
                np.full(grid.shape, WIDTH_NODATA)
            finite_width = width_values[width_values != WIDTH_NODATA]
            outputs.raster(self.CORRIDOR_WIDTH, width_values, grid, WIDTH_NODATA, "Float32", "corridor width",
                           style="corridor_width",
                           value_range=(0.0, float(finite_width.max()) if finite_width.size else 1.0))
        vectors = [(self.CORRIDORS, CORRIDOR_FIELDS, compat.WKB_LINESTRING, corridor_rows, "corridors"),
                   (self.NODES, NODE_FIELDS, compat.WKB_POINT, node_rows, "nodes"),
                   (self.RIDGES, RIDGE_FIELDS, compat.WKB_MULTILINESTRING, ridges, "ridges")]
        if vulnerable_found:
            vectors.append((self.VULNERABLE, VULNERABLE_FIELDS, compat.WKB_LINESTRING, stretch_rows, "vulnerable"))
        for name, spec, kind, rows, style in vectors:
            outputs.vector(name, spec, kind, crs, rows, style=style)
        results = outputs.commit()
        results[self.CORRIDOR_COUNT] = len(corridor_rows)
        results[self.NODE_COUNT] = len(node_rows)
        feedback.setProgress(100)
        return results

    def _gravity(self, feedback, found, sources, cell_size, threshold):
        """[gravity, gravity_rank, important] of every corridor by the gravity model of Kong et al. (2010):
        G_ab = [ln(S_a) / P_a] [ln(S_b) / P_b] / (cwd_ab / largest cwd)², P the mean resistance of a
        source's cells, S its area in m² (kernels/connectivity.py); ``sources``: a :class:`_SourceCells`."""
        if not found:
            return []
        mean_resistance = sources.total_resistance / np.maximum(sources.counts, 1)
        area = sources.counts * (cell_size[0] * cell_size[1])
        try:
            model = patch_indices.gravity([c.from_source for c in found], [c.to_source for c in found],
                                          [c.cwd for c in found], mean_resistance, area)
        except InputError as error:
            feedback.pushWarning(self.tr("The gravity model cannot weigh these corridors ({}); the gravity fields "
                                         "are left empty.").format(error))
            return [[None, None, None] for _ in found]
        important = model.strength > threshold
        strongest = np.argsort(model.rank, kind="stable")[:5]
        feedback.pushInfo(self.tr("Gravity model (Kong et al. 2010): {} of {} corridors above {:g}; strongest: {}.")
                          .format(int(important.sum()), len(found), threshold, ", ".join(
                              f"{found[k].from_source}–{found[k].to_source} G={model.strength[k]:.4g}"
                              for k in strongest)))
        return [[float(g), int(r), int(i)] for g, r, i in zip(model.strength, model.rank, important)]

    def _marks(self, parameters, context, feedback, search, wanted):
        """What marks vulnerable stretches: land-use classes, or a raster over a threshold, or nothing."""
        grid = search.grid
        landuse_path = layers.raster_path(self, parameters, self.LANDUSE, context, required=False)
        raster_path = layers.raster_path(self, parameters, self.VULNERABILITY, context, required=False)
        path = landuse_path or raster_path
        if path is None:
            if wanted:
                feedback.pushWarning(self.tr(
                    "No vulnerable stretches: give the land use (and its vulnerable and farmland classes), or a "
                    "raster and a threshold, to find where corridors cross roads, buildings, mines and farmland."))
            return None
        label = self.tr("The land use for vulnerable stretches") if landuse_path else \
            self.tr("The raster for vulnerable stretches")
        layers.check_overlap(self, path, grid, label)
        aligned = raster_io.align_raster(path, grid, "nearest")
        layers.report_coverage(self, feedback, aligned.valid, search.resistance.valid, label,
                               self.tr("vulnerable stretches cannot be found where it has no value."))
        if landuse_path:
            preset = tables.preset(self.parameterAsEnumString(parameters, self.PRESET, context) or tables.PRESETS[0])
            text = self.parameterAsString(parameters, self.VULNERABLE_CLASSES, context)
            barrier = parse_codes(self, text, self.tr("Vulnerable classes")) if text.strip() else preset.barrier
            text = self.parameterAsString(parameters, self.FARMLAND_CLASSES, context)
            farmland = parse_codes(self, text, self.tr("Farmland classes")) if text.strip() else preset.farmland
            feedback.pushInfo(self.tr("Vulnerable stretches: barrier classes {}, farmland classes {}.").format(
                ", ".join(map(str, barrier)) or "–", ", ".join(map(str, farmland)) or "–"))
            return kernel.marks_from_classes(aligned.array, aligned.valid, barrier, farmland)
        threshold = self.parameterAsDouble(parameters, self.VULNERABLE_THRESHOLD, context)
        return kernel.marks_from_threshold(aligned.array, threshold, aligned.valid)


class _SourceCells:
    """What the gravity model and the summary need of the sources, taken before the corridor check
    lets the source ids and the resistance go: per source id its cell count and summed resistance,
    and how many sources there are."""

    def __init__(self, search):
        ids = search.sources.ravel()
        cells = np.flatnonzero(ids)
        top = int(ids[cells].max()) if cells.size else 0
        self.counts = np.bincount(ids[cells], minlength=top + 1)
        self.total_resistance = np.bincount(
            ids[cells], weights=search.resistance.array.ravel()[cells].astype(np.float64), minlength=top + 1)
        self.count = int(np.count_nonzero(self.counts[1:]))


def finite(value):
    """A number for a field, or NULL where it is not finite (persistence of the cheapest saddle)."""
    return float(value) if value is not None and math.isfinite(value) else None
