/**
 * A strict fake of the vtrix OpenAI-compatible chat-completions endpoint, for end-to-end tests.
 *
 * Only `POST {basePath}/chat/completions` exists. Every request is checked against the provider's API
 * reference (/work/shared/reference/vtrix-chat-completions.md): anything the reference does not allow is
 * recorded in `violations` (and still answered, so the test sees the action's own behaviour), except
 * requests the real service would refuse outright (unknown path: 404; body that is not a JSON object: 400),
 * which are answered as refused and recorded too. A missing or wrong API key is answered 401 as the
 * service does, but is not a violation (tests of bad-key handling do it on purpose). A test can therefore
 * simply assert `violations` is empty.
 *
 * What the fake answers is scripted by `respond(req, index)`: a completion (plain or streamed, as the
 * request asks), an HTTP error (429 with retry-after, 5xx, ...) or a reset connection, each optionally
 * after `delayMs`; a completion can also break off after `breakAfter` events of its body (a connection
 * reset mid-answer). `structuredOutputs` makes the fake behave like a provider that lacks structured
 * outputs: requests using a refused output mode are answered 400, as such providers do. `roles` does the
 * same for message roles: a fake limited to the four roles of the vtrix reference refuses a tool result
 * sent in the `function` role.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

export interface ModelRequest {
  method: string;
  /** Path without the query string, e.g. `/llm/chat/completions`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (undefined when the body was empty or not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
}

export type ModelReply =
  | {
      content: string | null;
      /** Default `function_call` when `functionCall` is given, else `stop`. */
      finishReason?: 'stop' | 'length' | 'content_filter' | 'function_call';
      /** Default: a rough count (characters / 4) of the prompt and of the answer. */
      usage?: { prompt_tokens: number; completion_tokens: number };
      refusal?: string;
      functionCall?: { name: string; arguments: string };
      delayMs?: number;
      /**
       * Reset the connection after this many events of the body: streamed, after that many `data:`
       * events; plain, after the headers and that many bytes of the JSON (0: headers only).
       */
      breakAfter?: number;
    }
  /** An HTTP error, e.g. 429 with `retry-after`, 400, 401, 503. `body` defaults to an OpenAI-style error. */
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  /** Reset the connection without answering. */
  | { destroy: true; delayMs?: number };

export interface FakeModel {
  /** Base URL for the SDK's `baseURL`, e.g. `http://127.0.0.1:41234/llm` (no trailing slash). */
  url: string;
  /** Every HTTP request received, in arrival order (including refused ones). */
  requests: ModelRequest[];
  violations: string[];
  /** The largest number of requests in flight at once (arrival until the response is over). */
  maxConcurrent: number;
  close(): Promise<void>;
}

export interface FakeModelOptions {
  /** The key expected in `authorization: Bearer <apiKey>`; default `test-model-key`. */
  apiKey?: string;
  /**
   * Chooses the answer. `index` is the 0-based number of earlier requests handed to `respond` (requests
   * refused with 401/404/400 are not handed over and not counted), so `index === 0` is the first call.
   */
  respond: (req: ModelRequest, index: number) => ModelReply | Promise<ModelReply>;
  /** Default `/llm`. */
  basePath?: string;
  /**
   * Output modes the provider accepts; default all. A request using another one is answered 400 (and
   * not handed to `respond`): `json_schema` / `json_object` are `response_format.type`, `functions` is a
   * request with `functions`.
   */
  structuredOutputs?: OutputMode[];
  /**
   * Message roles the provider accepts; default all of `PROTOCOL_ROLES`. A request with a message in
   * another role is answered 400 (and not handed to `respond`), as OpenAI-style endpoints do.
   */
  roles?: string[];
}

export type OutputMode = 'json_schema' | 'json_object' | 'functions';

/**
 * The output mode a request asks for, or null for plain text. `functions` beside a `response_format`
 * are tools offered with it: the mode is the response format's.
 */
