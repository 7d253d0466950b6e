import { SchemaError, parseModelReview, type ModelReview } from './schema.ts';
import type { Completion } from './stream.ts';

/** What a request cost, over every attempt it took. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  /** HTTP requests sent: retries, a repair or a larger output cap each count. */
  requests: number;
}

/** One tool call as the run's records show it. */
export interface ToolCallRecord {
  name: string;
  /** As the model wrote them, clipped to ARGUMENTS_SHOWN (tools.ts) characters. */
  arguments: string;
  ok: boolean;
  tokens: number;
  ms: number;
}

/** One model answer, validated, with what it cost. */
export interface ModelAnswer extends Usage {
  review: ModelReview;
  /** The tools the model called, in order (empty without tools); the usage covers every turn. */
  toolCalls: ToolCallRecord[];
}

/** What an answer is worth: not the review's verdict (findings/verdict.ts), the answer's usability. */
export type AnswerCheck =
  | { kind: 'ok'; review: ModelReview }
  | { kind: 'truncated' }
  | { kind: 'blocked'; why: string }
  | { kind: 'invalid'; why: string; answer: string };

/** The review's text: the function call's arguments in `functions` mode, else the content. */
export function answerText(c: Completion): string | null {
  return c.functionArguments ?? c.content;
}

/** What a completion is worth: a review, or why not. A cut-off answer is never parsed. */
export function judge(c: Completion): AnswerCheck {
  if (c.finishReason === 'length') return { kind: 'truncated' };
  if (c.finishReason === 'content_filter') {
    return { kind: 'blocked', why: "the provider's content filter blocked the answer" };
  }
  if (c.refusal) return { kind: 'blocked', why: `the model refused: ${c.refusal.slice(0, 300)}` };
  const text = answerText(c);
  if (text === null || text.trim() === '') {
    return { kind: 'invalid', why: 'the model answered with no content', answer: text ?? '' };
  }
  try {
    return { kind: 'ok', review: parseModelReview(text) };
  } catch (e) {
    if (e instanceof SchemaError) return { kind: 'invalid', why: e.message, answer: text };
    throw e;
  }
}
