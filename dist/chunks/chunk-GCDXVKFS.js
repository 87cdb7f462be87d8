import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  outputOption
} from "./chunk-PL5YMODH.js";
import {
  display,
  formatSize
} from "./chunk-RNQVW4XQ.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";

// src/commands/bundle.ts
var bundleCommand = defineCommand({
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
  options: [outputOption("directory to write the bundle into (default: .)")],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "path", description: "the .difybndl written" },
    { name: "sha256", description: "sha256 of the .difybndl file" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { bundle } = await import("./bundle-BHI2TK5P.js");
    const result = await bundle({ path: input.path, outDir: input.output, cwd: ctx.cwd });
    return { ...result, findings: ctx.policy.apply(result.findings) };
  },
  present(result, input, ctx) {
    const shown = result.path ? display(ctx.cwd, result.path) : void 0;
    return {
      sections: [
        {
          stage: "bundle",
          headline: shown ? `bundled ${shown} (${result.dependencies.length} dependencies, ${formatSize(result.size ?? 0)})` : `${input.path} not bundled`,
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

export {
  bundleCommand
};
