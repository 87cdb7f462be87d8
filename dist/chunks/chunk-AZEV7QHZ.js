import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  LAYER_TEXT,
  allCodes,
  lookupCode
} from "./chunk-RQW662HW.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";

// src/commands/explain.ts
var explainCommand = defineCommand({
  name: "explain",
  summary: "what a finding code means: its severity, the Dify layer that enforces it, and the fix",
  args: [{ key: "code", kind: "string", description: "a finding code, e.g. DPR212 (any case)" }],
  options: [{ key: "list", kind: "boolean", default: false, description: "list every code" }],
  common: [],
  outputs: [
    { name: "severity", description: "the code\u2019s default severity" },
    { name: "layer", description: "the layer that enforces it" }
  ],
  subaction: false,
  async run(input) {
    if (input.list || !input.code) return allCodes();
    return [lookupCode(input.code)];
  },
  present(codes, input) {
    const one = codes.length === 1 && !input.list && input.code ? codes[0] : void 0;
    const rows = codes.map((c) => [c.code, c.severity, c.layer ?? "advice", c.title]);
    return {
      sections: [
        {
          stage: "explain",
          headline: one ? `${one.code}: ${one.title}` : `${codes.length} finding codes`,
          findings: [],
          summary: {
            codes: codes.map((c) => ({
              code: c.code,
              severity: c.severity,
              category: c.category,
              title: c.title,
              layer: c.layer ?? "advice",
              enforcedBy: LAYER_TEXT[c.layer ?? "advice"],
              fix: c.fix ?? null
            }))
          },
          tables: one ? [
            {
              title: one.code,
              header: ["", ""],
              rows: [
                ["meaning", one.title],
                [
                  "severity",
                  `${one.severity} (default; --strict makes warnings errors, --ignore drops it)`
                ],
                ["category", one.category],
                ["enforced by", LAYER_TEXT[one.layer ?? "advice"]],
                ["fix", one.fix ?? "each finding says how to fix its case"]
              ]
            }
          ] : [{ title: "Finding codes", header: ["Code", "Severity", "Enforced by", "Meaning"], rows }]
        }
      ],
      outputs: one ? { severity: one.severity, layer: one.layer ?? "advice" } : {},
      exitCode: 0
    };
  }
});

export {
  explainCommand
};
