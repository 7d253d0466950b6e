export const id = 279;
export const ids = [279,482,122];
export const modules = {

/***/ 61497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ measureFor)
/* harmony export */ });
/* harmony import */ var _prompt_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9884);

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
        if (l.content.length > _prompt_render_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_CHARS */ .yL)
            return count((0,_prompt_render_js__WEBPACK_IMPORTED_MODULE_0__/* .renderLine */ .ni)(l) + '\n');
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
        let t = count((0,_prompt_render_js__WEBPACK_IMPORTED_MODULE_0__/* .hunkHeader */ .Mn)(h) + '\n');
        for (const l of h.lines)
            t += line(l);
        return t;
    };
    return {
        line,
        hunk,
        file: (f, hunks, part) => count((0,_prompt_render_js__WEBPACK_IMPORTED_MODULE_0__/* .fileHeader */ .w4)(f, part)) + hunks.reduce((t, h) => t + hunk(h), 0) + count(_prompt_render_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_FOOTER */ .tx),
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

/***/ 81122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_KEYS: () => (/* binding */ CONFIG_KEYS),
/* harmony export */   ConfigError: () => (/* binding */ ConfigError),
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   INSTRUCTION_FILES: () => (/* binding */ INSTRUCTION_FILES),
/* harmony export */   INSTRUCTION_FILES_TOKENS: () => (/* binding */ INSTRUCTION_FILES_TOKENS),
/* harmony export */   MAX_CONFIG_BYTES: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   MAX_CONFIG_DEPTH: () => (/* binding */ MAX_CONFIG_DEPTH),
/* harmony export */   applyConfig: () => (/* binding */ applyConfig),
/* harmony export */   boundInstructionFiles: () => (/* binding */ boundInstructionFiles),
/* harmony export */   languageName: () => (/* binding */ languageName),
/* harmony export */   parseConfig: () => (/* binding */ parseConfig),
/* harmony export */   pathInstructionsFor: () => (/* binding */ pathInstructionsFor)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _findings_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45315);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58750);
/* harmony import */ var _filter_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58630);




/** Where the repository configuration file is read from, on the base branch, unless `config` names another. */
const DEFAULT_CONFIG_PATH = '.github/vtrix-review.yml';
/** Instruction files other tools read, added to the owner's guidance when the base branch has them. */
const INSTRUCTION_FILES = ['AGENTS.md', '.github/copilot-instructions.md'];
/** Tokens the instruction files may take together: they go into every request. */
const INSTRUCTION_FILES_TOKENS = 4_000;
/** A configuration file is a few lines; a larger one is a mistake (a wrong path, a generated file). */
const MAX_CONFIG_BYTES = 256 * 1024;
/**
 * Deepest nesting of lists and mappings a configuration file may have; it needs three (a list of
 * `{path, instructions}` under `path_instructions`). The YAML library builds nested values by
 * recursion, so a file of thousands of `[` would overflow the stack.
 */
const MAX_CONFIG_DEPTH = 16;
class ConfigError extends Error {
    name = 'ConfigError';
}
/** The keys, in the order the README documents them. */
const CONFIG_KEYS = [
    'instructions',
    'path_instructions',
    'exclude',
    'include',
    'min-severity',
    'max-comments',
    'reasoning-effort',
    'language',
];
/**
 * Parses and validates a configuration file. Every problem is reported at once, each with its line,
 * e.g. `.github/vtrix-review.yml line 4: min-severity must be one of …; got 'blocker'`.
 */
