# SPDX-License-Identifier: GPL-2.0-or-later
"""The class-table presets in resources/presets: format, value ranges, and full legend coverage.

The legends below are typed in from each product's own documentation (see resources/presets/README.md
for the sources), independently of the CSV files, so that a missing, extra or renumbered class fails.
"""

import csv
import math
import pathlib

import pytest

PRESETS = pathlib.Path(__file__).resolve().parents[2] / "resources" / "presets"
HEADER = ["code", "name", "category", "resistance", "habitat", "vulnerable", "name_zh", "note"]
# Li et al. (2020), Table 1.
TABLE_1 = {
    "Vegetation": 1, "Reclaimed vegetation": 2, "Water body": 2, "Orchard": 3, "Farmland": 4,
    "Road": 6, "Building": 8, "Sedimentation tank": 9, "Tailings land": 10,
}
VULNERABLE = {"", "barrier", "farmland"}

# Official legends: code -> English class name (CNLUCC: code -> Chinese name, its authoritative form).
LEGENDS = {
    "paper": {
        1: "Vegetation", 2: "Reclaimed vegetation", 3: "Water body", 4: "Orchard", 5: "Farmland",
        6: "Road", 7: "Building", 8: "Sedimentation tank", 9: "Tailings land",
    },
    # Yang & Huang (2021), ESSD 13:3907.
    "clcd": {
        1: "Cropland", 2: "Forest", 3: "Shrub", 4: "Grassland", 5: "Water", 6: "Snow/Ice", 7: "Barren",
        8: "Impervious", 9: "Wetland",
    },
    # CAS / RESDC land-use remote-sensing monitoring classification (two-level), with 99 ocean.
    "cnlucc": {
        11: "水田", 12: "旱地",
        21: "有林地", 22: "灌木林", 23: "疏林地", 24: "其他林地",
        31: "高覆盖度草地", 32: "中覆盖度草地", 33: "低覆盖度草地",
        41: "河渠", 42: "湖泊", 43: "水库坑塘", 44: "永久性冰川雪地", 45: "滩涂", 46: "滩地",
        51: "城镇用地", 52: "农村居民点", 53: "其他建设用地",
        61: "沙地", 62: "戈壁", 63: "盐碱地", 64: "沼泽地",
        65: "裸土地", 66: "裸岩石质地", 67: "其他",
        99: "海洋",
    },
    # ESA WorldCover 10 m v100 (2020) / v200 (2021) product user manual.
    "worldcover": {
        10: "Tree cover", 20: "Shrubland", 30: "Grassland", 40: "Cropland", 50: "Built-up",
        60: "Bare / sparse vegetation", 70: "Snow and ice", 80: "Permanent water bodies",
        90: "Herbaceous wetland", 95: "Mangroves", 100: "Moss and lichen",
    },
    # GlobeLand30 (2000, 2010, 2020) classification system.
    "globeland30": {
        10: "Cultivated land", 20: "Forest", 30: "Grassland", 40: "Shrubland", 50: "Wetland",
        60: "Water bodies", 70: "Tundra", 80: "Artificial surfaces", 90: "Bareland",
        100: "Permanent snow and ice",
    },
    # MRLC NLCD class legend (Anderson level II), including the Alaska-only classes.
    "nlcd": {
        11: "Open Water", 12: "Perennial Ice/Snow",
        21: "Developed, Open Space", 22: "Developed, Low Intensity", 23: "Developed, Medium Intensity",
        24: "Developed, High Intensity", 31: "Barren Land (Rock/Sand/Clay)",
        41: "Deciduous Forest", 42: "Evergreen Forest", 43: "Mixed Forest",
        51: "Dwarf Scrub", 52: "Shrub/Scrub",
        71: "Grassland/Herbaceous", 72: "Sedge/Herbaceous", 73: "Lichens", 74: "Moss",
        81: "Pasture/Hay", 82: "Cultivated Crops", 90: "Woody Wetlands", 95: "Emergent Herbaceous Wetlands",
    },
    # NLCD level-I groups (first digit of the level-II code; there is no group 6).
    "nlcd_level1": {
        1: "Water", 2: "Developed", 3: "Barren", 4: "Forest", 5: "Shrubland", 7: "Herbaceous",
        8: "Planted/Cultivated", 9: "Wetlands",
    },
    # CORINE Land Cover level-3 nomenclature (44 classes).
    "corine": {
        111: "Continuous urban fabric", 112: "Discontinuous urban fabric",
        121: "Industrial or commercial units", 122: "Road and rail networks and associated land",
        123: "Port areas", 124: "Airports",
        131: "Mineral extraction sites", 132: "Dump sites", 133: "Construction sites",
        141: "Green urban areas", 142: "Sport and leisure facilities",
        211: "Non-irrigated arable land", 212: "Permanently irrigated land", 213: "Rice fields",
        221: "Vineyards", 222: "Fruit trees and berry plantations", 223: "Olive groves",
        231: "Pastures",
        241: "Annual crops associated with permanent crops", 242: "Complex cultivation patterns",
        243: "Land principally occupied by agriculture, with significant areas of natural vegetation",
        244: "Agro-forestry areas",
        311: "Broad-leaved forest", 312: "Coniferous forest", 313: "Mixed forest",
        321: "Natural grasslands", 322: "Moors and heathland", 323: "Sclerophyllous vegetation",
        324: "Transitional woodland-shrub",
        331: "Beaches, dunes, sands", 332: "Bare rocks", 333: "Sparsely vegetated areas", 334: "Burnt areas",
        335: "Glaciers and perpetual snow",
        411: "Inland marshes", 412: "Peat bogs", 421: "Salt marshes", 422: "Salines", 423: "Intertidal flats",
        511: "Water courses", 512: "Water bodies", 521: "Coastal lagoons", 522: "Estuaries", 523: "Sea and ocean",
    },
}
# Products whose authoritative class names are Chinese: compare name_zh, not the English translation.
CHINESE_NAMES = {"cnlucc"}
NLCD_ALASKA_ONLY = {51, 72, 73, 74}


