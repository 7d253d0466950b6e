import { renderFile, renderLine } from '../chunk/diff-text.ts';
import type { FileDiff } from '../diff/types.ts';
import { compileGlob, GlobError } from '../filter/glob.ts';
import type { BaseFiles } from '../repo/base.ts';
import { badPath, normalPath, type ReadResult, type Repository } from '../repo/types.ts';
import {
  MAX_HISTORY_COMMITS,
  MAX_LIST_ENTRIES,
  MAX_READ_LINE_CHARS,
  MAX_READ_LINES,
  MAX_RESULT_LINE_CHARS,
  MAX_SEARCH_RESULTS,
  MAX_SYMBOL_DEFINITIONS,
  MAX_SYMBOL_USES,
} from './definitions.ts';
import { compilePattern, MATCH_CHARS } from './pattern.ts';
import type { ToolOutput } from './result.ts';

export interface Commit {
  sha: string;
  date: string;
  author: string;
  message: string;
}

/** The commits that touched a path, newest first (the lead backs it with the GitHub commits API). */
export type FileHistory = (path: string) => Promise<Commit[]>;

export interface ToolContext {
  repo: Repository;
  files: readonly FileDiff[];
  history?: FileHistory;
  /** The base commit, read one file at a time; read_file at base says it is not available without it. */
  base?: BaseFiles;
  /** Milliseconds a search may take before it stops and says so. */
  budgetMs: number;
  now: () => number;
}

export function failure(...head: string[]): ToolOutput {
  return { ok: false, head, lines: [] };
}

/** A path as shown to the model: quoted when it holds a newline, a quote or a control character. */
export function shownPath(p: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f"\\]/.test(p) ? JSON.stringify(p) : p;
}

/** The path the model wrote, in canonical form, or why it is refused. */
function checkPath(raw: string): { path: string } | { problem: string } {
  const bad = badPath(raw);
  if (bad) return { problem: bad };
  const path = normalPath(raw);
  if (path === '') return { problem: 'the path is empty' };
  return { path };
}

/** A file's lines as git counts them: a final newline ends the last line, it does not start one. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function clipLine(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)} […${s.length - max} more characters not shown]`;
}

/** The part of a long line around a match. */
function snippet(line: string, at: number): string {
  if (line.length <= MAX_RESULT_LINE_CHARS) return line;
  const from = Math.max(0, Math.min(at - 100, line.length - MAX_RESULT_LINE_CHARS));
  const to = from + MAX_RESULT_LINE_CHARS;
  return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
}

function unreadable(ctx: ToolContext, r: Extract<ReadResult, { ok: false }>): ToolOutput {
  const p = shownPath(r.path);
  const detail = r.detail ? ` (${r.detail})` : '';
  switch (r.why) {
    case 'missing': {
      const base = r.path.split('/').at(-1) ?? '';
      const like = ctx.repo
        .entries()
        .filter((e) => e.path.split('/').at(-1) === base && e.path !== r.path)
        .slice(0, 5)
        .map((e) => shownPath(e.path));
      const gone = ctx.files.find(
        (f) =>
          (f.status === 'deleted' && f.path === r.path) || (f.status === 'renamed' && f.oldPath === r.path),
      );
      if (gone && ctx.base) {
        const how = gone.status === 'deleted' ? 'deletes it' : `renames it to ${shownPath(gone.path)}`;
        return failure(
          `No file ${p} at the head commit: this pull request ${how}. Call read_file with commit "base" to read its old text.`,
        );
      }
      return failure(
        `No file ${p} in the repository at the head commit${detail}.`,
        like.length
          ? `Files with that name: ${like.join(', ')}.`
          : 'Use list_directory or search to find the right path.',
      );
    }
    case 'directory':
      return failure(`${p} is a directory: call list_directory with this path to see what it holds.`);
    case 'binary':
      return failure(`${p} is a binary file${detail}: its content is not shown.`);
    case 'lfs-pointer':
      return failure(
        `${p} is stored in Git LFS${detail}: the repository holds only a pointer, not the content.`,
      );
    case 'too-large':
      return failure(`${p} is too large to read or search${detail}: rely on the diff and on other files.`);
    case 'symlink-outside':
      return failure(
        `${p} is a symbolic link to a place outside the repository${detail}: it is never followed.`,
      );
    case 'symlink-loop':
      return failure(`${p} is a chain of symbolic links that does not end in a file${detail}.`);
    case 'bad-path':
      return failure(
        `Cannot read ${p}${detail}: give a path relative to the repository root, without \`..\`.`,
      );
  }
}