function parseConfig(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const at = (offset) => `${file} line ${lines.linePos(offset ?? 0).line}`;
    // The parser's syntax tree is built without recursion; it is checked before the document is built.
    const parsed = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lines.addNewLine).parse(text)];
    const deep = tooDeep(parsed);
    if (deep !== null) {
        throw new ConfigError(`${at(deep)}: lists and mappings are nested more than ${MAX_CONFIG_DEPTH} deep; a configuration file needs at most 3 (path_instructions: - path: …). Remove the extra brackets or indentation levels.`);
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
    const errors = [];
    const err = (node, message, offset) => {
        errors.push(`${at(offset ?? node?.range?.[0])}: ${message}`);
    };
    for (const e of doc.errors) {
        errors.push(`${at(e.pos[0])}: ${e.message.split('\n')[0]} (the file is not valid YAML).`);
    }
    if (errors.length > 0)
        throw new ConfigError(errors.join('\n'));
    const root = doc.contents;
    const config = {};
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(root) && root.value === null))
        return config; // empty or comments only
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        err(root, `the file must be a mapping of settings (key: value), such as \`min-severity: major\`.`);
        throw new ConfigError(errors.join('\n'));
    }
    for (const pair of root.items) {
        const keyNode = pair.key;
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : null;
        const value = pair.value;
        if (key === null) {
            err(keyNode, 'keys must be plain names such as `min-severity`.');
            continue;
        }
        if (!CONFIG_KEYS.includes(key)) {
            const guess = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(key, CONFIG_KEYS);
            err(keyNode, `unknown key '${short(key)}'.${guess ? ` Did you mean '${guess}'?` : ''} Known keys: ${CONFIG_KEYS.join(', ')}.`);
            continue;
        }
        const where = value ?? keyNode;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(value)) {
            err(value, `${key}: YAML aliases (*name) are not supported here; write the value out.`);
            continue;
        }
        switch (key) {
            case 'instructions': {
                const s = text_(key, value, where);
                if (s !== null)
                    config.instructions = s;
                break;
            }
            case 'language': {
                const s = text_(key, value, where);
                if (s === null)
                    break;
                if (s.length > 40 || /[\n\r`<>{}]/.test(s)) {
                    err(where, `language must be a language name or code such as German or de; got '${short(s)}'.`);
                }
                else
                    config.language = languageName(s);
                break;
            }
            case 'exclude':
            case 'include': {
                const list = globs(key, value, where);
                if (list)
                    config[key] = list;
                break;
            }
            case 'path_instructions': {
                const list = pathInstructions(value, where);
                if (list)
                    config.pathInstructions = list;
                break;
            }
            case 'min-severity': {
                const s = oneOf(key, _findings_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC, value, where);
                if (s)
                    config.minSeverity = s;
                break;
            }
            case 'reasoning-effort': {
                const s = oneOf(key, _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .EFFORTS */ .ig, value, where);
                if (s)
                    config.reasoningEffort = s;
                break;
            }
            case 'max-comments': {
                const n = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? value.value : undefined;
                if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 1000)
                    config.maxComments = n;
                else {
                    // A tag (`!!float 3`, `!!str 3`) makes the value text; the quotes hint would not fit.
                    const tag = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof n === 'string' ? tagName(value.tag) : null;
                    const plain = typeof n === 'string' ? n.trim() : '';
                    if (tag !== null && /^\d+$/.test(plain) && Number(plain) <= 1000) {
                        err(where, `max-comments must be a whole number such as ${Number(plain)}; remove the \`${tag}\` tag.`);
                        break;
                    }
                    const got = describe(value);
                    const hint = tag !== null
                        ? ` Remove the \`${tag}\` tag.`
                        : /^\d+$/.test(plain)
                            ? ' Write the number without quotes.'
                            : '';
                    err(where, `max-comments must be a whole number from 0 to 1000; got ${got}.${hint}`);
                }
                break;
            }
        }
    }
    const total = (config.instructions?.length ?? 0) +
        (config.pathInstructions ?? []).reduce((n, p) => n + p.path.length + p.instructions.length, 0);
    if (total > _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_INSTRUCTIONS_CHARS */ .x8) {
        errors.push(`${file}: instructions and path_instructions are ${total} characters together; keep them under ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_INSTRUCTIONS_CHARS */ .x8}: they are sent with the model requests, so long guidance crowds out the diff and multiplies the cost.`);
    }
    if (errors.length > 0)
        throw new ConfigError(errors.join('\n'));
    return config;
    function text_(key, value, where) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'string')
            return value.value.trim();
        err(where, `${key} must be text; got ${describe(value)}.`);
        return null;
    }
    function oneOf(key, allowed, value, where) {
        const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'string' ? value.value.trim() : null;
        if (raw !== null && allowed.includes(raw.toLowerCase()))
            return raw.toLowerCase();
        const guess = raw === null ? null : (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(raw, allowed);
        err(where, `${key} must be one of ${allowed.join(', ')}; got ${raw === null ? describe(value) : `'${short(raw)}'`}.${guess ? ` Did you mean '${guess}'?` : ''}`);
        return null;
    }
    /** A list of globs, or one string of them separated by commas or newlines, as the inputs take. */
    function globs(key, value, where) {
        let items;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'string') {
            items = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .globList */ .Xq)(value.value).map((glob) => ({ glob, node: value }));
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)) {
            items = [];
            for (const item of value.items) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) && typeof item.value === 'string' && item.value.trim() !== '') {
                    items.push({ glob: item.value.trim(), node: item });
                }
                else
                    err(item ?? value, `${key} entries must be globs (text); got ${describe(item)}.`);
            }
        }
        else {
            err(where, `${key} must be a list of globs (or one string of them); got ${describe(value)}.`);
            return null;
        }
        let ok = true;
        for (const { glob, node } of items) {
            const problem = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .globProblem */ .AI)(glob);
            if (problem) {
                err(node, `${key} has the pattern '${short(glob)}': ${problem}`);
                ok = false;
            }
        }
        return ok ? items.map((i) => i.glob) : null;
    }
    /** `glob: text` pairs, or a list of `{path, instructions}` (the form other review tools use). */
    function pathInstructions(value, where) {
        const out = [];
        const add = (path, pathNode, text, textNode) => {
            if (typeof path !== 'string' || path.trim() === '') {
                err(pathNode, `path_instructions: a path must be a glob such as src/db/**; got ${describe(pathNode)}.`);
                return;
            }
            const problem = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .globProblem */ .AI)(path.trim());
            if (problem)
                return err(pathNode, `path_instructions has the pattern '${short(path)}': ${problem}`);
            if (typeof text !== 'string' || text.trim() === '') {
                err(textNode ?? pathNode, `path_instructions for '${short(path)}' must be text; got ${describe(textNode)}.`);
                return;
            }
            out.push({ path: path.trim(), instructions: text.trim() });
        };
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value)) {
            for (const p of value.items) {
                const k = p.key;
                const v = p.value;
                add((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k) ? k.value : undefined, k, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(v) ? v.value : undefined, v);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)) {
            for (const item of value.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
                    err(item ?? value, `path_instructions entries must be mappings with path and instructions; got ${describe(item)}.`);
                    continue;
                }
                let path = null;
                let text = null;
                for (const p of item.items) {
                    const k = p.key;
                    const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k) ? String(k.value) : '';
                    if (name === 'path')
                        path = p.value;
                    else if (name === 'instructions')
                        text = p.value;
                    else {
                        const guess = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(name, ['path', 'instructions']);
                        err(k, `path_instructions entries take path and instructions; got '${short(name)}'.${guess ? ` Did you mean '${guess}'?` : ''}`);
                    }
                }
                if (path === null)
                    err(item, 'path_instructions entry without a path (the glob of the files it is for).');
                else
                    add((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(path) ? path.value : undefined, path, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(text) ? text.value : undefined, text ?? item);
            }
        }
        else {
            err(where, `path_instructions must map globs to text (src/db/**: "check every query for injection") or list {path, instructions}; got ${describe(value)}.`);
            return null;
        }
        return out;
    }
}
/** A tag as it was written: `!!float` for `tag:yaml.org,2002:float`, a local tag as is. */
function tagName(tag) {
    if (!tag)
        return null;
    return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
/** The offset of the first collection nested deeper than MAX_CONFIG_DEPTH, or null; without recursion. */
function tooDeep(tokens) {
    const stack = tokens.map((t) => [t, 0]);
    while (stack.length > 0) {
        const [t, depth] = stack.pop();
        if (!t)
            continue;
        if (t.type === 'document')
            stack.push([t.value, depth]);
        else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
            if (depth + 1 > MAX_CONFIG_DEPTH)
                return t.offset;
            for (const item of t.items) {
                stack.push([item.value, depth + 1]);
                if ('key' in item)
                    stack.push([item.key, depth + 1]);
            }
        }
    }
    return null;
}
/** A value as an error names it: its type, and the value when short. */
function describe(node) {
    if (node === null || node === undefined)
        return 'nothing';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        const v = node.value;
        if (v === null)
            return 'nothing (null)';
        if (typeof v === 'string')
            return `the text '${short(v)}'`;
        return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : 'the value'} ${String(v)}`;
    }
    return 'an unsupported value';
}
function short(v) {
    const one = v.replace(/\r?\n/g, '\\n');
    return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
const LANGUAGES = {
    ar: 'Arabic',
    cs: 'Czech',
    da: 'Danish',
    de: 'German',
    el: 'Greek',
    en: 'English',
    es: 'Spanish',
    fi: 'Finnish',
    fr: 'French',
    he: 'Hebrew',
    hi: 'Hindi',
    hu: 'Hungarian',
    id: 'Indonesian',
    it: 'Italian',
    ja: 'Japanese',
    ko: 'Korean',
    nl: 'Dutch',
    no: 'Norwegian',
    pl: 'Polish',
    pt: 'Portuguese',
    ro: 'Romanian',
    ru: 'Russian',
    sv: 'Swedish',
    th: 'Thai',
    tr: 'Turkish',
    uk: 'Ukrainian',
    vi: 'Vietnamese',
    zh: 'Chinese',
};
/** `de` → German, `pt-BR` → Portuguese (pt-BR); a name is kept as written. */
function languageName(raw) {
    const code = /^([a-z]{2})(?:[-_]([a-z]{2,4}))?$/i.exec(raw.trim());
    const name = code ? LANGUAGES[code[1].toLowerCase()] : undefined;
    if (!name)
        return raw.trim();
    return code[2] ? `${name} (${raw.trim()})` : name;
}
/**
 * The settings with the file applied: a key of the file counts unless the workflow set the same input
 * (`set`: the inputs given a value other than their default). `keepEffort`: the effort was chosen by
 * the event (a deep review) and the file does not change it.
 */
function applyConfig(s, c, opts) {
    const set = new Set(s.setInputs);
    const use = (input) => !set.has(input);
    let out = {
        ...s,
        guidance: {
            ...s.guidance,
            language: c.language ?? s.guidance.language,
            pathInstructions: c.pathInstructions ?? s.guidance.pathInstructions,
        },
    };
    if (c.instructions !== undefined && use('instructions'))
        out.instructions = c.instructions;
    if (c.exclude !== undefined && use('exclude'))
        out.exclude = c.exclude;
    if (c.include !== undefined && use('include'))
        out.include = c.include;
    if (c.minSeverity !== undefined && use('min-severity'))
        out.minSeverity = c.minSeverity;
    if (c.maxComments !== undefined && use('max-comments'))
        out.maxComments = c.maxComments;
    if (c.reasoningEffort !== undefined && use('reasoning-effort') && !opts.keepEffort) {
        out = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .withEffort */ .lH)(out, c.reasoningEffort);
    }
    return out;
}
/** The path instructions for a request: those whose glob matches one of its files (as the filters match). */
function pathInstructionsFor(all, paths) {
    if (all.length === 0)
        return [];
    return all.filter((p) => {
        const m = (0,_filter_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlob */ .SO)(p.path);
        return paths.some((x) => m(x));
    });
}
/**
 * Instruction files cut to `budget` tokens together, in the order given; a cut file says so, and a file
 * past the budget is left out with a note, so the model knows it saw only part.
 */
function boundInstructionFiles(files, count, budget = INSTRUCTION_FILES_TOKENS) {
    const present = files.map((f) => ({ path: f.path, text: f.text.trim() })).filter((f) => f.text !== '');
    const dropped = (path) => `[${path} not shown: the instruction files' budget of ${budget} tokens is spent]`;
    const out = [];
    let left = budget;
    for (const [i, f] of present.entries()) {
        // The notes of the files after this one, should this one use up the budget.
        const later = present.slice(i + 1).reduce((n, g) => n + count(dropped(g.path)), 0);
        if (left - later < 50) {
            out.push({ path: f.path, text: dropped(f.path) });
            left -= count(dropped(f.path));
            continue;
        }
        // A huge file is first cut by characters, so the tokenizer never sees megabytes.
        let keep = Math.min(f.text.length, left * 8);
        let tokens = count(f.text.slice(0, keep));
        if (keep === f.text.length && tokens <= left - later) {
            out.push(f);
            left -= tokens;
            continue;
        }
        const note = (k) => `\n[… ${f.path} truncated: ${f.text.length - k} more characters not shown, over the ${budget}-token budget for instruction files]`;
        // Two tokens of slack: counted apart, the text and its note can split one token differently.
        const room = left - later - count(note(f.text.length)) - 2;
        while (tokens > room && keep > 0) {
            keep = Math.floor(keep * Math.max(0.5, Math.min(0.95, room / tokens)));
            tokens = count(f.text.slice(0, keep));
        }
        out.push({ path: f.path, text: f.text.slice(0, keep) + note(keep) });
        left = later;
    }
    return out;
}


