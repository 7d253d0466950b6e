/** The issues a pull request's description links, read for the review's prompt. */
import type { LinkedIssue, LinkedIssues, Logger, PullRequest, TokenCounter } from '../types.ts';
import {
  fitIssues,
  issueName,
  linkedIssueRefs,
  MAX_LINKED_ISSUES,
  MAX_ISSUE_TOKENS,
  sameRepo,
  webHost,
  type IssueRef,
} from '../prompt/linked-issues.ts';
import type { GitHubClient } from './client.ts';

/**
 * Each issue the description links, read with its title and body (cut to fit MAX_ISSUE_TOKENS in
 * all). Nothing here fails the run: an issue that cannot be read is a notice and listed in `unread`.
 * Another repository's issue is read only when that repository is public: a token that can read a
 * private one (a personal token) must not let a PR author copy its issues into a review.
 */
export async function readLinkedIssues(
  gh: GitHubClient,
  pr: PullRequest,
  count: TokenCounter,
  log: Logger,
): Promise<LinkedIssues> {
  const here = { owner: pr.owner, repo: pr.repo, host: webHost(pr.htmlUrl) };
  const { refs, more } = linkedIssueRefs(pr.body, here);
  const unread: LinkedIssues['unread'] = more.map((r) => ({
    name: issueName(r, pr),
    why: `over the limit of ${MAX_LINKED_ISSUES} linked issues`,
  }));
  const read: LinkedIssue[] = [];
  for (const ref of refs) {
    const got = await readIssue(gh, ref, pr);
    if ('why' in got) unread.push({ name: issueName(ref, pr), why: got.why });
    else read.push(got);
  }
  const { kept, dropped } = fitIssues(read, pr, count, MAX_ISSUE_TOKENS);
  for (const d of dropped)
    unread.push({
      name: issueName(d, pr),
      why: `no room left in the ${MAX_ISSUE_TOKENS} tokens for linked issues`,
    });
  for (const u of unread) log.info(`Linked issue ${u.name} not sent to the model: ${u.why}.`);
  if (kept.length > 0)
    log.info(`Linked issues sent with the review: ${kept.map((i) => issueName(i, pr)).join(', ')}.`);
  return { read: kept, unread };
}

async function readIssue(
  gh: GitHubClient,
  ref: IssueRef,
  pr: PullRequest,
): Promise<LinkedIssue | { why: string }> {
  try {
    if (!sameRepo(ref, pr)) {
      const repo = await gh.rest.repos.get({ owner: ref.owner, repo: ref.repo });
      if (repo.data.private !== false) return { why: 'another repository that is not public' };
    }
    const res = await gh.rest.issues.get({ owner: ref.owner, repo: ref.repo, issue_number: ref.number });
    if (res.data.pull_request) return { why: 'a pull request, not an issue' };
    return { ...ref, title: res.data.title, body: res.data.body ?? '' };
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404 || status === 410)
      return { why: `not found (HTTP ${status}), or the token cannot read it` };
    if (status === 403) return { why: 'the token may not read it (HTTP 403)' };
    return { why: `could not be read (${(e as Error).message})` };
  }
}
