import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { NOT_FOUND, type ProcessRunner, type RunResult } from '../io/process.js';
import { openCompileCache } from './compile-cache.js';
import { onPath } from './executable.js';
import { throughPyenv } from './pyenv.js';

/**
 * Every Python file a package ships must compile, as the marketplace toolkit's blocking compile check
 * requires (py_compile with the runner's Python): a syntax error stops the plugin at start-up. All
 * files of every plugin go to one Python process (never one per file), as raw bytes so that encoding
 * declarations are honoured as `py_compile` honours them. The process starts before the files are
 * known and compiles each as it arrives (`<key> <length>\n<bytes>` on its input); at the end of its
 * input it prints its version, then each error as five NUL-terminated fields. It imports nothing
 * (json and base64 pull in `re` and cost more than the compiling), reports in UTF-8 whatever the
 * locale, and leaves without tearing the interpreter down (it has nothing to clean up).
 */
const SCRIPT = `
import sys
r = sys.stdin.buffer
errors = []
while True:
    head = r.readline()
    if not head:
        break
    key, size = head.split()
    data = r.read(int(size))
    try:
        compile(data, key.decode(), "exec", dont_inherit=True)
    except SyntaxError as e:
        errors.append((key.decode(), e.lineno or 1, e.offset or 1, e.msg, (e.text or "").strip()[:160]))
    except (ValueError, UnicodeDecodeError) as e:
        errors.append((key.decode(), 1, 1, str(e), ""))
out = ["%d.%d.%d\\n" % sys.version_info[:3]]
for error in errors:
    out.extend(str(f).replace("\\0", "\\\\0") + "\\0" for f in error)
sys.stdout.buffer.write("".join(out).encode("utf-8", "backslashreplace"))
sys.stdout.flush()
import os
os._exit(0)
`;

export interface PythonFile {
  /** Which plugin it belongs to (an index or label chosen by the caller). */
  plugin: string;
  /** Path relative to the plugin root. */
  path: string;
  bytes: Uint8Array;
}

export interface CompileOutcome {
  /** Findings by plugin: DPR415 for each file that does not compile. */
  byPlugin: Map<string, Finding[]>;
  /** The Python version that compiled them; `undefined` when none could run (see `notice`). */
  version?: string;
  /** DPR416 when no Python was available: nothing was compiled. */
  notice?: Finding;
}

/** `python3`, or `$DPR_PYTHON` (the interpreter `test` uses too). */
export function compilerCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.DPR_PYTHON || 'python3';
}

/**
 * The program to run for a command: the interpreter behind a pyenv shim when that is certain (a
 * shim costs far more than the compile itself), else the command as given.
 */
function interpreterFor(command: string, env: NodeJS.ProcessEnv, cwd: string): string {
  const found = onPath(command, env, cwd);
  return found ? (throughPyenv(found, path.basename(found), env, cwd) ?? found) : command;
}

/** A compile check that starts Python the first time it is given a file it does not know compiles. */
export interface PythonCompiler {
  /** Give it more files (it compiles them while the caller goes on). */
  add(files: readonly PythonFile[]): void;
  /**
   * The end of the files: every finding (the same promise when called again). Without a file
   * given, the started Python is let go at once.
   */
  finish(): Promise<CompileOutcome>;
}

/**
 * A compile check for a run. Files known to compile with this interpreter (see compile-cache.ts)
 * are not sent again; the first that is not starts Python, which compiles each file as it arrives
 * while the caller goes on. Every compiler must be finished, even with no file given.
 */
