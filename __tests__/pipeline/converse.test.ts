// Answering in a thread (issue 15) through the real model client, against the fake model API.
import { createModelClient, ModelConfigError, type ModelCallOptions } from '../../src/model/client.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { readSettings, type Settings } from '../../src/settings.ts';
import { answerInThread, type AnswerOptions } from '../../src/pipeline/converse.ts';
import type { Conversation } from '../../src/converse/context.ts';
import { ANSWER_MARKER } from '../../src/memory/markers.ts';
import { GITHUB_BODY_LIMIT } from '../../src/review/render.ts';
import { startFakeModel, type FakeModel, type ModelReply, type ModelRequest } from '../support/fake-model.ts';
import { added, modified, PR } from '../converse/helpers.ts';

const FAST: ModelCallOptions = { retry: { baseDelayMs: 20, maxDelayMs: 100 } };

let model: FakeModel | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

function settings(url: string, inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { 'api-key': 'test-model-key', 'base-url': url, ...inputs };
  return readSettings((n) => all[n] ?? '', { requireApiKey: true });
}

const CTX: Conversation = {
  pr: PR,
  question: '@vtrix-review why is this a race?',
  thread: [{ author: 'alice', bot: false, body: 'Looks odd.' }],
  place: { path: 'src/cache.ts', side: 'RIGHT', line: 12, startLine: 11 },
  files: [modified('src/cache.ts'), added('src/other.ts', 5)],
};

function reply(req: ModelRequest, name: string, value: unknown): ModelReply {
  const text = JSON.stringify(value);
  return req.body.functions && !req.body.response_format
    ? { content: null, functionCall: { name, arguments: text } }
    : { content: text };
}

async function ask(
  s: Settings,
  kind: 'question' | 'fix',
  ctx: Conversation = CTX,
  over: Partial<AnswerOptions> = {},
) {
  const log = { info: [] as string[], warning: [] as string[] };
  const client = createModelClient(s, countTokens, FAST);
  const answer = await answerInThread(ctx, kind, client.ask, { ...s, language: '', ...over }, countTokens, {
    info: (m) => log.info.push(m),
    warning: (m) => log.warning.push(m),
  });
  return { answer, log };
}

const user = (req: ModelRequest): string =>
  (req.body.messages as { role: string; content: string }[]).find((m) => m.role === 'user')!.content;

