import { textOf } from './tree.ts';
import { badPath, normalPath, type ReadResult } from './types.ts';

/**
 * The pull request's base commit, read one file at a time when the model asks for a file's old text
 * (issue 14): never a second snapshot. The action asks GitHub's contents API at the base SHA; the
 * command line reads its git objects at the merge base. Either way the path is checked here before
 * anything is asked, and each path is read at most once per run.
 */

/** One path at the base commit, as the source found it: the bytes of a file, or what stands there instead. */
export type BaseEntry =
  | { kind: 'file'; bytes: Uint8Array; size: number }
  | { kind: 'missing' }
  | { kind: 'directory' }
  | { kind: 'submodule' }
  | { kind: 'symlink'; target: string }
  | { kind: 'too-large'; size: number };

export interface BaseFiles {
  /** For the model and the logs, e.g. "base commit 3b18e51". */
  readonly label: string;
  /** A file's text at the base commit; `..`, absolute paths and NUL are refused before any lookup. */
  read(path: string): Promise<ReadResult>;
}

/**
 * A base view over `fetch`, which is called only with a checked, canonical path, at most once per
 * path (a failed fetch is not remembered, so a later call may try again).
 */
export function baseFiles(
  label: string,
  fetch: (path: string) => Promise<BaseEntry>,
  maxFileBytes: number,
): BaseFiles {
  const cache = new Map<string, Promise<ReadResult>>();
  const answer = (path: string, e: BaseEntry): ReadResult => {
    switch (e.kind) {
      case 'file': {
        if (e.size > maxFileBytes || e.bytes.length > maxFileBytes)
          return tooLarge(path, Math.max(e.size, e.bytes.length), maxFileBytes);
        return textOf(path, e.bytes);
      }
      case 'too-large':
        return tooLarge(path, e.size, maxFileBytes);
      case 'missing':
        return { ok: false, path, why: 'missing', detail: `no such file at the ${label}` };
      case 'directory':
        return { ok: false, path, why: 'directory', detail: `${path} is a directory at the ${label}` };
      case 'submodule':
        return {
          ok: false,
          path,
          why: 'directory',
          detail: `${path} is a submodule at the ${label}: its files are in another repository`,
        };
      case 'symlink':
        return {
          ok: false,
          path,
          why: 'symlink-outside',
          detail: `at the ${label} it is a link to ${JSON.stringify(e.target.slice(0, 200))}, not to a file in the repository`,
        };
    }
  };
  return {
    label,
    read(raw) {
      const bad = badPath(raw);
      if (bad !== null) return Promise.resolve({ ok: false, path: raw, why: 'bad-path', detail: bad });
      const path = normalPath(raw);
      if (path === '')
        return Promise.resolve({ ok: false, path: raw, why: 'bad-path', detail: 'the path is empty' });
      let p = cache.get(path);
      if (!p) {
        p = fetch(path).then((e) => answer(path, e));
        cache.set(path, p);
        p.catch(() => cache.delete(path));
      }
      return p;
    },
  };
}

function tooLarge(path: string, size: number, max: number): ReadResult {
  return {
    ok: false,
    path,
    why: 'too-large',
    detail: `${path} is ${size} bytes at the base commit, over the ${max} bytes a file may have to be read`,
  };
}
