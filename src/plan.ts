import type { FileDiff } from './diff/types.ts';
import type { PullRequest } from './event/pull-request.ts';
import { filterFiles, type SkippedFile } from './filter/filter.ts';
import { planChunks, type Chunk, type TokenCounter } from './chunk/plan.ts';
import { buildMessages, type ChatMessage } from './prompt/messages.ts';
import { REVIEW_SCHEMA } from './model/schema.ts';

export interface PlannedRequest {
  chunk: Chunk;
  messages: ChatMessage[];
  /** Prompt tokens, counted with the o200k tokenizer, including the response schema and framing. */
  promptTokens: number;
}

export interface ReviewPlan {
  reviewable: FileDiff[];
  skipped: SkippedFile[];
  requests: PlannedRequest[];
  /** Diff tokens one request may carry. */
  budget: number;
  /** Prompt tokens one request may use: context window minus the output reservation. */
  promptLimit: number;
}

export interface PlanOptions {
  include: string[];
  exclude: string[];
  contextWindow: number;
  maxTokens: number;
  instructions: string;
}

// Chat framing the API adds around messages, plus the schema it injects for structured output.
const FRAMING_TOKENS = 32;

/** Everything before the model: filter the files, pack them into requests, render each request. */
export function planReview(
  pr: PullRequest,
  files: FileDiff[],
  o: PlanOptions,
  count: TokenCounter,
): ReviewPlan {
  const { reviewable, skipped } = filterFiles(files, o);
  const promptLimit = o.contextWindow - o.maxTokens;
  const schemaTokens = count(JSON.stringify(REVIEW_SCHEMA));
  const empty: Chunk = { index: 0, pieces: [], tokens: 0 };
  // The scaffold of the longest variant of the user message (a multi-part request).
  const scaffold = buildMessages(pr, empty, 99_999, 99_999, o.instructions);
  const overhead = scaffold.reduce((n, m) => n + count(m.content), 0) + schemaTokens + FRAMING_TOKENS;
  // Pieces are counted one by one; their sum can differ slightly from the count of the joined text.
  const margin = Math.ceil(promptLimit * 0.002) + 16;
  const budget = promptLimit - overhead - margin;
  if (reviewable.length > 0 && budget < 256) {
    throw new Error(
      `context-window (${o.contextWindow}) minus max-tokens (${o.maxTokens}) leaves ${budget} tokens for the diff after the instructions and PR description: raise context-window or lower max-tokens.`,
    );
  }

  const chunks = reviewable.length > 0 ? planChunks(reviewable, budget, count) : [];
  const requests = chunks.map((chunk) => {
    const messages = buildMessages(pr, chunk, chunks.length, reviewable.length, o.instructions);
    const estimate = overhead + chunk.tokens;
    // Count exactly only when the estimate is close to the limit: counting twice costs time on big PRs.
    const promptTokens =
      estimate > promptLimit - 2 * margin
        ? messages.reduce((n, m) => n + count(m.content), 0) + schemaTokens + FRAMING_TOKENS
        : estimate;
    if (promptTokens > promptLimit) {
      throw new Error(
        `internal: request ${chunk.index + 1} needs ${promptTokens} prompt tokens, over ${promptLimit}`,
      );
    }
    return { chunk, messages, promptTokens };
  });
  return { reviewable, skipped, requests, budget, promptLimit };
}
