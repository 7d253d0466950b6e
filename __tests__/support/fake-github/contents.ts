/**
 * `GET /repos/{o}/{r}/contents/{path}`: with `files`, the strict API (reads at a commit of the PR, a
 * file or a directory listing); otherwise the plain one of `contents` (by ref, any repository).
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { encodePath, ghError, repoKey, type FakeState, type Reply, type RouteHandler } from './state.ts';
import type { FakeRepoFile } from './types.ts';

export const contentsRoute: RouteHandler = (state, { method, segs, query, accept, where }) => {
  if (method !== 'GET' || segs[0] !== 'repos' || segs[3] !== 'contents') return undefined;
  if (state.opts.files !== undefined) return strictContents(state, segs, query, accept, where);
  // GET /repos/o/r/contents/{path}: a file at `ref`, as JSON (base64) or raw with the raw media type.
  if (segs.length >= 5)
    return contentsReply(
      state,
      repoKey(segs[1] ?? '', segs[2] ?? ''),
      segs.slice(4).join('/'),
      query,
      accept,
    );
  return undefined;
};

function contentsReply(
  state: FakeState,
  rk: string,
  path: string,
  query: URLSearchParams,
  accept: string,
): Reply {
  const doc = 'https://docs.github.com/rest/repos/contents#get-repository-content';
  const ref = query.get('ref') ?? 'HEAD';
  const text = state.opts.contents?.[ref]?.[path];
  if (text === undefined) return ghError(404, 'Not Found', doc);
  return fileReply(state, rk, path, ref, text, accept);
}

/** GitHub's JSON answer carries a file's content up to 1 MB; a larger one only with the raw media type. */
const JSON_CONTENT_LIMIT = 1024 * 1024;

/**
 * One file as the contents API answers it: its exact bytes for the raw media type (up to GitHub's
 * 100 MB), else JSON: base64 content up to 1 MB, and over that `encoding: "none"` and no content.
 */
function fileReply(
  state: FakeState,
  rk: string,
  path: string,
  ref: string,
  content: string | Buffer,
  accept: string,
): Reply {
  const bytes = Buffer.from(content);
  if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
    // The bytes as they are: decoding them as UTF-8 would change an image's.
    return { status: 200, body: bytes, contentType: 'application/vnd.github.raw; charset=utf-8' };
  }
  const large = bytes.length > JSON_CONTENT_LIMIT;
  const { baseUrl } = state;
  const [owner, repo] = rk.split('/');
  const sha = createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
  const url = `${baseUrl}/repos/${owner}/${repo}/contents/${encodePath(path)}?ref=${ref}`;
  return {
    status: 200,
    body: {
      type: 'file',
      encoding: large ? 'none' : 'base64',
      size: bytes.length,
      name: path.split('/').pop(),
      path,
      // GitHub wraps the base64 text at 60 characters.
      content: large ? '' : (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
      sha,
      url,
      git_url: `${baseUrl}/repos/${owner}/${repo}/git/blobs/${sha}`,
      html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${encodePath(path)}`,
      download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${encodePath(path)}`,
      _links: { self: url, git: '', html: '' },
    },
  };
}

/** GET /repos/{o}/{r}/contents/{path}?ref=SHA: a file (raw), a directory listing, or 404. */
function strictContents(
  state: FakeState,
  segs: string[],
  query: URLSearchParams,
  accept: string,
  where: string,
): Reply {
  const docs = 'https://docs.github.com/rest/repos/contents#get-repository-content';
  const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
  const prs = [...state.pulls.values()].filter((p) => repoKey(p.spec.owner, p.spec.repo) === rk);
  if (prs.length === 0) {
    state.violations.push(`${where}: no such repository in the fake`);
    return ghError(404, 'Not Found', docs);
  }
  // Octokit may send the path with its slashes encoded (%2F): segments are decoded already.
  const path = segs.slice(4).join('/');
  const ref = query.get('ref');
  const shas = new Set([
    ...prs.flatMap((p) => [p.spec.baseSha, p.spec.headSha, ...(p.spec.knownShas ?? [])]),
    ...Object.keys(state.opts.files ?? {}),
  ]);
  if (ref === null || !/^[0-9a-f]{40}$/.test(ref) || !shas.has(ref)) {
    state.violations.push(
      `${where}: contents read at ref ${ref === null ? '(none: the default branch)' : `'${ref}'`}, not at a commit of the PR`,
    );
    return ghError(404, `No commit found for the ref ${ref ?? ''}`, docs);
  }
  if (path === '' || path.split('/').some((p) => p === '' || p === '.' || p === '..')) {
    state.violations.push(`${where}: malformed path '${path}'`);
    return ghError(404, 'Not Found', docs);
  }
  const tree = state.opts.files?.[ref] ?? {};
  const entry = tree[path];
  if (entry !== undefined) return entryReply(state, rk, path, ref, tree, entry, accept);
  const under = Object.keys(tree).filter((f) => f.startsWith(`${path}/`));
  if (under.length > 0) {
    // A directory: GitHub answers its JSON listing, whatever the media type.
    const names = [...new Set(under.map((f) => f.slice(path.length + 1).split('/')[0]!))];
    return {
      status: 200,
      body: names.map((n) => ({
        type: kindOf(tree[`${path}/${n}`]),
        name: n,
        path: `${path}/${n}`,
      })),
    };
  }
  return ghError(404, 'Not Found', docs);
}

function kindOf(e: FakeRepoFile | undefined): 'file' | 'symlink' | 'dir' {
  if (e === undefined) return 'dir';
  return typeof e === 'object' && 'symlink' in e ? 'symlink' : 'file';
}

/**
 * A file, or a symbolic link as GitHub answers it: "if the symlink's target is a normal file in the
 * repository, then the API responds with the content of the file", otherwise with an object
 * describing the link (its `target`), never what it points to.
 */
function entryReply(
  state: FakeState,
  rk: string,
  path: string,
  ref: string,
  tree: Record<string, FakeRepoFile>,
  entry: FakeRepoFile,
  accept: string,
): Reply {
  if (typeof entry === 'string') return fileReply(state, rk, path, ref, entry, accept);
  if ('bytes' in entry) return fileReply(state, rk, path, ref, entry.bytes, accept);
  const to = entry.symlink.startsWith('/')
    ? null
    : posix.normalize(posix.join(posix.dirname(path), entry.symlink));
  const target = to !== null && !to.startsWith('..') ? tree[to] : undefined;
  if (target !== undefined && kindOf(target) === 'file')
    return fileReply(
      state,
      rk,
      to!,
      ref,
      typeof target === 'string' ? target : (target as { bytes: Buffer }).bytes,
      accept,
    );
  const { baseUrl } = state;
  const [owner, repo] = rk.split('/');
  const url = `${baseUrl}/repos/${owner}/${repo}/contents/${encodePath(path)}?ref=${ref}`;
  const sha = createHash('sha1')
    .update(`blob ${Buffer.byteLength(entry.symlink)}\0${entry.symlink}`)
    .digest('hex');
  return {
    status: 200,
    body: {
      type: 'symlink',
      target: entry.symlink,
      size: Buffer.byteLength(entry.symlink),
      name: path.split('/').pop(),
      path,
      sha,
      url,
      git_url: `${baseUrl}/repos/${owner}/${repo}/git/blobs/${sha}`,
      html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${encodePath(path)}`,
      download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${encodePath(path)}`,
      _links: { self: url, git: '', html: '' },
    },
  };
}
