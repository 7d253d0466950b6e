/**
 * The real model client (openai SDK, undici) against the fake model server, one API fault at a time.
 * Delays are shortened through the client's options, so no test waits more than a couple of seconds.
 */
import type { PullRequest } from '../../src/types.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI from 'openai';
import {
  ChunkError,
  ModelConfigError,
  TruncatedError,
  createModelCall,
  type CallInfo,
  type ModelCallOptions,
} from '../../src/model/client.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { pieceName } from '../../src/chunk/split.ts';
import { readSettings, type Settings } from '../../src/settings.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { reviewPullRequest, type PipelineOptions } from '../../src/pipeline.ts';
import { windowForDiffBudget } from '../support/e2e.ts';
import { REVIEW_SCHEMA } from '../../src/model/schema.ts';
import type { ChatMessage } from '../../src/prompt/messages.ts';
import {
  startFakeModel,
  type FakeModel,
  type FakeModelOptions,
  type ModelReply,
  type ModelRequest,
} from '../support/fake-model.ts';

const COMMENT = {
  path: 'a.ts',
  line: 3,
  start_line: null,
  side: 'RIGHT',
  severity: 'minor',
  title: 't',
  body: 'b',
  suggestion: null,
};
const REVIEW = JSON.stringify({ summary: 'ok', comments: [COMMENT] });
const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You review. Answer only with the JSON object.' },
  { role: 'user', content: 'the diff' },
];

let model: FakeModel | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

async function start(
  respond: FakeModelOptions['respond'],
  extra: Omit<FakeModelOptions, 'respond'> = {},
): Promise<FakeModel> {
  model = await startFakeModel({ respond, ...extra });
  return model;
}

function settings(url: string, inputs: Record<string, string> = {}, over: Partial<Settings> = {}): Settings {
  const all: Record<string, string> = { 'api-key': 'test-model-key', 'base-url': url, ...inputs };
  return { ...readSettings((n) => all[n] ?? '', { requireApiKey: true }), ...over };
}

const FAST: ModelCallOptions = { retry: { baseDelayMs: 20, maxDelayMs: 100 } };

/** A call through the real client, with its progress log. */
function caller(s: Settings, opts: ModelCallOptions = FAST) {
  const log: string[] = [];
  const call = createModelCall(s, countTokens, opts);
  const run = (info: Partial<CallInfo> = {}) =>
    call(MESSAGES, { promptTokens: 100, label: 'Request 1/1', progress: (m) => log.push(m), ...info });
  return { run, log };
}

/** The review as the request's output mode wants it: in function-call arguments or in the content. */
function answer(req: ModelRequest, review = REVIEW): ModelReply {
  return req.body.functions
    ? { content: null, functionCall: { name: 'code_review', arguments: review } }
    : { content: review };
}

async function failure(p: Promise<unknown>): Promise<ChunkError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ChunkError);
  return e as ChunkError;
}

