/** GraphQL: review threads (listed, resolved); and a person resolving a thread in the web UI. */
import { WRITE_ROLES, userAccount } from './accounts.ts';
import { pullKeyOf, repoKey, type FakeState, type Reply, type RouteHandler } from './state.ts';
import type { StoredComment } from './types.ts';
import { roleOf } from './users.ts';

export const graphqlRoute: RouteHandler = (state, { method, pathname, body, where }) =>
  method === 'POST' && pathname === '/graphql' ? graphqlReply(state, body, where) : undefined;

function threadsOf(
  state: FakeState,
  key: string,
): { id: string; root: StoredComment; replies: StoredComment[] }[] {
  return state.comments
    .filter((c) => c.pullKey === key && c.inReplyToId === null)
    .map((root) => ({
      id: `PRRT_${root.id}`,
      root,
      replies: state.comments.filter((r) => r.inReplyToId === root.id),
    }));
}

function graphqlReply(state: FakeState, body: unknown, where: string): Reply {
  const { opts, comments, pulls, violations } = state;
  const b = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
  const q = String(b.query ?? '');
  const v = b.variables ?? {};
  const forbidden = (m: string) => ({
    status: 200,
    body: {
      data: null,
      errors: [{ type: 'FORBIDDEN', path: [m], message: 'Resource not accessible by integration' }],
    },
  });
  if (opts.graphql === 'off') return forbidden('repository');
  if (/resolveReviewThread/.test(q)) {
    if (opts.graphql === 'no-resolve') return forbidden('resolveReviewThread');
    const id = String(v['threadId'] ?? v['id'] ?? '');
    const root = comments.find((c) => `PRRT_${c.id}` === id);
    if (!root)
      return {
        status: 200,
        body: {
          data: null,
          errors: [
            { type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` },
          ],
        },
      };
    root.resolved = true;
    root.resolvedBy = state.actor;
    return { status: 200, body: { data: { resolveReviewThread: { thread: { id, isResolved: true } } } } };
  }
  if (/reviewThreads/.test(q)) {
    const key = `${repoKey(String(v['owner']), String(v['repo']))}#${v['number']}`;
    if (!pulls.has(key))
      return {
        status: 200,
        body: {
          data: { repository: { pullRequest: null } },
          errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a PullRequest' }],
        },
      };
    const all = threadsOf(state, key);
    const first = Number(v['first'] ?? 100);
    const after = v['cursor'] ?? v['after'];
    const start = typeof after === 'string' ? Number(after) : 0;
    const page = all.slice(start, start + first);
    const nodes = page.map((t) => ({
      id: t.id,
      isResolved: t.root.resolved,
      isOutdated: t.root.line === null,
      path: t.root.path,
      line: t.root.line,
      startLine: t.root.startLine,
      diffSide: t.root.side,
      // The field's type is User: an app's bot resolving gives null, as a deleted account does.
      resolvedBy:
        t.root.resolved && t.root.resolvedBy?.type === 'User' ? { login: t.root.resolvedBy.login } : null,
      comments: {
        nodes: [t.root, ...t.replies].map((c) => ({
          databaseId: c.id,
          body: c.body,
          author: {
            login: c.user.login.replace(/\[bot\]$/, ''),
            __typename: c.user.type === 'Bot' ? 'Bot' : 'User',
          },
          // Asked as aliases of `reactions(content: THUMBS_UP|THUMBS_DOWN) { totalCount }`.
          thumbsUp: { totalCount: (c.reactions ?? []).filter((r) => r.content === '+1').length },
          thumbsDown: { totalCount: (c.reactions ?? []).filter((r) => r.content === '-1').length },
        })),
      },
    }));
    return {
      status: 200,
      body: {
        data: {
          repository: {
            pullRequest: {
              reviewThreads: {
                pageInfo: { hasNextPage: start + first < all.length, endCursor: String(start + first) },
                nodes,
              },
            },
          },
        },
      },
    };
  }
  violations.push(`${where}: unexpected GraphQL operation`);
  return { status: 200, body: { errors: [{ message: 'unexpected query in the fake' }] } };
}

/**
 * A person resolves a review thread (the root comment's id) in the web UI. As GitHub, only the PR's
 * author, the comment's author or someone with write access may: anyone else is a test bug (throws).
 */
export function resolveThread(state: FakeState, commentId: number, by: string): void {
  const { comments, pulls } = state;
  const root = comments.find((c) => c.id === commentId && c.inReplyToId === null);
  if (!root) throw new Error(`fake-github: no review thread starts with comment ${commentId}`);
  if (root.resolved) throw new Error(`fake-github: the thread of comment ${commentId} is resolved already`);
  const p = [...pulls.values()].find((x) => pullKeyOf(x) === root.pullKey)!;
  const same = (a: string) => a.toLowerCase() === by.toLowerCase();
  if (!same(p.spec.author ?? 'octocat') && !same(root.user.login) && !WRITE_ROLES.has(roleOf(state, by)))
    throw new Error(
      `fake-github: ${by} may not resolve the thread (not the PR's author, nor the comment's, nor a collaborator with write access)`,
    );
  root.resolved = true;
  root.resolvedBy = userAccount(by);
}
