/**
 * doctor's remote-debug lines: the plugin's `.env` (INSTALL_METHOD=remote, REMOTE_INSTALL_URL as
 * host:port — or REMOTE_INSTALL_HOST and REMOTE_INSTALL_PORT, as older SDKs read them — and
 * REMOTE_INSTALL_KEY), whether the host and port answer, whether the daemon accepts the key (its
 * handshake, internal/core/debugging_runtime: one JSON line `{"type":"handshake","data":{"key":…}}`;
 * a bad key is answered `handshake failed, invalid key` and the connection closed, a good one
 * silently), and whether the host is the target's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { probeTcp } from '../io/tcp.js';
import { check, type DoctorCheck } from './doctor-check.js';
import type { DebugInfo } from './doctor-target.js';

export interface DebugEnv {
  installMethod?: string;
  host?: string;
  port?: number;
  key?: string;
  /** Problems with the file's values, one sentence each. */
  problems: string[];
}

/** Parse a dotenv text the way python-dotenv reads the SDK's `.env` (quotes, comments, `export`). */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!;
    const q = value[0];
    if ((q === '"' || q === "'") && value.lastIndexOf(q) > 0) value = value.slice(1, value.lastIndexOf(q));
    else value = value.replace(/\s+#.*$/, '').trim();
    out[m[1]!] = value;
  }
  return out;
}

export function readDebugEnv(values: Record<string, string>): DebugEnv {
  const problems: string[] = [];
  const installMethod = values.INSTALL_METHOD;
  if (!installMethod) problems.push('INSTALL_METHOD is not set (it must be remote)');
  else if (installMethod.toLowerCase() !== 'remote')
    problems.push(`INSTALL_METHOD is "${installMethod}", not remote`);
  let host: string | undefined;
  let portText: string | undefined;
  const url = values.REMOTE_INSTALL_URL;
  if (url) {
    const m = /^(?:[a-z]+:\/\/)?(\[[^\]]+\]|[^:/\s]+):(\d+)\/?$/i.exec(url);
    if (!m) problems.push(`REMOTE_INSTALL_URL is "${url}"; it must be host:port (no path)`);
    else {
      host = m[1]!.replace(/^\[|\]$/g, '');
      portText = m[2];
    }
  } else {
    host = values.REMOTE_INSTALL_HOST;
    portText = values.REMOTE_INSTALL_PORT;
    if (!host) problems.push('neither REMOTE_INSTALL_URL nor REMOTE_INSTALL_HOST is set');
    if (!portText) problems.push('REMOTE_INSTALL_PORT is not set (with REMOTE_INSTALL_HOST)');
  }
  const port = portText !== undefined ? Number(portText) : undefined;
  if (portText !== undefined && (!Number.isInteger(port) || port! < 1 || port! > 65535))
    problems.push(`the port "${portText}" is not a TCP port`);
  const key = values.REMOTE_INSTALL_KEY;
  if (!key) problems.push('REMOTE_INSTALL_KEY is not set');
  return {
    ...(installMethod ? { installMethod } : {}),
    ...(host ? { host } : {}),
    ...(port !== undefined && Number.isInteger(port) ? { port } : {}),
    ...(key ? { key } : {}),
    problems,
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The remote-debug lines for a plugin directory's `.env`, against the target URLs doctor looks at. */
export async function remoteDebugChecks(
  dir: string,
  targetUrls: readonly string[],
  consoles: readonly DebugInfo[] = [],
  options: { waitMs?: number } = {},
): Promise<DoctorCheck[]> {
  const file = path.join(dir, '.env');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [
      check(
        'remote-debug',
        '.env',
        file,
        'skip',
        'no .env: remote debugging is not set up here',
        'To debug against a target: copy .env.example to .env and fill it from Plugins → Debug in the console (INSTALL_METHOD=remote, REMOTE_INSTALL_URL, REMOTE_INSTALL_KEY).',
      ),
    ];
  }
  const env = readDebugEnv(parseDotenv(text));
  const out: DoctorCheck[] = [];
  if (env.problems.length > 0) {
    out.push(
      check(
        'remote-debug',
        '.env',
        file,
        'fail',
        env.problems.join('; '),
        'Write INSTALL_METHOD=remote, REMOTE_INSTALL_URL=<host>:<port> (or REMOTE_INSTALL_HOST and REMOTE_INSTALL_PORT on older SDKs) and REMOTE_INSTALL_KEY, from Plugins → Debug in the console.',
        { code: 'DPR1338' },
      ),
    );
  } else {
    out.push(
      check(
        'remote-debug',
        '.env',
        file,
        'ok',
        `remote debugging against ${env.host}:${env.port} (key set)`,
        'Nothing to do; keep .env out of git and out of the package (.gitignore, .difyignore).',
      ),
    );
  }
  if (!env.host || env.port === undefined) return out;
  const where = `${env.host}:${env.port}`;
  const probe = await probeTcp(env.host, env.port, {
    ...(env.key ? { send: `${JSON.stringify({ type: 'handshake', data: { key: env.key } })}\n` } : {}),
    waitMs: options.waitMs ?? 1500,
  });
  if (!probe.connected) {
    out.push(
      check(
        'remote-debug',
        'host and port',
        where,
        'fail',
        `${where} does not answer (${probe.error ?? 'no connection'})`,
        'Use the host and port Plugins → Debug shows (EXPOSE_PLUGIN_DEBUGGING_HOST and EXPOSE_PLUGIN_DEBUGGING_PORT on the server, 5003 by default) and open that port to this machine.',
        { code: 'DPR1339' },
      ),
    );
  } else {
    out.push(
      check('remote-debug', 'host and port', where, 'ok', `${where} accepts connections`, 'Nothing to do.'),
    );
    if (env.key) {
      const said = probe.received.trim();
      if (/handshake failed/i.test(said)) {
        out.push(
          check(
            'remote-debug',
            'key',
            where,
            'fail',
            `the daemon answered the handshake: “${said.split('\n')[0]}”`,
            'Copy the current key from Plugins → Debug in the console into REMOTE_INSTALL_KEY (a key belongs to one workspace and expires when unused).',
            { code: 'DPR1340' },
          ),
        );
      } else if (probe.closedByPeer) {
        out.push(
          check(
            'remote-debug',
            'key',
            where,
            'warn',
            `the connection was closed without an answer${said ? ` (“${said.split('\n')[0]}”)` : ''}: not a Dify debugging port?`,
            'Check that the port is the plugin daemon’s debugging port (5003 by default), not the API or the web port.',
            { code: 'DPR1339' },
          ),
        );
      } else {
        out.push(
          check(
            'remote-debug',
            'key',
            where,
            'ok',
            'the daemon accepted the handshake (no refusal within the wait)',
            'Nothing to do.',
          ),
        );
      }
    }
  }
  // A console says what Plugins → Debug shows: compare the .env with it (the key only as equal or not).
  if (consoles.length > 0) {
    out.push(...againstConsoles(env, consoles, where));
    return out;
  }
  const hosts = targetUrls.map((u) => {
    try {
      return new URL(u).hostname.replace(/^\[|\]$/g, '');
    } catch {
      return '';
    }
  });
  const same = (a: string, b: string) => a === b || (LOOPBACK.has(a) && LOOPBACK.has(b));
  if (hosts.length > 0 && !hosts.some((h) => h && same(h, env.host!))) {
    out.push(
      check(
        'remote-debug',
        'against the target',
        where,
        'warn',
        `.env points at ${env.host}, the target${hosts.length > 1 ? 's are' : ' is'} at ${hosts.join(', ')}`,
        'Use the host and port Plugins → Debug shows for this workspace (a key from one instance is refused by another).',
        { code: 'DPR1341' },
      ),
    );
  } else if (hosts.length > 0) {
    out.push(
      check(
        'remote-debug',
        'against the target',
        where,
        'ok',
        `the same host as the target (${env.host})`,
        'Nothing to do.',
      ),
    );
  }
  return out;
}

