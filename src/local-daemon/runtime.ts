/**
 * The optional local runtime (`--runtime python`), as the daemon's local runtime starts a plugin
 * (internal/core/local_runtime: subprocess.go, setup_python_environment.go): the package unpacked
 * into a working directory, a virtual environment `.venv` in it, the dependencies installed
 * (`requirements.txt` with pip, or `pyproject.toml` with `uv sync` when uv is there), then
 * `python -m <entrypoint>` started in the working directory with `INSTALL_METHOD=local`, its standard
 * input kept open. It must stay up for the start-up window; the state says what really happened
 * (`running`, `exited` with its error output) — never a `running` that was not seen.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RuntimeState } from '../daemon/types.js';
import type { ProcessRunner } from '../io/process.js';
import { type Service, startService } from '../io/service.js';
import { extractPackage } from '../zip/extract.js';

export interface RuntimeOptions {
  /** The interpreter venvs are made from (default `python3`). */
  python?: string;
  /** Install dependencies with no network: no index, proxies pointed at a closed port. */
  offline?: boolean;
  /** How long the plugin must stay up after it starts (default 2 s). */
  startupMs?: number;
  /** Time limit of each environment step (default 10 minutes). */
  installTimeoutMs?: number;
}

/** Why the environment could not be made or the plugin did not stay up: the task's message. */
export class RuntimeFailure extends Error {}

const READY = '.dpr-environment-ready';

export class PythonRuntime {
  private readonly services = new Map<string, Service>();
  private readonly states = new Map<string, RuntimeState>();

  constructor(
    /** `<data>/cwd`: one working directory per identifier. */
    private readonly root: string,
    private readonly processes: ProcessRunner,
    private readonly env: NodeJS.ProcessEnv,
    private readonly options: RuntimeOptions = {},
  ) {}

  state(identifier: string): RuntimeState {
    return this.states.get(identifier) ?? { status: 'not started' };
  }

  /** Unpack, make the environment, install the dependencies (skipped when done before). */
  async prepare(identifier: string, packageFile: string, say: (message: string) => void): Promise<string> {
    try {
      return await this.prepareDir(identifier, packageFile, say);
    } catch (error) {
      const message =
        error instanceof RuntimeFailure
          ? error.message
          : `failed to init environment: ${(error as Error).message}`;
      this.states.set(identifier, { status: 'failed', message });
      throw new RuntimeFailure(message);
    }
  }

  private async prepareDir(
    identifier: string,
    packageFile: string,
    say: (message: string) => void,
  ): Promise<string> {
    const dir = path.join(this.root, createHash('sha256').update(identifier).digest('hex').slice(0, 32));
    if (existsSync(path.join(dir, READY))) return dir;
    this.states.set(identifier, { status: 'starting', message: 'preparing the environment' });
    rmSync(dir, { recursive: true, force: true });
    say('extracting the package');
    await extractPackage(packageFile, dir);
    const requirements = path.join(dir, 'requirements.txt');
    const pyproject = path.join(dir, 'pyproject.toml');
    const needed = existsSync(requirements) && hasRequirements(readFileSync(requirements, 'utf8'));
    const useUv = !existsSync(requirements) && existsSync(pyproject);
    say('creating the virtual environment');
    await this.step(
      'create the virtual environment',
      this.options.python ?? 'python3',
      ['-m', 'venv', ...(needed ? [] : ['--without-pip']), '.venv'],
      dir,
    );
    if (needed) {
      say('installing dependencies (pip install -r requirements.txt)');
      await this.step(
        'install dependencies',
        venvPython(dir),
        [
          '-m',
          'pip',
          'install',
          '--disable-pip-version-check',
          '--no-input',
          ...(this.options.offline ? ['--no-index'] : []),
          '-r',
          'requirements.txt',
        ],
        dir,
      );
    } else if (useUv) {
      say('installing dependencies (uv sync)');
      const frozen = existsSync(path.join(dir, 'uv.lock')) ? ['--frozen'] : [];
      await this.step(
        'install dependencies',
        'uv',
        ['sync', '--no-dev', ...frozen, ...(this.options.offline ? ['--offline'] : [])],
        dir,
        { UV_PROJECT_ENVIRONMENT: path.join(dir, '.venv') },
      );
    }
    writeFileSync(path.join(dir, READY), `${identifier}\n`);
    return dir;
  }

