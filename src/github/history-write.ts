import type { Logger, PullRequest } from '../types.ts';
import type { BotThread } from '../memory/threads.ts';
import { UNKNOWN_IDENTITY, authoredByUs, needsIdentity } from '../memory/authorship.ts';
import { addressedReply } from '../review/amend.ts';
import { NO_RETRY, writeOnce, type GitHubClient } from './client.ts';
import type { History } from './history.ts';
import type { WhoAmI } from './identity.ts';

// What a run writes back to the PR's memory: threads closed, the summary comment and its continuations.

/** Resolves a thread whose finding looks fixed, or, when that is not permitted, says so once. */
export async function closeThread(
  gh: GitHubClient,
  pr: PullRequest,
  t: BotThread,
  log: Logger,
): Promise<'resolved' | 'replied' | 'none'> {
  if (t.nodeId) {
    try {
      await gh.graphql(
        'mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }',
        { threadId: t.nodeId },
      );
      return 'resolved';
    } catch (e) {
      log.info(`Could not resolve thread ${t.nodeId} (${(e as Error).message}); replying instead.`);
    }
  }
  if (t.replied) return 'none';
  // Not retried blindly (a reply after a lost answer would be a duplicate): a failure is a warning, and
  // the next run replies, since it sees no reply.
  await gh.rest.pulls.createReplyForReviewComment({
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    comment_id: t.commentId,
    body: addressedReply(pr.headSha),
    request: NO_RETRY,
  });
  return 'replied';
}

/**
 * The summary comment as it is now: a command (`ignore`, `pause`) may have changed it while a long run
 * reviewed. The run's own copy when it cannot be read again (the write then decides).
 */
export async function rereadSummary(
  gh: GitHubClient,
  pr: PullRequest,
  existing: NonNullable<History['summaryComment']>,
  log: Logger,
): Promise<NonNullable<History['summaryComment']>> {
  try {
    const { data } = await gh.rest.issues.getComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
    });
    return { id: existing.id, body: data.body ?? '' };
  } catch (e) {
    log.info(
      `Could not read the summary comment again (${(e as Error).message}); writing from this run's copy.`,
    );
    return existing;
  }
}

/** Creates the one summary comment, or updates it in place (not at all when unchanged). */
export async function upsertSummary(
  gh: GitHubClient,
  pr: PullRequest,
  existing: History['summaryComment'],
  body: string,
  log: Logger,
  me: WhoAmI,
): Promise<number> {
  if (existing) {
    if (existing.body !== body) {
      await gh.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
    }
    return existing.id;
  }
  const where = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
  return writeOnce(
    async () => (await gh.rest.issues.createComment({ ...where, body, request: NO_RETRY })).data.id,
    () => ourCommentWith(gh, pr, body, me),
    log,
    `posting the summary comment on #${pr.number}`,
  );
}

/**
 * Brings the summary comment's continuations to `bodies` (part 1 first): each updated in place when it
 * changed, created when missing; continuations no longer needed (and duplicates of a part) are deleted.
 */
export async function syncSummaryParts(
  gh: GitHubClient,
  pr: PullRequest,
  existing: History['summaryParts'],
  bodies: string[],
  log: Logger,
  me: WhoAmI,
): Promise<void> {
  const where = { owner: pr.owner, repo: pr.repo };
  const byPart = new Map<number, History['summaryParts'][number]>();
  const surplus: number[] = [];
  for (const p of existing) {
    if (p.part >= 1 && p.part <= bodies.length && !byPart.has(p.part)) byPart.set(p.part, p);
    else surplus.push(p.id);
  }
  for (const [i, body] of bodies.entries()) {
    const old = byPart.get(i + 1);
    if (old) {
      if (old.body !== body) await gh.rest.issues.updateComment({ ...where, comment_id: old.id, body });
      continue;
    }
    await writeOnce(
      async () =>
        (await gh.rest.issues.createComment({ ...where, issue_number: pr.number, body, request: NO_RETRY }))
          .data.id,
      () => ourCommentWith(gh, pr, body, me),
      log,
      `posting part ${i + 1} of the summary comment on #${pr.number}`,
    );
  }
  for (const id of surplus) await gh.rest.issues.deleteComment({ ...where, comment_id: id });
}

/** Our comment on the PR with exactly `body`, if a write whose answer was lost made it after all. */
async function ourCommentWith(
  gh: GitHubClient,
  pr: PullRequest,
  body: string,
  me: WhoAmI,
): Promise<number | null> {
  const all = await gh.paginate(gh.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  const same = all.filter((c) => c.body === body);
  const identity = needsIdentity(same.map((c) => c.user)) ? await me() : UNKNOWN_IDENTITY;
  return same.find((c) => authoredByUs(c.user, identity))?.id ?? null;
}
