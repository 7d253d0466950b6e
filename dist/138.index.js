export const id = 138;
export const ids = [138,443,36];
export const modules = {

/***/ 39443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UNICODE_PRETOKEN: () => (/* binding */ UNICODE_PRETOKEN),
/* harmony export */   countTokens: () => (/* binding */ countTokens),
/* harmony export */   createTokenCounter: () => (/* binding */ createTokenCounter)
/* harmony export */ });
/* harmony import */ var gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15359);

// Diffs are data: `<|endoftext|>` in a diff is text to count, not a special token to reject.
const AS_TEXT = { disallowedSpecial: new Set() };
// BPE is quadratic in the length of one pre-token; a 1 MB minified line (or a line of 60 KB of
// spaces) would take minutes. Such runs are the only long pre-tokens.
const LONG_RUN = /\S{400}|[^\S\n]{400}/;
const SLICE = 200;
/**
 * Tokens of `text` in the o200k encoding of the GPT-5 family. Runs of 400+ non-space (or space)
 * characters are counted in slices, which can only over-count slightly: safe for budgeting, and
 * linear in time.
 */
function countTokens(text) {
    if (text.length < 400 || !LONG_RUN.test(text))
        return (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(text, AS_TEXT);
    let total = 0;
    let plain = '';
    for (const line of text.split('\n')) {
        if (line.length >= 400 && LONG_RUN.test(line)) {
            for (let i = 0; i < line.length; i += SLICE)
                total += (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(line.slice(i, i + SLICE), AS_TEXT);
            total += 1; // the newline
        }
        else {
            plain += line + '\n';
            if (plain.length > 1 << 20) {
                total += (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(plain, AS_TEXT);
                plain = '';
            }
        }
    }
    return total + (plain ? (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(plain, AS_TEXT) : 0);
}
// Positions where o200k's pre-tokenizer always cuts, whatever surrounds them, so that counts of the
// pieces add up exactly to the count of the whole:
//  - after a newline followed by an ASCII letter or digit: no pre-token pattern holds a newline and
//    then a letter or digit (punctuation takes trailing `[\r\n/]*`, whitespace takes only whitespace);
//  - after an ASCII digit followed by a space: only the digit pattern holds digits, and only digits.
// A rendered diff line (`12 +code`, `L7 -code`) is thus cut into its number and the rest, and the
// rest repeats: the same code is counted once however many times, and at whatever line, it appears.
const CUT = /\n(?=[A-Za-z0-9])|[0-9](?= )/g; // lastIndex after a match is the cut
// o200k's pre-tokenizer, as in tiktoken and gpt-tokenizer. On ASCII text the same pattern with its
// Unicode classes narrowed to ASCII cuts exactly the same pre-tokens, and V8 runs it four times faster.
const SUFFIX = "(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?";
const UPPER = '[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]';
const LOWER = '[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]';
const UNICODE_PRETOKEN = new RegExp(`[^\\r\\n\\p{L}\\p{N}]?${UPPER}*${LOWER}+${SUFFIX}|[^\\r\\n\\p{L}\\p{N}]?${UPPER}+${LOWER}*${SUFFIX}|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+`, 'gu');
const ASCII_PRETOKEN = new RegExp(`[^\\r\\nA-Za-z0-9]?[A-Z]*[a-z]+${SUFFIX}|[^\\r\\nA-Za-z0-9]?[A-Z]+[a-z]*${SUFFIX}|[0-9]{1,3}| ?[^\\sA-Za-z0-9]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+`, 'g');
const NOT_ASCII = /[\u0080-\uffff]/;
/**
 * A counter for one review: `countTokens`, exact, but faster on diffs. Text is cut where o200k
 * always cuts; each segment (a line's number, a line's code) is counted once and remembered, since
 * diffs repeat lines heavily (bundles, generated code, moved code); a new ASCII segment is cut into
 * pre-tokens, each also counted once. Remembered texts keep the strings they were cut from alive,
 * so a counter serves one run and is then dropped.
 */
function createTokenCounter() {
    const segments = new Map();
    const pretokens = new Map();
    const pretoken = (s, from, to) => {
        let h = to - from;
        for (let i = from; i < to; i++)
            h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
        const first = pretokens.get(h);
        for (let e = first; e !== undefined; e = e.next) {
            if (e.text.length === to - from && s.startsWith(e.text, from))
                return e.tokens;
        }
        const text = s.slice(from, to);
        const tokens = (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(text, AS_TEXT);
        pretokens.set(h, { text, tokens, next: first });
        return tokens;
    };
    const fresh = (s) => {
        if (s.length >= 400 && LONG_RUN.test(s))
            return countTokens(s);
        const re = NOT_ASCII.test(s) ? UNICODE_PRETOKEN : ASCII_PRETOKEN;
        // `test` moves `lastIndex` without building a match array: less garbage on millions of pieces.
        // Every character is in some pre-token, so the pieces tile the text.
        let n = 0;
        let from = 0;
        re.lastIndex = 0;
        while (re.test(s)) {
            n += pretoken(s, from, re.lastIndex);
            from = re.lastIndex;
        }
        return n;
    };
    const segment = (s) => {
        let n = segments.get(s);
        if (n === undefined) {
            n = fresh(s);
            segments.set(s, n);
        }
        return n;
    };
    return (text) => {
        CUT.lastIndex = 0;
        // One segment (a line of code, as the diff measure asks): its caller remembers it, not us.
        if (!CUT.test(text))
            return fresh(text);
        let total = 0;
        let from = 0;
        CUT.lastIndex = 0;
        while (CUT.test(text)) {
            total += segment(text.slice(from, CUT.lastIndex));
            from = CUT.lastIndex;
        }
        return from < text.length ? total + segment(text.slice(from)) : total;
    };
}


/***/ }),

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withRepoConfig: () => (/* binding */ withRepoConfig)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45507);

/**
 * The settings with the repository's configuration file and instruction files applied, read with
 * `read` from `where` (the base commit: a pull request cannot change its own review rules). A missing
 * default file is fine; a missing file that `config` names, or an invalid file, is an error.
 * `configWhere`: where a file `config` names comes from, when not `where` (the command line's
 * `--config FILE`). `trusted: false`: `where` is not a trusted revision (the command line's working
 * tree, on request), and the prompt says so instead of calling the files trusted.
 */
async function withRepoConfig(s, read, where, o) {
    const explicit = s.config !== '';
    const path = explicit ? s.config : _config_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_PATH;
    const configWhere = (explicit && o.configWhere) || where;
    const [text, ...files] = await Promise.all([
        read(path).catch((e) => {
            if (explicit)
                throw e;
            o.log.warning(`Could not read ${path} from ${configWhere} (${e.message}): reviewing with the inputs alone.`);
            return null;
        }),
        ..._config_js__WEBPACK_IMPORTED_MODULE_0__.INSTRUCTION_FILES.map((f) => read(f).catch((e) => {
            o.log.warning(`Could not read ${f} from ${where} (${e.message}): reviewing without it.`);
            return null;
        })),
    ]);
    let config = {};
    if (text === null) {
        if (explicit) {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(`The configuration file '${path}' named by input 'config' does not exist on ${configWhere}. Commit it to the base branch, fix the path, or leave 'config' empty to use ${_config_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_PATH} when present.`);
        }
    }
    else {
        if (Buffer.byteLength(text) > _config_js__WEBPACK_IMPORTED_MODULE_0__.MAX_CONFIG_BYTES) {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(`${path} is ${Buffer.byteLength(text)} bytes, over the ${_config_js__WEBPACK_IMPORTED_MODULE_0__.MAX_CONFIG_BYTES} a configuration file may have: check that 'config' names the right file.`);
        }
        config = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.parseConfig)(text, path);
        const keys = Object.keys(config);
        const overridden = OVERRIDES.filter(([key, input]) => key in config && s.setInputs.includes(input)).map(([, input]) => input);
        o.log.info(`Read ${path} from ${configWhere}${keys.length > 0 ? '' : ' (it sets nothing)'}.${overridden.length > 0 ? ` Settings given explicitly override its ${overridden.join(', ')}.` : ''}`);
    }
    const out = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.applyConfig)(s, config, { keepEffort: o.keepEffort });
    if (o.trusted === false) {
        out.guidance = {
            ...out.guidance,
            untrusted: {
                where,
                instructions: config.instructions !== undefined && !s.setInputs.includes('instructions'),
            },
        };
    }
    const found = _config_js__WEBPACK_IMPORTED_MODULE_0__.INSTRUCTION_FILES.flatMap((f, i) => (files[i] ? [{ path: f, text: files[i] }] : []));
    if (found.length > 0) {
        const bounded = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.boundInstructionFiles)(found, o.count);
        out.guidance = { ...out.guidance, instructionFiles: bounded };
        o.log.info(`Using the repository's ${found.map((f) => f.path).join(' and ')} from ${where} as review guidance.`);
    }
    return out;
}
const OVERRIDES = Object.entries(_config_js__WEBPACK_IMPORTED_MODULE_0__.OVERRIDDEN_BY);


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   PE: () => (/* binding */ NO_RETRY),
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   fm: () => (/* binding */ permissionHint),
/* harmony export */   fw: () => (/* binding */ githubErrorText)
/* harmony export */ });
/* unused harmony exports MAX_RATE_LIMIT_WAIT_S, isTransient, PERMISSIONS_BLOCK */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);



