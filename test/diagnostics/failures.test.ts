/**
 * The failure table: every real daemon task message, upload refusal and log line of the fixture set
 * classified line by line; an unknown text passes through verbatim; typed target errors (a failed
 * task from the embedded daemon, an upload refusal, a wait that timed out) diagnosed the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes } from '../../src/core/codes.js';
import { TargetError, TaskFailedError } from '../../src/daemon/errors.js';
import type { InstallTask } from '../../src/daemon/types.js';
import {
  diagnoseError,
  failureEvidence,
  failureFinding,
  failureGateFields,
  installFailureGate,
} from '../../src/diagnostics/diagnose.js';
import { classifyFailure, FAILURE_KINDS, type FailureClass } from '../../src/diagnostics/failures.js';

interface Line {
  class: FailureClass;
  source: string;
  text: string;
}

const table = JSON.parse(
  readFileSync(path.resolve('test/fixtures/diagnostics/failure-lines.json'), 'utf8'),
) as { lines: Line[] };

describe('the failure table', () => {
  it.each(table.lines.map((l, i) => [i + 1, l.class, l] as const))('line %i is %s', (_n, cls, line) => {
    const d = classifyFailure(line.text);
    expect(d.class, `${line.source}\n${line.text}`).toBe(cls);
    expect(d.text).toBe(line.text);
    if (cls !== 'unknown') expect(line.text).toContain(d.matched!.replace(/^…|…$/g, ''));
  });

  it('covers every class, each with a registered code and a remedy', () => {
    const seen = new Set(table.lines.map((l) => l.class));
    for (const kind of FAILURE_KINDS) {
      expect(seen.has(kind.class), kind.class).toBe(true);
      expect(codes()[kind.code]).toBeDefined();
      expect(kind.remedy.length).toBeGreaterThan(20);
    }
    expect(seen.has('unknown')).toBe(true);
    // The eight the issue names are all there.
    for (const c of [
      'network',
      'no-matching-wheel',
      'unsatisfiable',
      'bad-signature',
      'size-limit',
      'init-timeout',
      'failed-too-many-times',
      'crashed-at-start',
    ] as const) {
      expect(seen.has(c)).toBe(true);
    }
  });

  it('passes an unknown text through verbatim, never hidden', () => {
    const text = 'something the daemon never said before\n  with a second line';
    const d = classifyFailure(text);
    expect(d.class).toBe('unknown');
    expect(d.code).toBe('DPR1319');
    expect(d.matched).toBeUndefined();
    const f = failureFinding(d);
    expect(f.message).toContain(text);
    expect(f.fix).toBe(d.remedy);
    expect(failureEvidence(d)).toContain(`the target said: ${text}`);
  });

  it('decides by the first rule: the network before the "no matching distribution" it causes', () => {
    const text = table.lines.find((l) => l.source.includes('dify#14848'))!.text;
    const d = classifyFailure(text);
    expect(d.class).toBe('network');
    expect(d.matched).toMatch(/Temporary failure in name resolution/);
  });
});

function failedTask(message: string): InstallTask {
  return {
    id: 'task-1',
    status: 'failed',
    tenantId: 't',
    createdAt: '',
    updatedAt: '',
    totalPlugins: 2,
    completedPlugins: 1,
    plugins: [
      {
        identifier: 'acme/ok:0.1.0@aa',
        pluginId: 'acme/ok',
        status: 'success',
        message: 'installed',
        source: '',
      },
      { identifier: 'acme/bad:0.1.0@bb', pluginId: 'acme/bad', status: 'failed', message, source: '' },
    ],
  };
}

describe('diagnoseError', () => {
  it('diagnoses each failed plugin of a failed task, with its identifier', () => {
    const error = new TaskFailedError(
      failedTask('init process exited due to no activity for 120 seconds'),
      'install task task-1 failed',
    );
    const [d, ...rest] = diagnoseError(error);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ class: 'init-timeout', identifier: 'acme/bad:0.1.0@bb', taskId: 'task-1' });
    const gate = failureGateFields([d!]);
    expect(gate.reason).toBe(d!.title);
    expect(gate.evidence.join('\n')).toContain('no activity for 120 seconds');
    expect(gate.fix).toContain('PYTHON_ENV_INIT_TIMEOUT');
  });

  it('diagnoses an upload refusal by the daemon’s own text', () => {
    const error = new TargetError(
      'the daemon refused the upload',
      {
        kind: 'rejected',
        code: 'DPR1105',
        serverMessage:
          'plugin verification has been enabled, and the plugin you want to install has a bad signature',
      },
      undefined,
    );
    expect(diagnoseError(error).map((d) => d.class)).toEqual(['bad-signature']);
  });

  it('diagnoses a wait that ran out as a stuck task', () => {
    const error = new TargetError('install task x did not finish within 600 s: acme/a:1@c running', {
      kind: 'timeout',
      code: 'DPR1107',
    });
    expect(diagnoseError(error).map((d) => d.class)).toEqual(['stuck']);
  });

  it('leaves credential and configuration errors to their own codes', () => {
    expect(diagnoseError(new TargetError('wrong key', { kind: 'auth', code: 'DPR1101' }))).toEqual([]);
    expect(diagnoseError(new TargetError('unset', { kind: 'config', code: 'DPR1110' }))).toEqual([]);
    expect(diagnoseError(new Error('not a target error'))).toEqual([]);
  });

  it('makes the failed checklist gate deploy shows (reason, evidence verbatim, remedy, code)', () => {
    const text = 'init process exited due to no activity for 120 seconds';
    const gate = installFailureGate(new TaskFailedError(failedTask(text), 'install task task-1 failed'), {
      id: 'staging',
      title: 'the install task succeeds on staging',
    });
    expect(gate).toMatchObject({ id: 'staging', status: 'failed', required: true, code: 'DPR1306' });
    expect(gate!.evidence).toContain(`the target said: ${text}`);
    expect(gate!.fix).toContain('PYTHON_ENV_INIT_TIMEOUT');
    expect(
      installFailureGate(new TargetError('wrong key', { kind: 'auth', code: 'DPR1101' }), gate!),
    ).toBeUndefined();
  });
});
