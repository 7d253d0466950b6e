import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeModel, type FakeModel } from './support/fake-model.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'vtrix-review.js');

function cli(args: string[], opts: { cwd: string; env?: Record<string, string>; input?: string }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env['PATH'] ?? '', HOME: opts.cwd, NO_COLOR: '1', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** A real git repository: main with one file, a feature branch that changes it and adds another. */
function makeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vtrix-cli-'));
  const git = (...a: string[]) =>
    execFileSync('git', a, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'calc.js'), 'export function div(a, b) {\n  return a / b;\n}\n');
  git('add', '.');
  git('commit', '-qm', 'init');
  git('checkout', '-qb', 'feature');
  writeFileSync(
    join(dir, 'calc.js'),
    'export function div(a, b) {\n  if (b = 0) throw new Error("zero");\n  return a / b;\n}\n',
  );
  writeFileSync(join(dir, 'yarn.lock'), 'lock\n');
  git('add', '.');
  git('commit', '-qm', 'Guard division by zero');
  return dir;
}

let model: FakeModel | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

describe('vtrix-review command line', () => {
  it('prints the plan of a local range without an API key', async () => {
    const dir = makeRepo();
    const run = await cli(['--base', 'main'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('VTRIX_API_KEY is not set: showing the plan only (dry run).');
    expect(run.stdout).toMatch(/Plan for main\.\.\.HEAD \([0-9a-f]{7}\.\.[0-9a-f]{7}\)/);
    expect(run.stdout).toContain('Files: 2 changed, 1 to review, 1 skipped');
    expect(run.stdout).toContain('skip yarn.lock: skipped by default');
    expect(run.stdout).toMatch(/Requests: 1 /);
    expect(run.stdout).toMatch(/calc\.js: \d+ tokens/);
  });

  it('reviews a local range against the model and prints findings with their code', async () => {
    model = await startFakeModel({
      respond: (req) => {
        const user = req.body.messages[1].content as string;
        expect(user).toContain('Title: Guard division by zero');
        expect(user).toContain('2 +  if (b = 0) throw new Error("zero");');
        return {
          content: JSON.stringify({
            summary: 'The guard assigns instead of comparing.',
            comments: [
              {
                path: 'calc.js',
                line: 2,
                start_line: null,
                side: 'RIGHT',
                severity: 'major',
                title: 'Assignment in condition',
                body: '`b = 0` assigns; use `===`.',
                suggestion: '  if (b === 0) throw new Error("zero");',
              },
            ],
          }),
        };
      },
    });
    const dir = makeRepo();
    const run = await cli(['--base', 'main', '--base-url', model.url], {
      cwd: dir,
      env: { VTRIX_API_KEY: 'test-model-key' },
    });
    expect(run.stderr).toContain('Request 1/1');
    expect(run.code).toBe(0);
    expect(model.violations).toEqual([]);
    expect(run.stdout).toContain('The guard assigns instead of comparing.');
    expect(run.stdout).toContain('calc.js\n  2  MAJOR  Assignment in condition');
    expect(run.stdout).toContain('      2 +  if (b = 0) throw new Error("zero");');
    expect(run.stdout).toContain('        if (b === 0) throw new Error("zero");');
  });

  it('reads a diff file or standard input, and prints the plan with --dry-run', async () => {
    const dir = makeRepo();
    const fromFile = await cli(
      ['--diff', join(import.meta.dirname, '..', 'examples', 'sample.diff'), '--dry-run'],
      {
        cwd: dir,
        env: { VTRIX_API_KEY: 'unused' },
      },
    );
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).not.toContain('VTRIX_API_KEY is not set');
    expect(fromFile.stdout).toContain('Files: 6 changed, 3 to review, 3 skipped');
    const diff = execFileSync('git', ['diff', 'main', 'feature'], { cwd: dir, encoding: 'utf8' });
    const fromStdin = await cli(['--diff', '-'], { cwd: dir, input: diff });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toContain('Plan for standard input');
  });

  it('gives clear errors for bad usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vtrix-cli-nogit-'));
    const unknown = await cli(['--frobnicate'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
    const noGit = await cli([], { cwd: dir });
    expect(noGit.code).toBe(1);
    expect(noGit.stderr).toContain('not inside a git repository');
    const badEffort = await cli(['--diff', '-', '--reasoning-effort', 'max'], { cwd: dir, input: '' });
    expect(badEffort.code).toBe(1);
    expect(badEffort.stderr).toContain("Option '--reasoning-effort' must be one of low, medium, high, xhigh");
    const badBase = await cli(['--base', 'nope'], { cwd: makeRepo() });
    expect(badBase.code).toBe(1);
    expect(badBase.stderr).toContain('cannot resolve the range nope...HEAD');
  });
});
