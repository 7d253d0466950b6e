import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { core } from '../action-log.ts';
import { readSettings, type Settings } from '../settings.ts';
import { isForkUnderPullRequest } from '../event/trigger.ts';

/** Everything the action reads from the runner: the step's inputs and the job's GITHUB_* variables. */
export interface ActionInputs {
  /** GITHUB_EVENT_NAME, and the payload of the file at GITHUB_EVENT_PATH. */
  eventName: string;
  payload: Record<string, unknown>;
  /** GITHUB_REPOSITORY: owner/name of the repository the workflow runs in. */
  repository: string | undefined;
  /** A pull request from a fork under `pull_request`: its token is read-only and secrets are withheld. */
  fork: boolean;
  /** The validated inputs; null on a fork's run without `api-key`, which is skipped, not checked. */
  settings: Settings | null;
  /** GITHUB_API_URL: the REST API of github.com or of a GitHub Enterprise Server. */
  apiUrl: string;
  /** This run's page (for links from what is posted); null outside Actions. */
  runUrl: string | null;
  /** GITHUB_STEP_SUMMARY is set: the runner shows a job summary. */
  jobSummary: boolean;
  /** RUNNER_TEMP (the system's temporary directory outside Actions): where the snapshot is unpacked. */
  tempDir: string;
  /** GITHUB_WORKSPACE (null when unset): the repository tools read its git objects when it holds the head commit. */
  workspace: string | null;
}

/**
 * The secret inputs, and the host of GITHUB_SERVER_URL, read before anything else so they can be
 * registered before anything can print them.
 */
export function readSecrets(): { secrets: string[]; serverHost: string | null } {
  const secrets = ['api-key', 'github-token'].map((name) => core.getInput(name)).filter((v) => v !== '');
  const server = process.env['GITHUB_SERVER_URL'];
  let serverHost: string | null = null;
  if (server) {
    try {
      serverHost = new URL(server).hostname;
    } catch {
      // Not a URL: links stay limited to github.com.
    }
  }
  return { secrets, serverHost };
}

/**
 * Reads the event and the inputs, in the order their errors matter: a job without an event file
 * fails first; a fork's run without its secrets is skipped before its inputs are checked.
 */
export function readInputs(): ActionInputs {
  const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
  const payload = readEvent();
  const fork = isForkUnderPullRequest(eventName, payload);
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: id } = process.env;
  return {
    eventName,
    payload,
    repository,
    fork,
    settings: fork && core.getInput('api-key').trim() === '' ? null : readActionSettings(),
    apiUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
    runUrl: server && repository && id ? `${server}/${repository}/actions/runs/${id}` : null,
    jobSummary: Boolean(process.env['GITHUB_STEP_SUMMARY']),
    tempDir: process.env['RUNNER_TEMP'] || tmpdir(),
    workspace: process.env['GITHUB_WORKSPACE'] || null,
  };
}

function readActionSettings(): Settings {
  const settings = readSettings((name) => core.getInput(name), { requireApiKey: true });
  if (!settings.githubToken) {
    throw new Error(
      "Input 'github-token' is empty: leave it unset (it defaults to ${{ github.token }}) or pass a token.",
    );
  }
  return settings;
}

function readEvent(): Record<string, unknown> {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path)
    throw new Error('GITHUB_EVENT_PATH is not set: vtrix-review must run as a step of a GitHub Actions job.');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`Cannot read the event payload at ${path}: ${(e as Error).message}`, { cause: e });
  }
}
