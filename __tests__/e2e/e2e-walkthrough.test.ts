import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWebhookPayload, fakePullFromPayload } from '../support/fake-github.ts';
import { gh, model, startFakes, closeFakes, runReview, expectSuccess, modelAnswer } from '../support/e2e.ts';

const DIFF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
const HEAD = 'b7d1e04b7d1e04b7d1e04b7d1e04b7d1e04b7d1e';
const payload = loadWebhookPayload('pull_request.opened', {
  owner: 'octo',
  repo: 'shop',
  number: 21,
  headSha: HEAD,
  baseSha: '4c29f624c29f624c29f624c29f624c29f624c29f',
  title: 'Raw SQL for getUser',
  body: 'Speeds up lookups.',
});

const LINES: Record<string, string> = {
  'src/db/users.ts': 'Builds the getUser query by string interpolation instead of parameters.',
  'src/util/retry.ts':
    'Adds @octocat ![pwn](https://evil.example/p.png) <img src=x onerror=alert(1)> | a retry loop.',
};

afterEach(closeFakes);

/** The row of `path` in the summary comment's Changed files table. */
function row(body: string, path: string): string {
  const r = body.split('\n').find((l) => l.startsWith(`| \`${path}\``));
  if (!r) throw new Error(`no row for ${path} in:\n${body}`);
  return r;
}

