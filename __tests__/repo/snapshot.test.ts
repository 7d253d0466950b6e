import { randomBytes } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSnapshot, type Snapshot } from '../../src/repo/snapshot.ts';
import { entry, repositoryTarball, tarGz, type RepoFile } from '../support/tar.ts';

const TOP = 'acme-widgets-0123abc';
const SHA = '0123abc'.padEnd(40, '0');
const LFS = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 12345\n';

let dir: string;
const open: Snapshot[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'snapshot-test-'));
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function snap(
  files: Record<string, RepoFile>,
  caps: { maxFileBytes?: number; maxTotalBytes?: number } = {},
  tarball = repositoryTarball(files, TOP, SHA),
): Promise<Snapshot> {
  const s = await createSnapshot({
    tarball,
    label: 'snapshot of 0123abc',
    dir,
    maxFileBytes: caps.maxFileBytes ?? 1024 * 1024,
    maxTotalBytes: caps.maxTotalBytes ?? 64 * 1024 * 1024,
  });
  open.push(s);
  return s;
}

/** Every path under `root` on disk, with whether it is a link. */
function onDisk(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .map((p) => `${p}${lstatSync(join(root, p)).isSymbolicLink() ? ' (link)' : ''}`)
    .sort();
}

describe('createSnapshot', () => {
  it('lists and reads files, writes them 0644 under a fresh directory, and never writes a link', async () => {
    const s = await snap({
      'README.md': '# hi\n',
      'src/a.ts': 'export const a = 1;\n',
      'run.sh': '#!/bin/sh\nrm -rf /\n',
      'docs/link.md': { symlink: '../README.md' },
    });
    expect(s.label).toBe('snapshot of 0123abc');
    expect(s.root.startsWith(join(dir, 'vtrix-snapshot-'))).toBe(true);
    expect(s.entries()).toEqual([
      { path: 'README.md', kind: 'file', size: 5 },
      { path: 'docs/link.md', kind: 'symlink', size: 12, target: '../README.md' },
      { path: 'run.sh', kind: 'file', size: 19 },
      { path: 'src/a.ts', kind: 'file', size: 20 },
    ]);
    expect(await s.read('src/a.ts')).toEqual({
      ok: true,
      path: 'src/a.ts',
      text: 'export const a = 1;\n',
      size: 20,
    });
    expect(await s.read('./src//a.ts')).toMatchObject({ ok: true, text: 'export const a = 1;\n' });
    expect(await s.read('docs/link.md')).toMatchObject({ ok: true, path: 'docs/link.md', text: '# hi\n' });
    expect(statSync(join(s.root, 'run.sh')).mode & 0o777).toBe(0o644);
    // docs/ holds only a link: it exists in the index, not on disk.
    expect(onDisk(s.root)).toEqual(['README.md', 'run.sh', 'src', 'src/a.ts']);
    expect(s.report).toMatchObject({ files: 3, symlinks: 1, written: 3, capped: false, skipped: [] });
  });

  it('refuses bad paths before any lookup', async () => {
    const s = await snap({ 'a.txt': 'a' });
    for (const p of ['../../etc/passwd', '/etc/passwd', 'a/../../x', 'a\0b', '', 'C:\\x'])
      expect(await s.read(p)).toMatchObject({ ok: false, why: 'bad-path' });
    expect(await s.read('nope.txt')).toMatchObject({
      ok: false,
      why: 'missing',
      detail: 'nope.txt does not exist in the repository',
    });
    expect(await s.read('a.txt/b')).toMatchObject({ ok: false, why: 'missing' });
  });

  it('skips hostile entries of the archive, with why, and writes nothing outside', async () => {
    const tarball = tarGz([
      entry({ name: `${TOP}/`, type: '5' }),
      entry({ name: `${TOP}/ok.txt`, data: 'ok' }),
      entry({ name: `${TOP}/../../etc/passwd`, data: 'root' }),
      entry({ name: '/tmp/abs.txt', data: 'abs' }),
      entry({ name: `${TOP}/hard.txt`, type: '1', linkname: `${TOP}/ok.txt` }),
      entry({ name: `${TOP}/hard-out`, type: '1', linkname: '/etc/passwd' }),
      entry({ name: `${TOP}/hard-later`, type: '1', linkname: `${TOP}/later.txt` }),
      entry({ name: `${TOP}/later.txt`, data: 'later' }),
      entry({ name: `${TOP}/ok.txt/under`, data: 'x' }),
    ]);
    const s = await snap({}, {}, tarball);
    expect(s.entries().map((e) => e.path)).toEqual(['hard.txt', 'later.txt', 'ok.txt']);
    expect(await s.read('hard.txt')).toMatchObject({ ok: true, text: 'ok' });
    expect(s.report.skipped.map((k) => k.reason)).toEqual([
      expect.stringContaining('`..` is refused'),
      expect.stringContaining('absolute paths are refused'),
      expect.stringContaining("hard link's target is refused"),
      'a hard link to later.txt, which is not a file earlier in the archive',
      'ok.txt, above it, is a file or a link, not a directory',
    ]);
    expect(onDisk(s.root)).toEqual(['hard.txt', 'later.txt', 'ok.txt']);
    expect(existsSync(join(dir, 'etc'))).toBe(false);
  });

  it('follows symbolic links only inside the repository: a chain, never out, never a loop', async () => {
    const s = await snap({
      'real/file.ts': 'real\n',
      'a.ts': { symlink: 'b.ts' },
      'b.ts': { symlink: 'sub/c.ts' },
      'sub/c.ts': { symlink: '../real/file.ts' },
      dirlink: { symlink: 'real' },
      passwd: { symlink: '/etc/passwd' },
      ssh: { symlink: '../../.ssh/id_rsa' },
      'sub/up': { symlink: '../../x' },
      loop1: { symlink: 'loop2' },
      loop2: { symlink: 'loop1' },
      self: { symlink: '.' },
      dangling: { symlink: 'nowhere.ts' },
      todir: { symlink: 'real' },
    });
    expect(await s.read('a.ts')).toMatchObject({ ok: true, path: 'a.ts', text: 'real\n' });
    expect(await s.read('dirlink/file.ts')).toMatchObject({ ok: true, text: 'real\n' });
    expect(await s.read('passwd')).toMatchObject({
      ok: false,
      why: 'symlink-outside',
      detail: expect.stringContaining('passwd is a symbolic link to "/etc/passwd", outside the repository'),
    });
    expect(await s.read('ssh')).toMatchObject({ ok: false, why: 'symlink-outside' });
    expect(await s.read('sub/up')).toMatchObject({ ok: false, why: 'symlink-outside' });
    expect(await s.read('loop1')).toMatchObject({
      ok: false,
      why: 'symlink-loop',
      detail: expect.stringContaining('more than 8 symbolic links'),
    });
    expect(await s.read('self/self/self/self/self/self/self/self/self/a.ts')).toMatchObject({
      why: 'symlink-loop',
    });
    expect(await s.read('self/self/real/file.ts')).toMatchObject({ ok: true, text: 'real\n' });
    expect(await s.read('dangling')).toMatchObject({
      ok: false,
      why: 'missing',
      detail: expect.stringContaining('through dangling -> nowhere.ts'),
    });
    expect(await s.read('todir')).toMatchObject({ ok: false, why: 'directory' });
    expect(await s.read('real')).toMatchObject({
      ok: false,
      why: 'directory',
      detail: 'real is a directory: list it instead',
    });
  });

  it('recognises binary files and Git LFS pointers', async () => {
    const s = await snap({
      'img.png': {
        bytes: Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.alloc(10),
          randomBytes(100),
        ]),
      },
      'late-nul.txt': { bytes: Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.alloc(1)]) },
      'model.bin': LFS,
      'crlf-lfs.bin': LFS.replace(/\n/g, '\r\n'),
      'mentions-lfs.md': `See:\n${LFS}`,
    });
    expect(await s.read('img.png')).toMatchObject({
      ok: false,
      why: 'binary',
      detail: expect.stringContaining('binary file (118 bytes)'),
    });
    // Only the first 8,000 bytes are looked at, as git does.
    expect(await s.read('late-nul.txt')).toMatchObject({ ok: true, size: 9001 });
    expect(await s.read('model.bin')).toMatchObject({ ok: false, why: 'lfs-pointer' });
    expect(await s.read('crlf-lfs.bin')).toMatchObject({ ok: false, why: 'lfs-pointer' });
    expect(await s.read('mentions-lfs.md')).toMatchObject({ ok: true });
  });

  it('lists a file over maxFileBytes without writing it, and says its size', async () => {
    // 50 MB of varied text (it compresses, but not to nothing), against a 1 MB cap.
    const line = 'const value = Math.random(); // padding for a large generated file\n';
    const big = Buffer.alloc(50 * 1024 * 1024, line);
    const s = await snap(
      { 'small.ts': 'x\n', 'gen/big.ts': { bytes: big }, 'via-link.ts': { symlink: 'gen/big.ts' } },
      { maxFileBytes: 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 },
    );
    expect(s.entries().find((e) => e.path === 'gen/big.ts')).toEqual({
      path: 'gen/big.ts',
      kind: 'file',
      size: 52428800,
    });
    expect(await s.read('gen/big.ts')).toEqual({
      ok: false,
      path: 'gen/big.ts',
      why: 'too-large',
      detail: 'gen/big.ts is 52428800 bytes, over the 1048576 bytes a file may have to be read',
    });
    expect(await s.read('via-link.ts')).toMatchObject({
      why: 'too-large',
      detail: expect.stringContaining(
        'via-link.ts (the symbolic link leads to gen/big.ts) is 52428800 bytes',
      ),
    });
    expect(existsSync(join(s.root, 'gen/big.ts'))).toBe(false);
    expect(s.report).toMatchObject({ tooLarge: 1, written: 1, bytesWritten: 2 });
  });

  it('stops writing at maxTotalBytes and says the snapshot hit its cap', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10; i++) files[`f${i}.txt`] = String(i).repeat(100);
    const s = await snap(files, { maxTotalBytes: 450 });
    expect(s.report).toMatchObject({ capped: true, written: 4, notWritten: 6, bytesWritten: 400 });
    expect(await s.read('f3.txt')).toMatchObject({ ok: true });
    expect(await s.read('f4.txt')).toEqual({
      ok: false,
      path: 'f4.txt',
      why: 'too-large',
      detail: 'f4.txt (100 bytes) was not unpacked: the snapshot hit its cap of 450 bytes in all',
    });
    expect(s.entries()).toHaveLength(10);
    expect(onDisk(s.root)).toHaveLength(4);
  });

  it('refuses an archive that unpacks beyond its cap (a gzip bomb), leaving nothing behind', async () => {
    const bomb = tarGz([entry({ name: `${TOP}/zeros`, data: Buffer.alloc(64 * 1024 * 1024) })]);
    await expect(
      createSnapshot({
        tarball: bomb,
        label: 'x',
        dir,
        maxFileBytes: 1024,
        maxTotalBytes: 1024 * 1024,
        maxUnpackedBytes: 4 * 1024 * 1024,
      }),
    ).rejects.toThrow(/unpacks to more than 4194304 bytes/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not follow a link planted on disk after unpacking (defence in depth)', async () => {
    const s = await snap({ 'a.txt': 'a' });
    unlinkSync(join(s.root, 'a.txt'));
    symlinkSync('/etc/passwd', join(s.root, 'a.txt'));
    await expect(s.read('a.txt')).rejects.toThrow(/ELOOP|symbolic link/);
  });

  it('removes its directory on dispose, twice without harm, and refuses reads after', async () => {
    const s = await snap({ 'a.txt': 'a' });
    expect(existsSync(s.root)).toBe(true);
    await s.dispose();
    await s.dispose();
    expect(existsSync(s.root)).toBe(false);
    await expect(s.read('a.txt')).rejects.toThrow(/was disposed/);
  });

  it('writes files as the archive streams in, before the rest of it has arrived', async () => {
    const gz = tarGz([
      entry({ name: `${TOP}/`, type: '5' }),
      entry({ name: `${TOP}/first.txt`, data: 'first\n' }),
      entry({ name: `${TOP}/rest.bin`, data: randomBytes(512 * 1024) }),
    ]);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const halfway = new Promise<void>((r) => (reached = r));
    async function* download(): AsyncGenerator<Uint8Array> {
      yield gz.subarray(0, 4096);
      reached();
      await held;
      yield gz.subarray(4096);
    }
    const making = createSnapshot({
      tarball: download(),
      label: 'snapshot of 0123abc',
      dir,
      maxFileBytes: 1024 * 1024,
      maxTotalBytes: 64 * 1024 * 1024,
    });
    await halfway;
    const onDiskNow = async () =>
      readdirSync(dir).flatMap((d) => (existsSync(join(dir, d, 'first.txt')) ? [d] : []));
    for (let i = 0; i < 50 && (await onDiskNow()).length === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(await onDiskNow()).toHaveLength(1);
    release();
    const s = await making;
    open.push(s);
    expect(await s.read('first.txt')).toMatchObject({ ok: true, text: 'first\n' });
    expect(s.report).toMatchObject({ files: 2, written: 2, bytesWritten: 6 + 512 * 1024 });
  });

  it("ends with the stream's own error (a download over its cap), leaving nothing behind", async () => {
    const gz = repositoryTarball({ 'a.txt': 'a', 'b.bin': { bytes: randomBytes(100_000) } }, TOP, SHA);
    async function* download(): AsyncGenerator<Uint8Array> {
      yield gz.subarray(0, 2048);
      throw new Error('The tarball is more than 2048 bytes (the download was stopped there)');
    }
    await expect(
      createSnapshot({ tarball: download(), label: 'x', dir, maxFileBytes: 1 << 20, maxTotalBytes: 1 << 24 }),
    ).rejects.toThrow(/^The tarball is more than 2048 bytes \(the download was stopped there\)$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets a later entry at the same path replace an earlier one, on disk too', async () => {
    const tarball = tarGz([
      entry({ name: `${TOP}/a.txt`, data: 'old' }),
      entry({ name: `${TOP}/b.txt`, data: 'b' }),
      entry({ name: `${TOP}/a.txt`, data: 'new!' }),
      entry({ name: `${TOP}/b.txt`, type: '2', linkname: 'a.txt' }),
      entry({ name: `${TOP}/c.txt`, type: '1', linkname: `${TOP}/a.txt` }),
    ]);
    const s = await snap({}, {}, tarball);
    expect(await s.read('a.txt')).toMatchObject({ ok: true, text: 'new!' });
    expect(await s.read('b.txt')).toMatchObject({ ok: true, text: 'new!' });
    expect(await s.read('c.txt')).toMatchObject({ ok: true, text: 'new!' });
    expect(onDisk(s.root)).toEqual(['a.txt', 'c.txt']);
    expect(s.report).toMatchObject({ files: 2, symlinks: 1, written: 2, bytesWritten: 8 });
  });

  it('gives a hard link the state of its target: too large, or past the cap', async () => {
    const tarball = tarGz([
      entry({ name: `${TOP}/big.txt`, data: 'x'.repeat(3000) }),
      entry({ name: `${TOP}/big-link`, type: '1', linkname: `${TOP}/big.txt` }),
      entry({ name: `${TOP}/a.txt`, data: 'a'.repeat(100) }),
      entry({ name: `${TOP}/b.txt`, data: 'b'.repeat(100) }),
      entry({ name: `${TOP}/b-link`, type: '1', linkname: `${TOP}/b.txt` }),
      entry({ name: `${TOP}/a-link`, type: '1', linkname: `${TOP}/a.txt` }),
    ]);
    const s = await snap({}, { maxFileBytes: 2000, maxTotalBytes: 150 }, tarball);
    expect(await s.read('big-link')).toMatchObject({
      why: 'too-large',
      detail: expect.stringContaining('3000 bytes'),
    });
    expect(await s.read('b-link')).toMatchObject({
      why: 'too-large',
      detail: expect.stringContaining('cap of 150'),
    });
    // Past the cap, even a link to a written file is not written: the cap is where the writing stopped.
    expect(await s.read('a-link')).toMatchObject({ why: 'too-large' });
    expect(await s.read('a.txt')).toMatchObject({ ok: true });
    expect(s.report).toMatchObject({ files: 6, written: 1, tooLarge: 2, notWritten: 3, capped: true });
  });
});
