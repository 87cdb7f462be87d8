"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  bundleCommand: () => bundleCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var bundleCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "bundle",
  summary: "build <name>-<version>.difybndl from a bundle directory, dependencies checked",
  args: [
    {
      key: "path",
      kind: "path",
      required: true,
      description: "the bundle directory (manifest.yaml with type: bundle)"
    }
  ],
  options: [(0, import_chunk_BXTKYJQN.outputOption)("directory to write the bundle into (default: .)")],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "path", description: "the .difybndl written" },
    { name: "sha256", description: "sha256 of the .difybndl file" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { bundle } = await Promise.resolve().then(() => require("./bundle-XNB6QIPW.cjs"));
    const result = await bundle({ path: input.path, outDir: input.output, cwd: ctx.cwd });
    return { ...result, findings: ctx.policy.apply(result.findings) };
  },
  present(result, input, ctx) {
    const shown = result.path ? (0, import_chunk_CYKMR5N3.display)(ctx.cwd, result.path) : void 0;
    return {
      sections: [
        {
          stage: "bundle",
          headline: shown ? `bundled ${shown} (${result.dependencies.length} dependencies, ${(0, import_chunk_CYKMR5N3.formatSize)(result.size ?? 0)})` : `${input.path} not bundled`,
          findings: result.findings,
          summary: {
            path: result.path ?? null,
            sha256: result.sha256 ?? null,
            size: result.size ?? null,
            name: result.name ?? null,
            version: result.version ?? null,
            dependencies: result.dependencies,
            files: result.files
          },
          tables: [
            {
              title: "Dependencies",
              header: ["#", "type", "value"],
              rows: result.dependencies.map((d, i) => [
                i + 1,
                String(d.type),
                JSON.stringify(d.value ?? null)
              ])
            }
          ]
        }
      ],
      outputs: result.path ? { path: result.path, sha256: result.sha256 ?? "" } : {},
      exitCode: result.path ? void 0 : 1
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bundleCommand
});
