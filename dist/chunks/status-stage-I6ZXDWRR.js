import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  currentEntry,
  lastGood,
  readOtherLedger,
  unsettled
} from "./chunk-Q3B6C26F.js";
import "./chunk-ROZRPW5Q.js";
import "./chunk-KHEB35I4.js";
import "./chunk-Z4Y4D6RE.js";
import "./chunk-HAERSONJ.js";
import "./chunk-44DMQNJ6.js";
import "./chunk-DHL7WU2O.js";
import "./chunk-ZR46IG5X.js";
import "./chunk-MC6ROTTZ.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-V3BXYE66.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-WY3W4H7T.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/deploy/status-stage.ts
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
async function statusStage(input, ctx) {
  const names = input.env ? [input.env] : environmentNames(ctx);
  const environments = [];
  for (const name of names) {
    const ledger = await readOtherLedger(
      name,
      { ...input.ledger ? { ledger: input.ledger } : {}, ...input.token ? { token: input.token } : {} },
      ctx,
      input
    );
    const history = await ledger.history();
    const current = currentEntry(history);
    const back = current?.action === "rollback" ? void 0 : lastGood(history);
    environments.push({
      environment: name,
      ledger: { kind: ledger.kind, where: ledger.where },
      current: current ? {
        identifier: current.identifier,
        version: current.version,
        digest: current.digest,
        entry: current.id,
        action: current.action,
        at: current.updatedAt
      } : null,
      rollbackTo: back ? { identifier: back.identifier } : null,
      inProgress: unsettled(history).map((e) => e.id),
      history: history.slice(0, input.limit ?? 10).map(item)
    });
  }
  return { environments };
}
function item(e) {
  return {
    id: e.id,
    action: e.action,
    state: e.state,
    identifier: e.identifier,
    version: e.version,
    digest: e.digest,
    tenants: e.tenants,
    previous: e.previous,
    description: e.description,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    ...e.resolution ? { resolution: e.resolution } : {}
  };
}
function environmentNames(ctx) {
  const names = new Set(Object.keys(ctx.config.environments));
  const dir = path.join(ctx.cwd, ".dify-release", "envs");
  if (existsSync(dir)) {
    for (const d of readdirSync(dir, { withFileTypes: true }))
      if (d.isDirectory() && existsSync(path.join(dir, d.name, "ledger.json"))) names.add(d.name);
  }
  if (names.size === 0) names.add("staging").add("production");
  return [...names];
}
export {
  statusStage
};
