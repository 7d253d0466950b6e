export const id = 504;
export const ids = [504,985];
export const modules = {

/***/ 37985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ badPath),
/* harmony export */   F: () => (/* binding */ normalPath)
/* harmony export */ });
/**
 * A read-only view of the repository at the reviewed commit, for the tools the model may call (issue
 * 14). Two implementations: the snapshot of the head commit's tarball (`snapshot.ts`), and the git
 * objects at a commit (`git.ts`: the command line's repository, and the action's workspace when it
 * holds the head commit). Every path is repository-relative with `/` separators; nothing outside the
 * repository can be named, and symbolic links are never followed out of it. Nothing here is executed.
 */
/** The reason a path written by the model (or a PR) is refused before any lookup, or null when it is fine. */
function badPath(path) {
    if (typeof path !== 'string' || path === '')
        return 'the path is empty';
    if (path.includes('\0'))
        return 'the path holds a NUL character';
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\'))
        return 'absolute paths are refused: give a path relative to the repository root';
    if (path.split(/[\\/]/).includes('..'))
        return '`..` is refused: give a path inside the repository';
    return null;
}
/** A repository-relative path in canonical form (no `./`, no doubled or trailing `/`). */
function normalPath(path) {
    return path
        .replace(/\\/g, '/')
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}


/***/ }),

/***/ 17504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ARGUMENT_CHARS: () => (/* binding */ MAX_ARGUMENT_CHARS),
  MIN_RESULT_TOKENS: () => (/* binding */ MIN_RESULT_TOKENS),
  SEARCH_BUDGET_MS: () => (/* binding */ SEARCH_BUDGET_MS),
  createToolBox: () => (/* binding */ createToolBox)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./src/tools/definitions.ts
var definitions = __webpack_require__(41093);
// EXTERNAL MODULE: ./src/chunk/diff-text.ts
var diff_text = __webpack_require__(68844);
// EXTERNAL MODULE: ./src/filter/glob.ts
var glob = __webpack_require__(58630);
// EXTERNAL MODULE: ./src/repo/types.ts
var types = __webpack_require__(37985);
;// CONCATENATED MODULE: ./src/tools/pattern.ts
/**
 * Search patterns written by the model. JavaScript's regular expressions backtrack: a pattern such as
 * `(a+)+$` takes exponential time on a line of `a`s, and `.*a.*a.*b` polynomial time of high degree,
 * and nothing can interrupt one `exec`. So the pattern's shape is checked before it is compiled, each
 * line is matched on its own and only on its head, and the caller stops on a time budget between lines.
 */
/** Longest pattern accepted: a search needs a few words, not a program. */
const MAX_PATTERN_CHARS = 200;
/**
 * Most unbounded quantifiers (`*`, `+`, `{n,}`) in one pattern. Each one more multiplies the worst
 * case by the line length: measured on Node 24, `.*a.*b` on a 1,000-character line takes about 0.15 s,
 * on 2,000 characters over a second, and three of them take 13 s on 500 characters.
 */
const MAX_UNBOUNDED = 2;
/**
 * Most quantifiers that leave a choice (`?`, `*`, `+`, `{n,m}`): each optional one can double the
 * ways to try a line (`a?a?a?…aaa` is exponential). A count range `{n,m}` costs like `*` (measured:
 * `a{0,16}a{0,16}.*a.*b` takes 44 s on a 1,000-character line), so it counts as unbounded.
 */
const MAX_VARIABLE = 3;
/**
 * Characters of each line a regular expression is matched against (a literal searches the whole
 * line): the worst accepted pattern costs about the cube of it, 20 ms at 500 characters.
 */
