/**
 * The model client: what the pipeline, the action, the CLI and the tests import. The work is done in
 * the modules below, each one concern:
 *
 * - transport.ts: one HTTP request (openai SDK over undici), streamed or not, to a Completion
 * - send.ts: one answer through retries (retry.ts, faults.ts) and output-mode fallbacks (format.ts)
 * - call.ts: one chunk's answer, with a larger output cap on truncation and one repair request
 * - answer.ts: what a completion is worth (judge), and what it cost
 * - errors.ts: what the pipeline is told when a chunk or the whole run cannot go on
 */
export { createModelCall, type CallInfo, type ModelCall, type ModelCallOptions } from './call.ts';
export { judge, type AnswerCheck, type ModelAnswer, type Usage } from './answer.ts';
export { ChunkError, ModelConfigError, TruncatedError } from './errors.ts';
