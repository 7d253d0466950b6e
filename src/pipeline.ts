import {
  NO_GUIDANCE,
  type ChangeType,
  type Effort,
  type Guidance,
  type Logger,
  type PullRequest,
  type ReadFile,
  type Severity,
  type TokenCounter,
} from './types.ts';
import { TOOLS_NOTE } from './tools/definitions.ts';
import type { FileDiff } from './diff/types.ts';
import type { SkippedFile } from './filter/filter.ts';
import { atLeast, type Finding } from './findings/types.ts';
import {
  capInline,
  placeFindings,
  type BodyFinding,
  type InlineFinding,
  type Placement,
} from './place/place.ts';
import { dropRejected, dropRepeats, markPlacement, type Remembered } from './memory/dedupe.ts';
import { NO_REJECTED, type Rejected } from './memory/feedback.ts';
import type { Fingerprint } from './memory/fingerprint.ts';
import { planReview, type PlanOptions, type ReviewPlan } from './plan.ts';
import type { Ask, ModelCall } from './model/client.ts';
import { reviewBodyParts, reviewPayload, type ReviewPayload } from './review/render.ts';
import { contextTokens, type ContextBlock } from './context/full-files.ts';
import { combineVerdicts, type Verdict } from './findings/verdict.ts';
import { readContext } from './pipeline/context.ts';
import { readImages, type ReadImage } from './pipeline/images.ts';
import type { ReadImages } from './images/pack.ts';
import { runRequests, type Progress, type RequestRecord, type RequestTools } from './pipeline/requests.ts';
import { collectAnswers, type RawDiagram } from './pipeline/answers.ts';
import { checkDiagram } from './review/diagram.ts';
import { secondLook, type SecondLook } from './pipeline/second-look.ts';

export type { SecondLook } from './pipeline/second-look.ts';
export {
  MAX_SPLIT_DEPTH,
  type Progress,
  type RequestRecord,
  type RequestTools,
  type ToolCallRecord,
} from './pipeline/requests.ts';

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
  reasoningEffort: Effort;
  deep: boolean;
  runUrl: string | null;
  /** Run budget (0 or unset: none); a split of a cut-off request must fit in it too. */
  maxRequests?: number;
  maxPromptTokens?: number;
  /** Add the whole text of small changed files where requests have room (needs `readFile`). */
  fullFileContext?: boolean;
  /** Reads a changed file at the head commit; null when it cannot. */
  readFile?: ReadFile;
  /** Changed images sent to the model, in all at most this many bytes (0 or unset: none; needs `readImage`). */
  maxImageBytes?: number;
  /** Reads a changed file's bytes at the head or base commit, for the images. */
  readImage?: ReadImage;
  /**
   * The repository tools every request offers (a deep review, `repository-tools`), and the calls one
   * request may make; absent: no tools. The prompt's note and the definitions' tokens come with them.
   */
  tools?: RequestTools;
  /**
   * A second look (`second-look`): the critical and major findings about to be posted go back to the
   * model, with their code and `tools`, to be confirmed or refuted. Absent: posted as found.
   */
  verify?: { ask: Ask };
  /** Ask every request for a sequence diagram too (`describe` with `diagram: true`). */
  askDiagram?: boolean;
}

/** What the run knows from earlier runs on the same PR. */
export interface Memory {
  /** The diff the model reviews when it is not the PR's (the commits since the last review). */
  reviewFiles: FileDiff[] | null;
  remembered: Remembered;
  /** No earlier review of ours exists: post one even when it has nothing to report. */
  firstReview: boolean;
  /**
   * Findings the team rejected on this PR (👎, resolved unchanged, ignored): never posted again. Apart
   * from `remembered`, so a review that ignores what was said (a full review) still honours them.
   */
  rejected?: Rejected;
}

export const NO_MEMORY: Memory = { reviewFiles: null, remembered: { open: [], body: [] }, firstReview: true };

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
  /** What the change to each file does, by path (model text, bounded, unsanitised): see `Answers`. */
  walkthrough: Map<string, string>;
  /** The kinds of change the requests named, the main one first; empty when none did. */
  changeTypes: ChangeType[];
  /** The diagrams that passed the check (src/review/diagram.ts), in plan order; none unless asked for. */
  diagrams: RawDiagram[];
  /** The review's one-line verdict: the most severe request's (see findings/verdict.ts). */
  verdict: Verdict;
  /** Findings already on the PR from earlier runs: not posted again. */
  repeated: (InlineFinding | BodyFinding)[];
  /** Findings the team rejected on this PR (see `Memory.rejected`): not posted again. */
  rejected: (InlineFinding | BodyFinding)[];
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
  /** What the second look checked and refuted; null when there was none (off, or nothing to check). */
  secondLook: SecondLook | null;
}

/**
 * The plan's options for requests that offer the tools `definitions` (none: `o` as it is): every
 * prompt says how to use them and carries them, and keeps room for their results. The dry run's plan
 * and the action's whole-PR estimate use it too, so they plan what the review sends.
 */
export function plannedWithTools<T extends PlanOptions>(
  o: T,
  definitions: readonly unknown[] | undefined,
  count: TokenCounter,
): T {
  if (!definitions || definitions.length === 0) return o;
  return {
    ...o,
    guidance: { ...(o.guidance ?? NO_GUIDANCE), toolsNote: TOOLS_NOTE },
    extraPromptTokens: count(JSON.stringify(definitions)),
    toolTurns: true,
  };
}

