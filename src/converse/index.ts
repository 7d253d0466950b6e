/**
 * Answering in the pull request (issue 15): a free question in a thread, or `fix` in one of our
 * threads. Pure: the request's messages within the prompt budget (context.ts), the two kinds of answer
 * (schema.ts), whether a fix can be committed (target.ts), and the reply as posted (render.ts). The
 * model call is src/pipeline/converse.ts.
 */
export {
  conversationSystemPrompt,
  isOurs,
  questionMessages,
  PromptBudgetError,
  type AnswerKind,
  type Conversation,
  type PromptBudget,
  type QuestionPrompt,
  type ThreadComment,
} from './context.ts';
export {
  FIX_ANSWER,
  QUESTION_ANSWER,
  parseFixAnswer,
  parseQuestionAnswer,
  type FixAnswer,
  type QuestionAnswer,
} from './schema.ts';
export { fixTarget, type FixTarget, type ThreadPlace } from './target.ts';
export { answerReply, errorReply, fixReply, type ReplyOptions, type ReplyUsage } from './render.ts';
