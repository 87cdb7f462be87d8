import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { NOT_FOUND, type ProcessRunner, type RunResult } from '../io/process.js';
import { onPath, throughPyenv } from './pyenv.js';

/**
 * Every Python file a package ships must compile, as the marketplace toolkit's blocking compile check
 * requires (py_compile with the runner's Python): a syntax error stops the plugin at start-up. All
 * files of every plugin go to one Python process (never one per file), as base64 bytes so that
 * encoding declarations are honoured as `py_compile` honours them.
 */
const SCRIPT = `
import base64, json, sys
items = json.load(sys.stdin)
errors = []
for key, data in items:
    try:
        compile(base64.b64decode(data), key, "exec", dont_inherit=True)
    except SyntaxError as e:
        errors.append([key, e.lineno or 1, e.offset or 1, e.msg, (e.text or "").strip()[:160]])
    except (ValueError, UnicodeDecodeError) as e:
        errors.append([key, 1, 1, str(e), ""])
print(json.dumps({"version": "%d.%d.%d" % sys.version_info[:3], "errors": errors}))
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
  return (found && throughPyenv(found, path.basename(found), env, cwd)) ?? command;
}

/** A compile check whose Python starts at once and compiles whatever `compile` gives it later. */
export interface PythonCompiler {
  /** Compile these files (once); with none, the started Python is let go at once. */
  compile(files: readonly PythonFile[]): Promise<CompileOutcome>;
}

/**
 * Start the compile check's Python now, so its start-up overlaps the caller's other work. Every
 * started compiler must be given `compile` (an empty list when nothing is to be compiled), or its
 * Python waits for input.
 */
export function startCompiler(
  runner: ProcessRunner,
  options: { env?: NodeJS.ProcessEnv; cwd?: string; python?: string } = {},
): PythonCompiler {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const requested = options.python ?? compilerCommand(env);
  const python = interpreterFor(requested, env, cwd);
  let give!: (input: string) => void;
  const input = new Promise<string>((resolve) => {
    give = resolve;
  });
  // -I: no user site or environment variables; -S: no site module (compile needs neither).
  const run = runner
    .run(python, ['-I', '-S', '-c', SCRIPT], {
      input,
      env,
      cwd,
      timeoutMs: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    })
    .catch((error: Error) => error);
  let used = false;
  return {
    async compile(files) {
      if (used) throw new Error('internal: a compiler compiles once');
      used = true;
      give(JSON.stringify(files.map((f, i) => [`${i}`, Buffer.from(f.bytes).toString('base64')])));
      const byPlugin = new Map<string, Finding[]>();
      if (files.length === 0) return { byPlugin };
      return outcome(files, python, await run);
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
  return startCompiler(runner, options).compile(files);
}

function outcome(files: readonly PythonFile[], python: string, r: RunResult | Error): CompileOutcome {
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
  let parsed: { version: string; errors: [string, number, number, string, string][] };
  try {
    parsed = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
  } catch {
    const why = r.timedOut
      ? 'the compiler timed out'
      : `${python} failed (${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`})`;
    return unavailable(why);
  }
  for (const [key, line, column, message, text] of parsed.errors) {
    const file = files[Number(key)];
    if (!file) continue;
    const list = byPlugin.get(file.plugin) ?? [];
    list.push(
      finding(
        'DPR415',
        `${file.path} does not compile with Python ${parsed.version}: ${message}${text ? ` (\`${text}\`)` : ''}; the plugin fails at start-up`,
        { file: file.path, line, column },
      ),
    );
    byPlugin.set(file.plugin, list);
  }
  return { byPlugin, version: parsed.version };
}
