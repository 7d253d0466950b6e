export const id = 549;
export const ids = [549];
export const modules = {

/***/ 61497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ measureFor)
/* harmony export */ });
/* harmony import */ var _diff_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68844);

const MARK = { add: ' +', delete: ' -', context: '  ' };
// Counting a rendered file line by line is exact, not an estimate: o200k's pre-tokenizer always cuts
// after a newline followed by a letter, digit, `@` or `<` (how every rendered line, hunk header and
// file tag starts), and between a digit and a space (after a line's number). So a line's tokens are
// its number's plus its marker-and-code's, and the code part, keyed by its text, repeats across a diff:
// each distinct line is counted once, and no prompt text is built just to be counted.
function createMeasure(count) {
    const newNumbers = new Map();
    const oldNumbers = new Map();
    const code = {
        add: new Map(),
        delete: new Map(),
        context: new Map(),
    };
    const line = (l) => {
        if (l.content.length > _diff_text_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_CHARS */ .yL)
            return count((0,_diff_text_js__WEBPACK_IMPORTED_MODULE_0__/* .renderLine */ .ni)(l) + '\n');
        const old = l.kind === 'delete';
        const n = (old ? l.oldLine : l.newLine) ?? 0;
        const numbers = old ? oldNumbers : newNumbers;
        let t = numbers.get(n);
        if (t === undefined) {
            t = count(old ? `L${n}` : `${n}`);
            numbers.set(n, t);
        }
        const seen = code[l.kind];
        let c = seen.get(l.content);
        if (c === undefined) {
            c = count(`${MARK[l.kind]}${l.content}\n`);
            seen.set(l.content, c);
        }
        return t + c;
    };
    const hunk = (h) => {
        let t = count((0,_diff_text_js__WEBPACK_IMPORTED_MODULE_0__/* .hunkHeader */ .Mn)(h) + '\n');
        for (const l of h.lines)
            t += line(l);
        return t;
    };
    return {
        line,
        hunk,
        file: (f, hunks, part) => count((0,_diff_text_js__WEBPACK_IMPORTED_MODULE_0__/* .fileHeader */ .w4)(f, part)) + hunks.reduce((t, h) => t + hunk(h), 0) + count(_diff_text_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_FOOTER */ .tx),
    };
}
const measures = new WeakMap();
/** The measure of a counter, shared by every plan made with it (a run may plan several times). */
function measureFor(count) {
    let m = measures.get(count);
    if (!m) {
        m = createMeasure(count);
        measures.set(count, m);
    }
    return m;
}


/***/ }),

/***/ 51021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ pathInstructionsFor)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58630);

/** The path instructions for a request: those whose glob matches one of its files (as the filters match). */
function pathInstructionsFor(all, paths) {
    if (all.length === 0)
        return [];
    return all.filter((p) => {
        const m = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .SO)(p.path);
        return paths.some((x) => m(x));
    });
}


/***/ }),

/***/ 52482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ toFindings),
/* harmony export */   Z5: () => (/* binding */ reviewAnswer),
/* harmony export */   g9: () => (/* binding */ REVIEW_ANSWER)
/* harmony export */ });
/* unused harmony exports REVIEW_SCHEMA, DIAGRAM_REVIEW_SCHEMA, SCHEMA_NAME, DIAGRAM_REVIEW_ANSWER, SchemaError, parseModelReview, MAX_TITLE_CHARS, titleFromBody, summaryFromComments */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _findings_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45315);
/* harmony import */ var _findings_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87167);
/* harmony import */ var _util_answer_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72971);






/** What the model must answer; sent as `response_format: json_schema` with `strict: true`. */
const REVIEW_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['verdict', 'summary', 'change_type', 'files', 'comments'],
    properties: {
        verdict: { type: 'string', description: 'The worst problem in one line, or "No problems found".' },
        summary: {
            type: 'string',
            description: 'One to three sentences: the overall assessment of this part of the change and its main risk.',
        },
        change_type: {
            type: 'string',
            enum: [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf],
            description: 'The kind of change this part of the PR is, by what it mainly does.',
        },
        files: {
            type: 'array',
            description: 'One entry per <file path=...> in this request, in order.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['path', 'summary'],
                properties: {
                    path: { type: 'string', description: 'File path exactly as in the <file path=...> tag.' },
                    summary: {
                        type: 'string',
                        description: 'What the change to this file does, in one plain line of at most 120 characters.',
                    },
                },
            },
        },
        comments: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['path', 'line', 'start_line', 'side', 'severity', 'title', 'body', 'suggestion'],
                properties: {
                    path: { type: 'string', description: 'File path exactly as in the <file path=...> tag.' },
                    line: {
                        type: 'integer',
                        description: 'The (last) line the finding is about, as numbered in the diff.',
                    },
                    start_line: {
                        type: ['integer', 'null'],
                        description: 'First line of a multi-line range in the same hunk and side, or null.',
                    },
                    side: { type: 'string', enum: ['RIGHT', 'LEFT'] },
                    severity: { type: 'string', enum: [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC] },
                    title: { type: 'string', description: 'The problem in at most 80 characters.' },
                    body: { type: 'string', description: 'Markdown: what is wrong, why it matters, how to fix it.' },
                    suggestion: {
                        type: ['string', 'null'],
                        description: 'Exact replacement text for the cited RIGHT lines when the fix is local, else null.',
                    },
                },
            },
        },
    },
};
/**
 * The schema with a `diagram` (`describe` with `diagram: true`): a variant, so reviews without it pay
 * nothing for the field. Strict mode wants every property required: "none" is null.
 */
