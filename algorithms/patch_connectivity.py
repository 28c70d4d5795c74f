# SPDX-License-Identifier: GPL-2.0-or-later
"""Connectivity importance of habitat patches, shared by mcr:connectivity and mcr:selectsources.

The same parameters (dispersal distance and the probability at it, distance unit, which pairs are
linked, neighbourhood), the same patch graph from the exact MCR search (kernels/patch_graph.py)
and the same PC / IIC / dPC / dIIC (kernels/connectivity.py). Help texts:
resources/help/_connectivity_input.ini.
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterNumber

from . import compat, layers, raster_io, search_inputs
from .kernels import connectivity as indices
from .kernels import patch_graph

NEIGHBOURS = search_inputs.NEIGHBOURS
DISTANCE_UNIT = "DISTANCE_UNIT"
DISTANCE_THRESHOLD = "DISTANCE_THRESHOLD"
PROBABILITY = "PROBABILITY"
PAIRS = "PAIRS"
MAX_LINK_DISTANCE = "MAX_LINK_DISTANCE"
HELP = "_connectivity_input"
UNITS = ("cost", "metres")
PAIR_CHOICES = ("adjacent", "all")  # the kernel's names, in the order of the dialog
DEFAULT_THRESHOLD = 10000.0  # cost units: 10 km through resistance 1, 1 km through resistance 10


@dataclass
class Settings:
    neighbours: int
    unit: str  # "cost" or "metres"
    threshold: float
    probability: float
    pairs: str  # "all" or "adjacent"
    max_link: float  # 0 = no limit

    @property
    def unit_label(self):
        return "cost units" if self.unit == "cost" else "m"


def add_parameters(algorithm, advanced=()):
    """Neighbourhood, distance unit, threshold, probability, linked pairs, longest link; the
    parameter names in ``advanced`` are flagged Advanced (the last two always are)."""
    tr = algorithm.tr
    parameters = [
        search_inputs.neighbourhood_parameter(algorithm, label=tr("Neighbourhood of the least-cost search")),
        QgsProcessingParameterEnum(
            DISTANCE_UNIT, tr("Distances between patches"),
            [tr("least-cost distance (cost units)"), tr("length of the least-cost path (m)")], defaultValue=0,
        ),
        QgsProcessingParameterNumber(
            DISTANCE_THRESHOLD, tr("Dispersal distance threshold (in that unit)"), compat.NUMBER_DOUBLE,
            defaultValue=DEFAULT_THRESHOLD, minValue=0.0,
        ),
        QgsProcessingParameterNumber(
            PROBABILITY, tr("Dispersal probability at the threshold"), compat.NUMBER_DOUBLE,
            defaultValue=0.5, minValue=0.0, maxValue=1.0,
        ),
        QgsProcessingParameterEnum(
            PAIRS, tr("Link"),
            [tr("adjacent patches (their MCR zones touch, as corridors join them)"),
             tr("every pair of patches (Conefor's full distance table; one search per patch)")], defaultValue=0,
        ),
        QgsProcessingParameterNumber(
            MAX_LINK_DISTANCE, tr("Leave out links longer than (in that unit; 0 = no limit)"), compat.NUMBER_DOUBLE,
            defaultValue=0.0, minValue=0.0,
        ),
    ]
    for parameter in parameters:
        if parameter.name() in advanced or parameter.name() in (PAIRS, MAX_LINK_DISTANCE):
            compat.add_flag(parameter, compat.FLAG_ADVANCED)
        algorithm.addParameter(parameter)


def check(algorithm, parameters, context):
    """The threshold and probability, as sentences naming the problem."""
    problems = []
    threshold = algorithm.parameterAsDouble(parameters, DISTANCE_THRESHOLD, context)
    probability = algorithm.parameterAsDouble(parameters, PROBABILITY, context)
    if not threshold > 0:
        problems.append(algorithm.tr(
            "The dispersal distance threshold must be > 0; give the distance at which the dispersal probability "
            "falls to the given probability (e.g. 10000 cost units, or 2000 m with distances in metres)."))
    if not 0.0 < probability < 1.0:
        problems.append(algorithm.tr(
            "The dispersal probability at the threshold must lie strictly between 0 and 1 (0.5 for a median "
            "dispersal distance, 0.05 or 0.01 for a maximum one), not {:g}.").format(probability))
    return problems


def settings(algorithm, parameters, context):
    return Settings(
        neighbours=search_inputs.neighbour_count(algorithm, parameters, context),
        unit=UNITS[algorithm.parameterAsEnum(parameters, DISTANCE_UNIT, context)],
        threshold=algorithm.parameterAsDouble(parameters, DISTANCE_THRESHOLD, context),
        probability=algorithm.parameterAsDouble(parameters, PROBABILITY, context),
        pairs=PAIR_CHOICES[algorithm.parameterAsEnum(parameters, PAIRS, context)],
        max_link=algorithm.parameterAsDouble(parameters, MAX_LINK_DISTANCE, context),
    )


def resistance_on_grid(algorithm, path, grid, feedback):
    """The resistance on ``grid``: read as it is when it lies on that grid, else aligned onto it
    (bilinear, as continuous data is, DESIGN §3) with a note in the log."""
    own = raster_io.read_grid(path)
    if own.matches(grid):
        return layers.read_resistance(algorithm, path, feedback)
    label = algorithm.tr("The resistance surface")
    layers.check_overlap(algorithm, path, grid, label)
    feedback.pushInfo(algorithm.tr("The resistance surface lies on another grid; it is resampled (bilinear) onto "
                                   "the patches' grid for the least-cost links."))
    aligned = raster_io.align_raster(path, grid, "bilinear")
    layers.report_coverage(algorithm, feedback, aligned.valid, None, label,
                           algorithm.tr("patches on cells without a resistance take no part."))
    return aligned


def patch_links(algorithm, feedback, chosen, resistance, valid, ids, cell_size, paths, progress):
    """The least-cost links between the patches of ``ids`` (kernels/patch_graph.py), limited to
    the longest link in the chosen unit; logs what was linked."""
    metres = chosen.unit == "metres"
    links = patch_graph.patch_links(
        resistance, valid, ids, cell_size, chosen.neighbours, chosen.pairs,
        max_cost=chosen.max_link if chosen.max_link and not metres else None, paths=paths or metres,
        progress=progress,
    )
    if metres and chosen.max_link and links.count:
        keep = links.length_m <= chosen.max_link
        links = patch_graph.PatchLinks(links.patch_i[keep], links.patch_j[keep], links.cost[keep],
                                       links.length_m[keep], [p for p, k in zip(links.paths, keep) if k],
                                       links.patches)
    feedback.pushInfo(algorithm.tr("{} patches, {} least-cost links ({}, {} neighbours{}).").format(
        len(links.patches), links.count,
        algorithm.tr("every pair") if chosen.pairs == "all" else algorithm.tr("adjacent pairs"), chosen.neighbours,
        algorithm.tr(", at most {:g} {}").format(chosen.max_link, chosen.unit_label) if chosen.max_link else ""))
    return links


def link_distances(links, chosen):
    return links.length_m if chosen.unit == "metres" else links.cost


def importance(algorithm, feedback, chosen, links, attribute, landscape_area, progress, with_links=False):
    """PC, IIC and every patch's dPC / dIIC (percent, in the order of ``links.patches``), and the
    dPC of every link when ``with_links``. Beyond the kernel's limit of patches for importances
    the indices alone are computed, with a warning (the importances are then None)."""
    patches = links.patches
    link_i = np.searchsorted(patches, links.patch_i)
    link_j = np.searchsorted(patches, links.patch_j)
    distance = link_distances(links, chosen)
    wanted = len(patches) <= indices.MAX_IMPORTANCE_PATCHES
    if not wanted:
        feedback.pushWarning(algorithm.tr(
            "{} patches: more than the {} for which the importance of each patch is computed (it grows faster than "
            "the square of the number of patches); PC and IIC are computed, dPC and dIIC are left empty. Raise the "
            "minimum area to rank the patches.").format(len(patches), indices.MAX_IMPORTANCE_PATCHES))
    split = 0.5 if with_links and wanted else 1.0
    result = indices.connectivity(
        attribute, link_i, link_j, distance, chosen.threshold, landscape_area, chosen.probability,
        importance=wanted, progress=lambda fraction: progress(split * fraction),
    )
    link_dpc = None
    if with_links and wanted and links.count:
        link_dpc = indices.link_importance(
            attribute, link_i, link_j, distance, chosen.threshold, chosen.probability,
            progress=lambda fraction: progress(0.5 + 0.5 * fraction),
        )
    progress(1.0)
    return result, link_dpc


def competition_rank(values):
    """1 for the largest value; equal values share the better rank."""
    values = np.asarray(values, dtype=np.float64)
    return (np.searchsorted(np.sort(-values), -values, side="left") + 1).astype(np.int64)
