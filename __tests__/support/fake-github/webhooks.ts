/** Webhook payloads from @octokit/webhooks-examples, patched to a test's PR, and the fake PR they describe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FakePull } from './types.ts';

const require = createRequire(import.meta.url);

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
  which: (example: WebhookPayload) => boolean = () => true,
): WebhookPayload {
  cachedWebhooks ??= JSON.parse(
    readFileSync(require.resolve(WEBHOOK_EXAMPLES_FILE), 'utf8'),
  ) as WebhookDefinition[];
  const [event, action] = name.split('.', 2);
  const def = cachedWebhooks.find((d) => d.name === event);
  if (!def) throw new Error(`loadWebhookPayload: no examples for event ${event}`);
  const example = def.examples.find((e) => (action === undefined || e.action === action) && which(e));
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

/** What a comment event's test changes in a real `issue_comment` / `pull_request_review_comment` payload. */
export interface CommentPatch {
  /** The comment's id (to match a comment stored in the fake), body and author. */
  id?: number;
  body?: string;
  user?: string | { login: string; type?: string; id?: number };
  /** issue_comment: the issue's number, and whether it is a pull request (`issue.pull_request` set). */
  number?: number;
  pullRequest?: boolean;
  /** pull_request_review_comment: the thread's place. */
  path?: string;
  line?: number;
  inReplyToId?: number;
}

/** Patches a comment event's payload in place (after `patchWebhookPayload` for the repository and PR). */
export function patchCommentPayload(payload: WebhookPayload, patch: CommentPatch): WebhookPayload {
  const comment = obj(payload['comment']);
  if (!comment) throw new Error('patchCommentPayload: the payload has no comment');
  const repository = obj(payload.repository);
  const full = String(repository?.['full_name'] ?? 'octo/repo');
  if (patch.id !== undefined) {
    const old = String(comment['id']);
    mapStrings(comment, (s) => s.split(old).join(String(patch.id)));
    comment['id'] = patch.id;
  }
  if (patch.body !== undefined) comment['body'] = patch.body;
  if (patch.user !== undefined) {
    const u = typeof patch.user === 'string' ? { login: patch.user } : patch.user;
    for (const account of [obj(comment['user']), obj(payload.sender)]) {
      if (!account) continue;
      renameAccount(account, u.login);
      account['type'] = u.type ?? 'User';
      if (u.id !== undefined) account['id'] = u.id;
    }
  }
  const issue = obj(payload['issue']);
  if (issue) {
    const number = patch.number ?? Number(issue['number']);
    const old = String(issue['number']);
    const re = new RegExp(`(pulls?/|issues/)${escapeRe(old)}(?=$|[/#?{])`, 'g');
    mapStrings(issue, (s) => s.replace(re, `$1${number}`));
    mapStrings(comment, (s) => s.replace(re, `$1${number}`));
    issue['number'] = number;
    if (patch.pullRequest === true) {
      // As GitHub sends it for a comment on a pull request's conversation.
      issue['pull_request'] = {
        url: `https://api.github.com/repos/${full}/pulls/${number}`,
        html_url: `https://github.com/${full}/pull/${number}`,
        diff_url: `https://github.com/${full}/pull/${number}.diff`,
        patch_url: `https://github.com/${full}/pull/${number}.patch`,
        merged_at: null,
      };
      comment['html_url'] = String(comment['html_url']).replace(`/issues/${number}#`, `/pull/${number}#`);
    } else if (patch.pullRequest === false) delete issue['pull_request'];
  }
  const pr = obj(payload.pull_request);
  if (pr) mapStrings(comment, (s) => s.replace(/(pulls?\/)\d+(?=$|[/#?{])/g, `$1${String(pr['number'])}`));
  if (patch.path !== undefined) comment['path'] = patch.path;
  if (patch.line !== undefined) {
    comment['line'] = patch.line;
    comment['original_line'] = patch.line;
  }
  if (patch.inReplyToId !== undefined) comment['in_reply_to_id'] = patch.inReplyToId;
  return payload;
}
