/** The PR's conversation: issue comments (the summary comment) and label removal. */
import { userAccount, userJson } from './accounts.ts';
import {
  documentedResponses,
  requestBodyValidator,
  responseBodyValidator,
  schemaErrorText,
  type Json,
} from './openapi.ts';
import { DOCS } from './limits.ts';
import {
  ghError,
  paged,
  pullKeyOf,
  pullNumbered,
  repoKey,
  type FakeState,
  type RouteHandler,
} from './state.ts';
import type { StoredIssueComment } from './types.ts';

/** DELETE /repos/{o}/{r}/issues/{n}/labels/{name} */
export const removeLabelRoute: RouteHandler = (state, { method, segs, where }) => {
  if (!(
    method === 'DELETE' &&
    segs[0] === 'repos' &&
    segs[3] === 'issues' &&
    /^\d+$/.test(segs[4] ?? '') &&
    segs[5] === 'labels' &&
    segs.length === 7
  ))
    return undefined;
  const p = state.pulls.get(`${repoKey(segs[1] ?? '', segs[2] ?? '')}#${segs[4]}`);
  if (!p) {
    state.violations.push(`${where}: no such pull request in the fake`);
    return ghError(404, 'Not Found', DOCS.rest);
  }
  if (state.opts.failLabelRemovalWith)
    return ghError(state.opts.failLabelRemovalWith, 'Resource not accessible by integration', DOCS.rest);
  const labels = (p.spec.labels ??= []);
  const i = labels.indexOf(segs[6]!);
  if (i < 0) return ghError(404, 'Label does not exist', DOCS.rest);
  labels.splice(i, 1);
  return {
    status: 200,
    body: labels.map((name, n) => ({ id: 1000 + n, name, color: 'ededed', default: false })),
  };
};

/** GET and POST /repos/{o}/{r}/issues/{n}/comments; GET, PATCH and DELETE /repos/{o}/{r}/issues/comments/{id}. */
export const issueCommentsRoute: RouteHandler = (state, { method, segs, query, pathname, body, where }) => {
  if (segs[0] !== 'repos' || segs.length < 4) return undefined;
  const { issueComments, violations } = state;
  const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
  if (segs[3] === 'issues' && /^\d+$/.test(segs[4] ?? '') && segs[5] === 'comments' && segs.length === 6) {
    const p = state.pulls.get(`${rk}#${segs[4]}`);
    if (!p) return ghError(404, 'Not Found', DOCS.rest);
    const key = pullKeyOf(p);
    if (method === 'GET') {
      return paged(
        state,
        issueComments
          .filter((c) => c.pullKey === key)
          .map((c) => issueCommentJson(state, c, rk, p.spec.number)),
        query,
        pathname,
      );
    }
    if (method === 'POST') {
      const validate = requestBodyValidator('issues/create-comment');
      if (!validate(body)) {
        const errors = (validate.errors ?? []).map((e) => schemaErrorText(e, body));
        violations.push(`${where}: request body does not match issues/create-comment: ${errors.join(' ')}`);
        return ghError(422, 'Invalid request.', DOCS.rest, { errors });
      }
      const t = commentText(body);
      if (t === null || [...t].length > 65_536) {
        violations.push(`${where}: issue comment body missing or over 65536 characters`);
        return ghError(422, 'Validation Failed', DOCS.rest);
      }
      const c: StoredIssueComment = {
        id: state.next.issueComment++,
        pullKey: key,
        body: t,
        user: state.actor,
        updates: 0,
      };
      issueComments.push(c);
      return { status: 201, body: issueCommentJson(state, c, rk, p.spec.number) };
    }
  }
  if (segs[3] === 'issues' && segs[4] === 'comments' && /^\d+$/.test(segs[5] ?? '') && segs.length === 6) {
    const c = issueComments.find((x) => x.id === Number(segs[5]));
    if (!c) return ghError(404, 'Not Found', DOCS.rest);
    if (method === 'GET')
      return { status: 200, body: issueCommentJson(state, c, rk, Number(c.pullKey.split('#')[1])) };
    if (method === 'PATCH') {
      const t = commentText(body);
      if (t === null || [...t].length > 65_536) {
        violations.push(`${where}: issue comment body missing or over 65536 characters`);
        return ghError(422, 'Validation Failed', DOCS.rest);
      }
      c.body = t;
      c.updates++;
      return { status: 200, body: issueCommentJson(state, c, rk, Number(c.pullKey.split('#')[1])) };
    }
    if (method === 'DELETE') {
      issueComments.splice(issueComments.indexOf(c), 1);
      return { status: 204, body: null };
    }
  }
  return undefined;
};

/** The `body` of a request that writes a comment, if it is a non-blank string. */
export function commentText(b: unknown): string | null {
  const t = (b as { body?: unknown } | undefined)?.body;
  return typeof t === 'string' && t.trim() !== '' ? t : null;
}