const DIAGRAM_REVIEW_SCHEMA = {
    ...REVIEW_SCHEMA,
    required: [...REVIEW_SCHEMA.required.slice(0, -1), 'diagram', 'comments'],
    properties: {
        ...REVIEW_SCHEMA.properties,
        diagram: {
            type: ['string', 'null'],
            description: 'A Mermaid sequenceDiagram when this part of the change spans a flow across several files, else null.',
        },
    },
};
const SCHEMA_NAME = 'code_review';
/** The review of one chunk, as the model client asks for it. */
const REVIEW_ANSWER = {
    name: SCHEMA_NAME,
    schema: REVIEW_SCHEMA,
    what: 'the review',
    description: 'Report the review of this part of the pull request.',
    parse(text) {
        try {
            return { ok: true, value: parseModelReview(text) };
        }
        catch (e) {
            if (e instanceof SchemaError)
                return { ok: false, why: e.message };
            throw e;
        }
    },
};
/** The review asking for a diagram too (see `DIAGRAM_REVIEW_SCHEMA`); parsed the same way. */
const DIAGRAM_REVIEW_ANSWER = {
    ...REVIEW_ANSWER,
    schema: DIAGRAM_REVIEW_SCHEMA,
};
/** The spec a review request uses. */
function reviewAnswer(diagram) {
    return diagram ? DIAGRAM_REVIEW_ANSWER : REVIEW_ANSWER;
}
/** The core of a finding: without these it cannot be placed or judged, so only these are required. */
const CORE_FIELDS = ['path', 'line', 'side', 'severity', 'body'];
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv({ allErrors: true, strict: false });
/**
 * What an answer must hold to be used. The strict schema above is what the model is asked for; an
 * answer in JSON mode or a function call (or from a model that ignores parts of the schema) may leave
 * out `title`, `verdict`, `summary`, `start_line` or `suggestion`, or add fields of its own: those are
 * derived or ignored, never a reason to lose the findings.
 */
const validate = ajv.compile({
    type: 'object',
    required: ['comments'],
    properties: {
        verdict: { type: 'string' },
        summary: { type: 'string' },
        comments: {
            type: 'array',
            items: {
                type: 'object',
                required: [...CORE_FIELDS],
                properties: {
                    ...REVIEW_SCHEMA.properties.comments.items.properties,
                    // `null` or absent: the same meaning.
                    start_line: { type: ['integer', 'null'] },
                    suggestion: { type: ['string', 'null'] },
                },
            },
        },
    },
});
class SchemaError extends Error {
    name = 'SchemaError';
}
/**
 * Parses and validates a model answer. A ```json fence or text around the object is tolerated; anything
 * that does not match the schema's core is refused with the reason, never half-used. Missing optional
 * parts are filled in: a title from the body, a summary from the findings.
 */
function parseModelReview(content) {
    const text = (0,_util_answer_json_js__WEBPACK_IMPORTED_MODULE_4__/* .extractJson */ .eg)(content);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new SchemaError(`the answer is not valid JSON (${e.message})`);
    }
    if (!validate(data)) {
        const why = (0,_util_answer_json_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaErrorsText */ .i5)(validate.errors);
        throw new SchemaError(`the answer does not match the review schema: ${why}`);
    }
    const comments = data.comments.map((c) => ({
        path: c.path,
        line: c.line,
        start_line: c.start_line ?? null,
        side: c.side,
        severity: c.severity,
        title: c.title ?? titleFromBody(c.body),
        body: c.body,
        suggestion: c.suggestion ?? null,
    }));
    const review = { summary: data.summary ?? summaryFromComments(comments), comments };
    if (data.verdict !== undefined)
        review.verdict = data.verdict;
    const files = fileSummaries(data.files);
    if (files.length > 0)
        review.files = files;
    const type = typeof data.change_type === 'string' ? data.change_type.trim().toLowerCase() : '';
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isChangeType */ .b1)(type))
        review.changeType = type;
    if (typeof data.diagram === 'string' && data.diagram.trim() !== '')
        review.diagram = data.diagram;
    return review;
}
/**
 * The walkthrough lines of an answer: entries with a string path and a non-blank summary. Anything else
 * in `files` (wrong types, a non-array) is left out: a malformed walkthrough never costs the findings.
 */
