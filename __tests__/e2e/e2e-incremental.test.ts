import { loadWebhookPayload, fakePullFromPayload, type FakeGitHubOptions } from '../support/fake-github.ts';
import type { ModelRequest, ModelReply } from '../support/fake-model.ts';
import type { ActionRun } from '../support/action-runner.ts';
import {
  gh,
  model,
  startFakes,
  startModel,
  closeFakes,
  runReview,
  finding as anyFinding,
} from '../support/e2e.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { fingerprint, linesText } from '../../src/memory/fingerprint.ts';
import { findingMarker, reviewMarker, summaryMarker } from '../../src/memory/markers.ts';

const SHA = (c: string): string => c.repeat(40);
const [H1, H2, H3, H4, BASE] = [SHA('1'), SHA('2'), SHA('3'), SHA('4'), SHA('b')];

const hdr =
  'diff --git a/src/app.js b/src/app.js\nindex 1111111..2222222 100644\n--- a/src/app.js\n+++ b/src/app.js\n';
/** The PR against its base after the first push, the second push (and the force-push), and the fix. */
const PR_V1 = `${hdr}@@ -1,5 +1,6 @@
 function load(id) {
-  return db.get(id);
+  const q = "SELECT * FROM t WHERE id=" + id;
+  return db.query(q);
 }
 
 module.exports = { load };
`;
const PR_V2 = `${hdr}@@ -1,5 +1,10 @@
 function load(id) {
-  return db.get(id);
+  const q = "SELECT * FROM t WHERE id=" + id;
+  return db.query(q);
 }
 
-module.exports = { load };
+function remove(id) {
+  return db.query("DELETE FROM t WHERE id=" + id);
+}
+
+module.exports = { load, remove };
`;
const PR_V4 = PR_V2.replace('"SELECT * FROM t WHERE id=" + id;', '"SELECT * FROM t WHERE id=$1";').replace(
  '+  return db.query(q);',
  '+  return db.query(q, [id]);',
);
/** What each push added (the compare API's diff). */
const PUSH_2 = `${hdr}@@ -3,4 +3,8 @@
   return db.query(q);
 }
 
-module.exports = { load };
+function remove(id) {
+  return db.query("DELETE FROM t WHERE id=" + id);
+}
+
+module.exports = { load, remove };
`;
const PUSH_4 = `${hdr}@@ -1,4 +1,4 @@
 function load(id) {
-  const q = "SELECT * FROM t WHERE id=" + id;
-  return db.query(q);
+  const q = "SELECT * FROM t WHERE id=$1";
+  return db.query(q, [id]);
 }
`;

const finding = (line: number, title: string) =>
  anyFinding({ path: 'src/app.js', line, severity: 'critical', title, body: 'Use a query parameter.' });

/** The model reports what it sees; once `remove` exists it also repeats the `load` finding. */
function respond(req: ModelRequest): ModelReply {
  const user = req.body.messages[1].content as string;
  const comments = [];
  if (user.includes('2 +  const q = "SELECT * FROM t WHERE id=" + id;') || user.includes('DELETE FROM')) {
    comments.push(finding(2, 'SQL injection in load'));
  }
  if (user.includes('DELETE FROM')) comments.push(finding(7, 'SQL injection in remove'));
  return { content: JSON.stringify({ summary: `${comments.length} problems.`, comments }) };
}

afterEach(closeFakes);

/** The PR's author, a personal token's user, and a maintainer of the repository. */
const AUTHOR = 'octo-author';
const PAT = 'ghp_octoReviewerToken';
const REVIEWER = 'octo-reviewer';

async function start(opts: Partial<FakeGitHubOptions> = {}): Promise<void> {
  const p = loadWebhookPayload('pull_request.opened', {
    owner: 'octo',
    repo: 'shop',
    number: 5,
    headSha: H1,
    baseSha: BASE,
    user: AUTHOR,
  });
  await startFakes(
    {
      pulls: [fakePullFromPayload(p, PR_V1)],
      compares: {
        [`${H1}...${H2}`]: { status: 'ahead', diff: PUSH_2 },
        [`${H3}...${H4}`]: { status: 'ahead', diff: PUSH_4 },
      },
      ...opts,
    },
    { respond },
  );
}

