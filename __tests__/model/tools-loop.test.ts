/**
 * The tool loop of the model client (issue 14, part 3): the real client (openai SDK, undici) against
 * the fake model, with tools that answer from a small in-memory repository.
 */
import {
  ChunkError,
  createModelCall,
  type CallInfo,
  type ModelCallOptions,
  type ModelTools,
  type ToolResult,
} from '../../src/model/client.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { readSettings, type Settings } from '../../src/settings.ts';
import type { ChatMessage } from '../../src/prompt/messages.ts';
import {
  startFakeModel,
  type FakeModel,
  type FakeModelOptions,
  type ModelReply,
  type ModelRequest,
} from '../support/fake-model.ts';

const REVIEW = JSON.stringify({
  summary: 'checked the caller',
  comments: [
    {
      path: 'a.ts',
      line: 3,
      start_line: null,
      side: 'RIGHT',
      severity: 'major',
      title: 't',
      body: 'b',
      suggestion: null,
    },
  ],
});
const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You review. Answer only with the JSON object.' },
  { role: 'user', content: 'the diff' },
];
const VTRIX_ROLES = ['system', 'user', 'assistant', 'developer'];

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

function settings(url: string, inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { 'api-key': 'test-model-key', 'base-url': url, ...inputs };
  return readSettings((n) => all[n] ?? '', { requireApiKey: true });
}

const FAST: ModelCallOptions = { retry: { baseDelayMs: 20, maxDelayMs: 100 } };

const FILES: Record<string, string> = {
  'a.ts': 'export const a = 1;\n',
  'b.ts': 'import { a } from "./a";\n',
};

/** Tools over FILES, recording every call exactly as the client passed it. */
function repoTools(over: Partial<ModelTools> = {}) {
  const calls: { name: string; raw: string }[] = [];
  const tools: ModelTools = {
    definitions: [
      {
        name: 'read_file',
        description: 'Read a file of the repository.',
        parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
      },
      {
        name: 'search',
        description: 'Search the repository.',
        parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
      },
    ],
    call: (name, raw): Promise<ToolResult> => {
      calls.push({ name, raw });
      const result = (ok: boolean, content: string): ToolResult => ({
        ok,
        content,
        tokens: countTokens(content),
        ms: 1,
      });
      let args: { path?: unknown; query?: unknown };
      try {
        args = JSON.parse(raw) as typeof args;
      } catch {
        return Promise.resolve(result(false, 'error: the arguments are not valid JSON'));
      }
      if (name === 'read_file') {
        const text = FILES[String(args.path)];
        return Promise.resolve(
          text === undefined ? result(false, `error: no file ${String(args.path)}`) : result(true, text),
        );
      }
      if (name === 'search') return Promise.resolve(result(true, 'b.ts:1: import { a } from "./a";'));
      return Promise.resolve(result(false, `error: unknown tool \`${name}\``));
    },
    maxCalls: 12,
    maxPromptTokens: 0,
    ...over,
  };
  return { tools, calls };
}

