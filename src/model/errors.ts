import type { ToolCallRecord, Usage } from './answer.ts';

/** The request could not be used; the chunk is reported as not reviewed with this reason. */
export class ChunkError extends Error {
  override name = 'ChunkError';
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly requests: number;
  /** The tools the model called before the request failed (set by the client's loop). */
  toolCalls: ToolCallRecord[] = [];
  constructor(message: string, cost?: Partial<Usage>) {
    super(message);
    this.promptTokens = cost?.promptTokens ?? 0;
    this.completionTokens = cost?.completionTokens ?? 0;
    this.requests = cost?.requests ?? 0;
  }
}

/** The answer was still cut off at `maxTokens`: the chunk is worth splitting and asking again. */
export class TruncatedError extends ChunkError {
  override name = 'TruncatedError';
  readonly maxTokens: number;
  constructor(message: string, cost: Usage, maxTokens: number) {
    super(message, cost);
    this.maxTokens = maxTokens;
  }
}

/** Every request would fail the same way (bad key, unknown model, wrong URL): stop the run. */
export class ModelConfigError extends Error {
  override name = 'ModelConfigError';
}