const MATCH_CHARS = 500;
/** Largest count in `{n,m}`. */
const MAX_COUNT = 1000;
/** Why a regular expression is too costly to run on untrusted lines, or null. */
function regexCostProblem(p) {
    const stack = [{ quantified: false, alternation: false }];
    let unbounded = 0;
    let variable = 0;
    const quantifierAt = (i) => {
        const ch = p[i];
        let kind = 'none';
        let end = i;
        if (ch === '*' || ch === '+') {
            kind = 'unbounded';
            end = i + 1;
        }
        else if (ch === '?') {
            kind = 'optional';
            end = i + 1;
        }
        else if (ch === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
            if (m) {
                end = i + m[0].length;
                const lo = Number(m[1]);
                const hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
                if (hi !== Infinity && hi > MAX_COUNT)
                    return `the count {${m[1]}${m[2] ?? ''}} is above ${MAX_COUNT}`;
                if (lo > MAX_COUNT)
                    return `the count {${m[1]}${m[2] ?? ''}} is above ${MAX_COUNT}`;
                kind = hi === lo ? 'exact' : hi <= 1 ? 'optional' : 'unbounded';
            }
        }
        if (kind !== 'none' && p[end] === '?')
            end++; // lazy
        return { kind, end };
    };
    for (let i = 0; i < p.length;) {
        const ch = p[i];
        const top = stack.at(-1);
        let atomEnd = i + 1;
        let closed = null;
        if (ch === '\\') {
            const next = p[i + 1];
            if (next !== undefined && /[1-9]/.test(next))
                return 'backreferences (`\\1`) are not supported';
            if (next === 'k' && p[i + 2] === '<')
                return 'named backreferences (`\\k<name>`) are not supported';
            atomEnd = i + 2;
        }
        else if (ch === '[') {
            let j = i + 1;
            if (p[j] === '^')
                j++;
            if (p[j] === ']')
                j++;
            while (j < p.length && p[j] !== ']')
                j += p[j] === '\\' ? 2 : 1;
            atomEnd = j + 1;
        }
        else if (ch === '(') {
            if (/^\(\?<?[=!]/.test(p.slice(i)))
                return 'lookahead and lookbehind (`(?=`, `(?!`, `(?<=`, `(?<!`) are not supported';
            stack.push({ quantified: false, alternation: false });
            const named = /^\(\?(?::|<[A-Za-z_$][\w$]*>)/.exec(p.slice(i));
            i += named ? named[0].length : 1;
            continue;
        }
        else if (ch === ')') {
            if (stack.length === 1)
                return null; // unbalanced: the compiler says so
            closed = stack.pop();
        }
        else if (ch === '|') {
            top.alternation = true;
            i++;
            continue;
        }
        const q = quantifierAt(atomEnd);
        if (typeof q === 'string')
            return q;
        const parent = stack.at(-1);
        if (q.kind === 'unbounded')
            unbounded++;
        if (q.kind === 'unbounded' || q.kind === 'optional')
            variable++;
        if (closed) {
            const repeats = q.kind === 'unbounded' || q.kind === 'exact';
            if (closed.alternation)
                parent.alternation = true; // `((a|aa))+` repeats the alternation too
            if (repeats && (closed.quantified || closed.alternation)) {
                return 'a repeated group holds a quantifier or `|` (as in `(a+)+` or `(a|ab)*`), which can take exponential time';
            }
            if (closed.quantified || repeats)
                parent.quantified = true;
        }
        else if (q.kind !== 'none')
            parent.quantified = true;
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
function compilePattern(pattern, o) {
    if (pattern === '')
        return { ok: false, problem: 'the pattern is empty: give the text to look for' };
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
    let re;
    try {
        re = new RegExp(pattern, o.ignoreCase ? 'i' : '');
    }
    catch (e) {
        return {
            ok: false,
            problem: `the regular expression does not compile (${e.message}): fix it, or search for a literal with regex=false`,
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

;// CONCATENATED MODULE: ./src/tools/handlers.ts





function failure(...head) {
    return { ok: false, head, lines: [] };
}
/** A path as shown to the model: quoted when it holds a newline, a quote or a control character. */
function shownPath(p) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f"\\]/.test(p) ? JSON.stringify(p) : p;
}
/** The path the model wrote, in canonical form, or why it is refused. */
function checkPath(raw) {
    const bad = (0,types/* badPath */.$)(raw);
    if (bad)
        return { problem: bad };
    const path = (0,types/* normalPath */.F)(raw);
    if (path === '')
        return { problem: 'the path is empty' };
    return { path };
}
/** A file's lines as git counts them: a final newline ends the last line, it does not start one. */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
function clipLine(s, max) {
    return s.length <= max ? s : `${s.slice(0, max)} […${s.length - max} more characters not shown]`;
}
/** The part of a long line around a match. */
function snippet(line, at) {
    if (line.length <= definitions.MAX_RESULT_LINE_CHARS)
        return line;
    const from = Math.max(0, Math.min(at - 100, line.length - definitions.MAX_RESULT_LINE_CHARS));
    const to = from + definitions.MAX_RESULT_LINE_CHARS;
    return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
}
function unreadable(ctx, r) {
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
            const gone = ctx.files.find((f) => (f.status === 'deleted' && f.path === r.path) || (f.status === 'renamed' && f.oldPath === r.path));
            if (gone && ctx.base) {
                const how = gone.status === 'deleted' ? 'deletes it' : `renames it to ${shownPath(gone.path)}`;
                return failure(`No file ${p} at the head commit: this pull request ${how}. Call read_file with commit "base" to read its old text.`);
            }
            return failure(`No file ${p} in the repository at the head commit${detail}.`, like.length
                ? `Files with that name: ${like.join(', ')}.`
                : 'Use list_directory or search to find the right path.');
        }
        case 'directory':
            return failure(`${p} is a directory: call list_directory with this path to see what it holds.`);
        case 'binary':
            return failure(`${p} is a binary file${detail}: its content is not shown.`);
        case 'lfs-pointer':
            return failure(`${p} is stored in Git LFS${detail}: the repository holds only a pointer, not the content.`);
        case 'too-large':
            return failure(`${p} is too large to read or search${detail}: rely on the diff and on other files.`);
        case 'symlink-outside':
            return failure(`${p} is a symbolic link to a place outside the repository${detail}: it is never followed.`);
        case 'symlink-loop':
            return failure(`${p} is a chain of symbolic links that does not end in a file${detail}.`);
        case 'bad-path':
            return failure(`Cannot read ${p}${detail}: give a path relative to the repository root, without \`..\`.`);
    }
}
/** The lines a read shows, or why the range asked for cannot be shown. */
function lineWindow(p, total, a) {
    const start = a.start_line ?? 1;
    if (start > total) {
        return {
            problem: failure(`${p} has ${total} lines: start_line ${start} is past the end. Ask for start_line from 1 to ${total}.`),
        };
    }
    if (a.end_line !== undefined && a.end_line < start) {
        return {
            problem: failure(`end_line ${a.end_line} is before start_line ${start}: give end_line ≥ start_line.`),
        };
    }
    const end = Math.min(a.end_line ?? total, total);
    return { start, end, last: Math.min(end, start + definitions.MAX_READ_LINES - 1) };
}
async function readFile(ctx, a) {
    const c = checkPath(a.path);
    if ('problem' in c)
        return failure(`Cannot read ${shownPath(a.path)}: ${c.problem}.`);
    if (a.commit === 'base')
        return readBase(ctx, c.path, a);
    const r = await ctx.repo.read(c.path);
    if (!r.ok)
        return unreadable(ctx, r);
    const p = shownPath(r.path);
    const lines = splitLines(r.text);
    const total = lines.length;
    if (total === 0)
        return { ok: true, head: [`${p} is empty.`], lines: [] };
    const w = lineWindow(p, total, a);
    if ('problem' in w)
        return w.problem;
    const { start, end, last } = w;
    const diff = ctx.files.find((f) => f.path === r.path);
    const added = new Set();
    for (const h of diff?.hunks ?? [])
        for (const l of h.lines)
            if (l.kind === 'add' && l.newLine)
                added.add(l.newLine);
    const body = [];
    for (let n = start; n <= last; n++) {
        const content = clipLine(lines[n - 1], definitions.MAX_READ_LINE_CHARS);
        body.push((0,diff_text/* renderLine */.ni)({ kind: added.has(n) ? 'add' : 'context', content, oldLine: null, newLine: n }));
    }
    const rest = last < end
        ? ` At most ${definitions.MAX_READ_LINES} lines per call: call read_file with start_line=${last + 1} for the next ones.`
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
async function readBase(ctx, path, a) {
    const p = shownPath(path);
    if (!ctx.base) {
        return failure(`The base commit cannot be read in this run: read ${p} at the head commit (without commit) and rely on the diff's deleted lines.`);
    }
    const byNew = ctx.files.find((f) => f.path === path);
    if (byNew?.status === 'added') {
        return failure(`${p} is added by this pull request: it has no text at the base commit. Call read_file without commit to read it at the head commit.`);
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
                return failure(`No file ${p}${at} at the base commit: if this pull request's branch adds it, it has no old text. Call read_file without commit to read it at the head commit.`);
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
    if (total === 0)
        return { ok: true, head: [`${p}${at} is empty at the base commit.`], lines: [] };
    const w = lineWindow(`${p} at the base commit`, total, a);
    if ('problem' in w)
        return w.problem;
    const { start, end, last } = w;
    const deleted = new Set();
    for (const h of diff?.hunks ?? [])
        for (const l of h.lines)
            if (l.kind === 'delete' && l.oldLine)
                deleted.add(l.oldLine);
    const body = [];
    for (let n = start; n <= last; n++) {
        const content = clipLine(lines[n - 1], definitions.MAX_READ_LINE_CHARS);
        body.push(deleted.has(n) ? `L${n} -${content}` : `L${n}  ${content}`);
    }
    const rest = last < end
        ? ` At most ${definitions.MAX_READ_LINES} lines per call: call read_file with commit "base" and start_line=${last + 1} for the next ones.`
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
function listDirectory(ctx, a) {
    let dir = '';
    if ((0,types/* normalPath */.F)(a.path) !== '') {
        const c = checkPath(a.path);
        if ('problem' in c)
            return failure(`Cannot list ${shownPath(a.path)}: ${c.problem}.`);
        dir = c.path;
    }
    const prefix = dir ? `${dir}/` : '';
    const dirs = new Map();
    const leaves = [];
    for (const e of ctx.repo.entries()) {
        if (e.path === dir)
            return failure(`${shownPath(dir)} is a file, not a directory: call read_file to read it.`);
        if (!e.path.startsWith(prefix))
            continue;
        const rest = e.path.slice(prefix.length);
        const slash = rest.indexOf('/');
        if (slash >= 0) {
            const name = rest.slice(0, slash);
            dirs.set(name, (dirs.get(name) ?? 0) + 1);
        }
        else if (e.kind === 'symlink') {
            leaves.push(`symlink ${shownPath(rest)} -> ${JSON.stringify(e.target ?? '')}`);
        }
        else {
            leaves.push(`file    ${shownPath(rest)} (${e.size} bytes)`);
        }
    }
    const all = [
        ...[...dirs].map(([name, n]) => `dir     ${shownPath(name)}/ (${n} file${n === 1 ? '' : 's'})`),
        ...leaves,
    ];
    const where = dir ? shownPath(dir) : 'The repository root';
    if (all.length === 0) {
        if (dir === '')
            return { ok: true, head: ['The repository has no files.'], lines: [] };
        return failure(`No directory ${shownPath(dir)} in the repository. Call list_directory with "" to see the root.`);
    }
    const shown = all.slice(0, definitions.MAX_LIST_ENTRIES);
    const capped = all.length > shown.length
        ? ` Only the first ${definitions.MAX_LIST_ENTRIES} are shown: list a subdirectory, or search with paths globs.`
        : '';
    return {
        ok: true,
        head: [`${where}${dir ? '/' : ''} holds ${all.length} entr${all.length === 1 ? 'y' : 'ies'}.${capped}`],
        lines: shown,
        more: () => 'List a subdirectory to see the rest.',
    };
}
function compileGlobs(paths) {
    if (!paths || paths.length === 0)
        return { match: () => true };
    try {
        const globs = paths.map((g) => (0,glob/* compileGlob */.SO)(g));
        return { match: (p) => globs.some((g) => g(p)) };
    }
    catch (e) {
        if (e instanceof glob/* GlobError */.pZ)
            return { problem: e.message };
        throw e;
    }
}
/**
 * Every line of the text files the globs select, to `visit` (which returns false to stop), until the
 * time budget is spent. Symbolic links are skipped: their target is searched as itself.
 */
async function scan(ctx, match, visit) {
    const t0 = ctx.now();
    const over = () => ctx.now() - t0 > ctx.budgetMs;
    const files = ctx.repo.entries().filter((e) => e.kind === 'file' && match(e.path));
    const s = { searched: 0, total: files.length, skipped: 0, stopped: false };
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
            if (!visit(f.path, i + 1, lines[i]))
                return s;
        }
    }
    return s;
}
function scanNotes(s) {
    const notes = [];
    if (s.skipped)
        notes.push(`${s.skipped} of them were not searched (binary, too large, or links outside).`);
    if (s.stopped) {
        notes.push(`The search stopped on its time budget after ${s.searched} of ${s.total} files: the results are incomplete. Narrow it with paths globs or a more specific pattern.`);
    }
    return notes;
}
async function search(ctx, a) {
    const compiled = compilePattern(a.pattern, { regex: a.regex ?? false, ignoreCase: a.ignore_case ?? false });
    if (!compiled.ok)
        return failure(`Cannot search: ${compiled.problem}.`);
    const globs = compileGlobs(a.paths);
    if ('problem' in globs)
        return failure(`Cannot search: ${globs.problem}`);
    const hits = [];
    const inFiles = new Set();
    let capped = false;
    const s = await scan(ctx, globs.match, (path, n, line) => {
        const at = compiled.matcher.find(line);
        if (at < 0)
            return true;
        if (hits.length >= definitions.MAX_SEARCH_RESULTS) {
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
        head.push(`Only the first ${definitions.MAX_SEARCH_RESULTS} are shown: narrow the search with paths globs or a longer pattern.`);
    if (a.regex)
        head.push(`Lines are matched on their first ${MATCH_CHARS} characters.`);
    return {
        ok: true,
        head,
        lines: hits,
        more: () => 'Narrow the search with paths globs or a longer pattern.',
    };
}
const DEFINING = 'function\\*?|class|interface|type|enum|struct|trait|union|protocol|module|namespace|def|fn|func|fun|sub|proc|macro|record|object|typedef|defmacro|defn|defun|let|const|var|val';
/** Lines that define `name` in common languages, and lines that hold it as a whole word. */
function symbolPatterns(name) {
    const n = name.replace(/\$/g, '\\$');
    const end = '(?![\\w$])';
    return {
        defines: new RegExp([
            `(?:^|[^\\w$])(?:${DEFINING})\\s+${n}${end}`, // function name, class name, def name, const name …
            `^\\s*#\\s*define\\s+${n}${end}`, // C macros
            `(?:^|[^\\w$])func\\s*\\([^)]*\\)\\s*${n}\\s*[([]`, // Go methods: func (r *T) name(
            `(?:^|[^\\w$])${n}\\s*[:=]\\s*(?:async\\s+)?(?:function${end}|\\([^)]*\\)\\s*=>|[\\w$]+\\s*=>)`, // name = (…) =>
        ].join('|')),
        uses: new RegExp(`(?<![\\w$])${n}${end}`),
    };
}
async function findSymbol(ctx, a) {
    if (!/^[A-Za-z_$][\w$]*$/.test(a.name)) {
        return failure(`Cannot look up ${JSON.stringify(a.name)}: give one identifier (letters, digits, _ or $, not starting with a digit); for \`Foo.bar\` give \`bar\`, and use search for other text.`);
    }
    const globs = compileGlobs(a.paths);
    if ('problem' in globs)
        return failure(`Cannot look up ${a.name}: ${globs.problem}`);
    const { defines, uses } = symbolPatterns(a.name);
    const defs = [];
    const used = [];
    let moreDefs = false;
    let moreUses = false;
    const s = await scan(ctx, globs.match, (path, n, line) => {
        if (!line.includes(a.name))
            return true;
        const head = line.length > MATCH_CHARS ? line.slice(0, MATCH_CHARS) : line;
        const at = head.search(uses);
        if (at < 0)
            return true;
        const hit = `${shownPath(path)}:${n}: ${snippet(line, at)}`;
        if (defines.test(head)) {
            if (defs.length < definitions.MAX_SYMBOL_DEFINITIONS)
                defs.push(hit);
            else
                moreDefs = true;
        }
        else if (used.length < definitions.MAX_SYMBOL_USES)
            used.push(hit);
        else
            moreUses = true;
        return !(moreDefs && moreUses);
    });
    const head = [
        `${a.name}: ${defs.length}${moreDefs ? '+' : ''} definition${defs.length === 1 ? '' : 's'} and ${used.length}${moreUses ? '+' : ''} other use${used.length === 1 ? '' : 's'} in ${s.searched} files searched${a.paths?.length ? ` (${a.paths.join(', ')})` : ''}.`,
        ...scanNotes(s),
    ];
    if (moreDefs || moreUses)
        head.push('Not all are shown: narrow with paths globs.');
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
async function fileHistory(ctx, a) {
    if (!ctx.history) {
        return failure('The commit history is not available in this run: go on with read_file, search and the diff.');
    }
    const c = checkPath(a.path);
    if ('problem' in c)
        return failure(`Cannot show the history of ${shownPath(a.path)}: ${c.problem}.`);
    let commits;
    try {
        commits = await ctx.history(c.path);
    }
    catch (e) {
        return failure(`The history of ${shownPath(c.path)} could not be read (${e.message}): go on without it.`);
    }
    if (commits.length === 0)
        return { ok: true, head: [`No commits found for ${shownPath(c.path)}.`], lines: [] };
    const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
    const lines = commits.slice(0, definitions.MAX_HISTORY_COMMITS).map((k) => {
        const subject = clipLine(oneLine((k.message ?? '').split('\n')[0] ?? ''), 200);
        return `${oneLine(k.sha).slice(0, 12)} ${oneLine(k.date).slice(0, 10)} ${clipLine(oneLine(k.author), 80)}: ${subject}`;
    });
    const more = commits.length > lines.length ? ` (the latest ${lines.length} of ${commits.length} shown)` : '';
    return { ok: true, head: [`Commits that touched ${shownPath(c.path)}, newest first${more}:`], lines };
}
function changedFileDiff(ctx, a) {
    const c = checkPath(a.path);
    if ('problem' in c)
        return failure(`Cannot show the diff of ${shownPath(a.path)}: ${c.problem}.`);
    const f = ctx.files.find((x) => x.path === c.path) ?? ctx.files.find((x) => x.oldPath === c.path);
    if (!f) {
        const names = ctx.files.slice(0, 50).map((x) => shownPath(x.path));
        const etc = ctx.files.length > names.length ? `, and ${ctx.files.length - names.length} more` : '';
        return failure(`${shownPath(c.path)} is not changed by this pull request: call read_file to read it.`, names.length ? `The changed files: ${names.join(', ')}${etc}.` : 'This pull request changes no files.');
    }
    const p = shownPath(f.path);
    if (f.unreadable)
        return failure(`The diff of ${p} cannot be read: ${f.unreadable}. Call read_file for its new text.`);
    if (f.binary)
        return failure(`${p} is a binary file: its diff is not shown.`);
    if (f.patchMissing || f.hunks.length === 0) {
        return failure(`The diff of ${p} (${f.status}) holds no lines${f.patchMissing ? ' (GitHub gave no patch, as for very large changes)' : ''}: call read_file for its text.`);
    }
    const text = (0,diff_text/* renderFile */.VB)(f, f.hunks, null);
    return {
        ok: true,
        head: [`The diff of ${p} (${f.status}, +${f.additions} -${f.deletions}):`],
        lines: text.replace(/\n$/, '').split('\n'),
        more: () => `Call read_file on ${p} with start_line and end_line to read the rest of its new text.`,
    };
}

;// CONCATENATED MODULE: ./src/tools/result.ts
const CLOSE_TAG = '</tool_result>';
// Any spelling a reader could take for the delimiter: `<tool_result`, `</tool_result`, `< / TOOL_RESULT`.
const TAG_LIKE = /<(?=\s*\/?\s*tool_result)/gi;
/** The text with every `<` that would start the delimiter's tag written as `&lt;`. */
function neutralise(text) {
    return text.replace(TAG_LIKE, '&lt;');
}
/** A tool name safe to put in the opening tag (a model's unknown name is not). */
function tagName(name) {
    return /^[A-Za-z0-9_.-]{1,64}$/.test(name) ? name : 'unknown';
}
function openTag(name) {
    return `<tool_result name="${tagName(name)}" trusted="false">`;
}
function wrap(name, body) {
    // Again as a whole: a `<` at the end of one part and `/tool_result` at the start of the next.
    return `${openTag(name)}\n${neutralise(body)}\n${CLOSE_TAG}`;
}
/**
 * The delimited result, within `maxTokens`: when the whole does not fit, the data is cut at a line
 * (or, for one very long line, inside it) with a note saying so and how to ask for more.
 */
function renderResult(name, out, o) {
    const head = neutralise(out.head.join('\n'));
    // Neutralised as a whole, so a tag split over lines is caught too; `&lt;` adds no line.
    const body = neutralise(out.lines.join('\n'));
    const join = (b, note) => [head, b, note].filter((s) => s).join('\n');
    const full = wrap(name, join(body, null));
    const fullTokens = o.count(full);
    if (fullTokens <= o.maxTokens)
        return { content: full, tokens: fullTokens };
    const note = (chars) => {
        const kept = chars === 0 ? 0 : body.slice(0, chars).split('\n').length;
        const partial = chars > 0 && chars < body.length && body[chars] !== '\n';
        const shown = partial
            ? `${kept - 1} whole lines of ${out.lines.length} and part of the next`
            : `${kept} of ${out.lines.length} lines`;
        const more = out.more ? ` ${out.more(partial ? kept - 1 : kept)}` : '';
        return `[Result cut to fit the limit of ${o.maxTokens} tokens for one tool result: ${shown} shown.${more}]`;
    };
    const attempt = (chars) => {
        const content = wrap(name, join(body.slice(0, chars), note(chars)));
        return { content, tokens: o.count(content) };
    };
    // The longest prefix of the data that fits with its note.
    let lo = 0;
    // A token is rarely more than 32 characters: no need to count megabytes to keep a few thousand tokens.
    let hi = Math.min(body.length, o.maxTokens * 32);
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (attempt(mid).tokens <= o.maxTokens)
            lo = mid;
        else
            hi = mid - 1;
    }
    // Back to a whole line when at least one fits; never half a surrogate pair.
    let cut = lo;
    const nl = body.lastIndexOf('\n', cut);
    if (nl > 0 && cut < body.length && body[cut] !== '\n')
        cut = nl;
    if (cut > 0 && /[\uD800-\uDBFF]/.test(body[cut - 1]))
        cut--;
    return attempt(cut);
}

;// CONCATENATED MODULE: ./src/tools/toolbox.ts




/** Time one search (or find_symbol) may take before it stops and says so. */
const SEARCH_BUDGET_MS = 5000;
/** Longest arguments string read: the tools' arguments are a few short fields. */
const MAX_ARGUMENT_CHARS = 20_000;
/** Smallest result budget: room for the delimiter, a line of data and the note saying it was cut. */
const MIN_RESULT_TOKENS = 200;
const toolbox_ajv = new ajv.Ajv({ allErrors: true, strict: false });
const validators = new Map(definitions.TOOL_DEFINITIONS.map((d) => [d.name, toolbox_ajv.compile(d.parameters)]));
function describeErrors(errors) {
    return errors
        .slice(0, 5)
        .map((e) => {
        const at = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the arguments';
        if (e.keyword === 'additionalProperties') {
            return `${at} has an unknown field ${JSON.stringify(String(e.params.additionalProperty).slice(0, 64))}`;
        }
        return `${at} ${e.message ?? 'is invalid'}`;
    })
        .join('; ');
}
function usage(d) {
    const props = (d.parameters.properties ?? {});
    const required = new Set((d.parameters.required ?? []));
    const fields = Object.entries(props).map(([k, v]) => `${k}${required.has(k) ? '' : '?'}: ${v.enum ? v.enum.map((x) => JSON.stringify(x)).join(' | ') : (v.type ?? 'any')}`);
    return `${d.name}({ ${fields.join(', ')} })`;
}
function createToolBox(o) {
    if (!(o.maxResultTokens >= MIN_RESULT_TOKENS)) {
        throw new Error(`maxResultTokens is ${o.maxResultTokens}: give at least ${MIN_RESULT_TOKENS}.`);
    }
    const now = o.now ?? Date.now;
    const ctx = {
        repo: o.repo,
        files: o.files,
        history: o.history,
        base: o.base,
        budgetMs: o.searchBudgetMs ?? SEARCH_BUDGET_MS,
        now,
    };
    const run = async (name, raw) => {
        const d = definitions.TOOL_DEFINITIONS.find((x) => x.name === name);
        if (!d) {
            return failure(`There is no tool named ${JSON.stringify(String(name).slice(0, 64))}. The tools are: ${definitions.TOOL_NAMES.join(', ')}.`);
        }
        if (typeof raw !== 'string')
            raw = '';
        if (raw.length > MAX_ARGUMENT_CHARS) {
            return failure(`The arguments are ${raw.length} characters long, more than ${MAX_ARGUMENT_CHARS}: call ${usage(d)}.`);
        }
        let args;
        try {
            args = raw.trim() === '' ? {} : JSON.parse(raw);
        }
        catch (e) {
            return failure(`The arguments are not valid JSON (${e.message}): call ${usage(d)} with a JSON object.`);
        }
        if (typeof args !== 'object' || args === null || Array.isArray(args)) {
            return failure(`The arguments must be a JSON object: call ${usage(d)}.`);
        }
        const validate = validators.get(d.name);
        if (!validate(args)) {
            return failure(`The arguments do not fit ${d.name}: ${describeErrors(validate.errors ?? [])}. Call ${usage(d)}.`);
        }
        const a = args;
        switch (d.name) {
            case 'read_file':
                return readFile(ctx, a);
            case 'list_directory':
                return listDirectory(ctx, a);
            case 'search':
                return search(ctx, a);
            case 'find_symbol':
                return findSymbol(ctx, a);
            case 'file_history':
                return fileHistory(ctx, a);
            case 'changed_file_diff':
                return changedFileDiff(ctx, a);
        }
    };
    return {
        definitions: definitions.TOOL_DEFINITIONS,
        async call(name, rawArguments) {
            const t0 = now();
            let out;
            try {
                out = await run(name, rawArguments);
            }
            catch (e) {
                // A fault of the repository view (a snapshot removed too early, a read error) must not end the run.
                out = failure(`The tool failed (${e?.message ?? String(e)}): try another call, or go on without it.`);
            }
            const { content, tokens } = renderResult(name, out, { maxTokens: o.maxResultTokens, count: o.count });
            return { ok: out.ok, content, tokens, ms: now() - t0 };
        },
    };
}


/***/ })

};
