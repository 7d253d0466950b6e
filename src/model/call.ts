import { MAX_OUTPUT_TOKENS, type Settings } from '../settings.ts';
import type { ChatMessage } from '../prompt/messages.ts';
import {
  answerText,
  judge,
  type Answered,
  type ModelAnswer,
  type ToolCallRecord,
  type Usage,
} from './answer.ts';
import { REVIEW_ANSWER, type ModelReview } from './schema.ts';
import type { AnswerSpec } from '../types.ts';
import { ChunkError, TruncatedError } from './errors.ts';
import {
  finalTurnNote,
  grownMaxTokens,
  messageText,
  repairMessages,
  type ApiMessage,
  type FunctionDefinition,
  type OutputMode,
} from './format.ts';
import { retryPolicy, type RetryOverrides } from './retry.ts';
import { createSend } from './send.ts';
import { NOTE_RESERVE_TOKENS, fitTokens, recordOf, runTool, toolCallOf, type ModelTools } from './tools.ts';
import { createTransport, type RequestLabel } from './transport.ts';

export interface CallInfo extends RequestLabel {
  /**
   * Prompt tokens we counted, the tools' definitions included when `tools` are given (as the plan
   * counts them): used for the budgets, and when the provider reports no usage (some streams do not).
   */
  promptTokens: number;
  /** Output cap to start with; default `max-tokens`. A split chunk starts where its parent ended. */
  maxTokens?: number;
  /** Tools the model may call before it answers (see tools.ts); none: one answer, as before. */
  tools?: ModelTools;
  /** A review's spec (the plan's: with or without the diagram); default REVIEW_ANSWER. `ask` ignores it. */
  answer?: AnswerSpec<ModelReview>;
}

export type ModelCall = (messages: ChatMessage[], info: CallInfo) => Promise<ModelAnswer>;

/** One answer of `spec`'s kind, with the same loop, retries, fallbacks and repair as a review. */
export type Ask = <T>(spec: AnswerSpec<T>, messages: ChatMessage[], info: CallInfo) => Promise<Answered<T>>;

/** The review of a chunk, and any other kind of answer, over one sender: what it learns holds for both. */
export interface ModelClient {
  call: ModelCall;
  ask: Ask;
}

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
 *
 * With `info.tools`, each request offers them and answers the model's calls, turn after turn, until
 * the model answers with the review; when the calls or the prompt tokens are spent, the last turn
 * offers no tool and asks for the review, so a review always comes (or the same ChunkError as without
 * tools). The repair and a larger output cap apply to that last answer as they do without tools.
 */
export function createModelCall(
  s: Settings,
  count: (text: string) => number,
  opts: ModelCallOptions = {},
): ModelCall {
  return createModelClient(s, count, opts).call;
}

