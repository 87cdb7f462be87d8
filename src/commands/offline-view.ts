/** How `package --offline` shows its result: one section per target, the wheels, the sizes and limits. */
import { artifactJson } from '../artifact/json.js';
import { display, formatSize } from '../core/format.js';
import type { Section, Table } from '../core/report.js';
import type { StageContext } from '../io/context.js';
import type { OfflinePackage, OfflineResult } from '../offline/package.js';
import type { Presentation } from './declare.js';

export function presentOffline(result: OfflineResult, ctx: StageContext): Presentation {
  const label = result.label;
  const tag = (f: OfflineResult['findings'][number]) => ({ ...f, plugin: label });
  const sections: Section[] = [];
  if (result.findings.length > 0 || result.packages.length === 0) {
    sections.push({
      stage: 'package',
      headline: result.packages.length
        ? `${label}: offline dependencies read`
        : `${label}: no offline package built`,
      findings: result.findings.map(tag),
      summary: common(result),
    });
  }
  for (const p of result.packages) sections.push(packageSection(p, result, ctx, label));
  const written = result.packages.filter((p) => p.artifact);
  const first = written[0]?.artifact;
  return {
    sections,
    outputs: first
      ? {
          path: first.path,
          sha256: first.sha256,
          identifier: first.identifier,
          checksum: first.checksum,
          size: String(first.size),
          packages: written.map((p) => p.artifact!.path).join('\n'),
        }
      : {},
    exitCode: written.length === result.packages.length && written.length > 0 ? undefined : 1,
  };
}

function common(result: OfflineResult): Record<string, unknown> {
  return {
    offline: true,
    input: result.input,
    requirementsFrom: result.requirementsFrom ?? null,
    findLinks: result.sources.findLinks,
    index: result.sources.index,
    pip: result.pip ?? null,
  };
}

function packageSection(p: OfflinePackage, result: OfflineResult, ctx: StageContext, label: string): Section {
  const shown = p.artifact ? display(ctx.cwd, p.artifact.path) : undefined;
  const tables: Table[] = [];
  if (p.wheels.length) {
    tables.push({
      title: `Wheels for ${p.target.name}`,
      header: ['wheel', 'tag used', 'size'],
      rows: p.wheels.map((w) => [w.file, w.tag, formatSize(w.size)]),
    });
  }
  if (p.sizes && shown) {
    tables.push({
      title: 'Size against the limits on the way to the daemon',
      header: ['limit', 'measures', 'default', 'this package', 'raised by'],
      rows: p.sizes.limits.map((l) => [
        l.layer,
        l.measure,
        formatSize(l.bytes),
        `${formatSize(l.measure === 'compressed' ? p.sizes!.compressed : p.sizes!.uncompressed)}${l.exceeded ? ' (over)' : ''}`,
        l.setting,
      ]),
    });
  }
  return {
    stage: 'package',
    headline: shown
      ? `packaged ${shown} for ${p.description}: ${p.wheels.length} wheels, ${formatSize(p.artifact!.size)}`
      : `${label}: no offline package for ${p.target.name}`,
    findings: p.findings.map((f) => ({ ...f, plugin: label })),
    summary: {
      ...common(result),
      target: p.target.name,
      python: p.target.python.minor,
      glibc: `${p.target.glibc.major}.${p.target.glibc.minor}`,
      ...(p.artifact ? artifactJson(p.artifact) : { path: null }),
      wheels: p.wheels,
      leftOut: p.leftOut,
      requirements: p.requirements ?? null,
      sizes: p.sizes
        ? {
            compressed: p.sizes.compressed,
            uncompressed: p.sizes.uncompressed,
            wheels: p.sizes.wheels,
            largest: p.sizes.largest,
            limits: p.sizes.limits,
          }
        : null,
      sha256sums: p.result?.sumsFile ?? null,
      pipCommand: p.command,
    },
    tables,
  };
}
