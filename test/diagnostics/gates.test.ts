/**
 * The gates deploy and promote run from src/diagnostics: the compatibility gate against a target
 * whose console reports an older Dify (and a daemon that does not say), and the post-upgrade state
 * check across an upgrade on the embedded daemon to a version that drops a tool.
 */
import { describe, expect, it } from 'vitest';
import { deployPackage } from '../../src/daemon/flow.js';
import { checkCompatibility, compatibilityGate, pluginNeeds } from '../../src/diagnostics/compatibility.js';
import { captureState, postUpgradeGate, withStateCheck } from '../../src/diagnostics/post-upgrade.js';
import { edit, TOOL_PLUGIN } from '../helpers/plugins.js';
import {
  ACCOUNT,
  atVersion,
  buildPackage,
  consoleTarget,
  daemonTarget,
  startTestDaemon,
} from '../helpers/targets.js';

const minimum = (v: string) => ({
  'manifest.yaml': edit('manifest.yaml', 'minimum_dify_version: "1.0.0"', `minimum_dify_version: "${v}"`),
});

/** The echo tool with a dynamic-select parameter (Dify 1.5.1 and later). */
const DYNAMIC = {
  ...minimum('1.5.1'),
  'tools/echo.yaml': edit('tools/echo.yaml', '    type: select\n', '    type: dynamic-select\n').replace(
    / {4}default: plain\n {4}options:\n(?: {6}.*\n| {8}.*\n| {10}.*\n)*/,
    '',
  ),
};

describe('compatibility gate', () => {
  it('fails on a console reporting an older Dify, naming the version the plugin needs', async () => {
    const pkg = await buildPackage(minimum('1.9.0'));
    const d = await startTestDaemon({
      console: { accounts: [{ ...ACCOUNT, role: 'owner' }], difyVersion: '1.6.0' },
    });
    const target = consoleTarget(d);
    const needs = await pluginNeeds(pkg.path);
    expect(needs.required).toBe('1.9.0');
    const gate = await checkCompatibility(target, needs);
    expect(gate.status).toBe('failed');
    expect(gate.code).toBe('DPR1350');
    expect(gate.reason).toContain('Dify 1.6.0');
    expect(gate.reason).toContain('needs Dify 1.9.0');
    expect(gate.fix).toContain('1.9.0');
    expect(gate.evidence[0]).toBe('target: Dify 1.6.0 (from its API)');
    await target.close();
  });

  it('names the feature that needs the newer Dify (the table validate keeps)', async () => {
    const pkg = await buildPackage(DYNAMIC);
    const needs = await pluginNeeds(pkg.path);
    expect(needs.features.map((f) => f.id)).toContain('tool-param-dynamic-select');
    const old = compatibilityGate(needs, { version: '1.4.2', source: 'api' });
    expect(old.status).toBe('failed');
    expect(old.reason).toContain('needs Dify 1.5.1');
    expect(old.evidence.join('\n')).toMatch(/not on Dify 1\.4\.2: parameter type dynamic-select/);
    expect(compatibilityGate(needs, { version: '1.5.1', source: 'api' }).status).toBe('passed');
    // A feature newer than the declared minimum decides (validate reports the minimum too).
    const raised = compatibilityGate(
      {
        ...needs,
        minimumDifyVersion: '1.0.0',
        required: '1.5.1',
        requiredBy: 'parameter type dynamic-select',
      },
      { version: 'v1.5.0', source: 'configured' },
    );
    expect(raised.status).toBe('failed');
    expect(raised.reason).toContain('parameter type dynamic-select');
  });

  it('passes a new enough Dify; a daemon that does not say is skipped unless the version is configured', async () => {
    const pkg = await buildPackage(minimum('1.9.0'));
    const needs = await pluginNeeds(pkg.path);
    const d = await startTestDaemon({
      console: { accounts: [{ ...ACCOUNT, role: 'owner' }], difyVersion: '1.10.1' },
    });
    const c = consoleTarget(d);
    expect((await checkCompatibility(c, needs)).status).toBe('passed');
    const t = daemonTarget(d);
    const unknown = await checkCompatibility(t, needs);
    expect(unknown.status).toBe('skipped');
    expect(unknown.code).toBe('DPR1337');
    expect(unknown.fix).toContain('dify-version');
    const configured = await checkCompatibility(t, needs, { configuredDifyVersion: '1.8.1' });
    expect(configured.status).toBe('failed');
    expect(configured.evidence[0]).toBe('target: Dify 1.8.1 (configured)');
    await c.close();
    await t.close();
  });
});

