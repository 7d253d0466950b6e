import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWebhookPayload, fakePullFromPayload } from '../support/fake-github.ts';
import {
  gh,
  model,
  startFakes,
  closeFakes,
  runReview,
  expectSuccess,
  modelAnswer,
  userMessage,
} from '../support/e2e.ts';

const DIFF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
const HEAD = 'a9c2f07a9c2f07a9c2f07a9c2f07a9c2f07a9c2f';
const BASE = '3b18e513b18e513b18e513b18e513b18e513b18e';
const payload = loadWebhookPayload('pull_request.opened', {
  owner: 'octo',
  repo: 'shop',
  number: 17,
  headSha: HEAD,
  baseSha: BASE,
  title: 'Retry lookups',
  body: 'Fixes #12. Also closes #17 (this PR itself) and fixes #99.\n\n`fixes #13` is only an example.',
});

afterEach(closeFakes);

describe('linked issues', () => {
  it('sends the issue the description fixes with every request, and the summary names it', async () => {
    await startFakes(
      {
        pulls: [fakePullFromPayload(payload, DIFF)],
        issues: [
          {
            owner: 'octo',
            repo: 'shop',
            number: 12,
            title: 'Lookups fail on a slow database',
            body: 'getUser must retry three times before failing.',
          },
          { owner: 'octo', repo: 'shop', number: 13, title: 'Never read', body: 'Inside a code span.' },
        ],
      },
      { respond: modelAnswer(() => []) },
    );
    const run = await runReview({ payload });
    expectSuccess(run);
    expect(gh.violations).toEqual([]);

    expect(model.requests.length).toBeGreaterThan(0);
    for (const req of model.requests) {
      const user = userMessage(req);
      const nonce = /<pr-([0-9a-f]{12})>/.exec(user)![1]!;
      const region = user.slice(user.indexOf(`<pr-${nonce}>`), user.indexOf(`</pr-${nonce}>`));
      expect(region).toContain(
        'Issue #12: Lookups fail on a slow database\ngetUser must retry three times before failing.',
      );
      expect(user).toContain('Check the change against what they ask');
      expect(user).not.toContain('Never read');
    }
    expect(gh.requests.some((r) => r.path === '/repos/octo/shop/issues/13')).toBe(false);

    const summary = gh.issueComments[0]!.body;
    expect(summary).toContain(
      '- Linked issues: considered #12; not read: #17 (a pull request, not an issue), #99 (not found (HTTP 404), or the token cannot read it).',
    );
    expect(run.summary).toContain('Linked issues: considered #12;');
    expect(run.stdout).toContain('Linked issue #99 not sent to the model: not found (HTTP 404)');
  });
});
