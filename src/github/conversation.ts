/** The conversation's writes: a reaction on the comment that holds a command, and our answer to it. */
import type { ThreadPlace } from '../event/comment.ts';
import type { Logger } from '../types.ts';
import { explainGitHubError, NO_RETRY, writeOnce, type GitHubClient } from './client.ts';

export interface Where {
  owner: string;
  repo: string;
  number: number;
}

/**
 * A reaction on a comment: on the PR's conversation (an issue comment) or in a review thread. GitHub
 * answers 200 when the token's account had already reacted so, 201 when the reaction is new.
 */
export async function addReaction(
  gh: GitHubClient,
  w: Where,
  place: ThreadPlace,
  commentId: number,
  content: 'eyes' | '+1' | 'confused',
): Promise<void> {
  const args = { owner: w.owner, repo: w.repo, comment_id: commentId, content };
  try {
    if (place.kind === 'conversation') await gh.rest.reactions.createForIssueComment(args);
    else await gh.rest.reactions.createForPullRequestReviewComment(args);
  } catch (e) {
    throw explainGitHubError(e, `reacting to comment ${commentId} on #${w.number}`);
  }
}

/**
 * Posts our answer where the command was: a reply in the review thread (GitHub takes replies to the
 * thread's first comment only), else a comment on the PR's conversation. Returns its link. Not written
 * twice when GitHub's answer is lost: the body (with its marker naming the comment) is looked for first.
 */
export async function postAnswer(
  gh: GitHubClient,
  w: Where,
  place: ThreadPlace,
  commentId: number,
  body: string,
  log: Logger,
): Promise<string> {
  const repo = { owner: w.owner, repo: w.repo };
  const what = `answering comment ${commentId} on #${w.number}`;
  try {
    if (place.kind === 'review-thread') {
      return await writeOnce(
        async () =>
          (
            await gh.rest.pulls.createReplyForReviewComment({
              ...repo,
              pull_number: w.number,
              comment_id: place.inReplyToId ?? commentId,
              body,
              request: NO_RETRY,
            })
          ).data.html_url,
        async () => {
          const all = await gh.paginate(gh.rest.pulls.listReviewComments, {
            ...repo,
            pull_number: w.number,
            per_page: 100,
          });
          return all.find((c) => c.body === body)?.html_url ?? null;
        },
        log,
        what,
      );
    }
    return await writeOnce(
      async () =>
        (await gh.rest.issues.createComment({ ...repo, issue_number: w.number, body, request: NO_RETRY }))
          .data.html_url,
      async () => {
        const all = await gh.paginate(gh.rest.issues.listComments, {
          ...repo,
          issue_number: w.number,
          per_page: 100,
        });
        return all.find((c) => c.body === body)?.html_url ?? null;
      },
      log,
      what,
    );
  } catch (e) {
    throw explainGitHubError(e, what);
  }
}
