"""Dify tool: convert a temperature between Celsius, Fahrenheit and Kelvin."""

from collections.abc import Generator
from typing import Any

from dify_plugin import Tool
from dify_plugin.entities.tool import ToolInvokeMessage

from unit_converter import (
    convert_temperature,
    format_number,
    normalize_temperature_scale,
)

_SYMBOLS = {"celsius": "°C", "fahrenheit": "°F", "kelvin": "K"}


class ConvertTemperatureTool(Tool):
    def _invoke(self, tool_parameters: dict[str, Any]) -> Generator[ToolInvokeMessage, None, None]:
        value = tool_parameters.get("value")
        from_scale = tool_parameters.get("from_scale")
        to_scale = tool_parameters.get("to_scale")

        # Raises ValueError for unknown scales, non-finite numbers and
        # temperatures below absolute zero; Dify shows the message as the error.
        result = convert_temperature(value, from_scale, to_scale)
        source = normalize_temperature_scale(from_scale)
        target = normalize_temperature_scale(to_scale)

        yield self.create_text_message(
            f"{format_number(float(value))} {_SYMBOLS[source]} = "
            f"{format_number(result)} {_SYMBOLS[target]}"
        )
        yield self.create_json_message(
            {
                "value": float(value),
                "from_scale": source,
                "to_scale": target,
                "result": result,
            }
        )
