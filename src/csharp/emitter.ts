/**
 * Line-keeping output: the lowered TypeScript has every C# construct on the C# line it came
 * from, so the runner's exceptions, timeline bars and markers point at the C# line with no
 * separate line map. `sync(row)` pads with newlines up to a C# row; text itself never holds a
 * newline (multi-line string literals are escaped). When C# puts two statements on one line,
 * so does the output.
 */
export class Emitter {
  private readonly parts: string[] = [];
  /** 0-based row the next write lands on. */
  private row = 0;

  /** Moves to `row` (0-based C# row) if the output is still above it. */
  sync(row: number): void {
    if (row <= this.row) return;
    this.parts.push('\n'.repeat(row - this.row));
    this.row = row;
  }

  /** Whether something was written on the current line already. */
  get midLine(): boolean {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i];
      if (part === '') continue;
      return !part.endsWith('\n');
    }
    return false;
  }

  write(text: string): void {
    this.parts.push(text);
  }

  /** The position a later `insert` can fill (e.g. a hoisted declaration prefix). */
  mark(): number {
    this.parts.push('');
    return this.parts.length - 1;
  }

  fill(mark: number, text: string): void {
    this.parts[mark] = text;
  }

  toString(): string {
    return this.parts.join('');
  }
}
