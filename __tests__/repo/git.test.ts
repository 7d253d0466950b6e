import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitRepository, holdsCommit } from '../../src/repo/git.ts';

let root: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
    },
  }).trim();

function write(path: string, content: string | Buffer): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'git-repo-test-'));
  git('init', '-q', '-b', 'main');
  git('config', 'core.symlinks', 'true');
  write('README.md', '# committed\n');
  write('src/a.ts', 'export const a = 1;\n');
  write('img.bin', Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20)]));
  write('big.txt', 'x'.repeat(3000));
  write('model.bin', 'version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 9\n');
  symlinkSync('src/a.ts', join(root, 'alias.ts'));
  symlinkSync('/etc/passwd', join(root, 'passwd'));
  symlinkSync('../../.ssh/id_rsa', join(root, 'key'));
  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
  symlinkSync('src', join(root, 'srcdir'));
  git('add', '-A');
  git('commit', '-q', '-m', 'one');
  write('README.md', '# second commit\n');
  git('commit', '-q', '-am', 'two');
  // The working tree differs from every commit: it must never be what is read.
  write('README.md', '# uncommitted edit\n');
  write('untracked.txt', 'secret\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('gitRepository', () => {
  it('lists the tree of the ref, links as links with their target', async () => {
    const repo = await gitRepository(root, 'HEAD~1');
    const sha = git('rev-parse', 'HEAD~1');
    expect(repo.label).toBe(`git at HEAD~1 (${sha.slice(0, 7)})`);
    expect(repo.entries().map((e) => [e.path, e.kind, e.target])).toEqual([
      ['README.md', 'file', undefined],
      ['alias.ts', 'symlink', 'src/a.ts'],
      ['big.txt', 'file', undefined],
      ['img.bin', 'file', undefined],
      ['key', 'symlink', '../../.ssh/id_rsa'],
      ['loop-a', 'symlink', 'loop-b'],
      ['loop-b', 'symlink', 'loop-a'],
      ['model.bin', 'file', undefined],
      ['passwd', 'symlink', '/etc/passwd'],
      ['src/a.ts', 'file', undefined],
      ['srcdir', 'symlink', 'src'],
    ]);
    await repo.dispose();
    await repo.dispose();
  });

  it('reads text from the commit, never the working tree', async () => {
    expect(await (await gitRepository(root, 'HEAD~1')).read('README.md')).toEqual({
      ok: true,
      path: 'README.md',
      text: '# committed\n',
      size: 12,
    });
    const head = await gitRepository(root, 'main');
    expect(await head.read('README.md')).toMatchObject({ ok: true, text: '# second commit\n' });
    expect(await head.read('untracked.txt')).toMatchObject({ ok: false, why: 'missing' });
  });

  it('follows links only inside the tree', async () => {
    const repo = await gitRepository(root, 'HEAD');
    expect(await repo.read('alias.ts')).toMatchObject({ ok: true, text: 'export const a = 1;\n' });
    expect(await repo.read('srcdir/a.ts')).toMatchObject({ ok: true, text: 'export const a = 1;\n' });
    expect(await repo.read('passwd')).toMatchObject({ ok: false, why: 'symlink-outside' });
    expect(await repo.read('key')).toMatchObject({ ok: false, why: 'symlink-outside' });
    expect(await repo.read('loop-a')).toMatchObject({ ok: false, why: 'symlink-loop' });
    expect(await repo.read('srcdir')).toMatchObject({ ok: false, why: 'directory' });
  });

  it('refuses bad paths, and says what is binary, an LFS pointer or too large', async () => {
    const repo = await gitRepository(root, 'HEAD', { maxFileBytes: 2000 });
    for (const p of ['../../etc/passwd', '/etc/passwd', 'src/../../x', 'a\0b'])
      expect(await repo.read(p)).toMatchObject({ ok: false, why: 'bad-path' });
    expect(await repo.read('img.bin')).toMatchObject({ ok: false, why: 'binary' });
    expect(await repo.read('model.bin')).toMatchObject({ ok: false, why: 'lfs-pointer' });
    expect(await repo.read('big.txt')).toMatchObject({
      ok: false,
      why: 'too-large',
      detail: 'big.txt is 3000 bytes, over the 2000 bytes a file may have to be read',
    });
  });

  it('refuses a ref that could be read as an option, and names an unknown one', async () => {
    await expect(gitRepository(root, '--output=/tmp/x')).rejects.toThrow(/not starting with '-'/);
    await expect(gitRepository(root, 'no-such-branch')).rejects.toThrow(/git rev-parse failed/);
  });
});

