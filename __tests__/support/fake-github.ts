/**
 * A strict fake of the parts of GitHub's REST API that the action uses, for end-to-end tests.
 *
 * It is the referee: every review the action posts is checked against GitHub's own OpenAPI description
 * (from `@octokit/openapi`) and against the rules GitHub applies to review comments, with line numbers
 * computed by `parse-diff` (a parser independent of the action's own). Anything GitHub would refuse is
 * answered as GitHub answers it and also recorded in `violations`, as is every request the fake did not
 * expect, so a test can simply assert `violations` is empty.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import parseDiff from 'parse-diff';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

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
   */
  files?: Record<string, Record<string, string>>;
  /**
   * Files served by `GET /repos/{o}/{r}/contents/{path}?ref=…`, keyed by ref (a SHA or branch name, as
   * the request names it; a request without `ref` reads the key `HEAD`, the default branch), then by
   * path. Any other path or ref is a 404, as GitHub answers. Shared by every repository of the fake.
   */
  contents?: Record<string, Record<string, string>>;
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

/** GitHub's secondary rate limit answer: 403 (or 429) with `retry-after` and the message Octokit looks for. */
export function secondaryRateLimit(
  f: Omit<FakeFault, 'status' | 'message' | 'headers'>,
  retryAfter = 1,
  status: 403 | 429 = 403,
): FakeFault {
  return {
    ...f,
    status,
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.',
    headers: { 'retry-after': String(retryAfter) },
  };
}

/** GitHub's primary rate limit answer: 403 with `x-ratelimit-remaining: 0` and a reset `resetIn` s away. */
export function primaryRateLimit(
  f: Omit<FakeFault, 'status' | 'message' | 'headers'>,
  resetIn = 1,
): FakeFault {
  return {
    ...f,
    status: 403,
    message: 'API rate limit exceeded for installation ID 1.',
    headers: () => ({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetIn),
    }),
  };
}

/** The 422 GitHub gives for a review comment on a line it will not accept (its words, one string). */
export const LINE_NOT_IN_DIFF =
  "Pull request review thread line must be part of the diff, Pull request review thread start line must be part of the same hunk as the line., and Pull request review thread diff hunk can't be blank";

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
}

export interface StoredIssueComment {
  id: number;
  pullKey: string;
  body: string;
  user: { login: string; type: string };
  updates: number;
}

// ---------------------------------------------------------------------------------------------------------
// GitHub's limits
// ---------------------------------------------------------------------------------------------------------

export const GITHUB_LIMITS = {
  /** The diff media type answers 406 above 300 files ... */
  diffMaxFiles: 300,
  /** ... or above 20,000 lines (counted here as added + deleted + context lines of all hunks). */
  diffMaxLines: 20_000,
  /** "List pull requests files" returns at most 3000 files in all. */
  listFilesMax: 3000,
  perPageDefault: 30,
  perPageMax: 100,
  /**
   * "List pull requests files" omits `patch` for a file whose diff is too big. GitHub does not document
   * the exact cut-off; github/docs#9078 quotes github.com's source as 3,000 lines or 100 KB of raw diff
   * for a single file, which is what the fake uses (lines of the patch text, bytes of the patch text).
   */
  patchMaxLines: 3000,
  patchMaxBytes: 100 * 1024,
  /** Review body and review comment body: 65,536 characters (Unicode code points). */
  bodyMaxChars: 65_536,
} as const;

const DOCS = {
  rest: 'https://docs.github.com/rest',
  getPull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  listFiles: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
  createReview: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
} as const;

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

/** GitHub's rule for a user login: alphanumerics and single inner hyphens, at most 39 characters. */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** A stable numeric id per login, so the same user always looks the same. */
function userId(login: string): number {
  return (
    1_000_000 +
    (parseInt(createHash('sha1').update(login.toLowerCase()).digest('hex').slice(0, 6), 16) % 9_000_000)
  );
}

/** A person's account as the REST API shows it (`simple-user`). */
function userJson(login: string): Record<string, unknown> {
  const id = userId(login);
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `https://api.github.com/users/${login}`,
    html_url: `https://github.com/${login}`,
    type: 'User',
    site_admin: false,
  };
}

function userAccount(login: string): { login: string; type: string } {
  return userJson(login) as { login: string; type: string };
}

const BOT_USER = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  type: 'Bot',
  site_admin: false,
} as const;

// ---------------------------------------------------------------------------------------------------------
// Diff model (built with parse-diff)
// ---------------------------------------------------------------------------------------------------------

type RowKind = 'add' | 'del' | 'normal' | 'hunk' | 'eof';

/** One line of a file's patch below its first `@@` header: rows[i] is diff position i + 1. */
interface DiffRow {
  kind: RowKind;
  hunk: number;
  content?: string;
  oldLine?: number;
  newLine?: number;
}

type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied';

interface DiffFile {
  filename: string;
  previousFilename?: string;
  status: FileStatus;
  additions: number;
  deletions: number;
  binary: boolean;
  /** Hunks text from the first `@@` line, without a trailing newline; undefined when there are no hunks. */
  patch?: string;
  sha: string;
  rows: DiffRow[];
}

interface DiffModel {
  files: DiffFile[];
  byPath: Map<string, DiffFile>;
  /** Added + deleted + context lines over all files. */
  lineCount: number;
}

function stripPrefix(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return name === '/dev/null' ? name : name.replace(/^"|"$/g, '');
}

function splitGitSections(diff: string): string[][] {
  const text = diff.endsWith('\n') ? diff.slice(0, -1) : diff;
  if (text.trim() === '') return [];
  const sections: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff ')) {
      current = [line];
      sections.push(current);
    } else if (current) {
      current.push(line);
    } else if (line.trim() !== '') {
      throw new Error(
        `fake-github: the PR diff must be in git format (start with "diff --git"), got: ${line}`,
      );
    }
  }
  return sections;
}

