// The second look (issue 14, part 5) through the real pipeline and model client, against the fake
// model API: what is sent, what it answers, and what is posted.
import type { PullRequest } from '../../src/types.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createModelClient, type ModelCallOptions, type ToolResult } from '../../src/model/client.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { readSettings, type Settings } from '../../src/settings.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { reviewPullRequest, type PipelineOptions, type RequestTools } from '../../src/pipeline.ts';
import { startFakeModel, type FakeModel, type ModelReply, type ModelRequest } from '../support/fake-model.ts';

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
const FAST: ModelCallOptions = { retry: { baseDelayMs: 20, maxDelayMs: 100 } };

const COMMENTS = [
  {
    path: 'src/db/users.ts',
    line: 11,
    severity: 'critical',
    title: 'SQL injection',
    body: 'The id is interpolated.',
  },
  { path: 'src/util/retry.ts', line: 3, severity: 'major', title: 'Retry never stops', body: 'No bound.' },
  { path: 'docs/guide new.md', line: 3, severity: 'minor', title: 'Typo', body: 'Spelling.' },
].map((c) => ({ start_line: null, side: 'RIGHT', suggestion: null, ...c }));

let model: FakeModel | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

function settings(url: string, inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { 'api-key': 'test-model-key', 'base-url': url, ...inputs };
  return readSettings((n) => all[n] ?? '', { requireApiKey: true });
}

function messages(req: ModelRequest): { role: string; content: string | null }[] {
  return req.body.messages as { role: string; content: string | null }[];
}
function isLook(req: ModelRequest): boolean {
  return String(messages(req)[0]?.content ?? '').includes("vtrix-review's second reviewer");
}
/** The ids and titles a second-look request asks about. */
function asked(req: ModelRequest): Map<string, string> {
  const user = messages(req).find((m) => m.role === 'user')!.content!;
  const out = new Map<string, string>();
  for (const m of user.matchAll(/<finding id="(F\d+)"[^>]*>\nTitle: ([^\n]*)/g)) out.set(m[1]!, m[2]!);
  return out;
}
function reply(req: ModelRequest, name: string, value: unknown): ModelReply {
  const text = JSON.stringify(value);
  return req.body.functions && !req.body.response_format
    ? { content: null, functionCall: { name, arguments: text } }
    : { content: text };
}
/** The review, or a second look that refutes the finding titled `refute` and confirms the others. */
function respond(refute = 'Retry never stops') {
  return (req: ModelRequest): ModelReply => {
    if (!isLook(req))
      return reply(req, 'code_review', { verdict: 'x', summary: 'Reviewed.', comments: COMMENTS });
    const verdicts = [...asked(req)].map(([id, title]) =>
      title === refute
        ? {
            id,
            verdict: 'refuted',
            confidence: 'high',
            evidence: 'attempts is capped at src/util/retry.ts:1.',
          }
        : { id, verdict: 'confirmed', confidence: 'high', evidence: 'users.ts:11 interpolates the id.' },
    );
    return reply(req, 'second_look', { verdicts });
  };
}

async function run(s: Settings, over: Partial<PipelineOptions> = {}, look = true) {
  const log = { info: [] as string[], warning: [] as string[] };
  const client = createModelClient(s, countTokens, FAST);
  const result = await reviewPullRequest(
    PR,
    files,
    [],
    { ...s, deep: true, runUrl: null, ...(look ? { verify: { ask: client.ask } } : {}), ...over },
    client.call,
    countTokens,
    { info: (m) => log.info.push(m), warning: (m) => log.warning.push(m) },
  );
  return { result, log };
}