export function outputModeOf(body: unknown): OutputMode | null {
  if (!isObject(body)) return null;
  const rf = body.response_format;
  if (isObject(rf) && (rf.type === 'json_schema' || rf.type === 'json_object')) return rf.type;
  if (body.functions !== undefined) return 'functions';
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// The vtrix reference, as data
// ---------------------------------------------------------------------------------------------------------

export const VTRIX_LIMITS = {
  maxTokens: 128000,
  roles: ['system', 'developer', 'user', 'assistant'],
  reasoningEfforts: ['low', 'medium', 'high', 'xhigh'],
  responseFormats: ['text', 'json_object', 'json_schema'],
  /** Top-level parameters of the reference, plus `stream_options` (sent by OpenAI-compatible clients). */
  parameters: [
    'model',
    'messages',
    'reasoning_effort',
    'max_tokens',
    'temperature',
    'top_p',
    'stream',
    'stream_options',
    'functions',
    'function_call',
    'response_format',
  ],
} as const;

/**
 * The roles a message may have: the reference's four, and `function`, the protocol's role for the result
 * of a legacy function call (`{ role: "function", name, content }`), which the reference does not list;
 * whether an endpoint accepts it is for the client to find out (see `roles`).
 */
export const PROTOCOL_ROLES = [...VTRIX_LIMITS.roles, 'function'] as const;

const DEFAULT_API_KEY = 'test-model-key';
const DEFAULT_MODEL = 'vtrix-gpt-5.3-codex';

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function oneOf(list: readonly string[], v: unknown): boolean {
  return typeof v === 'string' && list.includes(v);
}

/** Problems with a chat-completions request body, per the vtrix reference. Empty when the body is valid. */
export function validateChatRequest(body: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(body)) return ['the body is not a JSON object'];

  for (const key of Object.keys(body)) {
    if (key === 'max_completion_tokens') {
      problems.push('"max_completion_tokens" is not a vtrix parameter (the API documents only max_tokens)');
    } else if (!(VTRIX_LIMITS.parameters as readonly string[]).includes(key)) {
      problems.push(`unknown parameter "${key}" (not in the vtrix reference)`);
    }
  }

  if (body.model === undefined) problems.push('"model" is required');
  else if (typeof body.model !== 'string' || body.model === '') {
    problems.push(`"model" must be a non-empty string, got ${show(body.model)}`);
  }

  validateMessages(body, problems);

  if (body.max_tokens !== undefined) {
    const m = body.max_tokens;
    if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > VTRIX_LIMITS.maxTokens) {
      problems.push(`"max_tokens" must be an integer in 1..${VTRIX_LIMITS.maxTokens}, got ${show(m)}`);
    }
  }
  if (body.reasoning_effort !== undefined && !oneOf(VTRIX_LIMITS.reasoningEfforts, body.reasoning_effort)) {
    problems.push(
      `"reasoning_effort" must be one of ${VTRIX_LIMITS.reasoningEfforts.join('|')}, got ${show(body.reasoning_effort)}`,
    );
  }
  checkNumber(body, 'temperature', 0, 2, problems);
  checkNumber(body, 'top_p', 0, 1, problems);

  if (body.stream !== undefined && typeof body.stream !== 'boolean') {
    problems.push(`"stream" must be a boolean, got ${show(body.stream)}`);
  }
  if (body.stream_options !== undefined) {
    if (body.stream !== true) problems.push('"stream_options" is only allowed when "stream" is true');
    if (!isObject(body.stream_options)) {
      problems.push(`"stream_options" must be an object, got ${show(body.stream_options)}`);
    } else if (
      body.stream_options.include_usage !== undefined &&
      typeof body.stream_options.include_usage !== 'boolean'
    ) {
      problems.push('"stream_options.include_usage" must be a boolean');
    }
  }

  validateFunctions(body, problems);
  validateResponseFormat(body.response_format, problems);
  return problems;
}

function checkNumber(body: Obj, key: string, min: number, max: number, problems: string[]): void {
  const v = body[key];
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    problems.push(`"${key}" must be a number in ${min}..${max}, got ${show(v)}`);
  }
}

