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
  UsageError
} from "./chunk-62OAMW2I.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";

// src/commands/verify.ts
import { readFileSync } from "node:fs";
import path from "node:path";
var verifyCommand = defineCommand({
  name: "verify",
  summary: "check a package\u2019s signature as the daemon does; says why when it fails",
  args: [{ key: "package", kind: "path", required: true, description: "the .difypkg to verify" }],
  options: [
    publicKeysOption("also trust this public key (PKCS#1 PEM file; repeatable)"),
    {
      key: "keyEnv",
      kind: "list",
      value: "variable",
      description: "also trust the public key in this environment variable (repeatable)"
    },
    {
      key: "official",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "trust the official Dify key (turn off to check against the given keys only)"
    },
    maxSizeOption(),
    {
      key: "provenance",
      kind: "path",
      value: "file",
      description: "also check this Sigstore provenance bundle (the release\u2019s <package>.sigstore.json) against the package\u2019s sha256, offline: the statement\u2019s subject digest and the signature with the bundled certificate\u2019s key"
    },
    {
      key: "offlineInstall",
      kind: "boolean",
      default: false,
      description: "also prove an offline package installs: its wheels fit the target, and a fresh environment installs them with no network and imports the entrypoint"
    }
  ],
  common: ["config", "annotate-notices"],
  outputs: [
    { name: "status", description: "verified, unsigned, modified, untrusted or invalid" },
    { name: "category", description: "the authorized category in the signature" },
    { name: "fingerprint", description: "the SHA-256 fingerprint of the key that signed it" },
    { name: "identifier", description: "the Dify identifier of the package" },
    { name: "sha256", description: "sha256 of the package file" },
    { name: "provenance", description: "with --provenance: verified, mismatch, bad-signature or invalid" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { verifyStage } = await import("./verify-Y4XVSJZS.js");
    const keys = [
      ...(input.key ?? []).map((file) => ({ file })),
      ...(input.keyEnv ?? []).map((env) => ({ env }))
    ];
    const result = await verifyStage(
      { package: input.package, keys, official: input.official, maxSize: input.maxSize },
      ctx
    );
    if (input.provenance) {
      const { checkBundle, provenanceFindings } = await import("./provenance-MHHSJYHM.js");
      const file = path.resolve(ctx.cwd, input.provenance);
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        throw new UsageError(
          `--provenance ${input.provenance} cannot be read`,
          "Pass the bundle file (JSON)."
        );
      }
      result.provenance = checkBundle(
        text,
        result.artifact.sha256,
        () => readFileSync(path.resolve(ctx.cwd, input.package))
      );
      result.findings.push(...provenanceFindings(result.provenance, input.provenance));
    }
    if (input.offlineInstall) {
      const { verifyOfflineInstall } = await import("./verify-WQB5GS7P.js");
      result.offline = await verifyOfflineInstall({ package: input.package, maxSize: input.maxSize }, ctx);
    }
    return result;
  },
  present({ findings, artifact, verify, provenance, offline }, input) {
    const ok = verify.status === "verified" && (!provenance || provenance.status === "verified");
    const offlineSections = offline ? [offlineSection(offline, input.package)] : [];
    return {
      sections: [
        {
          stage: "verify",
          headline: ok ? `${input.package}: ${verify.reason}${provenance ? "; provenance checked offline" : ""}` : `${input.package} does not verify${provenance && provenance.status !== "verified" ? ` (provenance: ${provenance.status})` : ""}`,
          findings,
          summary: {
            ...artifactJson(artifact),
            status: verify.status,
            reason: verify.reason,
            signer: verify.signer ? {
              origin: verify.signer.origin,
              fingerprint: verify.signer.fingerprint,
              official: verify.signer.official
            } : null,
            category: verify.category ?? null,
            categorySource: verify.categorySource ?? null,
            time: verify.time ?? null,
            provenance: provenance ?? null,
            keys: verify.keys.map((k) => ({
              origin: k.origin,
              fingerprint: k.fingerprint,
              official: k.official
            }))
          },
          tables: [
            {
              title: "Signature",
              header: ["", "value"],
              rows: [
                ["status", verify.status],
                ...verify.signer ? [["key", `${verify.signer.origin} ${short(verify.signer.fingerprint)}`]] : [],
                ...verify.category !== void 0 ? [["category", categoryText(verify)]] : [],
                ...verify.time ? [["signed at", new Date(verify.time * 1e3).toISOString()]] : []
              ]
            },
            ...provenance ? [
              {
                title: "Provenance (checked offline)",
                header: ["", "value"],
                rows: [
                  ["status", provenance.status],
                  ["why", provenance.reason],
                  ...provenance.signer ? [["signer (as claimed)", provenance.signer]] : [],
                  ...provenance.predicateType ? [["predicate", provenance.predicateType]] : [],
                  ["checked", provenance.checked.join("; ") || "-"],
                  ["not checked", provenance.notChecked.join("; ")]
                ]
              }
            ] : []
          ]
        },
        ...offlineSections
      ],
      outputs: {
        ...provenance ? { provenance: provenance.status } : {},
        status: verify.status,
        category: verify.category ?? "",
        fingerprint: verify.signer?.fingerprint ?? "",
        identifier: artifact.identifier,
        sha256: artifact.sha256
      },
      exitCode: ok ? void 0 : 1
    };
  }
});
function offlineSection(o, pkg) {
  const failed = o.gates.filter((g) => g.status === "failed");
  const proven = o.gates.every((g) => g.status === "passed");
  return {
    stage: "verify",
    headline: failed.length ? `${pkg}: the offline install would fail (${failed.map((g) => g.id).join(", ")})` : proven ? `${pkg}: installs offline on ${o.target?.name} and its entrypoint imports` : `${pkg}: wheels fit ${o.target?.name}; the install could not be run on this machine`,
    findings: o.findings,
    summary: {
      offlineInstall: proven ? "proven" : failed.length ? "failed" : "checked",
      target: o.target?.name ?? null,
      python: o.target?.python.minor ?? null,
      targetFrom: o.targetFrom,
      wheels: o.wheels,
      gates: o.gates,
      install: o.install ?? null
    },
    tables: [{ kind: "gates", title: "Offline install", gates: o.gates }]
  };
}

export {
  verifyCommand
};
