/**
 * What the model writes is posted on the pull request with the action's token, and a hostile PR can
 * steer the model (prompt injection). So every model-written text is treated here as untrusted Markdown
 * before it is posted:
 *
 * - secrets (the API key, the GitHub token) are replaced by `[redacted]`, code included, before anything
 *   else (so stripping hidden characters cannot rebuild one), also encoded; so is any GitHub token shape;
 * - `@user` and `@org/team` mentions get a zero-width joiner after the `@` (readable, never a ping), and
 *   so do cross-repository references (`owner/repo#1`), which would mark other repositories' issues;
 *   links to other repositories' issues, pull requests, discussions and commits are defanged likewise;
 * - raw HTML is shown as text (HTML comments, `<img>`, `<details>`, `<picture>`, `<sub>` …), except a
 *   few formatting tags without attributes ({@link ALLOWED_TAGS});
 * - images become text, and links and autolinks to hosts other than GitHub are defanged
 *   (`hxxps://evil[.]example`), so nothing loads or is one click away;
 * - code spans and fenced code blocks are kept as code (GitHub neither notifies nor links from code);
 *   fenced blocks are re-emitted with a fence of our own so no text can close them early or leave one
 *   open, and a ```suggestion block of the model's prose is shown as plain code (only the action's own
 *   suggestion, on the lines it was placed on, may be committable);
 * - the length is capped, after sanitising, so GitHub's 65,536-character limit always holds.
 *
 * The parsing is deliberately simpler than CommonMark and errs towards "prose": when in doubt a construct
 * is neutralised (shown as text), never left live. Pure: no I/O. The only state is the set of secrets,
 * registered once at startup (like `core.setSecret`, which masks the log but not what we post).
 */

export const REDACTED = '[redacted]';
/** Shorter values would be redacted out of ordinary words; real keys and tokens are much longer. */
const MIN_SECRET_CHARS = 6;
const secrets = new Set<string>();
const trustedHosts = new Set<string>();
let secretPattern: RegExp | null = null;

/**
 * Characters that can sit inside a secret without showing, or that sanitising removes: controls, format
 * characters (zero-width, bidi), private use, variation selectors. A secret is matched with any number of
 * them between its characters, so removing them later (prose drops them) cannot rebuild it.
 */
const IGNORABLE = String.raw`[\p{Cc}\p{Cf}\p{Co}\p{Default_Ignorable_Code_Point}]*`;

/** Escapes a character for a regular expression in `u` mode (where only syntax characters may be). */
const literal = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * One character of a secret as it may be written: itself (after a Markdown backslash, which GitHub
 * drops, for punctuation) or URL-encoded, `%XX` per UTF-8 byte in either case.
 */