describe('the SDK alone', () => {
  it('would retry a 503 twice: why the client does its own retries', async () => {
    const f = await start(() => ({ status: 503 }));
    const sdk = new OpenAI({ apiKey: 'test-model-key', baseURL: f.url, maxRetries: 2 });
    // Its backoff is 0.5 s then 1 s; this is the only test that waits for it.
    await expect(
      sdk.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    expect(f.requests).toHaveLength(3);
  });
});

describe('transient faults', () => {
  it('honours retry-after-ms on a 429', async () => {
    const f = await start((req, i) =>
      i === 0 ? { status: 429, headers: { 'retry-after-ms': '400' } } : answer(req),
    );
    const { run, log } = caller(settings(f.url));
    const a = await run();
    expect(a.review.comments).toHaveLength(1);
    expect(a.requests).toBe(2);
    expect(f.requests[1]!.receivedAt - f.requests[0]!.receivedAt).toBeGreaterThanOrEqual(380);
    expect(log).toEqual([
      expect.stringMatching(/^Request 1\/1: the model API answered 429 .*retrying in 0\.4 s/),
    ]);
  });

  it('gives up on a retry-after longer than a request may wait, without waiting', async () => {
    const f = await start(() => ({ status: 429, headers: { 'retry-after': '3600' } }));
    const started = Date.now();
    const e = await failure(caller(settings(f.url)).run());
    expect(Date.now() - started).toBeLessThan(1000);
    expect(f.requests).toHaveLength(1);
    expect(e.message).toMatch(/429.*asked to wait 3600 s.*lower `concurrency`/);
  });

  it('stops retrying a 429 after its limit', async () => {
    const f = await start(() => ({ status: 429, headers: { 'retry-after-ms': '10' } }));
    const e = await failure(caller(settings(f.url)).run());
    expect(f.requests).toHaveLength(5);
    expect(e.message).toMatch(/after 4 retries/);
    expect(e.requests).toBe(5);
  });

  it('retries 500 and 502 with backoff, then succeeds', async () => {
    const f = await start((req, i) => (i === 0 ? { status: 500 } : i === 1 ? { status: 502 } : answer(req)));
    const a = await caller(settings(f.url)).run();
    expect(a.review.summary).toBe('ok');
    expect(f.requests).toHaveLength(3);
    const gaps = [1, 2].map((k) => f.requests[k]!.receivedAt - f.requests[k - 1]!.receivedAt);
    // 20 ms, then 40 ms, each less up to a quarter of jitter.
    expect(gaps[0]).toBeGreaterThanOrEqual(14);
    expect(gaps[1]).toBeGreaterThanOrEqual(29);
  });

  it('reports a persistent 500 after two retries', async () => {
    const f = await start(() => ({ status: 500 }));
    const e = await failure(caller(settings(f.url)).run());
    expect(f.requests).toHaveLength(3);
    expect(e.message).toBe('the model API answered 500 The server had an error (500) (after 2 retries)');
  });

  it('retries a 503 (content-policy block) exactly once, then reports it', async () => {
    const f = await start(() => ({ status: 503 }));
    const e = await failure(caller(settings(f.url)).run());
    expect(f.requests).toHaveLength(2);
    expect(e.message).toMatch(
      /answered 503 .*\(after 1 retry\); vtrix answers 503 when its content policy blocks/,
    );
  });

  it('succeeds when a 503 was a blip', async () => {
    const f = await start((req, i) => (i === 0 ? { status: 503 } : answer(req)));
    expect((await caller(settings(f.url)).run()).requests).toBe(2);
  });

  it.each(['false', 'true'])('retries a reset connection (stream: %s)', async (stream) => {
    const f = await start((req, i) => (i === 0 ? { destroy: true } : answer(req)));
    const a = await caller(settings(f.url, { stream })).run();
    expect(a.review.summary).toBe('ok');
    expect(f.requests).toHaveLength(2);
  });

  it.each(['false', 'true'])('retries an answer that breaks off mid-body (stream: %s)', async (stream) => {
    const f = await start((req, i) => (i === 0 ? { ...answer(req), breakAfter: 3 } : answer(req)));
    const { run, log } = caller(settings(f.url, { stream }));
    const a = await run();
    expect(a.review.summary).toBe('ok');
    expect(f.requests).toHaveLength(2);
    expect(log[0]).toMatch(/the connection to the model API failed/);
  });

  it('reports a connection that keeps failing', async () => {
    const f = await start(() => ({ destroy: true }));
    const e = await failure(caller(settings(f.url)).run());
    expect(f.requests).toHaveLength(3);
    expect(e.message).toMatch(/^the connection to the model API failed \(.*\) \(after 2 retries\)$/);
  });

  it.each(['false', 'true'])('retries a timeout once, then reports it (stream: %s)', async (stream) => {
    const f = await start(() => ({ content: REVIEW, delayMs: 2_000 }));
    const started = Date.now();
    const e = await failure(caller(settings(f.url, { stream }, { requestTimeoutMs: 300 })).run());
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(f.requests).toHaveLength(2);
    expect(e.message).toBe(
      'the model API did not answer within `request-timeout` (0.3 s) (after 1 retry): raise `request-timeout`, or lower `reasoning-effort`',
    );
  });

  it('does not retry a 400 about the prompt size, nor a bad key', async () => {
    const f = await start(() => ({
      status: 400,
      body: { error: { message: "This model's maximum context length is 400000 tokens.", type: 'x' } },
    }));
    const e = await failure(caller(settings(f.url)).run());
    expect(f.requests).toHaveLength(1);
    expect(e.message).toMatch(/^the model request failed: 400 This model's maximum context length/);

    const bad = caller(settings(f.url, { 'api-key': 'wrong' }));
    await expect(bad.run()).rejects.toBeInstanceOf(ModelConfigError);
    expect(f.requests).toHaveLength(2);
  });
});

describe('an answer cut off at max_tokens', () => {
  it('is asked again with twice the output cap, and never parsed', async () => {
    // The cut-off answer is valid JSON: it must still not be used.
    const f = await start((req, i) => (i === 0 ? { content: REVIEW, finishReason: 'length' } : answer(req)));
    const { run, log } = caller(settings(f.url, { 'max-tokens': '1000' }));
    const a = await run();
    expect(f.requests.map((r) => r.body.max_tokens)).toEqual([1000, 2000]);
    expect(a.requests).toBe(2);
    expect(log).toEqual(['Request 1/1: the answer was cut off at max_tokens 1000; asking again with 2000.']);
    expect(f.violations).toEqual([]);
  });

  it('grows at most to what the context window leaves, then reports it for splitting', async () => {
    const f = await start(() => ({ content: '{"summary": "', finishReason: 'length' }));
    const s = settings(f.url, { 'max-tokens': '4000', 'context-window': '7000' });
    const e = await failure(caller(s).run({ promptTokens: 2000 }));
    expect(f.requests.map((r) => r.body.max_tokens)).toEqual([4000, 5000]);
    expect(e).toBeInstanceOf(TruncatedError);
    expect((e as TruncatedError).maxTokens).toBe(5000);
    expect(e.message).toMatch(/cut off at 5000 output tokens \(raised from 4000\).*raise `context-window`/);
  });

  it('grows at most to 128000, once', async () => {
    const f = await start(() => ({ content: '', finishReason: 'length' }));
    const e = await failure(caller(settings(f.url, { 'max-tokens': '100000' })).run());
    expect(f.requests.map((r) => r.body.max_tokens)).toEqual([100000, 128000]);
    expect(e.message).toMatch(/128000 output tokens .*the API's maximum/);
    expect(f.violations).toEqual([]);
  });

  it('starts at a given cap and does not grow past the maximum', async () => {
    const f = await start(() => ({ content: '', finishReason: 'length' }));
    const e = await failure(caller(settings(f.url)).run({ maxTokens: 128000 }));
    expect(f.requests.map((r) => r.body.max_tokens)).toEqual([128000]);
    expect((e as TruncatedError).maxTokens).toBe(128000);
  });
});

describe('a blocked answer', () => {
  it.each<[string, ModelReply, RegExp]>([
    ['content_filter', { content: '', finishReason: 'content_filter' }, /content filter blocked/],
    ['a refusal', { content: null, refusal: 'I will not review this.' }, /refused: I will not review this/],
  ])('is reported at once on %s, streamed or not', async (_name, reply, msg) => {
    const f = await start(() => reply);
    for (const stream of ['false', 'true']) {
      const e = await failure(caller(settings(f.url, { stream })).run());
      expect(e).not.toBeInstanceOf(TruncatedError);
      expect(e.message).toMatch(msg);
    }
    expect(f.requests).toHaveLength(2);
  });
});

describe('an answer that breaks the schema', () => {
  it('is tolerated inside a ```json fence with text around it', async () => {
    const f = await start(() => ({ content: `Here you go:\n\`\`\`json\n${REVIEW}\n\`\`\`\nHope it helps.` }));
    expect((await caller(settings(f.url)).run()).requests).toBe(1);
  });

  it.each<[string, string]>([
    ['invalid JSON', '{"summary": "ok", "comments": [}'],
    ['a missing field', JSON.stringify({ summary: 'ok' })],
    ['a wrong type', JSON.stringify({ summary: 'ok', comments: [{ ...COMMENT, line: '3' }] })],
    ['a finding without its body', JSON.stringify({ comments: [{ ...COMMENT, body: undefined }] })],
  ])('with %s is corrected by one follow-up', async (_name, bad) => {
    const f = await start((req, i) => (i === 0 ? { content: bad } : answer(req)));
    const { run, log } = caller(settings(f.url));
    const a = await run();
    expect(a.review.comments).toHaveLength(1);
    expect(a.requests).toBe(2);
    const repair = f.requests[1]!.body.messages as { role: string; content: string }[];
    expect(repair.slice(0, 2)).toEqual(MESSAGES);
    expect(repair[2]).toEqual({ role: 'assistant', content: bad });
    expect(repair[3]!.role).toBe('user');
    expect(repair[3]!.content).toMatch(
      /^That answer cannot be used: the answer (is not valid JSON|does not match)/,
    );
    expect(log[0]).toMatch(/asking the model once to correct it/);
    expect(f.violations).toEqual([]);
  });

  it('is reported after one failed correction', async () => {
    const f = await start(() => ({ content: '{"summary": 1}' }));
    const e = await failure(caller(settings(f.url)).run());
    expect(f.requests).toHaveLength(2);
    expect(e.message).toMatch(
      /does not match the review schema.*also after asking the model once to correct it/,
    );
  });

  it('counts the tokens of both attempts', async () => {
    const usage = { prompt_tokens: 100, completion_tokens: 10 };
    const f = await start((req, i) => (i === 0 ? { content: 'no', usage } : { ...answer(req), usage }));
    const a = await caller(settings(f.url)).run();
    expect([a.promptTokens, a.completionTokens, a.requests]).toEqual([200, 20, 2]);
  });
});

describe('a provider without structured outputs', () => {
  it('falls back to json_object with the schema in the prompt, and stays there', async () => {
    const f = await start((req) => answer(req), { structuredOutputs: ['json_object', 'functions'] });
    const { run, log } = caller(settings(f.url));
    expect((await run()).review.summary).toBe('ok');
    expect((await run()).requests).toBe(1);
    expect(f.requests.map((r) => r.body.response_format.type)).toEqual([
      'json_schema',
      'json_object',
      'json_object',
    ]);
    expect(f.requests[1]!.body.messages[0].content).toContain(
      `"required":${JSON.stringify(REVIEW_SCHEMA.required)}`,
    );
    expect(log).toEqual([
      expect.stringMatching(
        /^Request 1\/1: response_format json_schema refused \(400 .*\); trying response_format json_object\.$/,
      ),
      'The model API does not accept response_format json_schema; using response_format json_object for the rest of the run.',
    ]);
    expect(f.violations).toEqual([]);
  });

  it.each(['false', 'true'])('falls back to a function call (stream: %s)', async (stream) => {
    const f = await start((req) => answer(req), { structuredOutputs: ['functions'] });
    const { run } = caller(settings(f.url, { stream }));
    const a = await run();
    expect(a.review).toEqual(JSON.parse(REVIEW));
    await run();
    const modes = f.requests.map((r) => (r.body.functions ? 'functions' : r.body.response_format.type));
    expect(modes).toEqual(['json_schema', 'json_object', 'functions', 'functions']);
    expect(f.requests[2]!.body).toMatchObject({
      functions: [{ name: 'code_review', parameters: { required: [...REVIEW_SCHEMA.required] } }],
      function_call: { name: 'code_review' },
    });
    expect(f.requests[2]!.body.response_format).toBeUndefined();
    expect(f.violations).toEqual([]);
  });

  it('repairs an invalid function call with a function-call exchange', async () => {
    const f = await start((req, i) => answer(req, i === 0 ? '{"summary": 1}' : REVIEW), {
      structuredOutputs: ['functions'],
    });
    // Requests: json_schema (400), json_object (400), functions (invalid), functions (repair).
    expect((await caller(settings(f.url)).run()).requests).toBe(4);
    const repair = f.requests[3]!.body.messages;
    expect(repair[2]).toEqual({
      role: 'assistant',
      content: null,
      function_call: { name: 'code_review', arguments: '{"summary": 1}' },
    });
    expect(f.violations).toEqual([]);
  });

  it('reports a request every output mode refuses, and tries json_schema again next time', async () => {
    const f = await start((req) => answer(req), { structuredOutputs: [] });
    const { run } = caller(settings(f.url));
    const e = await failure(run());
    expect(e.message).toMatch(
      /refused the request \(400 .*json_schema.*\), with response_format json_schema and every fallback/,
    );
    expect(f.requests).toHaveLength(3);
    await failure(run());
    expect(f.requests[3]!.body.response_format.type).toBe('json_schema');
  });
});

describe('a huge answer', () => {
  it('of 68 MB is read without hanging: a valid review inside it is used', async () => {
    // Whitespace around the object, as a runaway model may pad it: still one valid review.
    const padded = `${' '.repeat(34_000_000)}${REVIEW}${'\n'.repeat(34_000_000)}`;
    const f = await start(() => ({ content: padded }));
    const started = Date.now();
    const a = await caller(settings(f.url)).run();
    expect(a.review.comments).toHaveLength(1);
    expect(a.requests).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('of 68 MB of garbage fails its request with a reason, after one bounded repair', async () => {
    const f = await start(() => ({ content: 'x```\n{'.repeat(11_500_000) }));
    const e = await failure(caller(settings(f.url)).run());
    expect(e.message).toMatch(/not valid JSON|does not match/);
    // The repair shows the model a bounded part of its answer, not 68 MB.
    const repair = f.requests[1]!.body.messages as { content: string | null }[];
    expect(JSON.stringify(repair).length).toBeLessThan(100_000);
  });
});

describe('an answer with only the core fields', () => {
  // What a model in JSON mode or a function call may send: no title, no verdict, no summary.
  const CORE = JSON.stringify({
    comments: [
      {
        path: 'a.ts',
        line: 3,
        start_line: null,
        side: 'RIGHT',
        severity: 'major',
        body: 'The loop never ends when n is 0. Check n first.',
        suggestion: null,
      },
    ],
  });

  it.each([
    ['json_schema', ['json_schema', 'json_object', 'functions'], 'false'],
    ['json_object', ['json_object', 'functions'], 'false'],
    ['functions', ['functions'], 'false'],
    ['functions, streamed', ['functions'], 'true'],
  ] as const)('is used in %s mode, without a repair request', async (mode, accepted, stream) => {
    const f = await start((req) => answer(req, CORE), { structuredOutputs: [...accepted] });
    const a = await caller(settings(f.url, { stream })).run();
    expect(a.review.comments).toEqual([
      expect.objectContaining({ title: 'The loop never ends when n is 0.', severity: 'major' }),
    ]);
    expect(a.review.summary).toBe('1 finding (1 major). The most severe: The loop never ends when n is 0.');
    expect(a.review.verdict).toBeUndefined();
    // The refused modes, then exactly one answered request: nothing was re-asked.
    expect(f.requests).toHaveLength(1 + 3 - accepted.length);
    expect(
      f.requests.at(-1)!.body.functions ? 'functions' : f.requests.at(-1)!.body.response_format.type,
    ).toBe(mode.replace(', streamed', ''));
    expect(f.violations).toEqual([]);
  });
});

describe('the pipeline', () => {
  const DIFF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
  const files = parseDiff(DIFF);
  const PR: PullRequest = {
    owner: 'octo',
    repo: 'shop',
    number: 17,
    title: 'Use raw SQL',
    body: '',
    headSha: 'a9c2f07a9c2f07a9c2f07a9c2f07a9c2f07a9c2f',
    baseSha: '3b18e513b18e513b18e513b18e513b18e513b18e',
    headRef: 'f',
    baseRef: 'main',
    draft: false,
    state: 'open',
    author: 'a',
    htmlUrl: 'https://github.com/octo/shop/pull/17',
    changedFiles: null,
  };
  const options = (s: Settings): PipelineOptions => ({
    ...s,
    deep: false,
    runUrl: null,
  });

  /** The paths in a request, and one finding per (whole) file it holds, on a line in its diff. */
  function filesIn(req: ModelRequest): string[] {
    const user = (req.body.messages as { role: string; content: string }[]).find((m) => m.role === 'user')!;
    return [...user.content.matchAll(/<file path=("(?:[^"\\]|\\.)*")/g)].map(
      (m) => JSON.parse(m[1]!) as string,
    );
  }
  const LINES: Record<string, number> = {
    'src/db/users.ts': 11,
    'src/util/retry.ts': 3,
    'docs/guide new.md': 3,
  };
  function review(req: ModelRequest): ModelReply {
    const comments = filesIn(req).flatMap((path) =>
      LINES[path] ? [{ ...COMMENT, path, line: LINES[path], title: `Finding in ${path}` }] : [],
    );
    return answer(req, JSON.stringify({ summary: `Reviewed ${filesIn(req).join(', ')}`, comments }));
  }

  async function run(s: Settings) {
    const log = { info: [] as string[], warning: [] as string[] };
    const result = await reviewPullRequest(
      PR,
      files,
      [],
      options(s),
      createModelCall(s, countTokens, FAST),
      countTokens,
      { info: (m) => log.info.push(m), warning: (m) => log.warning.push(m) },
    );
    return { result, log };
  }

  it('splits a chunk whose answer stays cut off, and reviews each half', async () => {
    // Any request holding more than one file is answered past the cap.
    const f = await start((req) =>
      filesIn(req).length > 1 ? { content: '{"summary": "', finishReason: 'length' } : review(req),
    );
    const { result, log } = await run(settings(f.url, { 'max-tokens': '1000' }));
    expect(result.failed).toEqual([]);
    expect(result.findings.map((x) => x.path).sort()).toEqual([
      'docs/guide new.md',
      'src/db/users.ts',
      'src/util/retry.ts',
    ]);
    expect(result.placement.inline).toHaveLength(3);
    // 1 chunk of 3 files: 1000, then 2000; halves start at 2000: the half of two files grows to 4000,
    // then is halved again; the half of one file is answered.
    expect(f.requests.map((r) => [filesIn(r).length, r.body.max_tokens])).toEqual([
      [3, 1000],
      [3, 2000],
      [2, 2000],
      [2, 4000],
      [1, 4000],
      [1, 4000],
      [1, 2000],
    ]);
    expect(result.requests).toBe(7);
    expect(log.info).toContainEqual(
      expect.stringMatching(
        /^Request 1\/1: the answer was cut off .*; asking again in two smaller requests\.$/,
      ),
    );
    expect(log.info).toContainEqual(expect.stringMatching(/^Request 1\/1 \(half 1\.2\): 1 findings/));
    expect(log.warning).toEqual([]);
    expect(result.payload!.body).not.toContain('Not reviewed: the model request failed');
    expect(f.violations).toEqual([]);
  });

  it('splits a single file by hunks, and names the lines that stayed unreviewed', async () => {
    // users.ts alone is cut off whole and in its first half; its second half is reviewed.
    const f = await start((req) => {
      const user = (req.body.messages as { role: string; content: string }[])[1]!.content;
      const firstHunk = user.includes('@@ -1,12 +1,15 @@');
      return firstHunk ? { content: '', finishReason: 'length' } : review(req);
    });
    const s = settings(f.url, { 'max-tokens': '128000', include: 'src/db/users.ts' });
    const { result, log } = await run(s);
    expect(f.requests).toHaveLength(3);
    expect(result.failed).toEqual([
      {
        path: 'src/db/users.ts (part 1/2, lines 1–15)',
        reason: "the answer was cut off at 128000 output tokens, the API's maximum",
      },
    ]);
    expect(result.summaries).toHaveLength(1);
    expect(log.warning).toEqual([
      "Request 1/1 (half 1) failed: the answer was cut off at 128000 output tokens, the API's maximum. Not reviewed: src/db/users.ts (part 1/2, lines 1–15).",
    ]);
    expect(result.payload!.body).toContain('`src/db/users.ts (part 1/2, lines 1–15)`');
  });

  it('stops splitting after a bounded number of requests', async () => {
    const f = await start(() => ({ content: '', finishReason: 'length' }));
    const { result } = await run(settings(f.url, { 'max-tokens': '128000' }));
    // 1 chunk → halves → quarters → ... at most 2^3 leaves, each one request (already at the cap).
    expect(f.requests.length).toBeLessThanOrEqual(1 + 2 + 4 + 8);
    expect(result.summaries).toEqual([]);
    const paths = result.failed.map((x) => x.path.replace(/ \(.*/, ''));
    expect(new Set(paths)).toEqual(new Set(['src/db/users.ts', 'src/util/retry.ts', 'docs/guide new.md']));
  });

  it("does not split past the run's budget", async () => {
    const f = await start(() => ({ content: '', finishReason: 'length' }));
    const { result } = await run(settings(f.url, { 'max-tokens': '128000', 'max-requests': '2' }));
    expect(f.requests).toHaveLength(1);
    expect(result.failed.map((x) => x.path).sort()).toEqual([
      'docs/guide new.md',
      'src/db/users.ts',
      'src/util/retry.ts',
    ]);
    expect(result.failed[0]!.reason).toMatch(
      /the API's maximum; not split into smaller requests: the run's budget/,
    );
  });

  it('keeps what the good chunks found when one fails, and warns with its request and files', async () => {
    const f = await start((req) =>
      filesIn(req).includes('src/util/retry.ts') ? { status: 503 } : review(req),
    );
    // A small window: the three files go in separate requests (users.ts in two parts).
    const window = String(windowForDiffBudget(PR, DIFF, 1000, 296));
    const { result, log } = await run(settings(f.url, { 'context-window': window, 'max-tokens': '1000' }));
    expect(result.plan.requests.length).toBeGreaterThan(1);
    // What failed is exactly what the requests holding retry.ts held; the rest was reviewed.
    const failing = result.plan.requests.filter((q) =>
      q.chunk.pieces.some((p) => p.file.path === 'src/util/retry.ts'),
    );
    const lost = failing.flatMap((q) => q.chunk.pieces.map(pieceName));
    expect(lost).toContain('src/util/retry.ts');
    const reason = expect.stringMatching(/^the model API answered 503 .*after 1 retry/);
    expect(result.failed).toEqual(lost.map((path) => ({ path, reason })));
    const seen = result.plan.requests
      .filter((q) => !failing.includes(q))
      .flatMap((q) => q.chunk.pieces.map((p) => p.file.path));
    expect(result.findings.map((x) => x.path).sort()).toEqual(
      ['docs/guide new.md', 'src/db/users.ts'].filter((p) => seen.includes(p)).sort(),
    );
    expect(result.findings.length).toBeGreaterThan(0);
    expect(log.warning).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Request \\d/\\d failed: the model API answered 503 .* Not reviewed: ${lost.join(', ').replace(/[.()/]/g, '\\$&')}\\.$`,
        ),
      ),
    ]);
    expect(result.payload!.body).toContain('Not reviewed: the model request failed');
  });
});
