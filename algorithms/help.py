# SPDX-License-Identifier: GPL-2.0-or-later
"""Help texts of the algorithms, kept in ``resources/help/<algorithm name>.ini``.

Each file has an ``[algorithm]`` section (``description``: one sentence, ``help``: HTML,
optionally ``inherit``: files whose ``[parameters]`` apply too, for parameters several
algorithms share) and a ``[parameters]`` section with one entry per parameter name.
Continuation lines are indented (``configparser`` syntax).
"""

import configparser
import functools
import os

HELP_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "help")


@functools.cache
def load(name):
    """Return ``(description, help_html, {parameter: help})`` for algorithm ``name``."""
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
        parameters.update(parser["parameters"])
    description = " ".join(algorithm.get("description", "").split())
    return description, algorithm.get("help", "").strip(), parameters