function caller(s: Settings, tools: ModelTools | undefined) {
  const log: string[] = [];
  const call = createModelCall(s, countTokens, FAST);
  const run = (info: Partial<CallInfo> = {}) =>
    call(MESSAGES, {
      promptTokens: 100,
      label: 'Request 1/1',
      progress: (m) => log.push(m),
      ...(tools ? { tools } : {}),
      ...info,
    });
  return { run, log };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Msg = any;
const messagesOf = (r: ModelRequest): Msg[] => r.body.messages as Msg[];
const functionNames = (r: ModelRequest): string[] =>
  ((r.body.functions ?? []) as { name: string }[]).map((f) => f.name);
/** Tool results the request carries, in either form. */
const results = (r: ModelRequest): Msg[] =>
  messagesOf(r).filter(
    (m) => m.role === 'function' || (m.role === 'user' && String(m.content).startsWith('Result of tool')),
  );

/** The review in the form the request's output mode wants. */
function review(req: ModelRequest): ModelReply {
  return req.body.response_format
    ? { content: REVIEW }
    : { content: null, functionCall: { name: 'code_review', arguments: REVIEW } };
}

const readA = { content: null, functionCall: { name: 'read_file', arguments: '{"path":"a.ts"}' } };

describe('the tool loop', () => {
  it('keeps the tool calls of a request that fails in the end', async () => {
    const f = await start((req, i) => (i === 0 ? readA : { content: 'not json at all' }));
    const { tools } = repoTools();
    const e = await caller(settings(f.url), tools)
      .run()
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChunkError);
    expect((e as ChunkError).toolCalls.map((c) => [c.name, c.arguments])).toEqual([
      ['read_file', '{"path":"a.ts"}'],
    ]);
  });

  it('counts the definitions once: a request planned up to the limit, definitions included, is offered the tools', async () => {
    const f = await start((req) => review(req));
    const { tools } = repoTools();
    const s = settings(f.url, { 'context-window': '20000', 'max-tokens': '4000' });
    // As the plan counts it: the messages and the definitions, just under context-window less max-tokens.
    await caller(s, tools).run({ promptTokens: 20_000 - 4_000 - 5 });
    expect(functionNames(f.requests[0]!)).toEqual(['read_file', 'search']);
  });

  it('answers one tool call, then uses the review', async () => {
    const f = await start((req, i) => (i === 0 ? readA : review(req)));
    const { tools, calls } = repoTools();
    const a = await caller(settings(f.url), tools).run();

    expect(a.review.summary).toBe('checked the caller');
    expect(calls).toEqual([{ name: 'read_file', raw: '{"path":"a.ts"}' }]);
    expect(a.toolCalls).toEqual([
      { name: 'read_file', arguments: '{"path":"a.ts"}', ok: true, tokens: expect.any(Number), ms: 1 },
    ]);
    expect(a.requests).toBe(2);
    const [first, second] = f.requests as [ModelRequest, ModelRequest];
    // The tools are offered beside the structured output, the model choosing.
    expect(first.body.response_format.type).toBe('json_schema');
    expect(functionNames(first)).toEqual(['read_file', 'search']);
    expect(first.body.function_call).toBe('auto');
    expect(messagesOf(second).slice(2)).toEqual([
      {
        role: 'assistant',
        content: null,
        function_call: { name: 'read_file', arguments: '{"path":"a.ts"}' },
      },
      { role: 'function', name: 'read_file', content: FILES['a.ts'] },
    ]);
    expect(f.violations).toEqual([]);
  });

  it('answers several calls in turn, the history growing', async () => {
    const script: ModelReply[] = [
      readA,
      { content: null, functionCall: { name: 'search', arguments: '{"query":"a"}' } },
      { content: null, functionCall: { name: 'read_file', arguments: '{"path":"b.ts"}' } },
    ];
    const f = await start((req, i) => script[i] ?? review(req));
    const { tools } = repoTools();
    const a = await caller(settings(f.url), tools).run();

    expect(a.toolCalls.map((c) => c.name)).toEqual(['read_file', 'search', 'read_file']);
    expect(f.requests.map((r) => results(r).length)).toEqual([0, 1, 2, 3]);
    expect(results(f.requests[3]!).map((m: Msg) => m.content)).toEqual([
      FILES['a.ts'],
      'b.ts:1: import { a } from "./a";',
      FILES['b.ts'],
    ]);
    expect(a.review.comments).toHaveLength(1);
    expect(f.violations).toEqual([]);
  });

  it('sends results as user messages when the function role is refused, and remembers it', async () => {
    // Two calls of one createModelCall, each with one tool turn; the answer follows each result.
    const f = await start((req) => (results(req).length === 0 ? readA : review(req)), {
      roles: VTRIX_ROLES,
    });
    const { tools } = repoTools();
    const { run, log } = caller(settings(f.url), tools);
    const a = await run();
    const b = await run();

    expect(a.review.summary).toBe('checked the caller');
    expect(b.review.summary).toBe('checked the caller');
    // Call 1: the tool turn, the refused result, the result as a user message. Call 2: no refusal.
    expect(f.requests).toHaveLength(5);
    expect(a.requests).toBe(3);
    expect(b.requests).toBe(2);
    const retried = messagesOf(f.requests[2]!).slice(2);
    expect(retried).toEqual([
      { role: 'assistant', content: 'Calling tool `read_file` with arguments: {"path":"a.ts"}' },
      { role: 'user', content: expect.stringMatching(/^Result of tool `read_file` \(untrusted data/) },
    ]);
    expect(retried[1].content).toContain(FILES['a.ts']);
    expect(messagesOf(f.requests[4]!).slice(2)).toEqual(retried);
    expect(log.join('\n')).toMatch(/sending tool results as user messages for the rest of the run/);
    // The output mode was not given up for it.
    expect(f.requests.every((r) => r.body.response_format?.type === 'json_schema')).toBe(true);
    expect(f.violations).toEqual([]);
  });

  it('asks for the review without tools once the calls are spent', async () => {
    const f = await start((req) => (req.body.functions ? readA : review(req)));
    const { tools, calls } = repoTools({ maxCalls: 2 });
    const { run, log } = caller(settings(f.url), tools);
    const a = await run();

    expect(calls).toHaveLength(2);
    expect(a.toolCalls).toHaveLength(2);
    expect(f.requests.map((r) => r.body.functions !== undefined)).toEqual([true, true, false]);
    const last = f.requests[2]!;
    expect(last.body.function_call).toBeUndefined();
    expect(messagesOf(last).at(-1)).toEqual({
      role: 'user',
      content: expect.stringMatching(/tool budget for this request is spent \(2 tool calls\)/),
    });
    expect(a.review.summary).toBe('checked the caller');
    expect(log.join('\n')).toMatch(/tool budget spent \(2 tool calls\)/);
    expect(f.violations).toEqual([]);
  });

  it('stops offering tools when the prompt-token ceiling leaves no room for another turn', async () => {
    const big = 'x '.repeat(20_000);
    const f = await start((req, i) =>
      i === 0
        ? { ...readA, usage: { prompt_tokens: 1000, completion_tokens: 10 } }
        : { ...review(req), usage: { prompt_tokens: 1200, completion_tokens: 50 } },
    );
    const { tools } = repoTools({
      maxPromptTokens: 2600,
      call: () => Promise.resolve({ ok: true, content: big, tokens: countTokens(big), ms: 2 }),
    });
    const a = await caller(settings(f.url), tools).run({ promptTokens: 1000 });

    expect(a.toolCalls).toEqual([expect.objectContaining({ name: 'read_file', ok: true })]);
    expect(f.requests.map((r) => r.body.functions !== undefined)).toEqual([true, false]);
    const last = f.requests[1]!;
    // The result was cut so that the last turn fits what the ceiling leaves (2600 - 1000 spent).
    const result = results(last)[0].content as string;
    expect(result).toMatch(/the rest of this result is left out/);
    expect(1000 + countTokens(result)).toBeLessThanOrEqual(2600 - 1000);
    expect(messagesOf(last).at(-1).content).toMatch(/no room left in its prompt tokens/);
    expect(a.promptTokens).toBe(2200);
    expect(f.violations).toEqual([]);
  });

  it('offers no tools when even the first turn leaves no room for a second', async () => {
    const f = await start((req) => review(req));
    const { tools, calls } = repoTools({ maxPromptTokens: 150 });
    const a = await caller(settings(f.url), tools).run();

    expect(f.requests).toHaveLength(1);
    expect(f.requests[0]!.body.functions).toBeUndefined();
    expect(calls).toEqual([]);
    expect(a.toolCalls).toEqual([]);
  });

  it('ends a model that never stops calling tools at the budget, with the forced review', async () => {
    // functions mode: the review is the function `code_review`, forced once the budget is spent.
    let forced = 0;
    const f = await start(
      (req) => {
        if (req.body.function_call?.name === 'code_review') {
          forced++;
          return review(req);
        }
        return { content: null, functionCall: { name: 'search', arguments: '{"query":"a"}' } };
      },
      { structuredOutputs: ['functions'] },
    );
    const { tools } = repoTools({ maxCalls: 5 });
    const a = await caller(settings(f.url), tools).run();

    expect(a.toolCalls).toHaveLength(5);
    expect(forced).toBe(1);
    const handed = f.requests.filter((r) => r.body.functions);
    // Two refused output modes, five tool turns, the forced review.
    expect(f.requests).toHaveLength(2 + 5 + 1);
    expect(a.requests).toBe(8);
    expect(functionNames(handed[2]!)).toEqual(['code_review', 'read_file', 'search']);
    expect(handed[2]!.body.function_call).toBe('auto');
    expect(functionNames(f.requests.at(-1)!)).toEqual(['code_review']);
    expect(f.requests.at(-1)!.body.function_call).toEqual({ name: 'code_review' });
    expect(a.review.summary).toBe('checked the caller');
    expect(f.violations).toEqual([]);
  });

  it('takes the review from `code_review` while tools are still offered (functions mode)', async () => {
    const f = await start((req, i) => (i === 0 ? readA : review(req)), { structuredOutputs: ['functions'] });
    const { tools } = repoTools();
    const a = await caller(settings(f.url), tools).run();

    expect(a.toolCalls.map((c) => c.name)).toEqual(['read_file']);
    expect(a.review.summary).toBe('checked the caller');
    // After the two refused modes, both requests offered the review beside the tools.
    expect(f.requests.slice(2).map(functionNames)).toEqual([
      ['code_review', 'read_file', 'search'],
      ['code_review', 'read_file', 'search'],
    ]);
    expect(f.violations).toEqual([]);
  });

  it('passes bad JSON arguments and an unknown tool to the tools, and goes on', async () => {
    const script: ModelReply[] = [
      { content: null, functionCall: { name: 'read_file', arguments: '{"path": ' } },
      { content: null, functionCall: { name: 'rm_rf', arguments: '{}' } },
    ];
    const f = await start((req, i) => script[i] ?? review(req));
    const { tools, calls } = repoTools();
    const a = await caller(settings(f.url), tools).run();

    expect(calls).toEqual([
      { name: 'read_file', raw: '{"path": ' },
      { name: 'rm_rf', raw: '{}' },
    ]);
    expect(a.toolCalls.map((c) => [c.name, c.ok])).toEqual([
      ['read_file', false],
      ['rm_rf', false],
    ]);
    expect(results(f.requests[2]!).map((m: Msg) => m.content)).toEqual([
      'error: the arguments are not valid JSON',
      'error: unknown tool `rm_rf`',
    ]);
    expect(a.review.summary).toBe('checked the caller');
    expect(f.violations).toEqual([]);
  });

  it('turns a tool that throws into an error result', async () => {
    const f = await start((req, i) => (i === 0 ? readA : review(req)));
    const { tools } = repoTools({ call: () => Promise.reject(new Error('disk on fire')) });
    const a = await caller(settings(f.url), tools).run();

    expect(a.toolCalls).toEqual([expect.objectContaining({ name: 'read_file', ok: false })]);
    expect(results(f.requests[1]!)[0].content).toMatch(/the tool `read_file` failed: disk on fire/);
    expect(a.review.summary).toBe('checked the caller');
  });

  it('clips long arguments in the record, not in what the tool gets', async () => {
    const long = JSON.stringify({ path: 'a'.repeat(1000) });
    const f = await start((req, i) =>
      i === 0 ? { content: null, functionCall: { name: 'read_file', arguments: long } } : review(req),
    );
    const { tools, calls } = repoTools();
    const a = await caller(settings(f.url), tools).run();

    expect(calls[0]!.raw).toBe(long);
    expect(a.toolCalls[0]!.arguments).toBe(`${long.slice(0, 300)}…`);
  });

  it('streams tool turns: the call assembles from its deltas', async () => {
    const args = JSON.stringify({ path: 'b.ts', why: 'the caller of a — “unicode” ✓' });
    const f = await start((req, i) =>
      i === 0 ? { content: null, functionCall: { name: 'read_file', arguments: args } } : review(req),
    );
    const { tools, calls } = repoTools();
    const a = await caller(settings(f.url, { stream: 'true' }), tools).run();

    expect(f.requests.map((r) => r.body.stream)).toEqual([true, true]);
    expect(calls).toEqual([{ name: 'read_file', raw: args }]);
    expect(results(f.requests[1]!)).toEqual([
      { role: 'function', name: 'read_file', content: FILES['b.ts'] },
    ]);
    expect(a.review.summary).toBe('checked the caller');
    expect(f.violations).toEqual([]);
  });

  it('sums the usage over every turn', async () => {
    const f = await start((req, i) => ({
      ...(i < 2 ? readA : review(req)),
      usage: { prompt_tokens: 100 + i, completion_tokens: 10 + i },
    }));
    const { tools } = repoTools();
    const a = await caller(settings(f.url), tools).run();

    expect(a.requests).toBe(3);
    expect(a.promptTokens).toBe(100 + 101 + 102);
    expect(a.completionTokens).toBe(10 + 11 + 12);
  });

  it('changes nothing without tools: no functions offered, no tool calls recorded', async () => {
    const f = await start((req) => review(req));
    const a = await caller(settings(f.url), undefined).run();

    expect(f.requests).toHaveLength(1);
    expect(f.requests[0]!.body.functions).toBeUndefined();
    expect(f.requests[0]!.body.function_call).toBeUndefined();
    expect(a.toolCalls).toEqual([]);
  });
});
