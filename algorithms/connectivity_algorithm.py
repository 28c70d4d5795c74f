# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:connectivity — habitat patches + resistance -> patch graph, PC, IIC, dPC and dIIC."""

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from . import compat, layers, memory, patch_connectivity, raster_io
from .base import McrAlgorithm, given
from .features import polyline
from .kernels import Cancelled, mspa, patches
from .kernels.connectivity import decay_constant
from .sources_input import source_ids_on_grid

CORE_CODES = (mspa.CLASS_CODES["core"], mspa.CLASS_CODES["internal_core"])
# The resistance and patches as read, the search grid (21 bytes per cell) and one search's
# costs, allocation and back-direction at a time, the adjacency search's zones.
BYTES_PER_CELL = 60
PATCH_FIELDS = (("patch_id", "int"), ("area_km2", "double"), ("attribute", "double"), ("links", "int"),
                ("dpc", "double"), ("dpc_intra", "double"), ("dpc_flux", "double"), ("dpc_connector", "double"),
                ("dpc_rank", "int"), ("diic", "double"), ("diic_intra", "double"), ("diic_flux", "double"),
                ("diic_connector", "double"))
LINK_FIELDS = (("link_id", "int"), ("from_patch", "int"), ("to_patch", "int"), ("cost", "double"),
               ("length_m", "double"), ("distance", "double"), ("probability", "double"),
               ("within_threshold", "int"), ("dpc_link", "double"))
SUMMARY_FIELDS = (("pc", "double"), ("iic", "double"), ("ec_pc", "double"), ("ec_iic", "double"),
                  ("patches", "int"), ("links", "int"), ("landscape_area", "double"),
                  ("attribute_total", "double"), ("distance_threshold", "double"), ("probability", "double"),
                  ("decay_constant", "double"), ("distance_unit", "string"), ("pairs", "string"))


def number(value):
    """A field value: None (NULL) where there is none or it is not finite."""
    return None if value is None or not np.isfinite(value) else float(value)