function issueCommentJson(state: FakeState, c: StoredIssueComment, rk: string, number: number): Json {
  const { baseUrl } = state;
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${baseUrl}/repos/${rk}/issues/comments/${c.id}`,
    html_url: `https://github.com/${rk}/pull/${number}#issuecomment-${c.id}`,
    body: c.body,
    user: c.user,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    issue_url: `${baseUrl}/repos/${rk}/issues/${number}`,
    author_association: 'NONE',
  };
}

/** A comment on the PR's conversation by a person (`user`, default octocat). */
export function addIssueComment(
  state: FakeState,
  number: number,
  c: { body: string; user?: string },
): StoredIssueComment {
  const stored: StoredIssueComment = {
    id: state.next.issueComment++,
    pullKey: pullKeyOf(pullNumbered(state, number)),
    body: c.body,
    user: userAccount(c.user ?? 'octocat'),
    updates: 0,
  };
  state.issueComments.push(stored);
  return stored;
}

const ISSUE_DOC = 'https://docs.github.com/rest/issues/issues#get-an-issue';
const REPO_DOC = 'https://docs.github.com/rest/repos/repos#get-a-repository';

/**
 * `GET /repos/{o}/{r}/issues/{n}`: an issue of `issues`, or a PR of the fake as GitHub answers it
 * there (an issue object with `pull_request`); anything else is GitHub's 404 (a missing issue, or a
 * repository the token cannot see). Every answer is checked against GitHub's description first.
 * `GET /repos/{o}/{r}`: the fake's repositories (its PRs' and its issues'), public unless `private`.
 */
export const issueRoute: RouteHandler = (state, { method, segs, query, where }) => {
  if (method !== 'GET' || segs[0] !== 'repos') return undefined;
  const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
  if (segs.length === 3) {
    if (!('200' in documentedResponses('/repos/{owner}/{repo}', 'repos/get')))
      throw new Error('fake-github: repos/get has no 200 answer');
    const known =
      [...state.pulls.keys()].some((k) => k.startsWith(`${rk}#`)) ||
      (state.opts.issues ?? []).some((i) => repoKey(i.owner, i.repo) === rk);
    if (!known) return ghError(404, 'Not Found', REPO_DOC);
    const [owner, repo] = [segs[1]!, segs[2]!];
    const isPrivate = (state.opts.privateRepos ?? []).some((r) => r.toLowerCase() === rk);
    return {
      status: 200,
      body: {
        id: 500 + rk.length,
        name: repo,
        full_name: `${owner}/${repo}`,
        private: isPrivate,
        visibility: isPrivate ? 'private' : 'public',
        owner: userJson(owner),
        html_url: `https://github.com/${owner}/${repo}`,
        url: `${state.baseUrl}/repos/${owner}/${repo}`,
        default_branch: 'main',
      },
    };
  }
  if (!(segs[3] === 'issues' && /^\d+$/.test(segs[4] ?? '') && segs.length === 5)) return undefined;
  if ([...query.keys()].length > 0)
    state.violations.push(`${where}: unexpected query (${query.toString()}); issues/get takes none`);
  const n = Number(segs[4]);
  const stored = (state.opts.issues ?? []).find((i) => repoKey(i.owner, i.repo) === rk && i.number === n);
  const pull = state.pulls.get(`${rk}#${n}`);
  if (!stored && !pull) return ghError(404, 'Not Found', ISSUE_DOC);
  const [owner, repo] = [segs[1]!, segs[2]!];
  const api = `${state.baseUrl}/repos/${owner}/${repo}/issues/${n}`;
  const web = `https://github.com/${owner}/${repo}/${pull && !stored ? 'pull' : 'issues'}/${n}`;
  const body: Record<string, unknown> = {
    id: 2_000_000 + n,
    node_id: Buffer.from(`05:Issue${2_000_000 + n}`).toString('base64'),
    url: api,
    repository_url: `${state.baseUrl}/repos/${owner}/${repo}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: web,
    number: n,
    state: 'open',
    title: stored ? stored.title : (pull!.spec.title ?? `Pull request ${n}`),
    body: stored ? (stored.body ?? null) : (pull!.spec.body ?? null),
    user: simpleUser(stored?.author ?? pull?.spec.author ?? 'octocat'),
    labels: [],
    assignee: null,
    milestone: null,
    locked: false,
    comments: 0,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    closed_at: null,
    author_association: 'CONTRIBUTOR',
  };
  if (pull && !stored)
    body['pull_request'] = {
      url: `${state.baseUrl}/repos/${owner}/${repo}/pulls/${n}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: null,
    };
  // A fake out of step with GitHub's description is a test bug, reported without crashing the run.
  const validate = responseBodyValidator('issues/get', '200');
  if (!validate(body))
    state.violations.push(
      `${where}: the fake's answer does not match issues/get: ${(validate.errors ?? []).map((e) => schemaErrorText(e, body)).join(' ')}`,
    );
  return { status: 200, body };
};

/** `simple-user` whole, as the issue schema requires it (userJson has the fields reviews use). */
function simpleUser(login: string): Record<string, unknown> {
  const u = userJson(login);
  const api = String(u['url']);
  return {
    ...u,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
  };
}
