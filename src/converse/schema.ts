import { Ajv } from 'ajv';
import type { AnswerSpec } from '../types.ts';
import { extractJson, schemaErrorsText } from '../util/answer-json.ts';

/** The answer to a free question in a thread. */
export interface QuestionAnswer {
  /** Markdown written by the model: sanitised before it is posted. */
  answer: string;
}

/** The answer to `fix` in a thread. */
export interface FixAnswer {
  /** The model's claim that the fix is local to the thread's lines; committable only where the place allows. */
  fixable: boolean;
  /** The exact replacement text of the thread's lines, or null. */
  suggestion: string | null;
  /** Markdown: what the change does, or what to change where when it is not local. */
  explanation: string;
}

/** Sent as `response_format: json_schema` with `strict: true`. */
export const QUESTION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['answer'],
  properties: {
    answer: {
      type: 'string',
      description: 'The answer to the question, in concise GitHub Markdown.',
    },
  },
} as const;

export const FIX_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['fixable', 'suggestion', 'explanation'],
  properties: {
    fixable: {
      type: 'boolean',
      description: "True when the fix is a replacement of the thread's lines alone.",
    },
    suggestion: {
      type: ['string', 'null'],
      description:
        "When fixable: the exact replacement text of the thread's lines, complete lines with their indentation, without line numbers or diff markers. Otherwise null.",
    },
    explanation: {
      type: 'string',
      description: 'Concise Markdown: what the change does, or what to change where when it is not local.',
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
/** Fields of its own a model adds are ignored, as everywhere answers are read. */
const validateQuestion = ajv.compile<{ answer: string }>({
  type: 'object',
  required: ['answer'],
  properties: QUESTION_SCHEMA.properties,
});
/** Only the explanation is needed to reply; a missing `fixable` or `suggestion` is derived. */
const validateFix = ajv.compile<{ fixable?: boolean; suggestion?: string | null; explanation: string }>({
  type: 'object',
  required: ['explanation'],
  properties: FIX_SCHEMA.properties,
});

type Parsed<T> = { ok: true; value: T } | { ok: false; why: string };

function parseWith<T>(
  content: string,
  validate: ((d: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null },
  what: string,
): Parsed<T> {
  let data: unknown;
  try {
    data = JSON.parse(extractJson(content));
  } catch (e) {
    return { ok: false, why: `the answer is not valid JSON (${(e as Error).message})` };
  }
  if (!validate(data)) {
    const why = schemaErrorsText(validate.errors);
    return { ok: false, why: `the answer does not match the ${what} schema: ${why}` };
  }
  return { ok: true, value: data as T };
}

/** A question's answer, validated: extra fields are ignored, an empty answer is refused (so repaired). */
export function parseQuestionAnswer(content: string): Parsed<QuestionAnswer> {
  const r = parseWith<{ answer: string }>(content, validateQuestion, 'answer');
  if (!r.ok) return r;
  const answer = r.value.answer.trim();
  return answer === '' ? { ok: false, why: 'the answer is empty' } : { ok: true, value: { answer } };
}

/** A fix's answer, validated; `fixable` defaults to whether there is a suggestion. */
export function parseFixAnswer(content: string): Parsed<FixAnswer> {
  const r = parseWith<{ fixable?: boolean; suggestion?: string | null; explanation: string }>(
    content,
    validateFix,
    'fix',
  );
  if (!r.ok) return r;
  const suggestion = r.value.suggestion ?? null;
  const explanation = r.value.explanation.trim();
  if (explanation === '' && (suggestion === null || suggestion.trim() === '')) {
    return { ok: false, why: 'the answer has neither a suggestion nor an explanation' };
  }
  return { ok: true, value: { fixable: r.value.fixable ?? suggestion !== null, suggestion, explanation } };
}

export const QUESTION_ANSWER: AnswerSpec<QuestionAnswer> = {
  name: 'thread_answer',
  schema: QUESTION_SCHEMA as unknown as Record<string, unknown>,
  what: 'the answer',
  description: "Answer the maintainer's question about the pull request.",
  parse: parseQuestionAnswer,
};

export const FIX_ANSWER: AnswerSpec<FixAnswer> = {
  name: 'thread_fix',
  schema: FIX_SCHEMA as unknown as Record<string, unknown>,
  what: 'the fix',
  description: "Fix the problem the thread is about: a replacement of the thread's lines, or what to change.",
  parse: parseFixAnswer,
};
