# SPDX-License-Identifier: GPL-2.0-or-later
"""Every algorithm's help reads in QGIS's help panel as written, and its Help button finds a page.

QGIS's algorithm dialog (``QgsProcessingAlgorithmDialogBase::formatHelp``) wraps every line of
``shortHelpString()`` in a paragraph of its own. ``dialog_help.py`` opens each algorithm's real
dialog offscreen and reads the paragraphs of its help panel; they must be the paragraphs of the
help read as HTML (where a line break is a space): no sentence cut in two, tables whole and with
their borders. A control algorithm whose help breaks lines the old way must be caught.
"""

import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

import pytest

from mcr_security_pattern.algorithms import base
from mcr_security_pattern.algorithms import help as help_texts

from ..conftest import REPO

MODELS = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(str(REPO / "resources/models/*.model3")))
IDS = [f"mcr:{name}" for name in help_texts.names() + MODELS]


@pytest.fixture(scope="module")
def panels():
    """{algorithm id: what its dialog's help panel shows}, from one offscreen QGIS with a GUI."""
    completed = subprocess.run([sys.executable, str(REPO / "tests" / "qgis" / "dialog_help.py")],
                               capture_output=True, text=True, timeout=600, env=dict(os.environ))
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout[completed.stdout.index("{"):])


def problems(panel):
    """What QGIS's rendering breaks, as sentences (empty when the help reads as written)."""
    found = []
    shown = [text for text, _ in panel["dialog"]]
    meant = [text for text, _ in panel["reference"]]
    for index, (a, b) in enumerate(zip(shown, meant)):
        if a != b:
            found.append(f"paragraph {index} reads {a[:70]!r} in the dialog but {b[:70]!r} in the help")
            break
    if len(shown) != len(meant):
        found.append(f"{len(shown)} paragraphs in the dialog, {len(meant)} in the help")
    if panel["dialog_tables"] != panel["reference_tables"]:
        found.append(f"table borders {panel['dialog_tables']} in the dialog, {panel['reference_tables']} in the help")
    # Independently of the reference: a paragraph that stops mid-sentence and a next one in lower case.
    prose = [text for text, in_table in panel["dialog"] if not in_table]
    for this, following in zip(prose, prose[1:]):
        if re.search(r"[\w,(]$", this) and following[:1].islower():
            found.append(f"a sentence is cut in two: {this[-40:]!r} / {following[:40]!r}")
    return found


def test_the_check_catches_help_broken_over_lines(panels):
    found = problems(panels["control"])
    assert any("cut in two" in problem for problem in found), found
    assert any("table borders" in problem for problem in found), found


@pytest.mark.parametrize("algorithm_id", IDS)
def test_help_panel_shows_the_help_as_written(panels, algorithm_id):
    assert algorithm_id in panels, f"{algorithm_id} is not registered"
    panel = panels[algorithm_id]
    assert panel["dialog"], f"{algorithm_id} shows no help"
    assert problems(panel) == []
    assert all(border >= 1 for border in panel["dialog_tables"]), "a help table lost its border"


def test_help_blocks_are_single_lines():
    for name in help_texts.names():
        description, body, parameters = help_texts.load(name)
        assert "\n" not in description and all("\n" not in text for text in parameters.values()), name
        for block in body.split("\n"):
            assert re.match(r"<(p|table|ul|ol|dl|pre|div|blockquote|h[1-6])\b", block), (name, block[:60])


def test_the_loader_joins_lines_and_keeps_blocks():
    assert help_texts.blocks("<p>A sentence\n    continued.</p>\n<table border=\"1\">\n<tr><td>1</td></tr>\n"
                             "</table>\nloose text\n\nanother paragraph\n<pre>a\nb</pre>") == [
        "<p>A sentence continued.</p>", "<table border=\"1\"> <tr><td>1</td></tr> </table>",
        "<p>loose text</p>", "<p>another paragraph</p>", "<pre>a<br>b</pre>"]
    assert help_texts.blocks("<p>one\n<p>two</p>") == ["<p>one", "<p>two</p>"]  # an unclosed <p> ends at the next


def github_anchors(markdown):
    """The anchors GitHub gives the headings of a Markdown file."""
    anchors, seen = set(), {}
    for line in markdown.splitlines():
        match = re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not match:
            continue
        text = re.sub(r"<[^>]+>", "", match.group(1)).lower()
        slug = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN").replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


@pytest.mark.parametrize("algorithm_id", IDS)
def test_help_url_opens_a_section_that_exists(panels, algorithm_id):
    url = panels[algorithm_id]["help_url"]
    page, _, anchor = url.partition("#")
    assert anchor, url
    assert page.startswith(base.REPOSITORY_URL), url
    local = page[len(base.REPOSITORY_URL):].removeprefix("/blob/main/") or "README.md"
    path = REPO / local
    assert path.exists(), f"{url}: {local} is not in the repository"
    assert anchor in github_anchors(path.read_text(encoding="utf-8")), (
        f"{url}: no heading with anchor #{anchor} in {local}"
        + (" — run `make docs` to add the algorithm's section" if local == "docs/algorithms.md" else ""))


def test_each_algorithm_has_its_own_help_url(panels):
    urls = [panels[i]["help_url"] for i in IDS]
    assert len(set(urls)) == len(urls)


def test_github_anchor_rules():
    assert github_anchors("## mcr:costsurface\n## The same run in QGIS, step by step\n## Sample data\n## Sample data") \
        == {"mcrcostsurface", "the-same-run-in-qgis-step-by-step", "sample-data", "sample-data-1"}
