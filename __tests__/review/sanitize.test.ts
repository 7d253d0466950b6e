import fc from 'fast-check';
import {
  breakCrossReferences,
  codeSpan,
  fenceFor,
  isGitHubUrl,
  REDACTED,
  registerRepository,
  registerSecret,
  sanitizeCode,
  sanitizeInline,
  sanitizeMarkdown,
} from '../../src/review/sanitize.ts';
import { inertLog } from '../../src/action-log.ts';

const SECRET = 'sk-test-SANITIZE-0123456789';
registerSecret(SECRET);
// The repository the text is posted in: its own issues and pull requests may be linked.
registerRepository('o', 'r');
const ZWJ = '\u200d';
const md = (s: string): string => sanitizeMarkdown(s, 65_000);

describe('mentions', () => {
  it.each([
    ['@alice please look', `@${ZWJ}alice please look`],
    ['cc @octo/security-team', `cc @${ZWJ}octo/security-team`],
    ['(@bob)', `(@${ZWJ}bob)`],
    ['\\@carol', `\\@${ZWJ}carol`],
    ['mail bob@example.com', `mail bob@${ZWJ}example.com`],
    ['**@dave**', `**@${ZWJ}dave**`],
  ])('%j cannot ping: %j', (input, out) => {
    expect(md(input)).toBe(out);
  });

  it('leaves code alone: GitHub does not notify from code spans or blocks', () => {
    expect(md('call `@alice` or ``@a`b``')).toBe('call `@alice` or ``@a`b``');
    expect(md('```\n@alice\n```')).toBe('```\n@alice\n```');
  });

  it('breaks cross-repository references as the expression did, in linear time', () => {
    const regex = (t: string) => t.replace(/([A-Za-z0-9][\w.-]*\/[\w.-]+)#(?=\d)/g, `$1#${ZWJ}`);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'Z', '1', '_', '.', '-', '/', '#', ' ', '9', '@'), { maxLength: 40 }),
        (chars) => {
          const t = chars.join('');
          expect(breakCrossReferences(t)).toBe(regex(t));
        },
      ),
      { numRuns: 3000 },
    );
    // A hostile answer's long run of name characters: quadratic before (about 2 s for 40,000).
    const long = `${'e'.repeat(300_000)}/x#1`;
    expect(breakCrossReferences(long)).toBe(`${'e'.repeat(300_000)}/x#${ZWJ}1`);
    expect(md('e'.repeat(60_000))).toBe('e'.repeat(60_000));
  });

  it('keeps cross-repository references from marking other repositories', () => {
    expect(md('see torvalds/linux#123 and a/b.c#9')).toBe(`see torvalds/linux#${ZWJ}123 and a/b.c#${ZWJ}9`);
    // A reference in this repository stays a reference; code is left alone.
    expect(md('fixes #12, like `x/y#3`')).toBe('fixes #12, like `x/y#3`');
  });

  it('does not let an entity spell the @', () => {
    expect(md('&#64;alice &#x40;bob &commat;carol')).toBe('&amp;#64;alice &amp;#x40;bob &amp;commat;carol');
  });
});

describe('HTML', () => {
  it.each([
    ['<!-- hidden -->', '&lt;!-- hidden -->'],
    ['<details><summary>ok</summary>x</details>', '&lt;details>&lt;summary>ok&lt;/summary>x&lt;/details>'],
    [
      '<img src=x> <picture> <sub>s</sub> <a href=y>',
      '&lt;img src=x> &lt;picture> &lt;sub>s&lt;/sub> &lt;a href=y>',
    ],
    ['a <b>bold</b> and <kbd>Ctrl</kbd><br>', 'a <b>bold</b> and <kbd>Ctrl</kbd><br>'],
    ['<b class="x">attrs</b>', '&lt;b class="x">attrs</b>'],
    // Alone on a line it would open an HTML block, where Markdown (and our escaping) stops.
    ['<b>', '&lt;b>'],
    ['- <em>', '- &lt;em>'],
    ['List<String> and a < b', 'List&lt;String> and a < b'],
    ['&lt;img&gt; stays text', '&lt;img&gt; stays text'],
  ])('%j → %j', (input, out) => {
    expect(md(input)).toBe(out);
  });
});

