/**
 * `backup` (备份当前配置和数据): before any change, what each tenant runs is read from the target and
 * becomes the rollback point the ledger records; and that version can be put back: the target still
 * holds its package, or the artifact store or the release asset has it. A version with no way back
 * fails the gate: a console must uninstall it before installing the new one.
 */
import { existsSync } from 'node:fs';
import { storedPath } from '../artifact-store.js';
import type { GateSpec } from './types.js';

export const backupGate: GateSpec = {
  id: 'backup',
  title: 'the current version is recorded and can be reinstalled',
  phase: 'before',
  commands: ['deploy', 'promote'],
  async run(c) {
    const evidence: string[] = [];
    const problems: string[] = [];
    const store = c.memo.get('artifactStore') as string;
    const many = c.changes.length > 1;
    for (const t of c.changes) {
      const who = many ? `tenant ${t.tenant}: ` : '';
      const prev = t.previous;
      if (!prev) {
        evidence.push(`${who}${c.pkg.artifact.pluginId} not installed before (nothing to roll back to)`);
        continue;
      }
      const known = c.history.find((e) => e.identifier === prev.identifier && e.digest);
      evidence.push(
        `${who}runs ${prev.identifier}${known ? ` (sha256 ${known.digest.slice(0, 12)}…, ledger entry ${known.id})` : ''}`,
      );
      if (prev.identifier === c.pkg.artifact.identifier) continue;
      const ways: string[] = [];
      try {
        await t.target.manifest(prev.identifier);
        ways.push('the target still holds its package');
      } catch {
        // Not held: the other ways below.
      }
      if (store && existsSync(storedPath(store, prev.identifier)))
        ways.push('a copy is in the artifact store');
      const url = c.history.find((e) => e.identifier === prev.identifier && e.source?.url)?.source?.url;
      if (url) ways.push(`the release asset ${url}`);
      if (ways.length) evidence.push(`${who}ready to reinstall: ${ways.join('; ')}`);
      else
        problems.push(
          `${who}${prev.identifier} could not be reinstalled: the target does not hold it and no copy is known`,
        );
    }
    if (problems.length) {
      return {
        status: 'failed',
        reason: problems.join('; '),
        evidence,
        fix: 'Put the current version’s .difypkg in the artifact store (deploy it once with this tool, or pass it with --previous-package), so a rollback has something to install.',
      };
    }
    evidence.push(`the rollback point is recorded in the ledger before any change`);
    return { status: 'passed', evidence };
  },
};
