import {
  badPath,
  normalPath,
  type ReadResult,
  type RepoEntry,
  type Repository,
} from '../../src/repo/types.ts';

/** A symbolic link in a MemoryRepo, its target as written in the repository. */
export interface Link {
  link: string;
}

const LFS = 'version https://git-lfs.github.com/spec/v1';

/**
 * A Repository held in memory, for the tools' tests: the same answers the snapshot and the git view
 * give (missing, directory, binary, LFS pointer, too large, symlink outside), without a disk.
 */
export class MemoryRepo implements Repository {
  readonly label = 'memory';
  private readonly items = new Map<string, string | Link>();
  private disposed = false;
  /** Paths read, in order: a test can check that a refused path was never looked up. */
  readonly reads: string[] = [];

  private readonly maxBytes: number;

  constructor(files: Record<string, string | Link>, o: { maxBytes?: number } = {}) {
    this.maxBytes = o.maxBytes ?? 1_000_000;
    for (const [p, v] of Object.entries(files)) this.items.set(normalPath(p), v);
  }

  entries(): readonly RepoEntry[] {
    return [...this.items]
      .map(([path, v]): RepoEntry =>
        typeof v === 'string'
          ? { path, kind: 'file', size: Buffer.byteLength(v) }
          : { path, kind: 'symlink', size: Buffer.byteLength(v.link), target: v.link },
      )
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async read(path: string): Promise<ReadResult> {
    if (this.disposed) throw new Error('the repository view was disposed');
    const bad = badPath(path);
    if (bad) return { ok: false, path, why: 'missing', detail: bad };
    this.reads.push(path);
    path = normalPath(path);
    let p = path;
    for (let hop = 0; hop < 8; hop++) {
      const v = this.items.get(p);
      if (v === undefined) {
        const isDir = [...this.items.keys()].some((k) => k.startsWith(`${p}/`));
        return isDir
          ? { ok: false, path: p, why: 'directory', detail: '' }
          : { ok: false, path: p, why: 'missing', detail: '' };
      }
      if (typeof v !== 'string') {
        const target = v.link;
        const base = p.split('/').slice(0, -1);
        const parts = [...base, ...target.split('/')];
        const out: string[] = [];
        let outside = target.startsWith('/');
        for (const s of parts) {
          if (s === '' || s === '.') continue;
          if (s === '..') {
            if (out.length === 0) outside = true;
            else out.pop();
          } else out.push(s);
        }
        if (outside) return { ok: false, path, why: 'symlink-outside', detail: `it points to ${target}` };
        p = out.join('/');
        continue;
      }
      const size = Buffer.byteLength(v);
      if (size > this.maxBytes) {
        return { ok: false, path, why: 'too-large', detail: `${size} bytes` };
      }
      if (v.includes('\0')) return { ok: false, path, why: 'binary', detail: '' };
      if (v.startsWith(LFS)) return { ok: false, path, why: 'lfs-pointer', detail: '' };
      return { ok: true, path, text: v, size };
    }
    return { ok: false, path, why: 'symlink-outside', detail: 'a chain of links too long to follow' };
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }
}
