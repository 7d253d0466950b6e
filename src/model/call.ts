import { MAX_OUTPUT_TOKENS, type Settings } from '../settings.ts';
import type { ChatMessage } from '../prompt/messages.ts';
import { answerText, judge, type ModelAnswer, type Usage } from './answer.ts';
import { ChunkError, TruncatedError } from './errors.ts';
import { grownMaxTokens, messageText, repairMessages, type ApiMessage } from './format.ts';
import { retryPolicy, type RetryOverrides } from './retry.ts';
import { createSend } from './send.ts';
import { createTransport, type RequestLabel } from './transport.ts';

export interface CallInfo extends RequestLabel {
  /** Prompt tokens we counted: used when the provider reports no usage (some streams do not). */
  promptTokens: number;
  /** Output cap to start with; default `max-tokens`. A split chunk starts where its parent ended. */
  maxTokens?: number;
}

export type ModelCall = (messages: ChatMessage[], info: CallInfo) => Promise<ModelAnswer>;

export interface ModelCallOptions {
  /** Retry limits and delays; tests shorten the delays. */
  retry?: RetryOverrides;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A model caller bound to the settings. One call is one chunk. It retries transient faults (see
 * retry.ts), falls back to an output mode the provider accepts (remembered for the rest of the run;
 * see send.ts), asks again with a larger output cap when the answer is cut off, and asks once for a
 * corrected answer when it does not match the schema. What it cannot fix is a ChunkError (a
 * TruncatedError when splitting the chunk may help).
 */
export function createModelCall(
  s: Settings,
  count: (text: string) => number,
  opts: ModelCallOptions = {},
): ModelCall {
  const send = createSend(createTransport(s), s, {
    policy: retryPolicy(opts.retry),
    sleep: opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
  });

  return async (messages: ChatMessage[], info: CallInfo): Promise<ModelAnswer> => {
    const cost: Usage = { promptTokens: 0, completionTokens: 0, requests: 0 };
    const first = Math.min(info.maxTokens ?? s.maxTokens, MAX_OUTPUT_TOKENS);
    let maxTokens = first;
    let grown = false;
    let convo: ApiMessage[] = messages;
    let promptTokens = info.promptTokens;
    let repaired = false;
    for (;;) {
      const { completion, mode: used } = await send(convo, maxTokens, info, cost);
      const check = judge(completion);
      const usage = completion.usage ?? {
        prompt_tokens: promptTokens,
        completion_tokens: count(answerText(completion) ?? ''),
      };
      cost.promptTokens += usage.prompt_tokens;
      cost.completionTokens += usage.completion_tokens;

      if (check.kind === 'ok') return { review: check.review, ...cost };
      if (check.kind === 'blocked') throw new ChunkError(check.why, cost);
      if (check.kind === 'truncated') {
        // A cut-off answer is never parsed: ask once with room to finish, then let the caller split.
        const next = grown ? null : grownMaxTokens(maxTokens, promptTokens, s.contextWindow);
        if (next !== null) {
          info.progress?.(
            `${info.label}: the answer was cut off at max_tokens ${maxTokens}; asking again with ${next}.`,
          );
          maxTokens = next;
          grown = true;
          continue;
        }
        throw new TruncatedError(
          truncatedReason(maxTokens, first, promptTokens, s.contextWindow),
          cost,
          maxTokens,
        );
      }
      if (repaired) {
        throw new ChunkError(`${check.why}, also after asking the model once to correct it`, cost);
      }
      // One repair attempt: the model sees its answer and what is wrong with it.
      repaired = true;
      info.progress?.(`${info.label}: ${check.why}; asking the model once to correct it.`);
      convo = repairMessages(messages, used, check.answer, check.why);
      promptTokens =
        info.promptTokens + convo.slice(messages.length).reduce((n, x) => n + count(messageText(x)), 0);
      maxTokens = Math.min(maxTokens, Math.max(1, s.contextWindow - promptTokens));
    }
  };
}

/** Why a cut-off answer could not grow further, and which setting would let it. */
function truncatedReason(
  maxTokens: number,
  first: number,
  promptTokens: number,
  contextWindow: number,
): string {
  const raised = maxTokens > first ? ` (raised from ${first})` : '';
  if (maxTokens >= MAX_OUTPUT_TOKENS) {
    return `the answer was cut off at ${maxTokens} output tokens${raised}, the API's maximum`;
  }
  if (maxTokens >= contextWindow - promptTokens) {
    return `the answer was cut off at ${maxTokens} output tokens${raised}, all that \`context-window\` (${contextWindow}) leaves after the prompt: raise \`context-window\` if the model accepts more`;
  }
  return `the answer was cut off at ${maxTokens} output tokens${raised}: raise \`max-tokens\` (up to 128000)`;
}
