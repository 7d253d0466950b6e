/**
 * GitHub API faults, end to end: the bundled action against the fake GitHub with faults injected.
 * Whatever GitHub does, the action posts at most one review, never places a comment on a line of other
 * code, and loses no finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LINE_NOT_IN_DIFF,
  fakePullFromPayload,
  loadWebhookPayload,
  primaryRateLimit,
  secondaryRateLimit,
  type FakeGitHubOptions,
} from '../support/fake-github.ts';
import type { ActionRun } from '../support/action-runner.ts';
import {
  gh,
  model,
  startFakes,
  startGitHub,
  startModel,
  closeFakes,
  runReview,
  expectSuccess,
  finding as anyFinding,
  modelAnswer,
} from '../support/e2e.ts';

const DIFF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
/** A later head of the same PR that only touches src/util/retry.ts (users.ts lines are not in it). */
const DIFF_LATER = DIFF.split('\n').slice(32, 50).join('\n') + '\n';
const HEAD = 'a9c2f07a9c2f07a9c2f07a9c2f07a9c2f07a9c2f';
const LATER = 'b7d3e08b7d3e08b7d3e08b7d3e08b7d3e08b7d3e0';
const BASE = '3b18e513b18e513b18e513b18e513b18e513b18e';
const payload = loadWebhookPayload('pull_request.opened', {
  owner: 'octo',
  repo: 'shop',
  number: 17,
  headSha: HEAD,
  baseSha: BASE,
  title: 'Use raw SQL for getUser',
});

const finding = (path: string, line: number, title: string, side: 'LEFT' | 'RIGHT' = 'RIGHT') =>
  anyFinding({ path, line, title, side, severity: 'major' });
/** Seven findings, each on a line of the diff: the fake accepts all of them unless told otherwise. */
const FINDINGS = [
  finding('src/db/users.ts', 9, 'getUser can return undefined'),
  finding('src/db/users.ts', 11, 'SQL injection through id'),
  finding('src/db/users.ts', 43, 'audit is no longer awaited', 'LEFT'),
  finding('src/db/users.ts', 47, 'cache is not defined'),
  finding('src/util/retry.ts', 3, 'Off-by-one'),
  finding('src/util/retry.ts', 8, 'Sleeps after the last attempt'),
  finding('docs/guide new.md', 3, 'Script name'),
];

const answer = modelAnswer(() => FINDINGS);

async function start(opts: Partial<FakeGitHubOptions> = {}): Promise<void> {
  await startFakes({ pulls: [fakePullFromPayload(payload, DIFF)], ...opts }, { respond: answer });
}

afterEach(closeFakes);

function action(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runReview({ payload, inputs });
}

const REVIEWS = '/repos/octo/shop/pulls/17/reviews';
const reviewPosts = () => gh.requests.filter((r) => r.method === 'POST' && r.path === REVIEWS);
/** Reviews posted with an event (a pending probe has none). */
const submitted = () => reviewPosts().filter((r) => (r.body as { event?: string }).event === 'COMMENT');
const where = (c: { path: string; line?: number; side?: string }) => `${c.path}:${c.line}:${c.side}`;
/** Where the comments are, in the review's order (by file). */
const places = (cs: { path: string; line?: number; side?: string }[]) => cs.map(where).sort();
const ALL = FINDINGS.map((f) => `${f.path}:${f.line}:${f.side}`).sort();

