import type { BaseEntry } from '../repo/base.ts';
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

/**
 * What stands at `path` at `ref`: a file's bytes (the model's reader judges binary and LFS pointers;
 * the images are sent as they are), or a directory, submodule or link, or its size when it is over
 * `maxBytes`. The JSON answer comes first: it gives a file's size always, and its content up to 1 MB;
 * a larger file within `maxBytes` is then read with the raw media type (GitHub serves it up to 100 MB),
 * as bytes. GitHub itself answers a link to a file in the repository with that file's content; any
 * other link is named with its target, never followed here.
 */
export async function readRepoEntry(
  gh: GitHubClient,
  repo: { owner: string; repo: string },
  ref: string,
  path: string,
  maxBytes: number,
): Promise<BaseEntry> {
  const where = { owner: repo.owner, repo: repo.repo, path, ref };
  const doing = `reading ${path} at ${ref.slice(0, 7)}`;
  const data = await get(() => gh.rest.repos.getContent(where), doing);
  if (data === null) return { kind: 'missing' };
  if (Array.isArray(data)) return { kind: 'directory' };
  const e = data as { type?: string; encoding?: string; content?: string; size?: number; target?: string };
  if (e.type === 'dir') return { kind: 'directory' };
  if (e.type === 'submodule') return { kind: 'submodule' };
  if (e.type === 'symlink') return { kind: 'symlink', target: String(e.target ?? '') };
  if (e.type !== 'file') throw new Error(`${path} at ${ref.slice(0, 7)} is a ${String(e.type)}, not a file`);
  const size = typeof e.size === 'number' ? e.size : 0;
  if (size > maxBytes) return { kind: 'too-large', size };
  // Over 1 MB, GitHub's JSON answer has no content ("encoding": "none"): the raw media type has it.
  if (e.encoding === 'none' && size > 0) {
    const bytes = await rawBytes(gh, where, maxBytes, doing);
    return bytes === null
      ? { kind: 'too-large', size: Math.max(size, maxBytes + 1) }
      : { kind: 'file', bytes, size };
  }
  if (e.encoding !== 'base64' || typeof e.content !== 'string')
    throw new Error(
      `GitHub gave no content for ${path} at ${ref.slice(0, 7)} (encoding ${String(e.encoding)})`,
    );
  const bytes = Buffer.from(e.content, 'base64');
  return { kind: 'file', bytes, size: Math.max(size, bytes.length) };
}

/**
 * A file's bytes through the raw media type, at most `maxBytes` (null: more). The body is read as the
 * bytes it is: Octokit would decode an answer marked `charset=utf-8` as text, which breaks binary.
 */
async function rawBytes(
  gh: GitHubClient,
  where: { owner: string; repo: string; path: string; ref: string },
  maxBytes: number,
  doing: string,
): Promise<Buffer | null> {
  let res;
  try {
    res = await gh.rest.repos.getContent({
      ...where,
      mediaType: { format: 'raw' },
      request: { parseSuccessResponseBody: false },
    });
  } catch (e) {
    throw explainGitHubError(e, doing);
  }
  const body = res.data as unknown as ReadableStream<Uint8Array> | null;
  // Changed since the JSON answer into a directory, which is answered with its JSON listing. The raw
  // answer's own type is `application/vnd.github.raw` (a server may add `+json` to it: still bytes).
  const type = String(res.headers['content-type'] ?? '');
  if (/json/i.test(type) && !/\.raw\b/i.test(type)) {
    await body?.cancel().catch(() => undefined);
    throw new Error(`${where.path} at ${where.ref.slice(0, 7)} is not a file (GitHub answered JSON)`);
  }
  if (!body) return Buffer.alloc(0);
  const parts: Uint8Array[] = [];
  let n = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  return Buffer.concat(parts, n);
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
