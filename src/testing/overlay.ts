/**
 * pytest for an isolated environment, offline: a directory holding only pytest and the
 * distributions it requires (pluggy, iniconfig, packaging, …, as the interpreter's metadata says),
 * copied from the interpreter that has them, compiled, and put on the environment's `sys.path`
 * after its own packages by a `.pth` file. Nothing else of the interpreter's packages is visible to
 * the tests: a test importing a package the plugin does not declare fails, as in the official CI
 * (whose environments are made by `uv venv`, which sees no system packages).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import type { ProcessRunner } from '../io/process.js';
import { errorTail } from './install.js';
import { QUICK_TIMEOUT_MS } from './limits.js';

/** The `.pth` file that adds the overlay to the environment. */
export const OVERLAY_PTH = '_dpr_pytest_overlay.pth';

/**
 * Run by the interpreter that has pytest, with the destination directory: copies pytest's
 * distributions (their top-level modules and metadata directories), then prints them as JSON.
 */
const OVERLAY_SCRIPT = `
import importlib.util, json, os, re, shutil, sys
from importlib import metadata

dest = sys.argv[1]
try:
    from packaging.requirements import Requirement
except Exception:
    Requirement = None


def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def wanted(text):
    if Requirement is None:
        if ";" in text and "extra" in text.split(";", 1)[1]:
            return None
        m = re.match(r"\\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
        return m.group(1) if m else None
    r = Requirement(text)
    if r.marker is not None:
        try:
            if not r.marker.evaluate({"extra": ""}):
                return None
        except Exception:
            return None
    return r.name


seen, queue = {}, ["pytest"]
while queue:
    name = queue.pop()
    if norm(name) in seen:
        continue
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        continue
    seen[norm(name)] = dist
    for text in dist.requires or []:
        dep = wanted(text)
        if dep:
            queue.append(dep)

copied = []
for key, dist in sorted(seen.items()):
    tops = (dist.read_text("top_level.txt") or "").split()
    if not tops:
        for f in dist.files or []:
            first = str(f).replace("\\\\", "/").split("/")[0]
            if first.endswith(".py"):
                first = first[:-3]
            if first and first not in ("..", "__pycache__") and not first.endswith((".dist-info", ".egg-info", ".pth", ".data")):
                tops.append(first)
    for top in sorted(set(tops)):
        spec = importlib.util.find_spec(top)
        if spec is None:
            continue
        if spec.submodule_search_locations:
            src = list(spec.submodule_search_locations)[0]
            shutil.copytree(src, os.path.join(dest, top), dirs_exist_ok=True)
        elif spec.origin and os.path.isfile(spec.origin):
            shutil.copy2(spec.origin, os.path.join(dest, os.path.basename(spec.origin)))
    meta = getattr(dist, "_path", None)
    if meta is not None and os.path.isdir(str(meta)):
        shutil.copytree(str(meta), os.path.join(dest, os.path.basename(str(meta))), dirs_exist_ok=True)
    copied.append("%s %s" % (dist.metadata["Name"], dist.version))
import compileall
compileall.compile_dir(dest, quiet=2, workers=1)
print(json.dumps(copied))
`;

export interface OverlayOptions {
  /** The interpreter that has pytest (the base interpreter). */
  python: string;
  /** The directory to fill (created empty). */
  dest: string;
  /** The environment's site-packages, where the `.pth` goes. */
  purelib: string;
  env: NodeJS.ProcessEnv;
  tree: ProcessRunner;
}

/** Fill the overlay and add it to the environment; the distributions copied, e.g. `pytest 8.3.4`. */
export async function buildPytestOverlay(o: OverlayOptions): Promise<string[]> {
  const r = await o.tree.run(o.python, ['-c', OVERLAY_SCRIPT, o.dest], {
    env: o.env,
    timeoutMs: QUICK_TIMEOUT_MS * 2,
  });
  let copied: string[] = [];
  try {
    copied = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as string[];
  } catch {
    copied = [];
  }
  if (r.code !== 0 || !copied.some((d) => d.toLowerCase().startsWith('pytest '))) {
    throw new EnvironmentError(
      `cannot copy pytest from ${o.python} into the test environment: ${errorTail(`${r.stdout}\n${r.stderr}`, 3) || `exit code ${r.code}`}`,
      'Pass --python an interpreter whose pytest is installed normally (with its metadata), or list pytest in the plugin’s dependencies.',
    );
  }
  // Relative to the site directory (site.py joins .pth lines to it): the entry can be moved whole.
  // (pip uninstalling itself may have removed an emptied site-packages.)
  mkdirSync(o.purelib, { recursive: true });
  writeFileSync(path.join(o.purelib, OVERLAY_PTH), `${path.relative(o.purelib, o.dest)}\n`);
  return copied;
}
