import { PassThrough, Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { badPath, normalPath } from './types.ts';

/**
 * A bounded, streaming reader of a gzip'd tar archive, as GitHub's tarball endpoint serves it (`git
 * archive`: ustar with pax headers). Bytes go through gunzip as they arrive, with a cap on what it
 * puts out (a gzip bomb is refused, not unpacked), and the 512-byte headers are parsed here as soon
 * as they are complete: an entry is handed on before the rest of the archive is read, and a file's
 * content is held only when the caller wants it. No npm tar package: what is accepted is exactly
 * what is below.
 */

export type TarEntryKind = 'file' | 'directory' | 'symlink' | 'hardlink';

export interface TarEntry {
  /** Repository-relative, normalised, with the archive's top directory stripped. */
  path: string;
  kind: TarEntryKind;
  /** Bytes of a file's content (0 for the other kinds). */
  size: number;
  /** A file's content, when `keepData` wanted it (the bytes are skipped otherwise). */
  data?: Uint8Array;
  /**
   * A symlink's target as written (never resolved here); a hard link's target entry, as a
   * normalised repository path.
   */
  target?: string;
}

export interface TarSkip {
  /** The entry's name as the archive gives it (cut to 200 characters for the log). */
  name: string;
  reason: string;
}

/** What the archive yields, in its order: an entry kept, or one refused and why. */
export type TarItem = { entry: TarEntry } | { skip: TarSkip };

export interface TarListing {
  /** The top directory that was stripped (`owner-repo-<sha>`), or null when `stripTop` was off. */
  top: string | null;
  entries: TarEntry[];
  /** Entries refused (bad paths) or of kinds not kept (devices, FIFOs, ...), with why. */
  skipped: TarSkip[];
  /** The pax global header's `comment`: `git archive` writes the commit's SHA there. */
  comment: string | null;
}

/** An archive that cannot be read: too large when unpacked, truncated or corrupt. */
export class TarError extends Error {
  override name = 'TarError';
}

export interface ReadTarOptions {
  /** Strip the single top directory every entry sits in (GitHub's `owner-repo-<sha>/`). Default true. */
  stripTop?: boolean;
  /**
   * Whether a file of this many bytes has its content kept (`data`); its bytes are skipped when not.
   * Default: every file's.
   */
  keepData?: (size: number) => boolean;
}

const BLOCK = 512;
/** A pax or GNU long-name header larger than this is not a name anyone writes: it is refused. */
const MAX_META_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8');

/** A NUL-terminated field, as text. */
function field(buf: Uint8Array, start: number, length: number): string {
  const bytes = buf.subarray(start, start + length);
  const nul = bytes.indexOf(0);
  return decoder.decode(nul === -1 ? bytes : bytes.subarray(0, nul));
}

/** A numeric field: octal text, or GNU's base-256 (top bit set) for sizes of 8 GB and more. */
function numeric(buf: Uint8Array, start: number, length: number, what: string): number {
  const first = buf[start] ?? 0;
  if (first & 0x80) {
    if (first === 0xff) throw new TarError(`the archive holds a negative ${what}`);
    let n = first & 0x7f;
    for (let i = 1; i < length; i++) n = n * 256 + (buf[start + i] ?? 0);
    if (!Number.isSafeInteger(n)) throw new TarError(`the archive holds an oversized ${what}`);
    return n;
  }
  const text = field(buf, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text))
    throw new TarError(`the archive holds a malformed ${what} field (${JSON.stringify(text)})`);
  return Number.parseInt(text, 8);
}

function checksumOk(header: Uint8Array): boolean {
  const stored = numeric(header, 148, 8, 'header checksum');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum === stored;
}

/** pax records: `<length> <key>=<value>\n`, the length counting the whole record. */
function paxRecords(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const len = Number.parseInt(decoder.decode(data.subarray(at, space)), 10);
    if (!Number.isInteger(len) || len <= space - at || at + len > data.length)
      throw new TarError('the archive holds a malformed pax extended header');
    const record = decoder.decode(data.subarray(space + 1, at + len - 1));
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += len;
  }
  return out;
}

