export const id = 730;
export const ids = [730];
export const modules = {

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ EventError),
/* harmony export */   l: () => (/* binding */ PR_EVENTS),
/* harmony export */   rT: () => (/* binding */ pullRequestFromApi)
/* harmony export */ });
/* unused harmony export pullRequestFromEvent */
const PR_EVENTS = ['pull_request', 'pull_request_target'];
class EventError extends Error {
    name = 'EventError';
}
/** Reads the pull request from a `pull_request` / `pull_request_target` payload. */
function pullRequestFromEvent(eventName, payload) {
    if (!PR_EVENTS.includes(eventName)) {
        throw new EventError(`vtrix-review runs on pull requests, but this run was started by '${eventName}'. Trigger the workflow with \`on: pull_request\` (or \`pull_request_target\`).`);
    }
    const pr = payload['pull_request'];
    if (!pr || typeof pr !== 'object') {
        throw new EventError(`The '${eventName}' event payload has no pull_request object; cannot tell which PR to review.`);
    }
    return pullRequestFromApi(pr);
}
/** Reads the fields we use from a pull request object (webhook payload or REST response: same shape). */
function pullRequestFromApi(pr) {
    const head = (pr['head'] ?? {});
    const base = (pr['base'] ?? {});
    const baseRepo = (base['repo'] ?? {});
    const owner = (baseRepo['owner'] ?? {})['login'];
    const user = (pr['user'] ?? {});
    const fullName = String(baseRepo['full_name'] ?? '');
    const [fnOwner, fnRepo] = fullName.split('/');
    const out = {
        owner: String(owner ?? fnOwner ?? ''),
        repo: String(baseRepo['name'] ?? fnRepo ?? ''),
        number: Number(pr['number']),
        title: String(pr['title'] ?? ''),
        body: typeof pr['body'] === 'string' ? pr['body'] : '',
        headSha: String(head['sha'] ?? ''),
        baseSha: String(base['sha'] ?? ''),
        headRef: String(head['ref'] ?? ''),
        baseRef: String(base['ref'] ?? ''),
        draft: pr['draft'] === true,
        state: String(pr['state'] ?? 'open'),
        author: String(user['login'] ?? ''),
        htmlUrl: String(pr['html_url'] ?? ''),
        changedFiles: typeof pr['changed_files'] === 'number' ? pr['changed_files'] : null,
    };
    if (!out.owner ||
        !out.repo ||
        !Number.isInteger(out.number) ||
        out.number <= 0 ||
        !/^[0-9a-f]{7,64}$/i.test(out.headSha)) {
        throw new EventError('The pull request in the event payload lacks its repository, number or head SHA.');
    }
    return out;
}


/***/ }),

/***/ 9668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ isForkUnderPullRequest),
/* harmony export */   fi: () => (/* binding */ decideTrigger),
/* harmony export */   qn: () => (/* binding */ FORK_NOTICE)
/* harmony export */ });
/* unused harmony exports REVIEW_ACTIONS, parsePullRequestRef */
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5325);

/** PR actions that mean "there is new code to review". */
const REVIEW_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'];
/**
 * Decides from the event alone whether and how to review: automatically (a PR opened or pushed to), on
 * demand (`pull-request` input, any event), or as a deep review (the deep-review label was added).
 */
