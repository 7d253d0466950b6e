import OpenAI from 'openai';
import { Agent, fetch as undiciFetch } from 'undici';
import { streams, type Settings } from '../settings.ts';
import { StreamAssembler, fromCompletion, type Completion } from './stream.ts';
import type { ChatMessage } from '../prompt/messages.ts';
import { REVIEW_SCHEMA, SCHEMA_NAME, SchemaError, parseModelReview, type ModelReview } from './schema.ts';

/** One model answer, validated, with what it cost. */
export interface ModelAnswer {
  review: ModelReview;
  promptTokens: number;
  completionTokens: number;
}

/** The request could not be used; the chunk is reported as not reviewed with this reason. */
export class ChunkError extends Error {
  override name = 'ChunkError';
  readonly promptTokens: number;
  readonly completionTokens: number;
  constructor(message: string, usage?: { prompt_tokens?: number; completion_tokens?: number } | null) {
    super(message);
    this.promptTokens = usage?.prompt_tokens ?? 0;
    this.completionTokens = usage?.completion_tokens ?? 0;
  }
}

/** Every request would fail the same way (bad key, unknown model, wrong URL): stop the run. */
export class ModelConfigError extends Error {
  override name = 'ModelConfigError';
}

export interface CallInfo {
  /** Prompt tokens we counted: used when the provider reports no usage (some streams do not). */
  promptTokens: number;
  /** How the request is named in progress logs, e.g. "Request 2/5". */
  label: string;
  progress?: (message: string) => void;
}

export type ModelCall = (messages: ChatMessage[], info: CallInfo) => Promise<ModelAnswer>;

/** How often a streamed request reports that it is still going. */
const PROGRESS_EVERY_MS = 30_000;

/**
 * A model caller bound to the settings. `baseURL`, `apiKey`, organization and project are passed
 * explicitly so stray OPENAI_* variables in the runner cannot redirect requests or the key.
 */
export function createModelCall(s: Settings, count: (text: string) => number): ModelCall {
  // Node's fetch gives up after 5 minutes without response headers; a deep review can think longer.
  const dispatcher = new Agent({ headersTimeout: s.requestTimeoutMs, bodyTimeout: s.requestTimeoutMs });
  const client = new OpenAI({
    apiKey: s.apiKey,
    baseURL: s.baseUrl,
    organization: null,
    project: null,
    timeout: s.requestTimeoutMs,
    maxRetries: 2,
    fetch: ((url: string, init?: RequestInit) =>
      undiciFetch(url, { ...(init as object), dispatcher } as Parameters<
        typeof undiciFetch
      >[1])) as unknown as typeof fetch,
  });
  const stream = streams(s);
  const params = {
    model: s.model,
    max_tokens: s.maxTokens,
    reasoning_effort: s.reasoningEffort,
    response_format: {
      type: 'json_schema' as const,
      json_schema: {
        name: SCHEMA_NAME,
        strict: true,
        schema: REVIEW_SCHEMA as unknown as Record<string, unknown>,
      },
    },
  };

  return async (messages, info) => {
    let completion: Completion;
    try {
      if (stream) {
        // Streaming keeps the connection busy through long reasoning and lets us show progress.
        const started = Date.now();
        let lastReport = started;
        const assembler = new StreamAssembler();
        const chunks = await client.chat.completions.create({ ...params, messages, stream: true });
        for await (const chunk of chunks) {
          assembler.add(chunk);
          if (info.progress && Date.now() - lastReport >= PROGRESS_EVERY_MS) {
            lastReport = Date.now();
            info.progress(
              `${info.label}: streaming, ${assembler.chars} characters after ${Math.round((lastReport - started) / 1000)} s`,
            );
          }
        }
        completion = assembler.result();
      } else {
        completion = fromCompletion(await client.chat.completions.create({ ...params, messages }));
      }
    } catch (e) {
      throw classify(e, s);
    }
    return interpret(completion, s, info, count);
  };
}

/** Turns a completion into a validated review, or a ChunkError that says why it cannot be used. */
export function interpret(
  c: Completion,
  s: Pick<Settings, 'maxTokens'>,
  info: Pick<CallInfo, 'promptTokens'>,
  count: (text: string) => number,
): ModelAnswer {
  const usage = c.usage ?? { prompt_tokens: info.promptTokens, completion_tokens: count(c.content ?? '') };
  if (c.finishReason === 'length') {
    throw new ChunkError(
      `the answer was cut off at max-tokens (${s.maxTokens}); raise \`max-tokens\` (up to 128000)`,
      usage,
    );
  }
  if (c.finishReason === 'content_filter')
    throw new ChunkError("the provider's content filter blocked the answer", usage);
  if (c.refusal) throw new ChunkError(`the model refused: ${c.refusal.slice(0, 300)}`, usage);
  if (c.content === null || c.content.trim() === '')
    throw new ChunkError('the model answered with no content', usage);
  let review: ModelReview;
  try {
    review = parseModelReview(c.content);
  } catch (e) {
    if (e instanceof SchemaError) throw new ChunkError(e.message, usage);
    throw e;
  }
  return { review, promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
}

function classify(e: unknown, s: Settings): Error {
  if (e instanceof OpenAI.AuthenticationError) {
    return new ModelConfigError(
      `The model API at ${s.baseUrl} refused the API key (401). Check the secret passed as \`api-key\` (it may be unset, expired or for another provider).`,
    );
  }
  if (e instanceof OpenAI.PermissionDeniedError) {
    return new ModelConfigError(
      `The model API at ${s.baseUrl} denied access (403) for model '${s.model}'. Check that the \`api-key\` may use this model, or set \`model\` to one it may.`,
    );
  }
  if (e instanceof OpenAI.NotFoundError) {
    return new ModelConfigError(
      `The model API answered 404 at ${s.baseUrl}/chat/completions for model '${s.model}'. Check \`base-url\` (it must be the API root, e.g. https://cloud.vtrix.ai/llm) and \`model\`.`,
    );
  }
  if (e instanceof OpenAI.APIConnectionTimeoutError) {
    return new ChunkError(
      `the model API did not answer within \`request-timeout\` (${s.requestTimeoutMs / 1000} s)`,
    );
  }
  if (e instanceof OpenAI.APIError) {
    const status = e.status ? ` (${e.status})` : '';
    return new ChunkError(`the model API failed${status}: ${e.message.slice(0, 300)}`);
  }
  return new ChunkError(`the model request failed: ${(e as Error)?.message ?? String(e)}`);
}