/** The lines a read shows, or why the range asked for cannot be shown. */
function lineWindow(
  p: string,
  total: number,
  a: { start_line?: number; end_line?: number },
): { start: number; end: number; last: number } | { problem: ToolOutput } {
  const start = a.start_line ?? 1;
  if (start > total) {
    return {
      problem: failure(
        `${p} has ${total} lines: start_line ${start} is past the end. Ask for start_line from 1 to ${total}.`,
      ),
    };
  }
  if (a.end_line !== undefined && a.end_line < start) {
    return {
      problem: failure(`end_line ${a.end_line} is before start_line ${start}: give end_line ≥ start_line.`),
    };
  }
  const end = Math.min(a.end_line ?? total, total);
  return { start, end, last: Math.min(end, start + MAX_READ_LINES - 1) };
}

export async function readFile(
  ctx: ToolContext,
  a: { path: string; start_line?: number; end_line?: number; commit?: 'head' | 'base' },
): Promise<ToolOutput> {
  const c = checkPath(a.path);
  if ('problem' in c) return failure(`Cannot read ${shownPath(a.path)}: ${c.problem}.`);
  if (a.commit === 'base') return readBase(ctx, c.path, a);
  const r = await ctx.repo.read(c.path);
  if (!r.ok) return unreadable(ctx, r);
  const p = shownPath(r.path);
  const lines = splitLines(r.text);
  const total = lines.length;
  if (total === 0) return { ok: true, head: [`${p} is empty.`], lines: [] };
  const w = lineWindow(p, total, a);
  if ('problem' in w) return w.problem;
  const { start, end, last } = w;
  const diff = ctx.files.find((f) => f.path === r.path);
  const added = new Set<number>();
  for (const h of diff?.hunks ?? [])
    for (const l of h.lines) if (l.kind === 'add' && l.newLine) added.add(l.newLine);
  const body: string[] = [];
  for (let n = start; n <= last; n++) {
    const content = clipLine(lines[n - 1]!, MAX_READ_LINE_CHARS);
    body.push(renderLine({ kind: added.has(n) ? 'add' : 'context', content, oldLine: null, newLine: n }));
  }
  const rest =
    last < end
      ? ` At most ${MAX_READ_LINES} lines per call: call read_file with start_line=${last + 1} for the next ones.`
      : '';
  return {
    ok: true,
    head: [
      `${p}, lines ${start}-${last} of ${total}${diff ? ' (changed by this pull request: `+` marks its added lines)' : ''}.${rest}`,
    ],
    lines: body,
    more: (kept) => `Call read_file on ${p} with start_line=${start + kept} for the rest.`,
  };
}

/**
 * A file's text at the base commit, numbered as the diff numbers the old side (`L12`), the lines
 * this pull request deleted marked `-`. A renamed file is read at its old path.
 */
async function readBase(
  ctx: ToolContext,
  path: string,
  a: { start_line?: number; end_line?: number },
): Promise<ToolOutput> {
  const p = shownPath(path);
  if (!ctx.base) {
    return failure(
      `The base commit cannot be read in this run: read ${p} at the head commit (without commit) and rely on the diff's deleted lines.`,
    );
  }
  const byNew = ctx.files.find((f) => f.path === path);
  if (byNew?.status === 'added') {
    return failure(
      `${p} is added by this pull request: it has no text at the base commit. Call read_file without commit to read it at the head commit.`,
    );
  }
  // A renamed file's old text is that file's left side; a copy's source still stands on its own.
  const diff = byNew ?? ctx.files.find((f) => f.status === 'renamed' && f.oldPath === path);
  const basePath = diff?.oldPath ?? path;
  const r = await ctx.base.read(basePath);
  const at = basePath === path ? '' : ` (its path at the base commit: ${shownPath(basePath)})`;
  if (!r.ok) {
    const detail = r.detail ? ` (${r.detail})` : '';
    switch (r.why) {
      case 'missing':
        return failure(
          `No file ${p}${at} at the base commit: if this pull request's branch adds it, it has no old text. Call read_file without commit to read it at the head commit.`,
        );
      case 'directory':
        return failure(`${p}${at} is a directory at the base commit${detail}: give a file's path.`);
      case 'symlink-outside':
      case 'symlink-loop':
        return failure(`${p}${at} is a symbolic link at the base commit${detail}: it is not followed.`);
      default:
        return unreadable(ctx, r);
    }
  }
  const lines = splitLines(r.text);
  const total = lines.length;
  if (total === 0) return { ok: true, head: [`${p}${at} is empty at the base commit.`], lines: [] };
  const w = lineWindow(`${p} at the base commit`, total, a);
  if ('problem' in w) return w.problem;
  const { start, end, last } = w;
  const deleted = new Set<number>();
  for (const h of diff?.hunks ?? [])
    for (const l of h.lines) if (l.kind === 'delete' && l.oldLine) deleted.add(l.oldLine);
  const body: string[] = [];
  for (let n = start; n <= last; n++) {
    const content = clipLine(lines[n - 1]!, MAX_READ_LINE_CHARS);
    body.push(deleted.has(n) ? `L${n} -${content}` : `L${n}  ${content}`);
  }
  const rest =
    last < end
      ? ` At most ${MAX_READ_LINES} lines per call: call read_file with commit "base" and start_line=${last + 1} for the next ones.`
      : '';
  return {
    ok: true,
    head: [
      `${p} at the base commit${at}, lines L${start}-L${last} of ${total}, numbered as the diff numbers deleted lines${diff ? ' (changed by this pull request: `-` marks the lines it deleted)' : ''}.${rest}`,
    ],
    lines: body,
    more: (kept) => `Call read_file on ${p} with commit "base" and start_line=${start + kept} for the rest.`,
  };
}

