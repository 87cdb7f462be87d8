/**
 * Smoke calls after an install or upgrade (Argo Rollouts' web and job providers, in small): an HTTP
 * request whose status and body must match, or a command that must exit 0. Placeholders in URLs,
 * bodies and arguments: {environment} {tenant} {identifier} {version} {digest} {target}.
 */
import { errorMessage } from '../core/errors.js';
import type { StageContext } from '../io/context.js';
import type { SmokeCall } from './checklist-config.js';

export interface SmokeValues {
  environment: string;
  tenant: string;
  identifier: string;
  version: string;
  digest: string;
  target: string;
}

export interface SmokeResult {
  name: string;
  ok: boolean;
  /** What came back: `HTTP 200 in 12 ms`, `exit 1: <last line>`. */
  detail: string;
}

export function applicable(calls: readonly SmokeCall[], environment: string): SmokeCall[] {
  return calls.filter((c) => !c.environments || c.environments.includes(environment));
}

/** Fill the placeholders; in a URL (`encode`) the values are percent-encoded. */
export function fill(text: string, v: SmokeValues, encode = false): string {
  return text.replace(
    /\{(environment|tenant|identifier|version|digest|target)\}/g,
    (_, k: keyof SmokeValues) => (encode && k !== 'target' ? encodeURIComponent(v[k]) : v[k]),
  );
}

export async function runSmoke(call: SmokeCall, v: SmokeValues, ctx: StageContext): Promise<SmokeResult> {
  const started = Date.now();
  if (call.command) {
    const [program, ...args] = call.command.map((a) => fill(a, v));
    const r = await ctx.ports.processes.run(program!, args, {
      cwd: ctx.cwd,
      env: {
        ...ctx.env,
        DPR_ENVIRONMENT: v.environment,
        DPR_TENANT: v.tenant,
        DPR_IDENTIFIER: v.identifier,
        DPR_VERSION: v.version,
        DPR_DIGEST: v.digest,
        DPR_TARGET_URL: v.target,
      },
      timeoutMs: call.timeoutMs,
      maxBuffer: 64 * 1024,
    });
    const last = `${r.stderr}\n${r.stdout}`.trim().split('\n').filter(Boolean).pop() ?? '';
    if (r.timedOut)
      return { name: call.name, ok: false, detail: `did not finish in ${call.timeoutMs / 1000} s` };
    return {
      name: call.name,
      ok: r.code === 0,
      detail: `exit ${r.code} in ${r.durationMs} ms${last ? `: ${last.slice(0, 200)}` : ''}`,
    };
  }
  const url = fill(call.url!, v, true);
  let headers: Record<string, string> = {};
  if (call.headersEnv) {
    try {
      headers = JSON.parse(ctx.env[call.headersEnv] ?? '{}') as Record<string, string>;
    } catch {
      return { name: call.name, ok: false, detail: `${call.headersEnv} does not hold JSON headers` };
    }
  }
  try {
    const res = await ctx.ports.http.request({
      method: call.method,
      url,
      headers,
      ...(call.body !== undefined ? { body: fill(call.body, v) } : {}),
      timeoutMs: call.timeoutMs,
      attempts: 1,
      signal: ctx.signal,
      secrets: Object.values(headers),
    });
    const body = call.method === 'HEAD' ? '' : await res.text();
    const ms = Date.now() - started;
    if (res.status !== call.expectStatus)
      return {
        name: call.name,
        ok: false,
        detail: `HTTP ${res.status} (expected ${call.expectStatus}) in ${ms} ms${body ? `: ${body.slice(0, 160)}` : ''}`,
      };
    if (call.expectBody && !new RegExp(call.expectBody).test(body))
      return {
        name: call.name,
        ok: false,
        detail: `HTTP ${res.status}, but the body does not match /${call.expectBody}/: ${body.slice(0, 160)}`,
      };
    return { name: call.name, ok: true, detail: `HTTP ${res.status} in ${ms} ms` };
  } catch (error) {
    return { name: call.name, ok: false, detail: errorMessage(error) };
  }
}
