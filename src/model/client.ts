/**
 * The model client: what the pipeline, the action, the CLI and the tests import. The work is done in
 * the modules below, each one concern:
 *
 * - transport.ts: one HTTP request (openai SDK over undici), streamed or not, to a Completion
 * - send.ts: one answer through retries (retry.ts, faults.ts) and output-mode fallbacks (format.ts)
 * - call.ts: one chunk's answer, with a larger output cap on truncation and one repair request
 * - answer.ts: what a completion is worth (judge), and what it cost
 * - AnswerSpec (src/types.ts): what a kind of answer is (the review: schema.ts; a second look's verdicts: src/verify)
 * - tools.ts: the tools a request may offer the model (the loop itself is in call.ts)
 * - errors.ts: what the pipeline is told when a chunk or the whole run cannot go on
 */
export {
  createModelCall,
  createModelClient,
  type Ask,
  type CallInfo,
  type ModelCall,
  type ModelCallOptions,
  type ModelClient,
} from './call.ts';
export {
  judge,
  type AnswerCheck,
  type Answered,
  type ModelAnswer,
  type ToolCallRecord,
  type Usage,
} from './answer.ts';
export type { AnswerSpec } from '../types.ts';
export { ARGUMENTS_SHOWN, type ModelTools, type ToolResult } from './tools.ts';
export type { FunctionDefinition } from './format.ts';
export { ChunkError, ModelConfigError, TruncatedError } from './errors.ts';
