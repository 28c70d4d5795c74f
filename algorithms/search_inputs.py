# SPDX-License-Identifier: GPL-2.0-or-later
"""Inputs shared by the algorithms that work on an MCR search (corridors, channels).

They take the resistance and either the sources (and run the search) or the three outputs of
mcr:costsurface (and reuse them). Help texts: resources/help/_search_inputs.ini.
"""

import uuid
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)

from . import compat, layers, memory, raster_io
from .base import McrAlgorithm, given
from .kernels import cost
from .sources_input import source_ids_on_grid

RESISTANCE = "RESISTANCE"
SOURCES_RASTER = "SOURCES_RASTER"
SOURCES = "SOURCES"
SOURCE_ID_FIELD = "SOURCE_ID_FIELD"
MCR_SURFACE = "MCR_SURFACE"
ALLOCATION = "ALLOCATION"
BACK_DIRECTION = "BACK_DIRECTION"
NEIGHBOURS = "NEIGHBOURS"
NEIGHBOUR_CHOICES = (4, 8, 16)
HELP = "_search_inputs"


@dataclass
class Search:
    grid: raster_io.Grid
    resistance: raster_io.Raster
    cell_size: tuple  # metres
    result: cost.CostResult
    sources: np.ndarray  # source ids where the search started
    exact: bool = True  # the costs are the search's own (not read back from a Float32 surface)


def add_parameters(algorithm):
    """Resistance, sources, the three reusable MCR surface outputs and the neighbourhood."""
    add_source_parameters(algorithm)
    add_reuse_parameters(algorithm)
    add_neighbourhood(algorithm)


def add_source_parameters(algorithm):
    """Resistance and sources (a source-id raster, or features with an optional id field)."""
    tr = algorithm.tr
    algorithm.addParameter(QgsProcessingParameterRasterLayer(RESISTANCE, tr("Resistance surface")))
    algorithm.addParameter(
        QgsProcessingParameterRasterLayer(SOURCES_RASTER, tr("Sources as a source-id raster"), optional=True)
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            SOURCES, tr("Sources as polygons or points"),
            [compat.SOURCE_VECTOR_POLYGON, compat.SOURCE_VECTOR_POINT], optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            SOURCE_ID_FIELD, tr("Source id field"), None, SOURCES, compat.FIELD_NUMERIC, optional=True
        )
    )


def add_reuse_parameters(algorithm):
    """The outputs of an MCR surface run, to reuse instead of searching again (advanced)."""
    tr = algorithm.tr
    # QGIS adds "[optional]" itself; the labels say where the rasters come from.
    for name, label in ((MCR_SURFACE, tr("MCR surface to reuse (of an earlier MCR surface run)")),
                        (ALLOCATION, tr("Allocation to reuse (of the same run)")),
                        (BACK_DIRECTION, tr("Back-direction to reuse (of the same run)"))):
        parameter = QgsProcessingParameterRasterLayer(name, label, optional=True)
        algorithm.addParameter(compat.add_flag(parameter, compat.FLAG_ADVANCED))


def neighbourhood_parameter(algorithm, choices=NEIGHBOUR_CHOICES, label=None):
    """The neighbourhood choice (a subset of 4, 8, 16; 8 by default) as an enum parameter."""
    tr = algorithm.tr
    names = {4: tr("4 (rook)"), 8: tr("8 (queen)"), 16: tr("16 (knight's moves, as r.cost -k)")}
    return QgsProcessingParameterEnum(NEIGHBOURS, label or tr("Neighbourhood"), [names[n] for n in choices],
                                      defaultValue=choices.index(8))


def add_neighbourhood(algorithm, choices=NEIGHBOUR_CHOICES):
    algorithm.addParameter(neighbourhood_parameter(algorithm, choices))


def neighbour_count(algorithm, parameters, context, choices=NEIGHBOUR_CHOICES):
    """The number of neighbours chosen in the parameter of :func:`neighbourhood_parameter`."""
    return choices[algorithm.parameterAsEnum(parameters, NEIGHBOURS, context)]


