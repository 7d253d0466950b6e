import OpenAI from 'openai';
import { Agent, fetch as undiciFetch } from 'undici';
import { MAX_OUTPUT_TOKENS, streams, type Settings } from '../settings.ts';
import { StreamAssembler, fromCompletion, type Completion } from './stream.ts';
import type { ChatMessage } from '../prompt/messages.ts';
import { SchemaError, parseModelReview, type ModelReview } from './schema.ts';
import {
  grownMaxTokens,
  messagesFor,
  nextMode,
  outputParams,
  repairMessages,
  type ApiMessage,
  type OutputMode,
} from './format.ts';
import {
  DEFAULT_RETRY_POLICY,
  decideRetry,
  faultKindOf,
  retryAfterMs,
  type Fault,
  type FaultKind,
  type RetryPolicy,
} from './retry.ts';

/** What a request cost, over every attempt it took. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  /** HTTP requests sent: retries, a repair or a larger output cap each count. */
  requests: number;
}

/** One model answer, validated, with what it cost. */
export interface ModelAnswer extends Usage {
  review: ModelReview;
}

/** The request could not be used; the chunk is reported as not reviewed with this reason. */
export class ChunkError extends Error {
  override name = 'ChunkError';
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly requests: number;
  constructor(message: string, cost?: Partial<Usage>) {
    super(message);
    this.promptTokens = cost?.promptTokens ?? 0;
    this.completionTokens = cost?.completionTokens ?? 0;
    this.requests = cost?.requests ?? 0;
  }
}

/** The answer was still cut off at `maxTokens`: the chunk is worth splitting and asking again. */
export class TruncatedError extends ChunkError {
  override name = 'TruncatedError';
  readonly maxTokens: number;
  constructor(message: string, cost: Usage, maxTokens: number) {
    super(message, cost);
    this.maxTokens = maxTokens;
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
  /** Output cap to start with; default `max-tokens`. A split chunk starts where its parent ended. */
  maxTokens?: number;
}

export type ModelCall = (messages: ChatMessage[], info: CallInfo) => Promise<ModelAnswer>;

export interface ModelCallOptions {
  /** Retry limits and delays; tests shorten the delays. */
  retry?: Partial<Omit<RetryPolicy, 'retries'>> & { retries?: Partial<Record<FaultKind, number>> };
  sleep?: (ms: number) => Promise<void>;
}

/** How often a streamed request reports that it is still going. */
const PROGRESS_EVERY_MS = 30_000;

/**
 * A model caller bound to the settings. `baseURL`, `apiKey`, organization and project are passed
 * explicitly so stray OPENAI_* variables in the runner cannot redirect requests or the key.
 *
 * One call is one chunk. It retries transient faults (see retry.ts), falls back to an output mode the
 * provider accepts (remembered for the rest of the run), asks again with a larger output cap when the
 * answer is cut off, and asks once for a corrected answer when it does not match the schema. What it
 * cannot fix is a ChunkError (a TruncatedError when splitting the chunk may help).
 */
export function createModelCall(
  s: Settings,
  count: (text: string) => number,
  opts: ModelCallOptions = {},
): ModelCall {
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
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    ...opts.retry,
    retries: { ...DEFAULT_RETRY_POLICY.retries, ...opts.retry?.retries },
  };
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  // The output mode the provider accepts, learnt once for the whole run.
  let mode: OutputMode = 'json_schema';

  /** One HTTP request. */
  async function once(messages: ApiMessage[], m: OutputMode, maxTokens: number, info: CallInfo) {
    // The params are built per mode; the SDK's types cannot follow the mode-dependent shape.
    const body = {
      model: s.model,
      max_tokens: maxTokens,
      reasoning_effort: s.reasoningEffort,
      ...outputParams(m),
      messages: messagesFor(messages, m),
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
    return assembler.result();
  }

  /** One answer (of any content), through retries and output-mode fallbacks. */
  async function send(
    messages: ApiMessage[],
    maxTokens: number,
    info: CallInfo,
    cost: Usage,
  ): Promise<{ completion: Completion; mode: OutputMode }> {
    const done: Partial<Record<FaultKind, number>> = {};
    let m = mode;
    let refused: { mode: OutputMode; message: string } | null = null;
    for (;;) {
      const started = Date.now();
      cost.requests++;
      try {
        const completion = await once(messages, m, maxTokens, info);
        if (OUTPUT_RANK[m] > OUTPUT_RANK[mode]) {
          mode = m;
          info.progress?.(
            `The model API does not accept ${describeMode(refused?.mode ?? 'json_schema')}; using ${describeMode(m)} for the rest of the run.`,
          );
        }
        return { completion, mode: m };
      } catch (e) {
        if (e instanceof OpenAI.APIError && refusesMode(e)) {
          const next = nextMode(m);
          refused ??= { mode: m, message: clip(e.message) };
          if (next) {
            info.progress?.(
              `${info.label}: ${describeMode(m)} refused (${clip(e.message)}); trying ${describeMode(next)}.`,
            );
            m = next;
            continue;
          }
          throw new ChunkError(
            `the model API refused the request (${refused.message}), with ${describeMode(refused.mode)} and every fallback output mode`,
            cost,
          );
        }
        const config = configError(e, s);
        if (config) throw config;
        const fault = faultOf(e, Date.now() - started, s.requestTimeoutMs);
        if (!fault) throw new ChunkError(`the model request failed: ${clip(messageOf(e))}`, cost);
        const decision = decideRetry(fault, done, policy);
        if (!decision.retry)
          throw new ChunkError(`${fault.message} (${decision.why})${hintFor(fault)}`, cost);
        done[fault.kind] = (done[fault.kind] ?? 0) + 1;
        info.progress?.(
          `${info.label}: ${fault.message}; retrying in ${(decision.delayMs / 1000).toFixed(1)} s.`,
        );
        await sleep(decision.delayMs);
      }
    }
  }

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
        info.promptTokens +
        convo.slice(messages.length).reduce((n, x) => n + count(x.content ?? answerOf(x)), 0);
      maxTokens = Math.min(maxTokens, Math.max(1, s.contextWindow - promptTokens));
    }
  };
}