/** Longest wait for a rate limit to reset before giving up: a job should not idle for an hour. */
const MAX_RATE_LIMIT_WAIT_S = 300;
/**
 * Octokit for the API at GITHUB_API_URL (GitHub Enterprise Server, or a test server), retrying 5xx
 * and waiting out primary and secondary rate limits a few times before giving up. Writes that are not
 * safe to repeat pass `request: { retries: 0 }` and go through `writeOnce` instead. (`retries` must
 * never be set globally: plugin-retry would then retry 4xx answers too.)
 */
function createGitHubClient(token, apiUrl, log) {
    const onLimit = (kind) => (after, o, _o, count) => {
        const options = { method: o.method, url: readableUrl(o) };
        if (count >= 2 || after > MAX_RATE_LIMIT_WAIT_S) {
            log.warning(`GitHub ${kind} on ${options.method} ${options.url}: not waiting ${after} s ${count >= 2 ? 'a third time' : `(more than ${MAX_RATE_LIMIT_WAIT_S} s)`}.`);
            return false;
        }
        log.warning(`GitHub ${kind} on ${options.method} ${options.url}; retrying in ${after} s.`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl.replace(/\/+$/, ''),
        // 406 is GitHub's "diff too large": an answer to act on, not a fault to retry.
        retry: { doNotRetry: [400, 401, 403, 404, 406, 410, 422, 451] },
        throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
/** `/repos/octo/shop/pulls/17/reviews` rather than a URL template or a full URL with its query. */
function readableUrl(o) {
    return o.url
        .replace(/^https?:\/\/[^/]+/, '')
        .replace(/\?.*$/, '')
        .replace(/\{(\w+)\}/g, (m, name) => typeof o[name] === 'string' || typeof o[name] === 'number' ? String(o[name]) : m);
}
/** Per-request option for writes that must not be repeated blindly (see `writeOnce`). */
const NO_RETRY = { retries: 0 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** A 5xx, or no answer at all: GitHub may or may not have done what was asked. */
function isTransient(e) {
    const status = e.status;
    return status === undefined || status >= 500;
}
/**
 * A write GitHub may have carried out even though its answer was a 5xx or never came (a proxy timing
 * out after the fact): before trying again, `landed` looks for it, so nothing is written twice.
 */
async function writeOnce(write, landed, log, what) {
    for (let attempt = 1;; attempt++) {
        try {
            return await write();
        }
        catch (e) {
            if (!isTransient(e) || attempt >= 3)
                throw e;
            const status = e.status;
            log.warning(`GitHub answered ${status ?? e.message} while ${what}; checking whether it was done before trying again.`);
            await sleep(1000 * attempt ** 2);
            const found = await landed().catch(() => null);
            if (found !== null) {
                log.info(`GitHub had done it after all (${what}): not repeated.`);
                return found;
            }
        }
    }
}
/** GitHub's own words for an error: the message and the `errors` list of a 4xx body. */
function githubErrorText(e) {
    const data = e.response?.data;
    const errors = Array.isArray(data?.errors)
        ? data.errors.map((x) => typeof x === 'string' ? x : String(x?.message ?? JSON.stringify(x)))
        : [];
    return [typeof data?.message === 'string' ? data.message : e?.message, ...errors]
        .filter(Boolean)
        .join('; ');
}
/** The `permissions:` block a job needs for everything the action writes (all of it is pull-request data). */
const PERMISSIONS_BLOCK = '  permissions:\n    contents: read\n    pull-requests: write';
/** Turns GitHub errors users can fix into messages that say how. */
function explainGitHubError(e, doing) {
    const status = e.status;
    const message = e?.message ?? String(e);
    const headers = e.response?.headers;
    if (status === 401) {
        return new Error(`GitHub refused the token (401) while ${doing}. Pass a valid token as \`github-token\` (the default \${{ github.token }} works).`);
    }
    if ((status === 403 || status === 429) &&
        (/rate limit/i.test(message) || headers?.['x-ratelimit-remaining'] === '0')) {
        const reset = Number(headers?.['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : '';
        return new Error(`GitHub's rate limit stopped ${doing} (${status}: ${message})${when}. Re-run the job later; if it happens often, lower \`concurrency\` or run fewer workflows that call the API at once.`);
    }
    if (status === 403 && /personal access token/i.test(message)) {
        return new Error(`GitHub denied ${doing} (403: ${message}). The fine-grained token passed as \`github-token\` needs repository permissions "Contents: Read" and "Pull requests: Read and write" on this repository.`);
    }
    if (status === 403 && /not accessible by integration|permission/i.test(message)) {
        return new Error(`GitHub denied ${doing} (403: ${message}). Give the job these permissions:\n${PERMISSIONS_BLOCK}\nOn pull requests from forks the token is read-only; see the README.`);
    }
    if (status === 422 && /one pending review/i.test(githubErrorText(e))) {
        return new Error(`GitHub refused ${doing} (422: the token's user already has a pending review on this pull request, and GitHub allows one). That draft belongs to a person, so it was left alone: submit or discard it (Files changed → Review changes), or leave \`github-token\` unset so the review is posted as github-actions[bot].`);
    }
    if (status === 404) {
        return new Error(`GitHub answered 404 while ${doing}: the repository or pull request does not exist or the token cannot see it. For a private repository the job needs \`permissions: contents: read, pull-requests: write\`.`);
    }
    return new Error(`GitHub API error while ${doing}${status ? ` (${status})` : ''}: ${message}`);
}
/** A warning's tail for a failed write: the permission to add when GitHub said 403. */
function permissionHint(e) {
    return e.status === 403
        ? ' Give the job `pull-requests: write` (see the README, "Resource not accessible by integration").'
        : '';
}


/***/ }),

/***/ 33113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readRepoEntry),
/* harmony export */   v: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96584);

/** GitHub's JSON answer for a file carries its content (base64) up to this size, and its size always. */
const JSON_CONTENT_LIMIT = 1024 * 1024;
/**
 * One file of the repository at `ref` (a commit SHA), as text; null when it does not exist there, or
 * when it is larger than `maxBytes`. A read capped within 1 MB asks for the JSON answer, which gives a
 * larger file's size without its content, so nothing is downloaded only to be dropped; a larger cap
 * asks for the raw media type, which gives the content itself up to GitHub's 100 MB limit. What the
 * text is (binary, too large for its use) is the caller's to judge.
 */
async function readRepoFile(gh, repo, ref, path, maxBytes) {
    const where = { owner: repo.owner, repo: repo.repo, path, ref };
    const doing = `reading ${path} at ${ref.slice(0, 7)}`;
    if (maxBytes <= JSON_CONTENT_LIMIT) {
        const data = await get(() => gh.rest.repos.getContent(where), doing);
        if (data === null)
            return null;
        const file = data;
        // A directory, a submodule or a link leading out of the repository: no text to read.
        if (Array.isArray(data) || file.type !== 'file' || file.encoding !== 'base64')
            return null;
        if ((file.size ?? 0) > maxBytes || typeof file.content !== 'string')
            return null;
        return Buffer.from(file.content, 'base64').toString('utf8');
    }
    const data = await get(() => gh.rest.repos.getContent({ ...where, mediaType: { format: 'raw' } }), doing);
    if (data === null)
        return null;
    // A directory (or a submodule) is answered with its JSON listing, even with the raw media type.
    if (typeof data !== 'string')
        throw new Error(`${path} at ${ref.slice(0, 7)} is a directory, not a file.`);
    return Buffer.byteLength(data) > maxBytes ? null : data;
}
/**
 * What stands at `path` at `ref`: a file's bytes (the model's reader judges binary and LFS pointers;
 * the images are sent as they are), or a directory, submodule or link, or its size when it is over
 * `maxBytes`. The JSON answer comes first: it gives a file's size always, and its content up to 1 MB;
 * a larger file within `maxBytes` is then read with the raw media type (GitHub serves it up to 100 MB),
 * as bytes. GitHub itself answers a link to a file in the repository with that file's content; any
 * other link is named with its target, never followed here.
 */
async function readRepoEntry(gh, repo, ref, path, maxBytes) {
    const where = { owner: repo.owner, repo: repo.repo, path, ref };
    const doing = `reading ${path} at ${ref.slice(0, 7)}`;
    const data = await get(() => gh.rest.repos.getContent(where), doing);
    if (data === null)
        return { kind: 'missing' };
    if (Array.isArray(data))
        return { kind: 'directory' };
    const e = data;
    if (e.type === 'dir')
        return { kind: 'directory' };
    if (e.type === 'submodule')
        return { kind: 'submodule' };
    if (e.type === 'symlink')
        return { kind: 'symlink', target: String(e.target ?? '') };
    if (e.type !== 'file')
        throw new Error(`${path} at ${ref.slice(0, 7)} is a ${String(e.type)}, not a file`);
    const size = typeof e.size === 'number' ? e.size : 0;
    if (size > maxBytes)
        return { kind: 'too-large', size };
    // Over 1 MB, GitHub's JSON answer has no content ("encoding": "none"): the raw media type has it.
    if (e.encoding === 'none' && size > 0) {
        const bytes = await rawBytes(gh, where, maxBytes, doing);
        return bytes === null
            ? { kind: 'too-large', size: Math.max(size, maxBytes + 1) }
            : { kind: 'file', bytes, size };
    }
    if (e.encoding !== 'base64' || typeof e.content !== 'string')
        throw new Error(`GitHub gave no content for ${path} at ${ref.slice(0, 7)} (encoding ${String(e.encoding)})`);
    const bytes = Buffer.from(e.content, 'base64');
    return { kind: 'file', bytes, size: Math.max(size, bytes.length) };
}
/**
 * A file's bytes through the raw media type, at most `maxBytes` (null: more). The body is read as the
 * bytes it is: Octokit would decode an answer marked `charset=utf-8` as text, which breaks binary.
 */
async function rawBytes(gh, where, maxBytes, doing) {
    let res;
    try {
        res = await gh.rest.repos.getContent({
            ...where,
            mediaType: { format: 'raw' },
            request: { parseSuccessResponseBody: false },
        });
    }
    catch (e) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .explainGitHubError */ .Pm)(e, doing);
    }
    const body = res.data;
    // Changed since the JSON answer into a directory, which is answered with its JSON listing. The raw
    // answer's own type is `application/vnd.github.raw` (a server may add `+json` to it: still bytes).
    const type = String(res.headers['content-type'] ?? '');
    if (/json/i.test(type) && !/\.raw\b/i.test(type)) {
        await body?.cancel().catch(() => undefined);
        throw new Error(`${where.path} at ${where.ref.slice(0, 7)} is not a file (GitHub answered JSON)`);
    }
    if (!body)
        return Buffer.alloc(0);
    const parts = [];
    let n = 0;
    const reader = body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        n += value.length;
        if (n > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return null;
        }
        parts.push(value);
    }
    return Buffer.concat(parts, n);
}
/** The answer's data; null for a 404 (nothing at that path and ref). */
async function get(request, doing) {
    try {
        return (await request()).data;
    }
    catch (e) {
        if (e.status === 404)
            return null;
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .explainGitHubError */ .Pm)(e, doing);
    }
}