describe('the second look', () => {
  it('checks the critical and major findings, and posts only those it does not refute', async () => {
    model = await startFakeModel({ respond: respond() });
    const { result } = await run(settings(model.url));
    expect(model.violations).toEqual([]);
    const looks = model.requests.filter(isLook);
    expect(looks).toHaveLength(1);
    // Minor findings are not checked; the others come with the code they cite.
    expect([...asked(looks[0]!).values()].sort()).toEqual(['Retry never stops', 'SQL injection']);
    const user = messages(looks[0]!).find((m) => m.role === 'user')!.content!;
    expect(user).toMatch(
      /<finding id="F1" severity="critical" path="src\/db\/users.ts" side="RIGHT" lines="11">/,
    );
    expect(user).toMatch(/\n11 \+/);
    expect(looks[0]!.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'second_look' },
    });

    const posted = result.payload!.comments.map((c) => c.path).sort();
    expect(posted).toEqual(['docs/guide new.md', 'src/db/users.ts']);
    expect(result.secondLook).toMatchObject({ candidates: 2, checked: 2, confirmed: 1, unchecked: 0 });
    expect(result.secondLook!.refuted.map((r) => [r.placed.path, r.evidence])).toEqual([
      ['src/util/retry.ts', 'attempts is capped at src/util/retry.ts:1.'],
    ]);
    expect(result.payload!.body).toContain(
      '🔍 **Second look:** 2 critical and major findings checked again: 1 confirmed, 1 refuted',
    );
    // Its cost is the run's: counted in the totals and listed among the requests.
    expect(result.requests).toBe(model.requests.length);
    expect(result.requestLog.map((r) => r.label)).toContain('Second look 1/1');
  });

  it('is not asked for without `verify`, and finds nothing to check without critical or major findings', async () => {
    model = await startFakeModel({ respond: respond() });
    const { result } = await run(settings(model.url), {}, false);
    expect(model.requests.filter(isLook)).toHaveLength(0);
    expect(result.secondLook).toBeNull();
    expect(result.payload!.comments).toHaveLength(3);
  });

  it('posts every finding unchecked when the second look fails, and says why', async () => {
    model = await startFakeModel({
      respond: (req) => (isLook(req) ? { content: 'I think they are fine.' } : respond()(req)),
    });
    const { result, log } = await run(settings(model.url));
    expect(result.payload!.comments).toHaveLength(3);
    expect(result.secondLook).toMatchObject({ candidates: 2, checked: 0, unchecked: 2, refuted: [] });
    expect(result.secondLook!.notes.join()).toMatch(/2 not checked: Second look 1\/1 failed/);
    expect(log.warning.join('\n')).toMatch(/Second look 1\/1 failed: .*Its 2 findings are posted unchecked/);
    expect(result.payload!.body).toContain('2 not checked (posted as found)');
  });

  it('keeps a finding whose verdict is missing or only doubted', async () => {
    model = await startFakeModel({
      respond: (req) =>
        isLook(req)
          ? reply(req, 'second_look', {
              verdicts: [...asked(req)]
                .filter(([, t]) => t === 'Retry never stops')
                .map(([id]) => ({ id, verdict: 'refuted', confidence: 'low', evidence: 'maybe' })),
            })
          : respond()(req),
    });
    const { result } = await run(settings(model.url));
    expect(result.payload!.comments).toHaveLength(3);
    expect(result.secondLook).toMatchObject({ checked: 1, unsure: 1, unchecked: 1, refuted: [] });
  });

  it('stays within the run budget: no second look when max-requests is spent', async () => {
    model = await startFakeModel({ respond: respond() });
    const { result } = await run(settings(model.url, { 'max-requests': '1' }));
    expect(model.requests.filter(isLook)).toHaveLength(0);
    expect(result.payload!.comments).toHaveLength(3);
    expect(result.secondLook!.notes.join()).toMatch(/2 findings were not checked: the run's budget/);
  });

  it('answers by function call where structured outputs are refused', async () => {
    model = await startFakeModel({ respond: respond(), structuredOutputs: ['functions'] });
    const { result } = await run(settings(model.url));
    const look = model.requests.filter(isLook);
    expect(look.at(-1)!.body.function_call).toEqual({ name: 'second_look' });
    expect(result.secondLook!.refuted).toHaveLength(1);
    expect(result.payload!.comments).toHaveLength(2);
  });

  it('reads the repository with the tools before it answers', async () => {
    const calls: string[] = [];
    const tools: RequestTools = {
      box: {
        definitions: [
          {
            name: 'read_file',
            description: 'Read a file.',
            parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
          },
        ],
        call: (name, raw): Promise<ToolResult> => {
          calls.push(`${name} ${raw}`);
          const content = '1  const MAX_ATTEMPTS = 3;';
          return Promise.resolve({ ok: true, content, tokens: countTokens(content), ms: 1 });
        },
      },
      maxCalls: 4,
    };
    model = await startFakeModel({
      respond: (req) => {
        if (!isLook(req)) return respond()(req);
        const read = messages(req).some((m) => m.role === 'function');
        if (!read) {
          return {
            content: null,
            functionCall: { name: 'read_file', arguments: '{"path":"src/util/retry.ts"}' },
          };
        }
        expect(messages(req).at(-1)!.content).toContain('MAX_ATTEMPTS');
        return respond()(req);
      },
    });
    // Tools are given to the review too; this fake's review answers without calling them.
    const { result } = await run(settings(model.url), { tools });
    expect(model.violations).toEqual([]);
    expect(calls).toEqual(['read_file {"path":"src/util/retry.ts"}']);
    const record = result.requestLog.find((r) => r.label === 'Second look 1/1')!;
    expect(record.toolCalls.map((c) => c.name)).toEqual(['read_file']);
    expect(result.secondLook).toMatchObject({ withTools: true, refuted: [expect.anything()] });
    const system = messages(model.requests.find(isLook)!)[0]!.content!;
    expect(system).toMatch(/read-only tools/);
  });
});
