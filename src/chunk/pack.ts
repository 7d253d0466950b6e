import type { TokenCounter } from '../types.ts';
import type { DiffLine, FileDiff, Hunk } from '../diff/types.ts';
import { FILE_FOOTER, fileHeader, renderLine, subHunk } from './diff-text.ts';
import { measureFor, type DiffMeasure } from './measure.ts';
import type { ImageFile } from '../images/types.ts';

/**
 * A file, or one part of a file too large for one request. The model sees it as
 * `renderFile(file, hunks, part)`, rendered when the request is sent.
 */
export interface Piece {
  file: FileDiff;
  hunks: Hunk[];
  part: { index: number; total: number } | null;
  tokens: number;
  /** Set on a piece split off a file after an answer was cut off: the lines it holds, e.g. "lines 40–95". */
  span?: string;
}

/** What one model request reviews. */
export interface Chunk {
  index: number;
  pieces: Piece[];
  tokens: number;
  /** Whole texts of some of its files, for reference (src/context/full-files.ts); not in `tokens`. */
  context?: { text: string }[];
  /** Changed image files it shows (src/images/pack.ts); counted in `tokens`. */
  images?: ImageFile[];
}

/**
 * Packs files into as few requests as the budget allows: whole files where they fit (first-fit
 * decreasing, within 11/9 of the optimum), a file larger than a request split at hunk boundaries, a
 * hunk larger than a request split by lines. `budget` is the diff tokens one request may carry.
 */
export function planChunks(files: FileDiff[], budget: number, count: TokenCounter): Chunk[] {
  if (budget < 50) throw new Error(`The per-request token budget (${budget}) is too small to hold any diff.`);
  const measure = measureFor(count);
  const pieces: Piece[] = [];
  for (const f of files) {
    // Exact, and each line is counted once: splitting below reuses the counts.
    const tokens = measure.file(f, f.hunks, null);
    if (tokens <= budget) pieces.push({ file: f, hunks: f.hunks, part: null, tokens });
    else pieces.push(...splitFile(f, budget, count, measure));
  }

  const total = pieces.reduce((s, p) => s + p.tokens, 0);
  let bins: Piece[][];
  if (total <= budget) {
    bins = [pieces];
  } else {
    // First-fit decreasing is within 11/9 of the optimum. Preferring a request that already holds the
    // same directory keeps related files side by side; it is used only when it needs no more requests.
    const plain = firstFitDecreasing(pieces, budget, false);
    const grouped = firstFitDecreasing(pieces, budget, true);
    bins = grouped.length <= plain.length ? grouped : plain;
  }
  // Within a request, files of one directory sit side by side, in path order, parts in order.
  return bins.map((b, index) => {
    const sorted = [...b].sort(
      (x, y) => x.file.path.localeCompare(y.file.path) || (x.part?.index ?? 0) - (y.part?.index ?? 0),
    );
    return { index, pieces: sorted, tokens: sorted.reduce((s, p) => s + p.tokens, 0) };
  });
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function firstFitDecreasing(pieces: Piece[], budget: number, byDirectory: boolean): Piece[][] {
  const bins: Piece[][] = [];
  const room: number[] = [];
  const dirs: Set<string>[] = [];
  const order = [...pieces].sort((a, b) => b.tokens - a.tokens || a.file.path.localeCompare(b.file.path));
  for (const p of order) {
    const dir = dirOf(p.file.path);
    let i = byDirectory ? room.findIndex((r, k) => r >= p.tokens && dirs[k]!.has(dir)) : -1;
    if (i < 0) i = room.findIndex((r) => r >= p.tokens);
    if (i >= 0) {
      bins[i]!.push(p);
      room[i]! -= p.tokens;
      dirs[i]!.add(dir);
    } else {
      bins.push([p]);
      room.push(budget - p.tokens);
      dirs.push(new Set([dir]));
    }
  }
  return bins;
}

function splitFile(f: FileDiff, budget: number, count: TokenCounter, measure: DiffMeasure): Piece[] {
  // Room for the part header and footer of each piece (the part number has at most a few digits).
  const frame = count(fileHeader(f, { index: 99999, total: 99999 }) + FILE_FOOTER);
  const room = budget - frame;
  if (room < 20) throw new Error(`The per-request token budget (${budget}) cannot hold a part of ${f.path}.`);

  const units: { hunk: Hunk; tokens: number }[] = [];
  for (const h of f.hunks) {
    const tokens = measure.hunk(h);
    if (tokens <= room) units.push({ hunk: h, tokens });
    else units.push(...splitHunk(h, room, count, measure));
  }

  const groups: { hunks: Hunk[]; tokens: number }[] = [];
  let cur: { hunks: Hunk[]; tokens: number } = { hunks: [], tokens: 0 };
  for (const u of units) {
    if (cur.hunks.length > 0 && cur.tokens + u.tokens > room) {
      groups.push(cur);
      cur = { hunks: [], tokens: 0 };
    }
    cur.hunks.push(u.hunk);
    cur.tokens += u.tokens;
  }
  if (cur.hunks.length > 0) groups.push(cur);

  // Counts add up exactly, so one group is the whole file (it did not fit, so there are two or more).
  return groups.map((g, i) => {
    const part = { index: i + 1, total: groups.length };
    return { file: f, hunks: g.hunks, part, tokens: frame + g.tokens };
  });
}

function splitHunk(
  h: Hunk,
  room: number,
  count: TokenCounter,
  measure: DiffMeasure,
): { hunk: Hunk; tokens: number }[] {
  const headerTokens = 24; // `@@ -a,b +c,d @@ section` with numbers of any size
  const sectionTokens = count(h.section);
  const lineRoom = room - headerTokens - sectionTokens;
  const lines: DiffLine[] = [];
  const costs: number[] = [];
  for (const l of h.lines) {
    let t = measure.line(l);
    let line = l;
    if (t > lineRoom) [line, t] = shortenLine(l, lineRoom, count);
    lines.push(line);
    costs.push(t);
  }
  const fitted: Hunk = { ...h, lines };

  const out: { hunk: Hunk; tokens: number }[] = [];
  let from = 0;
  let used = headerTokens + sectionTokens;
  for (let i = 0; i < lines.length; i++) {
    const t = costs[i]!;
    if (i > from && used + t > room) {
      // `used` counts the header at its largest, so it never under-counts the rendered sub-hunk.
      out.push({ hunk: subHunk(fitted, from, i), tokens: used });
      from = i;
      used = headerTokens + sectionTokens;
    }
    used += t;
  }
  out.push({ hunk: subHunk(fitted, from, lines.length), tokens: used });
  return out;
}

/**
 * One line larger than a whole request (minified code, a data blob) is shown cut, with a note; the
 * line keeps its number, so findings on it still place. Placement uses the original diff, not this.
 */
function shortenLine(l: DiffLine, room: number, count: TokenCounter): [DiffLine, number] {
  let keep = Math.max(0, Math.floor(l.content.length * 0.8 * (room / count(renderLine(l) + '\n'))));
  for (;;) {
    const cut = {
      ...l,
      content: `${l.content.slice(0, keep)} […${l.content.length - keep} more characters not shown]`,
    };
    const t = count(renderLine(cut) + '\n');
    if (t <= room || keep === 0) return [cut, t];
    keep = Math.max(0, Math.floor(keep * 0.7));
  }
}
