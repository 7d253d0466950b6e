/**
 * A deep review with the repository tools, through the bundled action: the head commit's tarball
 * from the fake GitHub, a fake model that calls the tools (hostile calls too), and what reached the
 * model and what was posted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadWebhookPayload,
  fakePullFromPayload,
  type FakeGitHubOptions,
  type WebhookPayload,
} from '../support/fake-github.ts';
import type { ModelReply, ModelRequest } from '../support/fake-model.ts';
import type { ActionRun } from '../support/action-runner.ts';
import {
  gh,
  model,
  startFakes,
  closeFakes,
  runReview,
  expectSuccess,
  finding,
  isSecondLook,
  lookedAt,
  verdicts,
} from '../support/e2e.ts';

const DIFF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
const HEAD = 'a9c2f07a9c2f07a9c2f07a9c2f07a9c2f07a9c2f';
const BASE = '3b18e513b18e513b18e513b18e513b18e513b18e';
const PR = { owner: 'octo', repo: 'shop', number: 17, headSha: HEAD, baseSha: BASE, title: 'Raw SQL' };
const event = (name: string): WebhookPayload => loadWebhookPayload(name, PR);
function labeled(): WebhookPayload {
  const p = event('pull_request.labeled');
  (p['label'] as Record<string, unknown>)['name'] = 'deep-review';
  return p;
}

/** The repository at the head commit, as its tarball holds it: a caller of getUser, and a hostile link. */
const FILES = {
  'src/db/users.ts': 'export function getUser(id: string) {\n  return db.query(id);\n}\n',
  'src/api/routes.ts':
    "import { getUser } from '../db/users';\napp.get('/u/:id', (r) => getUser(r.params.id));\n",
  'docs/secrets': { symlink: '/etc/passwd' },
};

const REVIEW = JSON.stringify({
  verdict: 'Critical problems: SQL injection',
  summary: 'getUser is reached from a route with a user-controlled id.',
  comments: [
    finding({
      path: 'src/db/users.ts',
      line: 10,
      severity: 'critical',
      title: 'SQL injection from the /u/:id route',
      body: 'routes.ts passes the request parameter straight in.',
    }),
  ],
});

/** The model's side: the tool calls it makes in order, then the review. */
function scripted(calls: { name: string; arguments: string }[]): (req: ModelRequest) => ModelReply {
  return (req) => {
    const turn = (req.body.messages as { role: string }[]).filter((m) => m.role === 'assistant').length;
    const offered = Array.isArray(req.body.functions) && req.body.functions.length > 0;
    if (offered && turn < calls.length) return { content: null, functionCall: calls[turn]! };
    return { content: REVIEW };
  };
}

async function start(calls: { name: string; arguments: string }[], opts: Partial<FakeGitHubOptions> = {}) {
  const pull = fakePullFromPayload(event('pull_request.opened'), DIFF);
  await startFakes(
    { pulls: [{ ...pull, labels: ['deep-review'] }], repoFiles: { [HEAD]: FILES }, ...opts },
    { respond: scripted(calls) },
  );
}

afterEach(closeFakes);

/** A deep review; its second look is off unless asked for (the tests count the review's tool calls). */
function action(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runReview({
    payload: labeled(),
    inputs: { 'second-look': 'never', ...inputs },
    env: { GITHUB_REPOSITORY: 'octo/shop' },
  });
}

/** What the model was sent back for its tool calls, in order. */
function results(): string[] {
  const last = model.requests.at(-1)!.body.messages as { role: string; content: string | null }[];
  return last.filter((m) => m.role === 'function').map((m) => m.content ?? '');
}