function decideTrigger(eventName, payload, repository, o) {
    if (o.pullRequest !== '') {
        const target = parsePullRequestRef(o.pullRequest, repository ?? repoOf(payload));
        return {
            kind: 'review',
            trigger: 'manual',
            deep: o.effort === 'xhigh',
            effort: o.effort,
            target,
            label: null,
        };
    }
    if (!_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .PR_EVENTS */ .l.includes(eventName)) {
        throw new _pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(eventName === 'workflow_dispatch'
            ? 'A manual run needs the pull request to review: add a `pull-request` input to the workflow_dispatch trigger and pass it to the action as `pull-request: ${{ inputs.pull-request }}`.'
            : `vtrix-review reviews pull requests, but this run was started by '${eventName}' without a \`pull-request\` input. Trigger it with \`on: pull_request\`, or pass \`pull-request:\` (a number or URL).`);
    }
    const raw = payload['pull_request'];
    if (!raw || typeof raw !== 'object') {
        throw new _pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`The '${eventName}' event payload has no pull_request object; cannot tell which PR to review.`);
    }
    const pr = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestFromApi */ .rT)(raw);
    const action = String(payload['action'] ?? '');
    if (action === 'labeled') {
        const label = String((payload['label'] ?? {})['name'] ?? '');
        if (label !== o.deepReviewLabel) {
            return {
                kind: 'skip',
                reason: `Label '${label}' is not the deep-review label ('${o.deepReviewLabel}').`,
                quiet: true,
            };
        }
        if (pr.state === 'closed')
            return { kind: 'skip', reason: `Pull request #${pr.number} is closed.`, quiet: false };
        return {
            kind: 'review',
            trigger: 'label',
            deep: true,
            effort: o.deepReviewEffort,
            target: { pr },
            label,
        };
    }
    if (action !== '' && !REVIEW_ACTIONS.includes(action)) {
        return {
            kind: 'skip',
            reason: `The '${action}' action of ${eventName} does not start a review (reviews run on ${REVIEW_ACTIONS.join(', ')}, and on the deep-review label).`,
            quiet: false,
        };
    }
    if (pr.state === 'closed')
        return { kind: 'skip', reason: `Pull request #${pr.number} is closed.`, quiet: false };
    if (pr.draft && !o.reviewDrafts) {
        return {
            kind: 'skip',
            reason: `Pull request #${pr.number} is a draft: it will be reviewed when marked ready for review (set \`review-drafts: true\` to review drafts).`,
            quiet: false,
        };
    }
    if (isBot(raw) && !o.reviewBots) {
        return {
            kind: 'skip',
            reason: `Pull request #${pr.number} was opened by the bot ${pr.author} (set \`review-bots: true\` to review bots' PRs).`,
            quiet: false,
        };
    }
    return {
        kind: 'review',
        trigger: 'automatic',
        deep: o.effort === 'xhigh',
        effort: o.effort,
        target: { pr },
        label: null,
    };
}
function isBot(pr) {
    const user = (pr['user'] ?? {});
    return user['type'] === 'Bot' || /\[bot\]$/.test(String(user['login'] ?? ''));
}
function repoOf(payload) {
    const full = (payload['repository'] ?? {})['full_name'];
    return typeof full === 'string' ? full : undefined;
}
/** `123`, `#123`, `owner/repo#123` or a pull request URL (any GitHub host). */
function parsePullRequestRef(ref, repository) {
    const s = ref.trim();
    const url = /^https?:\/\/[^/]+\/([^/\s]+)\/([^/\s]+)\/pull\/(\d+)(?:[/?#].*)?$/.exec(s);
    if (url)
        return { owner: url[1], repo: url[2], number: Number(url[3]) };
    const full = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(s);
    if (full)
        return { owner: full[1], repo: full[2], number: Number(full[3]) };
    const num = /^#?(\d+)$/.exec(s);
    if (num && Number(num[1]) > 0) {
        const [owner, repo] = (repository ?? '').split('/');
        if (!owner || !repo) {
            throw new _pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`Input 'pull-request' is '${s}', but the repository is unknown: pass the PR's URL instead.`);
        }
        return { owner, repo, number: Number(num[1]) };
    }
    throw new _pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`Input 'pull-request' must be a PR number (e.g. 123) or URL (e.g. https://github.com/owner/repo/pull/123); got '${s}'.`);
}
/**
 * A PR from a fork under `pull_request`: GitHub gives the job no secrets and a read-only token, so the
 * review cannot be made or posted. (`pull_request_target` runs in the base repository's context.)
 */
function isForkUnderPullRequest(eventName, payload) {
    if (eventName !== 'pull_request')
        return false;
    const pr = (payload['pull_request'] ?? {});
    const headRepo = (pr['head'] ?? {})['repo'];
    const baseRepo = (pr['base'] ?? {})['repo'];
    if (!baseRepo)
        return false;
    if (!headRepo)
        return true; // the fork was deleted
    return headRepo['full_name'] !== baseRepo['full_name'];
}
const FORK_NOTICE = 'Fork PRs need secrets that GitHub does not give `pull_request` runs from forks: this run has no API key (or only a read-only token), so the PR was not reviewed. A maintainer can review it with the manual workflow (workflow_dispatch with the PR number), or use `pull_request_target` as the README explains.';


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

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6421);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8750);
/* harmony import */ var _event_trigger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9668);




/** The action: settings → event → pull request → pipeline → one review → report. */
async function run() {
    try {
        const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
        const payload = readEvent();
        if ((0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_3__/* .isForkUnderPullRequest */ .$u)(eventName, payload) && _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('api-key').trim() === '') {
            await skip(_event_trigger_js__WEBPACK_IMPORTED_MODULE_3__/* .FORK_NOTICE */ .qn, false);
            return;
        }
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .readSettings */ .sb)((name) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name), { requireApiKey: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(settings.apiKey);
        if (!settings.githubToken) {
            throw new Error("Input 'github-token' is empty: leave it unset (it defaults to ${{ github.token }}) or pass a token.");
        }
        const decision = (0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_3__/* .decideTrigger */ .fi)(eventName, payload, process.env['GITHUB_REPOSITORY'], {
            ...settings,
            effort: settings.reasoningEffort,
        });
        if (decision.kind === 'skip') {
            await skip(decision.reason, decision.quiet);
            return;
        }
        const { review } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(6), __webpack_require__.e(359), __webpack_require__.e(239), __webpack_require__.e(766), __webpack_require__.e(279), __webpack_require__.e(518), __webpack_require__.e(859)]).then(__webpack_require__.bind(__webpack_require__, 9859));
        await review((0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .withEffort */ .lH)(settings, decision.effort), decision, eventName, payload);
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(e.message ?? String(e));
    }
}
async function skip(reason, quiet) {
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('requests', 0);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('comments', 0);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('findings', 0);
    if (quiet) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${reason} Nothing to do.`);
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(`Review skipped: ${reason}`);
    if (process.env['GITHUB_STEP_SUMMARY'])
        await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw(`## vtrix-review\n\nReview skipped: ${reason}\n`).write();
}
function readEvent() {
    const path = process.env['GITHUB_EVENT_PATH'];
    if (!path)
        throw new Error('GITHUB_EVENT_PATH is not set: vtrix-review must run as a step of a GitHub Actions job.');
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new Error(`Cannot read the event payload at ${path}: ${e.message}`, { cause: e });
    }
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ MAX_OUTPUT_TOKENS),
/* harmony export */   lH: () => (/* binding */ withEffort),
/* harmony export */   oS: () => (/* binding */ streams),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony exports EFFORTS, DEFAULT_MAX_TOKENS, defaultMaxTokens, InputError, globList */
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
