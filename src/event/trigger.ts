import type { Effort, PullRequest } from '../types.ts';
import { EventError, PR_EVENTS, isBotUser, pullRequestFromApi } from './pull-request.ts';

export type Trigger = 'automatic' | 'manual' | 'label';

/** Where the PR to review comes from: the event payload, or the API (manual runs). */
export type Target = { pr: PullRequest } | { owner: string; repo: string; number: number };

export type Decision =
  | {
      kind: 'review';
      trigger: Trigger;
      deep: boolean;
      effort: Effort;
      target: Target;
      label: string | null;
      /**
       * What earlier runs count for, when not the trigger's way: `incremental` reviews only what is new
       * since the last review (as automatic runs do); `forget` reviews the whole PR as if no run had
       * reviewed it, so earlier findings are posted again when found again.
       */
      memory?: 'incremental' | 'forget';
    }
  | { kind: 'skip'; reason: string; quiet: boolean };

export interface TriggerOptions {
  pullRequest: string;
  reviewDrafts: boolean;
  reviewBots: boolean;
  deepReviewLabel: string;
  deepReviewEffort: Effort;
  effort: Effort;
}

type Json = Record<string, unknown>;

/** PR actions that mean "there is new code to review". */
export const REVIEW_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'] as const;

/**
 * Decides from the event alone whether and how to review: automatically (a PR opened or pushed to), on
 * demand (`pull-request` input, any event), or as a deep review (the deep-review label was added).
 */
export function decideTrigger(
  eventName: string,
  payload: Json,
  repository: string | undefined,
  o: TriggerOptions,
): Decision {
  if (o.pullRequest !== '') {
    const target = parsePullRequestRef(o.pullRequest, repository ?? repoOf(payload));
    return {
      kind: 'review',
      trigger: 'manual',
      deep: o.effort === 'xhigh',
      effort: o.effort,
      target,
      label: null,
    };
  }
  if (!(PR_EVENTS as readonly string[]).includes(eventName)) {
    throw new EventError(
      eventName === 'workflow_dispatch'
        ? 'A manual run needs the pull request to review: add a `pull-request` input to the workflow_dispatch trigger and pass it to the action as `pull-request: ${{ inputs.pull-request }}`.'
        : `vtrix-review reviews pull requests, but this run was started by '${eventName}' without a \`pull-request\` input. Trigger it with \`on: pull_request\`, or pass \`pull-request:\` (a number or URL).`,
    );
  }
  const raw = payload['pull_request'] as Json | undefined;
  if (!raw || typeof raw !== 'object') {
    throw new EventError(
      `The '${eventName}' event payload has no pull_request object; cannot tell which PR to review.`,
    );
  }
  const pr = pullRequestFromApi(raw);
  const action = String(payload['action'] ?? '');

  if (action === 'labeled') {
    const label = String(((payload['label'] ?? {}) as Json)['name'] ?? '');
    if (label !== o.deepReviewLabel) {
      return {
        kind: 'skip',
        reason: `Label '${label}' is not the deep-review label ('${o.deepReviewLabel}').`,
        quiet: true,
      };
    }
    if (pr.state === 'closed')
      return { kind: 'skip', reason: `Pull request #${pr.number} is closed.`, quiet: false };
    return {
      kind: 'review',
      trigger: 'label',
      deep: true,
      effort: o.deepReviewEffort,
      target: { pr },
      label,
    };
  }
  if (action !== '' && !(REVIEW_ACTIONS as readonly string[]).includes(action)) {
    return {
      kind: 'skip',
      reason: `The '${action}' action of ${eventName} does not start a review (reviews run on ${REVIEW_ACTIONS.join(', ')}, and on the deep-review label).`,
      quiet: false,
    };
  }
  if (pr.state === 'closed')
    return { kind: 'skip', reason: `Pull request #${pr.number} is closed.`, quiet: false };
  if (pr.draft && !o.reviewDrafts) {
    return {
      kind: 'skip',
      reason: `Pull request #${pr.number} is a draft: it will be reviewed when marked ready for review (set \`review-drafts: true\` to review drafts).`,
      quiet: false,
    };
  }
  if (isBotUser(raw['user'] as Json | undefined) && !o.reviewBots) {
    return {
      kind: 'skip',
      reason: `Pull request #${pr.number} was opened by the bot ${pr.author} (set \`review-bots: true\` to review bots' PRs).`,
      quiet: false,
    };
  }
  return {
    kind: 'review',
    trigger: 'automatic',
    deep: o.effort === 'xhigh',
    effort: o.effort,
    target: { pr },
    label: null,
  };
}

function repoOf(payload: Json): string | undefined {
  const full = ((payload['repository'] ?? {}) as Json)['full_name'];
  return typeof full === 'string' ? full : undefined;
}

/** `123`, `#123`, `owner/repo#123` or a pull request URL (any GitHub host). */
export function parsePullRequestRef(ref: string, repository: string | undefined): Target {
  const s = ref.trim();
  const url = /^https?:\/\/[^/]+\/([^/\s]+)\/([^/\s]+)\/pull\/(\d+)(?:[/?#].*)?$/.exec(s);
  if (url) return { owner: url[1]!, repo: url[2]!, number: Number(url[3]) };
  const full = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(s);
  if (full) return { owner: full[1]!, repo: full[2]!, number: Number(full[3]) };
  const num = /^#?(\d+)$/.exec(s);
  if (num && Number(num[1]) > 0) {
    const [owner, repo] = (repository ?? '').split('/');
    if (!owner || !repo) {
      throw new EventError(
        `Input 'pull-request' is '${s}', but the repository is unknown: pass the PR's URL instead.`,
      );
    }
    return { owner, repo, number: Number(num[1]) };
  }
  throw new EventError(
    `Input 'pull-request' must be a PR number (e.g. 123) or URL (e.g. https://github.com/owner/repo/pull/123); got '${s}'.`,
  );
}

/**
 * A PR from a fork under `pull_request`: GitHub gives the job no secrets and a read-only token, so the
 * review cannot be made or posted. (`pull_request_target` runs in the base repository's context.)
 */
export function isForkUnderPullRequest(eventName: string, payload: Json): boolean {
  if (eventName !== 'pull_request') return false;
  const pr = (payload['pull_request'] ?? {}) as Json;
  const headRepo = ((pr['head'] ?? {}) as Json)['repo'] as Json | null | undefined;
  const baseRepo = ((pr['base'] ?? {}) as Json)['repo'] as Json | undefined;
  if (!baseRepo) return false;
  if (!headRepo) return true; // the fork was deleted
  return headRepo['full_name'] !== baseRepo['full_name'];
}

export const FORK_NOTICE =
  'Fork PRs need secrets that GitHub does not give `pull_request` runs from forks: this run has no API key (or only a read-only token), so the PR was not reviewed. A maintainer can review it with the manual workflow (workflow_dispatch with the PR number), or use `pull_request_target` as the README explains.';
