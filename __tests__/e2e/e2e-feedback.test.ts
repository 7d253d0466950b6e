/**
 * What the team's feedback does to later runs, through dist/index.js against the fakes: a 👎 and a
 * thread resolved without a change keep their findings off the PR for good (a whole-PR review with a
 * reworded title included), the summary comment tallies the feedback, and `pause` stops automatic runs.
 */
import { loadWebhookPayload, fakePullFromPayload } from '../support/fake-github.ts';
import type { ModelRequest, ModelReply } from '../support/fake-model.ts';
import type { ActionRun } from '../support/action-runner.ts';
import { gh, model, startFakes, closeFakes, runReview, finding as anyFinding } from '../support/e2e.ts';
import { pauseReviews, resumeReviews } from '../../src/action/feedback.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { loadHistory } from '../../src/github/history.ts';
import { whoAmI } from '../../src/github/identity.ts';
import { parseSummaryState } from '../../src/memory/markers.ts';
import type { PullRequest } from '../../src/types.ts';

const SHA = (c: string): string => c.repeat(40);
const [H1, H2, H3, BASE] = [SHA('1'), SHA('2'), SHA('3'), SHA('b')];
const hdr =
  'diff --git a/src/app.js b/src/app.js\nindex 1111111..2222222 100644\n--- a/src/app.js\n+++ b/src/app.js\n';
const PR_V1 = `${hdr}@@ -1,3 +1,6 @@
 function load(id) {
+  const q = "SELECT * FROM t WHERE id=" + id;
+  const rows = db.query(q);
+  eval(id);
   return db.get(id);
 }
`;
/** A push that adds a line and leaves the commented lines as they were. */
const PR_V2 = PR_V1.replace('@@ -1,3 +1,6 @@', '@@ -1,3 +1,7 @@').replace(
  '+  eval(id);\n',
  '+  eval(id);\n+  log(rows);\n',
);
const PUSH_2 = `${hdr}@@ -4,3 +4,4 @@
   eval(id);
+  log(rows);
   return db.get(id);
 }
`;

const finding = (line: number, title: string) =>
  anyFinding({ path: 'src/app.js', line, severity: 'major', title, body: `About ${title}.` });

/** Run 1 finds three problems; later runs find them again (one reworded) and a new one. */
let later = false;
/** Done while the model answers: what a comment command does while a run reviews. */
let meanwhile: (() => Promise<void>) | null = null;
async function respond(_req: ModelRequest): Promise<ModelReply> {
  if (later && meanwhile) {
    await meanwhile();
    meanwhile = null;
  }
  const comments = later
    ? [
        finding(2, 'Possible SQL injection in load query'), // reworded, same place as the 👎'd one
        finding(3, 'Unchecked query result'), // its thread was resolved without a change
        finding(4, 'Eval of the id'), // still open (👍): already reported
        finding(5, 'Second query is redundant'), // new
      ]
    : [
        finding(2, 'SQL injection in load'),
        finding(3, 'Unchecked query result'),
        finding(4, 'Eval of the id'),
      ];
  return { content: JSON.stringify({ summary: `${comments.length} problems.`, comments }) };
}

const AUTHOR = 'octo-author';
const MAINTAINER = 'octo-maint';
const PR = { owner: 'octo', repo: 'shop', number: 5, headSha: H1, baseSha: BASE } as PullRequest;

async function start(): Promise<void> {
  later = false;
  meanwhile = null;
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
      compares: { [`${H1}...${H2}`]: { status: 'ahead', diff: PUSH_2 } },
      collaborators: { [MAINTAINER]: 'write' },
    },
    { respond },
  );
}

