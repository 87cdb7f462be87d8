/**
 * A wheelhouse built in the test from the fixture source packages (test/fixtures/offline/packages),
 * with no network: each fixture is a folder holding `METADATA` and its modules; a wheel is the zip
 * of those modules plus a `.dist-info` (METADATA, WHEEL with its tags, RECORD with sha256 sums).
 * No vitest here: `npm run bench` builds the same wheelhouse.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/offline/packages',
);

const BUILD = `
import base64, hashlib, os, sys, zipfile
src, out, tag = sys.argv[1:4]
meta = open(os.path.join(src, "METADATA"), encoding="utf-8").read()
fields = dict(l.split(": ", 1) for l in meta.splitlines() if ": " in l and not l.startswith(" "))
name, version = fields["Name"], fields["Version"]
dist = name.replace("-", "_")
info = f"{dist}-{version}.dist-info"
pure = tag.endswith("-none-any")
wheel = "Wheel-Version: 1.0\\nGenerator: dpr-tests\\nRoot-Is-Purelib: %s\\n" % ("true" if pure else "false")
py, abi, plats = tag.split("-")
wheel += "".join(f"Tag: {p}-{a}-{t}\\n" for p in py.split(".") for a in abi.split(".") for t in plats.split("."))
files = []
for base, dirs, names in os.walk(src):
    dirs.sort()
    for n in sorted(names):
        full = os.path.join(base, n)
        rel = os.path.relpath(full, src).replace(os.sep, "/")
        if rel != "METADATA" and "__pycache__" not in rel:
            files.append((rel, open(full, "rb").read()))
files += [(f"{info}/METADATA", meta.encode()), (f"{info}/WHEEL", wheel.encode())]
def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
record = "".join(f"{rel},{digest(data)},{len(data)}\\n" for rel, data in files) + f"{info}/RECORD,,\\n"
target = os.path.join(out, f"{dist}-{version}-{tag}.whl")
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for rel, data in files + [(f"{info}/RECORD", record.encode())]:
        entry = zipfile.ZipInfo(rel, (1980, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(entry, data)
print(target)
`;

/** Build the wheel of fixture package `name` (or of a source folder, by absolute path) with `tag` into `dir`. */
export function buildWheel(name: string, tag: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    process.env.DPR_PYTHON ?? 'python3',
    ['-c', BUILD, path.resolve(PACKAGES, name), dir, tag],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`cannot build the ${name} wheel: ${r.stderr}`);
  return r.stdout.trim();
}

export const X86 = 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64';
export const ARM = 'cp312-cp312-manylinux_2_28_aarch64';

/**
 * The full wheelhouse: pure wheels, the platform-tagged `fastcalc` for both architectures (and, to be
 * ignored, for macOS and musl), the stand-in `dify_plugin`, and the marker-only dependencies.
 */
export function fillWheelhouse(dir: string, options: { arm?: boolean } = {}): string {
  for (const pure of ['tinyjson', 'tinyutil', 'armonly', 'x86only', 'oldpy', 'dify_plugin']) {
    buildWheel(pure, 'py3-none-any', dir);
  }
  buildWheel('fastcalc', X86, dir);
  buildWheel('fastcalc', 'cp312-cp312-macosx_11_0_arm64', dir);
  buildWheel('fastcalc', 'cp312-cp312-musllinux_1_2_aarch64', dir);
  if (options.arm !== false) buildWheel('fastcalc', ARM, dir);
  return dir;
}

export function wheelsIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.whl'))
        .sort()
    : [];
}
