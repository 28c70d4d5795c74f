# SPDX-License-Identifier: GPL-2.0-or-later
"""Inputs shared by the circuit-theory algorithms (current flow, pinch points, barriers,
centrality): the resistance, the sources as focal nodes, the pairs of sources they work on and
the options of the resistor network. Help texts: resources/help/_circuit_inputs.ini."""

import math
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
)

from . import compat, layers, memory, raster_io, search_inputs
from .kernels import circuit, cost
from .sources_input import source_ids_on_grid

NEIGHBOURS = "NEIGHBOURS"
SCHEME = "SCHEME"
SOLVER = "SOLVER"
CORRIDORS = "CORRIDORS"
CIRCUIT_NEIGHBOURS = (4, 8)
# Field names of the corridor layer of mcr:corridors.
FROM_FIELD, TO_FIELD = "from_source", "to_source"


@dataclass
class Landscape:
    grid: raster_io.Grid
    cell_size: tuple  # metres
    resistance: raster_io.Raster
    sources: np.ndarray  # source ids > 0 on valid cells, 0 elsewhere

    @property
    def ids(self):
        return np.asarray(cost.ids_present(self.sources), dtype=np.int64)


def add_neighbourhood(algorithm, choices=CIRCUIT_NEIGHBOURS):
    search_inputs.add_neighbourhood(algorithm, choices)


def neighbours(algorithm, parameters, context, choices=CIRCUIT_NEIGHBOURS):
    return search_inputs.neighbour_count(algorithm, parameters, context, choices)


def add_scheme(algorithm):
    """How two neighbouring cells are joined by a resistor (advanced)."""
    tr = algorithm.tr
    scheme = QgsProcessingParameterEnum(
        SCHEME, tr("Resistance between two cells"),
        [tr("average of the two resistances (Linkage Mapper; this plugin's cost rule)"),
         tr("average of the two conductances (Circuitscape's default)")], defaultValue=0,
    )
    algorithm.addParameter(compat.add_flag(scheme, compat.FLAG_ADVANCED))


def add_solver(algorithm):
    """The linear solver of the resistor network (advanced)."""
    tr = algorithm.tr
    choice = QgsProcessingParameterEnum(
        SOLVER, tr("Solver"),
        [tr("automatic"), tr("direct (sparse LU factorisation)"),
         tr("conjugate gradients with algebraic multigrid (needs pyamg)"),
         tr("conjugate gradients with a Jacobi preconditioner")], defaultValue=0,
    )
    algorithm.addParameter(compat.add_flag(choice, compat.FLAG_ADVANCED))


def scheme(algorithm, parameters, context):
    return circuit.SCHEMES[algorithm.parameterAsEnum(parameters, SCHEME, context)]


def solver(algorithm, parameters, context):
    return circuit.SOLVERS[algorithm.parameterAsEnum(parameters, SOLVER, context)]


def add_corridor_input(algorithm, optional):
    tr = algorithm.tr
    label = tr("Corridors (pairs of sources; e.g. from Ecological corridors)")
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(CORRIDORS, label, [compat.SOURCE_VECTOR_LINE], optional=optional)
    )


def load(algorithm, parameters, context, feedback, bytes_per_cell, extra_bytes=0):
    """The resistance and the source ids on its grid, memory checked before anything is read."""
    path = layers.raster_path(algorithm, parameters, search_inputs.RESISTANCE, context)
    grid = raster_io.read_grid(path)
    cell_size = layers.metric_cell_size(grid, algorithm.tr("resistance surface"))
    memory.require(grid.width * grid.height, bytes_per_cell, algorithm.displayName(), extra_bytes)
    feedback.setProgressText(algorithm.tr("Reading the resistance surface and the sources"))
    resistance = layers.read_resistance(algorithm, path, feedback)
    sources = source_ids_on_grid(algorithm, parameters, context, feedback, grid, search_inputs.SOURCES_RASTER,
                                 search_inputs.SOURCES, search_inputs.SOURCE_ID_FIELD)
    search_inputs.warn_sources_on_nodata(algorithm, feedback, sources, resistance.valid)
    sources = np.where(resistance.valid, sources, 0)
    return Landscape(grid, cell_size, resistance, sources)


