"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  packageCommand: () => packageCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_42Y64D6S = require("./chunk-42Y64D6S.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
function presentOffline(result, ctx) {
  const label = result.label;
  const tag = (f) => ({ ...f, plugin: label });
  const sections = [];
  if (result.findings.length > 0 || result.packages.length === 0) {
    sections.push({
      stage: "package",
      headline: result.packages.length ? `${label}: offline dependencies read` : `${label}: no offline package built`,
      findings: result.findings.map(tag),
      summary: common(result)
    });
  }
  for (const p of result.packages) sections.push(packageSection(p, result, ctx, label));
  const written = result.packages.filter((p) => p.artifact);
  const first = written[0]?.artifact;
  return {
    sections,
    outputs: first ? {
      path: first.path,
      sha256: first.sha256,
      identifier: first.identifier,
      checksum: first.checksum,
      size: String(first.size),
      packages: written.map((p) => p.artifact.path).join("\n")
    } : {},
    exitCode: written.length === result.packages.length && written.length > 0 ? void 0 : 1
  };
}
function common(result) {
  return {
    offline: true,
    input: result.input,
    requirementsFrom: result.requirementsFrom ?? null,
    findLinks: result.sources.findLinks,
    index: result.sources.index,
    pip: result.pip ?? null
  };
}
function packageSection(p, result, ctx, label) {
  const shown = p.artifact ? (0, import_chunk_CYKMR5N3.display)(ctx.cwd, p.artifact.path) : void 0;
  const tables = [];
  if (p.wheels.length) {
    tables.push({
      title: `Wheels for ${p.target.name}`,
      header: ["wheel", "tag used", "size"],
      rows: p.wheels.map((w) => [w.file, w.tag, (0, import_chunk_CYKMR5N3.formatSize)(w.size)])
    });
  }
  if (p.sizes && shown) {
    tables.push({
      title: "Size against the limits on the way to the daemon",
      header: ["limit", "measures", "default", "this package", "raised by"],
      rows: p.sizes.limits.map((l) => [
        l.layer,
        l.measure,
        (0, import_chunk_CYKMR5N3.formatSize)(l.bytes),
        `${(0, import_chunk_CYKMR5N3.formatSize)(l.measure === "compressed" ? p.sizes.compressed : p.sizes.uncompressed)}${l.exceeded ? " (over)" : ""}`,
        l.setting
      ])
    });
  }
  return {
    stage: "package",
    headline: shown ? `packaged ${shown} for ${p.description}: ${p.wheels.length} wheels, ${(0, import_chunk_CYKMR5N3.formatSize)(p.artifact.size)}` : `${label}: no offline package for ${p.target.name}`,
    findings: p.findings.map((f) => ({ ...f, plugin: label })),
    summary: {
      ...common(result),
      target: p.target.name,
      python: p.target.python.minor,
      glibc: `${p.target.glibc.major}.${p.target.glibc.minor}`,
      ...p.artifact ? (0, import_chunk_42Y64D6S.artifactJson)(p.artifact) : { path: null },
      wheels: p.wheels,
      leftOut: p.leftOut,
      requirements: p.requirements ?? null,
      sizes: p.sizes ? {
        compressed: p.sizes.compressed,
        uncompressed: p.sizes.uncompressed,
        wheels: p.sizes.wheels,
        largest: p.sizes.largest,
        limits: p.sizes.limits
      } : null,
      sha256sums: p.result?.sumsFile ?? null,
      pipCommand: p.command
    },
    tables
  };
}
var packageCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "package",
  summary: "build <name>-<version>.difypkg exactly as Dify\u2019s CLI lays it out: reproducible, validated, secrets refused",
  args: [
    {
      key: "path",
      kind: "path",
      default: ".",
      description: "the plugin directory (with --offline, also a .difypkg to repackage)"
    }
  ],
  options: [
    (0, import_chunk_BXTKYJQN.outputOption)(
      "where to write the package and SHA256SUMS: a directory, or a file ending in .difypkg (default: .)",
      "package.output-dir"
    ),
    (0, import_chunk_BXTKYJQN.maxSizeOption)("the plugin\u2019s files"),
    {
      key: "allowFile",
      kind: "list",
      value: "pattern",
      description: "package a file that looks like a secret anyway (gitignore pattern or path; repeatable)",
      config: "package.allow-file"
    },
    {
      key: "offline",
      kind: "boolean",
      default: false,
      description: "build <name>-<version>-offline-<platform>.difypkg per target: every dependency as a wheel under wheels/, installed with no network"
    },
    {
      key: "target",
      kind: "list",
      split: ",",
      value: "platform",
      defaultText: "the manifest\u2019s meta.arch",
      description: "with --offline: linux/amd64 or linux/arm64 (repeatable; one package each)"
    },
    {
      key: "python",
      kind: "string",
      value: "version",
      input: "python-version",
      default: "3.12",
      description: "with --offline: the Python the wheels are for (the daemon runs plugins on 3.12)"
    },
    {
      key: "indexUrl",
      kind: "string",
      value: "url",
      defaultText: "PyPI, unless --find-links is given",
      description: "with --offline: the package index to take wheels from"
    },
    {
      key: "findLinks",
      kind: "list",
      value: "dir",
      description: "with --offline: a folder of wheels to take them from (repeatable; alone: no index)"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "path", description: "the .difypkg written" },
    { name: "sha256", description: "sha256 of the .difypkg file" },
    { name: "identifier", description: "the Dify identifier author/name:version@checksum" },
    { name: "checksum", description: "the Dify checksum (the identifier\u2019s last part)" },
    { name: "size", description: "size of the .difypkg file in bytes" },
    { name: "packages", description: "with --offline: every .difypkg written, one path per line" }
  ],
  subaction: "node",
  async run(input, ctx) {
    if (input.offline) {
      const { packageOffline } = await Promise.resolve().then(() => require("./package-HDX7ICOV.cjs"));
      return {
        offline: await packageOffline(
          {
            path: input.path,
            output: input.output,
            targets: input.target,
            python: input.python,
            indexUrl: input.indexUrl,
            findLinks: input.findLinks,
            maxSize: input.maxSize,
            allowFile: input.allowFile
          },
          ctx
        )
      };
    }
    for (const [flag, given] of [
      ["--target", input.target?.length],
      ["--index-url", input.indexUrl],
      ["--find-links", input.findLinks?.length]
    ]) {
      if (given)
        throw new import_chunk_NG6BV4S6.UsageError(`${flag} is an option of --offline`, `Add --offline, or leave ${flag} out.`);
    }
    const [{ packagePlugin }, { artifactOf }] = await Promise.all([
      Promise.resolve().then(() => require("./package-6PMMLP7Y.cjs")),
      Promise.resolve().then(() => require("./of-GRYDCHGD.cjs"))
    ]);
    const result = await packagePlugin({
      path: input.path,
      outDir: input.output,
      cwd: ctx.cwd,
      maxSizeMiB: input.maxSize,
      allowFiles: input.allowFile,
      policy: (findings) => ctx.policy.apply(findings),
      runner: ctx.ports.processes,
      env: ctx.env,
      onProgress: ctx.progress
    });
    const artifact = result.path && result.sha256 && result.checksum && result.size !== void 0 ? artifactOf({
      path: result.path,
      sha256: result.sha256,
      size: result.size,
      author: result.author ?? "",
      name: result.name ?? "",
      version: result.version ?? "",
      checksum: result.checksum,
      verify: { status: "unsigned", reason: import_chunk_LO4GP5KN.NOT_SIGNED }
    }) : void 0;
    const label = (import_node_path.default.relative(ctx.cwd, import_node_path.default.resolve(ctx.cwd, input.path)) || ".").split(import_node_path.default.sep).join("/");
    return { ...result, artifact, label, findings: result.findings.map((f) => ({ ...f, plugin: label })) };
  },
  present(outcome, input, ctx) {
    if (outcome.offline) return presentOffline(outcome.offline, ctx);
    const result = outcome;
    const shown = result.path ? (0, import_chunk_CYKMR5N3.display)(ctx.cwd, result.path) : void 0;
    return {
      sections: [
        {
          stage: "package",
          headline: shown ? `packaged ${shown} (${result.files.length} files, ${(0, import_chunk_CYKMR5N3.formatSize)(result.size ?? 0)})` : `${input.path} not packaged`,
          findings: result.findings,
          summary: {
            path: result.path ?? null,
            name: result.name ?? null,
            version: result.version ?? null,
            author: result.author ?? null,
            identifier: result.identifier ?? null,
            checksum: result.checksum ?? null,
            sha256: result.sha256 ?? null,
            size: result.size ?? null,
            uncompressedSize: result.totalSize,
            ignoreFile: result.ignoreFile,
            generated: result.generated,
            sha256sums: result.sumsFile ?? null,
            files: result.files
          },
          tables: shown ? [
            {
              title: "Package",
              header: ["", "value"],
              rows: [
                ["file", shown],
                ["identifier", result.identifier ?? ""],
                ["sha256", result.sha256 ?? ""],
                [
                  "size",
                  `${(0, import_chunk_CYKMR5N3.formatSize)(result.size ?? 0)} (${(0, import_chunk_CYKMR5N3.formatSize)(result.totalSize)} uncompressed, ${result.files.length} files)`
                ],
                ["ignore file", result.ignoreFile ?? "none (defaults applied)"],
                ...result.generated.length ? [["generated", result.generated.join(", ")]] : []
              ]
            }
          ] : []
        }
      ],
      outputs: result.artifact ? {
        path: result.artifact.path,
        sha256: result.artifact.sha256,
        identifier: result.artifact.identifier,
        checksum: result.artifact.checksum,
        size: String(result.artifact.size)
      } : {},
      exitCode: result.artifact ? void 0 : 1
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  packageCommand
});
