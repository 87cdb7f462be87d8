/** A line longer than this (output with no newline) is passed on in pieces of this size. */
export const MAX_LINE = 64 * 1024;

/** Splits a stream into lines for a callback and keeps the tail of its text. */
export class StreamTail {
  private chunks: string[] = [];
  private size = 0;
  private partial = '';
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly max: number,
    private readonly onLine: (line: string) => void,
    private readonly maxLine = MAX_LINE,
  ) {}

  push(data: Buffer): void {
    const text = this.decoder.decode(data, { stream: true });
    this.keep(text);
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.onLine(line.replace(/\r$/, ''));
    // Output that never ends its line (a progress bar, a binary dump) is passed on in pieces.
    while (this.partial.length > this.maxLine) {
      this.onLine(this.partial.slice(0, this.maxLine));
      this.partial = this.partial.slice(this.maxLine);
    }
  }

  /** The unfinished line held back (for tests). */
  get pending(): number {
    return this.partial.length;
  }

  flush(): void {
    const rest = this.decoder.decode();
    if (rest) this.keep(rest);
    const last = this.partial + rest;
    this.partial = '';
    if (last) this.onLine(last);
  }

  text(): string {
    return this.chunks.join('');
  }

  private keep(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.max && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
    if (this.size > this.max) {
      this.chunks = [this.chunks[0]!.slice(this.size - this.max)];
      this.size = this.max;
    }
  }
}