describe('images and links', () => {
  it.each([
    ['![x](https://evil.example/p.png)', '!\\[x]\\(hxxps://evil\\[.\\]example/p.png)'],
    ['![x](https://github.com/o/r/raw/main/a.png)', '!\\[x](https://github.com/o/r/raw/main/a.png)'],
    ['[login](https://evil.example/login)', '[login]\\(hxxps://evil\\[.\\]example/login)'],
    ['[pr](https://github.com/o/r/pull/1)', '[pr](https://github.com/o/r/pull/1)'],
    ['[docs](https://docs.github.com/en/actions)', '[docs](https://docs.github.com/en/actions)'],
    ['[rel](../src/a.ts#L3) [top](#top)', '[rel](../src/a.ts#L3) [top](#top)'],
    ['[pr](//evil.example/x)', '[pr]\\(//evil.example/x)'],
    // The destination may start on the next line.
    ['[pr](\n//evil.example/x)', '[pr]\\(\n//evil.example/x)'],
    ['[x](https://github.com@evil.example/)', '[x]\\(hxxps://github\\[.\\]com@\u200devil\\[.\\]example/)'],
    ['[x](https://github.com.evil.example)', '[x]\\(hxxps://github\\[.\\]com\\[.\\]evil\\[.\\]example)'],
    ['[x](javascript:alert(1))', '[x]\\(javascript:alert(1))'],
    ['[x](<https://evil.example>)', '[x]\\(&lt;hxxps://evil\\[.\\]example>)'],
    ['[x](https&colon;//evil.example)', '[x]\\(https&amp;colon;//evil.example)'],
    ['see https://evil.example/a?b=c.', 'see hxxps://evil\\[.\\]example/a?b=c.'],
    ['see www.evil.example/x', 'see www\\[.\\]evil\\[.\\]example/x'],
    ['ftp://evil.example/f', 'fxp://evil\\[.\\]example/f'],
    ['see https://github.com/o/r/issues/1', 'see https://github.com/o/r/issues/1'],
    ['[ref]: https://evil.example', '[ref]\\: hxxps://evil\\[.\\]example'],
    ['`https://evil.example` in code', '`https://evil.example` in code'],
  ])('%j → %j', (input, out) => {
    expect(md(input)).toBe(out);
  });

  it.each([
    ['[i](https://github.com/other/repo/issues/1)', '[i]\\(hxxps://github\\[.\\]com/other/repo/issues/1)'],
    ['see https://github.com/other/repo/pull/12', 'see hxxps://github\\[.\\]com/other/repo/pull/12'],
    ['https://github.com/other/repo/discussions/3', 'hxxps://github\\[.\\]com/other/repo/discussions/3'],
    ['https://github.com/other/repo/commit/abc1234', 'hxxps://github\\[.\\]com/other/repo/commit/abc1234'],
    ['www.github.com/other/repo/pulls/4', 'www\\[.\\]github\\[.\\]com/other/repo/pulls/4'],
    ['https://github.com/other/repo/%69ssues/5', 'hxxps://github\\[.\\]com/other/repo/%69ssues/5'],
    ['[i](/other/repo/issues/1)', '[i]\\(/other/repo/issues/1)'],
    ['[i](../../../../other/repo/pull/1)', '[i]\\(../../../../other/repo/pull/1)'],
  ])('another repository: %j → %j, like other/repo#12', (input, out) => {
    expect(md(input)).toBe(out);
  });

  it.each([
    'https://github.com/o/r/issues/1',
    'https://github.com/O/R/pull/2/files',
    '[c](https://github.com/o/r/commit/abc1234)',
    '[i](/o/r/issues/3)',
    'https://github.com/other/repo/blob/main/a.ts',
    'https://github.com/other/repo',
    'https://docs.github.com/other/repo/issues/1',
  ])('same repository, or no reference: %j stays', (input) => {
    expect(md(input)).toBe(input);
  });

  it('allows only GitHub hosts', () => {
    expect(isGitHubUrl('https://github.com/a')).toBe(true);
    expect(isGitHubUrl('https://raw.githubusercontent.com/a')).toBe(true);
    expect(isGitHubUrl('https://evilgithub.com/a')).toBe(false);
    expect(isGitHubUrl('https://github.com.evil.example/a')).toBe(false);
    expect(isGitHubUrl('https://user@evil.example/github.com')).toBe(false);
    expect(isGitHubUrl('data:text/html,x')).toBe(false);
  });
});

