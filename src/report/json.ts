import { countFindings, sortFindings } from '../core/finding.js';
import { isGateTable, type Section } from '../core/report.js';
import { runCounts } from './format.js';
import type { Reporter, RunEnd } from './reporter.js';

/** The `--json` document's version: bumped only when a key changes meaning or goes away. */
export const JSON_VERSION = 1;

interface Fatal {
  message: string;
  fix: string | null;
}

/**
 * The one `--json` document of a run: stable keys, null where a value is absent. `findings` and
 * `summary` are the run's (for a single-stage command, the stage's own summary plus counts);
 * `stages` has one entry per section; `error` is there when the run stopped on a usage or
 * environment error, which `summary.errors` counts.
 */
export function jsonDocument(
  command: string | null,
  sections: readonly Section[],
  end: RunEnd,
  fatal?: Fatal,
): Record<string, unknown> {
  const all = sortFindings(sections.flatMap((s) => s.findings)).map(findingJson);
  const counts = runCounts(sections, fatal ? 1 : 0);
  const single = sections.length === 1 ? sections[0]!.summary : {};
  const doc: Record<string, unknown> = {
    version: JSON_VERSION,
    command,
    ok: counts.errors === 0 && end.exitCode === 0,
    exitCode: end.exitCode,
    findings: all,
    summary: { ...single, ...counts, ok: counts.errors === 0 && end.exitCode === 0 },
    stages: sections.map((s) => {
      const c = countFindings(s.findings);
      const gates = (s.tables ?? []).filter(isGateTable).flatMap((t) =>
        t.gates.map((g) => ({
          id: g.id,
          title: g.title,
          status: g.status,
          required: g.required,
          reason: g.reason ?? null,
          evidence: g.evidence,
          fix: g.fix ?? null,
        })),
      );
      return {
        stage: s.stage,
        headline: s.headline,
        ok: c.errors === 0 && gates.every((g) => g.status !== 'failed' || !g.required),
        ...c,
        summary: s.summary,
        ...(gates.length > 0 ? { gates } : {}),
      };
    }),
    outputs: end.outputs,
    ...(fatal ? { error: fatal } : {}),
  };
  // A command's own top-level fields never replace the document's.
  for (const [k, v] of Object.entries(end.document ?? {})) if (!(k in doc)) doc[k] = v;
  return doc;
}

function findingJson(f: Section['findings'][number]): Record<string, unknown> {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    file: f.file ?? null,
    line: f.line ?? null,
    column: f.column ?? null,
    category: f.category,
    fix: f.fix ?? null,
    plugin: f.plugin ?? null,
  };
}

/** `--json`: exactly one JSON document on stdout per run, whatever happens; nothing else there. */
export class JsonReporter implements Reporter {
  private readonly sections: Section[] = [];
  private fatalError?: Fatal;
  private done = false;

  constructor(
    private readonly command: string | null,
    private readonly out: (text: string) => void = (t) => process.stdout.write(t),
  ) {}

  progress(): void {}

  info(): void {}

  relay(): { line(): void; end(): void } {
    return { line: () => {}, end: () => {} };
  }

  section(section: Section): void {
    this.sections.push(section);
  }

  fatal(message: string, fix?: string): void {
    this.fatalError ??= { message, fix: fix ?? null };
  }

  async finish(end: RunEnd): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.out(`${JSON.stringify(jsonDocument(this.command, this.sections, end, this.fatalError), null, 2)}\n`);
  }
}
