import type { BodyFinding, InlineFinding, Placement } from '../place/place.ts';
import type { Candidate } from './batch.ts';
import type { Check, Confidence } from './schema.ts';

/** A finding the second look refuted: not posted inline, listed with the reason in the summary comment. */
export interface Refuted {
  placed: InlineFinding | BodyFinding;
  confidence: Confidence;
  evidence: string;
}

/** What the second look did to the findings about to be posted. */
export interface LookOutcome {
  /** The placement without the refuted findings. */
  placement: Placement;
  refuted: Refuted[];
  /** Candidates the model answered for. */
  checked: number;
  confirmed: number;
  /** Refuted with low confidence: kept, since a refutation needs evidence. */
  unsure: number;
  /** Candidates with no verdict: their request failed, was over the budget, or left them out. */
  unchecked: number;
}

/**
 * Applies the model's verdicts to the candidates. Only a refutation with high or medium confidence
 * takes a finding out; a candidate without a verdict is kept as it is. The first verdict for an id
 * counts; ids that name no candidate are ignored.
 */
export function applyChecks(
  placement: Placement,
  list: readonly Candidate[],
  checks: readonly Check[],
): LookOutcome {
  const byId = new Map<string, Check>();
  for (const c of checks) if (!byId.has(c.id)) byId.set(c.id, c);
  const out: LookOutcome = { placement, refuted: [], checked: 0, confirmed: 0, unsure: 0, unchecked: 0 };
  const gone = new Set<InlineFinding | BodyFinding>();
  for (const c of list) {
    const v = byId.get(c.id);
    if (!v) {
      out.unchecked++;
      continue;
    }
    out.checked++;
    if (v.verdict === 'confirmed') out.confirmed++;
    else if (v.confidence === 'low') out.unsure++;
    else {
      gone.add(c.placed);
      out.refuted.push({ placed: c.placed, confidence: v.confidence, evidence: v.evidence });
    }
  }
  if (gone.size > 0) {
    out.placement = {
      inline: placement.inline.filter((i) => !gone.has(i)),
      body: placement.body.filter((b) => !gone.has(b)),
    };
  }
  return out;
}
