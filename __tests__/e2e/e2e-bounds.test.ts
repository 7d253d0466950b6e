/**
 * A pull request too large for one review body: 3,000 files, two findings each. Everything posted must
 * stay within GitHub's limits by construction, and every finding must stay reachable.
 */
import { loadWebhookPayload, fakePullFromPayload } from '../support/fake-github.ts';
import type { ActionRun } from '../support/action-runner.ts';
import { gh, startFakes, closeFakes, runReview, finding, modelAnswer } from '../support/e2e.ts';

const HEAD = 'c0ffee'.repeat(6) + 'c0ff';
const BASE = 'ba5e'.repeat(10);
const FILES = 3000;
const path = (i: number) => `packages/dir-${i % 30}/src/module-${i}.ts`;
const DIFF = Array.from(
  { length: FILES },
  (_, i) =>
    `diff --git a/${path(i)} b/${path(i)}\nindex 1111111..2222222 100644\n--- a/${path(i)}\n+++ b/${path(i)}\n@@ -1,3 +1,4 @@\n const a = 1;\n+const b${i} = a + 1;\n const c = 2;\n export { a, c };\n`,
).join('');
const payload = loadWebhookPayload('pull_request.opened', {
  owner: 'octo',
  repo: 'shop',
  number: 9,
  headSha: HEAD,
  baseSha: BASE,
});

const SEVERITIES = ['critical', 'major', 'minor', 'nit'] as const;
/** Two findings per file: one on its changed line, one on a line outside the diff. */
function findingsFor(file: string) {
  const i = Number(/module-(\d+)\.ts$/.exec(file)![1]);
  return [
    finding({
      path: file,
      line: 2,
      severity: SEVERITIES[i % 4]!,
      title: `Problem ${i}-a`,
      body: `b${i} is computed and never used (case ${i}-a).`,
    }),
    finding({
      path: file,
      line: 500,
      severity: SEVERITIES[(i + 1) % 4]!,
      title: `Problem ${i}-b`,
      body: `The module-${i} export list is incomplete (case ${i}-b).`,
    }),
  ];
}

const respond = modelAnswer((files) => files.flatMap(findingsFor), {
  verdict: 'Many problems',
  summary: 'Lots.',
});

afterEach(closeFakes);

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runReview({ payload, inputs: { 'full-file-context': 'false', ...inputs } });
}

describe('a review with more findings than one body can hold', () => {
  it('posts one review within the limit, counts every finding, and keeps each reachable; a re-run repeats none', async () => {
    await startFakes({ pulls: [fakePullFromPayload(payload, DIFF)] }, { respond });

    const first = await run();
    if (first.code !== 0)
      throw new Error(`exit ${first.code}\n${first.stdout.slice(-3000)}\n${first.stderr}`);
    expect(gh.violations).toEqual([]);
    expect(gh.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(gh.reviews).toHaveLength(1);
    const review = { ...gh.reviews[0]!, body: gh.reviews[0]!.body ?? '' };
    expect(review.comments).toHaveLength(20);
    expect(review.body.length).toBeLessThanOrEqual(65_536);
    expect(review.body).toMatch(/…and [\d,]+ more \(.*\), listed in the summary comment and the job summary/);
    expect(first.outputs['findings']).toBe(String(2 * FILES));
    expect(Buffer.byteLength(first.summary)).toBeLessThanOrEqual(1024 * 1024);

    // Every finding can be found: in the review, the summary comment and its continuations, or the job summary.
    const posted = [
      review.body,
      ...review.comments.map((c) => c.body),
      ...gh.issueComments.map((c) => c.body),
      first.summary,
    ].join('\n');
    const missing = Array.from({ length: FILES }, (_, i) => [`Problem ${i}-a`, `Problem ${i}-b`])
      .flat()
      .filter((t) => !posted.includes(`${t}*`) && !posted.includes(`${t} |`));
    expect(missing).toEqual([]);
    expect(gh.issueComments.length).toBeGreaterThan(1);
    for (const c of gh.issueComments) expect([...c.body].length).toBeLessThanOrEqual(65_536);
    // Most severe first in the body: its first listed finding is critical.
    expect(review.body).toMatch(/### Findings not placed inline\n- \*\*🔴 critical: /);

    // The same review again: nothing is posted twice, the summary comments are kept, not duplicated.
    const comments = gh.issueComments.map((c) =>
      c.body.replace(/## vtrix-review summary\n[\s\S]*?### This run/, ''),
    );
    const again = await run({ incremental: 'false' });
    if (again.code !== 0)
      throw new Error(`exit ${again.code}\n${again.stdout.slice(-3000)}\n${again.stderr}`);
    expect(gh.reviews).toHaveLength(1);
    // Still listed, word for word: the listing is kept while a run has nothing new to list.
    expect(
      gh.issueComments.map((c) => c.body.replace(/## vtrix-review summary\n[\s\S]*?### This run/, '')),
    ).toEqual(
      comments
        .map((c) => c.replace('4500 already reported', 'X'))
        .map((c, i) => (i === 0 ? expect.any(String) : c)),
    );
    // Every posted finding (the nits are below `min-severity`) was recognised.
    expect(again.stdout).toContain(
      `Nothing new to post on #9 (${(2 * FILES * 3) / 4} finding(s) already reported)`,
    );
    const main = gh.issueComments[0]!.body;
    expect(main).toContain('### Findings not in the review body');
    expect(gh.violations).toEqual([]);
  });
});
