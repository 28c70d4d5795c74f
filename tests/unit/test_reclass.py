# SPDX-License-Identifier: GPL-2.0-or-later
"""Class tables and range tables (paper Tables 1-3)."""

import math

import numpy as np
import pytest

from mcr_security_pattern.algorithms.kernels import InputError, reclass

ALL = np.ones((2, 3), dtype=bool)


def paper_land_use():
    table, _ = reclass.parse_code_table(reclass.LANDUSE_TABLE)
    return table


def test_default_land_use_table_is_the_papers_table_1():
    names = {name: value for _, name, value in reclass.LANDUSE_TABLE}
    assert names == {
        "Vegetation": 1, "Reclaimed vegetation": 2, "Water body": 2, "Orchard": 3, "Farmland": 4,
        "Road": 6, "Building": 8, "Sedimentation tank": 9, "Tailings land": 10,
    }


def test_codes_map_to_their_resistance():
    codes = np.array([[1, 2, 3], [7, 8, 9]], dtype=np.uint8)
    values, valid, missing = reclass.reclassify_codes(codes, ALL, paper_land_use())
    assert values.tolist() == [[1, 2, 2], [8, 9, 10]]
    assert valid.all() and missing == {}
    assert values.dtype == np.float32


def test_nodata_stays_nodata():
    codes = np.array([[1, 0, 9], [0, 5, 5]], dtype=np.uint8)
    input_valid = codes != 0
    values, valid, missing = reclass.reclassify_codes(codes, input_valid, paper_land_use())
    assert valid.tolist() == input_valid.tolist()
    assert missing == {}


def test_unmapped_classes_are_listed_with_their_cell_counts():
    codes = np.array([[1, 12, 12], [40, 5, 12]], dtype=np.int32)
    with pytest.raises(InputError) as error:
        reclass.reclassify_codes(codes, ALL, paper_land_use())
    message = str(error.value)
    assert "code 12 (3 cells)" in message and "code 40 (1 cells)" in message
    assert "NoData" in message  # names the options


def test_unmapped_classes_to_nodata_or_a_value():
    codes = np.array([[1, 12, 12], [40, 5, 12]], dtype=np.int32)
    values, valid, missing = reclass.reclassify_codes(codes, ALL, paper_land_use(), unmapped="nodata")
    assert valid.tolist() == [[True, False, False], [False, True, False]]
    assert missing == {12: 3, 40: 1}
    values, valid, _ = reclass.reclassify_codes(
        codes, ALL, paper_land_use(), unmapped="value", unmapped_value=7.5
    )
    assert valid.all() and values.tolist() == [[1, 7.5, 7.5], [7.5, 4, 7.5]]


def test_large_and_negative_codes_use_the_general_path():
    codes = np.array([[-5, 100000], [100000, -5]], dtype=np.int64)
    values, valid, _ = reclass.reclassify_codes(codes, np.ones((2, 2), bool), {-5: 2.0, 100000: 3.0})
    assert values.tolist() == [[2, 3], [3, 2]] and valid.all()


def test_names_match_case_and_space_insensitively():
    _, by_name = reclass.parse_code_table(reclass.LANDUSE_TABLE)
    for spelling in ["water body", "WATER BODY", " Water  Body ", "waterbody", "Water_body"]:
        assert by_name[reclass.normalise_name(spelling)] == 3


@pytest.mark.parametrize(
    "rows, fragment",
    [
        ([(1, "a", 1), (1, "b", 2)], "appears twice"),
        ([(1.5, "a", 1)], "not an integer"),
        ([("x", "a", 1)], "numeric class code"),
        ([], "empty"),
    ],
)
def test_bad_class_tables_are_refused(rows, fragment):
    with pytest.raises(InputError, match=fragment):
        reclass.parse_code_table(rows)


def slope_classes(values, **kwargs):
    array = np.array([values], dtype=np.float64)
    return reclass.reclassify_ranges(array, np.ones(array.shape, bool), reclass.SLOPE_TABLE, **kwargs)


def test_slope_table_2_classes():
    classes, valid, _ = slope_classes([0.0, 2.5, 10.0, 20.0, 30.0, 60.0, 90.0])
    assert classes.tolist() == [[1, 1, 3, 5, 7, 10, 10]]


def test_a_break_value_falls_in_one_class_only():
    # Default: min < v <= max, a value on a break joins the lower class; 0 degrees is flat.
    classes, _, _ = slope_classes([0.0, 5.0, 15.0, 25.0, 35.0])
    assert classes.tolist() == [[1, 1, 3, 5, 7]]
    classes, _, _ = slope_classes([0.0, 5.0, 15.0, 25.0, 35.0], boundaries=reclass.UPPER_CLASS)
    assert classes.tolist() == [[1, 3, 5, 7, 10]]
    just_above = np.nextafter(5.0, 6.0)
    classes, _, _ = slope_classes([just_above])
    assert classes.tolist() == [[3]]


def test_elevation_table_3_including_its_ends():
    array = np.array([[150.0, 300.0, 300.5, 400.0, 599.0, 600.0, 800.0]])
    classes, valid, _ = reclass.reclassify_ranges(array, np.ones(array.shape, bool), reclass.ELEVATION_TABLE)
    assert classes.tolist() == [[1, 1, 3, 3, 5, 5, 8]]


def test_values_outside_every_range_are_an_error_or_nodata_never_zero():
    array = np.array([[500.0, 850.0, 900.0]])
    with pytest.raises(InputError, match="2 cells have a elevation outside every range"):
        reclass.reclassify_ranges(array, np.ones(array.shape, bool), reclass.ELEVATION_TABLE, what="elevation")
    classes, valid, outside = reclass.reclassify_ranges(
        array, np.ones(array.shape, bool), reclass.ELEVATION_TABLE, outside="nodata"
    )
    assert valid.tolist() == [[True, False, False]] and outside == 2


def test_range_tables_are_validated():
    with pytest.raises(InputError, match="overlap"):
        reclass.parse_range_table([(0, 10, 1), (5, 20, 2)])
    with pytest.raises(InputError, match="below the maximum"):
        reclass.parse_range_table([(10, 0, 1)])
    parsed = reclass.parse_range_table([("", 300, 1), (300, "", 2)])
    assert parsed == [(-math.inf, 300.0, 1.0), (300.0, math.inf, 2.0)]
