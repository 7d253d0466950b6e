/**
 * What one kind of answer is: the review of a chunk (schema.ts), or the verdicts of a second look
 * (src/verify). The client asks for it in whichever output mode the endpoint accepts and validates
 * every answer with `parse`, so the loop, retries, fallbacks and repair are the same for every kind.
 */
export interface AnswerSpec<T> {
  /** The json_schema's name, and in `functions` mode the function the answer is a call of. */
  name: string;
  /** Sent as `response_format: json_schema` with `strict: true`, so every property is required. */
  schema: Record<string, unknown>;
  /** How the answer is named in notes to the model, e.g. "the review". */
  what: string;
  /** The function's description in `functions` mode. */
  description: string;
  /** The answer's text (content, or the function call's arguments) validated, or why it cannot be used. */
  parse(text: string): { ok: true; value: T } | { ok: false; why: string };
}
