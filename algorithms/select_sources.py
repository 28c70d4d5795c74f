# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:selectsources — habitat patches of at least a minimum area -> ecological sources."""

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from . import compat, landuse_input, layers, patch_connectivity, raster_io
from .base import McrAlgorithm, given
from .kernels import Cancelled, patches
from .kernels.reclass import normalise_name

SOURCE_NODATA = -1
CONNECTIVITY = (8, 4)
BYTES_PER_CELL = 40  # land use, habitat mask, labels (int32), ids, the polygoniser's copies
RANK_BYTES_PER_CELL = 60  # ranking by importance: the resistance, the search grid, one search at a time
SELECT_BY = ("area", "dpc", "diic")
DOMINANT_SHARE = 0.25  # a source this large a share of the map is worth a warning


SOURCE_FIELDS = (("source_id", "int"), ("area_km2", "double"), ("perimeter_km", "double"), ("cells", "int"))
RANK_FIELDS = (("dpc", "double"), ("diic", "double"), ("importance_rank", "int"))


class SelectSources(McrAlgorithm):
    NAME = "selectsources"
    DISPLAY_NAME = "Select ecological sources"
    GROUP_ID = "sources"
    TAGS = ("ecological source", "habitat", "patch", "core area", "minimum area", "MCR", "MSPA")

    INPUT = landuse_input.INPUT
    BAND = landuse_input.BAND
    POLYGONS = landuse_input.POLYGONS
    CLASS_FIELD = landuse_input.CLASS_FIELD
    REFERENCE = landuse_input.REFERENCE
    CELL_SIZE = landuse_input.CELL_SIZE
    PRESET = landuse_input.PRESET
    TABLE_FILE = landuse_input.TABLE_FILE
    HABITAT_CLASSES = landuse_input.HABITAT_CLASSES
    MIN_AREA = "MIN_AREA"
    CONNECTIVITY = "CONNECTIVITY"
    OPENING_RADIUS = "OPENING_RADIUS"
    FILL_HOLES = "FILL_HOLES"
    SELECT_BY = "SELECT_BY"
    RESISTANCE = "RESISTANCE"
    TOP_N = "TOP_N"
    MIN_IMPORTANCE = "MIN_IMPORTANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"

    def initAlgorithm(self, config=None):
        landuse_input.add_parameters(self, "Land-use raster")
        landuse_input.add_table_parameters(self, matrix=False)
        landuse_input.add_habitat_classes(self)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_AREA, self.tr("Minimum source area (km²)"), compat.NUMBER_DOUBLE,
                defaultValue=10.0, minValue=0.0,
            )
        )
        connectivity = QgsProcessingParameterEnum(
            self.CONNECTIVITY, self.tr("Cells belong to one patch when they touch"),
            [self.tr("by an edge or a corner (8 neighbours)"), self.tr("by an edge (4 neighbours)")],
            defaultValue=0,
        )
        self.addParameter(connectivity)
        opening = QgsProcessingParameterNumber(
            self.OPENING_RADIUS, self.tr("Opening radius to cut thin links (m)"), compat.NUMBER_DOUBLE,
            defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(opening, compat.FLAG_ADVANCED))
        holes = QgsProcessingParameterNumber(
            self.FILL_HOLES, self.tr("Fill holes smaller than (km²)"), compat.NUMBER_DOUBLE,
            defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(holes, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SELECT_BY, self.tr("Sources are"),
                [self.tr("the patches of at least the minimum area (the paper)"),
                 self.tr("of those, the most important for connectivity (dPC)"),
                 self.tr("of those, the most important for connectivity (dIIC)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.RESISTANCE, self.tr("Resistance surface (to rank by connectivity importance)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOP_N, self.tr("Keep the N most important patches (0 = no limit)"), compat.NUMBER_INTEGER,
                defaultValue=0, minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_IMPORTANCE, self.tr("Keep patches whose importance is at least (%)"), compat.NUMBER_DOUBLE,
                defaultValue=0.0, minValue=0.0, maxValue=100.0,
            )
        )
        patch_connectivity.add_parameters(self, advanced=(
            patch_connectivity.NEIGHBOURS, patch_connectivity.DISTANCE_UNIT, patch_connectivity.PROBABILITY))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Ecological sources"), compat.SOURCE_VECTOR_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_RASTER, self.tr("Source ids (raster)"), optional=True, createByDefault=True
            )
        )

    def check(self, parameters, context):
        problems = landuse_input.check(self, parameters)
        problems += landuse_input.check_habitat_classes(self, parameters, context)
        if self.parameterAsEnum(parameters, self.SELECT_BY, context):
            if not given(parameters, self.RESISTANCE):
                problems.append(self.tr(
                    "Ranking the patches by connectivity importance needs the resistance surface: give it, or choose "
                    "the patches of at least the minimum area (the paper's rule)."))
            problems += patch_connectivity.check(self, parameters, context)
        return problems

    def compute(self, parameters, context, feedback):
        table = landuse_input.class_table(self, parameters, context, matrix=False)
        codes = landuse_input.habitat_codes(self, parameters, context, feedback, table)
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        connectivity = CONNECTIVITY[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)]
        opening = self.parameterAsDouble(parameters, self.OPENING_RADIUS, context)
        fill_holes = self.parameterAsDouble(parameters, self.FILL_HOLES, context)
        select_by = SELECT_BY[self.parameterAsEnum(parameters, self.SELECT_BY, context)]
        outputs = self.open_outputs(parameters, context, feedback)
        feedback.setProgressText(self.tr("Reading land use"))
        names = {int(float(code)): name for code, name, _ in table.rows if name}
        by_name = {normalise_name(name): code for code, name in names.items()}
        needs = BYTES_PER_CELL + (RANK_BYTES_PER_CELL if select_by != "area" else 0)
        landuse = landuse_input.read(self, parameters, context, feedback, by_name, names, needs,
                                     self.tr("Selecting sources"))
        grid = landuse.grid
        cell_size = layers.metric_cell_size(grid, self.tr("land-use raster"))
        cell_km2 = cell_size[0] * cell_size[1] / 1e6
        if 0 < min_area < cell_km2:
            feedback.pushWarning(self.tr(
                "The minimum area {:g} km² is smaller than one cell ({:g} km²): every habitat patch qualifies."
            ).format(min_area, cell_km2))
        feedback.setProgress(10)
        feedback.setProgressText(self.tr("Finding habitat patches"))
        found = patches.select_patches(
            landuse.codes, landuse.valid, codes, cell_size, min_area, connectivity, opening, fill_holes
        )
        feedback.pushInfo(self.tr(
            "{} of {} habitat patches reach {:g} km²; total source area {:.4f} km²."
        ).format(found.count, found.candidates, min_area, found.area_km2.sum()))
        ranks = None
        if select_by != "area":
            found, ranks = self._rank(parameters, context, feedback, select_by, found, grid, cell_size,
                                      np.count_nonzero(landuse.valid) * cell_km2)
        self._warn_dominance(feedback, found, landuse.valid, cell_km2, opening)
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(50)
        feedback.setProgressText(self.tr("Building source polygons"))
        polygons = raster_io.polygonize(found.labels, grid, connectivity)
        feedback.setProgress(80)

        ids = found.labels
        ids[~landuse.valid] = SOURCE_NODATA
        rows = []
        for source_id in range(1, found.count + 1):
            parts = [QgsGeometry() for _ in polygons[source_id]]
            for geometry, wkb in zip(parts, polygons[source_id]):
                geometry.fromWkb(wkb)
            rows.append((QgsGeometry.collectGeometry(parts), [
                source_id, float(found.area_km2[source_id]), float(found.perimeter_km[source_id]),
                int(found.cells[source_id]), *([] if ranks is None else ranks[source_id]),
            ]))
        fields = SOURCE_FIELDS + (RANK_FIELDS if ranks is not None else ())
        outputs.vector(self.OUTPUT, fields, compat.WKB_MULTIPOLYGON, layers.crs_of(grid), rows, style="sources")
        outputs.raster(self.OUTPUT_RASTER, ids, grid, SOURCE_NODATA, "Int32", "source id",
                       style="zones", value_range=(1, max(found.count, 1)))
        results = outputs.commit()
        feedback.setProgress(100)
        return results

    def _rank(self, parameters, context, feedback, select_by, found, grid, cell_size, landscape_km2):
        """Keep the patches most important for connectivity (Saura & Rubio 2010), ranked on the patch graph
        of all patches that reach the minimum area; returns the kept patches renumbered by descending area
        and {new id: [dpc, diic, importance rank]}."""
        chosen = patch_connectivity.settings(self, parameters, context)
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        min_importance = self.parameterAsDouble(parameters, self.MIN_IMPORTANCE, context)
        index_name = "dPC" if select_by == "dpc" else "dIIC"
        feedback.setProgressText(self.tr("Ranking the patches by {}").format(index_name))
        path = layers.raster_path(self, parameters, self.RESISTANCE, context)
        resistance = patch_connectivity.resistance_on_grid(self, path, grid, feedback)
        links = patch_connectivity.patch_links(self, feedback, chosen, resistance.array, resistance.valid,
                                               found.labels, cell_size, False, self.progress_callback(feedback, 15, 35))
        del resistance
        present = links.patches
        if len(present) < found.count:
            feedback.pushWarning(self.tr(
                "{} patches lie entirely on NoData in the resistance; they cannot be ranked and are left out."
            ).format(found.count - len(present)))
        result, _ = patch_connectivity.importance(
            self, feedback, chosen, links, found.area_km2[present], max(landscape_km2, float(found.area_km2.sum())),
            self.progress_callback(feedback, 35, 45))
        if result.dpc is None:
            raise QgsProcessingException(self.tr(
                "{} patches are too many to rank by importance; raise the minimum area.").format(len(present)))
        score = result.dpc if select_by == "dpc" else result.diic
        rank = patch_connectivity.competition_rank(score)
        keep = np.ones(len(present), bool)
        if top_n:
            keep[np.lexsort((present, -score))[top_n:]] = False
        if min_importance:
            keep &= score >= min_importance
        if not keep.any():
            raise QgsProcessingException(self.tr(
                "No patch has {} ≥ {:g} %; the highest is {:.3g} % (patch of {:.4g} km²). Lower the minimum "
                "importance.").format(index_name, min_importance, float(score.max()),
                                      float(found.area_km2[present[int(np.argmax(score))]])))
        order = np.lexsort((present, -score))

        def listed(positions):
            return "; ".join(f"{float(score[k]):.3g} % ({float(found.area_km2[present[k]]):.3g} km²)"
                             for k in positions[:20]) or "–"

        feedback.pushInfo(self.tr("{} of {} patches kept by {} (importance, area): {}. Next, left out: {}.").format(
            int(keep.sum()), len(present), index_name, listed(order[keep[order]]), listed(order[~keep[order]][:5])))
        # The kept patches keep their order by descending area: ids 1, 2, … again.
        kept = present[keep]
        renumber = np.zeros(found.count + 1, dtype=np.int32)
        renumber[kept] = np.arange(1, kept.size + 1, dtype=np.int32)
        selected = patches.Patches(
            renumber[found.labels], np.concatenate([[0], found.cells[kept]]),
            np.concatenate([[0.0], found.area_km2[kept]]), np.concatenate([[0.0], found.perimeter_km[kept]]),
            found.largest_km2, found.candidates)
        ranks = {int(renumber[p]): [float(result.dpc[k]), float(result.diic[k]), int(rank[k])]
                 for k, p in enumerate(present.tolist()) if keep[k]}
        return selected, ranks

    def _warn_dominance(self, feedback, found, valid, cell_km2, opening):
        """One patch that covers much of the map makes one giant source and few corridors."""
        if found.count == 0:
            return
        share = float(found.cells[1]) / max(int(np.count_nonzero(valid)), 1)
        feedback.pushInfo(self.tr("The largest source covers {:.1f} % of the map ({:.3f} km²).").format(
            100.0 * share, found.area_km2[1]))
        if share >= DOMINANT_SHARE:
            feedback.pushWarning(self.tr(
                "One source covers {:.0f} % of the map: the pattern will have few sources and corridors. On 10–30 m "
                "land cover, cut thin links between forest blocks with an opening (e.g. radius 100 m{}), or take "
                "the core areas of an MSPA (MCR ▸ Ecological sources ▸ MSPA) ranked by connectivity importance."
            ).format(100.0 * share, self.tr(", now {:g} m").format(opening) if opening else ""))
