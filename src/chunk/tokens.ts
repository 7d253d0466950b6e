import { countTokens as bpeCount } from 'gpt-tokenizer/encoding/o200k_base';

// Diffs are data: `<|endoftext|>` in a diff is text to count, not a special token to reject.
const AS_TEXT = { disallowedSpecial: new Set<string>() };

// BPE is quadratic in the length of one pre-token; a 1 MB minified line (or a line of 60 KB of
// spaces) would take minutes. Such runs are the only long pre-tokens.
const LONG_RUN = /\S{400}|[^\S\n]{400}/;
const SLICE = 200;

/**
 * Tokens of `text` in the o200k encoding of the GPT-5 family. Runs of 400+ non-space (or space)
 * characters are
 * counted in slices, which can only over-count slightly: safe for budgeting, and linear in time.
 */
export function countTokens(text: string): number {
  if (text.length < 400 || !LONG_RUN.test(text)) return bpeCount(text, AS_TEXT);
  let total = 0;
  let plain = '';
  for (const line of text.split('\n')) {
    if (line.length >= 400 && LONG_RUN.test(line)) {
      for (let i = 0; i < line.length; i += SLICE) total += bpeCount(line.slice(i, i + SLICE), AS_TEXT);
      total += 1; // the newline
    } else {
      plain += line + '\n';
      if (plain.length > 1 << 20) {
        total += bpeCount(plain, AS_TEXT);
        plain = '';
      }
    }
  }
  return total + (plain ? bpeCount(plain, AS_TEXT) : 0);
}
