import type { TokenCounter } from '../types.ts';
import type { Hunk } from '../diff/types.ts';
import type { Piece } from './pack.ts';
import { measureFor } from './measure.ts';

/**
 * What one request reviewed, in two halves, for two smaller requests when its answer did not fit in
 * the output cap: its pieces in two runs of about equal tokens, or a single piece by its hunks. Null
 * when there is nothing left to split (one piece of one hunk).
 */
export function splitPieces(pieces: readonly Piece[], count: TokenCounter): [Piece[], Piece[]] | null {
  if (pieces.length >= 2) {
    const k = balancedCut(pieces.map((p) => p.tokens));
    return [pieces.slice(0, k), pieces.slice(k)];
  }
  const p = pieces[0];
  if (!p || p.hunks.length < 2) return null;
  const k = balancedCut(p.hunks.map((h) => h.lines.length + 1));
  const halves = [p.hunks.slice(0, k), p.hunks.slice(k)];
  // A whole file becomes parts 1/2 and 2/2; a part keeps its number, the lines tell the halves apart.
  const [a, b] = halves.map((hunks, i): Piece => {
    const part = p.part ?? { index: i + 1, total: 2 };
    return {
      file: p.file,
      hunks,
      part,
      tokens: measureFor(count).file(p.file, hunks, part),
      span: linesOf(hunks),
    };
  });
  return [[a!], [b!]];
}

/** Where to cut a list of sizes so both sides are as even as possible; both sides non-empty. */
function balancedCut(sizes: number[]): number {
  const total = sizes.reduce((n, x) => n + x, 0);
  let best = 1;
  let bestGap = Number.POSITIVE_INFINITY;
  let acc = 0;
  for (let k = 1; k < sizes.length; k++) {
    acc += sizes[k - 1]!;
    const gap = Math.abs(total - 2 * acc);
    if (gap < bestGap) {
      best = k;
      bestGap = gap;
    }
  }
  return best;
}

/** "lines 10–48" of the new file (of the old one for a run of deletions only). */
function linesOf(hunks: Hunk[]): string {
  const right = hunks.filter((h) => h.newLines > 0);
  const [from, to] =
    right.length > 0
      ? [right[0]!.newStart, right.at(-1)!.newStart + right.at(-1)!.newLines - 1]
      : [hunks[0]!.oldStart, hunks.at(-1)!.oldStart + Math.max(hunks.at(-1)!.oldLines, 1) - 1];
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}

/** How a piece is named where it is reported as not reviewed. */
export function pieceName(p: Piece): string {
  const where = [p.part ? `part ${p.part.index}/${p.part.total}` : '', p.span ?? ''].filter(Boolean);
  return where.length > 0 ? `${p.file.path} (${where.join(', ')})` : p.file.path;
}
