# SPDX-License-Identifier: GPL-2.0-or-later
"""The comparison report says how it was made and shows the epochs; the table opens typed in QGIS.

Two epochs of a small landscape go through the chain (sources, MCR surface, corridors, channels)
and then mcr:comparepatterns. The HTML report carries units, the inputs, plugin and QGIS versions
and the date (a provenance block) and one embedded map per epoch, drawn on one extent with one
MCR colour range; ``comparison.csv`` gets a ``.csvt`` so that QGIS reads numbers as numbers.
``MCR_RENDER_DIR=folder`` keeps the report and its maps to look at.
"""

import base64
import os
import re
import shutil

import numpy as np
import pytest

from ..conftest import run_algorithm
from .helpers import grid, write


@pytest.fixture(scope="module")
def report(qgis_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("compare_report")
    rows, columns = np.mgrid[0:70, 0:110]
    cells = grid(110, 70, cell=30.0)  # not square: 3.3 km × 2.1 km
    epochs = {}
    for label, grown in (("2009", 0), ("2018", 12)):
        landuse = np.full((70, 110), 5, np.int32)
        landuse[8:30, 8:34] = 1
        landuse[40:62, 70:100 - 12 + grown] = 1
        landuse[5:25, 75:100] = 1
        landuse[:, 55] = 6
        resistance = np.choose(np.searchsorted([1, 5, 6], landuse), [1.0, 4.0, 8.0]).astype(np.float32)
        resistance += (0.3 * np.sin(rows / 6.0) ** 2).astype(np.float32)
        paths = {"landuse": write(folder / f"landuse_{label}.tif", landuse, cells, nodata=0, data_type="Int32"),
                 "resistance": write(folder / f"resistance_{label}.tif", resistance, cells)}
        sources = run_algorithm("mcr:selectsources", {
            "INPUT": paths["landuse"], "MIN_AREA": 0.2, "OUTPUT": str(folder / f"sources_{label}.gpkg"),
            "OUTPUT_RASTER": str(folder / f"sources_{label}.tif")})
        mcr = run_algorithm("mcr:costsurface", {
            "RESISTANCE": paths["resistance"], "SOURCES_RASTER": sources["OUTPUT_RASTER"],
            "OUTPUT": str(folder / f"mcr_{label}.tif"), "ALLOCATION": str(folder / f"allocation_{label}.tif"),
            "BACK_DIRECTION": str(folder / f"back_{label}.tif")})
        corridors = run_algorithm("mcr:corridors", {
            "RESISTANCE": paths["resistance"], "SOURCES_RASTER": sources["OUTPUT_RASTER"],
            "CORRIDORS": str(folder / f"corridors_{label}.gpkg"), "NODES": str(folder / f"nodes_{label}.gpkg"),
            "RIDGES": None, "VULNERABLE": None})
        channels = run_algorithm("mcr:radiationchannels", {
            "RESISTANCE": paths["resistance"], "SOURCES_RASTER": sources["OUTPUT_RASTER"], "THRESHOLD": 0.05,
            "MIN_LENGTH": 0, "OUTPUT": str(folder / f"channels_{label}.gpkg")})
        epochs[label] = {"sources": sources["OUTPUT"], "mcr": mcr["OUTPUT"], "corridors": corridors["CORRIDORS"],
                         "nodes": corridors["NODES"], "channels": channels["OUTPUT"]}
    labels = list(epochs)
    result = run_algorithm("mcr:comparepatterns", {
        "SOURCES": [epochs[e]["sources"] for e in labels], "LABELS": ", ".join(labels),
        "CORRIDORS": [epochs[e]["corridors"] for e in labels], "NODES": [epochs[e]["nodes"] for e in labels],
        "CHANNELS": [epochs[e]["channels"] for e in labels], "MCR_SURFACES": [epochs[e]["mcr"] for e in labels],
        "OUTPUT": str(folder / "comparison.csv"), "CHANGE": str(folder / "source_change.gpkg"),
        "OUTPUT_HTML": str(folder / "comparison.html")})
    text = (folder / "comparison.html").read_text(encoding="utf-8")
    keep = os.environ.get("MCR_RENDER_DIR")
    if keep:
        os.makedirs(keep, exist_ok=True)
        shutil.copy(folder / "comparison.html", keep)
        for number, data in enumerate(re.findall(r'src="data:image/png;base64,([^"]+)"', text), start=1):
            with open(os.path.join(keep, f"report_map_{number}.png"), "wb") as handle:
                handle.write(base64.b64decode(data))
    return {"html": text, "result": result, "epochs": epochs, "folder": folder}


def test_report_says_how_it_was_made(report):
    from qgis.core import Qgis

    from mcr_security_pattern.algorithms.provider import plugin_version

    html = report["html"]
    assert "How this report was made" in html
    assert f"MCR Ecological Security Pattern {plugin_version()}" in html
    assert Qgis.QGIS_VERSION in html
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", html), "no date"
    assert "EPSG:32650" in html
    for epoch in report["epochs"].values():
        for path in epoch.values():
            assert path in html, f"input {path} is not listed"


def test_report_gives_units(report):
    html = report["html"]
    assert "Source area (km²)" in html and "Mean MCR (resistance × m)" in html
    assert "resistance × metres" in html and "in metres" in html


def test_report_shows_a_map_of_each_epoch_on_one_colour_range(report):
    from qgis.PyQt.QtGui import QImage

    pictures = re.findall(r'src="data:image/png;base64,([^"]+)"', report["html"])
    assert len(pictures) == 2
    sizes = set()
    for data in pictures:
        image = QImage.fromData(base64.b64decode(data), "PNG")
        assert not image.isNull()
        sizes.add((image.width(), image.height()))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
        assert len(colours) > 20, "the map shows almost nothing"
    (width, height), = sizes  # one extent for both epochs
    assert width > height  # the landscape is wider than tall: not cropped to a square
    assert "North is up" in report["html"]
    highest = max(float(np.nanmax(np.where(a.valid, a.array, np.nan))) for a in (
        __import__("mcr_security_pattern.algorithms.raster_io", fromlist=["x"]).read_raster(e["mcr"])
        for e in report["epochs"].values()))
    assert f"from 0 to {highest:,.0f}" in report["html"]  # the legend's common MCR range


def test_comparison_table_opens_with_numbers_as_numbers(report):
    from qgis.core import QgsVectorLayer

    folder = report["folder"]
    assert (folder / "comparison.csvt").exists()
    layer = QgsVectorLayer(str(folder / "comparison.csv"), "table", "ogr")
    types = {field.name(): field.typeName() for field in layer.fields()}
    assert types["epoch"] == "String"
    assert types["source_area_km2"] == "Real" and types["mean_mcr"] == "Real"
    assert types["sources"] == "Integer" and types["corridors"] == "Integer"
    assert [f["epoch"] for f in layer.getFeatures()] == ["2009", "2018"]