describe('5xx and rate limits', () => {
  it('retries a 502 on reading the diff and on posting, and posts the review once', async () => {
    await start({
      faults: [
        { method: 'GET', path: '/repos/octo/shop/pulls/17', status: 502 },
        { method: 'POST', path: REVIEWS, status: 502 },
      ],
    });
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    expect(reviewPosts().map((r) => r.status)).toEqual([502, 200]);
    expect(gh.reviews).toHaveLength(1);
    expect(places(gh.reviews[0]!.comments)).toEqual(ALL);
    expect(run.outputs['review-id']).toBe(String(gh.reviews[0]!.id));
  });

  it('does not post again when GitHub wrote the review but the answer was lost (502 after the write)', async () => {
    await start({
      faults: [
        { method: 'POST', path: REVIEWS, status: 502, afterWrite: true },
        { method: 'POST', path: '/repos/octo/shop/issues/17/comments', status: 504, afterWrite: true },
      ],
    });
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    expect(reviewPosts()).toHaveLength(1);
    expect(gh.reviews).toHaveLength(1);
    expect(run.outputs['review-id']).toBe(String(gh.reviews[0]!.id));
    expect(run.stdout).toContain('GitHub had done it after all (posting the review on #17): not repeated.');
    // Same for the summary comment: one, not two.
    expect(gh.issueComments).toHaveLength(1);
  });

  it('waits out a secondary rate limit (403 with retry-after) and posts once', async () => {
    await start({ faults: [secondaryRateLimit({ method: 'POST', path: REVIEWS }, 1)] });
    const started = Date.now();
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    expect(run.stdout).toContain(`GitHub secondary rate limit on POST ${REVIEWS}; retrying in 1 s.`);
    expect(reviewPosts().map((r) => r.status)).toEqual([403, 200]);
    expect(gh.reviews).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThan(1000);
  });

  it('waits out a 429 secondary rate limit and a primary limit (x-ratelimit-remaining: 0)', async () => {
    await start({
      faults: [
        secondaryRateLimit({ method: 'POST', path: REVIEWS }, 1, 429),
        primaryRateLimit({ method: 'GET', path: '/repos/octo/shop/pulls/17/reviews' }, 1),
      ],
    });
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    expect(run.stdout).toContain('GitHub rate limit on GET /repos/octo/shop/pulls/17/reviews');
    expect(reviewPosts().map((r) => r.status)).toEqual([429, 200]);
    expect(gh.reviews).toHaveLength(1);
  });

  it('gives up on a rate limit that does not lift, with what to do', async () => {
    await start({ faults: [secondaryRateLimit({ method: 'POST', path: REVIEWS, times: 5 }, 1)] });
    const run = await action();
    expect(run.code).toBe(1);
    expect(reviewPosts()).toHaveLength(3); // the first try and two waits
    expect(gh.reviews).toHaveLength(0);
    expect(run.stdout).toContain("::error::GitHub's rate limit stopped posting the review on #17 (403");
    expect(run.stdout).toContain('Re-run the job later');
  });
});

