/**
 * A small tar writer for tests and the fake GitHub's tarball endpoint: ustar headers, a pax extended
 * header for names or link targets that do not fit, and the raw pieces (any type flag, GNU long
 * names, a bad checksum) hostile archives are made of. Independent of src/repo/tar.ts, the reader it
 * tests.
 */
import { gzipSync } from 'node:zlib';

const BLOCK = 512;

export interface RawEntry {
  name: string;
  /** Tar type flag: '0' file, '5' directory, '2' symlink, '1' hard link, 'x'/'g' pax, 'L'/'K' GNU, ... */
  type?: string;
  data?: Uint8Array | string;
  linkname?: string;
  /** Size written in the header, when it should differ from the data's (a pax size override). */
  headerSize?: number;
  mode?: number;
  /** Break the header's checksum. */
  badChecksum?: boolean;
}

function put(buf: Buffer, at: number, length: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > length)
    throw new Error(`tar writer: '${text.slice(0, 40)}' does not fit ${length} bytes`);
  bytes.copy(buf, at);
}

function octal(buf: Buffer, at: number, length: number, n: number): void {
  put(buf, at, length, n.toString(8).padStart(length - 1, '0') + '\0');
}

const padding = (n: number) => Buffer.alloc((BLOCK - (n % BLOCK)) % BLOCK);

/** One header block and its padded data, exactly as given (no pax or GNU help). */
export function rawEntry(e: RawEntry): Buffer {
  const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data ?? []);
  const h = Buffer.alloc(BLOCK);
  put(h, 0, 100, e.name);
  const type = e.type ?? '0';
  octal(h, 100, 8, e.mode ?? (type === '5' ? 0o755 : 0o644));
  octal(h, 108, 8, 0);
  octal(h, 116, 8, 0);
  octal(h, 124, 12, e.headerSize ?? data.length);
  octal(h, 136, 12, 1_700_000_000);
  h.fill(0x20, 148, 156);
  put(h, 156, 1, type);
  put(h, 157, 100, e.linkname ?? '');
  put(h, 257, 6, 'ustar\0');
  put(h, 263, 2, '00');
  let sum = 0;
  for (const b of h) sum += b;
  octal(h, 148, 7, e.badChecksum ? sum + 1 : sum);
  h[155] = 0x20;
  return Buffer.concat([h, data, padding(data.length)]);
}

/** A pax header ('x', or 'g' for global) carrying these records. */
export function paxEntry(records: Record<string, string>, type: 'x' | 'g' = 'x'): Buffer {
  let body = '';
  for (const [k, v] of Object.entries(records)) {
    const rest = ` ${k}=${v}\n`;
    // The length counts its own digits: settle it by iterating.
    let len = Buffer.byteLength(rest) + 1;
    while (String(len).length + Buffer.byteLength(rest) !== len)
      len = String(len).length + Buffer.byteLength(rest);
    body += `${len}${rest}`;
  }
  return rawEntry({ name: type === 'g' ? 'pax_global_header' : 'PaxHeader', type, data: body });
}

/** An entry with a pax header in front when its name or link target is longer than ustar holds. */
export function entry(e: RawEntry): Buffer {
  const records: Record<string, string> = {};
  let name = e.name;
  let linkname = e.linkname;
  if (Buffer.byteLength(name) > 100) {
    records['path'] = name;
    name = name.slice(0, 90).replace(/[^\x20-\x7e]/g, '_');
  }
  if (linkname !== undefined && Buffer.byteLength(linkname) > 100) {
    records['linkpath'] = linkname;
    linkname = linkname.slice(0, 90);
  }
  const main = rawEntry({ ...e, name, linkname });
  return Object.keys(records).length === 0 ? main : Buffer.concat([paxEntry(records), main]);
}

/** The end of an archive: two zero blocks. */
export const END = Buffer.alloc(2 * BLOCK);

export const tar = (parts: Buffer[]): Buffer => Buffer.concat([...parts, END]);
export const tarGz = (parts: Buffer[]): Buffer => gzipSync(tar(parts));

export type RepoFile = string | { symlink: string } | { bytes: Buffer };

/**
 * A repository's files as GitHub's tarball endpoint serves them (`git archive`): a pax global header
 * with the commit's SHA, then everything under `<top>/`, directories before their files.
 */
export function repositoryTarball(files: Record<string, RepoFile>, top: string, sha: string): Buffer {
  const parts: Buffer[] = [paxEntry({ comment: sha }, 'g'), entry({ name: `${top}/`, type: '5' })];
  const dirs = new Set<string>();
  for (const path of Object.keys(files).sort()) {
    const segs = path.split('/');
    for (let i = 1; i < segs.length; i++) {
      const dir = segs.slice(0, i).join('/');
      if (!dirs.has(dir)) {
        dirs.add(dir);
        parts.push(entry({ name: `${top}/${dir}/`, type: '5' }));
      }
    }
    const f = files[path]!;
    if (typeof f === 'string') parts.push(entry({ name: `${top}/${path}`, data: f }));
    else if ('symlink' in f) parts.push(entry({ name: `${top}/${path}`, type: '2', linkname: f.symlink }));
    else parts.push(entry({ name: `${top}/${path}`, data: f.bytes }));
  }
  return tarGz(parts);
}