function validateMessages(body: Obj, problems: string[]): void {
  const messages = body.messages;
  if (messages === undefined) {
    problems.push('"messages" is required');
    return;
  }
  if (!Array.isArray(messages) || messages.length === 0) {
    problems.push(`"messages" must be a non-empty array, got ${show(messages)}`);
    return;
  }
  messages.forEach((m: unknown, i) => {
    const at = `messages[${i}]`;
    if (!isObject(m)) {
      problems.push(`${at} must be an object`);
      return;
    }
    if (!oneOf(PROTOCOL_ROLES, m.role)) {
      problems.push(`${at}.role must be one of ${PROTOCOL_ROLES.join('|')}, got ${show(m.role)}`);
    }
    for (const key of Object.keys(m)) {
      if (key === 'role' || key === 'content') continue;
      if (key === 'function_call' && m.role === 'assistant') continue;
      if (key === 'name' && m.role === 'function') continue;
      problems.push(`${at} has unknown field "${key}"`);
    }
    if (m.function_call !== undefined) {
      const fc = m.function_call;
      if (
        !isObject(fc) ||
        typeof fc.name !== 'string' ||
        fc.name === '' ||
        typeof fc.arguments !== 'string'
      ) {
        problems.push(`${at}.function_call must be {"name": string, "arguments": string}, got ${show(fc)}`);
      }
    }
    if (m.role === 'function') {
      // The result of a function call: which function, and its result as text.
      if (typeof m.name !== 'string' || m.name === '')
        problems.push(`${at}.name is required for role function`);
      if (typeof m.content !== 'string') {
        problems.push(`${at}.content must be a string for role function, got ${show(m.content)}`);
      }
      return;
    }
    const content = m.content;
    if (typeof content === 'string') return;
    if (content === null && m.role === 'assistant' && m.function_call !== undefined) return;
    if (!Array.isArray(content)) {
      problems.push(`${at}.content must be a string or an array, got ${show(content)}`);
      return;
    }
    content.forEach((part: unknown, j) => {
      if (isObject(part) && part.type === 'image_url') {
        const problem = imagePartProblem(part, String(m.role));
        if (problem) problems.push(`${at}.content[${j}]: ${problem}`);
        return;
      }
      const ok = isObject(part) && part.type === 'text' && typeof part.text === 'string';
      if (!ok) problems.push(`${at}.content[${j}] must be a text or image_url part, got ${show(part)}`);
    });
  });
}

/** The image types the API decodes, and the signature each file starts with. */
const IMAGE_SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};
/** OpenAI's limit per image. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * What the API refuses in an image part: one outside a user message, fields it does not know, a
 * `detail` other than auto/low/high, a URL that is neither https nor a base64 data: URL of a PNG,
 * JPEG, GIF or WebP, base64 that does not decode, bytes that are not the declared image, or an image
 * over 20 MB. Null when it is accepted.
 */
export function imagePartProblem(part: Obj, role: string): string | null {
  if (role !== 'user') return `image_url parts are only accepted in user messages, not in a ${role} message`;
  const extra = Object.keys(part).filter((k) => k !== 'type' && k !== 'image_url');
  if (extra.length > 0) return `unknown field "${extra[0]}" in an image_url part`;
  const img = part.image_url;
  if (!isObject(img) || typeof img.url !== 'string')
    return `image_url must be {"url": string, "detail"?: string}, got ${show(img)}`;
  const unknown = Object.keys(img).filter((k) => k !== 'url' && k !== 'detail');
  if (unknown.length > 0) return `unknown field "${unknown[0]}" in image_url`;
  if (img.detail !== undefined && !oneOf(['auto', 'low', 'high'], img.detail))
    return `image_url.detail must be one of auto|low|high, got ${show(img.detail)}`;
  if (/^https:\/\//.test(img.url)) return null;
  const m = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/]*={0,2})$/.exec(img.url);
  if (!m)
    return `image_url.url must be an https URL or a base64 data: URL of an image, got ${show(img.url.slice(0, 60))}`;
  const check = IMAGE_SIGNATURES[m[1]!];
  if (!check) return `Invalid image: ${m[1]} is not a supported image type (png, jpeg, gif, webp)`;
  if (m[2]!.length % 4 !== 0) return 'Invalid image: the base64 data is malformed';
  const bytes = Buffer.from(m[2]!, 'base64');
  if (bytes.length > MAX_IMAGE_BYTES) return `Invalid image: ${bytes.length} bytes, over the 20 MB limit`;
  if (!check(bytes)) return `Invalid image: the data is not a valid ${m[1]} file`;
  return null;
}