const OUTPUT_RANK: Record<OutputMode, number> = { json_schema: 0, json_object: 1, functions: 2 };

function describeMode(m: OutputMode): string {
  return m === 'functions' ? 'a function call' : `response_format ${m}`;
}

function answerOf(m: ApiMessage): string {
  return 'function_call' in m ? m.function_call.arguments : '';
}

/** The review's text: the function call's arguments in `functions` mode, else the content. */
function answerText(c: Completion): string | null {
  return c.functionArguments ?? c.content;
}

/** What an answer is worth: not the review's verdict (findings/verdict.ts), the answer's usability. */
export type AnswerCheck =
  | { kind: 'ok'; review: ModelReview }
  | { kind: 'truncated' }
  | { kind: 'blocked'; why: string }
  | { kind: 'invalid'; why: string; answer: string };

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

/** A 400 (or 422) that may be the provider refusing the output mode, not the request as a whole. */
function refusesMode(e: InstanceType<typeof OpenAI.APIError>): boolean {
  if (e.status !== 400 && e.status !== 422) return false;
  // These are about the prompt's size: another output mode would be refused the same way.
  return !/context length|context window|maximum context|too many tokens|prompt is too long/i.test(e.message);
}

function configError(e: unknown, s: Settings): ModelConfigError | null {
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
  return null;
}

/** The fault a failed request is, or null when sending it again cannot help. */
export function faultOf(e: unknown, elapsedMs: number, timeoutMs: number): Fault | null {
  if (e instanceof OpenAI.APIError && e.status !== undefined) {
    const kind = faultKindOf(e.status);
    if (!kind) return null;
    const after = e.headers ? retryAfterMs((n) => e.headers?.get(n)) : undefined;
    return {
      kind,
      status: e.status,
      ...(after === undefined ? {} : { retryAfterMs: after }),
      message: `the model API answered ${clip(e.message)}`,
    };
  }
  const code = causeCode(e);
  if (
    e instanceof OpenAI.APIConnectionTimeoutError ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    // Under some runtimes the SDK's own timeout surfaces as a plain connection error: the clock tells.
    (e instanceof OpenAI.APIConnectionError && elapsedMs >= timeoutMs - 50)
  ) {
    return {
      kind: 'timeout',
      message: `the model API did not answer within \`request-timeout\` (${timeoutMs / 1000} s)`,
    };
  }
  if (e instanceof OpenAI.APIConnectionError || code?.startsWith('UND_ERR') || isNetworkCode(code)) {
    return { kind: 'connection', message: `the connection to the model API failed (${clip(detailOf(e))})` };
  }
  return null;
}

function causeCode(e: unknown): string | undefined {
  for (let x: unknown = e, depth = 0; x && depth < 4; x = (x as { cause?: unknown }).cause, depth++) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function isNetworkCode(code: string | undefined): boolean {
  return (
    code !== undefined &&
    /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ENETUNREACH)$/.test(code)
  );
}

function detailOf(e: unknown): string {
  const cause = (e as { cause?: { message?: unknown } }).cause;
  const own = messageOf(e);
  return typeof cause?.message === 'string' && cause.message ? `${own}: ${cause.message}` : own;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function hintFor(f: Fault): string {
  if (f.kind === 'blocked') return '; vtrix answers 503 when its content policy blocks a request';
  if (f.kind === 'timeout') return ': raise `request-timeout`, or lower `reasoning-effort`';
  if (f.kind === 'rate-limit') return ': lower `concurrency`, or check the plan limits of the API key';
  return '';
}

function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
