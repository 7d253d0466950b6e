import { createGitHubClient } from '../../src/github/client.ts';
import { fileHistory } from '../../src/github/commits.ts';
import type { PullRequest } from '../../src/types.ts';
import {
  fakePullFromPayload,
  loadWebhookPayload,
  startFakeGitHub,
  type FakeGitHub,
} from '../support/fake-github.ts';

const HEAD = '2'.repeat(40);
const BASE = 'c'.repeat(40);
const DIFF =
  'diff --git a/a.js b/a.js\nindex 1111111..2222222 100644\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,3 @@\n x\n+y\n z\n';
const payload = loadWebhookPayload('pull_request.opened', {
  owner: 'octo',
  repo: 'shop',
  number: 4,
  headSha: HEAD,
  baseSha: BASE,
});
const PR = { owner: 'octo', repo: 'shop', number: 4, headSha: HEAD, baseSha: BASE } as PullRequest;
const silent = { info: () => {}, warning: () => {} };

let gh: FakeGitHub;
afterEach(async () => gh?.close());

describe('fileHistory', () => {
  it('lists the commits that touched a file up to the reviewed head, first lines of their messages', async () => {
    gh = await startFakeGitHub({
      pulls: [fakePullFromPayload(payload, DIFF)],
      fileCommits: {
        'a.js': [
          {
            sha: 'd'.repeat(40),
            message: 'Fix the loop\n\nLonger text.',
            author: 'Ana',
            date: '2026-11-02T10:00:00Z',
          },
          { sha: 'e'.repeat(40), message: 'Add a.js', author: 'Bo', date: '2026-10-01T09:00:00Z' },
        ],
      },
    });
    const client = createGitHubClient('ghs_test_token', gh.url, silent);
    expect(await fileHistory(client, PR, 'a.js', 20)).toEqual([
      { sha: 'd'.repeat(40), date: '2026-11-02T10:00:00Z', author: 'Ana', message: 'Fix the loop' },
      { sha: 'e'.repeat(40), date: '2026-10-01T09:00:00Z', author: 'Bo', message: 'Add a.js' },
    ]);
    expect(await fileHistory(client, PR, 'none.js', 20)).toEqual([]);
    const asked = gh.requests.filter((r) => r.path === '/repos/octo/shop/commits');
    expect(asked.map((r) => r.query)).toEqual([
      { sha: HEAD, path: 'a.js', per_page: '20' },
      { sha: HEAD, path: 'none.js', per_page: '20' },
    ]);
    expect(gh.violations).toEqual([]);
  });
});
