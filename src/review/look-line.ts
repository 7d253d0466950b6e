import type { Refuted } from '../verify/apply.ts';

/** What the second look did, as the review, the summary comment and the job summary count it. */
export interface LookTally {
  candidates: number;
  checked: number;
  confirmed: number;
  unsure: number;
  unchecked: number;
  refuted: readonly Refuted[];
  withTools: boolean;
}

/** One line for the review body and the summary comment: how many were checked, and what came of it. */
export function lookLine(t: LookTally, refutedWhere: string): string {
  const parts = [`${t.confirmed} confirmed`];
  if (t.unsure > 0) parts.push(`${t.unsure} kept though doubted (low confidence)`);
  if (t.refuted.length > 0) parts.push(`${t.refuted.length} refuted (not posted; ${refutedWhere})`);
  if (t.unchecked > 0) parts.push(`${t.unchecked} not checked (posted as found)`);
  const n = t.candidates;
  return `🔍 **Second look:** ${n} critical and major finding${n === 1 ? '' : 's'} checked again${t.withTools ? ' with the repository tools' : ''}: ${parts.join(', ')}.`;
}
