import type { PullRequest } from '../../src/types.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { readLinkedIssues } from '../../src/github/issues.ts';
import { startFakeGitHub, type FakeGitHub, type FakePull } from '../support/fake-github.ts';

const DIFF =
  'diff --git a/a.js b/a.js\nindex 1111111..2222222 100644\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,3 @@\n x\n+y\n z\n';
const PULL: FakePull = {
  owner: 'octo',
  repo: 'shop',
  number: 4,
  headSha: '2'.repeat(40),
  baseSha: 'c'.repeat(40),
  diff: DIFF,
};
const OTHER_PULL: FakePull = { ...PULL, number: 9, title: 'Another PR', body: 'Its text.' };

function prWith(body: string): PullRequest {
  return {
    owner: 'octo',
    repo: 'shop',
    number: 4,
    title: 'T',
    body,
    headSha: PULL.headSha,
    baseSha: PULL.baseSha,
    headRef: 'feature',
    baseRef: 'main',
    draft: false,
    state: 'open',
    author: 'octocat',
    htmlUrl: 'https://github.com/octo/shop/pull/4',
    changedFiles: 1,
  };
}

let gh: FakeGitHub;
afterEach(async () => gh?.close());

describe('readLinkedIssues', () => {
  it('reads the linked issues, skips pull requests, and turns every failure into a notice', async () => {
    gh = await startFakeGitHub({
      pulls: [PULL, OTHER_PULL],
      issues: [
        {
          owner: 'octo',
          repo: 'shop',
          number: 12,
          title: 'Totals are off by a cent',
          body: 'Round half up.',
        },
        { owner: 'octo', repo: 'lib', number: 3, title: 'Public library issue', body: 'Export it.' },
        { owner: 'octo', repo: 'secret', number: 5, title: 'Private plans', body: 'Do not leak.' },
      ],
      privateRepos: ['octo/secret'],
      faults: [{ method: 'GET', path: '/repos/octo/shop/issues/13', status: 403 }],
    });
    const notes: string[] = [];
    const log = { info: (m: string) => notes.push(m), warning: (m: string) => notes.push(`warning: ${m}`) };
    const client = createGitHubClient('ghs_test_token', gh.url, log);
    const body =
      'Fixes #12. Closes #404, fixes #9, resolves #13.\nAlso fixes octo/lib#3 and closes octo/secret#5.';
    const got = await readLinkedIssues(client, prWith(body), countTokens, log);

    expect(got.read).toEqual([
      { owner: 'octo', repo: 'shop', number: 12, title: 'Totals are off by a cent', body: 'Round half up.' },
      { owner: 'octo', repo: 'lib', number: 3, title: 'Public library issue', body: 'Export it.' },
    ]);
    expect(got.unread).toEqual([
      { name: 'octo/secret#5', why: 'over the limit of 5 linked issues' },
      { name: '#404', why: 'not found (HTTP 404), or the token cannot read it' },
      { name: '#9', why: 'a pull request, not an issue' },
      { name: '#13', why: 'the token may not read it (HTTP 403)' },
    ]);
    // Over the cap: listed, never requested.
    expect(gh.requests.some((r) => r.path.includes('/secret'))).toBe(false);
    expect(notes.filter((n) => n.startsWith('warning'))).toEqual([]);
    expect(notes).toContain('Linked issue #9 not sent to the model: a pull request, not an issue.');
    expect(gh.violations).toEqual([]);
  });

  it('reads another repository’s issue only when that repository is public', async () => {
    gh = await startFakeGitHub({
      pulls: [PULL],
      issues: [
        { owner: 'octo', repo: 'lib', number: 3, title: 'Public library issue', body: null },
        { owner: 'octo', repo: 'secret', number: 5, title: 'Private plans', body: 'Do not leak.' },
      ],
      privateRepos: ['octo/secret'],
    });
    const silent = { info: () => {}, warning: () => {} };
    const client = createGitHubClient('ghs_test_token', gh.url, silent);
    const got = await readLinkedIssues(
      client,
      prWith('Fixes octo/secret#5, fixes nobody/none#1, closes https://github.com/octo/lib/issues/3'),
      countTokens,
      silent,
    );
    expect(got.read).toEqual([
      { owner: 'octo', repo: 'lib', number: 3, title: 'Public library issue', body: '' },
    ]);
    expect(got.unread).toEqual([
      { name: 'octo/secret#5', why: 'another repository that is not public' },
      { name: 'nobody/none#1', why: 'not found (HTTP 404), or the token cannot read it' },
    ]);
    // The private repository's issue is never fetched.
    expect(gh.requests.some((r) => r.path === '/repos/octo/secret/issues/5')).toBe(false);
    expect(gh.violations).toEqual([]);
  });

  it('makes no request when the description links nothing', async () => {
    gh = await startFakeGitHub({ pulls: [PULL] });
    const client = createGitHubClient('ghs_test_token', gh.url, { info: () => {}, warning: () => {} });
    const got = await readLinkedIssues(client, prWith('See #12 and `fixes #3`.'), countTokens, {
      info: () => {},
      warning: () => {},
    });
    expect(got).toEqual({ read: [], unread: [] });
    expect(gh.requests).toEqual([]);
  });
});
