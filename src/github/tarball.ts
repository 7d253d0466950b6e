import type { PullRequest } from '../types.ts';
import { explainGitHubError, type GitHubClient } from './client.ts';

/**
 * The gzip'd tar of the pull request's head commit (`GET /repos/{o}/{r}/tarball/{sha}`): GitHub
 * answers 302 to codeload, which fetch follows. The head SHA, never the merge commit or a branch, so
 * the snapshot is exactly the code the review's comments point at. The body is read as a stream and
 * dropped past `maxBytes`, so an oversized repository costs at most that much memory.
 */
export async function downloadTarball(
  gh: GitHubClient,
  pr: Pick<PullRequest, 'owner' | 'repo' | 'headSha'>,
  maxBytes: number,
): Promise<Uint8Array> {
  const short = pr.headSha.slice(0, 7);
  const doing = `downloading the repository's tarball at ${short}`;
  const tooLarge = (size: string) =>
    new Error(
      `The repository's tarball at ${short} is ${size}, over the ${maxBytes} bytes the snapshot may download: raise the snapshot's download cap, or turn the repository tools off for this repository.`,
    );
  let res;
  try {
    res = await gh.rest.repos.downloadTarballArchive({
      owner: pr.owner,
      repo: pr.repo,
      ref: pr.headSha,
      // The raw body stream: read below within the cap, not buffered whole by Octokit first.
      request: { parseSuccessResponseBody: false },
    });
  } catch (e) {
    throw explainGitHubError(e, doing);
  }
  const body = res.data as unknown as ReadableStream<Uint8Array> | null;
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await body?.cancel();
    throw tooLarge(`${declared} bytes`);
  }
  if (body === null || typeof (body as { getReader?: unknown }).getReader !== 'function')
    throw new Error(`GitHub answered no tarball body while ${doing}: try the run again.`);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(`more than ${maxBytes} bytes (the download was stopped there)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
