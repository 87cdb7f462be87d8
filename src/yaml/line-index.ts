/** Line starts of a text, for turning offsets into 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The 1-based line and column of an offset (as the `yaml` package's LineCounter gives them). */
  position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length;
    while (lo + 1 < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid;
    }
    return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
  }
}
