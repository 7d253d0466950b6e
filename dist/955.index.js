export const id = 955;
export const ids = [955];
export const modules = {

/***/ 5955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ChunkError: () => (/* binding */ ChunkError),
  ModelConfigError: () => (/* binding */ ModelConfigError),
  createModelCall: () => (/* binding */ createModelCall),
  interpret: () => (/* binding */ interpret)
});

// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 232 modules
var openai = __webpack_require__(8193);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/model/stream.ts
function usageOf(u) {
    return u ? { prompt_tokens: u.prompt_tokens ?? 0, completion_tokens: u.completion_tokens ?? 0 } : null;
}
function fromCompletion(c) {
    const choice = c.choices?.[0];
    return {
        content: choice?.message?.content ?? null,
        refusal: choice?.message?.refusal ?? null,
        finishReason: choice?.finish_reason ?? null,
        usage: usageOf(c.usage),
    };
}
/**
 * Folds streamed chunks into the same Completion a non-streamed call gives: content and refusal deltas
 * of choice 0 concatenated, the last finish reason, and usage if the provider sent it.
 */
class StreamAssembler {
    content = [];
    refusal = [];
    sawContent = false;
    finishReason = null;
    usage = null;
    chars = 0;
    add(chunk) {
        for (const choice of chunk.choices ?? []) {
            if ((choice.index ?? 0) !== 0)
                continue;
            const d = choice.delta ?? {};
            if (typeof d.content === 'string') {
                this.content.push(d.content);
                this.sawContent = true;
                this.chars += d.content.length;
            }
            if (typeof d.refusal === 'string')
                this.refusal.push(d.refusal);
            if (choice.finish_reason)
                this.finishReason = choice.finish_reason;
        }
        if (chunk.usage)
            this.usage = usageOf(chunk.usage);
    }
    result() {
        return {
            content: this.sawContent ? this.content.join('') : null,
            refusal: this.refusal.length > 0 ? this.refusal.join('') : null,
            finishReason: this.finishReason,
            usage: this.usage,
        };
    }
}

// EXTERNAL MODULE: ./src/model/schema.ts
var schema = __webpack_require__(2482);
;// CONCATENATED MODULE: ./src/model/client.ts





/** The request could not be used; the chunk is reported as not reviewed with this reason. */
class ChunkError extends Error {
    name = 'ChunkError';
    promptTokens;
    completionTokens;
    constructor(message, usage) {
        super(message);
        this.promptTokens = usage?.prompt_tokens ?? 0;
        this.completionTokens = usage?.completion_tokens ?? 0;
    }
}
/** Every request would fail the same way (bad key, unknown model, wrong URL): stop the run. */
class ModelConfigError extends Error {
    name = 'ModelConfigError';
}
/** How often a streamed request reports that it is still going. */
const PROGRESS_EVERY_MS = 30_000;
/**
 * A model caller bound to the settings. `baseURL`, `apiKey`, organization and project are passed
 * explicitly so stray OPENAI_* variables in the runner cannot redirect requests or the key.
 */
