import { getOctokit } from '@actions/github';
import {
  GITHUB_LIMITS,
  LINE_NOT_IN_DIFF,
  createReviewRequestSchema,
  fakePullFromPayload,
  loadWebhookPayload,
  startFakeGitHub,
  type FakeGitHub,
  type FakePull,
} from './fake-github.ts';

const TOKEN = 'ghs_test_token';
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

/*
 * src/app.ts, positions (1-based below the first @@):
 *   1 ctx 1/1   2 del 2   3 add 2   4 add 3   5 ctx 3/4 (blank)   6 ctx 4/5   7 ctx 5/6
 *   8 @@ header   9 ctx 20/21   10 del 21   11 ctx 22/22   12 ctx 23/23
 */
const DIFF = [
  'diff --git a/src/app.ts b/src/app.ts',
  'index 1111111..2222222 100644',
  '--- a/src/app.ts',
  '+++ b/src/app.ts',
  '@@ -1,5 +1,6 @@',
  " import x from 'x';",
  '-const a = 1;',
  '+const a = 2;',
  '+const b = 3;',
  ' ',
  ' function f() {',
  '   return a;',
  '@@ -20,4 +21,3 @@ function g() {',
  ' const y = 1;',
  '-const z = 2;',
  ' export { y };',
  ' // end',
  'diff --git a/docs/new.md b/docs/new.md',
  'new file mode 100644',
  'index 0000000..5555555',
  '--- /dev/null',
  '+++ b/docs/new.md',
  '@@ -0,0 +1,3 @@',
  '+# New',
  '+',
  '+text',
  '\\ No newline at end of file',
  'diff --git a/README.md b/README.md',
  'index 3333333..4444444 100644',
  '--- a/README.md',
  '+++ b/README.md',
  '@@ -1,2 +1,3 @@',
  ' # Title',
  '-old last',
  '\\ No newline at end of file',
  '+new last',
  '+more',
  'diff --git a/old.txt b/old.txt',
  'deleted file mode 100644',
  'index 7777777..0000000',
  '--- a/old.txt',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-one',
  '-two',
  'diff --git a/lib/a.js b/lib/b.js',
  'similarity index 90%',
  'rename from lib/a.js',
  'rename to lib/b.js',
  'index 8888888..9999999 100644',
  '--- a/lib/a.js',
  '+++ b/lib/b.js',
  '@@ -1,3 +1,3 @@',
  ' one',
  '-two',
  '+TWO',
  ' three',
  'diff --git a/img/logo.png b/img/logo.png',
  'new file mode 100644',
  'index 0000000..6666666',
  'Binary files /dev/null and b/img/logo.png differ',
  '',
].join('\n');

function manyFilesDiff(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const name = `pkg/file-${String(i).padStart(3, '0')}.txt`;
    out += `diff --git a/${name} b/${name}\nnew file mode 100644\nindex 0000000..1234567\n--- /dev/null\n+++ b/${name}\n`;
    out += `@@ -0,0 +1,2 @@\n+line one of ${i}\n+line two of ${i}\n`;
  }
  return out;
}

function hugeFileDiff(lines: number): string {
  let out =
    'diff --git a/big.txt b/big.txt\nnew file mode 100644\nindex 0000000..1234567\n--- /dev/null\n+++ b/big.txt\n';
  out += `@@ -0,0 +1,${lines} @@\n`;
  for (let i = 1; i <= lines; i++) out += `+line ${i}\n`;
  return out;
}

const PULL: FakePull = {
  owner: 'acme',
  repo: 'widgets',
  number: 7,
  headSha: HEAD,
  baseSha: BASE,
  diff: DIFF,
};

interface Call {
  status: number;
  headers: Headers;
  json: unknown;
  text: string;
}

