import { constants } from 'node:fs';
import { mkdir, mkdtemp, open, realpath, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { mapPool } from '../util/pool.ts';
import { readTarGz, type TarSkip } from './tar.ts';
import { TreeIndex, textOf } from './tree.ts';
import type { ReadResult, Repository } from './types.ts';

/**
 * The action's view of the repository: the head commit's tarball unpacked under RUNNER_TEMP. Only
 * regular files are written, mode 0644 (nothing is executable, nothing is run); symbolic links stay
 * in the index and are resolved there, never on disk, so no link a pull request adds can lead a read
 * out of the snapshot. Files over `maxFileBytes` are listed but not written; once `maxTotalBytes` are
 * written the rest are listed as too large, and the snapshot says it hit its cap.
 */

export interface SnapshotOptions {
  /** The gzip'd tar of the commit (GitHub's tarball: everything under one `owner-repo-<sha>/`). */
  tarball: Uint8Array;
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
   * here, in memory, before anything is written. Default twice `maxTotalBytes` plus 16 MiB, so an
   * archive somewhat over the total cap still yields a partial snapshot.
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

type FileState = { state: 'written' } | { state: 'too-large' } | { state: 'capped' };

/** Files written at once: enough to keep the disk busy, few enough not to exhaust file handles. */
const WRITE_CONCURRENCY = 16;

export async function createSnapshot(o: SnapshotOptions): Promise<Snapshot> {
  const listing = readTarGz(o.tarball, o.maxUnpackedBytes ?? 2 * o.maxTotalBytes + 16 * 1024 * 1024);
  const index = new TreeIndex();
  const data = new Map<string, Uint8Array>();
  const skipped = [...listing.skipped];

  for (const e of listing.entries) {
    const parent = index.blockingParent(e.path);
    if (parent !== null) {
      skipped.push({ name: e.path, reason: `${parent}, above it, is a file or a link, not a directory` });
      continue;
    }
    if (e.kind === 'directory') {
      if (index.get(e.path) !== undefined) {
        skipped.push({ name: e.path, reason: 'a directory where the archive has a file of the same name' });
        continue;
      }
      index.addDirectory(e.path);
      continue;
    }
    if (index.isDirectory(e.path)) {
      skipped.push({ name: e.path, reason: 'a file where the archive has a directory of the same name' });
      continue;
    }
    if (e.kind === 'symlink') {
      data.delete(e.path);
      index.add({ path: e.path, kind: 'symlink', size: e.size, target: e.target! });
      continue;
    }
    // A hard link takes the content of an earlier file of the archive, as tar extracts it.
    const bytes = e.kind === 'hardlink' ? data.get(e.target!) : e.data!;
    if (bytes === undefined) {
      skipped.push({
        name: e.path,
        reason: `a hard link to ${e.target}, which is not a file earlier in the archive`,
      });
      continue;
    }
    data.set(e.path, bytes);
    index.add({ path: e.path, kind: 'file', size: bytes.length });
  }

  const root = await mkdtemp(join(o.dir, 'vtrix-snapshot-'));
  const realRoot = await realpath(root);
  const states = new Map<string, FileState>();
  const toWrite: [string, Uint8Array][] = [];
  let bytesWritten = 0;
  let capped = false;
  const report: SnapshotReport = {
    files: 0,
    symlinks: 0,
    written: 0,
    bytesWritten: 0,
    tooLarge: 0,
    notWritten: 0,
    capped: false,
    skipped,
  };
  for (const e of index.entries()) {
    if (e.kind === 'symlink') {
      report.symlinks++;
      continue;
    }
    report.files++;
    const bytes = data.get(e.path)!;
    if (bytes.length > o.maxFileBytes) {
      states.set(e.path, { state: 'too-large' });
      report.tooLarge++;
    } else if (capped || bytesWritten + bytes.length > o.maxTotalBytes) {
      // Stop at the first file that does not fit: what is written does not depend on sizes after it.
      capped = true;
      states.set(e.path, { state: 'capped' });
      report.notWritten++;
    } else {
      bytesWritten += bytes.length;
      states.set(e.path, { state: 'written' });
      toWrite.push([e.path, bytes]);
    }
  }
  report.capped = capped;
  report.written = toWrite.length;
  report.bytesWritten = bytesWritten;

  try {
    const dirs = [...new Set(toWrite.map(([p]) => dirname(p)))].filter((d) => d !== '.').sort();
    for (const d of dirs) await mkdir(join(root, d), { recursive: true, mode: 0o755 });
    // `wx`: never through anything already there (a link cannot be, but the flag costs nothing).
    await mapPool(toWrite, WRITE_CONCURRENCY, ([p, bytes]) =>
      writeFile(join(root, p), bytes, { mode: 0o644, flag: 'wx' }),
    );
  } catch (e) {
    await rm(root, { recursive: true, force: true });
    throw new Error(`cannot unpack the repository's snapshot under ${o.dir}: ${(e as Error).message}`, {
      cause: e,
    });
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
    if (st?.state === 'too-large')
      return {
        ok: false,
        path,
        why: 'too-large',
        detail: `${shown} is ${sizeOf(r.path)} bytes, over the ${o.maxFileBytes} bytes a file may have to be read`,
      };
    if (st?.state === 'capped')
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
