/**
 * Search patterns written by the model. JavaScript's regular expressions backtrack: a pattern such as
 * `(a+)+$` takes exponential time on a line of `a`s, and `.*a.*a.*b` polynomial time of high degree,
 * and nothing can interrupt one `exec`. So the pattern's shape is checked before it is compiled, each
 * line is matched on its own and only on its head, and the caller stops on a time budget between lines.
 */

/** Longest pattern accepted: a search needs a few words, not a program. */
export const MAX_PATTERN_CHARS = 200;
/**
 * Most unbounded quantifiers (`*`, `+`, `{n,}`) in one pattern. Each one more multiplies the worst
 * case by the line length: measured on Node 24, `.*a.*b` on a 1,000-character line takes about 0.15 s,
 * on 2,000 characters over a second, and three of them take 13 s on 500 characters.
 */
export const MAX_UNBOUNDED = 2;
/**
 * Most quantifiers that leave a choice (`?`, `*`, `+`, `{n,m}`): each optional one can double the
 * ways to try a line (`a?a?a?…aaa` is exponential). A count range `{n,m}` costs like `*` (measured:
 * `a{0,16}a{0,16}.*a.*b` takes 44 s on a 1,000-character line), so it counts as unbounded.
 */
export const MAX_VARIABLE = 3;
/**
 * Characters of each line a regular expression is matched against (a literal searches the whole
 * line): the worst accepted pattern costs about the cube of it, 20 ms at 500 characters.
 */
export const MATCH_CHARS = 500;
/** Largest count in `{n,m}`. */
const MAX_COUNT = 1000;

export interface Matcher {
  /** Index of the first match in the line, or -1. */
  find(line: string): number;
}

export type PatternResult = { ok: true; matcher: Matcher } | { ok: false; problem: string };

/** Why a regular expression is too costly to run on untrusted lines, or null. */
export function regexCostProblem(p: string): string | null {
  interface Group {
    quantified: boolean; // holds a quantifier
    alternation: boolean;
  }
  const stack: Group[] = [{ quantified: false, alternation: false }];
  let unbounded = 0;
  /** What the quantifier at `i` is (none, bounded or not) and where it ends. */
  type Kind = 'none' | 'exact' | 'optional' | 'unbounded';
  let variable = 0;
  const quantifierAt = (i: number): { kind: Kind; end: number } | string => {
    const ch = p[i];
    let kind: Kind = 'none';
    let end = i;
    if (ch === '*' || ch === '+') {
      kind = 'unbounded';
      end = i + 1;
    } else if (ch === '?') {
      kind = 'optional';
      end = i + 1;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
      if (m) {
        end = i + m[0].length;
        const lo = Number(m[1]);
        const hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
        if (hi !== Infinity && hi > MAX_COUNT)
          return `the count {${m[1]}${m[2] ?? ''}} is above ${MAX_COUNT}`;
        if (lo > MAX_COUNT) return `the count {${m[1]}${m[2] ?? ''}} is above ${MAX_COUNT}`;
        kind = hi === lo ? 'exact' : hi <= 1 ? 'optional' : 'unbounded';
      }
    }
    if (kind !== 'none' && p[end] === '?') end++; // lazy
    return { kind, end };
  };
  for (let i = 0; i < p.length;) {
    const ch = p[i]!;
    const top = stack.at(-1)!;
    let atomEnd = i + 1;
    let closed: Group | null = null;
    if (ch === '\\') {
      const next = p[i + 1];
      if (next !== undefined && /[1-9]/.test(next)) return 'backreferences (`\\1`) are not supported';
      if (next === 'k' && p[i + 2] === '<') return 'named backreferences (`\\k<name>`) are not supported';
      atomEnd = i + 2;
    } else if (ch === '[') {
      let j = i + 1;
      if (p[j] === '^') j++;
      if (p[j] === ']') j++;
      while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
      atomEnd = j + 1;
    } else if (ch === '(') {
      if (/^\(\?<?[=!]/.test(p.slice(i)))
        return 'lookahead and lookbehind (`(?=`, `(?!`, `(?<=`, `(?<!`) are not supported';
      stack.push({ quantified: false, alternation: false });
      const named = /^\(\?(?::|<[A-Za-z_$][\w$]*>)/.exec(p.slice(i));
      i += named ? named[0].length : 1;
      continue;
    } else if (ch === ')') {
      if (stack.length === 1) return null; // unbalanced: the compiler says so
      closed = stack.pop()!;
    } else if (ch === '|') {
      top.alternation = true;
      i++;
      continue;
    }
    const q = quantifierAt(atomEnd);
    if (typeof q === 'string') return q;
    const parent = stack.at(-1)!;
    if (q.kind === 'unbounded') unbounded++;
    if (q.kind === 'unbounded' || q.kind === 'optional') variable++;
    if (closed) {
      const repeats = q.kind === 'unbounded' || q.kind === 'exact';
      if (closed.alternation) parent.alternation = true; // `((a|aa))+` repeats the alternation too
      if (repeats && (closed.quantified || closed.alternation)) {
        return 'a repeated group holds a quantifier or `|` (as in `(a+)+` or `(a|ab)*`), which can take exponential time';
      }
      if (closed.quantified || repeats) parent.quantified = true;
    } else if (q.kind !== 'none') parent.quantified = true;
    i = q.end;
  }
  if (unbounded > MAX_UNBOUNDED) {
    return `it has ${unbounded} unbounded quantifiers (\`*\`, \`+\`, \`{n,}\`, or a count range \`{n,m}\`), more than the ${MAX_UNBOUNDED} allowed`;
  }
  if (variable > MAX_VARIABLE) {
    return `it has ${variable} quantifiers (\`?\`, \`*\`, \`+\`, \`{n,m}\`), more than the ${MAX_VARIABLE} allowed`;
  }
  return null;
}

/** A matcher for one search, or what to change in the pattern. */
export function compilePattern(pattern: string, o: { regex: boolean; ignoreCase: boolean }): PatternResult {
  if (pattern === '') return { ok: false, problem: 'the pattern is empty: give the text to look for' };
  if (pattern.length > MAX_PATTERN_CHARS) {
    return {
      ok: false,
      problem: `the pattern has ${pattern.length} characters, more than the ${MAX_PATTERN_CHARS} allowed: search for a shorter, distinctive part`,
    };
  }
  if (pattern.includes('\n'))
    return { ok: false, problem: 'the pattern holds a newline: lines are searched one at a time' };
  if (!o.regex) {
    const needle = o.ignoreCase ? pattern.toLowerCase() : pattern;
    return {
      ok: true,
      matcher: { find: (line) => (o.ignoreCase ? line.toLowerCase() : line).indexOf(needle) },
    };
  }
  const problem = regexCostProblem(pattern);
  if (problem) {
    return {
      ok: false,
      problem: `the regular expression is refused: ${problem}. Write a simpler pattern (such as \`foo.*bar\` or \`\\bname\\(\`), or search for a literal with regex=false.`,
    };
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern, o.ignoreCase ? 'i' : '');
  } catch (e) {
    return {
      ok: false,
      problem: `the regular expression does not compile (${(e as Error).message}): fix it, or search for a literal with regex=false`,
    };
  }
  return {
    ok: true,
    matcher: {
      find: (line) => {
        const m = re.exec(line.length > MATCH_CHARS ? line.slice(0, MATCH_CHARS) : line);
        return m ? m.index : -1;
      },
    },
  };
}
