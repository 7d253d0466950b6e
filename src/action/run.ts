import type { PullRequest } from '../types.ts';
import { core } from '../action-log.ts';
import { secondLookEnabled, toolsEnabled, type Settings } from '../settings.ts';
import type { Decision } from '../event/trigger.ts';
import { withRepoConfig } from '../config/load.ts';
import { countTokens, createTokenCounter } from '../chunk/tokens.ts';
import { createModelClient } from '../model/client.ts';
import { planReview } from '../plan.ts';
import { plannedOptions, reviewPullRequest, type PipelineResult } from '../pipeline.ts';
import type { BaseEntry } from '../repo/base.ts';
import { gate, gateMessage } from '../findings/gate.ts';
import { registerRepository } from '../review/sanitize.ts';
import { createGitHubClient, type GitHubClient } from '../github/client.ts';
import { readRepoEntry, readRepoFile } from '../github/contents.ts';
import { fetchPullRequestDiff } from '../github/diff.ts';
import { readLinkedIssues } from '../github/issues.ts';
import { whoAmI } from '../github/identity.ts';
import { fetchPullRequest, removeLabel } from '../github/pulls.ts';
import type { ActionInputs } from './inputs.ts';
import {
  addressedBy,
  openFindings,
  readHistory,
  recall,
  rejectedOn,
  tallyOf,
  type Recalled,
} from './memory.ts';
import { pausedReason } from './feedback.ts';
import {
  closeThreads,
  deliverReview,
  deliverDescription,
  deliverSummary,
  type Delivered,
} from './deliver.ts';
import { writeDecision, writeGate, writeResults, writeSkipped } from './outputs.ts';
import { openTools, type OpenTools } from './tools.ts';

type Review = Extract<Decision, { kind: 'review' }>;

const log = { info: core.info, warning: core.warning };

/** Larger files are not read for context (they would not fit the per-file cap anyway). */
const MAX_CONTEXT_BYTES = 200_000;

/** What a review run did: for the answer to a command that asked for it. */
export interface Reviewed {
  pr: PullRequest;
  result: PipelineResult;
  posted: Delivered;
  memory: Recalled;
}

export interface ReviewOptions {
  /** The run's client, when the caller has one already. */
  gh?: GitHubClient;
  /** `s` has the repository's configuration applied already (the conversation read it). */
  configured?: boolean;
}

/**
 * The review itself, loaded only when there is one to make (the early exits stay fast):
 * pull request → configuration → memory → pipeline → delivery → outputs.
 */
export async function review(
  inputs: ActionInputs,
  s: Settings,
  d: Review,
  o: ReviewOptions = {},
): Promise<Reviewed | null> {
  const gh = o.gh ?? createGitHubClient(s.githubToken, inputs.apiUrl, log);
  let repoTools: OpenTools | null = null;
  try {
    let pr = 'pr' in d.target ? d.target.pr : await fetchPullRequest(gh, d.target);
    // Links to this repository's issues stay live in what is posted; other repositories' are neutralised.
    registerRepository(pr.owner, pr.repo);
    ({ s, d } = o.configured ? { s, d: announce(s, d) } : await withBaseConfig(gh, pr, s, d));

    const me = whoAmI(gh, log);
    const history = await readHistory(gh, pr, me);
    // `pause` stops automatic runs only: a manual run or the label is someone asking for a review now.
    const paused = pausedReason(history, d.trigger, s.triggerPhrase);
    if (paused !== null) {
      await writeSkipped(inputs, paused, false);
      return null;
    }
    // What the description links goes with every request, as untrusted as the description itself.
    const linkedIssues = await readLinkedIssues(gh, pr, countTokens, log);
    pr = { ...pr, linkedIssues };
    const diff = await fetchPullRequestDiff(gh, pr, log);
    // A command's `review` counts earlier runs as an automatic run does.
    const memory = await recall(
      gh,
      pr,
      s,
      d.memory === 'incremental' ? 'automatic' : d.trigger,
      history,
      diff.files,
      me,
    );
    // Deep reviews (or `repository-tools: always`) let the model read the repository at the head.
    const count = createTokenCounter();
    if (toolsEnabled(s, d.deep))
      repoTools = await openTools(
        gh,
        pr,
        s,
        diff.files,
        { temp: inputs.tempDir, workspace: inputs.workspace },
        count,
        log,
      );

    const model = createModelClient(s, countTokens);
    const diffBase = memory.reviewFiles !== null ? (memory.range.from ?? pr.baseSha) : pr.baseSha;
    const readImageAt = readOnce((ref, path, maxBytes) => readRepoEntry(gh, pr, ref, path, maxBytes));
    if (s.diagram && !s.describe)
      core.warning(
        'diagram: true has no effect without describe: true (the diagram goes in the generated section of the description): set `describe: true` too, or drop `diagram`.',
      );
    const options = {
      ...s,
      // Only a run that writes the description asks for a diagram: the others send the smaller schema.
      askDiagram: s.describe && s.diagram,
      deep: d.deep,
      runUrl: inputs.runUrl,
      readFile: (path: string) => readRepoFile(gh, pr, pr.headSha, path, MAX_CONTEXT_BYTES),
      // Images are read at the PR's commits, never from the workspace: the old version where the
      // reviewed diff starts (the last reviewed commit, when only what is new since is reviewed).
      readImage: (path: string, side: 'new' | 'old', maxBytes: number) =>
        readImageAt(side === 'new' ? pr.headSha : diffBase, path, maxBytes),
      ...(repoTools ? { tools: repoTools.tools } : {}),
      // Deep reviews (or `second-look: always`) check their critical and major findings once more.
      ...(secondLookEnabled(s, d.deep) ? { verify: { ask: model.ask } } : {}),
    };
    // One counter for the run (made above): the full-PR plan below (for the tokens an incremental
    // run saved) finds most of its text already counted.
    const result = await reviewPullRequest(pr, diff.files, diff.notListed, options, model.call, count, log, {
      reviewFiles: memory.reviewFiles,
      remembered:
        d.memory === 'forget'
          ? { open: [], body: [] }
          : { open: history.threads.filter(memory.stillOpen), body: history.bodyFingerprints },
      firstReview: history.lastReview === null,
      rejected: rejectedOn(history, diff.files),
    });
    for (const x of result.rejected)
      core.info(`Not posted: the team rejected "${x.finding.title}" on ${x.path} earlier on this PR.`);

    const posted = await deliverReview(gh, pr, s, result, inputs.fork, history);
    const addressed = addressedBy(result, history, diff.files);
    if (!s.dryRun && !posted.dryRun) await closeThreads(gh, pr, addressed);
    const facts = {
      deep: d.deep,
      result,
      files: diff.files,
      history,
      memory,
      posted,
      addressed: addressed.length,
      tally: tallyOf(history, diff.files, addressed, posted.dryRun ? 0 : posted.inline),
      open: openFindings(history, memory, addressed, result.placement),
      fullPromptTokens:
        memory.reviewFiles !== null
          ? planReview(
              pr,
              diff.files,
              // The whole PR's images, as a full review would read them (those read already are not read again).
              await plannedOptions(
                {
                  ...options,
                  readImage: (path: string, side: 'new' | 'old', maxBytes: number) =>
                    readImageAt(side === 'new' ? pr.headSha : pr.baseSha, path, maxBytes),
                },
                options.tools?.box.definitions,
                diff.files,
                count,
                { info: () => undefined, warning: log.warning },
              ),
              count,
            ).requests.reduce((n, q) => n + q.promptTokens, 0)
          : null,
      runUrl: inputs.runUrl,
      linkedIssues: { issues: linkedIssues, owner: pr.owner, repo: pr.repo },
    };
    await deliverSummary(gh, pr, s, me, facts);
    if (s.describe) await deliverDescription(gh, pr, s, facts);
    await writeResults(inputs, result, posted, facts);
    failOnFailedRequests(result);
    // The gate: dry runs and fork runs too, the findings exist whether or not they were posted.
    const g = gate(facts.open, s.failOn);
    writeGate(
      g,
      s.failOn !== 'none' && g.blocking > 0
        ? gateMessage(g, s.failOn, where(inputs, pr, posted), memory.held)
        : null,
    );
    return { pr, result, posted, memory };
  } finally {
    await repoTools?.dispose().catch(() => undefined);
    if (d.label && !s.dryRun && 'pr' in d.target) await removeLabel(gh, d.target.pr, d.label, log);
  }
}

