# SPDX-License-Identifier: GPL-2.0-or-later
"""Inputs shared by the algorithms that work on an MCR search (corridors, channels).

They take the resistance and either the sources (and run the search) or the three outputs of
mcr:costsurface (and reuse them). Help texts: resources/help/_search_inputs.ini.
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)

from . import compat, layers, raster_io
from .base import McrAlgorithm
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
    for name, label in ((MCR_SURFACE, "MCR surface from MCR surface (optional)"),
                        (ALLOCATION, "Allocation from MCR surface (optional)"),
                        (BACK_DIRECTION, "Back-direction from MCR surface (optional)")):
        parameter = QgsProcessingParameterRasterLayer(name, tr(label), optional=True)
        algorithm.addParameter(compat.add_flag(parameter, compat.FLAG_ADVANCED))


def add_neighbourhood(algorithm):
    tr = algorithm.tr
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            NEIGHBOURS, tr("Neighbourhood"),
            [tr("4 (rook)"), tr("8 (queen)"), tr("16 (knight's moves, as r.cost -k)")], defaultValue=1,
        )
    )


def load(algorithm: McrAlgorithm, parameters, context, feedback, start=0.0, end=50.0):
    """Read the resistance and run (or reuse) the multi-source MCR search."""
    neighbours = NEIGHBOUR_CHOICES[algorithm.parameterAsEnum(parameters, NEIGHBOURS, context)]
    resistance = raster_io.read_raster(layers.raster_path(algorithm, parameters, RESISTANCE, context))
    grid = resistance.grid
    cell_size = layers.metric_cell_size(grid, "resistance surface")
    reused = [layers.raster_path(algorithm, parameters, name, context, required=False)
              for name in (MCR_SURFACE, ALLOCATION, BACK_DIRECTION)]
    if any(reused):
        if not all(reused):
            raise QgsProcessingException(
                algorithm.tr("To reuse an MCR surface run, give all three of its outputs: MCR surface, "
                             "allocation and back-direction (or none of them and give the sources).")
            )
        result = _reuse(algorithm, reused, grid, neighbours)
        sources = np.where((result.back_direction == 0) & (result.allocation > 0), result.allocation, 0)
        feedback.pushInfo(algorithm.tr("Reusing the given MCR surface, allocation and back-direction."))
    else:
        sources = source_ids_on_grid(
            algorithm, parameters, context, feedback, grid, SOURCES_RASTER, SOURCES, SOURCE_ID_FIELD
        )
        feedback.setProgressText(algorithm.tr("Searching least-cost paths from all sources"))
        result = cost.accumulated_cost(
            resistance.array, sources, cell_size, neighbours, valid=resistance.valid,
            progress=algorithm.progress_callback(feedback, start, end),
        )
        sources = np.where(resistance.valid & (sources > 0), sources, 0)
    return Search(grid, resistance, cell_size, result, sources)


def _reuse(algorithm, paths, grid, neighbours):
    rasters = [raster_io.read_raster(path) for path in paths]
    if not all(raster.grid.matches(grid) for raster in rasters):
        raise QgsProcessingException(
            algorithm.tr("The MCR surface, allocation and back-direction must lie on the resistance "
                         "grid (use the outputs of one MCR surface run on this resistance).")
        )
    surface, allocation, back = rasters
    reachable = surface.valid & back.valid & allocation.valid
    codes = np.where(reachable, back.array, 0).astype(np.uint8)
    allowed = set(cost.NEIGHBOURHOODS[neighbours]) | {0}
    used = set(np.unique(codes).tolist())
    if not used <= allowed:
        raise QgsProcessingException(
            algorithm.tr(f"The back-direction holds codes {sorted(used - allowed)} that a {neighbours}-cell "
                         "neighbourhood does not have; choose the neighbourhood of the MCR surface run.")
        )
    distance = np.where(reachable, surface.array.astype(np.float64), np.inf)
    return cost.CostResult(distance, np.where(reachable, allocation.array, 0).astype(np.int32), codes, neighbours)
