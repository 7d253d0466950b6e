/** The parts of a completion the review uses, whether it came whole or streamed. */
export interface Completion {
  content: string | null;
  refusal: string | null;
  /** The legacy function call's arguments (the review, in `functions` mode); null when none was made. */
  functionArguments: string | null;
  /** The legacy function call's name: `code_review` is the review, any other a tool call. */
  functionName?: string | null;
  finishReason: string | null;
  usage: { prompt_tokens: number; completion_tokens: number } | null;
}

interface FunctionCallLike {
  name?: string | null;
  arguments?: string | null;
}

interface ChunkLike {
  choices?: {
    index?: number;
    delta?: { content?: string | null; refusal?: string | null; function_call?: FunctionCallLike | null };
    finish_reason?: string | null;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

interface CompletionLike {
  choices?: {
    message?: { content?: string | null; refusal?: string | null; function_call?: FunctionCallLike | null };
    finish_reason?: string | null;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

function usageOf(u: ChunkLike['usage']): Completion['usage'] {
  return u ? { prompt_tokens: u.prompt_tokens ?? 0, completion_tokens: u.completion_tokens ?? 0 } : null;
}

export function fromCompletion(c: CompletionLike): Completion {
  const choice = c.choices?.[0];
  const fc = choice?.message?.function_call;
  return {
    content: choice?.message?.content ?? null,
    refusal: choice?.message?.refusal ?? null,
    functionArguments: fc ? (fc.arguments ?? '') : null,
    functionName: fc ? (fc.name ?? null) : null,
    finishReason: choice?.finish_reason ?? null,
    usage: usageOf(c.usage),
  };
}

/**
 * Folds streamed chunks into the same Completion a non-streamed call gives: content, refusal and
 * function-call argument deltas of choice 0 concatenated, the last finish reason, and usage if the
 * provider sent it.
 */
export class StreamAssembler {
  private content: string[] = [];
  private refusal: string[] = [];
  private args: string[] = [];
  private name: string[] = [];
  private sawContent = false;
  private sawCall = false;
  private finishReason: string | null = null;
  private usage: Completion['usage'] = null;
  chars = 0;

  add(chunk: ChunkLike): void {
    for (const choice of chunk.choices ?? []) {
      if ((choice.index ?? 0) !== 0) continue;
      const d = choice.delta ?? {};
      if (typeof d.content === 'string') {
        this.content.push(d.content);
        this.sawContent = true;
        this.chars += d.content.length;
      }
      if (typeof d.refusal === 'string') this.refusal.push(d.refusal);
      if (d.function_call) {
        // The name comes in the first delta, the arguments in pieces after it.
        this.sawCall = true;
        if (typeof d.function_call.name === 'string') this.name.push(d.function_call.name);
        if (typeof d.function_call.arguments === 'string') {
          this.args.push(d.function_call.arguments);
          this.chars += d.function_call.arguments.length;
        }
      }
      if (choice.finish_reason) this.finishReason = choice.finish_reason;
    }
    if (chunk.usage) this.usage = usageOf(chunk.usage);
  }

  /** The function the model called (null when none): a tool, or `code_review` for the review. */
  get functionName(): string | null {
    return this.sawCall && this.name.length > 0 ? this.name.join('') : null;
  }

  /** The answer; the called function's name is `functionName`. */
  result(): Completion {
    return {
      content: this.sawContent ? this.content.join('') : null,
      refusal: this.refusal.length > 0 ? this.refusal.join('') : null,
      functionArguments: this.sawCall ? this.args.join('') : null,
      finishReason: this.finishReason,
      usage: this.usage,
    };
  }
}
