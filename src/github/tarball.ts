import type { PullRequest } from '../types.ts';
import { explainGitHubError, type GitHubClient } from './client.ts';

export interface TarballDownload {
  /**
   * The answer's body, chunk by chunk as it arrives: past `maxBytes` in all it throws (and the
   * download is cancelled), whatever Content-Length said or did not say.
   */
  body: AsyncIterable<Uint8Array>;
  /** Bytes received so far. */
  received(): number;
}

/**
 * The gzip'd tar of the pull request's head commit (`GET /repos/{o}/{r}/tarball/{sha}`): GitHub
 * answers 302 to codeload, which fetch follows. The head SHA, never the merge commit or a branch, so
 * the snapshot is exactly the code the review's comments point at. The body is handed on as a
 * stream, never held whole: an answer that declares more than `maxBytes` is refused before it is
 * read, and one that sends more stops there.
 */
export async function openTarball(
  gh: GitHubClient,
  pr: Pick<PullRequest, 'owner' | 'repo' | 'headSha'>,
  maxBytes: number,
): Promise<TarballDownload> {
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
  const stream = res.data as unknown as ReadableStream<Uint8Array> | null;
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await stream?.cancel();
    throw tooLarge(`${declared} bytes`);
  }
  if (stream === null || typeof (stream as { getReader?: unknown }).getReader !== 'function')
    throw new Error(`GitHub answered no tarball body while ${doing}: try the run again.`);
  let received = 0;
  async function* body(): AsyncGenerator<Uint8Array> {
    const reader = stream!.getReader();
    try {
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (e) {
          throw new Error(
            `the download of the repository's tarball at ${short} broke off (${(e as Error).message}): try the run again`,
            { cause: e },
          );
        }
        if (chunk.done) return;
        received += chunk.value.byteLength;
        if (received > maxBytes)
          throw tooLarge(`more than ${maxBytes} bytes (the download was stopped there)`);
        yield chunk.value;
      }
    } finally {
      // Stopped early (over the cap, or the archive's reader gave up): the rest is not fetched.
      await reader.cancel().catch(() => {});
    }
  }
  return { body: body(), received: () => received };
}
