/**
 * The production table of the commands answered outside src/action/converse.ts: a question and `fix`
 * (one model request each, src/pipeline/converse.ts), `ignore`, `pause` and `resume`.
 */
import { core } from '../action-log.ts';
import { createTokenCounter, countTokens } from '../chunk/tokens.ts';
import type { FileDiff } from '../diff/types.ts';
import { fetchPullRequestDiff } from '../github/diff.ts';
import type { GitHubClient } from '../github/client.ts';
import { createModelClient } from '../model/client.ts';
import { answerInThread } from '../pipeline/converse.ts';
import type { AnswerKind, Conversation, ThreadComment, ThreadPlace } from '../converse/index.ts';
import { ANSWER_MARKER } from '../memory/markers.ts';
import type { PullRequest } from '../types.ts';
import { isBotUser } from '../event/pull-request.ts';
import type { ConverseContext, ConverseHandlers, Reply } from './converse.ts';
import {
  ignoreThread,
  pauseReviews,
  resumeReviews,
  threadOfComment,
  type CommandContext,
} from './feedback.ts';
import { readHistory } from './memory.ts';

const log = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) };

/** What the commands that change the PR's state need: its history, read now, and who asked. */
async function commandContext(ctx: ConverseContext): Promise<CommandContext> {
  return {
    history: await readHistory(ctx.gh, ctx.pr, ctx.me),
    me: ctx.me,
    log,
    actor: ctx.comment.user.login,
    phrase: ctx.settings.triggerPhrase,
  };
}

/** `ignore` / `false positive`: only in one of our review threads, whose finding it rejects for good. */
async function ignore(ctx: ConverseContext): Promise<Reply> {
  const phrase = ctx.settings.triggerPhrase;
  if (ctx.place.kind !== 'review-thread') {
    return {
      body: `\`ignore\` works in one of my review threads: reply \`${phrase} ignore\` under the finding you want me to drop.`,
    };
  }
  const c = await commandContext(ctx);
  const thread = threadOfComment(c.history, ctx.place.inReplyToId ?? ctx.comment.id);
  if (!thread) {
    return {
      body: `This thread is not one of my findings, so there is nothing for me to ignore here; \`${phrase} ignore\` works under my own comments.`,
    };
  }
  const r = await ignoreThread(ctx.gh, ctx.pr, thread, {
    ...c,
    suggestPathInstructions: ctx.settings.suggestPathInstructions,
  });
  return { body: r.reply };
}

/**
 * The review thread the question was asked in, oldest first, without the question itself: its first
 * comment (ours, when the thread is one of our findings) and the replies before the question.
 */
async function threadBefore(
  gh: GitHubClient,
  pr: PullRequest,
  rootId: number,
  questionId: number,
): Promise<ThreadComment[]> {
  const all = await gh.paginate(gh.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  return all
    .filter((c) => (c.id === rootId || c.in_reply_to_id === rootId) && c.id !== questionId)
    .filter((c) => c.id < questionId)
    .sort((a, b) => a.id - b.id)
    .map((c) => ({
      author: c.user?.login ?? 'ghost',
      bot: isBotUser(c.user),
      body: c.body,
    }));
}

/** The question, its thread and place, and the PR's diff, as src/converse reads them. */
async function conversationOf(ctx: ConverseContext): Promise<Conversation> {
  const { gh, pr, comment } = ctx;
  const diff = await fetchPullRequestDiff(gh, pr, log);
  const files: FileDiff[] = diff.files;
  if (ctx.place.kind !== 'review-thread')
    return { pr, question: comment.body, thread: [], place: null, files };
  const p = ctx.place;
  const place: ThreadPlace = { path: p.path, side: p.side ?? 'RIGHT', line: p.line, startLine: p.startLine };
  const thread = await threadBefore(gh, pr, p.inReplyToId ?? comment.id, comment.id);
  return { pr, question: comment.body, thread, place, files };
}

/** A question or `fix`: one model request, answered in the thread; its cost in the step's outputs. */
function answer(kind: AnswerKind): (ctx: ConverseContext) => Promise<Reply> {
  return async (ctx) => {
    const s = ctx.settings;
    const convo = await conversationOf(ctx);
    const model = createModelClient(s, countTokens);
    const a = await answerInThread(
      convo,
      kind,
      model.ask,
      { ...s, language: s.guidance.language, quote: false },
      createTokenCounter(),
      log,
    );
    core.setOutput('requests', a.requests);
    core.setOutput('prompt-tokens', a.promptTokens);
    core.setOutput('completion-tokens', a.completionTokens);
    if (!a.ok) core.warning(`The model could not answer the comment: ${a.error ?? 'no answer'}.`);
    // The reply carries converse.ts's marker; the answer's own would be shown defused.
    return { body: a.body.replace(ANSWER_MARKER, '').trimEnd() };
  };
}

export function productionHandlers(): ConverseHandlers {
  return {
    question: answer('question'),
    fix: answer('fix'),
    ignore,
    pause: async (ctx) => ({ body: (await pauseReviews(ctx.gh, ctx.pr, await commandContext(ctx))).reply }),
    resume: async (ctx) => ({ body: (await resumeReviews(ctx.gh, ctx.pr, await commandContext(ctx))).reply }),
  };
}
