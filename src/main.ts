import { readFileSync } from 'node:fs';
import { core } from './action-log.ts';
import { readSettings, withEffort } from './settings.ts';
import { decideTrigger, FORK_NOTICE, isForkUnderPullRequest } from './event/trigger.ts';
import { registerSecret, registerTrustedHost } from './review/sanitize.ts';

/** The action: settings → event → pull request → pipeline → one review → report. */
export async function run(): Promise<void> {
  try {
    protectSecrets();
    const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
    const payload = readEvent();
    if (isForkUnderPullRequest(eventName, payload) && core.getInput('api-key').trim() === '') {
      await skip(FORK_NOTICE, false);
      return;
    }
    const settings = readSettings((name) => core.getInput(name), { requireApiKey: true });
    if (!settings.githubToken) {
      throw new Error(
        "Input 'github-token' is empty: leave it unset (it defaults to ${{ github.token }}) or pass a token.",
      );
    }
    const decision = decideTrigger(eventName, payload, process.env['GITHUB_REPOSITORY'], {
      ...settings,
      effort: settings.reasoningEffort,
    });
    if (decision.kind === 'skip') {
      await skip(decision.reason, decision.quiet);
      return;
    }
    const { review } = await import('./review-run.ts');
    await review(withEffort(settings, decision.effort), decision, eventName, payload);
  } catch (e) {
    core.setFailed((e as Error).message ?? String(e));
  }
}

/**
 * Before anything can print them: the runner masks registered secrets in the log, and the sanitiser
 * redacts them from everything we post (comments, the job summary), which the runner does not mask.
 */
function protectSecrets(): void {
  for (const name of ['api-key', 'github-token']) {
    const value = core.getInput(name);
    if (value === '') continue;
    core.setSecret(value);
    registerSecret(value);
  }
  const server = process.env['GITHUB_SERVER_URL'];
  if (server) {
    try {
      registerTrustedHost(new URL(server).hostname);
    } catch {
      // Not a URL: links stay limited to github.com.
    }
  }
}

async function skip(reason: string, quiet: boolean): Promise<void> {
  core.setOutput('requests', 0);
  core.setOutput('comments', 0);
  core.setOutput('findings', 0);
  // Nothing was reviewed or gated: `fail-on` never fails a skipped run.
  core.setOutput('blocking', 0);
  if (quiet) {
    core.info(`${reason} Nothing to do.`);
    return;
  }
  core.notice(`Review skipped: ${reason}`);
  if (process.env['GITHUB_STEP_SUMMARY'])
    await core.summary.addRaw(`## vtrix-review\n\nReview skipped: ${reason}\n`).write();
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
