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

  for (const graphql of ['full', 'off'] as const)
    it(`reads the team's reactions and replies on our comments, and the commands' state (GraphQL ${graphql})`, async () => {
      gh = await startFakeGitHub({
        pulls: [fakePullFromPayload(payload, DIFF)],
        graphql,
        personalTokens: { ghp_carol: 'carol' },
      });
      const client = createGitHubClient('ghs_test_token', gh.url, silent);
      const marker = (fp: string) => findingMarker({ fp, loc: 'ffeeddccbb', sev: 'major' });
      await client.rest.pulls.createReview({
        owner: 'octo',
        repo: 'shop',
        pull_number: 3,
        commit_id: HEAD,
        event: 'COMMENT',
        body: `Review.\n\n${reviewMarker({ head: HEAD, inline: ['111111111111', '222222222222'], body: [] })}`,
        comments: [
          {
            path: 'a.js',
            line: 2,
            side: 'RIGHT',
            body: `**🟠 major: Avoid eval**\n\nOne.\n\n${marker('111111111111')}`,
          },
          {
            path: 'a.js',
            line: 1,
            side: 'RIGHT',
            body: `**🟠 major: Odd start**\n\nTwo.\n\n${marker('222222222222')}`,
          },
        ],
      });
      const [first, second] = gh.comments;
      gh.reactToComment(first!.id, '+1', 'alice');
      gh.reactToComment(first!.id, 'heart', 'alice');
      gh.reactToComment(second!.id, '-1', 'bob');
      gh.reactToComment(second!.id, '+1', 'dave');
      const carol = createGitHubClient('ghp_carol', gh.url, silent);
      const reply = { owner: 'octo', repo: 'shop', pull_number: 3, comment_id: second!.id };
      await carol.rest.pulls.createReplyForReviewComment({
        ...reply,
        body: 'False positive: it is a constant.',
      });
      // Ours (the bot's) is not the team's feedback.
      await client.rest.pulls.createReplyForReviewComment({ ...reply, body: 'Not a bug? Let me look.' });
      await client.rest.issues.createComment({
        owner: 'octo',
        repo: 'shop',
        issue_number: 3,
        body: `Summary.\n\n${summaryMarker(HEAD, [], { ignored: ['333333333333'], paused: { by: 'carol', at: '2026-12-01T00:00:00Z' } })}`,
      });

      const h = await loadHistory(client, PR, silent, whoAmI(client, silent));
      const byFp = Object.fromEntries(h.threads.map((t) => [t.fp, t]));
      expect(byFp['111111111111']).toMatchObject({
        reactions: { up: 1, down: 0 },
        replies: [],
        title: 'Avoid eval',
      });
      expect(byFp['222222222222']).toMatchObject({
        reactions: { up: 1, down: 1 },
        replies: ['False positive: it is a constant.'],
      });
      expect(h.summaryState).toEqual({
        ignored: ['333333333333'],
        paused: { by: 'carol', at: '2026-12-01T00:00:00Z' },
      });
      expect(h.lastHead).toBe(HEAD);
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
