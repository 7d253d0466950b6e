/**
 * The conversation run in process, against the fake GitHub, with handler tables written here: each
 * command reaches its handler with the comment's context, the review commands reach the review run
 * with the decision they ask for, and every answer lands in the comment's thread.
 */
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fakePullFromPayload,
  loadWebhookPayload,
  patchCommentPayload,
  startFakeGitHub,
  type FakeGitHub,
} from '../support/fake-github.ts';
import { readSettings } from '../../src/settings.ts';
import { parseCommentEvent, type CommandName } from '../../src/event/comment.ts';
import {
  converse,
  NO_WRITE_ACCESS,
  type ConverseContext,
  type ConverseHandlers,
  type RunReview,
} from '../../src/action/converse.ts';
import type { ActionInputs } from '../../src/action/inputs.ts';
import { parseReplyMarker } from '../../src/memory/markers.ts';

const DIFF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
const HEAD = 'a9c2f07a9c2f07a9c2f07a9c2f07a9c2f07a9c2f';
const BASE = '3b18e513b18e513b18e513b18e513b18e513b18e';
const PR = { owner: 'octo', repo: 'shop', number: 17, headSha: HEAD, baseSha: BASE };

let gh: FakeGitHub;
afterEach(async () => {
  await gh?.close();
  jest.restoreAllMocks();
});
beforeEach(() => {
  // The run logs through @actions/core to stdout; the assertions read the fake instead.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

async function start(collaborators: Record<string, 'write' | 'read' | 'admin'> = { alice: 'write' }) {
  const pull = fakePullFromPayload(loadWebhookPayload('pull_request.opened', PR), DIFF);
  gh = await startFakeGitHub({ pulls: [pull], collaborators });
}

function inputs(settings: Record<string, string> = {}): {
  a: ActionInputs;
  s: ReturnType<typeof readSettings>;
} {
  const s = readSettings(
    (n) => ({ 'api-key': 'k', 'github-token': 'ghs_test_token', ...settings })[n] ?? '',
    {
      requireApiKey: true,
    },
  );
  const a: ActionInputs = {
    eventName: 'issue_comment',
    payload: {},
    repository: 'octo/shop',
    fork: false,
    settings: s,
    apiUrl: gh.url,
    runUrl: 'https://github.com/octo/shop/actions/runs/1',
    jobSummary: false,
    tempDir: '/tmp',
    workspace: null,
  };
  return { a, s };
}

/** A table that records what each handler was given and answers with its name. */
function recording(): { table: ConverseHandlers; calls: [string, ConverseContext][] } {
  const calls: [string, ConverseContext][] = [];
  const h =
    (name: string) =>
    (ctx: ConverseContext): Promise<{ body: string }> => {
      calls.push([name, ctx]);
      return Promise.resolve({ body: `handled by ${name}: @admin` });
    };
  return {
    calls,
    table: {
      question: h('question'),
      fix: h('fix'),
      ignore: h('ignore'),
      pause: h('pause'),
      resume: h('resume'),
    },
  };
}

function onConversation(body: string, user = 'alice') {
  const c = gh.addIssueComment(17, { body, user });
  const p = patchCommentPayload(
    loadWebhookPayload('issue_comment.created', { owner: 'octo', repo: 'shop' }),
    {
      id: c.id,
      body,
      user,
      number: 17,
      pullRequest: true,
    },
  );
  return { stored: c, event: parseCommentEvent('issue_comment', p as Record<string, unknown>) };
}

function inThread(body: string, user = 'alice') {
  const root = gh.addHumanComment(17, { path: 'src/db/users.ts', line: 10, body: 'Use a parameter.' });
  const c = gh.addHumanComment(17, { path: 'src/db/users.ts', line: 10, body, user });
  c.inReplyToId = root.id;
  const p = patchCommentPayload(
    loadWebhookPayload('pull_request_review_comment.created', PR, (e) => 'line' in (e['comment'] as object)),
    { id: c.id, body, user, path: 'src/db/users.ts', line: 10, inReplyToId: root.id },
  );
  return {
    root,
    stored: c,
    event: parseCommentEvent('pull_request_review_comment', p as Record<string, unknown>),
  };
}

const ours = () => gh.issueComments.filter((c) => parseReplyMarker(c.body) !== null);

describe('converse: the handler table', () => {
  it.each<[string, CommandName]>([
    ['@vtrix-review fix', 'fix'],
    ['@vtrix-review false positive', 'ignore'],
    ['@vtrix-review pause', 'pause'],
    ['@vtrix-review resume', 'resume'],
    ['@vtrix-review why is this a race?', 'question'],
  ])(
    '%j goes to its handler, with the thread place, and the answer is a reply in the thread',
    async (body, name) => {
      await start();
      const { a, s } = inputs();
      const { root, stored, event } = inThread(body);
      const { table, calls } = recording();
      await converse(a, s, event, table);
      const handler = name === 'ignore' ? 'ignore' : name;
      expect(calls.map(([n]) => n)).toEqual([handler]);
      const ctx = calls[0]![1];
      expect(ctx.command.name).toBe(name);
      expect(ctx.comment).toMatchObject({ id: stored.id, body, user: { login: 'alice' } });
      expect(ctx.place).toMatchObject({
        kind: 'review-thread',
        path: 'src/db/users.ts',
        line: 10,
        inReplyToId: root.id,
      });
      expect(ctx.pr).toMatchObject({ number: 17, headSha: HEAD });
      expect(ctx.settings.triggerPhrase).toBe('@vtrix-review');
      if (name === 'question') expect(ctx.command.text).toBe('why is this a race?');
      // 👀 at once, on the comment itself; the answer goes to the thread's first comment.
      expect(stored.reactions).toEqual([expect.objectContaining({ content: 'eyes' })]);
      const reply = gh.comments.filter((c) => c.inReplyToId === root.id && c.user.type === 'Bot');
      expect(reply).toHaveLength(1);
      expect(reply[0]!.body).toContain(`handled by ${handler}:`);
      expect(parseReplyMarker(reply[0]!.body)).toEqual({ to: stored.id, command: name });
      expect(gh.violations).toEqual([]);
    },
  );

  it('answers on the conversation with the question quoted, and pings nobody', async () => {
    await start();
    const { a, s } = inputs();
    const { event } = onConversation('@vtrix-review is this safe? cc @bob <img src=x>');
    const { table, calls } = recording();
    await converse(a, s, event, table);
    expect(calls.map(([n]) => n)).toEqual(['question']);
    const [reply] = ours();
    expect(
      reply!.body.startsWith('> @\u200dvtrix-review is this safe? cc @\u200dbob &lt;img src=x>\n\n'),
    ).toBe(true);
    // The handler's own text is the handler's to sanitise; the quote is ours and pings nobody.
    expect(reply!.body).not.toMatch(/(?<!handled by question: )@(?!\u200d)\w/);
    expect(gh.violations).toEqual([]);
  });

  it('refuses a user without write access in one polite line: no handler, no reaction', async () => {
    await start({ alice: 'write' });
    const { a, s } = inputs();
    const { stored, event } = onConversation('@vtrix-review fix', 'mallory');
    const { table, calls } = recording();
    await converse(a, s, event, table);
    expect(calls).toEqual([]);
    expect(stored.reactions).toBeUndefined();
    expect(ours().map((c) => c.body.split('\n\n')[1])).toEqual([NO_WRITE_ACCESS]);
    expect(gh.requests.some((r) => r.path.endsWith('/collaborators/mallory/permission'))).toBe(true);
  });

  it('answers a handler error in the thread, in one line', async () => {
    await start();
    const { a, s } = inputs();
    const { event } = onConversation('@vtrix-review pause');
    const { table } = recording();
    table.pause = () => Promise.reject(new Error('The summary comment is gone\n    at pause (x.ts:1)'));
    await converse(a, s, event, table);
    const [reply] = ours();
    expect(reply!.body).toContain('⚠️ The summary comment is gone\n\n<!-- vtrix-review:reply');
    expect(reply!.body).not.toContain('x.ts:1');
  });

  it("uses the repository's trigger phrase from the base commit", async () => {
    const pull = fakePullFromPayload(loadWebhookPayload('pull_request.opened', PR), DIFF);
    gh = await startFakeGitHub({
      pulls: [pull],
      collaborators: { alice: 'write' },
      files: { [BASE]: { '.github/vtrix-review.yml': 'trigger-phrase: "@house-bot"\n' } },
    });
    const { a, s } = inputs();
    const { table, calls } = recording();
    await converse(a, s, onConversation('@vtrix-review fix').event, table);
    expect(calls).toEqual([]);
    expect(ours()).toEqual([]);
    await converse(a, s, onConversation('@house-bot fix').event, table);
    expect(calls.map(([n]) => n)).toEqual(['fix']);
  });
});

describe('converse: the review commands', () => {
  it.each([
    ['review', { trigger: 'manual', memory: 'incremental', deep: false, effort: 'medium' }],
    ['full review', { trigger: 'manual', memory: 'forget', deep: false, effort: 'medium' }],
    ['deep review', { trigger: 'manual', deep: true, effort: 'xhigh' }],
  ])('%s asks the review run for that review, and answers with its link', async (cmd, decision) => {
    await start();
    const { a, s } = inputs();
    const { event } = onConversation(`@vtrix-review ${cmd}`);
    const runs: Parameters<RunReview>[] = [];
    const runReview: RunReview = (...args) => {
      runs.push(args);
      return Promise.resolve({
        pr: args[2].target && 'pr' in args[2].target ? args[2].target.pr : (undefined as never),
        result: {
          requests: 1,
          repeated: [],
          plan: { reviewable: [{}] },
          placement: { inline: [{}], body: [] },
        } as never,
        posted: {
          id: 1,
          url: 'https://github.com/octo/shop/pull/17#pullrequestreview-1',
          dryRun: false,
          inline: 1,
          moved: [],
        },
        memory: { reviewFiles: null } as never,
      });
    };
    await converse(a, s, event, recording().table, { runReview });
    expect(runs).toHaveLength(1);
    const [, settings, d, o] = runs[0]!;
    expect(d).toEqual({
      kind: 'review',
      label: null,
      target: { pr: expect.objectContaining({ number: 17 }) },
      ...decision,
    });
    if (cmd !== 'full review' && cmd !== 'review') expect(d.memory).toBeUndefined();
    expect(settings.reasoningEffort).toBe(decision.effort);
    expect(o).toMatchObject({ configured: true });
    const [reply] = ours();
    expect(reply!.body).toContain(
      `${cmd === 'deep review' ? 'Deep review' : 'Review'} posted: https://github.com/octo/shop/pull/17#pullrequestreview-1 (1 new finding).`,
    );
  });

  it('help lists the commands with the phrase in code', async () => {
    await start();
    const { a, s } = inputs({ 'trigger-phrase': '@house-bot' });
    const { table, calls } = recording();
    await converse(a, s, onConversation('@house-bot help').event, table);
    expect(calls).toEqual([]);
    const [reply] = ours();
    for (const cmd of ['review', 'full review', 'deep review', 'fix', 'ignore', 'pause', 'resume', 'help'])
      expect(reply!.body).toContain(`| \`@house-bot ${cmd}\` |`);
  });
});