class Connectivity(McrAlgorithm):
    NAME = "connectivity"
    DISPLAY_NAME = "Connectivity importance of habitat patches (PC, IIC, dPC)"
    GROUP_ID = "sources"
    TAGS = ("connectivity", "probability of connectivity", "PC", "dPC", "integral index of connectivity", "IIC",
            "dIIC", "Conefor", "patch importance", "stepping stone", "graph", "least-cost distance", "MSPA",
            "ecological source")

    RESISTANCE = "RESISTANCE"
    PATCHES_RASTER = "PATCHES_RASTER"
    PATCHES = "PATCHES"
    PATCH_ID_FIELD = "PATCH_ID_FIELD"
    ATTRIBUTE_FIELD = "ATTRIBUTE_FIELD"
    MSPA = "MSPA"
    MIN_CORE_AREA = "MIN_CORE_AREA"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    LINK_GEOMETRY = "LINK_GEOMETRY"
    OUTPUT = "OUTPUT"
    LINKS = "LINKS"
    SUMMARY = "SUMMARY"
    PC = "PC"
    IIC = "IIC"
    PATCH_COUNT = "PATCH_COUNT"
    LINK_COUNT = "LINK_COUNT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, self.tr("Resistance surface")))
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.PATCHES_RASTER, self.tr("Patches as a patch-id raster"),
                                              optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PATCHES, self.tr("Patches as polygons or points"),
                [compat.SOURCE_VECTOR_POLYGON, compat.SOURCE_VECTOR_POINT], optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PATCH_ID_FIELD, self.tr("Patch id field"), None, self.PATCHES, compat.FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ATTRIBUTE_FIELD, self.tr("Patch attribute field (default: area)"), None, self.PATCHES,
                compat.FIELD_NUMERIC, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.MSPA, self.tr("Or: MSPA classes (core areas become patches)"),
                                              optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_CORE_AREA, self.tr("Minimum core area of an MSPA patch (km²)"), compat.NUMBER_DOUBLE,
                defaultValue=1.0, minValue=0.0,
            )
        )
        patch_connectivity.add_parameters(self)
        landscape = QgsProcessingParameterNumber(
            self.LANDSCAPE_AREA, self.tr("Landscape area A_L (km² or attribute units; 0 = the resistance's area)"),
            compat.NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0,
        )
        self.addParameter(compat.add_flag(landscape, compat.FLAG_ADVANCED))
        geometry = QgsProcessingParameterEnum(
            self.LINK_GEOMETRY, self.tr("Link lines"),
            [self.tr("least-cost paths"), self.tr("straight lines between patch centres")], defaultValue=0,
        )
        self.addParameter(compat.add_flag(geometry, compat.FLAG_ADVANCED))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Patches with their importance (dPC, dIIC)"), compat.SOURCE_VECTOR_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.LINKS, self.tr("Links between patches"), compat.SOURCE_VECTOR_LINE, optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, self.tr("Connectivity summary (PC, IIC)"), compat.SOURCE_VECTOR, optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.PC, self.tr("Probability of connectivity (PC)")))
        self.addOutput(QgsProcessingOutputNumber(self.IIC, self.tr("Integral index of connectivity (IIC)")))
        self.addOutput(QgsProcessingOutputNumber(self.PATCH_COUNT, self.tr("Number of patches")))
        self.addOutput(QgsProcessingOutputNumber(self.LINK_COUNT, self.tr("Number of links")))

    def check(self, parameters, context):
        problems = []
        kinds = [given(parameters, name) for name in (self.PATCHES_RASTER, self.PATCHES, self.MSPA)]
        if sum(kinds) != 1:
            problems.append(self.tr(
                "Give the patches one way: a patch-id raster, polygons or points, or an MSPA class raster."))
        if given(parameters, self.ATTRIBUTE_FIELD) and not given(parameters, self.PATCHES):
            problems.append(self.tr("The attribute field belongs to the patch polygons; give them, or leave the "
                                    "field empty to use the patches' areas."))
        return problems + patch_connectivity.check(self, parameters, context)

    def compute(self, parameters, context, feedback):
        chosen = patch_connectivity.settings(self, parameters, context)
        min_core = self.parameterAsDouble(parameters, self.MIN_CORE_AREA, context)
        landscape_given = self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)
        centre_lines = self.parameterAsEnum(parameters, self.LINK_GEOMETRY, context) == 1
        outputs = self.open_outputs(parameters, context, feedback)
        path = layers.raster_path(self, parameters, self.RESISTANCE, context)
        grid = raster_io.read_grid(path)
        cell_size = layers.metric_cell_size(grid, self.tr("resistance surface"))
        cell_km2 = cell_size[0] * cell_size[1] / 1e6
        memory.require(grid.width * grid.height, BYTES_PER_CELL, self.displayName())
        feedback.setProgressText(self.tr("Reading the resistance and the patches"))
        resistance = layers.read_resistance(self, path, feedback)
        ids = self._patch_ids(parameters, context, feedback, grid, cell_size, min_core)
        known, cells = np.unique(ids[ids > 0], return_counts=True)
        feedback.setProgress(10)

        feedback.setProgressText(self.tr("Least-cost links between the patches"))
        links = patch_connectivity.patch_links(
            self, feedback, chosen, resistance.array, resistance.valid, ids, cell_size,
            outputs.wanted(self.LINKS) and not centre_lines, self.progress_callback(feedback, 10, 60))
        present = links.patches
        lost = np.setdiff1d(known, present)
        if lost.size:
            feedback.pushWarning(self.tr(
                "Patches {} lie entirely on NoData in the resistance: they take no part.").format(
                ", ".join(map(str, lost[:20].tolist()))))
        area_km2 = cells[np.searchsorted(known, present)] * cell_km2
        attribute = self._attributes(parameters, context, present, area_km2)
        landscape = landscape_given or float(np.count_nonzero(resistance.valid | (ids > 0))) * cell_km2
        feedback.setProgressText(self.tr("PC, IIC and the importance of every patch and link"))
        result, link_dpc = patch_connectivity.importance(
            self, feedback, chosen, links, attribute, landscape, self.progress_callback(feedback, 60, 95),
            with_links=outputs.wanted(self.LINKS))
        self._report(feedback, chosen, result, present, links)
        if feedback.isCanceled():
            raise Cancelled()

        feedback.setProgressText(self.tr("Writing outputs"))
        crs = layers.crs_of(grid)
        distance = patch_connectivity.link_distances(links, chosen)
        degree = np.bincount(np.searchsorted(present, np.concatenate([links.patch_i, links.patch_j])),
                             minlength=len(present))
        patch_rows = self._patch_rows(ids, present, grid, area_km2, attribute, degree, result)
        outputs.vector(self.OUTPUT, PATCH_FIELDS, compat.WKB_MULTIPOLYGON, crs, patch_rows, style="patch_importance")
        if outputs.wanted(self.LINKS):
            probability = np.exp(-decay_constant(chosen.threshold, chosen.probability) * distance)
            centres = self._centres(ids, present, grid) if centre_lines else None
            rows = []
            for number_, (i, j) in enumerate(zip(links.patch_i.tolist(), links.patch_j.tolist())):
                if centre_lines:
                    line = polyline([centres[i], centres[j]])
                else:
                    r, c = np.divmod(links.paths[number_], grid.width)
                    line = polyline(zip(*grid.cell_centres(r, c)))
                rows.append((line, [number_ + 1, i, j, float(links.cost[number_]), number(links.length_m[number_]),
                                    number(distance[number_]), float(probability[number_]),
                                    int(distance[number_] <= chosen.threshold),
                                    None if link_dpc is None else float(link_dpc[number_])]))
            outputs.vector(self.LINKS, LINK_FIELDS, compat.WKB_LINESTRING, crs, rows, style="links")
        summary = [result.pc, result.iic, result.equivalent_connected_area, result.equivalent_connectivity_iic,
                   len(present), links.count, landscape, float(attribute.sum()), chosen.threshold, chosen.probability,
                   decay_constant(chosen.threshold, chosen.probability), chosen.unit_label, chosen.pairs]
        outputs.vector(self.SUMMARY, SUMMARY_FIELDS, compat.WKB_NO_GEOMETRY, crs, [(None, summary)])
        results = outputs.commit()
        results.update({self.PC: result.pc, self.IIC: result.iic, self.PATCH_COUNT: len(present),
                        self.LINK_COUNT: links.count})
        feedback.setProgress(100)
        return results

    def _patch_ids(self, parameters, context, feedback, grid, cell_size, min_core):
        """Patch ids on the resistance grid: the MSPA core areas of at least the minimum area (ids by
        descending area), or the patches as given."""
        mspa_path = layers.raster_path(self, parameters, self.MSPA, context, required=False)
        if mspa_path is None:
            return source_ids_on_grid(self, parameters, context, feedback, grid, self.PATCHES_RASTER, self.PATCHES,
                                      self.PATCH_ID_FIELD)
        label = self.tr("The MSPA class raster")
        layers.check_overlap(self, mspa_path, grid, label)
        classes = raster_io.align_raster(mspa_path, grid, "nearest")
        values = np.where(classes.valid, classes.array, 0)
        unknown = np.setdiff1d(np.unique(values), list(mspa.CLASS_CODES.values()))
        if unknown.size or values.dtype.kind not in "iu" and not np.array_equal(values, np.round(values)):
            raise QgsProcessingException(self.tr(
                "{} holds values that are not MSPA classes ({}); give the class raster of the MSPA algorithm."
            ).format(label, ", ".join(f"{v:g}" for v in unknown[:10])))
        core = np.isin(values, CORE_CODES)
        if not core.any():
            raise QgsProcessingException(self.tr(
                "{} has no core cell (class 17 or 117); with a wider edge width or a coarser raster there may be none. "
                "Run MSPA with a smaller edge width, or give the patches another way.").format(label))
        found = patches.select_patches(values, classes.valid, CORE_CODES, cell_size, min_core, 8)
        feedback.pushInfo(self.tr("{} of {} core areas reach {:g} km² and become patches ({:.4f} km²).").format(
            found.count, found.candidates, min_core, float(found.area_km2.sum())))
        return found.labels

    def _attributes(self, parameters, context, present, area_km2):
        """The patch attribute: the area (km²), or the sum of the attribute field over a patch's features."""
        field = self.parameterAsString(parameters, self.ATTRIBUTE_FIELD, context)
        if not field:
            return area_km2
        source = self.parameterAsSource(parameters, self.PATCHES, context)
        id_field = self.parameterAsString(parameters, self.PATCH_ID_FIELD, context)
        for name in (field, id_field):
            if name and source.fields().lookupField(name) < 0:
                raise QgsProcessingException(self.tr("The patches have no field {!r}.").format(name))
        totals = {}
        # The numbering of sources_input: the id field, else 1, 2, … in the layer's order.
        for number_, feature in enumerate(source.getFeatures(), 1):
            patch = feature[id_field] if id_field else number_
            value = feature[field]
            try:
                value = float(value)
            except (TypeError, ValueError):
                value = float("nan")
            if not np.isfinite(value) or value < 0:
                raise QgsProcessingException(self.tr(
                    "Patch feature {} has {!r} in the attribute field {!r}; attributes must be numbers ≥ 0."
                ).format(feature.id(), feature[field], field))
            try:
                key = int(float(patch))
            except (TypeError, ValueError):
                continue  # sources_input has refused such ids already
            totals[key] = totals.get(key, 0.0) + value
        return np.array([totals.get(int(patch), 0.0) for patch in present.tolist()])

    def _report(self, feedback, chosen, result, present, links):
        feedback.pushInfo(self.tr(
            "PC = {:.6g}, IIC = {:.6g}; equivalent connected area EC(PC) = {:.4g} (attribute units); distance "
            "threshold {:g} {} at probability {:g}.").format(
            result.pc, result.iic, result.equivalent_connected_area, chosen.threshold, chosen.unit_label,
            chosen.probability))
        if result.dpc is not None and len(present):
            order = np.lexsort((present, -result.dpc))[:10]
            feedback.pushInfo(self.tr("Most important patches (dPC %): {}").format(", ".join(
                f"{int(present[k])}: {result.dpc[k]:.2f}" for k in order)))
        if len(present) > 1 and links.count == 0:
            feedback.pushWarning(self.tr(
                "No two patches can reach each other (or every link is longer than the limit): every patch is "
                "isolated, and dPC is its own habitat only."))

    def _patch_rows(self, ids, present, grid, area_km2, attribute, degree, result):
        kept = np.where(np.isin(ids, present), ids, 0)
        polygons = raster_io.polygonize(kept, grid, 8)
        importance = result.dpc is not None
        dpc_rank = patch_connectivity.competition_rank(result.dpc) if importance else None
        rows = []
        for k, patch in enumerate(present.tolist()):
            parts = [QgsGeometry() for _ in polygons.get(patch, [])]
            for geometry, wkb in zip(parts, polygons.get(patch, [])):
                geometry.fromWkb(wkb)
            values = [patch, float(area_km2[k]), float(attribute[k]), int(degree[k])]
            if importance:
                values += [float(result.dpc[k]), float(result.dpc_intra[k]), float(result.dpc_flux[k]),
                           float(result.dpc_connector[k]), int(dpc_rank[k]), float(result.diic[k]),
                           float(result.diic_intra[k]), float(result.diic_flux[k]), float(result.diic_connector[k])]
            else:
                values += [None] * 9
            rows.append((QgsGeometry.collectGeometry(parts), values))
        return rows

    @staticmethod
    def _centres(ids, present, grid):
        """{patch id: (x, y)} of the mean of its cell centres."""
        cells = np.flatnonzero(np.isin(ids, present))
        index = np.searchsorted(present, ids.ravel()[cells])
        rows, cols = np.divmod(cells, grid.width)
        x, y = grid.cell_centres(rows, cols)
        count = np.bincount(index, minlength=len(present))
        return {int(p): (float(sx / n), float(sy / n)) for p, sx, sy, n in zip(
            present, np.bincount(index, x, len(present)), np.bincount(index, y, len(present)), count)}

