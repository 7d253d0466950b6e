import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

/**
 * Octokit for the API at GITHUB_API_URL (GitHub Enterprise Server, or a test server), retrying 5xx
 * and waiting out primary and secondary rate limits a few times before giving up.
 */
export function createGitHubClient(token: string, apiUrl: string, log: Logger): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ''),
      // 406 is GitHub's "diff too large": an answer to act on, not a fault to retry.
      retry: { doNotRetry: [400, 401, 403, 404, 406, 410, 422, 451] },
      throttle: {
        onRateLimit: (
          after: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${after} s.`);
          return count < 2;
        },
        onSecondaryRateLimit: (
          after: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          log.warning(
            `GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${after} s.`,
          );
          return count < 2;
        },
      },
    },
    retry,
    throttling,
  );
}

/** Turns GitHub errors users can fix into messages that say how. */
export function explainGitHubError(e: unknown, doing: string): Error {
  const status = (e as { status?: number }).status;
  const message = (e as Error)?.message ?? String(e);
  if (status === 401) {
    return new Error(
      `GitHub refused the token (401) while ${doing}. Pass a valid token as \`github-token\` (the default \${{ github.token }} works).`,
    );
  }
  if (status === 403 && /not accessible by integration|permission/i.test(message)) {
    return new Error(
      `GitHub denied ${doing} (403: ${message}). Give the job these permissions:\n  permissions:\n    contents: read\n    pull-requests: write\nOn pull requests from forks the token is read-only; see the README.`,
    );
  }
  if (status === 404) {
    return new Error(
      `GitHub answered 404 while ${doing}: the repository or pull request does not exist or the token cannot see it. For a private repository the job needs \`permissions: contents: read, pull-requests: write\`.`,
    );
  }
  return new Error(`GitHub API error while ${doing}${status ? ` (${status})` : ''}: ${message}`);
}
