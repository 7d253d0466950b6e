import {
  TarError,
  TarReader,
  readTar,
  readTarGz,
  readTarGzStream,
  type TarItem,
} from '../../src/repo/tar.ts';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { END, entry, paxEntry, rawEntry, repositoryTarball, tar, tarGz } from '../support/tar.ts';

const TOP = 'acme-widgets-0123abc';
const text = (d: Uint8Array | undefined) => Buffer.from(d ?? []).toString('utf8');

describe('readTar', () => {
  it("reads GitHub's layout: the global header's SHA, the top directory stripped", async () => {
    const gz = repositoryTarball(
      { 'README.md': '# hi\n', 'src/a.ts': 'export {};\n', 'link.md': { symlink: 'README.md' } },
      TOP,
      'f'.repeat(40),
    );
    const l = await readTarGz(gz, 1 << 20);
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

  it('refuses a gzip bomb at the output cap, before it is unpacked', async () => {
    // 64 MB of zeros gzip to about 64 KB.
    const bomb = tarGz([entry({ name: `${TOP}/zeros`, data: Buffer.alloc(64 * 1024 * 1024) })]);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(readTarGz(bomb, 1024 * 1024)).rejects.toThrow(
      /unpacks to more than 1048576 bytes, the cap on the unpacked archive/,
    );
    await expect(readTarGz(Buffer.from('not gzip'), 1 << 20)).rejects.toThrow(/not valid gzip data/);
  });

  it('can leave the top directory in place', () => {
    const l = readTar(tar([entry({ name: 'a/b', data: 'x' }), entry({ name: 'c', data: 'y' })]), {
      stripTop: false,
    });
    expect(l.top).toBeNull();
    expect(l.entries.map((e) => e.path)).toEqual(['a/b', 'c']);
  });
});

/** `bytes` cut into chunks of `size`. */
function* chunks(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function collect(items: AsyncIterable<TarItem>): Promise<TarItem[]> {
  const out: TarItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('TarReader and readTarGzStream', () => {
  const archive = tar([
    paxEntry({ comment: 'c'.repeat(40) }, 'g'),
    entry({ name: `${TOP}/`, type: '5' }),
    entry({ name: `${TOP}/${'long/'.repeat(30)}a.ts`, data: 'a'.repeat(1500) }),
    rawEntry({ name: '././@LongLink', type: 'L', data: `${TOP}/${'g'.repeat(150)}\0` }),
    rawEntry({ name: 'cut', data: 'gnu' }),
    entry({ name: `${TOP}/empty`, data: '' }),
    entry({ name: `${TOP}/../x`, data: 'x' }),
    entry({ name: `${TOP}/ln`, type: '2', linkname: 'empty' }),
    entry({ name: `${TOP}/hard`, type: '1', linkname: `${TOP}/empty` }),
    entry({ name: `${TOP}/z.txt`, data: 'z'.repeat(512) }),
  ]);

  it('reads the same items whatever the chunks the bytes come in', () => {
    const whole = readTar(archive);
    expect(whole.entries.map((e) => e.path)).toEqual([
      `${'long/'.repeat(30)}a.ts`,
      'g'.repeat(150),
      'empty',
      'ln',
      'hard',
      'z.txt',
    ]);
    expect(whole.skipped).toHaveLength(1);
    for (const size of [1, 7, 100, 511, 512, 513, 1024, 4096]) {
      const reader = new TarReader();
      const items = [...chunks(archive, size)].flatMap((c) => reader.push(c));
      reader.end();
      const entries = items.flatMap((i) => ('entry' in i ? [i.entry] : []));
      expect(entries).toEqual(whole.entries);
      expect(items.flatMap((i) => ('skip' in i ? [i.skip] : []))).toEqual(whole.skipped);
      expect([reader.top, reader.comment]).toEqual([TOP, 'c'.repeat(40)]);
    }
  });

  it('skips the bytes of a file whose content is not wanted, and reads on after it', () => {
    const l = readTar(archive, { keepData: (size) => size <= 1000 });
    const byPath = new Map(l.entries.map((e) => [e.path, e]));
    expect(byPath.get(`${'long/'.repeat(30)}a.ts`)).toEqual({
      path: `${'long/'.repeat(30)}a.ts`,
      kind: 'file',
      size: 1500,
    });
    expect(text(byPath.get('z.txt')!.data)).toBe('z'.repeat(512));
  });

  it('hands an entry on before the rest of the archive has arrived', async () => {
    const gz = tarGz([
      entry({ name: `${TOP}/first.txt`, data: 'first' }),
      entry({ name: `${TOP}/rest.bin`, data: randomBytes(256 * 1024) }),
    ]);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let sentAll = false;
    async function* slow(): AsyncGenerator<Uint8Array> {
      yield gz.subarray(0, 2048);
      await held;
      sentAll = true;
      yield gz.subarray(2048);
    }
    const items = readTarGzStream(slow(), 1 << 22);
    const first = await items.next();
    expect(first.value).toMatchObject({ entry: { path: 'first.txt', size: 5 } });
    expect(sentAll).toBe(false);
    release();
    expect((await collect(items)).map((i) => ('entry' in i ? i.entry.path : ''))).toEqual(['rest.bin']);
  });

  it("passes the source's own error on as it is, and reads nothing past the end blocks", async () => {
    const gz = tarGz([entry({ name: `${TOP}/a`, data: 'a' })]);
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield gz.subarray(0, 10);
      throw new Error('the download was stopped at its cap');
    }
    await expect(collect(readTarGzStream(failing(), 1 << 20))).rejects.toThrow(
      /^the download was stopped at its cap$/,
    );
    // Whatever comes after the archive's end blocks is not read as entries.
    const junk = gzipSync(
      Buffer.concat([tar([entry({ name: `${TOP}/a`, data: 'a' })]), Buffer.alloc(4096, 0x41)]),
    );
    expect(await collect(readTarGzStream([junk], 1 << 20))).toEqual([
      { entry: { path: 'a', kind: 'file', size: 1, data: Buffer.from('a') } },
    ]);
  });

  it('refuses a truncated gzip stream, a truncated archive and an oversized extended header', async () => {
    const gz = tarGz([entry({ name: `${TOP}/a`, data: randomBytes(4000) })]);
    await expect(collect(readTarGzStream([gz.subarray(0, gz.length - 20)], 1 << 20))).rejects.toThrow(
      /not valid gzip data: unexpected end of file/,
    );
    const cut = gzipSync(tar([entry({ name: `${TOP}/a`, data: 'x'.repeat(2000) })]).subarray(0, 1024));
    await expect(collect(readTarGzStream([cut], 1 << 20))).rejects.toThrow(
      /truncated \(an entry's 2000 bytes run past its end\)/,
    );
    const huge = tar([rawEntry({ name: 'PaxHeader', type: 'x', data: Buffer.alloc(2 * 1024 * 1024, 0x41) })]);
    expect(() => readTar(huge)).toThrow(/2097152-byte extended header, over the 1048576 bytes/);
  });
});