function validateFunctions(body: Obj, problems: string[]): void {
  const names: string[] = [];
  if (body.functions !== undefined) {
    if (!Array.isArray(body.functions)) {
      problems.push(`"functions" must be an array, got ${show(body.functions)}`);
    } else {
      body.functions.forEach((f: unknown, i) => {
        if (!isObject(f) || typeof f.name !== 'string' || f.name === '') {
          problems.push(`functions[${i}].name is required`);
          return;
        }
        names.push(f.name);
        if (f.description !== undefined && typeof f.description !== 'string') {
          problems.push(`functions[${i}].description must be a string`);
        }
        if (f.parameters !== undefined && !isObject(f.parameters)) {
          problems.push(`functions[${i}].parameters must be a JSON Schema object`);
        }
      });
    }
  }
  const fc = body.function_call;
  if (fc === undefined) return;
  if (body.functions === undefined) problems.push('"function_call" given without "functions"');
  if (fc === 'none' || fc === 'auto') return;
  if (!isObject(fc) || typeof fc.name !== 'string') {
    problems.push(`"function_call" must be "none", "auto" or {"name": ...}, got ${show(fc)}`);
  } else if (Array.isArray(body.functions) && !names.includes(fc.name)) {
    problems.push(`"function_call" names "${fc.name}", which is not in "functions"`);
  }
}

function validateResponseFormat(rf: unknown, problems: string[]): void {
  if (rf === undefined) return;
  if (!isObject(rf)) {
    problems.push(`"response_format" must be an object, got ${show(rf)}`);
    return;
  }
  if (!oneOf(VTRIX_LIMITS.responseFormats, rf.type)) {
    problems.push(
      `"response_format.type" must be one of ${VTRIX_LIMITS.responseFormats.join('|')}, got ${show(rf.type)}`,
    );
    return;
  }
  if (rf.type !== 'json_schema') return;
  const js = rf.json_schema;
  if (!isObject(js)) {
    problems.push('"response_format.json_schema" is required when type is json_schema');
    return;
  }
  if (typeof js.name !== 'string' || js.name === '')
    problems.push('"response_format.json_schema.name" is required');
  if (!isObject(js.schema))
    problems.push('"response_format.json_schema.schema" must be a JSON Schema object');
}

// ---------------------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------------------

/** A rough token count: characters / 4, rounded up. */
function roughTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function promptText(body: unknown): string {
  if (!isObject(body) || !Array.isArray(body.messages)) return '';
  let text = '';
  for (const m of body.messages as unknown[]) {
    if (!isObject(m)) continue;
    if (typeof m.content === 'string') text += m.content;
    else if (Array.isArray(m.content)) {
      for (const part of m.content as unknown[]) {
        if (isObject(part) && typeof part.text === 'string') text += part.text;
      }
    }
  }
  return text;
}

