/** The fake's public types: what a test configures, and what it reads back. */
export type FakeRepoFile = string | { symlink: string } | { bytes: Buffer };

export interface FakePull {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  /** Unified `git diff` text of the whole PR (git format: every file starts with `diff --git`). */
  diff: string;
  /** JSON returned for GET pull; default is built from the other fields. */
  pull?: Record<string, unknown>;
  title?: string;
  body?: string | null;
  /** Other commits of the PR that a review's `commit_id` may name (checked against the same diff). */
  knownShas?: string[];
  /** Labels on the PR; `DELETE .../issues/{n}/labels/{name}` removes from this list. */
  labels?: string[];
  /** Login of the PR's author (a User); default 'octocat'. */
  author?: string;
}

export interface FakeIssue {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body?: string | null;
  /** Login of who opened it; default 'octocat'. */
  author?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status: number;
}

export interface PostedReviewComment {
  path: string;
  body: string;
  line?: number;
  side?: string;
  start_line?: number;
  start_side?: string;
  position?: number;
  [key: string]: unknown;
}

export interface PostedReview {
  id: number;
  owner: string;
  repo: string;
  number: number;
  body: string | undefined;
  event: string | undefined;
  commit_id: string;
  comments: PostedReviewComment[];
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  reviews: PostedReview[];
  violations: string[];
  /** Review comments (inline, and replies), kept across runs. */
  comments: StoredComment[];
  issueComments: StoredIssueComment[];
  /**
   * A push: the PR gets a new head and diff; comments follow their lines or become outdated. The old
   * head stays a commit of the PR (reviews may still name it, checked against its own diff) unless
   * `forcePush` drops it.
   */
  updatePull(
    number: number,
    update: { headSha: string; diff: string; knownShas?: string[]; forcePush?: boolean },
  ): void;
  /** Closes (or merges) the PR: GET pull then answers state 'closed'. */
  closePull(number: number, merged?: boolean): void;
  /** Reviews still PENDING (created without event, or seeded), with who owns them. */
  pendingReviews(): { id: number; number: number; user: string; body: string }[];
  /** A comment by a human reviewer (`user`, default octocat), for tests that the action leaves them alone. */
  addHumanComment(
    number: number,
    c: { path: string; line: number; body: string; user?: string },
  ): StoredComment;
  /** A comment on the PR's conversation by a person (`user`, default octocat). */
  addIssueComment(number: number, c: { body: string; user?: string }): StoredIssueComment;
  /** A submitted review (COMMENTED, no inline comments) by a person (`user`, default octocat). */
  addHumanReview(number: number, r: { body: string; user?: string }): number;
  /**
   * A person resolves a review thread (the root comment's id) in the web UI. As GitHub, only the PR's
   * author, the comment's author or someone with write access may: anyone else is a test bug (throws).
   */
  resolveThread(commentId: number, by: string): void;
  /** A person reacts to a review comment (👍 is `+1`, 👎 `-1`), as in the web UI; once per person and content. */
  reactToComment(commentId: number, content: ReactionContent, by: string): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  pulls: FakePull[];
  /**
   * The installation token (the job's GITHUB_TOKEN) every request must carry (`token X` or `Bearer X`),
   * unless it carries one of `personalTokens`. Default 'ghs_test_token'. What it writes is
   * github-actions[bot]'s, and `GET /user` answers it 403, as GitHub does for an installation token.
   */
  token?: string;
  /**
   * Personal access tokens, each to the login of its User: `GET /user` answers that user, and what
   * the token writes (reviews, comments, replies, resolved threads) is that user's.
   */
  personalTokens?: Record<string, string>;
  /**
   * Repository roles by login (`admin`, `maintain`, `write`, `triage`, `read`), answered by the
   * collaborator permission endpoint; other known accounts read (the repositories are public).
   */
  collaborators?: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>;
  /** 406 for the diff media type: 'auto' (default) applies GitHub's limits, true forces it. */
  diffTooLarge?: boolean | 'auto';
  /** Answer every POST of a review with this status (403 gives GitHub's integration-permission error). */
  failReviewsWith?: number;
  /** Answer label removals with this status (403: the token may not write issues). */
  failLabelRemovalWith?: number;
  /** `GET /compare/{base}...{head}` answers, keyed `base...head`; a missing key is a 404 (SHA gone). */
  compares?: Record<string, { status: 'ahead' | 'behind' | 'diverged' | 'identical'; diff: string }>;
  /** GraphQL: 'full' (default) answers thread queries and resolves; 'no-resolve' refuses the mutation; 'off' refuses all. */
  graphql?: 'full' | 'no-resolve' | 'off';
  /** Faults injected before (or after) the fake handles a matching request: 5xx, rate limits, ... */
  faults?: FakeFault[];
  /**
   * Lines GitHub refuses in a review although they are in the diff (it disagrees with the action's
   * validation): a review (or pending review) with a comment ending there gets GitHub's real 422.
   */
  rejectLines?: { path: string; line: number; side?: 'LEFT' | 'RIGHT' }[];
  /** PENDING reviews left on a PR before the run (a crashed earlier run's, or a person's draft). */
  pendingReviews?: { number: number; body?: string; user?: 'bot' | 'human' }[];
  /**
   * Repository files by commit SHA (`{ [sha]: { [path]: text } }`), served by the contents API; a path
   * missing at a commit is GitHub's 404. Reads must name a commit of a PR in the fake (`ref`), never a
   * branch; the raw media type gets the text, JSON gets it base64-encoded (as GitHub, for files ≤ 1 MB).
   * Bytes are served as they are; a link (`{ symlink: target }`) is answered as GitHub does: the
   * content of its target when that is a file of the same commit, else an object naming the target.
   */
  files?: Record<string, Record<string, FakeRepoFile>>;
  /**
   * Files served by `GET /repos/{o}/{r}/contents/{path}?ref=…`, keyed by ref (a SHA or branch name, as
   * the request names it; a request without `ref` reads the key `HEAD`, the default branch), then by
   * path. Any other path or ref is a 404, as GitHub answers. Shared by every repository of the fake.
   */
  contents?: Record<string, Record<string, string>>;
  /**
   * The repository's files by commit SHA, served as the tarball of that commit (`GET
   * /repos/{o}/{r}/tarball/{sha}`, a 302 to a codeload-like URL on the fake): text, a symbolic link
   * (`{ symlink: target }`, kept as written) or raw bytes. The SHA must be a commit of a PR in the
   * fake; one without files here is a 404.
   */
  repoFiles?: Record<string, Record<string, FakeRepoFile>>;
  /**
   * The commits that touched each path, newest first, as `GET /repos/{o}/{r}/commits?sha=&path=`
   * lists them (only `sha` equal to a commit of a PR is accepted, as the action asks for the reviewed
   * head). A path without an entry has no commits.
   */
  fileCommits?: Record<string, { sha: string; message: string; author: string; date: string }[]>;
  /**
   * Issues served by `GET /repos/{o}/{r}/issues/{n}` (a PR's number answers its issue object, with
   * `pull_request`); any other number is a 404, as for an issue the token cannot see.
   */
  issues?: FakeIssue[];
  /** `owner/repo` names `GET /repos/{o}/{r}` answers as private (the others of the fake are public). */
  privateRepos?: string[];
  /** Called once, right after the first successful read of a PR's diff (diff or files list). */
  afterDiffFetch?: (fake: FakeGitHub) => void;
}

