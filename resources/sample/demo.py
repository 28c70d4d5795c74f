# SPDX-License-Identifier: GPL-2.0-or-later
"""``make demo``: the whole chain on the sample data, three epochs, through qgis_process.

    /usr/bin/python3 resources/sample/demo.py [output folder]

For 2009, 2013 and 2018 it runs the shipped model mcr:securitypattern (land use + DEM ->
resistance -> sources -> MCR surface -> corridors, nodes, ridge lines, vulnerable stretches,
radiation channels), then mcr:comparepatterns on the three results, renders a map of each
epoch with QGIS's layout engine, and prints the comparison table. The model variant
mcr:securitypatternmspa (MSPA cores ranked by dPC as sources) runs on the same epochs into
mspa/ and is compared the same way, in a second table. Needs the environment
``make demo`` sets (headless QGIS, plugin linked and enabled).
"""

import csv
import json
import os
import subprocess
import sys

SAMPLE = os.path.dirname(os.path.abspath(__file__))
QGIS_PROCESS = os.environ.get("MCR_QGIS_PROCESS", "/usr/bin/qgis_process.bin")
PYTHON = os.environ.get("MCR_PYTHON", "/usr/bin/python3")
EPOCHS = ("2009", "2013", "2018")
MODEL_OUTPUTS = {  # model output -> file name
    "resistance:resistance": "resistance.tif",
    "sources:sources": "sources.gpkg",
    "mcr:mcr": "mcr.tif",
    "corridors:corridors": "corridors.gpkg",
    "corridors:nodes": "nodes.gpkg",
    "corridors:ridges": "ridges.gpkg",
    "corridors:vulnerable": "vulnerable.gpkg",
    "channels:channels": "channels.gpkg",
}


def highest_mcr(path):
    """The largest MCR value of a surface (GDAL statistics, NoData left out)."""
    from osgeo import gdal

    dataset = gdal.Open(path)
    highest = dataset.GetRasterBand(1).ComputeRasterMinMax(False)[1]
    dataset = None
    return highest


