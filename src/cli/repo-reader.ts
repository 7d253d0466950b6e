import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { worktreeTop, type Source } from './git.ts';
import { readAtCommit, readBytesAtCommit, readInWorktree, readNamed, type RepoFile } from './repo-files.ts';
import type { ReadImage } from '../pipeline/images.ts';

/** Whole-file context is for small files (see MAX_CONTEXT_LINES): a larger read is not needed. */
const MAX_CONTEXT_READ_BYTES = 4 << 20;
/** Configuration and instruction files: withRepoConfig bounds them further. */
const MAX_REPO_FILE_BYTES = 4 << 20;

/** The files for full-file context: as of the reviewed head commit, not the working tree. */
export function headReader(source: Source): ((path: string) => Promise<string | null>) | null {
  const root = source.root;
  if (!root) return null;
  return async (path) => {
    const f = readAtCommit(root, source.headSha, path, MAX_CONTEXT_READ_BYTES);
    return f.kind === 'file' ? f.text : null;
  };
}

/**
 * The changed images' bytes, as the action reads them at the pull request's commits: the new version
 * at the head commit, the old one at the merge base the diff starts from (git objects, never the
 * working tree). None for a diff file: it names no commit to read them at.
 */
export function imageReader(source: Source): ReadImage | null {
  const root = source.root;
  if (!root) return null;
  return async (path, side, maxBytes) =>
    readBytesAtCommit(root, side === 'new' ? source.headSha : source.baseSha, path, maxBytes);
}

export interface RepoReader {
  read: (path: string) => Promise<string | null>;
  /** Where the configuration and instruction files come from, for the log. */
  where: string;
  /** Where the `--config` file comes from. */
  configWhere: string;
  /** False when a pull request could have written them (the working tree). */
  trusted: boolean;
  /** Said once before reading, when the files are deliberately not read. */
  notice: string | null;
}

/** A file that is there but was not read is a notice in the log (withRepoConfig words it). */
function textOf(f: RepoFile): string | null {
  if (f.kind === 'file') return f.text;
  if (f.kind === 'missing') return null;
  throw new Error(`${f.why}; skipped`);
}

/**
 * Reads the repository's files as the action does: from the base commit of a range (git objects, so
 * a committed symbolic link is never followed). A diff file has no base commit, and the working tree
 * may hold the very change under review, so its files are read only with --repo-config-from-worktree,
 * and never through a link. `--config FILE` is read from disk as given, but a file inside the
 * repository only without links, like the working tree's.
 */
export function repoReader(
  source: Source,
  configFlag: string | undefined,
  fromWorktree: boolean,
  files: { config: string; instructions: readonly string[] },
): RepoReader {
  let top: string | null | undefined;
  const worktree = (): string | null => {
    if (top === undefined) top = worktreeTop(source);
    return top;
  };
  const fromConfigFlag = (file: string): string => {
    const root = worktree() ?? (fromWorktree ? realpathSync(process.cwd()) : null);
    const f = readNamed(root, file, MAX_REPO_FILE_BYTES);
    if (f.kind === 'missing') throw new Error(`the --config file '${file}' does not exist`);
    if (f.kind === 'skipped')
      throw new Error(
        `cannot use the --config file '${file}': ${f.why}. Name the file itself, inside the repository.`,
      );
    return f.text;
  };
  const isConfigFlag = (path: string): boolean => configFlag !== undefined && path === configFlag;
  const configWhere = 'the file given with --config';

  if (source.root) {
    const root = source.root;
    const base = source.baseSha;
    return {
      read: async (path) =>
        isConfigFlag(path)
          ? fromConfigFlag(path)
          : textOf(readAtCommit(root, base, path, MAX_REPO_FILE_BYTES)),
      where: `the base commit ${base.slice(0, 7)}`,
      configWhere,
      trusted: true,
      notice: null,
    };
  }
  if (fromWorktree) {
    return {
      read: async (path) =>
        isConfigFlag(path)
          ? fromConfigFlag(path)
          : textOf(readInWorktree(worktree() ?? process.cwd(), path, MAX_REPO_FILE_BYTES)),
      where: 'the working tree (not a trusted revision)',
      configWhere,
      trusted: false,
      notice: null,
    };
  }
  // Only the files that are there are worth a word (lstat: nothing is read or followed).
  const here = worktree() ?? process.cwd();
  const names = [...(configFlag === undefined ? [files.config] : []), ...files.instructions].filter((f) => {
    try {
      lstatSync(join(here, f));
      return true;
    } catch {
      return false;
    }
  });
  return {
    read: async (path) => (isConfigFlag(path) ? fromConfigFlag(path) : null),
    where: 'the working tree',
    configWhere,
    trusted: true,
    notice:
      names.length === 0
        ? null
        : `Not reading ${names.join(', ')} from the working tree: a diff file has no base commit, and the working tree may hold the change under review. Pass --repo-config-from-worktree to use them, or review a git range (--base) to read them from its base commit.`,
  };
}
