/**
 * Glob lists as the inputs and the configuration file write them, and the patterns that can never
 * match a file (or would cost too much to match: see filter/glob.ts), refused with the fix.
 */
import { globCostProblem } from '../filter/glob.ts';
import { show } from './validate.ts';

/** Parses and checks `include` / `exclude`: patterns that can never match a file are errors. */
export function readGlobs(name: string, raw: string, errors: string[]): string[] {
  const list = globList(raw);
  for (const g of list) {
    const problem = globProblem(g);
    if (problem) errors.push(`Input '${name}' has the pattern '${show(g)}': ${problem}`);
  }
  return list;
}

/** What makes a pattern wrong, with the fix, or null. */
export function globProblem(g: string): string | null {
  if (g.startsWith('!')) {
    return "'!' (negated) patterns are not supported: list the files to skip in `exclude` and, to review only some files, list them in `include`.";
  }
  // The fixes of a pattern that never matches, applied together, so the one suggested is valid itself
  // (`\win\*.ts` is both Windows-style and absolute: 'win/*.ts').
  const why: string[] = [];
  let fix = g;
  if (/\\[A-Za-z0-9_]/.test(fix)) {
    why.push("paths use '/' as the separator");
    fix = fix.replace(/\\/g, '/');
  }
  if (fix.startsWith('/')) {
    why.push('paths are relative to the repository root');
    fix = fix.replace(/^\/+/, '');
  }
  const directory = fix.endsWith('/');
  if (directory) {
    why.push('a pattern matches files, not directories');
    fix += '**';
  }
  if (why.length > 0) {
    const never = `${why.join(', and ')}, so it never matches`;
    if (fix === '') return `${never}: write a path from the repository root, such as 'src/**'.`;
    const still = globProblem(fix);
    if (still) return `${never}; written as '${fix}' it is still wrong: ${still}`;
    return `${never}: use '${fix}'${directory ? ' for the files under it' : ''}.`;
  }
  let depth = 0;
  for (let i = 0; i < g.length && depth >= 0; i++) {
    // `\{` is a literal brace.
    if (g[i] === '\\') i++;
    else if (g[i] === '{') depth++;
    else if (g[i] === '}') depth--;
  }
  if (depth !== 0) return "its '{' and '}' do not pair up, so it never matches: close every '{…}' group.";
  return globCostProblem(g);
}

/** Newline- or comma-separated globs (commas inside `{a,b}` belong to the glob); `#` starts a comment line. */
export function globList(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue;
    let depth = 0;
    let cur = '';
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}') depth = Math.max(0, depth - 1);
      if (ch === ',' && depth === 0) {
        if (cur.trim()) out.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    if (cur.trim()) out.push(cur.trim());
  }
  return out;
}
