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
import type { ConverseContext, ConverseHandlers, Reply } from './converse.ts';

const log = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) };

function notYet(what: string): (ctx: ConverseContext) => Promise<Reply> {
  return (ctx) =>
    Promise.resolve({
      body: `${what} is not available yet in this version of vtrix-review; \`${ctx.settings.triggerPhrase} help\` lists what is.`,
    });
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
      bot: c.user?.type === 'Bot' || /\[bot\]$/.test(c.user?.login ?? ''),
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
    ignore: notYet('`ignore`'),
    pause: notYet('`pause`'),
    resume: notYet('`resume`'),
  };
}
