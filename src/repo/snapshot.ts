import { constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, open, realpath, rm } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { readTarGzStream, TarReader, type TarEntry, type TarSkip } from './tar.ts';
import { TreeIndex, textOf } from './tree.ts';
import type { ReadResult, Repository } from './types.ts';

/**
 * The action's view of the repository: the head commit's tarball unpacked under RUNNER_TEMP, as it
 * streams in (download, gunzip, tar entries, files written: at no point is the archive whole in
 * memory; the index keeps paths and sizes, never contents). Only regular files are written, mode
 * 0644 (nothing is executable, nothing is run); symbolic links stay in the index and are resolved
 * there, never on disk, so no link a pull request adds can lead a read out of the snapshot. Files
 * over `maxFileBytes` are listed but not written; once `maxTotalBytes` are written the rest, in the
 * archive's order, are listed as too large, and the snapshot says it hit its cap.
 */

export interface SnapshotOptions {
  /**
   * The gzip'd tar of the commit (GitHub's tarball: everything under one `owner-repo-<sha>/`), whole
   * or as a stream of chunks (a download's body). A stream's error ends the snapshot with it.
   */
  tarball: Uint8Array | AsyncIterable<Uint8Array>;
  /** For logs and the job summary, e.g. "snapshot of a1b2c3d". */
  label: string;
  /** Where the snapshot's own directory is made (RUNNER_TEMP in the action). */
  dir: string;
  /** A file larger than this is listed but neither written nor read. */
  maxFileBytes: number;
  /** Bytes written at most, all files together. */
  maxTotalBytes: number;
  /**
   * The unpacked archive (file contents, headers, padding) refused beyond this: a gzip bomb stops
   * here, and what it wrote is removed. Default twice `maxTotalBytes` plus 16 MiB, so an archive
   * somewhat over the total cap still yields a partial snapshot.
   */
  maxUnpackedBytes?: number;
}

export interface SnapshotReport {
  /** Files (regular, and hard links) in the archive, kept in the index. */
  files: number;
  symlinks: number;
  written: number;
  bytesWritten: number;
  /** Files over maxFileBytes, listed but not written. */
  tooLarge: number;
  /** Files not written because the snapshot reached maxTotalBytes (0 unless `capped`). */
  notWritten: number;
  capped: boolean;
  /** Entries refused (bad paths, clashes) or of kinds not kept, with why. */
  skipped: TarSkip[];
}

export interface Snapshot extends Repository {
  /** The snapshot's directory (removed by dispose). */
  readonly root: string;
  readonly report: SnapshotReport;
}

type FileState = 'written' | 'too-large' | 'capped';

/** A file-system failure while unpacking, said as such (an archive's own errors are TarErrors). */
function unpackError(dir: string, e: unknown): Error {
  return new Error(`cannot unpack the repository's snapshot under ${dir}: ${(e as Error).message}`, {
    cause: e,
  });
}