function createModelCall(s, count) {
    // Node's fetch gives up after 5 minutes without response headers; a deep review can think longer.
    const dispatcher = new undici/* Agent */.g6({ headersTimeout: s.requestTimeoutMs, bodyTimeout: s.requestTimeoutMs });
    const client = new openai/* default */.Ay({
        apiKey: s.apiKey,
        baseURL: s.baseUrl,
        organization: null,
        project: null,
        timeout: s.requestTimeoutMs,
        maxRetries: 2,
        fetch: ((url, init) => (0,undici/* fetch */.hd)(url, { ...init, dispatcher })),
    });
    const stream = (0,settings/* streams */.oS)(s);
    const params = {
        model: s.model,
        max_tokens: s.maxTokens,
        reasoning_effort: s.reasoningEffort,
        response_format: {
            type: 'json_schema',
            json_schema: {
                name: schema/* SCHEMA_NAME */.W4,
                strict: true,
                schema: schema/* REVIEW_SCHEMA */.t6,
            },
        },
    };
    return async (messages, info) => {
        let completion;
        try {
            if (stream) {
                // Streaming keeps the connection busy through long reasoning and lets us show progress.
                const started = Date.now();
                let lastReport = started;
                const assembler = new StreamAssembler();
                const chunks = await client.chat.completions.create({ ...params, messages, stream: true });
                for await (const chunk of chunks) {
                    assembler.add(chunk);
                    if (info.progress && Date.now() - lastReport >= PROGRESS_EVERY_MS) {
                        lastReport = Date.now();
                        info.progress(`${info.label}: streaming, ${assembler.chars} characters after ${Math.round((lastReport - started) / 1000)} s`);
                    }
                }
                completion = assembler.result();
            }
            else {
                completion = fromCompletion(await client.chat.completions.create({ ...params, messages }));
            }
        }
        catch (e) {
            throw classify(e, s);
        }
        return interpret(completion, s, info, count);
    };
}
/** Turns a completion into a validated review, or a ChunkError that says why it cannot be used. */
function interpret(c, s, info, count) {
    const usage = c.usage ?? { prompt_tokens: info.promptTokens, completion_tokens: count(c.content ?? '') };
    if (c.finishReason === 'length') {
        throw new ChunkError(`the answer was cut off at max-tokens (${s.maxTokens}); raise \`max-tokens\` (up to 128000)`, usage);
    }
    if (c.finishReason === 'content_filter')
        throw new ChunkError("the provider's content filter blocked the answer", usage);
    if (c.refusal)
        throw new ChunkError(`the model refused: ${c.refusal.slice(0, 300)}`, usage);
    if (c.content === null || c.content.trim() === '')
        throw new ChunkError('the model answered with no content', usage);
    let review;
    try {
        review = (0,schema/* parseModelReview */.lw)(c.content);
    }
    catch (e) {
        if (e instanceof schema/* SchemaError */.Ar)
            throw new ChunkError(e.message, usage);
        throw e;
    }
    return { review, promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
}
function classify(e, s) {
    if (e instanceof openai/* default.AuthenticationError */.Ay.AuthenticationError) {
        return new ModelConfigError(`The model API at ${s.baseUrl} refused the API key (401). Check the secret passed as \`api-key\` (it may be unset, expired or for another provider).`);
    }
    if (e instanceof openai/* default.PermissionDeniedError */.Ay.PermissionDeniedError) {
        return new ModelConfigError(`The model API at ${s.baseUrl} denied access (403) for model '${s.model}'. Check that the \`api-key\` may use this model, or set \`model\` to one it may.`);
    }
    if (e instanceof openai/* default.NotFoundError */.Ay.NotFoundError) {
        return new ModelConfigError(`The model API answered 404 at ${s.baseUrl}/chat/completions for model '${s.model}'. Check \`base-url\` (it must be the API root, e.g. https://cloud.vtrix.ai/llm) and \`model\`.`);
    }
    if (e instanceof openai/* default.APIConnectionTimeoutError */.Ay.APIConnectionTimeoutError) {
        return new ChunkError(`the model API did not answer within \`request-timeout\` (${s.requestTimeoutMs / 1000} s)`);
    }
    if (e instanceof openai/* default.APIError */.Ay.APIError) {
        const status = e.status ? ` (${e.status})` : '';
        return new ChunkError(`the model API failed${status}: ${e.message.slice(0, 300)}`);
    }
    return new ChunkError(`the model request failed: ${e?.message ?? String(e)}`);
}


/***/ }),

/***/ 2482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   Sz: () => (/* binding */ toFindings),
/* harmony export */   W4: () => (/* binding */ SCHEMA_NAME),
/* harmony export */   lw: () => (/* binding */ parseModelReview),
/* harmony export */   t6: () => (/* binding */ REVIEW_SCHEMA),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5315);


/** What the model must answer; sent as `response_format: json_schema` with `strict: true`. */
const REVIEW_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['summary', 'comments'],
    properties: {
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
const validate = ajv.compile(REVIEW_SCHEMA);
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
