import type { FileDiff } from '../diff/types.ts';
import { sameLogin } from './authorship.ts';
import { linesChanged, type BotThread } from './threads.ts';

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