describe('a 422 on the review although every comment is on a line of the diff', () => {
  it('finds the refused comments, lists them in the body with their place, and posts the rest in one review', async () => {
    await start({
      rejectLines: [
        { path: 'src/db/users.ts', line: 47 },
        { path: 'src/util/retry.ts', line: 8 },
      ],
    });
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]); // includes: no pending review left behind
    expect(gh.pendingReviews()).toEqual([]);
    expect(submitted()).toHaveLength(2); // the refused one, and the final one
    expect(gh.reviews).toHaveLength(1);
    const review = gh.reviews[0]!;
    const refused = ['src/db/users.ts:47:RIGHT', 'src/util/retry.ts:8:RIGHT'];
    expect(places(review.comments)).toEqual(ALL.filter((w) => !refused.includes(w)));
    // Nothing is lost: the refused comments are in the body, with file, line and text.
    expect(review.body).toContain('### Comments GitHub refused inline');
    expect(review.body).toContain(LINE_NOT_IN_DIFF);
    expect(review.body).toContain('- `src/db/users.ts` line 47 (RIGHT):');
    expect(review.body).toContain('cache is not defined');
    expect(review.body).toContain('- `src/util/retry.ts` line 8 (RIGHT):');
    expect(review.body).toContain('Sleeps after the last attempt');
    // Bounded: far fewer probes than one per comment pair.
    const probes = reviewPosts().length - submitted().length;
    expect(probes).toBeGreaterThan(0);
    expect(probes).toBeLessThanOrEqual(2 * 2 * Math.ceil(Math.log2(FINDINGS.length)) + 1);
    expect(run.outputs['comments']).toBe('5');
    expect(run.summary).toContain('### Moved into the review body');
    expect(run.summary).toContain('`src/db/users.ts` line 47 (RIGHT)');
    // A later run knows they were reported (body fingerprints), so it does not repeat them.
    const marker = /<!-- vtrix-review:review head=\S+ inline=([0-9a-f,]*) body=([0-9a-f,]*) -->/.exec(
      review.body ?? '',
    );
    expect(marker![1]!.split(',').filter(Boolean)).toHaveLength(5);
    expect(marker![2]!.split(',').filter(Boolean)).toHaveLength(2);
  });

  it('deletes a pending review left by a crashed earlier run before posting', async () => {
    await start({
      pendingReviews: [{ number: 17, user: 'bot', body: '' }],
    });
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    expect(gh.pendingReviews()).toEqual([]);
    const deletes = gh.requests.filter((r) => r.method === 'DELETE' && r.path.startsWith(`${REVIEWS}/`));
    expect(deletes).toHaveLength(1);
    expect(gh.requests.indexOf(deletes[0]!)).toBeLessThan(gh.requests.indexOf(reviewPosts()[0]!));
    expect(reviewPosts()).toHaveLength(1);
    expect(places(gh.reviews[0]!.comments)).toEqual(ALL);
    expect(run.stdout).toContain('left on #17 by an earlier, interrupted run');
  });

  it("leaves a person's draft review alone and says how to get past it", async () => {
    await start({ pendingReviews: [{ number: 17, user: 'human', body: 'my draft' }] });
    const run = await action();
    expect(run.code).toBe(1);
    expect(gh.pendingReviews()).toEqual([expect.objectContaining({ user: 'octocat', body: 'my draft' })]);
    expect(gh.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
    expect(gh.reviews).toHaveLength(0);
    expect(run.stdout).toContain('octocat has a pending (draft) review on #17');
    expect(run.stdout).toContain("::error::GitHub refused posting the review on #17 (422: the token's user");
    expect(run.stdout).toContain('submit or discard it');
  });
});

describe('permissions and missing pull requests', () => {
  it('fails with the permissions block when the review may not be posted', async () => {
    await start({ failReviewsWith: 403 });
    const run = await action();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::GitHub denied posting the review on #17 (403: Resource not accessible by integration',
    );
    expect(run.stdout).toMatch(/permissions:%0A {4}contents: read%0A {4}pull-requests: write/);
    expect(reviewPosts()).toHaveLength(1); // a 403 is not retried
  });

  it('names the permission when the summary comment may not be posted (the review is)', async () => {
    await start({
      faults: [
        {
          method: 'POST',
          path: '/repos/octo/shop/issues/17/comments',
          status: 403,
          message: 'Resource not accessible by integration',
        },
      ],
    });
    const run = await action();
    expectSuccess(run);
    expect(gh.reviews).toHaveLength(1);
    expect(run.stdout).toContain('::warning::Could not post the summary comment');
    expect(run.stdout).toContain('Give the job `pull-requests: write`');
  });

  it('explains a pull request GitHub does not know (404)', async () => {
    await startGitHub({ pulls: [{ ...fakePullFromPayload(payload, DIFF), number: 18 }] });
    await startModel({ respond: answer });
    const run = await action();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::GitHub answered 404 while fetching the diff of #17: the repository or pull request does not exist or the token cannot see it',
    );
    expect(model.requests).toHaveLength(0);
  });
});

