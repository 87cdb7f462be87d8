import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  PackageSource
} from "./chunk-ZQENFKUT.js";
import {
  openPackage
} from "./chunk-V3BXYE66.js";
import {
  usedFeatures
} from "./chunk-AFI7Z2DL.js";
import {
  require_coerce,
  require_gt,
  require_lt
} from "./chunk-N54IPBB7.js";
import {
  loadPlugin
} from "./chunk-LLCYNNFI.js";
import {
  __toESM
} from "./chunk-V6G54X4G.js";

// src/diagnostics/compatibility.ts
var import_coerce = __toESM(require_coerce(), 1);
var import_gt = __toESM(require_gt(), 1);
var import_lt = __toESM(require_lt(), 1);
import path from "node:path";
var COMPATIBILITY_GATE = "compatibility";
function needsOfPlugin(plugin) {
  const raw = plugin.manifest.scalarText("/meta/minimum_dify_version");
  const declared = raw ? raw : void 0;
  const features = usedFeatures(plugin).map(({ feature, where }) => ({
    id: feature.id,
    feature: feature.feature,
    minimum: feature.minimum,
    where
  }));
  let required;
  let requiredBy;
  const declaredSemver = declared ? (0, import_coerce.default)(declared)?.version : void 0;
  if (declaredSemver) {
    required = declaredSemver;
    requiredBy = `meta.minimum_dify_version ${declared}`;
  }
  for (const f of features) {
    if (!required || (0, import_gt.default)(f.minimum, required)) {
      required = f.minimum;
      requiredBy = `${f.feature} (${f.where})`;
    }
  }
  return {
    ...declared ? { minimumDifyVersion: declared } : {},
    features,
    ...required ? { required, requiredBy } : {}
  };
}
async function pluginNeeds(file, cwd = process.cwd()) {
  const abs = path.resolve(cwd, file);
  const pkg = await openPackage(abs);
  try {
    return needsOfPlugin(await loadPlugin(new PackageSource(pkg, abs)));
  } finally {
    await pkg.close();
  }
}
async function targetDifyVersion(target, configured) {
  const versions = await target.versions();
  if (versions.dify) return { version: versions.dify, source: "api" };
  if (configured) return { version: configured, source: "configured" };
  return { source: "unknown" };
}
function compatibilityGate(needs, dify) {
  const base = { id: COMPATIBILITY_GATE, title: "the target\u2019s Dify runs this plugin", required: true };
  const evidence = [
    needs.minimumDifyVersion ? `meta.minimum_dify_version: ${needs.minimumDifyVersion}` : "meta.minimum_dify_version: not set",
    ...needs.features.map((f) => `uses ${f.feature} (${f.where}): Dify \u2265 ${f.minimum}`)
  ];
  if (!needs.required) {
    return {
      ...base,
      status: "passed",
      reason: "the plugin names no Dify version and uses no versioned feature",
      evidence
    };
  }
  if (!dify.version) {
    return {
      ...base,
      status: "skipped",
      reason: `the target does not say which Dify it runs (the plugin needs ${needs.required})`,
      evidence,
      code: "DPR1337",
      fix: "Set environments.<name>.dify-version in .dify-release.yml (a daemon\u2019s API does not tell Dify\u2019s version; a console does)."
    };
  }
  const have = (0, import_coerce.default)(dify.version)?.version;
  evidence.unshift(`target: Dify ${dify.version} (${dify.source === "api" ? "from its API" : "configured"})`);
  if (!have) {
    return {
      ...base,
      status: "skipped",
      reason: `the target\u2019s Dify version "${dify.version}" is not a version`,
      evidence,
      code: "DPR1337",
      fix: "Write environments.<name>.dify-version as MAJOR.MINOR.PATCH."
    };
  }
  if ((0, import_lt.default)(have, needs.required)) {
    const older = needs.features.filter((f) => (0, import_lt.default)(have, f.minimum)).map((f) => f.feature);
    return {
      ...base,
      status: "failed",
      reason: `the target runs Dify ${dify.version}; the plugin needs Dify ${needs.required} (${needs.requiredBy})`,
      evidence: [...evidence, ...older.length ? [`not on Dify ${have}: ${older.join("; ")}`] : []],
      code: "DPR1350",
      fix: `Upgrade Dify on the target to ${needs.required} or later, or deploy a version of the plugin that needs no more than ${have}.`
    };
  }
  return {
    ...base,
    status: "passed",
    reason: `the target runs Dify ${dify.version}, at least the ${needs.required} the plugin needs`,
    evidence
  };
}
async function checkCompatibility(target, needs, options = {}) {
  return compatibilityGate(needs, await targetDifyVersion(target, options.configuredDifyVersion));
}

export {
  pluginNeeds,
  targetDifyVersion,
  compatibilityGate,
  checkCompatibility
};
