import type { FileDiff } from './diff/types.ts';
import type { Logger } from './types.ts';
import type { PullRequest } from './event/pull-request.ts';
import type { SkippedFile } from './filter/filter.ts';
import { atLeast, type Finding, type Severity } from './findings/types.ts';
import {
  capInline,
  placeFindings,
  type BodyFinding,
  type InlineFinding,
  type Placement,
} from './place/place.ts';
import { dropRepeats, markPlacement, type Remembered } from './memory/dedupe.ts';
import type { Fingerprint } from './memory/fingerprint.ts';
import { planReview, type ReviewPlan } from './plan.ts';
import type { Piece, TokenCounter } from './chunk/pack.ts';
import { pieceName, splitPieces } from './chunk/split.ts';
import type { ChatMessage, Guidance } from './prompt/messages.ts';
import { ChunkError, TruncatedError, type ModelAnswer, type Usage, type ModelCall } from './model/client.ts';
import { toFindings } from './model/schema.ts';
import { mapPool } from './util/pool.ts';
import { reviewBodyParts, reviewPayload, type ReviewPayload } from './review/render.ts';
import {
  MAX_CONTEXT_FILES,
  contextCandidates,
  contextTokens,
  packContext,
  type ContextBlock,
  type ReadFile,
} from './context/full-files.ts';
import { combineVerdicts, type RequestVerdict, type Verdict } from './findings/verdict.ts';

export interface PipelineOptions {
  include: string[];
  exclude: string[];
  contextWindow: number;
  maxTokens: number;
  instructions: string;
  guidance?: Guidance;
  maxComments: number;
  minSeverity: Severity;
  concurrency: number;
  model: string;
  effort: string;
  deep: boolean;
  runUrl: string | null;
  /** Run budget (0 or unset: none); a split of a cut-off request must fit in it too. */
  maxRequests?: number;
  maxPromptTokens?: number;
  /** Add the whole text of small changed files where requests have room (needs `readFile`). */
  fullFileContext?: boolean;
  /** Reads a changed file at the head commit; null when it cannot. */
  readFile?: ReadFile;
}

/** What the run knows from earlier runs on the same PR. */
export interface Memory {
  /** The diff the model reviews when it is not the PR's (the commits since the last review). */
  reviewFiles: FileDiff[] | null;
  remembered: Remembered;
  /** No earlier review of ours exists: post one even when it has nothing to report. */
  firstReview: boolean;
}

export const NO_MEMORY: Memory = { reviewFiles: null, remembered: { open: [], body: [] }, firstReview: true };

export interface Progress extends Logger {
  /** Called once per model request that ended (answered or failed), for progress displays. */
  request?(r: RequestRecord, planned: number): void;
}

/** One model request as it went: for progress and the job summary's time per request. */
export interface RequestRecord {
  label: string;
  ok: boolean;
  files: number;
  findings: number;
  promptTokens: number;
  completionTokens: number;
  ms: number;
}

export interface PipelineResult {
  plan: ReviewPlan;
  /** Every finding the model reported (after merging duplicates is left to placement). */
  findings: Finding[];
  belowThreshold: Finding[];
  placement: Placement;
  /** Files not reviewed by choice (filters) or because the API could not list them. */
  skipped: SkippedFile[];
  failed: SkippedFile[];
  summaries: string[];
  /** The review's one-line verdict: the most severe request's (see findings/verdict.ts). */
  verdict: Verdict;
  /** Findings already on the PR from earlier runs: not posted again. */
  repeated: (InlineFinding | BodyFinding)[];
  /** Fingerprints of everything this run's model reported (new and repeated). */
  marks: Fingerprint[];
  /** Model requests sent, retries and re-asks included. */
  requests: number;
  /** Every planned request (or half of one) that ended, in the order they ended. */
  requestLog: RequestRecord[];
  promptTokens: number;
  completionTokens: number;
  /** Null when there was nothing to review: no request was made and nothing should be posted. */
  payload: ReviewPayload | null;
  /** Body findings the review body had no room for (most severe first): for the summary comment. */
  unlisted: BodyFinding[];
}

/**
 * How often a chunk whose answer does not fit the output cap is halved: at most 2^3 = 8 requests
 * replace it, and a piece of one hunk is not split further.
 */
export const MAX_SPLIT_DEPTH = 3;

/** One request to make: a planned chunk, or a half of one whose answer was cut off. */
interface Work {
  pieces: Piece[];
  /** Rendered when sent: a huge PR's prompts are not all held at once. */
  messages: () => ChatMessage[];
  promptTokens: number;
  /** Of `promptTokens`, the whole files added for context (its halves do not carry them). */
  contextTokens: number;
  label: string;
  /** The planned chunk it belongs to. */
  index: number;
  depth: number;
  maxTokens?: number;
}

/** What one request came to: its cost always, and a review or the files it failed to review. */
interface Outcome {
  cost: Usage;
  answer?: ModelAnswer;
  failure?: { paths: string[]; reason: string };
}

