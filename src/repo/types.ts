/**
 * A read-only view of the repository at the reviewed commit, for the tools the model may call (issue
 * 14). Two implementations: the snapshot of the head commit's tarball (`snapshot.ts`), and the git
 * objects at a commit (`git.ts`: the command line's repository, and the action's workspace when it
 * holds the head commit). Every path is repository-relative with `/` separators; nothing outside the
 * repository can be named, and symbolic links are never followed out of it. Nothing here is executed.
 */

/** One entry of the repository's tree. */
export interface RepoEntry {
  path: string;
  kind: 'file' | 'symlink';
  /** Bytes of the file (of the link's target text for a symlink). */
  size: number;
  /** Set for a symlink: its target as written in the repository (never resolved outside it). */
  target?: string;
}

/**
 * Why a file cannot be read as text: the model is told, never given the bytes. `bad-path`: the path
 * itself is refused (absolute, `..`, NUL); `symlink-loop`: more links in a row than are followed.
 */
export type Unreadable =
  | 'missing'
  | 'binary'
  | 'lfs-pointer'
  | 'too-large'
  | 'symlink-outside'
  | 'symlink-loop'
  | 'bad-path'
  | 'directory';

export type ReadResult =
  | { ok: true; path: string; text: string; size: number }
  | { ok: false; path: string; why: Unreadable; detail: string };

export interface Repository {
  /** Where it was read from, for logs and the job summary ("snapshot of a1b2c3d", "git at HEAD"). */
  readonly label: string;
  /** Every entry (files and symlinks), sorted by path. */
  entries(): readonly RepoEntry[];
  /**
   * A file's text. A symlink is read through only when its target resolves to a file inside the
   * repository; `..`, absolute paths and NUL are refused before anything is looked up.
   */
  read(path: string): Promise<ReadResult>;
  /** Frees what it holds on disk (the snapshot's directory); reads fail after it. */
  dispose(): Promise<void>;
}

/** The reason a path written by the model (or a PR) is refused before any lookup, or null when it is fine. */
export function badPath(path: string): string | null {
  if (typeof path !== 'string' || path === '') return 'the path is empty';
  if (path.includes('\0')) return 'the path holds a NUL character';
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\'))
    return 'absolute paths are refused: give a path relative to the repository root';
  if (path.split(/[\\/]/).includes('..')) return '`..` is refused: give a path inside the repository';
  return null;
}

/** A repository-relative path in canonical form (no `./`, no doubled or trailing `/`). */
export function normalPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}
