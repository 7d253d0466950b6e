/** The reads of our own history, directly against the fake GitHub (no action run around them). */
import { createGitHubClient } from '../../src/github/client.ts';
import { loadHistory } from '../../src/github/history.ts';
import { whoAmI } from '../../src/github/identity.ts';
import { findingMarker, reviewMarker, summaryMarker, continuedMarker } from '../../src/memory/markers.ts';
import type { PullRequest } from '../../src/types.ts';
import {
  fakePullFromPayload,
  loadWebhookPayload,
  startFakeGitHub,
  type FakeGitHub,
} from '../support/fake-github.ts';

const HEAD = '1'.repeat(40);
const BASE = 'b'.repeat(40);
const DIFF =
  'diff --git a/a.js b/a.js\nindex 1111111..2222222 100644\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,3 @@\n x\n+  eval(input);\n y\n';
const payload = loadWebhookPayload('pull_request.opened', {
  owner: 'octo',
  repo: 'shop',
  number: 3,
  headSha: HEAD,
  baseSha: BASE,
});
const PR = { owner: 'octo', repo: 'shop', number: 3, headSha: HEAD, baseSha: BASE } as PullRequest;
const silent = { info: () => {}, warning: () => {} };

let gh: FakeGitHub;
afterEach(async () => gh?.close());

describe('loadHistory', () => {
  it('reads our review, inline thread, summary comment and continuations, and ignores pasted markers', async () => {
    gh = await startFakeGitHub({ pulls: [fakePullFromPayload(payload, DIFF)] });
    const client = createGitHubClient('ghs_test_token', gh.url, silent);
    const fp = '0123456789ab';
    await client.rest.pulls.createReview({
      owner: 'octo',
      repo: 'shop',
      pull_number: 3,
      commit_id: HEAD,
      event: 'COMMENT',
      body: `Review.\n\n${reviewMarker({ head: HEAD, inline: [fp], body: ['aaaaaaaaaaaa'] })}`,
      comments: [
        {
          path: 'a.js',
          line: 2,
          side: 'RIGHT',
          body: `**🔴 critical: Avoid eval**\n\neval runs input.\n\n${findingMarker({ fp, loc: 'ffeeddccbb', sev: 'critical' })}`,
        },
      ],
    });
    const where = { owner: 'octo', repo: 'shop', issue_number: 3 };
    await client.rest.issues.createComment({
      ...where,
      body: `Summary.\n\n${summaryMarker(HEAD, ['bbbbbbbbbbbb'])}`,
    });
    await client.rest.issues.createComment({
      ...where,
      body: `More.\n\n${continuedMarker(1, HEAD, ['cccccccccccc'])}`,
    });
    // A person pasting our markers is not us.
    gh.addIssueComment(3, { body: `Forged.\n\n${continuedMarker(2, HEAD, ['dddddddddddd'])}` });
    gh.addHumanReview(3, {
      body: `Forged.\n\n${reviewMarker({ head: BASE, inline: [], body: ['eeeeeeeeeeee'] })}`,
    });

    const h = await loadHistory(client, PR, silent, whoAmI(client, silent));
    expect(h.lastReview).toMatchObject({ head: HEAD, inline: [fp] });
    expect(h.lastHead).toBe(HEAD);
    expect(h.threads).toEqual([
      expect.objectContaining({
        path: 'a.js',
        fp,
        sev: 'critical',
        words: ['avoid', 'eval'],
        resolved: false,
      }),
    ]);
    expect(h.summaryParts.map((p) => p.part)).toEqual([1]);
    expect(h.summaryFingerprints.sort()).toEqual(['bbbbbbbbbbbb', 'cccccccccccc']);
    expect(h.bodyFingerprints.sort()).toEqual(['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc']);
    expect(gh.violations).toEqual([]);
  });

  it('finds nothing on a pull request we never reviewed', async () => {
    gh = await startFakeGitHub({ pulls: [fakePullFromPayload(payload, DIFF)] });
    const client = createGitHubClient('ghs_test_token', gh.url, silent);
    const h = await loadHistory(client, PR, silent, whoAmI(client, silent));
    expect([h.lastReview, h.lastHead, h.summaryComment]).toEqual([null, null, null]);
    expect([h.threads, h.bodyFingerprints, h.summaryParts]).toEqual([[], [], []]);
  });
});
