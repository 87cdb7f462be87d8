"""Dependency-free conversion helpers used by the Unit Converter Dify plugin."""

from .conversions import (
    LENGTH_UNITS,
    MAX_PRECISION,
    TEMPERATURE_SCALES,
    convert_length,
    convert_temperature,
    format_number,
    normalize_length_unit,
    normalize_temperature_scale,
)

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