function againstConsoles(env: DebugEnv, consoles: readonly DebugInfo[], where: string): DoctorCheck[] {
  const same = (a: string, b: string) => a === b || (LOOPBACK.has(a) && LOOPBACK.has(b));
  const match = consoles.find((c) => same(c.host, env.host!) && c.port === env.port);
  const out: DoctorCheck[] = [];
  if (!match) {
    const shown = consoles.map((c) => `${c.label}: ${c.host}:${c.port}`).join('; ');
    out.push(
      check(
        'remote-debug',
        'against the target',
        where,
        'warn',
        `.env points at ${where}; Plugins → Debug shows ${shown}`,
        'Use the host and port Plugins → Debug shows for this workspace (PLUGIN_REMOTE_INSTALL_HOST and PLUGIN_REMOTE_INSTALL_PORT on the API server).',
        { code: 'DPR1341' },
      ),
    );
  } else {
    out.push(
      check(
        'remote-debug',
        'against the target',
        where,
        'ok',
        `the host and port Plugins → Debug shows on ${match.label}`,
        'Nothing to do.',
      ),
    );
  }
  const keyed = consoles.find((c) => c.key === env.key);
  if (env.key && !keyed) {
    out.push(
      check(
        'remote-debug',
        'key is the console’s',
        where,
        'fail',
        `REMOTE_INSTALL_KEY is not the key Plugins → Debug shows on ${consoles.map((c) => c.label).join(', ')} (the key is not printed)`,
        'Copy the current key from Plugins → Debug into REMOTE_INSTALL_KEY (each workspace has its own; it expires when unused).',
        { code: 'DPR1340' },
      ),
    );
  } else if (keyed) {
    out.push(
      check(
        'remote-debug',
        'key is the console’s',
        where,
        'ok',
        `REMOTE_INSTALL_KEY is the key of ${keyed.label}`,
        'Nothing to do; keep .env out of git.',
      ),
    );
  }
  return out;
}
