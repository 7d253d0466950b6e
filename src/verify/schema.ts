import { Ajv } from 'ajv';
import type { AnswerSpec } from '../types.ts';
import { extractJson, schemaErrorsText } from '../util/answer-json.ts';

export const CHECK_VERDICTS = ['confirmed', 'refuted'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type CheckVerdict = (typeof CHECK_VERDICTS)[number];
export type Confidence = (typeof CONFIDENCES)[number];

/** One finding's verdict on the second look. */
export interface Check {
  id: string;
  verdict: CheckVerdict;
  confidence: Confidence;
  /** What in the code settles it (model text: sanitised when shown). */
  evidence: string;
}

/** What the second look must answer; sent as `response_format: json_schema` with `strict: true`. */
export const VERIFY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['verdicts'],
  properties: {
    verdicts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'verdict', 'confidence', 'evidence'],
        properties: {
          id: { type: 'string', description: 'The finding\'s id exactly as given, e.g. "F3".' },
          verdict: { type: 'string', enum: [...CHECK_VERDICTS] },
          confidence: {
            type: 'string',
            enum: [...CONFIDENCES],
            description: 'high: the code you read settles it; medium: very likely; low: unsure.',
          },
          evidence: {
            type: 'string',
            description: 'One to three sentences: the file and line that confirm or refute the finding.',
          },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
/** Only the id and the verdict are needed to act; a missing confidence or evidence is filled in. */
const validate = ajv.compile<{
  verdicts: { id: string; verdict: CheckVerdict; confidence?: Confidence; evidence?: string }[];
}>({
  type: 'object',
  required: ['verdicts'],
  properties: {
    verdicts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'verdict'],
        properties: VERIFY_SCHEMA.properties.verdicts.items.properties,
      },
    },
  },
});

/** Parses and validates a second look's answer: anything that does not match is refused with the reason. */
export function parseChecks(content: string): { ok: true; value: Check[] } | { ok: false; why: string } {
  let data: unknown;
  try {
    data = JSON.parse(extractJson(content));
  } catch (e) {
    return { ok: false, why: `the answer is not valid JSON (${(e as Error).message})` };
  }
  if (!validate(data)) {
    const why = schemaErrorsText(validate.errors);
    return { ok: false, why: `the answer does not match the verdicts schema: ${why}` };
  }
  return {
    ok: true,
    value: data.verdicts.map((v) => ({
      id: v.id.trim(),
      verdict: v.verdict,
      // An answer without a confidence is taken at its word, but not as settled.
      confidence: v.confidence ?? 'medium',
      evidence: (v.evidence ?? '').trim(),
    })),
  };
}

export const VERIFY_ANSWER: AnswerSpec<Check[]> = {
  name: 'second_look',
  schema: VERIFY_SCHEMA as unknown as Record<string, unknown>,
  what: 'the verdicts',
  description: 'Report, for every finding, whether the code confirms or refutes it, with the evidence.',
  parse: parseChecks,
};
