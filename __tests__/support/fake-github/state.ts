/**
 * What the fake keeps while it runs, shared by the resource modules (each takes it as its first
 * argument): the pull requests and their diffs, reviews, review and issue comments, the request log,
 * the violations, and who the current request is authenticated as.
 */
import { buildDiffModel, type DiffModel } from './diff-model.ts';
import { createReviewRequestSchema } from './openapi.ts';
import type {
  FakeGitHubOptions,
  FakePull,
  PostedReview,
  RecordedRequest,
  StoredComment,
  StoredIssueComment,
} from './types.ts';
import { BOT_USER } from './accounts.ts';

export type Account = { login: string; type: string };

export interface PullState {
  spec: FakePull;
  model: DiffModel;
  /** Diffs of earlier heads, by SHA: a review naming one is checked against it. */
  models: Map<string, DiffModel>;
  /** Heads a force-push removed from the PR. */
  dropped: Set<string>;
  repoId: number;
  state: 'open' | 'closed';
  merged: boolean;
  /** The description as a PATCH set it (the action's `describe`); absent: the spec's. */
  body?: string;
}

export interface ReviewMeta {
  pullKey: string;
  body: string;
  commitId: string;
  state: string;
  user: Account;
  /** Created through the API during this fake's life (not seeded as a leftover). */
  createdHere: boolean;
}

export interface FakeState {
  readonly opts: FakeGitHubOptions;
  /** The installation token (the job's GITHUB_TOKEN). */
  readonly token: string;
  /** Personal access tokens, to their user's login. */
  readonly personal: Map<string, string>;
  /**
   * Who the current request is authenticated as (set by the server right before the synchronous
   * route): github-actions[bot] for the installation token, else the personal token's user.
   */
  actor: Account;
  /** `http://127.0.0.1:<port>`, set once the server listens. */
  baseUrl: string;
  /** By `owner/repo#number`, lower case. */
  readonly pulls: Map<string, PullState>;
  readonly requests: RecordedRequest[];
  readonly reviews: PostedReview[];
  readonly violations: string[];
  // State kept across runs: reviews, review comments and threads, issue comments.
  readonly comments: StoredComment[];
  readonly issueComments: StoredIssueComment[];
  readonly reviewMeta: Map<number, ReviewMeta>;
  /** The next id of each kind. */
  readonly next: { review: number; comment: number; issueComment: number };
}

/** One request, as the resource routes read it. */
export interface Route {
  method: string;
  pathname: string;
  /** The path's segments after the leading slash, decoded (Octokit may encode a path's slashes). */
  segs: string[];
  query: URLSearchParams;
  accept: string;
  body: unknown;
  /** `METHOD /path`: how a violation names the request. */
  where: string;
}

export interface Reply {
  status: number;
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A route answers the requests it knows, and leaves the rest (undefined) to the next. */
export type RouteHandler = (state: FakeState, rt: Route) => Reply | undefined;

/**
 * Pulls from `opts.pulls` (a diff the fake cannot model throws, naming its PR) and the pending reviews
 * of `opts.pendingReviews`.
 */
export function createState(opts: FakeGitHubOptions): FakeState {
  const state: FakeState = {
    opts,
    token: opts.token ?? 'ghs_test_token',
    personal: new Map(Object.entries(opts.personalTokens ?? {})),
    actor: BOT_USER,
    baseUrl: '',
    pulls: new Map(),
    requests: [],
    reviews: [],
    violations: [],
    comments: [],
    issueComments: [],
    reviewMeta: new Map(),
    next: { review: 80000001, comment: 500001, issueComment: 900001 },
  };

  createReviewRequestSchema(); // load eagerly: a broken schema should fail the test setup, not a request

  const repoIds = new Map<string, number>();
  for (const spec of opts.pulls) {
    const key = repoKey(spec.owner, spec.repo);
    if (!repoIds.has(key)) repoIds.set(key, 1296269 + repoIds.size);
    let model: DiffModel;
    try {
      model = buildDiffModel(spec.diff);
    } catch (err) {
      throw new Error(`${spec.owner}/${spec.repo}#${spec.number}: ${(err as Error).message}`, { cause: err });
    }
    state.pulls.set(`${key}#${spec.number}`, {
      spec,
      model,
      repoId: repoIds.get(key) ?? 0,
      models: new Map(),
      dropped: new Set(),
      state: 'open',
      merged: false,
    });
  }
  for (const seed of opts.pendingReviews ?? []) {
    const p = [...state.pulls.values()].find((x) => x.spec.number === seed.number);
    if (!p) throw new Error(`fake-github: pendingReviews names no pull request #${seed.number}`);
    state.reviewMeta.set(state.next.review++, {
      pullKey: pullKeyOf(p),
      body: seed.body ?? '',
      commitId: p.spec.headSha,
      state: 'PENDING',
      user: seed.user === 'human' ? { login: 'octocat', type: 'User' } : BOT_USER,
      createdHere: false,
    });
  }
  return state;
}

/** An error as GitHub answers it. */
export function ghError(
  status: number,
  message: string,
  documentation_url: string,
  extra: Record<string, unknown> = {},
) {
  return { status, body: { message, ...extra, documentation_url, status: String(status) } };
}

export function repoKey(owner: string, repo: string): string {
  return `${owner.toLowerCase()}/${repo.toLowerCase()}`;
}

export function pullKeyOf(p: PullState): string {
  return `${repoKey(p.spec.owner, p.spec.repo)}#${p.spec.number}`;
}

/** The PR with this number (a test helper's argument: a wrong number is a test bug, thrown). */
export function pullNumbered(state: FakeState, number: number): PullState {
  const p = [...state.pulls.values()].find((x) => x.spec.number === number);
  if (!p) throw new Error(`fake-github: no pull request #${number}`);
  return p;
}

export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** One page of a list, with GitHub's `link` header to the next and last pages. */
export function paged(state: FakeState, items: unknown[], query: URLSearchParams, pathname: string): Reply {
  const perPageRaw = Number.parseInt(query.get('per_page') ?? '', 10);
  const perPage = Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, 100) : 30;
  const pageRaw = Number.parseInt(query.get('page') ?? '', 10);
  const page = Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  if (page < last) {
    const q = new URLSearchParams(query);
    q.set('page', String(page + 1));
    const qq = new URLSearchParams(query);
    qq.set('page', String(last));
    headers['link'] =
      `<${state.baseUrl}${pathname}?${q}>; rel="next", <${state.baseUrl}${pathname}?${qq}>; rel="last"`;
  }
  return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
}
