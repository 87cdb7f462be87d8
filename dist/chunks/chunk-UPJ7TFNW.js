import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  maxSizeOption,
  publicKeysOption
} from "./chunk-PL5YMODH.js";
import {
  categoryText,
  short
} from "./chunk-HXXNGEUI.js";
import {
  artifactJson
} from "./chunk-5QST4MIK.js";
import {
  formatSize
} from "./chunk-RNQVW4XQ.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";

// src/commands/inspect.ts
var inspectCommand = defineCommand({
  name: "inspect",
  summary: "show a package: manifest, identifier, checksum, files, signature and generated files",
  args: [{ key: "package", kind: "path", required: true, description: "the .difypkg to inspect" }],
  options: [
    publicKeysOption("also check the signature against this public key (repeatable)"),
    maxSizeOption()
  ],
  common: ["config", "annotate-notices"],
  outputs: [
    { name: "identifier", description: "the Dify identifier author/name:version@checksum" },
    { name: "checksum", description: "the Dify checksum" },
    { name: "sha256", description: "sha256 of the package file" },
    { name: "signature", description: "verified, unsigned, modified, untrusted or invalid" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { inspectStage } = await import("./inspect-CFSDA7JI.js");
    return inspectStage(
      { package: input.package, keys: (input.key ?? []).map((file) => ({ file })), maxSize: input.maxSize },
      ctx
    );
  },
  present(r, input) {
    const { artifact: a, verify: signature, manifest } = r;
    return {
      sections: [
        {
          stage: "inspect",
          headline: `${input.package}: ${a.identifier || "no manifest.yaml"}`,
          findings: r.findings,
          summary: {
            ...artifactJson(a),
            manifest,
            signature: {
              status: signature.status,
              reason: signature.reason,
              category: signature.category ?? null,
              categorySource: signature.categorySource ?? null,
              time: signature.time ?? null,
              signer: signature.signer ? {
                origin: signature.signer.origin,
                fingerprint: signature.signer.fingerprint,
                official: signature.signer.official
              } : null
            },
            generated: r.generated,
            size: r.size,
            files: r.entries.map((e) => ({ path: e.name, size: e.size, compressedSize: e.compressedSize }))
          },
          tables: [
            {
              title: "Plugin",
              header: ["", "value"],
              rows: [
                ["identifier", a.identifier || "-"],
                ["label", manifest.label ?? "-"],
                ["kinds", manifest.kinds.join(", ") || "-"],
                ["runner", manifest.runner ?? "-"],
                ["minimum Dify", manifest.minimumDifyVersion ?? "-"],
                ["checksum", a.checksum],
                ["sha256", a.sha256],
                ["signature", `${signature.status}: ${signature.reason}`],
                ...signature.category !== void 0 ? [["category", categoryText(signature)]] : [],
                ...signature.signer ? [["key", short(signature.signer.fingerprint)]] : [],
                ...r.generated.map((g) => ["generated", `${g.path}: ${g.by}`]),
                [
                  "size",
                  `${r.size.files} files, ${formatSize(r.size.uncompressed)} uncompressed, ${formatSize(r.size.compressed)} compressed`
                ]
              ]
            },
            {
              title: "Files",
              header: ["path", "size", "compressed"],
              rows: r.entries.map((e) => [e.name, e.size, e.compressedSize])
            }
          ]
        }
      ],
      outputs: {
        identifier: a.identifier,
        checksum: a.checksum,
        sha256: a.sha256,
        signature: signature.status
      }
    };
  }
});

export {
  inspectCommand
};
