/** The pull request a run reviews, whatever event started it. */
export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string;
  /** Comments anchor here: the PR's head commit, not GITHUB_SHA (a merge commit on pull_request). */
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  draft: boolean;
  state: string;
  author: string;
  htmlUrl: string;
  /** Number of changed files GitHub reports, when known. */
  changedFiles: number | null;
}

export const PR_EVENTS = ['pull_request', 'pull_request_target'] as const;

export class EventError extends Error {
  override name = 'EventError';
}

type Json = Record<string, unknown>;

/** Reads the pull request from a `pull_request` / `pull_request_target` payload. */
export function pullRequestFromEvent(eventName: string, payload: Json): PullRequest {
  if (!(PR_EVENTS as readonly string[]).includes(eventName)) {
    throw new EventError(
      `vtrix-review runs on pull requests, but this run was started by '${eventName}'. Trigger the workflow with \`on: pull_request\` (or \`pull_request_target\`).`,
    );
  }
  const pr = payload['pull_request'] as Json | undefined;
  if (!pr || typeof pr !== 'object') {
    throw new EventError(
      `The '${eventName}' event payload has no pull_request object; cannot tell which PR to review.`,
    );
  }
  return pullRequestFromApi(pr);
}

/** Reads the fields we use from a pull request object (webhook payload or REST response: same shape). */
export function pullRequestFromApi(pr: Json): PullRequest {
  const head = (pr['head'] ?? {}) as Json;
  const base = (pr['base'] ?? {}) as Json;
  const baseRepo = (base['repo'] ?? {}) as Json;
  const owner = ((baseRepo['owner'] ?? {}) as Json)['login'];
  const user = (pr['user'] ?? {}) as Json;
  const fullName = String(baseRepo['full_name'] ?? '');
  const [fnOwner, fnRepo] = fullName.split('/');
  const out: PullRequest = {
    owner: String(owner ?? fnOwner ?? ''),
    repo: String(baseRepo['name'] ?? fnRepo ?? ''),
    number: Number(pr['number']),
    title: String(pr['title'] ?? ''),
    body: typeof pr['body'] === 'string' ? pr['body'] : '',
    headSha: String(head['sha'] ?? ''),
    baseSha: String(base['sha'] ?? ''),
    headRef: String(head['ref'] ?? ''),
    baseRef: String(base['ref'] ?? ''),
    draft: pr['draft'] === true,
    state: String(pr['state'] ?? 'open'),
    author: String(user['login'] ?? ''),
    htmlUrl: String(pr['html_url'] ?? ''),
    changedFiles: typeof pr['changed_files'] === 'number' ? pr['changed_files'] : null,
  };
  if (
    !out.owner ||
    !out.repo ||
    !Number.isInteger(out.number) ||
    out.number <= 0 ||
    !/^[0-9a-f]{7,64}$/i.test(out.headSha)
  ) {
    throw new EventError('The pull request in the event payload lacks its repository, number or head SHA.');
  }
  return out;
}
