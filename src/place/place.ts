import type { FileDiff, Hunk, Side } from '../diff/types.ts';
import { severityRank, type Finding } from '../findings/types.ts';
import type { Fingerprint } from '../memory/fingerprint.ts';

/** A finding GitHub will accept as an inline comment, exactly where it will be posted. */
export interface InlineFinding {
  finding: Finding;
  path: string;
  side: Side;
  line: number;
  startLine: number | null;
  /** Set when the finding cited lines outside the diff and was anchored to the nearest diff line. */
  movedFrom: { startLine: number | null; line: number } | null;
  /** Committable only when the model's lines were kept exactly and are RIGHT-side lines. */
  committable: boolean;
  /** Identity across runs, set by the memory stage. */
  mark?: Fingerprint;
}

/** A finding that goes in the review body, and why it is not inline. */
export interface BodyFinding {
  finding: Finding;
  /** Resolved path when the file is in the PR; otherwise the path as the model wrote it. */
  path: string;
  reason: string;
  mark?: Fingerprint;
}

/** The lines a placed finding is shown on: an inline one's (perhaps moved) lines, else the model's. */
export function placedLines(p: InlineFinding | BodyFinding): {
  side: Side;
  line: number;
  startLine: number | null;
} {
  return 'line' in p
    ? { side: p.side, line: p.line, startLine: p.startLine }
    : { side: p.finding.side, line: p.finding.line, startLine: p.finding.startLine };
}

export interface Placement {
  inline: InlineFinding[];
  body: BodyFinding[];
}

/** How far outside a hunk a cited line may be and still be anchored to that hunk's nearest line. */
export const SNAP_DISTANCE = 3;

interface FileIndex {
  file: FileDiff;
  /** line number → index of the hunk holding it, per side */
  right: Map<number, number>;
  left: Map<number, number>;
  /** Each hunk's span per side, computed once: a file may have tens of thousands of hunks. */
  rightSpans: HunkSpans;
  leftSpans: HunkSpans;
}

function indexFile(file: FileDiff): FileIndex {
  const right = new Map<number, number>();
  const left = new Map<number, number>();
  file.hunks.forEach((h, i) => {
    for (const l of h.lines) {
      if (l.newLine !== null && file.status !== 'deleted') right.set(l.newLine, i);
      if (l.oldLine !== null && file.status !== 'added') left.set(l.oldLine, i);
    }
  });
  return {
    file,
    right,
    left,
    rightSpans: hunkSpans(file.hunks, 'RIGHT'),
    leftSpans: hunkSpans(file.hunks, 'LEFT'),
  };
}

