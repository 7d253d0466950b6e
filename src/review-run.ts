import { core } from './action-log.ts';
import type { Settings } from './settings.ts';
import { pullRequestFromApi, type PullRequest } from './event/pull-request.ts';
import { FORK_NOTICE, isForkUnderPullRequest, type Decision } from './event/trigger.ts';
import {
  createGitHubClient,
  explainGitHubError,
  permissionHint,
  type GitHubClient,
} from './github/client.ts';
import { addToBody, postReview } from './github/review.ts';
import { fetchPullRequestDiff, fromListedFile } from './github/diff.ts';
import { readRepoFile } from './github/contents.ts';
import { withRepoConfig } from './config/load.ts';
import {
  closeThread,
  compareSince,
  loadHistory,
  syncSummaryParts,
  upsertSummary,
  type History,
} from './github/history.ts';
import { addressedThreads } from './memory/threads.ts';
import { planReview } from './plan.ts';
import { summaryComments } from './review/summary-comment.ts';
import type { FileDiff } from './diff/types.ts';
import { createModelCall } from './model/client.ts';
import { countTokens, createTokenCounter } from './chunk/tokens.ts';
import { reviewPullRequest, type PipelineResult } from './pipeline.ts';
import type { ReviewComment, ReviewPayload } from './review/render.ts';
import {
  boundJobSummary,
  jobSummary,
  placeKey,
  type CommentLinks,
  type PostedReview,
} from './report/summary.ts';
import { parseFindingMarker } from './memory/markers.ts';
import { gate, gateMessage, heldThreads } from './findings/gate.ts';
import { whoAmI, writeAccess, type WhoAmI } from './github/identity.ts';
import { sameLogin } from './memory/authorship.ts';
import { codeSpan, registerRepository } from './review/sanitize.ts';

type Review = Extract<Decision, { kind: 'review' }>;