/** Splits `text` into up to `n` non-empty pieces, never inside a surrogate pair. */
function pieces(text: string, n = 4): string[] {
  const chars = Array.from(text);
  if (chars.length === 0) return [];
  const size = Math.ceil(chars.length / Math.min(n, chars.length));
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

function errorType(status: number): { type: string; code: string | null; message: string } {
  if (status === 401) {
    return { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided' };
  }
  if (status === 429) {
    return { type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests' };
  }
  if (status === 404) return { type: 'invalid_request_error', code: 'not_found', message: 'Not found' };
  if (status >= 500)
    return { type: 'server_error', code: null, message: `The server had an error (${status})` };
  return { type: 'invalid_request_error', code: null, message: `Request failed with status ${status}` };
}

export function openAIError(status: number, message?: string): { error: Obj } {
  const e = errorType(status);
  return { error: { message: message ?? e.message, type: e.type, param: null, code: e.code } };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    ...lower,
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

type ContentReply = Extract<ModelReply, { content: string | null }>;

function completionParts(reply: ContentReply, body: Obj) {
  const finishReason = reply.finishReason ?? (reply.functionCall ? 'function_call' : 'stop');
  const answered =
    (reply.content ?? '') +
    (reply.functionCall ? reply.functionCall.name + reply.functionCall.arguments : '');
  const u = reply.usage ?? {
    prompt_tokens: roughTokens(promptText(body)),
    completion_tokens: roughTokens(answered),
  };
  return {
    id: `chatcmpl-${randomBytes(12).toString('hex')}`,
    created: Math.floor(Date.now() / 1000),
    model: typeof body.model === 'string' && body.model !== '' ? body.model : DEFAULT_MODEL,
    finishReason,
    usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens },
  };
}

function sendCompletion(res: ServerResponse, reply: ContentReply, body: Obj): void {
  const p = completionParts(reply, body);
  const message: Obj = { role: 'assistant', content: reply.content };
  if (reply.refusal !== undefined) message.refusal = reply.refusal;
  if (reply.functionCall) message.function_call = { ...reply.functionCall };
  const answer = {
    id: p.id,
    object: 'chat.completion',
    created: p.created,
    model: p.model,
    choices: [{ index: 0, message, finish_reason: p.finishReason }],
    usage: p.usage,
  };
  if (reply.breakAfter === undefined) {
    sendJson(res, 200, answer);
    return;
  }
  // Promise the whole body, send part of it, then reset: the client sees a body that ends early.
  const text = Buffer.from(JSON.stringify(answer));
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length) });
  res.write(text.subarray(0, Math.min(reply.breakAfter, text.length - 1)), () => res.socket?.destroy());
}

async function streamCompletion(
  res: ServerResponse,
  reply: ContentReply,
  body: Obj,
  signal: AbortSignal,
): Promise<void> {
  const p = completionParts(reply, body);
  const includeUsage = isObject(body.stream_options) && body.stream_options.include_usage === true;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  res.flushHeaders();
  let events = 0;
  const write = async (data: string): Promise<void> => {
    if (res.destroyed) return;
    if (reply.breakAfter !== undefined && events++ >= reply.breakAfter) {
      res.socket?.destroy();
      return;
    }
    res.write(`data: ${data}\n\n`);
    await sleep(2, undefined, { signal });
  };
  const chunk = (choices: unknown[], extra: Obj = {}): string =>
    JSON.stringify({
      id: p.id,
      object: 'chat.completion.chunk',
      created: p.created,
      model: p.model,
      choices,
      ...(includeUsage ? { usage: null } : {}),
      ...extra,
    });
  const delta = (d: Obj, finishReason: string | null = null): string =>
    chunk([{ index: 0, delta: d, finish_reason: finishReason }]);

  await write(delta({ role: 'assistant', content: reply.content === null ? null : '' }));
  for (const piece of pieces(reply.content ?? '')) await write(delta({ content: piece }));
  for (const piece of pieces(reply.refusal ?? '')) await write(delta({ refusal: piece }));
  if (reply.functionCall) {
    await write(delta({ function_call: { name: reply.functionCall.name, arguments: '' } }));
    for (const piece of pieces(reply.functionCall.arguments)) {
      await write(delta({ function_call: { arguments: piece } }));
    }
  }
  await write(delta({}, p.finishReason));
  if (includeUsage) await write(chunk([], { usage: p.usage }));
  await write('[DONE]');
  if (!res.destroyed) res.end();
}

