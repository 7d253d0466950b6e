/**
 * Who wrote something: the one check every reader of our own history uses. Markers are HTML comments
 * anyone can type, so content only counts as ours when its author is us: the token's own account when
 * GitHub names it (`GET /user`: a personal or OAuth token, whose account is a User), or a Bot account.
 * An installation token (the job's GITHUB_TOKEN, an app's token) cannot ask which app it is, and a
 * Bot's content cannot be typed by a person, so any Bot's counts as before.
 */

/** An account as the REST API (`type`) or GraphQL (`__typename`, and a Bot's login without `[bot]`) gives it. */
export type Account = { login?: string | null; type?: string | null } | null | undefined;

/** The token's account, when GitHub tells it; null for an installation token. */
export interface Identity {
  login: string | null;
}

export const UNKNOWN_IDENTITY: Identity = { login: null };

export function isBotAccount(u: Account): boolean {
  return u?.type === 'Bot' || /\[bot\]$/.test(u?.login ?? '');
}

/** Logins compare without case and without a Bot's `[bot]` suffix (REST has it, GraphQL not). */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string) => s.replace(/\[bot\]$/i, '').toLowerCase();
  return !!a && !!b && norm(a) === norm(b);
}

/** Written by this action: by the token's own account, or by a Bot account. */
export function authoredByUs(u: Account, me: Identity): boolean {
  if (!u?.login) return false; // a deleted account ("ghost"): not provably ours
  return isBotAccount(u) || sameLogin(u.login, me.login);
}

/** Whether telling `authoredByUs` apart needs the token's account: only for content by a non-Bot. */
export function needsIdentity(authors: Account[]): boolean {
  return authors.some((u) => !!u?.login && !isBotAccount(u));
}