/** The review itself, loaded only when there is one to make (the early exits stay fast). */
export async function review(
  s: Settings,
  d: Review,
  eventName: string,
  payload: Record<string, unknown>,
): Promise<void> {
  const log = { info: core.info, warning: core.warning };
  const gh = createGitHubClient(
    s.githubToken,
    process.env['GITHUB_API_URL'] || 'https://api.github.com',
    log,
  );
  try {
    const pr = 'pr' in d.target ? d.target.pr : await fetchPullRequest(gh, d.target);
    // Links to this repository's issues stay live in what is posted; other repositories' are neutralised.
    registerRepository(pr.owner, pr.repo);
    // The repository's rules come from the base commit: a pull request cannot change its own review.
    s = await withRepoConfig(
      s,
      (path) => readRepoFile(gh, pr, path, pr.baseSha),
      `the base branch (${pr.baseRef || 'base'} at ${pr.baseSha.slice(0, 7)})`,
      { keepEffort: d.trigger === 'label', count: countTokens, log },
    );
    if (s.reasoningEffort !== d.effort)
      d = { ...d, effort: s.reasoningEffort, deep: s.reasoningEffort === 'xhigh' };
    core.setOutput('trigger', d.trigger);
    core.setOutput('effort', d.effort);
    core.info(
      `${d.deep ? 'Deep review' : 'Review'} (${d.trigger}) at effort ${d.effort}, max ${s.maxTokens} output tokens per request.`,
    );
    const me = whoAmI(gh, log);
    const history = await readHistory(gh, pr, me);
    const diff = await fetchPullRequestDiff(gh, pr, log);
    // Resolved threads that still count: resolved by the author (or without write access), code unchanged.
    const held = await heldThreads(history.threads, diff.files, {
      author: pr.author,
      isUs: async (login) => sameLogin(login, (await me()).login),
      canWrite: writeAccess(gh, pr, log),
    });
    for (const h of held)
      core.info(`The finding on ${h.thread.path} still counts as open: its thread was ${h.why}.`);
    const heldIds = new Set(held.map((h) => h.thread.commentId));
    const stillOpen = (t: History['threads'][number]) => !t.resolved || heldIds.has(t.commentId);

    // Automatic runs review only what is new since our last review, when the branch moved forward.
    let reviewFiles: FileDiff[] | null = null;
    let range: { from: string | null; to: string } = { from: null, to: pr.headSha };
    let fullReason: string | null = null;
    const lastHead = history.lastHead;
    if (s.incremental && d.trigger === 'automatic' && lastHead) {
      if (lastHead === pr.headSha) {
        reviewFiles = [];
        range = { from: pr.headSha, to: pr.headSha };
        core.info(`Commit ${pr.headSha.slice(0, 7)} was already reviewed: nothing new to review.`);
      } else {
        const since = await compareSince(gh, pr, lastHead).catch((e: unknown) => {
          core.warning(
            `Could not compare ${lastHead.slice(0, 7)}...${pr.headSha.slice(0, 7)}: ${(e as Error).message}`,
          );
          return null;
        });
        if (since) {
          reviewFiles = (since.files ?? []).map(fromListedFile);
          range = { from: lastHead, to: pr.headSha };
          core.info(
            `Incremental review of ${lastHead.slice(0, 7)}..${pr.headSha.slice(0, 7)}: ${reviewFiles.length} changed files.`,
          );
        } else {
          fullReason = `the branch no longer contains ${lastHead.slice(0, 7)} (force-push or rebase)`;
          core.info(`Reviewing the whole PR: ${fullReason}.`);
        }
      }
    }

    const options = {
      ...s,
      effort: s.reasoningEffort,
      deep: d.deep,
      runUrl: runUrl(),
      readFile: (path: string) => readAtHead(gh, pr, path),
    };
    // One counter for the run: the full-PR plan below (for the tokens an incremental run saved)
    // finds most of its text already counted.
    const count = createTokenCounter();
    const result = await reviewPullRequest(
      pr,
      diff.files,
      diff.notListed,
      options,
      createModelCall(s, countTokens),
      count,
      log,
      {
        reviewFiles,
        remembered: {
          open: history.threads.filter(stillOpen),
          body: history.bodyFingerprints,
        },
        firstReview: history.lastReview === null,
      },
    );
    const fork = isForkUnderPullRequest(eventName, payload);
    const posted = await deliver(gh, pr, s, result, fork, history);

    // Threads of ours whose finding is gone from the changed lines are closed; then the summary.
    const reviewedPaths = new Set(result.plan.reviewable.map((f) => f.path));
    const addressed =
      result.requests > 0 ? addressedThreads(history.threads, result.marks, reviewedPaths, diff.files) : [];
    if (!s.dryRun && !posted.dryRun) {
      for (const t of addressed) {
        await closeThread(gh, pr, t, log).catch((e: unknown) =>
          core.warning(
            `Could not mark the finding on ${t.path} as addressed: ${(e as Error).message}.${permissionHint(e)}`,
          ),
        );
      }
    }
    const fullPromptTokens =
      reviewFiles !== null
        ? planReview(pr, diff.files, options, count).requests.reduce((n, q) => n + q.promptTokens, 0)
        : null;
    const open: Record<string, number> = {};
    const addressedIds = new Set(addressed.map((t) => t.commentId));
    for (const t of history.threads)
      if (stillOpen(t) && !addressedIds.has(t.commentId)) open[t.sev] = (open[t.sev] ?? 0) + 1;
    for (const x of [...result.placement.inline, ...result.placement.body]) {
      open[x.finding.severity] = (open[x.finding.severity] ?? 0) + 1;
    }
    const [summary, ...continued] = summaryComments({
      deep: d.deep,
      headSha: pr.headSha,
      range,
      fullReason,
      verdict: result.verdict,
      summaries: result.summaries,
      files: diff.files,
      reviewedPaths: new Set(result.plan.requests.length > 0 ? reviewedPaths : []),
      open,
      newComments: result.placement.inline.length + result.placement.body.length,
      repeated: result.repeated.length,
      addressed: addressed.length,
      skipped: result.skipped,
      failed: result.failed,
      requests: result.requests,
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens,
      fullPromptTokens,
      reviewUrl: posted.url,
      runUrl: runUrl(),
      unlisted: result.unlisted,
      remembered: history.summaryFingerprints,
      ...(history.summaryComment
        ? { earlier: { main: history.summaryComment.body, parts: history.summaryParts.map((p) => p.body) } }
        : {}),
    });
    if (s.dryRun || posted.dryRun) {
      core.info(`=== Summary comment (not posted) ===\n${[summary!, ...continued].join('\n\n---\n\n')}`);
    } else if (result.requests > 0 || history.summaryComment === null) {
      try {
        await upsertSummary(gh, pr, history.summaryComment, summary!, log, me);
        await syncSummaryParts(gh, pr, history.summaryParts, continued, log, me);
      } catch (e) {
        core.warning(`Could not post the summary comment: ${(e as Error).message}.${permissionHint(e)}`);
      }
    }
    await report(result, posted, d, { addressed: addressed.length, fullPromptTokens });
    // The gate: dry runs and fork runs too, the findings exist whether or not they were posted.
    const g = gate(open, s.failOn);
    core.setOutput('blocking', g.blocking);
    if (s.failOn !== 'none' && g.blocking > 0) {
      const where = posted.url
        ? `the review ${posted.url}`
        : posted.dryRun
          ? `the job summary${runUrl() ? ` of ${runUrl()}` : ''} (the review was not posted)`
          : `the open review threads of ${pr.htmlUrl || `#${pr.number}`}`;
      core.setFailed(gateMessage(g, s.failOn, where, held));
    }
  } finally {
    if (d.label && !s.dryRun && 'pr' in d.target) await removeLabel(gh, d.target.pr, d.label);
  }
}