describe('answering in a thread', () => {
  it('answers a question with one request, at the settings’ effort and max-tokens, without tools', async () => {
    model = await startFakeModel({
      respond: (req) =>
        reply(req, 'thread_answer', { answer: 'Yes: `fill()` is not awaited, so line 12 can read first.' }),
    });
    const s = settings(model.url, { 'reasoning-effort': 'high', 'max-tokens': '9000', model: 'gpt-5.5' });
    const { answer, log } = await ask(s, 'question');
    expect(model.violations).toEqual([]);
    expect(model.requests).toHaveLength(1);
    const req = model.requests[0]!;
    expect(req.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'thread_answer', strict: true },
    });
    expect(req.body.reasoning_effort).toBe('high');
    expect(req.body.max_tokens).toBe(9000);
    expect(req.body.functions).toBeUndefined();
    expect(user(req)).toContain('why is this a race?');
    expect(user(req)).toMatch(/\n12 \+new 12\n/);

    expect(answer.ok).toBe(true);
    expect(answer.requests).toBe(1);
    expect(answer.promptTokens).toBeGreaterThan(0);
    expect(answer.body).toMatch(
      /^Yes: `fill\(\)` is not awaited, so line 12 can read first\.\n\n<sub>gpt-5\.5 · effort high · 1 request · [\d,]+ prompt \+ [\d,]+ completion tokens<\/sub>\n\n<!-- vtrix-review:answer -->$/,
    );
    expect(log.info.join('\n')).toMatch(
      /Answer in src\/cache\.ts:12: \d+ prompt tokens, the diff of 2 of 2 files\./,
    );
  });

  it('answers fix with a committable suggestion of the thread’s lines', async () => {
    model = await startFakeModel({
      respond: (req) =>
        reply(req, 'thread_fix', {
          fixable: true,
          suggestion: 'ctx 11\nawait fill();',
          explanation: 'Wait for the fill before the lookup.',
        }),
    });
    const { answer } = await ask(settings(model.url), 'fix');
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]!.body.response_format).toMatchObject({ json_schema: { name: 'thread_fix' } });
    expect(user(model.requests[0]!)).toMatch(
      /A committable suggestion is possible: it replaces lines 11–12 \(RIGHT\)/,
    );
    expect(answer.body).toContain(
      'Wait for the fill before the lookup.\n\n```suggestion\nctx 11\nawait fill();\n```',
    );
  });

  it('falls back to a function call where structured outputs are refused', async () => {
    model = await startFakeModel({
      structuredOutputs: ['functions'],
      respond: (req) => reply(req, 'thread_answer', { answer: 'It is safe for empty input.' }),
    });
    const { answer } = await ask(settings(model.url), 'question');
    expect(model.violations).toEqual([]);
    const last = model.requests.at(-1)!;
    expect(last.body.function_call).toEqual({ name: 'thread_answer' });
    expect(last.body.functions[0]).toMatchObject({ name: 'thread_answer' });
    // The refused attempts were not answered: one question, one answer.
    expect(model.requests.filter((r) => r.body.functions)).toHaveLength(1);
    expect(answer.ok).toBe(true);
    expect(answer.body.startsWith('It is safe for empty input.')).toBe(true);
  });

  it('asks once to correct a garbage answer, then posts a one-line error instead of throwing', async () => {
    model = await startFakeModel({ respond: () => ({ content: 'Sure! The answer is 42.' }) });
    const { answer, log } = await ask(settings(model.url), 'question');
    expect(model.requests).toHaveLength(2);
    const repair = model.requests[1]!.body.messages as { role: string; content: string }[];
    expect(repair.at(-1)!.content).toMatch(/^That answer cannot be used: the answer is not valid JSON/);
    expect(answer.ok).toBe(false);
    expect(answer.requests).toBe(2);
    const [line, marker, ...rest] = answer.body.split('\n\n');
    expect(rest).toEqual([]);
    expect(marker).toBe(ANSWER_MARKER);
    expect(line).toMatch(
      /^⚠️ vtrix-review could not answer: the answer is not valid JSON .*also after asking the model once to correct it$/,
    );
    expect(answer.error).toMatch(/also after asking the model once to correct it/);
    expect(log.warning.join('\n')).toMatch(/^Answer failed: the answer is not valid JSON/);
  });

  it('answers a failed request with the error, and lets a configuration error through', async () => {
    model = await startFakeModel({
      respond: () => ({ status: 400, body: { error: { message: 'bad things' } } }),
    });
    const { answer } = await ask(settings(model.url), 'fix');
    expect(answer.ok).toBe(false);
    expect(answer.body).toMatch(/^⚠️ vtrix-review could not answer: .*bad things/);
    await model.close();

    model = await startFakeModel({ apiKey: 'another-key', respond: () => ({ content: '{}' }) });
    await expect(ask(settings(model.url), 'question')).rejects.toThrow(ModelConfigError);
  });

  it('posts within GitHub’s limit whatever the model writes, and pings nobody', async () => {
    const huge = `@octocat ![x](https://evil.example/p.png) ${'Because of the lock. '.repeat(10_000)}`;
    model = await startFakeModel({ respond: (req) => reply(req, 'thread_answer', { answer: huge }) });
    const { answer } = await ask(settings(model.url, { 'max-tokens': '60000' }), 'question');
    expect(answer.ok).toBe(true);
    expect(answer.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(answer.body).toContain('@\u200doctocat');
    expect(answer.body).not.toContain('![');
  });

  it('sends no request when the question cannot fit, and says which setting to change', async () => {
    model = await startFakeModel({ respond: (req) => reply(req, 'thread_answer', { answer: 'x' }) });
    const { answer } = await ask(settings(model.url, { 'max-prompt-tokens': '300' }), 'question');
    expect(model.requests).toHaveLength(0);
    expect(answer).toMatchObject({ ok: false, requests: 0 });
    expect(answer.body).toMatch(
      /could not answer: the question and its thread need \d+ prompt tokens, over the 300 allowed/,
    );
  });

  it('quotes the question in a reply in the conversation', async () => {
    model = await startFakeModel({ respond: (req) => reply(req, 'thread_answer', { answer: 'No.' }) });
    const { answer } = await ask(
      settings(model.url),
      'question',
      { ...CTX, place: null, thread: [] },
      { quote: true },
    );
    expect(answer.body.startsWith('> @\u200dvtrix-review why is this a race?\n\nNo.')).toBe(true);
    expect(user(model.requests[0]!)).toContain(
      "Place: the pull request's conversation (not a review thread).",
    );
  });
});
