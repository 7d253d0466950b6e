import picomatch from 'picomatch';

/**
 * Most `*` / `**` wildcards one glob may have. picomatch turns each into a lazy regex loop, and a
 * path that almost matches makes the engine try every way to share the path among the loops: the time
 * grows like the path length to the power of the number of wildcards. Measured on Node 24 against
 * crafted paths that almost match: 4 wildcards stay under a second even on a 255-character file name
 * (ms on ordinary names); 5 take about 30 s on it, and `*a*a*a*a*a*a*a*a*a*a*b` minutes on a
 * 50-character one. The globs people write have fewer: spec files under any test directory take 4.
 */
export const MAX_GLOB_WILDCARDS = 4;

/** What makes a glob too costly to match, or null. Every glob a user gives is checked with it. */
export function globCostProblem(g: string): string | null {
  // `{a,b}` alternatives are tried one after the other, so a brace group costs as much as its costliest
  // alternative: per open `{`, the wildcards of the alternative being read, of the costliest one so far,
  // and of all of them (should the `{` never close and so be a literal).
  const braces: { cur: number; best: number; all: number }[] = [{ cur: 0, best: 0, all: 0 }];
  /** One entry per open `(`: whether the group repeats (`*(…)` or `+(…)` extglob). */
  const groups: boolean[] = [];
  for (let i = 0; i < g.length; i++) {
    const ch = g[i]!;
    if (ch === '\\') {
      i++; // an escaped character is a literal
      continue;
    }
    if (ch === '{') {
      braces.push({ cur: 0, best: 0, all: 0 });
      continue;
    }
    if ((ch === ',' || ch === '}') && braces.length > 1) {
      const top = braces.at(-1)!;
      top.best = Math.max(top.best, top.cur);
      top.cur = 0;
      if (ch === '}') {
        braces.pop();
        braces.at(-1)!.cur += top.best;
        braces.at(-1)!.all += top.all;
      }
      continue;
    }
    if (ch === '[') {
      // A bracket expression matches one character; a `*` in it is literal.
      const end = g.indexOf(']', i + 2);
      if (end > 0) i = end;
      continue;
    }
    // `*`, `**`, `***` are one loop; `+(…)` repeats, and `!(…)` is a loop over what it does not match.
    const loop = ch === '*' || ((ch === '+' || ch === '!') && g[i + 1] === '(');
    if (loop) {
      while (g[i + 1] === '*') i++;
      if (groups.includes(true)) {
        return `a repeating group (\`*(…)\` or \`+(…)\`) contains a wildcard, which can take minutes to match a long path: write the group without wildcards inside (such as '*.+(ts|js)'), or list several simpler patterns.`;
      }
      braces.at(-1)!.cur++;
      braces.at(-1)!.all++;
      if (g[i + 1] === '(') {
        groups.push(ch !== '!');
        i++;
      }
    } else if (ch === '(') groups.push(false);
    else if (ch === ')') groups.pop();
  }
  while (braces.length > 1) {
    const open = braces.pop()!;
    braces.at(-1)!.cur += open.all;
    braces.at(-1)!.all += open.all;
  }
  const wildcards = braces[0]!.cur;
  if (wildcards > MAX_GLOB_WILDCARDS) {
    return `it has ${wildcards} wildcards (\`*\` or \`**\`), more than the ${MAX_GLOB_WILDCARDS} allowed: each one more multiplies the time to match a long path (such a pattern can take minutes). Write at most ${MAX_GLOB_WILDCARDS}, e.g. a directory with \`**\` ('src/gen/**') or one \`*\` in the file name ('*.gen.ts'), or list several simpler patterns.`;
  }
  return null;
}

export class GlobError extends Error {
  override name = 'GlobError';
}

/**
 * The one place globs are compiled, as the filters and path instructions match them: dotfiles match,
 * and a glob without `/` matches the file name in any directory. A glob too costly to match is refused
 * here too, so none slips past the input checks into a match that would stall the run.
 */
export function compileGlob(g: string, opts: { nocase?: boolean } = {}): (path: string) => boolean {
  const problem = globCostProblem(g);
  if (problem) throw new GlobError(`The pattern '${g}' cannot be used: ${problem}`);
  return picomatch(g, { dot: true, nocase: opts.nocase ?? false, basename: !g.includes('/') });
}
