import type { DiffLine, FileDiff, Hunk } from '../diff/types.ts';
import type { TokenCounter } from '../types.ts';
import { FILE_FOOTER, MAX_LINE_CHARS, fileHeader, hunkHeader, renderLine } from './diff-text.ts';

/** Token counts of rendered diff text (see chunk/diff-text.ts), without rendering it. */
export interface DiffMeasure {
  /** Tokens of `renderLine(l) + '\n'`. */
  line(l: DiffLine): number;
  /** Tokens of `renderHunk(h)`. */
  hunk(h: Hunk): number;
  /** Tokens of `renderFile(f, hunks, part)`. */
  file(f: FileDiff, hunks: Hunk[], part: { index: number; total: number } | null): number;
}

const MARK = { add: ' +', delete: ' -', context: '  ' } as const;

// Counting a rendered file line by line is exact, not an estimate: o200k's pre-tokenizer always cuts
// after a newline followed by a letter, digit, `@` or `<` (how every rendered line, hunk header and
// file tag starts), and between a digit and a space (after a line's number). So a line's tokens are
// its number's plus its marker-and-code's, and the code part, keyed by its text, repeats across a diff:
// each distinct line is counted once, and no prompt text is built just to be counted.
function createMeasure(count: TokenCounter): DiffMeasure {
  const newNumbers = new Map<number, number>();
  const oldNumbers = new Map<number, number>();
  const code = {
    add: new Map<string, number>(),
    delete: new Map<string, number>(),
    context: new Map<string, number>(),
  };
  const line = (l: DiffLine): number => {
    if (l.content.length > MAX_LINE_CHARS) return count(renderLine(l) + '\n');
    const old = l.kind === 'delete';
    const n = (old ? l.oldLine : l.newLine) ?? 0;
    const numbers = old ? oldNumbers : newNumbers;
    let t = numbers.get(n);
    if (t === undefined) {
      t = count(old ? `L${n}` : `${n}`);
      numbers.set(n, t);
    }
    const seen = code[l.kind];
    let c = seen.get(l.content);
    if (c === undefined) {
      c = count(`${MARK[l.kind]}${l.content}\n`);
      seen.set(l.content, c);
    }
    return t + c;
  };
  const hunk = (h: Hunk): number => {
    let t = count(hunkHeader(h) + '\n');
    for (const l of h.lines) t += line(l);
    return t;
  };
  return {
    line,
    hunk,
    file: (f, hunks, part) =>
      count(fileHeader(f, part)) + hunks.reduce((t, h) => t + hunk(h), 0) + count(FILE_FOOTER),
  };
}

const measures = new WeakMap<TokenCounter, DiffMeasure>();

/** The measure of a counter, shared by every plan made with it (a run may plan several times). */
export function measureFor(count: TokenCounter): DiffMeasure {
  let m = measures.get(count);
  if (!m) {
    m = createMeasure(count);
    measures.set(count, m);
  }
  return m;
}
