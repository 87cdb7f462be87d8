"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  checkCompatibility: () => checkCompatibility,
  compatibilityGate: () => compatibilityGate,
  pluginNeeds: () => pluginNeeds,
  targetDifyVersion: () => targetDifyVersion
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_SZJBJCIK = require("./chunk-SZJBJCIK.cjs");
var import_chunk_VXEUCSCM = require("./chunk-VXEUCSCM.cjs");
var import_chunk_Z6ZQYNIY = require("./chunk-Z6ZQYNIY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_coerce = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VXEUCSCM.require_coerce)(), 1);
var import_gt = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VXEUCSCM.require_gt)(), 1);
var import_lt = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VXEUCSCM.require_lt)(), 1);
var COMPATIBILITY_GATE = "compatibility";
function needsOfPlugin(plugin) {
  const raw = plugin.manifest.scalarText("/meta/minimum_dify_version");
  const declared = raw ? raw : void 0;
  const features = (0, import_chunk_SZJBJCIK.usedFeatures)(plugin).map(({ feature, where }) => ({
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
  const abs = import_node_path.default.resolve(cwd, file);
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(abs);
  try {
    return needsOfPlugin(await (0, import_chunk_Z6ZQYNIY.loadPlugin)(new import_chunk_Q55RSBNO.PackageSource(pkg, abs)));
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkCompatibility,
  compatibilityGate,
  pluginNeeds,
  targetDifyVersion
});
