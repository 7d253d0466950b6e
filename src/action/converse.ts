/**
 * A run started by a comment that may hold a command: the pull request, the repository's rules (from
 * the base commit), the command, the commenter's permission, 👀, the command, and the answer in the
 * thread. The comment is untrusted text like the diff: it picks a command and, for a question, is data
 * for the model; it never chooses what is written where. Nothing of the PR is checked out or run.
 */
import type { PullRequest } from '../types.ts';
import { core } from '../action-log.ts';
import { InputError, withEffort, type Settings } from '../settings.ts';
import type { Decision } from '../event/trigger.ts';
import {
  parseCommand,
  type Command,
  type CommentEvent,
  type EventComment,
  type ThreadPlace,
} from '../event/comment.ts';
import { ConfigError } from '../config/config.ts';
import { withRepoConfig } from '../config/load.ts';
import { countTokens } from '../chunk/tokens.ts';
import { registerRepository } from '../review/sanitize.ts';
import { errorLine, helpText, quoteQuestion, replyComment, reviewLine } from '../review/reply.ts';
import { createGitHubClient, type GitHubClient } from '../github/client.ts';
import { readRepoFile } from '../github/contents.ts';
import { addReaction, postAnswer } from '../github/conversation.ts';
import { whoAmI, writeAccess, type WhoAmI } from '../github/identity.ts';
import { fetchPullRequest } from '../github/pulls.ts';
import type { ActionInputs } from './inputs.ts';
import type { ReviewOptions, Reviewed } from './run.ts';

const log = { info: core.info, warning: core.warning };

/** An answer to post in the thread: Markdown whose model-written text is sanitised already. */
export interface Reply {
  body: string;
}

/** What a command's handler knows of the comment that asked for it. */
export interface ConverseContext {
  pr: PullRequest;
  comment: EventComment;
  /** The command and the text after the phrase (a question's text). */
  command: Command;
  /** Where the comment is: the PR's conversation, or a review thread (path, lines, side, first comment). */
  place: ThreadPlace;
  gh: GitHubClient;
  /** The inputs with the repository's configuration (from the base commit) applied. */
  settings: Settings;
  inputs: ActionInputs;
  /** The token's account, asked once when needed (to tell our threads from others'). */
  me: WhoAmI;
}

/** The commands other parts of the action answer; `help` and the reviews are answered here. */
export interface ConverseHandlers {
  question(ctx: ConverseContext): Promise<Reply>;
  fix(ctx: ConverseContext): Promise<Reply>;
  ignore(ctx: ConverseContext): Promise<Reply>;
  pause(ctx: ConverseContext): Promise<Reply>;
  resume(ctx: ConverseContext): Promise<Reply>;
}

/** The review run (src/action/run.ts), injectable so the dispatch can be tested without a model. */
export type RunReview = (
  inputs: ActionInputs,
  s: Settings,
  d: Extract<Decision, { kind: 'review' }>,
  o: ReviewOptions,
) => Promise<Reviewed | null>;

export const NO_WRITE_ACCESS =
  'Only people with write access to this repository can ask vtrix-review for something, so this comment was left alone.';

