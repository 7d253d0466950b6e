/**
 * The bench's deep review with repository tools (scripts/bench/tools.ts): the fake agent's calls come
 * from the request's diff, its checks catch a tool loop that loses a result, and a whole run over a
 * small repository counts requests, calls and tokens, and fails loudly when the tools read another
 * version than the diff's head.
 */
import { parseDiff } from '../../src/diff/parse.ts';
import { userMessage } from '../../src/prompt/messages.ts';
import { TOOL_NAMES } from '../../src/tools/definitions.ts';
import type { ModelRequest } from '../support/fake-model.ts';
import { repositoryTarball } from '../support/tar.ts';
import { createAgent, deepReview, plannedCalls } from '../../scripts/bench/tools.ts';

const APP = [
  "'use strict';",
  '',
  'function computeTotal(items) {',
  '  return items.reduce((sum, item) => sum + item.price, 0);',
  '}',
  'module.exports = { computeTotal };',
];
const FORMAT_OLD = ['function format(n) {', '  return String(n);', '}', 'module.exports = { format };'];
const FORMAT = [
  'function format(amount) {',
  '  return amount.toFixed(2) + " EUR";',
  '}',
  'module.exports = { format };',
];

const DIFF = [
  'diff --git a/lib/app.js b/lib/app.js',
  'new file mode 100644',
  'index 0000000..1111111',
  '--- /dev/null',
  '+++ b/lib/app.js',
  `@@ -0,0 +1,${APP.length} @@`,
  ...APP.map((l) => '+' + l),
  'diff --git a/lib/util/format.js b/lib/util/format.js',
  'index 2222222..3333333 100644',
  '--- a/lib/util/format.js',
  '+++ b/lib/util/format.js',
  '@@ -1,4 +1,4 @@',
  '-' + FORMAT_OLD[0],
  '-' + FORMAT_OLD[1],
  '+' + FORMAT[0],
  '+' + FORMAT[1],
  ' ' + FORMAT[2],
  ' ' + FORMAT[3],
  '',
].join('\n');

/** The head version's tarball; `above` lines put on top of each file make it another version. */
const head = (above: string[] = []) =>
  repositoryTarball(
    {
      'lib/app.js': [...above, ...APP].join('\n') + '\n',
      'lib/util/format.js': [...above, ...FORMAT].join('\n') + '\n',
      'README.md': '# shop\n',
    },
    'package',
    '0'.repeat(40),
  );

const PR = {
  owner: 'o',
  repo: 'r',
  number: 1,
  title: 'Totals',
  body: '',
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
  headRef: 'h',
  baseRef: 'b',
  draft: false,
  state: 'open' as const,
  author: 'x',
  htmlUrl: '',
  changedFiles: 2,
};

function user(): string {
  const files = parseDiff(DIFF);
  const pieces = files.map((file) => ({ file, hunks: file.hunks, part: null, tokens: 1 }));
  return userMessage(PR, { index: 0, pieces, tokens: 2 }, 1, 2);
}

function request(messages: unknown[], tools = true): ModelRequest {
  return {
    method: 'POST',
    path: '/llm/chat/completions',
    headers: {},
    body: { messages, ...(tools ? { functions: [{ name: 'read_file' }] } : {}) },
    receivedAt: 0,
  };
}

describe('the fake agent', () => {
  it('plans 3 to 6 calls from the request, the same every time, reading a line the diff added', () => {
    const calls = plannedCalls(user());
    expect(plannedCalls(user())).toEqual(calls);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.length).toBeLessThanOrEqual(6);
    for (const c of calls) expect(TOOL_NAMES).toContain(c.name);
    expect(calls[0]!.name).toBe('read_file');
    const { path } = JSON.parse(calls[0]!.arguments) as { path: string };
    expect(['lib/app.js', 'lib/util/format.js']).toContain(path);
    expect(calls[0]!.expect).toMatch(/^\d+ \+\S/);
  });

  it('reports a turn whose messages lack the result of its last call', () => {
    const agent = createAgent(0);
    const start = [
      { role: 'system', content: 'rules' },
      { role: 'user', content: user() },
    ];
    const first = agent.respond(request(start));
    expect('functionCall' in first && first.functionCall).toBeTruthy();
    const called = (first as { functionCall: { name: string; arguments: string } }).functionCall;
    // The call comes back, but its result does not.
    agent.respond(request([...start, { role: 'assistant', content: null, function_call: called }]));
    expect(agent.problems.join('\n')).toMatch(/result of call 1 \(read_file\) is not the next message/);
  });

  it('reports a turn that dropped the call altogether', () => {
    const agent = createAgent(0);
    const start = [
      { role: 'system', content: 'rules' },
      { role: 'user', content: user() },
    ];
    agent.respond(request(start));
    agent.respond(request(start));
    expect(agent.problems.join('\n')).toMatch(/the messages hold 0 tool calls, not 1/);
  });
});

describe('a deep review with and without the tools', () => {
  it('counts requests, calls and tokens: each call is one more model turn', async () => {
    const input = { diff: DIFF, tarball: head(), label: 'shop', latencyMs: 0 };
    const plain = await deepReview(input, false);
    const agentic = await deepReview(input, true);
    expect(plain).toMatchObject({ planned: 1, httpRequests: 1, toolCalls: 0, snapshotFiles: 0 });
    expect(agentic).toMatchObject({
      planned: 1,
      toolCalls: agentic.plannedToolCalls,
      failedToolCalls: 0,
      requestsWithoutToolCalls: 0,
      snapshotFiles: 3,
    });
    expect(agentic.toolCalls).toBeGreaterThanOrEqual(3);
    expect(agentic.toolCalls).toBeLessThanOrEqual(6);
    expect(agentic.httpRequests).toBe(1 + agentic.toolCalls);
    expect(agentic.promptTokens).toBeGreaterThan(plain.promptTokens * agentic.httpRequests * 0.9);
    expect(agentic.findings).toBe(plain.findings);
  });

  it('fails loudly when the tools read another version than the head of the diff', async () => {
    const input = { diff: DIFF, tarball: head(['// @ts-check']), label: 'shop', latencyMs: 0 };
    await expect(deepReview(input, true)).rejects.toThrow(
      /the tool loop broke[\s\S]*do not read the head version/,
    );
  });
});