/**
 * `read` once per commit and path: the whole-PR estimate reads the images the review read already. An
 * answer is reused only when it is the one a read with the new cap would give.
 */
function readOnce(
  read: (ref: string, path: string, maxBytes: number) => Promise<BaseEntry>,
): (ref: string, path: string, maxBytes: number) => Promise<BaseEntry> {
  const seen = new Map<string, BaseEntry>();
  return async (ref, path, maxBytes) => {
    const key = `${ref}\0${path}`;
    const e = seen.get(key);
    if (e && (e.kind === 'file' ? e.bytes.length <= maxBytes : e.kind !== 'too-large' || e.size > maxBytes))
      return e;
    const entry = await read(ref, path, maxBytes);
    seen.set(key, entry);
    return entry;
  };
}

/**
 * The repository's rules, from the base commit: a pull request cannot change its own review. The
 * effort they set wins over the trigger's, but a label's deep review keeps its own.
 */
async function withBaseConfig(
  gh: GitHubClient,
  pr: PullRequest,
  s: Settings,
  d: Review,
): Promise<{ s: Settings; d: Review }> {
  s = await withRepoConfig(
    s,
    // No cap here: the loader names the size of a file over its own limit.
    (path) => readRepoFile(gh, pr, pr.baseSha, path, Number.POSITIVE_INFINITY),
    `the base branch (${pr.baseRef || 'base'} at ${pr.baseSha.slice(0, 7)})`,
    { keepEffort: d.trigger === 'label', count: countTokens, log },
  );
  if (s.reasoningEffort !== d.effort)
    d = { ...d, effort: s.reasoningEffort, deep: s.reasoningEffort === 'xhigh' };
  return { s, d: announce(s, d) };
}

/** The decision, as the outputs and the log give it. */
function announce(s: Settings, d: Review): Review {
  writeDecision(d);
  core.info(
    `${d.deep ? 'Deep review' : 'Review'} (${d.trigger}) at effort ${d.effort}, max ${s.maxTokens} output tokens per request.`,
  );
  return d;
}

/** Failed model requests: the run fails when nothing was reviewed, and warns when some was not. */
function failOnFailedRequests(r: PipelineResult): void {
  if (r.requests === 0 || r.failed.length === 0) return;
  if (r.summaries.length === 0) {
    throw new Error(`Every model request failed, so nothing was reviewed (${r.failed[0]!.reason}).`);
  }
  core.warning(
    `${r.failed.length} file part(s) were not reviewed because model requests failed; see the review body.`,
  );
}

/** Where the gate's message sends the reader to see the blocking findings. */
function where(inputs: ActionInputs, pr: PullRequest, posted: Delivered): string {
  if (posted.url) return `the review ${posted.url}`;
  if (posted.dryRun)
    return `the job summary${inputs.runUrl ? ` of ${inputs.runUrl}` : ''} (the review was not posted)`;
  return `the open review threads of ${pr.htmlUrl || `#${pr.number}`}`;
}
