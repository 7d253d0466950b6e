import type { Logger, PullRequest } from '../types.ts';
import type { ReviewComment, ReviewPayload } from '../review/render.ts';
import { moveIntoBody } from '../review/amend.ts';
import { MARKER_PREFIX } from '../memory/markers.ts';
import { isBotAccount } from '../memory/authorship.ts';
import { NO_RETRY, githubErrorText, writeOnce, type GitHubClient } from './client.ts';

// Where they used to live: the unit tests of the body sections still import them from here.

/** A review still PENDING on the PR. GitHub lists a pending review to its author only: the token's user. */
export interface PendingReview {
  id: number;
  login: string;
  bot: boolean;
  body: string;
}

export interface PostedReviewResult {
  id: number;
  url: string;
  /** Inline comments posted. */
  inline: number;
  /** Comments GitHub refused on their lines: listed in the review body instead, with their place. */
  moved: ReviewComment[];
}

/** Body of the short-lived pending reviews that test which comments GitHub accepts. */
export const PROBE_BODY = `vtrix-review is checking which inline comments GitHub accepts; this pending review is deleted right away.\n\n${MARKER_PREFIX}probe -->`;

/** Most pending reviews created to find the comments GitHub refuses (about 2·log2(n) per bad comment). */
export const MAX_PROBES = 24;

type Status = { status?: number };
const statusOf = (e: unknown) => (e as Status).status;

/** A pending review this action may delete: a bot's (a bot drafts nothing by hand) or one carrying our marker. */
function isOurs(p: PendingReview): boolean {
  return p.bot || p.body.includes(MARKER_PREFIX);
}

