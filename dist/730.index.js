export const id = 730;
export const ids = [730];
export const modules = {

/***/ 24286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ core)
/* harmony export */ });
/* unused harmony export inertLog */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _review_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27081);


/**
 * The runner reads the action's output as commands: a line whose first non-blank characters are `::`
 * (`::warning::`, `::add-mask::`, `::stop-commands::` …) and, in the legacy form, `##[` anywhere in a
 * line. The log quotes text the PR and the model wrote (a finding body in a dry run, a model answer
 * quoted by a parse error), so every line of it is made inert here: a zero-width space goes between the
 * two characters, which the runner does not skip as blank. The text reads the same, and secrets are
 * redacted like in what is posted (the runner masks only their exact value).
 */
function inertLog(text) {
    // \s covers the blanks .NET's TrimStart skips (U+2028, U+3000 …) but U+0085; `^` after \r too.
    return (0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text)
        .replace(/^([\s\u0085]*):(?=:)/gm, '$1:\u200b')
        .replace(/#(?=#\[)/g, '#\u200b');
}
/**
 * @actions/core with its log functions made safe for untrusted text: the action imports this instead
 * of the package, so every message goes through {@link inertLog}. The message of `warning`, `error`,
 * `notice` and `setFailed` is one command line (core escapes its line breaks); it is made inert too, so
 * the annotation shows the same text as the log.
 */
const core = {
    ..._actions_core__WEBPACK_IMPORTED_MODULE_0__,
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(inertLog(message)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(inertLog(message)),
    warning: (message, props) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(inertError(message), props),
    error: (message, props) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(inertError(message), props),
    notice: (message, props) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(inertError(message), props),
    setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(inertError(message)),
};
function inertError(message) {
    return inertLog(message instanceof Error ? message.toString() : message);
}


/***/ }),

/***/ 41730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24286);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58750);
/* harmony import */ var _event_trigger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99668);
/* harmony import */ var _review_sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27081);





/** The action: settings → event → pull request → pipeline → one review → report. */
async function run() {
    try {
        protectSecrets();
        const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
        const payload = readEvent();
        if ((0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_4__/* .isForkUnderPullRequest */ .$u)(eventName, payload) && _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.getInput('api-key').trim() === '') {
            await skip(_event_trigger_js__WEBPACK_IMPORTED_MODULE_4__/* .FORK_NOTICE */ .qn, false);
            return;
        }
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .readSettings */ .sb)((name) => _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.getInput(name), { requireApiKey: true });
        if (!settings.githubToken) {
            throw new Error("Input 'github-token' is empty: leave it unset (it defaults to ${{ github.token }}) or pass a token.");
        }
        const decision = (0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_4__/* .decideTrigger */ .fi)(eventName, payload, process.env['GITHUB_REPOSITORY'], {
            ...settings,
            effort: settings.reasoningEffort,
        });
        if (decision.kind === 'skip') {
            await skip(decision.reason, decision.quiet);
            return;
        }
        const { review } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(815), __webpack_require__.e(359), __webpack_require__.e(239), __webpack_require__.e(322), __webpack_require__.e(169), __webpack_require__.e(609), __webpack_require__.e(36), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 6676));
        await review((0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .withEffort */ .lH)(settings, decision.effort), decision, eventName, payload);
    }
    catch (e) {
        _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.setFailed(e.message ?? String(e));
    }
}
/**
 * Before anything can print them: the runner masks registered secrets in the log, and the sanitiser
 * redacts them from everything we post (comments, the job summary), which the runner does not mask.
 */
function protectSecrets() {
    for (const name of ['api-key', 'github-token']) {
        const value = _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.getInput(name);
        if (value === '')
            continue;
        _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.setSecret(value);
        (0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(value);
    }
    const server = process.env['GITHUB_SERVER_URL'];
    if (server) {
        try {
            (0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .registerTrustedHost */ .FO)(new URL(server).hostname);
        }
        catch {
            // Not a URL: links stay limited to github.com.
        }
    }
}
async function skip(reason, quiet) {
    _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.setOutput('requests', 0);
    _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.setOutput('comments', 0);
    _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.setOutput('findings', 0);
    // Nothing was reviewed or gated: `fail-on` never fails a skipped run.
    _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.setOutput('blocking', 0);
    if (quiet) {
        _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.info(`${reason} Nothing to do.`);
        return;
    }
    _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.notice(`Review skipped: ${reason}`);
    if (process.env['GITHUB_STEP_SUMMARY'])
        await _action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .core */ .I.summary.addRaw(`## vtrix-review\n\nReview skipped: ${reason}\n`).write();
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


/***/ })

};
