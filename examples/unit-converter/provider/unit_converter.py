"""Tool provider for the Unit Converter plugin.

The converter performs pure arithmetic and talks to no external service, so
there is nothing to authenticate: credential validation always succeeds.
"""

from typing import Any

from dify_plugin import ToolProvider


class UnitConverterProvider(ToolProvider):
    def _validate_credentials(self, credentials: dict[str, Any]) -> None:
        # No credentials are declared for this provider; accept whatever the
        # platform passes (normally an empty mapping).
        return None
