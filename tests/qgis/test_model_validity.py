# SPDX-License-Identifier: GPL-2.0-or-later
"""Every shipped model is valid in the Graphical Modeler and reads well in the toolbox.

For each ``resources/models/*.model3`` (new models are covered without a change here): the model
validates with no message (no red box in the Modeler, no "Model is invalid" on Run), every child
algorithm resolves and passes its own ``checkParameterValues`` with the values the model gives it
(its defaults, sample data for the inputs a user must choose), every parameter of every child has
a value, the inputs come in chain order with a required layer first, and the model has tags, a
help text and a help URL. A run loads its layers under their labels, not their output ids.
"""

import glob
import os

import numpy as np
import pytest

from ..conftest import REPO, SAMPLE
from .helpers import grid, write

MODEL_FILES = sorted(glob.glob(str(REPO / "resources" / "models" / "*.model3")))


def model_id(path):
    return os.path.splitext(os.path.basename(path))[0]


@pytest.fixture(params=MODEL_FILES, ids=model_id)
def model_file(request):
    return request.param


@pytest.fixture()
def model(qgis_app, model_file):
    from qgis.core import QgsProcessingModelAlgorithm

    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(model_file), f"{model_file} does not load"
    return loaded


def sample_layer(definition):
    """Sample data for a model's land-use or DEM raster input (None for other inputs)."""
    name = definition.name().lower()
    if definition.type() != "raster":
        return None
    if "dem" in name or "elevation" in name:
        return "dem"
    if "land" in name or not definition.flags() & optional_flag():
        return "landuse"
    return None


def source_kinds():
    """The kinds of a step's parameter sources, as values (QGIS 3.22 and 3.40+ name the enum differently)."""
    from types import SimpleNamespace

    from qgis.core import QgsProcessingModelChildParameterSource as Source

    return SimpleNamespace(ChildOutput=Source.fromChildOutput("a", "b").source(),
                           ModelParameter=Source.fromModelParameter("a").source(),
                           StaticValue=Source.fromStaticValue(1).source())


def upstream(model):
    """{child id: ids of every child it depends on, directly or not}."""
    kinds = source_kinds()
    direct = {}
    for child_id, child in model.childAlgorithms().items():
        needs = set(child.dependencies()) if hasattr(child, "dependencies") else set()
        needs = {getattr(need, "childId", need) for need in needs}
        for sources in child.parameterSources().values():
            needs |= {s.outputChildId() for s in sources if s.source() == kinds.ChildOutput}
        direct[child_id] = needs
    closure = {}

    def visit(child_id):
        if child_id not in closure:
            closure[child_id] = set()
            for need in direct[child_id]:
                closure[child_id] |= {need} | visit(need)
        return closure[child_id]

    for child_id in direct:
        visit(child_id)
    return closure


def first_consumer(model):
    """{model input: the child that uses it first (in the child's parameter order)}, by dependency depth."""
    kinds = source_kinds()
    ancestors = upstream(model)
    order = sorted(model.childAlgorithms(), key=lambda child_id: (len(ancestors[child_id]), child_id))
    consumer = {}
    for child_id in order:
        child = model.childAlgorithms()[child_id]
        for definition in child.algorithm().parameterDefinitions():
            for source in child.parameterSources().get(definition.name(), []):
                if source.source() == kinds.ModelParameter:
                    consumer.setdefault(source.parameterName(), child_id)
    return consumer, ancestors


def test_model_validates_clean(model):
    assert hasattr(model, "validate"), "QgsProcessingModelAlgorithm.validate exists since QGIS 3.14"
    ok, messages = model.validate()
    assert ok and not messages, messages


def test_every_child_resolves_and_validates(model):
    for child_id, child in model.childAlgorithms().items():
        assert child.algorithm() is not None, f"{child_id}: algorithm {child.algorithmId()} not found"
        ok, messages = model.validateChildAlgorithm(child_id)
        assert ok, (child_id, messages)