export function listDirectory(ctx: ToolContext, a: { path: string }): ToolOutput {
  let dir = '';
  if (normalPath(a.path) !== '') {
    const c = checkPath(a.path);
    if ('problem' in c) return failure(`Cannot list ${shownPath(a.path)}: ${c.problem}.`);
    dir = c.path;
  }
  const prefix = dir ? `${dir}/` : '';
  const dirs = new Map<string, number>();
  const leaves: string[] = [];
  for (const e of ctx.repo.entries()) {
    if (e.path === dir)
      return failure(`${shownPath(dir)} is a file, not a directory: call read_file to read it.`);
    if (!e.path.startsWith(prefix)) continue;
    const rest = e.path.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash >= 0) {
      const name = rest.slice(0, slash);
      dirs.set(name, (dirs.get(name) ?? 0) + 1);
    } else if (e.kind === 'symlink') {
      leaves.push(`symlink ${shownPath(rest)} -> ${JSON.stringify(e.target ?? '')}`);
    } else {
      leaves.push(`file    ${shownPath(rest)} (${e.size} bytes)`);
    }
  }
  const all = [
    ...[...dirs].map(([name, n]) => `dir     ${shownPath(name)}/ (${n} file${n === 1 ? '' : 's'})`),
    ...leaves,
  ];
  const where = dir ? shownPath(dir) : 'The repository root';
  if (all.length === 0) {
    if (dir === '') return { ok: true, head: ['The repository has no files.'], lines: [] };
    return failure(
      `No directory ${shownPath(dir)} in the repository. Call list_directory with "" to see the root.`,
    );
  }
  const shown = all.slice(0, MAX_LIST_ENTRIES);
  const capped =
    all.length > shown.length
      ? ` Only the first ${MAX_LIST_ENTRIES} are shown: list a subdirectory, or search with paths globs.`
      : '';
  return {
    ok: true,
    head: [`${where}${dir ? '/' : ''} holds ${all.length} entr${all.length === 1 ? 'y' : 'ies'}.${capped}`],
    lines: shown,
    more: () => 'List a subdirectory to see the rest.',
  };
}

function compileGlobs(
  paths: readonly string[] | undefined,
): { match: (p: string) => boolean } | { problem: string } {
  if (!paths || paths.length === 0) return { match: () => true };
  try {
    const globs = paths.map((g) => compileGlob(g));
    return { match: (p) => globs.some((g) => g(p)) };
  } catch (e) {
    if (e instanceof GlobError) return { problem: e.message };
    throw e;
  }
}

interface Scan {
  /** Files searched, of those the globs selected. */
  searched: number;
  total: number;
  skipped: number;
  stopped: boolean;
}

/**
 * Every line of the text files the globs select, to `visit` (which returns false to stop), until the
 * time budget is spent. Symbolic links are skipped: their target is searched as itself.
 */
async function scan(
  ctx: ToolContext,
  match: (p: string) => boolean,
  visit: (path: string, n: number, line: string) => boolean,
): Promise<Scan> {
  const t0 = ctx.now();
  const over = () => ctx.now() - t0 > ctx.budgetMs;
  const files = ctx.repo.entries().filter((e) => e.kind === 'file' && match(e.path));
  const s: Scan = { searched: 0, total: files.length, skipped: 0, stopped: false };
  for (const f of files) {
    if (over()) {
      s.stopped = true;
      return s;
    }
    const r = await ctx.repo.read(f.path);
    s.searched++;
    if (!r.ok) {
      s.skipped++;
      continue;
    }
    const lines = splitLines(r.text);
    for (let i = 0; i < lines.length; i++) {
      if (over()) {
        s.stopped = true;
        return s;
      }
      if (!visit(f.path, i + 1, lines[i]!)) return s;
    }
  }
  return s;
}

