import { Ajv } from 'ajv';
import { SEVERITIES, type Finding, type Severity } from '../findings/types.ts';
import type { Side } from '../diff/types.ts';

/** What the model must answer; sent as `response_format: json_schema` with `strict: true`. */
export const REVIEW_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['verdict', 'summary', 'comments'],
  properties: {
    verdict: { type: 'string', description: 'The worst problem in one line, or "No problems found".' },
    summary: {
      type: 'string',
      description:
        'One to three sentences: the overall assessment of this part of the change and its main risk.',
    },
    comments: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'line', 'start_line', 'side', 'severity', 'title', 'body', 'suggestion'],
        properties: {
          path: { type: 'string', description: 'File path exactly as in the <file path=...> tag.' },
          line: {
            type: 'integer',
            description: 'The (last) line the finding is about, as numbered in the diff.',
          },
          start_line: {
            type: ['integer', 'null'],
            description: 'First line of a multi-line range in the same hunk and side, or null.',
          },
          side: { type: 'string', enum: ['RIGHT', 'LEFT'] },
          severity: { type: 'string', enum: [...SEVERITIES] },
          title: { type: 'string', description: 'The problem in at most 80 characters.' },
          body: { type: 'string', description: 'Markdown: what is wrong, why it matters, how to fix it.' },
          suggestion: {
            type: ['string', 'null'],
            description: 'Exact replacement text for the cited RIGHT lines when the fix is local, else null.',
          },
        },
      },
    },
  },
} as const;

export const SCHEMA_NAME = 'code_review';

export interface ModelComment {
  path: string;
  line: number;
  start_line: number | null;
  side: Side;
  severity: Severity;
  title: string;
  body: string;
  suggestion: string | null;
}

export interface ModelReview {
  /** Absent in answers of models (or fallback modes) that do not send it: derived from the findings then. */
  verdict?: string;
  summary: string;
  comments: ModelComment[];
}

const ajv = new Ajv({ allErrors: true, strict: false });
// The strict schema asks for `verdict`; an answer without it (an older model, JSON mode, a function
// call) is still a usable review, so it is validated with `verdict` optional.
const validate = ajv.compile<ModelReview>({
  ...REVIEW_SCHEMA,
  required: REVIEW_SCHEMA.required.filter((k) => k !== 'verdict'),
});

export class SchemaError extends Error {
  override name = 'SchemaError';
}

/**
 * Parses and validates a model answer. A ```json fence or text around the object is tolerated; anything
 * that does not match the schema is refused with the reason, never half-used.
 */
export function parseModelReview(content: string): ModelReview {
  const text = extractJson(content);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SchemaError(`the answer is not valid JSON (${(e as Error).message})`);
  }
  if (!validate(data)) {
    const why = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message}`)
      .join('; ');
    throw new SchemaError(`the answer does not match the review schema: ${why}`);
  }
  return data;
}

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

export function toFindings(review: ModelReview, chunk: number): Finding[] {
  return review.comments.map((c) => ({
    path: c.path,
    line: c.line,
    startLine: c.start_line,
    side: c.side,
    severity: c.severity,
    title: inert(c.title.trim()),
    body: inert(c.body.trim()),
    suggestion: c.suggestion,
    chunk,
  }));
}

/**
 * Model text is posted as Markdown: an HTML comment in it could hide text or forge the markers this
 * action writes, so `<!--` is shown literally.
 */
export function inert(text: string): string {
  return text.replace(/<!--/g, '&lt;!--');
}
