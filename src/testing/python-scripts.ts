/**
 * Small Python programs the test stage runs. Kept as text here (not files next to the bundle) so the
 * single-file `dist/` bundles carry them; each runs with `python -c` or is written to a temporary dir.
 */

/** Facts about an interpreter, as one JSON line. Works on any Python 3. */
export const PROBE_SCRIPT = `
import sys, json, site, sysconfig, importlib.util as u
def has(name):
    try:
        return u.find_spec(name) is not None
    except Exception:
        return False
print(json.dumps({
    "executable": sys.executable,
    "version": "%d.%d.%d" % tuple(sys.version_info[:3]),
    "prefix": sys.prefix,
    "base_prefix": getattr(sys, "base_prefix", sys.prefix),
    "pytest": has("pytest"),
    "venv": has("venv"),
    "site": list(site.getsitepackages()) if hasattr(site, "getsitepackages") else [],
    "purelib": sysconfig.get_paths()["purelib"],
}))
`;

/**
 * Which requirements (a JSON list of PEP 508 strings on stdin) the running environment does not
 * satisfy: prints a JSON list of their indexes. Markers that do not apply count as satisfied.
 */
export const UNSATISFIED_SCRIPT = `
import json, re, sys
from importlib import metadata
try:
    from packaging.requirements import Requirement
except Exception:
    try:
        from pip._vendor.packaging.requirements import Requirement
    except Exception:
        Requirement = None
reqs = json.load(sys.stdin)
missing = []
for i, text in enumerate(reqs):
    if Requirement is None:
        m = re.match(r"\\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
        try:
            metadata.version(m.group(1) if m else text)
        except Exception:
            missing.append(i)
        continue
    try:
        r = Requirement(text)
    except Exception:
        missing.append(i)
        continue
    try:
        if r.marker is not None and not r.marker.evaluate():
            continue
    except Exception:
        pass
    try:
        version = metadata.version(r.name)
    except Exception:
        missing.append(i)
        continue
    if r.specifier and not r.specifier.contains(version, prereleases=True):
        missing.append(i)
print(json.dumps(missing))
`;

/** The module name of the progress plugin below, loaded with `-p`. */
export const PROGRESS_PLUGIN_MODULE = '_dpr_pytest_progress';

/**
 * A pytest plugin that writes what pytest is doing right now (collecting a module, running a test,
 * finished) to the file named by DPR_PROGRESS_FILE, so a timeout can name the test that hung.
 */
export const PROGRESS_PLUGIN_SCRIPT = `
import os

_PATH = os.environ.get("DPR_PROGRESS_FILE")


def _write(*fields):
    if not _PATH:
        return
    try:
        with open(_PATH, "w", encoding="utf-8") as f:
            f.write("\\t".join(str(x) for x in fields))
    except OSError:
        pass


def pytest_collectstart(collector):
    _write("collect", collector.nodeid, getattr(collector, "path", ""), "")


def pytest_collection_finish(session):
    _write("collected", "", "", "")


def pytest_runtest_logstart(nodeid, location):
    _write("run", nodeid, location[0], "" if location[1] is None else location[1])


def pytest_runtest_logfinish(nodeid, location):
    _write("finished", nodeid, location[0], "" if location[1] is None else location[1])
`;

/**
 * Starts pytest as its console script does (`pytest`, as the marketplace CI runs it), not as
 * `python -m pytest`, which would put the working directory on `sys.path` and let tests import the
 * plugin's modules without the conftest.py or `pythonpath` setting that CI needs.
 */
export const PYTEST_LAUNCHER = `
import sys
if sys.path and sys.path[0] in ("", "."):
    del sys.path[0]
import pytest
raise SystemExit(int(pytest.main()))
`;
