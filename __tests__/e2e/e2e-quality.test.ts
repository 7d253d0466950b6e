import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWebhookPayload, fakePullFromPayload } from '../support/fake-github.ts';
import type { ModelRequest, ModelReply } from '../support/fake-model.ts';
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
  userMessage,
  type Severity,
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
  title: 'Use raw SQL for getUser',
  body: 'Speeds up lookups.',
});

const c = (path: string, line: number, severity: Severity, title: string) =>
  finding({ path, line, severity, title });

const ALL = [
  c('src/util/retry.ts', 3, 'minor', 'Off-by-one in the retry loop'),
  c('src/db/users.ts', 9, 'major', 'getUser can return undefined'),
  c('src/db/users.ts', 2, 'nit', 'Import order'),
  c('src/db/users.ts', 11, 'critical', 'SQL injection through id'),
];

/** Answers with the findings of the files in the request, and a verdict line when `verdict` is set. */
function answerWith(findings: typeof ALL, verdict?: string) {
  return modelAnswer((files) => findings.filter((f) => files.includes(f.path)), verdict ? { verdict } : {});
}

async function start(
  respond: (req: ModelRequest) => ModelReply,
  contents?: Record<string, Record<string, string>>,
) {
  await startFakes(
    {
      pulls: [fakePullFromPayload(payload, DIFF)],
      ...(contents ? { contents } : {}),
    },
    { respond },
  );
}

afterEach(closeFakes);

function action(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runReview({ payload, inputs });
}

describe('verdict and severity order', () => {
  it('leads the review and the summary comment with the verdict, comments most severe first, no nits', async () => {
    await start(answerWith(ALL, 'SQL injection in getUser'));
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    const review = gh.reviews[0]!;
    expect(review.body!.split('\n\n')[1]).toBe('**Verdict:** 🔴 Critical problems: SQL injection in getUser');
    expect(gh.issueComments[0]!.body).toContain(
      '**Verdict:** 🔴 Critical problems: SQL injection in getUser',
    );
    // Inline comments in the payload: critical, major, minor; the nit (below min-severity) not posted.
    expect(review.comments.map((x) => /\*\*\S+ (\w+):/.exec(x.body)![1])).toEqual([
      'critical',
      'major',
      'minor',
    ]);
    expect(JSON.stringify(review)).not.toContain('Import order');
    expect(run.summary).toContain('Import order');
  });

  it('derives the verdict from the findings when the model sends none', async () => {
    await start(answerWith(ALL.filter((f) => f.severity !== 'critical')));
    const run = await action();
    expectSuccess(run);
    expect(gh.reviews[0]!.body).toContain('**Verdict:** 🟠 Major problems: getUser can return undefined');
  });

  it('says "No problems found" when only nits were found', async () => {
    await start(
      answerWith(
        ALL.filter((f) => f.severity === 'nit'),
        'Import order',
      ),
    );
    const run = await action();
    expectSuccess(run);
    expect(gh.reviews[0]!.body).toContain('**Verdict:** ✅ No problems found');
    expect(gh.reviews[0]!.comments).toEqual([]);
  });
});

describe('fail-on', () => {
  it('fails the step after posting when open findings are at or above it, naming them and the review', async () => {
    await start(answerWith(ALL));
    const run = await action({ 'fail-on': 'major' });
    expect(run.code).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    const url = `https://github.com/octo/shop/pull/17#pullrequestreview-${gh.reviews[0]!.id}`;
    expect(run.stdout).toContain(
      `::error::2 open findings at or above \`fail-on: major\` (1 critical · 1 major): see the review ${url}.`,
    );
    expect(run.outputs['blocking']).toBe('2');
    // The summary was written before the step failed.
    expect(run.summary).toContain('SQL injection through id');
  });

  it('passes when nothing open reaches it', async () => {
    await start(answerWith(ALL.filter((f) => f.severity === 'minor' || f.severity === 'nit')));
    const run = await action({ 'fail-on': 'major' });
    expectSuccess(run);
    expect(run.outputs['blocking']).toBe('0');
  });

  it('never fails at the default (none)', async () => {
    await start(answerWith(ALL));
    const run = await action();
    expectSuccess(run);
    expect(run.outputs['blocking']).toBe('0');
  });

  it('gates a dry run too: the findings exist', async () => {
    await start(answerWith(ALL));
    const run = await action({ 'fail-on': 'critical', 'dry-run': 'true' });
    expect(run.code).toBe(1);
    expect(gh.reviews).toHaveLength(0);
    expect(run.stdout).toMatch(
      /::error::1 open finding at or above `fail-on: critical` \(1 critical\): see the job summary/,
    );
  });
});