export async function converse(
  inputs: ActionInputs,
  settings: Settings,
  event: CommentEvent,
  handlers: ConverseHandlers,
  o: { runReview?: RunReview } = {},
): Promise<void> {
  const gh = createGitHubClient(settings.githubToken, inputs.apiUrl, log);
  const w = { owner: event.owner, repo: event.repo, number: event.number };
  const { comment, place } = event;
  // Until the repository's phrase is known, errors are answered only to a comment with the workflow's.
  let command = parseCommand(comment.body, settings.triggerPhrase);
  let answered = false;
  const answer = async (body: string, c: Command): Promise<void> => {
    const text = replyComment({
      body,
      to: comment.id,
      command: c.name,
      ...(place.kind === 'conversation' ? { quote: quoteQuestion(comment.body) } : {}),
    });
    answered = true;
    const url = await postAnswer(gh, w, place, comment.id, text, log);
    core.info(`Answered ${comment.htmlUrl || `comment ${comment.id}`}: ${url}`);
  };

  try {
    const pr = event.pr ?? (await fetchPullRequest(gh, w));
    registerRepository(pr.owner, pr.repo);
    const s = await withRepoConfig(
      settings,
      (path) => readRepoFile(gh, pr, pr.baseSha, path, Number.POSITIVE_INFINITY),
      `the base branch (${pr.baseRef || 'base'} at ${pr.baseSha.slice(0, 7)})`,
      { keepEffort: false, count: countTokens, log },
    );
    command = parseCommand(comment.body, s.triggerPhrase);
    if (!command) {
      core.info(`The comment does not mention ${s.triggerPhrase}. Nothing to do.`);
      return;
    }
    const login = comment.user.login;
    core.info(`${login} asks for '${command.name}' on #${pr.number} (${comment.htmlUrl || comment.id}).`);
    const canWrite = writeAccess(gh, pr, log, (l) => `${l}'s command is refused`);
    if (!(await canWrite(login))) {
      core.info(`${login} has no write access to ${pr.owner}/${pr.repo}: the command is refused.`);
      await answer(NO_WRITE_ACCESS, command);
      return;
    }
    await addReaction(gh, w, place, comment.id, 'eyes').catch((e: unknown) =>
      core.warning(`Could not add 👀 to the comment: ${(e as Error).message}`),
    );
    const ctx: ConverseContext = {
      pr,
      comment,
      command,
      place,
      gh,
      settings: s,
      inputs,
      me: whoAmI(gh, log),
    };
    const reply = await dispatch(ctx, handlers, o.runReview);
    await answer(reply.body, command);
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    if (e instanceof InputError || e instanceof ConfigError) core.setFailed(message);
    else core.error(`Could not answer the comment: ${message}`);
    if (command && !answered) {
      await answer(errorLine(message), command).catch((e2: unknown) =>
        core.warning(`Could not post the error in the thread: ${(e2 as Error).message}`),
      );
    }
  }
}

/** The command to its answer: `help` and the reviews here, the others through the handler table. */
async function dispatch(
  ctx: ConverseContext,
  handlers: ConverseHandlers,
  runReview?: RunReview,
): Promise<Reply> {
  switch (ctx.command.name) {
    case 'help':
      return { body: helpText(ctx.settings.triggerPhrase) };
    case 'review':
    case 'full review':
    case 'deep review':
      return { body: await reviewNow(ctx, ctx.command.name, runReview) };
    case 'fix':
      return handlers.fix(ctx);
    case 'ignore':
      return handlers.ignore(ctx);
    case 'pause':
      return handlers.pause(ctx);
    case 'resume':
      return handlers.resume(ctx);
    case 'question':
      return handlers.question(ctx);
  }
}

/**
 * A review now, of what is new (`review`), of the whole PR as if for the first time (`full review`),
 * or deep (`deep review`, at `deep-review-effort`); answered with a line linking to it.
 */
async function reviewNow(
  ctx: ConverseContext,
  mode: 'review' | 'full review' | 'deep review',
  runReview?: RunReview,
): Promise<string> {
  const { pr, settings: s } = ctx;
  if (pr.state === 'closed') return `#${pr.number} is closed: nothing was reviewed.`;
  const effort = mode === 'deep review' ? s.deepReviewEffort : s.reasoningEffort;
  const d: Extract<Decision, { kind: 'review' }> = {
    kind: 'review',
    trigger: 'manual',
    deep: mode === 'deep review' || effort === 'xhigh',
    effort,
    target: { pr },
    label: null,
    ...(mode === 'review' ? { memory: 'incremental' as const } : {}),
    ...(mode === 'full review' ? { memory: 'forget' as const } : {}),
  };
  const run = runReview ?? (await import('./run.ts')).review;
  const r = await run(ctx.inputs, withEffort(s, effort), d, { gh: ctx.gh, configured: true });
  // Only automatic runs stop while paused; a command's review is manual.
  if (r === null) return 'Nothing was reviewed: automatic reviews of this pull request are paused.';
  return reviewLine(r, { phrase: s.triggerPhrase, runUrl: ctx.inputs.runUrl, deep: d.deep });
}
