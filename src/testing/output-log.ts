/**
 * pytest's output, relayed to the log within bounds: the head as it comes, then only the tail (kept
 * in memory), with a line saying what was left out and where the whole output is: a file, itself
 * capped, kept only when something was left out of the log. A test printing gigabytes costs the log
 * a few hundred kilobytes.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface OutputLimits {
  /** Lines relayed as they come. */
  headLines: number;
  /** Characters relayed as they come (whichever limit comes first). */
  headChars: number;
  /** Lines of the end relayed when the run is over. */
  tailLines: number;
  /** Characters of the end relayed when the run is over. */
  tailChars: number;
  /** The most written to the file. */
  fileBytes: number;
}

export const OUTPUT_LIMITS: OutputLimits = {
  headLines: 500,
  headChars: 128 * 1024,
  tailLines: 200,
  tailChars: 64 * 1024,
  fileBytes: 64 * 1024 * 1024,
};

export interface OutputSummary {
  /** Lines the run printed. */
  lines: number;
  /** Lines not relayed to the log. */
  omitted: number;
  /** The file holding the whole output, when lines were omitted. */
  file?: string;
  /** The file stopped at its cap. */
  fileTruncated?: boolean;
}

export class BoundedOutput {
  private lines = 0;
  private shownChars = 0;
  private omitted = 0;
  private tail: string[] = [];
  private tailChars = 0;
  private fd: number | undefined;
  private dir: string | undefined;
  private written = 0;
  private truncated = false;
  /** The lines relayed so far: written to the file when it is created (at the first line left out). */
  private head: string[] = [];

  constructor(
    private readonly relay: (line: string) => void,
    private readonly limits: OutputLimits = OUTPUT_LIMITS,
  ) {}

  /** The file the whole output goes to (created on first use). */
  get file(): string | undefined {
    return this.dir ? path.join(this.dir, 'pytest-output.log') : undefined;
  }

  line = (text: string): void => {
    this.lines++;
    if (
      this.omitted === 0 &&
      this.lines <= this.limits.headLines &&
      this.shownChars + text.length <= this.limits.headChars
    ) {
      this.shownChars += text.length;
      this.head.push(text);
      this.relay(text);
      return;
    }
    if (this.omitted === 0) {
      for (const h of this.head) this.save(h);
      this.head = [];
    }
    this.save(text);
    this.omitted++;
    this.tail.push(text);
    this.tailChars += text.length;
    while (
      this.tail.length > this.limits.tailLines ||
      (this.tailChars > this.limits.tailChars && this.tail.length > 1)
    ) {
      this.tailChars -= this.tail.shift()!.length;
    }
  };

  /** Relay the tail (with a line saying what was left out), close the file; keep it only if needed. */
  end(): OutputSummary {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    const hidden = this.omitted - this.tail.length;
    if (hidden > 0) {
      const last = this.tail.at(-1) ?? '';
      const cut = this.tail.length === 1 && last.length > this.limits.tailChars;
      this.relay(
        `… ${hidden} line${hidden === 1 ? '' : 's'} of pytest output not shown here; the whole output${this.truncated ? ` (its first ${this.limits.fileBytes} bytes)` : ''} is in ${this.file} …`,
      );
      if (cut) this.tail = [`…${last.slice(-this.limits.tailChars)}`];
    }
    for (const t of this.tail) this.relay(t);
    const summary: OutputSummary = { lines: this.lines, omitted: Math.max(hidden, 0) };
    if (hidden > 0 && this.file)
      return { ...summary, file: this.file, ...(this.truncated ? { fileTruncated: true } : {}) };
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    return summary;
  }

  private save(text: string): void {
    if (this.truncated) return;
    if (this.fd === undefined) {
      try {
        this.dir = mkdtempSync(path.join(tmpdir(), 'dpr-test-output-'));
        this.fd = openSync(path.join(this.dir, 'pytest-output.log'), 'w', 0o600);
      } catch {
        this.truncated = true;
        return;
      }
    }
    const data = Buffer.from(`${text}\n`, 'utf8');
    const room = this.limits.fileBytes - this.written;
    if (data.length > room) {
      if (room > 0) writeSync(this.fd, data, 0, room);
      this.written = this.limits.fileBytes;
      this.truncated = true;
      return;
    }
    writeSync(this.fd, data);
    this.written += data.length;
  }
}