def test_every_mandatory_child_parameter_has_a_value(model):
    """Advanced or not: the Modeler draws a box red when a mandatory parameter has no value."""
    for child_id, child in model.childAlgorithms().items():
        for definition in child.algorithm().parameterDefinitions():
            if definition.isDestination() or definition.flags() & optional_flag():
                continue
            assert child.parameterSources().get(definition.name()), (
                f"{child_id} ({child.algorithmId()}): {definition.name()} ({definition.description()}) has no value")


def placeholder_files(tmp_path):
    """Files that stand for the outputs of earlier steps when a step's parameters are checked alone."""
    from osgeo import ogr, osr

    raster = write(tmp_path / "raster.tif", np.ones((20, 20), np.float32), grid(20, 20, cell=30.0))
    codes = write(tmp_path / "codes.tif", np.ones((20, 20), np.int32), grid(20, 20, cell=30.0), nodata=0,
                  data_type="Int32")
    path = str(tmp_path / "vector.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("vector", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("source_id", ogr.OFTInteger))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("source_id", 1)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((300000 2769400,300300 2769400,300300 2769700,"
                                                  "300000 2769700,300000 2769400))"))
    layer.CreateFeature(feature)
    dataset = None
    return {"raster": raster, "codes": codes, "vector": path}


def user_inputs(model):
    """The model's defaults, plus sample data for the required layers a user must choose."""
    values = {}
    for definition in model.parameterDefinitions():
        if definition.isDestination():
            continue
        if definition.defaultValue() is not None:
            values[definition.name()] = definition.defaultValue()
        elif sample_layer(definition):
            values[definition.name()] = str(SAMPLE / {"dem": "dem.tif", "landuse": "landuse_2018.tif"}[
                sample_layer(definition)])
        elif not definition.flags() & optional_flag():
            pytest.fail(f"no sample value for the required model input {definition.name()} ({definition.type()})")
    return values


def optional_flag():
    from mcr_security_pattern.algorithms import compat

    return compat.FLAG_OPTIONAL


def advanced_flag():
    from mcr_security_pattern.algorithms import compat

    return compat.FLAG_ADVANCED


def test_every_child_accepts_what_the_model_gives_it(model, context, tmp_path):
    """Each step's checkParameterValues (the dialog's check before running) with the model's values:
    its defaults, the sample land use and DEM, and stand-in files for the outputs of earlier steps."""
    kinds = source_kinds()
    files = placeholder_files(tmp_path)
    inputs = user_inputs(model)
    children = model.childAlgorithms()  # keep the copies alive: each owns its algorithm
    for child_id, child in children.items():
        algorithm = child.algorithm()
        parameters = {}
        for definition in algorithm.parameterDefinitions():
            if definition.isDestination():
                parameters[definition.name()] = "TEMPORARY_OUTPUT"
                continue
            values = []
            for source in child.parameterSources().get(definition.name(), []):
                if source.source() == kinds.StaticValue:
                    values.append(source.staticValue())
                elif source.source() == kinds.ModelParameter:
                    values.append(inputs.get(source.parameterName()))
                elif source.source() == kinds.ChildOutput:
                    producer = children[source.outputChildId()].algorithm()
                    output = producer.outputDefinition(source.outputName())
                    kind = "raster" if output.type() == "outputRaster" else "vector"
                    if kind == "raster" and definition.name() in ("SOURCES_RASTER", "INPUT", "LANDUSE", "ALLOCATION"):
                        kind = "codes"
                    values.append(files[kind])
            values = [value for value in values if value is not None]
            if definition.type() == "multilayer":
                parameters[definition.name()] = values
            elif values:
                parameters[definition.name()] = values[0]
        ok, message = algorithm.checkParameterValues(parameters, context)
        assert ok, f"{child_id} ({child.algorithmId()}) refuses the model's values: {message}"