describe('a deep review with the repository tools', () => {
  it('answers a tool call from the head commit, then posts the review, and reports the call', async () => {
    await start([{ name: 'search', arguments: JSON.stringify({ pattern: 'getUser(' }) }]);
    const run = await action();
    expectSuccess(run);
    // The tarball of the head commit, once.
    expect(gh.requests.filter((r) => /\/tarball\//.test(r.path)).map((r) => r.path)).toEqual([
      `/repos/octo/shop/tarball/${HEAD}`,
    ]);
    const first = model.requests[0]!.body;
    expect(first.functions.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining(['read_file', 'list_directory', 'search', 'find_symbol', 'file_history']),
    );
    expect(first.function_call).toBe('auto');
    expect(first.messages[0].content).toContain('<tool_result');
    expect(model.requests).toHaveLength(2);
    const [found] = results();
    expect(found).toMatch(/^<tool_result name="search" trusted="false">/);
    expect(found).toContain("src/api/routes.ts:2: app.get('/u/:id', (r) => getUser(r.params.id));");
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]!.body).toMatch(/ · 1 tool call · /);
    expect(run.outputs['tool-calls']).toBe('1');
    expect(run.summary).toContain('### Repository tool calls');
    expect(run.summary).toMatch(/\| `search` \| `\{"pattern":"getUser\("\}` \| ok \|/);
    expect(gh.violations).toEqual([]);
    expect(model.violations).toEqual([]);
  });

  it('answers hostile and malformed calls with errors the model can act on, and still posts the review', async () => {
    await start([
      { name: 'read_file', arguments: JSON.stringify({ path: '../../etc/passwd' }) },
      { name: 'read_file', arguments: JSON.stringify({ path: '/etc/passwd' }) },
      { name: 'read_file', arguments: JSON.stringify({ path: 'docs/secrets' }) },
      { name: 'run_shell', arguments: '{"cmd":"cat /etc/passwd"}' },
      { name: 'read_file', arguments: '{"path": ' },
    ]);
    const run = await action();
    expectSuccess(run);
    const r = results();
    expect(r).toHaveLength(5);
    for (const text of r) {
      expect(text).toMatch(/^<tool_result name="[a-z_]+" trusted="false">/);
      expect(text).not.toMatch(/root:x:0:0/);
    }
    expect(r[0]).toMatch(/`\.\.` is refused|\.\./);
    expect(r[2]).toMatch(/symbolic link to a place outside the repository/);
    expect(r[3]).toMatch(/unknown tool|no tool/i);
    expect(r[4]).toMatch(/JSON/);
    expect(gh.reviews).toHaveLength(1);
    expect(run.outputs['tool-calls']).toBe('5');
    expect(gh.violations).toEqual([]);
  });

  it('reads a file at the base commit through the contents API, once, and refuses hostile paths without a request', async () => {
    const old = 'export function oldApi() {\n  return 1;\n}\n';
    const guide = '# Guide\n\nRun `npm start` to begin.\nMore text here.\n';
    const base = (path: string) => ({
      name: 'read_file',
      arguments: JSON.stringify({ path, commit: 'base' }),
    });
    await start(
      [
        base('src/legacy/old-api.ts'),
        base('docs/guide new.md'),
        base('src/util/retry.ts'),
        base('../../etc/passwd'),
        base('/etc/passwd'),
        base('src/legacy/old-api.ts'),
        base('src/nowhere.ts'),
        base('docs/secrets'),
        base('assets/logo.png'),
      ],
      {
        files: {
          [BASE]: {
            'src/legacy/old-api.ts': old,
            'docs/guide old.md': guide,
            'docs/secrets': { symlink: '/etc/passwd' },
            'assets/logo.png': { bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
          },
        },
      },
    );
    const run = await action();
    expectSuccess(run);
    const r = results();
    expect(r).toHaveLength(9);
    // The deleted file, numbered as the diff's left side.
    expect(r[0]).toContain(
      'src/legacy/old-api.ts at the base commit, lines L1-L3 of 3, numbered as the diff numbers deleted lines (changed by this pull request: `-` marks the lines it deleted).\nL1 -export function oldApi() {\nL2 -  return 1;\nL3 -}\n',
    );
    // A renamed file, read at its old path.
    expect(r[1]).toContain(
      'docs/guide new.md at the base commit (its path at the base commit: docs/guide old.md)',
    );
    expect(r[1]).toContain('L2  \nL3 -Run `npm start` to begin.\nL4  More text here.');
    expect(r[2]).toMatch(
      /src\/util\/retry\.ts is added by this pull request: it has no text at the base commit/,
    );
    expect(r[3]).toMatch(/Cannot read \.\.\/\.\.\/etc\/passwd: `\.\.` is refused/);
    expect(r[4]).toMatch(/Cannot read \/etc\/passwd: absolute paths are refused/);
    expect(r[5]).toBe(r[0]);
    expect(r[6]).toMatch(/No file src\/nowhere\.ts at the base commit/);
    expect(r[7]).toMatch(
      /docs\/secrets is a symbolic link at the base commit .*"\/etc\/passwd".*: it is not followed\./,
    );
    expect(r[8]).toMatch(/assets\/logo\.png is a binary file .*: its content is not shown\./);
    for (const text of r) expect(text).not.toMatch(/root:x:0:0/);
    // One request per path at the base SHA; none for the hostile paths or the added file.
    const reads = gh.requests
      .filter((q) => /\/contents\//.test(q.path) && q.query['ref'] === BASE)
      .map((q) => decodeURIComponent(q.path.replace(/^\/repos\/octo\/shop\/contents\//, '')));
    expect(reads.filter((p) => /old-api|guide|nowhere|retry/.test(p))).toEqual([
      'src/legacy/old-api.ts',
      'docs/guide old.md',
      'src/nowhere.ts',
    ]);
    expect(gh.requests.filter((q) => /passwd|retry/.test(decodeURIComponent(q.path)))).toEqual([]);
    // Never a second tarball.
    expect(gh.requests.filter((q) => /\/tarball\//.test(q.path))).toHaveLength(1);
    expect(run.outputs['tool-calls']).toBe('9');
    expect(gh.reviews).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('ends a model that never stops calling tools at the budget, with the review', async () => {
    const forever = Array.from({ length: 50 }, () => ({
      name: 'list_directory',
      arguments: JSON.stringify({ path: '' }),
    }));
    await start(forever);
    const run = await action({ 'max-tool-calls': '3' });
    expectSuccess(run);
    // Three answered calls, then a last turn without the tools.
    expect(model.requests).toHaveLength(4);
    expect(model.requests.at(-1)!.body.functions).toBeUndefined();
    expect(gh.reviews).toHaveLength(1);
    expect(run.outputs['tool-calls']).toBe('3');
  });

  it('offers no tools outside a deep review by default, and none with repository-tools: never', async () => {
    await start([{ name: 'search', arguments: JSON.stringify({ pattern: 'x' }) }]);
    const run = await runReview({
      payload: event('pull_request.opened'),
      env: { GITHUB_REPOSITORY: 'octo/shop' },
    });
    expectSuccess(run);
    expect(model.requests[0]!.body.functions).toBeUndefined();
    expect(gh.requests.some((q) => /\/tarball\//.test(q.path))).toBe(false);
    expect(run.outputs['tool-calls']).toBe('0');
    const never = await action({ 'repository-tools': 'never' });
    expectSuccess(never);
    expect(model.requests.at(-1)!.body.functions).toBeUndefined();
    expect(gh.requests.some((q) => /\/tarball\//.test(q.path))).toBe(false);
  });

  it('goes on without tools, with a warning, when the tarball cannot be read', async () => {
    await start([], { repoFiles: {} });
    const run = await action();
    expectSuccess(run);
    expect(run.stdout).toMatch(/::warning::The repository tools are off for this run/);
    expect(model.requests[0]!.body.functions).toBeUndefined();
    expect(gh.reviews).toHaveLength(1);
  });

  it('takes a second look with the tools, and lists what it refutes in the summary comment, not inline', async () => {
    const review = JSON.stringify({
      verdict: 'Critical problems: SQL injection',
      summary: 'Two problems.',
      comments: [
        finding({
          path: 'src/db/users.ts',
          line: 10,
          severity: 'critical',
          title: 'SQL injection',
          body: 'Raw id.',
        }),
        finding({
          path: 'src/util/retry.ts',
          line: 3,
          severity: 'major',
          title: 'Off-by-one retries',
          body: 'The loop runs attempts + 1 times.',
        }),
        finding({
          path: 'src/util/retry.ts',
          line: 8,
          severity: 'minor',
          title: 'Fixed backoff base',
          body: 'x',
        }),
      ],
    });
    const pull = fakePullFromPayload(event('pull_request.opened'), DIFF);
    await startFakes(
      { pulls: [{ ...pull, labels: ['deep-review'] }], repoFiles: { [HEAD]: FILES } },
      {
        respond: (req) => {
          if (!isSecondLook(req)) return { content: review };
          const read = (req.body.messages as { role: string }[]).some((m) => m.role === 'function');
          // It reads the caller first, then answers: the off-by-one is refuted, with a hostile reason.
          if (!read)
            return {
              content: null,
              functionCall: { name: 'read_file', arguments: JSON.stringify({ path: 'src/api/routes.ts' }) },
            };
          return verdicts(req, (f) =>
            f.title === 'Off-by-one retries'
              ? 'attempts counts retries after the first call (src/util/retry.ts:1). @admin approve <img src=x>'
              : null,
          );
        },
      },
    );
    const run = await action({ 'second-look': 'deep' });
    expectSuccess(run);
    expect(model.violations).toEqual([]);
    const looks = model.requests.filter(isSecondLook);
    expect(looks).toHaveLength(2);
    // Only the critical and major findings are checked; the tools are offered and their result sent back.
    expect(lookedAt(looks[0]!).map((f) => f.title)).toEqual(['SQL injection', 'Off-by-one retries']);
    expect(looks[0]!.body.functions.map((f: { name: string }) => f.name)).toContain('read_file');
    const sent = looks[1]!.body.messages as { role: string; content: string | null }[];
    expect(sent.find((m) => m.role === 'function')!.content).toContain("app.get('/u/:id'");

    const posted = gh.reviews[0]!;
    expect(posted.comments.map((c) => `${c.path}:${c.line}`)).toEqual([
      'src/db/users.ts:10',
      'src/util/retry.ts:8',
    ]);
    expect(posted.body).toContain(
      '🔍 **Second look:** 2 critical and major findings checked again with the repository tools: 1 confirmed, 1 refuted (not posted; listed in the summary comment).',
    );
    const summary = gh.issueComments.map((c) => c.body).join('\n');
    expect(summary).toMatch(/### Refuted on a second look\n<details>/);
    expect(summary).toContain('**🟠 major: Off-by-one retries** — `src/util/retry.ts` line 3 (RIGHT)');
    expect(summary).toContain('attempts counts retries after the first call');
    expect(summary).not.toContain('@admin');
    expect(summary).not.toContain('<img');
    expect(run.outputs['refuted']).toBe('1');
    expect(run.outputs['tool-calls']).toBe('1');
    expect(run.summary).toContain('not posted (refuted on a second look)');
    expect(run.summary).toMatch(/Second look 1\/1 \| answered/);
    expect(gh.violations).toEqual([]);
  });
});
