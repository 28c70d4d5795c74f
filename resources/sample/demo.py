# SPDX-License-Identifier: GPL-2.0-or-later
"""``make demo``: the whole chain on the sample data, three epochs, through qgis_process.

    /usr/bin/python3 resources/sample/demo.py [output folder]

For 2009, 2013 and 2018 it runs the shipped model mcr:securitypattern (land use + DEM ->
resistance -> sources -> MCR surface -> corridors, nodes, ridge lines, vulnerable stretches,
radiation channels), then mcr:comparepatterns on the three results, renders a map of each
epoch with QGIS's layout engine, and prints the comparison table. Needs the environment
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


def qgis_process(algorithm_id, **parameters):
    arguments = [QGIS_PROCESS, "run", algorithm_id, "--json", "--"]
    for key, value in parameters.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            arguments.append(f"{key}={item}")
    completed = subprocess.run(arguments, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit(f"{algorithm_id} failed:\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout[completed.stdout.find("{"):])["results"]


def main(folder):
    folder = os.path.abspath(folder)
    os.makedirs(folder, exist_ok=True)
    outputs = {}
    for epoch in EPOCHS:
        epoch_folder = os.path.join(folder, epoch)
        os.makedirs(epoch_folder, exist_ok=True)
        print(f"== {epoch}: mcr:securitypattern (the shipped model) on landuse_{epoch}.tif + dem.tif", flush=True)
        files = {key: os.path.join(epoch_folder, name) for key, name in MODEL_OUTPUTS.items()}
        outputs[epoch] = qgis_process(
            "mcr:securitypattern", landuse=os.path.join(SAMPLE, f"landuse_{epoch}.tif"),
            dem=os.path.join(SAMPLE, "dem.tif"), **files,
        )

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
    table = os.path.join(folder, "comparison.csv")
    report = os.path.join(folder, "comparison.html")
    qgis_process(
        "mcr:comparepatterns",
        SOURCES=[outputs[e]["sources:sources"] for e in EPOCHS],
        LABELS=",".join(EPOCHS),
        CORRIDORS=[outputs[e]["corridors:corridors"] for e in EPOCHS],
        NODES=[outputs[e]["corridors:nodes"] for e in EPOCHS],
        CHANNELS=[outputs[e]["channels:channels"] for e in EPOCHS],
        MCR_SURFACES=[outputs[e]["mcr:mcr"] for e in EPOCHS],
        OUTPUT=table, CHANGE=os.path.join(folder, "source_change.gpkg"), OUTPUT_HTML=report,
    )

    print("== rendering the maps with QGIS's layout engine", flush=True)
    for epoch in EPOCHS:
        picture = os.path.join(folder, f"pattern_{epoch}.png")
        completed = subprocess.run(
            [PYTHON, os.path.join(SAMPLE, "render_pattern.py"), os.path.join(folder, epoch),
             f"Ecological security pattern {epoch} (sample data)", picture],
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
    print(f"\nReport: {report}\nMaps:   {os.path.join(folder, 'pattern_2009.png')} (and 2013, 2018)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