/***/ }),

/***/ 77369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ whoAmI),
/* harmony export */   q: () => (/* binding */ writeAccess)
/* harmony export */ });
/* harmony import */ var _memory_authorship_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7010);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96584);


/**
 * `GET /user` names the account of a personal or OAuth token. An installation token (the job's
 * GITHUB_TOKEN, an app's) gets 403 "Resource not accessible by integration", and `GET /app` does not
 * work with one either: then only a Bot's content counts as ours (see `authoredByUs`).
 */
function whoAmI(gh, log) {
    let asked;
    return () => (asked ??= gh.rest.users.getAuthenticated().then((res) => {
        log.info(`The token belongs to ${res.data.login}: its own reviews and comments are this action's.`);
        return { login: res.data.login };
    }, (e) => {
        if (e.status !== 403)
            log.info(`Could not tell whose token this is (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubErrorText */ .fw)(e)}): only a bot account's earlier reviews count as this action's.`);
        return _memory_authorship_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_IDENTITY */ .Q9;
    }));
}
/**
 * Base roles that may push. `permission` gives the base role (`maintain` already mapped to `write`);
 * `role_name` is not used: a custom role may have any name.
 */
const WRITE = new Set(['admin', 'maintain', 'write']);
/**
 * The collaborator permission endpoint, cached per login. Not a collaborator (404), or no answer:
 * no write access, so a thread that person resolved still counts (the safe side for `fail-on`).
 */
