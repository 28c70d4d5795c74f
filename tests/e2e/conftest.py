# SPDX-License-Identifier: GPL-2.0-or-later
"""The chain on the sample data through qgis_process, run once per session and epoch."""

import pytest

from ..conftest import SAMPLE

_RUNS = {}


def run_chain(qgis_process, folder, epoch):
    """Every stage on one epoch of the sample data; returns {output name: path}."""
    landuse = str(SAMPLE / f"landuse_{epoch}.tif")
    out = {}
    out["landuse_r"] = qgis_process.json(
        "mcr:landuseresistance", {"INPUT": landuse, "OUTPUT": folder / "landuse_r.tif"}
    )["results"]["OUTPUT"]
    terrain = qgis_process.json(
        "mcr:terrainresistance",
        {"INPUT": SAMPLE / "dem.tif", "REFERENCE": landuse, "SLOPE": folder / "slope.tif",
         "SLOPE_RESISTANCE": folder / "slope_r.tif", "ELEVATION_RESISTANCE": folder / "elev_r.tif"},
    )["results"]
    out.update(slope=terrain["SLOPE"], slope_r=terrain["SLOPE_RESISTANCE"], elevation_r=terrain["ELEVATION_RESISTANCE"])
    out["resistance"] = qgis_process.json(
        "mcr:weightedoverlay",
        {"INPUTS": [out["landuse_r"], out["slope_r"], out["elevation_r"]], "OUTPUT": folder / "resistance.tif"},
    )["results"]["OUTPUT"]
    sources = qgis_process.json(
        "mcr:selectsources",
        {"INPUT": landuse, "OUTPUT": folder / "sources.gpkg", "OUTPUT_RASTER": folder / "sources.tif"},
    )["results"]
    out.update(sources=sources["OUTPUT"], sources_raster=sources["OUTPUT_RASTER"])
    surface = qgis_process.json(
        "mcr:costsurface",
        {"RESISTANCE": out["resistance"], "SOURCES_RASTER": out["sources_raster"], "OUTPUT": folder / "mcr.tif",
         "ALLOCATION": folder / "allocation.tif", "BACK_DIRECTION": folder / "back.tif"},
    )["results"]
    out.update(mcr=surface["OUTPUT"], allocation=surface["ALLOCATION"], back=surface["BACK_DIRECTION"])
    pattern = qgis_process.json(
        "mcr:corridors",
        {"RESISTANCE": out["resistance"], "SOURCES_RASTER": out["sources_raster"], "LANDUSE": landuse,
         "CORRIDORS": folder / "corridors.gpkg", "NODES": folder / "nodes.gpkg", "RIDGES": folder / "ridges.gpkg",
         "VULNERABLE": folder / "vulnerable.gpkg"},
    )["results"]
    out.update(corridors=pattern["CORRIDORS"], nodes=pattern["NODES"], ridges=pattern["RIDGES"],
               vulnerable=pattern["VULNERABLE"], corridor_count=pattern["CORRIDOR_COUNT"],
               node_count=pattern["NODE_COUNT"])
    channels = qgis_process.json(
        "mcr:radiationchannels",
        {"RESISTANCE": out["resistance"], "SOURCES_RASTER": out["sources_raster"],
         "OUTPUT": folder / "channels.gpkg", "ACCUMULATION": folder / "accumulation.tif"},
    )["results"]
    out.update(channels=channels["OUTPUT"], channel_count=channels["CHANNEL_COUNT"],
               accumulation=channels["ACCUMULATION"])
    return out


@pytest.fixture(scope="session")
def sample_chain(qgis_process, tmp_path_factory):
    def get(epoch):
        if epoch not in _RUNS:
            _RUNS[epoch] = run_chain(qgis_process, tmp_path_factory.mktemp(f"chain{epoch}"), epoch)
        return _RUNS[epoch]

    return get
