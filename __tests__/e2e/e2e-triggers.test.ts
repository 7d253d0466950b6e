import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadWebhookPayload,
  fakePullFromPayload,
  type FakeGitHubOptions,
  type WebhookPayload,
} from '../support/fake-github.ts';
import type { ActionRun } from '../support/action-runner.ts';
import {
  gh,
  model,
  startFakes,
  closeFakes,
  runReview,
  expectSuccess,
  finding,
  modelAnswer,
  isSecondLook,
  verdicts,
} from '../support/e2e.ts';

const DIFF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
const HEAD = 'a9c2f07a9c2f07a9c2f07a9c2f07a9c2f07a9c2f';
const BASE = '3b18e513b18e513b18e513b18e513b18e513b18e';
const PR = { owner: 'octo', repo: 'shop', number: 17, headSha: HEAD, baseSha: BASE, title: 'Raw SQL' };

function event(name: string, patch: Record<string, unknown> = {}): WebhookPayload {
  return loadWebhookPayload(name, { ...PR, ...patch });
}

const FINDING = finding({
  path: 'src/db/users.ts',
  line: 10,
  severity: 'critical',
  title: 'SQL injection',
  body: 'Use a parameter.',
  suggestion: "  const sql = 'SELECT id, name FROM users WHERE id = $1';",
});

const answer = modelAnswer(() => [FINDING], {
  summary: 'One injection.',
  usage: { prompt_tokens: 900, completion_tokens: 100 },
});

async function start(opts: Partial<FakeGitHubOptions> = {}, labels: string[] = []): Promise<void> {
  const pull = fakePullFromPayload(event('pull_request.opened'), DIFF);
  // Deep reviews take a second look at the critical finding: it is confirmed.
  await startFakes(
    { pulls: [{ ...pull, labels }], ...opts },
    { respond: (req) => (isSecondLook(req) ? verdicts(req) : answer(req)) },
  );
}

afterEach(closeFakes);

function action(
  eventName: string,
  payload: unknown,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runReview({ eventName, payload, inputs, env: { GITHUB_REPOSITORY: 'octo/shop' } });
}

const posts = (): number =>
  gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews')).length;

describe('automatic reviews', () => {
  it('reviews a synchronize event at the configured effort, without streaming at medium', async () => {
    await start();
    const run = await action('pull_request', event('pull_request.synchronize'));
    expectSuccess(run);
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]!.body).toMatchObject({ reasoning_effort: 'medium', max_tokens: 32000 });
    expect(model.requests[0]!.body.stream).toBeUndefined();
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]!.body).toMatch(/^## vtrix-review\n/);
    expect(run.outputs).toMatchObject({ trigger: 'automatic', effort: 'medium', comments: '1' });
    expect(gh.violations).toEqual([]);
    expect(model.violations).toEqual([]);
  });

  it.each([
    ['a draft', { draft: true }, {}, 'is a draft'],
    [
      'a bot PR',
      { user: { login: 'dependabot[bot]', type: 'Bot' } },
      {},
      'was opened by the bot dependabot[bot]',
    ],
  ])('skips %s with a notice, not a failure', async (_name, patch, inputs, reason) => {
    await start();
    const run = await action('pull_request', event('pull_request.opened', patch), inputs);
    expectSuccess(run);
    expect(run.stdout).toContain(`::notice::Review skipped: Pull request #17 ${reason}`);
    expect(run.summary).toContain('Review skipped');
    expect(run.outputs).toMatchObject({ requests: '0', comments: '0', findings: '0', blocking: '0' });
    expect(model.requests).toHaveLength(0);
    expect(gh.requests).toHaveLength(0);
  });

  it.each([
    ['drafts', { draft: true }, { 'review-drafts': 'true' }],
    ['bots', { user: { login: 'dependabot[bot]', type: 'Bot' } }, { 'review-bots': 'true' }],
  ])('reviews %s when asked to', async (_name, patch, inputs) => {
    await start();
    expectSuccess(await action('pull_request', event('pull_request.opened', patch), inputs));
    expect(gh.reviews).toHaveLength(1);
  });

  it('skips closed PRs and actions that bring no new code', async () => {
    await start();
    const closed = await action('pull_request', event('pull_request.closed'));
    expectSuccess(closed);
    expect(closed.stdout).toContain(
      "::notice::Review skipped: The 'closed' action of pull_request does not start a review",
    );
    const assigned = await action('pull_request', event('pull_request.assigned'));
    expectSuccess(assigned);
    expect(assigned.stdout).toContain("The 'assigned' action of pull_request does not start a review");
    expect(model.requests).toHaveLength(0);
  });

  it('works the same under pull_request_target', async () => {
    await start();
    expectSuccess(await action('pull_request_target', event('pull_request.opened')));
    expect(gh.reviews).toHaveLength(1);
  });
});