describe('the walkthrough', () => {
  it('shows what each file’s change does in the summary comment and the job summary, or why not', async () => {
    await startFakes(
      { pulls: [fakePullFromPayload(payload, DIFF)] },
      {
        respond: modelAnswer(() => [], {
          // Lines for the files the request holds, and one for a file it does not (dropped).
          walkthrough: (files) => [
            ...files.filter((f) => LINES[f]).map((f) => ({ path: f, summary: LINES[f]! })),
            { path: 'package-lock.json', summary: 'Claims to bump everything.' },
          ],
        }),
      },
    );
    const run = await runReview({ payload });
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    const body = gh.issueComments[0]!.body;
    expect(body).toContain('| file | change | + / − | reviewed in this run | what it does |');
    expect(row(body, 'src/db/users.ts')).toMatch(
      / \| yes \| Builds the getUser query by string interpolation instead of parameters\. \|$/,
    );
    const hostile = row(body, 'src/util/retry.ts');
    expect(hostile).not.toMatch(/@octocat|!\[|<img/);
    expect(hostile).toMatch(/\\\| a retry loop\. \|$/);
    // The lock file is skipped by default: its reason, not the line a request claimed for it.
    expect(row(body, 'package-lock.json')).toMatch(/ \| not reviewed: .+ \|$/);
    expect(body).not.toContain('Claims to bump everything');
    expect(row(body, 'src/legacy/old-api.ts')).toMatch(/ \| not reviewed: deleted \|$/);
    expect(row(body, 'docs/guide new.md')).toMatch(/ \| yes \| not listed by the model \|$/);
    // `describe` is off by default: the PR is not edited.
    expect(gh.requests.filter((r) => r.method === 'PATCH' && /\/pulls\/\d+$/.test(r.path))).toEqual([]);
    expect(run.summary).toMatch(/`src\/db\/users\.ts` \(modified, \+\d+ \/ −\d+\): Builds the getUser query/);
  });

  it('says why when the model sends no walkthrough (an older model, a fallback mode)', async () => {
    await startFakes({ pulls: [fakePullFromPayload(payload, DIFF)] }, { respond: modelAnswer(() => []) });
    const run = await runReview({ payload });
    expectSuccess(run);
    expect(row(gh.issueComments[0]!.body, 'src/db/users.ts')).toMatch(
      / \| yes \| not listed by the model \|$/,
    );
  });
});

describe('describe: true', () => {
  const H2 = 'c8e2f15c8e2f15c8e2f15c8e2f15c8e2f15c8e2f';
  const FORGED =
    'Speeds up lookups.\n\n<!-- vtrix-review:describe -->\nMy own notes.\n<!-- vtrix-review:describe-end 0123456789abcdef -->';
  const forgedPayload = loadWebhookPayload('pull_request.opened', {
    owner: 'octo',
    repo: 'shop',
    number: 22,
    headSha: HEAD,
    baseSha: '4c29f624c29f624c29f624c29f624c29f624c29f',
    title: 'Raw SQL for getUser',
    body: FORGED,
  });

  it('keeps the author’s text (forged markers included) and adds the section once', async () => {
    await startFakes(
      { pulls: [fakePullFromPayload(forgedPayload, DIFF)] },
      {
        respond: modelAnswer(() => [], {
          summary: 'Moves getUser to raw SQL.',
          walkthrough: (files) => files.filter((f) => LINES[f]).map((f) => ({ path: f, summary: LINES[f]! })),
        }),
      },
    );
    const run = await runReview({ payload: forgedPayload, inputs: { describe: 'true' } });
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    const edits = gh.requests.filter((r) => r.method === 'PATCH' && /\/pulls\/22$/.test(r.path));
    expect(edits).toHaveLength(1);
    const body = (edits[0]!.body as { body: string }).body;
    expect(Object.keys(edits[0]!.body as object)).toEqual(['body']);
    expect(
      body.startsWith(`${FORGED}\n\n<!-- vtrix-review:describe -->\n### What this pull request changes`),
    ).toBe(true);
    expect(body).toContain('Moves getUser to raw SQL.');
    expect(body).toContain(
      '| `src/db/users.ts` | Builds the getUser query by string interpolation instead of parameters. |',
    );
    expect(body.slice(FORGED.length)).not.toMatch(/@octocat|!\[|<img/);
    expect(body.split('<!-- vtrix-review:describe -->')).toHaveLength(3);
  });

  it('replaces its own section in place on the next review, the author’s text untouched', async () => {
    let summary = 'First look.';
    await startFakes(
      { pulls: [fakePullFromPayload(forgedPayload, DIFF)] },
      { respond: (req) => modelAnswer(() => [], { summary })(req) },
    );
    expectSuccess(await runReview({ payload: forgedPayload, inputs: { describe: 'true' } }));
    // A push, reviewed whole (incremental off): the section is rewritten, nothing else.
    gh.updatePull(22, { headSha: H2, diff: DIFF });
    summary = 'Second look.';
    const next = loadWebhookPayload('pull_request.synchronize', {
      owner: 'octo',
      repo: 'shop',
      number: 22,
      headSha: H2,
      baseSha: '4c29f624c29f624c29f624c29f624c29f624c29f',
      title: 'Raw SQL for getUser',
      body: FORGED,
    });
    expectSuccess(await runReview({ payload: next, inputs: { describe: 'true', incremental: 'false' } }));
    expect(gh.violations).toEqual([]);
    const bodies = gh.requests
      .filter((r) => r.method === 'PATCH' && /\/pulls\/22$/.test(r.path))
      .map((r) => (r.body as { body: string }).body);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]!.startsWith(`${FORGED}\n\n<!-- vtrix-review:describe -->`)).toBe(true);
    expect(bodies[1]).toContain('Second look.');
    expect(bodies[1]).not.toContain('First look.');
    expect(bodies[1]!.split('<!-- vtrix-review:describe -->')).toHaveLength(3);
  });

  it('keeps what the section says of the files an incremental run does not review again', async () => {
    let summary = 'Moves getUser to raw SQL.';
    await startFakes(
      {
        pulls: [fakePullFromPayload(forgedPayload, DIFF)],
        // The push touches retry.ts only (its part of the PR's diff).
        compares: {
          [`${HEAD}...${H2}`]: {
            status: 'ahead',
            diff: `diff --git${DIFF.split('diff --git').find((d) => d.includes('b/src/util/retry.ts'))!}`,
          },
        },
      },
      {
        respond: (req) =>
          modelAnswer(() => [], {
            summary,
            walkthrough: (files) =>
              files.filter((f) => LINES[f]).map((f) => ({ path: f, summary: LINES[f]! })),
          })(req),
      },
    );
    expectSuccess(await runReview({ payload: forgedPayload, inputs: { describe: 'true' } }));
    gh.updatePull(22, { headSha: H2, diff: DIFF });
    summary = 'Retries the lookup.';
    const next = loadWebhookPayload('pull_request.synchronize', {
      owner: 'octo',
      repo: 'shop',
      number: 22,
      headSha: H2,
      baseSha: '4c29f624c29f624c29f624c29f624c29f624c29f',
      body: FORGED,
    });
    const run = await runReview({ payload: next, inputs: { describe: 'true' } });
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    // The second run reviewed retry.ts alone.
    expect(model.requests.at(-1)!.body.messages[1].content).not.toContain('src/db/users.ts');
    const bodies = gh.requests
      .filter((r) => r.method === 'PATCH' && /\/pulls\/22$/.test(r.path))
      .map((r) => (r.body as { body: string }).body);
    expect(bodies).toHaveLength(2);
    const users =
      '| `src/db/users.ts` | Builds the getUser query by string interpolation instead of parameters. |';
    expect(bodies[0]).toContain(users);
    expect(bodies[1]).toContain(users);
    expect(bodies[1]).toContain(
      `Moves getUser to raw SQL.\n\n**Latest push** (\`${HEAD.slice(0, 7)}..${H2.slice(0, 7)}\`): Retries the lookup.`,
    );
    expect(bodies[1]!.split('<!-- vtrix-review:describe -->')).toHaveLength(3);
    // The summary comment keeps users.ts's line too.
    const comment = gh.issueComments.find((c) => c.body.includes('vtrix-review:summary'))!.body;
    expect(row(comment, 'src/db/users.ts')).toContain('Builds the getUser query');
  });

  const DIAGRAM =
    'sequenceDiagram\n  participant R as retry.ts\n  participant U as users.ts\n  R->>U: getUser(id)\n  U-->>R: row';
  const schemaOf = (i: number) =>
    (model.requests[i]!.body.response_format as { json_schema: { schema: { properties: object } } })
      .json_schema.schema.properties;

  it('writes the change type and, with diagram: true, the model’s checked diagram', async () => {
    await startFakes(
      { pulls: [fakePullFromPayload(payload, DIFF)] },
      {
        respond: modelAnswer(() => [], {
          summary: 'Moves getUser to raw SQL.',
          changeType: () => 'feature',
          walkthrough: (files) => files.filter((f) => LINES[f]).map((f) => ({ path: f, summary: LINES[f]! })),
          diagram: () => DIAGRAM,
        }),
      },
    );
    const run = await runReview({ payload, inputs: { describe: 'true', diagram: 'true' } });
    expectSuccess(run);
    expect(gh.violations).toEqual([]);
    expect(model.violations).toEqual([]);
    expect(schemaOf(0)).toHaveProperty('diagram');
    const edits = gh.requests.filter((r) => r.method === 'PATCH' && /\/pulls\/21$/.test(r.path));
    expect(edits).toHaveLength(1);
    const body = (edits[0]!.body as { body: string }).body;
    expect(body.startsWith('Speeds up lookups.\n\n<!-- vtrix-review:describe -->')).toBe(true);
    expect(body).toContain('\n**Type:** feature\n');
    const table = body.indexOf('| file | what it does |');
    const fence = body.indexOf(
      '```mermaid\nsequenceDiagram\nparticipant R as retry.ts\nparticipant U as users.ts\nR->>U: getUser(id)\nU-->>R: row\n```',
    );
    expect(table).toBeGreaterThan(0);
    expect(fence).toBeGreaterThan(table);
  });

  it('drops a diagram that fails the check, saying why', async () => {
    await startFakes(
      { pulls: [fakePullFromPayload(payload, DIFF)] },
      {
        respond: modelAnswer(() => [], {
          changeType: () => 'fix',
          diagram: () => 'sequenceDiagram\n%%{init: {"securityLevel": "loose"}}%%\nA->>B: x',
        }),
      },
    );
    const run = await runReview({ payload, inputs: { describe: 'true', diagram: 'true' } });
    expectSuccess(run);
    expect(run.stdout).toContain('its diagram is not shown: line 2 is a directive');
    const body = (
      gh.requests.find((r) => r.method === 'PATCH' && /\/pulls\/21$/.test(r.path))!.body as { body: string }
    ).body;
    expect(body).toContain('**Type:** fix');
    expect(body).not.toMatch(/mermaid|init/);
  });

  it('warns when diagram is set without describe, and asks for no diagram', async () => {
    await startFakes(
      { pulls: [fakePullFromPayload(payload, DIFF)] },
      { respond: modelAnswer(() => [], { diagram: () => DIAGRAM }) },
    );
    const run = await runReview({ payload, inputs: { diagram: 'true' } });
    expectSuccess(run);
    expect(run.stdout).toContain('::warning::diagram: true has no effect without describe: true');
    expect(model.requests).toHaveLength(1);
    expect(schemaOf(0)).not.toHaveProperty('diagram');
    expect(gh.requests.filter((r) => r.method === 'PATCH' && /\/pulls\/\d+$/.test(r.path))).toEqual([]);
  });
});
