# SPDX-License-Identifier: GPL-2.0-or-later
"""A run of every algorithm that succeeds on the hostile landscape, and what each one writes.

``{in}`` is the input folder (files of conftest.land), ``{out}`` the test's own folder.
"""

SOURCES_A = "{in}/sources_a.gpkg"
SOURCES_B = "{in}/sources_b.gpkg"

BASE = {
    "landuseresistance": {"INPUT": "{in}/landuse.tif", "OUTPUT": "{out}/landuse_r.tif"},
    "terrainresistance": {"INPUT": "{in}/dem.tif", "REFERENCE": "{in}/landuse.tif",
                          "SLOPE_RESISTANCE": "{out}/slope_r.tif", "ELEVATION_RESISTANCE": "{out}/elevation_r.tif"},
    "weightedoverlay": {"INPUTS": ["{in}/resistance.tif", "{in}/resistance.tif", "{in}/resistance.tif"],
                        "OUTPUT": "{out}/resistance.tif"},
    "selectsources": {"INPUT": "{in}/landuse.tif", "MIN_AREA": 0.1, "OUTPUT": "{out}/sources.gpkg",
                      "OUTPUT_RASTER": "{out}/source_ids.tif"},
    "costsurface": {"RESISTANCE": "{in}/resistance.tif", "SOURCES_RASTER": "{in}/sources.tif",
                    "OUTPUT": "{out}/mcr.tif", "ALLOCATION": "{out}/allocation.tif",
                    "BACK_DIRECTION": "{out}/back.tif"},
    "corridors": {"RESISTANCE": "{in}/resistance.tif", "SOURCES_RASTER": "{in}/sources.tif",
                  "CORRIDORS": "{out}/corridors.gpkg", "NODES": "{out}/nodes.gpkg", "RIDGES": "{out}/ridges.gpkg",
                  "VULNERABLE": "{out}/vulnerable.gpkg"},
    "radiationchannels": {"RESISTANCE": "{in}/resistance.tif", "SOURCES_RASTER": "{in}/sources.tif",
                          "THRESHOLD": 0.05, "OUTPUT": "{out}/channels.gpkg",
                          "ACCUMULATION": "{out}/accumulation.tif"},
    "comparepatterns": {"SOURCES": [SOURCES_A, SOURCES_B], "LABELS": "2009, 2018", "OUTPUT": "{out}/table.csv",
                        "CHANGE": "{out}/change.gpkg", "OUTPUT_HTML": "{out}/report.html"},
    "mspa": {"INPUT": "{in}/landuse.tif", "OUTPUT": "{out}/mspa.tif", "STATISTICS": "{out}/mspa.csv"},
    "connectivity": {"RESISTANCE": "{in}/resistance.tif", "PATCHES": SOURCES_A, "OUTPUT": "{out}/patches.gpkg",
                     "LINKS": "{out}/links.gpkg", "SUMMARY": "{out}/connectivity.csv"},
    "currentflow": {"RESISTANCE": "{in}/resistance.tif", "SOURCES_RASTER": "{in}/sources.tif",
                    "OUTPUT": "{out}/current.tif", "RESISTANCE_MATRIX": "{out}/resistances.csv",
                    "RESISTANCE_TABLE": "{out}/resistances.gpkg"},
    "pinchpoints": {"RESISTANCE": "{in}/resistance.tif", "SOURCES_RASTER": "{in}/sources.tif",
                    "CORRIDORS": "{in}/corridors.gpkg", "CUTOFF": 3000.0, "OUTPUT": "{out}/pinchpoints.tif",
                    "CORRIDORS_OUTPUT": "{out}/corridors_eff.gpkg"},
    "barriers": {"RESISTANCE": "{in}/resistance.tif", "SOURCES_RASTER": "{in}/sources.tif", "RADII": "60, 120",
                 "OUTPUT": "{out}/barrier_score.tif", "PERCENT": "{out}/barrier_percent.tif"},
    "centrality": {"CORRIDORS": "{in}/corridors.gpkg", "SOURCES": SOURCES_A,
                   "CORRIDORS_OUTPUT": "{out}/corridors_central.gpkg", "SOURCES_OUTPUT": "{out}/sources_central.gpkg"},
}

# (an output, a second output, an input file that the first output must never overwrite)
OUTPUTS = {
    "landuseresistance": ("OUTPUT", None, "{in}/landuse.tif"),
    "terrainresistance": ("SLOPE_RESISTANCE", "ELEVATION_RESISTANCE", "{in}/dem.tif"),
    "weightedoverlay": ("OUTPUT", None, "{in}/resistance.tif"),
    "selectsources": ("OUTPUT_RASTER", "OUTPUT", "{in}/landuse.tif"),
    "costsurface": ("OUTPUT", "ALLOCATION", "{in}/resistance.tif"),
    "corridors": ("CORRIDORS", "NODES", SOURCES_A),
    "radiationchannels": ("ACCUMULATION", "OUTPUT", "{in}/sources.tif"),
    "comparepatterns": ("CHANGE", "OUTPUT", SOURCES_A),
    "mspa": ("OUTPUT", "STATISTICS", "{in}/landuse.tif"),
    "connectivity": ("OUTPUT", "LINKS", SOURCES_A),
    "currentflow": ("OUTPUT", "RESISTANCE_TABLE", "{in}/resistance.tif"),
    "pinchpoints": ("CORRIDORS_OUTPUT", "OUTPUT", "{in}/corridors.gpkg"),
    "barriers": ("OUTPUT", "PERCENT", "{in}/sources.tif"),
    "centrality": ("CORRIDORS_OUTPUT", "SOURCES_OUTPUT", "{in}/corridors.gpkg"),
}
RASTER_OUTPUTS = {("landuseresistance", "OUTPUT"), ("terrainresistance", "SLOPE_RESISTANCE"),
                  ("terrainresistance", "ELEVATION_RESISTANCE"), ("weightedoverlay", "OUTPUT"),
                  ("selectsources", "OUTPUT_RASTER"), ("costsurface", "OUTPUT"), ("costsurface", "ALLOCATION"),
                  ("costsurface", "BACK_DIRECTION"), ("radiationchannels", "ACCUMULATION"), ("mspa", "OUTPUT"),
                  ("currentflow", "OUTPUT"), ("pinchpoints", "OUTPUT"), ("barriers", "OUTPUT"),
                  ("barriers", "PERCENT")}
ALGORITHMS = sorted(BASE)


def base(algorithm, **changes):
    parameters = dict(BASE[algorithm])
    parameters.update(changes)
    return parameters


def output_paths(parameters):
    return [value for key, value in parameters.items()
            if isinstance(value, str) and value.startswith("{out}")]
