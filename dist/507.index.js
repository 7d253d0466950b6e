export const id = 507;
export const ids = [507];
export const modules = {

/***/ 45507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_KEYS: () => (/* reexport */ CONFIG_KEYS),
  ConfigError: () => (/* reexport */ ConfigError),
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  INSTRUCTION_FILES: () => (/* reexport */ INSTRUCTION_FILES),
  INSTRUCTION_FILES_TOKENS: () => (/* reexport */ INSTRUCTION_FILES_TOKENS),
  MAX_CONFIG_BYTES: () => (/* binding */ MAX_CONFIG_BYTES),
  MAX_CONFIG_DEPTH: () => (/* reexport */ MAX_CONFIG_DEPTH),
  OVERRIDDEN_BY: () => (/* reexport */ OVERRIDDEN_BY),
  applyConfig: () => (/* reexport */ applyConfig),
  boundInstructionFiles: () => (/* reexport */ boundInstructionFiles),
  languageName: () => (/* reexport */ languageName),
  parseConfig: () => (/* reexport */ parseConfig),
  pathInstructionsFor: () => (/* reexport */ path_instructions/* pathInstructionsFor */.y)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/settings/model-policy.ts
var model_policy = __webpack_require__(46347);
// EXTERNAL MODULE: ./src/settings/suggest.ts
var suggest = __webpack_require__(68843);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __webpack_require__(27100);
// EXTERNAL MODULE: ./src/settings/checks.ts
var checks = __webpack_require__(14816);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/settings/globs.ts
var settings_globs = __webpack_require__(38026);
;// CONCATENATED MODULE: ./src/config/language.ts
/** The `language` key: review comments in the owner's language, named as the model understands it. */
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

;// CONCATENATED MODULE: ./src/config/yaml.ts
/** The YAML mechanics of the configuration file: the nesting bound, and how errors name a value. */

/**
 * Deepest nesting of lists and mappings a configuration file may have; it needs three (a list of
 * `{path, instructions}` under `path_instructions`). The YAML library builds nested values by
 * recursion, so a file of thousands of `[` would overflow the stack.
 */
const MAX_CONFIG_DEPTH = 16;
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
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null)
            return 'nothing (null)';
        if (typeof v === 'string')
            return `the text '${yaml_short(v)}'`;
        return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : 'the value'} ${String(v)}`;
    }
    return 'an unsupported value';
}
/** A value as an error quotes it: one line, and short. */
function yaml_short(v) {
    const one = v.replace(/\r?\n/g, '\\n');
    return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
/** A tag as it was written: `!!float` for `tag:yaml.org,2002:float`, a local tag as is. */
function tagName(tag) {
    if (!tag)
        return null;
    return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

;// CONCATENATED MODULE: ./src/config/values.ts
/**
 * The readers of the configuration file's values by kind. A reader returns the value, or null after
 * reporting at the value's line what is wrong and what to write instead.
 */





/** The readers, each reporting its problems with `err`. */
function valueReader(err) {
    return { text, language, oneOf, bool, maxComments, decimal, wholeNumber, globs, pathInstructions };
    function bool(key, value, where) {
        const v = (0,dist/* isScalar */.jn)(value) ? value.value : undefined;
        if (typeof v === 'boolean')
            return v;
        const t = typeof v === 'string' ? v.trim().toLowerCase() : null;
        if (t === 'true' || t === 'false')
            return t === 'true';
        err(where, `${key} must be true or false; got ${t === null ? describe(value) : `'${yaml_short(t)}'`}.`);
        return null;
    }
    function text(key, value, where) {
        if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string')
            return value.value.trim();
        err(where, `${key} must be text; got ${describe(value)}.`);
        return null;
    }
    function language(key, value, where) {
        const s = text(key, value, where);
        if (s === null)
            return null;
        if (s.length > 40 || /[\n\r`<>{}]/.test(s)) {
            err(where, `language must be a language name or code such as German or de; got '${yaml_short(s)}'.`);
            return null;
        }
        return languageName(s);
    }
    function oneOf(key, allowed, value, where) {
        const raw = (0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' ? value.value.trim() : null;
        if (raw !== null && allowed.includes(raw.toLowerCase()))
            return raw.toLowerCase();
        const guess = raw === null ? null : (0,suggest/* closest */.k)(raw, allowed);
        err(where, `${key} must be one of ${allowed.join(', ')}; got ${raw === null ? describe(value) : `'${yaml_short(raw)}'`}.${guess ? ` Did you mean '${guess}'?` : ''}`);
        return null;
    }
    function maxComments(value, where) {
        return wholeNumber('max-comments', 1000, value, where);
    }
    /** A whole number from 0 to `max`, written as a YAML number. */
    function wholeNumber(key, max, value, where) {
        const n = (0,dist/* isScalar */.jn)(value) ? value.value : undefined;
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max)
            return n;
        // A tag (`!!float 3`, `!!str 3`) makes the value text; the quotes hint would not fit.
        const tag = (0,dist/* isScalar */.jn)(value) && typeof n === 'string' ? tagName(value.tag) : null;
        const plain = typeof n === 'string' ? n.trim() : '';
        if (tag !== null && /^\d+$/.test(plain) && Number(plain) <= max) {
            err(where, `${key} must be a whole number such as ${Number(plain)}; remove the \`${tag}\` tag.`);
            return null;
        }
        const got = describe(value);
        const hint = tag !== null
            ? ` Remove the \`${tag}\` tag.`
            : /^\d+$/.test(plain)
                ? ' Write the number without quotes.'
                : '';
        err(where, `${key} must be a whole number from 0 to ${max}; got ${got}.${hint}`);
        return null;
    }
    /** A number in [min, max] (a sampling parameter): decimals allowed. */
    function decimal(key, [min, max], example, value, where) {
        const n = (0,dist/* isScalar */.jn)(value) ? value.value : undefined;
        if (typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max)
            return n;
        const plain = typeof n === 'string' ? n.trim() : '';
        const hint = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(plain)
            ? ' Write the number without quotes.'
            : /^\d*,\d+$/.test(plain)
                ? ` Write the decimals after a point: ${plain.replace(',', '.')}.`
                : max === 1 && typeof n === 'number' && n > 1 && n <= 100
                    ? ` It is a fraction, not a percentage: ${n / 100} for ${n}%.`
                    : '';
        err(where, `${key} must be a number from ${min} to ${max}, such as ${example}; got ${describe(value)}.${hint} Leave the key out for the provider's default.`);
        return null;
    }
    /** A list of globs, or one string of them separated by commas or newlines, as the inputs take. */
    function globs(key, value, where) {
        let items;
        if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string') {
            items = (0,settings_globs/* globList */.Xq)(value.value).map((glob) => ({ glob, node: value }));
        }
        else if ((0,dist/* isSeq */.oP)(value)) {
            items = [];
            for (const item of value.items) {
                if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string' && item.value.trim() !== '') {
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
            const problem = (0,settings_globs/* globProblem */.AI)(glob);
            if (problem) {
                err(node, `${key} has the pattern '${yaml_short(glob)}': ${problem}`);
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
            const problem = (0,settings_globs/* globProblem */.AI)(path.trim());
            if (problem)
                return err(pathNode, `path_instructions has the pattern '${yaml_short(path)}': ${problem}`);
            if (typeof text !== 'string' || text.trim() === '') {
                err(textNode ?? pathNode, `path_instructions for '${yaml_short(path)}' must be text; got ${describe(textNode)}.`);
                return;
            }
            out.push({ path: path.trim(), instructions: text.trim() });
        };
        if ((0,dist/* isMap */.jh)(value)) {
            for (const p of value.items) {
                const k = p.key;
                const v = p.value;
                add((0,dist/* isScalar */.jn)(k) ? k.value : undefined, k, (0,dist/* isScalar */.jn)(v) ? v.value : undefined, v);
            }
        }
        else if ((0,dist/* isSeq */.oP)(value)) {
            for (const item of value.items) {
                if (!(0,dist/* isMap */.jh)(item)) {
                    err(item ?? value, `path_instructions entries must be mappings with path and instructions; got ${describe(item)}.`);
                    continue;
                }
                let path = null;
                let text = null;
                for (const p of item.items) {
                    const k = p.key;
                    const name = (0,dist/* isScalar */.jn)(k) ? String(k.value) : '';
                    if (name === 'path')
                        path = p.value;
                    else if (name === 'instructions')
                        text = p.value;
                    else {
                        const guess = (0,suggest/* closest */.k)(name, ['path', 'instructions']);
                        err(k, `path_instructions entries take path and instructions; got '${yaml_short(name)}'.${guess ? ` Did you mean '${guess}'?` : ''}`);
                    }
                }
                if (path === null)
                    err(item, 'path_instructions entry without a path (the glob of the files it is for).');
                else
                    add((0,dist/* isScalar */.jn)(path) ? path.value : undefined, path, (0,dist/* isScalar */.jn)(text) ? text.value : undefined, text ?? item);
            }
        }
        else {
            err(where, `path_instructions must map globs to text (src/db/**: "check every query for injection") or list {path, instructions}; got ${describe(value)}.`);
            return null;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/config/parse.ts
/** The repository configuration file's text to its validated settings. */








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
    'max-image-bytes',
    'reasoning-effort',
    'repository-tools',
    'second-look',
    'language',
    'trigger-phrase',
    'suggest-path-instructions',
    'temperature',
    'top-p',
    'instruction-role',
    'describe',
    'diagram',
];
/**
 * Parses and validates a configuration file. Every problem is reported at once, each with its line,
 * e.g. `.github/vtrix-review.yml line 4: min-severity must be one of …; got 'blocker'`.
 */
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const at = (offset) => `${file} line ${lines.linePos(offset ?? 0).line}`;
    // The parser's syntax tree is built without recursion; it is checked before the document is built.
    const parsed = [...new dist/* Parser */.iX(lines.addNewLine).parse(text)];
    const deep = tooDeep(parsed);
    if (deep !== null) {
        throw new ConfigError(`${at(deep)}: lists and mappings are nested more than ${MAX_CONFIG_DEPTH} deep; a configuration file needs at most 3 (path_instructions: - path: …). Remove the extra brackets or indentation levels.`);
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
    const errors = [];
    const err = (node, message) => {
        errors.push(`${at(node?.range?.[0])}: ${message}`);
    };
    for (const e of doc.errors) {
        errors.push(`${at(e.pos[0])}: ${e.message.split('\n')[0]} (the file is not valid YAML).`);
    }
    if (errors.length > 0)
        throw new ConfigError(errors.join('\n'));
    const root = doc.contents;
    const config = {};
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return config; // empty or comments only
    if (!(0,dist/* isMap */.jh)(root)) {
        err(root, `the file must be a mapping of settings (key: value), such as \`min-severity: major\`.`);
        throw new ConfigError(errors.join('\n'));
    }
    const read = valueReader(err);
    for (const pair of root.items) {
        const keyNode = pair.key;
        const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : null;
        const value = pair.value;
        if (key === null) {
            err(keyNode, 'keys must be plain names such as `min-severity`.');
            continue;
        }
        if (!CONFIG_KEYS.includes(key)) {
            const guess = (0,suggest/* closest */.k)(key, CONFIG_KEYS);
            err(keyNode, `unknown key '${yaml_short(key)}'.${guess ? ` Did you mean '${guess}'?` : ''} Known keys: ${CONFIG_KEYS.join(', ')}.`);
            continue;
        }
        const where = value ?? keyNode;
        if ((0,dist/* isAlias */.Vj)(value)) {
            err(value, `${key}: YAML aliases (*name) are not supported here; write the value out.`);
            continue;
        }
        switch (key) {
            case 'instructions':
                set('instructions', read.text(key, value, where));
                break;
            case 'language':
                set('language', read.language(key, value, where));
                break;
            case 'exclude':
            case 'include':
                set(key, read.globs(key, value, where));
                break;
            case 'path_instructions':
                set('pathInstructions', read.pathInstructions(value, where));
                break;
            case 'min-severity':
                set('minSeverity', read.oneOf(key, types/* SEVERITIES */.oC, value, where));
                break;
            case 'reasoning-effort':
                set('reasoningEffort', read.oneOf(key, types/* EFFORTS */.ig, value, where));
                break;
            case 'repository-tools':
                set('repositoryTools', read.oneOf(key, settings/* REPOSITORY_TOOLS */.nz, value, where));
                break;
            case 'second-look':
                set('secondLook', read.oneOf(key, settings/* SECOND_LOOK */.FK, value, where));
                break;
            case 'max-comments':
                set('maxComments', read.maxComments(value, where));
                break;
            case 'max-image-bytes':
                set('maxImageBytes', read.wholeNumber(key, settings/* MAX_IMAGE_BYTES */.J5, value, where));
                break;
            case 'trigger-phrase': {
                const phrase = read.text(key, value, where);
                const problem = phrase === null ? null : (0,checks/* triggerPhraseError */.wZ)(phrase, key);
                if (problem)
                    err(where, problem);
                else
                    set('triggerPhrase', phrase);
                break;
            }
            case 'suggest-path-instructions':
                set('suggestPathInstructions', read.bool(key, value, where));
                break;
            case 'temperature':
                set('temperature', read.decimal(key, settings/* TEMPERATURE_RANGE */.vI, '0.2', value, where));
                break;
            case 'top-p':
                set('topP', read.decimal(key, settings/* TOP_P_RANGE */.le, '0.9', value, where));
                break;
            case 'instruction-role':
                set('instructionRole', read.oneOf(key, settings/* INSTRUCTION_ROLES */.p6, value, where));
                break;
            case 'describe':
                set('describe', read.bool(key, value, where));
                break;
            case 'diagram':
                set('diagram', read.bool(key, value, where));
                break;
        }
    }
    const total = (config.instructions?.length ?? 0) +
        (config.pathInstructions ?? []).reduce((n, p) => n + p.path.length + p.instructions.length, 0);
    if (total > model_policy/* MAX_INSTRUCTIONS_CHARS */.x8) {
        errors.push(`${file}: instructions and path_instructions are ${total} characters together; keep them under ${model_policy/* MAX_INSTRUCTIONS_CHARS */.x8}: they are sent with the model requests, so long guidance crowds out the diff and multiplies the cost.`);
    }
    if (errors.length > 0)
        throw new ConfigError(errors.join('\n'));
    return config;
    /** A key takes the value read, unless it was wrong. */
    function set(k, v) {
        if (v !== null)
            config[k] = v;
    }
}

;// CONCATENATED MODULE: ./src/config/apply.ts
/** The repository configuration file over the settings: the workflow's own inputs win. */

/**
 * Each key of the file that an input of the same meaning overrides, with that input's name: the one
 * list `applyConfig` copies by and the log's "settings given explicitly override its …" names.
 */
const OVERRIDDEN_BY = {
    instructions: 'instructions',
    exclude: 'exclude',
    include: 'include',
    minSeverity: 'min-severity',
    maxComments: 'max-comments',
    maxImageBytes: 'max-image-bytes',
    reasoningEffort: 'reasoning-effort',
    repositoryTools: 'repository-tools',
    secondLook: 'second-look',
    triggerPhrase: 'trigger-phrase',
    suggestPathInstructions: 'suggest-path-instructions',
    temperature: 'temperature',
    topP: 'top-p',
    instructionRole: 'instruction-role',
    describe: 'describe',
    diagram: 'diagram',
};
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
    const copy = (key) => {
        const value = c[key];
        if (value !== undefined && use(OVERRIDDEN_BY[key]))
            out = { ...out, [key]: value };
    };
    for (const key of Object.keys(OVERRIDDEN_BY))
        if (key !== 'reasoningEffort')
            copy(key);
    if (c.reasoningEffort !== undefined && use('reasoning-effort') && !opts.keepEffort) {
        out = (0,model_policy/* withEffort */.lH)(out, c.reasoningEffort);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/config/instruction-files.ts
/** Instruction files other tools read, added to the owner's guidance when the base branch has them. */
const INSTRUCTION_FILES = ['AGENTS.md', '.github/copilot-instructions.md'];
/** Tokens the instruction files may take together: they go into every request. */
const INSTRUCTION_FILES_TOKENS = 4_000;
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

// EXTERNAL MODULE: ./src/filter/path-instructions.ts
var path_instructions = __webpack_require__(51021);
;// CONCATENATED MODULE: ./src/config/config.ts
/**
 * The repository configuration file (and the instruction files read with it): where it is, how large
 * it may be, and the pieces that parse it and apply it over the settings. Importers take everything
 * from here; reading it from the repository is load.ts.
 */
/** Where the repository configuration file is read from, on the base branch, unless `config` names another. */
const DEFAULT_CONFIG_PATH = '.github/vtrix-review.yml';
/** A configuration file is a few lines; a larger one is a mistake (a wrong path, a generated file). */
const MAX_CONFIG_BYTES = 256 * 1024;








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


/***/ })

};
