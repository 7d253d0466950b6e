import type { LinkedIssues, PullRequest } from '../types.ts';
import { core } from '../action-log.ts';
import type { Settings } from '../settings.ts';
import { FORK_NOTICE } from '../event/trigger.ts';
import type { PipelineResult } from '../pipeline.ts';
import type { FileDiff } from '../diff/types.ts';
import type { BotThread } from '../memory/threads.ts';
import type { ReviewComment } from '../review/render.ts';
import { printable, printableMoved, withNewCommitsNote } from '../review/amend.ts';
import { earlierWalkthrough, summaryComments, type SummaryFacts } from '../review/summary-comment.ts';
import { commentLinks, type CommentLinks, type PostedReview } from '../report/summary.ts';
import { explainGitHubError, permissionHint, type GitHubClient } from '../github/client.ts';
import { postReview } from '../github/review.ts';
import { currentPull, editPullBody, listReviewComments } from '../github/pulls.ts';
import { describeFacts, withDescription } from '../review/describe.ts';
import { closeThread, rereadSummary, syncSummaryParts, upsertSummary } from '../github/history-write.ts';
import { parseSummaryState } from '../memory/markers.ts';
import type { History } from '../github/history.ts';
import type { WhoAmI } from '../github/identity.ts';
import type { Recalled } from './memory.ts';
import type { Tally } from '../memory/feedback.ts';

const log = { info: core.info, warning: core.warning };

export type Delivered = PostedReview & {
  /** Inline comments posted. */
  inline: number;
  /** Comments GitHub refused inline, listed in the review body instead. */
  moved: ReviewComment[];
  /** Where each posted comment is, for the job summary's links. */
  links?: CommentLinks;
};

/**
 * Posts the review the pipeline rendered, unless there is nothing to post, it is a dry run, or the PR
 * was closed meanwhile; a fork's read-only token keeps it in the log and the job summary instead.
 */
export async function deliverReview(
  gh: GitHubClient,
  pr: PullRequest,
  s: Settings,
  r: PipelineResult,
  fork: boolean,
  history: History,
): Promise<Delivered> {
  const none = { id: null, url: null, dryRun: s.dryRun, inline: 0, moved: [] };
  if (!r.payload) {
    if (r.requests === 0 && r.plan.reviewable.length === 0 && r.skipped.length > 0) {
      core.notice(`Nothing to review in #${pr.number}: no changed file passed the filters.`);
    } else {
      core.info(`Nothing new to post on #${pr.number} (${r.repeated.length} finding(s) already reported).`);
    }
    return none;
  }
  // Every request failed: a review saying so would only be noise on the PR; the run fails instead.
  if (r.summaries.length === 0) return none;
  if (s.dryRun) {
    core.info(printable(r.payload));
    return { ...none, dryRun: true };
  }

  // The review took a while: the PR may have been closed, or moved on, meanwhile.
  let payload = r.payload;
  const now = await currentPull(gh, pr, log);
  if (now && now.state !== 'open') {
    const what = now.merged ? 'merged' : 'closed';
    const notPosted = `pull request #${pr.number} was ${what} while it was being reviewed`;
    core.notice(
      `Pull request #${pr.number} was ${what} while it was being reviewed, so the review was not posted; its findings are in the log and the job summary.`,
    );
    core.info(printable(payload));
    return { ...none, dryRun: true, notPosted };
  }
  if (now && now.headSha !== payload.commit_id) {
    // Comments stay on the reviewed commit, whose diff their lines come from: GitHub shows them as
    // outdated where the new commits changed those lines, never on other code.
    core.info(
      `New commits arrived while reviewing: the head is now ${now.headSha.slice(0, 7)}; the review is posted on ${payload.commit_id.slice(0, 7)}, the commit that was reviewed.`,
    );
    payload = withNewCommitsNote(payload, now.headSha);
  }

  try {
    const res = await postReview(gh, pr, payload, log, {
      pending: history.pending,
      currentHead: now?.headSha ?? null,
    });
    core.info(
      `Posted review ${res.id} with ${res.inline} inline comments${res.moved.length > 0 ? ` (${res.moved.length} more in the body: GitHub refused them inline)` : ''}: ${res.url}`,
    );
    for (const c of res.moved) core.info(printableMoved(c));
    const links = res.inline > 0 ? await linksTo(gh, pr, res.id) : undefined;
    return {
      id: res.id,
      url: res.url,
      dryRun: false,
      inline: res.inline,
      moved: res.moved,
      ...(links ? { links } : {}),
    };
  } catch (e) {
    if (fork && (e as { status?: number }).status === 403) {
      // Read-only token on a fork PR: keep the review (log and job summary), do not fail the build.
      core.notice(
        FORK_NOTICE.replace(
          'so the PR was not reviewed',
          'so the review could not be posted; it is in the log and job summary',
        ),
      );
      core.info(printable(payload));
      return { ...none, dryRun: true, notPosted: 'the token of a pull request from a fork is read-only' };
    }
    throw explainGitHubError(e, `posting the review on #${pr.number}`);
  }
}

/** The posted comments' links for the job summary; without them (an error) it links to the review. */
async function linksTo(
  gh: GitHubClient,
  pr: PullRequest,
  reviewId: number,
): Promise<CommentLinks | undefined> {
  try {
    return commentLinks(await listReviewComments(gh, pr, reviewId));
  } catch (e) {
    core.info(`Could not list the review's comments for the job summary's links: ${(e as Error).message}.`);
    return undefined;
  }
}

