import type { ToolCallRecord } from './answer.ts';
import { messageOf } from './faults.ts';
import type { FunctionDefinition } from './format.ts';
import type { Completion } from './stream.ts';

/**
 * The tools a request may offer the model, as the model client sees them: structural, so that the
 * client does not depend on what the tools read (src/tools builds them).
 */
export interface ModelTools {
  definitions: readonly FunctionDefinition[];
  /**
   * Answers one call, the arguments as the model wrote them (they may be invalid JSON, the name may be
   * unknown): a bad call is answered with an error result the model can act on, never thrown.
   */
  call(name: string, rawArguments: string): Promise<ToolResult>;
  /** Tool calls per request; when spent, the model is asked for the review without tools. */
  maxCalls: number;
  /**
   * This request's prompt tokens, summed over all its turns; 0 or less: no ceiling. Every turn also
   * stays within `context-window` less the output cap.
   */
  maxPromptTokens: number;
}

export interface ToolResult {
  ok: boolean;
  content: string;
  tokens: number;
  ms: number;
}

export const ARGUMENTS_SHOWN = 300;

/** Room kept in the prompt budget for the last turn's note. */
export const NOTE_RESERVE_TOKENS = 100;

/**
 * The tool the model called, or null when the completion is an answer: a call of the answer's own
 * function `answerName` (in any mode), or content. A cut-off or blocked call is no call: the answer's
 * check deals with it.
 */
export function toolCallOf(c: Completion, answerName: string): { name: string; arguments: string } | null {
  if (c.functionArguments === null) return null;
  if (c.finishReason === 'length' || c.finishReason === 'content_filter' || c.refusal) return null;
  const name = c.functionName ?? '';
  return name === answerName ? null : { name, arguments: c.functionArguments };
}

/** The tool's answer; a tool that throws (it should not) is an error result, not the end of the run. */
export async function runTool(tools: ModelTools, name: string, args: string): Promise<ToolResult> {
  const started = Date.now();
  try {
    return await tools.call(name, args);
  } catch (e) {
    const content = `error: the tool \`${name}\` failed: ${messageOf(e).slice(0, 300)}`;
    return { ok: false, content, tokens: Math.ceil(content.length / 4), ms: Date.now() - started };
  }
}

export function recordOf(name: string, args: string, r: ToolResult): ToolCallRecord {
  const shown = args.length > ARGUMENTS_SHOWN ? `${args.slice(0, ARGUMENTS_SHOWN)}…` : args;
  return { name, arguments: shown, ok: r.ok, tokens: r.tokens, ms: r.ms };
}

const CUT = "\n[… the rest of this result is left out: the request's prompt-token budget has no room for it]";

/**
 * `text` within `max` tokens, cut at the end with a note saying so: a result must never push the last
 * turn, which has to be sent, over the request's budget.
 */
export function fitTokens(text: string, max: number, count: (t: string) => number): string {
  const tokens = count(text);
  if (tokens <= max) return text;
  let chars = Math.floor((text.length * Math.max(0, max)) / tokens);
  for (let i = 0; i < 5 && chars > 0; i++) {
    const cut = text.slice(0, chars) + CUT;
    if (count(cut) <= max) return cut;
    chars = Math.floor(chars * 0.8);
  }
  return CUT.trimStart();
}