function fileSummaries(files) {
    if (!Array.isArray(files))
        return [];
    return files.flatMap((e) => {
        if (typeof e !== 'object' || e === null)
            return [];
        const { path, summary } = e;
        if (typeof path !== 'string' || typeof summary !== 'string' || summary.trim() === '')
            return [];
        return [{ path, summary }];
    });
}
/** The model is asked for titles of at most this many characters. */
const MAX_TITLE_CHARS = 80;
/**
 * A title for a finding the model sent without one: the body's first sentence (or line), without
 * Markdown emphasis or heading marks, cut at a word to at most 80 characters.
 */
function titleFromBody(body) {
    const first = body
        .split(/\n\s*\n|\n/)
        .map((l) => l
        .replace(/^\s*(?:#{1,6}\s+|[-*+>]\s+)?/, '')
        .replace(/\*\*|__/g, '')
        .trim())
        .find((l) => l !== '') ?? '';
    const end = /[.!?](?=\s|$)/.exec(first);
    const sentence = (end ? first.slice(0, end.index + 1) : first).replace(/\s+/g, ' ');
    if (sentence.length <= MAX_TITLE_CHARS)
        return sentence;
    const cut = sentence.slice(0, MAX_TITLE_CHARS - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > MAX_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
/** A summary for an answer without one: what it found, most severe first. */
function summaryFromComments(comments) {
    if (comments.length === 0)
        return 'No problems found in this part of the change.';
    const top = [...comments].sort((a, b) => (0,_findings_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .q)(a.severity) - (0,_findings_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .q)(b.severity))[0];
    const n = comments.length;
    const t = top.title.trim();
    const what = t === '' ? '' : ` The most severe: ${t}${/[.!?…]$/.test(t) ? '' : '.'}`;
    return `${n} finding${n === 1 ? '' : 's'} (${(0,_findings_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .severityCounts */ .ur)(comments)}).${what}`;
}
function toFindings(review, request) {
    return review.comments.map((c) => ({
        path: c.path,
        line: c.line,
        startLine: c.start_line,
        side: c.side,
        severity: c.severity,
        title: c.title.trim(),
        body: c.body.trim(),
        suggestion: c.suggestion,
        request,
    }));
}


/***/ }),

/***/ 82104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOOL_ROOM_SHARE: () => (/* binding */ TOOL_ROOM_SHARE),
  importance: () => (/* binding */ importance),
  planReview: () => (/* binding */ planReview)
});

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/filter/glob.ts
var glob = __webpack_require__(58630);
;// CONCATENATED MODULE: ./src/filter/filter.ts

/** Files no reviewer wants comments on: lockfiles, build output, minified, vendored, generated, binary. */
const DEFAULT_EXCLUDES = [
    // lockfiles
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lock',
    'bun.lockb',
    'Cargo.lock',
    'Gemfile.lock',
    'Pipfile.lock',
    'poetry.lock',
    'uv.lock',
    'composer.lock',
    'go.sum',
    'mix.lock',
    'pubspec.lock',
    'Podfile.lock',
    'packages.lock.json',
    'flake.lock',
    '*.lock',
    // build output and vendored code
    '**/dist/**',
    '**/build/**',
    '**/out/**',
    '**/.next/**',
    '**/coverage/**',
    '**/node_modules/**',
    '**/vendor/**',
    '**/third_party/**',
    '**/__snapshots__/**',
    // minified and generated
    '*.min.js',
    '*.min.css',
    '*.map',
    '*.pb.go',
    '*_pb2.py',
    '*_pb2_grpc.py',
    '*.generated.*',
    '*.g.dart',
    // binary and media
    '*.{png,jpg,jpeg,gif,webp,ico,bmp,tiff,svg,pdf,zip,gz,tgz,bz2,xz,7z,rar,jar,war,class,exe,dll,so,dylib,a,o,wasm,woff,woff2,ttf,otf,eot,mp3,mp4,mov,avi,webm,ogg,wav,psd,sketch,bin,dat,db,sqlite}',
];
/**
 * Decides which changed files the model sees. Every file left out is returned with its reason, so the
 * review can say what was not reviewed.
 */
