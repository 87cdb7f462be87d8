/**
 * The progress record the stage's pytest plugin writes (one JSON object per line, see
 * PROGRESS_PLUGIN_SCRIPT): what ran, independently of the exit code and of the JUnit report. The
 * verdict is taken from it; the JUnit report only adds the details (tracebacks, times).
 */
import { readRegularText } from '../io/read.js';

/** What pytest was doing last: names the test that hung or was running when the process died. */
export interface Progress {
  phase: 'collect' | 'collected' | 'run' | 'finished';
  nodeid: string;
  file?: string;
  /** 1-based. */
  line?: number;
}

/** A phase (setup, call, teardown) or a module's collection that failed. */
export interface RecordedFailure {
  nodeid: string;
  when: 'setup' | 'call' | 'teardown' | 'collect';
  /** pytest's text of the failure (its tail). */
  text?: string;
  /** Where it failed, as pytest's crash entry says (absolute or relative to the rootdir; 1-based). */
  crash?: { path: string; line?: number; message: string };
}

export interface RunRecord {
  /** pytest's session started (the plugin was loaded). */
  started: boolean;
  /** Tests collected, when collection finished. */
  collected?: number;
  /** The session's end was recorded: pytest finished and wrote its report. */
  finished: boolean;
  /** pytest's own exit status, from the end record. */
  exitstatus?: number;
  /** Tests whose run began. */
  ran: number;
  /** Tests that passed, failed, errored or were skipped (by their worst phase). */
  outcomes: Map<string, 'passed' | 'failed' | 'error' | 'skipped'>;
  failures: RecordedFailure[];
  progress?: Progress;
  /** Lines that were not records (a test wrote into the file, or the last line was cut). */
  damaged: number;
}

/** The most a record file is read (a test that floods it is not followed past this). */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Read the record file; `undefined` when it does not exist or cannot be read. */
export function readRecord(file: string): RunRecord | undefined {
  let text: string;
  try {
    text = readRegularText(file, { maxBytes: MAX_RECORD_BYTES });
  } catch {
    return undefined;
  }
  return parseRecord(text);
}

export function parseRecord(text: string): RunRecord {
  const r: RunRecord = {
    started: false,
    finished: false,
    ran: 0,
    outcomes: new Map(),
    failures: [],
    damaged: 0,
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let e: Record<string, unknown>;
    try {
      e = JSON.parse(line) as Record<string, unknown>;
    } catch {
      r.damaged++;
      continue;
    }
    if (!e || typeof e !== 'object') {
      r.damaged++;
      continue;
    }
    const nodeid = typeof e.nodeid === 'string' ? e.nodeid : '';
    switch (e.e) {
      case 'start':
        r.started = true;
        break;
      case 'collect':
        r.progress = {
          phase: 'collect',
          nodeid,
          ...(typeof e.path === 'string' && e.path ? { file: e.path } : {}),
        };
        break;
      case 'collectreport':
        r.failures.push({ nodeid, when: 'collect', ...failureDetails(e) });
        break;
      case 'collected':
        r.collected = typeof e.n === 'number' ? e.n : undefined;
        r.progress = { phase: 'collected', nodeid: '' };
        break;
      case 'run':
        r.ran++;
        r.progress = {
          phase: 'run',
          nodeid,
          ...(typeof e.file === 'string' ? { file: e.file } : {}),
          ...(typeof e.line === 'number' ? { line: e.line + 1 } : {}),
        };
        break;
      case 'report':
        record(r, nodeid, e);
        break;
      case 'finished':
        if (r.progress?.nodeid === nodeid) r.progress = { ...r.progress, phase: 'finished' };
        break;
      case 'end':
        r.finished = true;
        r.exitstatus = typeof e.exitstatus === 'number' ? e.exitstatus : undefined;
        break;
      default:
        r.damaged++;
    }
  }
  return r;
}

function record(r: RunRecord, nodeid: string, e: Record<string, unknown>): void {
  const when = e.when === 'setup' || e.when === 'teardown' ? e.when : 'call';
  const previous = r.outcomes.get(nodeid);
  if (e.outcome === 'failed') {
    r.failures.push({ nodeid, when, ...failureDetails(e) });
    // A failing call is a failure; a failing setup or teardown is an error (as JUnit counts them).
    if (when === 'call') r.outcomes.set(nodeid, 'failed');
    else if (previous !== 'failed') r.outcomes.set(nodeid, 'error');
  } else if (e.outcome === 'skipped') {
    if (!previous || previous === 'passed') r.outcomes.set(nodeid, 'skipped');
  } else if (when === 'call' || !previous) {
    if (!previous) r.outcomes.set(nodeid, 'passed');
  }
}

function failureDetails(e: Record<string, unknown>): Pick<RecordedFailure, 'text' | 'crash'> {
  const c = e.crash as Record<string, unknown> | undefined;
  return {
    ...(typeof e.text === 'string' && e.text ? { text: e.text } : {}),
    ...(c && typeof c.path === 'string'
      ? {
          crash: {
            path: c.path,
            ...(typeof c.line === 'number' ? { line: c.line } : {}),
            message: typeof c.message === 'string' ? c.message : '',
          },
        }
      : {}),
  };
}

/** Counts by outcome, from the record. */
export function recordCounts(r: RunRecord): {
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
} {
  const counts = { passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const o of r.outcomes.values()) {
    if (o === 'passed') counts.passed++;
    else if (o === 'failed') counts.failed++;
    else if (o === 'error') counts.errors++;
    else counts.skipped++;
  }
  return counts;
}