describe('gitRepository reads', () => {
  it('go through one git process however many there are, in order, even at once', () => {
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const bin = mkdtempSync(join(tmpdir(), 'counting-git-'));
    const calls = join(bin, 'calls');
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> ${calls}\nexec ${realGit} "$@"\n`, {
      mode: 0o755,
    });
    // In a process of its own: the git it runs is the counting one first on its PATH.
    const script = `import { gitRepository } from ${JSON.stringify(join(import.meta.dirname, '../../src/repo/git.ts'))};
const repo = await gitRepository(${JSON.stringify(root)}, 'HEAD');
const paths = ['README.md', 'src/a.ts', 'alias.ts', 'big.txt', 'model.bin'];
const out = [];
for (let i = 0; i < 5; i++)
  out.push((await Promise.all(paths.map((p) => repo.read(p)))).map((r) => (r.ok ? r.text.slice(0, 16) : r.why)));
await repo.dispose();
out.push(await repo.read('README.md').catch((e) => e.message));
process.stdout.write(JSON.stringify(out));`;
    try {
      const out = JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], {
          encoding: 'utf8',
          timeout: 20_000,
          env: { ...process.env, PATH: `${bin}:${process.env['PATH']}`, NODE_OPTIONS: '' },
        }),
      ) as unknown[];
      const round = [
        '# second commit\n',
        'export const a =',
        'export const a =',
        'x'.repeat(16),
        'lfs-pointer',
      ];
      expect(out).toEqual([round, round, round, round, round, expect.stringMatching(/was disposed/)]);
      const catFiles = readFileSync(calls, 'utf8')
        .split('\n')
        .filter((l) => / cat-file /.test(l));
      // One for the links' targets when the tree is listed, one for every read after.
      expect(catFiles).toHaveLength(2);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('do not keep the program alive once done, without a dispose', () => {
    const script = `import { gitRepository } from ${JSON.stringify(join(import.meta.dirname, '../../src/repo/git.ts'))};
const repo = await gitRepository(${JSON.stringify(root)}, 'HEAD');
const r = await repo.read('src/a.ts');
process.stdout.write(r.ok ? r.text : r.detail);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 10_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(out).toBe('export const a = 1;\n');
  });
});

describe('holdsCommit', () => {
  it('says yes for a commit the repository holds, from any directory in it', async () => {
    expect(await holdsCommit(root, git('rev-parse', 'HEAD~1'))).toEqual({ ok: true });
    expect(await holdsCommit(join(root, 'src'), git('rev-parse', 'HEAD'))).toEqual({ ok: true });
  });

  it('says no, and why, for a commit it lacks, a tree, a short or odd SHA, and a directory outside git', async () => {
    expect(await holdsCommit(root, 'f'.repeat(40))).toEqual({
      ok: false,
      why: 'it does not hold the commit fffffff',
    });
    const tree = git('rev-parse', 'HEAD^{tree}');
    expect(await holdsCommit(root, tree)).toEqual({
      ok: false,
      why: `it does not hold the commit ${tree.slice(0, 7)}`,
    });
    expect(await holdsCommit(root, 'HEAD')).toEqual({ ok: false, why: "'HEAD' is not a full commit SHA" });
    expect(await holdsCommit(root, '--output=/tmp/x')).toMatchObject({ ok: false });
    const outside = mkdtempSync(join(tmpdir(), 'not-git-'));
    try {
      expect(await holdsCommit(outside, git('rev-parse', 'HEAD'))).toMatchObject({
        ok: false,
        why: expect.stringContaining('not a git repository'),
      });
      expect(await holdsCommit(join(outside, 'missing'), git('rev-parse', 'HEAD'))).toMatchObject({
        ok: false,
        why: expect.stringContaining('cannot change to'),
      });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says no for a shallow clone of another commit, and for a partial clone', async () => {
    const clones = mkdtempSync(join(tmpdir(), 'clones-'));
    try {
      const url = `file://${root}`;
      execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'main', url, join(clones, 'shallow')]);
      expect(await holdsCommit(join(clones, 'shallow'), git('rev-parse', 'HEAD'))).toEqual({ ok: true });
      expect(await holdsCommit(join(clones, 'shallow'), git('rev-parse', 'HEAD~1'))).toEqual({
        ok: false,
        why: `it does not hold the commit ${git('rev-parse', 'HEAD~1').slice(0, 7)}`,
      });
      execFileSync('git', ['-C', root, 'config', 'uploadpack.allowFilter', 'true']);
      execFileSync('git', [
        'clone',
        '-q',
        '--filter=blob:none',
        '--no-checkout',
        url,
        join(clones, 'partial'),
      ]);
      expect(await holdsCommit(join(clones, 'partial'), git('rev-parse', 'HEAD'))).toEqual({
        ok: false,
        why: 'it is a partial clone: its files would be fetched one by one',
      });
    } finally {
      rmSync(clones, { recursive: true, force: true });
    }
  });

  it('says no when git is not there, or does not answer in time', async () => {
    const head = git('rev-parse', 'HEAD');
    const bin = mkdtempSync(join(tmpdir(), 'slow-git-'));
    // A git that never answers (a node script: nothing else is on its PATH).
    writeFileSync(join(bin, 'git'), `#!${process.execPath}\nsetTimeout(() => {}, 5000);\n`, { mode: 0o755 });
    const path = process.env['PATH'];
    try {
      process.env['PATH'] = join(bin, 'nothing-here');
      expect(await holdsCommit(root, head)).toEqual({ ok: false, why: 'git is not installed' });
      process.env['PATH'] = bin;
      expect(await holdsCommit(root, head, 200)).toEqual({
        ok: false,
        why: 'git did not answer within 200 ms',
      });
    } finally {
      process.env['PATH'] = path;
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