function filterFiles(files, opts) {
    const matcher = (globs, nocase = false) => {
        const tests = globs.map((g) => ({ g, m: (0,glob/* compileGlob */.SO)(g, { nocase }) }));
        return (p) => tests.find((t) => t.m(p))?.g ?? null;
    };
    const userExclude = matcher(opts.exclude);
    // `Logo.PNG` and `YARN.LOCK` are what the defaults mean too.
    const defaults = matcher(DEFAULT_EXCLUDES, true);
    const include = opts.include.length > 0 ? matcher(opts.include) : null;
    const reviewable = [];
    const skipped = [];
    for (const f of files) {
        const reason = skipReason(f, userExclude, defaults, include);
        if (reason)
            skipped.push({ path: f.path, reason });
        else
            reviewable.push(f);
    }
    return { reviewable, skipped };
}
function skipReason(f, userExclude, defaults, include) {
    if (f.unreadable)
        return f.unreadable;
    if (f.status === 'deleted')
        return 'deleted';
    if (f.binary)
        return 'binary file';
    if (f.patchMissing)
        return 'GitHub did not provide a patch (file too large)';
    const excluded = userExclude(f.path);
    if (excluded)
        return `excluded by \`exclude\` pattern \`${excluded}\``;
    if (include) {
        if (!include(f.path))
            return 'not matched by `include`';
    }
    else {
        const byDefault = defaults(f.path);
        if (byDefault)
            return `skipped by default (\`${byDefault}\`); list it in \`include\` to review it`;
    }
    if (f.newMode === '160000')
        return 'submodule update';
    if (f.newMode === '120000')
        return 'symbolic link';
    if (f.hunks.length === 0) {
        if (f.status === 'renamed' || f.status === 'copied')
            return `${f.status} without changes`;
        if (f.status === 'added')
            return 'new empty file';
        if (f.oldMode !== f.newMode)
            return 'file mode change only';
        return 'no changed lines';
    }
    return null;
}

// EXTERNAL MODULE: ./src/chunk/diff-text.ts
var diff_text = __webpack_require__(68844);
// EXTERNAL MODULE: ./src/chunk/measure.ts
var chunk_measure = __webpack_require__(61497);
;// CONCATENATED MODULE: ./src/chunk/pack.ts


/**
 * Packs files into as few requests as the budget allows: whole files where they fit (first-fit
 * decreasing, within 11/9 of the optimum), a file larger than a request split at hunk boundaries, a
 * hunk larger than a request split by lines. `budget` is the diff tokens one request may carry.
 */
