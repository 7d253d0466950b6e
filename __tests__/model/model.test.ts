import OpenAI from 'openai';
import { mapPool } from '../../src/util/pool.ts';
import { StreamAssembler, fromCompletion } from '../../src/model/stream.ts';
import { createModelCall, judge } from '../../src/model/client.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { readSettings } from '../../src/settings.ts';
import { startFakeModel, type FakeModel } from '../support/fake-model.ts';

const REVIEW = JSON.stringify({
  summary: 'Fine — “unicode” ✓',
  comments: [
    {
      path: 'a.ts',
      line: 3,
      start_line: null,
      side: 'RIGHT',
      severity: 'minor',
      title: 't',
      body: 'b\n```js\nx\n```',
      suggestion: null,
    },
  ],
});

let model: FakeModel | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

describe('streamed and plain answers', () => {
  it('assemble to the same completion through the real SDK', async () => {
    model = await startFakeModel({
      respond: () => ({ content: REVIEW, usage: { prompt_tokens: 10, completion_tokens: 5 } }),
    });
    const client = new OpenAI({ apiKey: 'test-model-key', baseURL: model.url, maxRetries: 0 });
    const plain = fromCompletion(
      await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
    );
    const assembler = new StreamAssembler();
    const stream = await client.chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
      stream: true,
    });
    for await (const chunk of stream) assembler.add(chunk);
    const streamed = assembler.result();
    expect(streamed.content).toBe(plain.content);
    expect(streamed.finishReason).toBe(plain.finishReason);
    expect(streamed.refusal).toBe(plain.refusal);
    expect(plain.usage).toEqual({ prompt_tokens: 10, completion_tokens: 5 });
  });

  it('createModelCall gives the same review streamed or not', async () => {
    model = await startFakeModel({ respond: () => ({ content: REVIEW }) });
    const base = { 'api-key': 'test-model-key', 'base-url': model.url } as Record<string, string>;
    const call = (stream: string) =>
      createModelCall(
        readSettings((n) => ({ ...base, stream })[n] ?? '', { requireApiKey: true }),
        countTokens,
      )([{ role: 'user', content: 'review this' }], { promptTokens: 42, label: 'Request 1/1' });
    const [a, b] = [await call('true'), await call('false')];
    expect(a.review).toEqual(b.review);
    expect(model.requests.map((r) => r.body.stream)).toEqual([true, undefined]);
    expect(model.violations).toEqual([]);
  });
});

describe('judge', () => {
  const base = { content: REVIEW, refusal: null, functionArguments: null, finishReason: 'stop', usage: null };

  it('accepts a valid answer, from the content or from function-call arguments', () => {
    expect(judge(base)).toMatchObject({ kind: 'ok', value: { summary: 'Fine — “unicode” ✓' } });
    expect(
      judge({ ...base, content: null, functionArguments: REVIEW, finishReason: 'function_call' }),
    ).toEqual(judge(base));
  });

  it.each([
    // A cut-off answer is never parsed, even when it happens to be valid JSON.
    [{ finishReason: 'length' }, { kind: 'truncated' }],
    [{ finishReason: 'content_filter' }, { kind: 'blocked', why: expect.stringMatching(/content filter/) }],
    [{ refusal: 'I cannot help' }, { kind: 'blocked', why: 'the model refused: I cannot help' }],
    [{ content: null }, { kind: 'invalid', why: 'the model answered with no content', answer: '' }],
    [
      { content: '{"summary": 1}' },
      {
        kind: 'invalid',
        why: expect.stringMatching(/does not match the review schema/),
        answer: '{"summary": 1}',
      },
    ],
    [
      { content: '{"summary": "x", "comm' },
      { kind: 'invalid', why: expect.stringMatching(/not valid JSON/) },
    ],
  ])('judges %o', (patch, verdict) => {
    expect(judge({ ...base, ...patch })).toEqual(expect.objectContaining(verdict));
  });
});

describe('provider limits', () => {
  const settings = (url: string, extra: Record<string, string> = {}) => {
    const inputs: Record<string, string> = { 'api-key': 'test-model-key', 'base-url': url, ...extra };
    return readSettings((n) => inputs[n] ?? '', { requireApiKey: true });
  };

  it('waits out a 429 with retry-after, then succeeds', async () => {
    model = await startFakeModel({
      respond: (_req, i) =>
        i === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { content: REVIEW },
    });
    const started = Date.now();
    const a = await createModelCall(settings(model.url), countTokens)([{ role: 'user', content: 'x' }], {
      promptTokens: 1,
      label: 'Request 1/1',
    });
    expect(a.review.comments).toHaveLength(1);
    expect(a.requests).toBe(2);
    expect(model.requests).toHaveLength(2);
    expect(model.requests[1]!.receivedAt - model.requests[0]!.receivedAt).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('runs at most `concurrency` requests at once, and wall time tracks ceil(N/C) × latency', async () => {
    model = await startFakeModel({ respond: () => ({ content: REVIEW, delayMs: 300 }) });
    const call = createModelCall(settings(model.url), countTokens);
    const started = Date.now();
    await mapPool(
      Array.from({ length: 8 }, (_, i) => i),
      4,
      () => call([{ role: 'user', content: 'x' }], { promptTokens: 1, label: 'r' }),
    );
    const wall = Date.now() - started;
    expect(model.maxConcurrent).toBe(4);
    // ceil(8/4) × 300 ms = 600 ms; one at a time would take 2,400 ms.
    expect(wall).toBeLessThan(1_500);
  });
});
