// The JSON object in a model's answer, whatever kind of answer it is (the review, a second look's verdicts).

/**
 * Answers longer than this are not searched for a ```json fence or prose around the object: they are
 * read as JSON mode sends them, from the first `{` to the last `}`. Far above what `max-tokens` (at most
 * 128,000 tokens) lets a model write; it bounds the work on an answer that is neither.
 */
export const MAX_FENCED_ANSWER_CHARS = 4_000_000;

/**
 * The JSON object in an answer: the content of its first ```json (or bare ```) fence when the answer does
 * not start with `{`, then from the first `{` to the last `}`. Scanned with indexOf in linear time: a
 * backtracking regular expression over the answer was quadratic on hostile text (`x```\n` repeated).
 */
export function extractJson(content: string): string {
  const s = content.trim();
  const fenced = !s.startsWith('{') && s.length <= MAX_FENCED_ANSWER_CHARS ? fenceContent(s) : null;
  const inner = fenced !== null ? fenced.trim() : s;
  // Text before or after the object (a preamble, "I hope this helps") is not part of the answer.
  const a = inner.indexOf('{');
  const b = inner.lastIndexOf('}');
  return a >= 0 && b > a ? inner.slice(a, b + 1) : inner;
}

/** A validator's first errors in one line ("/comments/0 must have required property 'line'; …"). */
export function schemaErrorsText(
  errors: readonly { instancePath: string; message?: string }[] | null | undefined,
): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

const WHITESPACE = /\s/;

/**
 * What the first fence of `s` holds, or null, as the regular expression
 * /```(?:json)?\s*\n([\s\S]*?)\n```/ found it: an opening ``` (optionally `json`), whitespace holding a
 * line break, then everything up to the next line break followed by ```. Each opening is looked at
 * once: when the first valid one has no closing, no later one can have one (it would have to close after
 * it), so the answer is scanned a bounded number of times.
 */
function fenceContent(s: string): string | null {
  for (let at = s.indexOf('```'); at >= 0; at = s.indexOf('```', at + 1)) {
    const breaks =
      openingBreaks(s, at + 3) ?? (s.startsWith('json', at + 3) ? openingBreaks(s, at + 7) : null);
    if (breaks === null) continue;
    const [last, previous] = breaks;
    const end = s.indexOf('\n```', last + 1);
    if (end >= 0) return s.slice(last + 1, end);
    // The expression backs off to the line break before: the fence then closes at `last` itself.
    return previous >= 0 && s.startsWith('```', last + 1) ? s.slice(previous + 1, last) : null;
  }
  return null;
}

/** The last two line breaks in the run of whitespace from `from` (-1 when absent), or null for none. */
function openingBreaks(s: string, from: number): [number, number] | null {
  let last = -1;
  let previous = -1;
  for (let i = from; i < s.length && WHITESPACE.test(s[i]!); i++) {
    if (s[i] !== '\n') continue;
    previous = last;
    last = i;
  }
  return last >= 0 ? [last, previous] : null;
}
