"""Pure conversion logic for the Unit Converter plugin.

This module is deliberately free of any Dify dependency so that it can be
unit-tested on its own. All arithmetic is done with :class:`fractions.Fraction`
on exact decimal conversion factors, so results such as ``1 ft = 12 in`` or
``100 degC = 212 degF`` come out exact before the final rounding to ``float``.
"""

from __future__ import annotations

import math
from fractions import Fraction
from numbers import Real

__all__ = [
    "LENGTH_UNITS",
    "MAX_PRECISION",
    "TEMPERATURE_SCALES",
    "convert_length",
    "convert_temperature",
    "format_number",
    "normalize_length_unit",
    "normalize_temperature_scale",
]

#: Length units accepted by :func:`convert_length`, with their size in metres.
#: The imperial values are the exact international definitions (1959).
_METRES_PER_UNIT: dict[str, Fraction] = {
    "m": Fraction(1),
    "km": Fraction(1000),
    "mi": Fraction("1609.344"),
    "ft": Fraction("0.3048"),
    "in": Fraction("0.0254"),
    "cm": Fraction("0.01"),
}

LENGTH_UNITS: tuple[str, ...] = tuple(_METRES_PER_UNIT)

_LENGTH_ALIASES: dict[str, str] = {
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "mile": "mi",
    "miles": "mi",
    "foot": "ft",
    "feet": "ft",
    "inch": "in",
    "inches": "in",
    "centimeter": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
}

TEMPERATURE_SCALES: tuple[str, ...] = ("celsius", "fahrenheit", "kelvin")

_TEMPERATURE_ALIASES: dict[str, str] = {
    "c": "celsius",
    "°c": "celsius",
    "degc": "celsius",
    "f": "fahrenheit",
    "°f": "fahrenheit",
    "degf": "fahrenheit",
    "k": "kelvin",
}

#: Largest number of decimal places accepted by :func:`convert_length`.
MAX_PRECISION = 12

_ZERO_CELSIUS_IN_KELVIN = Fraction("273.15")
_ZERO_FAHRENHEIT_IN_RANKINE = Fraction("459.67")
_FIVE_NINTHS = Fraction(5, 9)


def _to_fraction(value: object, name: str) -> Fraction:
    """Validate a user-supplied number and return it as an exact fraction.

    Floats are read through their shortest ``repr`` so that ``0.1`` means the
    decimal 0.1 the user typed, not its binary approximation.
    """
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, got a boolean ({value!r})")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError(f"{name} must be a number, got an empty string")
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"{name} must be a number, got {value!r}") from None
    elif isinstance(value, Real):
        try:
            number = float(value)
        except OverflowError:
            raise ValueError(f"{name} must be a finite number, got {value!r}") from None
    else:
        raise ValueError(f"{name} must be a number, got {type(value).__name__}")

    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(number))


def _to_precision(precision: object) -> int:
    if isinstance(precision, bool):
        raise ValueError("precision must be a whole number, got a boolean")
    if isinstance(precision, str):
        text = precision.strip()
        try:
            precision = float(text)
        except ValueError:
            raise ValueError(f"precision must be a whole number, got {precision!r}") from None
    if isinstance(precision, float):
        if not math.isfinite(precision) or not precision.is_integer():
            raise ValueError(f"precision must be a whole number, got {precision!r}")
        precision = int(precision)
    if not isinstance(precision, int):
        raise ValueError(f"precision must be a whole number, got {type(precision).__name__}")
    if not 0 <= precision <= MAX_PRECISION:
        raise ValueError(f"precision must be between 0 and {MAX_PRECISION}, got {precision}")
    return precision


def normalize_length_unit(unit: object) -> str:
    """Return the canonical symbol (``m``, ``km``, ...) for a length unit."""
    if not isinstance(unit, str) or not unit.strip():
        raise ValueError(
            f"Unknown length unit {unit!r}; expected one of: {', '.join(LENGTH_UNITS)}"
        )
    key = unit.strip().lower()
    key = _LENGTH_ALIASES.get(key, key)
    if key not in _METRES_PER_UNIT:
        raise ValueError(
            f"Unknown length unit {unit!r}; expected one of: {', '.join(LENGTH_UNITS)}"
        )
    return key


def normalize_temperature_scale(scale: object) -> str:
    """Return the canonical name (``celsius``, ``fahrenheit`` or ``kelvin``)."""
    if not isinstance(scale, str) or not scale.strip():
        raise ValueError(
            f"Unknown temperature scale {scale!r}; "
            f"expected one of: {', '.join(TEMPERATURE_SCALES)}"
        )
    key = scale.strip().lower()
    key = _TEMPERATURE_ALIASES.get(key, key)
    if key not in TEMPERATURE_SCALES:
        raise ValueError(
            f"Unknown temperature scale {scale!r}; "
            f"expected one of: {', '.join(TEMPERATURE_SCALES)}"
        )
    return key


def _round_half_away_from_zero(value: Fraction, places: int) -> Fraction:
    """Round like a person would (2.25 -> 2.3), not banker's rounding (2.25 -> 2.2)."""
    scale = 10**places
    magnitude = math.floor(abs(value) * scale + Fraction(1, 2))
    return Fraction(magnitude if value >= 0 else -magnitude, scale)


def _as_float(value: Fraction) -> float:
    result = float(value)
    # Avoid printing "-0.0" after rounding a tiny negative number.
    return 0.0 if result == 0 else result


def convert_length(value: object, from_unit: object, to_unit: object, precision: object = 4) -> float:
    """Convert a length between ``m``, ``km``, ``mi``, ``ft``, ``in`` and ``cm``.

    The result is rounded half away from zero to ``precision`` decimal places
    (0-12, default 4).

    Raises:
        ValueError: if ``value`` is not a finite number, a unit is unknown, or
            ``precision`` is not a whole number between 0 and 12.
    """
    amount = _to_fraction(value, "value")
    source = normalize_length_unit(from_unit)
    target = normalize_length_unit(to_unit)
    places = _to_precision(precision)

    metres = amount * _METRES_PER_UNIT[source]
    result = metres / _METRES_PER_UNIT[target]
    return _as_float(_round_half_away_from_zero(result, places))


def convert_temperature(value: object, from_scale: object, to_scale: object) -> float:
    """Convert a temperature between the Celsius, Fahrenheit and Kelvin scales.

    Raises:
        ValueError: if ``value`` is not a finite number, a scale is unknown, or
            the temperature is below absolute zero (0 K).
    """
    amount = _to_fraction(value, "value")
    source = normalize_temperature_scale(from_scale)
    target = normalize_temperature_scale(to_scale)

    if source == "celsius":
        kelvin = amount + _ZERO_CELSIUS_IN_KELVIN
    elif source == "fahrenheit":
        kelvin = (amount + _ZERO_FAHRENHEIT_IN_RANKINE) * _FIVE_NINTHS
    else:
        kelvin = amount

    if kelvin < 0:
        raise ValueError(
            f"{format_number(float(amount))} {source} is below absolute zero "
            "(0 kelvin = -273.15 celsius = -459.67 fahrenheit)"
        )

    if target == "celsius":
        result = kelvin - _ZERO_CELSIUS_IN_KELVIN
    elif target == "fahrenheit":
        result = kelvin / _FIVE_NINTHS - _ZERO_FAHRENHEIT_IN_RANKINE
    else:
        result = kelvin
    return _as_float(result)


def format_number(number: float) -> str:
    """Format a float for humans: ``212.0`` -> ``"212"``, ``0.5`` -> ``"0.5"``."""
    if math.isfinite(number) and number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    return repr(number)
