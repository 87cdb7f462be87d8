/**
 * One contract, every door: the daemon's management API, the console with cookies and CSRF (current
 * Dify, base64 password), the console with bearer tokens (older Dify, plain password). Each client
 * runs against the embedded daemon over real HTTP on loopback.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TargetError } from '../../src/daemon/errors.js';
import { deployPackage } from '../../src/daemon/flow.js';
import type { DifyTarget, InstallTask } from '../../src/daemon/types.js';
import type { EmbeddedDaemon } from '../../src/local-daemon/server.js';
import {
  ACCOUNT,
  atVersion,
  type BuiltPackage,
  buildPackage,
  consoleTarget,
  daemonTarget,
  startTestDaemon,
} from '../helpers/targets.js';

const doors = [
  { name: 'daemon management API', console: undefined },
  {
    name: 'console API (cookies + CSRF, base64 password)',
    console: { scheme: 'cookie', passwordEncoding: 'base64' },
  },
  {
    name: 'console API of an older Dify (bearer, plain password)',
    console: { scheme: 'bearer', passwordEncoding: 'plain' },
  },
] as const;

let v1: BuiltPackage;
let v2: BuiltPackage;
beforeAll(async () => {
  v1 = await buildPackage();
  v2 = await atVersion('0.2.0');
});

describe.each(doors)('$name', (door) => {
  let daemon: EmbeddedDaemon;
  let target: DifyTarget;
  beforeAll(async () => {
    daemon = await startTestDaemon(
      door.console
        ? { console: { accounts: [{ ...ACCOUNT, role: 'owner' }], difyVersion: '1.8.1', ...door.console } }
        : {},
    );
    target = door.console ? consoleTarget(daemon) : daemonTarget(daemon);
  });

  it('answers health with what the API tells about versions', async () => {
    const h = await target.health();
    expect(h.ok).toBe(true);
    if (door.console) {
      expect(h.difyVersion).toBe('1.8.1');
      expect(h.details.workspace).toEqual({ id: daemon.tenant, name: 'Embedded workspace' });
      expect(target.info.tenant).toBe(daemon.tenant);
      expect((target as ReturnType<typeof consoleTarget>).scheme).toBe(door.console.scheme);
      expect(await target.versions()).toEqual({ dify: '1.8.1' });
    } else {
      expect(h.daemonVersion).toMatch(/embedded/);
      expect(h.details.platform).toBe('local');
      expect(await target.versions()).toEqual({ daemon: h.daemonVersion });
    }
  });

  it('uploads: the identifier the package was built with, the declaration with icons as asset ids', async () => {
    const up = await target.upload(v1.path);
    expect(up.identifier).toBe(v1.identifier);
    expect(up.pluginId).toBe('acme/demo_tool');
    expect(up.version).toBe('0.1.0');
    expect(up.verified).toBe(false);
    expect(up.verification).toBeNull();
    expect(up.manifest.icon).toMatch(/^[0-9a-f]{64}\.svg$/);
    const tool = up.manifest.tool as {
      tools: unknown[];
      identity: { icon: string };
      credentials_schema: { name: string }[];
    };
    expect(tool.tools).toHaveLength(1);
    expect(tool.identity.icon).toBe(up.manifest.icon);
    expect(tool.credentials_schema.map((c) => c.name)).toEqual(['api_key']);
    const manifest = await target.manifest(v1.identifier);
    expect(manifest.name).toBe('demo_tool');
    expect(manifest.icon).toBe(up.manifest.icon);
  });

  it('installs as an asynchronous task that ends in success, then lists the installation', async () => {
    const start = await target.install([v1.identifier]);
    expect(start.allInstalled).toBe(false);
    expect(start.taskId).toMatch(/^[0-9a-f-]{36}$/);
    const seen: InstallTask['status'][] = [];
    const task = await target.waitForTask(start.taskId, {
      intervalMs: 5,
      onUpdate: (t) => seen.push(t.status),
    });
    expect(task.status).toBe('success');
    expect(task.totalPlugins).toBe(1);
    expect(task.completedPlugins).toBe(1);
    expect(task.plugins[0]).toMatchObject({
      identifier: v1.identifier,
      status: 'success',
      message: 'installed',
      source: 'package',
    });
    expect(seen.at(-1)).toBe('success');
    expect((await target.tasks()).map((t) => t.id)).toContain(start.taskId);
    const list = await target.installations();
    expect(list.map((i) => i.identifier)).toEqual([v1.identifier]);
    const one = await target.installation('acme/demo_tool');
    expect(one).toMatchObject({
      identifier: v1.identifier,
      version: '0.1.0',
      source: 'package',
      runtimeType: 'local',
    });
    expect(one?.installationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(one?.declaration?.name).toBe('demo_tool');
    expect(await target.installation('acme/absent')).toBeUndefined();
  });

  it('decides "installed" by plugin id: installing the same plugin again does nothing', async () => {
    expect(await target.install([v1.identifier])).toEqual({ allInstalled: true, taskId: '' });
  });

  it('reports missing dependencies: absent, or installed at another identifier', async () => {
    await target.upload(v2.path);
    const missing = await target.missing([
      v1.identifier,
      v2.identifier,
      'acme/other:1.0.0@' + 'a'.repeat(64),
    ]);
    expect(missing).toEqual([
      { identifier: v2.identifier, currentIdentifier: v1.identifier },
      { identifier: `acme/other:1.0.0@${'a'.repeat(64)}` },
    ]);
  });

  it('upgrades: in place on the daemon; uninstall then install on a console, the gap measured and said', async () => {
    const logs: string[] = [];
    const outcome = await deployPackage(target, v2, { log: (m) => logs.push(m), wait: { intervalMs: 5 } });
    expect(outcome.previous?.identifier).toBe(v1.identifier);
    expect(outcome.installation?.identifier).toBe(v2.identifier);
    if (door.console) {
      expect(outcome.action).toBe('reinstalled');
      expect(outcome.absentMs).toBeGreaterThanOrEqual(0);
      expect(outcome.notes.join(' ')).toMatch(/no in-place upgrade.*absent for \d+ ms/);
      expect(logs.join('\n')).toMatch(/cannot upgrade a local package in place/);
      await expect(target.upgrade(v2.identifier, v1.identifier)).rejects.toMatchObject({
        kind: 'unsupported',
        code: 'DPR1108',
      });
    } else {
      expect(outcome.action).toBe('upgraded');
      expect(outcome.task?.plugins[0]?.message).toBe('upgraded');
      // The installation is the same row, at the new identifier.
      expect(outcome.installation?.installationId).toBe(outcome.previous?.installationId);
    }
    expect((await target.installations()).map((i) => i.identifier)).toEqual([v2.identifier]);
    const again = await deployPackage(target, v2);
    expect(again.action).toBe('unchanged');
  });

  it('refuses an artifact whose identifier the target computes otherwise (DPR1111)', async () => {
    await expect(deployPackage(target, { path: v1.path, identifier: v2.identifier })).rejects.toMatchObject({
      code: 'DPR1111',
    });
  });

  it('deletes tasks and task items, and uninstalls (an unknown installation is not an error)', async () => {
    const tasks = await target.tasks();
    expect(tasks.length).toBeGreaterThan(0);
    await target.deleteTask(tasks[0]!.id);
    expect((await target.tasks()).map((t) => t.id)).not.toContain(tasks[0]!.id);
    if (tasks[1]) {
      await target.deleteTaskItem(tasks[1].id, tasks[1].plugins[0]!.identifier);
      expect((await target.tasks()).map((t) => t.id)).not.toContain(tasks[1].id);
    }
    const installed = await target.installation('acme/demo_tool');
    await target.uninstall(installed!.installationId);
    expect(await target.installations()).toEqual([]);
    await target.uninstall(installed!.installationId);
  });

  it('turns business errors into typed errors with the daemon’s own text', async () => {
    const error = await target.install([`acme/demo_tool:9.9.9@${'b'.repeat(64)}`]).catch((e) => e);
    expect(error).toBeInstanceOf(TargetError);
    if (door.console) {
      // The console decodes the identifier first: the daemon's text passes through as plugin_error.
      expect(error).toMatchObject({ status: 400, serverCode: 'plugin_error' });
      expect(error.serverMessage).toBe('plugin package not found, please upload it firstly');
    } else {
      expect(error).toMatchObject({
        errorType: 'PluginDaemonInternalServerError',
        serverCode: -500,
        status: 200,
      });
      expect(error.serverMessage).toBe('plugin not found\nfailed to get plugin declaration');
    }
  });
});
