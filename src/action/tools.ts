import type { FileDiff } from '../diff/types.ts';
import type { Logger, PullRequest, TokenCounter } from '../types.ts';
import type { Settings } from '../settings.ts';
import type { PipelineOptions } from '../pipeline.ts';
import type { GitHubClient } from '../github/client.ts';
import { fileHistory } from '../github/commits.ts';
import { readRepoEntry } from '../github/contents.ts';
import { openTarball } from '../github/tarball.ts';
import { baseFiles } from '../repo/base.ts';
import { gitRepository, holdsCommit } from '../repo/git.ts';
import { createSnapshot } from '../repo/snapshot.ts';
import type { Repository } from '../repo/types.ts';
import { createToolBox } from '../tools/toolbox.ts';
import { MAX_HISTORY_COMMITS } from '../tools/definitions.ts';

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

/** Where the run may find the repository: the runner's temporary directory and its workspace. */
export interface ToolDirs {
  /** RUNNER_TEMP: where a snapshot is unpacked. */
  temp: string;
  /** GITHUB_WORKSPACE, when set: read from its git objects when it holds the head commit. */
  workspace: string | null;
}

/**
 * The repository at the head commit (never the merge commit): the workspace's git objects when the
 * workflow checked that commit out (no download; never its working tree, which earlier steps may
 * have changed), else one download of the commit's tarball, streamed into a snapshot under
 * RUNNER_TEMP. A workspace that cannot serve falls back to the tarball, with an info line saying why.
 */
async function openRepository(
  gh: GitHubClient,
  pr: PullRequest,
  dirs: ToolDirs,
  log: Logger,
): Promise<{ repo: Repository; files: number; detail: string }> {
  const short = pr.headSha.slice(0, 7);
  if (dirs.workspace !== null) {
    const check = await holdsCommit(dirs.workspace, pr.headSha);
    if (check.ok) {
      try {
        const repo = await gitRepository(dirs.workspace, pr.headSha, {
          maxFileBytes: MAX_TOOL_FILE_BYTES,
          label: `workspace checkout of ${short}`,
        });
        const files = repo.entries().filter((e) => e.kind === 'file').length;
        return { repo, files, detail: 'read from its git objects, nothing downloaded' };
      } catch (e) {
        log.info(
          `The workspace holds ${short} but cannot be read (${(e as Error).message}): downloading the tarball.`,
        );
      }
    } else {
      log.info(
        `The workspace (${dirs.workspace}) is not used for the repository tools: ${check.why}. Downloading the tarball of ${short} (check out the head commit to skip the download).`,
      );
    }
  }
  const download = await openTarball(gh, pr, MAX_TARBALL_BYTES);
  const snapshot = await createSnapshot({
    tarball: download.body,
    label: `snapshot of ${short}`,
    dir: dirs.temp,
    maxFileBytes: MAX_TOOL_FILE_BYTES,
    maxTotalBytes: MAX_SNAPSHOT_BYTES,
  });
  return {
    repo: snapshot,
    files: snapshot.report.files,
    detail: `${(download.received() / 1024 / 1024).toFixed(1)} MB downloaded`,
  };
}

/**
 * The repository tools for this run: the repository at the head commit (`openRepository`), never
 * executed, and the toolbox over it. Null, with a warning, when it cannot be read: the review goes
 * on without tools.
 */
export async function openTools(
  gh: GitHubClient,
  pr: PullRequest,
  s: Pick<Settings, 'maxToolCalls' | 'maxToolResultTokens'>,
  files: FileDiff[],
  dirs: ToolDirs,
  count: TokenCounter,
  log: Logger,
): Promise<OpenTools | null> {
  const started = Date.now();
  try {
    const { repo, files: fileCount, detail } = await openRepository(gh, pr, dirs, log);
    log.info(
      `Repository tools on: ${repo.label}, ${fileCount} file${fileCount === 1 ? '' : 's'} (${detail}) in ${((Date.now() - started) / 1000).toFixed(1)} s; at most ${s.maxToolCalls} tool calls per request, ${s.maxToolResultTokens} tokens per result.`,
    );
    const box = createToolBox({
      repo,
      files,
      history: (path) => fileHistory(gh, pr, path, MAX_HISTORY_COMMITS),
      // The old text, one file at a time through the contents API: never a second tarball.
      base: baseFiles(
        `base commit ${pr.baseSha.slice(0, 7)}`,
        (path) => readRepoEntry(gh, pr, pr.baseSha, path, MAX_TOOL_FILE_BYTES),
        MAX_TOOL_FILE_BYTES,
      ),
      maxResultTokens: s.maxToolResultTokens,
      count,
    });
    return {
      tools: { box, maxCalls: s.maxToolCalls },
      dispose: () => repo.dispose(),
    };
  } catch (e) {
    log.warning(
      `The repository tools are off for this run: ${(e as Error).message}. The review goes on with the diff alone.`,
    );
    return null;
  }
}