def test_inputs_come_in_chain_order(model):
    """An input used by an earlier step of the chain comes before one used only by a later step, and the
    dialog starts with a layer the user must give (not an advanced number)."""
    inputs = [d for d in model.parameterDefinitions() if not d.isDestination()]
    names = [d.name() for d in inputs]
    assert model.parameterOrder() if hasattr(model, "parameterOrder") else True
    first = inputs[0]
    assert first.type() in ("raster", "source", "vector", "multilayer") and not first.flags() & advanced_flag(), (
        f"the dialog starts with {first.description()!r}, not with a layer to give")
    consumer, ancestors = first_consumer(model)
    for earlier_index, earlier in enumerate(names):
        for later in names[earlier_index + 1:]:
            if earlier in consumer and later in consumer:
                assert consumer[later] not in ancestors[consumer[earlier]], (
                    f"{later!r} (used by {consumer[later]}) comes after {earlier!r} (used by the later step "
                    f"{consumer[earlier]})")


def test_model_has_help_tags_and_a_help_url(provider, model, model_file):
    registered = provider.algorithm(model_id(model_file))
    assert registered is not None, f"{model_id(model_file)} is not registered by the provider"
    assert registered.tags(), "the toolbox search finds a model by its tags"
    assert registered.helpUrl().startswith("https://"), registered.helpUrl()
    assert registered.shortDescription() or registered.shortHelpString()
    assert model.helpContent().get("ALG_DESC")


@pytest.mark.parametrize("word", ["corridor", "security pattern", "MCR"])
def test_toolbox_search_finds_every_model(provider, word):
    from qgis.core import QgsApplication
    from qgis.gui import QgsProcessingToolboxModel, QgsProcessingToolboxProxyModel

    toolbox = QgsProcessingToolboxModel(None, QgsApplication.processingRegistry())
    proxy = QgsProcessingToolboxProxyModel(None, QgsApplication.processingRegistry())
    proxy.setFilterString(word)
    found = set()

    def walk(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            algorithm = proxy.toolboxModel().algorithmForIndex(proxy.mapToSource(index))
            if algorithm is not None:
                found.add(algorithm.id())
            walk(index)

    from qgis.PyQt.QtCore import QModelIndex

    walk(QModelIndex())
    del toolbox
    assert {f"mcr:{model_id(path)}" for path in MODEL_FILES} <= found, sorted(found)


def test_model_layers_load_under_their_labels(provider, tmp_path):
    """Run each model on a small landscape; the layers it loads are named like its outputs' labels."""
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    landuse = np.full((120, 120), 5, np.uint8)
    landuse[10:45, 10:45] = 1
    landuse[75:115, 75:115] = 1
    landuse[10:40, 80:115] = 1
    rows, columns = np.mgrid[0:120, 0:120]
    dem = (300 + 2.0 * columns + 20 * np.sin(rows / 10)).astype(np.float32)
    cells = grid(120, 120, cell=30.0)
    sample = {"landuse": write(tmp_path / "landuse.tif", landuse, cells, nodata=0, data_type="Byte"),
              "dem": write(tmp_path / "dem.tif", dem, cells)}
    for path in MODEL_FILES:
        model = provider.algorithm(model_id(path))
        parameters = {}
        for definition in model.parameterDefinitions():
            if definition.isDestination():
                parameters[definition.name()] = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT",
                                                                                   QgsProject.instance())
            elif sample_layer(definition):
                parameters[definition.name()] = sample[sample_layer(definition)]
            elif "area" in definition.name().lower() and definition.type() == "number":
                parameters[definition.name()] = 0.5  # km²: the small landscape's patches are sources
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run(model, parameters, context=context, feedback=QgsProcessingFeedback())
        labels = {d.name(): d.description() for d in model.destinationParameterDefinitions()}
        names = sorted(context.layerToLoadOnCompletionDetails(key).name for key in context.layersToLoadOnCompletion())
        assert names, f"{model.id()} loads no layer"
        bare = {name.split(":")[-1] for name in labels}
        assert not bare & set(names), f"{model.id()} loads layers named by output id: {names}"
        assert set(names) <= {label for label in labels.values()} | {""}, names
