/**
 * Resolve the runtime requirements to one wheel per distribution for a target, with pip (see
 * pip.ts), and say precisely why when a dependency has no wheel there: the package, the target, and
 * the tags of the files that do exist.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import { EnvironmentError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { byteOrder } from '../core/paths.js';
import { compareVersions } from '../core/versions.js';
import type { HttpClient } from '../io/http.js';
import { NOT_EXECUTABLE, NOT_FOUND, type ProcessRunner } from '../io/process.js';
import { admits, normalizeName, parseRequirement, requirementName } from '../python/project.js';
import { downloadArgs, PIP_FOR_TARGET, pipEnvironment, scriptSpec } from './pip.js';
import { compatibility, isSourceArchive, parseSourceName, parseWheelName, type WheelName } from './tags.js';
import { describeTarget, type Target } from './targets.js';

/** pip from a local wheelhouse takes seconds; from an index, a large tree can take minutes. */
export const RESOLVE_TIMEOUT_MS = 20 * 60 * 1000;

export interface ResolveInput {
  /** The interpreter that runs pip (any CPython 3 with pip: it need not be the target's). */
  python: string;
  target: Target;
  requirements: readonly string[];
  constraints: readonly string[];
  /** Wheel folders, in priority order. */
  findLinks: readonly string[];
  indexUrl?: string;
  /** Only the wheelhouses: no index at all. */
  noIndex: boolean;
  /** An empty working directory for this target. */
  workDir: string;
  env: NodeJS.ProcessEnv;
  runner: ProcessRunner;
  /** To list what an index has of a dependency pip found no wheel of (optional). */
  http?: HttpClient;
  log?: (line: string) => void;
}

export interface ResolvedWheel {
  wheel: WheelName;
  /** Where pip put it. */
  file: string;
  size: number;
  /** The best tag it matches on the target. */
  tag: string;
}

export interface ResolveResult {
  wheels: ResolvedWheel[];
  /** Top-level requirements pip left out because their marker is false on the target. */
  leftOut: { requirement: string; marker: string }[];
  findings: Finding[];
  pip?: { pip: string; python: string };
  /** The pip command, for people (the script's argument elided). */
  command: string;
}

