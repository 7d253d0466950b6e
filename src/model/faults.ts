import OpenAI from 'openai';
import type { Settings } from '../settings.ts';
import { ModelConfigError } from './errors.ts';
import { faultKindOf, retryAfterMs, type Fault } from './retry.ts';

/**
 * What an error from the openai SDK means for the review: the provider refusing the output mode, a
 * setting every request would fail on, or a fault retry.ts may send the request again for.
 */

/** A 400 (or 422) that may be the provider refusing the output mode, not the request as a whole. */
export function refusesMode(e: unknown): e is InstanceType<typeof OpenAI.APIError> {
  if (!(e instanceof OpenAI.APIError)) return false;
  if (e.status !== 400 && e.status !== 422) return false;
  // These are about the prompt's size: another output mode would be refused the same way.
  return !/context length|context window|maximum context|too many tokens|prompt is too long/i.test(e.message);
}

/**
 * A 400 (or 422) about the messages or their roles: the endpoint may accept only the roles the vtrix
 * reference lists, and refuse the `function` role of a tool result.
 */
export function refusesRole(e: unknown): e is InstanceType<typeof OpenAI.APIError> {
  return refusesMode(e) && /\brole\b|\bmessages?\b|'function'|"function"/i.test(e.message);
}

/**
 * A 400 (or 422) refusing the `role` the instructions were sent in: it names the role, before any
 * list of the values it does accept (`'function' is not supported. Supported values are: 'system', …`
 * refuses `function`, not `system`).
 */
export function refusesInstructionRole(e: unknown, role: string): e is InstanceType<typeof OpenAI.APIError> {
  if (!refusesMode(e) || !/\brole\b/i.test(e.message)) return false;
  const refused = e.message.split(
    /\b(?:supported|allowed|accepted|valid|expected)\s+(?:values|roles|one of)\b|\bone of\b/i,
  )[0]!;
  return new RegExp(`(?<![\\w-])${role}(?![\\w-])`, 'i').test(refused);
}

export function configError(e: unknown, s: Pick<Settings, 'baseUrl' | 'model'>): ModelConfigError | null {
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

/** What the user can change when a fault outlasted its retries. */
export function hintFor(f: Fault): string {
  if (f.kind === 'blocked') return '; vtrix answers 503 when its content policy blocks a request';
  if (f.kind === 'timeout') return ': raise `request-timeout`, or lower `reasoning-effort`';
  if (f.kind === 'rate-limit') return ': lower `concurrency`, or check the plan limits of the API key';
  return '';
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Provider messages can be pages long; the log and the report need the start. */
export function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
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
