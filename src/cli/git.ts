import type { PullRequest } from '../types.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';

/*
 * The local git reader: what the command line reviews (a diff file, or a range of the repository it
 * runs in) and the pull request it stands for. The repository's own files are read in repo-files.ts.
 */

/** What is reviewed, and what the pipeline needs to know of it. */
export interface Source {
  diff: string;
  label: string;
  title: string;
  body: string;
  repo: string;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  /** The repository's top-level directory, when reviewing a git range. */
  root: string | null;
}

export function git(args: string[]): string {
  return execFileSync('git', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trimEnd();
}

/** `--diff FILE` (`-`: standard input), else the range `--base...--head` of the current repository. */
export function readSource(v: {
  diff?: string | undefined;
  base?: string | undefined;
  head?: string | undefined;
}): Source {
  if (v.diff !== undefined) {
    if (v.base !== undefined || v.head !== undefined)
      throw new Error('use either --diff or --base/--head, not both');
    let diff: string;
    try {
      diff = readFileSync(v.diff === '-' ? 0 : v.diff, 'utf8');
    } catch (e) {
      throw new Error(`cannot read the diff file '${v.diff}': ${(e as Error).message}`, { cause: e });
    }
    const name = v.diff === '-' ? 'standard input' : v.diff;
    return {
      diff,
      label: name,
      title: `Changes in ${name}`,
      body: '',
      repo: 'local',
      headSha: '0'.repeat(40),
      baseSha: '0'.repeat(40),
      headRef: '',
      baseRef: '',
      root: null,
    };
  }
  try {
    git(['rev-parse', '--git-dir']);
  } catch (e) {
    throw new Error('not inside a git repository: run it in one, or pass --diff FILE', { cause: e });
  }
  const head = v.head ?? 'HEAD';
  const baseRef = v.base ?? defaultBase();
  let baseSha: string;
  let headSha: string;
  try {
    headSha = git(['rev-parse', '--verify', '--end-of-options', `${head}^{commit}`]);
    baseSha = git(['merge-base', '--end-of-options', baseRef, headSha]);
  } catch (e) {
    throw new Error(
      `cannot resolve the range ${baseRef}...${head}: ${((e as { stderr?: string }).stderr ?? (e as Error).message).trim()}`,
      { cause: e },
    );
  }
  const diff =
    git([
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--find-renames',
      '--end-of-options',
      baseSha,
      headSha,
      '--',
    ]) + '\n';
  const log = git([
    'log',
    '--format=%s%n%n%b',
    '--reverse',
    '--end-of-options',
    `${baseSha}..${headSha}`,
    '--',
  ]);
  const title = log.split('\n')[0] || `Changes since ${baseRef}`;
  const top = git(['rev-parse', '--show-toplevel']);
  return {
    diff,
    label: `${baseRef}...${head} (${baseSha.slice(0, 7)}..${headSha.slice(0, 7)})`,
    title,
    body: log,
    repo: top.split('/').pop() ?? 'local',
    headSha,
    baseSha,
    headRef: head,
    baseRef,
    root: top,
  };
}

/** The top-level directory of the working tree (links resolved), or null outside a repository. */
export function worktreeTop(source: Source): string | null {
  try {
    return realpathSync(source.root ?? git(['rev-parse', '--show-toplevel']));
  } catch {
    return null;
  }
}

/** The branch a PR would target: origin's default branch, else main or master. */
function defaultBase(): string {
  try {
    return git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  } catch {
    for (const ref of ['origin/main', 'origin/master', 'main', 'master']) {
      try {
        git(['rev-parse', '--verify', '--quiet', '--end-of-options', ref]);
        return ref;
      } catch {
        /* try the next */
      }
    }
  }
  throw new Error('cannot find the default branch: pass --base REF');
}

/** The pull request a local review stands for: no number, no author, always open. */
export function localPullRequest(
  source: Source,
  title: string | undefined,
  changedFiles: number,
): PullRequest {
  return {
    owner: 'local',
    repo: source.repo,
    number: 0,
    title: title ?? source.title,
    body: source.body,
    headSha: source.headSha,
    baseSha: source.baseSha,
    headRef: source.headRef,
    baseRef: source.baseRef,
    draft: false,
    state: 'open',
    author: '',
    htmlUrl: '',
    changedFiles,
  };
}
