import type { FileDiff } from '../diff/types.ts';
import { sameLogin } from '../memory/authorship.ts';
import { linesChanged, type BotThread } from '../memory/threads.ts';
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

/** A resolved thread of ours that still counts as open for `fail-on`, and why. */
export interface Held {
  thread: BotThread;
  why: string;
}

/** Who resolved a thread, as far as the gate cares. */
export interface Resolvers {
  /** The PR's author: resolving their own findings without changing the code clears nothing. */
  author: string;
  /** The token's own account (this action resolved the thread because its lines changed). */
  isUs(login: string): Promise<boolean>;
  /** Write access to the repository (admin, maintain or write). */
  canWrite(login: string): Promise<boolean>;
}

/**
 * Resolved threads that do not clear their finding: a thread is cleared when its lines changed since
 * (outdated, or other text now), or when it was resolved by this action or by someone other than the
 * PR's author with write access. Anything else keeps blocking: the author clicking "Resolve" is not a
 * review. Threads read without GraphQL are never `resolved` (unknown counts as open already).
 */
export async function heldThreads(
  threads: readonly BotThread[],
  files: FileDiff[],
  who: Resolvers,
): Promise<Held[]> {
  const held: Held[] = [];
  for (const t of threads) {
    if (!t.resolved || linesChanged(t, files)) continue;
    const by = t.resolvedBy ?? null;
    let why: string | null = null;
    if (by === null) why = 'resolved by an app or a deleted account without a change to its lines';
    else if (sameLogin(by, who.author)) why = 'resolved by the author without a change to its lines';
    // Write access first: it is the usual case, and asking who we are may cost a request.
    else if (!(await who.canWrite(by)) && !(await who.isUs(by)))
      why = `resolved by ${by}, who has no write access, without a change to its lines`;
    if (why !== null) held.push({ thread: t, why });
  }
  return held;
}

const isSeverity = (s: string): s is Severity => (SEVERITIES as readonly string[]).includes(s);

/** Why the step failed, where the findings are, and why resolved threads among them still count. */
export function gateMessage(g: Gate, failOn: Severity, where: string, held: readonly Held[] = []): string {
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