export function startCompiler(
  runner: ProcessRunner,
  options: { env?: NodeJS.ProcessEnv; cwd?: string; python?: string } = {},
): PythonCompiler {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const requested = options.python ?? compilerCommand(env);
  const python = interpreterFor(requested, env, cwd);
  const cache = openCompileCache(python, env);
  const files: PythonFile[] = [];
  const keys: string[] = [];
  const input = new Feed();
  let run: Promise<RunResult | Error> | undefined;
  const spawn = () =>
    // -I: no user site or environment variables; -S: no site module (compile needs neither).
    runner
      .run(python, ['-I', '-S', '-c', SCRIPT], {
        input,
        env,
        cwd,
        timeoutMs: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      })
      .catch((error: Error) => error);
  let finished: Promise<CompileOutcome> | undefined;
  return {
    add(more) {
      if (finished) throw new Error('internal: files added to a finished compile check');
      for (const f of more) {
        const key = cache?.key(f.bytes);
        if (key && cache?.has(key)) continue;
        run ??= spawn();
        input.push(Buffer.from(`${files.length} ${f.bytes.length}\n`));
        input.push(f.bytes);
        files.push(f);
        keys.push(key ?? '');
      }
    },
    finish() {
      if (!finished) {
        input.end();
        finished = !run
          ? Promise.resolve({ byPlugin: new Map() })
          : run.then((r) => {
              const result = outcome(files, python, r);
              if (cache && !result.notice) {
                const failed = new Set(result.failed);
                cache.remember(keys.filter((k, i) => k && !failed.has(i)));
              }
              return { byPlugin: result.byPlugin, version: result.version, notice: result.notice };
            });
      }
      return finished;
    },
  };
}

/** Compile every file with one Python process. */
export function compilePython(
  files: readonly PythonFile[],
  runner: ProcessRunner,
  options: { env?: NodeJS.ProcessEnv; cwd?: string; python?: string } = {},
): Promise<CompileOutcome> {
  if (files.length === 0) return Promise.resolve({ byPlugin: new Map() });
  const compiler = startCompiler(runner, options);
  compiler.add(files);
  return compiler.finish();
}

/** Chunks for a program's input, as they come: an async iterable the process runner writes out. */
class Feed implements AsyncIterable<Uint8Array> {
  private readonly queue: Uint8Array[] = [];
  private ended = false;
  private wake?: () => void;

  push(chunk: Uint8Array): void {
    this.queue.push(chunk);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (;;) {
      while (this.queue.length > 0) yield this.queue.shift()!;
      if (this.ended) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}

function outcome(
  files: readonly PythonFile[],
  python: string,
  r: RunResult | Error,
): CompileOutcome & { failed?: number[] } {
  const byPlugin = new Map<string, Finding[]>();
  const unavailable = (why: string): CompileOutcome => ({
    byPlugin,
    notice: finding(
      'DPR416',
      `${files.length} Python file${files.length === 1 ? ' was' : 's were'} not compiled: ${why}; a syntax error would only show when the plugin starts`,
      {},
    ),
  });
  if (r instanceof Error) return unavailable(`${python} cannot be run (${r.message})`);
  if (r.code === NOT_FOUND) return unavailable(`no Python found (${python} is not on PATH; set DPR_PYTHON)`);
  const [head, ...rest] = r.stdout.split('\n');
  const version = /^\d+\.\d+\.\d+$/.test(head ?? '') ? head! : undefined;
  if (!version || r.code !== 0) {
    const why = r.timedOut
      ? 'the compiler timed out'
      : `${python} failed (${r.stderr.trim().split('\n').pop() || `exit ${r.code}`})`;
    return unavailable(why);
  }
  const fields = rest.join('\n').split('\0');
  const failed: number[] = [];
  for (let i = 0; i + 5 <= fields.length; i += 5) {
    const [key, line, column, message, text] = fields.slice(i, i + 5);
    const file = files[Number(key)];
    if (!file) continue;
    failed.push(Number(key));
    const list = byPlugin.get(file.plugin) ?? [];
    list.push(
      finding(
        'DPR415',
        `${file.path} does not compile with Python ${version}: ${message}${text ? ` (\`${text}\`)` : ''}; the plugin fails at start-up`,
        { file: file.path, line: Number(line) || 1, column: Number(column) || 1 },
      ),
    );
    byPlugin.set(file.plugin, list);
  }
  return { byPlugin, version, failed };
}