function planChunks(files, budget, count) {
    if (budget < 50)
        throw new Error(`The per-request token budget (${budget}) is too small to hold any diff.`);
    const measure = (0,chunk_measure/* measureFor */.Y)(count);
    const pieces = [];
    for (const f of files) {
        // Exact, and each line is counted once: splitting below reuses the counts.
        const tokens = measure.file(f, f.hunks, null);
        if (tokens <= budget)
            pieces.push({ file: f, hunks: f.hunks, part: null, tokens });
        else
            pieces.push(...splitFile(f, budget, count, measure));
    }
    const total = pieces.reduce((s, p) => s + p.tokens, 0);
    let bins;
    if (total <= budget) {
        bins = [pieces];
    }
    else {
        // First-fit decreasing is within 11/9 of the optimum. Preferring a request that already holds the
        // same directory keeps related files side by side; it is used only when it needs no more requests.
        const plain = firstFitDecreasing(pieces, budget, false);
        const grouped = firstFitDecreasing(pieces, budget, true);
        bins = grouped.length <= plain.length ? grouped : plain;
    }
    // Within a request, files of one directory sit side by side, in path order, parts in order.
    return bins.map((b, index) => {
        const sorted = [...b].sort((x, y) => x.file.path.localeCompare(y.file.path) || (x.part?.index ?? 0) - (y.part?.index ?? 0));
        return { index, pieces: sorted, tokens: sorted.reduce((s, p) => s + p.tokens, 0) };
    });
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
function firstFitDecreasing(pieces, budget, byDirectory) {
    const bins = [];
    const room = [];
    const dirs = [];
    const order = [...pieces].sort((a, b) => b.tokens - a.tokens || a.file.path.localeCompare(b.file.path));
    for (const p of order) {
        const dir = dirOf(p.file.path);
        let i = byDirectory ? room.findIndex((r, k) => r >= p.tokens && dirs[k].has(dir)) : -1;
        if (i < 0)
            i = room.findIndex((r) => r >= p.tokens);
        if (i >= 0) {
            bins[i].push(p);
            room[i] -= p.tokens;
            dirs[i].add(dir);
        }
        else {
            bins.push([p]);
            room.push(budget - p.tokens);
            dirs.push(new Set([dir]));
        }
    }
    return bins;
}
function splitFile(f, budget, count, measure) {
    // Room for the part header and footer of each piece (the part number has at most a few digits).
    const frame = count((0,diff_text/* fileHeader */.w4)(f, { index: 99999, total: 99999 }) + diff_text/* FILE_FOOTER */.tx);
    const room = budget - frame;
    if (room < 20)
        throw new Error(`The per-request token budget (${budget}) cannot hold a part of ${f.path}.`);
    const units = [];
    for (const h of f.hunks) {
        const tokens = measure.hunk(h);
        if (tokens <= room)
            units.push({ hunk: h, tokens });
        else
            units.push(...splitHunk(h, room, count, measure));
    }
    const groups = [];
    let cur = { hunks: [], tokens: 0 };
    for (const u of units) {
        if (cur.hunks.length > 0 && cur.tokens + u.tokens > room) {
            groups.push(cur);
            cur = { hunks: [], tokens: 0 };
        }
        cur.hunks.push(u.hunk);
        cur.tokens += u.tokens;
    }
    if (cur.hunks.length > 0)
        groups.push(cur);
    // Counts add up exactly, so one group is the whole file (it did not fit, so there are two or more).
    return groups.map((g, i) => {
        const part = { index: i + 1, total: groups.length };
        return { file: f, hunks: g.hunks, part, tokens: frame + g.tokens };
    });
}
function splitHunk(h, room, count, measure) {
    const headerTokens = 24; // `@@ -a,b +c,d @@ section` with numbers of any size
    const sectionTokens = count(h.section);
    const lineRoom = room - headerTokens - sectionTokens;
    const lines = [];
    const costs = [];
    for (const l of h.lines) {
        let t = measure.line(l);
        let line = l;
        if (t > lineRoom)
            [line, t] = shortenLine(l, lineRoom, count);
        lines.push(line);
        costs.push(t);
    }
    const fitted = { ...h, lines };
    const out = [];
    let from = 0;
    let used = headerTokens + sectionTokens;
    for (let i = 0; i < lines.length; i++) {
        const t = costs[i];
        if (i > from && used + t > room) {
            // `used` counts the header at its largest, so it never under-counts the rendered sub-hunk.
            out.push({ hunk: (0,diff_text/* subHunk */.pQ)(fitted, from, i), tokens: used });
            from = i;
            used = headerTokens + sectionTokens;
        }
        used += t;
    }
    out.push({ hunk: (0,diff_text/* subHunk */.pQ)(fitted, from, lines.length), tokens: used });
    return out;
}
/**
 * One line larger than a whole request (minified code, a data blob) is shown cut, with a note; the
 * line keeps its number, so findings on it still place. Placement uses the original diff, not this.
 */
function shortenLine(l, room, count) {
    let keep = Math.max(0, Math.floor(l.content.length * 0.8 * (room / count((0,diff_text/* renderLine */.ni)(l) + '\n'))));
    for (;;) {
        const cut = {
            ...l,
            content: `${l.content.slice(0, keep)} […${l.content.length - keep} more characters not shown]`,
        };
        const t = count((0,diff_text/* renderLine */.ni)(cut) + '\n');
        if (t <= room || keep === 0)
            return [cut, t];
        keep = Math.max(0, Math.floor(keep * 0.7));
    }
}

// EXTERNAL MODULE: ./src/prompt/messages.ts
var messages = __webpack_require__(74644);
// EXTERNAL MODULE: ./src/filter/path-instructions.ts
var path_instructions = __webpack_require__(51021);
// EXTERNAL MODULE: ./src/model/schema.ts
var schema = __webpack_require__(52482);
// EXTERNAL MODULE: ./src/images/pack.ts + 1 modules
var pack = __webpack_require__(58015);
;// CONCATENATED MODULE: ./src/plan.ts







/**
 * Of each request's prompt limit, the share kept free for tool results when tools are offered: a
 * request packed to the limit would have no room for a single turn (at the defaults of a deep review,
 * about 76,000 tokens: three or four whole results).
 */
const TOOL_ROOM_SHARE = 0.25;
// Chat framing the API adds around messages, plus the schema it injects for structured output.
const FRAMING_TOKENS = 32;
/** Everything before the model: filter the files, pack them into requests, render each request. */
function planReview(pr, files, o, count) {
    const { reviewable, skipped } = filterFiles(files, o);
    const promptLimit = o.contextWindow - o.maxTokens;
    const answer = (0,schema/* reviewAnswer */.Z5)(o.askDiagram === true);
    const schemaTokens = count(JSON.stringify(answer.schema));
    const empty = { index: 0, pieces: [], tokens: 0 };
    // The scaffold of the longest variant of the user message (a multi-part request), and of the system
    // prompt: with every path instruction, as if one request matched them all.
    const guidance = o.guidance ?? types/* NO_GUIDANCE */.Dh;
    const scaffold = (0,messages/* buildMessages */.Pm)(pr, empty, 99_999, 99_999, o.instructions, guidance);
    const overhead = scaffold.reduce((n, m) => n + count(m.content), 0) +
        schemaTokens +
        FRAMING_TOKENS +
        (o.extraPromptTokens ?? 0);
    // Pieces are counted one by one; their sum can differ slightly from the count of the joined text.
    const margin = Math.ceil(promptLimit * 0.002) + 16;
    const toolRoom = o.toolTurns ? Math.floor(promptLimit * TOOL_ROOM_SHARE) : 0;
    const budget = promptLimit - overhead - margin - toolRoom;
    if (reviewable.length > 0 && budget < 256) {
        throw new Error(`context-window (${o.contextWindow}) minus max-tokens (${o.maxTokens}) leaves ${budget} tokens for the diff after the instructions and PR description${toolRoom > 0 ? ` and the room kept for tool results (${toolRoom})` : ''}: raise context-window or lower max-tokens.`);
    }
    // Plans again below reuse the line counts of the first (see chunk/measure.ts).
    let chunks = reviewable.length > 0 ? planChunks(reviewable, budget, count) : [];
    let chosen = reviewable;
    const fits = (c) => (!o.maxRequests || c.length <= o.maxRequests) &&
        (!o.maxPromptTokens || c.reduce((n, x) => n + overhead + x.tokens, 0) <= o.maxPromptTokens);
    if (!fits(chunks)) {
        // Over the run's budget: the most important files first, as many as the budget allows.
        const ranked = [...reviewable].sort(byImportance);
        let lo = 0;
        let hi = ranked.length;
        let best = [];
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            const c = planChunks(ranked.slice(0, mid), budget, count);
            if (fits(c)) {
                lo = mid;
                best = c;
            }
            else
                hi = mid - 1;
        }
        chosen = ranked.slice(0, lo);
        chunks = best;
        const caps = [
            o.maxRequests ? `\`max-requests: ${o.maxRequests}\`` : '',
            o.maxPromptTokens ? `\`max-prompt-tokens: ${o.maxPromptTokens}\`` : '',
        ].filter(Boolean);
        const reason = `over the run's budget (${caps.join(', ')}): raise it to review this file`;
        for (const f of ranked.slice(lo))
            skipped.push({ path: f.path, reason });
    }
    if (o.images && (o.images.files.length > 0 || o.images.notReviewed.length > 0)) {
        // Images go where the text left room, or into requests of their own within the run's budget.
        const allows = (c, tokens, newRequest) => (!newRequest || !o.maxRequests || c.length + 1 <= o.maxRequests) &&
            (!o.maxPromptTokens ||
                c.reduce((n, x) => n + overhead + x.tokens, 0) + tokens + (newRequest ? overhead : 0) <=
                    o.maxPromptTokens);
        const packed = (0,pack/* packImages */.IY)(chunks, o.images.files, budget, count, allows);
        chunks = packed.chunks;
        // The filter skipped them as binary or media: their reason now is the images' own.
        const told = new Map([...o.images.notReviewed, ...packed.notReviewed].map((x) => [x.path, x.reason]));
        const shown = new Set(packed.placed.map((f) => f.path));
        const kept = skipped.filter((x) => !shown.has(x.path) && !told.has(x.path));
        skipped.length = 0;
        const listed = [...told].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        skipped.push(...kept, ...listed.map(([path, reason]) => ({ path, reason })));
        chosen = [...chosen, ...packed.placed];
    }
    const requests = chunks.map((chunk) => {
        // Pieces were counted line by line, where o200k counts add up exactly (chunk/measure.ts); the
        // margin covers the rest, so the joined prompt is never counted a second time.
        const promptTokens = overhead + chunk.tokens;
        if (promptTokens > promptLimit) {
            throw new Error(`internal: request ${chunk.index + 1} needs ${promptTokens} prompt tokens, over ${promptLimit}`);
        }
        return { chunk, messages: () => messagesFor(chunk), promptTokens };
    });
    function messagesFor(chunk) {
        return (0,messages/* buildMessages */.Pm)(pr, chunk, chunks.length, chosen.length, o.instructions, guidanceFor(guidance, chunk));
    }
    return { reviewable: chosen, skipped, requests, budget, promptLimit, answer, messagesFor };
}
/** The guidance one request carries: the path instructions that match its files. */
function guidanceFor(g, chunk) {
    if (g.pathInstructions.length === 0)
        return g;
    const paths = chunk.pieces.map((p) => p.file.path);
    return { ...g, pathInstructions: (0,path_instructions/* pathInstructionsFor */.y)(g.pathInstructions, paths) };
}
/** Source before tests before docs; within each, larger changes first. */
function importance(f) {
    const p = f.path.toLowerCase();
    if (/\.(md|mdx|rst|txt|adoc)$/.test(p) || /(^|\/)docs?\//.test(p))
        return 2;
    if (/(^|\/)(__tests__|tests?|spec|e2e)\//.test(p) ||
        /[._-](test|spec)\.[a-z]+$/.test(p) ||
        /(^|\/)test_[^/]+\.py$/.test(p) ||
        /_test\.go$/.test(p)) {
        return 1;
    }
    return 0;
}
function byImportance(a, b) {
    return (importance(a) - importance(b) ||
        b.additions + b.deletions - (a.additions + a.deletions) ||
        (a.path < b.path ? -1 : 1));
}


/***/ }),

