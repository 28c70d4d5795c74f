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
