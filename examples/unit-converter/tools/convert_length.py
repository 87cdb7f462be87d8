"""Dify tool: convert a length between metric and imperial units."""

from collections.abc import Generator
from typing import Any

from dify_plugin import Tool
from dify_plugin.entities.tool import ToolInvokeMessage

from unit_converter import (
    convert_length,
    format_number,
    normalize_length_unit,
)

DEFAULT_PRECISION = 4


class ConvertLengthTool(Tool):
    def _invoke(self, tool_parameters: dict[str, Any]) -> Generator[ToolInvokeMessage, None, None]:
        value = tool_parameters.get("value")
        from_unit = tool_parameters.get("from_unit")
        to_unit = tool_parameters.get("to_unit")
        precision = tool_parameters.get("precision")
        if precision is None or precision == "":
            precision = DEFAULT_PRECISION

        # Invalid input raises ValueError with a message that explains what is
        # wrong; the plugin runtime reports it back to Dify as a tool error.
        result = convert_length(value, from_unit, to_unit, precision)
        source = normalize_length_unit(from_unit)
        target = normalize_length_unit(to_unit)

        yield self.create_text_message(
            f"{format_number(float(value))} {source} = {format_number(result)} {target}"
        )
        yield self.create_json_message(
            {
                "value": float(value),
                "from_unit": source,
                "to_unit": target,
                "result": result,
                "precision": int(float(precision)),
            }
        )