/** The model client (see `createModelCall`); `ask` asks for answers of other kinds the same way. */
export function createModelClient(
  s: Settings,
  count: (text: string) => number,
  opts: ModelCallOptions = {},
): ModelClient {
  const send = createSend(createTransport(s), s, {
    policy: retryPolicy(opts.retry),
    sleep: opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
  });

  // The output mode the last answer came in: the one the run has settled on, for the last turn's note.
  let lastMode: OutputMode = 'json_schema';

  const ask = async <T>(
    spec: AnswerSpec<T>,
    messages: ChatMessage[],
    info: CallInfo,
  ): Promise<Answered<T>> => {
    const cost: Usage = { promptTokens: 0, completionTokens: 0, requests: 0 };
    const first = Math.min(info.maxTokens ?? s.maxTokens, MAX_OUTPUT_TOKENS);
    let maxTokens = first;
    let grown = false;
    let convo: ApiMessage[] = messages;
    let repaired = false;

    const tools = info.tools && info.tools.definitions.length > 0 ? info.tools : undefined;
    const toolCalls: ToolCallRecord[] = [];
    const definitionTokens = tools ? count(JSON.stringify(tools.definitions)) : 0;
    // The messages alone: the definitions are added to the turns that offer them, and only those.
    const messageTokens = Math.max(0, info.promptTokens - definitionTokens);
    let promptTokens = messageTokens;
    const ceiling = tools && tools.maxPromptTokens > 0 ? tools.maxPromptTokens : Infinity;
    let offering = tools !== undefined;
    const append = (...added: ApiMessage[]): void => {
      convo = [...convo, ...added];
      promptTokens += added.reduce((n, x) => n + count(messageText(x)), 0);
    };

    try {
      for (;;) {
        let offer: readonly FunctionDefinition[] | undefined;
        if (offering && tools) {
          const turn = promptTokens + definitionTokens;
          // A tool turn is worth sending only when the turn after it, at least as large, fits too.
          const spent =
            toolCalls.length >= tools.maxCalls
              ? `${tools.maxCalls} tool calls`
              : cost.promptTokens + 2 * turn > ceiling || turn + maxTokens > s.contextWindow
                ? 'no room left in its prompt tokens for another turn'
                : null;
          if (spent === null) offer = tools.definitions;
          else {
            offering = false;
            info.progress?.(`${info.label}: tool budget spent (${spent}); asking for the review.`);
            append(finalTurnNote(lastMode, spent, spec));
          }
        }
        const turnPrompt = promptTokens + (offer ? definitionTokens : 0);
        const { completion, mode: used } = await send(convo, maxTokens, info, cost, offer, spec);
        lastMode = used;
        const usage = completion.usage ?? {
          prompt_tokens: turnPrompt,
          completion_tokens: count(answerText(completion) ?? ''),
        };
        cost.promptTokens += usage.prompt_tokens;
        cost.completionTokens += usage.completion_tokens;

        const called = offer && tools ? toolCallOf(completion, spec.name) : null;
        if (called && tools) {
          const result = await runTool(tools, called.name, called.arguments);
          toolCalls.push(recordOf(called.name, called.arguments, result));
          info.progress?.(
            `${info.label}: tool \`${called.name}\` ${result.ok ? 'answered' : 'failed'} (${result.tokens} tokens, ${result.ms} ms).`,
          );
          const asked: ApiMessage = { role: 'assistant', content: null, function_call: called };
          // What the next turn, perhaps the last, may still add to the prompt.
          const room =
            Math.min(ceiling - cost.promptTokens, s.contextWindow - maxTokens) -
            promptTokens -
            count(messageText(asked)) -
            NOTE_RESERVE_TOKENS;
          append(asked, {
            role: 'function',
            name: called.name,
            content: fitTokens(result.content, room, count),
          });
          continue;
        }

        const check = judge(completion, spec);
        if (check.kind === 'ok') return { value: check.value, ...cost, toolCalls };
        if (check.kind === 'blocked') throw new ChunkError(check.why, cost);
        if (check.kind === 'truncated') {
          // A cut-off answer is never parsed: ask once with room to finish, then let the caller split.
          const next = grown ? null : grownMaxTokens(maxTokens, turnPrompt, s.contextWindow);
          if (next !== null) {
            info.progress?.(
              `${info.label}: the answer was cut off at max_tokens ${maxTokens}; asking again with ${next}.`,
            );
            maxTokens = next;
            grown = true;
            continue;
          }
          throw new TruncatedError(
            truncatedReason(maxTokens, first, turnPrompt, s.contextWindow),
            cost,
            maxTokens,
          );
        }
        if (repaired) {
          throw new ChunkError(`${check.why}, also after asking the model once to correct it`, cost);
        }
        // One repair attempt: the model sees its answer and what is wrong with it, and answers it alone.
        repaired = true;
        offering = false;
        info.progress?.(`${info.label}: ${check.why}; asking the model once to correct it.`);
        convo = repairMessages(convo, used, check.answer, check.why, spec);
        promptTokens =
          messageTokens + convo.slice(messages.length).reduce((n, x) => n + count(messageText(x)), 0);
        maxTokens = Math.min(maxTokens, Math.max(1, s.contextWindow - promptTokens));
      }
    } catch (e) {
      // The calls a failed request made are still shown (the job summary, the CLI's progress).
      if (e instanceof ChunkError) e.toolCalls = toolCalls;
      throw e;
    }
  };

  const call: ModelCall = async (messages, info) => {
    const { value, ...rest } = await ask(info.answer ?? REVIEW_ANSWER, messages, info);
    return { review: value, ...rest };
  };
  return { call, ask };
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
