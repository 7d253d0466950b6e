export const id = 724;
export const ids = [724];
export const modules = {

/***/ 8724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony exports renderPlan, renderReview */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8750);




const USAGE = `Usage: vtrix-review [options]

Reviews local changes with the same pipeline as the GitHub Action and prints the review.

Source of the diff (one of):
  --diff FILE            a unified diff file ('-' reads standard input)
  --base REF             review REF...HEAD (default: the merge base with origin's default branch)
  --head REF             the last commit to review (default: HEAD)

Options (same meaning as the action inputs):
  --model ID  --base-url URL  --reasoning-effort low|medium|high|xhigh  --max-tokens N
  --context-window N  --include GLOBS  --exclude GLOBS  --instructions TEXT
  --max-comments N  --min-severity critical|major|minor|nit  --concurrency N  --request-timeout SECONDS
  --max-requests N  --max-prompt-tokens N   run budget (0: no cap)
  --dry-run              print the plan (files, requests, tokens) without calling the model
  --title TEXT           title given to the model (default: the first commit's subject)
  -h, --help

The API key is read from VTRIX_API_KEY. Without it, vtrix-review prints the plan (a dry run).
Exit codes: 0 done, 1 error, 2 bad usage.`;
/** The command-line entry. Returns the exit code. */
async function runCli(argv, out = process.stdout, err = process.stderr) {
    let args;
    try {
        args = parse(argv);
    }
    catch (e) {
        err.write(`vtrix-review: ${e.message}\n\n${USAGE}\n`);
        return 2;
    }
    if (args.values.help) {
        out.write(USAGE + '\n');
        return 0;
    }
    const v = args.values;
    const apiKey = process.env['VTRIX_API_KEY'] ?? '';
    const dryRun = v['dry-run'] === true || apiKey === '';
    const color = Boolean(out.isTTY) && !process.env['NO_COLOR'];
    const paint = painter(color);
    // The pipeline (tokenizer, model client) loads only now: `--help` and usage errors stay instant.
    const [{ parseDiff }, { countTokens, createTokenCounter }, { planReview }, { reviewPullRequest }, model] = await Promise.all([
        __webpack_require__.e(/* import() */ 348).then(__webpack_require__.bind(__webpack_require__, 4348)),
        Promise.all(/* import() */[__webpack_require__.e(359), __webpack_require__.e(443)]).then(__webpack_require__.bind(__webpack_require__, 9443)),
        Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(6), __webpack_require__.e(818)]).then(__webpack_require__.bind(__webpack_require__, 8818)),
        Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(6), __webpack_require__.e(818), __webpack_require__.e(113)]).then(__webpack_require__.bind(__webpack_require__, 4113)),
        Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(955)]).then(__webpack_require__.bind(__webpack_require__, 5955)),
    ]);
    const { createModelCall, ModelConfigError } = model;
    try {
        const inputs = {
            'api-key': apiKey,
            model: v.model ?? '',
            'base-url': v['base-url'] ?? '',
            'reasoning-effort': v['reasoning-effort'] ?? '',
            'max-tokens': v['max-tokens'] ?? '',
            'context-window': v['context-window'] ?? '',
            include: v.include ?? '',
            exclude: v.exclude ?? '',
            instructions: v.instructions ?? '',
            'max-comments': v['max-comments'] ?? '',
            'min-severity': v['min-severity'] ?? '',
            concurrency: v.concurrency ?? '',
            'request-timeout': v['request-timeout'] ?? '',
            'max-requests': v['max-requests'] ?? '',
            'max-prompt-tokens': v['max-prompt-tokens'] ?? '',
        };
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .readSettings */ .sb)((n) => inputs[n] ?? '', { requireApiKey: false });
        const source = readSource(v);
        const files = parseDiff(source.diff);
        const pr = {
            owner: 'local',
            repo: source.repo,
            number: 0,
            title: v.title ?? source.title,
            body: source.body,
            headSha: source.headSha,
            baseSha: source.baseSha,
            headRef: source.headRef,
            baseRef: source.baseRef,
            draft: false,
            state: 'open',
            author: '',
            htmlUrl: '',
            changedFiles: files.length,
        };
        if (dryRun) {
            if (apiKey === '' && v['dry-run'] !== true)
                out.write(paint.dim('VTRIX_API_KEY is not set: showing the plan only (dry run).\n\n'));
            const plan = planReview(pr, files, settings, createTokenCounter());
            out.write(renderPlan(plan, files, settings, source.label, paint));
            return 0;
        }
        let done = 0;
        const result = await reviewPullRequest(pr, files, [], { ...settings, effort: settings.reasoningEffort, deep: false, runUrl: null }, createModelCall(settings, countTokens), createTokenCounter(), {
            info: (m) => {
                if (m.startsWith('Request '))
                    done++;
                err.write(paint.dim(`[${done}] ${m}\n`));
            },
            warning: (m) => err.write(paint.yellow(`warning: ${m}\n`)),
        });
        out.write(renderReview(result, files, paint));
        return result.requests > 0 && result.summaries.length === 0 ? 1 : 0;
    }
    catch (e) {
        const msg = e instanceof ModelConfigError ? e.message : (e.message ?? String(e));
        // Settings speak of action inputs; here they are flags.
        err.write(`vtrix-review: ${msg.replace(/Input '([\w-]+)'/g, "Option '--$1'")}\n`);
        return 1;
    }
}
function parse(argv) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args: argv,
        allowPositionals: false,
        options: {
            diff: { type: 'string' },
            base: { type: 'string' },
            head: { type: 'string' },
            model: { type: 'string' },
            'base-url': { type: 'string' },
            'reasoning-effort': { type: 'string' },
            'max-tokens': { type: 'string' },
            'context-window': { type: 'string' },
            include: { type: 'string' },
            exclude: { type: 'string' },
            instructions: { type: 'string' },
            'max-comments': { type: 'string' },
            'min-severity': { type: 'string' },
            concurrency: { type: 'string' },
            'request-timeout': { type: 'string' },
            'max-requests': { type: 'string' },
            'max-prompt-tokens': { type: 'string' },
            title: { type: 'string' },
            'dry-run': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
function git(args) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'pipe', 'pipe'],
    }).trimEnd();
}
function readSource(v) {
    if (v.diff !== undefined) {
        if (v.base !== undefined || v.head !== undefined)
            throw new Error('use either --diff or --base/--head, not both');
        let diff;
        try {
            diff = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(v.diff === '-' ? 0 : v.diff, 'utf8');
        }
        catch (e) {
            throw new Error(`cannot read the diff file '${v.diff}': ${e.message}`, { cause: e });
        }
        const name = v.diff === '-' ? 'standard input' : v.diff;
        return {
            diff,
            label: name,
            title: `Changes in ${name}`,
            body: '',
            repo: 'local',
            headSha: '0'.repeat(40),
            baseSha: '0'.repeat(40),
            headRef: '',
            baseRef: '',
        };
    }
    try {
        git(['rev-parse', '--git-dir']);
    }
    catch (e) {
        throw new Error('not inside a git repository: run it in one, or pass --diff FILE', { cause: e });
    }
    const head = v.head ?? 'HEAD';
    const baseRef = v.base ?? defaultBase();
    let baseSha;
    let headSha;
    try {
        headSha = git(['rev-parse', '--verify', `${head}^{commit}`]);
        baseSha = git(['merge-base', baseRef, headSha]);
    }
    catch (e) {
        throw new Error(`cannot resolve the range ${baseRef}...${head}: ${(e.stderr ?? e.message).trim()}`, { cause: e });
    }
    const diff = git(['diff', '--no-color', '--no-ext-diff', '--find-renames', baseSha, headSha]) + '\n';
    const log = git(['log', '--format=%s%n%n%b', '--reverse', `${baseSha}..${headSha}`]);
    const title = log.split('\n')[0] || `Changes since ${baseRef}`;
    const top = git(['rev-parse', '--show-toplevel']);
    return {
        diff,
        label: `${baseRef}...${head} (${baseSha.slice(0, 7)}..${headSha.slice(0, 7)})`,
        title,
        body: log,
        repo: top.split('/').pop() ?? 'local',
        headSha,
        baseSha,
        headRef: head,
        baseRef,
    };
}
/** The branch a PR would target: origin's default branch, else main or master. */
function defaultBase() {
    try {
        return git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    }
    catch {
        for (const ref of ['origin/main', 'origin/master', 'main', 'master']) {
            try {
                git(['rev-parse', '--verify', '--quiet', ref]);
                return ref;
            }
            catch {
                /* try the next */
            }
        }
    }
    throw new Error('cannot find the default branch: pass --base REF');
}
function painter(on) {
    const c = (code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { bold: c(1), dim: c(2), red: c(31), yellow: c(33), green: c(32), cyan: c(36) };
}
function renderPlan(plan, files, s, label, p) {
    const lines = [p.bold(`Plan for ${label}`), ''];
    lines.push(`Files: ${files.length} changed, ${plan.reviewable.length} to review, ${plan.skipped.length} skipped`);
    for (const f of plan.skipped)
        lines.push(p.dim(`  skip ${f.path}: ${f.reason}`));
    lines.push('');
    const total = plan.requests.reduce((n, r) => n + r.promptTokens, 0);
    lines.push(`Requests: ${plan.requests.length} (model ${s.model}, effort ${s.reasoningEffort}, ${plan.promptLimit.toLocaleString('en-US')} prompt tokens each at most, ${s.maxTokens.toLocaleString('en-US')} reserved for the answer)`);
    plan.requests.forEach((r, i) => {
        const fill = ((100 * r.promptTokens) / plan.promptLimit).toFixed(1);
        lines.push(`  ${i + 1}. ${r.promptTokens.toLocaleString('en-US')} prompt tokens (${fill}% of the limit), ${r.chunk.pieces.length} file part(s)`);
        for (const piece of r.chunk.pieces) {
            lines.push(p.dim(`       ${piece.file.path}${piece.part ? ` (part ${piece.part.index}/${piece.part.total})` : ''}: ${piece.tokens.toLocaleString('en-US')} tokens`));
        }
    });
    lines.push('', `Total: ${total.toLocaleString('en-US')} prompt tokens in ${plan.requests.length} request(s); at most ${(plan.requests.length * s.maxTokens).toLocaleString('en-US')} completion tokens.`);
    return lines.join('\n') + '\n';
}
const SEV_COLOR = { critical: 'red', major: 'red', minor: 'yellow', nit: 'dim' };
function renderReview(r, files, p) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const lines = [];
    for (const s of r.summaries)
        lines.push(s.trim());
    if (lines.length > 0)
        lines.push('');
    const items = [
        ...r.placement.inline.map((c) => ({
            f: c.finding,
            path: c.path,
            line: c.line,
            start: c.startLine,
            note: c.movedFrom ? 'nearest diff line' : '',
        })),
        ...r.placement.body.map((b) => ({
            f: b.finding,
            path: b.path,
            line: b.finding.line,
            start: b.finding.startLine,
            note: b.reason,
        })),
    ].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
    let current = '';
    for (const it of items) {
        if (it.path !== current) {
            current = it.path;
            lines.push(p.bold(p.cyan(it.path)));
        }
        const sev = p[SEV_COLOR[it.f.severity] ?? 'dim'](it.f.severity.toUpperCase());
        const where = it.start && it.start < it.line ? `${it.start}-${it.line}` : `${it.line}`;
        lines.push(`  ${where}  ${sev}  ${p.bold(it.f.title)}${it.note ? p.dim(` (${it.note})`) : ''}`);
        for (const code of codeLines(byPath.get(it.path), it.f, it.start ?? it.line, it.line))
            lines.push(p.dim(`      ${code}`));
        for (const b of it.f.body.split('\n'))
            lines.push(`    ${b}`);
        if (it.f.suggestion) {
            lines.push(p.green('    suggestion:'));
            for (const s of it.f.suggestion.replace(/\n$/, '').split('\n'))
                lines.push(p.green(`      ${s}`));
        }
        lines.push('');
    }
    const hidden = r.belowThreshold.length;
    lines.push(`${items.length} finding(s)${hidden ? `, ${hidden} below min-severity hidden` : ''}; ${r.plan.reviewable.length} file(s) reviewed, ${r.skipped.length} skipped${r.failed.length ? `, ${r.failed.length} failed` : ''}; ${r.requests} request(s), ${r.promptTokens} prompt + ${r.completionTokens} completion tokens.`);
    return lines.join('\n') + '\n';
}
function codeLines(file, f, from, to) {
    if (!file)
        return [];
    const out = [];
    for (const h of file.hunks) {
        for (const l of h.lines) {
            const n = f.side === 'LEFT' ? l.oldLine : l.newLine;
            if (n !== null &&
                n >= from &&
                n <= to &&
                (f.side === 'LEFT' ? l.kind !== 'add' : l.kind !== 'delete')) {
                out.push(`${n} ${l.kind === 'add' ? '+' : l.kind === 'delete' ? '-' : ' '}${l.content}`);
            }
        }
    }
    return out.slice(0, 12);
}


