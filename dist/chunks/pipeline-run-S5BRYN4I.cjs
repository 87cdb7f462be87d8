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
  pipelineStage: () => pipelineStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_RI4VR2QM = require("./chunk-RI4VR2QM.cjs");
var import_chunk_GIMIA6NM = require("./chunk-GIMIA6NM.cjs");
var import_chunk_6VNWJHBK = require("./chunk-6VNWJHBK.cjs");
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
async function runStep(decl, given, ctx, label = decl.name) {
  const started = Date.now();
  const input = {};
  for (const o of (0, import_chunk_RI4VR2QM.allOptions)(decl))
    input[o.key] = (0, import_chunk_RI4VR2QM.resolveOption)(o, given[o.key], ctx.config).value;
  try {
    const result = await decl.run(input, ctx);
    const shown = decl.present(result, input, ctx);
    const { sections, errors, exitCode, outputs } = (0, import_chunk_RI4VR2QM.settle)(shown, ctx.policy);
    for (const s of sections) ctx.section(s);
    return {
      name: decl.name,
      label,
      exitCode,
      result,
      outputs,
      sections,
      reason: exitCode === 0 ? void 0 : errors[0]?.message ?? sections.at(-1)?.headline,
      ms: Date.now() - started
    };
  } catch (error) {
    if (!(error instanceof import_chunk_NG6BV4S6.DprError)) throw error;
    const section = {
      stage: decl.name,
      headline: `${label} stopped: ${error.message}`,
      findings: [(0, import_chunk_AIBAUOYI.finding)("DPR1401", `${label}: ${error.message}`, { fix: error.fix })],
      summary: { error: (0, import_chunk_NG6BV4S6.errorMessage)(error) }
    };
    ctx.section(section);
    return {
      name: decl.name,
      label,
      exitCode: error.exitCode,
      outputs: {},
      sections: [section],
      reason: error.message,
      ms: Date.now() - started
    };
  }
}
async function declarations() {
  const { COMMANDS } = await Promise.resolve().then(() => require("./registry-FWWXBYBL.cjs"));
  return Object.fromEntries(COMMANDS.map((c) => [c.name, c]));
}
async function pipelineStage(input, baseCtx, hooks = {}) {
  const started = Date.now();
  const decls = await declarations();
  const out = import_node_path.default.resolve(baseCtx.cwd, input.output ?? import_node_path.default.join(".dify-release", "pipeline"));
  (0, import_node_fs.mkdirSync)(out, { recursive: true });
  const plugin = import_node_path.default.resolve(baseCtx.cwd, input.path);
  const findings = [];
  const ctx = input.local ? { ...baseCtx, config: { ...baseCtx.config, environments: {} } } : baseCtx;
  const remoteDry = input.local ? { ...ctx, dryRun: true } : ctx;
  let signing = { key: input.key, keyEnv: input.keyEnv };
  const trusted = [];
  if (input.local) {
    const { generateKeyPairPem } = await Promise.resolve().then(() => require("./keys-W4XSK2WN.cjs"));
    const pair = await generateKeyPairPem(2048);
    const pub = import_node_path.default.join(out, "pipeline-throwaway.public.pem");
    (0, import_node_fs.writeFileSync)(pub, pair.publicPem);
    trusted.push(pub);
    signing = { keyText: pair.privatePem };
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR1402", `signed with a throwaway RSA-2048 key made for this run; its public half is ${pub}`)
    );
  }
  const plan = [];
  const steps = [];
  const last = (name) => steps.findLast((s) => s.name === name);
  const built = () => last("package")?.outputs.path ?? "";
  const signed = () => last("sign")?.outputs.path ?? "";
  const versionOf = (identifier) => identifier ? (0, import_chunk_PD4DO7MN.parseIdentifier)(identifier)?.version : void 0;
  const version = () => versionOf(last("package")?.outputs.identifier);
  plan.push(
    { decl: "validate", label: "validate", ctx, given: () => ({ paths: [plugin] }) },
    { decl: "check", label: "marketplace checks", ctx, given: () => ({ path: plugin }) },
    { decl: "test", label: "test", ctx, given: () => ({ path: plugin }) },
    { decl: "package", label: "package", ctx, given: () => ({ path: plugin, output: out }) },
    {
      decl: "sign",
      label: "sign",
      ctx,
      given: () => ({ package: built(), output: out, force: true, ...signing })
    },
    {
      decl: "verify",
      label: "verify",
      ctx,
      given: () => ({ package: signed(), ...trusted.length ? { key: trusted } : {} })
    },
    {
      decl: "release",
      label: input.local ? "release (dry run)" : "release",
      ctx: remoteDry,
      // The release's tag: the one given, else v<version> of the package built.
      given: () => ({ packages: [signed()], tag: input.tag ?? (version() ? `v${version()}` : void 0) })
    }
  );
  if (input.submit)
    plan.push({
      decl: "submit",
      label: input.local ? "submit (dry run)" : "submit",
      ctx: remoteDry,
      given: () => ({ package: signed() })
    });
  const target = (env) => ({
    package: signed(),
    env,
    ...trusted.length ? { trustedKey: trusted } : {},
    ...input.local ? { ledger: "local" } : {}
  });
  plan.push({
    decl: "deploy",
    label: `deploy to ${input.staging}`,
    ctx,
    given: () => target(input.staging)
  });
  if (input.promote)
    plan.push({
      decl: "promote",
      label: `promote to ${input.production}`,
      ctx,
      given: () => ({ ...target(input.production), from: input.staging })
    });
  let failed;
  for (const [i, p] of plan.entries()) {
    const decl = decls[p.decl];
    if (!decl) throw new Error(`pipeline: no command ${p.decl}`);
    baseCtx.progress(`pipeline: ${p.label}`, i, plan.length);
    const step = await runStep(decl, p.given(), p.ctx, p.label);
    steps.push(step);
    if (step.exitCode !== 0) {
      failed = step;
      findings.push((0, import_chunk_AIBAUOYI.finding)("DPR1401", `the pipeline stopped at ${p.label}: ${step.reason ?? "it failed"}`));
      break;
    }
    await hooks.afterStep?.(step);
  }
  baseCtx.progress("pipeline", plan.length, plan.length);
  const pkg = last("sign") ?? last("package");
  const deployed = steps.filter((s) => s.name === "deploy" || s.name === "promote").map((s) => ({
    env: String(s.result?.environment ?? ""),
    identifier: s.outputs.identifier ?? "",
    outcome: s.outputs.outcome ?? (s.exitCode === 0 ? "passed" : "failed")
  }));
  return {
    steps,
    failed,
    local: input.local,
    plugin: pkg?.outputs.path ? {
      identifier: pkg.outputs.identifier ?? "",
      sha256: pkg.outputs.sha256 ?? "",
      path: pkg.outputs.path,
      version: versionOf(pkg.outputs.identifier)
    } : void 0,
    deployed,
    findings,
    rollback: `dify-plugin-release rollback --env ${input.production}`,
    totalMs: Date.now() - started
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  pipelineStage
});