/***/ }),

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
/* unused harmony exports MAX_TITLE_CHARS, titleFromBody, summaryFromComments, MAX_FENCED_ANSWER_CHARS, extractJson */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _findings_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45315);
/* harmony import */ var _findings_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87167);



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
                    severity: { type: 'string', enum: [..._findings_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC] },
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
/** The core of a finding: without these it cannot be placed or judged, so only these are required. */
const CORE_FIELDS = ['path', 'line', 'side', 'severity', 'body'];
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv({ allErrors: true, strict: false });
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
    const top = [...comments].sort((a, b) => (0,_findings_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(a.severity) - (0,_findings_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(b.severity))[0];
    const n = comments.length;
    const t = top.title.trim();
    const what = t === '' ? '' : ` The most severe: ${t}${/[.!?…]$/.test(t) ? '' : '.'}`;
    return `${n} finding${n === 1 ? '' : 's'} (${(0,_findings_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .severityCounts */ .ur)(comments)}).${what}`;
}
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


/***/ }),

/***/ 15279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  guidanceFor: () => (/* binding */ guidanceFor),
  importance: () => (/* binding */ importance),
  planReview: () => (/* binding */ planReview)
});

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

// EXTERNAL MODULE: ./src/prompt/render.ts
var render = __webpack_require__(9884);
// EXTERNAL MODULE: ./src/chunk/measure.ts
var chunk_measure = __webpack_require__(61497);
;// CONCATENATED MODULE: ./src/chunk/plan.ts


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
    const frame = count((0,render/* fileHeader */.w4)(f, { index: 99999, total: 99999 }) + render/* FILE_FOOTER */.tx);
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
            out.push({ hunk: (0,render/* subHunk */.pQ)(fitted, from, i), tokens: used });
            from = i;
            used = headerTokens + sectionTokens;
        }
        used += t;
    }
    out.push({ hunk: (0,render/* subHunk */.pQ)(fitted, from, lines.length), tokens: used });
    return out;
}
/**
 * One line larger than a whole request (minified code, a data blob) is shown cut, with a note; the
 * line keeps its number, so findings on it still place. Placement uses the original diff, not this.
 */