/** Closes the threads of findings that look addressed; one that cannot be closed is a warning. */
export async function closeThreads(gh: GitHubClient, pr: PullRequest, threads: BotThread[]): Promise<void> {
  for (const t of threads) {
    await closeThread(gh, pr, t, log).catch((e: unknown) =>
      core.warning(
        `Could not mark the finding on ${t.path} as addressed: ${(e as Error).message}.${permissionHint(e)}`,
      ),
    );
  }
}

/** What the summary comment (and the job summary) report of a run. */
export interface RunFacts {
  deep: boolean;
  result: PipelineResult;
  /** The whole PR's diff. */
  files: FileDiff[];
  history: History;
  memory: Recalled;
  posted: Delivered;
  /** Earlier findings that look addressed. */
  addressed: number;
  /** The team's feedback on our inline findings (posted, accepted, rejected, fixed). */
  tally?: Tally;
  /** Open findings by severity, earlier and new. */
  open: Record<string, number>;
  /** Prompt tokens a whole-PR review would have sent, on an incremental run. */
  fullPromptTokens: number | null;
  runUrl: string | null;
  /** The issues the description links, and the PR's repository to name them. */
  linkedIssues?: { issues: LinkedIssues; owner: string; repo: string };
}

/**
 * The summary comment and its continuations: logged on a run that posts nothing, else created or
 * updated when this run reviewed something or there is none yet. A failure to post is a warning.
 */
export async function deliverSummary(
  gh: GitHubClient,
  pr: PullRequest,
  s: Settings,
  me: WhoAmI,
  f: RunFacts,
): Promise<void> {
  if (s.dryRun || f.posted.dryRun) {
    const [summary, ...continued] = summaryComments(summaryFacts(pr, f));
    core.info(`=== Summary comment (not posted) ===\n${[summary!, ...continued].join('\n\n---\n\n')}`);
    return;
  }
  if (f.result.requests === 0 && f.history.summaryComment !== null) return;
  try {
    // The state commands keep in the comment (ignored findings, a pause) is theirs: a run only carries
    // it, so it is taken as it is now, not as it was when the run began.
    const now = f.history.summaryComment && (await rereadSummary(gh, pr, f.history.summaryComment, log));
    const history = now
      ? { ...f.history, summaryComment: now, summaryState: parseSummaryState(now.body) }
      : f.history;
    const [summary, ...continued] = summaryComments(summaryFacts(pr, { ...f, history }));
    await upsertSummary(gh, pr, history.summaryComment, summary!, log, me);
    await syncSummaryParts(gh, pr, f.history.summaryParts, continued, log, me);
  } catch (e) {
    core.warning(`Could not post the summary comment: ${(e as Error).message}.${permissionHint(e)}`);
  }
}

/**
 * The generated section of the PR description (`describe: true`), set to this run's summary and
 * walkthrough: only on runs that reviewed something and post. The author's text is never changed
 * (src/review/describe.ts). A failure to write is a warning.
 */
export async function deliverDescription(
  gh: GitHubClient,
  pr: PullRequest,
  s: Settings,
  f: RunFacts,
): Promise<void> {
  if (!s.describe || s.dryRun || f.posted.dryRun || f.result.requests === 0) return;
  const r = f.result;
  const facts = {
    ...describeFacts(r, pr.headSha),
    // An incremental run keeps what the section says of the files it did not review again.
    files: f.files.map((x) => x.path),
    since: f.memory.range.from,
    known: earlierWalkthrough(f.history.summaryComment?.body ?? ''),
  };

  try {
    let full = false;
    const done = await editPullBody(gh, pr, (body) => {
      const next = withDescription(body, facts);
      full = next === null;
      return next;
    });
    if (full)
      core.warning(
        `The description of #${pr.number} has no room for the generated section (GitHub limits it to 65,536 characters).`,
      );
    else
      core.info(
        done === 'updated'
          ? `Updated the generated section of the description of #${pr.number}.`
          : `The description of #${pr.number} is up to date.`,
      );
  } catch (e) {
    core.warning(
      `Could not update the description of #${pr.number}: ${(e as Error).message}.${permissionHint(e)}`,
    );
  }
}

function summaryFacts(pr: PullRequest, f: RunFacts): SummaryFacts {
  const { result: r, history } = f;
  const reviewedPaths = new Set(r.plan.requests.length > 0 ? r.plan.reviewable.map((x) => x.path) : []);
  return {
    deep: f.deep,
    headSha: pr.headSha,
    range: f.memory.range,
    fullReason: f.memory.fullReason,
    verdict: r.verdict,
    summaries: r.summaries,
    walkthrough: r.walkthrough,
    files: f.files,
    reviewedPaths,
    open: f.open,
    newComments: r.placement.inline.length + r.placement.body.length,
    repeated: r.repeated.length,
    addressed: f.addressed,
    skipped: r.skipped,
    failed: r.failed,
    requests: r.requests,
    promptTokens: r.promptTokens,
    completionTokens: r.completionTokens,
    fullPromptTokens: f.fullPromptTokens,
    reviewUrl: f.posted.url,
    runUrl: f.runUrl,
    unlisted: r.unlisted,
    remembered: history.summaryFingerprints,
    ...(r.secondLook ? { secondLook: r.secondLook } : {}),
    ...(history.summaryState ? { state: history.summaryState } : {}),
    ...(f.tally ? { tally: f.tally } : {}),
    ...(f.linkedIssues ? { linkedIssues: f.linkedIssues } : {}),
    ...(history.summaryComment
      ? { earlier: { main: history.summaryComment.body, parts: history.summaryParts.map((p) => p.body) } }
      : {}),
  };
}