def check_sources(algorithm, parameters):
    """Either the source-id raster or the source features, not both and not neither."""
    if given(parameters, SOURCES_RASTER) == given(parameters, SOURCES):
        return [
            algorithm.tr("Give the sources either as a source-id raster or as polygons or points (one of the two).")
        ]
    return []


def check_search(algorithm, parameters):
    """Sources, or all three outputs of an MCR surface run to reuse (then no sources)."""
    reused = [given(parameters, name) for name in (MCR_SURFACE, ALLOCATION, BACK_DIRECTION)]
    if any(reused):
        if not all(reused):
            return [algorithm.tr("To reuse an MCR surface run, give all three of its outputs: MCR surface, "
                                 "allocation and back-direction (or none of them and give the sources).")]
        return []
    return check_sources(algorithm, parameters)


def warn_sources_on_nodata(algorithm, feedback, sources, valid):
    on_nodata = int(np.count_nonzero((sources > 0) & ~valid))
    # Ids lost entirely on NoData (two passes over the grid: only when some source cell is there).
    lost = sorted(set(cost.ids_present(sources)) - set(cost.ids_present(sources, valid))) if on_nodata else []
    report_sources_on_nodata(algorithm, feedback, on_nodata, lost)


def report_sources_on_nodata(algorithm, feedback, on_nodata, lost):
    """Warn about ``on_nodata`` source cells on NoData and the source ids ``lost`` entirely there."""
    if on_nodata:
        feedback.pushWarning(algorithm.tr(
            "{} source cells lie on NoData in the resistance and are ignored (sources must lie on cells with "
            "a resistance)."
        ).format(on_nodata))
    if lost:
        feedback.pushWarning(algorithm.tr(
            "Sources {} lie entirely on NoData in the resistance: they take no part in the search."
        ).format(", ".join(map(str, lost))))


def run_metadata(neighbours):
    """Metadata that ties the three outputs of one MCR surface run together (checked on reuse)."""
    run_id = uuid.uuid4().hex

    def tag(role):
        return {"MCR_RUN_ID": run_id, "MCR_OUTPUT": role, "MCR_NEIGHBOURS": str(neighbours)}

    return tag


def load(algorithm: McrAlgorithm, parameters, context, feedback, start=0.0, end=50.0, bytes_per_cell=60):
    """Read the resistance and run (or reuse) the multi-source MCR search."""
    neighbours = neighbour_count(algorithm, parameters, context)
    path = layers.raster_path(algorithm, parameters, RESISTANCE, context)
    grid = raster_io.read_grid(path)
    cell_size = layers.metric_cell_size(grid, algorithm.tr("resistance surface"))
    memory.require(grid.width * grid.height, bytes_per_cell, algorithm.displayName())
    resistance = layers.read_resistance(algorithm, path, feedback)
    reused = [layers.raster_path(algorithm, parameters, name, context, required=False)
              for name in (MCR_SURFACE, ALLOCATION, BACK_DIRECTION)]
    if any(reused):
        if not all(reused):
            raise QgsProcessingException(check_search(algorithm, parameters)[0])
        result, exact = _reuse(algorithm, reused, resistance, cell_size, neighbours, feedback)
        sources = np.where((result.back_direction == 0) & (result.allocation > 0), result.allocation, 0)
        feedback.pushInfo(algorithm.tr("Reusing the given MCR surface, allocation and back-direction."))
    else:
        exact = True
        sources = cost.compact_ids(source_ids_on_grid(
            algorithm, parameters, context, feedback, grid, SOURCES_RASTER, SOURCES, SOURCE_ID_FIELD
        ))
        warn_sources_on_nodata(algorithm, feedback, sources, resistance.valid)
        feedback.setProgressText(algorithm.tr("Searching least-cost paths from all sources"))
        result = cost.accumulated_cost(
            resistance.array, sources, cell_size, neighbours, valid=resistance.valid,
            progress=algorithm.progress_callback(feedback, start, end),
        )
        sources = np.where(resistance.valid & (sources > 0), sources, 0)
    return Search(grid, resistance, cell_size, result, sources, exact)


ROLES = ("surface", "allocation", "back_direction")


