/**
 * The readers of the inputs by kind (text, whole number, one of a list, boolean, secret). A reader
 * returns the value, or the fallback after adding to `errors` what is wrong and what to write instead,
 * so every problem of a run is reported at once.
 */
import { MAX_OUTPUT_TOKENS, MIN_CONTEXT_WINDOW } from './model-policy.ts';
import { closest } from './suggest.ts';

export type GetInput = (name: string) => string;

/** GitHub's boolean inputs follow the YAML 1.2 core schema, as `core.getBooleanInput` does. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/** A value as an error message quotes it: one line, and short even when the input was a megabyte. */
export function show(v: string): string {
  const one = v.replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

/** Hints for numbers outside their range, by input: what the number means and what to write instead. */
const NUMBER_HINTS: Record<string, (n: number) => string | null> = {
  'max-tokens': (n) =>
    n === 0
      ? 'Leave it empty to size the output budget by reasoning effort.'
      : n > MAX_OUTPUT_TOKENS
        ? `The API accepts at most ${MAX_OUTPUT_TOKENS} output tokens per request.`
        : null,
  'context-window': (n) =>
    n < MIN_CONTEXT_WINDOW
      ? `It counts tokens, not thousands of tokens: a ${n}k window is ${n * 1000}.`
      : null,
  'request-timeout': (n) =>
    n > 7200 && n / 1000 >= 10 && n / 1000 <= 7200
      ? `It is in seconds, not milliseconds: use ${Math.round(n / 1000)}.`
      : null,
};

/** The readers over `get`, each adding its problems to `errors`. */
export function inputReader(get: GetInput, errors: string[]) {
  const str = (name: string, fallback: string): string => get(name).trim() || fallback;

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name).trim();
    if (raw === '') return fallback;
    const range = `Input '${name}' must be a whole number from ${min} to ${max}`;
    // Digits only (with `_` separators): no signs, decimals, exponents, hex or units.
    if (!/^\d+(?:_\d+)*$/.test(raw)) {
      const unit = /^(\d+(?:\.\d+)?)\s*([kKmM])$/.exec(raw);
      const hint = unit
        ? ` Write it out in full: ${Math.round(Number(unit[1]) * (/k/i.test(unit[2]!) ? 1e3 : 1e6))}.`
        : /^-\d/.test(raw) && (name === 'max-requests' || name === 'max-prompt-tokens')
          ? ' Use 0 for no cap.'
          : /^\d+s$/i.test(raw)
            ? ` Write the number of seconds alone: ${raw.slice(0, -1)}.`
            : '';
      errors.push(`${range}; got '${show(raw)}'.${hint}`);
      return fallback;
    }
    const n = Number(raw.replace(/_/g, ''));
    if (n < min || n > max) {
      const hint = NUMBER_HINTS[name]?.(n);
      errors.push(`${range}; got '${show(raw)}'.${hint ? ` ${hint}` : ''}`);
      return fallback;
    }
    return n;
  };

  /** A decimal number in [min, max], or null when the input is empty (the parameter is not sent). */
  const decimal = (name: string, [min, max]: readonly [number, number], example: string): number | null => {
    const raw = get(name).trim();
    if (raw === '') return null;
    const range = `Input '${name}' must be a number from ${min} to ${max} (such as ${example}), or empty for the provider's default`;
    // Plain decimals only: no signs, exponents, units or decimal commas.
    if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(raw)) {
      const comma = /^\d*,\d+$/.test(raw) ? raw.replace(',', '.') : null;
      const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw);
      const hint = comma
        ? ` Write the decimals after a point: ${comma}.`
        : percent
          ? ` Write it as a fraction, not a percentage: ${Number(percent[1]) / 100}.`
          : '';
      errors.push(`${range}; got '${show(raw)}'.${hint}`);
      return null;
    }
    const n = Number(raw);
    if (n < min || n > max) {
      const hint = max === 1 && n <= 100 ? ` It is a fraction, not a percentage: ${n / 100} for ${n}%.` : '';
      errors.push(`${range}; got '${show(raw)}'.${hint}`);
      return null;
    }
    return n;
  };

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = get(name).trim();
    if (raw === '') return fallback;
    const lower = raw.toLowerCase();
    if (!(allowed as readonly string[]).includes(lower)) {
      const guess = closest(raw, allowed);
      errors.push(
        `Input '${name}' must be one of ${allowed.join(', ')}; got '${show(raw)}'.${guess ? ` Did you mean '${guess}'?` : ''}`,
      );
      return fallback;
    }
    return lower as T;
  };

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = get(name).trim();
    if (raw === '') return fallback;
    if (TRUE_VALUES.includes(raw)) return true;
    if (FALSE_VALUES.includes(raw)) return false;
    const guess = closest(raw, ['true', 'false']);
    errors.push(
      `Input '${name}' must be 'true' or 'false' (YAML 1.2 booleans: true, True, TRUE, false, False, FALSE); got '${show(raw)}'.${guess ? ` Use '${guess}'.` : ''}`,
    );
    return fallback;
  };

  /** Tokens and keys: one word. Never quoted back, even in part. */
  const secret = (name: string): string => {
    const v = get(name).trim();
    if (/^bearer\s/i.test(v)) {
      errors.push(`Input '${name}' must be the bare key: remove the 'Bearer ' prefix.`);
    } else if (/\s/.test(v)) {
      errors.push(
        `Input '${name}' contains whitespace or a line break; a key or token is one word. Check the secret's value (a stray newline or space is the usual cause).`,
      );
    }
    return v;
  };

  return { str, int, decimal, oneOf, bool, secret };
}
