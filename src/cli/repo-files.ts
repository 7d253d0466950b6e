import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { BaseEntry } from '../repo/base.ts';

/**
 * How the command line reads the repository's own files (configuration, instruction files, full-file
 * context): one reader per side, `(where, path, maxBytes)`: a commit's git objects, or the working
 * tree (which also serves `--config FILE` when it names a file in there). Neither follows a symbolic
 * link: a pull request can commit `AGENTS.md -> /proc/self/environ`, and following it would send the
 * environment (CI secrets, the API key) to the model.
 */
export type RepoFile =
  | { kind: 'file'; text: string }
  | { kind: 'missing' }
  /** There, but not read: `why` completes "… it is a symbolic link", for the log. */
  | { kind: 'skipped'; why: string };

/** Only plain relative paths: `..`, `.`, empty segments or an absolute path could leave the root. */
function plainPath(path: string): boolean {
  return (
    path !== '' &&
    !path.startsWith('/') &&
    !path.includes('\0') &&
    path.split('/').every((s) => s !== '' && s !== '.' && s !== '..')
  );
}

const NOT_PLAIN: RepoFile = { kind: 'skipped', why: 'its path is not a plain path inside the repository' };

function tooLarge(size: number, maxBytes: number): RepoFile {
  return { kind: 'skipped', why: `it is ${size} bytes, over the ${maxBytes} read at most` };
}

/**
 * `path` as committed in `commit`, read from git objects. A symbolic link there is a blob holding the
 * link's target: it is reported as skipped, never read as text, and never resolved.
 */
export function readAtCommit(root: string, commit: string, path: string, maxBytes: number): RepoFile {
  if (!plainPath(path)) return NOT_PLAIN;
  const entry = treeEntry(root, commit, path);
  if (!entry) return { kind: 'missing' };
  if (entry.mode === '120000') return { kind: 'skipped', why: 'it is a symbolic link, not a regular file' };
  if (entry.mode === '160000') return { kind: 'skipped', why: 'it is a submodule, not a regular file' };
  if (entry.mode !== '100644' && entry.mode !== '100755')
    return { kind: 'skipped', why: 'it is a directory, not a regular file' };
  if (entry.size > maxBytes) return tooLarge(entry.size, maxBytes);
  const text = execFileSync('git', ['-C', root, 'cat-file', 'blob', entry.object], {
    encoding: 'utf8',
    maxBuffer: maxBytes + 1,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { kind: 'file', text };
}

/**
 * `path` as committed in `commit`, as bytes (an image is never decoded as text), or what stands there
 * instead: a link is named with its target, never followed; a file over `maxBytes` only by its size.
 */
export function readBytesAtCommit(root: string, commit: string, path: string, maxBytes: number): BaseEntry {
  if (!plainPath(path)) throw new Error(`${JSON.stringify(path)} is not a plain path inside the repository`);
  const entry = treeEntry(root, commit, path);
  if (!entry) return { kind: 'missing' };
  if (entry.mode === '160000') return { kind: 'submodule' };
  const blob = () =>
    execFileSync('git', ['-C', root, 'cat-file', 'blob', entry.object], {
      maxBuffer: entry.size + 1,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  // The link's target names it in the log; a path is short, a longer blob is not read for that.
  if (entry.mode === '120000')
    return { kind: 'symlink', target: entry.size <= 4096 ? blob().toString('utf8') : '' };
  if (entry.mode !== '100644' && entry.mode !== '100755') return { kind: 'directory' };
  if (entry.size > maxBytes) return { kind: 'too-large', size: entry.size };
  const bytes = blob();
  return { kind: 'file', bytes, size: bytes.length };
}

/** `path`'s entry in `commit`'s tree (`git ls-tree`), or null when there is none. */
function treeEntry(
  root: string,
  commit: string,
  path: string,
): { mode: string; object: string; size: number } | null {
  let listing: string;
  try {
    // --full-tree: paths from the root, whatever the working directory; --literal-pathspecs: no globs.
    listing = execFileSync(
      'git',
      [
        '-C',
        root,
        '--literal-pathspecs',
        'ls-tree',
        '-z',
        '-l',
        '--full-tree',
        '--end-of-options',
        commit,
        '--',
        path,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (e) {
    const detail = ((e as { stderr?: string }).stderr ?? (e as Error).message).trim();
    throw new Error(`cannot list ${path} at ${commit.slice(0, 7)}: ${detail}`, { cause: e });
  }
  // `<mode> <type> <object> <size>\t<path>\0` per entry.
  const entry = listing
    .split('\0')
    .map((line) => /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/.exec(line))
    .find((m) => m !== null && m[5] === path);
  if (!entry) return null;
  const [, mode, , object, size] = entry as unknown as [string, string, string, string, string];
  return { mode, object, size: size === '-' ? 0 : Number(size) };
}

/**
 * `path` in the working tree under `root`, only when every part of it is a real directory or, at the
 * end, a regular file inside `root`: no symbolic link is followed, whether it points inside or out.
 */
export function readInWorktree(root: string, path: string, maxBytes: number): RepoFile {
  if (!plainPath(path)) return NOT_PLAIN;
  const top = realpathSync(root);
  const parts = path.split('/');
  let at = top;
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    let st;
    try {
      st = lstatSync(at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      throw e;
    }
    const last = i === parts.length - 1;
    if (st.isSymbolicLink()) {
      return {
        kind: 'skipped',
        why: last
          ? 'it is a symbolic link, not a regular file'
          : `${parts.slice(0, i + 1).join('/')} is a symbolic link, which is not followed`,
      };
    }
    if (!last && !st.isDirectory()) return { kind: 'missing' };
    if (last && !st.isFile()) return { kind: 'skipped', why: 'it is not a regular file' };
  }
  // O_NOFOLLOW: a link swapped in since the check is refused; O_NONBLOCK: a FIFO cannot hang the open.
  let fd: number;
  try {
    fd = openSync(at, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP')
      return { kind: 'skipped', why: 'it is a symbolic link, not a regular file' };
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { kind: 'skipped', why: 'it is not a regular file' };
    if (realpathSync(at) !== at) return { kind: 'skipped', why: 'its path leads out of the repository' };
    if (st.size > maxBytes) return tooLarge(st.size, maxBytes);
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    // One byte more than allowed: a file that grew since fstat is caught too.
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes) return tooLarge(n, maxBytes);
    if (n === buf.length) return { kind: 'skipped', why: 'it changed while it was read' };
    return { kind: 'file', text: buf.subarray(0, n).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file named on the command line (`--config FILE`): inside the working tree under `root` it is one
 * of the repository's files, read as readInWorktree reads them; anywhere else it is the user's own
 * file, read from disk as given (links followed: the user chose it). `maxBytes` bounds the former.
 */
export function readNamed(root: string | null, file: string, maxBytes: number): RepoFile {
  const abs = resolve(file);
  if (root !== null && abs.startsWith(root + sep))
    return readInWorktree(root, relative(root, abs).split(sep).join('/'), maxBytes);
  try {
    return { kind: 'file', text: readFileSync(file, 'utf8') };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`cannot read '${file}': ${(e as Error).message}`, { cause: e });
    return { kind: 'missing' };
  }
}