export async function createSnapshot(o: SnapshotOptions): Promise<Snapshot> {
  const index = new TreeIndex();
  const states = new Map<string, FileState>();
  const skipped: TarSkip[] = [];
  const root = await mkdtemp(join(o.dir, 'vtrix-snapshot-'));
  const realRoot = await realpath(root);
  let bytesWritten = 0;
  let capped = false;

  // Writes are synchronous, one file as its entry arrives: gunzip runs on libuv's thread pool, and
  // thousands of small files written through the same pool (open, write, close: three round trips
  // each) starved it (measured: 1.5 times the wall time, 2.5 times the system time). Nothing else
  // of the run goes on while the snapshot is made; the download waits in its socket meanwhile.
  const made = new Set<string>();
  const write = (path: string, data: Uint8Array) => {
    const d = dirname(path);
    if (d !== '.' && !made.has(d)) {
      mkdirSync(join(root, d), { recursive: true, mode: 0o755 });
      made.add(d);
    }
    // `wx`: never through anything already there (a link cannot be, but the flag costs nothing).
    writeFileSync(join(root, path), data, { mode: 0o644, flag: 'wx' });
  };

  /** An entry at a path already taken replaces it, as tar extracts: what was written there goes. */
  const forget = (path: string) => {
    const before = states.get(path);
    if (before === undefined) return;
    states.delete(path);
    if (before !== 'written') return;
    bytesWritten -= index.get(path)?.size ?? 0;
    rmSync(join(root, path), { force: true });
  };

  /** Whether a file of this size is written, given what is written already (and counts it if so). */
  const admit = (path: string, size: number): boolean => {
    if (size > o.maxFileBytes) {
      states.set(path, 'too-large');
      return false;
    }
    if (capped || bytesWritten + size > o.maxTotalBytes) {
      // Stop at the first file that does not fit: what is written does not depend on sizes after it.
      capped = true;
      states.set(path, 'capped');
      return false;
    }
    bytesWritten += size;
    states.set(path, 'written');
    return true;
  };

  const place = (e: TarEntry): void => {
    const parent = index.blockingParent(e.path);
    if (parent !== null) {
      skipped.push({ name: e.path, reason: `${parent}, above it, is a file or a link, not a directory` });
      return;
    }
    if (e.kind === 'directory') {
      if (index.get(e.path) !== undefined) {
        skipped.push({ name: e.path, reason: 'a directory where the archive has a file of the same name' });
        return;
      }
      index.addDirectory(e.path);
      return;
    }
    if (index.isDirectory(e.path)) {
      skipped.push({ name: e.path, reason: 'a file where the archive has a directory of the same name' });
      return;
    }
    if (e.kind === 'symlink') {
      forget(e.path);
      index.add({ path: e.path, kind: 'symlink', size: e.size, target: e.target! });
      return;
    }
    if (e.kind === 'file') {
      forget(e.path);
      index.add({ path: e.path, kind: 'file', size: e.size });
      if (admit(e.path, e.size) && e.data !== undefined) write(e.path, e.data);
      return;
    }
    // A hard link takes the content of an earlier file of the archive, as tar extracts it.
    const target = e.target!;
    // A link to itself leaves the file as it is.
    if (target === e.path && states.has(target)) return;
    const from = index.get(target);
    const state = states.get(target);
    if (from?.kind !== 'file' || state === undefined) {
      skipped.push({
        name: e.path,
        reason: `a hard link to ${target}, which is not a file earlier in the archive`,
      });
      return;
    }
    forget(e.path);
    index.add({ path: e.path, kind: 'file', size: from.size });
    if (state === 'too-large') states.set(e.path, 'too-large');
    else if (state === 'capped') {
      capped = true;
      states.set(e.path, 'capped');
    } else if (admit(e.path, from.size)) {
      write(e.path, readFileSync(join(root, target)));
    }
  };

  try {
    const keepData = (size: number) => size <= o.maxFileBytes && !capped;
    const source = o.tarball instanceof Uint8Array ? [o.tarball] : o.tarball;
    const items = readTarGzStream(
      source,
      o.maxUnpackedBytes ?? 2 * o.maxTotalBytes + 16 * 1024 * 1024,
      new TarReader({ keepData }),
    );
    for await (const item of items) {
      if ('skip' in item) skipped.push(item.skip);
      else place(item.entry);
    }
  } catch (e) {
    await rm(root, { recursive: true, force: true });
    // The archive's own errors, and the download's, as they are; the file system's, said as such.
    throw typeof (e as NodeJS.ErrnoException).syscall === 'string' ? unpackError(o.dir, e) : e;
  }

  const report: SnapshotReport = {
    files: 0,
    symlinks: 0,
    written: 0,
    bytesWritten,
    tooLarge: 0,
    notWritten: 0,
    capped,
    skipped,
  };
  for (const e of index.entries()) {
    if (e.kind === 'symlink') {
      report.symlinks++;
      continue;
    }
    report.files++;
    const st = states.get(e.path);
    if (st === 'written') report.written++;
    else if (st === 'too-large') report.tooLarge++;
    else report.notWritten++;
  }

  let disposed = false;
  const sizeOf = (p: string) => index.get(p)?.size ?? 0;

  async function read(path: string): Promise<ReadResult> {
    if (disposed) throw new Error(`the ${o.label} was disposed: it cannot be read any more`);
    const r = index.resolve(path);
    if (!r.ok) return { ok: false, path, why: r.why, detail: r.detail };
    const shown = r.via.length === 0 ? path : `${path} (the symbolic link leads to ${r.path})`;
    if (r.kind === 'directory')
      return { ok: false, path, why: 'directory', detail: `${shown} is a directory: list it instead` };
    const st = states.get(r.path);
    if (st === 'too-large')
      return {
        ok: false,
        path,
        why: 'too-large',
        detail: `${shown} is ${sizeOf(r.path)} bytes, over the ${o.maxFileBytes} bytes a file may have to be read`,
      };
    if (st === 'capped')
      return {
        ok: false,
        path,
        why: 'too-large',
        detail: `${shown} (${sizeOf(r.path)} bytes) was not unpacked: the snapshot hit its cap of ${o.maxTotalBytes} bytes in all`,
      };
    const abs = join(root, r.path);
    // Defence in depth: nothing on disk is a link, but should one be there, it is not followed.
    const fh = await open(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const real = await realpath(abs);
      if (!real.startsWith(realRoot + sep))
        return {
          ok: false,
          path,
          why: 'symlink-outside',
          detail: `${shown} leads out of the snapshot's directory: it is not read`,
        };
      const bytes = await fh.readFile();
      return textOf(path, bytes);
    } finally {
      await fh.close();
    }
  }

  return {
    label: o.label,
    root,
    report,
    entries: () => index.entries(),
    read,
    async dispose() {
      disposed = true;
      await rm(root, { recursive: true, force: true });
    },
  };
}
