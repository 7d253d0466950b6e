/**
 * The API's remaining parameters (issue 16, part 5): `temperature` and `top_p` sent only when set, and
 * the role of the instructions (`instruction-role`), learnt from the endpoint's refusal once per run.
 * The real client (openai SDK, undici) against the fake model.
 */
import OpenAI from 'openai';
import { countTokens } from '../../src/chunk/tokens.ts';
import { createModelClient, ModelConfigError, type ModelCallOptions } from '../../src/model/client.ts';
import { refusesInstructionRole } from '../../src/model/faults.ts';
import { messagesFor } from '../../src/model/format.ts';
import type { ChatMessage } from '../../src/prompt/messages.ts';
import { readSettings, type Settings } from '../../src/settings.ts';
import { startFakeModel, type FakeModel, type FakeModelOptions } from '../support/fake-model.ts';

const REVIEW = JSON.stringify({ summary: 'fine', comments: [] });
const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You review. Answer only with the JSON object.' },
  { role: 'user', content: 'the diff' },
];
const FAST: ModelCallOptions = { retry: { baseDelayMs: 20, maxDelayMs: 100 } };

let model: FakeModel | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

async function start(extra: Omit<FakeModelOptions, 'respond'> = {}): Promise<FakeModel> {
  model = await startFakeModel({ respond: () => ({ content: REVIEW }), ...extra });
  return model;
}

function settings(url: string, inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { 'api-key': 'test-model-key', 'base-url': url, ...inputs };
  return readSettings((n) => all[n] ?? '', { requireApiKey: true });
}

/** A client, and a review request through it that logs what it learns. */
function client(s: Settings) {
  const log: string[] = [];
  const { call } = createModelClient(s, countTokens, FAST);
  const review = (label = 'Request 1/1') =>
    call(MESSAGES, { promptTokens: 50, label, progress: (m) => log.push(m) });
  return { review, log };
}

const rolesOf = (f: FakeModel): string[] =>
  f.requests.map((r) => (r.body.messages as { role: string }[])[0]!.role);

describe('temperature and top_p', () => {
  it('are not sent when not set: the provider keeps its defaults', async () => {
    const f = await start();
    await client(settings(f.url)).review();
    expect(f.requests).toHaveLength(1);
    expect(Object.keys(f.requests[0]!.body)).not.toContain('temperature');
    expect(Object.keys(f.requests[0]!.body)).not.toContain('top_p');
    expect(f.violations).toEqual([]);
  });

  it('are sent as given, streamed or not, 0 included', async () => {
    const f = await start();
    await client(settings(f.url, { temperature: '0.2', 'top-p': '0.9' })).review();
    await client(settings(f.url, { temperature: '0', 'top-p': '1', stream: 'true' })).review();
    expect(f.requests.map((r) => [r.body.temperature, r.body.top_p, r.body.stream === true])).toEqual([
      [0.2, 0.9, false],
      [0, 1, true],
    ]);
    expect(f.violations).toEqual([]);
  });

  it('go with every request, fallback output modes included', async () => {
    const f = await start({ structuredOutputs: ['json_object'] });
    await client(settings(f.url, { temperature: '1.5' })).review();
    expect(f.requests.map((r) => [r.body.response_format?.type, r.body.temperature])).toEqual([
      ['json_schema', 1.5],
      ['json_object', 1.5],
    ]);
    expect(f.requests.every((r) => !('top_p' in r.body))).toBe(true);
  });
});