interface Overrides {
  path?: string;
  linkpath?: string;
  size?: number;
}

function applyPax(into: Overrides, records: Map<string, string>): void {
  const path = records.get('path');
  if (path !== undefined) into.path = path;
  const linkpath = records.get('linkpath');
  if (linkpath !== undefined) into.linkpath = linkpath;
  const size = records.get('size');
  if (size !== undefined) {
    if (!/^\d+$/.test(size) || !Number.isSafeInteger(Number(size)))
      throw new TarError(`the archive holds a malformed pax size (${JSON.stringify(size.slice(0, 40))})`);
    into.size = Number(size);
  }
}

const shown = (name: string) => (name.length > 200 ? `${name.slice(0, 200)}…` : name);

/** The kinds kept, by tar type flag; any other flag (devices, FIFOs, ...) is skipped. */
const KINDS: Record<string, TarEntryKind> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink',
};

/**
 * The incremental reader of an (uncompressed) tar archive: `push` it the bytes in chunks of any
 * size, and it returns the items each chunk completes; `end` says the input is over. Regular files,
 * directories, symbolic links and hard links are kept; any other kind is skipped, as is any entry
 * whose path (or hard link's target) is absolute, holds `..` or NUL. A truncated or corrupt archive
 * throws a TarError. Memory: one header, and the content of the file being read when it is kept.
 */
export class TarReader {
  /** The top directory stripped (null until the first entry, and when `stripTop` is off). */
  top: string | null = null;
  /** The pax global header's `comment`. */
  comment: string | null = null;
  /** The archive's two zero blocks were seen: what follows them is not read. */
  done = false;

  private readonly stripTop: boolean;
  private readonly keepData: (size: number) => boolean;
  private readonly global: Overrides = {};
  private local: Overrides = {};
  private gnuName: string | undefined;
  private gnuLink: string | undefined;
  /** Bytes of the archive consumed so far (for messages). */
  private offset = 0;
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  private headerAt = 0;
  /** The entry whose data is being read, when in data. */
  private current: {
    header: Buffer;
    type: string;
    size: number;
    remaining: number;
    padding: number;
    data: Buffer | null;
    filled: number;
  } | null = null;

  constructor(options: ReadTarOptions = {}) {
    this.stripTop = options.stripTop ?? true;
    this.keepData = options.keepData ?? (() => true);
  }

  push(chunk: Uint8Array): TarItem[] {
    const out: TarItem[] = [];
    let at = 0;
    while (at < chunk.length && !this.done) {
      const c = this.current;
      if (c === null) {
        const n = Math.min(BLOCK - this.headerFill, chunk.length - at);
        if (this.headerFill === 0) this.headerAt = this.offset;
        this.header.set(chunk.subarray(at, at + n), this.headerFill);
        this.headerFill += n;
        at += n;
        this.offset += n;
        if (this.headerFill === BLOCK) {
          this.headerFill = 0;
          this.startEntry(out);
        }
        continue;
      }
      if (c.remaining > 0) {
        const n = Math.min(c.remaining, chunk.length - at);
        if (c.data !== null) c.data.set(chunk.subarray(at, at + n), c.filled);
        c.filled += n;
        c.remaining -= n;
        at += n;
        this.offset += n;
        if (c.remaining > 0) continue;
      }
      const n = Math.min(c.padding, chunk.length - at);
      c.padding -= n;
      at += n;
      this.offset += n;
      if (c.padding === 0) {
        this.current = null;
        this.finishEntry(c.header, c.type, c.size, c.data, out);
      }
    }
    return out;
  }

