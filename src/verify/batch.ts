import type { Severity, TokenCounter } from '../types.ts';
import type { Side } from '../diff/types.ts';
import { severityRank, type Finding } from '../findings/types.ts';
import type { BodyFinding, InlineFinding, Placement } from '../place/place.ts';

/** The severities a second look checks (issue 14): the findings worth a second request. */
export const CHECKED_SEVERITIES: readonly Severity[] = ['critical', 'major'];
/** Findings one second-look request checks at most: few enough for the model to look at each. */
export const MAX_FINDINGS_PER_LOOK = 8;
/** Of a second-look request's prompt, the findings and their code at most (tool turns come on top). */
export const MAX_LOOK_TOKENS = 40_000;

/** A finding about to be posted, as the second look sees it, with the id the model answers by. */
export interface Candidate {
  id: string;
  /** The placed finding itself: what is kept or taken out of the placement. */
  placed: InlineFinding | BodyFinding;
  finding: Finding;
  path: string;
  side: Side;
  line: number;
  startLine: number | null;
}

/**
 * The findings of `placement` the second look checks: those at a checked severity, most severe first,
 * numbered F1, F2, … Inline findings are checked where they will be posted; body findings where the
 * model cited them.
 */
export function candidates(
  placement: Placement,
  severities: readonly Severity[] = CHECKED_SEVERITIES,
): Candidate[] {
  const wanted = new Set(severities);
  const inline = placement.inline.map((i) => ({
    placed: i,
    finding: i.finding,
    path: i.path,
    side: i.side,
    line: i.line,
    startLine: i.startLine,
  }));
  const body = placement.body.map((b) => ({
    placed: b,
    finding: b.finding,
    path: b.path,
    side: b.finding.side,
    line: b.finding.line,
    startLine: b.finding.startLine,
  }));
  return [...inline, ...body]
    .filter((c) => wanted.has(c.finding.severity))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity))
    .map((c, k) => ({ id: `F${k + 1}`, ...c }));
}

/**
 * The candidates in batches of at most MAX_FINDINGS_PER_LOOK and about `maxTokens` of rendered text
 * (`render` gives a candidate's text). Findings of one file go together, so one tool call can settle
 * several; a candidate larger than the budget alone is a batch of its own.
 */
export function batches(
  list: readonly Candidate[],
  render: (c: Candidate) => string,
  count: TokenCounter,
  maxTokens = MAX_LOOK_TOKENS,
  maxFindings = MAX_FINDINGS_PER_LOOK,
): { candidates: Candidate[]; tokens: number }[] {
  const order = new Map<string, number>();
  for (const c of list) if (!order.has(c.path)) order.set(c.path, order.size);
  const byFile = [...list].sort((a, b) => order.get(a.path)! - order.get(b.path)!);
  const out: { candidates: Candidate[]; tokens: number }[] = [];
  let current: { candidates: Candidate[]; tokens: number } | null = null;
  for (const c of byFile) {
    const tokens = count(render(c));
    if (current && (current.candidates.length >= maxFindings || current.tokens + tokens > maxTokens)) {
      out.push(current);
      current = null;
    }
    current ??= { candidates: [], tokens: 0 };
    current.candidates.push(c);
    current.tokens += tokens;
  }
  if (current) out.push(current);
  return out;
}