def _reuse(algorithm, paths, resistance, cell_size, neighbours, feedback):
    """The three outputs of one MCR surface run, checked to belong together and to this resistance."""
    tr = algorithm.tr
    grid = resistance.grid
    labels = [algorithm.parameterDefinition(name).description() for name in (MCR_SURFACE, ALLOCATION, BACK_DIRECTION)]
    grids = [raster_io.read_grid(path) for path in paths]
    for other, label in zip(grids, labels):
        if not other.matches(grid):
            raise QgsProcessingException(tr(
                "{} does not lie on the resistance grid; give the MCR surface, allocation and back-direction of "
                "one MCR surface run on this resistance."
            ).format(label))
    tags = [raster_io.read_metadata(path) for path in paths]
    role_names = {"surface": tr("MCR surface"), "allocation": tr("allocation"), "back_direction": tr("back-direction")}
    for tag, role, label in zip(tags, ROLES, labels):
        if tag.get("MCR_OUTPUT") and tag["MCR_OUTPUT"] != role:
            raise QgsProcessingException(tr(
                "{} is the {} output of an MCR surface run, not its {}; check which file goes where."
            ).format(label, role_names.get(tag["MCR_OUTPUT"], tag["MCR_OUTPUT"]), role_names[role]))
    run_ids = [tag.get("MCR_RUN_ID") for tag in tags]
    if all(run_ids) and len(set(run_ids)) > 1:
        raise QgsProcessingException(tr(
            "The MCR surface, allocation and back-direction come from different MCR surface runs; give the three "
            "outputs of one run (or give the sources and let this algorithm search again)."
        ))
    for tag, label in zip(tags, labels):
        if tag.get("MCR_NEIGHBOURS") and tag["MCR_NEIGHBOURS"] != str(neighbours):
            raise QgsProcessingException(tr(
                "{} was computed with {} neighbours, not {}; choose the neighbourhood of the MCR surface run."
            ).format(label, tag["MCR_NEIGHBOURS"], neighbours))
    # One raster at a time, NoData cleared in place: no copies of the whole grid.
    back = raster_io.read_raster(paths[2])
    codes, reachable = back.array, back.valid
    del back
    if codes.dtype != np.uint8:
        codes = codes.astype(np.uint8)
    allocation = raster_io.read_raster(paths[1])
    labels_array, reachable = allocation.array, reachable & allocation.valid
    del allocation
    if labels_array.dtype.kind not in "iu":
        labels_array = np.where(reachable, labels_array, 0).astype(np.int32)
    labels_array[~reachable] = 0
    labels_array = cost.compact_ids(labels_array)  # one byte a cell for up to 255 sources
    surface = raster_io.read_raster(paths[0])
    distance, reachable = surface.array, reachable & surface.valid
    del surface
    exact = distance.dtype == np.float64
    if not exact:
        distance = distance.astype(np.float64)
    distance[~reachable] = np.inf
    codes[~reachable] = 0
    labels_array[~reachable] = 0
    del reachable
    allowed = set(cost.NEIGHBOURHOODS[neighbours]) | {0}
    used = set(np.flatnonzero(np.bincount(codes.ravel(), minlength=256)).tolist())
    if not used <= allowed:
        raise QgsProcessingException(tr(
            "The back-direction holds codes {} that a {}-cell neighbourhood does not have; choose the neighbourhood "
            "of the MCR surface run."
        ).format(sorted(used - allowed), neighbours))
    failed, first, checked = cost.check_predecessors(
        distance, labels_array, codes, resistance.array, resistance.valid, cell_size
    )
    if failed:
        raise QgsProcessingException(tr(
            "The back-direction does not reproduce the MCR surface from this resistance at {} of {} cells checked "
            "(first at row {}, column {}): the three rasters are not the outputs of one MCR surface run on this "
            "resistance. Give the matching files, or give the sources and let this algorithm search again."
        ).format(failed, checked, first[0], first[1]))
    if not all(run_ids):
        feedback.pushInfo(tr("The MCR rasters carry no run id; they were checked cell by cell instead ({} cells).")
                          .format(checked))
    return cost.CostResult(distance, labels_array, codes, neighbours), exact
