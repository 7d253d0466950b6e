/**
 * Reactions to comments: `POST /repos/{o}/{r}/issues/comments/{id}/reactions` (the PR's conversation)
 * and `POST /repos/{o}/{r}/pulls/comments/{id}/reactions` (review comments), checked against GitHub's
 * OpenAPI description; one reaction per account and content, as GitHub keeps them (200 when it exists).
 */
import { userJson } from './accounts.ts';
import { DOCS } from './limits.ts';
import { requestBodyValidator, schemaErrorText } from './openapi.ts';
import { ghError, repoKey, type FakeState, type RouteHandler } from './state.ts';
import type { StoredReaction } from './types.ts';

const OPERATIONS = {
  issues: 'reactions/create-for-issue-comment',
  pulls: 'reactions/create-for-pull-request-review-comment',
} as const;

let nextReaction = 7000001;

export const reactionsRoute: RouteHandler = (state, { method, segs, body, where }) => {
  if (!(
    segs[0] === 'repos' &&
    (segs[3] === 'issues' || segs[3] === 'pulls') &&
    segs[4] === 'comments' &&
    /^\d+$/.test(segs[5] ?? '') &&
    segs[6] === 'reactions' &&
    segs.length === 7
  ))
    return undefined;
  if (method !== 'POST') {
    state.violations.push(`${where}: the fake answers only POST of reactions`);
    return ghError(404, 'Not Found', DOCS.rest);
  }
  const kind = segs[3] as 'issues' | 'pulls';
  const validate = requestBodyValidator(OPERATIONS[kind]);
  if (!validate(body)) {
    const errors = (validate.errors ?? []).map((e) => schemaErrorText(e, body));
    state.violations.push(`${where}: request body does not match ${OPERATIONS[kind]}: ${errors.join(' ')}`);
    return ghError(422, 'Invalid request.', DOCS.rest, { errors });
  }
  const target = findComment(state, kind, repoKey(segs[1] ?? '', segs[2] ?? ''), Number(segs[5]));
  if (!target) {
    state.violations.push(`${where}: no such ${kind === 'issues' ? 'issue' : 'review'} comment in the fake`);
    return ghError(404, 'Not Found', DOCS.rest);
  }
  const content = (body as { content: string }).content;
  const reactions = (target.reactions ??= []);
  const existing = reactions.find((r) => r.content === content && r.user.login === state.actor.login);
  if (existing) return { status: 200, body: reactionJson(existing) };
  const r: StoredReaction = { id: nextReaction++, content, user: state.actor };
  reactions.push(r);
  return { status: 201, body: reactionJson(r) };
};

function findComment(state: FakeState, kind: 'issues' | 'pulls', rk: string, id: number) {
  const list = kind === 'issues' ? state.issueComments : state.comments;
  return list.find((c) => c.id === id && c.pullKey.startsWith(`${rk}#`));
}

function reactionJson(r: StoredReaction) {
  return {
    id: r.id,
    node_id: `REA_${r.id}`,
    user: { ...userJson(r.user.login), type: r.user.type },
    content: r.content,
    created_at: '2025-01-01T00:00:00Z',
  };
}
