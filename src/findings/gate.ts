import { SEVERITIES, type Severity } from '../types.ts';
import { atLeast } from './types.ts';
import { countsText } from './verdict.ts';

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
    counts: countsText(Object.fromEntries(over.map((s) => [s, open[s]!]))),
  };
}

/** A resolved thread that still counts as open for `fail-on` (see memory/held.ts), and why. */
export interface HeldFinding {
  thread: { sev: string };
  why: string;
}

const isSeverity = (s: string): s is Severity => (SEVERITIES as readonly string[]).includes(s);

/** Why the step failed, where the findings are, and why resolved threads among them still count. */
export function gateMessage(
  g: Gate,
  failOn: Severity,
  where: string,
  held: readonly HeldFinding[] = [],
): string {
  const reasons = new Map<string, number>();
  for (const h of held)
    if (isSeverity(h.thread.sev) && atLeast(h.thread.sev, failOn))
      reasons.set(h.why, (reasons.get(h.why) ?? 0) + 1);
  const why = [...reasons]
    .map(([text, n]) => `${n} ${n === 1 ? 'is in a thread' : 'are in threads'} ${text}`)
    .join('; ');
  const still = why ? ` Of these, ${why}, which does not clear a finding.` : '';
  return `${g.blocking} open finding${g.blocking === 1 ? '' : 's'} at or above \`fail-on: ${failOn}\` (${g.counts}): see ${where}.${still} Fix them, or have a reviewer with write access resolve their review threads once they are dealt with, and run the review again.`;
}
