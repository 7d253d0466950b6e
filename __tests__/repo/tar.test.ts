import { TarError, readTar, readTarGz } from '../../src/repo/tar.ts';
import { END, entry, paxEntry, rawEntry, repositoryTarball, tar, tarGz } from '../support/tar.ts';

const TOP = 'acme-widgets-0123abc';
const text = (d: Uint8Array | undefined) => Buffer.from(d ?? []).toString('utf8');

describe('readTar', () => {
  it("reads GitHub's layout: the global header's SHA, the top directory stripped", () => {
    const gz = repositoryTarball(
      { 'README.md': '# hi\n', 'src/a.ts': 'export {};\n', 'link.md': { symlink: 'README.md' } },
      TOP,
      'f'.repeat(40),
    );
    const l = readTarGz(gz, 1 << 20);
    expect(l.top).toBe(TOP);
    expect(l.comment).toBe('f'.repeat(40));
    expect(l.skipped).toEqual([]);
    expect(l.entries.map((e) => [e.path, e.kind, e.size])).toEqual([
      ['README.md', 'file', 5],
      ['link.md', 'symlink', 9],
      ['src', 'directory', 0],
      ['src/a.ts', 'file', 11],
    ]);
    expect(text(l.entries[0]!.data)).toBe('# hi\n');
    expect(l.entries[1]!.target).toBe('README.md');
  });

  it('reads a pax long name and link target, a GNU long name and link, and the ustar prefix', () => {
    const long = `${TOP}/${'deep/'.repeat(40)}file.ts`;
    const prefixed = rawEntry({ name: 'p.ts', data: 'p' });
    // ustar: name at 0, prefix at 345 (written by hand: the writer leaves it empty).
    Buffer.from(`${TOP}/pre`).copy(prefixed, 345);
    let sum = 0;
    prefixed.fill(0x20, 148, 156);
    for (const b of prefixed.subarray(0, 512)) sum += b;
    Buffer.from(sum.toString(8).padStart(6, '0') + '\0 ').copy(prefixed, 148);
    const l = readTar(
      tar([
        entry({ name: long, data: 'long' }),
        entry({ name: `${TOP}/l`, type: '2', linkname: 'x/'.repeat(60) + 'y' }),
        rawEntry({ name: '././@LongLink', type: 'L', data: `${TOP}/${'g'.repeat(150)}\0` }),
        rawEntry({ name: '././@LongLink', type: 'K', data: `${'t'.repeat(120)}\0` }),
        rawEntry({ name: 'cut', type: '2', linkname: 'cut' }),
        prefixed,
      ]),
    );
    expect(l.skipped).toEqual([]);
    expect(l.entries.map((e) => [e.path, e.kind, e.target])).toEqual([
      [`${'deep/'.repeat(40)}file.ts`, 'file', undefined],
      ['l', 'symlink', 'x/'.repeat(60) + 'y'],
      ['g'.repeat(150), 'symlink', 't'.repeat(120)],
      ['pre/p.ts', 'file', undefined],
    ]);
    expect(text(l.entries[0]!.data)).toBe('long');
  });

  it('applies a pax size over the header size', () => {
    const data = 'x'.repeat(700);
    const l = readTar(
      tar([paxEntry({ size: '700' }), rawEntry({ name: `${TOP}/big`, data, headerSize: 0 })]),
    );
    expect(l.entries[0]!.size).toBe(700);
    expect(text(l.entries[0]!.data)).toBe(data);
  });

  it('refuses absolute paths, `..` and entries outside the top directory, and names why', () => {
    const l = readTar(
      tar([
        entry({ name: `${TOP}/ok.txt`, data: 'ok' }),
        entry({ name: `${TOP}/../../etc/passwd`, data: 'root:x:0:0' }),
        entry({ name: '/etc/passwd', data: 'root:x:0:0' }),
        entry({ name: `${TOP}/a/../../x`, data: 'x' }),
        entry({ name: 'other-top/file', data: 'x' }),
        paxEntry({ path: `${TOP}/nul\0.txt` }),
        rawEntry({ name: 'ignored', data: 'x' }),
        entry({ name: `${TOP}/dev`, type: '3' }),
        entry({ name: `${TOP}/fifo`, type: '6' }),
      ]),
    );
    expect(l.entries.map((e) => e.path)).toEqual(['ok.txt']);
    expect(l.skipped.map((s) => [s.name, s.reason])).toEqual([
      [`${TOP}/../../etc/passwd`, expect.stringContaining('`..` is refused')],
      ['/etc/passwd', expect.stringContaining('absolute paths are refused')],
      [`${TOP}/a/../../x`, expect.stringContaining('`..` is refused')],
      ['other-top/file', expect.stringContaining(`outside the archive's top directory ${TOP}/`)],
      [`${TOP}/nul\0.txt`, expect.stringContaining('NUL')],
      [`${TOP}/dev`, expect.stringContaining("tar type '3'")],
      [`${TOP}/fifo`, expect.stringContaining("tar type '6'")],
    ]);
  });

  it('keeps a hard link as a link to its target entry, and refuses one that leaves the archive', () => {
    const l = readTar(
      tar([
        entry({ name: `${TOP}/a.txt`, data: 'A' }),
        entry({ name: `${TOP}/b.txt`, type: '1', linkname: `${TOP}/a.txt` }),
        entry({ name: `${TOP}/c.txt`, type: '1', linkname: '/etc/shadow' }),
        entry({ name: `${TOP}/d.txt`, type: '1', linkname: `${TOP}/../x` }),
      ]),
    );
    expect(l.entries.map((e) => [e.path, e.kind, e.target])).toEqual([
      ['a.txt', 'file', undefined],
      ['b.txt', 'hardlink', 'a.txt'],
    ]);
    expect(l.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/hard link's target is refused: absolute/),
      expect.stringMatching(/hard link's target is refused: `\.\.`/),
    ]);
  });

  it('keeps a symbolic link target as written, without resolving it', () => {
    const l = readTar(
      tar([
        entry({ name: `${TOP}/p`, type: '2', linkname: '/etc/passwd' }),
        entry({ name: `${TOP}/q`, type: '2', linkname: '../../x' }),
      ]),
    );
    expect(l.entries.map((e) => e.target)).toEqual(['/etc/passwd', '../../x']);
  });

  it('throws on a corrupt or truncated archive', () => {
    expect(() => readTar(tar([entry({ name: `${TOP}/a`, data: 'a', badChecksum: true })]))).toThrow(
      /header checksum does not match at byte 0/,
    );
    const whole = tar([entry({ name: `${TOP}/a`, data: 'x'.repeat(2000) })]);
    expect(() => readTar(whole.subarray(0, 1024))).toThrow(/truncated \(an entry's 2000 bytes/);
    expect(() => readTar(whole.subarray(0, 100))).toThrow(/truncated \(it ends inside a header\)/);
    expect(() => readTar(Buffer.concat([rawEntry({ name: 'x' }).fill(0x41, 0, 512), END]))).toThrow(TarError);
    // Without the end blocks, at a block boundary: the end of the data ends the archive.
    expect(readTar(entry({ name: `${TOP}/a`, data: 'a' })).entries).toHaveLength(1);
  });

  it('refuses a gzip bomb at the output cap, before it is unpacked', () => {
    // 64 MB of zeros gzip to about 64 KB.
    const bomb = tarGz([entry({ name: `${TOP}/zeros`, data: Buffer.alloc(64 * 1024 * 1024) })]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(() => readTarGz(bomb, 1024 * 1024)).toThrow(
      /unpacks to more than 1048576 bytes, the cap on the unpacked archive/,
    );
    expect(() => readTarGz(Buffer.from('not gzip'), 1 << 20)).toThrow(/not valid gzip data/);
  });

  it('can leave the top directory in place', () => {
    const l = readTar(tar([entry({ name: 'a/b', data: 'x' }), entry({ name: 'c', data: 'y' })]), {
      stripTop: false,
    });
    expect(l.top).toBeNull();
    expect(l.entries.map((e) => e.path)).toEqual(['a/b', 'c']);
  });
});
