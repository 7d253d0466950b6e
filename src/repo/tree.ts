import { badPath, normalPath, type ReadResult, type RepoEntry } from './types.ts';

/**
 * What the snapshot and the git view share: the tree as an index of entries (directories implied by
 * the paths under them), symbolic links resolved inside it and only there, and the test of whether a
 * file's bytes are text the model may read.
 */

/** Links followed in one lookup at most: a longer chain (or a loop) is refused. */
export const MAX_SYMLINK_HOPS = 8;

/** Bytes looked at for a NUL, as git does to call a file binary. */
const BINARY_SNIFF = 8000;

const LFS_FIRST_LINE = 'version https://git-lfs.github.com/spec/v1';

export class TreeIndex {
  private readonly byPath = new Map<string, RepoEntry>();
  private readonly dirs = new Set<string>();
  private sorted: RepoEntry[] | null = null;

  /** Adds an entry (a later one at the same path replaces it); its parents become directories. */
  add(entry: RepoEntry): void {
    this.byPath.set(entry.path, entry);
    this.sorted = null;
    this.addParents(entry.path);
  }

  addDirectory(path: string): void {
    this.dirs.add(path);
    this.addParents(path);
  }

  private addParents(path: string): void {
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) this.dirs.add(path.slice(0, i));
  }

  get(path: string): RepoEntry | undefined {
    return this.byPath.get(path);
  }

  isDirectory(path: string): boolean {
    return path === '' || this.dirs.has(path);
  }

  /** The nearest parent of `path` that is a file or a link (a path cannot go on below either). */
  blockingParent(path: string): string | null {
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
      const parent = path.slice(0, i);
      if (this.byPath.has(parent)) return parent;
    }
    return null;
  }

  entries(): readonly RepoEntry[] {
    this.sorted ??= [...this.byPath.values()].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
    return this.sorted;
  }

  /**
   * Where `path` leads: a file's path or a directory's, every symbolic link on the way (the last
   * part or a directory above it) replaced by its target, read relative to the link's directory.
   * A target that is absolute or climbs above the root is `symlink-outside`; a chain longer than
   * MAX_SYMLINK_HOPS is `symlink-loop`.
   */
  resolve(
    path: string,
  ):
    | { ok: true; path: string; kind: 'file' | 'directory'; via: string[] }
    | { ok: false; why: 'missing' | 'symlink-outside' | 'symlink-loop' | 'bad-path'; detail: string } {
    const bad = badPath(path);
    if (bad !== null) return { ok: false, why: 'bad-path', detail: bad };
    let rest = normalPath(path).split('/');
    const done: string[] = [];
    const via: string[] = [];
    while (rest.length > 0) {
      const seg = rest.shift()!;
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        // Only a link's target can hold `..`: the caller's path was refused above if it did.
        if (done.length === 0)
          return {
            ok: false,
            why: 'symlink-outside',
            detail: `${path} leads out of the repository through the symbolic link ${via.at(-1) ?? ''}: links are followed only inside it`,
          };
        done.pop();
        continue;
      }
      done.push(seg);
      const here = done.join('/');
      const e = this.byPath.get(here);
      if (e?.kind === 'symlink') {
        via.push(`${here} -> ${e.target ?? ''}`);
        if (via.length > MAX_SYMLINK_HOPS)
          return {
            ok: false,
            why: 'symlink-loop',
            detail: `${path} goes through more than ${MAX_SYMLINK_HOPS} symbolic links (a loop or a long chain): ${via.slice(0, 4).join(', ')}, …`,
          };
        const target = e.target ?? '';
        if (target === '' || target.includes('\0') || /^([A-Za-z]:)?[\\/]/.test(target))
          return {
            ok: false,
            why: 'symlink-outside',
            detail: `${here} is a symbolic link to ${JSON.stringify(target)}, outside the repository: links are followed only inside it`,
          };
        done.pop();
        rest = [...target.split('/'), ...rest];
        continue;
      }
      if (e !== undefined && rest.some((s) => s !== '' && s !== '.')) {
        return {
          ok: false,
          why: 'missing',
          detail: `${here} is a file, not a directory, so ${path} does not exist`,
        };
      }
      if (e === undefined && !this.dirs.has(here))
        return {
          ok: false,
          why: 'missing',
          detail:
            via.length === 0
              ? `${path} does not exist in the repository`
              : `${path} leads to ${here} (through ${via.join(', ')}), which does not exist`,
        };
    }
    const final = done.join('/');
    return { ok: true, path: final, kind: this.byPath.has(final) ? 'file' : 'directory', via };
  }
}

/** A file's bytes as the model gets them: text, or why not (binary, a Git LFS pointer). */
export function textOf(path: string, bytes: Uint8Array): ReadResult {
  const head = bytes.subarray(0, BINARY_SNIFF);
  if (head.includes(0))
    return {
      ok: false,
      path,
      why: 'binary',
      detail: `${path} is a binary file (${bytes.length} bytes): it is not shown`,
    };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const nl = text.indexOf('\n');
  if ((nl === -1 ? text : text.slice(0, nl)).replace(/\r$/, '') === LFS_FIRST_LINE)
    return {
      ok: false,
      path,
      why: 'lfs-pointer',
      detail: `${path} is a Git LFS pointer: the file's content is stored outside the repository and is not read`,
    };
  return { ok: true, path, text, size: bytes.length };
}
