import type { FileDiff } from '../diff/types.ts';
import { sameFinding, type Fingerprint } from './fingerprint.ts';
import { linesChanged, type BotThread } from './threads.ts';

// What the team made of our findings, read from the PR on each run: reactions, replies, resolved threads.

/** The team's verdict on one of our inline findings. */
export type Feedback = 'open' | 'accepted' | 'rejected' | 'fixed';

/**
 * One thread's verdict. Rejected: a 👎, a reply that rejects it (`rejectingReply`), an `ignore` command
 * (its fingerprint in `ignored`), or resolved without a change to its lines. Fixed: resolved after its
 * lines changed, or marked addressed (our reply, or this run: `addressedNow`). Accepted: a 👍. A 👎 wins
 * over everything: one reviewer saying "wrong" is enough not to say it again.
 */
export function threadFeedback(
  t: BotThread,
  files: FileDiff[],
  ignored: ReadonlySet<string>,
  addressedNow = false,
): Feedback {
  if (ignored.has(t.fp) || (t.reactions?.down ?? 0) > 0 || (t.replies ?? []).some(rejectingReply))
    return 'rejected';
  if (t.replied || addressedNow) return 'fixed';
  if (t.resolved) return linesChanged(t, files) ? 'fixed' : 'rejected';
  return (t.reactions?.up ?? 0) > 0 ? 'accepted' : 'open';
}

/**
 * A reply that rejects the finding: its first line starts with "false positive", "not a bug", "not an
 * issue", "won't fix", "wontfix", "by design", "intended" or "ignore", after any @-mentions (so an
 * `@vtrix-review ignore` no run answered still counts).
 */
export function rejectingReply(text: string): boolean {
  const first = (text.trim().split('\n')[0] ?? '').replace(/^(?:@[\w-]+(?:\[bot\])?[\s,:]*)+/, '');
  return /^(?:false[\s-]positive|not an? (?:bug|issue|problem)|won['’]?t fix|wontfix|by design|intended|ignore)\b/i.test(
    first.trim(),
  );
}

/** Findings never posted again on this PR: rejected threads (matched as `sameFinding`) and ignored fingerprints. */
export interface Rejected {
  marks: Fingerprint[];
  fps: ReadonlySet<string>;
}

export const NO_REJECTED: Rejected = { marks: [], fps: new Set() };

export function rejectedFindings(
  threads: readonly BotThread[],
  files: FileDiff[],
  ignored: readonly string[],
): Rejected {
  const fps = new Set(ignored);
  const marks = threads.filter((t) => threadFeedback(t, files, fps) === 'rejected');
  for (const t of marks) fps.add(t.fp);
  return { marks, fps };
}

/** Whether a finding (its fingerprint) is one the team rejected: same fingerprint, or said again at the same place. */
export function isRejected(m: Fingerprint | undefined, r: Rejected): boolean {
  return m !== undefined && (r.fps.has(m.fp) || r.marks.some((k) => sameFinding(k, m)));
}

/** What the summary comment reports of the team's feedback on the PR. */
export interface Tally {
  /** Our inline findings on the PR, this run's included. */
  posted: number;
  accepted: number;
  rejected: number;
  fixed: number;
}

/**
 * The tally over our threads (as read at the start of the run) and `newlyPosted` inline findings of
 * this run; `addressed` are the threads this run found addressed.
 */
export function feedbackTally(
  threads: readonly BotThread[],
  files: FileDiff[],
  ignored: readonly string[],
  addressed: ReadonlySet<number>,
  newlyPosted: number,
): Tally {
  const fps = new Set(ignored);
  const t: Tally = { posted: threads.length + newlyPosted, accepted: 0, rejected: 0, fixed: 0 };
  for (const x of threads) {
    const f = threadFeedback(x, files, fps, addressed.has(x.commentId));
    if (f !== 'open') t[f]++;
  }
  return t;
}

/** "5 posted, 1 accepted (👍), 2 rejected, 1 fixed". */
export function tallyText(t: Tally): string {
  return `${t.posted} posted, ${t.accepted} accepted (👍), ${t.rejected} rejected, ${t.fixed} fixed`;
}
