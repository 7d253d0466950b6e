/**
 * The pull request itself: GET (JSON or the diff media type), its files list, the compare API between
 * two of its heads, and the test's pushes and closing.
 */
import { buildDiffModel } from './diff-model.ts';
import { DOCS, GITHUB_LIMITS } from './limits.ts';
import { createReview } from './reviews.ts';
import {
  encodePath,
  ghError,
  pullKeyOf,
  pullNumbered,
  repoKey,
  type FakeState,
  type PullState,
  type Reply,
  type RouteHandler,
} from './state.ts';

/** GET /repos/{o}/{r}/pulls/{n}, its files (also under /repositories/{id}/, as the links go) and POST reviews. */
export const pullsRoute: RouteHandler = (state, { method, pathname, segs, query, accept, body, where }) => {
  const { pulls } = state;
  let pull: PullState | undefined;
  let rest: string[];
  let viaRepoId = false;
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
  let handler: ((p: PullState) => Reply) | undefined;
  if (method === 'GET' && rest.length === 0 && !viaRepoId) handler = (p) => getPull(state, p, accept);
  else if (method === 'GET' && rest.length === 1 && rest[0] === 'files') {
    handler = (p) => listFiles(state, p, pathname, query);
  } else if (method === 'POST' && rest.length === 1 && rest[0] === 'reviews' && !viaRepoId) {
    handler = (p) => createReview(state, p, body, where);
  } else if (method === 'PATCH' && rest.length === 0 && !viaRepoId) {
    handler = (p) => editPull(state, p, body, where);
  }
  if (!handler) return undefined;
  if (!pull) {
    state.violations.push(`${where}: no such pull request in the fake`);
    return ghError(404, 'Not Found', DOCS.rest);
  }
  return handler(pull);
};

/** GET /repos/{o}/{r}/compare/{base}...{head} */
export const compareRoute: RouteHandler = (state, { method, segs }) => {
  if (segs[0] !== 'repos' || segs.length < 4) return undefined;
  if (method === 'GET' && segs[3] === 'compare' && segs.length === 5) {
    const entry = state.opts.compares?.[segs[4]!];
    if (!entry)
      return ghError(404, 'Not Found', 'https://docs.github.com/rest/commits/commits#compare-two-commits');
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
  return undefined;
};

function defaultPull(state: FakeState, p: PullState): Record<string, unknown> {
  const { baseUrl } = state;
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

/** PATCH /repos/{o}/{r}/pulls/{n}: the description only (the action edits nothing else of a PR). */
function editPull(state: FakeState, p: PullState, body: unknown, where: string): Reply {
  const fields = body && typeof body === 'object' ? Object.keys(body) : [];
  const text = (body as { body?: unknown } | null)?.body;
  if (fields.length !== 1 || typeof text !== 'string') {
    state.violations.push(`${where}: a PR edit other than its description: ${JSON.stringify(body)}`);
    return ghError(422, 'Validation Failed', DOCS.rest);
  }
  if (text.length > 65_536)
    return ghError(422, 'Validation Failed: body is too long (maximum is 65536 characters)', DOCS.rest);
  p.body = text;
  return { status: 200, body: { ...(p.spec.pull ?? defaultPull(state, p)), body: text } };
}

function getPull(state: FakeState, p: PullState, accept: string): Reply {
  const diffTooLarge = state.opts.diffTooLarge ?? 'auto';
  if (accept.includes('.patch')) {
    return ghError(415, `Unsupported 'Accept' header: ${accept}`, DOCS.getPull);
  }
  if (!accept.includes('.diff')) {
    const pull = p.spec.pull ?? defaultPull(state, p);
    return { status: 200, body: p.body !== undefined ? { ...pull, body: p.body } : pull };
  }
  const tooManyFiles = p.model.files.length > GITHUB_LIMITS.diffMaxFiles;
  const tooManyLines = p.model.lineCount > GITHUB_LIMITS.diffMaxLines;
  if (diffTooLarge === true || (diffTooLarge === 'auto' && (tooManyFiles || tooManyLines))) {
    const message =
      tooManyLines && !tooManyFiles
        ? `Sorry, the diff exceeded the maximum number of lines (${GITHUB_LIMITS.diffMaxLines})`
        : `Sorry, the diff exceeded the maximum number of files (${GITHUB_LIMITS.diffMaxFiles}). ` +
          "Consider using 'List pull requests files' API or locally cloning the repository instead.";
    return ghError(406, message, DOCS.listFiles, {
      errors: [{ resource: 'PullRequest', field: 'diff', code: 'too_large' }],
    });
  }
  return { status: 200, body: p.spec.diff, contentType: 'text/plain; charset=utf-8' };
}

function listFiles(state: FakeState, p: PullState, pathname: string, query: URLSearchParams): Reply {
  const { baseUrl } = state;
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

/**
 * A push: the PR gets a new head and diff; comments follow their lines or become outdated. The old
 * head stays a commit of the PR (reviews may still name it, checked against its own diff) unless
 * `forcePush` drops it.
 */
export function updatePull(
  state: FakeState,
  number: number,
  update: { headSha: string; diff: string; knownShas?: string[]; forcePush?: boolean },
): void {
  const p = pullNumbered(state, number);
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
  for (const c of state.comments) {
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

/** Closes (or merges) the PR: GET pull then answers state 'closed'. */
export function closePull(state: FakeState, number: number, merged = false): void {
  const p = pullNumbered(state, number);
  p.state = 'closed';
  p.merged = merged;
}
