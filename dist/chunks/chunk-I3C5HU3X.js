import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  artifactJson
} from "./chunk-5QST4MIK.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";
import {
  countFindings
} from "./chunk-RQVOJRQL.js";

// src/commands/check.ts
var CATEGORIES = [
  "contents",
  "secrets",
  "binaries",
  "manifest",
  "readme",
  "dependencies",
  "icon",
  "version"
];
var checkCommand = defineCommand({
  name: "check",
  summary: "find what the Dify marketplace would reject, in a plugin directory or a built .difypkg",
  args: [
    {
      key: "path",
      kind: "path",
      default: ".",
      description: "a plugin directory (the files `package` would ship) or a .difypkg"
    }
  ],
  options: [
    {
      key: "profile",
      kind: "enum",
      choices: ["marketplace", "official"],
      default: "marketplace",
      description: "the rules to apply: marketplace (third-party submissions) or official (langgenius/dify-official-plugins)",
      config: "check.profile"
    },
    {
      key: "marketplaceDir",
      kind: "path",
      value: "dir",
      description: "the <author>/<name>/ folder of a dify-plugins checkout: the version must be greater than every package there"
    },
    {
      key: "prBody",
      kind: "path",
      value: "file",
      description: "the pull request body (Markdown): release notes (official) or the submission template (marketplace)"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [{ name: "profile", description: "the profile the checks ran with" }],
  subaction: "node",
  async run(input, ctx) {
    const { checkTarget } = await import("./marketplace-2IV54CH2.js");
    const result = await checkTarget(input.path, {
      profile: input.profile,
      marketplaceDir: input.marketplaceDir,
      prBodyFile: input.prBody,
      cwd: ctx.cwd
    });
    return {
      ...result,
      findings: ctx.policy.apply(result.findings).map((f) => ({ ...f, plugin: input.path }))
    };
  },
  present(result, input) {
    const counts = countFindings(result.findings);
    const categories = byCategory(result.findings);
    return {
      sections: [
        {
          stage: "check",
          headline: `${input.path} (${result.kind}, ${result.files} files) checked against the ${input.profile} rules: ${counts.errors > 0 ? "the marketplace would refuse it" : "nothing the marketplace refuses"}`,
          findings: result.findings,
          summary: {
            path: input.path,
            kind: result.kind,
            profile: input.profile,
            name: result.name ?? null,
            version: result.version ?? null,
            author: result.author ?? null,
            files: result.files,
            artifact: result.artifact ? artifactJson(result.artifact) : null,
            categories
          },
          tables: [
            {
              title: "Marketplace checks",
              header: ["Category", "Errors", "Warnings"],
              rows: Object.entries(categories).map(([c, n]) => [c, n.errors, n.warnings])
            }
          ]
        }
      ],
      outputs: { profile: input.profile }
    };
  }
});
function byCategory(findings) {
  const out = {};
  for (const c of CATEGORIES) out[c] = { errors: 0, warnings: 0 };
  for (const f of findings) {
    out[f.category] ??= { errors: 0, warnings: 0 };
    const row = out[f.category];
    if (f.severity === "error") row.errors++;
    else if (f.severity === "warning") row.warnings++;
  }
  return out;
}

export {
  CATEGORIES,
  checkCommand
};
