# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS 4 / Qt6 readiness, checked without QGIS 4: a file that breaks these rules fails here.

- Qt only through ``qgis.PyQt`` (never PyQt5/PyQt6 directly).
- Qt enums fully scoped (``Qt.AlignmentFlag.AlignLeft``, not ``Qt.AlignLeft``).
- Processing, geometry, unit and other QGIS enums whose old names QGIS 4 drops are resolved once
  in ``algorithms/compat.py``; nowhere else spells them.
- No API QGIS 4 removes: ``exec_()``, ``QVariant`` types for fields, ``QgsUnitTypes`` enums.
"""

import re

import pytest

from ..conftest import REPO

NOT_SHIPPED = {"tests", "benchmarks", ".build", ".git", "__pycache__"}
SHIPPED = sorted(
    path for path in REPO.rglob("*.py") if not NOT_SHIPPED & set(path.relative_to(REPO).parts)
)
COMPAT = REPO / "algorithms" / "compat.py"

RULES = [
    (r"^\s*(from|import)\s+PyQt[56]\b", "import Qt through qgis.PyQt"),
    (r"\bQt\.[A-Z]\w*\b(?!\s*\.)", "scope the Qt enum (Qt.EnumName.Member)"),
    (r"\.exec_\(", "exec_() is gone in Qt6: use exec()"),
]
COMPAT_ONLY = [
    (r"\bQgsProcessing\.Type\w+", "QgsProcessing.Type*"),
    (r"\bQgsProcessingParameterNumber\.(Double|Integer)\b", "number parameter types"),
    (r"\bQgsProcessingParameterField\.(Any|Numeric|String|DateTime|Binary|Boolean)\b", "field parameter types"),
    (r"\bQgsProcessingParameterDefinition\.Flag\w+", "parameter flags"),
    (r"\bQgsProcessingAlgorithm\.Flag\w+", "algorithm flags"),
    (r"\bQgsWkbTypes\.[A-Z]\w*", "WKB types"),
    (r"\bQgsFeatureSink\.FastInsert\b", "sink flags"),
    (r"\bQVariant\.\w+", "QVariant field types"),
    (r"\bQgsUnitTypes\.\w+", "unit enums"),
    (r"\bQgsRasterBandStats\.(Min|Max|All|Mean|Range|StdDev|Sum)\b", "band statistic flags"),
    (r"\bQgsColorRampShader\.(Discrete|Interpolated|Exact)\b", "shader interpolation"),
    (r"\bQgsMapLayer\.(VectorLayer|RasterLayer)\b", "layer types"),
    (r"\bQgsLayoutExporter\.(Success|Canceled)\b", "layout export results"),
]


def violations(path, rules):
    name = path.relative_to(REPO) if REPO in path.parents else path.name
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        code = line.split("#", 1)[0]
        for pattern, message in rules:
            if re.search(pattern, code):
                found.append(f"{name}:{number}: {message}: {line.strip()}")
    return found


def test_the_rules_catch_what_they_should(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text(
        "from PyQt5.QtCore import Qt\nx = Qt.AlignLeft\ny = Qt.AlignmentFlag.AlignLeft\n"
        "t = QgsProcessing.TypeVectorPolygon\nd.exec_()\n"
    )
    found = violations(sample, RULES) + violations(sample, COMPAT_ONLY)
    assert len(found) == 4  # the import, Qt.AlignLeft, QgsProcessing.Type*, exec_(); the scoped enum passes


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(REPO)))
def test_shipped_python_is_ready_for_qgis_4(path):
    rules = RULES + ([] if path == COMPAT else COMPAT_ONLY)
    assert violations(path, rules) == []
