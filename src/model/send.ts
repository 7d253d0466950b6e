import type { Settings } from '../settings.ts';
import type { Usage } from './answer.ts';
import { ChunkError, ModelConfigError } from './errors.ts';
import {
  clip,
  configError,
  faultOf,
  hintFor,
  messageOf,
  refusesInstructionRole,
  refusesMode,
  refusesRole,
} from './faults.ts';
import {
  describeMode,
  hasFunctionRole,
  hasInstructions,
  isFallbackFrom,
  nextMode,
  type ApiMessage,
  type FunctionDefinition,
  type InstructionsRole,
  type OutputMode,
  type ResultForm,
} from './format.ts';
import type { AnswerSpec } from '../types.ts';
import { decideRetry, type FaultKind, type RetryPolicy } from './retry.ts';
import type { Completion } from './stream.ts';
import type { RequestLabel, Transport } from './transport.ts';

/**
 * One answer, of any content, through retries and output-mode fallbacks, offering `tools` when given.
 * Every HTTP request counts in `cost.requests`. Resolves with the completion and the mode it was asked in.
 */
export type Send = (
  messages: ApiMessage[],
  maxTokens: number,
  info: RequestLabel,
  cost: Usage,
  tools?: readonly FunctionDefinition[],
  answer?: AnswerSpec<unknown>,
) => Promise<{ completion: Completion; mode: OutputMode }>;

export interface SendOptions {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
}

/**
 * A sender over `request`. The output mode the provider accepts is learnt once and remembered by this
 * sender, that is for the whole run: later requests start with it. So is the form of tool results: an
 * endpoint that refuses the `function` role gets them as user messages from then on. And so is the role
 * of the instructions (`instruction-role`): `auto` and `developer` move to the other role once when the
 * endpoint refuses theirs.
 */
export function createSend(
  request: Transport,
  s: Pick<Settings, 'baseUrl' | 'model' | 'requestTimeoutMs' | 'instructionRole'>,
  { policy, sleep }: SendOptions,
): Send {
  let mode: OutputMode = 'json_schema';
  let results: ResultForm = 'function';
  let role: InstructionsRole = s.instructionRole === 'developer' ? 'developer' : 'system';
  // Set explicitly, `system` never moves; the role learnt from a refusal does not move again.
  let movable = s.instructionRole !== 'system';

  return async (messages, maxTokens, info, cost, tools, answer) => {
    const done: Partial<Record<FaultKind, number>> = {};
    let m = mode;
    let form = results;
    let r = role;
    let moved = false;
    let refused: { mode: OutputMode; message: string } | null = null;
    for (;;) {
      const started = Date.now();
      cost.requests++;
      try {
        const completion = await request(messages, m, maxTokens, info, {
          ...(tools ? { tools } : {}),
          ...(answer ? { answer } : {}),
          results: form,
          instructions: r,
        });
        if (r !== role) {
          info.progress?.(
            `The model API does not accept the \`${role}\` role; sending the instructions as \`${r}\` for the rest of the run.`,
          );
          role = r;
          movable = false;
        }
        if (form !== results) {
          results = form;
          info.progress?.(
            'The model API does not accept the `function` role; sending tool results as user messages for the rest of the run.',
          );
        }
        if (isFallbackFrom(m, mode)) {
          mode = m;
          info.progress?.(
            `The model API does not accept ${describeMode(refused?.mode ?? 'json_schema')}; using ${describeMode(m)} for the rest of the run.`,
          );
        }
        return { completion, mode: m };
      } catch (e) {
        // Checked before the output mode: a refused role is refused in every mode.
        if (hasInstructions(messages) && refusesInstructionRole(e, r)) {
          if (!moved && r !== role) {
            // Another request learnt the role meanwhile.
            r = role;
            continue;
          }
          if (movable && !moved) {
            const other = r === 'system' ? 'developer' : 'system';
            info.progress?.(
              `${info.label}: the instructions' \`${r}\` role refused (${clip(e.message)}); trying \`${other}\`.`,
            );
            moved = true;
            r = other;
            continue;
          }
          throw new ModelConfigError(
            s.instructionRole === 'system'
              ? `The model API at ${s.baseUrl} refuses the \`system\` role for the instructions (${clip(e.message)}). Set \`instruction-role\` to \`developer\`, or to \`auto\` to use the role it accepts.`
              : `The model API at ${s.baseUrl} refuses the instructions in both the \`system\` and the \`developer\` role (${clip(e.message)}). Check that \`model\` ('${s.model}') is a chat model.`,
          );
        }
        if (form === 'function' && hasFunctionRole(messages) && refusesRole(e)) {
          info.progress?.(
            `${info.label}: the tool result's \`function\` role refused (${clip(e.message)}); trying it as a user message.`,
          );
          form = 'user';
          continue;
        }
        if (refusesMode(e)) {
          const next = nextMode(m);
          refused ??= { mode: m, message: clip(e.message) };
          if (next) {
            info.progress?.(
              `${info.label}: ${describeMode(m)} refused (${clip(e.message)}); trying ${describeMode(next)}.`,
            );
            m = next;
            continue;
          }
          throw new ChunkError(
            `the model API refused the request (${refused.message}), with ${describeMode(refused.mode)} and every fallback output mode`,
            cost,
          );
        }
        const config = configError(e, s);
        if (config) throw config;
        const fault = faultOf(e, Date.now() - started, s.requestTimeoutMs);
        if (!fault) throw new ChunkError(`the model request failed: ${clip(messageOf(e))}`, cost);
        const decision = decideRetry(fault, done, policy);
        if (!decision.retry)
          throw new ChunkError(`${fault.message} (${decision.why})${hintFor(fault)}`, cost);
        done[fault.kind] = (done[fault.kind] ?? 0) + 1;
        info.progress?.(
          `${info.label}: ${fault.message}; retrying in ${(decision.delayMs / 1000).toFixed(1)} s.`,
        );
        await sleep(decision.delayMs);
      }
    }
  };
}