describe('code fences', () => {
  it('re-fences a block so its text cannot close it, and closes one left open', () => {
    expect(md('Look:\n```js\nconst a = 1;\n')).toBe('Look:\n\n```js\nconst a = 1;\n```');
    expect(md('````\n```\n@x\n```\n````\nafter')).toBe('````\n```\n@x\n```\n````\n\nafter');
  });

  it('shows a ```suggestion block of the model prose as plain code', () => {
    expect(md('Try:\n```suggestion\nrm -rf /\n```')).toBe('Try:\n\n```\nrm -rf /\n```');
    expect(md('```SUGGESTION\nx\n```')).toBe('```\nx\n```');
  });

  it('escapes backticks that open no code span on their line', () => {
    expect(md('a ` b\nc `x` d')).toBe('a \\` b\nc `x` d');
    // A pipe ends a table cell even in code: such a span is not trusted.
    expect(md('| `a|<img>` |')).toBe('| \\`a|&lt;img>\\` |');
    expect(md('- ```js\n  @alice')).toBe('- \\`\\`\\`js\n  @\u200dalice');
  });

  it('fenceFor is longer than any backtick run', () => {
    expect(fenceFor('a ```` b')).toBe('`````');
  });
});

describe('other bots and hidden text', () => {
  it('escapes a /command at the start of a line', () => {
    expect(md('/approve\n  /lgtm\nnot /this')).toBe('\\/approve\n  \\/lgtm\nnot /this');
  });

  it('removes bidi controls from prose', () => {
    expect(md('a\u202eb\u2066c')).toBe('abc');
  });

  it('escapes a tilde fence that would swallow what follows', () => {
    expect(md('> ~~~\n@x')).toBe('> \\~~~\n@\u200dx');
  });
});

describe('secrets', () => {
  it('are redacted everywhere, code included', () => {
    expect(md(`key ${SECRET} and \`${SECRET}\`\n\`\`\`\n${SECRET}\n\`\`\``)).toBe(
      `key ${REDACTED} and \`${REDACTED}\`\n\n\`\`\`\n${REDACTED}\n\`\`\``,
    );
    expect(sanitizeInline(`t ${SECRET}`, 200)).toBe(`t ${REDACTED}`);
    expect(sanitizeCode(`x = "${SECRET}"`)).toBe(`x = "${REDACTED}"`);
    expect(codeSpan(`a/${SECRET}`)).toBe(`\`a/${REDACTED}\``);
  });
});