function sumTokens(pieces: Piece[]): number {
  return pieces.reduce((t, p) => t + p.tokens, 0);
}

/**
 * event → pull request → diff (given) → filter → chunks → model → findings → placement → review.
 * `files` is the PR's whole diff: placement checks findings against all of it. `notListed` holds
 * files the diff could not include (e.g. beyond GitHub's file-list cap).
 */
export async function reviewPullRequest(
  pr: PullRequest,
  files: FileDiff[],
  notListed: SkippedFile[],
  o: PipelineOptions,
  call: ModelCall,
  count: TokenCounter,
  log: Progress,
  memory: Memory = NO_MEMORY,
): Promise<PipelineResult> {
  const plan = planReview(pr, memory.reviewFiles ?? files, o, count);
  const skipped = [...plan.skipped, ...notListed];
  const n = plan.requests.length;
  log.info(
    `Reviewing ${plan.reviewable.length} of ${files.length} changed files in ${n} request${n === 1 ? '' : 's'} (${skipped.length} not reviewed).`,
  );

  const context = await readContext(plan, o, count, log);
  const contextOf = (i: number): ContextBlock[] => context.get(i) ?? [];
  const contextCost = plan.requests.map((_, i) => contextTokens(contextOf(i), count));

  const failed: SkippedFile[] = [];
  const summaries: string[] = [];
  const findings: Finding[] = [];
  const verdicts: RequestVerdict[] = [];
  let promptTokens = 0;
  let completionTokens = 0;
  let requests = 0;
  // What splits add to the plan, checked against the run's budget before each split.
  let plannedRequests = n;
  let plannedPromptTokens = plan.requests.reduce((t, q, i) => t + q.promptTokens + contextCost[i]!, 0);

  const requestLog: RequestRecord[] = [];
  const record = (w: Work, started: number, ok: boolean, cost: Usage, findings: number): void => {
    const r: RequestRecord = {
      label: w.label,
      ok,
      files: w.pieces.length,
      findings,
      promptTokens: cost.promptTokens,
      completionTokens: cost.completionTokens,
      ms: Date.now() - started,
    };
    requestLog.push(r);
    log.request?.(r, plannedRequests);
  };

  /** One request; when its answer does not fit even the largest output cap, its two halves instead. */
  const review = async (w: Work): Promise<Outcome[]> => {
    const started = Date.now();
    try {
      const answer = await call(w.messages(), {
        promptTokens: w.promptTokens,
        label: w.label,
        progress: log.info,
        ...(w.maxTokens === undefined ? {} : { maxTokens: w.maxTokens }),
      });
      record(w, started, true, answer, answer.review.comments.length);
      log.info(
        `${w.label}: ${answer.review.comments.length} findings, ${answer.promptTokens} prompt + ${answer.completionTokens} completion tokens, ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
      return [{ cost: answer, answer }];
    } catch (e) {
      if (!(e instanceof ChunkError)) throw e;
      let halves =
        e instanceof TruncatedError && w.depth < MAX_SPLIT_DEPTH ? splitPieces(w.pieces, count) : null;
      let reason = e.message;
      const halfPrompt = (pieces: Piece[]) =>
        w.promptTokens - w.contextTokens - sumTokens(w.pieces) + sumTokens(pieces);
      if (halves) {
        const extraPrompt = halfPrompt(halves[0]) + halfPrompt(halves[1]);
        if (
          (o.maxRequests && plannedRequests + 2 > o.maxRequests) ||
          (o.maxPromptTokens && plannedPromptTokens + extraPrompt > o.maxPromptTokens)
        ) {
          reason +=
            "; not split into smaller requests: the run's budget (`max-requests`, `max-prompt-tokens`) is spent";
          halves = null;
        } else {
          plannedRequests += 2;
          plannedPromptTokens += extraPrompt;
        }
      }
      record(w, started, false, e, 0);
      if (e instanceof TruncatedError && halves) {
        log.info(`${w.label}: ${e.message}; asking again in two smaller requests.`);
        const outcomes: Outcome[] = [{ cost: e }];
        // One after the other: the halves share their parent's slot in the pool.
        for (const [k, pieces] of halves.entries()) {
          const tokens = pieces.reduce((t, p) => t + p.tokens, 0);
          outcomes.push(
            ...(await review({
              pieces,
              messages: () => plan.messagesFor({ index: w.index, pieces, tokens }),
              promptTokens: halfPrompt(pieces),
              contextTokens: 0,
              label: `${w.label.replace(/\)$/, '.')}${w.depth === 0 ? ' (half ' : ''}${k + 1})`,
              index: w.index,
              depth: w.depth + 1,
              maxTokens: e.maxTokens,
            })),
          );
        }
        return outcomes;
      }
      const paths = w.pieces.map(pieceName);
      log.warning(`${w.label} failed: ${reason}. Not reviewed: ${paths.join(', ')}.`);
      return [{ cost: e, failure: { paths, reason } }];
    }
  };

  const results = await mapPool(plan.requests, o.concurrency, (req, i) => {
    const blocks = contextOf(i);
    const extra = contextCost[i]!;
    return review({
      pieces: req.chunk.pieces,
      messages:
        blocks.length === 0 ? req.messages : () => plan.messagesFor({ ...req.chunk, context: blocks }),
      promptTokens: req.promptTokens + extra,
      contextTokens: extra,
      label: `Request ${i + 1}/${n}`,
      index: req.chunk.index,
      depth: 0,
    });
  });

  results.forEach((outcomes, i) => {
    for (const x of outcomes) {
      promptTokens += x.cost.promptTokens;
      completionTokens += x.cost.completionTokens;
      requests += x.cost.requests;
      if (x.answer) {
        // Model text reaches GitHub only through the sanitiser, and only a marker at the very end is
        // trusted (src/memory/markers.ts), so a forged one in a summary is inert as it is.
        summaries.push(x.answer.review.summary);
        const found = toFindings(x.answer.review, i);
        findings.push(...found);
        const v = x.answer.review.verdict;
        verdicts.push({ text: v ?? null, findings: found });
      }
      if (x.failure) for (const path of x.failure.paths) failed.push({ path, reason: x.failure.reason });
    }
  });

  const verdict = combineVerdicts(verdicts, o.minSeverity);
  const shown = findings.filter((f) => atLeast(f.severity, o.minSeverity));
  const belowThreshold = findings.filter((f) => !atLeast(f.severity, o.minSeverity));
  // An incremental review numbers deleted lines by the last reviewed commit, not by the PR's base.
  const forceBody = memory.reviewFiles
    ? (f: Finding) => (f.side === 'LEFT' ? 'it cites a line deleted since the last review' : null)
    : undefined;
  const placed = markPlacement(placeFindings(shown, files, Number.POSITIVE_INFINITY, forceBody), files);
  const { placement: fresh, repeated } = dropRepeats(placed, memory.remembered);
  const placement = capInline(fresh, o.maxComments);
  const marks = [...placed.inline, ...placed.body].flatMap((x) => (x.mark ? [x.mark] : []));
  const somethingNew = placement.inline.length + placement.body.length + failed.length > 0;

  let payload: ReviewPayload | null = null;
  let unlisted: BodyFinding[] = [];
  if (n > 0 && (somethingNew || memory.firstReview)) {
    const body = reviewBodyParts({
      headSha: pr.headSha,
      deep: o.deep,
      verdict,
      summaries,
      placement,
      belowThreshold,
      minSeverity: o.minSeverity,
      skipped,
      failed,
      reviewedFiles: plan.reviewable.length,
      requests,
      promptTokens,
      completionTokens,
      model: o.model,
      effort: o.effort,
      runUrl: o.runUrl,
    });
    payload = reviewPayload(pr.headSha, body.body, placement.inline);
    unlisted = body.unlisted;
  }
  return {
    plan,
    findings,
    belowThreshold,
    placement,
    skipped,
    failed,
    repeated,
    marks,
    summaries,
    verdict,
    requests,
    requestLog,
    promptTokens,
    completionTokens,
    payload,
    unlisted,
  };
}

/** Concurrent reads at most: GitHub counts them against the token's rate limit. */
const CONTEXT_READS = 4;

/**
 * The whole text of small changed files, for the requests that have room for them (never an extra
 * request). A file that cannot be read is simply left out: context is an enrichment.
 */
async function readContext(
  plan: ReviewPlan,
  o: PipelineOptions,
  count: TokenCounter,
  log: Progress,
): Promise<Map<number, ContextBlock[]>> {
  if (!o.fullFileContext || !o.readFile || plan.requests.length === 0) return new Map();
  const read = o.readFile;
  const paths = contextCandidates(plan, MAX_CONTEXT_FILES);
  if (paths.length === 0) return new Map();
  let failures = 0;
  const texts = await mapPool(paths, CONTEXT_READS, async (path) => {
    try {
      return await read(path);
    } catch {
      failures++;
      return null;
    }
  });
  const found = new Map<string, string>();
  paths.forEach((p, i) => {
    const t = texts[i];
    if (typeof t === 'string') found.set(p, t);
  });
  const planned = plan.requests.reduce((t, q) => t + q.promptTokens, 0);
  const allowance = o.maxPromptTokens ? Math.max(0, o.maxPromptTokens - planned) : Number.POSITIVE_INFINITY;
  const packed = packContext(plan, found, count, allowance);
  const added = [...packed.values()].reduce((k, b) => k + b.length, 0);
  log.info(
    `Full-file context: ${added} of ${paths.length} small changed file(s) added where requests had room${failures > 0 ? ` (${failures} could not be read)` : ''}.`,
  );
  return packed;
}
