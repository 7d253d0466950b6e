import type { Settings } from '../settings.ts';
import type { Usage } from './answer.ts';
import { ChunkError } from './errors.ts';
import { clip, configError, faultOf, hintFor, messageOf, refusesMode, refusesRole } from './faults.ts';
import {
  describeMode,
  hasFunctionRole,
  isFallbackFrom,
  nextMode,
  type ApiMessage,
  type FunctionDefinition,
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
 * endpoint that refuses the `function` role gets them as user messages from then on.
 */
export function createSend(
  request: Transport,
  s: Pick<Settings, 'baseUrl' | 'model' | 'requestTimeoutMs'>,
  { policy, sleep }: SendOptions,
): Send {
  let mode: OutputMode = 'json_schema';
  let results: ResultForm = 'function';

  return async (messages, maxTokens, info, cost, tools, answer) => {
    const done: Partial<Record<FaultKind, number>> = {};
    let m = mode;
    let form = results;
    let refused: { mode: OutputMode; message: string } | null = null;
    for (;;) {
      const started = Date.now();
      cost.requests++;
      try {
        const completion = await request(messages, m, maxTokens, info, {
          ...(tools ? { tools } : {}),
          ...(answer ? { answer } : {}),
          results: form,
        });
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