function shortenLine(l, room, count) {
    let keep = Math.max(0, Math.floor(l.content.length * 0.8 * (room / count((0,render/* renderLine */.ni)(l) + '\n'))));
    for (;;) {
        const cut = {
            ...l,
            content: `${l.content.slice(0, keep)} […${l.content.length - keep} more characters not shown]`,
        };
        const t = count((0,render/* renderLine */.ni)(cut) + '\n');
        if (t <= room || keep === 0)
            return [cut, t];
        keep = Math.max(0, Math.floor(keep * 0.7));
    }
}

// EXTERNAL MODULE: ./src/prompt/messages.ts
var prompt_messages = __webpack_require__(74644);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(81122);
// EXTERNAL MODULE: ./src/model/schema.ts
var schema = __webpack_require__(52482);
;// CONCATENATED MODULE: ./src/plan.ts





// Chat framing the API adds around messages, plus the schema it injects for structured output.
const FRAMING_TOKENS = 32;
/** Everything before the model: filter the files, pack them into requests, render each request. */
function planReview(pr, files, o, count) {
    const { reviewable, skipped } = filterFiles(files, o);
    const promptLimit = o.contextWindow - o.maxTokens;
    const schemaTokens = count(JSON.stringify(schema/* REVIEW_SCHEMA */.t6));
    const empty = { index: 0, pieces: [], tokens: 0 };
    // The scaffold of the longest variant of the user message (a multi-part request), and of the system
    // prompt: with every path instruction, as if one request matched them all.
    const guidance = o.guidance ?? prompt_messages/* NO_GUIDANCE */.Dh;
    const scaffold = (0,prompt_messages/* buildMessages */.Pm)(pr, empty, 99_999, 99_999, o.instructions, guidance);
    const overhead = scaffold.reduce((n, m) => n + count(m.content), 0) + schemaTokens + FRAMING_TOKENS;
    // Pieces are counted one by one; their sum can differ slightly from the count of the joined text.
    const margin = Math.ceil(promptLimit * 0.002) + 16;
    const budget = promptLimit - overhead - margin;
    if (reviewable.length > 0 && budget < 256) {
        throw new Error(`context-window (${o.contextWindow}) minus max-tokens (${o.maxTokens}) leaves ${budget} tokens for the diff after the instructions and PR description: raise context-window or lower max-tokens.`);
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
    const requests = chunks.map((chunk) => {
        // Pieces were counted line by line, where o200k counts add up exactly (chunk/measure.ts); the
        // margin covers the rest, so the joined prompt is never counted a second time.
        const promptTokens = overhead + chunk.tokens;
        if (promptTokens > promptLimit) {
            throw new Error(`internal: request ${chunk.index + 1} needs ${promptTokens} prompt tokens, over ${promptLimit}`);
        }
        const messages = () => (0,prompt_messages/* buildMessages */.Pm)(pr, chunk, chunks.length, chosen.length, o.instructions, guidanceFor(guidance, chunk));
        return { chunk, messages, promptTokens };
    });
    return { reviewable: chosen, skipped, requests, budget, promptLimit };
}
/** The guidance one request carries: the path instructions that match its files. */
function guidanceFor(g, chunk) {
    if (g.pathInstructions.length === 0)
        return g;
    const paths = chunk.pieces.map((p) => p.file.path);
    return { ...g, pathInstructions: (0,config.pathInstructionsFor)(g.pathInstructions, paths) };
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


/***/ })

};