describe('post-upgrade state check', () => {
  const TWO_TOOLS = {
    'provider/demo.yaml': edit(
      'provider/demo.yaml',
      '  - tools/echo.yaml\n',
      '  - tools/echo.yaml\n  - tools/shout.yaml\n',
    ),
    'tools/shout.yaml': TOOL_PLUGIN['tools/echo.yaml']!.replace('name: echo', 'name: shout').replace(
      'tools/echo.py',
      'tools/shout.py',
    ),
    'tools/shout.py': '',
  };

  it('an upgrade that drops a tool fails the gate and asks for the rollback', async () => {
    const d = await startTestDaemon();
    const target = daemonTarget(d);
    const v1 = await atVersion('0.1.0', TWO_TOOLS);
    const v2 = await atVersion('0.2.0');
    await deployPackage(target, v1, { wait: { intervalMs: 5 } });
    const before = await captureState(target, 'acme/demo_tool');
    expect(before?.tools).toEqual(['echo', 'shout']);
    expect(before?.providers).toEqual(['tool demo']);
    await deployPackage(target, v2, { wait: { intervalMs: 5 } });
    const after = await captureState(target, 'acme/demo_tool');
    expect(after?.identifier).toContain(':0.2.0@');
    const gate = postUpgradeGate(before, after);
    expect(gate.status).toBe('failed');
    expect(gate.rollback).toBe(true);
    expect(gate.code).toBe('DPR1351');
    expect(gate.reason).toContain('tool shout');
    expect(gate.evidence).toContain('dropped: tool shout');
    expect(gate.evidence[0]).toMatch(
      /^before \(acme\/demo_tool:0\.1\.0@[0-9a-f]+\): 1 providers, 2 tools, 0 models$/,
    );
    await target.close();
  });

  it('an upgrade that keeps everything passes; a first install is skipped', async () => {
    const d = await startTestDaemon();
    const target = daemonTarget(d);
    expect(await captureState(target, 'acme/demo_tool')).toBeUndefined();
    const v1 = await atVersion('0.1.0');
    await deployPackage(target, v1, { wait: { intervalMs: 5 } });
    const first = await captureState(target, 'acme/demo_tool');
    expect(postUpgradeGate(undefined, first).status).toBe('skipped');
    const next = await atVersion('0.2.0', TWO_TOOLS);
    const { gate, result, after } = await withStateCheck(target, 'acme/demo_tool', () =>
      deployPackage(target, next, { wait: { intervalMs: 5 } }),
    );
    expect(result.action).toBe('upgraded');
    expect(after?.tools).toEqual(['echo', 'shout']);
    expect(gate.status).toBe('passed');
    expect(gate.rollback).toBeUndefined();
    await target.close();
  });

  it('through a console (uninstall, then install): the drop is seen the same way', async () => {
    const d = await startTestDaemon({ console: { accounts: [{ ...ACCOUNT, role: 'owner' }] } });
    const target = consoleTarget(d);
    await deployPackage(target, await atVersion('0.1.0', TWO_TOOLS), { wait: { intervalMs: 5 } });
    const v2 = await atVersion('0.2.0');
    const { gate, result } = await withStateCheck(target, 'acme/demo_tool', () =>
      deployPackage(target, v2, { wait: { intervalMs: 5 } }),
    );
    expect(result.action).toBe('reinstalled');
    expect(gate).toMatchObject({ status: 'failed', rollback: true, code: 'DPR1351' });
    expect(gate.reason).toContain('tool shout');
    await target.close();
  });
});