  /** The input is over: an archive cut inside a header or an entry's data throws. */
  end(): void {
    if (this.done) return;
    if (this.current !== null) {
      // An entry's padding may be missing at the very end; its data may not.
      if (this.current.remaining === 0) {
        const c = this.current;
        this.current = null;
        this.finishEntry(c.header, c.type, c.size, c.data, []);
        return;
      }
      throw new TarError(`the archive is truncated (an entry's ${this.current.size} bytes run past its end)`);
    }
    // A tar ends with two zero blocks; some writers stop at the data's end. Either way, no half header.
    if (this.headerFill !== 0) throw new TarError('the archive is truncated (it ends inside a header)');
  }

  private startEntry(out: TarItem[]): void {
    const header = this.header;
    if (header.every((b) => b === 0)) {
      this.done = true;
      return;
    }
    if (!checksumOk(header))
      throw new TarError(`the archive is corrupt: a header checksum does not match at byte ${this.headerAt}`);
    const type = String.fromCharCode(header[156] ?? 0);
    const meta = type === 'x' || type === 'g' || type === 'L' || type === 'K';
    const headerSize = numeric(header, 124, 12, 'size');
    const size = meta ? headerSize : (this.local.size ?? this.global.size ?? headerSize);
    if (meta && size > MAX_META_BYTES)
      throw new TarError(
        `the archive holds a ${size}-byte extended header, over the ${MAX_META_BYTES} bytes one may have`,
      );
    const keep = meta || (KINDS[type] === 'file' && this.keepData(size));
    const data = keep ? Buffer.allocUnsafe(size) : null;
    if (size === 0) {
      this.finishEntry(header, type, 0, data, out);
      return;
    }
    this.current = {
      header: Buffer.from(header),
      type,
      size,
      remaining: size,
      padding: (BLOCK - (size % BLOCK)) % BLOCK,
      data,
      filled: 0,
    };
  }

  /** The path with the top directory taken off; null (and a recorded skip) when it is refused. */
  private place(raw: string, name: string, what: string, out: TarItem[]): string | null {
    const bad = badPath(raw);
    if (bad !== null) {
      out.push({ skip: { name: shown(name), reason: `${what}: ${bad}` } });
      return null;
    }
    const norm = normalPath(raw);
    if (!this.stripTop) return norm;
    const slash = norm.indexOf('/');
    const first = slash === -1 ? norm : norm.slice(0, slash);
    this.top ??= first;
    if (first !== this.top) {
      out.push({
        skip: {
          name: shown(name),
          reason: `${what}: it is outside the archive's top directory ${this.top}/`,
        },
      });
      return null;
    }
    return slash === -1 ? '' : norm.slice(slash + 1);
  }

