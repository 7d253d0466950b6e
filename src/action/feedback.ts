import type { Logger, PullRequest } from '../types.ts';
import type { Trigger } from '../event/trigger.ts';
import {
  MAX_IGNORED,
  NO_STATE,
  summaryMarker,
  withSummaryState,
  type SummaryState,
} from '../memory/markers.ts';
import type { BotThread } from '../memory/threads.ts';
import { GITHUB_BODY_LIMIT } from '../review/render.ts';
import { DEFAULT_PHRASE, withPausedLine } from '../review/summary-comment.ts';
import { githubErrorText, type GitHubClient } from '../github/client.ts';
import { upsertSummary } from '../github/history-write.ts';
import type { History } from '../github/history.ts';
import type { WhoAmI } from '../github/identity.ts';

// The commands that change what later runs do on a PR: `ignore` (and `false positive`), `pause`, `resume`.
// Their state lives in the summary comment's marker (src/memory/markers.ts), which every run keeps.

/** What every command needs besides the client and the PR. */
export interface CommandContext {
  /** The PR's history as `loadHistory` read it (the summary comment, our threads). */
  history: History;
  me: WhoAmI;
  log: Logger;
  /** Login of the person who gave the command (checked for write access by the caller). */
  actor: string;
  /** The trigger phrase, for the texts that say how to undo (default `@vtrix-review`). */
  phrase?: string;
}

/** What a command did: the reply to post in its thread, and whether the PR's state changed. */
export interface CommandResult {
  reply: string;
  changed: boolean;
}

/** Our thread that a review comment belongs to: its first comment's id, or a reply's `in_reply_to_id`. */
export function threadOfComment(history: History, commentId: number): BotThread | null {
  return history.threads.find((t) => t.commentId === commentId) ?? null;
}

/**
 * `ignore` / `false positive` in one of our threads (`thread` from `history.threads`): resolves the
 * thread and records its finding's fingerprint in the summary comment's marker, so no later run posts
 * it on this PR again (a full review included). With `suggestPathInstructions`, the reply also shows a
 * `path_instructions` entry that would stop the finding across PRs (nothing is written to the
 * repository). A thread that cannot be resolved (no GraphQL permission) is still ignored; the reply says so.
 */
export async function ignoreThread(
  gh: GitHubClient,
  pr: PullRequest,
  thread: BotThread,
  o: CommandContext & { suggestPathInstructions?: boolean },
): Promise<CommandResult & { resolved: boolean }> {
  let resolved = thread.resolved;
  let unresolved = '';
  if (!resolved && thread.nodeId) {
    try {
      await gh.graphql(
        'mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }',
        { threadId: thread.nodeId },
      );
      resolved = true;
    } catch (e) {
      // GraphQL names its errors in a list; the reply says the first in one line.
      const first = (e as { errors?: { message?: string }[] }).errors?.[0]?.message;
      unresolved = (first ?? githubErrorText(e)).replace(/\s+/g, ' ').slice(0, 200);
      o.log.info(`Could not resolve thread ${thread.nodeId} (${unresolved}).`);
    }
  } else if (!resolved) unresolved = 'its thread could not be read through GraphQL';

  const state = o.history.summaryState ?? NO_STATE;
  const changed = !state.ignored.includes(thread.fp);
  if (changed) {
    const ignored = [...state.ignored, thread.fp];
    await saveState(gh, pr, { ...state, ignored }, o);
  }
  o.log.info(`${o.actor} ignored the finding ${thread.fp} on ${thread.path}.`);
  const parts = [
    `Ignored: this finding will not be raised again on this pull request${resolved ? ', and its thread is resolved' : ''}.`,
  ];
  if (!resolved) parts.push(`(I could not resolve the thread: ${unresolved}; resolve it by hand.)`);
  const suggestion = o.suggestPathInstructions ? pathInstructionSuggestion(thread) : '';
  return { reply: `${parts.join(' ')}${suggestion}`, changed, resolved };
}

/**
 * `pause`: automatic runs (pushes, a PR opened) on this PR skip with a notice until `resume`; manual
 * and label runs still review. Kept in the summary comment (created when there is none yet).
 */