function writeAccess(gh, pr, log, consequence = (login) => `the threads ${login} resolved still count for fail-on`) {
    const cache = new Map();
    return (login) => {
        const key = login.toLowerCase();
        let answer = cache.get(key);
        if (!answer) {
            answer = gh.rest.repos
                .getCollaboratorPermissionLevel({ owner: pr.owner, repo: pr.repo, username: login })
                .then((res) => WRITE.has(res.data.permission), (e) => {
                if (e.status !== 404)
                    log.warning(`Could not read ${login}'s permission on ${pr.owner}/${pr.repo} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubErrorText */ .fw)(e)}): ${consequence(login)}.`);
                return false;
            });
            cache.set(key, answer);
        }
        return answer;
    };
}


/***/ }),

/***/ 74487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ listReviewComments),
/* harmony export */   _f: () => (/* binding */ editPullBody),
/* harmony export */   dA: () => (/* binding */ fetchPullRequest),
/* harmony export */   tA: () => (/* binding */ removeLabel),
/* harmony export */   vT: () => (/* binding */ currentPull)
/* harmony export */ });
/* harmony import */ var _event_pull_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55325);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96584);


/** The pull request a `pull-request` input or an issue comment names, read from the API. */
async function fetchPullRequest(gh, t) {
    try {
        const res = await gh.rest.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.number });
        return (0,_event_pull_request_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestFromApi */ .rT)(res.data);
    }
    catch (e) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .explainGitHubError */ .Pm)(e, `reading pull request ${t.owner}/${t.repo}#${t.number}`);
    }
}
/** The PR as it is now; null when it cannot be read (then the review is posted as planned). */
async function currentPull(gh, pr, log) {
    try {
        const res = await gh.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
        return { state: res.data.state, merged: res.data.merged === true, headSha: res.data.head.sha };
    }
    catch (e) {
        log.warning(`Could not re-read #${pr.number} before posting (${e.message}); posting anyway.`);
        return null;
    }
}
/** The inline comments of review `reviewId`. */
async function listReviewComments(gh, pr, reviewId) {
    const list = await gh.paginate(gh.rest.pulls.listCommentsForReview, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        review_id: reviewId,
        per_page: 100,
    });
    return list.map((c) => {
        const line = c.line ?? c.original_line;
        return { body: c.body, path: c.path, line: typeof line === 'number' ? line : null, url: c.html_url };
    });
}
/** Takes the deep-review label off so adding it again asks for another deep review. */
async function removeLabel(gh, pr, label, log) {
    try {
        await gh.rest.issues.removeLabel({
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            name: label,
        });
        log.info(`Removed the '${label}' label: add it again for another deep review.`);
    }
    catch (e) {
        const status = e.status;
        if (status === 404)
            return; // already gone
        log.warning(`Could not remove the '${label}' label (${status ?? e.message}): give the job \`pull-requests: write\` (or \`issues: write\`) so it can, or remove it by hand before asking for another deep review.`);
    }
}
/**
 * Sets the PR description to `edit(its current text)`, read just before, so an edit the author made
 * during the review is kept. No write when `edit` leaves it as it is, or gives null.
 */
