import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  inspectOpen
} from "./chunk-ZR46IG5X.js";
import {
  officialKey
} from "./chunk-MC6ROTTZ.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import {
  loadPublicKey
} from "./chunk-KNYFJMOG.js";
import {
  entryFlags
} from "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import {
  openPackage
} from "./chunk-V3BXYE66.js";
import {
  PLUGIN_KINDS
} from "./chunk-AA2BIYNF.js";
import {
  getAt
} from "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import {
  VERIFICATION_FILE
} from "./chunk-HXXNGEUI.js";
import "./chunk-62OAMW2I.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  byteOrder
} from "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/artifact/inspect.ts
import path from "node:path";
async function inspectStage(input, ctx) {
  const keys = [
    officialKey(),
    ...(input.keys ?? []).map((k) => ({ ...loadPublicKey(k, ctx.env), official: false }))
  ];
  const file = path.resolve(ctx.cwd, input.package);
  const pkg = await openPackage(file, { maxUncompressed: input.maxSize && input.maxSize * 1024 * 1024 });
  try {
    const { artifact, verify, manifest } = await inspectOpen(pkg, file, { keys });
    return {
      artifact,
      verify,
      manifest: summarize(manifest),
      generated: generatedFiles(pkg.entries),
      findings: layoutFindings(pkg),
      entries: pkg.entries.map((e) => ({ name: e.name, size: e.size, compressedSize: e.compressedSize })),
      size: {
        files: pkg.entries.length,
        uncompressed: pkg.entries.reduce((n, e) => n + e.size, 0),
        compressed: pkg.entries.reduce((n, e) => n + e.compressedSize, 0)
      }
    };
  } finally {
    await pkg.close();
  }
}
function summarize(yaml) {
  if (!yaml) return { kinds: [] };
  const m = yaml.value;
  const runner = ["language", "version", "entrypoint"].map((k) => yaml.scalarText(`/meta/runner/${k}`));
  const plugins = getAt(m, "/plugins") ?? {};
  return {
    name: yaml.scalarText("/name"),
    author: yaml.scalarText("/author"),
    version: yaml.scalarText("/version"),
    type: yaml.scalarText("/type"),
    label: yaml.scalarText("/label/en_US"),
    description: yaml.scalarText("/description/en_US"),
    kinds: PLUGIN_KINDS.filter((k) => Array.isArray(plugins[k]) && plugins[k].length > 0),
    runner: runner[0] ? `${runner[0]} ${runner[1] ?? ""} (${runner[2] ?? "?"})`.replace("  ", " ") : void 0,
    minimumDifyVersion: yaml.scalarText("/meta/minimum_dify_version"),
    arch: archList(getAt(m, "/meta/arch"))
  };
}
function archList(value) {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return [value];
  return void 0;
}
function generatedFiles(entries) {
  const names = new Set(entries.map((e) => e.name));
  const out = [];
  if (names.has("requirements.txt") && names.has("uv.lock") && names.has("pyproject.toml")) {
    out.push({ path: "requirements.txt", by: "probably exported from uv.lock while packaging" });
  }
  if (names.has(VERIFICATION_FILE)) out.push({ path: VERIFICATION_FILE, by: "added by signing" });
  return out;
}
function layoutFindings(pkg) {
  const out = [];
  if (pkg.directories.length > 0) {
    out.push(
      finding(
        "DPR433",
        `the package has directory entries (${pkg.directories.slice(0, 3).join(", ")}); the daemon fails to read them`,
        {
          severity: "error",
          fix: "Rebuild it with `dify-plugin-release package` (or `dify plugin package`), not a generic zip tool."
        }
      )
    );
  }
  const odd = /* @__PURE__ */ new Set();
  const names = pkg.entries.map((e) => e.name);
  if (names.some((n, i) => i > 0 && byteOrder(names[i - 1], n) > 0 && n !== VERIFICATION_FILE)) {
    odd.add("entries are not sorted by path");
  }
  const flagged = [];
  for (const e of pkg.entries) {
    if (e.method !== 8) odd.add("entries not deflated");
    if (e.dosTime !== 0 || e.dosDate !== 0) odd.add("timestamps set (not reproducible)");
    if (e.extraLength) odd.add("extra fields");
    if (e.externalAttributes) odd.add("file attributes");
    if (e.flags !== void 0 && e.flags !== entryFlags(e.name)) flagged.push(e);
  }
  if (flagged.length > 0) {
    const e = flagged[0];
    odd.add(
      `general-purpose flags differ from what Dify's CLI (Go) writes in ${flagged.length} entr${flagged.length === 1 ? "y" : "ies"} (${e.name}: 0x${hex4(e.flags)}, Go: 0x${hex4(entryFlags(e.name))})`
    );
  }
  if (odd.size > 0) {
    out.push(
      finding("DPR433", `the zip layout differs from the Dify CLI's: ${[...odd].join(", ")}`, {
        fix: "Packages from `dify-plugin-release package` are byte-for-byte reproducible; other tools may not be."
      })
    );
  }
  return out;
}
function hex4(n) {
  return n.toString(16).padStart(4, "0");
}
export {
  inspectStage
};