/***/ }),

/***/ 5315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITIES = ['critical', 'major', 'minor', 'nit'];
/** Lower rank = more severe. */
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
function atLeast(s, threshold) {
    return severityRank(s) <= severityRank(threshold);
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ withEffort),
/* harmony export */   oS: () => (/* binding */ streams),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony exports EFFORTS, DEFAULT_MAX_TOKENS, defaultMaxTokens, MAX_OUTPUT_TOKENS, InputError, globList */
/* harmony import */ var _findings_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5315);

const EFFORTS = ['low', 'medium', 'high', 'xhigh'];
/**
 * Output budget by effort when `max-tokens` is not set: reasoning tokens count against `max_tokens`,
 * and higher effort reasons longer before it answers.
 */
const DEFAULT_MAX_TOKENS = {
    low: 16_000,
    medium: 32_000,
    high: 64_000,
    xhigh: 96_000,
};
/** The default output budget, at most a quarter of the context window (the rest is for the diff). */
function defaultMaxTokens(effort, contextWindow) {
    return Math.min(DEFAULT_MAX_TOKENS[effort], Math.floor(contextWindow / 4));
}
/** The settings for a run at `effort`: the output budget follows unless `max-tokens` was set. */
function withEffort(s, effort) {
    return {
        ...s,
        reasoningEffort: effort,
        maxTokens: s.maxTokensExplicit ? s.maxTokens : defaultMaxTokens(effort, s.contextWindow),
    };
}
/** Whether a request at this effort streams its answer. */
function streams(s) {
    return (s.stream === 'true' ||
        (s.stream === 'auto' && (s.reasoningEffort === 'high' || s.reasoningEffort === 'xhigh')));
}
/** Output cap of the default model; the API refuses larger `max_tokens`. */
const MAX_OUTPUT_TOKENS = 128_000;
class InputError extends Error {
    name = 'InputError';
}
/**
 * Reads and validates every input. All problems are reported together, each naming the input and the
 * value to use, so one failed run is enough to fix a workflow.
 */