async function editPullBody(gh, pr, edit) {
    const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
    let body;
    try {
        body = (await gh.rest.pulls.get(where)).data.body ?? '';
    }
    catch (e) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .explainGitHubError */ .Pm)(e, `reading the description of #${pr.number}`);
    }
    const next = edit(body);
    if (next === null || next === body)
        return 'unchanged';
    try {
        // The one edit of the PR the action makes, and only with `describe: true` (src/action/deliver.ts).
        await gh.rest.pulls.update({ ...where, body: next });
    }
    catch (e) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .explainGitHubError */ .Pm)(e, `updating the description of #${pr.number}`);
    }
    return 'updated';
}


/***/ }),

/***/ 7010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ UNKNOWN_IDENTITY),
/* harmony export */   RS: () => (/* binding */ isBotAccount),
/* harmony export */   Up: () => (/* binding */ sameLogin),
/* harmony export */   Yf: () => (/* binding */ needsIdentity),
/* harmony export */   kk: () => (/* binding */ authoredByUs)
/* harmony export */ });
/**
 * Who wrote something: the one check every reader of our own history uses. Markers are HTML comments
 * anyone can type, so content only counts as ours when its author is us: the token's own account when
 * GitHub names it (`GET /user`: a personal or OAuth token, whose account is a User), or a Bot account.
 * An installation token (the job's GITHUB_TOKEN, an app's token) cannot ask which app it is, and a
 * Bot's content cannot be typed by a person, so any Bot's counts as before.
 */
const UNKNOWN_IDENTITY = { login: null };
function isBotAccount(u) {
    return u?.type === 'Bot' || /\[bot\]$/.test(u?.login ?? '');
}
/** Logins compare without case and without a Bot's `[bot]` suffix (REST has it, GraphQL not). */
function sameLogin(a, b) {
    const norm = (s) => s.replace(/\[bot\]$/i, '').toLowerCase();
    return !!a && !!b && norm(a) === norm(b);
}
/** Written by this action: by the token's own account, or by a Bot account. */
function authoredByUs(u, me) {
    if (!u?.login)
        return false; // a deleted account ("ghost"): not provably ours
    return isBotAccount(u) || sameLogin(u.login, me.login);
}
/** Whether telling `authoredByUs` apart needs the token's account: only for content by a non-Bot. */
function needsIdentity(authors) {
    return authors.some((u) => !!u?.login && !isBotAccount(u));
}


/***/ })

};