async function run(action: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const payload = loadWebhookPayload(`pull_request.${action}`, {
    owner: 'octo',
    repo: 'shop',
    number: 5,
    headSha: head,
    baseSha: BASE,
    user: AUTHOR,
  });
  const r = await runReview({ payload, inputs: { 'full-file-context': 'false', ...inputs } });
  if (r.code !== 0) throw new Error(`the action exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

const ours = () => gh.comments.filter((c) => c.inReplyToId === null && c.user.type === 'Bot');
const summary = () => gh.issueComments.find((c) => c.body.includes('vtrix-review:summary'))!.body;

afterEach(closeFakes);

describe('the team feedback on later runs', () => {
  it('never posts a rejected finding again, tallies the feedback, and a paused PR is not reviewed automatically', async () => {
    await start();
    // 1. Opened: three findings, inline.
    await run('opened', H1);
    expect(ours().map((c) => [c.line, c.body.split('\n')[0]])).toEqual([
      [2, '**🟠 major: SQL injection in load**'],
      [3, '**🟠 major: Unchecked query result**'],
      [4, '**🟠 major: Eval of the id**'],
    ]);
    const [sql, unchecked, evalc] = ours();

    // The team: 👎 on one, resolves another without touching its lines, 👍 on the third.
    gh.reactToComment(sql!.id, '-1', MAINTAINER);
    gh.resolveThread(unchecked!.id, MAINTAINER);
    gh.reactToComment(evalc!.id, '+1', MAINTAINER);

    // 2. A whole-PR review (manual) finds all of them again, one reworded, and a new one: only the new is posted.
    later = true;
    const second = await run('synchronize', H1, { 'pull-request': 'octo/shop#5' });
    expect(gh.reviews).toHaveLength(2);
    expect(gh.reviews[1]!.comments.map((c) => [c.line, c.body.split('\n')[0]])).toEqual([
      [5, '**🟠 major: Second query is redundant**'],
    ]);
    expect(second.stdout).toContain(
      'Not posted: the team rejected "Possible SQL injection in load query" on src/app.js earlier on this PR.',
    );
    expect(second.stdout).toContain(
      'Not posted: the team rejected "Unchecked query result" on src/app.js earlier on this PR.',
    );
    expect(summary()).toContain(
      '- Feedback on inline findings: 4 posted, 1 accepted (👍), 2 rejected, 0 fixed.',
    );
    expect(second.summary).toContain(
      '2 finding(s) the team rejected earlier on this PR were not posted again.',
    );
    expect(second.summary).toContain(
      'Feedback on inline findings: 4 posted, 1 accepted (👍), 2 rejected, 0 fixed.',
    );

    // 3. Paused (the command's function): a push is not reviewed, and the run says who paused and how to resume.
    const client = createGitHubClient('ghs_test_token', gh.url, { info: () => {}, warning: () => {} });
    const me = whoAmI(client, { info: () => {}, warning: () => {} });
    const silent = { info: () => {}, warning: () => {} };
    await pauseReviews(client, PR, {
      history: await loadHistory(client, PR, silent, me),
      me,
      log: silent,
      actor: MAINTAINER,
    });
    gh.updatePull(5, { headSha: H2, diff: PR_V2 });
    const modelBefore = model.requests.length;
    const reviewsBefore = gh.reviews.length;
    const paused = await run('synchronize', H2);
    expect(model.requests.length).toBe(modelBefore);
    expect(gh.reviews.length).toBe(reviewsBefore);
    expect(paused.stdout).toMatch(
      /::notice::Review skipped: automatic reviews of this pull request were paused by octo-maint at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\. Comment `@vtrix-review resume` on the pull request to restart them/,
    );
    expect(paused.outputs['requests']).toBe('0');

    // 4. A manual run still reviews, and its summary comment keeps the pause.
    await run('synchronize', H2, { 'pull-request': 'octo/shop#5' });
    expect(model.requests.length).toBeGreaterThan(modelBefore);
    expect(parseSummaryState(summary()).paused?.by).toBe(MAINTAINER);
    expect(summary()).toMatch(/^## vtrix-review summary\n\n> \*\*Automatic reviews are paused\*\*/);

    // 5. Resumed: the next push is reviewed again, and still nothing rejected comes back.
    await resumeReviews(client, PR, {
      history: await loadHistory(client, PR, silent, me),
      me,
      log: silent,
      actor: MAINTAINER,
    });
    gh.updatePull(5, { headSha: H3, diff: PR_V2.replace('log(rows)', 'log(rows.length)') });
    const modelBefore5 = model.requests.length;
    await run('synchronize', H3);
    expect(model.requests.length).toBeGreaterThan(modelBefore5);
    expect(parseSummaryState(summary()).paused).toBeNull();
    expect(ours().filter((c) => /SQL injection|Unchecked/.test(c.body))).toHaveLength(2);
    expect(gh.violations).toEqual([]);
    expect(model.violations).toEqual([]);
  });

  it('keeps a pause commanded while a run reviews', async () => {
    await start();
    await run('opened', H1);
    const silent = { info: () => {}, warning: () => {} };
    const client = createGitHubClient('ghs_test_token', gh.url, silent);
    const me = whoAmI(client, silent);
    later = true;
    // The command lands after the run read the PR's memory and before it writes the summary comment.
    meanwhile = async () => {
      await pauseReviews(client, PR, {
        history: await loadHistory(client, PR, silent, me),
        me,
        log: silent,
        actor: MAINTAINER,
      });
    };
    const run2 = await run('synchronize', H1, { 'pull-request': 'octo/shop#5' });
    expect(meanwhile).toBeNull();
    expect(parseSummaryState(summary()).paused?.by).toBe(MAINTAINER);
    expect(summary()).toMatch(/^## vtrix-review summary\n\n> \*\*Automatic reviews are paused\*\*/);
    expect(run2.stdout).not.toContain('::warning::');
    expect(gh.violations).toEqual([]);
  });
});
