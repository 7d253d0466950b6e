/** The `ignore`, `pause` and `resume` commands' effects, directly against the fake GitHub. */
import {
  ignoreThread,
  pathInstructionSuggestion,
  pauseReviews,
  pausedReason,
  resumeReviews,
  threadOfComment,
} from '../../src/action/feedback.ts';
import { parseConfig } from '../../src/config/parse.ts';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.ts';
import { loadHistory } from '../../src/github/history.ts';
import { whoAmI } from '../../src/github/identity.ts';
import { rejectedFindings } from '../../src/memory/feedback.ts';
import {
  findingMarker,
  parseSummaryMarker,
  parseSummaryState,
  reviewMarker,
  summaryMarker,
} from '../../src/memory/markers.ts';
import type { PullRequest } from '../../src/types.ts';
import {
  fakePullFromPayload,
  loadWebhookPayload,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
} from '../support/fake-github.ts';

const HEAD = '1'.repeat(40);
const BASE = 'b'.repeat(40);
const FP = '0123456789ab';
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
const lines: string[] = [];
const log = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m) };

let gh: FakeGitHub;
let client: GitHubClient;
afterEach(async () => gh?.close());

async function start(opts: Partial<FakeGitHubOptions> = {}, reviewed = true): Promise<void> {
  gh = await startFakeGitHub({ pulls: [fakePullFromPayload(payload, DIFF)], ...opts });
  client = createGitHubClient('ghs_test_token', gh.url, log);
  if (!reviewed) return;
  await client.rest.pulls.createReview({
    owner: 'octo',
    repo: 'shop',
    pull_number: 3,
    commit_id: HEAD,
    event: 'COMMENT',
    body: `Review.\n\n${reviewMarker({ head: HEAD, inline: [FP], body: [] })}`,
    comments: [
      {
        path: 'a.js',
        line: 2,
        side: 'RIGHT',
        body: `**🟠 major: Avoid eval on user input**\n\neval runs input.\n\n${findingMarker({ fp: FP, loc: 'ffeeddccbb', sev: 'major' })}`,
      },
    ],
  });
}
const history = () => loadHistory(client, PR, log, whoAmI(client, log));
const summaries = () => gh.issueComments.filter((c) => c.body.includes('vtrix-review:summary'));

describe('ignoreThread', () => {
  it('resolves the thread and records the fingerprint in a new summary comment, never to be raised again', async () => {
    await start();
    const h = await history();
    const t = threadOfComment(h, gh.comments[0]!.id)!;
    expect(t.fp).toBe(FP);
    const r = await ignoreThread(client, PR, t, { history: h, me: whoAmI(client, log), log, actor: 'maint' });
    expect(r).toMatchObject({ changed: true, resolved: true });
    expect(r.reply).toBe(
      'Ignored: this finding will not be raised again on this pull request, and its thread is resolved.',
    );
    expect(gh.comments[0]!.resolved).toBe(true);
    expect(summaries()).toHaveLength(1);
    expect(parseSummaryState(summaries()[0]!.body).ignored).toEqual([FP]);
    // The next run reads it back: the commit reviewed is still the review's, and the finding is rejected.
    const after = await history();
    expect(after.lastHead).toBe(HEAD);
    expect(after.summaryState!.ignored).toEqual([FP]);
    expect(rejectedFindings(after.threads, [], after.summaryState!.ignored).fps.has(FP)).toBe(true);
    // Again: nothing changes, nothing is written.
    const writes = gh.requests.filter((q) => q.method !== 'GET').length;
    const again = await ignoreThread(client, PR, after.threads[0]!, {
      history: after,
      me: whoAmI(client, log),
      log,
      actor: 'maint',
    });
    expect(again.changed).toBe(false);
    expect(gh.requests.filter((q) => q.method !== 'GET').length).toBe(writes);
    expect(gh.violations).toEqual([]);
  });

  it('updates an existing summary comment in place, keeping its text, head and listed fingerprints', async () => {
    await start();
    const body = `## vtrix-review summary\n\nAll good.\n\n${summaryMarker(HEAD, ['bbbbbbbbbbbb'])}`;
    await client.rest.issues.createComment({ owner: 'octo', repo: 'shop', issue_number: 3, body });
    const h = await history();
    await ignoreThread(client, PR, h.threads[0]!, {
      history: h,
      me: whoAmI(client, log),
      log,
      actor: 'maint',
    });
    expect(summaries()).toHaveLength(1);
    const now = summaries()[0]!.body;
    expect(now.startsWith('## vtrix-review summary\n\nAll good.\n\n')).toBe(true);
    expect(parseSummaryMarker(now)).toEqual({ head: HEAD, body: ['bbbbbbbbbbbb'] });
    expect(parseSummaryState(now)).toEqual({ ignored: [FP], paused: null });
  });

  it('still ignores the finding when the thread cannot be resolved, and says so', async () => {
    await start({ graphql: 'no-resolve' });
    const h = await history();
    const r = await ignoreThread(client, PR, h.threads[0]!, {
      history: h,
      me: whoAmI(client, log),
      log,
      actor: 'maint',
    });
    expect(r.resolved).toBe(false);
    expect(r.reply).toMatch(
      /^Ignored: this finding will not be raised again on this pull request\. \(I could not resolve the thread: .*Resource not accessible by integration.*; resolve it by hand\.\)$/,
    );
    expect(gh.comments[0]!.resolved).toBe(false);
    expect(parseSummaryState(summaries()[0]!.body).ignored).toEqual([FP]);
  });

  it('suggests a path_instructions entry when asked: valid configuration, the title kept inside its code block', async () => {
    await start();
    const h = await history();
    const r = await ignoreThread(client, PR, h.threads[0]!, {
      history: h,
      me: whoAmI(client, log),
      log,
      actor: 'maint',
      suggestPathInstructions: true,
    });
    const yaml = /```yaml\n([\s\S]*?)\n```$/.exec(r.reply)![1]!;
    expect(parseConfig(yaml, '.github/vtrix-review.yml').pathInstructions).toEqual([
      {
        path: 'a.js',
        instructions: 'Do not report "Avoid eval on user input": the team decided it is not a problem here.',
      },
    ]);
    // A hostile title cannot close the code block or break the YAML.
    const s = pathInstructionSuggestion({ path: 'x.ts', title: '```\n@everyone "quoted" \u0007' });
    const block = /```yaml\n([\s\S]*?)\n```$/.exec(s)![1]!;
    expect(block).not.toContain('`');
    expect(parseConfig(block, 'f.yml').pathInstructions![0]!.instructions).toContain('@everyone "quoted"');
  });
});

