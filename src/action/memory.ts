import type { PullRequest } from '../types.ts';
import { core } from '../action-log.ts';
import type { Settings } from '../settings.ts';
import type { Trigger } from '../event/trigger.ts';
import type { FileDiff } from '../diff/types.ts';
import type { Placement } from '../place/place.ts';
import { addressedThreads, type BotThread } from '../memory/threads.ts';
import type { PipelineResult } from '../pipeline.ts';
import { sameLogin } from '../memory/authorship.ts';
import { heldThreads, type Held } from '../memory/held.ts';
import { feedbackTally, rejectedFindings, type Rejected, type Tally } from '../memory/feedback.ts';
import type { GitHubClient } from '../github/client.ts';
import { diffSince } from '../github/diff.ts';
import { loadHistory, type History } from '../github/history.ts';
import { writeAccess, type WhoAmI } from '../github/identity.ts';

// What the run knows from earlier runs on the PR, and what it makes of it.

const log = { info: core.info, warning: core.warning };

/** Earlier runs' reviews, threads and summary; without them (no permission) every finding is new. */
export async function readHistory(gh: GitHubClient, pr: PullRequest, me: WhoAmI): Promise<History> {
  try {
    return await loadHistory(gh, pr, log, me);
  } catch (e) {
    core.warning(
      `Could not read earlier reviews of #${pr.number} (${(e as Error).message}): reviewing as if for the first time.`,
    );
    return {
      lastReview: null,
      lastHead: null,
      bodyFingerprints: [],
      threads: [],
      summaryComment: null,
      summaryParts: [],
      summaryFingerprints: [],
      graphql: false,
      pending: [],
    };
  }
}

export interface Recalled {
  /** Resolved threads that still count: resolved by the author (or without write access), code unchanged. */
  held: Held[];
  /** Open threads, and resolved ones that are held. */
  stillOpen: (t: BotThread) => boolean;
  /** What the model reviews when not the whole PR: the commits since the last review. */
  reviewFiles: FileDiff[] | null;
  range: { from: string | null; to: string };
  /** Why an automatic run reviews the whole PR although an earlier run reviewed some of it. */
  fullReason: string | null;
}

/** The threads that still count, and what is new since the last review. */
export async function recall(
  gh: GitHubClient,
  pr: PullRequest,
  s: Settings,
  trigger: Trigger,
  history: History,
  files: FileDiff[],
  me: WhoAmI,
): Promise<Recalled> {
  const held = await heldThreads(history.threads, files, {
    author: pr.author,
    isUs: async (login) => sameLogin(login, (await me()).login),
    canWrite: writeAccess(gh, pr, log),
  });
  for (const h of held)
    core.info(`The finding on ${h.thread.path} still counts as open: its thread was ${h.why}.`);
  const heldIds = new Set(held.map((h) => h.thread.commentId));
  const stillOpen = (t: BotThread) => !t.resolved || heldIds.has(t.commentId);
  const since =
    s.incremental && trigger === 'automatic' && history.lastHead
      ? await sinceLastReview(gh, pr, history.lastHead)
      : { reviewFiles: null, range: { from: null, to: pr.headSha }, fullReason: null };
  return { held, stillOpen, ...since };
}

/** Automatic runs review only what is new since our last review, when the branch moved forward. */
async function sinceLastReview(
  gh: GitHubClient,
  pr: PullRequest,
  lastHead: string,
): Promise<Pick<Recalled, 'reviewFiles' | 'range' | 'fullReason'>> {
  if (lastHead === pr.headSha) {
    core.info(`Commit ${pr.headSha.slice(0, 7)} was already reviewed: nothing new to review.`);
    return { reviewFiles: [], range: { from: pr.headSha, to: pr.headSha }, fullReason: null };
  }
  const files = await diffSince(gh, pr, lastHead).catch((e: unknown) => {
    core.warning(
      `Could not compare ${lastHead.slice(0, 7)}...${pr.headSha.slice(0, 7)}: ${(e as Error).message}`,
    );
    return null;
  });
  if (files) {
    core.info(
      `Incremental review of ${lastHead.slice(0, 7)}..${pr.headSha.slice(0, 7)}: ${files.length} changed files.`,
    );
    return { reviewFiles: files, range: { from: lastHead, to: pr.headSha }, fullReason: null };
  }
  const fullReason = `the branch no longer contains ${lastHead.slice(0, 7)} (force-push or rebase)`;
  core.info(`Reviewing the whole PR: ${fullReason}.`);
  return { reviewFiles: null, range: { from: null, to: pr.headSha }, fullReason };
}

/** Our threads whose finding is gone from the changed lines this run reviewed: they look addressed. */
export function addressedBy(r: PipelineResult, history: History, files: FileDiff[]): BotThread[] {
  if (r.requests === 0) return [];
  const reviewedPaths = new Set(r.plan.reviewable.map((f) => f.path));
  return addressedThreads(history.threads, r.marks, reviewedPaths, files);
}

/** Open findings by severity after this run: earlier ones still open and not addressed, and the new. */
export function openFindings(
  history: History,
  m: Recalled,
  addressed: BotThread[],
  placement: Placement,
): Record<string, number> {
  const open: Record<string, number> = {};
  const addressedIds = new Set(addressed.map((t) => t.commentId));
  const openFps = new Set<string>();
  for (const t of history.threads)
    if (m.stillOpen(t) && !addressedIds.has(t.commentId)) {
      open[t.sev] = (open[t.sev] ?? 0) + 1;
      openFps.add(t.fp);
    }
  for (const x of [...placement.inline, ...placement.body]) {
    // A full review may post again a finding whose thread is still open: one problem, counted once.
    if (x.mark && openFps.has(x.mark.fp)) continue;
    open[x.finding.severity] = (open[x.finding.severity] ?? 0) + 1;
  }
  return open;
}

/**
 * What the team rejected on this PR (👎, a rejecting reply, resolved without a change, `ignore`): never
 * posted again, whatever the run.
 */
export function rejectedOn(history: History, files: FileDiff[]): Rejected {
  const r = rejectedFindings(history.threads, files, history.summaryState?.ignored ?? []);
  if (r.fps.size > 0)
    core.info(`${r.fps.size} finding(s) the team rejected on this PR will not be posted again.`);
  return r;
}

/** The feedback tally after this run: earlier threads as the team left them, and what this run posted inline. */
export function tallyOf(
  history: History,
  files: FileDiff[],
  addressed: BotThread[],
  postedInline: number,
): Tally {
  return feedbackTally(
    history.threads,
    files,
    history.summaryState?.ignored ?? [],
    new Set(addressed.map((t) => t.commentId)),
    postedInline,
  );
}
