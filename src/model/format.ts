import { MAX_OUTPUT_TOKENS } from '../settings.ts';
import { REVIEW_SCHEMA, SCHEMA_NAME } from './schema.ts';

/**
 * How the review is asked for, best first: structured outputs (`response_format: json_schema`, strict),
 * JSON mode with the schema in the system prompt, then a forced legacy function call whose arguments
 * are the review. Every answer is validated against the same schema whichever mode produced it.
 */
export const OUTPUT_MODES = ['json_schema', 'json_object', 'functions'] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

/** A chat message as sent: the planned system and user messages, plus a repair exchange. */
export type ApiMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string }
  | { role: 'assistant'; content: null; function_call: { name: string; arguments: string } };

export function nextMode(mode: OutputMode): OutputMode | null {
  return OUTPUT_MODES[OUTPUT_MODES.indexOf(mode) + 1] ?? null;
}

/** Whether `mode` comes after `than` in the fallback order. */
export function isFallbackFrom(mode: OutputMode, than: OutputMode): boolean {
  return OUTPUT_MODES.indexOf(mode) > OUTPUT_MODES.indexOf(than);
}

/** How a mode is named in the log. */
export function describeMode(m: OutputMode): string {
  return m === 'functions' ? 'a function call' : `response_format ${m}`;
}

/** The text a message sends: its content, or a function call's arguments. */
export function messageText(m: ApiMessage): string {
  return m.content ?? ('function_call' in m ? m.function_call.arguments : '');
}

/** The request parameters that ask for the review in `mode`. */
export function outputParams(mode: OutputMode): Record<string, unknown> {
  const schema = REVIEW_SCHEMA as unknown as Record<string, unknown>;
  if (mode === 'json_schema') {
    return {
      response_format: { type: 'json_schema', json_schema: { name: SCHEMA_NAME, strict: true, schema } },
    };
  }
  if (mode === 'json_object') return { response_format: { type: 'json_object' } };
  return {
    functions: [
      {
        name: SCHEMA_NAME,
        description: 'Report the review of this part of the pull request.',
        parameters: schema,
      },
    ],
    function_call: { name: SCHEMA_NAME },
  };
}

/** The messages for `mode`: without structured outputs the model must be shown the schema itself. */
export function messagesFor(messages: readonly ApiMessage[], mode: OutputMode): ApiMessage[] {
  if (mode === 'json_schema') return [...messages];
  const how =
    mode === 'json_object'
      ? `Answer with one JSON object, and nothing else, that matches this JSON Schema:\n${JSON.stringify(REVIEW_SCHEMA)}`
      : `Answer by calling the function \`${SCHEMA_NAME}\`; its arguments are the review.`;
  return messages.map((m, i) =>
    i === 0 && m.role === 'system' ? { role: 'system', content: `${m.content}\n\n${how}` } : m,
  );
}

/** The invalid answer is shown back at most this long: enough to see the mistake, bounded in cost. */
export const REPAIR_ANSWER_CHARS = 16_000;

/**
 * The conversation for the one repair attempt: the original request, the model's invalid answer, and
 * a short follow-up naming what is wrong.
 */
export function repairMessages(
  messages: readonly ApiMessage[],
  mode: OutputMode,
  answer: string,
  problem: string,
): ApiMessage[] {
  const shown =
    answer.length > REPAIR_ANSWER_CHARS
      ? `${answer.slice(0, REPAIR_ANSWER_CHARS)}\n[… ${answer.length - REPAIR_ANSWER_CHARS} more characters]`
      : answer;
  const previous: ApiMessage =
    mode === 'functions'
      ? { role: 'assistant', content: null, function_call: { name: SCHEMA_NAME, arguments: shown } }
      : { role: 'assistant', content: shown };
  const again =
    mode === 'functions'
      ? `call \`${SCHEMA_NAME}\` again with arguments that match its schema`
      : 'answer again with only the complete JSON object the schema requires, no other text';
  return [
    ...messages,
    previous,
    { role: 'user', content: `That answer cannot be used: ${problem}. Fix it: ${again}.` },
  ];
}

/**
 * The output cap to ask again with after an answer was cut off: double, within what the API allows
 * (128000) and what the context window leaves after the prompt. Null when it cannot grow.
 */
export function grownMaxTokens(current: number, promptTokens: number, contextWindow: number): number | null {
  const cap = Math.min(MAX_OUTPUT_TOKENS, contextWindow - promptTokens);
  const next = Math.min(current * 2, cap);
  return next > current ? next : null;
}