describe('the pull request changes while it is being reviewed', () => {
  it('posts on the reviewed commit when new commits arrive, and says so', async () => {
    await start({
      afterDiffFetch: (f) => f.updatePull(17, { headSha: LATER, diff: DIFF_LATER }),
    });
    const run = await action();
    expectSuccess(run);
    // The fake checks the lines against the diff of the commit named, so a misplaced comment would be refused.
    expect(gh.violations).toEqual([]);
    expect(gh.reviews).toHaveLength(1);
    const review = gh.reviews[0]!;
    expect(review.commit_id).toBe(HEAD);
    expect(places(review.comments)).toEqual(ALL);
    expect(review.body).toContain(
      'New commits arrived while this review ran: it is a review of a9c2f07, and the head is now b7d3e08',
    );
    expect(review.body).toContain('the next run reviews the new commits');
  });

  it('after a force-push that drops the reviewed commit, puts every comment in the body instead', async () => {
    await start({
      afterDiffFetch: (f) => f.updatePull(17, { headSha: LATER, diff: DIFF_LATER, forcePush: true }),
    });
    const run = await action();
    expectSuccess(run);
    expect(submitted().map((r) => r.status)).toEqual([422, 200]);
    expect(gh.reviews).toHaveLength(1);
    const review = gh.reviews[0]!;
    expect(review.comments).toEqual([]);
    expect(review.commit_id).toBe(LATER);
    for (const f of FINDINGS) {
      expect(review.body).toContain(`- \`${f.path}\` line ${f.line} (${f.side}):`);
      expect(review.body).toContain(f.title);
    }
    expect(review.body).toContain('force-push');
    expect(gh.violations).toEqual([]);
  });

  it('posts nothing on a pull request closed meanwhile, and keeps the findings in the log and summary', async () => {
    await start({ afterDiffFetch: (f) => f.closePull(17, true) });
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    expect(reviewPosts()).toHaveLength(0);
    expect(gh.issueComments).toHaveLength(0);
    expect(run.stdout).toContain(
      '::notice::Pull request #17 was merged while it was being reviewed, so the review was not posted',
    );
    expect(run.stdout).toContain('SQL injection through id');
    expect(run.summary).toContain('**Not posted**: pull request #17 was merged while it was being reviewed');
    expect(run.summary).toContain('SQL injection through id');
    expect(run.outputs['review-id']).toBe('');
  });
});

describe('a file name built to break out of its code span', () => {
  const EVIL = 'docs/x`<img src=https://evil.example/p.png>`@octocat.md';

  it('never turns into live HTML or a mention, inline-refused or listed', async () => {
    const diff = DIFF.split('docs/guide new.md').join(EVIL);
    const evilPayload = { ...payload };
    await startGitHub({
      pulls: [fakePullFromPayload(evilPayload, diff)],
      rejectLines: [{ path: EVIL, line: 3 }],
    });
    await startModel({
      respond: () => ({
        content: JSON.stringify({
          summary: 'Reviewed.',
          comments: [finding(EVIL, 3, 'Script name'), finding(EVIL, 400, 'Off the diff')],
        }),
      }),
    });
    const run = await action({ 'dry-run': 'false' });
    expectSuccess(run);
    const review = gh.reviews[0]!;
    const everything = [review.body ?? '', run.summary, ...gh.issueComments.map((c) => c.body)];
    for (const text of everything) {
      // Outside code spans (CommonMark: a run of n backticks closed by the next run of exactly n),
      // nothing of the name is left: no live image, no mention.
      const prose = withoutCodeSpans(text);
      expect(prose).not.toMatch(/<img|evil\.example|@octocat/);
    }
    expect(run.summary).toContain('### Moved into the review body');
    expect(review.body).toContain('### Comments GitHub refused inline');
    expect(gh.violations).toEqual([]);
  });
});

function withoutCodeSpans(md: string): string {
  let out = '';
  let i = 0;
  while (i < md.length) {
    if (md[i] !== '`') {
      out += md[i++];
      continue;
    }
    let n = 0;
    while (md[i + n] === '`') n++;
    const run = '`'.repeat(n);
    let close = md.indexOf(run, i + n);
    while (close >= 0 && (md[close + n] === '`' || md[close - 1] === '`')) close = md.indexOf(run, close + 1);
    if (close < 0) {
      out += run;
      i += n;
    } else i = close + n;
  }
  return out;
}
