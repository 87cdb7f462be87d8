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
  testPlanCommand: () => testPlanCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var testPlanCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "test-plan",
  summary: "plan the test action\u2019s set-up: the Python version, uv, and the cache key of the dependency files",
  args: [{ key: "path", kind: "path", default: ".", description: "the plugin directory" }],
  options: [
    {
      key: "pythonVersion",
      kind: "string",
      description: "the Python to set up (default: meta.runner.version from the manifest, else 3.12)"
    }
  ],
  common: [],
  outputs: [
    { name: "python-version", description: "the Python version to set up" },
    { name: "uv", description: "true when the plugin has a uv.lock" },
    { name: "deps-hash", description: "hash of the dependency files, for the cache key" },
    { name: "cache-dir", description: "where the test environments are cached" },
    { name: "cache-prefix", description: "the cache key prefix for this runner and Python" }
  ],
  surfaces: { cli: false, action: true },
  subaction: false,
  async run(input, ctx) {
    const { testPlan } = await Promise.resolve().then(() => require("./plan-D32QLIDV.cjs"));
    return testPlan(input, ctx);
  },
  present(plan) {
    return {
      sections: [
        {
          stage: "test-plan",
          headline: `Python ${plan.pythonVersion}${plan.uv ? " with uv" : ""}, cache ${plan.cachePrefix}-${plan.depsHash}`,
          findings: [],
          summary: { ...plan }
        }
      ],
      outputs: {
        "python-version": plan.pythonVersion,
        uv: String(plan.uv),
        "deps-hash": plan.depsHash,
        "cache-dir": plan.cacheDir,
        "cache-prefix": plan.cachePrefix
      },
      exitCode: 0
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  testPlanCommand
});