/**
 * A fault: matching requests (method, and path as a string or RegExp) are answered with `status`
 * instead of being handled; `skip` lets that many matching requests through first, `times` is how many
 * fail (default 1). With `afterWrite` the request is carried out and only the answer is the fault, as
 * when GitHub writes and the response is lost (a 502 from a proxy after the fact).
 */
export interface FakeFault {
  method?: string;
  path: string | RegExp;
  skip?: number;
  times?: number;
  status: number;
  message?: string;
  headers?: Record<string, string> | (() => Record<string, string>);
  afterWrite?: boolean;
}

/** A review comment as the fake keeps it (the REST shape is built from it). */
export interface StoredComment {
  id: number;
  pullKey: string;
  reviewId: number | null;
  path: string;
  side: 'LEFT' | 'RIGHT';
  line: number | null;
  originalLine: number;
  startLine: number | null;
  commitId: string;
  originalCommitId: string;
  body: string;
  user: { login: string; type: string };
  inReplyToId: number | null;
  /** Text of the commented line when it was posted: where the comment follows its line on new pushes. */
  lineContent: string | null;
  resolved: boolean;
  /** Who resolved the thread (kept on its root comment). */
  resolvedBy?: { login: string; type: string } | null;
  /** Reactions to the comment (`POST …/pulls/comments/{id}/reactions`), one per account and content. */
  reactions?: StoredReaction[];
}

export interface StoredReaction {
  id: number;
  content: string;
  user: { login: string; type: string };
}

/** The REST names of GitHub's reactions. */
export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export interface StoredIssueComment {
  id: number;
  pullKey: string;
  body: string;
  user: { login: string; type: string };
  updates: number;
  /** Reactions to the comment (`POST …/issues/comments/{id}/reactions`). */
  reactions?: StoredReaction[];
}