async function call(
  fake: FakeGitHub,
  method: string,
  path: string,
  opts: { body?: unknown; accept?: string; auth?: string | null } = {},
): Promise<Call> {
  const headers: Record<string, string> = { accept: opts.accept ?? 'application/vnd.github+json' };
  if (opts.auth !== null) headers['authorization'] = opts.auth ?? `token ${TOKEN}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  const res = await fetch(path.startsWith('http') ? path : fake.url + path, {
    method,
    headers,
    body:
      opts.body === undefined
        ? undefined
        : typeof opts.body === 'string'
          ? opts.body
          : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

const REVIEWS = '/repos/acme/widgets/pulls/7/reviews';

function review(comments: unknown[], extra: Record<string, unknown> = {}) {
  return { commit_id: HEAD, event: 'COMMENT', body: 'Summary', comments, ...extra };
}

describe('fake GitHub: reviews', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub({ pulls: [PULL] });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('accepts a valid review with single- and multi-line comments on both sides', async () => {
    const comments = [
      { path: 'src/app.ts', line: 3, body: 'added line' },
      { path: 'src/app.ts', line: 6, side: 'RIGHT', body: 'context line, new number' },
      { path: 'src/app.ts', start_line: 2, line: 4, side: 'RIGHT', body: 'range on added lines' },
      { path: 'src/app.ts', start_line: 21, line: 23, body: 'range in the second hunk' },
      { path: 'src/app.ts', line: 2, side: 'LEFT', body: 'deleted line' },
      { path: 'src/app.ts', start_line: 20, line: 21, side: 'LEFT', start_side: 'LEFT', body: 'LEFT range' },
      {
        path: 'src/app.ts',
        start_line: 2,
        start_side: 'LEFT',
        line: 3,
        side: 'RIGHT',
        body: 'LEFT to RIGHT',
      },
      { path: 'src/app.ts', position: 10, body: 'by position: the deleted line of hunk 2' },
      { path: 'docs/new.md', start_line: 1, line: 3, body: 'whole new file (no newline at EOF)' },
      { path: 'README.md', line: 3, body: 'after a no-newline marker' },
      { path: 'README.md', line: 2, side: 'LEFT', body: 'old last line' },
      { path: 'README.md', position: 4, body: 'position counts the marker line' },
      { path: 'old.txt', line: 2, side: 'LEFT', body: 'deleted file' },
      { path: 'lib/b.js', line: 2, body: 'renamed file, new name' },
    ];
    const res = await call(fake, 'POST', REVIEWS, { body: review(comments) });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: 80000001,
      state: 'COMMENTED',
      commit_id: HEAD,
      body: 'Summary',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: 'https://github.com/acme/widgets/pull/7#pullrequestreview-80000001',
    });
    expect(fake.violations).toEqual([]);
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviews[0]).toMatchObject({ id: 80000001, event: 'COMMENT', commit_id: HEAD, comments });

    const second = await call(fake, 'POST', REVIEWS, { body: review([]) });
    expect(second.status).toBe(200);
    expect((second.json as { id: number }).id).toBe(80000002);
    const rec = fake.requests.at(-1);
    expect(rec).toMatchObject({ method: 'POST', path: REVIEWS, status: 200, body: review([]) });
  });

  const rejected: [string, Record<string, unknown>, string][] = [
    ['a line outside every hunk', { path: 'src/app.ts', line: 10, body: 'x' }, 'Line could not be resolved'],
    [
      'a path that is not in the diff',
      { path: 'src/nope.ts', line: 1, body: 'x' },
      'Path could not be resolved',
    ],
    [
      'start_line equal to line',
      { path: 'src/app.ts', start_line: 3, line: 3, body: 'x' },
      'Pull request review thread start line must precede the end line.',
    ],
    [
      'start_line after line',
      { path: 'src/app.ts', start_line: 4, line: 2, body: 'x' },
      'Pull request review thread start line must precede the end line.',
    ],
    [
      'a range spanning two hunks',
      { path: 'src/app.ts', start_line: 5, line: 22, body: 'x' },
      'Pull request review thread start line must be part of the same hunk as the line.',
    ],
    [
      'LEFT on an added line',
      { path: 'docs/new.md', line: 2, side: 'LEFT', body: 'x' },
      'Line could not be resolved',
    ],
    [
      'LEFT beyond the old side of a hunk',
      { path: 'src/app.ts', line: 6, side: 'LEFT', body: 'x' },
      'Line could not be resolved',
    ],
    ['RIGHT on a deleted file', { path: 'old.txt', line: 1, body: 'x' }, 'Line could not be resolved'],
    [
      'the old name of a renamed file',
      { path: 'lib/a.js', line: 2, body: 'x' },
      'Path could not be resolved',
    ],
    ['a binary file', { path: 'img/logo.png', line: 1, body: 'x' }, 'Line could not be resolved'],
    [
      'a position on a hunk header',
      { path: 'src/app.ts', position: 8, body: 'x' },
      'Position could not be resolved',
    ],
    [
      'a position on a no-newline marker',
      { path: 'README.md', position: 3, body: 'x' },
      'Position could not be resolved',
    ],
    [
      'a position past the diff',
      { path: 'src/app.ts', position: 13, body: 'x' },
      'Position could not be resolved',
    ],
    ['neither line nor position', { path: 'src/app.ts', body: 'x' }, 'Line could not be resolved'],
    ['an empty comment body', { path: 'src/app.ts', line: 3, body: '  ' }, "Body can't be blank"],
    [
      'an oversized comment body',
      { path: 'src/app.ts', line: 3, body: 'x'.repeat(GITHUB_LIMITS.bodyMaxChars + 1) },
      'Body is too long (maximum is 65536 characters)',
    ],
    [
      'an unknown side',
      { path: 'src/app.ts', line: 3, side: 'right', body: 'x' },
      'Side must be LEFT or RIGHT',
    ],
  ];

  it.each(rejected)(
    'rejects %s with a 422 like GitHub and records a violation',
    async (_name, bad, error) => {
      const good = { path: 'src/app.ts', line: 3, body: 'fine' };
      const res = await call(fake, 'POST', REVIEWS, { body: review([good, bad]) });
      expect(res.status).toBe(422);
      expect(res.json).toEqual({
        message: 'Unprocessable Entity',
        errors: [error],
        documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
        status: '422',
      });
      expect(fake.violations).toHaveLength(1);
      expect(fake.violations[0]).toContain('comments[1]');
      expect(fake.reviews).toEqual([]);
    },
  );

  it('rejects an oversized review body (65,536 characters is the limit, counted in code points)', async () => {
    const atLimit = '😀'.repeat(GITHUB_LIMITS.bodyMaxChars);
    expect((await call(fake, 'POST', REVIEWS, { body: review([], { body: atLimit }) })).status).toBe(200);
    const over = await call(fake, 'POST', REVIEWS, { body: review([], { body: 'y'.repeat(65_537) }) });
    expect(over.status).toBe(422);
    expect((over.json as { errors: string[] }).errors).toEqual([
      'Body is too long (maximum is 65536 characters)',
    ]);
    expect(fake.violations).toHaveLength(1);
  });

  it('rejects a commit_id that is not the head SHA', async () => {
    const res = await call(fake, 'POST', REVIEWS, { body: review([], { commit_id: BASE }) });
    expect(res.status).toBe(422);
    expect((res.json as { errors: string[] }).errors).toEqual([`No commit found for SHA: ${BASE}`]);
    expect(fake.violations).toHaveLength(1);
  });

  it('refuses APPROVE like GitHub Actions does, and records any APPROVE or REQUEST_CHANGES', async () => {
    const approve = await call(fake, 'POST', REVIEWS, { body: review([], { event: 'APPROVE' }) });
    expect(approve.status).toBe(422);
    expect((approve.json as { errors: string[] }).errors).toEqual([
      'GitHub Actions is not permitted to approve pull requests.',
    ]);
    const changes = await call(fake, 'POST', REVIEWS, { body: review([], { event: 'REQUEST_CHANGES' }) });
    expect(changes.status).toBe(200);
    expect((changes.json as { state: string }).state).toBe('CHANGES_REQUESTED');
    expect(fake.violations).toEqual([
      expect.stringContaining('event APPROVE'),
      expect.stringContaining('event REQUEST_CHANGES'),
    ]);
  });

  it('records a review left PENDING (no event)', async () => {
    const res = await call(fake, 'POST', REVIEWS, { body: { body: 'x', comments: [] } });
    expect(res.status).toBe(200);
    expect((res.json as { state: string }).state).toBe('PENDING');
    expect(fake.violations).toEqual([expect.stringContaining('PENDING')]);
    const again = await call(fake, 'POST', REVIEWS, { body: { body: 'x' } });
    expect(again.status).toBe(422);
  });

  it("validates the body against GitHub's OpenAPI schema", async () => {
    const { schema } = createReviewRequestSchema();
    // What the schema says about a comment: integers for lines, path and body required, extra keys allowed.
    const item = (schema as { properties: { comments: { items: Record<string, unknown> } } }).properties
      .comments.items;
    expect(item).toMatchObject({ required: ['path', 'body'], properties: { line: { type: 'integer' } } });
    expect(item['additionalProperties']).toBeUndefined();

    const asString = await call(fake, 'POST', REVIEWS, {
      body: review([{ path: 'src/app.ts', line: '3', body: 'x' }]),
    });
    expect(asString.status).toBe(422);
    expect((asString.json as { message: string }).message).toMatch(
      /^Invalid request\.\n\nFor 'comments\/0\/line', "3"/,
    );
    const noBody = await call(fake, 'POST', REVIEWS, { body: review([{ path: 'src/app.ts', line: 3 }]) });
    expect(noBody.status).toBe(422);
    const badEvent = await call(fake, 'POST', REVIEWS, { body: review([], { event: 'MERGE' }) });
    expect(badEvent.status).toBe(422);
    const notObject = await call(fake, 'POST', REVIEWS, { body: [] });
    expect(notObject.status).toBe(422);
    expect(fake.violations).toHaveLength(4);
    expect(fake.violations.every((v) => v.includes('schema'))).toBe(true);

    // The schema does not forbid unknown comment properties, so neither does GitHub's schema check.
    const extra = await call(fake, 'POST', REVIEWS, {
      body: review([{ path: 'src/app.ts', line: 3, body: 'x', severity: 'high' }]),
    });
    expect(extra.status).toBe(200);
    expect(fake.violations).toHaveLength(4);

    const badJson = await call(fake, 'POST', REVIEWS, { body: '{"body":' });
    expect(badJson.status).toBe(400);
  });

  it('requires the token, as "token" or "Bearer"', async () => {
    expect((await call(fake, 'GET', '/repos/acme/widgets/pulls/7', { auth: `Bearer ${TOKEN}` })).status).toBe(
      200,
    );
    expect(fake.violations).toEqual([]);
    const none = await call(fake, 'GET', '/repos/acme/widgets/pulls/7', { auth: null });
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ message: 'Bad credentials' });
    const wrong = await call(fake, 'POST', REVIEWS, { body: review([]), auth: 'token ghs_other' });
    expect(wrong.status).toBe(401);
    expect(fake.reviews).toEqual([]);
    expect(fake.violations).toHaveLength(2);
  });

  it('answers 404 to anything unexpected and records it', async () => {
    expect((await call(fake, 'POST', '/repos/acme/widgets/issues/7/lock', { body: {} })).status).toBe(404);
    expect((await call(fake, 'GET', '/repos/acme/widgets/pulls/8')).status).toBe(404);
    expect((await call(fake, 'GET', '/repos/acme/widgets/pulls/7/requested_reviewers')).status).toBe(404);
    expect(fake.violations).toEqual([
      expect.stringContaining('POST /repos/acme/widgets/issues/7/lock: unexpected route'),
      expect.stringContaining('GET /repos/acme/widgets/pulls/8: no such pull request'),
      expect.stringContaining('GET /repos/acme/widgets/pulls/7/requested_reviewers: unexpected route'),
    ]);
    expect(fake.requests.map((r) => r.status)).toEqual([404, 404, 404]);
  });
});

describe('fake GitHub: failures on demand', () => {
  it('failReviewsWith: 403 answers like a token without pull-requests: write', async () => {
    const fake = await startFakeGitHub({ pulls: [PULL], failReviewsWith: 403 });
    try {
      const res = await call(fake, 'POST', REVIEWS, { body: review([]) });
      expect(res.status).toBe(403);
      expect(res.json).toMatchObject({ message: 'Resource not accessible by integration', status: '403' });
      expect(fake.reviews).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});

describe('fake GitHub: faults, pending reviews and a moving head', () => {
  let fake: FakeGitHub | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  const line = (n: number) => ({ path: 'src/app.ts', line: n, side: 'RIGHT', body: 'x' });

  it('injects faults by method and path, skipping and counting, before or after the write', async () => {
    fake = await startFakeGitHub({
      pulls: [PULL],
      faults: [
        { method: 'POST', path: REVIEWS, skip: 1, times: 2, status: 502 },
        { method: 'GET', path: /\/pulls\/7$/, status: 403, message: 'm', headers: { 'retry-after': '7' } },
      ],
    });
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await call(fake, 'POST', REVIEWS, { body: review([]) })).status);
    expect(statuses).toEqual([200, 502, 502, 200]);
    expect(fake.reviews).toHaveLength(2);
    const limited = await call(fake, 'GET', '/repos/acme/widgets/pulls/7');
    expect([
      limited.status,
      limited.headers.get('retry-after'),
      (limited.json as { message: string }).message,
    ]).toEqual([403, '7', 'm']);
    expect((await call(fake, 'GET', '/repos/acme/widgets/pulls/7')).status).toBe(200);
  });

  it('with afterWrite, carries out the request and loses the answer', async () => {
    fake = await startFakeGitHub({
      pulls: [PULL],
      faults: [{ method: 'POST', path: REVIEWS, status: 502, afterWrite: true }],
    });
    expect((await call(fake, 'POST', REVIEWS, { body: review([]) })).status).toBe(502);
    expect(fake.reviews).toHaveLength(1);
  });

  it("refuses configured lines with GitHub's words, without calling it the action's fault", async () => {
    fake = await startFakeGitHub({ pulls: [PULL], rejectLines: [{ path: 'src/app.ts', line: 3 }] });
    const res = await call(fake, 'POST', REVIEWS, { body: review([line(2), line(3)]) });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ message: 'Unprocessable Entity', errors: [LINE_NOT_IN_DIFF] });
    expect((await call(fake, 'POST', REVIEWS, { body: review([line(2)]) })).status).toBe(200);
    expect(fake.violations).toEqual([]);
  });

  it('keeps one pending review per user: every new review fails until it is deleted', async () => {
    fake = await startFakeGitHub({ pulls: [PULL], pendingReviews: [{ number: 7, body: 'left' }] });
    const [left] = fake.pendingReviews();
    expect(left).toMatchObject({ number: 7, user: 'github-actions[bot]', body: 'left' });
    const blocked = await call(fake, 'POST', REVIEWS, { body: review([]) });
    expect(blocked.json).toMatchObject({
      errors: ['User can only have one pending review per pull request'],
    });
    const listed = await call(fake, 'GET', REVIEWS);
    expect(listed.json).toEqual([expect.objectContaining({ id: left!.id, state: 'PENDING' })]);
    expect((await call(fake, 'DELETE', `${REVIEWS}/${left!.id}`)).status).toBe(200);
    expect((await call(fake, 'POST', REVIEWS, { body: review([]) })).status).toBe(200);
    // A submitted review cannot be deleted; a pending one the action creates and leaves is a violation.
    expect((await call(fake, 'DELETE', `${REVIEWS}/${fake.reviews[0]!.id}`)).status).toBe(422);
    const pending = await call(fake, 'POST', REVIEWS, { body: { body: 'probe', comments: [line(2)] } });
    expect(pending.json).toMatchObject({ state: 'PENDING' });
    expect(fake.reviews).toHaveLength(1);
    expect(fake.violations).toEqual([
      expect.stringContaining('tried to delete submitted review'),
      expect.stringContaining('left PENDING'),
    ]);
    await call(fake, 'DELETE', `${REVIEWS}/${(pending.json as { id: number }).id}`);
    expect(fake.violations).toHaveLength(1);
  });

  it("checks a review on an earlier head against that head's diff; a force-push drops it", async () => {
    const later = 'c'.repeat(40);
    fake = await startFakeGitHub({ pulls: [PULL] });
    fake.updatePull(7, { headSha: later, diff: DIFF.split('\n').slice(0, 12).join('\n') + '\n' });
    // Line 22 (hunk 2) is only in the first head's diff.
    const old = await call(fake, 'POST', REVIEWS, { body: review([line(22)]) });
    expect(old.status).toBe(200);
    const now = await call(fake, 'POST', REVIEWS, { body: review([line(22)], { commit_id: later }) });
    expect(now.status).toBe(422);
    fake.updatePull(7, { headSha: 'd'.repeat(40), diff: DIFF, forcePush: true });
    const gone = await call(fake, 'POST', REVIEWS, { body: review([line(2)], { commit_id: later }) });
    expect(gone.json).toMatchObject({ errors: [`No commit found for SHA: ${later}`] });
  });

  it('closes a pull request, and runs a hook once after the first diff read', async () => {
    let hooks = 0;
    fake = await startFakeGitHub({ pulls: [PULL], afterDiffFetch: () => hooks++ });
    await call(fake, 'GET', '/repos/acme/widgets/pulls/7', { accept: 'application/vnd.github.diff' });
    await call(fake, 'GET', '/repos/acme/widgets/pulls/7', { accept: 'application/vnd.github.diff' });
    expect(hooks).toBe(1);
    fake.closePull(7, true);
    const pull = await call(fake, 'GET', '/repos/acme/widgets/pulls/7');
    expect(pull.json).toMatchObject({ state: 'closed', merged: true });
  });
});

describe('fake GitHub: pull request and diff', () => {
  it('serves the pull as JSON and the diff as text', async () => {
    const fake = await startFakeGitHub({ pulls: [{ ...PULL, title: 'T', body: 'B' }] });
    try {
      const json = await call(fake, 'GET', '/repos/acme/widgets/pulls/7');
      expect(json.status).toBe(200);
      expect(json.json).toMatchObject({
        number: 7,
        state: 'open',
        draft: false,
        title: 'T',
        body: 'B',
        head: { sha: HEAD, repo: { full_name: 'acme/widgets' } },
        base: { sha: BASE, repo: { full_name: 'acme/widgets' } },
        user: { type: 'User' },
        html_url: 'https://github.com/acme/widgets/pull/7',
        changed_files: 6,
      });
      const diff = await call(fake, 'GET', '/repos/Acme/Widgets/pulls/7', {
        accept: 'application/vnd.github.v3.diff',
      });
      expect(diff.status).toBe(200);
      expect(diff.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(diff.text).toBe(DIFF);
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('answers 406 for a diff over 300 files, with GitHub body', async () => {
    const fake = await startFakeGitHub({ pulls: [{ ...PULL, diff: manyFilesDiff(350) }] });
    try {
      const res = await call(fake, 'GET', '/repos/acme/widgets/pulls/7', {
        accept: 'application/vnd.github.v3.diff',
      });
      expect(res.status).toBe(406);
      expect(res.json).toEqual({
        message:
          "Sorry, the diff exceeded the maximum number of files (300). Consider using 'List pull requests files' API or locally cloning the repository instead.",
        errors: [{ resource: 'PullRequest', field: 'diff', code: 'too_large' }],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
        status: '406',
      });
      expect((await call(fake, 'GET', '/repos/acme/widgets/pulls/7')).status).toBe(200);
    } finally {
      await fake.close();
    }
  });

  it('answers 406 over 20,000 lines, and when forced', async () => {
    const big = await startFakeGitHub({ pulls: [{ ...PULL, diff: hugeFileDiff(20_001) }] });
    try {
      const res = await call(big, 'GET', '/repos/acme/widgets/pulls/7', {
        accept: 'application/vnd.github.diff',
      });
      expect(res.status).toBe(406);
      expect((res.json as { message: string }).message).toBe(
        'Sorry, the diff exceeded the maximum number of lines (20000)',
      );
      const files = await call(big, 'GET', '/repos/acme/widgets/pulls/7/files');
      const [entry] = files.json as Record<string, unknown>[];
      expect(entry).toMatchObject({ filename: 'big.txt', additions: 20_001, changes: 20_001 });
      expect(entry).not.toHaveProperty('patch');
    } finally {
      await big.close();
    }
    const forced = await startFakeGitHub({ pulls: [PULL], diffTooLarge: true });
    try {
      const res = await call(forced, 'GET', '/repos/acme/widgets/pulls/7', {
        accept: 'application/vnd.github.v3.diff',
      });
      expect(res.status).toBe(406);
    } finally {
      await forced.close();
    }
  });

  it('lists files like GitHub: status, previous_filename, patch from the first @@, none for binaries', async () => {
    const fake = await startFakeGitHub({ pulls: [PULL] });
    try {
      const res = await call(fake, 'GET', '/repos/acme/widgets/pulls/7/files');
      expect(res.headers.get('link')).toBeNull();
      const files = res.json as Record<string, unknown>[];
      expect(
        files.map((f) => [f['filename'], f['status'], f['additions'], f['deletions'], f['changes']]),
      ).toEqual([
        ['src/app.ts', 'modified', 2, 2, 4],
        ['docs/new.md', 'added', 3, 0, 3],
        ['README.md', 'modified', 2, 1, 3],
        ['old.txt', 'removed', 0, 2, 2],
        ['lib/b.js', 'renamed', 1, 1, 2],
        ['img/logo.png', 'added', 0, 0, 0],
      ]);
      expect(files[4]).toMatchObject({ previous_filename: 'lib/a.js' });
      expect(files[0]?.['patch']).toBe(DIFF.split('\n').slice(4, 17).join('\n'));
      expect(files[1]?.['patch']).toBe('@@ -0,0 +1,3 @@\n+# New\n+\n+text\n\\ No newline at end of file');
      expect(files[5]).not.toHaveProperty('patch');
      for (const f of files) {
        expect(f['sha']).toMatch(/^[0-9a-f]{40}$/);
        expect(f['blob_url']).toContain(`/blob/${HEAD}/`);
      }
    } finally {
      await fake.close();
    }
  });

  it('paginates 350 files with Link headers as GitHub formats them', async () => {
    const fake = await startFakeGitHub({ pulls: [{ ...PULL, diff: manyFilesDiff(350) }] });
    try {
      const first = await call(fake, 'GET', '/repos/acme/widgets/pulls/7/files');
      expect(first.json as unknown[]).toHaveLength(30);
      const base = `${fake.url}/repositories/1296269/pulls/7/files`;
      expect(first.headers.get('link')).toBe(`<${base}?page=2>; rel="next", <${base}?page=12>; rel="last"`);

      const mid = await call(fake, 'GET', '/repos/acme/widgets/pulls/7/files?per_page=100&page=2');
      expect(mid.headers.get('link')).toBe(
        `<${base}?per_page=100&page=1>; rel="prev", <${base}?per_page=100&page=3>; rel="next", ` +
          `<${base}?per_page=100&page=4>; rel="last", <${base}?per_page=100&page=1>; rel="first"`,
      );

      const seen: string[] = [];
      let next: string | undefined = '/repos/acme/widgets/pulls/7/files?per_page=500';
      let pages = 0;
      while (next) {
        const page: Call = await call(fake, 'GET', next);
        expect(page.status).toBe(200);
        pages++;
        seen.push(...(page.json as { filename: string }[]).map((f) => f.filename));
        next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1];
      }
      expect(pages).toBe(4); // per_page is capped at 100
      expect(seen).toHaveLength(350);
      expect(new Set(seen).size).toBe(350);
      expect(seen[349]).toBe('pkg/file-349.txt');
      const last = await call(fake, 'GET', '/repos/acme/widgets/pulls/7/files?per_page=100&page=4');
      expect(last.headers.get('link')).toBe(
        `<${base}?per_page=100&page=3>; rel="prev", <${base}?per_page=100&page=1>; rel="first"`,
      );
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('refuses a malformed fixture diff at start-up', async () => {
    const bad = DIFF.replace('@@ -1,5 +1,6 @@', '@@ -1,5 +1,9 @@');
    await expect(startFakeGitHub({ pulls: [{ ...PULL, diff: bad }] })).rejects.toThrow(
      /acme\/widgets#7: fake-github/,
    );
  });
});

describe('fake GitHub: through Octokit, as the action talks to it', () => {
  it('serves pulls.get (JSON and diff), paginated listFiles and createReview', async () => {
    const fake = await startFakeGitHub({ pulls: [{ ...PULL, diff: DIFF + manyFilesDiff(250) }] });
    try {
      const octokit = getOctokit(TOKEN, { baseUrl: fake.url });
      const params = { owner: 'acme', repo: 'widgets', pull_number: 7 };
      const { data: pull } = await octokit.rest.pulls.get(params);
      expect(pull.head.sha).toBe(HEAD);
      const diff = await octokit.rest.pulls.get({ ...params, mediaType: { format: 'diff' } });
      expect(diff.data as unknown as string).toContain('diff --git a/src/app.ts b/src/app.ts');
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100 });
      expect(files).toHaveLength(256);
      const ok = await octokit.rest.pulls.createReview({
        ...params,
        commit_id: HEAD,
        event: 'COMMENT',
        body: 'Summary',
        comments: [{ path: 'src/app.ts', start_line: 2, line: 4, side: 'RIGHT', body: 'x' }],
      });
      expect(ok.data.state).toBe('COMMENTED');
      await expect(
        octokit.rest.pulls.createReview({
          ...params,
          event: 'COMMENT',
          body: 'Summary',
          comments: [{ path: 'src/app.ts', line: 10, body: 'x' }],
        }),
      ).rejects.toMatchObject({ status: 422 });
      expect(fake.violations).toEqual([expect.stringContaining('RIGHT line 10 is not commentable')]);
    } finally {
      await fake.close();
    }
  });
});

describe('loadWebhookPayload', () => {
  it('returns a deep clone of the first pull_request.opened example', () => {
    const a = loadWebhookPayload('pull_request.opened');
    expect(a.action).toBe('opened');
    expect(a.pull_request).toBeDefined();
    (a.pull_request as Record<string, unknown>)['title'] = 'changed';
    expect(loadWebhookPayload('pull_request.opened').pull_request?.['title']).not.toBe('changed');
  });

  it('overrides repository, number, SHAs, title, body, draft and user consistently', () => {
    const p = loadWebhookPayload('pull_request.opened', {
      owner: 'acme',
      repo: 'widgets',
      number: 7,
      headSha: HEAD,
      baseSha: BASE,
      title: 'New title',
      body: null,
      draft: true,
      user: { login: 'dependabot[bot]', type: 'Bot' },
    });
    const text = JSON.stringify(p);
    expect(text).not.toContain('Hello-World');
    expect(p.number).toBe(7);
    expect(p.repository).toMatchObject({
      name: 'widgets',
      full_name: 'acme/widgets',
      owner: { login: 'acme' },
    });
    expect(p.pull_request).toMatchObject({
      number: 7,
      title: 'New title',
      body: null,
      draft: true,
      html_url: 'https://github.com/acme/widgets/pull/7',
      user: { login: 'dependabot[bot]', type: 'Bot' },
      head: { sha: HEAD, repo: { full_name: 'acme/widgets' } },
      base: { sha: BASE, repo: { full_name: 'acme/widgets' } },
    });
    expect(p.sender).toMatchObject({ login: 'dependabot[bot]', type: 'Bot' });
    expect(fakePullFromPayload(p, DIFF)).toMatchObject({
      owner: 'acme',
      repo: 'widgets',
      number: 7,
      headSha: HEAD,
      baseSha: BASE,
    });
  });
});

describe('fake GitHub: repository contents', () => {
  let fake: FakeGitHub;
  afterEach(() => fake.close());

  it('serves a file per commit (raw, and with Octokit), a directory listing, and 404 for a missing file', async () => {
    fake = await startFakeGitHub({
      pulls: [PULL],
      files: { [BASE]: { '.github/vtrix-review.yml': 'min-severity: major\n' }, [HEAD]: {} },
    });
    const raw = 'application/vnd.github.raw';
    const at = (ref: string, path = '.github/vtrix-review.yml') =>
      call(fake, 'GET', `/repos/acme/widgets/contents/${path}?ref=${ref}`, { accept: raw });
    const base = await at(BASE);
    expect([base.status, base.text]).toEqual([200, 'min-severity: major\n']);
    expect((await at(HEAD)).status).toBe(404);
    const dir = await at(BASE, '.github');
    expect(dir.json).toEqual([{ type: 'file', name: 'vtrix-review.yml', path: '.github/vtrix-review.yml' }]);
    const octokit = getOctokit(TOKEN, { baseUrl: fake.url });
    const res = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'widgets',
      path: '.github/vtrix-review.yml',
      ref: BASE,
      mediaType: { format: 'raw' },
    });
    expect(res.data).toBe('min-severity: major\n');
    expect(fake.violations).toEqual([]);
  });

  it('records a read at a branch or unknown commit, or of an unknown repository; serves JSON too', async () => {
    fake = await startFakeGitHub({ pulls: [PULL], files: { [BASE]: { 'AGENTS.md': 'x' } } });
    expect((await call(fake, 'GET', '/repos/acme/widgets/contents/AGENTS.md?ref=main')).status).toBe(404);
    expect((await call(fake, 'GET', '/repos/acme/widgets/contents/AGENTS.md')).status).toBe(404);
    const json = await call(fake, 'GET', `/repos/acme/widgets/contents/AGENTS.md?ref=${BASE}`);
    expect(json.json).toMatchObject({ type: 'file', encoding: 'base64', content: 'eA==' });
    expect((await call(fake, 'GET', `/repos/acme/other/contents/AGENTS.md?ref=${BASE}`)).status).toBe(404);
    expect(fake.violations).toEqual([
      expect.stringContaining("contents read at ref 'main', not at a commit of the PR"),
      expect.stringContaining('contents read at ref (none: the default branch)'),
      expect.stringContaining('no such repository in the fake'),
    ]);
  });
});

describe('fake GitHub: who the token is, permissions and who resolved a thread', () => {
  const PAT = 'ghp_fakeReviewer';
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub({
      pulls: [{ ...PULL, author: 'ana' }],
      personalTokens: { [PAT]: 'octo-reviewer' },
      collaborators: { maria: 'maintain', tom: 'triage' },
    });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('answers GET /user for a personal token, and 403 for the installation token', async () => {
    const me = await call(fake, 'GET', '/user', { auth: `Bearer ${PAT}` });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ login: 'octo-reviewer', type: 'User' });
    const bot = await call(fake, 'GET', '/user');
    expect(bot.status).toBe(403);
    expect(bot.json).toMatchObject({ message: 'Resource not accessible by integration' });
    expect(fake.violations).toEqual([]);
  });

  it('writes as the token’s account', async () => {
    const res = await call(fake, 'POST', REVIEWS, { auth: `token ${PAT}`, body: review([]) });
    expect(res.json).toMatchObject({ user: { login: 'octo-reviewer', type: 'User' } });
    const c = await call(fake, 'POST', '/repos/acme/widgets/issues/7/comments', { body: { body: 'hi' } });
    expect(c.json).toMatchObject({ user: { login: 'github-actions[bot]', type: 'Bot' } });
  });

  it('answers the permission endpoint with the legacy base role, and refuses strangers', async () => {
    const perm = (login: string) =>
      call(fake, 'GET', `/repos/acme/widgets/collaborators/${login}/permission`);
    expect((await perm('maria')).json).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect((await perm('tom')).json).toMatchObject({ permission: 'read', role_name: 'triage' });
    expect((await perm('ana')).json).toMatchObject({ permission: 'read' });
    expect(fake.violations).toEqual([]);
    expect((await perm('nobody-here')).status).toBe(404);
    expect((await perm('not_a%20login')).status).toBe(404);
    expect((await call(fake, 'GET', '/repos/acme/other/collaborators/maria/permission')).status).toBe(404);
    expect(fake.violations).toHaveLength(3);
  });

  it('lets the author, the comment’s author and writers resolve, and reports resolvedBy as GraphQL does', async () => {
    const mine = fake.addHumanComment(7, { path: 'src/app.ts', line: 2, body: 'a', user: 'bob' });
    const other = fake.addHumanComment(7, { path: 'src/app.ts', line: 3, body: 'b', user: 'bob' });
    const third = fake.addHumanComment(7, { path: 'src/app.ts', line: 4, body: 'c', user: 'bob' });
    expect(() => fake.resolveThread(mine.id, 'tom')).toThrow(/may not resolve/);
    fake.resolveThread(mine.id, 'ana');
    expect(() => fake.resolveThread(mine.id, 'maria')).toThrow(/resolved already/);
    fake.resolveThread(other.id, 'maria');
    const res = await call(fake, 'POST', '/graphql', {
      body: {
        query: 'query { repository { pullRequest { reviewThreads { nodes { id resolvedBy { login } } } } } }',
        variables: { owner: 'acme', repo: 'widgets', number: 7 },
      },
    });
    const nodes = (
      res.json as {
        data: {
          repository: {
            pullRequest: {
              reviewThreads: { nodes: { id: string; isResolved: boolean; resolvedBy: unknown }[] };
            };
          };
        };
      }
    ).data.repository.pullRequest.reviewThreads.nodes;
    expect(nodes.map((n) => [n.id, n.isResolved, n.resolvedBy])).toEqual([
      [`PRRT_${mine.id}`, true, { login: 'ana' }],
      [`PRRT_${other.id}`, true, { login: 'maria' }],
      [`PRRT_${third.id}`, false, null],
    ]);
    // Resolved through the API by the installation token: a Bot, which the User-typed field cannot hold.
    await call(fake, 'POST', '/graphql', {
      body: {
        query: 'mutation($threadId: ID!) { resolveReviewThread }',
        variables: { threadId: `PRRT_${third.id}` },
      },
    });
    expect(third.resolvedBy).toMatchObject({ login: 'github-actions[bot]' });
  });
});

describe('reactions and replies (the conversation)', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub({ pulls: [PULL] });
  });
  afterEach(() => fake.close());

  it('adds a reaction to an issue comment and to a review comment once per account', async () => {
    const ic = fake.addIssueComment(7, { body: '@vtrix-review help' });
    const rc = fake.addHumanComment(7, { path: 'src/app.ts', line: 2, body: 'why?' });
    const first = await call(fake, 'POST', `/repos/acme/widgets/issues/comments/${ic.id}/reactions`, {
      body: { content: 'eyes' },
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      content: 'eyes',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const again = await call(fake, 'POST', `/repos/acme/widgets/issues/comments/${ic.id}/reactions`, {
      body: { content: 'eyes' },
    });
    expect(again.status).toBe(200);
    const review = await call(fake, 'POST', `/repos/acme/widgets/pulls/comments/${rc.id}/reactions`, {
      body: { content: 'eyes' },
    });
    expect(review.status).toBe(201);
    expect(fake.issueComments[0]!.reactions).toHaveLength(1);
    expect(fake.comments.find((c) => c.id === rc.id)!.reactions).toEqual([
      expect.objectContaining({ content: 'eyes' }),
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('refuses what GitHub refuses: an unknown content, a missing comment, a comment of the other kind', async () => {
    const ic = fake.addIssueComment(7, { body: 'hi' });
    const bad = await call(fake, 'POST', `/repos/acme/widgets/issues/comments/${ic.id}/reactions`, {
      body: { content: 'thumbs_up' },
    });
    expect(bad.status).toBe(422);
    const wrongKind = await call(fake, 'POST', `/repos/acme/widgets/pulls/comments/${ic.id}/reactions`, {
      body: { content: 'eyes' },
    });
    expect(wrongKind.status).toBe(404);
    expect(fake.violations).toEqual([
      expect.stringMatching(
        /does not match reactions\/create-for-issue-comment: For 'content', "thumbs_up" must be equal to one of the allowed values/,
      ),
      expect.stringMatching(/no such review comment in the fake/),
    ]);
  });

  it("takes replies to a thread's first comment only, with a body GitHub accepts", async () => {
    const root = fake.addHumanComment(7, { path: 'src/app.ts', line: 2, body: 'why?' });
    const ok = await call(fake, 'POST', `/repos/acme/widgets/pulls/7/comments/${root.id}/replies`, {
      body: { body: 'Because.' },
    });
    expect(ok.status).toBe(201);
    const reply = (ok.json as { id: number }).id;
    const nested = await call(fake, 'POST', `/repos/acme/widgets/pulls/7/comments/${reply}/replies`, {
      body: { body: 'And again.' },
    });
    expect(nested.status).toBe(422);
    const noBody = await call(fake, 'POST', `/repos/acme/widgets/pulls/7/comments/${root.id}/replies`, {
      body: { text: 'x' },
    });
    expect(noBody.status).toBe(422);
    expect(fake.violations).toEqual([
      expect.stringMatching(/is a reply; replies go to the thread's first comment/),
      expect.stringMatching(/does not match pulls\/create-reply-for-review-comment/),
    ]);
  });
});
