import { core } from '../action-log.ts';
import type { PipelineResult } from '../pipeline.ts';
import type { Gate } from '../findings/gate.ts';
import { runJobSummary, skippedJobSummary, type RunReport } from '../report/summary.ts';
import type { ActionInputs } from './inputs.ts';
import type { Delivered } from './deliver.ts';

// Every step output and the job summary: what the workflow and the run's page see of a run.

/** A run that reviewed nothing: zero outputs, and a notice unless skipping is the usual case. */
export async function writeSkipped(inputs: ActionInputs, reason: string, quiet: boolean): Promise<void> {
  core.setOutput('requests', 0);
  core.setOutput('comments', 0);
  core.setOutput('findings', 0);
  core.setOutput('tool-calls', 0);
  core.setOutput('refuted', 0);
  // Nothing was reviewed or gated: `fail-on` never fails a skipped run.
  core.setOutput('blocking', 0);
  if (quiet) {
    core.info(`${reason} Nothing to do.`);
    return;
  }
  core.notice(`Review skipped: ${reason}`);
  if (inputs.jobSummary) await core.summary.addRaw(skippedJobSummary(reason)).write();
}

/** How the review was asked for, once the repository's configuration has had its say on the effort. */
export function writeDecision(d: { trigger: string; effort: string }): void {
  core.setOutput('trigger', d.trigger);
  core.setOutput('effort', d.effort);
}

/** The review's outputs and the job summary. */
export async function writeResults(
  inputs: ActionInputs,
  r: PipelineResult,
  posted: Delivered,
  report: RunReport,
): Promise<void> {
  core.setOutput('review-id', posted.id ?? '');
  core.setOutput('review-url', posted.url ?? '');
  core.setOutput('comments', posted.dryRun ? (r.payload?.comments.length ?? 0) : posted.inline);
  core.setOutput('findings', r.findings.length);
  core.setOutput('requests', r.requests);
  core.setOutput('prompt-tokens', r.promptTokens);
  core.setOutput('completion-tokens', r.completionTokens);
  core.setOutput(
    'tool-calls',
    r.requestLog.reduce((n, q) => n + q.toolCalls.length, 0),
  );
  core.setOutput('refuted', r.secondLook?.refuted.length ?? 0);
  if (inputs.jobSummary) await core.summary.addRaw(runJobSummary(r, posted, report)).write();
}

/** The `fail-on` gate: its count as an output, and the step failed with `message` when it blocks. */
export function writeGate(g: Gate, message: string | null): void {
  core.setOutput('blocking', g.blocking);
  if (message !== null) core.setFailed(message);
}
