import type { Logger, PullRequest } from '../types.ts';
import { UNKNOWN_IDENTITY, type Identity } from '../memory/authorship.ts';
import { githubErrorText, type GitHubClient } from './client.ts';

/** The token's account, asked at most once per run, and only when something needs it. */
export type WhoAmI = () => Promise<Identity>;

/**
 * `GET /user` names the account of a personal or OAuth token. An installation token (the job's
 * GITHUB_TOKEN, an app's) gets 403 "Resource not accessible by integration", and `GET /app` does not
 * work with one either: then only a Bot's content counts as ours (see `authoredByUs`).
 */
export function whoAmI(gh: GitHubClient, log: Logger): WhoAmI {
  let asked: Promise<Identity> | undefined;
  return () =>
    (asked ??= gh.rest.users.getAuthenticated().then(
      (res): Identity => {
        log.info(`The token belongs to ${res.data.login}: its own reviews and comments are this action's.`);
        return { login: res.data.login };
      },
      (e: unknown): Identity => {
        if ((e as { status?: number }).status !== 403)
          log.info(
            `Could not tell whose token this is (${githubErrorText(e)}): only a bot account's earlier reviews count as this action's.`,
          );
        return UNKNOWN_IDENTITY;
      },
    ));
}

/** Whether an account may write to the repository: asked once per login. */
export type CanWrite = (login: string) => Promise<boolean>;

/**
 * Base roles that may push. `permission` gives the base role (`maintain` already mapped to `write`);
 * `role_name` is not used: a custom role may have any name.
 */
const WRITE = new Set(['admin', 'maintain', 'write']);

/**
 * The collaborator permission endpoint, cached per login. Not a collaborator (404), or no answer:
 * no write access, so a thread that person resolved still counts (the safe side for `fail-on`).
 */
export function writeAccess(
  gh: GitHubClient,
  pr: Pick<PullRequest, 'owner' | 'repo'>,
  log: Logger,
  consequence: (login: string) => string = (login) => `the threads ${login} resolved still count for fail-on`,
): CanWrite {
  const cache = new Map<string, Promise<boolean>>();
  return (login) => {
    const key = login.toLowerCase();
    let answer = cache.get(key);
    if (!answer) {
      answer = gh.rest.repos
        .getCollaboratorPermissionLevel({ owner: pr.owner, repo: pr.repo, username: login })
        .then(
          (res) => WRITE.has(res.data.permission),
          (e: unknown) => {
            if ((e as { status?: number }).status !== 404)
              log.warning(
                `Could not read ${login}'s permission on ${pr.owner}/${pr.repo} (${githubErrorText(e)}): ${consequence(login)}.`,
              );
            return false;
          },
        );
      cache.set(key, answer);
    }
    return answer;
  };
}
