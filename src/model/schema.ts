import { CHANGE_TYPES, SEVERITIES, isChangeType, type ChangeType, type Severity } from '../types.ts';
import { Ajv } from 'ajv';
import { severityRank, type Finding } from '../findings/types.ts';
import { severityCounts } from '../findings/verdict.ts';
import type { Side } from '../diff/types.ts';
import type { AnswerSpec } from '../types.ts';
import { extractJson, schemaErrorsText } from '../util/answer-json.ts';

export { extractJson, MAX_FENCED_ANSWER_CHARS } from '../util/answer-json.ts';

/** What the model must answer; sent as `response_format: json_schema` with `strict: true`. */
export const REVIEW_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['verdict', 'summary', 'change_type', 'files', 'comments'],
  properties: {
    verdict: { type: 'string', description: 'The worst problem in one line, or "No problems found".' },
    summary: {
      type: 'string',
      description:
        'One to three sentences: the overall assessment of this part of the change and its main risk.',
    },
    change_type: {
      type: 'string',
      enum: [...CHANGE_TYPES],
      description: 'The kind of change this part of the PR is, by what it mainly does.',
    },
    files: {
      type: 'array',
      description: 'One entry per <file path=...> in this request, in order.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'summary'],
        properties: {
          path: { type: 'string', description: 'File path exactly as in the <file path=...> tag.' },
          summary: {
            type: 'string',
            description: 'What the change to this file does, in one plain line of at most 120 characters.',
          },
        },
      },
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

/**
 * The schema with a `diagram` (`describe` with `diagram: true`): a variant, so reviews without it pay
 * nothing for the field. Strict mode wants every property required: "none" is null.
 */
export const DIAGRAM_REVIEW_SCHEMA = {
  ...REVIEW_SCHEMA,
  required: [...REVIEW_SCHEMA.required.slice(0, -1), 'diagram', 'comments'],
  properties: {
    ...REVIEW_SCHEMA.properties,
    diagram: {
      type: ['string', 'null'],
      description:
        'A Mermaid sequenceDiagram when this part of the change spans a flow across several files, else null.',
    },
  },
} as const;

export const SCHEMA_NAME = 'code_review';

/** The review of one chunk, as the model client asks for it. */
export const REVIEW_ANSWER: AnswerSpec<ModelReview> = {
  name: SCHEMA_NAME,
  schema: REVIEW_SCHEMA as unknown as Record<string, unknown>,
  what: 'the review',
  description: 'Report the review of this part of the pull request.',
  parse(text) {
    try {
      return { ok: true, value: parseModelReview(text) };
    } catch (e) {
      if (e instanceof SchemaError) return { ok: false, why: e.message };
      throw e;
    }
  },
};

/** The review asking for a diagram too (see `DIAGRAM_REVIEW_SCHEMA`); parsed the same way. */
export const DIAGRAM_REVIEW_ANSWER: AnswerSpec<ModelReview> = {
  ...REVIEW_ANSWER,
  schema: DIAGRAM_REVIEW_SCHEMA as unknown as Record<string, unknown>,
};

/** The spec a review request uses. */
export function reviewAnswer(diagram: boolean): AnswerSpec<ModelReview> {
  return diagram ? DIAGRAM_REVIEW_ANSWER : REVIEW_ANSWER;
}

export interface ModelComment {
  path: string;
  line: number;
  start_line: number | null;
  side: Side;
  severity: Severity;
  /** Derived from the body's first sentence when the answer has none (see `parseModelReview`). */
  title: string;
  body: string;
  suggestion: string | null;
}

/** One line of the walkthrough: what the change to one file does, in the model's words (unsanitised). */
export interface FileSummary {
  path: string;
  summary: string;
}

export interface ModelReview {
  /** Absent in answers of models (or fallback modes) that do not send it: derived from the findings then. */
  verdict?: string;
  summary: string;
  /** Absent when the answer has none: the files then have no walkthrough line, nothing else is lost. */
  files?: FileSummary[];
  /** Absent when the answer has none or one not in CHANGE_TYPES. */
  changeType?: ChangeType;
  /** The model's diagram as sent: untrusted, checked by src/review/diagram.ts before it is shown. */
  diagram?: string;
  comments: ModelComment[];
}

/** The core of a finding: without these it cannot be placed or judged, so only these are required. */
const CORE_FIELDS = ['path', 'line', 'side', 'severity', 'body'] as const;

const ajv = new Ajv({ allErrors: true, strict: false });
/**
 * What an answer must hold to be used. The strict schema above is what the model is asked for; an
 * answer in JSON mode or a function call (or from a model that ignores parts of the schema) may leave
 * out `title`, `verdict`, `summary`, `start_line` or `suggestion`, or add fields of its own: those are
 * derived or ignored, never a reason to lose the findings.
 */
const validate = ajv.compile<ParsedReview>({
  type: 'object',
  required: ['comments'],
  properties: {
    verdict: { type: 'string' },
    summary: { type: 'string' },
    comments: {
      type: 'array',
      items: {
        type: 'object',
        required: [...CORE_FIELDS],
        properties: {
          ...REVIEW_SCHEMA.properties.comments.items.properties,
          // `null` or absent: the same meaning.
          start_line: { type: ['integer', 'null'] },
          suggestion: { type: ['string', 'null'] },
        },
      },
    },
  },
});

type ParsedReview = Omit<ModelReview, 'summary' | 'files' | 'changeType' | 'diagram' | 'comments'> & {
  summary?: string;
  files?: unknown;
  change_type?: unknown;
  diagram?: unknown;
  comments: (Omit<ModelComment, 'title' | 'start_line' | 'suggestion'> &
    Partial<Pick<ModelComment, 'title' | 'start_line' | 'suggestion'>>)[];
};

export class SchemaError extends Error {
  override name = 'SchemaError';
}

/**
 * Parses and validates a model answer. A ```json fence or text around the object is tolerated; anything
 * that does not match the schema's core is refused with the reason, never half-used. Missing optional
 * parts are filled in: a title from the body, a summary from the findings.
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
    const why = schemaErrorsText(validate.errors);
    throw new SchemaError(`the answer does not match the review schema: ${why}`);
  }
  const comments = data.comments.map((c): ModelComment => ({
    path: c.path,
    line: c.line,
    start_line: c.start_line ?? null,
    side: c.side,
    severity: c.severity,
    title: c.title ?? titleFromBody(c.body),
    body: c.body,
    suggestion: c.suggestion ?? null,
  }));
  const review: ModelReview = { summary: data.summary ?? summaryFromComments(comments), comments };
  if (data.verdict !== undefined) review.verdict = data.verdict;
  const files = fileSummaries(data.files);
  if (files.length > 0) review.files = files;
  const type = typeof data.change_type === 'string' ? data.change_type.trim().toLowerCase() : '';
  if (isChangeType(type)) review.changeType = type;
  if (typeof data.diagram === 'string' && data.diagram.trim() !== '') review.diagram = data.diagram;
  return review;
}

/**
 * The walkthrough lines of an answer: entries with a string path and a non-blank summary. Anything else
 * in `files` (wrong types, a non-array) is left out: a malformed walkthrough never costs the findings.
 */
function fileSummaries(files: unknown): FileSummary[] {
  if (!Array.isArray(files)) return [];
  return files.flatMap((e: unknown): FileSummary[] => {
    if (typeof e !== 'object' || e === null) return [];
    const { path, summary } = e as Record<string, unknown>;
    if (typeof path !== 'string' || typeof summary !== 'string' || summary.trim() === '') return [];
    return [{ path, summary }];
  });
}

/** The model is asked for titles of at most this many characters. */
export const MAX_TITLE_CHARS = 80;

/**
 * A title for a finding the model sent without one: the body's first sentence (or line), without
 * Markdown emphasis or heading marks, cut at a word to at most 80 characters.
 */
export function titleFromBody(body: string): string {
  const first =
    body
      .split(/\n\s*\n|\n/)
      .map((l) =>
        l
          .replace(/^\s*(?:#{1,6}\s+|[-*+>]\s+)?/, '')
          .replace(/\*\*|__/g, '')
          .trim(),
      )
      .find((l) => l !== '') ?? '';
  const end = /[.!?](?=\s|$)/.exec(first);
  const sentence = (end ? first.slice(0, end.index + 1) : first).replace(/\s+/g, ' ');
  if (sentence.length <= MAX_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** A summary for an answer without one: what it found, most severe first. */
export function summaryFromComments(comments: Pick<ModelComment, 'severity' | 'title'>[]): string {
  if (comments.length === 0) return 'No problems found in this part of the change.';
  const top = [...comments].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0]!;
  const n = comments.length;
  const t = top.title.trim();
  const what = t === '' ? '' : ` The most severe: ${t}${/[.!?…]$/.test(t) ? '' : '.'}`;
  return `${n} finding${n === 1 ? '' : 's'} (${severityCounts(comments)}).${what}`;
}

export function toFindings(review: ModelReview, request: number): Finding[] {
  return review.comments.map((c) => ({
    path: c.path,
    line: c.line,
    startLine: c.start_line,
    side: c.side,
    severity: c.severity,
    title: c.title.trim(),
    body: c.body.trim(),
    suggestion: c.suggestion,
    request,
  }));
}