describe('the instruction role', () => {
  it('is system by default, and needs no fallback where system is accepted', async () => {
    const f = await start({ roles: ['system', 'developer', 'user', 'assistant'] });
    const { review, log } = client(settings(f.url));
    await review();
    expect(rolesOf(f)).toEqual(['system']);
    expect(log).toEqual([]);
  });

  it('moves to developer once when the endpoint refuses system, and keeps it for the run', async () => {
    const f = await start({ roles: ['developer', 'user', 'assistant'] });
    const { review, log } = client(settings(f.url));
    const a = await review('Request 1/2');
    const b = await review('Request 2/2');

    expect([a.review.summary, b.review.summary]).toEqual(['fine', 'fine']);
    expect([a.requests, b.requests]).toEqual([2, 1]);
    expect(rolesOf(f)).toEqual(['system', 'developer', 'developer']);
    // The instructions move whole: same text, same output mode.
    const sent = f.requests.map((r) => (r.body.messages as { content: string }[])[0]!.content);
    expect(new Set(sent).size).toBe(1);
    expect(f.requests.every((r) => r.body.response_format?.type === 'json_schema')).toBe(true);
    expect(log).toEqual([
      expect.stringMatching(
        /^Request 1\/2: the instructions' `system` role refused \(.*"system" is not supported.*\); trying `developer`\.$/,
      ),
      'The model API does not accept the `system` role; sending the instructions as `developer` for the rest of the run.',
    ]);
    expect(f.violations).toEqual([]);
  });

  it('learns it once when concurrent requests are refused together', async () => {
    const f = await start({ roles: ['developer', 'user', 'assistant'] });
    const { review, log } = client(settings(f.url));
    await Promise.all([review('Request 1/3'), review('Request 2/3'), review('Request 3/3')]);
    expect(f.requests.filter((r) => r.body.messages[0].role === 'developer')).toHaveLength(3);
    expect(log.filter((l) => l.includes('for the rest of the run'))).toHaveLength(1);
  });

  it('set to developer, sends developer, and moves to system once when it is refused', async () => {
    const accepting = await start();
    await client(settings(accepting.url, { 'instruction-role': 'developer' })).review();
    expect(rolesOf(accepting)).toEqual(['developer']);
    await accepting.close();

    const f = await start({ roles: ['system', 'user', 'assistant'] });
    const { review, log } = client(settings(f.url, { 'instruction-role': 'developer' }));
    await review();
    await review();
    expect(rolesOf(f)).toEqual(['developer', 'system', 'system']);
    expect(log.at(-1)).toBe(
      'The model API does not accept the `developer` role; sending the instructions as `system` for the rest of the run.',
    );
  });

  it('set to system, never moves: a refusal stops the run with what to set', async () => {
    const f = await start({ roles: ['developer', 'user', 'assistant'] });
    const e = await client(settings(f.url, { 'instruction-role': 'system' }))
      .review()
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ModelConfigError);
    expect((e as Error).message).toMatch(
      /refuses the `system` role for the instructions \(.*\)\. Set `instruction-role` to `developer`, or to `auto`/,
    );
    expect(rolesOf(f)).toEqual(['system']);
  });

  it('stops the run when both roles are refused, after one try of each', async () => {
    const f = await start({ roles: ['user', 'assistant'] });
    const e = await client(settings(f.url))
      .review()
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ModelConfigError);
    expect((e as Error).message).toMatch(
      /refuses the instructions in both the `system` and the `developer` role/,
    );
    expect(rolesOf(f)).toEqual(['system', 'developer']);
  });

  it('rewrites every instruction message, and the schema note goes with the first', () => {
    const sent = messagesFor(MESSAGES, 'json_object', 'function', undefined, 'developer');
    expect(sent.map((m) => m.role)).toEqual(['developer', 'user']);
    expect(sent[0]!.content).toMatch(/^You review\. .*\n\nAnswer with one JSON object/s);
    expect(messagesFor(MESSAGES, 'json_schema')).toEqual(MESSAGES);
  });
});

describe('refusesInstructionRole', () => {
  const bad = (message: string) =>
    OpenAI.APIError.generate(400, { error: { message } }, message, new Headers());

  it.each([
    [
      "Invalid value for 'messages[0].role': \"system\" is not supported. Supported values are: 'developer', 'user'.",
      'system',
      true,
    ],
    ["Unsupported value: 'messages[0].role' does not support 'system' with this model.", 'system', true],
    ['Invalid role: developer', 'developer', true],
    // The refused role is `function`; `system` is only listed as accepted.
    [
      "Invalid value for 'messages[3].role': \"function\" is not supported. Supported values are: 'system', 'user'.",
      'system',
      false,
    ],
    ['messages[0].role must be one of system, user, assistant', 'system', false],
    // Not about a role at all.
    [
      "Invalid parameter: response_format type 'json_schema' is not supported for the system.",
      'system',
      false,
    ],
  ])('%j refuses %s: %s', (message, role, refused) => {
    expect(refusesInstructionRole(bad(message), role)).toBe(refused);
  });

  it('is never a context-length error', () => {
    expect(
      refusesInstructionRole(
        bad("This model's maximum context length is 400000 tokens (role system)."),
        'system',
      ),
    ).toBe(false);
  });
});
