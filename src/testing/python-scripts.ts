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
def version(name):
    try:
        from importlib import metadata
        return metadata.version(name) if has(name) else None
    except Exception:
        return None
print(json.dumps({
    "executable": sys.executable,
    "version": "%d.%d.%d" % tuple(sys.version_info[:3]),
    "prefix": sys.prefix,
    "base_prefix": getattr(sys, "base_prefix", sys.prefix),
    "pytest": has("pytest"),
    "venv": has("venv"),
    "site": list(site.getsitepackages()) if hasattr(site, "getsitepackages") else [],
    "usersite": site.getusersitepackages() if hasattr(site, "getusersitepackages") else "",
    "purelib": sysconfig.get_paths()["purelib"],
    "dify_plugin": version("dify_plugin"),
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

/**
 * Which of pip, setuptools and wheel (which the official CI's `uv venv` environments do not have)
 * nothing in the environment needs: neither the requirements (a JSON list of names on stdin) nor an
 * installed distribution. Prints them as a JSON list.
 */
export const PRUNE_SCRIPT = `
import json, re, sys
from importlib import metadata
def norm(name):
    return re.sub(r"[-_.]+", "-", name or "").lower()
TOOLS = ("pip", "setuptools", "wheel")
needed = set(norm(n) for n in json.load(sys.stdin))
present = set()
for d in metadata.distributions():
    name = norm(d.metadata["Name"])
    if name in TOOLS:
        present.add(name)
        continue
    for text in d.requires or []:
        m = re.match(r"\\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
        if m and "extra ==" not in text:
            needed.add(norm(m.group(1)))
print(json.dumps(sorted(n for n in present if n not in needed)))
`;

/** The module name of the progress plugin below, loaded with `-p`. */
export const PROGRESS_PLUGIN_MODULE = '_dpr_pytest_progress';

/**
 * A pytest plugin that appends one JSON record per event to the file named by DPR_PROGRESS_FILE,
 * flushed at once: the session's start, each module collected (and each that failed to import),
 * each test started, each phase's outcome (with the crash's file, line and message when it failed),
 * each test finished, and the session's end with pytest's own exit status (written after the JUnit
 * report, which is therefore complete when the end record is there). A run that stops before the end
 * record did not finish, whatever its exit code says; a timeout names the test that was running.
 */
export const PROGRESS_PLUGIN_SCRIPT = `
import json
import os

import pytest

_PATH = os.environ.get("DPR_PROGRESS_FILE")
_FILE = None
_LIMIT = 4000


def _write(record):
    global _FILE
    if not _PATH:
        return
    try:
        if _FILE is None:
            _FILE = open(_PATH, "a", encoding="utf-8")
        _FILE.write(json.dumps(record) + "\\n")
        _FILE.flush()
    except (OSError, ValueError, TypeError):
        pass


def _failure(report, record):
    try:
        text = report.longreprtext
    except Exception:
        text = ""
    record["text"] = text[-_LIMIT:]
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    if crash is not None:
        record["crash"] = {"path": str(crash.path), "line": crash.lineno, "message": str(crash.message)[:_LIMIT]}
    return record


def pytest_sessionstart(session):
    _write({"e": "start", "pid": os.getpid()})


def pytest_collectstart(collector):
    _write({"e": "collect", "nodeid": collector.nodeid, "path": str(getattr(collector, "path", "") or "")})


def pytest_collectreport(report):
    if report.failed:
        _write(_failure(report, {"e": "collectreport", "nodeid": report.nodeid, "outcome": "failed"}))


def pytest_collection_finish(session):
    _write({"e": "collected", "n": len(session.items)})


def pytest_runtest_logstart(nodeid, location):
    _write({"e": "run", "nodeid": nodeid, "file": location[0], "line": location[1]})


def pytest_runtest_logreport(report):
    record = {"e": "report", "nodeid": report.nodeid, "when": report.when, "outcome": report.outcome}
    if hasattr(report, "wasxfail"):
        record["xfail"] = True
    if report.failed:
        _failure(report, record)
    _write(record)


def pytest_runtest_logfinish(nodeid, location):
    _write({"e": "finished", "nodeid": nodeid})


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    _write({"e": "end", "exitstatus": int(exitstatus)})
`;

/**
 * Starts pytest as the official repository's CI does. For a requirements.txt plugin it runs
 * `python -m pytest` from the plugin root, which puts that root first on `sys.path` (tests may import
 * the plugin's `tools.…` modules without a conftest.py); for a uv.lock plugin it runs the `pytest`
 * console script (`uv run --frozen --with pytest pytest`), which does not.
 */
export function pytestLauncher(rootOnPath: boolean): string {
  return rootOnPath ? LAUNCH_AS_MODULE : LAUNCH_AS_SCRIPT;
}

const LAUNCH_AS_MODULE = `
import os, sys
sys.path[0] = os.getcwd()
import pytest
raise SystemExit(int(pytest.main()))
`;

const LAUNCH_AS_SCRIPT = `
import sys
if sys.path and sys.path[0] in ("", "."):
    del sys.path[0]
import pytest
raise SystemExit(int(pytest.main()))
`;
