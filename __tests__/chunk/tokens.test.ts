import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTokens as exactCount, encode } from 'gpt-tokenizer/encoding/o200k_base';
import fc from 'fast-check';
import { O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';
import { countTokens, createTokenCounter, UNICODE_PRETOKEN } from '../../src/chunk/tokens.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { renderFile } from '../../src/chunk/diff-text.ts';

const AS_TEXT = { disallowedSpecial: new Set<string>() };
const exact = (s: string): number => exactCount(s, AS_TEXT);

/** Deterministic pseudo-random generator, so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Minified-JavaScript-like text without a single space or newline. */
function minified(length: number, seed = 7): string {
  const parts = [
    'function',
    'return',
    'var',
    'const',
    'if',
    'else',
    'for',
    'this',
    'null',
    '!0',
    '!1',
    'void 0',
    'a',
    'b',
    'c',
    'e',
    'n',
    't',
    'r',
    'o',
    'i',
    's',
    'u',
    'l',
    '0',
    '1',
    '42',
    '1e3',
    '(',
    ')',
    '{',
    '}',
    '[',
    ']',
    ';',
    ',',
    '.',
    '=',
    '===',
    '+',
    '-',
    '*',
    '/',
    '&&',
    '||',
    '?',
    ':',
    '"str"',
    "'x'",
    '.prototype',
    '.length',
    'Object',
    'Array',
    'typeof',
  ].map((p) => p.replace(/ /g, ''));
  const r = rng(seed);
  let out = '';
  while (out.length < length) out += parts[Math.floor(r() * parts.length)];
  return out.slice(0, length);
}

/** Base64-like text (one long run of letters, digits, + and /). */
function base64ish(length: number, seed = 11): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const r = rng(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(r() * alphabet.length)];
  return out;
}

describe('countTokens on ordinary text', () => {
  const samples: [string, string][] = [
    ['empty', ''],
    ['a word', 'hello'],
    ['a sentence', 'The quick brown fox jumps over the lazy dog.'],
    ['code', 'export function add(a: number, b: number): number {\n  return a + b;\n}\n'],
    ['CRLF lines', 'line one\r\nline two\r\n\r\nline four\r\n'],
    ['unicode', 'Grüße aus Köln — 東京 🚀 naïve café, Ελληνικά, עברית, العربية\n'],
    ['blank lines and indentation', '\n\n\n    \n\t\tx = 1\n\n        y = 2\n'],
    [
      'a diff rendering',
      '<file path="src/a.ts" status="modified">\n@@ -1,2 +1,3 @@\n1  a\nL2 -b\n2 +c\n</file>\n',
    ],
  ];

  it.each(samples)('matches the exact o200k count: %s', (_name, text) => {
    expect(countTokens(text)).toBe(exact(text));
  });

  it('matches encode().length on long source files (many lines, none with a 400-character run)', () => {
    const root = join(import.meta.dirname, '..', '..');
    for (const p of ['src/settings.ts', 'src/prompt/messages.ts', 'src/diff/parse.ts', 'action.yml']) {
      const text = readFileSync(join(root, p), 'utf8');
      expect(text.length).toBeGreaterThan(400);
      expect(countTokens(text)).toBe(encode(text, AS_TEXT).length);
    }
  });

  it('matches exactly on a long line of words (a run of spaces every few characters)', () => {
    const r = rng(3);
    const words = ['alpha', 'beta', 'gamma', 'delta', 'if', 'x', '=', '42', 'return', 'foo()', '{', '}'];
    let line = '';
    while (line.length < 30_000) line += words[Math.floor(r() * words.length)] + ' ';
    expect(countTokens(line)).toBe(exact(line));
  });

  it('matches exactly on a 399-character run (just under the slicing threshold)', () => {
    const text = `start\n${base64ish(399)}\nend\n`;
    expect(countTokens(text)).toBe(exact(text));
  });
});

describe('countTokens treats special-token text as text', () => {
  it.each(['<|endoftext|>', '<|im_start|>system\nhi<|im_end|>', 'a <|endofprompt|> b <|fim_prefix|>'])(
    'does not throw on %j and counts it as plain text',
    (text) => {
      const n = countTokens(text);
      expect(n).toBe(exact(text));
      // As a special token `<|endoftext|>` would be one token; as text it is several.
      expect(n).toBeGreaterThan(text.split('<|').length - 1);
    },
  );

  it('counts special-token text inside a long line too', () => {
    const text = `${base64ish(1_000)}<|endoftext|>${base64ish(1_000)}\n`;
    expect(() => countTokens(text)).not.toThrow();
    expect(countTokens(text)).toBeGreaterThanOrEqual(exact(text));
  });

  it('does not throw on special-token text in a long normal text', () => {
    const text = 'hello world <|endoftext|> more words\n'.repeat(100);
    expect(countTokens(text)).toBe(exact(text));
  });
});