/** Larger files are not read for context (they would not fit the per-file cap anyway). */
const MAX_CONTEXT_BYTES = 200_000;

/**
 * A changed file's text at the reviewed head commit (GitHub contents API, `ref: headSha`), for
 * full-file context. Null when it is not a readable text file there; errors are the caller's to count.
 */
async function readAtHead(gh: GitHubClient, pr: PullRequest, path: string): Promise<string | null> {
  try {
    const res = await gh.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path, ref: pr.headSha });
    const data = res.data as { type?: string; encoding?: string; content?: string; size?: number };
    if (Array.isArray(res.data) || data.type !== 'file' || data.encoding !== 'base64') return null;
    if ((data.size ?? 0) > MAX_CONTEXT_BYTES || typeof data.content !== 'string') return null;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}

/** Earlier runs' reviews, threads and summary; without them (no permission) every finding is new. */
async function readHistory(gh: GitHubClient, pr: PullRequest, me: WhoAmI): Promise<History> {
  try {
    return await loadHistory(gh, pr, { info: core.info, warning: core.warning }, me);
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

async function fetchPullRequest(
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

/** Takes the deep-review label off so adding it again asks for another deep review. */
async function removeLabel(gh: GitHubClient, pr: PullRequest, label: string): Promise<void> {
  try {
    await gh.rest.issues.removeLabel({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      name: label,
    });
    core.info(`Removed the '${label}' label: add it again for another deep review.`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404) return; // already gone
    core.warning(
      `Could not remove the '${label}' label (${status ?? (e as Error).message}): give the job \`pull-requests: write\` (or \`issues: write\`) so it can, or remove it by hand before asking for another deep review.`,
    );
  }
}

function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = process.env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : null;
}

type Delivered = PostedReview & {
  /** Inline comments posted. */
  inline: number;
  /** Comments GitHub refused inline, listed in the review body instead. */
  moved: ReviewComment[];
  /** Where each posted comment is, for the job summary's links. */
  links?: CommentLinks;
};

async function deliver(
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
  const now = await currentPull(gh, pr);
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
    payload = {
      ...payload,
      body: addToBody(
        payload.body,
        `> [!NOTE]\n> New commits arrived while this review ran: it is a review of ${payload.commit_id.slice(0, 7)}, and the head is now ${now.headSha.slice(0, 7)}. Comments on lines the new commits changed show as outdated; the next run reviews the new commits.`,
      ),
    };
  }

  try {
    const res = await postReview(gh, pr, payload, coreLog(), {
      pending: history.pending,
      currentHead: now?.headSha ?? null,
    });
    core.info(
      `Posted review ${res.id} with ${res.inline} inline comments${res.moved.length > 0 ? ` (${res.moved.length} more in the body: GitHub refused them inline)` : ''}: ${res.url}`,
    );
    for (const c of res.moved)
      core.info(`--- moved into the review body: ${c.path}:${c.line} (${c.side})\n${c.body}`);
    const links = res.inline > 0 ? await commentLinks(gh, pr, res.id) : undefined;
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

/**
 * The posted review's comments, for links from the job summary: by the fingerprint in each comment's
 * marker, and by path and line. Without them (an error) the summary links to the review instead.
 */
async function commentLinks(
  gh: GitHubClient,
  pr: PullRequest,
  reviewId: number,
): Promise<CommentLinks | undefined> {
  try {
    const list = await gh.paginate(gh.rest.pulls.listCommentsForReview, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      review_id: reviewId,
      per_page: 100,
    });
    const links: CommentLinks = { byFingerprint: new Map(), byPlace: new Map() };
    for (const c of list) {
      const mark = parseFindingMarker(c.body);
      if (mark) links.byFingerprint.set(mark.fp, c.html_url);
      const line =
        (c as { line?: number | null }).line ?? (c as { original_line?: number | null }).original_line;
      if (typeof line === 'number') links.byPlace.set(placeKey(c.path, line), c.html_url);
    }
    return links;
  } catch (e) {
    core.info(`Could not list the review's comments for the job summary's links: ${(e as Error).message}.`);
    return undefined;
  }
}

const coreLog = () => ({ info: core.info, warning: core.warning });

/** The PR as it is now; null when it cannot be read (then the review is posted as planned). */
async function currentPull(
  gh: GitHubClient,
  pr: PullRequest,
): Promise<{ state: string; merged: boolean; headSha: string } | null> {
  try {
    const res = await gh.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
    return { state: res.data.state, merged: res.data.merged === true, headSha: res.data.head.sha };
  } catch (e) {
    core.warning(`Could not re-read #${pr.number} before posting (${(e as Error).message}); posting anyway.`);
    return null;
  }
}

/** The review as it would be posted, for the log of a dry run. */
export function printable(p: ReviewPayload): string {
  const comments = p.comments.map(
    (c) => `--- ${c.path}:${c.start_line ? `${c.start_line}-` : ''}${c.line} (${c.side})\n${c.body}`,
  );
  return [`=== Review (not posted, commit ${p.commit_id}) ===`, p.body, ...comments].join('\n\n');
}

async function report(
  r: PipelineResult,
  posted: Delivered,
  d: Review,
  extra: { addressed: number; fullPromptTokens: number | null },
): Promise<void> {
  core.setOutput('review-id', posted.id ?? '');
  core.setOutput('review-url', posted.url ?? '');
  core.setOutput('comments', posted.dryRun ? (r.payload?.comments.length ?? 0) : posted.inline);
  core.setOutput('findings', r.findings.length);
  core.setOutput('requests', r.requests);
  core.setOutput('prompt-tokens', r.promptTokens);
  core.setOutput('completion-tokens', r.completionTokens);

  let md = jobSummary(r, posted, d.deep ? 'vtrix-review — deep review' : 'vtrix-review', posted.links);
  const saved = extra.fullPromptTokens !== null ? Math.max(0, extra.fullPromptTokens - r.promptTokens) : null;
  md += `\n${r.repeated.length} finding(s) already reported were not repeated; ${extra.addressed} earlier finding(s) look addressed.${saved !== null ? ` Incremental review: ${saved} prompt tokens not sent (a whole-PR review would send ${extra.fullPromptTokens}).` : ''}\n`;
  if (posted.moved.length > 0) {
    md += `\n### Moved into the review body\nGitHub refused these comments on their lines, so the review body lists them instead:\n${posted.moved.map((c) => `- ${codeSpan(c.path)} line ${c.line} (${c.side}): ${c.body.split('\n')[0]}`).join('\n')}\n`;
  }
  if (posted.dryRun && r.payload) {
    md += `\n<details open><summary>Review that would be posted</summary>\n\n${r.payload.body}\n\n${r.payload.comments.map((c) => `**${codeSpan(c.path)} line ${c.line} (${c.side})**\n\n${c.body}`).join('\n\n---\n\n')}\n</details>\n`;
  }
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(boundJobSummary(md)).write();

  if (r.requests > 0 && r.failed.length > 0) {
    if (r.summaries.length === 0) {
      throw new Error(`Every model request failed, so nothing was reviewed (${r.failed[0]!.reason}).`);
    }
    core.warning(
      `${r.failed.length} file part(s) were not reviewed because model requests failed; see the review body.`,
    );
  }
}
