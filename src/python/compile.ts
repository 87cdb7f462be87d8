import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { NOT_FOUND, type ProcessRunner } from '../io/process.js';

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
print(json.dumps({"version": "%d.%d.%d" % sys.version_info[:3], "executable": sys.executable, "errors": errors}))
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
 * The interpreter a command name resolved to, once it ran: a version manager's shim (pyenv's is a
 * shell script) costs far more than the compile itself, so later calls run the interpreter directly.
 */
const resolved = new Map<string, string>();

export async function compilePython(
  files: readonly PythonFile[],
  runner: ProcessRunner,
  options: { env?: NodeJS.ProcessEnv; cwd?: string; python?: string } = {},
): Promise<CompileOutcome> {
  const byPlugin = new Map<string, Finding[]>();
  if (files.length === 0) return { byPlugin };
  const requested = options.python ?? compilerCommand(options.env);
  const python = resolved.get(requested) ?? requested;
  const keys = files.map((f, i) => `${i}`);
  const input = JSON.stringify(files.map((f, i) => [keys[i], Buffer.from(f.bytes).toString('base64')]));
  const unavailable = (why: string): CompileOutcome => ({
    byPlugin,
    notice: finding(
      'DPR416',
      `${files.length} Python file${files.length === 1 ? ' was' : 's were'} not compiled: ${why}; a syntax error would only show when the plugin starts`,
      {},
    ),
  });
  let r: Awaited<ReturnType<ProcessRunner['run']>>;
  try {
    r = await runner.run(python, ['-I', '-c', SCRIPT], {
      input,
      env: options.env,
      cwd: options.cwd,
      timeoutMs: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    return unavailable(`${python} cannot be run (${(error as Error).message})`);
  }
  if (r.code === NOT_FOUND) return unavailable(`no Python found (${python} is not on PATH; set DPR_PYTHON)`);
  let parsed: { version: string; executable?: string; errors: [string, number, number, string, string][] };
  try {
    parsed = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
  } catch {
    const why = r.timedOut
      ? 'the compiler timed out'
      : `${python} failed (${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`})`;
    return unavailable(why);
  }
  if (parsed.executable) resolved.set(requested, parsed.executable);
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