def qgis_process(algorithm_id, **parameters):
    arguments = [QGIS_PROCESS, "run", algorithm_id, "--json", "--"]
    for key, value in parameters.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            arguments.append(f"{key}={item}")
    completed = subprocess.run(arguments, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit(f"{algorithm_id} failed:\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout[completed.stdout.find("{"):])["results"]


MSPA_OUTPUTS = {**MODEL_OUTPUTS, "mspa:mspa": "mspa.tif"}


def mspa_variant(folder):
    """The model variant of the later literature, mcr:securitypatternmspa (MSPA cores ranked by dPC as
    sources, corridors with their gravity), on the three epochs, compared like the paper's pattern."""
    outputs = run_model_on_epochs("mcr:securitypatternmspa", os.path.join(folder, "mspa"), MSPA_OUTPUTS,
                                  "MSPA cores ranked by dPC as sources")
    return compare_epochs(outputs, os.path.join(folder, "mspa"))


def run_model_on_epochs(model_id, folder, output_files, what):
    """``model_id`` on each epoch's land use + the DEM, its outputs in ``folder/<epoch>``: {epoch: results}."""
    outputs = {}
    for epoch in EPOCHS:
        epoch_folder = os.path.join(folder, epoch)
        os.makedirs(epoch_folder, exist_ok=True)
        print(f"== {epoch}: {model_id} ({what})", flush=True)
        files = {key: os.path.join(epoch_folder, name) for key, name in output_files.items()}
        outputs[epoch] = qgis_process(
            model_id, landuse=os.path.join(SAMPLE, f"landuse_{epoch}.tif"),
            dem=os.path.join(SAMPLE, "dem.tif"), **files,
        )
    return outputs


def compare_epochs(outputs, folder):
    """mcr:comparepatterns on the epochs' model outputs; its table, change layer and report go to
    ``folder``. Returns the table's path."""
    table = os.path.join(folder, "comparison.csv")
    qgis_process(
        "mcr:comparepatterns",
        SOURCES=[outputs[e]["sources:sources"] for e in EPOCHS], LABELS=",".join(EPOCHS),
        CORRIDORS=[outputs[e]["corridors:corridors"] for e in EPOCHS],
        NODES=[outputs[e]["corridors:nodes"] for e in EPOCHS],
        CHANNELS=[outputs[e]["channels:channels"] for e in EPOCHS],
        MCR_SURFACES=[outputs[e]["mcr:mcr"] for e in EPOCHS],
        OUTPUT=table, CHANGE=os.path.join(folder, "source_change.gpkg"),
        OUTPUT_HTML=os.path.join(folder, "comparison.html"),
    )
    return table


def layer_rows(path):
    """[{field: value}] of the first layer of a vector file."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    layer = dataset.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    rows = [{name: feature.GetField(name) for name in names} for feature in layer]
    dataset = None
    return rows


def circuit_theory(folder, outputs):
    """Circuit theory on the 2018 pattern (this plugin's addition, after Circuitscape and Linkage
    Mapper): current flow between the sources, pinch points of the corridors, the centrality of the
    corridor network. Returns what the report shows."""
    epoch_folder = os.path.join(folder, "2018")
    print("== 2018: mcr:currentflow (pairwise current between the sources)", flush=True)
    flow = qgis_process(
        "mcr:currentflow", RESISTANCE=outputs["resistance:resistance"], SOURCES=outputs["sources:sources"],
        SOURCE_ID_FIELD="source_id", OUTPUT=os.path.join(epoch_folder, "current.tif"),
        RESISTANCE_MATRIX=os.path.join(epoch_folder, "effective_resistance.csv"),
        RESISTANCE_TABLE=os.path.join(epoch_folder, "effective_resistance.gpkg"),
    )
    print("== 2018: mcr:pinchpoints (current inside each corridor)", flush=True)
    pinch = qgis_process(
        "mcr:pinchpoints", RESISTANCE=outputs["resistance:resistance"], SOURCES=outputs["sources:sources"],
        SOURCE_ID_FIELD="source_id", CORRIDORS=outputs["corridors:corridors"],
        OUTPUT=os.path.join(epoch_folder, "pinchpoints.tif"),
        CORRIDORS_OUTPUT=os.path.join(epoch_folder, "corridors_circuit.gpkg"),
    )
    print("== 2018: mcr:centrality (current-flow centrality of the corridor network)", flush=True)
    central = qgis_process(
        "mcr:centrality", CORRIDORS=pinch["CORRIDORS_OUTPUT"], SOURCES=outputs["sources:sources"],
        CORRIDORS_OUTPUT=os.path.join(epoch_folder, "corridor_centrality.gpkg"),
        SOURCES_OUTPUT=os.path.join(epoch_folder, "source_centrality.gpkg"),
    )
    del flow
    for picture, title, layers in (
        ("current_2018.png", "Current flow between the sources, 2018 (circuit theory)",
         [("current.tif", "Cumulative current (A, log scale)"), ("sources.gpkg", "Ecological sources"),
          ("corridors.gpkg", "Ecological corridors")]),
        ("pinchpoints_2018.png", "Pinch points of the corridors, 2018 (circuit theory)",
         [("pinchpoints.tif", "Pinch-point current (A, log scale)"), ("sources.gpkg", "Ecological sources"),
          ("corridor_centrality.gpkg", "Corridors, width by centrality")]),
    ):
        completed = subprocess.run(
            [PYTHON, os.path.join(SAMPLE, "render_pattern.py"), epoch_folder, title, os.path.join(folder, picture),
             "--source", "generated sample landscape, land use 2018 (resources/sample, CC0)"]
            + [item for name, label in layers for item in ("--layer", name, label)],
            capture_output=True, text=True,
        )
        if completed.returncode != 0:
            sys.exit(f"rendering {picture} failed:\n{completed.stderr[-3000:]}")
    corridors = layer_rows(central["CORRIDORS_OUTPUT"])
    corridors.sort(key=lambda row: row["current_rank"])
    return {"corridors": corridors, "resistances": layer_rows(os.path.join(epoch_folder, "effective_resistance.gpkg"))}


def csv_rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def html_table(header, rows):
    escape = __import__("html").escape
    head = "".join(f"<th>{escape(str(cell))}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def write_report(folder, one_per_pair, mspa_table, circuit):
    """The demo's own page: the maps of the three epochs, the comparison tables and circuit theory on 2018."""
    import datetime

    with open(os.path.join(os.path.dirname(os.path.dirname(SAMPLE)), "metadata.txt"), encoding="utf-8") as handle:
        version = next((line.split("=", 1)[1].strip() for line in handle if line.startswith("version=")), "?")
    rows = csv_rows(os.path.join(folder, "comparison.csv"))
    paper = html_table(
        ["epoch", "source km²", "change km²", "sources", "corridors", "nodes", "1 per pair", "channels", "mean MCR"],
        [[r["epoch"], f"{float(r['source_area_km2']):.3f}", r["change_km2"] and f"{float(r['change_km2']):+.3f}",
          r["sources"], r["corridors"], r["nodes"], one_per_pair[r["epoch"]], r["channels"],
          f"{float(r['mean_mcr']):.0f}"] for r in rows])
    mspa = html_table(
        ["epoch", "source km²", "sources", "corridors", "nodes", "channels", "mean MCR"],
        [[r["epoch"], f"{float(r['source_area_km2']):.3f}", r["sources"], r["corridors"], r["nodes"], r["channels"],
          f"{float(r['mean_mcr']):.0f}"] for r in csv_rows(mspa_table)])
    resistances = html_table(
        ["from source", "to source", "effective resistance (cell units)"],
        [[r["from_id"], r["to_id"], f"{r['eff_resist']:.4g}"] for r in circuit["resistances"]])
    corridors = html_table(
        ["rank", "corridor", "sources", "cwd", "eff_resist", "cwd / eff_resist", "current (A)", "gravity"],
        [[r["current_rank"], r["corridor_id"], f"{r['from_source']}–{r['to_source']}", f"{r['cwd']:.0f}",
          f"{r['eff_resist']:.0f}", "" if r["cwd_to_eff_resist"] is None else f"{r['cwd_to_eff_resist']:.2f}",
          f"{r['current']:.3f}", "" if r.get("gravity") is None else f"{r['gravity']:.4g}"]
         for r in circuit["corridors"]])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>MCR ecological security pattern — sample data</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto}}table{{border-collapse:collapse}}
td,th{{border:1px solid #999;padding:2px 8px;text-align:right}}img{{max-width:100%}}</style></head><body>
<h1>Ecological security pattern of the sample data, 2009–2018</h1>
<p>Made by <code>make demo</code> with the MCR Ecological Security Pattern plugin {version} on
{datetime.date.today().isoformat()}: the shipped model <code>mcr:securitypattern</code> (the method and defaults of
Li et al. 2020) on the three epochs of the generated sample landscape (20 km × 20 km, EPSG:32650; not the paper's
data, so the numbers are of the same kind, not the same). Full comparison:
<a href="comparison.html">comparison.html</a>.</p>
<h2>The paper's pattern</h2>{paper}
<p>Corridors and nodes: one per significant saddle of the ridge between two sources (the paper's count); 1 per
pair: the cheapest saddle of each pair. Areas in km², MCR in cost units (resistance × metres).</p>
<p><img src="pattern_2009.png" alt="2009"><img src="pattern_2013.png" alt="2013"><img src="pattern_2018.png"
alt="2018"></p>
<h2>Sources by MSPA cores and connectivity importance (ours, after the later literature)</h2>{mspa}
<h2>Circuit theory on the 2018 pattern (ours, after Circuitscape and Linkage Mapper)</h2>
<p>Current flow between every pair of sources over the resistance surface (<code>mcr:currentflow</code>), the
current inside each corridor (<code>mcr:pinchpoints</code>, width cut-off 2000 cost units) and the current-flow
centrality of the corridor network (<code>mcr:centrality</code>, corridor resistance = cwd).</p>
<p><img src="current_2018.png" alt="current"><img src="pinchpoints_2018.png" alt="pinch points"></p>
<h3>Effective resistance between the sources</h3>{resistances}
<h3>Corridors ranked by centrality</h3>{corridors}
<p>cwd / eff_resist is 1 for a corridor one cell wide and about its effective width in cells (the number of
parallel routes) where it is wider: a low ratio marks a corridor that hangs on few routes.</p>
</body></html>
"""
    path = os.path.join(folder, "report.html")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page)
    return path


def main(folder):
    folder = os.path.abspath(folder)
    os.makedirs(folder, exist_ok=True)
    outputs = run_model_on_epochs("mcr:securitypattern", folder, MODEL_OUTPUTS,
                                  "the shipped model on the epoch's land use + dem.tif")

    one_per_pair = {}
    for epoch in EPOCHS:
        print(f"== {epoch}: mcr:corridors with one corridor per pair of sources, for comparison", flush=True)
        found = qgis_process(
            "mcr:corridors", RESISTANCE=outputs[epoch]["resistance:resistance"],
            SOURCES=outputs[epoch]["sources:sources"], SOURCE_ID_FIELD="source_id", MODE=1,
            CORRIDORS=os.path.join(folder, epoch, "corridors_one_per_pair.gpkg"),
            NODES="TEMPORARY_OUTPUT", RIDGES="TEMPORARY_OUTPUT",
        )
        one_per_pair[epoch] = int(found["CORRIDOR_COUNT"])

    print("== comparing the three epochs: mcr:comparepatterns", flush=True)
    table = compare_epochs(outputs, folder)

    mspa_table = mspa_variant(folder)
    circuit = circuit_theory(folder, outputs["2018"])

    print("== rendering the maps with QGIS's layout engine (one MCR colour range for all epochs)", flush=True)
    highest = max(highest_mcr(outputs[epoch]["mcr:mcr"]) for epoch in EPOCHS)
    for epoch in EPOCHS:
        picture = os.path.join(folder, f"pattern_{epoch}.png")
        completed = subprocess.run(
            [PYTHON, os.path.join(SAMPLE, "render_pattern.py"), os.path.join(folder, epoch),
             f"Ecological security pattern {epoch} (sample data)", picture, "--mcr-range", "0", f"{highest:.6g}",
             "--source", f"generated sample landscape, land use {epoch} (resources/sample, CC0)"],
            capture_output=True, text=True,
        )
        if completed.returncode != 0:
            sys.exit(f"rendering {epoch} failed:\n{completed.stderr[-3000:]}")

    print("\nProduced in", folder + ":")
    for root, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            if name.endswith((".qml", ".aux.xml")):
                continue
            path = os.path.join(root, name)
            print(f"  {os.path.relpath(path, folder):32s} {os.path.getsize(path) / 1e6:6.2f} MB")
    print("  (rasters have their .qml style beside them, GeoPackages carry it inside: QGIS opens them styled)")

    print("\nEcological security pattern of the sample data (paper: Li et al. 2020, Table 4 and §4.2)")
    header = f"  {'epoch':>6} {'source km²':>11} {'change':>9} {'sources':>8} {'corridors':>10} {'nodes':>6} " \
             f"{'1 per pair':>11} {'channels':>9} {'mean MCR':>9}"
    print(header)
    with open(table, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            change = f"{float(row['change_km2']):+9.3f}" if row["change_km2"] else f"{'–':>9}"
            print(f"  {row['epoch']:>6} {float(row['source_area_km2']):11.3f} {change} {int(row['sources']):8d} "
                  f"{int(row['corridors']):10d} {int(row['nodes']):6d} {one_per_pair[row['epoch']]:11d} "
                  f"{int(row['channels']):9d} {float(row['mean_mcr']):9.0f}")
    print("  corridors and nodes: one per significant saddle (the paper's count); 1 per pair: the cheapest "
          "saddle of each pair of adjacent sources")
    print("\nThe MSPA variant (mcr:securitypatternmspa: MSPA cores of at least 1 km², the 10 with the highest dPC as "
          "sources; ours, after the literature that followed the paper)")
    print(f"  {'epoch':>6} {'source km²':>11} {'change':>9} {'sources':>8} {'corridors':>10} {'nodes':>6} "
          f"{'channels':>9} {'mean MCR':>9}")
    with open(mspa_table, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            change = f"{float(row['change_km2']):+9.3f}" if row["change_km2"] else f"{'–':>9}"
            print(f"  {row['epoch']:>6} {float(row['source_area_km2']):11.3f} {change} {int(row['sources']):8d} "
                  f"{int(row['corridors']):10d} {int(row['nodes']):6d} {int(row['channels']):9d} "
                  f"{float(row['mean_mcr']):9.0f}")
    print("\nCircuit theory on 2018 (ours): corridors by current-flow centrality")
    print(f"  {'rank':>4} {'sources':>8} {'cwd':>7} {'eff_resist':>10} {'cwd/eff':>8} {'current A':>9}")
    for row in circuit["corridors"]:
        ratio = row["cwd_to_eff_resist"]
        print(f"  {row['current_rank']:4d} {row['from_source']:>4}–{row['to_source']:<3} {row['cwd']:7.0f} "
              f"{row['eff_resist']:10.0f} {'' if ratio is None else format(ratio, '.2f'):>8} {row['current']:9.3f}")
    page = write_report(folder, one_per_pair, mspa_table, circuit)
    print(f"\nReport: {page} (maps, tables, circuit theory)\nComparison: {os.path.join(folder, 'comparison.html')}\n"
          f"Maps:   {os.path.join(folder, 'pattern_2009.png')} (and 2013, 2018), current_2018.png, "
          "pinchpoints_2018.png")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