/** [first, last] line numbers of a hunk on one side, or null when it has none there. */
function span(h: Hunk, side: Side): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of h.lines) {
    const n = side === 'RIGHT' ? l.newLine : l.oldLine;
    if (n === null) continue;
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The hunks' spans on one side, and which hunk lies within SNAP_DISTANCE of a line. */
export interface HunkSpans {
  /** The span of hunk `i`, as `span` computes it. */
  span(i: number): [number, number] | null;
  /** The one hunk within SNAP_DISTANCE of `line`, or null when none or several are. */
  near(line: number): number | null;
}

/**
 * Spans sorted by their first line, with the two largest last lines of every prefix: the hunks that
 * can reach `line` are a prefix (first line at most line + SNAP_DISTANCE), and of those the ones whose
 * last line reaches back to it are counted from the two largest. Exact for hunks in any order, even
 * overlapping ones, in O(log hunks) per line.
 */
export function hunkSpans(hunks: readonly Hunk[], side: Side): HunkSpans {
  const spans = hunks.map((h) => span(h, side));
  const order = spans.flatMap((s, i) => (s ? [i] : [])).sort((a, b) => spans[a]![0] - spans[b]![0]);
  const starts = order.map((i) => spans[i]![0]);
  // best[k], second[k]: the largest and second largest last line among order[0..k]; top[k]: whose is best.
  const best: number[] = [];
  const second: number[] = [];
  const top: number[] = [];
  let b = -Infinity;
  let s2 = -Infinity;
  let t = -1;
  for (const i of order) {
    const hi = spans[i]![1];
    if (hi > b) [s2, b, t] = [b, hi, i];
    else if (hi > s2) s2 = hi;
    best.push(b);
    second.push(s2);
    top.push(t);
  }
  return {
    span: (i) => spans[i] ?? null,
    near: (line) => {
      // The number of spans whose first line is at most line + SNAP_DISTANCE.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid]! <= line + SNAP_DISTANCE) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) return null;
      const reach = line - SNAP_DISTANCE;
      if (best[lo - 1]! < reach || second[lo - 1]! >= reach) return null;
      return top[lo - 1]!;
    },
  };
}

/**
 * Puts each finding where GitHub accepts it: inline on the cited lines when they are in the diff, on the
 * nearest line of the same hunk when that is unambiguous, otherwise in the review body with the reason.
 * Nothing is dropped: every finding comes back in `inline` or `body`. Duplicates (same place, same
 * title and same body, compared case- and whitespace-insensitively) are merged. At most `maxComments` go inline, the most severe first.
 */
export function placeFindings(
  findings: Finding[],
  files: FileDiff[],
  maxComments: number,
  /** A reason to keep a finding out of the diff whatever its lines (e.g. it cites lines of another diff). */
  forceBody: (f: Finding) => string | null = () => null,
): Placement {
  const byPath = new Map<string, FileIndex>();
  for (const f of files) byPath.set(f.path, indexFile(f));
  const resolve = pathResolver(files.map((f) => f.path));

  // Deterministic order whatever order the requests answered in: most severe first, then by place.
  const resolved = findings.map((finding) => ({ finding, path: resolve(finding.path) }));
  const byPlace = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  resolved.sort(
    (a, b) =>
      severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
      byPlace(a.path ?? a.finding.path, b.path ?? b.finding.path) ||
      a.finding.line - b.finding.line ||
      byPlace(a.finding.title, b.finding.title) ||
      byPlace(a.finding.body, b.finding.body),
  );
  const seen = new Set<string>();
  const inline: InlineFinding[] = [];
  const body: BodyFinding[] = [];

  for (const { finding, path } of resolved) {
    // The same finding only when it says the same thing: same place, title and body (an empty or
    // generic title alone says nothing).
    const key = `${path ?? finding.path}\0${finding.side}\0${finding.line}\0${normal(finding.title)}\0${normal(finding.body)}`;
    if (seen.has(key)) continue;
    seen.add(key);

    if (path === null) {
      body.push({ finding, path: finding.path, reason: 'the file is not part of this pull request' });
      continue;
    }
    const forced = forceBody(finding);
    const spot = forced ?? locate(finding, byPath.get(path)!);
    if (typeof spot === 'string') body.push({ finding, path, reason: spot });
    else inline.push({ finding, path, ...spot });
  }
  return capInline({ inline, body }, maxComments);
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

type Spot = Omit<InlineFinding, 'finding' | 'path'>;

function locate(f: Finding, idx: FileIndex): Spot | string {
  const side = f.side;
  const lines = side === 'RIGHT' ? idx.right : idx.left;
  if (lines.size === 0) {
    if (idx.file.binary) return 'the file is binary';
    return side === 'RIGHT'
      ? 'the file has no new-side lines in the diff'
      : 'the file has no old-side lines in the diff';
  }
  if (!Number.isInteger(f.line) || f.line < 1) return `line ${f.line} is not a valid line number`;
  let start =
    f.startLine !== null && Number.isInteger(f.startLine) && f.startLine !== f.line ? f.startLine : null;
  let end = f.line;
  if (start !== null && start > end) [start, end] = [end, start];

  let hunk = lines.get(end);
  let moved = false;
  if (hunk === undefined) {
    // The range's end is off the diff; its start may not be.
    const near = start !== null && lines.has(start) ? lines.get(start)! : spansOf(idx, side).near(end);
    if (near === null) return `line ${end} (${side}) is not part of the diff`;
    const [lo, hi] = spansOf(idx, side).span(near)!;
    end = Math.min(Math.max(end, lo), hi);
    hunk = near;
    moved = true;
  }
  if (start !== null) {
    const [lo] = spansOf(idx, side).span(hunk)!;
    if (lines.get(start) !== hunk) {
      start = Math.max(start, lo);
      moved = true;
    }
    if (start >= end) start = null;
  }
  return {
    side,
    line: end,
    startLine: start,
    movedFrom: moved ? { startLine: f.startLine, line: f.line } : null,
    committable:
      !moved &&
      side === 'RIGHT' &&
      f.suggestion !== null &&
      !sameAsCurrent(idx.file.hunks[hunk]!, start ?? end, end, f.suggestion),
  };
}

/** A suggestion that repeats the current lines would be an empty change; it is not offered. */
function sameAsCurrent(h: Hunk, from: number, to: number, suggestion: string): boolean {
  const current = h.lines
    .filter((l) => l.newLine !== null && l.newLine >= from && l.newLine <= to)
    .map((l) => l.content)
    .join('\n');
  return current === suggestion.replace(/\r?\n$/, '');
}

function spansOf(idx: FileIndex, side: Side): HunkSpans {
  return side === 'RIGHT' ? idx.rightSpans : idx.leftSpans;
}

/** Maps a path as the model wrote it to a PR file: exact, then normalised, then a unique suffix. */
function pathResolver(paths: string[]): (p: string) => string | null {
  const exact = new Set(paths);
  const lower = new Map<string, string[]>();
  for (const p of paths) lower.set(p.toLowerCase(), [...(lower.get(p.toLowerCase()) ?? []), p]);
  return (raw) => {
    if (exact.has(raw)) return raw;
    const p = raw
      .trim()
      .replace(/^["'`]|["'`]$/g, '')
      .replace(/^\.?\//, '')
      .replace(/^[ab]\//, '');
    if (exact.has(p)) return p;
    const ci = lower.get(p.toLowerCase());
    if (ci?.length === 1) return ci[0]!;
    if (p === '') return null;
    const suffix = paths.filter((q) => q.endsWith('/' + p));
    return suffix.length === 1 ? suffix[0]! : null;
  };
}

/** Keeps the `max` most severe inline findings inline (placement order is by severity); the rest go to the body, most severe first. */
export function capInline(p: Placement, max: number): Placement {
  if (p.inline.length <= max) return p;
  const over = p.inline.slice(max).map((c): BodyFinding => ({
    finding: c.finding,
    path: c.path,
    reason: `over the limit of ${max} inline comments (\`max-comments\`)`,
    ...(c.mark ? { mark: c.mark } : {}),
  }));
  // Most severe first, as everywhere findings are listed (the sort is stable: place order within one).
  const body = [...over, ...p.body].sort(
    (a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity),
  );
  return { inline: p.inline.slice(0, max), body };
}
