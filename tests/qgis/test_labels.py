# SPDX-License-Identifier: GPL-2.0-or-later
"""Labels read well in the dialog and the help agrees with the toolbox.

QGIS appends " [optional]" to an optional parameter's label itself, so a label that says so again
reads "… (optional) [optional]"; a label must not repeat itself ("MCR surface from MCR surface");
the help's "Stage N of the MCR method" is the number of the toolbox group the algorithm is in.
"""

import re

from mcr_security_pattern.algorithms import help as help_texts


def algorithms(provider):
    return sorted((a for a in provider.algorithms() if type(a).__name__ != "ShippedModel"), key=lambda a: a.id())


def test_labels_do_not_say_optional(provider):
    found = [(a.id(), p.description()) for a in provider.algorithms() for p in a.parameterDefinitions()
             if re.search(r"\boptional\b", p.description(), re.I)]
    assert found == []


def test_labels_do_not_repeat_themselves(provider):
    found = [(a.id(), p.description()) for a in provider.algorithms() for p in a.parameterDefinitions()
             if re.search(r"\b(\w[\w -]{3,}) (from|of) \1\b", p.description(), re.I)]
    assert found == []


def test_help_stage_is_the_toolbox_group_number(provider):
    for algorithm in algorithms(provider):
        group_number = re.match(r"(\d+)", algorithm.group())
        for stage in re.findall(r"Stage (\d+) of the MCR method", help_texts.load(algorithm.name())[1]):
            assert group_number and stage == group_number.group(1), (
                f"{algorithm.id()}: help says Stage {stage}, toolbox group is {algorithm.group()!r}")