describe('deep review by label', () => {
  function labeled(name: string): WebhookPayload {
    const p = event('pull_request.labeled');
    (p['label'] as Record<string, unknown>)['name'] = name;
    return p;
  }

  it('reviews at xhigh with the larger output budget, streamed, says so, and removes the label', async () => {
    await start({}, ['deep-review', 'bug']);
    const run = await action('pull_request', labeled('deep-review'));
    expectSuccess(run);
    // The review, then the second look at its critical finding, both at the deep review's effort.
    expect(model.requests.map(isSecondLook)).toEqual([false, true]);
    for (const r of model.requests)
      expect(r.body).toMatchObject({ reasoning_effort: 'xhigh', max_tokens: 96000, stream: true });
    expect(model.violations).toEqual([]);
    const review = gh.reviews[0]!;
    expect(review.body).toMatch(/^## vtrix-review — deep review\n/);
    expect(review.comments).toHaveLength(1);
    expect(review.comments[0]).toMatchObject({ path: 'src/db/users.ts', line: 10, side: 'RIGHT' });
    expect(review.body).toContain(
      '🔍 **Second look:** 1 critical and major finding checked again: 1 confirmed.',
    );
    const del = gh.requests.filter((r) => r.method === 'DELETE');
    expect(del.map((r) => r.path)).toEqual(['/repos/octo/shop/issues/17/labels/deep-review']);
    expect(run.outputs).toMatchObject({ trigger: 'label', effort: 'xhigh' });
    expect(gh.violations).toEqual([]);
  });

  it('a streamed review posts exactly what the same answer non-streamed posts', async () => {
    const reviews = [];
    const streamed = [];
    for (const stream of ['true', 'false']) {
      await start();
      expectSuccess(
        await action('pull_request', labeled('deep-review'), { 'deep-review-effort': 'medium', stream }),
      );
      streamed.push(model.requests[0]!.body.stream);
      reviews.push(gh.reviews[0]!);
      if (stream === 'true') {
        await gh.close(); // the second pair is closed by afterEach
        await model.close();
      }
    }
    expect(streamed).toEqual([true, undefined]);
    expect(reviews[0]!.comments).toEqual(reviews[1]!.comments);
    // The same review, but for the usage line: this stream carries no usage, so tokens are counted here.
    const withoutUsage = (b: string | undefined): string => (b ?? '').replace(/<sub>.*<\/sub>/, '');
    expect(withoutUsage(reviews[0]!.body)).toBe(withoutUsage(reviews[1]!.body));
    expect(reviews[0]!.body).toMatch(/ · [\d,]+ prompt \+ \d+ completion tokens · /);
  });

  it('ignores any other label at once, without a model request', async () => {
    await start();
    const run = await action('pull_request', labeled('bug'));
    expectSuccess(run);
    expect(run.stdout).toContain("Label 'bug' is not the deep-review label");
    expect(run.stdout).not.toContain('::notice::');
    expect(model.requests).toHaveLength(0);
    expect(gh.requests).toHaveLength(0);
  });

  it('keeps the review when the label cannot be removed, with a warning naming the permission', async () => {
    await start({ failLabelRemovalWith: 403 }, ['deep-review']);
    const run = await action('pull_request', labeled('deep-review'));
    expectSuccess(run);
    expect(gh.reviews).toHaveLength(1);
    expect(run.stdout).toContain("::warning::Could not remove the 'deep-review' label (403)");
    expect(run.stdout).toContain('pull-requests: write');
  });

  it('honours a custom label and effort', async () => {
    await start({}, ['think']);
    expectSuccess(
      await action('pull_request', labeled('think'), {
        'deep-review-label': 'think',
        'deep-review-effort': 'high',
      }),
    );
    expect(model.requests[0]!.body).toMatchObject({
      reasoning_effort: 'high',
      max_tokens: 64000,
      stream: true,
    });
  });
});

describe('manual reviews', () => {
  it('reviews the PR named by pull-request on workflow_dispatch, fetching it first', async () => {
    await start();
    const dispatch = loadWebhookPayload('workflow_dispatch');
    const run = await action('workflow_dispatch', dispatch, {
      'pull-request': '17',
      'reasoning-effort': 'high',
    });
    expectSuccess(run);
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/repos/octo/shop/pulls/17' });
    expect(model.requests[0]!.body).toMatchObject({ reasoning_effort: 'high', max_tokens: 64000 });
    expect(gh.reviews[0]!.commit_id).toBe(HEAD);
    expect(run.outputs).toMatchObject({ trigger: 'manual', effort: 'high' });
  });

  it('accepts a PR URL on any event, and a manual xhigh run is a deep review', async () => {
    await start();
    const run = await action(
      'issue_comment',
      { action: 'created' },
      {
        'pull-request': 'https://github.com/octo/shop/pull/17',
        'reasoning-effort': 'xhigh',
      },
    );
    expectSuccess(run);
    expect(gh.reviews[0]!.body).toMatch(/^## vtrix-review — deep review\n/);
    expect(gh.requests.some((r) => r.method === 'DELETE')).toBe(false);
  });

  it('explains a workflow_dispatch without pull-request, and a bad value', async () => {
    await start();
    const missing = await action('workflow_dispatch', loadWebhookPayload('workflow_dispatch'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('pull-request: ${{ inputs.pull-request }}');
    const bad = await action('workflow_dispatch', loadWebhookPayload('workflow_dispatch'), {
      'pull-request': 'seventeen',
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("Input 'pull-request' must be a PR number (e.g. 123) or URL");
  });

  it('names the missing PR', async () => {
    await start();
    const run = await action('workflow_dispatch', loadWebhookPayload('workflow_dispatch'), {
      'pull-request': '99',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('GitHub answered 404 while reading pull request octo/shop#99');
  });
});

describe('fork pull requests under pull_request', () => {
  function fromFork(): WebhookPayload {
    const p = event('pull_request.opened');
    const head = (p.pull_request!['head'] as Record<string, unknown>)['repo'] as Record<string, unknown>;
    head['full_name'] = 'stranger/shop';
    return p;
  }

  it('ends with a notice, not a failure, when the secret is missing', async () => {
    await start();
    const run = await action('pull_request', fromFork(), { 'api-key': '' });
    expectSuccess(run);
    expect(run.stdout).toContain('::notice::Review skipped: Fork PRs need secrets');
    expect(gh.requests).toHaveLength(0);
  });

  it('keeps the review in the log when the read-only token cannot post it', async () => {
    await start({ failReviewsWith: 403 });
    const run = await action('pull_request', fromFork());
    expectSuccess(run);
    expect(run.stdout).toContain('::notice::Fork PRs need secrets');
    expect(run.stdout).toContain('SQL injection');
    expect(run.summary).toContain('SQL injection');
    expect(posts()).toBe(1);
  });
});
