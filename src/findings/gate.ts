import { SEVERITIES, atLeast, type Severity } from './types.ts';

/** What `fail-on` found open: how many findings block, and by severity ("1 critical · 2 major"). */
export interface Gate {
  blocking: number;
  counts: string;
}

/**
 * The findings at or above `failOn` among `open` (open findings by severity: this run's posted ones
 * plus earlier unresolved threads of ours). `none` never blocks.
 */
export function gate(open: Readonly<Record<string, number>>, failOn: Severity | 'none'): Gate {
  if (failOn === 'none') return { blocking: 0, counts: '' };
  const over = SEVERITIES.filter((s) => atLeast(s, failOn) && (open[s] ?? 0) > 0);
  return {
    blocking: over.reduce((n, s) => n + open[s]!, 0),
    counts: over.map((s) => `${open[s]} ${s}`).join(' · '),
  };
}

/** Why the step failed, and where the findings are. */
export function gateMessage(g: Gate, failOn: Severity, where: string): string {
  return `${g.blocking} open finding${g.blocking === 1 ? '' : 's'} at or above \`fail-on: ${failOn}\` (${g.counts}): see ${where}. Fix them, or resolve their review threads once they are dealt with, and run the review again.`;
}