  private finishEntry(header: Buffer, type: string, size: number, data: Buffer | null, out: TarItem[]): void {
    if (type === 'x') {
      applyPax(this.local, paxRecords(data!));
      return;
    }
    if (type === 'g') {
      const records = paxRecords(data!);
      this.comment = records.get('comment') ?? this.comment;
      applyPax(this.global, records);
      return;
    }
    if (type === 'L' || type === 'K') {
      const nul = data!.indexOf(0);
      const text = decoder.decode(nul === -1 ? data! : data!.subarray(0, nul));
      if (type === 'L') this.gnuName = text;
      else this.gnuLink = text;
      return;
    }

    // The name: pax path, else GNU long name, else the ustar prefix and name.
    const ustar = field(header, 257, 6) === 'ustar';
    const prefix = ustar ? field(header, 345, 155) : '';
    const headerName = prefix === '' ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`;
    const name = this.local.path ?? this.gnuName ?? this.global.path ?? headerName;
    const linkname = this.local.linkpath ?? this.gnuLink ?? this.global.linkpath ?? field(header, 157, 100);
    this.local = {};
    this.gnuName = undefined;
    this.gnuLink = undefined;

    const kind = KINDS[type];
    if (kind === undefined) {
      out.push({
        skip: {
          name: shown(name),
          reason: `an entry of tar type '${type}' (not a file, directory or link) is not kept`,
        },
      });
      return;
    }
    const path = this.place(name, name, 'its path is refused', out);
    if (path === null) return;
    if (path === '') {
      if (kind !== 'directory')
        out.push({ skip: { name: shown(name), reason: 'it stands in place of the top directory' } });
      return;
    }
    if (kind === 'file') out.push({ entry: { path, kind, size, ...(data ? { data } : {}) } });
    else if (kind === 'directory') out.push({ entry: { path, kind, size: 0 } });
    else if (kind === 'symlink') {
      if (linkname === '' || linkname.includes('\0')) {
        out.push({
          skip: { name: shown(name), reason: 'a symbolic link with an empty or NUL-holding target' },
        });
        return;
      }
      out.push({ entry: { path, kind, size: Buffer.byteLength(linkname), target: linkname } });
    } else {
      // A hard link names another entry of the archive, by its archive path.
      const target = this.place(linkname, name, "its hard link's target is refused", out);
      if (target === null) return;
      if (target === '') {
        out.push({ skip: { name: shown(name), reason: 'a hard link to the top directory' } });
        return;
      }
      out.push({ entry: { path, kind, size: 0, target } });
    }
  }
}

/** Every entry of an uncompressed tar archive held whole in memory, as `TarReader` reads it. */
export function readTar(tar: Uint8Array, options: ReadTarOptions = {}): TarListing {
  const reader = new TarReader(options);
  const items = reader.push(tar);
  reader.end();
  return listing(reader, items);
}

function listing(reader: TarReader, items: TarItem[]): TarListing {
  const entries: TarEntry[] = [];
  const skipped: TarSkip[] = [];
  for (const i of items) {
    if ('entry' in i) entries.push(i.entry);
    else skipped.push(i.skip);
  }
  return { top: reader.top, entries, skipped, comment: reader.comment };
}

/** The bytes of a gzip stream, as they come, refusing more than `maxOutputLength` in all. */
export async function* gunzipBounded(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxOutputLength: number,
): AsyncGenerator<Buffer> {
  // pipeline destroys every stage on an error anywhere, so the source's own error (a download
  // stopped at its cap) reaches the loop below as it is; stopping the loop stops the source.
  const gunzip = pipeline(
    Readable.from(source, { objectMode: false }),
    createGunzip({ chunkSize: 64 * 1024 }),
    // Up to 8 MB unpacked ahead of the reader: gunzip (on libuv's threads) goes on while the
    // snapshot writes files (on the main thread), instead of the two taking turns.
    new PassThrough({ highWaterMark: 8 * 1024 * 1024 }),
    () => {},
  );
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxOutputLength)
        throw new TarError(
          `the repository's tarball unpacks to more than ${maxOutputLength} bytes, the cap on the unpacked archive: the repository is too large to snapshot (raise the cap, or turn the repository tools off)`,
        );
      yield chunk;
    }
  } catch (e) {
    if (/^Z_/.test(String((e as NodeJS.ErrnoException).code ?? '')))
      throw new TarError(`the repository's tarball is not valid gzip data: ${(e as Error).message}`, {
        cause: e,
      });
    throw e;
  } finally {
    gunzip.destroy();
  }
}

/**
 * The items of a gzip'd tar stream, each as soon as the bytes holding it have arrived; gunzipped
 * within `maxUnpackedBytes`. Reading stops at the archive's end blocks. `reader` holds the archive's
 * top directory and comment once read.
 */
export async function* readTarGzStream(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxUnpackedBytes: number,
  reader: TarReader = new TarReader(),
): AsyncGenerator<TarItem> {
  for await (const chunk of gunzipBounded(source, maxUnpackedBytes)) {
    yield* reader.push(chunk);
    if (reader.done) return;
  }
  reader.end();
}

/** A whole gzip'd tar, read as `readTarGzStream` reads it, into one listing. */
export async function readTarGz(
  gz: Uint8Array,
  maxUnpackedBytes: number,
  options: ReadTarOptions = {},
): Promise<TarListing> {
  const reader = new TarReader(options);
  const items: TarItem[] = [];
  for await (const item of readTarGzStream([gz], maxUnpackedBytes, reader)) items.push(item);
  return listing(reader, items);
}
