"""Tests for the pure conversion logic (no Dify SDK required)."""

import math

import pytest

from unit_converter import (
    LENGTH_UNITS,
    TEMPERATURE_SCALES,
    convert_length,
    convert_temperature,
    format_number,
)

# --- length -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "expected"),
    [
        (1, "mi", "m", 1609.344),
        (1, "km", "m", 1000),
        (1, "ft", "in", 12),
        (1, "in", "cm", 2.54),
        (5280, "ft", "mi", 1),
        (250, "cm", "m", 2.5),
    ],
)
def test_length_known_values(value, from_unit, to_unit, expected):
    assert convert_length(value, from_unit, to_unit) == expected


@pytest.mark.parametrize("from_unit", LENGTH_UNITS)
@pytest.mark.parametrize("to_unit", LENGTH_UNITS)
def test_length_round_trip(from_unit, to_unit):
    there = convert_length(123.456, from_unit, to_unit, precision=12)
    back = convert_length(there, to_unit, from_unit, precision=12)
    assert back == pytest.approx(123.456, rel=1e-9)


def test_length_same_unit_is_identity():
    assert convert_length(42.5, "ft", "ft") == 42.5


def test_length_precision_rounding():
    assert convert_length(1, "mi", "km") == 1.6093
    assert convert_length(1, "mi", "km", precision=0) == 2
    assert convert_length(1, "mi", "km", precision=2) == 1.61
    assert convert_length(1, "mi", "km", precision=6) == 1.609344


def test_length_rounds_half_away_from_zero():
    assert convert_length(2.25, "m", "m", precision=1) == 2.3
    assert convert_length(-2.25, "m", "m", precision=1) == -2.3


def test_length_accepts_numeric_strings_and_unit_aliases():
    assert convert_length("3", " Feet ", "INCH", "0") == 36


def test_length_unknown_unit():
    with pytest.raises(ValueError, match="Unknown length unit 'yd'"):
        convert_length(1, "yd", "m")
    with pytest.raises(ValueError, match="Unknown length unit"):
        convert_length(1, "m", None)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "nan", "abc", "", True, None])
def test_length_rejects_non_finite_or_non_numeric_values(bad):
    with pytest.raises(ValueError, match="value must be"):
        convert_length(bad, "m", "km")


@pytest.mark.parametrize("bad", [-1, 13, 2.5, "x", False])
def test_length_rejects_bad_precision(bad):
    with pytest.raises(ValueError, match="precision must be"):
        convert_length(1, "m", "km", precision=bad)


# --- temperature ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "from_scale", "to_scale", "expected"),
    [
        (100, "celsius", "fahrenheit", 212),
        (0, "celsius", "fahrenheit", 32),
        (212, "fahrenheit", "celsius", 100),
        (0, "kelvin", "celsius", -273.15),
        (0, "kelvin", "fahrenheit", -459.67),
        (-40, "celsius", "fahrenheit", -40),
        (25, "celsius", "kelvin", 298.15),
    ],
)
def test_temperature_known_values(value, from_scale, to_scale, expected):
    assert convert_temperature(value, from_scale, to_scale) == expected


@pytest.mark.parametrize("from_scale", TEMPERATURE_SCALES)
@pytest.mark.parametrize("to_scale", TEMPERATURE_SCALES)
def test_temperature_round_trip(from_scale, to_scale):
    there = convert_temperature(310.5, from_scale, to_scale)
    back = convert_temperature(there, to_scale, from_scale)
    assert back == pytest.approx(310.5, abs=1e-9)


def test_temperature_absolute_zero_is_allowed_on_every_scale():
    assert convert_temperature(-273.15, "celsius", "kelvin") == 0
    assert convert_temperature(-459.67, "fahrenheit", "kelvin") == 0


@pytest.mark.parametrize(
    ("value", "scale"),
    [(-273.16, "celsius"), (-460, "fahrenheit"), (-0.001, "kelvin")],
)
def test_temperature_below_absolute_zero(value, scale):
    with pytest.raises(ValueError, match="below absolute zero"):
        convert_temperature(value, scale, "kelvin")


def test_temperature_unknown_scale():
    with pytest.raises(ValueError, match="Unknown temperature scale 'rankine'"):
        convert_temperature(0, "rankine", "celsius")


@pytest.mark.parametrize("bad", [math.nan, math.inf, "warm"])
def test_temperature_rejects_non_finite_or_non_numeric_values(bad):
    with pytest.raises(ValueError, match="value must be"):
        convert_temperature(bad, "celsius", "kelvin")


def test_format_number():
    assert format_number(212.0) == "212"
    assert format_number(-273.15) == "-273.15"
    assert format_number(1609.344) == "1609.344"
