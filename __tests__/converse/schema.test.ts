import {
  FIX_ANSWER,
  FIX_SCHEMA,
  parseFixAnswer,
  parseQuestionAnswer,
  QUESTION_ANSWER,
  QUESTION_SCHEMA,
} from '../../src/converse/schema.ts';

/** What `strict: true` structured outputs demand: every property required, nothing else allowed. */
function expectStrict(schema: Record<string, unknown>): void {
  expect(schema.type).toBe('object');
  expect(schema.additionalProperties).toBe(false);
  expect([...(schema.required as string[])].sort()).toEqual(Object.keys(schema.properties as object).sort());
}

describe('the answers of a thread', () => {
  it('are strict JSON schemas, named for the request', () => {
    expectStrict(QUESTION_SCHEMA as unknown as Record<string, unknown>);
    expectStrict(FIX_SCHEMA as unknown as Record<string, unknown>);
    expect(QUESTION_ANSWER).toMatchObject({ name: 'thread_answer', schema: QUESTION_SCHEMA });
    expect(FIX_ANSWER).toMatchObject({ name: 'thread_fix', schema: FIX_SCHEMA });
    expect(FIX_SCHEMA.properties.suggestion.type).toEqual(['string', 'null']);
  });

  it('parse a question answer, also in a fence or with prose around it', () => {
    expect(parseQuestionAnswer('{"answer":"Yes: **line 12** runs first."}')).toEqual({
      ok: true,
      value: { answer: 'Yes: **line 12** runs first.' },
    });
    expect(parseQuestionAnswer('Here:\n```json\n{"answer": "No.", "extra": 1}\n```')).toEqual({
      ok: true,
      value: { answer: 'No.' },
    });
  });

  it('refuse what cannot be posted, saying why (so the client asks once to correct it)', () => {
    expect(parseQuestionAnswer('I think it is fine.')).toMatchObject({ ok: false, why: /not valid JSON/ });
    expect(parseQuestionAnswer('{"reply":"x"}')).toMatchObject({
      ok: false,
      why: /does not match the answer schema: \/ must have required property 'answer'/,
    });
    expect(parseQuestionAnswer('{"answer":"  "}')).toEqual({ ok: false, why: 'the answer is empty' });
    expect(parseQuestionAnswer('{"answer":5}')).toMatchObject({ ok: false, why: /\/answer must be string/ });
  });

  it('parse a fix, deriving what a lax model leaves out', () => {
    expect(
      parseFixAnswer('{"fixable":true,"suggestion":"  await fill();","explanation":"Wait for it."}'),
    ).toEqual({
      ok: true,
      value: { fixable: true, suggestion: '  await fill();', explanation: 'Wait for it.' },
    });
    expect(parseFixAnswer('{"explanation":"Change the caller in api.ts."}')).toEqual({
      ok: true,
      value: { fixable: false, suggestion: null, explanation: 'Change the caller in api.ts.' },
    });
    expect(parseFixAnswer('{"suggestion":"x = 1","explanation":""}')).toEqual({
      ok: true,
      value: { fixable: true, suggestion: 'x = 1', explanation: '' },
    });
  });

  it('refuse a fix that says nothing or has the wrong types', () => {
    expect(parseFixAnswer('{"fixable":false,"suggestion":null,"explanation":" "}')).toEqual({
      ok: false,
      why: 'the answer has neither a suggestion nor an explanation',
    });
    expect(parseFixAnswer('{"fixable":"yes","suggestion":null,"explanation":"x"}')).toMatchObject({
      ok: false,
      why: /\/fixable must be boolean/,
    });
    expect(parseFixAnswer('{"fixable":true}')).toMatchObject({
      ok: false,
      why: /required property 'explanation'/,
    });
  });
});