/***/ 42558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ MAX_LINKED_ISSUES),
/* harmony export */   GI: () => (/* binding */ MAX_ISSUE_TOKENS),
/* harmony export */   Ix: () => (/* binding */ fitIssues),
/* harmony export */   Rr: () => (/* binding */ webHost),
/* harmony export */   X0: () => (/* binding */ issueName),
/* harmony export */   Zj: () => (/* binding */ sameRepo),
/* harmony export */   _z: () => (/* binding */ ISSUES_NOTE),
/* harmony export */   tI: () => (/* binding */ linkedIssueRefs),
/* harmony export */   yi: () => (/* binding */ renderIssue)
/* harmony export */ });
/* unused harmony export MAX_ISSUE_BODY_CHARS */
/** Issues read at most: each is a request to GitHub and text in every model request. */
const MAX_LINKED_ISSUES = 5;
/** One issue's body in the prompt at most (a long issue is cut, and says so). */
const MAX_ISSUE_BODY_CHARS = 4_000;
/** All linked issues together, in tokens of every request's prompt. */
const MAX_ISSUE_TOKENS = 6_000;
const NAME = '[A-Za-z0-9_.-]+';
/**
 * The issues `body` links, in order, without repeats: GitHub's closing keywords (`Fixes #12`,
 * `closes: owner/repo#34`, `Resolves https://<host>/owner/repo/issues/5`) and plain links to an
 * issue of this repository. Text in code spans, fenced blocks, HTML comments and quoted lines is not
 * read, as GitHub does not link it either. `more` counts the references past `max`.
 */
