import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  DEFAULT_TENANT,
  startEmbeddedDaemon
} from "./chunk-L5AGDNC3.js";
import {
  TargetError,
  parseAccounts
} from "./chunk-KHEB35I4.js";
import "./chunk-HAERSONJ.js";
import "./chunk-MC6ROTTZ.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-UPXOIA45.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import {
  writeAtomic
} from "./chunk-EY7IQFHH.js";
import "./chunk-V3BXYE66.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-32FHQH6M.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-277J5JLG.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/local-daemon/stage.ts
import path from "node:path";
async function daemonStage(input, ctx) {
  const apiKey = ctx.env[input.apiKeyEnv];
  if (!apiKey || apiKey.trim() === "") {
    throw new TargetError(
      `the embedded daemon refuses to start without an API key: ${input.apiKeyEnv} is not set or empty`,
      { kind: "config", code: "DPR1113" },
      `Set ${input.apiKeyEnv} to a secret of your choice (clients send it as X-Api-Key), or name another variable with --api-key-env.`
    );
  }
  let accounts = [];
  if (input.console) {
    const text = ctx.env[input.accountEnv];
    if (!text || text.trim() === "") {
      throw new TargetError(
        `--console needs an account: ${input.accountEnv} is not set or empty`,
        { kind: "config", code: "DPR1113" },
        `Set ${input.accountEnv} to EMAIL:PASSWORD (or JSON {"email","password","role"}, or a list of them).`
      );
    }
    accounts = parseAccounts(text, `$${input.accountEnv}`);
  }
  const dataDir = path.resolve(ctx.cwd, input.data);
  const started = Date.now();
  const daemon = await startEmbeddedDaemon({
    dataDir,
    apiKey,
    host: input.host,
    port: input.port,
    forceVerify: input.forceVerify,
    trustedKeys: (input.trustedKey ?? []).map((k) => path.resolve(ctx.cwd, k)),
    ...input.maxPackageSize ? { maxPackageBytes: Math.round(input.maxPackageSize * 1024 * 1024) } : {},
    ...input.runtime === "python" ? { runtime: { ...input.python ? { python: input.python } : {}, offline: input.runtimeOffline } } : {},
    ...input.console ? {
      console: {
        accounts,
        ...input.difyVersion ? { difyVersion: input.difyVersion } : {},
        ...input.consoleScheme ? { scheme: input.consoleScheme } : {},
        ...input.consolePassword ? { passwordEncoding: input.consolePassword } : {}
      }
    } : {},
    tenant: input.tenant ?? DEFAULT_TENANT,
    processes: ctx.ports.processes,
    env: ctx.env
  });
  ctx.log(
    `listening on ${daemon.url} (daemon API: /plugin/${daemon.tenant}/management${input.console ? ", console API: /console/api" : ""}); data in ${dataDir}`
  );
  if (daemon.recovered.length > 0)
    ctx.log(
      `${daemon.recovered.length} task(s) left running by a stopped daemon were failed: ${daemon.recovered.join(", ")}`
    );
  if (input.readyFile) {
    const ready = {
      url: daemon.url,
      host: daemon.host,
      port: daemon.port,
      tenant: daemon.tenant,
      pid: process.pid
    };
    writeAtomic(path.resolve(ctx.cwd, input.readyFile), `${JSON.stringify(ready)}
`);
  }
  let on = () => {
  };
  const stoppedBy = await new Promise((resolve) => {
    on = (signal) => resolve(signal);
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
    ctx.signal.addEventListener("abort", () => setImmediate(() => resolve("interrupted")), { once: true });
  });
  process.removeListener("SIGINT", on);
  process.removeListener("SIGTERM", on);
  await daemon.close();
  ctx.log(`stopped (${stoppedBy})`);
  return {
    url: daemon.url,
    host: daemon.host,
    port: daemon.port,
    tenant: daemon.tenant,
    dataDir,
    console: input.console,
    forceVerify: input.forceVerify,
    trustedKeys: input.trustedKey?.length ?? 0,
    runtime: input.runtime ?? "none",
    recovered: daemon.recovered,
    stoppedBy,
    uptimeMs: Date.now() - started
  };
}
export {
  daemonStage
};
