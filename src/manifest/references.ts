// Resolving a path written in a YAML file to a packaged file, the way the daemon opens it.
import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { closest } from './closest.js';
import type { RefSite } from './plugin-types.js';

/**
 * Check a path written in a YAML file the way the daemon opens it from the package: Go's
 * `fs.ValidPath` (no `./`, no `..`, no leading `/`, no `\`), case-sensitive, inside the plugin.
 * Returns the file to read, or `undefined` after reporting why it cannot be read.
 */
export function resolveReference(
  ref: string,
  from: RefSite,
  files: ReadonlySet<string>,
  findings: Finding[],
  what: 'declaration' | 'python' | 'privacy',
  /** Why a file absent from the listing is missing when it exists on disk (see `PluginSource.whyMissing`). */
  whyMissing?: (file: string) => string | undefined,
): string | undefined {
  const at = from.file.locate(from.pointer);
  const normalized = path.posix.normalize(ref.replace(/\\/g, '/'));
  if (
    ref.startsWith('/') ||
    /^[A-Za-z]:[\\/]/.test(ref) ||
    normalized === '..' ||
    normalized.startsWith('../')
  ) {
    findings.push(
      finding('DPR302', `"${ref}" points outside the plugin`, {
        ...at,
        fix: 'Reference files by their path relative to the plugin root, e.g. provider/tool.yaml.',
      }),
    );
    return undefined;
  }
  const exists = files.has(normalized);
  if (normalized !== ref) {
    findings.push(
      finding('DPR304', `"${ref}" works on disk but the daemon cannot open it inside the package`, {
        ...at,
        fix: `Write it as "${normalized}": the daemon opens package files by exact, clean paths.`,
      }),
    );
    return exists ? normalized : undefined;
  }
  if (!exists) {
    const code = what === 'python' ? 'DPR307' : what === 'privacy' ? 'DPR310' : 'DPR301';
    const excluded = whyMissing?.(normalized);
    const caseless = [...files].find((f) => f.toLowerCase() === normalized.toLowerCase());
    const near = caseless ? undefined : nearestFile(normalized, files);
    findings.push(
      finding(
        code,
        `${describeRef(what)} "${ref}" ${excluded ? `is not in the package: ${excluded}` : 'does not exist'}`,
        {
          ...at,
          fix: excluded
            ? 'Stop ignoring it (or reference a file that is packaged): the daemon reads only what is in the package.'
            : caseless
              ? `The file is "${caseless}": paths are case-sensitive inside the package.`
              : near
                ? `Did you mean "${near}"?`
                : `Create ${ref}, or fix the path (relative to the plugin root).`,
        },
      ),
    );
    return undefined;
  }
  return normalized;
}

/** A packaged file whose path is a near miss of a missing one (a typo, or the same name elsewhere). */
function nearestFile(missing: string, files: ReadonlySet<string>): string | undefined {
  const ext = path.posix.extname(missing);
  const candidates = [...files].filter((f) => path.posix.extname(f) === ext);
  const typo = closest(missing, candidates);
  if (typo) return typo;
  const base = path.posix.basename(missing);
  const moved = candidates.filter((f) => path.posix.basename(f) === base);
  return moved.length === 1 ? moved[0] : undefined;
}

function describeRef(what: string): string {
  return what === 'python' ? 'Python source' : what === 'privacy' ? 'privacy policy' : 'referenced file';
}
