import type { Logger, PullRequest } from '../types.ts';
import { pullRequestFromApi } from '../event/pull-request.ts';
import { explainGitHubError, type GitHubClient } from './client.ts';

/** The pull request a `pull-request` input or an issue comment names, read from the API. */
export async function fetchPullRequest(
  gh: GitHubClient,
  t: { owner: string; repo: string; number: number },
): Promise<PullRequest> {
  try {
    const res = await gh.rest.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.number });
    return pullRequestFromApi(res.data as unknown as Record<string, unknown>);
  } catch (e) {
    throw explainGitHubError(e, `reading pull request ${t.owner}/${t.repo}#${t.number}`);
  }
}

/** What may have changed on a PR while it was being reviewed. */
export interface PullNow {
  state: string;
  merged: boolean;
  headSha: string;
}

/** The PR as it is now; null when it cannot be read (then the review is posted as planned). */
export async function currentPull(gh: GitHubClient, pr: PullRequest, log: Logger): Promise<PullNow | null> {
  try {
    const res = await gh.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
    return { state: res.data.state, merged: res.data.merged === true, headSha: res.data.head.sha };
  } catch (e) {
    log.warning(`Could not re-read #${pr.number} before posting (${(e as Error).message}); posting anyway.`);
    return null;
  }
}

/** An inline comment of a posted review, with its address. */
export interface PostedComment {
  body: string;
  path: string;
  /** Its line, or, when outdated already, the line it was posted on; null when GitHub gives neither. */
  line: number | null;
  url: string;
}

/** The inline comments of review `reviewId`. */
export async function listReviewComments(
  gh: GitHubClient,
  pr: PullRequest,
  reviewId: number,
): Promise<PostedComment[]> {
  const list = await gh.paginate(gh.rest.pulls.listCommentsForReview, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    review_id: reviewId,
    per_page: 100,
  });
  return list.map((c) => {
    const line =
      (c as { line?: number | null }).line ?? (c as { original_line?: number | null }).original_line;
    return { body: c.body, path: c.path, line: typeof line === 'number' ? line : null, url: c.html_url };
  });
}

/** Takes the deep-review label off so adding it again asks for another deep review. */
export async function removeLabel(
  gh: GitHubClient,
  pr: PullRequest,
  label: string,
  log: Logger,
): Promise<void> {
  try {
    await gh.rest.issues.removeLabel({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      name: label,
    });
    log.info(`Removed the '${label}' label: add it again for another deep review.`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404) return; // already gone
    log.warning(
      `Could not remove the '${label}' label (${status ?? (e as Error).message}): give the job \`pull-requests: write\` (or \`issues: write\`) so it can, or remove it by hand before asking for another deep review.`,
    );
  }
}

/**
 * Sets the PR description to `edit(its current text)`, read just before, so an edit the author made
 * during the review is kept. No write when `edit` leaves it as it is, or gives null.
 */
export async function editPullBody(
  gh: GitHubClient,
  pr: PullRequest,
  edit: (body: string) => string | null,
): Promise<'updated' | 'unchanged'> {
  const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  let body: string;
  try {
    body = (await gh.rest.pulls.get(where)).data.body ?? '';
  } catch (e) {
    throw explainGitHubError(e, `reading the description of #${pr.number}`);
  }
  const next = edit(body);
  if (next === null || next === body) return 'unchanged';
  try {
    // The one edit of the PR the action makes, and only with `describe: true` (src/action/deliver.ts).
    await gh.rest.pulls.update({ ...where, body: next });
  } catch (e) {
    throw explainGitHubError(e, `updating the description of #${pr.number}`);
  }
  return 'updated';
}
