import type { FileDiff } from '../diff/types.ts';
import type { BodyFinding, InlineFinding, Placement } from '../place/place.ts';
import { isRejected, type Rejected } from './feedback.ts';
import { fingerprint, linesText, sameFinding, type Fingerprint } from './fingerprint.ts';

/** What earlier runs already said on this PR. */
export interface Remembered {
  /** Our inline comments in unresolved threads. */
  open: Fingerprint[];
  /** Fingerprints of findings earlier reviews listed in their body. */
  body: string[];
}

/** Gives every placed finding its fingerprint, from the text of the lines it is placed on. */
export function markPlacement(p: Placement, files: FileDiff[]): Placement {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const inline = p.inline.map((c) => ({
    ...c,
    mark: fingerprint(
      c.path,
      linesText(byPath.get(c.path), c.side, c.startLine ?? c.line, c.line),
      c.finding.title,
      c.finding.body,
    ),
  }));
  const body = p.body.map((b) => {
    const f = b.finding;
    const text = linesText(byPath.get(b.path), f.side, f.startLine ?? f.line, f.line);
    return { ...b, mark: fingerprint(b.path, text, f.title, f.body) };
  });
  return { inline, body };
}

export interface Deduped {
  placement: Placement;
  /** Findings already on the PR (open thread, or an earlier review's body): not posted again. */
  repeated: (InlineFinding | BodyFinding)[];
}

/**
 * Drops findings an earlier run already posted and that are still open: an open thread saying the same
 * thing at the same place (`sameFinding`), or a body-listed finding with the same fingerprint. Needs
 * marked placement.
 */
export function dropRepeats(p: Placement, known: Remembered): Deduped {
  const body = new Set(known.body);
  const seen = (m: Fingerprint | undefined): boolean =>
    m !== undefined && (body.has(m.fp) || known.open.some((k) => sameFinding(k, m)));
  const repeated: (InlineFinding | BodyFinding)[] = [];
  const inline = p.inline.filter((c) => (seen(c.mark) ? (repeated.push(c), false) : true));
  const kept = p.body.filter((b) => (seen(b.mark) ? (repeated.push(b), false) : true));
  return { placement: { inline, body: kept }, repeated };
}

/**
 * Drops findings the team rejected (`rejectedFindings`): never posted again on this PR, whatever the
 * run (an incremental, a full or a deep review). Needs marked placement.
 */
export function dropRejected(
  p: Placement,
  r: Rejected,
): { placement: Placement; rejected: (InlineFinding | BodyFinding)[] } {
  const rejected: (InlineFinding | BodyFinding)[] = [];
  const inline = p.inline.filter((c) => (isRejected(c.mark, r) ? (rejected.push(c), false) : true));
  const body = p.body.filter((b) => (isRejected(b.mark, r) ? (rejected.push(b), false) : true));
  return { placement: { inline, body }, rejected };
}