describe('pause and resume', () => {
  it('pause creates the summary comment without claiming a reviewed commit; resume keeps what was ignored', async () => {
    await start({}, false);
    const h = await history();
    const now = new Date('2026-12-01T10:20:30.456Z');
    const p = await pauseReviews(client, PR, {
      history: h,
      me: whoAmI(client, log),
      log,
      actor: 'maint',
      now,
    });
    expect(p.changed).toBe(true);
    expect(p.reply).toContain('`@vtrix-review resume`');
    const paused = await history();
    expect(paused.lastHead).toBeNull(); // the next review is not taken for incremental
    expect(paused.summaryState!.paused).toEqual({ by: 'maint', at: '2026-12-01T10:20:30Z' });
    expect(summaries()[0]!.body).toMatch(
      /^## vtrix-review summary\n\n> \*\*Automatic reviews are paused\*\*/,
    );

    expect(pausedReason(paused, 'automatic')).toBe(
      'automatic reviews of this pull request were paused by maint at 2026-12-01T10:20:30Z. Comment `@vtrix-review resume` on the pull request to restart them, or `@vtrix-review review` to review once.',
    );
    expect(pausedReason(paused, 'manual')).toBeNull();
    expect(pausedReason(paused, 'label')).toBeNull();

    const twice = await pauseReviews(client, PR, {
      history: paused,
      me: whoAmI(client, log),
      log,
      actor: 'x',
    });
    expect(twice).toMatchObject({
      changed: false,
      reply: expect.stringContaining('already paused (by maint)'),
    });

    const r = await resumeReviews(client, PR, {
      history: paused,
      me: whoAmI(client, log),
      log,
      actor: 'maint',
    });
    expect(r.changed).toBe(true);
    const resumed = await history();
    expect(resumed.summaryState!.paused).toBeNull();
    expect(pausedReason(resumed, 'automatic')).toBeNull();
    expect(summaries()).toHaveLength(1);
    expect(summaries()[0]!.body).not.toContain('paused');
    const idle = await resumeReviews(client, PR, {
      history: resumed,
      me: whoAmI(client, log),
      log,
      actor: 'x',
    });
    expect(idle).toEqual({ changed: false, reply: 'Automatic reviews of this pull request are not paused.' });
    expect(gh.violations).toEqual([]);
  });

  it('pause keeps ignored findings and the reviewed head of the existing summary comment', async () => {
    await start();
    const body = `## vtrix-review summary\n\nText.\n\n${summaryMarker(HEAD, [], { ignored: [FP], paused: null })}`;
    await client.rest.issues.createComment({ owner: 'octo', repo: 'shop', issue_number: 3, body });
    const h = await history();
    await pauseReviews(client, PR, {
      history: h,
      me: whoAmI(client, log),
      log,
      actor: 'maint',
      phrase: '/bot',
    });
    const now = summaries()[0]!.body;
    expect(parseSummaryMarker(now)!.head).toBe(HEAD);
    expect(parseSummaryState(now).ignored).toEqual([FP]);
    expect(now).toContain('Comment `/bot resume` to restart them');
  });
});
