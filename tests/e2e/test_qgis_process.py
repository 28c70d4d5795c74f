# SPDX-License-Identifier: GPL-2.0-or-later
"""qgis_process sees the provider and its algorithms (a broken plugin still exits 0 here)."""

from ..qgis.test_compliance import EXPECTED_IDS


def test_qgis_process_lists_the_provider_and_every_algorithm(qgis_process):
    listing = qgis_process("list").stdout
    assert "MCR ecological security pattern" in listing
    missing = [algorithm_id for algorithm_id in EXPECTED_IDS if algorithm_id not in listing]
    assert not missing, f"qgis_process does not list {missing}:\n{listing[-2000:]}"


def test_qgis_process_prints_help_for_every_parameter(qgis_process):
    import json

    for algorithm_id in sorted(EXPECTED_IDS):
        text = qgis_process("help", algorithm_id, "--json").stdout
        details = json.loads(text[text.find("{"):])
        assert details["algorithm_details"]["id"] == algorithm_id
        assert details["parameters"], algorithm_id
        for name, parameter in details["parameters"].items():
            assert parameter.get("description"), (algorithm_id, name)


def test_circuit_algorithms_run_headless_on_a_strip(qgis_process, tmp_path):
    """Current flow and pinch points through qgis_process: a strip of 5 cells of resistance 1 between two
    sources is 4 resistors of 1 in series (× the 10 m cell size for pinch points, in cost units)."""
    import numpy as np

    from ..qgis.helpers import grid, write

    g = grid(5, 1, cell=10.0)
    sources = np.array([[1, 0, 0, 0, 2]], np.int32)
    resistance = write(tmp_path / "r.tif", np.ones((1, 5), np.float32), g)
    source_ids = write(tmp_path / "s.tif", sources, g, nodata=0, data_type="Int32")
    results = qgis_process.json("mcr:currentflow", {
        "RESISTANCE": resistance, "SOURCES_RASTER": source_ids, "NEIGHBOURS": 0,
        "OUTPUT": tmp_path / "current.tif", "RESISTANCE_MATRIX": tmp_path / "matrix.csv",
        "RESISTANCE_TABLE": tmp_path / "table.gpkg"})["results"]
    rows = (tmp_path / "matrix.csv").read_text().split()
    assert rows[0] == "0,1,2" and float(rows[1].split(",")[2]) == 4.0
    assert results["SOLVER_USED"] == "direct"
    corridors = tmp_path / "corridors.gpkg"
    qgis_process.json("mcr:corridors", {"RESISTANCE": resistance, "SOURCES_RASTER": source_ids,
                                        "CORRIDORS": corridors, "NODES": "", "RIDGES": "", "VULNERABLE": ""})
    qgis_process.json("mcr:pinchpoints", {
        "RESISTANCE": resistance, "SOURCES_RASTER": source_ids, "CORRIDORS": corridors, "NEIGHBOURS": 0,
        "OUTPUT": tmp_path / "pinch.tif", "CORRIDORS_OUTPUT": tmp_path / "corridors_eff.gpkg"})
    from osgeo import ogr

    dataset = ogr.Open(str(tmp_path / "corridors_eff.gpkg"))
    feature = dataset.GetLayer(0).GetNextFeature()
    assert feature.GetField("eff_resist") == 40.0
    assert feature.GetField("cwd_to_eff_resist") == feature.GetField("cwd") / 40.0
