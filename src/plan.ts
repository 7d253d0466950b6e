import { type Guidance, NO_GUIDANCE, type PullRequest, type TokenCounter } from './types.ts';
import type { FileDiff } from './diff/types.ts';
import { filterFiles, type SkippedFile } from './filter/filter.ts';
import { planChunks, type Chunk } from './chunk/pack.ts';
import { buildMessages, type ChatMessage } from './prompt/messages.ts';
import { pathInstructionsFor } from './filter/path-instructions.ts';
import { reviewAnswer, type ModelReview } from './model/schema.ts';
import type { AnswerSpec } from './types.ts';
import { packImages, type ReadImages } from './images/pack.ts';

export interface PlannedRequest {
  chunk: Chunk;
  /** The request's messages, rendered when sent: a huge PR's prompts are not all held at once. */
  messages: () => ChatMessage[];
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
  /** What every request asks for: the review schema, or its variant with a diagram (`askDiagram`). */
  answer: AnswerSpec<ModelReview>;
  /**
   * The messages for a chunk of this plan: a planned one, one with context added, or a half of one
   * whose answer was cut off. The one place prompts are built.
   */
  messagesFor(chunk: Chunk): ChatMessage[];
}

export interface PlanOptions {
  include: string[];
  exclude: string[];
  contextWindow: number;
  maxTokens: number;
  instructions: string;
  /** From the repository: all its path instructions; each request gets those matching its files. */
  guidance?: Guidance;
  /** Run-level caps; 0 means no cap. */
  maxRequests?: number;
  maxPromptTokens?: number;
  /** Prompt tokens every request carries besides its messages (the tool definitions, when offered). */
  extraPromptTokens?: number;
  /** The requests offer tools: each keeps TOOL_ROOM_SHARE of its prompt for the tools' results. */
  toolTurns?: boolean;
  /** Changed image files read for the review (src/pipeline/images.ts), and those that could not be. */
  images?: ReadImages;
  /** The requests ask for a sequence diagram too (`describe` with `diagram: true`): a larger schema. */
  askDiagram?: boolean;
}

/**
 * Of each request's prompt limit, the share kept free for tool results when tools are offered: a
 * request packed to the limit would have no room for a single turn (at the defaults of a deep review,
 * about 76,000 tokens: three or four whole results).
 */