export async function resolveForTarget(input: ResolveInput): Promise<ResolveResult> {
  const t = input.target;
  const dest = path.join(input.workDir, 'wheels');
  mkdirSync(dest, { recursive: true });
  const requirements = path.join(input.workDir, 'requirements.in');
  writeFileSync(requirements, `${input.requirements.join('\n')}\n`);
  let constraints: string | undefined;
  if (input.constraints.length) {
    constraints = path.join(input.workDir, 'constraints.txt');
    writeFileSync(constraints, `${input.constraints.join('\n')}\n`);
  }
  const info = path.join(input.workDir, 'pip.json');
  const args = downloadArgs(t, {
    requirements,
    constraints,
    dest,
    findLinks: input.findLinks,
    indexUrl: input.indexUrl,
    noIndex: input.noIndex,
  });
  const command = `${input.python} -m pip ${args.map(withoutPassword).join(' ')}`;
  const result: ResolveResult = { wheels: [], leftOut: [], findings: [], command };
  if (input.requirements.length === 0) return result;
  const run = await input.runner.run(input.python, ['-c', PIP_FOR_TARGET, scriptSpec(t, args, info)], {
    cwd: input.workDir,
    env: pipEnvironment(input.env),
    timeoutMs: RESOLVE_TIMEOUT_MS,
    onLine: (line) => input.log?.(line),
  });
  if (run.code === NOT_FOUND || run.code === NOT_EXECUTABLE) {
    throw new EnvironmentError(
      `${input.python} cannot be run; pip is needed to choose the wheels`,
      'Install Python 3 with pip, or point DPR_PYTHON at an interpreter that has it.',
    );
  }
  if (run.code === 3 && run.stderr.includes('DPR-NO-PIP')) {
    throw new EnvironmentError(
      `${input.python} has no usable pip (${lastLine(run.stderr)})`,
      'Install pip for it (python3 -m ensurepip, or apt-get install python3-pip), or point DPR_PYTHON at another interpreter.',
    );
  }
  try {
    result.pip = JSON.parse(readFileSync(info, 'utf8'));
  } catch {
    // pip did not start far enough to say.
  }
  const output = `${run.stdout}\n${run.stderr}`;
  for (const m of output.matchAll(/Ignoring (\S+): markers '(.+)' don't match your environment/g)) {
    result.leftOut.push({ requirement: m[1]!, marker: m[2]! });
  }
  if (run.timedOut) {
    result.findings.push(
      finding('DPR441', `pip did not finish within ${RESOLVE_TIMEOUT_MS / 60000} minutes for ${t.name}`, {
        fix: 'Check that the index is reachable, or use a local --find-links wheelhouse.',
      }),
    );
    return result;
  }
  if (run.code !== 0) {
    result.findings.push(...(await failureFindings(output, input)));
    if (result.findings.length === 0) {
      result.findings.push(
        finding(
          'DPR441',
          `pip failed for ${describeTarget(t)}: ${pipErrors(output) || `exit code ${run.code}`}`,
          {
            fix: `Run it by hand to see the whole output: ${command}`,
          },
        ),
      );
    }
    return result;
  }
  for (const file of readdirSync(dest).sort(byteOrder)) {
    const wheel = parseWheelName(file);
    const full = path.join(dest, file);
    if (!wheel) {
      result.findings.push(
        finding('DPR449', `pip saved ${file}, which is not a wheel; nothing is built on the daemon offline`),
      );
      continue;
    }
    const c = compatibility(wheel, t);
    if (!c.ok) {
      result.findings.push(finding('DPR449', `pip chose ${file} for ${t.name}, but ${c.reason}`));
      continue;
    }
    result.wheels.push({ wheel, file: full, size: statSync(full).size, tag: c.tag });
  }
  return result;
}

/** pip's "No matching distribution" errors, each with what the wheelhouses (and the index) hold for that name. */
async function failureFindings(output: string, input: ResolveInput): Promise<Finding[]> {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const m of output.matchAll(
    /Could not find a version that satisfies the requirement (.+?) \(from versions: ([^)]*)\)/g,
  )) {
    const requirement = m[1]!.replace(/ \(from .*\)$/, '').trim();
    const name = requirementName(requirement) ?? requirement;
    const key = normalizeName(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const from = /\(from ([^)]+)\)/.exec(m[1]!)?.[1];
    const versions = m[2]!.trim();
    const onIndex = input.noIndex ? undefined : await indexFiles(key, requirement, input);
    out.push(
      finding(
        'DPR440',
        `${requirement}${from ? ` (required by ${from})` : ''}: no wheel for ${describeTarget(input.target)}; ${[input.findLinks.length || !onIndex ? available(key, input) : undefined, onIndex].filter(Boolean).join('; ')}${versions && versions !== 'none' ? `; versions with a compatible wheel: ${versions}` : ''}`,
      ),
    );
  }
  if (out.length === 0 && /ResolutionImpossible|conflicting dependencies/.test(output)) {
    out.push(
      finding('DPR441', `the requirements conflict on ${input.target.name}: ${pipErrors(output)}`, {
        fix: 'Loosen or align the pins that pip names above; then package again.',
      }),
    );
  }
  return out;
}

/** What the wheelhouses have of a distribution: every file, with its tags and why they do not fit. */
export function available(key: string, input: Pick<ResolveInput, 'findLinks' | 'target'>): string {
  const found: string[] = [];
  for (const dir of input.findLinks) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).sort(byteOrder);
    } catch {
      continue;
    }
    found.push(...describeFiles(files, key, input.target));
  }
  if (input.findLinks.length === 0) return 'no wheelhouse was given';
  if (found.length === 0) return 'the wheelhouse has no file of it';
  return `the wheelhouse has ${found.join('; ')}`;
}