function linkedIssueRefs(body, here, max = MAX_LINKED_ISSUES) {
    const text = readableText(body);
    const host = here.host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const url = `https?://${host}/(${NAME})/(${NAME})/issues/(\\d+)\\b`;
    const target = `(?:(${NAME})/(${NAME}))?#(\\d+)\\b|${url}`;
    const keyword = new RegExp(`(?<![\\w/#-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?::\\s*|\\s+)(?:${target})`, 'gi');
    const link = new RegExp(`(?<![\\w/])${url}`, 'gi');
    const found = [];
    for (const m of text.matchAll(keyword)) {
        const ref = m[3]
            ? { owner: m[1] ?? here.owner, repo: m[2] ?? here.repo, number: Number(m[3]) }
            : { owner: m[4], repo: m[5], number: Number(m[6]) };
        found.push({ at: m.index, ref });
    }
    for (const m of text.matchAll(link)) {
        // A link to another repository's issue counts only after a closing keyword (above).
        if (!sameRepo({ owner: m[1], repo: m[2], number: 0 }, here))
            continue;
        found.push({ at: m.index, ref: { owner: m[1], repo: m[2], number: Number(m[3]) } });
    }
    found.sort((a, b) => a.at - b.at);
    const seen = new Set();
    const all = [];
    for (const { ref } of found) {
        // GitHub's owner and repository names are case-insensitive.
        const key = `${ref.owner}/${ref.repo}#${ref.number}`.toLowerCase();
        if (ref.number <= 0 || seen.has(key))
            continue;
        seen.add(key);
        all.push(ref);
    }
    return { refs: all.slice(0, max), more: all.slice(max) };
}
/** The description without what GitHub does not link: code, HTML comments, quotes. */
function readableText(body) {
    const out = [];
    let fence = null;
    for (const line of body.replace(/<!--[\s\S]*?(-->|$)/g, ' ').split(/\r?\n/)) {
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1])
                fence = null;
            out.push('');
            continue;
        }
        if (f) {
            fence = f[1];
            out.push('');
            continue;
        }
        if (/^ {0,3}>/.test(line)) {
            out.push('');
            continue;
        }
        out.push(line);
    }
    // Code spans may cross lines; a run of backticks closes only with a run of the same length.
    return out.join('\n').replace(/(`+)[\s\S]*?\1/g, ' ');
}
function sameRepo(ref, here) {
    return (ref.owner.toLowerCase() === here.owner.toLowerCase() && ref.repo.toLowerCase() === here.repo.toLowerCase());
}
/** How an issue is named: `#12` in this repository, `owner/repo#12` in another. */
function issueName(ref, here) {
    return sameRepo(ref, here) ? `#${ref.number}` : `${ref.owner}/${ref.repo}#${ref.number}`;
}
/** The web host of a PR's page (`github.com`, or a GitHub Enterprise Server's), for issue links. */
function webHost(htmlUrl) {
    try {
        return htmlUrl ? new URL(htmlUrl).host : 'github.com';
    }
    catch {
        return 'github.com';
    }
}
/** One issue as the prompt shows it. */
function renderIssue(i, here) {
    return `Issue ${issueName(i, here)}: ${i.title}\n${i.body.trim() || '(no description)'}\n`;
}
/**
 * The issues cut to `maxTokens` in all, in order: bodies past MAX_ISSUE_BODY_CHARS are cut first,
 * then the last issues' bodies shortened (an issue whose title alone does not fit is left out).
 */
function fitIssues(issues, here, count, maxTokens = MAX_ISSUE_TOKENS) {
    const kept = [];
    const dropped = [];
    let left = maxTokens;
    for (const issue of issues) {
        let i = { ...issue, body: cutBody(issue.body.trim(), MAX_ISSUE_BODY_CHARS) };
        let tokens = count(renderIssue(i, here));
        if (tokens > left) {
            // The longest prefix of the body that fits, found by halving.
            let lo = 0;
            let hi = i.body.length;
            while (lo < hi) {
                const mid = Math.ceil((lo + hi) / 2);
                if (count(renderIssue({ ...i, body: cutBody(issue.body.trim(), mid, true) }, here)) <= left)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            i = { ...i, body: cutBody(issue.body.trim(), lo, true) };
            tokens = count(renderIssue(i, here));
            if (lo === 0 || tokens > left) {
                dropped.push(issue);
                continue;
            }
        }
        left -= tokens;
        kept.push(i);
    }
    return { kept, dropped };
}
function cutBody(body, max, force = false) {
    if (!force && body.length <= max)
        return body;
    if (body.length <= max)
        return body;
    return `${body.slice(0, max)}\n[… issue text truncated: ${body.length - max} more characters]`;
}
/** The paragraph after the linked issues: what the model does with them. */
const ISSUES_NOTE = 'The linked issues above are what this pull request says it does. Check the change against what they ask: report a part of the request the change gets wrong, and report a part as missing only when this request holds the whole code it concerns (other parts of the pull request are reviewed separately).';


/***/ }),

/***/ 72971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eg: () => (/* binding */ extractJson),
/* harmony export */   i5: () => (/* binding */ schemaErrorsText)
/* harmony export */ });
/* unused harmony export MAX_FENCED_ANSWER_CHARS */
// The JSON object in a model's answer, whatever kind of answer it is (the review, a second look's verdicts).
/**
 * Answers longer than this are not searched for a ```json fence or prose around the object: they are
 * read as JSON mode sends them, from the first `{` to the last `}`. Far above what `max-tokens` (at most
 * 128,000 tokens) lets a model write; it bounds the work on an answer that is neither.
 */
