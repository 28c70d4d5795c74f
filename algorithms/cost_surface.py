# SPDX-License-Identifier: GPL-2.0-or-later
"""mcr:costsurface — resistance + sources -> MCR surface, allocation and back-direction."""

import os
import re
import socket
import time

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from . import compat, layers, memory, raster_io, search_inputs
from .base import McrAlgorithm
from .kernels import Cancelled, InputError, cost, tiled
from .sources_input import source_ids_on_grid, source_ids_windows

SURFACE_NODATA = -9999.0
ALLOCATION_NODATA = 0
DIRECTION_NODATA = 255
BYTES_PER_CELL = 48  # the search (21), the resistance and source rasters as read, the outputs' arrays
# The tiled search holds one window per worker: reads, seeds, the engine, the core copies and
# temporaries, < 90 bytes per window cell measured (docs/SCALING.md §6), and GDAL's cache.
BYTES_PER_WINDOW_CELL = 100
DASK_CONNECT_TIMEOUT = 10.0  # seconds to reach a Dask scheduler before giving up
# A Dask scheduler address: tcp://host:port (or another Dask protocol), or host:port.
_ADDRESS = re.compile(r"^(?:(?P<protocol>tcp|tls|ucx|ws|wss)://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[\w.\-]+):(?P<port>\d{1,5})$")