function describeFiles(files: readonly string[], key: string, t: Target): string[] {
  const out: string[] = [];
  for (const file of files) {
    const wheel = parseWheelName(file);
    if (wheel?.key === key) {
      const c = compatibility(wheel, t);
      out.push(`${file} (tags ${wheel.tags.join(', ')}${c.ok ? '' : `: ${c.reason}`})`);
    } else if (isSourceArchive(file) && parseSourceName(file)?.key === key) {
      out.push(`${file} (source only: nothing is compiled for an offline package)`);
    }
  }
  return out;
}

/** Files shown at most per dependency from an index (PyPI lists hundreds for numpy). */
const INDEX_FILES_SHOWN = 12;
const PYPI_SIMPLE = 'https://pypi.org/simple';

/**
 * What the index has of a distribution (its PEP 503 page), for the versions the requirement admits
 * (else the newest): the files with their tags. Undefined when the page cannot be read.
 */
async function indexFiles(
  key: string,
  requirement: string,
  input: ResolveInput,
): Promise<string | undefined> {
  if (!input.http) return undefined;
  const base = (input.indexUrl ?? PYPI_SIMPLE).replace(/\/+$/, '');
  const shown = withoutPassword(base);
  let html: string;
  try {
    // fetch refuses URLs with credentials: they go in an Authorization header instead.
    const url = new URL(`${base}/${key}/`);
    const headers: Record<string, string> = { accept: 'text/html' };
    if (url.username || url.password) {
      const user = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
      headers.authorization = `Basic ${Buffer.from(user).toString('base64')}`;
      url.username = '';
      url.password = '';
    }
    const response = await input.http.request({
      url: url.toString(),
      headers,
      timeoutMs: 15_000,
      attempts: 1,
      secrets: passwordOf(base),
    });
    if (response.status !== 200) return `${shown} answers ${response.status} for ${key}`;
    html = await response.text();
  } catch {
    return undefined;
  }
  const files = [...html.matchAll(/<a\b[^>]*>([^<]+)<\/a>/gi)].map((m) => m[1]!.trim());
  const versionOf = (f: string) => parseWheelName(f)?.version ?? parseSourceName(f)?.version;
  const mine = files.filter((f) => (parseWheelName(f)?.key ?? parseSourceName(f)?.key) === key);
  const spec = parseRequirement(requirement)?.spec ?? '';
  let chosen = spec ? mine.filter((f) => admits(versionOf(f) ?? '', spec) === true) : [];
  if (chosen.length === 0) {
    const versions = [...new Set(mine.map(versionOf).filter((v): v is string => Boolean(v)))];
    const newest = versions.sort(compareVersions).pop();
    chosen = mine.filter((f) => versionOf(f) === newest);
  }
  const described = describeFiles(chosen, key, input.target);
  if (described.length === 0) return `${shown} has no file of it`;
  const more =
    described.length > INDEX_FILES_SHOWN ? ` and ${described.length - INDEX_FILES_SHOWN} more` : '';
  return `${shown} has ${described.slice(0, INDEX_FILES_SHOWN).join('; ')}${more}`;
}

/** A text with the password of every URL in it, if any, replaced by `***` (index URLs may carry one). */
export function withoutPassword(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^/\s@]+@/gi, '$1***@');
}

function passwordOf(url: string): string[] {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@/i.exec(url);
  if (!m) return [];
  try {
    return [m[1]!, decodeURIComponent(m[1]!)];
  } catch {
    return [m[1]!];
  }
}

function pipErrors(output: string): string {
  return output
    .split('\n')
    .filter((l) => /^ERROR:/.test(l.trim()))
    .map((l) => l.trim().replace(/^ERROR:\s*/, ''))
    .join(' ')
    .slice(0, 2000);
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((l) => l.trim())
      .pop() ?? ''
  );
}
