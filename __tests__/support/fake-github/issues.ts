/** The PR's conversation: issue comments (the summary comment) and label removal. */
import { userAccount } from './accounts.ts';
import { requestBodyValidator, schemaErrorText, type Json } from './openapi.ts';
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

/** GET and POST /repos/{o}/{r}/issues/{n}/comments; PATCH and DELETE /repos/{o}/{r}/issues/comments/{id}. */
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