def read_preset(preset):
    with open(PRESETS / f"{preset}.csv", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    assert all(len(row) == len(header) for row in rows), f"{preset}: a row has the wrong number of fields"
    return header, [dict(zip(header, row)) for row in rows]


def test_every_csv_is_a_known_preset_and_documented():
    assert sorted(path.stem for path in PRESETS.glob("*.csv")) == sorted(LEGENDS)
    readme = (PRESETS / "README.md").read_text(encoding="utf-8")
    for preset in LEGENDS:
        assert f"`{preset}`" in readme, preset


@pytest.mark.parametrize("preset", sorted(LEGENDS))
def test_preset_format_and_values(preset):
    header, rows = read_preset(preset)
    assert header == HEADER
    assert rows, preset
    codes = []
    for row in rows:
        where = f"{preset} code {row['code']!r}"
        assert row["code"].strip() == row["code"] and row["code"].lstrip("-").isdigit(), where
        codes.append(int(row["code"]))
        assert row["name"].strip(), where
        assert row["category"] in TABLE_1, where
        resistance = float(row["resistance"])
        assert math.isfinite(resistance) and 1 <= resistance <= 10, where
        assert row["habitat"] in {"0", "1"}, where
        assert row["vulnerable"] in VULNERABLE, where
    assert len(codes) == len(set(codes)), f"{preset}: duplicate codes"
    assert any(row["habitat"] == "1" for row in rows), f"{preset}: no habitat class"


@pytest.mark.parametrize("preset", sorted(LEGENDS))
def test_preset_covers_exactly_the_official_legend(preset):
    _, rows = read_preset(preset)
    legend = LEGENDS[preset]
    codes = {int(row["code"]) for row in rows}
    assert codes == set(legend), (
        f"{preset}: missing {sorted(set(legend) - codes)}, extra {sorted(codes - set(legend))}"
    )
    field = "name_zh" if preset in CHINESE_NAMES else "name"
    for row in rows:
        assert row[field] == legend[int(row["code"])], f"{preset} code {row['code']}: {row[field]!r}"


@pytest.mark.parametrize("preset", sorted(LEGENDS))
def test_preset_keeps_the_papers_order(preset):
    _, rows = read_preset(preset)

    def mean(category):
        values = [float(row["resistance"]) for row in rows if row["category"] == category]
        assert values, f"{preset}: no {category} row"
        return sum(values) / len(values)

    assert mean("Vegetation") < mean("Farmland") < mean("Building")


@pytest.mark.parametrize("preset", sorted(LEGENDS))
def test_no_class_passes_the_papers_ceiling_for_its_kind(preset):
    """Built classes stay at or below the building value; only sea/ocean reaches 10 outside mining land."""
    _, rows = read_preset(preset)
    for row in rows:
        resistance = float(row["resistance"])
        if row["category"] in {"Road", "Building"}:
            assert resistance <= TABLE_1["Building"], row
        if row["category"] == "Vegetation":
            assert resistance < TABLE_1["Road"], row
        if row["habitat"] == "1":
            assert row["category"] == "Vegetation" and resistance == 1, row


def test_paper_preset_is_table_1():
    _, rows = read_preset("paper")
    assert [(int(row["code"]), row["category"], float(row["resistance"])) for row in rows] == [
        (code, name, float(TABLE_1[name])) for code, name in LEGENDS["paper"].items()
    ]
    assert [row["code"] for row in rows if row["habitat"] == "1"] == ["1"]
    assert {row["name"] for row in rows if row["vulnerable"] == "barrier"} == {
        "Road", "Building", "Sedimentation tank", "Tailings land"
    }
    assert {row["name"] for row in rows if row["vulnerable"] == "farmland"} == {"Farmland", "Orchard"}


def test_nlcd_alaska_only_classes_say_so():
    _, rows = read_preset("nlcd")
    alaska = {int(row["code"]) for row in rows if "Alaska only" in row["note"]}
    assert alaska == NLCD_ALASKA_ONLY


def test_nlcd_level1_is_the_first_digit_of_nlcd():
    assert {code // 10 for code in LEGENDS["nlcd"]} == set(LEGENDS["nlcd_level1"])


def test_chinese_products_carry_chinese_names():
    for preset in ("paper", "clcd", "cnlucc", "globeland30"):
        _, rows = read_preset(preset)
        assert all(row["name_zh"] for row in rows), preset
