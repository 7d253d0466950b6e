export const id = 482;
export const ids = [482];
export const modules = {

/***/ 52482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   Sz: () => (/* binding */ toFindings),
/* harmony export */   W4: () => (/* binding */ SCHEMA_NAME),
/* harmony export */   lw: () => (/* binding */ parseModelReview),
/* harmony export */   t6: () => (/* binding */ REVIEW_SCHEMA),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45315);


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
                    severity: { type: 'string', enum: [..._findings_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC] },
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
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false });
// The strict schema asks for `verdict`; an answer without it (an older model, JSON mode, a function
// call) is still a usable review, so it is validated with `verdict` optional.
const validate = ajv.compile({
    ...REVIEW_SCHEMA,
    required: REVIEW_SCHEMA.required.filter((k) => k !== 'verdict'),
});
class SchemaError extends Error {
    name = 'SchemaError';
}
/**
 * Parses and validates a model answer. A ```json fence or text around the object is tolerated; anything
 * that does not match the schema is refused with the reason, never half-used.
 */
function parseModelReview(content) {
    const text = extractJson(content);
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
    return data;
}
function extractJson(content) {
    const s = content.trim();
    const fence = /```(?:json)?\s*\n([\s\S]*?)\n```/.exec(s);
    const inner = !s.startsWith('{') && fence ? fence[1].trim() : s;
    // Text before or after the object (a preamble, "I hope this helps") is not part of the answer.
    const a = inner.indexOf('{');
    const b = inner.lastIndexOf('}');
    return a >= 0 && b > a ? inner.slice(a, b + 1) : inner;
}
function toFindings(review, chunk) {
    return review.comments.map((c) => ({
        path: c.path,
        line: c.line,
        startLine: c.start_line,
        side: c.side,
        severity: c.severity,
        title: inert(c.title.trim()),
        body: inert(c.body.trim()),
        suggestion: c.suggestion,
        chunk,
    }));
}
/**
 * Model text is posted as Markdown: an HTML comment in it could hide text or forge the markers this
 * action writes, so `<!--` is shown literally.
 */
function inert(text) {
    return text.replace(/<!--/g, '&lt;!--');
}


/***/ })

};
