export const id = 918;
export const ids = [918];
export const modules = {

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
/* harmony export */   g9: () => (/* binding */ REVIEW_ANSWER),
/* harmony export */   t6: () => (/* binding */ REVIEW_SCHEMA)
/* harmony export */ });
/* unused harmony exports SCHEMA_NAME, SchemaError, parseModelReview, MAX_TITLE_CHARS, titleFromBody, summaryFromComments */
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
    required: ['verdict', 'summary', 'comments'],
    properties: {
        verdict: { type: 'string', description: 'The worst problem in one line, or "No problems found".' },
        summary: {
            type: 'string',
            description: 'One to three sentences: the overall assessment of this part of the change and its main risk.',
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
    const text = (0,_util_answer_json_js__WEBPACK_IMPORTED_MODULE_4__/* .extractJson */ .e)(content);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new SchemaError(`the answer is not valid JSON (${e.message})`);
    }
    if (!validate(data)) {
        const why = (validate.errors ?? [])
            .slice(0, 5)
            .map((e) => `${e.instancePath || '/'} ${e.message}`)
            .join('; ');
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
    return review;
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

/***/ 72971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ extractJson)
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