export async function pauseReviews(
  gh: GitHubClient,
  pr: PullRequest,
  o: CommandContext & { now?: Date },
): Promise<CommandResult> {
  const phrase = o.phrase ?? DEFAULT_PHRASE;
  const state = o.history.summaryState ?? NO_STATE;
  if (state.paused)
    return {
      reply: `Automatic reviews of this pull request are already paused (by ${state.paused.by}). Comment \`${phrase} resume\` to restart them.`,
      changed: false,
    };
  const at = (o.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  await saveState(gh, pr, { ...state, paused: { by: o.actor, at } }, o);
  o.log.info(`${o.actor} paused automatic reviews of #${pr.number}.`);
  return {
    reply: `Paused: pushes to this pull request are not reviewed automatically until someone comments \`${phrase} resume\`. \`${phrase} review\` still reviews on demand.`,
    changed: true,
  };
}

/** `resume`: automatic runs review this PR again (the next push; `review` reviews now). */
export async function resumeReviews(
  gh: GitHubClient,
  pr: PullRequest,
  o: CommandContext,
): Promise<CommandResult> {
  const phrase = o.phrase ?? DEFAULT_PHRASE;
  const state = o.history.summaryState ?? NO_STATE;
  if (!state.paused)
    return { reply: 'Automatic reviews of this pull request are not paused.', changed: false };
  await saveState(gh, pr, { ...state, paused: null }, o);
  o.log.info(`${o.actor} resumed automatic reviews of #${pr.number} (paused by ${state.paused.by}).`);
  return {
    reply: `Resumed: the next push to this pull request is reviewed automatically. Comment \`${phrase} review\` to review now.`,
    changed: true,
  };
}

/** Why an automatic run on a paused PR reviews nothing (null: not paused, or not an automatic run). */
export function pausedReason(history: History, trigger: Trigger, phrase = DEFAULT_PHRASE): string | null {
  const p = history.summaryState?.paused;
  if (!p || trigger !== 'automatic') return null;
  return `automatic reviews of this pull request were paused by ${p.by} at ${p.at}. Comment \`${phrase} resume\` on the pull request to restart them, or \`${phrase} review\` to review once.`;
}

/**
 * The summary comment with `next` in its marker (and its paused line), created when there is none.
 * Bounded: past GitHub's limit the oldest ignored fingerprints go first (their resolved threads still
 * hold them back, as resolved without a change).
 */
async function saveState(
  gh: GitHubClient,
  pr: PullRequest,
  next: SummaryState,
  o: CommandContext,
): Promise<void> {
  const existing = o.history.summaryComment;
  const phrase = o.phrase ?? DEFAULT_PHRASE;
  const render = (st: SummaryState) =>
    existing
      ? withPausedLine(withSummaryState(existing.body, st), st.paused, phrase)
      : withPausedLine(
          `## vtrix-review summary\n\nNo review has been summarised here yet.\n\n${summaryMarker(o.history.lastHead, [], st)}`,
          st.paused,
          phrase,
        );
  let state: SummaryState = { ...next, ignored: next.ignored.slice(-MAX_IGNORED) };
  let body = render(state);
  while (body.length > GITHUB_BODY_LIMIT - SLACK && state.ignored.length > 0) {
    state = { ...state, ignored: state.ignored.slice(Math.max(1, Math.ceil(state.ignored.length / 10))) };
    body = render(state);
  }
  await upsertSummary(gh, pr, existing, body, o.log, o.me);
}

/** Kept under GitHub's limit: characters it may count differently. */
const SLACK = 500;

/**
 * The optional reply to a rejected finding: a `path_instructions` entry for the configuration file that
 * would keep the model from raising it on any PR. Text only: the team decides, and commits it.
 */
export function pathInstructionSuggestion(
  t: Pick<BotThread, 'path' | 'title'>,
  file = '.github/vtrix-review.yml',
): string {
  // The title is the model's text: one line, no backticks (it sits in a code block), quoted for YAML.
  const title = (t.title ?? '')
    .replace(/[\p{Cc}`]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  const what = title === '' ? 'the finding this thread was about' : `"${title}"`;
  const yaml = [
    'path_instructions:',
    `  - path: ${JSON.stringify(t.path.replace(/[`\n\r]/g, ''))}`,
    `    instructions: ${JSON.stringify(`Do not report ${what}: the team decided it is not a problem here.`)}`,
  ].join('\n');
  return `\n\nTo stop this across pull requests, the team can add to \`${file}\` on the default branch:\n\n\`\`\`yaml\n${yaml}\n\`\`\``;
}
