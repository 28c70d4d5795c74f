# SPDX-License-Identifier: GPL-2.0-or-later
"""Every algorithm the provider registers follows the Processing conventions users rely on."""

import configparser
import re

import pytest

from ..conftest import REPO

# The public algorithm ids (saved models and scripts use them).
EXPECTED_IDS = {
    "mcr:landuseresistance",
    "mcr:terrainresistance",
    "mcr:weightedoverlay",
    "mcr:selectsources",
    "mcr:costsurface",
    "mcr:corridors",
    "mcr:radiationchannels",
    "mcr:comparepatterns",
    "mcr:currentflow",
    "mcr:pinchpoints",
    "mcr:barriers",
    "mcr:centrality",
    "mcr:mspa",
    "mcr:connectivity",
    "mcr:securitypattern",
    "mcr:securitypatternmspa",
}


def registered(provider):
    return sorted(provider.algorithms(), key=lambda algorithm: algorithm.id())


def test_provider_identity(provider):
    assert provider.id() == "mcr"
    assert provider.name() == "MCR ecological security pattern"
    version = re.search(r"^version=(.+)$", (REPO / "metadata.txt").read_text(), re.M).group(1)
    assert provider.longName().endswith(version)
    assert not provider.icon().isNull()


def test_provider_lists_the_public_algorithm_ids(provider):
    assert EXPECTED_IDS <= {algorithm.id() for algorithm in provider.algorithms()}


def test_every_algorithm_has_help_tags_and_icon(provider):
    for algorithm in registered(provider):
        if algorithm.id().startswith("mcr:") and algorithm.__class__.__name__ == "ShippedModel":
            continue  # models carry their own help; tested with the models
        assert algorithm.shortHelpString().strip(), algorithm.id()
        assert algorithm.tags(), algorithm.id()
        assert algorithm.name() == algorithm.name().lower() and " " not in algorithm.name()
        assert algorithm.groupId() and algorithm.group()
        assert not algorithm.icon().isNull(), algorithm.id()
        assert algorithm.svgIconPath().endswith(".svg")


def test_short_description_is_one_sentence_starting_with_a_verb(provider):
    for algorithm in registered(provider):
        if algorithm.__class__.__name__ == "ShippedModel":
            continue
        text = algorithm.shortDescription()
        assert text.endswith("."), (algorithm.id(), text)
        assert text.count(". ") == 0, (algorithm.id(), text)
        first_word = text.split()[0]
        assert first_word[0].isupper() and first_word.endswith("s"), (algorithm.id(), text)
        assert "<" not in text, (algorithm.id(), text)


def test_every_parameter_has_help(provider):
    for algorithm in registered(provider):
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help().strip(), f"{algorithm.id()}: {parameter.name()} has no help"
            assert parameter.description().strip()
            if algorithm.__class__.__name__ != "ShippedModel":  # models name inputs in lower case
                assert parameter.name() == parameter.name().upper()


def test_algorithms_can_be_instantiated_for_the_modeler(provider):
    for algorithm in registered(provider):
        copy = algorithm.create()
        assert copy.id() == algorithm.id()
        assert [p.name() for p in copy.parameterDefinitions()] == [
            p.name() for p in algorithm.parameterDefinitions()
        ]


@pytest.mark.parametrize("name", sorted(i.split(":")[1] for i in EXPECTED_IDS
                                          if not i.startswith("mcr:securitypattern")))
def test_help_file_names_only_existing_parameters(provider, name):
    from mcr_security_pattern.algorithms import help as help_texts

    algorithm = provider.algorithm(name)
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert names <= set(help_texts.load(name)[2])
    # Its own [parameters] name only its parameters; shared files it inherits may document more.
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(REPO / "resources" / "help" / f"{name}.ini", encoding="utf-8")
    own = set(parser["parameters"]) if parser.has_section("parameters") else set()
    assert own <= names, sorted(own - names)
