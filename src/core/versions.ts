import { compare, explain } from '@renovatebot/pep440';

/**
 * Plugin versions are ordered as Dify orders them: by PEP 440 (Dify's API parses versions with
 * `packaging.version.Version`), so `1.0.0-beta10` > `1.0.0-beta9` and `1.0.0-1` (a post-release) >
 * `1.0.0`. The size of a bump is read from the release segment, which is what Dify's `fix_only`
 * auto-upgrade compares (it upgrades when major and minor are equal).
 */
export function compareVersions(a: string, b: string): number {
  try {
    return compare(a, b);
  } catch {
    // Not PEP 440 (the daemon still accepts it): compare the numbers, in order.
    const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
    const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] ?? 0) - (pb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }
}

/** MAJOR.MINOR.PATCH of a version (missing parts are 0). */
export function releaseOf(version: string): [number, number, number] {
  let release: number[];
  try {
    release = explain(version)?.release ?? [];
  } catch {
    release = [];
  }
  if (release.length === 0) release = version.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  return [release[0] ?? 0, release[1] ?? 0, release[2] ?? 0];
}

export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** The bump from `a` to `b`: by the release segment; a pre- or post-release change of one is a patch. */
export function bumpBetween(a: string, b: string): Bump | 'downgrade' {
  const order = compareVersions(b, a);
  if (order < 0) return 'downgrade';
  if (order === 0) return 'none';
  const [x1, y1] = releaseOf(a);
  const [x2, y2] = releaseOf(b);
  if (x2 !== x1) return 'major';
  if (y2 !== y1) return 'minor';
  return 'patch';
}

/** The smallest release above `version` with a bump of this size: 1.4.2 + minor → 1.5.0. */
export function nextVersion(version: string, bump: Exclude<Bump, 'none'>): string {
  const [x, y, z] = releaseOf(version);
  if (bump === 'major') return `${x + 1}.0.0`;
  if (bump === 'minor') return `${x}.${y + 1}.0`;
  // A pre-release of x.y.z is below x.y.z itself: releasing x.y.z is already a bump.
  return compareVersions(version, `${x}.${y}.${z}`) < 0 ? `${x}.${y}.${z}` : `${x}.${y}.${z + 1}`;
}
