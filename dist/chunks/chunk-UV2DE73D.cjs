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
  explainCommand: () => explainCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_6VNWJHBK = require("./chunk-6VNWJHBK.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var explainCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
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
    if (input.list || !input.code) return (0, import_chunk_6VNWJHBK.allCodes)();
    return [(0, import_chunk_6VNWJHBK.lookupCode)(input.code)];
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
              enforcedBy: import_chunk_6VNWJHBK.LAYER_TEXT[c.layer ?? "advice"],
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
                ["enforced by", import_chunk_6VNWJHBK.LAYER_TEXT[one.layer ?? "advice"]],
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainCommand
});