function unit(c: string): string {
  const forms = [/[!-/:-@[-`{-~]/.test(c) ? `\\\\?${literal(c)}` : literal(c)];
  const hex = [...Buffer.from(c, 'utf8')].map((b) =>
    b
      .toString(16)
      .padStart(2, '0')
      .replace(/[a-f]/g, (x) => `[${x}${x.toUpperCase()}]`),
  );
  forms.push(hex.map((h) => `%${h}`).join(''));
  return `(?:${forms.join('|')})`;
}

/** `text` as a pattern, character by character, with hidden characters (line breaks too) allowed in it. */
function tolerant(text: string): string {
  return [...text].map(unit).join(IGNORABLE);
}

/**
 * The base64 text that `value` is always encoded as, whatever comes before or after it in a larger blob:
 * for each of the three alignments, the characters that depend on its bytes only; and its own encoding
 * in full, padding included. Standard and URL-safe alphabets.
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const out = [bytes.toString('base64'), bytes.toString('base64url')];
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    // One byte before it shares the first 2 characters with it, two bytes the first 3; the last partial
    // character depends on what follows.
    const fragment = encoded.slice([0, 2, 3][k], Math.floor(((k + bytes.length) * 8) / 6));
    if (fragment.length >= MIN_SECRET_CHARS)
      out.push(fragment, fragment.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(out)];
}

/**
 * Token shapes GitHub issues (classic `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` and fine-grained `github_pat_`):
 * redacted wherever they appear, registered or not (another token the model saw, in the diff say).
 */
const TOKEN_SHAPES = [
  `${tolerant('gh')}${IGNORABLE}[pousr]${IGNORABLE}\\\\?_(?:${IGNORABLE}[A-Za-z0-9]){36,}`,
  `${tolerant('github_pat_')}(?:${IGNORABLE}(?:[A-Za-z0-9]|\\\\?_)){22,}`,
];

function buildSecretPattern(): RegExp {
  const forms = [...secrets].flatMap((v) => [
    { text: v, pattern: tolerant(v) },
    ...base64Forms(v).map((b) => ({ text: b, pattern: tolerant(b) })),
  ]);
  // The longest first: a form that holds another is redacted whole.
  forms.sort((a, b) => b.text.length - a.text.length);
  return new RegExp([...forms.map((f) => f.pattern), ...TOKEN_SHAPES].join('|'), 'gu');
}

/** Keeps `value` out of everything sanitised from now on (the API key, the GitHub token). */
export function registerSecret(value: string | null | undefined): void {
  const v = (value ?? '').trim();
  if (v.length < MIN_SECRET_CHARS || secrets.has(v)) return;
  secrets.add(v);
  secretPattern = buildSecretPattern();
}

/** A GitHub Enterprise Server host whose links are kept like github.com's. */
export function registerTrustedHost(host: string): void {
  if (host) trustedHosts.add(host.toLowerCase());
}

let repository: string | null = null;

/**
 * The repository the text is posted in (`owner/repo`): links to its issues, pull requests, discussions
 * and commits stay live; those of any other repository are neutralised, like `other/repo#12`.
 */
export function registerRepository(owner: string, repo: string): void {
  repository = `${owner}/${repo}`.toLowerCase();
}

/**
 * Replaces the registered secrets (as written, with hidden characters inside, URL-encoded or in
 * base64) and anything shaped like a GitHub token by {@link REDACTED}. Runs first, on the text as the
 * model wrote it: what sanitising removes afterwards was matched as part of the secret.
 */
export function redact(text: string): string {
  secretPattern ??= buildSecretPattern();
  return text.replace(secretPattern, REDACTED);
}

/** Suggestions and other code the model wrote: left exactly as written, except for secrets. */
export function sanitizeCode(text: string): string {
  return redact(text);
}

/**
 * Formatting tags that cannot hide content or load anything, allowed without attributes. Everything else
 * (`<details>`, `<summary>`, `<picture>`, `<img>`, `<sub>`, `<sup>`, `<a>`, `<div>`, comments …) is shown
 * as text.
 */
export const ALLOWED_TAGS = ['b', 'strong', 'i', 'em', 's', 'del', 'ins', 'kbd', 'br'] as const;
const ALLOWED_TAG = new RegExp(`</?(?:${ALLOWED_TAGS.join('|')})\\s*/?>`, 'iy');

/** Named entities that only ever stand for harmless text; any other entity is shown literally. */
const SAFE_ENTITIES = new Set(['lt', 'gt', 'amp', 'quot', 'apos', 'nbsp', 'ndash', 'mdash', 'hellip']);

/**
 * Controls and invisible reordering characters (Trojan Source) are removed from prose; the private-use
 * range is reserved for the placeholders used while sanitising.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ue000-\uf8ff]/g;

const ZWJ = '\u200d';
export const TRUNCATED = '…(truncated)';

/** A code fence longer than any backtick run inside `text`, so code holding ``` cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * `text` as an inline code span that nothing inside can end early: for file paths (written by the PR
 * author or the model) in lists and tables. Line breaks and controls are shown escaped (`\n`).
 */
export function codeSpan(text: string, opts: { table?: boolean; max?: number } = {}): string {
  let t = redact(text).replace(
    // eslint-disable-next-line no-control-regex -- see HIDDEN
    /[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) =>
      ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const max = opts.max ?? 300;
  if (t.length > max) t = `${cutAt(t, max - 1)}…`;
  // In a table `|` ends the cell even inside code, unless escaped (GitHub then shows a plain `|`).
  if (opts.table) t = t.replace(/\|/g, '\\|');
  const fence = '`'.repeat(Math.max(1, ...[...t.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const pad = /^`|`$/.test(t) || /^ .*\S.* $/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * One line of model text (a finding title, a failure reason): whitespace collapsed, capped at `max`
 * characters, sanitised. `bold` escapes `*` so the text cannot end the bold it is shown in.
 */
export function sanitizeInline(text: string, max: number, opts: { bold?: boolean } = {}): string {
  let t = redact(text).replace(HIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (t.length > max) t = `${cutAt(t, max - 1).trimEnd()}…`;
  let out = proseLine(t, opts.bold ?? false);
  // A trailing backslash would escape whatever we put after the text.
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(out)) out += '\\';
  return out;
}

/**
 * Model-written Markdown (a finding body, a summary), sanitised, at most `max` characters long including
 * the `indent` spaces put before each line (for a list item). The text is cut before it is sanitised,
 * so a cut can never split what sanitising made safe.
 */
export function sanitizeMarkdown(text: string, max: number, opts: { indent?: number } = {}): string {
  const raw = redact(text).replace(/\r\n?/g, '\n').trim();
  const pad = ' '.repeat(opts.indent ?? 0);
  let budget = Math.min(raw.length, max);
  for (let attempt = 0; attempt < 20 && budget > 0; attempt++) {
    const cut = budget < raw.length ? cutAt(raw, budget) : raw;
    let out = markdown(cut);
    if (cut.length < raw.length) out += `${out ? '\n\n' : ''}${TRUNCATED}`;
    if (pad) out = out.replace(/^(?=.)/gm, pad);
    if (out.length <= max) return out;
    // Sanitising can lengthen the text (escapes): shrink the raw budget in proportion, with a margin.
    budget = Math.min(budget - 1, Math.floor((budget * max) / out.length) - 64);
  }
  return max >= TRUNCATED.length + pad.length ? pad + TRUNCATED : '';
}

/** Cuts at `n` UTF-16 units without splitting a surrogate pair. */
function cutAt(s: string, n: number): string {
  if (n <= 0) return '';
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

interface Block {
  code: boolean;
  lines: string[];
  info: string;
}

/** Prose and fenced code blocks (CommonMark's top-level fence rules); an unclosed fence runs to the end. */
function blocks(text: string): Block[] {
  const lines = text.split('\n');
  const out: Block[] = [];
  let prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
    if (!m || (m[2]!.startsWith('`') && m[3]!.includes('`'))) {
      prose.push(line);
      continue;
    }
    const indent = m[1]!.length;
    const run = m[2]!;
    const code: string[] = [];
    const dedent = new RegExp(`^ {0,${indent}}`);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const c = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[j]!);
      if (c && c[1]![0] === run[0] && c[1]!.length >= run.length) break;
      code.push(lines[j]!.replace(dedent, ''));
    }
    if (prose.length > 0) out.push({ code: false, lines: prose, info: '' });
    prose = [];
    out.push({ code: true, lines: code, info: m[3]!.trim() });
    i = j;
  }
  if (prose.length > 0) out.push({ code: false, lines: prose, info: '' });
  return out;
}

function markdown(text: string): string {
  const parts = blocks(text).map((b) => {
    if (!b.code) return b.lines.map((l) => proseLine(l.replace(HIDDEN, ''), false)).join('\n');
    const content = b.lines.join('\n');
    const fence = fenceFor(content);
    // Only the action's own suggestion may be committable; a language name is kept, nothing else.
    const lang = /^[\w+#.-]{1,30}/.exec(b.info)?.[0] ?? '';
    const info = /^suggestion/i.test(lang) ? '' : lang;
    return `${fence}${info}\n${content}${content ? '\n' : ''}${fence}`;
  });
  // A blank line before and after every fence: it ends any paragraph, table or HTML block, so our fence
  // always opens a code block at the top level, where only our own closing fence ends it.
  return parts.join('\n\n').trim();
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/**
 * One line of prose. Code spans that close on the same line (and hold no `|`, which ends a table cell
 * even inside code) are kept as they are; every other backtick is escaped, so the code spans GitHub sees
 * are exactly the ones checked here. The rest is neutralised.
 */
function proseLine(line: string, bold: boolean): string {
  // A line that is only a tag would start an HTML block (CommonMark type 7), where Markdown stops.
  const bare = line.replace(/^(?:\s*(?:>|[-+*](?=\s)|\d{1,9}[.)](?=\s)))*\s*/, '');
  const tagOnly = /^<[^>]*>\s*$/.test(bare);
  const spans: string[] = [];
  let s = '';
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length && ASCII_PUNCT.test(line[i + 1]!)) {
      s += line.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      const n = runAt(line, i);
      const close = closingRun(line, i + n, n);
      if (close >= 0 && !line.slice(i + n, close).includes('|')) {
        spans.push(line.slice(i, close + n));
        s += `\ue000${spans.length - 1}\ue001`;
        i = close + n;
      } else {
        s += '\\`'.repeat(n);
        i += n;
      }
    } else if (ch === '<' && /[A-Za-z/!?]/.test(line[i + 1] ?? '')) {
      // Raw HTML is text, except an allowed formatting tag in the middle of a line.
      ALLOWED_TAG.lastIndex = i;
      s += !tagOnly && ALLOWED_TAG.test(line) ? '<' : '&lt;';
      i++;
    } else if (ch === '~' && line.startsWith('~~~', i)) {
      // A tilde fence inside a list item or quote would swallow what follows.
      const n = runAt(line, i);
      s += '\\' + '~'.repeat(n);
      i += n;
    } else {
      s += bold && ch === '*' ? '\\*' : ch;
      i++;
    }
  }

  s = s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (m, name: string) =>
    SAFE_ENTITIES.has(name) ? m : `&amp;${name};`,
  );
  s = s.replace(/\]\(/g, (m, at: number) => (allowedDestination(destination(s, at + 2)) ? m : ']\\('));
  // A link reference definition (`[x]: https://…`) would make `[x]` a link.
  s = s.replace(/\]:/g, ']\\:');
  // An image becomes text; what is left of it is a link, checked above.
  s = s.replace(/!\[/g, '!\\[');
  s = defangUrls(s);
  s = s.replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
  // `owner/repo#123` and `GH-123` would put a "mentioned this" event on issues in other repositories:
  // a hostile PR could make the bot spam them. A zero-width joiner keeps it readable and inert.
  s = breakCrossReferences(s);
  // `/approve`-style commands that other bots read from the start of a comment line.
  s = s.replace(/^(\s*)\/(?=[A-Za-z])/, '$1\\/');
  return s.replace(/\ue000(\d+)\ue001/g, (_m, k: string) => spans[Number(k)]!);
}

/** `[\w.-]`: a character of an owner or repository name. */
function nameChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
  );
}

function alnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A zero-width joiner after the `#` of every `owner/repo#123`, as the expression
 * /([A-Za-z0-9][\w.-]*\/[\w.-]+)#(?=\d)/g would find them: a `#` before a digit, after a name, a `/` and
 * a run of name characters holding a letter or digit. Each `#` looks back over the names before it,
 * which stop at the previous `#`, so the scan is linear: the expression was quadratic on a long run of
 * name characters (two seconds for 40,000 of them, in every comment of a hostile answer).
 */
export function breakCrossReferences(s: string): string {
  const out: string[] = [];
  let last = 0;
  for (let i = s.indexOf('#'); i >= 0; i = s.indexOf('#', i + 1)) {
    const next = s.charCodeAt(i + 1);
    if (!(next >= 48 && next <= 57)) continue;
    let j = i;
    while (j > 0 && nameChar(s.charCodeAt(j - 1))) j--;
    if (j === i || j === 0 || s[j - 1] !== '/') continue;
    let k = j - 1;
    let owner = false;
    while (k > 0 && nameChar(s.charCodeAt(k - 1))) {
      if (alnum(s.charCodeAt(k - 1))) owner = true;
      k--;
    }
    if (!owner) continue;
    out.push(s.slice(last, i + 1), ZWJ);
    last = i + 1;
  }
  return last === 0 ? s : out.join('') + s.slice(last);
}

/** Length of the run of the character at `i`. */
function runAt(s: string, i: number): number {
  let j = i;
  while (s[j] === s[i]) j++;
  return j - i;
}

/** Where the next run of exactly `n` backticks starts at or after `from` (CommonMark code spans), or -1. */
function closingRun(s: string, from: number, n: number): number {
  for (let k = from; k < s.length;) {
    if (s[k] !== '`') {
      k++;
      continue;
    }
    const m = runAt(s, k);
    if (m === n) return k;
    k += m;
  }
  return -1;
}

/** Longer link destinations and URLs are not read to the end: they are treated as another host's. */
const MAX_URL_CHARS = 1_000;

/**
 * The destination of an inline link whose `(` is just before `start`, with escapes resolved; null when it
 * is too long to read (then it is treated as another host's).
 */
function destination(s: string, start: number): string | null {
  let i = start;
  while (s[i] === ' ' || s[i] === '\t') i++;
  // The destination may be on the next line, which is not checked with this one.
  if (i === s.length) return null;
  const end = Math.min(s.length, i + MAX_URL_CHARS);
  if (s[i] === '<') {
    const close = s.indexOf('>', i);
    return close >= 0 && close < end ? unescape(s.slice(i + 1, close)) : null;
  }
  // Char codes, not regular expressions: a hostile line may hold thousands of `](`.
  let depth = 0;
  let escaped = false;
  const from = i;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32) break;
    if (c === 92 && i + 1 < s.length && ASCII_PUNCT.test(s[i + 1]!)) {
      escaped = true;
      i++;
    } else if (c === 40) depth++;
    else if (c === 41 && depth-- === 0) break;
  }
  if (i === end && end < s.length) return null;
  const out = s.slice(from, i);
  return escaped ? unescape(out) : out;
}

function unescape(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function allowedDestination(d: string | null): boolean {
  if (d === null) return false;
  if (d === '' || d.startsWith('#')) return true;
  // Placeholders (code), entities, backslashes and controls: nothing a plain link needs.
  // eslint-disable-next-line no-control-regex -- see HIDDEN
  if (/[\ue000\ue001\\&\u0000-\u001f]/.test(d)) return false;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(d)) return allowedUrl(d);
  // `//host/…` is another host; a relative path stays on GitHub, but may lead to another repository:
  // it is checked from the pull request's page, and from the root when it climbs with `..`.
  if (d.startsWith('//')) return false;
  const from = [`https://github.com/${repository ?? '-/-'}/pull/1`];
  if (/(?:^|\/)\.\.(?:\/|$)/.test(d)) from.push('https://github.com/');
  const climbed = d.replace(/^(?:\.{1,2}\/)+/, '/');
  return from.every((base) => {
    try {
      return !crossRepositoryReference(new URL(base === from[0] ? d : climbed, base).href);
    } catch {
      return false;
    }
  });
}

export function isGitHubUrl(u: string): boolean {
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const h = url.hostname.toLowerCase();
  return (
    trustedHosts.has(h) ||
    /^(?:[a-z0-9-]+\.)*github\.com$/.test(h) ||
    /^(?:[a-z0-9-]+\.)*githubusercontent\.com$/.test(h)
  );
}

/**
 * A link that may stay live: to GitHub, and not to another repository's issue, pull request, discussion
 * or commit, which would put a "mentioned this" event there (a hostile PR could make the bot spam them).
 */
function allowedUrl(u: string): boolean {
  return isGitHubUrl(u) && !crossRepositoryReference(u);
}

const REFERENCE_KINDS = new Set(['issues', 'pull', 'pulls', 'discussions', 'commit', 'commits']);

function crossRepositoryReference(u: string): boolean {
  const url = new URL(u);
  const h = url.hostname.toLowerCase();
  if (h !== 'github.com' && h !== 'www.github.com' && !trustedHosts.has(h)) return false;
  const [owner, repo, kind] = url.pathname
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  if (!owner || !repo || !kind || !REFERENCE_KINDS.has(kind.toLowerCase())) return false;
  return `${owner}/${repo}`.toLowerCase() !== repository;
}

/**
 * Every place GitHub could autolink (`http://`, `https://`, `ftp://`, `www.`) is checked on its own; one
 * to another host is defanged: the scheme becomes `hxxp`/`fxp` and the dots of the host `[.]`.
 */
function defangUrls(s: string): string {
  const edits = new Map<number, string>();
  const stop = /[\s<>`\ue000\ue001]/g;
  for (const m of s.matchAll(/(?:(h)tt(ps?)|(f)tp):\/\/|www\./gi)) {
    const start = m.index;
    stop.lastIndex = start;
    const end = Math.min(stop.exec(s)?.index ?? s.length, start + MAX_URL_CHARS);
    const candidate = unescape(s.slice(start, end));
    if (allowedUrl(/^www\./i.test(candidate) ? `http://${candidate}` : candidate)) continue;
    const scheme = m[0].indexOf('://');
    if (scheme >= 0) {
      // h[tt]ps → h[xx]ps, f[t]p → f[x]p
      const t = m[1] ? 2 : 1;
      for (let k = 1; k <= t; k++) edits.set(start + k, 'x');
    }
    const hostStart = scheme >= 0 ? start + scheme + 3 : start;
    for (let k = hostStart; k < end && !/[/?#]/.test(s[k]!); k++) if (s[k] === '.') edits.set(k, '\\[.\\]');
  }
  if (edits.size === 0) return s;
  let out = '';
  for (let k = 0; k < s.length; k++) out += edits.get(k) ?? s[k];
  return out;
}