// ---------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeModel(opts: FakeModelOptions): Promise<FakeModel> {
  const apiKey = opts.apiKey ?? DEFAULT_API_KEY;
  const basePath = '/' + (opts.basePath ?? '/llm').replace(/^\/+|\/+$/g, '');
  const endpoint = (basePath === '/' ? '' : basePath) + '/chat/completions';
  const closing = new AbortController();
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let handed = 0;

  const fake: FakeModel = {
    url: '',
    requests: [],
    violations: [],
    maxConcurrent: 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const method = req.method ?? 'GET';
    let body: unknown;
    let parsed = true;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      parsed = false;
    }
    const request: ModelRequest = { method, path, headers: req.headers, body, receivedAt: Date.now() };
    const n = fake.requests.push(request) - 1;
    const label = `#${n} ${method} ${path}`;
    const violate = (msg: string): void => {
      fake.violations.push(`${label}: ${msg}`);
    };

    if (method !== 'POST' || path !== endpoint) {
      violate(`no such endpoint (only POST ${endpoint} exists)`);
      sendJson(res, 404, openAIError(404, `Unknown request URL: ${method} ${path}`));
      return;
    }
    const auth = req.headers.authorization;
    if (typeof auth !== 'string' || !/^Bearer /i.test(auth) || auth.slice(7) !== apiKey) {
      sendJson(res, 401, openAIError(401));
      return;
    }
    const ctype = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\b/i.test(ctype)) violate(`content-type is ${show(ctype)}, not application/json`);
    if (!parsed || !isObject(body)) {
      violate(parsed ? 'the body is not a JSON object' : 'the body is not valid JSON');
      sendJson(res, 400, openAIError(400, 'We could not parse the JSON body of your request.'));
      return;
    }
    for (const problem of validateChatRequest(body)) violate(problem);
    const mode = outputModeOf(body);
    if (opts.structuredOutputs && mode !== null && !opts.structuredOutputs.includes(mode)) {
      const what =
        mode === 'functions'
          ? "'functions' is not supported"
          : `response_format type '${mode}' is not supported`;
      sendJson(res, 400, {
        error: {
          message: `Invalid parameter: ${what} with this model.`,
          type: 'invalid_request_error',
          param: mode === 'functions' ? 'functions' : 'response_format',
          code: null,
        },
      });
      return;
    }

    const roles = opts.roles;
    const messages: unknown[] = Array.isArray(body.messages) ? body.messages : [];
    const refusedRole = roles
      ? messages.findIndex((m) => isObject(m) && !roles.includes(String(m.role)))
      : -1;
    if (roles && refusedRole >= 0) {
      const role = (messages[refusedRole] as Obj).role;
      sendJson(res, 400, {
        error: {
          message: `Invalid value for 'messages[${refusedRole}].role': ${show(role)} is not supported. Supported values are: ${roles.map((r) => `'${r}'`).join(', ')}.`,
          type: 'invalid_request_error',
          param: `messages[${refusedRole}].role`,
          code: null,
        },
      });
      return;
    }

    let reply: ModelReply;
    try {
      reply = await opts.respond(request, handed++);
    } catch (err) {
      violate(`respond() threw: ${err instanceof Error ? err.message : String(err)}`);
      sendJson(res, 500, openAIError(500));
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs, undefined, { signal: closing.signal });

    if ('destroy' in reply) {
      req.socket.destroy();
    } else if ('status' in reply) {
      sendJson(
        res,
        reply.status,
        reply.body === undefined ? openAIError(reply.status) : reply.body,
        reply.headers,
      );
    } else if (body.stream === true) {
      await streamCompletion(res, reply, body, closing.signal);
    } else {
      sendCompletion(res, reply, body);
    }
  }

  const server = createServer((req, res) => {
    inFlight++;
    fake.maxConcurrent = Math.max(fake.maxConcurrent, inFlight);
    res.on('close', () => inFlight--);
    handle(req, res).catch((err: unknown) => {
      if (closing.signal.aborted) {
        res.destroy();
        return;
      }
      fake.violations.push(`fake model failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, openAIError(500));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}${basePath === '/' ? '' : basePath}`;
  return fake;
}
