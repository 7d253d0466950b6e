export const id = 730;
export const ids = [730];
export const modules = {

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
        const { review } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(6), __webpack_require__.e(359), __webpack_require__.e(239), __webpack_require__.e(766), __webpack_require__.e(279), __webpack_require__.e(518), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 4578));
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


/***/ })

};
