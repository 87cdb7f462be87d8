/**
 * Running a program with no network: in a new network namespace (`unshare -rn`: a user namespace
 * maps us to root so that no privilege is needed; `unshare -n` when we are root and user namespaces
 * are off). The namespace has only a loopback device, down: no index, no proxy, no DNS. Where Linux
 * refuses both (unprivileged user namespaces disabled, not Linux), the caller falls back to the
 * installers' own `--no-index`/`--offline` and says so.
 */
import type { ProcessRunner } from '../io/process.js';

export interface Isolation {
  /** `namespace`: the commands run with no network at all; `none`: they run as they are. */
  kind: 'namespace' | 'none';
  /** The prefix that puts a command in the namespace (`unshare -rn --`). */
  prefix: string[];
  /** Why there is no namespace, when there is none. */
  reason?: string;
}

/** Find out whether this machine can cut the network for a child process. */
export async function probeIsolation(runner: ProcessRunner, platform: NodeJS.Platform): Promise<Isolation> {
  if (platform !== 'linux') {
    return {
      kind: 'none',
      prefix: [],
      reason: `network namespaces are a Linux feature (this is ${platform})`,
    };
  }
  const tried: string[] = [];
  for (const flags of ['-rn', '-n']) {
    const r = await runner.run('unshare', [flags, '--', 'true'], { timeoutMs: 10_000 });
    if (r.code === 0) return { kind: 'namespace', prefix: ['unshare', flags, '--'] };
    tried.push(
      `unshare ${flags}: ${r.code === 127 ? 'not installed' : r.stderr.trim().split('\n').pop() || `exit ${r.code}`}`,
    );
  }
  return { kind: 'none', prefix: [], reason: tried.join('; ') };
}

/** `command args` as run under the isolation. */
export function isolated(i: Isolation, command: string, args: readonly string[]): [string, string[]] {
  if (i.kind === 'none') return [command, [...args]];
  const [first, ...rest] = i.prefix;
  return [first!, [...rest, command, ...args]];
}