/**
 * The plan's options exactly as the review sends its requests: the tools' `definitions` (see
 * plannedWithTools) and the changed images of `files` read within the run's budget. The review, the
 * dry run's plan and the action's whole-PR estimate all plan with it, so they count the same tokens.
 */
export async function plannedOptions<T extends PlanOptions & ImageSource>(
  o: T,
  definitions: readonly unknown[] | undefined,
  files: readonly FileDiff[],
  count: TokenCounter,
  log: Logger,
): Promise<T & { images: ReadImages }> {
  const images = await readImages(
    files,
    {
      include: o.include,
      exclude: o.exclude,
      maxImageBytes: o.maxImageBytes ?? 0,
      ...(o.readImage ? { readImage: o.readImage } : {}),
    },
    log,
  );
  return { ...plannedWithTools(o, definitions, count), images };
}

/** Where the plan's images come from. */
export interface ImageSource {
  maxImageBytes?: number;
  readImage?: ReadImage;
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
  const reviewed = memory.reviewFiles ?? files;
  const planned = await plannedOptions(o, o.tools?.box.definitions, reviewed, count, log);
  const plan = planReview(pr, reviewed, planned, count);
  const skipped = [...plan.skipped, ...notListed];
  const n = plan.requests.length;
  log.info(
    `Reviewing ${plan.reviewable.length} of ${files.length} changed files in ${n} request${n === 1 ? '' : 's'} (${skipped.length} not reviewed).`,
  );

  const context = await readContext(plan, o, count, log);
  const contextOf = (i: number): ContextBlock[] => context.get(i) ?? [];
  const contextCost = plan.requests.map((_, i) => contextTokens(contextOf(i), count));

  // model → findings: every planned request, halves of cut-off ones included.
  const { results, requestLog } = await runRequests(plan, contextOf, contextCost, o, call, count, log);
  const answers = collectAnswers(
    results,
    plan.requests.map((q) => q.chunk.pieces.map((p) => p.file.path)),
  );
  const { findings, summaries, walkthrough, changeTypes, verdicts, failed } = answers;
  const diagrams = o.askDiagram ? checkedDiagrams(answers.diagrams, n, log) : [];
  let { promptTokens, completionTokens, requests } = answers;

  // findings → placement on the diff → memory (what earlier runs said) → rendering.
  const verdict = combineVerdicts(verdicts, o.minSeverity);
  const shown = findings.filter((f) => atLeast(f.severity, o.minSeverity));
  const belowThreshold = findings.filter((f) => !atLeast(f.severity, o.minSeverity));
  // An incremental review numbers deleted lines by the last reviewed commit, not by the PR's base.
  const forceBody = memory.reviewFiles
    ? (f: Finding) => (f.side === 'LEFT' ? 'it cites a line deleted since the last review' : null)
    : undefined;
  const placed = markPlacement(placeFindings(shown, files, Number.POSITIVE_INFINITY, forceBody), files);
  // What the team rejected first: told apart from what is merely still open, in the log and the tally.
  const { placement: kept, rejected } = dropRejected(placed, memory.rejected ?? NO_REJECTED);
  const { placement: fresh, repeated } = dropRepeats(kept, memory.remembered);

  // The second look checks what is about to be posted (new findings only), before `max-comments` applies.
  let look: SecondLook | null = null;
  if (o.verify && n > 0) {
    const r = await secondLook(
      pr,
      fresh,
      files,
      {
        ask: o.verify.ask,
        ...(o.tools ? { tools: o.tools } : {}),
        concurrency: o.concurrency,
        language: o.guidance?.language ?? '',
        requestsLeft: o.maxRequests ? Math.max(0, o.maxRequests - requestLog.length) : Infinity,
        promptTokensLeft: o.maxPromptTokens ? Math.max(0, o.maxPromptTokens - promptTokens) : Infinity,
      },
      count,
      log,
    );
    if (r.look.candidates > 0) look = r.look;
    requestLog.push(...r.records);
    requests += r.look.requests;
    promptTokens += r.look.promptTokens;
    completionTokens += r.look.completionTokens;
  }
  const placement = capInline(look ? look.placement : fresh, o.maxComments);
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
      reasoningEffort: o.reasoningEffort,
      runUrl: o.runUrl,
      toolCalls: requestLog.reduce((k, q) => k + q.toolCalls.length, 0),
      ...(look ? { secondLook: look } : {}),
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
    rejected,
    marks,
    summaries,
    walkthrough,
    changeTypes,
    diagrams,
    verdict,
    requests,
    requestLog,
    promptTokens,
    completionTokens,
    payload,
    unlisted,
    secondLook: look,
  };
}

/** The diagrams that may be shown; each one refused is an info line saying why, never shown in part. */
function checkedDiagrams(raw: RawDiagram[], requests: number, log: Progress): RawDiagram[] {
  return raw.flatMap((d) => {
    const c = checkDiagram(d.text);
    if (c.ok) return [{ ...d, text: c.text }];
    log.info(`Request ${d.request + 1} of ${requests}: its diagram is not shown: ${c.why}.`);
    return [];
  });
}