  /** Start the plugin and watch it for the start-up window; throws when it does not stay up. */
  async launch(identifier: string, dir: string, entrypoint: string): Promise<RuntimeState> {
    await this.stop(identifier);
    const startup = this.options.startupMs ?? 2000;
    const service = startService(venvPython(dir), ['-m', entrypoint], {
      cwd: dir,
      env: { ...this.env, INSTALL_METHOD: 'local', PYTHONUNBUFFERED: '1' },
    });
    this.services.set(identifier, service);
    const startedAt = new Date().toISOString();
    this.states.set(identifier, { status: 'starting', pid: service.pid, startedAt, message: 'starting' });
    const early = await Promise.race([
      service.exited,
      new Promise<undefined>((r) => setTimeout(() => r(undefined), startup).unref()),
    ]);
    if (early) {
      this.services.delete(identifier);
      const message = `plugin did not stay up: \`python -m ${entrypoint}\` exited with ${exitText(early)} within ${startup} ms${tailText(service.tail())}`;
      this.states.set(identifier, { status: 'failed', exitCode: early.code, message, startedAt });
      throw new RuntimeFailure(message);
    }
    const running: RuntimeState = { status: 'running', pid: service.pid, startedAt };
    this.states.set(identifier, running);
    void service.exited.then((exit) => {
      if (this.services.get(identifier) !== service) return;
      this.services.delete(identifier);
      this.states.set(identifier, {
        status: 'exited',
        exitCode: exit.code,
        startedAt,
        message: `exited with ${exitText(exit)} after it started${tailText(service.tail())}`,
      });
    });
    return running;
  }

  async stop(identifier: string): Promise<void> {
    const service = this.services.get(identifier);
    this.services.delete(identifier);
    if (service) await service.stop();
    if (this.states.has(identifier))
      this.states.set(identifier, { status: 'not started', message: 'stopped' });
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.services.keys()].map((id) => this.stop(id)));
  }

  private async step(
    what: string,
    command: string,
    args: string[],
    cwd: string,
    extra: NodeJS.ProcessEnv = {},
  ): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...this.env, ...extra, VIRTUAL_ENV: path.join(cwd, '.venv') };
    delete env.PYTHONHOME;
    if (this.options.offline) {
      // Nothing may leave the machine: no index, and every proxy a closed port.
      Object.assign(env, {
        PIP_NO_INDEX: '1',
        HTTP_PROXY: 'http://127.0.0.1:9',
        HTTPS_PROXY: 'http://127.0.0.1:9',
        http_proxy: 'http://127.0.0.1:9',
        https_proxy: 'http://127.0.0.1:9',
        NO_PROXY: '',
        no_proxy: '',
        UV_OFFLINE: '1',
      });
    }
    const r = await this.processes.run(command, args, {
      cwd,
      env,
      timeoutMs: this.options.installTimeoutMs ?? 600_000,
    });
    if (r.code === 0) return;
    const output = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new RuntimeFailure(
      r.timedOut
        ? `failed to init environment: ${what} timed out after ${(this.options.installTimeoutMs ?? 600_000) / 1000} s`
        : `failed to init environment: failed to ${what}: ${command === 'uv' ? 'uv' : path.basename(command)} ${args.join(' ')} exited with code ${r.code}, output: ${output}`,
    );
  }
}

export function venvPython(dir: string): string {
  return process.platform === 'win32'
    ? path.join(dir, '.venv', 'Scripts', 'python.exe')
    : path.join(dir, '.venv', 'bin', 'python');
}

function hasRequirements(text: string): boolean {
  return text.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}

function exitText(exit: { code: number | null; signal: NodeJS.Signals | null }): string {
  return exit.signal
    ? `signal ${exit.signal}`
    : exit.code === null
      ? 'no exit code (it could not start)'
      : `code ${exit.code}`;
}

function tailText(tail: string): string {
  if (!tail) return '';
  const lines = tail.split('\n').slice(-12).join('\n');
  return `; its output ends with:\n${lines}`;
}