describe('countTokens on long runs without spaces', () => {
  it('returns a plausible count for a 1 MB single line of one repeated character', () => {
    const sample = 'x'.repeat(20_000);
    const perChar = exact(sample) / sample.length;
    const text = 'x'.repeat(1 << 20);
    const n = countTokens(text);
    expect(n).toBeGreaterThanOrEqual(Math.floor(perChar * text.length));
    expect(n).toBeLessThanOrEqual(Math.ceil(perChar * text.length * 1.03) + 2);
  });

  it('returns a plausible count for a 1 MB minified line', () => {
    const sample = minified(20_000, 5);
    const perChar = exact(sample) / sample.length;
    const text = sample.repeat(53);
    expect(text.length).toBeGreaterThan(1 << 20);
    const n = countTokens(text);
    expect(n).toBeGreaterThanOrEqual(Math.floor(perChar * text.length * 0.97));
    expect(n).toBeLessThanOrEqual(Math.ceil(perChar * text.length * 1.05));
  });

  it.each([
    ['minified code', minified(50_000)],
    ['base64', base64ish(50_000)],
    ['mixed unicode and emoji', 'ab😀c日本語→ü'.repeat(5_000).slice(0, 50_000)],
  ])('over-counts a 50 KB %s line by at most 3%% and never under-counts', (_name, line) => {
    const want = exact(line);
    const got = countTokens(line);
    expect(got).toBeGreaterThanOrEqual(want);
    expect(got).toBeLessThanOrEqual(Math.ceil(want * 1.03));
  });

  it('counts normal lines around a long line exactly and the long line within 3%', () => {
    const normal = 'const a = 1;\n\nfunction f(x) {\n  return x * 2;\n}\n';
    const long = minified(30_000, 9);
    const text = `${normal}${long}\n${normal}${long}\n${normal}`;
    const want = exact(text);
    const got = countTokens(text);
    expect(got).toBeGreaterThanOrEqual(want);
    expect(got).toBeLessThanOrEqual(Math.ceil(want * 1.03));
    // The count grows with the text: dropping the normal lines lowers it.
    expect(countTokens(`${long}\n${long}\n`)).toBeLessThan(got);
  });

  it('counts a long run of whitespace in linear time (60 KB of spaces in one line)', () => {
    // BPE is quadratic in the length of one pre-token, and a run of spaces is one pre-token just like a
    // run of letters. Linear counting takes a few milliseconds here; quadratic takes seconds.
    const text = `a${' '.repeat(60_000)}b\n`;
    const t0 = performance.now();
    const n = countTokens(text);
    const ms = performance.now() - t0;
    expect(n).toBeGreaterThan(60_000 / 200);
    expect(ms).toBeLessThan(400);
  });
});

describe('createTokenCounter: exact, and each repeated segment counted once', () => {
  it('uses the pre-tokenizer pattern of the installed gpt-tokenizer (fails if an upgrade changes it)', () => {
    expect(UNICODE_PRETOKEN.source).toBe(O200K_TOKEN_SPLIT_REGEX.source);
    expect(UNICODE_PRETOKEN.flags).toBe(O200K_TOKEN_SPLIT_REGEX.flags);
  });

  it('counts a rendered real diff exactly, and the same on a second pass from its memory', () => {
    const diff = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
    const count = createTokenCounter();
    for (const f of parseDiff(diff)) {
      const text = renderFile(f, f.hunks, null);
      expect(count(text)).toBe(exact(text));
      expect(count(text)).toBe(exact(text));
    }
  });

  // Characters chosen to hit every branch of the pre-tokenizer: cases, contractions, digits,
  // punctuation with trailing newlines and slashes, every kind of whitespace, letters and digits
  // outside ASCII, marks, emoji, and the text of special tokens.
  const atoms = [
    'a',
    'Z',
    'foo',
    'Bar',
    'ABC',
    'xY',
    "'s",
    "'LL",
    "'ve",
    "'",
    "don't",
    '0',
    '12',
    '1234',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\n\n',
    ' \n',
    '\v',
    '\f',
    '/',
    '//',
    '}',
    '});',
    '+',
    ' +',
    ' -',
    'L12 -',
    '12 +',
    '99  ',
    '@@ -1,2 +1,3 @@',
    '<|endoftext|>',
    'é',
    'Ünïcödé',
    '日本語',
    '٣',
    '²',
    '\u0301',
    '\u00a0',
    '\u2028',
    '😀',
    'ǅ',
    'ʰ',
    '\u0000',
    '\u007f',
    '\\',
  ];
  const textOf = fc.array(fc.constantFrom(...atoms), { maxLength: 80 }).map((a) => a.join(''));

  it('agrees with gpt-tokenizer on any text made of tricky pieces (property)', () => {
    fc.assert(
      fc.property(textOf, (text) => createTokenCounter()(text) === exact(text)),
      { numRuns: 3000 },
    );
  });

  it('agrees with gpt-tokenizer on arbitrary Unicode strings (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        (text) => createTokenCounter()(text) === exact(text),
      ),
      { numRuns: 2000 },
    );
  });

  it('stays exact when one counter sees many texts that share segments (property)', () => {
    fc.assert(
      fc.property(fc.array(textOf, { minLength: 2, maxLength: 8 }), (texts) => {
        const count = createTokenCounter();
        return texts.every((t) => count(t) === exact(t));
      }),
      { numRuns: 500 },
    );
  });

  it('counts diff lines that repeat at other line numbers from memory', () => {
    const body = (from: number): string =>
      Array.from({ length: 200 }, (_, i) => `${from + i} +  const value${i % 7} = compute(${i % 7});\n`).join(
        '',
      );
    const count = createTokenCounter();
    const first = body(1);
    const second = body(5000);
    expect(count(first)).toBe(exact(first));
    expect(count(second)).toBe(exact(second));
  });

  it('keeps the long-run guard: a 1 MB line counts in linear time, never under', () => {
    const line = minified(1_000_000);
    const started = Date.now();
    const n = createTokenCounter()(`1 +${line}\n`);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(n).toBeGreaterThanOrEqual(exact(minified(50_000)) * 15);
  });
});
