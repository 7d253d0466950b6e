/**
 * Reviews and review comments: creating a review (checked against GitHub's schema and its rules for
 * review comments), listing and deleting pending ones, the comments of a PR or a review, and replies.
 */
import { userAccount } from './accounts.ts';
import { findRow } from './diff-model.ts';
import { commentText } from './issues.ts';
import { DOCS, GITHUB_LIMITS, LINE_NOT_IN_DIFF } from './limits.ts';
import { createReviewRequestSchema, requestBodyValidator, schemaErrorText, type Json } from './openapi.ts';
import {
  codePoints,
  ghError,
  paged,
  pullKeyOf,
  pullNumbered,
  repoKey,
  type FakeState,
  type PullState,
  type Reply,
  type RouteHandler,
} from './state.ts';
import type { PostedReviewComment, ReactionContent, StoredComment } from './types.ts';

/** The review routes under /repos/{o}/{r}/pulls/{n}/ (creating one is in pulls.ts, with the PR's own). */
export const reviewsRoute: RouteHandler = (state, { method, segs, query, pathname, body, where }) => {
  if (segs[0] !== 'repos' || segs.length < 4) return undefined;
  if (segs[3] !== 'pulls' || !/^\d+$/.test(segs[4] ?? '')) return undefined;
  const { comments, reviewMeta, violations } = state;
  const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
  const p = state.pulls.get(`${rk}#${segs[4]}`);
  if (!p) return undefined;
  const key = pullKeyOf(p);
  if (method === 'GET' && segs.length === 6 && segs[5] === 'reviews') {
    const list = [...reviewMeta.entries()]
      .filter(([, m]) => m.pullKey === key)
      .map(([id, m]) => ({
        id,
        node_id: `PRR_${id}`,
        user: m.user,
        body: m.body,
        state: m.state,
        html_url: `https://github.com/${rk}/pull/${p.spec.number}#pullrequestreview-${id}`,
        commit_id: m.commitId,
        ...(m.state === 'PENDING' ? {} : { submitted_at: '2025-01-01T00:00:00Z' }),
        author_association: 'NONE',
      }));
    return paged(state, list, query, pathname);
  }
  // DELETE /repos/o/r/pulls/n/reviews/{id}: only a pending review can be deleted.
  if (method === 'DELETE' && segs.length === 7 && segs[5] === 'reviews' && /^\d+$/.test(segs[6] ?? '')) {
    const id = Number(segs[6]);
    const m = reviewMeta.get(id);
    const doc = 'https://docs.github.com/rest/pulls/reviews#delete-a-pending-review-for-a-pull-request';
    if (!m || m.pullKey !== key) return ghError(404, 'Not Found', doc);
    if (m.state !== 'PENDING') {
      violations.push(`${where}: tried to delete submitted review ${id}`);
      return ghError(422, 'Unprocessable Entity', doc, {
        errors: ['Can not delete a non-pending pull request review'],
      });
    }
    reviewMeta.delete(id);
    return {
      status: 200,
      body: {
        id,
        node_id: `PRR_${id}`,
        user: m.user,
        body: m.body,
        state: 'PENDING',
        commit_id: m.commitId,
      },
    };
  }
  if (method === 'GET' && segs.length === 6 && segs[5] === 'comments') {
    return paged(
      state,
      comments.filter((c) => c.pullKey === key).map((c) => restComment(state, c)),
      query,
      pathname,
    );
  }
  // GET /repos/o/r/pulls/n/reviews/{id}/comments: the comments one review posted.
  if (method === 'GET' && segs.length === 8 && segs[5] === 'reviews' && segs[7] === 'comments') {
    const id = Number(segs[6]);
    const m = reviewMeta.get(id);
    if (!m || m.pullKey !== key)
      return ghError(
        404,
        'Not Found',
        'https://docs.github.com/rest/pulls/reviews#list-comments-for-a-pull-request-review',
      );
    return paged(
      state,
      comments.filter((c) => c.reviewId === id).map((c) => restComment(state, c)),
      query,
      pathname,
    );
  }
  if (method === 'POST' && segs.length === 8 && segs[5] === 'comments' && segs[7] === 'replies') {
    const root = comments.find((c) => c.id === Number(segs[6]) && c.pullKey === key);
    if (!root) return ghError(404, 'Not Found', DOCS.rest);
    const validate = requestBodyValidator('pulls/create-reply-for-review-comment');
    if (!validate(body)) {
      const errors = (validate.errors ?? []).map((e) => schemaErrorText(e, body));
      violations.push(
        `${where}: request body does not match pulls/create-reply-for-review-comment: ${errors.join(' ')}`,
      );
      return ghError(422, 'Invalid request.', DOCS.rest, { errors });
    }
    // GitHub: "use the ID of the top-level review comment, not a reply to that comment".
    if (root.inReplyToId !== null) {
      violations.push(`${where}: comment ${root.id} is a reply; replies go to the thread's first comment`);
      return ghError(422, 'Validation Failed', DOCS.rest);
    }
    const t = commentText(body);
    if (t === null || t.length > 65_536) {
      violations.push(`${where}: reply body missing or too long`);
      return ghError(422, 'Validation Failed', DOCS.rest);
    }
    const reply: StoredComment = {
      ...root,
      id: state.next.comment++,
      reviewId: null,
      body: t,
      user: state.actor,
      inReplyToId: root.id,
      resolved: false,
    };
    comments.push(reply);
    return { status: 201, body: restComment(state, reply) };
  }
  return undefined;
};

