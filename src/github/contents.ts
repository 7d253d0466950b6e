import { explainGitHubError, type GitHubClient } from './client.ts';

/**
 * One file of the repository at `ref` (a commit SHA), as text; null when it does not exist there.
 * The raw media type returns the content itself, without base64, up to GitHub's 100 MB limit.
 */
export async function readRepoFile(
  gh: GitHubClient,
  repo: { owner: string; repo: string },
  path: string,
  ref: string,
): Promise<string | null> {
  let data: unknown;
  try {
    const res = await gh.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path,
      ref,
      mediaType: { format: 'raw' },
    });
    data = res.data;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw explainGitHubError(e, `reading ${path} at ${ref.slice(0, 7)}`);
  }
  // A directory (or a submodule) is answered with its JSON listing, even with the raw media type.
  if (typeof data !== 'string') throw new Error(`${path} at ${ref.slice(0, 7)} is a directory, not a file.`);
  return data;
}
