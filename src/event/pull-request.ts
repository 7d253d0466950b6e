import type { PullRequest } from '../types.ts';

export const PR_EVENTS = ['pull_request', 'pull_request_target'] as const;

export class EventError extends Error {
  override name = 'EventError';
}

type Json = Record<string, unknown>;

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

/** An account that is a bot: by type, or by GitHub's `[bot]` suffix (apps' accounts, ours included). */
export function isBotUser(user: { login?: unknown; type?: unknown } | null | undefined): boolean {
  return user?.type === 'Bot' || /\[bot\]$/i.test(typeof user?.login === 'string' ? user.login : '');
}