async function run(
  action: string,
  head: string,
  inputs: Record<string, string> = {},
  opts: { token?: string; code?: number } = {},
): Promise<ActionRun> {
  const payload = loadWebhookPayload(`pull_request.${action}`, {
    owner: 'octo',
    repo: 'shop',
    number: 5,
    headSha: head,
    baseSha: BASE,
    user: AUTHOR,
  });
  const before = { gh: gh.requests.length, model: model.requests.length };
  const r = await runReview({
    payload,
    // The calls below pin what memory needs; full-file context reads are e2e-quality's to test.
    inputs: { 'full-file-context': 'false', ...inputs },
    ...(opts.token ? { token: opts.token } : {}),
  });
  if (r.code !== (opts.code ?? 0)) throw new Error(`the action exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  calls = gh.requests
    .slice(before.gh)
    .map(
      (q) =>
        `${q.method} ${q.path}${q.path === '/graphql' ? ` ${/resolveReviewThread/.test(JSON.stringify(q.body)) ? 'resolve' : 'threads'}` : ''}`,
    );
  modelCalls = model.requests.slice(before.model);
  return r;
}
let calls: string[] = [];
let modelCalls: ModelRequest[] = [];

const READS = [
  // The repository's configuration and instruction files, from the base commit (none here: 404).
  'GET /repos/octo/shop/contents/.github%2Fvtrix-review.yml',
  'GET /repos/octo/shop/contents/AGENTS.md',
  'GET /repos/octo/shop/contents/.github%2Fcopilot-instructions.md',
  'GET /repos/octo/shop/pulls/5/reviews',
  'POST /graphql threads',
  'GET /repos/octo/shop/issues/5/comments',
];
const DIFF = 'GET /repos/octo/shop/pulls/5';
/** Before posting, the PR is read again: it may have been closed, or moved on, during the review. */
const REREAD = 'GET /repos/octo/shop/pulls/5';
const top = (): typeof gh.comments =>
  gh.comments.filter((c) => c.inReplyToId === null && c.user.type === 'Bot');

describe('incremental, idempotent reviews across pushes', () => {
  it('reviews only what is new, never repeats itself, and closes what was fixed', async () => {
    await start();
    const human = gh.addHumanComment(5, { path: 'src/app.js', line: 3, body: 'Why not an ORM?' });

    // 1. Opened: the whole PR is reviewed; one review, one summary comment.
    await run('opened', H1);
    expect(calls).toEqual([
      ...READS,
      DIFF,
      REREAD,
      'POST /repos/octo/shop/pulls/5/reviews',
      // The posted comments, for the job summary's links.
      `GET /repos/octo/shop/pulls/5/reviews/${gh.reviews[0]!.id}/comments`,
      'POST /repos/octo/shop/issues/5/comments',
    ]);
    expect(modelCalls).toHaveLength(1);
    expect(gh.reviews).toHaveLength(1);
    expect(top().map((c) => [c.line, c.body.split('\n')[0]])).toEqual([
      [2, '**🔴 critical: SQL injection in load**'],
    ]);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.issueComments[0]!.body).toContain('the whole pull request at `1111111`');

    // 2. A push: only the new commit is reviewed; the repeated finding is not posted again.
    gh.updatePull(5, { headSha: H2, diff: PR_V2 });
    const second = await run('synchronize', H2);
    expect(calls).toEqual([
      ...READS,
      DIFF,
      `GET /repos/octo/shop/compare/${H1}...${H2}`,
      REREAD,
      'POST /repos/octo/shop/pulls/5/reviews',
      `GET /repos/octo/shop/pulls/5/reviews/${gh.reviews[1]!.id}/comments`,
      // Read again just before writing: a command may have changed its state meanwhile.
      `GET /repos/octo/shop/issues/comments/${gh.issueComments[0]!.id}`,
      `PATCH /repos/octo/shop/issues/comments/${gh.issueComments[0]!.id}`,
    ]);
    const sent = modelCalls[0]!.body.messages[1].content as string;
    expect(sent).toContain('7 +  return db.query("DELETE FROM t WHERE id=" + id);');
    expect(sent).not.toContain('2 +  const q');
    expect(gh.reviews).toHaveLength(2);
    expect(gh.reviews[1]!.comments.map((c) => [c.line, c.body.split('\n')[0]])).toEqual([
      [7, '**🔴 critical: SQL injection in remove**'],
    ]);
    expect(top()).toHaveLength(2);
    const summary = gh.issueComments[0]!.body;
    expect(gh.issueComments).toHaveLength(1);
    expect(summary).toContain('commits `1111111..2222222` (new since the last review)');
    expect(summary).toContain('1 new finding posted');
    expect(summary).toContain('1 already reported');
    expect(summary).toMatch(/Incremental review saved [\d,]+ prompt tokens/);
    expect(summary).toContain('**Open findings:** 2 critical');
    expect(second.summary).toMatch(/Incremental review: \d+ prompt tokens not sent/);

    // 3. The same workflow again on the same commit: no model request, nothing posted or edited.
    await run('synchronize', H2);
    expect(calls).toEqual([...READS, DIFF]);
    expect(modelCalls).toHaveLength(0);
    expect(gh.reviews).toHaveLength(2);

    // 4. A force-push: the old head is gone, the whole PR is reviewed, and still nothing is repeated.
    gh.updatePull(5, { headSha: H3, diff: PR_V2 });
    await run('synchronize', H3);
    expect(calls).toEqual([
      ...READS,
      DIFF,
      `GET /repos/octo/shop/compare/${H2}...${H3}`,
      // Read again just before writing: a command may have changed its state meanwhile.
      `GET /repos/octo/shop/issues/comments/${gh.issueComments[0]!.id}`,
      `PATCH /repos/octo/shop/issues/comments/${gh.issueComments[0]!.id}`,
    ]);
    expect(modelCalls).toHaveLength(1);
    expect(modelCalls[0]!.body.messages[1].content as string).toContain('2 +  const q');
    expect(gh.reviews).toHaveLength(2);
    expect(gh.issueComments[0]!.body).toContain('force-push or rebase');

    // 5. A push that fixes `load`: its thread is resolved; `remove`'s stays; the human's is untouched.
    gh.updatePull(5, { headSha: H4, diff: PR_V4 });
    await run('synchronize', H4);
    expect(calls).toEqual([
      ...READS,
      DIFF,
      `GET /repos/octo/shop/compare/${H3}...${H4}`,
      'POST /graphql resolve',
      // Read again just before writing: a command may have changed its state meanwhile.
      `GET /repos/octo/shop/issues/comments/${gh.issueComments[0]!.id}`,
      `PATCH /repos/octo/shop/issues/comments/${gh.issueComments[0]!.id}`,
    ]);
    const [load, remove] = top();
    expect(load!.resolved).toBe(true);
    expect(remove!.resolved).toBe(false);
    expect(human.resolved).toBe(false);
    expect(gh.comments.filter((c) => c.inReplyToId !== null)).toEqual([]);
    expect(gh.issueComments[0]!.body).toContain('1 earlier finding looks addressed');
    expect(gh.issueComments[0]!.body).toContain('**Open findings:** 1 critical');
    expect(gh.violations).toEqual([]);
    expect(model.violations).toEqual([]);
  });

  it('replies once instead when resolving threads is not permitted, and works without GraphQL', async () => {
    await start({ graphql: 'no-resolve' });
    await run('opened', H1);
    gh.updatePull(5, { headSha: H2, diff: PR_V2 });
    await run('synchronize', H2);
    gh.updatePull(5, { headSha: H3, diff: PR_V2 });
    gh.updatePull(5, { headSha: H4, diff: PR_V4 });
    await run('synchronize', H4.replace(/4/g, '4'));
    // H2→H4 is not a known compare: a whole-PR review, which no longer reports `load`.
    const replies = gh.comments.filter((c) => c.inReplyToId !== null);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain('This looks addressed in 4444444');
    expect(replies[0]!.body).toContain('<!-- vtrix-review:addressed -->');
    // Again: the reply is not repeated.
    await run('synchronize', H4, { incremental: 'false' });
    expect(gh.comments.filter((c) => c.inReplyToId !== null)).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('never repeats a finding with incremental off either, and an ignored human thread is never touched', async () => {
    await start({ graphql: 'off' });
    await run('opened', H1, { incremental: 'false' });
    await run('synchronize', H1, { incremental: 'false' });
    expect(modelCalls).toHaveLength(1);
    expect(calls).not.toContain('POST /repos/octo/shop/pulls/5/reviews');
    expect(gh.reviews).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });
});

describe('findings that share a place', () => {
  const untitled = (line: number, body: string) => ({ ...finding(line, ''), body });
  const A = untitled(2, 'The id is concatenated into the SQL text, so a caller can inject SQL.');
  const B = untitled(2, 'The promise from db.query is not awaited; its errors are lost.');
  const C = untitled(2, 'Logging the raw query leaks personal data into the logs.');
  // Off the diff (line 40): listed in the review body.
  const D = untitled(40, 'The module exports nothing for tests to reach.');
  const E = untitled(40, 'The file has no license header.');

  it('posts different untitled findings on one line, and a re-run posts none of them twice', async () => {
    let answer = [A, B, D, E];
    await start();
    await model.close();
    await startModel({
      respond: () => ({ content: JSON.stringify({ summary: 's', comments: answer }) }),
    });

    await run('opened', H1, { incremental: 'false' });
    expect(gh.reviews).toHaveLength(1);
    const inline = gh.reviews[0]!.comments;
    expect(inline.map((c) => [c.line, c.body.split('\n')[0]])).toEqual([
      [2, '**🔴 critical**'],
      [2, '**🔴 critical**'],
    ]);
    expect(inline.map((c) => c.body).join('\n')).toContain(A.body);
    expect(inline.map((c) => c.body).join('\n')).toContain(B.body);
    expect(gh.reviews[0]!.body).toContain(D.body);
    expect(gh.reviews[0]!.body).toContain(E.body);
    expect(gh.reviews[0]!.body).not.toMatch(/critical: \*\*/);

    // The same answer again: nothing new, so no second review.
    await run('synchronize', H1, { incremental: 'false' });
    expect(gh.reviews).toHaveLength(1);

    // A third untitled finding where the first two sit is new, and is the only one posted.
    answer = [A, B, C, D, E];
    await run('synchronize', H1, { incremental: 'false' });
    expect(gh.reviews).toHaveLength(2);
    expect(gh.reviews[1]!.comments.map((c) => c.body.includes(C.body))).toEqual([true]);
    expect(gh.reviews[1]!.body).not.toContain(D.body);
    expect(gh.violations).toEqual([]);
  });

  it('keeps two findings with one generic title apart when their bodies differ', async () => {
    const bug = (body: string) => ({ ...finding(2, 'Bug'), body });
    await start();
    await model.close();
    await startModel({
      respond: () => ({
        content: JSON.stringify({ summary: 's', comments: [bug(A.body), bug(B.body), bug(A.body)] }),
      }),
    });
    await run('opened', H1, { incremental: 'false' });
    // The repeated A is merged (same place, title and body); B is its own finding.
    expect(gh.reviews[0]!.comments.map((c) => c.body.split('\n\n')[1])).toEqual([A.body, B.body]);
    await run('synchronize', H1, { incremental: 'false' });
    expect(gh.reviews).toHaveLength(1);
  });
});

describe('memory with a personal access token', () => {
  /** Inline comments that are not replies, by login. */
  const inline = (login: string) =>
    gh.comments.filter((c) => c.inReplyToId === null && c.user.login === login);

  it('recognises its own reviews by the token’s account: no second review on the same head', async () => {
    await start({ personalTokens: { [PAT]: REVIEWER } });
    await run('opened', H1, {}, { token: PAT });
    // Nothing of ours to tell apart yet: the token's account is not asked for.
    expect(calls).not.toContain('GET /user');
    expect(gh.reviews).toHaveLength(1);
    expect(inline(REVIEWER).map((c) => [c.line, c.user.type])).toEqual([[2, 'User']]);
    expect(gh.issueComments.map((c) => c.user.login)).toEqual([REVIEWER]);

    // The same head again: our review and summary (by a User) are ours, so nothing is posted.
    await run('synchronize', H1, {}, { token: PAT });
    expect(calls).toEqual([...READS, 'GET /user', DIFF]);
    expect(modelCalls).toHaveLength(0);
    expect(gh.reviews).toHaveLength(1);
    expect(inline(REVIEWER)).toHaveLength(1);

    // A push: only the new commit is reviewed, and the open finding is not repeated.
    gh.updatePull(5, { headSha: H2, diff: PR_V2 });
    await run('synchronize', H2, {}, { token: PAT });
    expect(calls.filter((c) => c === 'GET /user')).toHaveLength(1);
    expect(calls).toContain(`GET /repos/octo/shop/compare/${H1}...${H2}`);
    expect(calls).toContain(`PATCH /repos/octo/shop/issues/comments/${gh.issueComments[0]!.id}`);
    expect(gh.reviews).toHaveLength(2);
    expect(gh.reviews[1]!.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '**🔴 critical: SQL injection in remove**',
    ]);
    expect(inline(REVIEWER)).toHaveLength(2);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it.each([
    ['a personal access token', PAT],
    ['the job’s token', undefined],
  ])('ignores our markers pasted by another user, with %s', async (_, token) => {
    await start({ personalTokens: { [PAT]: REVIEWER } });
    // octocat copies a summary, a review and an inline comment of ours, markers and all.
    const fake = gh.addIssueComment(5, { body: `Reviewed.\n\n${summaryMarker(H1)}`, user: 'octocat' });
    gh.addHumanReview(5, { body: `Looks fine.\n\n${reviewMarker({ head: H1, inline: [], body: [] })}` });
    const file = parseDiff(PR_V1).find((f) => f.path === 'src/app.js');
    const m = fingerprint('src/app.js', linesText(file, 'RIGHT', 2, 2), 'SQL injection in load');
    gh.addHumanComment(5, {
      path: 'src/app.js',
      line: 2,
      body: `**🔴 critical: SQL injection in load**\n\n${findingMarker({ fp: m.fp, loc: m.loc, sev: 'critical' })}`,
    });

    await run('opened', H1, {}, token ? { token } : {});
    // Content by a User needs the token's account to be judged: asked once (the job's token gets 403).
    expect(calls.filter((c) => c === 'GET /user')).toHaveLength(1);
    expect(modelCalls).toHaveLength(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]!.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '**🔴 critical: SQL injection in load**',
    ]);
    // Our own summary comment, not an edit of octocat's.
    expect(gh.issueComments).toHaveLength(2);
    expect(fake.updates).toBe(0);
    expect(gh.issueComments[1]!.user.login).toBe(token ? REVIEWER : 'github-actions[bot]');
    expect(gh.violations).toEqual([]);
  });
});

describe('fail-on and resolved threads', () => {
  const MAINTAINER = 'octo-maintainer';
  const gated = { 'fail-on': 'major' };
  const PERMISSION = `GET /repos/octo/shop/collaborators/${MAINTAINER}/permission`;

  it('keeps blocking a finding whose thread the author resolved without changing its lines', async () => {
    await start();
    const first = await run('opened', H1, gated, { code: 1 });
    expect(first.outputs['blocking']).toBe('1');
    gh.resolveThread(top()[0]!.id, AUTHOR);

    const again = await run('synchronize', H1, gated, { code: 1 });
    expect(again.outputs['blocking']).toBe('1');
    expect(again.stdout).toContain(
      '::error::1 open finding at or above `fail-on: major` (1 critical): see the open review threads of',
    );
    expect(again.stdout).toContain(
      'Of these, 1 is in a thread resolved by the author without a change to its lines, which does not clear a finding.',
    );
    // The author's own resolution needs no permission check.
    expect(calls.some((c) => c.includes('/collaborators/'))).toBe(false);
    expect(gh.violations).toEqual([]);
  });

  it('clears findings whose threads a maintainer resolved, asking once per resolver', async () => {
    await start({ collaborators: { [MAINTAINER]: 'maintain' } });
    await run('opened', H1, gated, { code: 1 });
    gh.updatePull(5, { headSha: H2, diff: PR_V2 });
    const both = await run('synchronize', H2, gated, { code: 1 });
    expect(both.outputs['blocking']).toBe('2');
    for (const c of top()) gh.resolveThread(c.id, MAINTAINER);

    const cleared = await run('synchronize', H2, gated);
    expect(cleared.outputs['blocking']).toBe('0');
    expect(calls.filter((c) => c === PERMISSION)).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('clears a finding the author resolved once its lines changed', async () => {
    await start({ compares: { [`${H1}...${H4}`]: { status: 'ahead', diff: PUSH_4 } } });
    await run('opened', H1, gated, { code: 1 });
    gh.resolveThread(top()[0]!.id, AUTHOR);
    gh.updatePull(5, { headSha: H4, diff: PR_V4 });
    const fixed = await run('synchronize', H4, gated);
    expect(fixed.outputs['blocking']).toBe('0');
    expect(top()[0]!.line).toBeNull(); // outdated
    expect(gh.violations).toEqual([]);
  });

  it('counts resolved threads as open when threads are read without GraphQL', async () => {
    await start({ graphql: 'off', collaborators: { [MAINTAINER]: 'write' } });
    await run('opened', H1, gated, { code: 1 });
    gh.resolveThread(top()[0]!.id, MAINTAINER);
    const again = await run('synchronize', H1, gated, { code: 1 });
    expect(again.outputs['blocking']).toBe('1');
    expect(calls).not.toContain(PERMISSION);
    expect(gh.violations).toEqual([]);
  });
});
