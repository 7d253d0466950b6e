import { explainGitHubError, type GitHubClient } from './client.ts';

/** GitHub's JSON answer for a file carries its content (base64) up to this size, and its size always. */
const JSON_CONTENT_LIMIT = 1024 * 1024;

/**
 * One file of the repository at `ref` (a commit SHA), as text; null when it does not exist there, or
 * when it is larger than `maxBytes`. A read capped within 1 MB asks for the JSON answer, which gives a
 * larger file's size without its content, so nothing is downloaded only to be dropped; a larger cap
 * asks for the raw media type, which gives the content itself up to GitHub's 100 MB limit. What the
 * text is (binary, too large for its use) is the caller's to judge.
 */
export async function readRepoFile(
  gh: GitHubClient,
  repo: { owner: string; repo: string },
  ref: string,
  path: string,
  maxBytes: number,
): Promise<string | null> {
  const where = { owner: repo.owner, repo: repo.repo, path, ref };
  const doing = `reading ${path} at ${ref.slice(0, 7)}`;
  if (maxBytes <= JSON_CONTENT_LIMIT) {
    const data = await get(() => gh.rest.repos.getContent(where), doing);
    if (data === null) return null;
    const file = data as { type?: string; encoding?: string; content?: string; size?: number };
    // A directory, a submodule or a link leading out of the repository: no text to read.
    if (Array.isArray(data) || file.type !== 'file' || file.encoding !== 'base64') return null;
    if ((file.size ?? 0) > maxBytes || typeof file.content !== 'string') return null;
    return Buffer.from(file.content, 'base64').toString('utf8');
  }
  const data = await get(() => gh.rest.repos.getContent({ ...where, mediaType: { format: 'raw' } }), doing);
  if (data === null) return null;
  // A directory (or a submodule) is answered with its JSON listing, even with the raw media type.
  if (typeof data !== 'string') throw new Error(`${path} at ${ref.slice(0, 7)} is a directory, not a file.`);
  return Buffer.byteLength(data) > maxBytes ? null : data;
}

/** The answer's data; null for a 404 (nothing at that path and ref). */
async function get(request: () => Promise<{ data: unknown }>, doing: string): Promise<unknown> {
  try {
    return (await request()).data;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw explainGitHubError(e, doing);
  }
}
