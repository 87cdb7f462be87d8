import type { Reporter, RunEnd, Section } from '../../src/report/index.js';

/** A reporter that keeps everything a run says to it, for in-process tests of commands and stages. */
export interface CapturedReporter extends Reporter {
  sections: Section[];
  fatals: string[];
  infos: string[];
  ends: RunEnd[];
  /** Everything as one text: info lines, each section (headline and all), fatal messages. */
  readonly text: string;
}

export function captureReporter(): CapturedReporter {
  const r: CapturedReporter = {
    sections: [],
    fatals: [],
    infos: [],
    ends: [],
    get text() {
      return [...r.infos, ...r.sections.map((x) => `${x.headline} ${JSON.stringify(x)}`), ...r.fatals].join(
        '\n',
      );
    },
    progress() {},
    info(m: string) {
      r.infos.push(m);
    },
    relay() {
      return { line: (t: string) => r.infos.push(t), end: () => {} };
    },
    section(s: Section) {
      r.sections.push(s);
    },
    fatal(m: string, fix?: string) {
      r.fatals.push(`${m} ${fix ?? ''}`);
    },
    async finish(end: RunEnd) {
      r.ends.push(end);
    },
  };
  return r;
}
