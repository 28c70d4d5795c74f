# SPDX-License-Identifier: GPL-2.0-or-later
"""Help texts of the algorithms, kept in ``resources/help/<algorithm name>.ini``.

Each file has an ``[algorithm]`` section (``description``: one sentence, ``help``: HTML,
optionally ``inherit``: files whose ``[parameters]`` apply too, for parameters several
algorithms share) and a ``[parameters]`` section with one entry per parameter name.
Continuation lines are indented (``configparser`` syntax) and may break anywhere: the loader
joins them.

Why the joining matters: QGIS's algorithm dialog (``QgsProcessingAlgorithmDialogBase::formatHelp``)
turns every newline of ``shortHelpString()`` into a paragraph of its own, so a sentence that
continues on the next line of the .ini file would be cut in two, and a table written over
several lines would fall apart. :func:`blocks` therefore returns the help as top-level blocks
(paragraphs, tables, lists, headings), each on a single line; the algorithm joins them with
newlines, which QGIS turns into paragraph breaks exactly between the blocks. Each block is
also one unit of translation.
"""

import configparser
import functools
import os
import re

HELP_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "help")

BLOCK_TAGS = {"p", "table", "ul", "ol", "dl", "pre", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?>")
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")


def one_line(text):
    """``text`` with its line breaks (and the indentation around them) replaced by one space."""
    return _LINE_BREAK.sub(" ", text).strip()


def _finish(block):
    block = block.strip()
    if not block:
        return []
    if block.lower().startswith("<pre"):
        # Keep the lines of preformatted text, as line breaks QGIS does not split on.
        return [re.sub(r"\r?\n", "<br>", block)]
    if _TAG.match(block) and _TAG.match(block).group(2).lower() in BLOCK_TAGS:
        return [one_line(block)]
    # Loose text between blocks: one paragraph per run of lines separated by a blank line.
    return [f"<p>{one_line(part)}</p>" for part in re.split(r"\n[ \t]*\n", block) if part.strip()]


def blocks(help_html):
    """The top-level blocks of ``help_html``, each as a single line of HTML.

    >>> blocks("<p>One sentence\\n   continued.</p>\\n<table border='1'>\\n<tr><td>1</td></tr>\\n</table>\\nloose")
    ['<p>One sentence continued.</p>', "<table border='1'> <tr><td>1</td></tr> </table>", '<p>loose</p>']
    """
    found = []
    depth = 0
    top = None  # tag name of the open top-level block
    start = 0  # where the current (loose or tagged) block starts
    for match in _TAG.finditer(help_html):
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name not in BLOCK_TAGS:
            continue
        if not closing:
            if depth and top == "p" and name == "p" and depth == 1:
                # An unclosed <p>: the next <p> ends it, as in HTML.
                found += _finish(help_html[start:match.start()])
                start, depth = match.start(), 0
            if depth == 0:
                found += _finish(help_html[start:match.start()])
                start, top = match.start(), name
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                found += _finish(help_html[start:match.end()])
                start, top = match.end(), None
    found += _finish(help_html[start:])
    return found


@functools.cache
def load(name):
    """Return ``(description, help_html, {parameter: help})`` for algorithm ``name``; every text is
    normalised: the help HTML has one line per top-level block (:func:`blocks`), the description
    and each parameter's help are single lines."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # parameter names are upper case
    path = os.path.join(HELP_DIR, f"{name}.ini")
    if not parser.read(path, encoding="utf-8"):
        return "", "", {}
    algorithm = parser["algorithm"] if parser.has_section("algorithm") else {}
    parameters = {}
    for shared in algorithm.get("inherit", "").split():
        parameters.update(load(shared)[2])
    if parser.has_section("parameters"):
        parameters.update({key: one_line(value) for key, value in parser["parameters"].items()})
    description = one_line(algorithm.get("description", ""))
    return description, "\n".join(blocks(algorithm.get("help", ""))), parameters


def names():
    """The algorithm names that have a help file (shared ``_*.ini`` files left out)."""
    return sorted(os.path.splitext(entry)[0] for entry in os.listdir(HELP_DIR)
                  if entry.endswith(".ini") and not entry.startswith("_"))