const MAX_FENCED_ANSWER_CHARS = 4_000_000;
/**
 * The JSON object in an answer: the content of its first ```json (or bare ```) fence when the answer does
 * not start with `{`, then from the first `{` to the last `}`. Scanned with indexOf in linear time: a
 * backtracking regular expression over the answer was quadratic on hostile text (`x```\n` repeated).
 */
function extractJson(content) {
    const s = content.trim();
    const fenced = !s.startsWith('{') && s.length <= MAX_FENCED_ANSWER_CHARS ? fenceContent(s) : null;
    const inner = fenced !== null ? fenced.trim() : s;
    // Text before or after the object (a preamble, "I hope this helps") is not part of the answer.
    const a = inner.indexOf('{');
    const b = inner.lastIndexOf('}');
    return a >= 0 && b > a ? inner.slice(a, b + 1) : inner;
}
/** A validator's first errors in one line ("/comments/0 must have required property 'line'; …"). */
function schemaErrorsText(errors) {
    return (errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
        .join('; ');
}
const WHITESPACE = /\s/;
/**
 * What the first fence of `s` holds, or null, as the regular expression
 * /```(?:json)?\s*\n([\s\S]*?)\n```/ found it: an opening ``` (optionally `json`), whitespace holding a
 * line break, then everything up to the next line break followed by ```. Each opening is looked at
 * once: when the first valid one has no closing, no later one can have one (it would have to close after
 * it), so the answer is scanned a bounded number of times.
 */
function fenceContent(s) {
    for (let at = s.indexOf('```'); at >= 0; at = s.indexOf('```', at + 1)) {
        const breaks = openingBreaks(s, at + 3) ?? (s.startsWith('json', at + 3) ? openingBreaks(s, at + 7) : null);
        if (breaks === null)
            continue;
        const [last, previous] = breaks;
        const end = s.indexOf('\n```', last + 1);
        if (end >= 0)
            return s.slice(last + 1, end);
        // The expression backs off to the line break before: the fence then closes at `last` itself.
        return previous >= 0 && s.startsWith('```', last + 1) ? s.slice(previous + 1, last) : null;
    }
    return null;
}
/** The last two line breaks in the run of whitespace from `from` (-1 when absent), or null for none. */
function openingBreaks(s, from) {
    let last = -1;
    let previous = -1;
    for (let i = from; i < s.length && WHITESPACE.test(s[i]); i++) {
        if (s[i] !== '\n')
            continue;
        previous = last;
        last = i;
    }
    return last >= 0 ? [last, previous] : null;
}


/***/ })

};
