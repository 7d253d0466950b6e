import type { Logger, TokenCounter } from '../types.ts';
import { ModelConfigError, type Ask } from '../model/client.ts';
import {
  PromptBudgetError,
  questionMessages,
  type AnswerKind,
  type Conversation,
  type QuestionPrompt,
} from '../converse/context.ts';
import { FIX_ANSWER, QUESTION_ANSWER } from '../converse/schema.ts';
import { answerReply, errorReply, fixReply, type ReplyUsage } from '../converse/render.ts';

/** The settings an answer uses (a Settings has them all), and the language of the configuration. */
export interface AnswerOptions {
  model: string;
  reasoningEffort: string;
  contextWindow: number;
  maxTokens: number;
  /** 0: no limit beyond the context window. */
  maxPromptTokens: number;
  /** The language to answer in; '' is English. */
  language: string;
  /** Quote the question at the top of the reply: for a reply in the PR's conversation. */
  quote?: boolean;
}

/** The reply to post, and what it cost. */
export interface ThreadAnswer {
  /** The reply's Markdown, within GitHub's comment limit; a one-line error text when `ok` is false. */
  body: string;
  ok: boolean;
  /** Why there is no answer, when `ok` is false (for the log and the job summary). */
  error?: string;
  requests: number;
  promptTokens: number;
  completionTokens: number;
}

/**
 * Answers a question, or `fix`, in a thread: one model request (the client's retries, output-mode
 * fallbacks and one repair aside) at the client's effort and `max-tokens`, without tools. A request
 * that fails, or a prompt that cannot fit, is answered with a one-line error text; only a
 * configuration error (ModelConfigError: bad key, unknown model) is thrown, as it would fail every
 * request of the run.
 */
export async function answerInThread(
  ctx: Conversation,
  kind: AnswerKind,
  ask: Ask,
  o: AnswerOptions,
  count: TokenCounter,
  log: Logger,
): Promise<ThreadAnswer> {
  const quote = o.quote ? ctx.question : null;
  const label = kind === 'fix' ? 'Fix' : 'Answer';
  let prompt: QuestionPrompt;
  try {
    prompt = questionMessages(ctx, kind, o, count);
  } catch (e) {
    if (!(e instanceof PromptBudgetError)) throw e;
    log.warning(`${label}: ${e.message}.`);
    return failed(e.message, quote, { requests: 0, promptTokens: 0, completionTokens: 0 });
  }
  const where = ctx.place
    ? `${ctx.place.path}${ctx.place.line !== null ? `:${ctx.place.line}` : ' (outdated)'}`
    : 'the conversation';
  const left = prompt.leftOut.length > 0 ? `, ${prompt.leftOut.length} left out for lack of room` : '';
  log.info(
    `${label} in ${where}: ${prompt.promptTokens} prompt tokens, the diff of ${prompt.shownFiles} of ${ctx.files.length} file${ctx.files.length === 1 ? '' : 's'}${left}.`,
  );

  const info = { promptTokens: prompt.promptTokens, label, progress: log.info };
  try {
    const usage = (a: { requests: number; promptTokens: number; completionTokens: number }): ReplyUsage => ({
      model: o.model,
      reasoningEffort: o.reasoningEffort,
      requests: a.requests,
      promptTokens: a.promptTokens,
      completionTokens: a.completionTokens,
    });
    let body: string;
    let cost: ReplyUsage;
    if (kind === 'fix') {
      const a = await ask(FIX_ANSWER, prompt.messages, info);
      cost = usage(a);
      body = fixReply(a.value, prompt.target, cost, { quote });
    } else {
      const a = await ask(QUESTION_ANSWER, prompt.messages, info);
      cost = usage(a);
      body = answerReply(a.value, cost, { quote });
    }
    log.info(
      `${label}: ${cost.requests} request${cost.requests === 1 ? '' : 's'}, ${cost.promptTokens} prompt + ${cost.completionTokens} completion tokens.`,
    );
    return {
      body,
      ok: true,
      requests: cost.requests,
      promptTokens: cost.promptTokens,
      completionTokens: cost.completionTokens,
    };
  } catch (e) {
    if (e instanceof ModelConfigError) throw e;
    // ChunkError carries what the failed attempts cost; anything else cost nothing we know of.
    const spent = e as Partial<Record<'requests' | 'promptTokens' | 'completionTokens', number>>;
    const why = e instanceof Error ? e.message : String(e);
    log.warning(`${label} failed: ${why}.`);
    return failed(why, quote, {
      requests: spent.requests ?? 0,
      promptTokens: spent.promptTokens ?? 0,
      completionTokens: spent.completionTokens ?? 0,
    });
  }
}

function failed(
  why: string,
  quote: string | null,
  cost: { requests: number; promptTokens: number; completionTokens: number },
): ThreadAnswer {
  return { body: errorReply(why, { quote }), ok: false, error: why, ...cost };
}
