import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";

// src/commands/test-plan.ts
var testPlanCommand = defineCommand({
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
    const { testPlan } = await import("./plan-DTXRKBMD.js");
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

export {
  testPlanCommand
};
