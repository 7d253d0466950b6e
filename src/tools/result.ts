import type { TokenCounter } from '../types.ts';

/** What one tool produced, before it is delimited and cut to the budget. */
export interface ToolOutput {
  ok: boolean;
  /** Lines always kept (what was asked, totals, notes). */
  head: string[];
  /** The data, cut from the end when the result is too long. */
  lines: string[];
  /** How to ask for what a cut left out, given how many of `lines` were kept. */
  more?: (kept: number) => string;
}

export interface ToolResult {
  ok: boolean;
  /** The text for the model, delimited as untrusted data. */
  content: string;
  tokens: number;
  ms: number;
}

export const CLOSE_TAG = '</tool_result>';

// Any spelling a reader could take for the delimiter: `<tool_result`, `</tool_result`, `< / TOOL_RESULT`.
const TAG_LIKE = /<(?=\s*\/?\s*tool_result)/gi;

/** The text with every `<` that would start the delimiter's tag written as `&lt;`. */
export function neutralise(text: string): string {
  return text.replace(TAG_LIKE, '&lt;');
}

/** A tool name safe to put in the opening tag (a model's unknown name is not). */
function tagName(name: string): string {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(name) ? name : 'unknown';
}

export function openTag(name: string): string {
  return `<tool_result name="${tagName(name)}" trusted="false">`;
}

function wrap(name: string, body: string): string {
  // Again as a whole: a `<` at the end of one part and `/tool_result` at the start of the next.
  return `${openTag(name)}\n${neutralise(body)}\n${CLOSE_TAG}`;
}

/**
 * The delimited result, within `maxTokens`: when the whole does not fit, the data is cut at a line
 * (or, for one very long line, inside it) with a note saying so and how to ask for more.
 */
export function renderResult(
  name: string,
  out: ToolOutput,
  o: { maxTokens: number; count: TokenCounter },
): { content: string; tokens: number } {
  const head = neutralise(out.head.join('\n'));
  // Neutralised as a whole, so a tag split over lines is caught too; `&lt;` adds no line.
  const body = neutralise(out.lines.join('\n'));
  const join = (b: string, note: string | null) => [head, b, note].filter((s) => s).join('\n');
  const full = wrap(name, join(body, null));
  const fullTokens = o.count(full);
  if (fullTokens <= o.maxTokens) return { content: full, tokens: fullTokens };

  const note = (chars: number): string => {
    const kept = chars === 0 ? 0 : body.slice(0, chars).split('\n').length;
    const partial = chars > 0 && chars < body.length && body[chars] !== '\n';
    const shown = partial
      ? `${kept - 1} whole lines of ${out.lines.length} and part of the next`
      : `${kept} of ${out.lines.length} lines`;
    const more = out.more ? ` ${out.more(partial ? kept - 1 : kept)}` : '';
    return `[Result cut to fit the limit of ${o.maxTokens} tokens for one tool result: ${shown} shown.${more}]`;
  };
  const attempt = (chars: number): { content: string; tokens: number } => {
    const content = wrap(name, join(body.slice(0, chars), note(chars)));
    return { content, tokens: o.count(content) };
  };
  // The longest prefix of the data that fits with its note.
  let lo = 0;
  // A token is rarely more than 32 characters: no need to count megabytes to keep a few thousand tokens.
  let hi = Math.min(body.length, o.maxTokens * 32);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (attempt(mid).tokens <= o.maxTokens) lo = mid;
    else hi = mid - 1;
  }
  // Back to a whole line when at least one fits; never half a surrogate pair.
  let cut = lo;
  const nl = body.lastIndexOf('\n', cut);
  if (nl > 0 && cut < body.length && body[cut] !== '\n') cut = nl;
  if (cut > 0 && /[\uD800-\uDBFF]/.test(body[cut - 1]!)) cut--;
  return attempt(cut);
}
