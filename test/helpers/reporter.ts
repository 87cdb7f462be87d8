import type { CommandReport, Reporter } from '../../src/report/index.js';

/** A reporter that keeps everything a command says to it, for tests of command functions. */
export interface CapturedReporter extends Reporter {
  reports: CommandReport[];
  fatals: string[];
  infos: string[];
  /** Everything as one text: info lines, each report (headline and all), fatal messages. */
  readonly text: string;
}

export function captureReporter(): CapturedReporter {
  const r: CapturedReporter = {
    reports: [],
    fatals: [],
    infos: [],
    get text() {
      return [...r.infos, ...r.reports.map((x) => `${x.headline} ${JSON.stringify(x)}`), ...r.fatals].join(
        '\n',
      );
    },
    progress() {},
    info(m: string) {
      r.infos.push(m);
    },
    async report(result: CommandReport) {
      r.reports.push(result);
    },
    async fatal(m: string, fix?: string) {
      r.fatals.push(`${m} ${fix ?? ''}`);
    },
  };
  return r;
}
