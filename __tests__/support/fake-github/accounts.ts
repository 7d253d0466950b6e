/** Accounts as the REST API shows them: people by login, and the job token's bot. */
import { createHash } from 'node:crypto';

export const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

/** GitHub's rule for a user login: alphanumerics and single inner hyphens, at most 39 characters. */
export const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** A stable numeric id per login, so the same user always looks the same. */
function userId(login: string): number {
  return (
    1_000_000 +
    (parseInt(createHash('sha1').update(login.toLowerCase()).digest('hex').slice(0, 6), 16) % 9_000_000)
  );
}

/** A person's account as the REST API shows it (`simple-user`). */
export function userJson(login: string): Record<string, unknown> {
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

export function userAccount(login: string): { login: string; type: string } {
  return userJson(login) as { login: string; type: string };
}

export const BOT_USER = {
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
