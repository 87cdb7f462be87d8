/**
 * The submission itself: the version against earlier submissions in a dify-plugins checkout (the
 * toolkit's `check-version-update`, §A.17, compared by PEP 440 so `0.0.1-rc1` < `0.0.1`, where the
 * toolkit crashes or calls them equal, §A.24 9), and the pull request body: the official
 * repository's `## Release Notes`, or the dify-plugins template (`check-pr-body`, §A.15, and the
 * non-empty security notes of `check-sensitive-capabilities`, §A.14).
 */
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../../core/codes.js';
import { errorMessage, UsageError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { safeCompare } from '../../python/project.js';
import { parseYamlBytes } from '../../yaml/parse-bytes.js';
import { openPackage } from '../../zip/reader.js';
import { emptyNotes, scanCapabilities } from './capabilities.js';
import type { CheckContext } from './context.js';

interface Submitted {
  file: string;
  version: string;
}

export async function versionRules(ctx: CheckContext): Promise<Finding[]> {
  const dir = ctx.options.marketplaceDir;
  const version = ctx.manifestString('/version');
  if (!dir || !version) return [];
  const previous = await submittedVersions(dir, ctx.access.packagePath);
  const at = ctx.at('/version');
  if (previous.length === 0) {
    return [
      finding(
        'DPR571',
        `no earlier .difypkg in ${dir}: nothing to compare version ${version} with (fine for a new plugin)`,
        {
          ...at,
          fix: 'Point --marketplace-dir at the <author>/<name>/ folder of your dify-plugins checkout.',
        },
      ),
    ];
  }
  const highest = previous.reduce((a, b) => (safeCompare(a.version, b.version) >= 0 ? a : b));
  if (safeCompare(version, highest.version) > 0) return [];
  const same = previous.find((p) => safeCompare(p.version, version) === 0);
  return [
    finding(
      'DPR570',
      same
        ? `version ${version} was already submitted (${same.file}): the marketplace refuses a version twice`
        : `version ${version} is not greater than ${highest.version}, already submitted (${highest.file})`,
      { ...at, fix: `Bump the version above ${highest.version} in manifest.yaml (and pyproject.toml).` },
    ),
  ];
}

/** Every `.difypkg` in the folder but the one being checked: version from its manifest, else its name. */
async function submittedVersions(dir: string, self: string | undefined): Promise<Submitted[]> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.difypkg'));
  } catch (error) {
    throw new UsageError(
      `--marketplace-dir ${dir} cannot be read: ${errorMessage(error)}`,
      'Pass the <author>/<name>/ folder of a dify-plugins checkout.',
    );
  }
  const selfReal = self ? safeReal(self) : undefined;
  const out: Submitted[] = [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    if (selfReal && safeReal(file) === selfReal) continue;
    const version =
      (await manifestVersion(file)) ??
      /\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?/.exec(name.replace(/\.difypkg$/, ''))?.[0];
    if (version) out.push({ file: name, version });
  }
  return out;
}

async function manifestVersion(file: string): Promise<string | undefined> {
  try {
    const pkg = await openPackage(file);
    try {
      const m = parseYamlBytes('manifest.yaml', await pkg.read('manifest.yaml'));
      const v = m.scalarText('/version');
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    } finally {
      await pkg.close();
    }
  } catch {
    return undefined;
  }
}

function safeReal(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** `## ` sections of a Markdown body, by normalized heading, with HTML comments removed. */
export function sections(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (current !== undefined && !out.has(current))
      out.set(
        current,
        lines
          .join('\n')
          .replace(/<!--[\s\S]*?-->/g, '')
          .trim(),
      );
  };
  for (const line of body.split(/\r?\n/)) {
    const h = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      current = h[1]!.replace(/\s+/g, ' ').toLowerCase();
      lines = [];
    } else if (current !== undefined) lines.push(line);
  }
  flush();
  return out;
}

export async function prBodyRules(ctx: CheckContext): Promise<Finding[]> {
  const pr = ctx.options.prBody;
  if (!pr) return [];
  const s = sections(pr.text);
  if (ctx.profile === 'official') {
    const notes = s.get('release notes');
    if (notes) return [];
    return [
      finding(
        'DPR573',
        `${pr.file}: ${notes === undefined ? 'no "## Release Notes" section' : 'the "## Release Notes" section is empty'}; the official repository's pre-check requires release notes`,
        {
          fix: 'Add a "## Release Notes" section saying what changed in this version; it becomes the changelog on the marketplace.',
        },
      ),
    ];
  }
  const problems: string[] = [];
  const info = s.get('plugin information');
  const fields = new Map<string, string>();
  if (info === undefined) problems.push('no "## Plugin information" section');
  else {
    for (const field of ['Author', 'Plugin name', 'Version', 'Source repository', 'Contact']) {
      const m = new RegExp(`^\\s*[-*]\\s*\\*\\*${field}\\*\\*\\s*:\\s*(.*)$`, 'im').exec(info);
      const value = m?.[1]?.trim() ?? '';
      fields.set(field, value);
      if (!value) problems.push(`"${field}" is empty in Plugin information`);
    }
    if (fields.get('Source repository') && !/https?:\/\//.test(fields.get('Source repository')!)) {
      problems.push('"Source repository" is not a URL');
    }
  }
  checkOne(s.get('submission type'), 'Submission type', ['New plugin', 'Version update'], problems);
  checkOne(s.get('risk level'), 'Risk level', ['Low risk', 'Medium risk', 'High risk'], problems);
  for (const section of ['What changed', 'Local validation', 'Security and privacy notes']) {
    if (!s.get(section.toLowerCase())) problems.push(`the "## ${section}" section is missing or empty`);
  }
  const notes = s.get('security and privacy notes');
  if (notes && emptyNotes(notes)) {
    const found = Object.keys(await scanCapabilities(ctx));
    if (found.length > 0)
      problems.push(
        `the security notes say "${notes}" but the code shows ${found.join(', ')}: disclose them`,
      );
  }
  const prose = pr.text
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^.*【中文用户 & Non English User】.*$/gm, '');
  const cjk = prose.match(/[\u3400-\u4DBF\u4E00-\u9FFF]/g)?.length ?? 0;
  if (cjk > 0) problems.push(`${cjk} CJK characters outside code: the PR body must be in English`);
  const out = problems.map((p) =>
    finding('DPR574', `${pr.file}: ${p}`, {
      fix: 'Fill in the dify-plugins pull request template (.github/pull_request_template.md).',
    }),
  );
  const manifest: [string, string | undefined][] = [
    ['Author', ctx.manifestString('/author')],
    ['Plugin name', ctx.manifestString('/name')],
    ['Version', ctx.manifestString('/version')],
  ];
  for (const [field, expected] of manifest) {
    const given = fields.get(field)?.replace(/[`*]/g, '').trim();
    if (given && expected && given !== expected) {
      out.push(
        finding('DPR575', `${pr.file}: ${field} is "${given}" but manifest.yaml says "${expected}"`, {
          fix: `Write ${expected} in the PR body, or fix manifest.yaml.`,
        }),
      );
    }
  }
  return out;
}

function checkOne(section: string | undefined, name: string, options: string[], problems: string[]): void {
  if (section === undefined) {
    problems.push(`no "## ${name}" section`);
    return;
  }
  const checked = options.filter((o) =>
    new RegExp(`^\\s*[-*]\\s*\\[[xX]\\]\\s*${o.replace(/ /g, '\\s+')}`, 'im').test(section),
  );
  if (checked.length !== 1) {
    problems.push(`"${name}" must have exactly one of ${options.join(', ')} ticked (${checked.length} are)`);
  }
}
