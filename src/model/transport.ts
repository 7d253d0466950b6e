import OpenAI from 'openai';
import { Agent, fetch as undiciFetch } from 'undici';
import { streams, type Settings } from '../settings.ts';
import {
  messagesFor,
  outputParams,
  toWire,
  type ApiMessage,
  type FunctionDefinition,
  type InstructionsRole,
  type OutputMode,
  type ResultForm,
} from './format.ts';
import type { AnswerSpec } from '../types.ts';
import { StreamAssembler, fromCompletion, type Completion } from './stream.ts';

/** How a request is shown while it runs. */
export interface RequestLabel {
  /** How the request is named in progress logs, e.g. "Request 2/5". */
  label: string;
  progress?: (message: string) => void;
}

/** What a turn of the tool loop adds to a request: the tools offered, and how their results are sent. */
export interface TurnOptions {
  tools?: readonly FunctionDefinition[];
  results?: ResultForm;
  /** The kind of answer asked for; the review when absent. */
  answer?: AnswerSpec<unknown>;
  /** The role of the instructions; `system` when absent. */
  instructions?: InstructionsRole;
}

/**
 * One HTTP request for the answer in `mode` (offering `turn.tools` beside it), streamed or not; SDK
 * errors are thrown as they come.
 */
export type Transport = (
  messages: ApiMessage[],
  mode: OutputMode,
  maxTokens: number,
  info: RequestLabel,
  turn?: TurnOptions,
) => Promise<Completion>;

/** How often a streamed request reports that it is still going. */
const PROGRESS_EVERY_MS = 30_000;

/**
 * A transport bound to the settings. `baseURL`, `apiKey`, organization and project are passed
 * explicitly so stray OPENAI_* variables in the runner cannot redirect requests or the key.
 */
export function createTransport(s: Settings): Transport {
  // Node's fetch gives up after 5 minutes without response headers; a deep review can think longer.
  const dispatcher = new Agent({ headersTimeout: s.requestTimeoutMs, bodyTimeout: s.requestTimeoutMs });
  const client = new OpenAI({
    apiKey: s.apiKey,
    baseURL: s.baseUrl,
    organization: null,
    project: null,
    timeout: s.requestTimeoutMs,
    // Retries are ours (retry.ts): the SDK's policy retries a 503 twice and cannot retry a broken stream.
    maxRetries: 0,
    fetch: ((url: string, init?: RequestInit) =>
      undiciFetch(url, { ...(init as object), dispatcher } as Parameters<
        typeof undiciFetch
      >[1])) as unknown as typeof fetch,
  });
  const stream = streams(s);

  return async (messages, mode, maxTokens, info, turn = {}) => {
    // The params are built per mode; the SDK's types cannot follow the mode-dependent shape.
    const body = {
      model: s.model,
      max_tokens: maxTokens,
      reasoning_effort: s.reasoningEffort,
      // Sent only when set: the provider's defaults hold otherwise.
      ...(s.temperature === null ? {} : { temperature: s.temperature }),
      ...(s.topP === null ? {} : { top_p: s.topP }),
      ...outputParams(mode, turn.tools, turn.answer),
      messages: toWire(messagesFor(messages, mode, turn.results, turn.answer, turn.instructions)),
    } as unknown as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
    if (!stream) return fromCompletion(await client.chat.completions.create(body));
    // Streaming keeps the connection busy through long reasoning and lets us show progress.
    const started = Date.now();
    let lastReport = started;
    const assembler = new StreamAssembler();
    const chunks = await client.chat.completions.create({ ...body, stream: true });
    for await (const chunk of chunks) {
      assembler.add(chunk);
      if (info.progress && Date.now() - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = Date.now();
        info.progress(
          `${info.label}: streaming, ${assembler.chars} characters after ${Math.round((lastReport - started) / 1000)} s`,
        );
      }
    }
    return { ...assembler.result(), functionName: assembler.functionName };
  };
}