/** Parse a PR's diff; throws on anything the fake cannot model faithfully (a malformed fixture). */
export function buildDiffModel(diff: string): DiffModel {
  const sections = splitGitSections(diff);
  const parsed = parseDiff(diff);
  if (parsed.length !== sections.length) {
    throw new Error(
      `fake-github: parse-diff found ${parsed.length} files but the diff has ${sections.length}`,
    );
  }
  const files: DiffFile[] = [];
  const byPath = new Map<string, DiffFile>();
  let lineCount = 0;
  parsed.forEach((pf, i) => {
    const raw = sections[i] ?? [];
    const header = raw
      .slice(
        0,
        Math.max(
          0,
          raw.findIndex((l) => l.startsWith('@@')),
        ),
      )
      .join('\n');
    const renameFrom = /^rename from (.+)$/m.exec(header)?.[1];
    const renameTo = /^rename to (.+)$/m.exec(header)?.[1];
    const copyFrom = /^copy from (.+)$/m.exec(header)?.[1];
    const copyTo = /^copy to (.+)$/m.exec(header)?.[1];
    const from = renameFrom ?? copyFrom ?? stripPrefix(pf.from);
    const to = renameTo ?? copyTo ?? stripPrefix(pf.to);
    let status: FileStatus;
    if (pf.new || from === '/dev/null') status = 'added';
    else if (pf.deleted || to === '/dev/null') status = 'removed';
    else if (copyFrom !== undefined) status = 'copied';
    else if (from !== undefined && to !== undefined && from !== to) status = 'renamed';
    else status = 'modified';
    const filename = status === 'removed' ? from : to;
    if (!filename || filename === '/dev/null') {
      throw new Error(`fake-github: cannot tell the file name of diff section ${i + 1}: ${raw[0] ?? ''}`);
    }
    const binary = raw.some((l) => l.startsWith('Binary files ') || l === 'GIT binary patch');

    const rows: DiffRow[] = [];
    pf.chunks.forEach((chunk, h) => {
      if (h > 0) rows.push({ kind: 'hunk', hunk: h });
      let oldSeen = 0;
      let newSeen = 0;
      for (const change of chunk.changes) {
        if (change.content.startsWith('\\')) {
          rows.push({ kind: 'eof', hunk: h });
        } else if (change.type === 'add') {
          rows.push({ kind: 'add', hunk: h, newLine: change.ln, content: change.content.slice(1) });
          newSeen++;
        } else if (change.type === 'del') {
          rows.push({ kind: 'del', hunk: h, oldLine: change.ln });
          oldSeen++;
        } else {
          rows.push({
            kind: 'normal',
            hunk: h,
            oldLine: change.ln1,
            newLine: change.ln2,
            content: change.content.slice(1),
          });
          oldSeen++;
          newSeen++;
        }
      }
      if (oldSeen !== chunk.oldLines || newSeen !== chunk.newLines) {
        throw new Error(
          `fake-github: hunk ${chunk.content} of ${filename} has ${oldSeen} old / ${newSeen} new lines, ` +
            `its header says ${chunk.oldLines} / ${chunk.newLines}`,
        );
      }
    });
    lineCount += rows.filter((r) => r.kind === 'add' || r.kind === 'del' || r.kind === 'normal').length;

    const firstHunk = raw.findIndex((l) => l.startsWith('@@'));
    const patch = firstHunk >= 0 ? raw.slice(firstHunk).join('\n') : undefined;
    if (patch !== undefined && patch.split('\n').length !== rows.length + 1) {
      throw new Error(`fake-github: patch of ${filename} has lines parse-diff did not account for`);
    }
    const file: DiffFile = {
      filename,
      status,
      additions: pf.additions,
      deletions: pf.deletions,
      binary,
      sha: createHash('sha1').update(raw.join('\n')).digest('hex'),
      rows,
      ...(patch !== undefined ? { patch } : {}),
      ...(status === 'renamed' || status === 'copied' ? { previousFilename: from } : {}),
    };
    if (byPath.has(filename)) throw new Error(`fake-github: ${filename} appears twice in the diff`);
    byPath.set(filename, file);
    files.push(file);
  });
  return { files, byPath, lineCount };
}

function findRow(file: DiffFile, side: 'LEFT' | 'RIGHT', line: number): number {
  return file.rows.findIndex((r) =>
    side === 'RIGHT'
      ? (r.kind === 'add' || r.kind === 'normal') && r.newLine === line
      : (r.kind === 'del' || r.kind === 'normal') && r.oldLine === line,
  );
}

// ---------------------------------------------------------------------------------------------------------
// GitHub's OpenAPI description: request body of `pulls/create-review`
// ---------------------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where the schema comes from (the non-dereferenced description; $refs are resolved below). */
export const OPENAPI_FILE = '@octokit/openapi/generated/api.github.com.json';

function resolveRefs(node: Json, spec: Json, stack: string[] = []): Json {
  if (Array.isArray(node)) return node.map((n) => resolveRefs(n, spec, stack));
  if (node === null || typeof node !== 'object') return node;
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/'))
      throw new Error(`fake-github: external $ref ${ref} in the OpenAPI description`);
    if (stack.includes(ref)) return {}; // recursive schema: accept anything below this point
    let target: Json | undefined = spec;
    for (const part of ref.slice(2).split('/')) {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      target =
        target !== null && typeof target === 'object' && !Array.isArray(target) ? target[key] : undefined;
    }
    if (target === undefined) throw new Error(`fake-github: unresolved $ref ${ref}`);
    return resolveRefs(target, spec, [...stack, ref]);
  }
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = resolveRefs(v, spec, stack);
  return out;
}

let cachedReviewSchema: { schema: Json; validate: ValidateFunction } | undefined;

/** The request-body schema of `pulls/create-review`, $refs resolved, and its ajv validator. */
export function createReviewRequestSchema(): { schema: Json; validate: ValidateFunction } {
  if (cachedReviewSchema) return cachedReviewSchema;
  const spec = JSON.parse(readFileSync(require.resolve(OPENAPI_FILE), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; requestBody?: Json }>>;
  };
  let requestBody: Json | undefined;
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (op && typeof op === 'object' && op.operationId === 'pulls/create-review')
        requestBody = op.requestBody;
    }
  }
  if (requestBody === undefined)
    throw new Error('fake-github: pulls/create-review not found in ' + OPENAPI_FILE);
  const body = resolveRefs(requestBody, spec as unknown as Json) as {
    content?: { 'application/json'?: { schema?: Json } };
  };
  const schema = body.content?.['application/json']?.schema;
  if (schema === undefined)
    throw new Error('fake-github: pulls/create-review has no JSON request body schema');
  // OpenAPI 3.0's `nullable` is understood by ajv itself; `example` and friends are ignored (strict: false).
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  cachedReviewSchema = { schema, validate: ajv.compile(schema as object) };
  return cachedReviewSchema;
}

function schemaErrorText(e: ErrorObject, body: unknown): string {
  const where = e.instancePath === '' ? 'the request body' : `'${e.instancePath.slice(1)}'`;
  let value: unknown = body;
  for (const part of e.instancePath.split('/').slice(1)) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  const extra = e.keyword === 'enum' ? ` (${JSON.stringify(e.params['allowedValues'])})` : '';
  return `For ${where}, ${JSON.stringify(value)} ${e.message ?? 'is invalid'}${extra}.`;
}

// ---------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------

interface PullState {
  spec: FakePull;
  model: DiffModel;
  /** Diffs of earlier heads, by SHA: a review naming one is checked against it. */
  models: Map<string, DiffModel>;
  /** Heads a force-push removed from the PR. */
  dropped: Set<string>;
  repoId: number;
  state: 'open' | 'closed';
  merged: boolean;
}