function readSettings(get, opts) {
    const errors = [];
    const str = (name, fallback) => get(name).trim() || fallback;
    const int = (name, fallback, min, max) => {
        const raw = get(name).trim();
        if (raw === '')
            return fallback;
        const n = Number(raw.replace(/_/g, ''));
        if (!Number.isInteger(n) || n < min || n > max) {
            errors.push(`Input '${name}' must be a whole number from ${min} to ${max}; got '${raw}'.`);
            return fallback;
        }
        return n;
    };
    const oneOf = (name, allowed, fallback) => {
        const raw = get(name).trim().toLowerCase();
        if (raw === '')
            return fallback;
        if (!allowed.includes(raw)) {
            errors.push(`Input '${name}' must be one of ${allowed.join(', ')}; got '${get(name).trim()}'.`);
            return fallback;
        }
        return raw;
    };
    const bool = (name, fallback) => {
        const raw = get(name).trim().toLowerCase();
        if (raw === '')
            return fallback;
        if (['true', 'yes', '1', 'on'].includes(raw))
            return true;
        if (['false', 'no', '0', 'off'].includes(raw))
            return false;
        errors.push(`Input '${name}' must be 'true' or 'false'; got '${get(name).trim()}'.`);
        return fallback;
    };
    const apiKey = get('api-key').trim();
    if (opts.requireApiKey && apiKey === '') {
        errors.push("Input 'api-key' is required: add `api-key: ${{ secrets.VTRIX_API_KEY }}` to the step's `with:` and store the key as a repository secret (Settings → Secrets and variables → Actions).");
    }
    const baseUrl = str('base-url', 'https://cloud.vtrix.ai/llm').replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
        errors.push(`Input 'base-url' must be an http(s) URL such as https://cloud.vtrix.ai/llm; got '${baseUrl}'.`);
    }
    const reasoningEffort = oneOf('reasoning-effort', EFFORTS, 'medium');
    const maxTokensExplicit = get('max-tokens').trim() !== '';
    const contextWindow = int('context-window', 400_000, 1_000, 10_000_000);
    const maxTokens = int('max-tokens', defaultMaxTokens(reasoningEffort, contextWindow), 1, MAX_OUTPUT_TOKENS);
    if (contextWindow - maxTokens < 1_000) {
        errors.push(`Input 'context-window' (${contextWindow}) must exceed 'max-tokens' (${maxTokens}) by at least 1000 tokens, to leave room for the prompt and the diff.`);
    }
    const settings = {
        apiKey,
        baseUrl,
        model: str('model', 'vtrix-gpt-5.3-codex'),
        reasoningEffort,
        maxTokens,
        maxTokensExplicit,
        contextWindow,
        githubToken: get('github-token').trim(),
        exclude: globList(get('exclude')),
        include: globList(get('include')),
        instructions: get('instructions').trim(),
        maxComments: int('max-comments', 20, 0, 1000),
        minSeverity: oneOf('min-severity', _findings_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, 'minor'),
        dryRun: bool('dry-run', false),
        concurrency: int('concurrency', 4, 1, 32),
        requestTimeoutMs: int('request-timeout', 1800, 10, 7200) * 1000,
        stream: oneOf('stream', ['auto', 'true', 'false'], 'auto'),
        pullRequest: get('pull-request').trim(),
        reviewDrafts: bool('review-drafts', false),
        reviewBots: bool('review-bots', false),
        deepReviewLabel: get('deep-review-label').trim() || 'deep-review',
        deepReviewEffort: oneOf('deep-review-effort', EFFORTS, 'xhigh'),
        incremental: bool('incremental', true),
        maxRequests: int('max-requests', 0, 0, 10_000),
        maxPromptTokens: int('max-prompt-tokens', 0, 0, 1_000_000_000),
    };
    if (errors.length > 0)
        throw new InputError(errors.join('\n'));
    return settings;
}
/** Newline- or comma-separated globs (commas inside `{a,b}` belong to the glob); `#` starts a comment line. */
function globList(raw) {
    const out = [];
    for (const line of raw.split(/\r?\n/)) {
        if (line.trim().startsWith('#'))
            continue;
        let depth = 0;
        let cur = '';
        for (const ch of line) {
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
                if (cur.trim())
                    out.push(cur.trim());
                cur = '';
            }
            else
                cur += ch;
        }
        if (cur.trim())
            out.push(cur.trim());
    }
    return out;
}


/***/ })

};
