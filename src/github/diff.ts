import type { Logger, PullRequest } from '../types.ts';
import type { FileDiff, FileStatus } from '../diff/types.ts';
import { parseDiff, parsePatch } from '../diff/parse.ts';
import type { SkippedFile } from '../filter/filter.ts';
import { explainGitHubError, type GitHubClient } from './client.ts';

/** GitHub lists at most this many files of a pull request. */
export const FILES_LIST_CAP = 3_000;

export interface PullRequestDiff {
  files: FileDiff[];
  /** Files the API could not give (beyond the files-list cap). */
  notListed: SkippedFile[];
  source: 'diff' | 'files';
}

/**
 * The PR's diff: the unified diff in one request, or, when GitHub refuses it as too large (406, over
 * 300 files or 20,000 lines), the paginated files list with each file's patch.
 */
export async function fetchPullRequestDiff(
  gh: GitHubClient,
  pr: PullRequest,
  log: Logger,
): Promise<PullRequestDiff> {
  try {
    const res = await gh.rest.pulls.get({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      mediaType: { format: 'diff' },
    });
    return { files: parseDiff(res.data as unknown as string), notListed: [], source: 'diff' };
  } catch (e) {
    if ((e as { status?: number }).status !== 406)
      throw explainGitHubError(e, `fetching the diff of #${pr.number}`);
    log.info('GitHub refused the whole diff as too large; reading the files list instead.');
  }
  return fetchFromFilesList(gh, pr);
}

/**
 * The diff of the commits since `base` (an earlier reviewed head), when the PR only moved forward
 * from it; null after a force-push or rebase, or when the push is too large to list.
 */
export async function diffSince(gh: GitHubClient, pr: PullRequest, base: string): Promise<FileDiff[] | null> {
  let res;
  try {
    res = await gh.rest.repos.compareCommitsWithBasehead({
      owner: pr.owner,
      repo: pr.repo,
      basehead: `${base}...${pr.headSha}`,
      per_page: 100,
    });
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404 || status === 422) return null; // the old head is gone (force-push, gc)
    throw e;
  }
  if (res.data.status !== 'ahead') return null;
  // The compare API lists at most 300 files: a larger push is reviewed as a whole PR instead.
  if ((res.data.files?.length ?? 0) >= 300) return null;
  return (res.data.files ?? []).map(fromListedFile);
}

type ListedFile = Awaited<ReturnType<GitHubClient['rest']['pulls']['listFiles']>>['data'][number];

async function fetchFromFilesList(gh: GitHubClient, pr: PullRequest): Promise<PullRequestDiff> {
  const listed: ListedFile[] = [];
  try {
    for await (const page of gh.paginate.iterator(gh.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    })) {
      listed.push(...page.data);
      if (listed.length >= FILES_LIST_CAP) break;
    }
  } catch (e) {
    throw explainGitHubError(e, `listing the files of #${pr.number}`);
  }
  const files = listed.slice(0, FILES_LIST_CAP).map(fromListedFile);
  const notListed: SkippedFile[] = [];
  if (pr.changedFiles !== null && pr.changedFiles > files.length) {
    notListed.push({
      path: `(${pr.changedFiles - files.length} more files)`,
      reason: `GitHub lists at most ${FILES_LIST_CAP} files of a pull request; the rest could not be read`,
    });
  }
  return { files, notListed, source: 'files' };
}

const STATUS: Record<string, FileStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  changed: 'modified',
  unchanged: 'modified',
  renamed: 'renamed',
  copied: 'copied',
};

/** The one line git shows for a submodule: the commit it points at. */
const SUBPROJECT = /^Subproject commit [0-9a-f]{40,64}(?:-dirty)?$/;

export function fromListedFile(f: ListedFile): FileDiff {
  const status = STATUS[f.status] ?? 'modified';
  const parsed = f.patch
    ? parsePatch(f.patch)
    : { hunks: [], additions: f.additions, deletions: f.deletions };
  // No patch: binary when nothing was counted as lines, otherwise a text file too large to show.
  const noPatch = f.patch === undefined || f.patch === null;
  const binary = noPatch && f.additions === 0 && f.deletions === 0 && f.changes === 0 && status !== 'renamed';
  // The files list gives no modes; a submodule's patch is its `Subproject commit` lines alone.
  const submodule =
    parsed.hunks.length > 0 && parsed.hunks.every((h) => h.lines.every((l) => SUBPROJECT.test(l.content)));
  return {
    path: f.filename,
    oldPath: status === 'added' ? null : (f.previous_filename ?? f.filename),
    status,
    binary,
    patchMissing: noPatch && !binary && f.changes > 0,
    oldMode: submodule && status !== 'added' ? '160000' : null,
    newMode: submodule && status !== 'deleted' ? '160000' : null,
    hunks: parsed.hunks,
    additions: parsed.additions,
    deletions: parsed.deletions,
  };
}
