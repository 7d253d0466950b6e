import { REVIEW_ANSWER, type ModelReview } from './schema.ts';
import type { AnswerSpec } from '../types.ts';
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

/** One answer of any kind (see AnswerSpec in src/types.ts), validated, with what it cost. */
export interface Answered<T> extends Usage {
  value: T;
  /** The tools the model called, in order (empty without tools); the usage covers every turn. */
  toolCalls: ToolCallRecord[];
}

/** One chunk's review, validated, with what it cost. */
export interface ModelAnswer extends Usage {
  review: ModelReview;
  /** The tools the model called, in order (empty without tools); the usage covers every turn. */
  toolCalls: ToolCallRecord[];
}

/** What an answer is worth: not the review's verdict (findings/verdict.ts), the answer's usability. */
export type AnswerCheck<T = ModelReview> =
  | { kind: 'ok'; value: T }
  | { kind: 'truncated' }
  | { kind: 'blocked'; why: string }
  | { kind: 'invalid'; why: string; answer: string };

/** The review's text: the function call's arguments in `functions` mode, else the content. */
export function answerText(c: Completion): string | null {
  return c.functionArguments ?? c.content;
}

/** What a completion is worth: an answer of `spec`'s kind (a review by default), or why not. A cut-off answer is never parsed. */
export function judge<T = ModelReview>(
  c: Completion,
  spec: AnswerSpec<T> = REVIEW_ANSWER as unknown as AnswerSpec<T>,
): AnswerCheck<T> {
  if (c.finishReason === 'length') return { kind: 'truncated' };
  if (c.finishReason === 'content_filter') {
    return { kind: 'blocked', why: "the provider's content filter blocked the answer" };
  }
  if (c.refusal) return { kind: 'blocked', why: `the model refused: ${c.refusal.slice(0, 300)}` };
  const text = answerText(c);
  if (text === null || text.trim() === '') {
    return { kind: 'invalid', why: 'the model answered with no content', answer: text ?? '' };
  }
  const parsed = spec.parse(text);
  return parsed.ok ? { kind: 'ok', value: parsed.value } : { kind: 'invalid', why: parsed.why, answer: text };
}
