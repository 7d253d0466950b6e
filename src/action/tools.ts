import type { FileDiff } from '../diff/types.ts';
import type { Logger, PullRequest, TokenCounter } from '../types.ts';
import type { Settings } from '../settings.ts';
import type { PipelineOptions } from '../pipeline.ts';
import type { GitHubClient } from '../github/client.ts';
import { fileHistory } from '../github/commits.ts';
import { openTarball } from '../github/tarball.ts';
import { createSnapshot } from '../repo/snapshot.ts';
import { createToolBox } from '../tools/toolbox.ts';

/** The head commit's tarball is refused above this (its download stops there). */
export const MAX_TARBALL_BYTES = 100 * 1024 * 1024;
/** Unpacked, all files together; and one file (a larger one is listed, never read). */
export const MAX_SNAPSHOT_BYTES = 150 * 1024 * 1024;
export const MAX_TOOL_FILE_BYTES = 1024 * 1024;

export interface OpenTools {
  tools: NonNullable<PipelineOptions['tools']>;
  /** Removes the snapshot; the run calls it whatever happens. */
  dispose(): Promise<void>;
}

/**
 * The repository tools for this run: one download of the head commit's tarball (never the merge
 * commit), streamed into a snapshot under RUNNER_TEMP and never executed, and the toolbox over it.
 * Null, with a warning, when the snapshot cannot be made: the review goes on without tools.
 */
export async function openTools(
  gh: GitHubClient,
  pr: PullRequest,
  s: Pick<Settings, 'maxToolCalls' | 'maxToolResultTokens'>,
  files: FileDiff[],
  tempDir: string,
  count: TokenCounter,
  log: Logger,
): Promise<OpenTools | null> {
  const started = Date.now();
  try {
    const download = await openTarball(gh, pr, MAX_TARBALL_BYTES);
    const snapshot = await createSnapshot({
      tarball: download.body,
      label: `snapshot of ${pr.headSha.slice(0, 7)}`,
      dir: tempDir,
      maxFileBytes: MAX_TOOL_FILE_BYTES,
      maxTotalBytes: MAX_SNAPSHOT_BYTES,
    });
    const r = snapshot.report;
    log.info(
      `Repository tools on: ${snapshot.label}, ${r.files} files (${(download.received() / 1024 / 1024).toFixed(1)} MB downloaded) in ${((Date.now() - started) / 1000).toFixed(1)} s; at most ${s.maxToolCalls} tool calls per request, ${s.maxToolResultTokens} tokens per result.`,
    );
    const box = createToolBox({
      repo: snapshot,
      files,
      history: (path) => fileHistory(gh, pr, path),
      maxResultTokens: s.maxToolResultTokens,
      count,
    });
    return {
      tools: { box, maxCalls: s.maxToolCalls },
      dispose: () => snapshot.dispose(),
    };
  } catch (e) {
    log.warning(
      `The repository tools are off for this run: ${(e as Error).message}. The review goes on with the diff alone.`,
    );
    return null;
  }
}
