import type { PullRequest } from '../types.ts';
import type { GitHubClient } from './client.ts';

/** One commit that touched a file, as the `file_history` tool shows it. */
export interface FileCommit {
  sha: string;
  date: string;
  author: string;
  /** The first line of the message. */
  message: string;
}

/**
 * The commits that touched `path`, newest first, up to the reviewed head commit (never later ones):
 * `GET /repos/{owner}/{repo}/commits?sha=<head>&path=<path>`. At most `limit` (one page).
 */
export async function fileHistory(
  gh: GitHubClient,
  pr: PullRequest,
  path: string,
  limit: number,
): Promise<FileCommit[]> {
  const res = await gh.rest.repos.listCommits({
    owner: pr.owner,
    repo: pr.repo,
    sha: pr.headSha,
    path,
    per_page: Math.max(1, Math.min(100, limit)),
  });
  return res.data.map((c) => ({
    sha: c.sha,
    date: c.commit.author?.date ?? c.commit.committer?.date ?? '',
    author: c.commit.author?.name ?? c.author?.login ?? '',
    message: (c.commit.message ?? '').split('\n')[0] ?? '',
  }));
}
