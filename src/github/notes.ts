/**
 * Release notes from the configured source: the version's section of a Keep a Changelog file, the
 * `## Release Notes` section of the pull request the commit came in with, or GitHub's generated
 * notes; cut at a line to GitHub's limit on a release body.
 */
import { sections } from '../checks/marketplace/submission.js';

/** GitHub refuses a release body longer than this (characters). */
export const GITHUB_BODY_LIMIT = 125_000;

export type NotesSource = 'changelog' | 'pr' | 'generated';

/**
 * The section of a changelog for a version: `## [1.2.3] - 2024-05-01`, `## 1.2.3`, `## v1.2.3`, up
 * to the next heading of that level or the link definitions at the end. `undefined` when absent.
 */
export function changelogSection(text: string, version: string): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^(#{1,3})\\s*\\[?v?${escaped}\\]?(?=$|[\\s:(–—-])`, 'i');
  let start = -1;
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = heading.exec(lines[i]!);
    if (m) {
      start = i + 1;
      level = m[1]!.length;
      break;
    }
  }
  if (start < 0) return undefined;
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    const h = /^(#{1,6})\s/.exec(lines[i]!);
    if ((h && h[1]!.length <= level) || /^\[[^\]]+\]:\s*\S/.test(lines[i]!)) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join('\n').trim();
}

/** The `## Release Notes` section of a pull request body (comments removed), if any. */
export function prReleaseNotes(body: string): string | undefined {
  const s = sections(body);
  return s.get('release notes') || s.get('what changed') || undefined;
}

/** Notes cut at a line to fit GitHub's limit, with a last line saying so. */
export function capNotes(text: string, where: string): { text: string; cut: boolean } {
  if (text.length <= GITHUB_BODY_LIMIT) return { text, cut: false };
  const tail = `\n\n… cut to GitHub’s ${GITHUB_BODY_LIMIT}-character limit; the full notes are in ${where}.`;
  let head = text.slice(0, GITHUB_BODY_LIMIT - tail.length);
  const nl = head.lastIndexOf('\n');
  if (nl > head.length / 2) head = head.slice(0, nl);
  return { text: `${head}${tail}`, cut: true };
}
