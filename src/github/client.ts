import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

import type { Logger } from '../types.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Longest wait for a rate limit to reset before giving up: a job should not idle for an hour. */
export const MAX_RATE_LIMIT_WAIT_S = 300;

/**
 * Octokit for the API at GITHUB_API_URL (GitHub Enterprise Server, or a test server), retrying 5xx
 * and waiting out primary and secondary rate limits a few times before giving up. Writes that are not
 * safe to repeat pass `request: { retries: 0 }` and go through `writeOnce` instead. (`retries` must
 * never be set globally: plugin-retry would then retry 4xx answers too.)
 */
export function createGitHubClient(token: string, apiUrl: string, log: Logger): GitHubClient {
  const onLimit =
    (kind: string) =>
    (
      after: number,
      o: { method: string; url: string } & Record<string, unknown>,
      _o: unknown,
      count: number,
    ): boolean => {
      const options = { method: o.method, url: readableUrl(o) };
      if (count >= 2 || after > MAX_RATE_LIMIT_WAIT_S) {
        log.warning(
          `GitHub ${kind} on ${options.method} ${options.url}: not waiting ${after} s ${count >= 2 ? 'a third time' : `(more than ${MAX_RATE_LIMIT_WAIT_S} s)`}.`,
        );
        return false;
      }
      log.warning(`GitHub ${kind} on ${options.method} ${options.url}; retrying in ${after} s.`);
      return true;
    };
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ''),
      // 406 is GitHub's "diff too large": an answer to act on, not a fault to retry.
      retry: { doNotRetry: [400, 401, 403, 404, 406, 410, 422, 451] },
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    },
    retry,
    throttling,
  );
}

/** `/repos/octo/shop/pulls/17/reviews` rather than a URL template or a full URL with its query. */
function readableUrl(o: { url: string } & Record<string, unknown>): string {
  return o.url
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/\?.*$/, '')
    .replace(/\{(\w+)\}/g, (m, name: string) =>
      typeof o[name] === 'string' || typeof o[name] === 'number' ? String(o[name]) : m,
    );
}

/** Per-request option for writes that must not be repeated blindly (see `writeOnce`). */
export const NO_RETRY = { retries: 0 } as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A 5xx, or no answer at all: GitHub may or may not have done what was asked. */
export function isTransient(e: unknown): boolean {
  const status = (e as { status?: number }).status;
  return status === undefined || status >= 500;
}

/**
 * A write GitHub may have carried out even though its answer was a 5xx or never came (a proxy timing
 * out after the fact): before trying again, `landed` looks for it, so nothing is written twice.
 */
export async function writeOnce<T>(
  write: () => Promise<T>,
  landed: () => Promise<T | null>,
  log: Logger,
  what: string,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (!isTransient(e) || attempt >= 3) throw e;
      const status = (e as { status?: number }).status;
      log.warning(
        `GitHub answered ${status ?? (e as Error).message} while ${what}; checking whether it was done before trying again.`,
      );
      await sleep(1000 * attempt ** 2);
      const found = await landed().catch(() => null);
      if (found !== null) {
        log.info(`GitHub had done it after all (${what}): not repeated.`);
        return found;
      }
    }
  }
}

/** GitHub's own words for an error: the message and the `errors` list of a 4xx body. */
export function githubErrorText(e: unknown): string {
  const data = (e as { response?: { data?: unknown } }).response?.data as
    { message?: unknown; errors?: unknown } | undefined;
  const errors = Array.isArray(data?.errors)
    ? data.errors.map((x) =>
        typeof x === 'string' ? x : String((x as { message?: unknown })?.message ?? JSON.stringify(x)),
      )
    : [];
  return [typeof data?.message === 'string' ? data.message : (e as Error)?.message, ...errors]
    .filter(Boolean)
    .join('; ');
}

/** The `permissions:` block a job needs for everything the action writes (all of it is pull-request data). */
export const PERMISSIONS_BLOCK = '  permissions:\n    contents: read\n    pull-requests: write';

/** Turns GitHub errors users can fix into messages that say how. */
export function explainGitHubError(e: unknown, doing: string): Error {
  const status = (e as { status?: number }).status;
  const message = (e as Error)?.message ?? String(e);
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers;
  if (status === 401) {
    return new Error(
      `GitHub refused the token (401) while ${doing}. Pass a valid token as \`github-token\` (the default \${{ github.token }} works).`,
    );
  }
  if (
    (status === 403 || status === 429) &&
    (/rate limit/i.test(message) || headers?.['x-ratelimit-remaining'] === '0')
  ) {
    const reset = Number(headers?.['x-ratelimit-reset']);
    const when =
      Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : '';
    return new Error(
      `GitHub's rate limit stopped ${doing} (${status}: ${message})${when}. Re-run the job later; if it happens often, lower \`concurrency\` or run fewer workflows that call the API at once.`,
    );
  }
  if (status === 403 && /personal access token/i.test(message)) {
    return new Error(
      `GitHub denied ${doing} (403: ${message}). The fine-grained token passed as \`github-token\` needs repository permissions "Contents: Read" and "Pull requests: Read and write" on this repository.`,
    );
  }
  if (status === 403 && /not accessible by integration|permission/i.test(message)) {
    return new Error(
      `GitHub denied ${doing} (403: ${message}). Give the job these permissions:\n${PERMISSIONS_BLOCK}\nOn pull requests from forks the token is read-only; see the README.`,
    );
  }
  if (status === 422 && /one pending review/i.test(githubErrorText(e))) {
    return new Error(
      `GitHub refused ${doing} (422: the token's user already has a pending review on this pull request, and GitHub allows one). That draft belongs to a person, so it was left alone: submit or discard it (Files changed → Review changes), or leave \`github-token\` unset so the review is posted as github-actions[bot].`,
    );
  }
  if (status === 404) {
    return new Error(
      `GitHub answered 404 while ${doing}: the repository or pull request does not exist or the token cannot see it. For a private repository the job needs \`permissions: contents: read, pull-requests: write\`.`,
    );
  }
  return new Error(`GitHub API error while ${doing}${status ? ` (${status})` : ''}: ${message}`);
}

/** A warning's tail for a failed write: the permission to add when GitHub said 403. */
export function permissionHint(e: unknown): string {
  return (e as { status?: number }).status === 403
    ? ' Give the job `pull-requests: write` (see the README, "Resource not accessible by integration").'
    : '';
}