class CostSurface(McrAlgorithm):
    NAME = "costsurface"
    DISPLAY_NAME = "MCR surface (cumulative resistance)"
    GROUP_ID = "costsurface"
    TAGS = ("MCR", "minimum cumulative resistance", "cost distance", "accumulated cost",
            "least cost", "allocation", "back direction", "r.cost", "Dijkstra")

    RESISTANCE = search_inputs.RESISTANCE
    SOURCES_RASTER = search_inputs.SOURCES_RASTER
    SOURCES = search_inputs.SOURCES
    SOURCE_ID_FIELD = search_inputs.SOURCE_ID_FIELD
    NEIGHBOURS = search_inputs.NEIGHBOURS
    MAX_COST = "MAX_COST"
    FLOAT64 = "FLOAT64"
    TILE_SIZE = "TILE_SIZE"
    DASK_SCHEDULER = "DASK_SCHEDULER"
    OUTPUT = "OUTPUT"
    ALLOCATION = "ALLOCATION"
    BACK_DIRECTION = "BACK_DIRECTION"

    def initAlgorithm(self, config=None):
        search_inputs.add_source_parameters(self)
        search_inputs.add_neighbourhood(self)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_COST, self.tr("Maximum cost (0 = no limit)"), compat.NUMBER_DOUBLE,
                defaultValue=0.0, minValue=0.0,
            )
        )
        precision = QgsProcessingParameterBoolean(
            self.FLOAT64, self.tr("Write the MCR surface as Float64"), defaultValue=False
        )
        self.addParameter(compat.add_flag(precision, compat.FLAG_ADVANCED))
        tile_size = QgsProcessingParameterNumber(
            self.TILE_SIZE, self.tr("Tile size of the tiled search (cells; 0 = the whole grid in memory)"),
            compat.NUMBER_INTEGER, defaultValue=0, minValue=0,
        )
        self.addParameter(compat.add_flag(tile_size, compat.FLAG_ADVANCED))
        scheduler = QgsProcessingParameterString(
            self.DASK_SCHEDULER, self.tr("Dask scheduler of the tiled search (empty, threads or tcp://host:port)"),
            defaultValue="", optional=True,
        )
        self.addParameter(compat.add_flag(scheduler, compat.FLAG_ADVANCED))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("MCR surface")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.ALLOCATION, self.tr("Allocation (nearest source)"), optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.BACK_DIRECTION, self.tr("Back-direction"), optional=True, createByDefault=True
            )
        )

    def check(self, parameters, context):
        problems = list(search_inputs.check_sources(self, parameters))
        scheduler = self.scheduler_text(parameters, context)
        if scheduler:
            if scheduler_kind(scheduler) == "processes":
                problems.append(self.tr(
                    "The Dask scheduler 'processes' would start copies of QGIS's own process; start a local "
                    "cluster instead ('dask scheduler' and 'dask worker tcp://127.0.0.1:8786') and give its "
                    "address, tcp://127.0.0.1:8786, or use 'threads'."
                ))
            elif scheduler_kind(scheduler) is None:
                problems.append(self.tr(
                    "The Dask scheduler {!r} is not understood; give nothing (tiles one after another, no Dask), "
                    "'threads' (Dask's threads on this machine) or the address of a Dask scheduler, such as "
                    "tcp://10.0.0.5:8786."
                ).format(scheduler))
            elif self.parameterAsInt(parameters, self.TILE_SIZE, context) <= 0:
                problems.append(self.tr(
                    "A Dask scheduler ({}) is used only by the tiled search: set a tile size (e.g. 4096) or leave "
                    "the Dask scheduler empty."
                ).format(scheduler))
        return problems

    def scheduler_text(self, parameters, context):
        return (self.parameterAsString(parameters, self.DASK_SCHEDULER, context) or "").strip()

    def _report_search(self, feedback, seconds, reached, valid_cells, unreachable, highest, max_cost, float64):
        """Log what the search reached; returns whether the surface must be written as Float64."""
        feedback.pushInfo(self.tr(
            "Search done in {:.1f} s; {:.1f} % of the valid cells are reachable; highest MCR {:.6g}"
        ).format(seconds, 100.0 * reached / max(valid_cells, 1), highest))
        if unreachable and max_cost is None:
            feedback.pushWarning(self.tr(
                "{} valid cells cannot be reached from any source (cut off by NoData); they are NoData in "
                "the outputs."
            ).format(unreachable))
        if not float64 and highest > raster_io.FLOAT32_MAX:
            float64 = True
            feedback.pushWarning(self.tr(
                "The highest MCR value ({:.4g}) exceeds the Float32 range; the MCR surface is written as Float64."
            ).format(highest))
        feedback.setProgressText(self.tr("Writing outputs"))
        return float64

    def compute(self, parameters, context, feedback):
        neighbours = search_inputs.neighbour_count(self, parameters, context)
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context) or None
        float64 = self.parameterAsBool(parameters, self.FLOAT64, context)
        tile_size = self.parameterAsInt(parameters, self.TILE_SIZE, context)
        if tile_size > 0:
            return self.compute_tiled(parameters, context, feedback, neighbours, max_cost, float64, tile_size)
        resistance_path = layers.raster_path(self, parameters, self.RESISTANCE, context)
        outputs = self.open_outputs(parameters, context, feedback)
        grid = raster_io.read_grid(resistance_path)
        cell_size = layers.metric_cell_size(grid, self.tr("resistance surface"))
        memory.require(grid.width * grid.height, BYTES_PER_CELL, self.tr("The MCR search"))
        feedback.setProgressText(self.tr("Reading the resistance surface"))
        resistance = layers.read_resistance(self, resistance_path, feedback)
        sources = source_ids_on_grid(
            self, parameters, context, feedback, grid, self.SOURCES_RASTER, self.SOURCES, self.SOURCE_ID_FIELD
        )
        search_inputs.warn_sources_on_nodata(self, feedback, sources, resistance.valid)
        source_count = len(cost.ids_present(sources, resistance.valid))
        feedback.pushInfo(self.tr(
            "{} sources, {} source cells; {} x {} cells of {:g} x {:g} m; {} neighbours"
        ).format(source_count, int(np.count_nonzero(sources)), grid.width, grid.height, cell_size[0],
                 cell_size[1], neighbours))
        feedback.setProgress(5)
        feedback.setProgressText(self.tr("Searching least-cost paths"))
        started = time.perf_counter()
        result = cost.accumulated_cost(
            resistance.array, sources, cell_size, neighbours, valid=resistance.valid,
            max_cost=max_cost, progress=self.progress_callback(feedback, 5, 90),
        )
        del sources
        valid_cells = int(np.count_nonzero(resistance.valid))
        del resistance  # the inputs go before the outputs are written
        reachable = result.reachable
        reached = int(np.count_nonzero(reachable))
        highest = float(np.max(result.distance, where=reachable, initial=0.0))
        float64 = self._report_search(feedback, time.perf_counter() - started, reached, valid_cells,
                                      valid_cells - reached, highest, max_cost, float64)
        run = search_inputs.run_metadata(neighbours)
        outputs.raster(self.OUTPUT, result.distance, grid, SURFACE_NODATA, "Float64" if float64 else "Float32", "MCR",
                       style="mcr", value_range=(0.0, highest), metadata=run("surface"), mask=reachable)
        outputs.raster(self.ALLOCATION, result.allocation, grid, ALLOCATION_NODATA, "Int32", "nearest source id",
                       style="zones", value_range=(1, max(int(result.allocation.max()), 1)),
                       metadata=run("allocation"))
        outputs.raster(self.BACK_DIRECTION, result.back_direction, grid, DIRECTION_NODATA, "Byte",
                       "back-direction code", style="direction", value_range=(0, 16 if neighbours == 16 else 8),
                       metadata=run("back_direction"),
                       mask=reachable)
        results = outputs.commit()
        feedback.setProgress(100)
        return results

    # The tiled search (docs/SCALING.md) ----------------------------------------------------------------

    def compute_tiled(self, parameters, context, feedback, neighbours, max_cost, float64, tile_size):
        """The same outputs, bit for bit, from the exact tiled search (kernels/tiled.py): the rasters
        are read a window at a time and each tile's result goes to files of its own in a hidden folder
        beside the outputs, mosaicked into the outputs at the end; memory holds one window per worker."""
        resistance_path = layers.raster_path(self, parameters, self.RESISTANCE, context)
        scheduler_text = self.scheduler_text(parameters, context)
        outputs = self.open_outputs(parameters, context, feedback)
        grid = raster_io.read_grid(resistance_path)
        cell_size = layers.metric_cell_size(grid, self.tr("resistance surface"))
        tile = (min(tile_size, grid.height), min(tile_size, grid.width))
        halo = 2 if neighbours == 16 else 1
        tile_rows, tile_cols = -(-grid.height // tile[0]), -(-grid.width // tile[1])
        band_bytes = 2 * halo * (grid.width * tile_rows + grid.height * tile_cols) * tiled.BYTES_PER_BAND_CELL
        kind = scheduler_kind(scheduler_text)
        # Windows held at once on this machine: one in the plain loop, one per core with Dask's threads;
        # with a cluster the workers hold theirs, this machine the one of the pass before the search.
        local_windows = (os.cpu_count() or 1) if kind == "threads" else 1
        window_cells = (tile[0] + 4) * (tile[1] + 4)
        try:
            memory.require(window_cells * local_windows, BYTES_PER_WINDOW_CELL, self.tr("The tiled MCR search"),
                           extra_bytes=band_bytes)
        except InputError as error:
            raise QgsProcessingException(self.tr(
                "{} A smaller tile size needs less: each worker holds a tile and its edges ({} x {} cells here)."
            ).format(error, tile[0] + 2 * halo, tile[1] + 2 * halo)) from error
        scheduler, client = self.connect_scheduler(kind, scheduler_text, feedback)
        try:
            return self._run_tiled(parameters, context, feedback, outputs, resistance_path, grid, cell_size,
                                   neighbours, max_cost, float64, tile_size, tile, scheduler, window_cells)
        finally:
            if client is not None:
                client.close()

    def _run_tiled(self, parameters, context, feedback, outputs, resistance_path, grid, cell_size, neighbours,
                   max_cost, float64, tile_size, tile, scheduler, window_cells):
        scratch = outputs.scratch(self.OUTPUT, "tiles")
        label = outputs.path(self.OUTPUT)
        feedback.setProgressText(self.tr("Reading the sources"))
        sources = source_ids_windows(self, parameters, context, feedback, grid, scratch, tile_size,
                                     self.SOURCES_RASTER, self.SOURCES, self.SOURCE_ID_FIELD, label)
        feedback.setProgressText(self.tr("Checking the resistance and the sources, tile by tile"))
        resistance = raster_io.GdalWindows(resistance_path)
        check = self._check_tiles(feedback, resistance, sources, grid, tile)
        if check["nan"][0]:
            layers.report_resistance_nan(self, feedback, resistance_path, resistance.nodata, *check["nan"])
        if check["bad"][0]:
            count, (row, col), value = check["bad"]
            raise QgsProcessingException(self.tr(
                "The resistance has {} cells that are ≤ 0 or not a number inside the valid area (first at row {}, "
                "column {}: {!r}). Resistance must be > 0; set impassable cells to NoData instead."
            ).format(count, row, col, float(value)))
        search_inputs.report_sources_on_nodata(self, feedback, check["on_nodata"],
                                               sorted(check["ids"] - check["valid_ids"]))
        feedback.pushInfo(self.tr(
            "{} sources, {} source cells; {} x {} cells of {:g} x {:g} m; {} neighbours"
        ).format(len(check["valid_ids"]), check["source_cells"], grid.width, grid.height, cell_size[0],
                 cell_size[1], neighbours))
        feedback.pushInfo(self.tr(
            "Tiled search: {} tiles of up to {} x {} cells, {}; each worker holds about {:.3g} MB."
        ).format(len(check["valid_per_tile"]), tile[0], tile[1], self._scheduler_name(scheduler),
                 window_cells * BYTES_PER_WINDOW_CELL / 1e6))
        feedback.setProgress(5)
        feedback.setProgressText(self.tr("Searching least-cost paths, tile by tile"))
        wanted = {name: outputs.wanted(name) for name in (self.ALLOCATION, self.BACK_DIRECTION)}
        writer = raster_io.TileFiles(scratch, grid, (
            ("distance", "Float64", SURFACE_NODATA),
            ("allocation", "Int32", ALLOCATION_NODATA) if wanted[self.ALLOCATION] else None,
            ("back_direction", "Byte", DIRECTION_NODATA) if wanted[self.BACK_DIRECTION] else None,
        ), label)
        _, stats = tiled.tiled_cost(
            resistance, sources, grid.shape, cell_size, neighbours, tile_size,
            valid_reader=raster_io.GdalWindows(resistance_path, "valid"), max_cost=max_cost,
            scheduler=scheduler, writer=writer, progress=self.progress_callback(feedback, 5, 90),
        )
        del resistance, sources
        feedback.pushInfo(self.tr(
            "Tiled search done in {:.1f} s ({}): {} rounds, {} tile solves ({} per round); {:.2f} MB of tile edges "
            "exchanged, {:.2f} MB of boundary band held here."
        ).format(stats.seconds, stats.scheduler, stats.rounds, stats.tile_solves,
                 ", ".join(map(str, stats.solves_per_round)), stats.boundary_bytes / 1e6, stats.band_bytes / 1e6))
        summary = writer.summary()
        reached = sum(found[0] for found in summary.values())
        highest = max((found[1] for found in summary.values()), default=0.0)
        largest = max((found[2] for found in summary.values()), default=0)
        valid_cells = sum(check["valid_per_tile"].values())
        # Counted tile by tile: a tile never solved has no file and none of its cells reached.
        unreachable = sum(count - summary.get(origin, (0,))[0] for origin, count in check["valid_per_tile"].items())
        float64 = self._report_search(feedback, stats.seconds, reached, valid_cells, unreachable, highest, max_cost,
                                      float64)
        feedback.setProgress(90)
        run = search_inputs.run_metadata(neighbours)
        surface_type = "Float64" if float64 else "Float32"
        written = [
            (self.OUTPUT, "distance", surface_type, SURFACE_NODATA, "MCR", "mcr", (0.0, highest), "surface"),
            (self.ALLOCATION, "allocation", "Int32", ALLOCATION_NODATA, "nearest source id", "zones",
             (1, max(largest, 1)), "allocation"),
            (self.BACK_DIRECTION, "back_direction", "Byte", DIRECTION_NODATA, "back-direction code", "direction",
             (0, 16 if neighbours == 16 else 8), "back_direction"),
        ]
        for number, (name, layer, data_type, nodata, description, style, value_range, role) in enumerate(written):
            if not outputs.wanted(name):
                continue
            mosaic = writer.mosaic(layer, os.path.join(scratch, f"{layer}.vrt"), data_type, nodata, description,
                                   run(role))
            outputs.raster_copy(name, mosaic, grid, data_type, style=style, value_range=value_range)
            feedback.setProgress(90 + 3 * (number + 1))
        results = outputs.commit()
        feedback.setProgress(100)
        return results

    def _check_tiles(self, feedback, resistance, sources, grid, tile):
        """One pass over the tiles before the search: the resistance's NaN and invalid cells, the
        valid cells per tile (for the unreachable count) and the sources on NoData."""
        found = {"nan": [0, None], "bad": [0, None, None], "valid_per_tile": {}, "source_cells": 0,
                 "on_nodata": 0, "ids": set(), "valid_ids": set()}
        cores = tiled.tile_grid(grid.shape, tile, 0)
        for number, core in enumerate(cores):
            if feedback.isCanceled():
                raise Cancelled()
            row0, row1, col0, col1 = core.core
            array, valid = resistance.read(row0, row1, col0, col1)
            if np.issubdtype(array.dtype, np.floating):
                nan_cells = np.isnan(array)
                if nan_cells.any():
                    first = _first(nan_cells, row0, col0)
                    found["nan"] = [found["nan"][0] + int(np.count_nonzero(nan_cells)),
                                    min(first, found["nan"][1] or first)]
            bad = valid & ~(np.isfinite(array) & (array > 0))
            if bad.any():
                first = _first(bad, row0, col0)
                if found["bad"][1] is None or first < found["bad"][1]:
                    found["bad"][1:] = [first, float(array[first[0] - row0, first[1] - col0])]
                found["bad"][0] += int(np.count_nonzero(bad))
            ids = sources(row0, row1, col0, col1)
            found["valid_per_tile"][row0, col0] = int(np.count_nonzero(valid))
            found["source_cells"] += int(np.count_nonzero(ids))
            found["on_nodata"] += int(np.count_nonzero((ids > 0) & ~valid))
            found["ids"].update(cost.ids_present(ids))
            found["valid_ids"].update(cost.ids_present(ids, valid))
            feedback.setProgress(5.0 * (number + 1) / len(cores))
        return found

    def connect_scheduler(self, kind, text, feedback):
        """(the ``scheduler`` of tiled_cost, the dask.distributed Client to close or None)."""
        if kind == "sequential":
            return "sequential", None
        if kind == "threads":
            try:
                import dask  # noqa: F401 (only whether it is there)
            except ImportError:
                raise QgsProcessingException(self.tr(
                    "The Dask scheduler 'threads' needs Dask, which this Python does not have (Debian/Ubuntu: apt "
                    "install python3-dask; elsewhere: pip install dask). Leave the Dask scheduler empty to solve "
                    "the tiles one after another without Dask."
                )) from None
            return "threads", None
        try:
            from distributed import Client
        except ImportError:
            raise QgsProcessingException(self.tr(
                "A Dask scheduler address ({}) needs dask.distributed, which this Python does not have "
                "(Debian/Ubuntu: apt install python3-distributed; elsewhere: pip install distributed). Leave the "
                "Dask scheduler empty to solve the tiles here, one after another, without Dask."
            ).format(text)) from None
        match = _ADDRESS.match(text)
        address = text if match["protocol"] else f"tcp://{text}"
        unreachable = self.tr(
            "The Dask scheduler at {} cannot be reached ({}). Check the address and the port, that 'dask scheduler' "
            "runs there and that no firewall blocks it; or leave the Dask scheduler empty to run the tiled search "
            "on this machine."
        )
        if match["protocol"] in (None, "tcp"):  # a refused or unroutable address fails here, quickly
            try:
                socket.create_connection((match["host"].strip("[]"), int(match["port"])),
                                         timeout=DASK_CONNECT_TIMEOUT).close()
            except OSError as error:
                raise QgsProcessingException(unreachable.format(address, error.strerror or error)) from error
        try:
            client = Client(address, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
        except Exception as error:  # noqa: BLE001 — distributed raises OSError, TimeoutError and its own
            raise QgsProcessingException(unreachable.format(address, error)) from error
        workers = client.scheduler_info().get("workers", {})
        if not workers:
            client.close()
            raise QgsProcessingException(self.tr(
                "The Dask scheduler at {} has no workers; start some ('dask worker {} --nthreads 1' on each "
                "machine) and run again."
            ).format(address, address))
        feedback.pushInfo(self.tr("Connected to the Dask scheduler at {}: {} workers, {} threads.").format(
            address, len(workers), sum(int(w.get("nthreads", 1)) for w in workers.values())))
        # A worker that cannot import the plugin cannot even read its tasks, and the run would wait
        # forever; ask first. Nested, so that it travels by value (the workers need nothing of ours).
        package = __name__.split(".")[0]

        def can_import(name):
            import importlib.util

            return importlib.util.find_spec(name) is not None

        try:
            answers = client.run(can_import, package)
        except Exception as error:  # noqa: BLE001 — a worker lost on the way
            client.close()
            raise QgsProcessingException(unreachable.format(address, error)) from error
        lacking = sorted(worker for worker, ok in answers.items() if not ok)
        if lacking:
            client.close()
            raise QgsProcessingException(self.tr(
                "{} of the {} Dask workers cannot import this plugin's code (package {}), first {}. Put the folder "
                "that holds the plugin folder {} on every worker's Python path (e.g. PYTHONPATH=/opt/qgis-plugins "
                "dask worker …, with the plugin's ZIP unzipped there) and run again."
            ).format(len(lacking), len(answers), package, lacking[0], package))
        return client, client

    def _scheduler_name(self, scheduler):
        if scheduler == "sequential":
            return self.tr("one after another in this process")
        if scheduler == "threads":
            return self.tr("Dask's threads on this machine")
        return self.tr("on the Dask cluster")


def scheduler_kind(text):
    """'sequential' (empty), 'threads', 'address', 'processes' (refused), or None (not understood)."""
    text = (text or "").strip()
    if not text:
        return "sequential"
    if text.lower() in ("threads", "processes"):
        return text.lower()
    return "address" if _ADDRESS.match(text) else None


def _first(mask, row0, col0):
    row, col = np.unravel_index(int(np.flatnonzero(mask.ravel())[0]), mask.shape)
    return (row0 + int(row), col0 + int(col))
