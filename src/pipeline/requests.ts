import type { Logger, TokenCounter } from '../types.ts';
import type { Piece } from '../chunk/pack.ts';
import { pieceName, splitPieces } from '../chunk/split.ts';
import type { ContextBlock } from '../context/full-files.ts';
import type { ImageFile } from '../images/types.ts';
import type { ChatMessage } from '../prompt/messages.ts';
import type { ReviewPlan } from '../plan.ts';
import {
  ChunkError,
  TruncatedError,
  type ModelAnswer,
  type ModelCall,
  type ModelTools,
  type ToolCallRecord,
  type Usage,
} from '../model/client.ts';
import { mapPool } from '../util/pool.ts';

export interface Progress extends Logger {
  /** Called once per model request that ended (answered or failed), for progress displays. */
  request?(r: RequestRecord, planned: number): void;
}

export type { ToolCallRecord } from '../model/client.ts';

/** One model request as it went: for progress and the job summary's time per request. */
export interface RequestRecord {
  label: string;
  /** The repository tools the model called in it (none when tools were off). */
  toolCalls: ToolCallRecord[];
  ok: boolean;
  files: number;
  findings: number;
  promptTokens: number;
  completionTokens: number;
  ms: number;
}

/** How many requests run at once, and the run's budget (0 or unset: none) splits must fit in. */
export interface RequestLimits {
  concurrency: number;
  maxRequests?: number;
  maxPromptTokens?: number;
  /** The repository tools each request offers, and the calls one request may make. */
  tools?: RequestTools;
}

/** The repository tools a run offers (src/tools/toolbox.ts makes the box), and calls per request. */
export interface RequestTools {
  box: Pick<ModelTools, 'definitions' | 'call'>;
  maxCalls: number;
}

/**
 * How often a chunk whose answer does not fit the output cap is halved: at most 2^3 = 8 requests
 * replace it, and a piece of one hunk is not split further.
 */
export const MAX_SPLIT_DEPTH = 3;

/** One request to make: a planned chunk, or a half of one whose answer was cut off. */
interface Work {
  pieces: Piece[];
  /** The images it shows; a split gives them to its first half (its prompt counts them already). */
  images?: ImageFile[];
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
export interface Outcome {
  cost: Usage;
  answer?: ModelAnswer;
  failure?: { paths: string[]; reason: string };
}

function sumTokens(pieces: Piece[]): number {
  return pieces.reduce((t, p) => t + p.tokens, 0);
}

/**
 * Sends the plan's requests, `concurrency` at a time, each with its context blocks. A request whose
 * answer stays cut off is asked again as two halves (within the run's budget); one that fails is
 * reported with its files. Returns each planned request's outcomes, in plan order.
 */
export async function runRequests(
  plan: ReviewPlan,
  contextOf: (i: number) => ContextBlock[],
  contextCost: number[],
  o: RequestLimits,
  call: ModelCall,
  count: TokenCounter,
  log: Progress,
): Promise<{ results: Outcome[][]; requestLog: RequestRecord[] }> {
  const n = plan.requests.length;
  // What splits add to the plan, checked against the run's budget before each split.
  let plannedRequests = n;
  let plannedPromptTokens = plan.requests.reduce((t, q, i) => t + q.promptTokens + contextCost[i]!, 0);

  const requestLog: RequestRecord[] = [];
  const record = (
    w: Work,
    started: number,
    ok: boolean,
    cost: Usage,
    findings: number,
    toolCalls: ToolCallRecord[] = [],
  ): void => {
    const r: RequestRecord = {
      label: w.label,
      toolCalls,
      ok,
      files: w.pieces.length + (w.images?.length ?? 0),
      findings,
      promptTokens: cost.promptTokens,
      completionTokens: cost.completionTokens,
      ms: Date.now() - started,
    };
    requestLog.push(r);
    log.request?.(r, plannedRequests);
  };

  /**
   * The tools one request offers. Its tool turns share what `max-prompt-tokens` leaves after the plan,
   * evenly with the other requests (no cap: only the context window bounds each turn).
   */
  const toolsFor = (w: Work): ModelTools => {
    const t = o.tools!;
    const spare = o.maxPromptTokens ? Math.max(0, o.maxPromptTokens - plannedPromptTokens) : 0;
    return {
      ...t.box,
      maxCalls: t.maxCalls,
      maxPromptTokens: o.maxPromptTokens ? w.promptTokens + Math.floor(spare / Math.max(1, n)) : 0,
    };
  };

  /** One request; when its answer does not fit even the largest output cap, its two halves instead. */
  const review = async (w: Work): Promise<Outcome[]> => {
    const started = Date.now();
    try {
      const answer = await call(w.messages(), {
        promptTokens: w.promptTokens,
        label: w.label,
        answer: plan.answer,
        progress: log.info,
        ...(w.maxTokens === undefined ? {} : { maxTokens: w.maxTokens }),
        ...(o.tools ? { tools: toolsFor(w) } : {}),
      });
      record(w, started, true, answer, answer.review.comments.length, answer.toolCalls);
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
      record(w, started, false, e, 0, e.toolCalls);
      if (e instanceof TruncatedError && halves) {
        log.info(`${w.label}: ${e.message}; asking again in two smaller requests.`);
        const outcomes: Outcome[] = [{ cost: e }];
        // One after the other: the halves share their parent's slot in the pool.
        for (const [k, pieces] of halves.entries()) {
          const tokens = pieces.reduce((t, p) => t + p.tokens, 0);
          const images = k === 0 && w.images ? { images: w.images } : {};
          outcomes.push(
            ...(await review({
              pieces,
              ...images,
              messages: () => plan.messagesFor({ index: w.index, pieces, tokens, ...images }),
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
      const paths = [...w.pieces.map(pieceName), ...(w.images ?? []).map((f) => f.file.path)];
      log.warning(`${w.label} failed: ${reason}. Not reviewed: ${paths.join(', ')}.`);
      return [{ cost: e, failure: { paths, reason } }];
    }
  };

  const results = await mapPool(plan.requests, o.concurrency, (req, i) => {
    const blocks = contextOf(i);
    const extra = contextCost[i]!;
    return review({
      pieces: req.chunk.pieces,
      ...(req.chunk.images ? { images: req.chunk.images } : {}),
      messages:
        blocks.length === 0 ? req.messages : () => plan.messagesFor({ ...req.chunk, context: blocks }),
      promptTokens: req.promptTokens + extra,
      contextTokens: extra,
      label: `Request ${i + 1}/${n}`,
      index: req.chunk.index,
      depth: 0,
    });
  });
  return { results, requestLog };
}