export async function listPendingReviews(gh: GitHubClient, pr: PullRequest): Promise<PendingReview[]> {
  const all = await gh.paginate(gh.rest.pulls.listReviews, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  return all
    .filter((r) => r.state === 'PENDING')
    .map((r) => ({
      id: r.id,
      login: r.user?.login ?? '',
      bot: isBotAccount(r.user),
      body: r.body ?? '',
    }));
}

/**
 * Deletes pending reviews left by a crashed earlier run: GitHub allows one pending review per user and
 * pull request and refuses every new review (422) while it exists. A person's draft (a personal token)
 * is never touched. Returns the pending reviews that remain.
 */
export async function clearPendingReviews(
  gh: GitHubClient,
  pr: PullRequest,
  log: Logger,
  known?: PendingReview[],
): Promise<PendingReview[]> {
  const pending = known ?? (await listPendingReviews(gh, pr));
  const left: PendingReview[] = [];
  for (const p of pending) {
    if (!isOurs(p)) {
      log.warning(
        `${p.login} has a pending (draft) review on #${pr.number}, and GitHub allows one per user: the review cannot be posted with this token until that draft is submitted or discarded. Use the job's own token (leave \`github-token\` unset) or a token of another account.`,
      );
      left.push(p);
      continue;
    }
    try {
      await gh.rest.pulls.deletePendingReview({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        review_id: p.id,
      });
      log.info(`Deleted pending review ${p.id} left on #${pr.number} by an earlier, interrupted run.`);
    } catch (e) {
      if (statusOf(e) === 404) continue; // already gone
      log.warning(`Could not delete pending review ${p.id} on #${pr.number}: ${(e as Error).message}`);
      left.push(p);
    }
  }
  return left;
}

const isPendingConflict = (e: unknown) =>
  statusOf(e) === 422 && /one pending review/i.test(githubErrorText(e));
const isCommitRefused = (e: unknown) =>
  statusOf(e) === 422 && /no commit found|commit_id|commit sha/i.test(githubErrorText(e));

/**
 * Posts `payload` as ONE review, whatever GitHub throws at it:
 * - a 5xx or lost answer: looks for the review before posting again (never twice);
 * - a leftover pending review of ours (422 "one pending review"): deletes it and posts;
 * - a 422 on the comments although they were validated against the diff (GitHub does not say which):
 *   finds the refused ones with pending reviews that are deleted at once (halving the suspects each
 *   time), moves them into the body with their path and line, and posts the rest;
 * - the reviewed commit no longer in the PR (force-push): posts every comment in the body instead,
 *   on `currentHead`, so no comment lands on a line of other code.
 * Other errors are thrown for the caller to explain.
 */
export async function postReview(
  gh: GitHubClient,
  pr: PullRequest,
  payload: ReviewPayload,
  log: Logger,
  opts: { pending?: PendingReview[]; currentHead?: string | null } = {},
): Promise<PostedReviewResult> {
  if (opts.pending && opts.pending.length > 0) await clearPendingReviews(gh, pr, log, opts.pending);
  let e: unknown;
  try {
    return await post(gh, pr, payload, log, []);
  } catch (first) {
    e = first;
  }
  if (isPendingConflict(e)) {
    // A pending review appeared (or the list read with the history was incomplete): clear and retry once.
    const left = await clearPendingReviews(gh, pr, log);
    if (left.length > 0) throw e;
    try {
      return await post(gh, pr, payload, log, []);
    } catch (second) {
      e = second;
    }
  }
  if (isCommitRefused(e) && payload.comments.length > 0) {
    log.warning(
      `GitHub no longer accepts comments on the reviewed commit ${payload.commit_id.slice(0, 7)} (${githubErrorText(e)}): the comments are posted in the review body instead.`,
    );
    return postInBody(
      gh,
      pr,
      payload,
      log,
      payload.comments,
      'The reviewed commit is no longer part of the pull request (force-push), so these comments could not be placed on its lines',
      opts.currentHead,
    );
  }
  if (statusOf(e) !== 422 || payload.comments.length === 0) throw e;
  const why = githubErrorText(e);
  log.warning(
    `GitHub refused the review (422: ${why}) although every comment is on a line of the diff; finding the comments it refuses.`,
  );
  const refused = await findRefused(gh, pr, payload, log);
  if (refused === 'none') {
    // Every comment passes on its own: the refusal is about the review itself.
    throw e;
  }
  const reason = `GitHub refused these comments on their lines (${why})`;
  try {
    return await post(gh, pr, moveIntoBody(payload, refused, reason), log, refused);
  } catch (again) {
    if (statusOf(again) !== 422) throw again;
    log.warning(
      `GitHub refused the review again (${githubErrorText(again)}): posting every comment in the body.`,
    );
    return postInBody(gh, pr, payload, log, payload.comments, reason, undefined);
  }
}

function postInBody(
  gh: GitHubClient,
  pr: PullRequest,
  payload: ReviewPayload,
  log: Logger,
  comments: ReviewComment[],
  reason: string,
  currentHead: string | null | undefined,
): Promise<PostedReviewResult> {
  const moved = moveIntoBody(payload, comments, reason);
  // Without comments the commit only says which version the review is of; the reviewed one may be gone.
  return post(gh, pr, { ...moved, commit_id: currentHead ?? moved.commit_id }, log, comments);
}

async function post(
  gh: GitHubClient,
  pr: PullRequest,
  payload: ReviewPayload,
  log: Logger,
  moved: ReviewComment[],
): Promise<PostedReviewResult> {
  const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  const res = await writeOnce(
    async () => {
      const r = await gh.rest.pulls.createReview({ ...where, ...payload, request: NO_RETRY });
      return { id: r.data.id, url: r.data.html_url };
    },
    async () => {
      // Ours: submitted, with exactly this body (the body carries the commit and every fingerprint).
      const all = await gh.paginate(gh.rest.pulls.listReviews, { ...where, per_page: 100 });
      const found = all.find((r) => r.state !== 'PENDING' && r.body === payload.body);
      return found ? { id: found.id, url: found.html_url } : null;
    },
    log,
    `posting the review on #${pr.number}`,
  );
  return { ...res, inline: payload.comments.length, moved };
}

/**
 * The comments GitHub refuses, found with pending reviews (invisible to everyone, deleted at once):
 * adaptive halving, so about 2·log2(n) probes per refused comment, at most MAX_PROBES in all. What could
 * not be cleared in that budget counts as refused: it is moved to the body, never lost or misplaced.
 * 'none' when the whole set passes (the refusal was not about a comment).
 */
async function findRefused(
  gh: GitHubClient,
  pr: PullRequest,
  payload: ReviewPayload,
  log: Logger,
): Promise<ReviewComment[] | 'none'> {
  let probes = 0;
  let broken = false;
  const refused = new Set<ReviewComment>();
  const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };

  const probe = async (set: ReviewComment[]): Promise<'ok' | 'bad' | 'unknown'> => {
    if (broken || probes >= MAX_PROBES) return 'unknown';
    probes++;
    let id: number;
    try {
      const r = await gh.rest.pulls.createReview({
        ...where,
        commit_id: payload.commit_id,
        body: PROBE_BODY,
        comments: set,
        request: NO_RETRY,
      });
      id = r.data.id;
    } catch (e) {
      if (statusOf(e) === 422 && !isPendingConflict(e)) return 'bad';
      // A 5xx may have left a pending review behind: stop probing, clean up below.
      broken = true;
      log.warning(`Could not check comments with a pending review (${githubErrorText(e)}).`);
      return 'unknown';
    }
    try {
      await gh.rest.pulls.deletePendingReview({ ...where, review_id: id });
    } catch (e) {
      broken = true;
      log.warning(
        `Could not delete the pending review ${id} used to check comments: ${(e as Error).message}`,
      );
    }
    return 'ok';
  };

  /** `known`: this set is already known to hold a refused comment. */
  const search = async (set: ReviewComment[], known: boolean): Promise<void> => {
    if (!known) {
      const r = await probe(set);
      if (r === 'ok') return;
      if (r === 'unknown') {
        set.forEach((c) => refused.add(c));
        return;
      }
    }
    if (set.length === 1) {
      refused.add(set[0]!);
      return;
    }
    const half = Math.ceil(set.length / 2);
    const left = set.slice(0, half);
    const right = set.slice(half);
    const l = await probe(left);
    if (l === 'unknown') {
      set.forEach((c) => refused.add(c));
      return;
    }
    if (l === 'bad') {
      await search(left, true);
      await search(right, false);
    } else {
      await search(right, true); // the set fails and its left half passes
    }
  };

  const whole = await probe(payload.comments);
  if (whole === 'ok') return 'none';
  if (whole === 'bad') await search(payload.comments, true);
  else payload.comments.forEach((c) => refused.add(c));
  if (broken) await clearPendingReviews(gh, pr, log).catch(() => []);
  log.info(
    `${refused.size} of ${payload.comments.length} comments are refused inline (${probes} pending reviews used to find them).`,
  );
  return payload.comments.filter((c) => refused.has(c));
}
