import { core } from './action-log.ts';
import { withEffort } from './settings.ts';
import { decideTrigger, FORK_NOTICE } from './event/trigger.ts';
import { decideComment } from './event/comment.ts';
import { registerSecret, registerTrustedHost } from './review/sanitize.ts';
import { readInputs, readSecrets } from './action/inputs.ts';
import { writeSkipped } from './action/outputs.ts';

/** The action: inputs → event → (a review, or a skip with its reason). */
export async function run(): Promise<void> {
  try {
    protectSecrets();
    const inputs = readInputs();
    const { settings } = inputs;
    if (!settings) return await writeSkipped(inputs, FORK_NOTICE, false);
    // A comment on a pull request: a command for the action, or nothing to do.
    const comment = decideComment(inputs.eventName, inputs.payload, {
      pullRequest: settings.pullRequest,
      triggerPhrase: settings.triggerPhrase,
      phraseFixed: settings.setInputs.includes('trigger-phrase'),
    });
    if (comment?.kind === 'skip') return await writeSkipped(inputs, comment.reason, comment.quiet);
    if (comment) {
      const { converse } = await import('./action/converse.ts');
      const { productionHandlers } = await import('./action/converse-handlers.ts');
      return await converse(inputs, settings, comment.event, productionHandlers());
    }
    const decision = decideTrigger(inputs.eventName, inputs.payload, inputs.repository, {
      ...settings,
      effort: settings.reasoningEffort,
    });
    if (decision.kind === 'skip') return await writeSkipped(inputs, decision.reason, decision.quiet);
    const { review } = await import('./action/run.ts');
    await review(inputs, withEffort(settings, decision.effort), decision);
  } catch (e) {
    core.setFailed((e as Error).message ?? String(e));
  }
}

/**
 * Before anything can print them: the runner masks registered secrets in the log, and the sanitiser
 * redacts them from everything we post (comments, the job summary), which the runner does not mask.
 */
function protectSecrets(): void {
  const { secrets, serverHost } = readSecrets();
  for (const value of secrets) {
    core.setSecret(value);
    registerSecret(value);
  }
  if (serverHost) registerTrustedHost(serverHost);
}
