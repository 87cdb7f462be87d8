import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  parseIdentifier
} from "./chunk-5EIB45IJ.js";
import "./chunk-HKI4UFJS.js";
import {
  allOptions,
  resolveOption,
  settle
} from "./chunk-JW5GLBSH.js";
import "./chunk-EA4XGTKS.js";
import "./chunk-RQW662HW.js";
import "./chunk-WY3W4H7T.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-4ZVZ2M7T.js";
import "./chunk-277J5JLG.js";
import {
  DprError,
  errorMessage
} from "./chunk-62OAMW2I.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";

// src/commands/pipeline-run.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/commands/chain.ts
async function runStep(decl, given, ctx, label = decl.name) {
  const started = Date.now();
  const input = {};
  for (const o of allOptions(decl))
    input[o.key] = resolveOption(o, given[o.key], ctx.config).value;
  try {
    const result = await decl.run(input, ctx);
    const shown = decl.present(result, input, ctx);
    const { sections, errors, exitCode, outputs } = settle(shown, ctx.policy);
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
    if (!(error instanceof DprError)) throw error;
    const section = {
      stage: decl.name,
      headline: `${label} stopped: ${error.message}`,
      findings: [finding("DPR1401", `${label}: ${error.message}`, { fix: error.fix })],
      summary: { error: errorMessage(error) }
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

// src/commands/pipeline-run.ts
async function declarations() {
  const { COMMANDS } = await import("./registry-ZTTNWOEX.js");
  return Object.fromEntries(COMMANDS.map((c) => [c.name, c]));
}
async function pipelineStage(input, baseCtx, hooks = {}) {
  const started = Date.now();
  const decls = await declarations();
  const out = path.resolve(baseCtx.cwd, input.output ?? path.join(".dify-release", "pipeline"));
  mkdirSync(out, { recursive: true });
  const plugin = path.resolve(baseCtx.cwd, input.path);
  const findings = [];
  const ctx = input.local ? { ...baseCtx, config: { ...baseCtx.config, environments: {} } } : baseCtx;
  const remoteDry = input.local ? { ...ctx, dryRun: true } : ctx;
  let signing = { key: input.key, keyEnv: input.keyEnv };
  const trusted = [];
  if (input.local) {
    const { generateKeyPairPem } = await import("./keys-S6RDP6Q6.js");
    const pair = await generateKeyPairPem(2048);
    const pub = path.join(out, "pipeline-throwaway.public.pem");
    writeFileSync(pub, pair.publicPem);
    trusted.push(pub);
    signing = { keyText: pair.privatePem };
    findings.push(
      finding("DPR1402", `signed with a throwaway RSA-2048 key made for this run; its public half is ${pub}`)
    );
  }
  const plan = [];
  const steps = [];
  const last = (name) => steps.findLast((s) => s.name === name);
  const built = () => last("package")?.outputs.path ?? "";
  const signed = () => last("sign")?.outputs.path ?? "";
  const versionOf = (identifier) => identifier ? parseIdentifier(identifier)?.version : void 0;
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
      findings.push(finding("DPR1401", `the pipeline stopped at ${p.label}: ${step.reason ?? "it failed"}`));
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
export {
  pipelineStage
};
