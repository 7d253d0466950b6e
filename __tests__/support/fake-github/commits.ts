/** `GET /repos/{o}/{r}/commits?sha=&path=`: the commits that touched a file, for `file_history`. */
import { ghError, paged, repoKey, type RouteHandler } from './state.ts';

const DOCS = 'https://docs.github.com/rest/commits/commits#list-commits';

export const commitsRoute: RouteHandler = (state, { method, segs, query, pathname, where }) => {
  if (method !== 'GET' || segs[0] !== 'repos' || segs[3] !== 'commits' || segs.length !== 4) return undefined;
  const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
  const prs = [...state.pulls.values()].filter((p) => repoKey(p.spec.owner, p.spec.repo) === rk);
  if (prs.length === 0) return ghError(404, 'Not Found', DOCS);
  const sha = query.get('sha') ?? '';
  const known = new Set(prs.flatMap((p) => [p.spec.headSha, p.spec.baseSha, ...(p.spec.knownShas ?? [])]));
  if (!known.has(sha)) {
    state.violations.push(`${where}: commits listed from '${sha}', not from a commit of the PR`);
    return ghError(404, 'Not Found', DOCS);
  }
  const path = query.get('path') ?? '';
  const list = (state.opts.fileCommits?.[path] ?? []).map((c) => ({
    sha: c.sha,
    node_id: `C_${c.sha}`,
    url: `${state.baseUrl}/repos/${rk}/commits/${c.sha}`,
    html_url: `https://github.com/${rk}/commit/${c.sha}`,
    comments_url: `${state.baseUrl}/repos/${rk}/commits/${c.sha}/comments`,
    commit: {
      url: `${state.baseUrl}/repos/${rk}/git/commits/${c.sha}`,
      author: { name: c.author, email: `${c.author}@example.com`, date: c.date },
      committer: { name: c.author, email: `${c.author}@example.com`, date: c.date },
      message: c.message,
      comment_count: 0,
      tree: { sha: c.sha, url: `${state.baseUrl}/repos/${rk}/git/trees/${c.sha}` },
    },
    author: null,
    committer: null,
    parents: [],
  }));
  return paged(state, list, query, pathname);
};
