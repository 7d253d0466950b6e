import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { readSettings, type Settings } from './settings.ts';
import { pullRequestFromEvent, type PullRequest } from './event/pull-request.ts';
import { createGitHubClient, explainGitHubError, type GitHubClient } from './github/client.ts';
import { fetchPullRequestDiff } from './github/diff.ts';
import { createModelCall } from './model/client.ts';
import { countTokens } from './chunk/tokens.ts';
import { reviewPullRequest, type PipelineResult } from './pipeline.ts';
import type { ReviewPayload } from './review/render.ts';
import { jobSummary, type PostedReview } from './report/summary.ts';

/** The action: read settings and the event, review the pull request, post one review, report. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name), { requireApiKey: true });
    core.setSecret(settings.apiKey);
    if (!settings.githubToken) {
      throw new Error(
        "Input 'github-token' is empty: leave it unset (it defaults to ${{ github.token }}) or pass a token.",
      );
    }
    const pr = pullRequestFromEvent(process.env['GITHUB_EVENT_NAME'] ?? '', readEvent());
    if (pr.state === 'closed') {
      core.notice(`Pull request #${pr.number} is closed; nothing to review.`);
      return;
    }
    const log = { info: core.info, warning: core.warning };
    const gh = createGitHubClient(
      settings.githubToken,
      process.env['GITHUB_API_URL'] || 'https://api.github.com',
      log,
    );
    const diff = await fetchPullRequestDiff(gh, pr, log);
    const result = await reviewPullRequest(
      pr,
      diff.files,
      diff.notListed,
      { ...settings, effort: settings.reasoningEffort, deep: false, runUrl: runUrl() },
      createModelCall(settings),
      countTokens,
      log,
    );
    const posted = await deliver(gh, pr, settings, result);
    await report(result, posted);
  } catch (e) {
    core.setFailed((e as Error).message ?? String(e));
  }
}

function readEvent(): Record<string, unknown> {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path)
    throw new Error('GITHUB_EVENT_PATH is not set: vtrix-review must run as a step of a GitHub Actions job.');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`Cannot read the event payload at ${path}: ${(e as Error).message}`, { cause: e });
  }
}

function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = process.env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : null;
}

async function deliver(
  gh: GitHubClient,
  pr: PullRequest,
  s: Settings,
  r: PipelineResult,
): Promise<PostedReview> {
  if (!r.payload) {
    core.notice(`Nothing to review in #${pr.number}: no changed file passed the filters.`);
    return { id: null, url: null, dryRun: s.dryRun };
  }
  if (r.summaries.length === 0) {
    // Every request failed: a review saying so would only be noise on the PR; the run fails instead.
    return { id: null, url: null, dryRun: s.dryRun };
  }
  if (s.dryRun) {
    core.info(printable(r.payload));
    return { id: null, url: null, dryRun: true };
  }
  try {
    const res = await gh.rest.pulls.createReview({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      ...r.payload,
    });
    core.info(
      `Posted review ${res.data.id} with ${r.payload.comments.length} inline comments: ${res.data.html_url}`,
    );
    return { id: res.data.id, url: res.data.html_url, dryRun: false };
  } catch (e) {
    throw explainGitHubError(e, `posting the review on #${pr.number}`);
  }
}

/** The review as it would be posted, for the log of a dry run. */
export function printable(p: ReviewPayload): string {
  const comments = p.comments.map(
    (c) => `--- ${c.path}:${c.start_line ? `${c.start_line}-` : ''}${c.line} (${c.side})\n${c.body}`,
  );
  return [`=== Review (dry run, commit ${p.commit_id}) ===`, p.body, ...comments].join('\n\n');
}

async function report(r: PipelineResult, posted: PostedReview): Promise<void> {
  core.setOutput('review-id', posted.id ?? '');
  core.setOutput('review-url', posted.url ?? '');
  core.setOutput('comments', r.payload ? r.payload.comments.length : 0);
  core.setOutput('findings', r.findings.length);
  core.setOutput('requests', r.requests);
  core.setOutput('prompt-tokens', r.promptTokens);
  core.setOutput('completion-tokens', r.completionTokens);

  let md = jobSummary(r, posted, 'vtrix-review');
  if (posted.dryRun && r.payload)
    md += `\n<details open><summary>Review that would be posted</summary>\n\n${r.payload.body}\n\n${r.payload.comments.map((c) => `**\`${c.path}\` line ${c.line} (${c.side})**\n\n${c.body}`).join('\n\n---\n\n')}\n</details>\n`;
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(md).write();

  if (r.requests > 0 && r.failed.length > 0) {
    const failedRequests = new Set(r.failed.map((f) => f.reason)).size;
    if (r.summaries.length === 0) {
      throw new Error(`Every model request failed, so nothing was reviewed (${r.failed[0]!.reason}).`);
    }
    core.warning(
      `${r.failed.length} file part(s) were not reviewed because ${failedRequests} model request(s) failed; see the review body.`,
    );
  }
}