interface Reply {
  status: number;
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

function gh(status: number, message: string, documentation_url: string, extra: Record<string, unknown> = {}) {
  return { status, body: { message, ...extra, documentation_url, status: String(status) } };
}

function repoKey(owner: string, repo: string): string {
  return `${owner.toLowerCase()}/${repo.toLowerCase()}`;
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export async function startFakeGitHub(opts: FakeGitHubOptions): Promise<FakeGitHub> {
  const token = opts.token ?? 'ghs_test_token';
  const personal = new Map(Object.entries(opts.personalTokens ?? {}));
  /**
   * Who the current request is authenticated as (set by `handle` right before the synchronous
   * `route`): github-actions[bot] for the installation token, else the personal token's user.
   */
  let actor: { login: string; type: string } = BOT_USER;
  const diffTooLarge = opts.diffTooLarge ?? 'auto';
  const requests: RecordedRequest[] = [];
  const reviews: PostedReview[] = [];
  const violations: string[] = [];
  let nextReviewId = 80000001;
  let baseUrl = '';

  createReviewRequestSchema(); // load eagerly: a broken schema should fail the test setup, not a request

  const pulls = new Map<string, PullState>();
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
    pulls.set(`${key}#${spec.number}`, {
      spec,
      model,
      repoId: repoIds.get(key) ?? 0,
      models: new Map(),
      dropped: new Set(),
      state: 'open',
      merged: false,
    });
  }

  function defaultPull(p: PullState): Record<string, unknown> {
    const { owner, repo, number, headSha, baseSha } = p.spec;
    const full = `${owner}/${repo}`;
    const author = {
      login: p.spec.author ?? 'octocat',
      id: 583231,
      node_id: 'MDQ6VXNlcjU4MzIzMQ==',
      type: 'User',
      site_admin: false,
    };
    const repoObj = {
      id: p.repoId,
      node_id: Buffer.from(`010:Repository${p.repoId}`).toString('base64'),
      name: repo,
      full_name: full,
      private: false,
      owner: { login: owner, id: 1, type: 'Organization' },
      html_url: `https://github.com/${full}`,
      url: `${baseUrl}/repos/${full}`,
      default_branch: 'main',
    };
    const apiPull = `${baseUrl}/repos/${full}/pulls/${number}`;
    return {
      url: apiPull,
      id: 1_000_000 + number,
      node_id: Buffer.from(`011:PullRequest${1_000_000 + number}`).toString('base64'),
      html_url: `https://github.com/${full}/pull/${number}`,
      diff_url: `https://github.com/${full}/pull/${number}.diff`,
      patch_url: `https://github.com/${full}/pull/${number}.patch`,
      issue_url: `${baseUrl}/repos/${full}/issues/${number}`,
      number,
      state: p.state,
      locked: false,
      title: p.spec.title ?? `Pull request ${number}`,
      user: author,
      body: p.spec.body === undefined ? null : p.spec.body,
      labels: [],
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
      closed_at: p.state === 'closed' ? '2025-01-02T00:00:00Z' : null,
      merged_at: p.merged ? '2025-01-02T00:00:00Z' : null,
      merge_commit_sha: null,
      draft: false,
      head: { label: `${owner}:feature`, ref: 'feature', sha: headSha, user: author, repo: repoObj },
      base: { label: `${owner}:main`, ref: 'main', sha: baseSha, user: repoObj.owner, repo: repoObj },
      author_association: 'CONTRIBUTOR',
      merged: p.merged,
      mergeable: true,
      comments: 0,
      review_comments: 0,
      commits: 1 + (p.spec.knownShas?.length ?? 0),
      additions: p.model.files.reduce((n, f) => n + f.additions, 0),
      deletions: p.model.files.reduce((n, f) => n + f.deletions, 0),
      changed_files: p.model.files.length,
    };
  }

  function getPull(p: PullState, accept: string): Reply {
    if (accept.includes('.patch')) {
      return gh(415, `Unsupported 'Accept' header: ${accept}`, DOCS.getPull);
    }
    if (!accept.includes('.diff')) return { status: 200, body: p.spec.pull ?? defaultPull(p) };
    const tooManyFiles = p.model.files.length > GITHUB_LIMITS.diffMaxFiles;
    const tooManyLines = p.model.lineCount > GITHUB_LIMITS.diffMaxLines;
    if (diffTooLarge === true || (diffTooLarge === 'auto' && (tooManyFiles || tooManyLines))) {
      const message =
        tooManyLines && !tooManyFiles
          ? `Sorry, the diff exceeded the maximum number of lines (${GITHUB_LIMITS.diffMaxLines})`
          : `Sorry, the diff exceeded the maximum number of files (${GITHUB_LIMITS.diffMaxFiles}). ` +
            "Consider using 'List pull requests files' API or locally cloning the repository instead.";
      return gh(406, message, DOCS.listFiles, {
        errors: [{ resource: 'PullRequest', field: 'diff', code: 'too_large' }],
      });
    }
    return { status: 200, body: p.spec.diff, contentType: 'text/plain; charset=utf-8' };
  }

  function listFiles(p: PullState, pathname: string, query: URLSearchParams): Reply {
    const perPageRaw = Number.parseInt(query.get('per_page') ?? '', 10);
    const perPage =
      Number.isFinite(perPageRaw) && perPageRaw > 0
        ? Math.min(perPageRaw, GITHUB_LIMITS.perPageMax)
        : GITHUB_LIMITS.perPageDefault;
    const pageRaw = Number.parseInt(query.get('page') ?? '', 10);
    const page = Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1;
    const all = p.model.files.slice(0, GITHUB_LIMITS.listFilesMax);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const { owner, repo, headSha } = p.spec;
    const body = all.slice((page - 1) * perPage, page * perPage).map((f) => {
      const omitPatch =
        f.binary ||
        f.patch === undefined ||
        f.patch.split('\n').length > GITHUB_LIMITS.patchMaxLines ||
        Buffer.byteLength(f.patch) > GITHUB_LIMITS.patchMaxBytes;
      return {
        sha: f.sha,
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        blob_url: `https://github.com/${owner}/${repo}/blob/${headSha}/${encodePath(f.filename)}`,
        raw_url: `https://github.com/${owner}/${repo}/raw/${headSha}/${encodePath(f.filename)}`,
        contents_url: `${baseUrl}/repos/${owner}/${repo}/contents/${encodePath(f.filename)}?ref=${headSha}`,
        ...(omitPatch ? {} : { patch: f.patch }),
        ...(f.previousFilename !== undefined ? { previous_filename: f.previousFilename } : {}),
      };
    });
    const headers: Record<string, string> = {};
    if (lastPage > 1) {
      // GitHub links to /repositories/{id}/... and keeps the other query parameters: follow the links.
      const linkPath = pathname.replace(/^\/repos\/[^/]+\/[^/]+\//, `/repositories/${p.repoId}/`);
      const link = (n: number, rel: string) => {
        const q = new URLSearchParams(query);
        q.set('page', String(n));
        return `<${baseUrl}${linkPath}?${q.toString()}>; rel="${rel}"`;
      };
      const parts: string[] = [];
      if (page > 1) parts.push(link(Math.min(page - 1, lastPage), 'prev'));
      if (page < lastPage) parts.push(link(page + 1, 'next'), link(lastPage, 'last'));
      if (page > 1) parts.push(link(1, 'first'));
      headers['link'] = parts.join(', ');
    }
    return { status: 200, body, headers };
  }

  function createReview(p: PullState, body: unknown, where: string): Reply {
    if (opts.failReviewsWith !== undefined) {
      const s = opts.failReviewsWith;
      if (s === 403) return gh(403, 'Resource not accessible by integration', DOCS.createReview);
      if (s === 404) return gh(404, 'Not Found', DOCS.createReview);
      if (s === 422)
        return gh(422, 'Unprocessable Entity', DOCS.createReview, { errors: ['Validation Failed'] });
      if (s >= 500) return { status: s, body: { message: 'Server Error' } };
      return gh(s, 'Error', DOCS.createReview);
    }

    // (a) GitHub's own schema.
    const { validate } = createReviewRequestSchema();
    if (!validate(body)) {
      const texts = (validate.errors ?? []).map((e) => schemaErrorText(e, body));
      for (const t of texts) violations.push(`${where}: schema: ${t}`);
      return gh(422, `Invalid request.\n\n${texts.join('\n')}`, DOCS.createReview);
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
      return gh(422, 'Unprocessable Entity', DOCS.createReview, {
        errors: ['GitHub Actions is not permitted to approve pull requests.'],
      });
    }
    if (req.event === 'REQUEST_CHANGES') {
      violations.push(`${where}: the action sent event REQUEST_CHANGES (it must only ever COMMENT)`);
    }

    const known = [p.spec.headSha, ...(p.spec.knownShas ?? [])];
    if (req.commit_id !== undefined && p.dropped.has(req.commit_id)) {
      // Reviewed before a force-push dropped it: a race the action cannot prevent, only handle.
      return gh(422, 'Unprocessable Entity', DOCS.createReview, {
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
          reject(
            'Line could not be resolved',
            `${label}: position mixed with line/side/start_line/start_side`,
          );
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
        reject(
          'Line could not be resolved',
          `${label}: ${side} line ${c.line} is not commentable in the diff`,
        );
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
    const leftover = [...reviewMeta.values()].find(
      (m) => m.pullKey === pullKeyOf(p) && m.state === 'PENDING',
    );
    if (leftover) {
      errors.push('User can only have one pending review per pull request');
      if (pending && leftover.createdHere)
        violations.push(`${where}: a second review without event (PENDING) on the same pull request`);
    }
    if (errors.length > 0) {
      return gh(422, 'Unprocessable Entity', DOCS.createReview, { errors: [...new Set(errors)] });
    }

    // (c) Success.
    const id = nextReviewId++;
    const { owner, repo, number } = p.spec;
    const commitId = req.commit_id ?? p.spec.headSha;
    const htmlUrl = `https://github.com/${owner}/${repo}/pull/${number}#pullrequestreview-${id}`;
    const pullUrl = `${baseUrl}/repos/${owner}/${repo}/pulls/${number}`;
    reviewMeta.set(id, {
      pullKey: pullKeyOf(p),
      body: req.body ?? '',
      commitId,
      state: pending ? 'PENDING' : 'COMMENTED',
      user: actor,
      createdHere: true,
    });
    // A pending review is visible to its author only (and deleted, or left behind: see `violations`).
    if (!pending)
      reviews.push({
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
      storeComment(p, {
        reviewId: id,
        path: c.path,
        side,
        line,
        startLine: c.start_line ?? null,
        body: c.body,
        user: actor,
        inReplyToId: null,
        commitId,
      });
    }
    const state = pending ? 'PENDING' : req.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : 'COMMENTED';
    return {
      status: 200,
      body: {
        id,
        node_id: `PRR_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`,
        user: actor,
        body: reviewBody,
        state,
        html_url: htmlUrl,
        pull_request_url: pullUrl,
        author_association: 'NONE',
        _links: { html: { href: htmlUrl }, pull_request: { href: pullUrl } },
        ...(pending ? {} : { submitted_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') }),
        commit_id: commitId,
      },
    };
  }

  // ----- State kept across runs: reviews, review comments and threads, issue comments, compares -----
  const comments: StoredComment[] = [];
  const issueComments: StoredIssueComment[] = [];
  const reviewMeta = new Map<
    number,
    {
      pullKey: string;
      body: string;
      commitId: string;
      state: string;
      user: { login: string; type: string };
      /** Created through the API during this fake's life (not seeded as a leftover). */
      createdHere: boolean;
    }
  >();
  for (const seed of opts.pendingReviews ?? []) {
    const p = [...pulls.values()].find((x) => x.spec.number === seed.number);
    if (!p) throw new Error(`fake-github: pendingReviews names no pull request #${seed.number}`);
    reviewMeta.set(nextReviewId++, {
      pullKey: pullKeyOf(p),
      body: seed.body ?? '',
      commitId: p.spec.headSha,
      state: 'PENDING',
      user: seed.user === 'human' ? { login: 'octocat', type: 'User' } : BOT_USER,
      createdHere: false,
    });
  }
  let nextCommentId = 500001;
  let nextIssueCommentId = 900001;

  function pullKeyOf(p: PullState): string {
    return `${repoKey(p.spec.owner, p.spec.repo)}#${p.spec.number}`;
  }

  function rowContent(p: PullState, path: string, side: 'LEFT' | 'RIGHT', line: number): string | null {
    const file = p.model.byPath.get(path);
    if (!file) return null;
    const i = findRow(file, side, line);
    return i >= 0 ? (file.rows[i]!.content ?? null) : null;
  }

  function storeComment(
    p: PullState,
    c: Omit<
      StoredComment,
      'id' | 'pullKey' | 'originalLine' | 'originalCommitId' | 'lineContent' | 'resolved'
    > & { line: number },
  ): StoredComment {
    const stored: StoredComment = {
      ...c,
      id: nextCommentId++,
      pullKey: pullKeyOf(p),
      originalLine: c.line,
      originalCommitId: c.commitId,
      lineContent: c.side === 'RIGHT' ? rowContent(p, c.path, 'RIGHT', c.line) : null,
      resolved: false,
    };
    comments.push(stored);
    return stored;
  }

  function restComment(c: StoredComment): Json {
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
      ...(c.inReplyToId !== null ? { in_reply_to_id: c.inReplyToId } : {}),
    };
  }

  function paged(items: unknown[], query: URLSearchParams, pathname: string): Reply {
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
      headers['link'] = `<${baseUrl}${pathname}?${q}>; rel="next", <${baseUrl}${pathname}?${qq}>; rel="last"`;
    }
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
  }

  function contentsReply(rk: string, path: string, query: URLSearchParams, accept: string): Reply {
    const doc = 'https://docs.github.com/rest/repos/contents#get-repository-content';
    const ref = query.get('ref') ?? 'HEAD';
    const text = opts.contents?.[ref]?.[path];
    if (text === undefined) return gh(404, 'Not Found', doc);
    return fileReply(rk, path, ref, text, accept);
  }

  /** One file as the contents API answers it: the text for the raw media type, else base64 JSON. */
  function fileReply(rk: string, path: string, ref: string, text: string, accept: string): Reply {
    if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
      return { status: 200, body: text, contentType: 'application/vnd.github.raw; charset=utf-8' };
    }
    const [owner, repo] = rk.split('/');
    const sha = createHash('sha1')
      .update(`blob ${Buffer.byteLength(text)}\0${text}`)
      .digest('hex');
    const url = `${baseUrl}/repos/${owner}/${repo}/contents/${encodePath(path)}?ref=${ref}`;
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(text),
        name: path.split('/').pop(),
        path,
        // GitHub wraps the base64 text at 60 characters.
        content: (
          Buffer.from(text)
            .toString('base64')
            .match(/.{1,60}/g) ?? []
        ).join('\n'),
        sha,
        url,
        git_url: `${baseUrl}/repos/${owner}/${repo}/git/blobs/${sha}`,
        html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${encodePath(path)}`,
        download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${encodePath(path)}`,
        _links: { self: url, git: '', html: '' },
      },
    };
  }

  function threadsOf(key: string): { id: string; root: StoredComment; replies: StoredComment[] }[] {
    return comments
      .filter((c) => c.pullKey === key && c.inReplyToId === null)
      .map((root) => ({
        id: `PRRT_${root.id}`,
        root,
        replies: comments.filter((r) => r.inReplyToId === root.id),
      }));
  }

  function graphqlReply(body: unknown, where: string): Reply {
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
      root.resolvedBy = actor;
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
      const all = threadsOf(key);
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

  function historyRoute(
    method: string,
    segs: string[],
    query: URLSearchParams,
    pathname: string,
    body: unknown,
    where: string,
    accept = '',
  ): Reply | undefined {
    if (method === 'POST' && pathname === '/graphql') return graphqlReply(body, where);
    if (segs[0] !== 'repos' || segs.length < 4) return undefined;
    const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
    const get = (n: string | undefined) => pulls.get(`${rk}#${n}`);
    const text = (b: unknown): string | null => {
      const t = (b as { body?: unknown } | undefined)?.body;
      return typeof t === 'string' && t.trim() !== '' ? t : null;
    };
    // GET /repos/o/r/compare/{base}...{head}
    if (method === 'GET' && segs[3] === 'compare' && segs.length === 5) {
      const entry = opts.compares?.[segs[4]!];
      if (!entry)
        return gh(404, 'Not Found', 'https://docs.github.com/rest/commits/commits#compare-two-commits');
      const model = buildDiffModel(entry.diff);
      return {
        status: 200,
        body: {
          status: entry.status,
          ahead_by: entry.status === 'ahead' ? 1 : 0,
          behind_by: entry.status === 'behind' || entry.status === 'diverged' ? 1 : 0,
          total_commits: 1,
          commits: [],
          files: model.files.map((f) => ({
            sha: f.sha,
            filename: f.filename,
            status: f.status,
            additions: f.additions,
            deletions: f.deletions,
            changes: f.additions + f.deletions,
            blob_url: '',
            raw_url: '',
            contents_url: '',
            ...(f.patch !== undefined && !f.binary ? { patch: f.patch } : {}),
            ...(f.previousFilename !== undefined ? { previous_filename: f.previousFilename } : {}),
          })),
        },
      };
    }
    // GET /repos/o/r/contents/{path}: a file at `ref`, as JSON (base64) or raw with the raw media type.
    if (method === 'GET' && segs[3] === 'contents' && segs.length >= 5) {
      return contentsReply(rk, segs.slice(4).join('/'), query, accept);
    }
    if (segs[3] === 'pulls' && /^\d+$/.test(segs[4] ?? '')) {
      const p = get(segs[4]);
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
        return paged(list, query, pathname);
      }
      // DELETE /repos/o/r/pulls/n/reviews/{id}: only a pending review can be deleted.
      if (method === 'DELETE' && segs.length === 7 && segs[5] === 'reviews' && /^\d+$/.test(segs[6] ?? '')) {
        const id = Number(segs[6]);
        const m = reviewMeta.get(id);
        const doc = 'https://docs.github.com/rest/pulls/reviews#delete-a-pending-review-for-a-pull-request';
        if (!m || m.pullKey !== key) return gh(404, 'Not Found', doc);
        if (m.state !== 'PENDING') {
          violations.push(`${where}: tried to delete submitted review ${id}`);
          return gh(422, 'Unprocessable Entity', doc, {
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
        return paged(comments.filter((c) => c.pullKey === key).map(restComment), query, pathname);
      }
      // GET /repos/o/r/pulls/n/reviews/{id}/comments: the comments one review posted.
      if (method === 'GET' && segs.length === 8 && segs[5] === 'reviews' && segs[7] === 'comments') {
        const id = Number(segs[6]);
        const m = reviewMeta.get(id);
        if (!m || m.pullKey !== key)
          return gh(
            404,
            'Not Found',
            'https://docs.github.com/rest/pulls/reviews#list-comments-for-a-pull-request-review',
          );
        return paged(comments.filter((c) => c.reviewId === id).map(restComment), query, pathname);
      }
      if (method === 'POST' && segs.length === 8 && segs[5] === 'comments' && segs[7] === 'replies') {
        const root = comments.find((c) => c.id === Number(segs[6]) && c.pullKey === key);
        if (!root) return gh(404, 'Not Found', DOCS.rest);
        const t = text(body);
        if (t === null || t.length > 65_536) {
          violations.push(`${where}: reply body missing or too long`);
          return gh(422, 'Validation Failed', DOCS.rest);
        }
        const reply: StoredComment = {
          ...root,
          id: nextCommentId++,
          reviewId: null,
          body: t,
          user: actor,
          inReplyToId: root.id,
          resolved: false,
        };
        comments.push(reply);
        return { status: 201, body: restComment(reply) };
      }
      return undefined;
    }
    if (segs[3] === 'issues' && /^\d+$/.test(segs[4] ?? '') && segs[5] === 'comments' && segs.length === 6) {
      const p = get(segs[4]);
      if (!p) return gh(404, 'Not Found', DOCS.rest);
      const key = pullKeyOf(p);
      if (method === 'GET') {
        return paged(
          issueComments.filter((c) => c.pullKey === key).map((c) => issueCommentJson(c, rk, p.spec.number)),
          query,
          pathname,
        );
      }
      if (method === 'POST') {
        const t = text(body);
        if (t === null || [...t].length > 65_536) {
          violations.push(`${where}: issue comment body missing or over 65536 characters`);
          return gh(422, 'Validation Failed', DOCS.rest);
        }
        const c: StoredIssueComment = {
          id: nextIssueCommentId++,
          pullKey: key,
          body: t,
          user: actor,
          updates: 0,
        };
        issueComments.push(c);
        return { status: 201, body: issueCommentJson(c, rk, p.spec.number) };
      }
    }
    if (segs[3] === 'issues' && segs[4] === 'comments' && /^\d+$/.test(segs[5] ?? '') && segs.length === 6) {
      const c = issueComments.find((x) => x.id === Number(segs[5]));
      if (!c) return gh(404, 'Not Found', DOCS.rest);
      if (method === 'PATCH') {
        const t = text(body);
        if (t === null || [...t].length > 65_536) {
          violations.push(`${where}: issue comment body missing or over 65536 characters`);
          return gh(422, 'Validation Failed', DOCS.rest);
        }
        c.body = t;
        c.updates++;
        return { status: 200, body: issueCommentJson(c, rk, Number(c.pullKey.split('#')[1])) };
      }
      if (method === 'DELETE') {
        issueComments.splice(issueComments.indexOf(c), 1);
        return { status: 204, body: null };
      }
    }
    return undefined;
  }

  function issueCommentJson(c: StoredIssueComment, rk: string, number: number): Json {
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

  function updatePull(
    number: number,
    update: { headSha: string; diff: string; knownShas?: string[]; forcePush?: boolean },
  ): void {
    const p = [...pulls.values()].find((x) => x.spec.number === number);
    if (!p) throw new Error(`fake-github: no pull request #${number}`);
    const model = buildDiffModel(update.diff);
    const earlier = update.forcePush ? [] : [...(p.spec.knownShas ?? []), p.spec.headSha];
    if (update.forcePush) {
      for (const sha of [p.spec.headSha, ...(p.spec.knownShas ?? [])]) p.dropped.add(sha);
      p.models.clear();
    } else p.models.set(p.spec.headSha, p.model);
    p.spec = {
      ...p.spec,
      headSha: update.headSha,
      diff: update.diff,
      knownShas: [...earlier, ...(update.knownShas ?? [])],
    };
    p.model = model;
    // A comment follows its line: the same text at the same number, or at one unique new place; otherwise outdated.
    for (const c of comments) {
      if (c.pullKey !== pullKeyOf(p) || c.inReplyToId !== null || c.line === null || c.side !== 'RIGHT')
        continue;
      const file = model.byPath.get(c.path);
      const rows = file
        ? file.rows.filter((r) => (r.kind === 'add' || r.kind === 'normal') && r.content === c.lineContent)
        : [];
      const same = rows.find((r) => r.newLine === c.line);
      const moved = same ?? (rows.length === 1 ? rows[0] : undefined);
      if (moved && moved.newLine !== undefined) {
        c.line = moved.newLine;
        c.commitId = update.headSha;
      } else {
        c.line = null;
      }
    }
  }

  function closePull(number: number, merged = false): void {
    const p = [...pulls.values()].find((x) => x.spec.number === number);
    if (!p) throw new Error(`fake-github: no pull request #${number}`);
    p.state = 'closed';
    p.merged = merged;
  }

  function pendingReviews(): { id: number; number: number; user: string; body: string }[] {
    return [...reviewMeta.entries()]
      .filter(([, m]) => m.state === 'PENDING')
      .map(([id, m]) => ({ id, number: Number(m.pullKey.split('#')[1]), user: m.user.login, body: m.body }));
  }

  /** The fault for this request, if one is armed (counting matches as it goes). */
  const faultHits = new Map<FakeFault, number>();
  function faultFor(method: string, pathname: string): FakeFault | undefined {
    for (const f of opts.faults ?? []) {
      if (f.method !== undefined && f.method.toUpperCase() !== method) continue;
      if (typeof f.path === 'string' ? f.path !== pathname : !f.path.test(pathname)) continue;
      const seen = faultHits.get(f) ?? 0;
      faultHits.set(f, seen + 1);
      const skip = f.skip ?? 0;
      if (seen >= skip && seen < skip + (f.times ?? 1)) return f;
    }
    return undefined;
  }

  function faultReply(f: FakeFault): Reply {
    const headers = typeof f.headers === 'function' ? f.headers() : (f.headers ?? {});
    const message = f.message ?? (f.status >= 500 ? 'Server Error' : 'Error');
    // GitHub's 5xx come from its front end, often as HTML; Octokit must cope either way.
    if (f.status >= 500 && f.message === undefined)
      return {
        status: f.status,
        body: '<html><body>Bad gateway</body></html>',
        contentType: 'text/html',
        headers,
      };
    return { ...gh(f.status, message, DOCS.rest), headers };
  }

  let diffFetched = false;

  function pullNumbered(number: number): PullState {
    const p = [...pulls.values()].find((x) => x.spec.number === number);
    if (!p) throw new Error(`fake-github: no pull request #${number}`);
    return p;
  }

  function addHumanComment(
    number: number,
    h: { path: string; line: number; body: string; user?: string },
  ): StoredComment {
    const p = pullNumbered(number);
    return storeComment(p, {
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

  function addIssueComment(number: number, c: { body: string; user?: string }): StoredIssueComment {
    const stored: StoredIssueComment = {
      id: nextIssueCommentId++,
      pullKey: pullKeyOf(pullNumbered(number)),
      body: c.body,
      user: userAccount(c.user ?? 'octocat'),
      updates: 0,
    };
    issueComments.push(stored);
    return stored;
  }

  function addHumanReview(number: number, r: { body: string; user?: string }): number {
    const p = pullNumbered(number);
    const id = nextReviewId++;
    reviewMeta.set(id, {
      pullKey: pullKeyOf(p),
      body: r.body,
      commitId: p.spec.headSha,
      state: 'COMMENTED',
      user: userAccount(r.user ?? 'octocat'),
      createdHere: false,
    });
    return id;
  }

  /** The repository role of a login: `collaborators`, else read (the fake's repositories are public). */
  function roleOf(login: string): 'admin' | 'maintain' | 'write' | 'triage' | 'read' {
    const entry = Object.entries(opts.collaborators ?? {}).find(
      ([l]) => l.toLowerCase() === login.toLowerCase(),
    );
    return entry?.[1] ?? 'read';
  }

  function resolveThread(commentId: number, by: string): void {
    const root = comments.find((c) => c.id === commentId && c.inReplyToId === null);
    if (!root) throw new Error(`fake-github: no review thread starts with comment ${commentId}`);
    if (root.resolved) throw new Error(`fake-github: the thread of comment ${commentId} is resolved already`);
    const p = [...pulls.values()].find((x) => pullKeyOf(x) === root.pullKey)!;
    const same = (a: string) => a.toLowerCase() === by.toLowerCase();
    if (!same(p.spec.author ?? 'octocat') && !same(root.user.login) && !WRITE_ROLES.has(roleOf(by)))
      throw new Error(
        `fake-github: ${by} may not resolve the thread (not the PR's author, nor the comment's, nor a collaborator with write access)`,
      );
    root.resolved = true;
    root.resolvedBy = userAccount(by);
  }

  /** Accounts the fake knows of: a permission request about anyone else names a nonexistent user. */
  function knownAccount(login: string): boolean {
    const known = [
      'octocat',
      ...personal.values(),
      ...Object.keys(opts.collaborators ?? {}),
      ...[...pulls.values()].map((p) => p.spec.author ?? 'octocat'),
      ...comments.map((c) => c.user.login),
      ...issueComments.map((c) => c.user.login),
      ...[...reviewMeta.values()].map((r) => r.user.login),
    ];
    return known.some((k) => k.toLowerCase() === login.toLowerCase());
  }

  /** GET /repos/{o}/{r}/collaborators/{username}/permission */
  function permissionReply(segs: string[], where: string): Reply {
    const doc =
      'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user';
    const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
    if (![...pulls.values()].some((p) => repoKey(p.spec.owner, p.spec.repo) === rk)) {
      violations.push(`${where}: no such repository in the fake`);
      return gh(404, 'Not Found', doc);
    }
    const login = segs[4] ?? '';
    if (!GITHUB_LOGIN.test(login)) {
      violations.push(`${where}: '${login}' is not a user login`);
      return gh(404, 'Not Found', doc);
    }
    if (!knownAccount(login)) {
      violations.push(`${where}: asked about ${login}, an account that took no part in the PR`);
      return gh(404, 'Not Found', doc);
    }
    const role = roleOf(login);
    const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
    // `permission` is the legacy base role: maintain reads as write, triage as read.
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    const permissions = {
      pull: true,
      triage: rank >= 1,
      push: rank >= 2,
      maintain: rank >= 3,
      admin: rank >= 4,
    };
    return {
      status: 200,
      body: {
        permission,
        role_name: role,
        user: { ...userJson(login), permissions, role_name: role },
      },
    };
  }

  /** GET /repos/{o}/{r}/contents/{path}?ref=SHA: a file (raw), a directory listing, or 404. */
  function contents(segs: string[], query: URLSearchParams, accept: string, where: string): Reply {
    const docs = 'https://docs.github.com/rest/repos/contents#get-repository-content';
    const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
    const prs = [...pulls.values()].filter((p) => repoKey(p.spec.owner, p.spec.repo) === rk);
    if (prs.length === 0) {
      violations.push(`${where}: no such repository in the fake`);
      return gh(404, 'Not Found', docs);
    }
    // Octokit may send the path with its slashes encoded (%2F): segments are decoded already.
    const path = segs.slice(4).join('/');
    const ref = query.get('ref');
    const shas = new Set([
      ...prs.flatMap((p) => [p.spec.baseSha, p.spec.headSha, ...(p.spec.knownShas ?? [])]),
      ...Object.keys(opts.files ?? {}),
    ]);
    if (ref === null || !/^[0-9a-f]{40}$/.test(ref) || !shas.has(ref)) {
      violations.push(
        `${where}: contents read at ref ${ref === null ? '(none: the default branch)' : `'${ref}'`}, not at a commit of the PR`,
      );
      return gh(404, `No commit found for the ref ${ref ?? ''}`, docs);
    }
    if (path === '' || path.split('/').some((p) => p === '' || p === '.' || p === '..')) {
      violations.push(`${where}: malformed path '${path}'`);
      return gh(404, 'Not Found', docs);
    }
    const tree = opts.files?.[ref] ?? {};
    const text = tree[path];
    if (text !== undefined) return fileReply(rk, path, ref, text, accept);
    const under = Object.keys(tree).filter((f) => f.startsWith(`${path}/`));
    if (under.length > 0) {
      // A directory: GitHub answers its JSON listing, whatever the media type.
      const names = [...new Set(under.map((f) => f.slice(path.length + 1).split('/')[0]!))];
      return {
        status: 200,
        body: names.map((n) => ({
          type: tree[`${path}/${n}`] !== undefined ? 'file' : 'dir',
          name: n,
          path: `${path}/${n}`,
        })),
      };
    }
    return gh(404, 'Not Found', docs);
  }

  function route(
    method: string,
    pathname: string,
    query: URLSearchParams,
    req: IncomingMessage,
    body: unknown,
  ) {
    const where = `${method} ${pathname}`;
    const segs = pathname.split('/').slice(1).map(decodeURIComponent);
    let pull: PullState | undefined;
    let rest: string[];
    let viaRepoId = false;
    if (
      method === 'DELETE' &&
      segs[0] === 'repos' &&
      segs[3] === 'issues' &&
      /^\d+$/.test(segs[4] ?? '') &&
      segs[5] === 'labels' &&
      segs.length === 7
    ) {
      const p = pulls.get(`${repoKey(segs[1] ?? '', segs[2] ?? '')}#${segs[4]}`);
      if (!p) {
        violations.push(`${where}: no such pull request in the fake`);
        return gh(404, 'Not Found', DOCS.rest);
      }
      if (opts.failLabelRemovalWith)
        return gh(opts.failLabelRemovalWith, 'Resource not accessible by integration', DOCS.rest);
      const labels = (p.spec.labels ??= []);
      const i = labels.indexOf(segs[6]!);
      if (i < 0) return gh(404, 'Label does not exist', DOCS.rest);
      labels.splice(i, 1);
      return {
        status: 200,
        body: labels.map((name, n) => ({ id: 1000 + n, name, color: 'ededed', default: false })),
      };
    }
    if (method === 'GET' && pathname === '/user') {
      if (actor.type !== 'User')
        return gh(
          403,
          'Resource not accessible by integration',
          'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        );
      return {
        status: 200,
        body: {
          ...userJson(actor.login),
          name: null,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          twitter_username: null,
          public_repos: 2,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: '2020-01-01T00:00:00Z',
          updated_at: '2025-01-01T00:00:00Z',
        },
      };
    }
    if (
      method === 'GET' &&
      segs[0] === 'repos' &&
      segs[3] === 'collaborators' &&
      segs[5] === 'permission' &&
      segs.length === 6
    )
      return permissionReply(segs, where);
    // With `files`, the strict contents API (reads at a commit of the PR, raw media type); otherwise
    // the plain one of `contents`, in historyRoute.
    if (opts.files !== undefined && method === 'GET' && segs[0] === 'repos' && segs[3] === 'contents') {
      return contents(segs, query, String(req.headers['accept'] ?? ''), where);
    }
    const historyReply = historyRoute(
      method,
      segs,
      query,
      pathname,
      body,
      where,
      String(req.headers['accept'] ?? ''),
    );
    if (historyReply) return historyReply;
    if (segs[0] === 'repos' && segs[2] !== undefined && segs[3] === 'pulls' && /^\d+$/.test(segs[4] ?? '')) {
      pull = pulls.get(`${repoKey(segs[1] ?? '', segs[2])}#${segs[4]}`);
      rest = segs.slice(5);
    } else if (segs[0] === 'repositories' && segs[2] === 'pulls' && /^\d+$/.test(segs[3] ?? '')) {
      viaRepoId = true;
      const id = Number(segs[1]);
      pull = [...pulls.values()].find((p) => p.repoId === id && String(p.spec.number) === segs[3]);
      rest = segs.slice(4);
    } else {
      return undefined;
    }
    const accept = String(req.headers['accept'] ?? '');
    let handler: ((p: PullState) => Reply) | undefined;
    if (method === 'GET' && rest.length === 0 && !viaRepoId) handler = (p) => getPull(p, accept);
    else if (method === 'GET' && rest.length === 1 && rest[0] === 'files') {
      handler = (p) => listFiles(p, pathname, query);
    } else if (method === 'POST' && rest.length === 1 && rest[0] === 'reviews' && !viaRepoId) {
      handler = (p) => createReview(p, body, where);
    }
    if (!handler) return undefined;
    if (!pull) {
      violations.push(`${where}: no such pull request in the fake`);
      return gh(404, 'Not Found', DOCS.rest);
    }
    return handler(pull);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', baseUrl);
    const where = `${method} ${url.pathname}`;
    let body: unknown = raw === '' ? undefined : raw;
    let badJson = false;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        badJson = String(req.headers['content-type'] ?? '').includes('json') || method !== 'GET';
      }
    }

    let reply: Reply;
    const auth = String(req.headers['authorization'] ?? '');
    const m = /^(token|bearer)\s+(\S+)$/i.exec(auth);
    if (!m || (m[2] !== token && !personal.has(m[2]!))) {
      violations.push(
        `${where}: bad or missing credentials (${auth === '' ? 'no authorization header' : 'wrong token'})`,
      );
      reply = gh(401, 'Bad credentials', DOCS.rest);
    } else if (badJson) {
      violations.push(`${where}: request body is not valid JSON`);
      reply = {
        status: 400,
        body: { message: 'Problems parsing JSON', documentation_url: DOCS.rest, status: '400' },
      };
    } else {
      const fault = faultFor(method, url.pathname);
      if (fault && !fault.afterWrite) {
        reply = faultReply(fault);
      } else {
        const login = personal.get(m[2]!);
        actor = login === undefined ? BOT_USER : userAccount(login);
        const routed = route(method, url.pathname, url.searchParams, req, body);
        if (routed) {
          reply = routed;
        } else {
          violations.push(`${where}: unexpected route`);
          reply = gh(404, 'Not Found', DOCS.rest);
        }
        const diffRead =
          method === 'GET' &&
          reply.status === 200 &&
          ((/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/.test(url.pathname) &&
            String(req.headers['accept'] ?? '').includes('.diff')) ||
            (/\/pulls\/\d+\/files$/.test(url.pathname) && !/rel="next"/.test(reply.headers?.['link'] ?? '')));
        if (diffRead && !diffFetched && opts.afterDiffFetch) {
          diffFetched = true;
          opts.afterDiffFetch(fake);
        }
        if (fault) reply = faultReply(fault); // written, but the answer is lost
      }
    }

    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      body,
      status: reply.status,
    });
    // 204 No Content has no body, as GitHub sends it.
    const payload =
      reply.status === 204
        ? ''
        : typeof reply.body === 'string' && reply.contentType !== undefined
          ? reply.body
          : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'content-type': reply.contentType ?? 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(payload)),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - requests.length)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(requests.length),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    });
    res.end(payload);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      violations.push(
        `${req.method} ${req.url}: fake-github crashed: ${(err as Error).stack ?? String(err)}`,
      );
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: 'Server Error' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  const fake: FakeGitHub = {
    url: baseUrl,
    requests,
    reviews,
    // Also a review the action left PENDING: invisible to everyone else, and it blocks the next review.
    get violations() {
      const left = [...reviewMeta.entries()]
        .filter(([, m]) => m.state === 'PENDING' && m.createdHere)
        .map(
          ([id, m]) =>
            `review ${id} on ${m.pullKey} was created without event and left PENDING, visible to no one`,
        );
      return [...violations, ...left];
    },
    comments,
    issueComments,
    updatePull,
    closePull,
    pendingReviews,
    addHumanComment,
    addIssueComment,
    addHumanReview,
    resolveThread,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
  return fake;
}

// ---------------------------------------------------------------------------------------------------------
// Webhook payloads from @octokit/webhooks-examples
// ---------------------------------------------------------------------------------------------------------

export interface WebhookPatch {
  owner?: string;
  repo?: string;
  number?: number;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  title?: string;
  body?: string | null;
  draft?: boolean;
  /** PR author (also set as `sender`). A string is a login of a 'User'. */
  user?: string | { login: string; type?: string; id?: number };
}

/** A webhook payload: JSON with the fields the action reads typed loosely. */
export interface WebhookPayload {
  action?: string;
  number?: number;
  pull_request?: Record<string, unknown>;
  repository?: Record<string, unknown>;
  sender?: Record<string, unknown>;
  [key: string]: unknown;
}

interface WebhookDefinition {
  name: string;
  actions: string[];
  examples: WebhookPayload[];
}

/** Where the examples come from: the package's `main`, a JSON array of { name, actions, examples }. */
export const WEBHOOK_EXAMPLES_FILE = '@octokit/webhooks-examples';
let cachedWebhooks: WebhookDefinition[] | undefined;

/**
 * A real example payload, deep-cloned: `name` is `event` or `event.action` (e.g. 'pull_request.opened'),
 * the first example of that event (with that action) is returned, with `patch` applied.
 */
export function loadWebhookPayload(
  name: 'pull_request.opened' | string,
  patch?: WebhookPatch,
): WebhookPayload {
  cachedWebhooks ??= JSON.parse(
    readFileSync(require.resolve(WEBHOOK_EXAMPLES_FILE), 'utf8'),
  ) as WebhookDefinition[];
  const [event, action] = name.split('.', 2);
  const def = cachedWebhooks.find((d) => d.name === event);
  if (!def) throw new Error(`loadWebhookPayload: no examples for event ${event}`);
  const example = def.examples.find((e) => action === undefined || e.action === action);
  if (!example) {
    throw new Error(
      `loadWebhookPayload: no ${event} example with action ${action} (has: ${def.actions.join(', ')})`,
    );
  }
  const payload = structuredClone(example);
  return patch ? patchWebhookPayload(payload, patch) : payload;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mapStrings(node: unknown, fn: (s: string) => string): unknown {
  if (typeof node === 'string') return fn(node);
  if (Array.isArray(node)) return node.map((n) => mapStrings(n, fn));
  if (node !== null && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    for (const k of Object.keys(obj)) obj[k] = mapStrings(obj[k], fn);
  }
  return node;
}

function obj(node: unknown): Record<string, unknown> | undefined {
  return node !== null && typeof node === 'object' && !Array.isArray(node)
    ? (node as Record<string, unknown>)
    : undefined;
}

function renameAccount(account: Record<string, unknown> | undefined, login: string): void {
  if (!account || typeof account['login'] !== 'string') return;
  const re = new RegExp(`(users/|github\\.com/)${escapeRe(account['login'])}(?=$|[/?#{])`, 'g');
  for (const k of Object.keys(account)) {
    const v = account[k];
    if (typeof v === 'string') account[k] = v.replace(re, `$1${login}`);
  }
  account['login'] = login;
}

/** Override repository, PR number, SHAs, refs, title, body, draft and author in a pull_request payload (in place). */
export function patchWebhookPayload(payload: WebhookPayload, patch: WebhookPatch): WebhookPayload {
  const pr = obj(payload.pull_request);
  const repository = obj(payload.repository);
  const head = obj(pr?.['head']);
  const base = obj(pr?.['base']);

  if ((patch.owner !== undefined || patch.repo !== undefined) && repository) {
    const oldFull = String(repository['full_name']);
    const [oldOwner = '', oldRepo = ''] = oldFull.split('/');
    const owner = patch.owner ?? oldOwner;
    const repo = patch.repo ?? oldRepo;
    const re = new RegExp(`(^|[/:])${escapeRe(oldFull)}(?=$|[/.#?{])`, 'g');
    mapStrings(payload, (s) => s.replace(re, `$1${owner}/${repo}`));
    for (const r of [repository, obj(head?.['repo']), obj(base?.['repo'])]) {
      if (!r || r['full_name'] !== `${owner}/${repo}`) continue;
      r['name'] = repo;
      if (owner !== oldOwner) renameAccount(obj(r['owner']), owner);
    }
    if (owner !== oldOwner) {
      for (const side of [head, base]) {
        if (!side) continue;
        if (obj(side['user'])?.['login'] === oldOwner) renameAccount(obj(side['user']), owner);
        side['label'] = `${owner}:${String(side['ref'])}`;
      }
    }
  }
  if (patch.number !== undefined && pr) {
    const old = String(pr['number']);
    const re = new RegExp(`(pulls?/|issues/)${escapeRe(old)}(?=$|[/#?{])`, 'g');
    mapStrings(pr, (s) => s.replace(re, `$1${patch.number}`));
    pr['number'] = patch.number;
    payload.number = patch.number;
  }
  for (const [side, sha, ref] of [
    [head, patch.headSha, patch.headRef],
    [base, patch.baseSha, patch.baseRef],
  ] as const) {
    if (!side) continue;
    if (sha !== undefined) {
      const oldSha = String(side['sha']);
      mapStrings(payload, (s) => s.split(oldSha).join(sha));
    }
    if (ref !== undefined) {
      const login = String(side['label']).split(':')[0];
      side['ref'] = ref;
      side['label'] = `${login}:${ref}`;
    }
  }
  if (pr) {
    if (patch.title !== undefined) pr['title'] = patch.title;
    if (patch.body !== undefined) pr['body'] = patch.body;
    if (patch.draft !== undefined) pr['draft'] = patch.draft;
  }
  if (patch.user !== undefined && pr) {
    const u = typeof patch.user === 'string' ? { login: patch.user } : patch.user;
    for (const account of [obj(pr['user']), obj(payload.sender)]) {
      if (!account) continue;
      renameAccount(account, u.login);
      account['type'] = u.type ?? 'User';
      if (u.id !== undefined) account['id'] = u.id;
    }
  }
  return payload;
}

/** A FakePull consistent with a webhook payload (owner, repo, number, SHAs, title, body). */
export function fakePullFromPayload(payload: WebhookPayload, diff: string): FakePull {
  const pr = obj(payload.pull_request) ?? {};
  const repository = obj(payload.repository) ?? {};
  const [owner = '', repo = ''] = String(repository['full_name']).split('/');
  return {
    owner,
    repo,
    number: Number(pr['number']),
    headSha: String(obj(pr['head'])?.['sha']),
    baseSha: String(obj(pr['base'])?.['sha']),
    title: String(pr['title']),
    body: (pr['body'] as string | null | undefined) ?? null,
    author: String(obj(pr['user'])?.['login'] ?? 'octocat'),
    diff,
  };
}
