import type { Severity } from '../../types.ts';
import type { PipelineResult } from '../../pipeline.ts';
import type { FileDiff } from '../../diff/types.ts';
import { severityRank, type Finding } from '../../findings/types.ts';
import type { SkippedFile } from '../../filter/filter.ts';
import { placedLines } from '../../place/place.ts';

/** What a report says about where the review came from. */
export interface ReportMeta {
  version: string;
  /** The reviewed range or diff file, e.g. `origin/main...HEAD (1a2b3c4..5d6e7f8)`. */
  source: string;
  model: string;
  effort: string;
  /** Absolute path of the repository root, when known: SARIF resolves file paths against it. */
  root?: string;
}

/** One finding as reports show it: where it landed on the diff, and why when not inline. */
export interface ReportedFinding {
  path: string;
  side: 'LEFT' | 'RIGHT';
  line: number;
  startLine: number | null;
  severity: Severity;
  title: string;
  body: string;
  suggestion: string | null;
  /** Inline on the diff, or only in the review body (with the reason). */
  placement: 'inline' | 'body';
  note: string | null;
  /** Identity across runs (file, line text, gist of the title); null when not computed. */
  fingerprint: string | null;
}

/** Every finding the review shows, most severe first, then by file and line. */
export function reportedFindings(r: PipelineResult): ReportedFinding[] {
  const out: ReportedFinding[] = [
    ...r.placement.inline.map((c) => ({
      ...findingText(c.finding),
      path: c.path,
      side: c.side,
      line: c.line,
      startLine: c.startLine,
      placement: 'inline' as const,
      note: c.movedFrom ? `moved to the nearest diff line from line ${c.movedFrom.line}` : null,
      fingerprint: c.mark?.fp ?? null,
    })),
    ...r.placement.body.map((b) => ({
      ...findingText(b.finding),
      path: b.path,
      side: b.finding.side,
      line: b.finding.line,
      startLine: b.finding.startLine,
      placement: 'body' as const,
      note: b.reason,
      fingerprint: b.mark?.fp ?? null,
    })),
  ];
  return out.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) || a.path.localeCompare(b.path) || a.line - b.line,
  );
}

/** A finding the second look refuted: not among the findings, reported apart with why. */
export interface RefutedFinding extends Omit<ReportedFinding, 'placement' | 'note'> {
  confidence: string;
  evidence: string;
}

/** The findings the second look refuted, most severe first (as it checked them). */
export function refutedFindings(r: PipelineResult): RefutedFinding[] {
  return (r.secondLook?.refuted ?? []).map((x) => {
    const p = x.placed;
    return {
      ...findingText(p.finding),
      path: p.path,
      ...placedLines(p),
      fingerprint: p.mark?.fp ?? null,
      confidence: x.confidence,
      evidence: x.evidence,
    };
  });
}

export function findingText(f: Finding) {
  return { severity: f.severity, title: f.title, body: f.body, suggestion: f.suggestion };
}

/** Files not reviewed (skipped or failed), as every report lists them. */
export function notReviewed(xs: SkippedFile[]): { path: string; reason: string }[] {
  return xs.map((s) => ({ path: s.path, reason: s.reason }));
}

/** One line of the walkthrough: what the change to a reviewed file does (null: the model did not say). */
export interface WalkthroughLine {
  path: string;
  summary: string | null;
}

/** The walkthrough of every file this run reviewed, in the plan's order (the model's text, unsanitised). */
export function walkthroughLines(r: PipelineResult): WalkthroughLine[] {
  if (r.requests === 0) return [];
  return r.plan.reviewable.map((f) => ({ path: f.path, summary: r.walkthrough.get(f.path) ?? null }));
}

/** "line 3", "line 3–5", or "old line 3" on the deleted side. */
export function where(f: { line: number; startLine: number | null; side: 'LEFT' | 'RIGHT' }): string {
  const lines = f.startLine !== null && f.startLine < f.line ? `${f.startLine}–${f.line}` : `${f.line}`;
  return f.side === 'LEFT' ? `old line ${lines}` : `line ${lines}`;
}

/** The code a finding points at, as in the diff (up to 12 lines). */
export function codeLines(
  file: FileDiff | undefined,
  f: Pick<ReportedFinding, 'side' | 'line' | 'startLine'>,
): string[] {
  if (!file) return [];
  const from = f.startLine ?? f.line;
  const out: string[] = [];
  for (const h of file.hunks) {
    for (const l of h.lines) {
      const n = f.side === 'LEFT' ? l.oldLine : l.newLine;
      if (n === null || n < from || n > f.line) continue;
      if (f.side === 'LEFT' ? l.kind === 'add' : l.kind === 'delete') continue;
      out.push(`${n} ${l.kind === 'add' ? '+' : l.kind === 'delete' ? '-' : ' '}${l.content}`);
    }
  }
  return out.slice(0, 12);
}
