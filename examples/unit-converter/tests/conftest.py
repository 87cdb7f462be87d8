"""Make the plugin root importable so ``import unit_converter`` works.

pytest may be started from the plugin root, from the repository root, or from
an unpacked ``.difypkg``; in every case the package lives one level above this
directory.
"""

import sys
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent

if str(PLUGIN_ROOT) not in sys.path:
    sys.path.insert(0, str(PLUGIN_ROOT))