export const TOOL_ROOM_SHARE = 0.25;

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
  const answer = reviewAnswer(o.askDiagram === true);
  const schemaTokens = count(JSON.stringify(answer.schema));
  const empty: Chunk = { index: 0, pieces: [], tokens: 0 };
  // The scaffold of the longest variant of the user message (a multi-part request), and of the system
  // prompt: with every path instruction, as if one request matched them all.
  const guidance = o.guidance ?? NO_GUIDANCE;
  const scaffold = buildMessages(pr, empty, 99_999, 99_999, o.instructions, guidance);
  const overhead =
    scaffold.reduce((n, m) => n + count(m.content), 0) +
    schemaTokens +
    FRAMING_TOKENS +
    (o.extraPromptTokens ?? 0);
  // Pieces are counted one by one; their sum can differ slightly from the count of the joined text.
  const margin = Math.ceil(promptLimit * 0.002) + 16;
  const toolRoom = o.toolTurns ? Math.floor(promptLimit * TOOL_ROOM_SHARE) : 0;
  const budget = promptLimit - overhead - margin - toolRoom;
  if (reviewable.length > 0 && budget < 256) {
    throw new Error(
      `context-window (${o.contextWindow}) minus max-tokens (${o.maxTokens}) leaves ${budget} tokens for the diff after the instructions and PR description${toolRoom > 0 ? ` and the room kept for tool results (${toolRoom})` : ''}: raise context-window or lower max-tokens.`,
    );
  }

  // Plans again below reuse the line counts of the first (see chunk/measure.ts).
  let chunks = reviewable.length > 0 ? planChunks(reviewable, budget, count) : [];
  let chosen = reviewable;
  const fits = (c: Chunk[]): boolean =>
    (!o.maxRequests || c.length <= o.maxRequests) &&
    (!o.maxPromptTokens || c.reduce((n, x) => n + overhead + x.tokens, 0) <= o.maxPromptTokens);
  if (!fits(chunks)) {
    // Over the run's budget: the most important files first, as many as the budget allows.
    const ranked = [...reviewable].sort(byImportance);
    let lo = 0;
    let hi = ranked.length;
    let best: Chunk[] = [];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const c = planChunks(ranked.slice(0, mid), budget, count);
      if (fits(c)) {
        lo = mid;
        best = c;
      } else hi = mid - 1;
    }
    chosen = ranked.slice(0, lo);
    chunks = best;
    const caps = [
      o.maxRequests ? `\`max-requests: ${o.maxRequests}\`` : '',
      o.maxPromptTokens ? `\`max-prompt-tokens: ${o.maxPromptTokens}\`` : '',
    ].filter(Boolean);
    const reason = `over the run's budget (${caps.join(', ')}): raise it to review this file`;
    for (const f of ranked.slice(lo)) skipped.push({ path: f.path, reason });
  }
  if (o.images && (o.images.files.length > 0 || o.images.notReviewed.length > 0)) {
    // Images go where the text left room, or into requests of their own within the run's budget.
    const allows = (c: readonly Chunk[], tokens: number, newRequest: boolean): boolean =>
      (!newRequest || !o.maxRequests || c.length + 1 <= o.maxRequests) &&
      (!o.maxPromptTokens ||
        c.reduce((n, x) => n + overhead + x.tokens, 0) + tokens + (newRequest ? overhead : 0) <=
          o.maxPromptTokens);
    const packed = packImages(chunks, o.images.files, budget, count, allows);
    chunks = packed.chunks;
    // The filter skipped them as binary or media: their reason now is the images' own.
    const told = new Map([...o.images.notReviewed, ...packed.notReviewed].map((x) => [x.path, x.reason]));
    const shown = new Set(packed.placed.map((f) => f.path));
    const kept = skipped.filter((x) => !shown.has(x.path) && !told.has(x.path));
    skipped.length = 0;
    const listed = [...told].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    skipped.push(...kept, ...listed.map(([path, reason]) => ({ path, reason })));
    chosen = [...chosen, ...packed.placed];
  }
  const requests = chunks.map((chunk) => {
    // Pieces were counted line by line, where o200k counts add up exactly (chunk/measure.ts); the
    // margin covers the rest, so the joined prompt is never counted a second time.
    const promptTokens = overhead + chunk.tokens;
    if (promptTokens > promptLimit) {
      throw new Error(
        `internal: request ${chunk.index + 1} needs ${promptTokens} prompt tokens, over ${promptLimit}`,
      );
    }
    return { chunk, messages: () => messagesFor(chunk), promptTokens };
  });
  function messagesFor(chunk: Chunk): ChatMessage[] {
    return buildMessages(
      pr,
      chunk,
      chunks.length,
      chosen.length,
      o.instructions,
      guidanceFor(guidance, chunk),
    );
  }
  return { reviewable: chosen, skipped, requests, budget, promptLimit, answer, messagesFor };
}

/** The guidance one request carries: the path instructions that match its files. */
function guidanceFor(g: Guidance, chunk: Pick<Chunk, 'pieces'>): Guidance {
  if (g.pathInstructions.length === 0) return g;
  const paths = chunk.pieces.map((p) => p.file.path);
  return { ...g, pathInstructions: pathInstructionsFor(g.pathInstructions, paths) };
}

/** Source before tests before docs; within each, larger changes first. */
export function importance(f: FileDiff): number {
  const p = f.path.toLowerCase();
  if (/\.(md|mdx|rst|txt|adoc)$/.test(p) || /(^|\/)docs?\//.test(p)) return 2;
  if (
    /(^|\/)(__tests__|tests?|spec|e2e)\//.test(p) ||
    /[._-](test|spec)\.[a-z]+$/.test(p) ||
    /(^|\/)test_[^/]+\.py$/.test(p) ||
    /_test\.go$/.test(p)
  ) {
    return 1;
  }
  return 0;
}

function byImportance(a: FileDiff, b: FileDiff): number {
  return (
    importance(a) - importance(b) ||
    b.additions + b.deletions - (a.additions + a.deletions) ||
    (a.path < b.path ? -1 : 1)
  );
}