function scanNotes(s: Scan): string[] {
  const notes: string[] = [];
  if (s.skipped) notes.push(`${s.skipped} of them were not searched (binary, too large, or links outside).`);
  if (s.stopped) {
    notes.push(
      `The search stopped on its time budget after ${s.searched} of ${s.total} files: the results are incomplete. Narrow it with paths globs or a more specific pattern.`,
    );
  }
  return notes;
}

export async function search(
  ctx: ToolContext,
  a: { pattern: string; regex?: boolean; ignore_case?: boolean; paths?: string[] },
): Promise<ToolOutput> {
  const compiled = compilePattern(a.pattern, { regex: a.regex ?? false, ignoreCase: a.ignore_case ?? false });
  if (!compiled.ok) return failure(`Cannot search: ${compiled.problem}.`);
  const globs = compileGlobs(a.paths);
  if ('problem' in globs) return failure(`Cannot search: ${globs.problem}`);
  const hits: string[] = [];
  const inFiles = new Set<string>();
  let capped = false;
  const s = await scan(ctx, globs.match, (path, n, line) => {
    const at = compiled.matcher.find(line);
    if (at < 0) return true;
    if (hits.length >= MAX_SEARCH_RESULTS) {
      capped = true;
      return false;
    }
    hits.push(`${shownPath(path)}:${n}: ${snippet(line, at)}`);
    inFiles.add(path);
    return true;
  });
  const what = `${JSON.stringify(a.pattern)}${a.regex ? ' (regular expression)' : ''}${a.paths?.length ? ` in ${a.paths.join(', ')}` : ''}`;
  if (s.total === 0) {
    return {
      ok: true,
      head: [`No file matches the paths globs ${a.paths?.join(', ')}: call list_directory to see the paths.`],
      lines: [],
    };
  }
  const head = [
    hits.length === 0
      ? `No matches for ${what} in ${s.searched} files.`
      : `${hits.length}${capped ? '+' : ''} matching lines for ${what} in ${inFiles.size} files (${s.searched} files searched).`,
    ...scanNotes(s),
  ];
  if (capped)
    head.push(
      `Only the first ${MAX_SEARCH_RESULTS} are shown: narrow the search with paths globs or a longer pattern.`,
    );
  if (a.regex) head.push(`Lines are matched on their first ${MATCH_CHARS} characters.`);
  return {
    ok: true,
    head,
    lines: hits,
    more: () => 'Narrow the search with paths globs or a longer pattern.',
  };
}

const DEFINING =
  'function\\*?|class|interface|type|enum|struct|trait|union|protocol|module|namespace|def|fn|func|fun|sub|proc|macro|record|object|typedef|defmacro|defn|defun|let|const|var|val';

/** Lines that define `name` in common languages, and lines that hold it as a whole word. */
function symbolPatterns(name: string): { defines: RegExp; uses: RegExp } {
  const n = name.replace(/\$/g, '\\$');
  const end = '(?![\\w$])';
  return {
    defines: new RegExp(
      [
        `(?:^|[^\\w$])(?:${DEFINING})\\s+${n}${end}`, // function name, class name, def name, const name …
        `^\\s*#\\s*define\\s+${n}${end}`, // C macros
        `(?:^|[^\\w$])func\\s*\\([^)]*\\)\\s*${n}\\s*[([]`, // Go methods: func (r *T) name(
        `(?:^|[^\\w$])${n}\\s*[:=]\\s*(?:async\\s+)?(?:function${end}|\\([^)]*\\)\\s*=>|[\\w$]+\\s*=>)`, // name = (…) =>
      ].join('|'),
    ),
    uses: new RegExp(`(?<![\\w$])${n}${end}`),
  };
}

