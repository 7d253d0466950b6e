import { gunzipSync } from 'node:zlib';
import { badPath, normalPath } from './types.ts';

/**
 * A bounded reader of a gzip'd tar archive, as GitHub's tarball endpoint serves it (`git archive`:
 * ustar with pax headers). The whole archive is in memory already (its download is capped), so the
 * reader is not streaming: gunzip with an output cap (a gzip bomb is refused, not unpacked), then the
 * 512-byte headers parsed here. No npm tar package: what is accepted is exactly what is below.
 */

export type TarEntryKind = 'file' | 'directory' | 'symlink' | 'hardlink';

export interface TarEntry {
  /** Repository-relative, normalised, with the archive's top directory stripped. */
  path: string;
  kind: TarEntryKind;
  /** Bytes of a file's content (0 for the other kinds). */
  size: number;
  /** A file's content: a view into the unpacked archive, not a copy. */
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

/** The gunzipped bytes, refusing more than `maxOutputLength` (a gzip bomb stops there). */
export function gunzipBounded(gz: Uint8Array, maxOutputLength: number): Buffer {
  try {
    return gunzipSync(gz, { maxOutputLength });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
      throw new TarError(
        `the repository's tarball unpacks to more than ${maxOutputLength} bytes, the cap on the unpacked archive: the repository is too large to snapshot (raise the cap, or turn the repository tools off)`,
        { cause: e },
      );
    throw new TarError(`the repository's tarball is not valid gzip data: ${(e as Error).message}`, {
      cause: e,
    });
  }
}

export interface ReadTarOptions {
  /** Strip the single top directory every entry sits in (GitHub's `owner-repo-<sha>/`). Default true. */
  stripTop?: boolean;
}

/** A gzip'd tar: gunzipped within `maxUnpackedBytes`, then read as `readTar` reads it. */
export function readTarGz(
  gz: Uint8Array,
  maxUnpackedBytes: number,
  options: ReadTarOptions = {},
): TarListing {
  return readTar(gunzipBounded(gz, maxUnpackedBytes), options);
}

const BLOCK = 512;
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

function checksumOk(buf: Uint8Array, at: number): boolean {
  const stored = numeric(buf, at + 148, 8, 'header checksum');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (buf[at + i] ?? 0);
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

/**
 * Every entry of an (uncompressed) tar archive. Regular files, directories, symbolic links and hard
 * links are kept; any other kind is skipped, as is any entry whose path (or hard link's target) is
 * absolute, holds `..` or NUL. A truncated or corrupt archive throws a TarError.
 */
export function readTar(tar: Uint8Array, options: ReadTarOptions = {}): TarListing {
  const stripTop = options.stripTop ?? true;
  const entries: TarEntry[] = [];
  const skipped: TarSkip[] = [];
  const global: Overrides = {};
  let local: Overrides = {};
  let gnuName: string | undefined;
  let gnuLink: string | undefined;
  let comment: string | null = null;
  let top: string | null = null;

  /** The path with the top directory taken off; null (and a recorded skip) when it is refused. */
  const place = (raw: string, name: string, what: string): string | null => {
    const bad = badPath(raw);
    if (bad !== null) {
      skipped.push({ name: shown(name), reason: `${what}: ${bad}` });
      return null;
    }
    const norm = normalPath(raw);
    if (!stripTop) return norm;
    const slash = norm.indexOf('/');
    const first = slash === -1 ? norm : norm.slice(0, slash);
    top ??= first;
    if (first !== top) {
      skipped.push({
        name: shown(name),
        reason: `${what}: it is outside the archive's top directory ${top}/`,
      });
      return null;
    }
    return slash === -1 ? '' : norm.slice(slash + 1);
  };

  let at = 0;
  for (;;) {
    if (at + BLOCK > tar.length) {
      // A tar ends with two zero blocks; some writers stop at the data's end. Either way, no half header.
      if (at === tar.length) break;
      throw new TarError('the archive is truncated (it ends inside a header)');
    }
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break;
    if (!checksumOk(tar, at))
      throw new TarError(`the archive is corrupt: a header checksum does not match at byte ${at}`);
    const type = String.fromCharCode(header[156] ?? 0);
    const magic = field(header, 257, 6);
    const ustar = magic === 'ustar';
    const headerSize = numeric(header, 124, 12, 'size');
    const size =
      type === 'x' || type === 'g' || type === 'L' || type === 'K'
        ? headerSize
        : (local.size ?? global.size ?? headerSize);
    const dataAt = at + BLOCK;
    if (dataAt + size > tar.length)
      throw new TarError(`the archive is truncated (an entry's ${size} bytes run past its end)`);
    const data = tar.subarray(dataAt, dataAt + size);
    at = dataAt + Math.ceil(size / BLOCK) * BLOCK;

    if (type === 'x') {
      applyPax(local, paxRecords(data));
      continue;
    }
    if (type === 'g') {
      const records = paxRecords(data);
      comment = records.get('comment') ?? comment;
      applyPax(global, records);
      continue;
    }
    if (type === 'L' || type === 'K') {
      const nul = data.indexOf(0);
      const text = decoder.decode(nul === -1 ? data : data.subarray(0, nul));
      if (type === 'L') gnuName = text;
      else gnuLink = text;
      continue;
    }

    // The name: pax path, else GNU long name, else the ustar prefix and name.
    const prefix = ustar ? field(header, 345, 155) : '';
    const headerName = prefix === '' ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`;
    const name = local.path ?? gnuName ?? global.path ?? headerName;
    const linkname = local.linkpath ?? gnuLink ?? global.linkpath ?? field(header, 157, 100);
    local = {};
    gnuName = undefined;
    gnuLink = undefined;

    const kind: TarEntryKind | null =
      type === '0' || type === '\0' || type === '7'
        ? 'file'
        : type === '5'
          ? 'directory'
          : type === '2'
            ? 'symlink'
            : type === '1'
              ? 'hardlink'
              : null;
    if (kind === null) {
      skipped.push({
        name: shown(name),
        reason: `an entry of tar type '${type}' (not a file, directory or link) is not kept`,
      });
      continue;
    }
    const path = place(name, name, 'its path is refused');
    if (path === null) continue;
    if (path === '') {
      if (kind !== 'directory')
        skipped.push({ name: shown(name), reason: 'it stands in place of the top directory' });
      continue;
    }
    if (kind === 'file') entries.push({ path, kind, size, data });
    else if (kind === 'directory') entries.push({ path, kind, size: 0 });
    else if (kind === 'symlink') {
      if (linkname === '' || linkname.includes('\0')) {
        skipped.push({ name: shown(name), reason: 'a symbolic link with an empty or NUL-holding target' });
        continue;
      }
      entries.push({ path, kind, size: Buffer.byteLength(linkname), target: linkname });
    } else {
      // A hard link names another entry of the archive, by its archive path.
      const target = place(linkname, name, "its hard link's target is refused");
      if (target === null) continue;
      if (target === '') {
        skipped.push({ name: shown(name), reason: 'a hard link to the top directory' });
        continue;
      }
      entries.push({ path, kind, size: 0, target });
    }
  }
  return { top: stripTop ? top : null, entries, skipped, comment };
}