describe('secrets, however they are written', () => {
  /** Every way the registered secret or a token shape can be read back from `out`. */
  function readable(out: string): string[] {
    const shown = out
      .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Default_Ignorable_Code_Point}]/gu, '')
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '');
    let decoded = shown;
    try {
      decoded = decodeURIComponent(shown);
    } catch {
      // not URL-encoded as a whole
    }
    return [shown, decoded];
  }
  const b64 = (s: string, enc: BufferEncoding = 'base64'): string => Buffer.from(s).toString(enc);
  const TOKENS = [
    `ghp_${'A1b2C3d4E5'.repeat(4)}`,
    `gho_${'z'.repeat(36)}`,
    `ghu_${'0'.repeat(36)}`,
    `ghs_${'Q9'.repeat(20)}`,
    `ghr_${'x7'.repeat(18)}`,
    `github_pat_11ABCDEFG0${'a'.repeat(12)}_${'B3'.repeat(29)}x`,
  ];
  const split = (s: string, c: string): string => `${s.slice(0, 5)}${c}${s.slice(5)}`;
  const forms: [string, string][] = [
    ['a control character inside', split(SECRET, '\u0002')],
    ['U+202E inside', split(SECRET, '\u202e')],
    ['a private-use character inside', split(SECRET, '\ue000')],
    ['a zero-width space and a soft hyphen inside', `${split(SECRET, '\u200b')}`.replace('SAN', 'S\u00adAN')],
    ['Markdown escapes', SECRET.replace(/-/g, '\\-')],
    ['URL-encoded', [...SECRET].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')],
    [
      'URL-encoded in capitals, partly',
      SECRET.replace(/[a-z]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    ],
    ['base64', b64(SECRET)],
    ['base64url', b64(`${SECRET}??>`, 'base64url')],
    ['base64 with a control character inside', split(b64(SECRET), '\u0007')],
    ...[0, 1, 2].map((k): [string, string] => [
      `base64 at offset ${k} of a blob`,
      b64(`${'p'.repeat(k)}${SECRET}|tail`),
    ]),
    ...[0, 1, 2].map((k): [string, string] => [
      `base64url at offset ${k} of a blob`,
      b64(`${'\xff'.repeat(k)}${SECRET}\u00ff>`, 'base64url'),
    ]),
    ['wrapped base64', b64(SECRET).replace(/(.{8})/g, '$1\n')],
    ...TOKENS.map((t): [string, string] => [`a token shape ${t.slice(0, 4)}`, t]),
    ['a token shape with a control inside', split(TOKENS[0]!, '\u0002')],
  ];
  // Base64 text that depends on the secret's bytes only, at each of the three alignments in a blob.
  const encoded = [0, 1, 2].flatMap((k) =>
    (['base64', 'base64url'] as const).map((enc) => b64(`${'\0'.repeat(k)}${SECRET}`, enc).slice(4, 24)),
  );
  const leaks = (out: string): string[] =>
    readable(out).flatMap((t) => [SECRET, ...TOKENS, ...encoded].filter((x) => t.includes(x)));

  it.each(forms)('%s: redacted in prose, titles, code and paths', (_name, form) => {
    for (const out of [
      md(`key ${form} here`),
      md(`\`${form}\``),
      md(`\`\`\`\n${form}\n\`\`\``),
      sanitizeInline(`t ${form}`, 500),
      sanitizeCode(`x = "${form}"`),
      codeSpan(`a/${form}`),
    ]) {
      expect(leaks(out)).toEqual([]);
      expect(out).toContain(REDACTED);
    }
  });

  it('leaves text that only looks a little like a token alone', () => {
    for (const t of ['ghp_short', `ghx_${'a'.repeat(40)}`, 'github_pat_', 'sk-test-SANITIZE', 'c2stdGVzdC1T'])
      expect(md(t)).not.toContain(REDACTED);
  });

  it('stays fast on long text', () => {
    const long = `${'a-b c%4 \\- gh_ '.repeat(40_000)}${SECRET}`;
    const started = performance.now();
    expect(sanitizeCode(long).endsWith(REDACTED)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('sanitizeInline', () => {
  it('keeps one line, escapes bold and a trailing backslash', () => {
    expect(sanitizeInline('a\n\n b **c**  \\', 200, { bold: true })).toBe('a b \\*\\*c\\*\\* \\\\');
    expect(sanitizeInline('x'.repeat(500), 200)).toHaveLength(200);
  });
});

describe('codeSpan', () => {
  it.each([
    ['src/a.ts', '`src/a.ts`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    ['line\nbreak</file>', '`line\\nbreak</file>`'],
  ])('%j → %s', (input, out) => {
    expect(codeSpan(input)).toBe(out);
  });

  it('escapes a pipe in a table cell', () => {
    expect(codeSpan('a|b', { table: true })).toBe('`a\\|b`');
  });
});

describe('length', () => {
  it('always fits, with escapes counted, and says it was cut', () => {
    for (const unit of ['@a ', '<b ', '](x ', 'https://e.x ', 'a ~~~ ', 'x\n']) {
      const out = sanitizeMarkdown(unit.repeat(50_000), 10_000);
      expect(out.length).toBeLessThanOrEqual(10_000);
      expect(out.length).toBeGreaterThan(5_000);
      expect(out.endsWith('…(truncated)')).toBe(true);
    }
    const indented = sanitizeMarkdown('a\n'.repeat(10_000), 4_000, { indent: 2 });
    expect(indented.length).toBeLessThanOrEqual(4_000);
    expect(indented.split('\n').filter((l) => l !== '' && !l.startsWith('  '))).toEqual([]);
  });

  it('never cuts a code block open', () => {
    const out = sanitizeMarkdown('intro\n```ts\n' + 'let x = 1;\n'.repeat(5_000), 3_000);
    expect(out).toMatch(/\n```\n\n…\(truncated\)$/);
  });
});

/** Prose with code spans and fenced blocks removed, the way sanitised text is built. */
function prose(text: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    if (fence !== null) {
      if (line.trim() === fence) fence = null;
      continue;
    }
    const m = /^ *(`{3,})[^`]*$/.exec(line);
    if (m) {
      fence = m[1]!;
      continue;
    }
    let s = '';
    for (let i = 0; i < line.length;) {
      if (line[i] === '\\' && /[!-/:-@[-`{-~]/.test(line[i + 1] ?? '')) {
        s += '§'; // an escaped character is text, whatever it is
        i += 2;
        continue;
      }
      if (line[i] !== '`') {
        s += line[i++];
        continue;
      }
      const run = /^`+/.exec(line.slice(i))![0];
      const close = new RegExp(`(?<!\`)${run}(?!\`)`).exec(line.slice(i + run.length));
      if (!close) throw new Error(`unescaped backtick run left open in ${JSON.stringify(line)}`);
      i += 2 * run.length + close.index;
      s += '¤'; // a code element: text on either side is not joined
    }
    out.push(s);
  }
  if (fence !== null) throw new Error('a fence left open');
  return out.join('\n');
}

describe('properties over hostile text', () => {
  const pieces = [
    '@',
    'a',
    'b1',
    '`',
    '``',
    '```',
    '~~~',
    '<',
    '>',
    '!',
    '[',
    ']',
    '(',
    ')',
    ':',
    '/',
    '.',
    '\\',
    '|',
    '*',
    '&',
    '#64;',
    'commat;',
    'https://',
    'http://',
    'www.',
    'evil.example',
    'github.com',
    '<!--',
    '-->',
    '<img',
    '<details>',
    '<b>',
    'suggestion',
    ' ',
    '\n',
    '\n\n',
    '  ',
    '-',
    '\u202e',
    SECRET,
    `${SECRET.slice(0, 4)}\u0002${SECRET.slice(4)}`,
    `${SECRET.slice(0, 9)}\ue000${SECRET.slice(9)}`,
  ];
  const hostile = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));

  it('leaves no ping, comment, tag, image, foreign link or secret outside code, within the length', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 50, max: 2_000 }), (text, max) => {
        const out = sanitizeMarkdown(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toContain(SECRET);
        expect(out.replace(/[\p{Cc}\p{Cf}\p{Co}]/gu, '')).not.toContain(SECRET);
        const p = prose(out);
        expect(p).not.toMatch(/@[A-Za-z0-9]/);
        expect(p).not.toMatch(/<(?!(?:\/?(?:b|strong|i|em|s|del|ins|kbd|br)\s*\/?>))[A-Za-z/!?]/i);
        expect(p).not.toMatch(/(?<!\\)!\[/);
        // What GitHub could autolink goes to GitHub, or is no URL at all.
        for (const m of p.matchAll(/(?:https?|ftp):\/\/[^\s<>`§¤]*|www\.[^\s<>`§¤]*/gi)) {
          const u = m[0].replace(/\u200d/g, '');
          // GFM links only a valid domain (with a dot) right after the scheme or `www.`.
          if (!/^(?:(?:https?|ftp):\/\/|www\.)[\w-]+\.[\w-]/i.test(u)) continue;
          expect(`${u} ${isGitHubUrl(u.startsWith('www.') ? `http://${u}` : u)}`).toBe(`${u} true`);
        }
        // A link is relative (stays on GitHub) or to GitHub: no other scheme, no `//host`.
        for (const m of p.matchAll(/\]\(\s*<?([^\s)>]*)/g)) {
          const dest = m[1]!;
          if (/^https?:\/\/(?:[a-z0-9-]+\.)*github\.com(?:[/?#]|$)/i.test(dest)) continue;
          expect(dest).not.toMatch(/^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/|\\)/);
        }
        expect(p).not.toMatch(/\u202e/);
        expect(out).not.toMatch(/^ {0,3}`{3,}suggestion[^`]*$/im);
      }),
      { numRuns: 500, seed: 20240611 },
    );
  });

  it('keeps titles on one line and safe to put inside bold', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = sanitizeInline(text, 200, { bold: true });
        expect(out).not.toMatch(/\n/);
        expect(prose(out)).not.toMatch(/(?<!\\)\*|@[A-Za-z0-9]/);
        expect(out).not.toMatch(/(?<!\\)(\\\\)*\\$/);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('inertLog', () => {
  it('leaves no line the runner would read as a workflow command', () => {
    const text = [
      '::warning::a',
      '  ::error file=x::b',
      '\t\u00a0\u3000\u2028\u0085::stop-commands::t',
      'ok\r::add-mask::c',
      'x ##[error]d and ##[group]e',
      'a :: in the middle stays',
    ].join('\n');
    const out = inertLog(text);
    for (const line of out.split(/\r\n|\r|\n/)) {
      expect(line.replace(/^[\s\u0085]+/, '')).not.toMatch(/^::/);
      expect(line).not.toContain('##[');
    }
    expect(out.replace(/\u200b/g, '')).toBe(text);
    expect(inertLog(`key ${SECRET}`)).toBe(`key ${REDACTED}`);
  });
});
