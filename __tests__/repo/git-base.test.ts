/** The command line's base commit reads and file history, from a temporary git repository. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countTokens } from '../../src/chunk/tokens.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { gitBaseFiles, gitFileHistory, gitRepository } from '../../src/repo/git.ts';
import { createToolBox } from '../../src/tools/toolbox.ts';

let root: string;
let base: string;
let head: string;
const env = (date: string) => ({
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada Lovelace',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_AUTHOR_DATE: date,
  GIT_COMMITTER_DATE: date,
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: root,
});
let day = 1;
const git = (...args: string[]) =>
  execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    env: env(`2024-03-${String(day).padStart(2, '0')}T10:00:00+02:00`),
  }).trim();
function commit(message: string): string {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  day++;
  return git('rev-parse', 'HEAD');
}
function write(path: string, content: string | Buffer): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'git-base-test-'));
  git('init', '-q', '-b', 'main');
  git('config', 'core.symlinks', 'true');
  write('src/app.ts', 'export const x = 1;\nexport default x;\n');
  write('src/*.ts', 'a file named with a star\n');
  write('--help', 'a file named like an option\n');
  write('img.bin', Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20)]));
  symlinkSync('/etc/passwd', join(root, 'passwd'));
  commit('Add the app');
  write('src/app.ts', 'export const x = 1;\nexport const y = 2;\nexport default x;\n');
  commit('Add y\n\nA body line that is not shown.');
  write('src/other.ts', 'export {};\n');
  base = commit('Add other');
  git('checkout', '-q', '-b', 'feature');
  write('src/app.ts', 'export const x = 3;\nexport const y = 2;\nexport default x;\n');
  write('src/new.ts', 'export const fresh = true;\n');
  head = commit('Change x: the feature');
  // After the reviewed head: never in its history.
  write('src/app.ts', 'later\n');
  commit('A later commit');
  // The working tree differs again: never read.
  write('src/app.ts', 'uncommitted\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('gitFileHistory', () => {
  it('lists the commits that touched a path up to the ref, newest first, with UTC dates', async () => {
    const h = await gitFileHistory(root, head, 'src/app.ts', 20);
    expect(h.map((c) => c.message)).toEqual(['Change x: the feature', 'Add y', 'Add the app']);
    expect(h[0]).toEqual({
      sha: head,
      date: '2024-03-04T08:00:00.000Z',
      author: 'Ada Lovelace',
      message: 'Change x: the feature',
    });
  });

  it('stops at the limit', async () => {
    const h = await gitFileHistory(root, head, 'src/app.ts', 2);
    expect(h.map((c) => c.message)).toEqual(['Change x: the feature', 'Add y']);
  });

  it('reads the path literally, after `--`: no glob, no option', async () => {
    expect((await gitFileHistory(root, head, 'src/*.ts', 20)).map((c) => c.message)).toEqual(['Add the app']);
    expect((await gitFileHistory(root, head, '--help', 20)).map((c) => c.message)).toEqual(['Add the app']);
    expect(await gitFileHistory(root, head, 'no/such/file', 20)).toEqual([]);
  });

  it('refuses a ref that could be read as an option, and a path outside the repository', async () => {
    await expect(gitFileHistory(root, '--output=/tmp/x', 'src/app.ts', 5)).rejects.toThrow(
      /not a git revision/,
    );
    await expect(gitFileHistory(root, head, '../../etc/passwd', 5)).rejects.toThrow(/`\.\.` is refused/);
    await expect(gitFileHistory(root, head, '/etc/passwd', 5)).rejects.toThrow(/absolute paths are refused/);
  });
});

describe('gitBaseFiles', () => {
  it('reads a file at the base commit, never the head or the working tree', async () => {
    const b = gitBaseFiles(root, base);
    expect(b.label).toBe(`base commit ${base.slice(0, 7)}`);
    expect(await b.read('src/app.ts')).toMatchObject({
      ok: true,
      text: 'export const x = 1;\nexport const y = 2;\nexport default x;\n',
    });
    expect(await b.read('src/new.ts')).toMatchObject({ ok: false, why: 'missing' });
    expect(await b.read('img.bin')).toMatchObject({ ok: false, why: 'binary' });
    expect(await b.read('passwd')).toMatchObject({ ok: false, why: 'symlink-outside' });
    for (const p of ['../../etc/passwd', '/etc/passwd'])
      expect(await b.read(p)).toMatchObject({ ok: false, why: 'bad-path' });
  });

  it('lists nothing until the first read, and says so when the base cannot be read', async () => {
    const bad = gitBaseFiles(root, 'no-such-commit');
    await expect(bad.read('src/app.ts')).rejects.toThrow(/git rev-parse failed/);
  });
});

describe('the tools on the command line', () => {
  it('answer read_file at base and file_history from git', async () => {
    const diff = execFileSync('git', ['-C', root, 'diff', base, head], { encoding: 'utf8' });
    const box = createToolBox({
      repo: await gitRepository(root, head),
      files: parseDiff(diff),
      base: gitBaseFiles(root, base),
      history: (p) => gitFileHistory(root, head, p, 20),
      maxResultTokens: 20_000,
      count: countTokens,
    });
    const old = await box.call('read_file', JSON.stringify({ path: 'src/app.ts', commit: 'base' }));
    expect(old.content).toContain('L1 -export const x = 1;\nL2  export const y = 2;\nL3  export default x;');
    const added = await box.call('read_file', JSON.stringify({ path: 'src/new.ts', commit: 'base' }));
    expect(added.ok).toBe(false);
    expect(added.content).toMatch(
      /src\/new\.ts is added by this pull request: it has no text at the base commit/,
    );
    const h = await box.call('file_history', JSON.stringify({ path: 'src/app.ts' }));
    expect(h.content).toContain('Commits that touched src/app.ts, newest first:');
    expect(h.content).toContain(`${head.slice(0, 12)} 2024-03-04 Ada Lovelace: Change x: the feature`);
    expect(h.content).not.toContain('A later commit');
  });
});
