export const id = 191;
export const ids = [191];
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