def circuit_bytes(cells, focal_nodes, chosen_solver="auto"):
    """Peak memory of one circuit solve on ``cells`` cells (see circuit.estimate_bytes)."""
    name = circuit.choose_solver(cells, chosen_solver, focal_nodes) if chosen_solver == "auto" else chosen_solver
    return circuit.estimate_bytes(cells, solver=name, focal_nodes=focal_nodes), name


def corridor_features(algorithm, parameters, context, ids=None):
    """The features of the corridor layer and the (a, b) source pair of each (a < b).

    ``ids``: the source ids present; a corridor naming another id is refused."""
    tr = algorithm.tr
    source = algorithm.parameterAsSource(parameters, CORRIDORS, context)
    if source is None:
        return None, []
    fields = source.fields()
    missing = [name for name in (FROM_FIELD, TO_FIELD) if fields.lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(tr(
            "The corridor layer has no field {}; give the corridors of Ecological corridors (fields from_source "
            "and to_source hold the ids of the two sources each corridor joins)."
        ).format(" or ".join(missing)))
    present = None if ids is None else {int(i) for i in ids}
    features, pairs = [], []
    for feature in source.getFeatures():
        try:
            a, b = int(feature[FROM_FIELD]), int(feature[TO_FIELD])
        except (TypeError, ValueError):
            raise QgsProcessingException(tr(
                "Corridor feature {} has no source ids in from_source / to_source; every corridor must name the two "
                "sources it joins."
            ).format(feature.id())) from None
        if a == b:
            raise QgsProcessingException(tr(
                "Corridor feature {} joins source {} to itself; remove it.").format(feature.id(), a))
        for label in (a, b):
            if present is not None and label not in present:
                raise QgsProcessingException(tr(
                    "Corridor feature {} names source {}, which is not among the sources given ({}); give the "
                    "corridors and the sources of one run."
                ).format(feature.id(), label, ", ".join(str(i) for i in sorted(present))))
        features.append(feature)
        pairs.append((min(a, b), max(a, b)))
    if not features:
        raise QgsProcessingException(tr("The corridor layer has no features; give at least one corridor."))
    return source, list(zip(features, pairs))


def adjacent_pairs(algorithm, feedback, land, neighbour_count, progress):
    """Pairs of sources whose MCR zones touch (the pairs mcr:corridors links), from one search."""
    feedback.setProgressText(algorithm.tr("Finding the pairs of adjacent sources (one MCR search)"))
    result = cost.accumulated_cost(land.resistance.array, land.sources, land.cell_size, neighbour_count,
                                   valid=land.resistance.valid, progress=progress)
    pairs = circuit.adjacent_pairs(result.allocation, neighbour_count)
    del result
    feedback.pushInfo(algorithm.tr("{} pairs of sources have adjacent MCR zones: {}").format(
        len(pairs), ", ".join(f"{a}–{b}" for a, b in pairs[:20]) + (" …" if len(pairs) > 20 else "")))
    return pairs


def finite_or_none(value):
    return float(value) if value is not None and math.isfinite(value) else None


def current_range(values, where=None):
    """(low, high) of a log-stretched current ramp: the 1st percentile of the positive currents to
    the highest, over the cells ``where`` is True (the sources' own cells carry every amp that
    enters or leaves them and would swamp the ramp)."""
    keep = np.isfinite(values) & (values > 0)
    if where is not None and (keep & where).any():
        keep &= where
    if not keep.any():
        return (0.0, 1.0)
    chosen = values[keep]
    high = float(chosen.max())
    low = float(np.percentile(chosen, 1.0))
    return (max(low, high * 1e-6), high)


def solver_label(algorithm, name):
    """A solver name of the circuit kernel ("direct", "amg+direct", …) in words the log can show."""
    tr = algorithm.tr
    words = {"direct": tr("direct (sparse LU)"), "amg": tr("algebraic multigrid"),
             "cg": tr("conjugate gradients"), "none": tr("none")}
    return " + ".join(words.get(part, part) for part in (name or "none").split("+"))


def mode_label(algorithm, mode):
    tr = algorithm.tr
    return {"pairwise": tr("pairwise"), "one_to_all": tr("one-to-all"), "all_to_one": tr("all-to-one")}[mode]