export async function findSymbol(
  ctx: ToolContext,
  a: { name: string; paths?: string[] },
): Promise<ToolOutput> {
  if (!/^[A-Za-z_$][\w$]*$/.test(a.name)) {
    return failure(
      `Cannot look up ${JSON.stringify(a.name)}: give one identifier (letters, digits, _ or $, not starting with a digit); for \`Foo.bar\` give \`bar\`, and use search for other text.`,
    );
  }
  const globs = compileGlobs(a.paths);
  if ('problem' in globs) return failure(`Cannot look up ${a.name}: ${globs.problem}`);
  const { defines, uses } = symbolPatterns(a.name);
  const defs: string[] = [];
  const used: string[] = [];
  let moreDefs = false;
  let moreUses = false;
  const s = await scan(ctx, globs.match, (path, n, line) => {
    if (!line.includes(a.name)) return true;
    const head = line.length > MATCH_CHARS ? line.slice(0, MATCH_CHARS) : line;
    const at = head.search(uses);
    if (at < 0) return true;
    const hit = `${shownPath(path)}:${n}: ${snippet(line, at)}`;
    if (defines.test(head)) {
      if (defs.length < MAX_SYMBOL_DEFINITIONS) defs.push(hit);
      else moreDefs = true;
    } else if (used.length < MAX_SYMBOL_USES) used.push(hit);
    else moreUses = true;
    return !(moreDefs && moreUses);
  });
  const head = [
    `${a.name}: ${defs.length}${moreDefs ? '+' : ''} definition${defs.length === 1 ? '' : 's'} and ${used.length}${moreUses ? '+' : ''} other use${used.length === 1 ? '' : 's'} in ${s.searched} files searched${a.paths?.length ? ` (${a.paths.join(', ')})` : ''}.`,
    ...scanNotes(s),
  ];
  if (moreDefs || moreUses) head.push('Not all are shown: narrow with paths globs.');
  const lines = [
    ...(defs.length
      ? ['Definitions:', ...defs]
      : [
          'No definition found (it may be imported from a dependency, or defined in a way not recognised: try search).',
        ]),
    ...(used.length ? ['Uses:', ...used] : ['No other uses found.']),
  ];
  return { ok: true, head, lines, more: () => 'Narrow with paths globs.' };
}

export async function fileHistory(ctx: ToolContext, a: { path: string }): Promise<ToolOutput> {
  if (!ctx.history) {
    return failure(
      'The commit history is not available in this run: go on with read_file, search and the diff.',
    );
  }
  const c = checkPath(a.path);
  if ('problem' in c) return failure(`Cannot show the history of ${shownPath(a.path)}: ${c.problem}.`);
  let commits: Commit[];
  try {
    commits = await ctx.history(c.path);
  } catch (e) {
    return failure(
      `The history of ${shownPath(c.path)} could not be read (${(e as Error).message}): go on without it.`,
    );
  }
  if (commits.length === 0)
    return { ok: true, head: [`No commits found for ${shownPath(c.path)}.`], lines: [] };
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = commits.slice(0, MAX_HISTORY_COMMITS).map((k) => {
    const subject = clipLine(oneLine((k.message ?? '').split('\n')[0] ?? ''), 200);
    return `${oneLine(k.sha).slice(0, 12)} ${oneLine(k.date).slice(0, 10)} ${clipLine(oneLine(k.author), 80)}: ${subject}`;
  });
  const more =
    commits.length > lines.length ? ` (the latest ${lines.length} of ${commits.length} shown)` : '';
  return { ok: true, head: [`Commits that touched ${shownPath(c.path)}, newest first${more}:`], lines };
}

export function changedFileDiff(ctx: ToolContext, a: { path: string }): ToolOutput {
  const c = checkPath(a.path);
  if ('problem' in c) return failure(`Cannot show the diff of ${shownPath(a.path)}: ${c.problem}.`);
  const f = ctx.files.find((x) => x.path === c.path) ?? ctx.files.find((x) => x.oldPath === c.path);
  if (!f) {
    const names = ctx.files.slice(0, 50).map((x) => shownPath(x.path));
    const etc = ctx.files.length > names.length ? `, and ${ctx.files.length - names.length} more` : '';
    return failure(
      `${shownPath(c.path)} is not changed by this pull request: call read_file to read it.`,
      names.length ? `The changed files: ${names.join(', ')}${etc}.` : 'This pull request changes no files.',
    );
  }
  const p = shownPath(f.path);
  if (f.unreadable)
    return failure(`The diff of ${p} cannot be read: ${f.unreadable}. Call read_file for its new text.`);
  if (f.binary) return failure(`${p} is a binary file: its diff is not shown.`);
  if (f.patchMissing || f.hunks.length === 0) {
    return failure(
      `The diff of ${p} (${f.status}) holds no lines${f.patchMissing ? ' (GitHub gave no patch, as for very large changes)' : ''}: call read_file for its text.`,
    );
  }
  const text = renderFile(f, f.hunks, null);
  return {
    ok: true,
    head: [`The diff of ${p} (${f.status}, +${f.additions} -${f.deletions}):`],
    lines: text.replace(/\n$/, '').split('\n'),
    more: () => `Call read_file on ${p} with start_line and end_line to read the rest of its new text.`,
  };
}
