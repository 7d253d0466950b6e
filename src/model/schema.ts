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

function extractJson(content: string): string {
  const s = content.trim();
  const fence = /```(?:json)?\s*\n([\s\S]*?)\n```/.exec(s);
  const inner = !s.startsWith('{') && fence ? fence[1]!.trim() : s;
  // Text before or after the object (a preamble, "I hope this helps") is not part of the answer.
  const a = inner.indexOf('{');
  const b = inner.lastIndexOf('}');
  return a >= 0 && b > a ? inner.slice(a, b + 1) : inner;
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