describe('the job summary', () => {
  it('has the verdict, a findings table linking each comment, and the time of each request', async () => {
    await start(answerWith(ALL, 'SQL injection in getUser'));
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    const review = gh.reviews[0]!;
    expect(
      gh.requests.some(
        (r) => r.method === 'GET' && r.path === `/repos/octo/shop/pulls/17/reviews/${review.id}/comments`,
      ),
    ).toBe(true);
    const s = run.summary;
    expect(s).toContain('**Verdict:** 🔴 Critical problems: SQL injection in getUser');
    expect(s).toContain('| severity | file | line | title | comment |');
    const ids = gh.comments
      .filter((x) => x.reviewId === review.id)
      .map((x) => [x.path, x.line, x.id] as const);
    expect(ids).toHaveLength(3);
    const sql = ids.find(([p, l]) => p === 'src/db/users.ts' && l === 11)!;
    expect(s).toContain(
      `| critical | \`src/db/users.ts\` | 11 | SQL injection through id | [comment](https://github.com/octo/shop/pull/17#discussion_r${sql[2]}) |`,
    );
    // Table rows most severe first.
    const sev = [...s.matchAll(/^\| (critical|major|minor|nit) \|/gm)].map((m) => m[1]);
    expect(sev).toEqual(['critical', 'major', 'minor', 'nit']);
    expect(s).toMatch(/\| Request 1\/1 \| answered \| 3 \| \d+ \| 1000 \| 200 \| \d+\.\d s \|/);
    expect(s).toContain('Files reviewed (3)');
    expect(s).toContain('`package-lock.json`: skipped by default');
  });
});

describe('full-file context', () => {
  const headText = 'import { pool } from "./pool";\n// HEAD VERSION of users.ts\nexport const x = 1;\n';
  const contents = {
    [HEAD]: { 'src/db/users.ts': headText },
    [BASE]: { 'src/db/users.ts': '// BASE VERSION\n' },
  };

  it('sends small changed files read at the head SHA, inside the untrusted region', async () => {
    await start(answerWith([]), contents);
    const run = await action();
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    // Reads at the base commit are the repository's configuration and instruction files.
    // The changed image (assets/logo.png) is read too, as an image (e2e-images.test.ts).
    const reads = gh.requests.filter(
      (r) => r.path.includes('/contents/') && r.query['ref'] === HEAD && !r.path.endsWith('.png'),
    );
    // Octokit encodes the slashes of `{path}` (%2F), which GitHub accepts.
    expect(reads.map((r) => [decodeURIComponent(r.path), r.query['ref']]).sort()).toEqual([
      ['/repos/octo/shop/contents/docs/guide new.md', HEAD],
      ['/repos/octo/shop/contents/src/db/users.ts', HEAD],
    ]);
    expect(model.requests).toHaveLength(1);
    const user = userMessage(model.requests[0]!);
    expect(user).toContain(
      '<context path="src/db/users.ts">\n1| import { pool } from "./pool";\n2| // HEAD VERSION of users.ts\n3| export const x = 1;\n</context>',
    );
    expect(user).not.toContain('BASE VERSION');
    const end = user.lastIndexOf('</diff-');
    expect(user.indexOf('<context path=')).toBeLessThan(end);
    expect(user.indexOf('<context path=')).toBeGreaterThan(user.indexOf('<diff-'));
    expect(run.stdout).toContain('Full-file context: 1 of 2 small changed file(s) added');
  });

  it('reads nothing when turned off', async () => {
    await start(answerWith([]), contents);
    const run = await action({ 'full-file-context': 'false', 'max-image-bytes': '0' });
    expectSuccess(run);
    expect(gh.requests.filter((r) => r.path.includes('/contents/') && r.query['ref'] === HEAD)).toEqual([]);
    expect(userMessage(model.requests[0]!)).not.toContain('<context');
  });
});
