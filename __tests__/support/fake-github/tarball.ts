/**
 * `GET /repos/{o}/{r}/tarball/{ref}`, as GitHub answers it: a 302 to a short-lived codeload URL,
 * whose own token (not the API token) lets the gzip'd tar be fetched. The archive is `git archive`'s
 * layout (a pax global header with the SHA, everything under `owner-repo-<sha7>/`), built from
 * `repoFiles[ref]`; a ref that is not a commit of a PR in the fake is a violation, as reading a
 * branch would be.
 */
import { randomBytes } from 'node:crypto';
import { repositoryTarball } from '../tar.ts';
import { documentedResponses } from './openapi.ts';
import { ghError, repoKey, type FakeState, type RouteHandler } from './state.ts';

const DOCS = 'https://docs.github.com/rest/repos/contents#download-a-repository-archive-tar';
const TEMPLATE = '/repos/{owner}/{repo}/tarball/{ref}';

/** Links handed out: codeload's token, to the archive it opens. */
const links = new WeakMap<FakeState, Map<string, { owner: string; repo: string; ref: string }>>();

export const tarballRoute: RouteHandler = (state, { method, segs, where }) => {
  if (method !== 'GET' || segs[0] !== 'repos' || segs[3] !== 'tarball') return undefined;
  const owner = segs[1] ?? '';
  const repo = segs[2] ?? '';
  const rk = repoKey(owner, repo);
  const prs = [...state.pulls.values()].filter((p) => repoKey(p.spec.owner, p.spec.repo) === rk);
  if (prs.length === 0) {
    state.violations.push(`${where}: no such repository in the fake`);
    return ghError(404, 'Not Found', DOCS);
  }
  // The ref may span segments (x-multi-segment: a branch such as feature/x).
  const ref = segs.slice(4).join('/');
  const shas = new Set(prs.flatMap((p) => [p.spec.baseSha, p.spec.headSha, ...(p.spec.knownShas ?? [])]));
  if (!/^[0-9a-f]{40}$/.test(ref) || !shas.has(ref)) {
    state.violations.push(
      `${where}: tarball of ref '${ref}', not of a commit of the PR (the snapshot must be of head.sha)`,
    );
    return ghError(404, 'Not Found', DOCS);
  }
  if (state.opts.repoFiles?.[ref] === undefined) return ghError(404, 'Not Found', DOCS);
  if (!('302' in documentedResponses(TEMPLATE, 'repos/download-tarball-archive')))
    throw new Error('fake-github: the OpenAPI description no longer answers the tarball with a 302');
  const token = randomBytes(12).toString('hex');
  if (!links.has(state)) links.set(state, new Map());
  links.get(state)!.set(token, { owner, repo, ref });
  const location = `${state.baseUrl}/_codeload/${owner}/${repo}/legacy.tar.gz/${ref}?token=${token}`;
  return { status: 302, body: '', contentType: 'text/html; charset=utf-8', headers: { location } };
};

/** The codeload side: the archive for a token handed out above; anything else is codeload's 404. */
export const codeloadRoute: RouteHandler = (state, { method, segs, query, where }) => {
  if (segs[0] !== '_codeload') return undefined;
  const link = links.get(state)?.get(query.get('token') ?? '');
  if (method !== 'GET' || link === undefined || segs.slice(4).join('/') !== link.ref) {
    state.violations.push(`${where}: codeload request without a link the tarball endpoint handed out`);
    return { status: 404, body: '404: Not Found', contentType: 'text/plain; charset=utf-8' };
  }
  const top = `${link.owner}-${link.repo}-${link.ref.slice(0, 7)}`;
  return {
    status: 200,
    body: repositoryTarball(state.opts.repoFiles?.[link.ref] ?? {}, top, link.ref),
    contentType: 'application/x-gzip',
    headers: { 'content-disposition': `attachment; filename=${top}.tar.gz` },
  };
};