/** POST /repos/{o}/{r}/pulls/{n}/reviews */
export function createReview(state: FakeState, p: PullState, body: unknown, where: string): Reply {
  const { opts, reviewMeta, violations } = state;
  if (opts.failReviewsWith !== undefined) {
    const s = opts.failReviewsWith;
    if (s === 403) return ghError(403, 'Resource not accessible by integration', DOCS.createReview);
    if (s === 404) return ghError(404, 'Not Found', DOCS.createReview);
    if (s === 422)
      return ghError(422, 'Unprocessable Entity', DOCS.createReview, { errors: ['Validation Failed'] });
    if (s >= 500) return { status: s, body: { message: 'Server Error' } };
    return ghError(s, 'Error', DOCS.createReview);
  }

  // (a) GitHub's own schema.
  const { validate } = createReviewRequestSchema();
  if (!validate(body)) {
    const texts = (validate.errors ?? []).map((e) => schemaErrorText(e, body));
    for (const t of texts) violations.push(`${where}: schema: ${t}`);
    return ghError(422, `Invalid request.\n\n${texts.join('\n')}`, DOCS.createReview);
  }
  const req = body as {
    commit_id?: string;
    body?: string;
    event?: string;
    comments?: PostedReviewComment[];
  };

  // (b) GitHub's rules.
  const errors: string[] = [];
  const reject = (githubError: string, detail: string) => {
    errors.push(githubError);
    violations.push(`${where}: ${detail}`);
  };

  if (req.event === 'APPROVE') {
    violations.push(`${where}: the action sent event APPROVE (it must only ever COMMENT)`);
    return ghError(422, 'Unprocessable Entity', DOCS.createReview, {
      errors: ['GitHub Actions is not permitted to approve pull requests.'],
    });
  }
  if (req.event === 'REQUEST_CHANGES') {
    violations.push(`${where}: the action sent event REQUEST_CHANGES (it must only ever COMMENT)`);
  }

  const known = [p.spec.headSha, ...(p.spec.knownShas ?? [])];
  if (req.commit_id !== undefined && p.dropped.has(req.commit_id)) {
    // Reviewed before a force-push dropped it: a race the action cannot prevent, only handle.
    return ghError(422, 'Unprocessable Entity', DOCS.createReview, {
      errors: [`No commit found for SHA: ${req.commit_id}`],
    });
  }
  if (req.commit_id !== undefined && !known.includes(req.commit_id)) {
    reject(
      `No commit found for SHA: ${req.commit_id}`,
      `commit_id ${req.commit_id} is not a commit of the PR (head ${p.spec.headSha})`,
    );
  }
  // Lines are those of the diff at the named commit (GitHub shows them as outdated if it is not the head).
  const model = (req.commit_id !== undefined && p.models.get(req.commit_id)) || p.model;
  const comments = req.comments ?? [];
  const reviewBody = req.body ?? '';
  if (codePoints(reviewBody) > GITHUB_LIMITS.bodyMaxChars) {
    reject(
      `Body is too long (maximum is ${GITHUB_LIMITS.bodyMaxChars} characters)`,
      `review body has ${codePoints(reviewBody)} characters (max ${GITHUB_LIMITS.bodyMaxChars})`,
    );
  }
  if ((req.event === 'REQUEST_CHANGES' || req.event === 'COMMENT') && reviewBody.trim() === '') {
    if (req.event === 'REQUEST_CHANGES' || comments.length === 0) {
      reject("Body can't be blank", `event ${req.event} without a review body`);
    }
  }

  comments.forEach((c, i) => {
    const at =
      c.position !== undefined
        ? `position ${c.position}`
        : `${c.side ?? 'RIGHT'} ${c.start_line !== undefined ? `${c.start_line}-` : ''}${c.line ?? '?'}`;
    const label = `comments[${i}] (${c.path} ${at})`;
    if (c.body.trim() === '') reject("Body can't be blank", `${label}: empty comment body`);
    if (codePoints(c.body) > GITHUB_LIMITS.bodyMaxChars) {
      reject(
        `Body is too long (maximum is ${GITHUB_LIMITS.bodyMaxChars} characters)`,
        `${label}: comment body has ${codePoints(c.body)} characters (max ${GITHUB_LIMITS.bodyMaxChars})`,
      );
    }
    const file = model.byPath.get(c.path);
    if (!file) {
      reject('Path could not be resolved', `${label}: ${c.path} is not a file of the PR diff`);
      return;
    }
    if (
      (opts.rejectLines ?? []).some(
        (r) => r.path === c.path && r.line === c.line && (r.side ?? 'RIGHT') === (c.side ?? 'RIGHT'),
      )
    ) {
      // GitHub disagreeing with the diff: answered as GitHub does, but not a fault of the action.
      errors.push(LINE_NOT_IN_DIFF);
      return;
    }
    if (c.position !== undefined) {
      if (
        c.line !== undefined ||
        c.start_line !== undefined ||
        c.side !== undefined ||
        c.start_side !== undefined
      ) {
        reject('Line could not be resolved', `${label}: position mixed with line/side/start_line/start_side`);
        return;
      }
      const row = file.rows[c.position - 1];
      if (!row || row.kind === 'hunk' || row.kind === 'eof') {
        reject(
          'Position could not be resolved',
          `${label}: position ${c.position} is not a line of the diff`,
        );
      }
      return;
    }
    if (c.line === undefined) {
      reject('Line could not be resolved', `${label}: neither line nor position`);
      return;
    }
    const side = c.side ?? 'RIGHT';
    if (side !== 'LEFT' && side !== 'RIGHT') {
      reject('Side must be LEFT or RIGHT', `${label}: side ${JSON.stringify(c.side)}`);
      return;
    }
    const startSide = c.start_side ?? side;
    if (c.start_line === undefined) {
      if (findRow(file, side, c.line) < 0) {
        reject(
          'Line could not be resolved',
          `${label}: ${side} line ${c.line} is not commentable in the diff`,
        );
      }
      return;
    }
    if (startSide !== 'LEFT' && startSide !== 'RIGHT') {
      reject('Start side must be LEFT or RIGHT', `${label}: start_side ${JSON.stringify(c.start_side)}`);
      return;
    }
    const end = findRow(file, side, c.line);
    const start = findRow(file, startSide, c.start_line);
    if (end < 0) {
      reject('Line could not be resolved', `${label}: ${side} line ${c.line} is not commentable in the diff`);
      return;
    }
    if (start < 0) {
      reject(
        'Start line could not be resolved',
        `${label}: ${startSide} start_line ${c.start_line} is not commentable in the diff`,
      );
      return;
    }
    if (start >= end || (startSide === side && c.start_line >= c.line)) {
      reject(
        'Pull request review thread start line must precede the end line.',
        `${label}: start_line ${c.start_line} does not precede line ${c.line}`,
      );
      return;
    }
    if (file.rows[start]?.hunk !== file.rows[end]?.hunk) {
      reject(
        'Pull request review thread start line must be part of the same hunk as the line.',
        `${label}: start_line ${c.start_line} and line ${c.line} are in different hunks`,
      );
    }
  });

  const pending = req.event === undefined;
  // GitHub creates every review as pending first: any review fails while the user has one pending.
  const leftover = [...reviewMeta.values()].find((m) => m.pullKey === pullKeyOf(p) && m.state === 'PENDING');
  if (leftover) {
    errors.push('User can only have one pending review per pull request');
    if (pending && leftover.createdHere)
      violations.push(`${where}: a second review without event (PENDING) on the same pull request`);
  }
  if (errors.length > 0) {
    return ghError(422, 'Unprocessable Entity', DOCS.createReview, { errors: [...new Set(errors)] });
  }

  // (c) Success.
  const id = state.next.review++;
  const { owner, repo, number } = p.spec;
  const commitId = req.commit_id ?? p.spec.headSha;
  const htmlUrl = `https://github.com/${owner}/${repo}/pull/${number}#pullrequestreview-${id}`;
  const pullUrl = `${state.baseUrl}/repos/${owner}/${repo}/pulls/${number}`;
  reviewMeta.set(id, {
    pullKey: pullKeyOf(p),
    body: req.body ?? '',
    commitId,
    state: pending ? 'PENDING' : 'COMMENTED',
    user: state.actor,
    createdHere: true,
  });
  // A pending review is visible to its author only (and deleted, or left behind: see `violations`).
  if (!pending)
    state.reviews.push({
      id,
      owner,
      repo,
      number,
      body: req.body,
      event: req.event,
      commit_id: commitId,
      comments,
    });
  for (const c of pending ? [] : comments) {
    const side = (c.side as 'LEFT' | 'RIGHT' | undefined) ?? 'RIGHT';
    const line = c.line ?? 0;
    storeComment(state, p, {
      reviewId: id,
      path: c.path,
      side,
      line,
      startLine: c.start_line ?? null,
      body: c.body,
      user: state.actor,
      inReplyToId: null,
      commitId,
    });
  }
  const reviewState = pending
    ? 'PENDING'
    : req.event === 'REQUEST_CHANGES'
      ? 'CHANGES_REQUESTED'
      : 'COMMENTED';
  return {
    status: 200,
    body: {
      id,
      node_id: `PRR_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`,
      user: state.actor,
      body: reviewBody,
      state: reviewState,
      html_url: htmlUrl,
      pull_request_url: pullUrl,
      author_association: 'NONE',
      _links: { html: { href: htmlUrl }, pull_request: { href: pullUrl } },
      ...(pending ? {} : { submitted_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') }),
      commit_id: commitId,
    },
  };
}

function rowContent(p: PullState, path: string, side: 'LEFT' | 'RIGHT', line: number): string | null {
  const file = p.model.byPath.get(path);
  if (!file) return null;
  const i = findRow(file, side, line);
  return i >= 0 ? (file.rows[i]!.content ?? null) : null;
}

export function storeComment(
  state: FakeState,
  p: PullState,
  c: Omit<
    StoredComment,
    'id' | 'pullKey' | 'originalLine' | 'originalCommitId' | 'lineContent' | 'resolved'
  > & { line: number },
): StoredComment {
  const stored: StoredComment = {
    ...c,
    id: state.next.comment++,
    pullKey: pullKeyOf(p),
    originalLine: c.line,
    originalCommitId: c.commitId,
    lineContent: c.side === 'RIGHT' ? rowContent(p, c.path, 'RIGHT', c.line) : null,
    resolved: false,
  };
  state.comments.push(stored);
  return stored;
}

function restComment(state: FakeState, c: StoredComment): Json {
  const { baseUrl } = state;
  const [owner, repo] = c.pullKey.split('#')[0]!.split('/');
  const number = c.pullKey.split('#')[1];
  return {
    url: `${baseUrl}/repos/${owner}/${repo}/pulls/comments/${c.id}`,
    id: c.id,
    node_id: `PRRC_${c.id}`,
    pull_request_review_id: c.reviewId,
    diff_hunk: '@@',
    path: c.path,
    commit_id: c.commitId,
    original_commit_id: c.originalCommitId,
    user: c.user,
    body: c.body,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    html_url: `https://github.com/${owner}/${repo}/pull/${number}#discussion_r${c.id}`,
    pull_request_url: `${baseUrl}/repos/${owner}/${repo}/pulls/${number}`,
    author_association: 'NONE',
    _links: {},
    line: c.line,
    original_line: c.originalLine,
    side: c.side,
    start_line: c.startLine,
    original_start_line: c.startLine,
    start_side: c.startLine === null ? null : c.side,
    position: c.line === null ? null : 1,
    original_position: 1,
    subject_type: 'line',
    reactions: reactionRollup(`${baseUrl}/repos/${owner}/${repo}/pulls/comments/${c.id}/reactions`, c),
    ...(c.inReplyToId !== null ? { in_reply_to_id: c.inReplyToId } : {}),
  };
}

/** Reviews still PENDING (created without event, or seeded), with who owns them. */
export function pendingReviews(
  state: FakeState,
): { id: number; number: number; user: string; body: string }[] {
  return [...state.reviewMeta.entries()]
    .filter(([, m]) => m.state === 'PENDING')
    .map(([id, m]) => ({ id, number: Number(m.pullKey.split('#')[1]), user: m.user.login, body: m.body }));
}

/** A comment by a human reviewer (`user`, default octocat), for tests that the action leaves them alone. */
export function addHumanComment(
  state: FakeState,
  number: number,
  h: { path: string; line: number; body: string; user?: string },
): StoredComment {
  const p = pullNumbered(state, number);
  return storeComment(state, p, {
    reviewId: null,
    path: h.path,
    side: 'RIGHT',
    line: h.line,
    startLine: null,
    body: h.body,
    user: userAccount(h.user ?? 'octocat'),
    inReplyToId: null,
    commitId: p.spec.headSha,
  });
}

/** A submitted review (COMMENTED, no inline comments) by a person (`user`, default octocat). */
export function addHumanReview(state: FakeState, number: number, r: { body: string; user?: string }): number {
  const p = pullNumbered(state, number);
  const id = state.next.review++;
  state.reviewMeta.set(id, {
    pullKey: pullKeyOf(p),
    body: r.body,
    commitId: p.spec.headSha,
    state: 'COMMENTED',
    user: userAccount(r.user ?? 'octocat'),
    createdHere: false,
  });
  return id;
}

const CONTENTS: ReactionContent[] = ['+1', '-1', 'laugh', 'hooray', 'confused', 'heart', 'rocket', 'eyes'];

/** The `reactions` rollup GitHub puts on a review comment: a count per content, and their total. */
function reactionRollup(url: string, c: StoredComment): Json {
  const all = c.reactions ?? [];
  return {
    url,
    total_count: all.length,
    ...Object.fromEntries(CONTENTS.map((k) => [k, all.filter((r) => r.content === k).length])),
  };
}

/** A person reacts to a review comment, as in the web UI (a second same reaction by them is a test bug). */
export function reactToComment(
  state: FakeState,
  commentId: number,
  content: ReactionContent,
  by: string,
): void {
  const c = state.comments.find((x) => x.id === commentId);
  if (!c) throw new Error(`fake-github: no review comment ${commentId}`);
  if (!CONTENTS.includes(content))
    throw new Error(`fake-github: '${content}' is not a reaction GitHub knows`);
  c.reactions ??= [];
  if (c.reactions.some((r) => r.content === content && r.user.login.toLowerCase() === by.toLowerCase()))
    throw new Error(`fake-github: ${by} already reacted ${content} to comment ${commentId}`);
  c.reactions.push({
    id: 8_000_000 + c.reactions.length + 1000 * commentId,
    content,
    user: { login: by, type: 'User' },
  });
}
