export const id = 134;
export const ids = [134];
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

/***/ 18948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ writeResults),
/* harmony export */   el: () => (/* binding */ writeDecision),
/* harmony export */   vk: () => (/* binding */ writeGate),
/* harmony export */   y8: () => (/* binding */ writeSkipped)
/* harmony export */ });
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24286);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57994);


// Every step output and the job summary: what the workflow and the run's page see of a run.
/** A run that reviewed nothing: zero outputs, and a notice unless skipping is the usual case. */
async function writeSkipped(inputs, reason, quiet) {
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('requests', 0);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('comments', 0);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('findings', 0);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('tool-calls', 0);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('refuted', 0);
    // Nothing was reviewed or gated: `fail-on` never fails a skipped run.
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('blocking', 0);
    if (quiet) {
        _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.info(`${reason} Nothing to do.`);
        return;
    }
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.notice(`Review skipped: ${reason}`);
    if (inputs.jobSummary)
        await _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.summary.addRaw((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .skippedJobSummary */ .e$)(reason)).write();
}
/** How the review was asked for, once the repository's configuration has had its say on the effort. */
function writeDecision(d) {
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('trigger', d.trigger);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('effort', d.effort);
}
/** The review's outputs and the job summary. */
async function writeResults(inputs, r, posted, report) {
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('review-id', posted.id ?? '');
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('review-url', posted.url ?? '');
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('comments', posted.dryRun ? (r.payload?.comments.length ?? 0) : posted.inline);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('findings', r.findings.length);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('requests', r.requests);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('prompt-tokens', r.promptTokens);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('completion-tokens', r.completionTokens);
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('tool-calls', r.requestLog.reduce((n, q) => n + q.toolCalls.length, 0));
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('refuted', r.secondLook?.refuted.length ?? 0);
    if (inputs.jobSummary)
        await _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.summary.addRaw((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .runJobSummary */ .FR)(r, posted, report)).write();
}
/** The `fail-on` gate: its count as an output, and the step failed with `message` when it blocks. */
function writeGate(g, message) {
    _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setOutput('blocking', g.blocking);
    if (message !== null)
        _action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .core */ .I.setFailed(message);
}


/***/ }),

/***/ 79973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ decideComment),
/* harmony export */   RM: () => (/* binding */ parseCommand)
/* harmony export */ });
/* unused harmony exports COMMENT_EVENTS, parseCommentEvent, COMMANDS */
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55325);


const COMMENT_EVENTS = ['issue_comment', 'pull_request_review_comment'];
/** The comment and its place from an `issue_comment` or `pull_request_review_comment` payload. */
function parseCommentEvent(eventName, payload) {
    const raw = obj(payload['comment']);
    const user = obj(raw['user']);
    const id = Number(raw['id']);
    if (!Number.isSafeInteger(id) || id <= 0 || typeof user['login'] !== 'string') {
        throw new _pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM(`The '${eventName}' event payload has no comment with an id and an author.`);
    }
    const comment = {
        id,
        nodeId: str(raw['node_id']),
        body: str(raw['body']),
        user: { login: user['login'], type: str(user['type']) },
        htmlUrl: str(raw['html_url']),
    };
    const repository = obj(payload['repository']);
    const [fnOwner = '', fnRepo = ''] = str(repository['full_name']).split('/');
    const owner = str(obj(repository['owner'])['login']) || fnOwner;
    const repo = str(repository['name']) || fnRepo;
    const action = str(payload['action']);
    if (eventName === 'issue_comment') {
        const issue = obj(payload['issue']);
        const number = Number(issue['number']);
        if (!owner || !repo || !Number.isSafeInteger(number) || number <= 0) {
            throw new _pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM("The 'issue_comment' event payload lacks its repository or issue number.");
        }
        const isPullRequest = issue['pull_request'] !== undefined && issue['pull_request'] !== null;
        return {
            event: eventName,
            action,
            owner,
            repo,
            number,
            isPullRequest,
            comment,
            place: { kind: 'conversation' },
            pr: null,
        };
    }
    const prRaw = payload['pull_request'];
    if (!prRaw || typeof prRaw !== 'object') {
        throw new _pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .EventError */ .PM("The 'pull_request_review_comment' event payload has no pull_request object.");
    }
    const pr = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestFromApi */ .rT)(prRaw);
    const side = raw['side'];
    return {
        event: eventName,
        action,
        owner: pr.owner,
        repo: pr.repo,
        number: pr.number,
        isPullRequest: true,
        comment,
        place: {
            kind: 'review-thread',
            path: str(raw['path']),
            line: num(raw['line']),
            originalLine: num(raw['original_line']),
            side: side === 'LEFT' || side === 'RIGHT' ? side : null,
            startLine: num(raw['start_line']),
            inReplyToId: num(raw['in_reply_to_id']),
            reviewId: num(raw['pull_request_review_id']),
            commitId: str(raw['commit_id']),
        },
        pr,
    };
}
const COMMANDS = (/* unused pure expression or super */ null && ([
    'help',
    'review',
    'full review',
    'deep review',
    'fix',
    'ignore',
    'pause',
    'resume',
    'question',
]));
/** The words after the phrase, on its line, that name a command (trailing punctuation allowed). */
const WORDS = [
    [/^help$/, 'help'],
    [/^review$/, 'review'],
    [/^full\s+review$/, 'full review'],
    [/^deep\s+review$/, 'deep review'],
    [/^fix$/, 'fix'],
    [/^(?:ignore|false[\s-]+positive)$/, 'ignore'],
    [/^pause$/, 'pause'],
    [/^resume$/, 'resume'],
];
/**
 * The command of a comment that mentions `phrase` (case-insensitive, as a whole word), or null when
 * it does not. Mentions inside code spans, code blocks, HTML comments and quoted (`>`) lines do not
 * count: a reply quoting an earlier command must not run it again, and code is not a request.
 */
function parseCommand(body, phrase) {
    const visible = blankInert(body.replace(/\r\n?/g, '\n'));
    const source = body.replace(/\r\n?/g, '\n');
    const re = new RegExp(`(?<![\\p{L}\\p{N}_@./-])${escapeRe(phrase)}(?![\\p{L}\\p{N}_-]|[.@/][\\p{L}\\p{N}])`, 'iu');
    const m = re.exec(visible);
    if (!m)
        return null;
    const after = source.slice(m.index + m[0].length);
    const firstLine = (after.split('\n', 1)[0] ?? '')
        .replace(/^[\s,:;)\]]+/, '')
        .replace(/[\s.!?,;:]+$/, '')
        .toLowerCase();
    const text = after.replace(/^[\s,:;)\]]+/, '').trim();
    if (firstLine === '' && !/[\p{L}\p{N}]/u.test(text)) {
        const rest = (source.slice(0, m.index) + source.slice(m.index + m[0].length)).trim();
        return /[\p{L}\p{N}]/u.test(rest) ? { name: 'question', text: rest } : { name: 'help', text: '' };
    }
    for (const [word, name] of WORDS)
        if (word.test(firstLine))
            return { name, text };
    return { name: 'question', text };
}
/**
 * The text with code blocks (fenced or indented), code spans, HTML comments and quoted lines
 * replaced by spaces (line breaks kept), so that positions still match the original.
 */
function blankInert(text) {
    const lines = text.split('\n');
    let fence = null;
    // An indented code block starts after a blank line (it cannot interrupt a paragraph) and goes on
    // while lines stay indented or blank.
    let indented = false;
    let afterBlank = true;
    const out = lines.map((line) => {
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        const isBlank = line.trim() === '';
        const wasAfterBlank = afterBlank;
        afterBlank = isBlank;
        if (fence) {
            const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
            if (close && close[1][0] === fence.char && close[1].length >= fence.length)
                fence = null;
            return blank(line);
        }
        if (isBlank)
            return line;
        if (/^(?: {4}|\t| {0,3}\t)/.test(line) && (indented || wasAfterBlank)) {
            indented = true;
            return blank(line);
        }
        indented = false;
        if (open) {
            fence = { char: open[1][0], length: open[1].length };
            return blank(line);
        }
        if (/^ {0,3}>/.test(line))
            return blank(line);
        return line;
    });
    return out
        .join('\n')
        .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
        .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
}
function blank(s) {
    return s.replace(/[^\n]/g, ' ');
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function num(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
}
/**
 * Comment events: null for any other event, and when `pull-request` names the PR (the run is then a
 * manual review, as before comments were commands). Otherwise a quiet skip for what is never a command
 * (an edit or deletion, a bot's comment, ours included, a plain issue, a comment without the phrase
 * when the phrase is fixed by the workflow), else the comment to answer. `phraseFixed`: the workflow set
 * `trigger-phrase`, so the repository's configuration cannot change it and no request is needed to
 * tell a comment without it.
 */
function decideComment(eventName, payload, o) {
    if (!COMMENT_EVENTS.includes(eventName) || o.pullRequest !== '')
        return null;
    const event = parseCommentEvent(eventName, payload);
    const skip = (reason) => ({ kind: 'skip', reason, quiet: true });
    if (event.action !== 'created')
        return skip(`The '${event.action}' action of ${eventName} is not a new comment.`);
    if ((0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .isBotUser */ .po)(event.comment.user))
        return skip(`The comment is by the bot ${event.comment.user.login}: bots' comments are never commands.`);
    if (!event.isPullRequest)
        return skip(`#${event.number} is an issue, not a pull request.`);
    if (o.phraseFixed && parseCommand(event.comment.body, o.triggerPhrase) === null)
        return skip(`The comment does not mention ${o.triggerPhrase}.`);
    return { kind: 'converse', event };
}


/***/ }),

/***/ 31134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(24286);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __webpack_require__(10242);
// EXTERNAL MODULE: ./src/event/trigger.ts
var trigger = __webpack_require__(99668);
// EXTERNAL MODULE: ./src/event/comment.ts
var event_comment = __webpack_require__(79973);
// EXTERNAL MODULE: ./src/review/sanitize.ts
var sanitize = __webpack_require__(27081);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/action/inputs.ts





/**
 * The secret inputs, and the host of GITHUB_SERVER_URL, read before anything else so they can be
 * registered before anything can print them.
 */
function readSecrets() {
    const secrets = ['api-key', 'github-token'].map((name) => action_log/* core */.I.getInput(name)).filter((v) => v !== '');
    const server = process.env['GITHUB_SERVER_URL'];
    let serverHost = null;
    if (server) {
        try {
            serverHost = new URL(server).hostname;
        }
        catch {
            // Not a URL: links stay limited to github.com.
        }
    }
    return { secrets, serverHost };
}
/**
 * Reads the event and the inputs, in the order their errors matter: a job without an event file
 * fails first; a fork's run without its secrets is skipped before its inputs are checked.
 */
function readInputs() {
    const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
    const payload = readEvent();
    const fork = (0,trigger/* isForkUnderPullRequest */.$u)(eventName, payload);
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: id } = process.env;
    return {
        eventName,
        payload,
        repository,
        fork,
        settings: fork && action_log/* core */.I.getInput('api-key').trim() === '' ? null : readActionSettings(),
        apiUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
        runUrl: server && repository && id ? `${server}/${repository}/actions/runs/${id}` : null,
        jobSummary: Boolean(process.env['GITHUB_STEP_SUMMARY']),
        tempDir: process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(),
        workspace: process.env['GITHUB_WORKSPACE'] || null,
    };
}
function readActionSettings() {
    const settings = (0,src_settings/* readSettings */.sb)((name) => action_log/* core */.I.getInput(name), { requireApiKey: true });
    if (!settings.githubToken) {
        throw new Error("Input 'github-token' is empty: leave it unset (it defaults to ${{ github.token }}) or pass a token.");
    }
    return settings;
}
function readEvent() {
    const path = process.env['GITHUB_EVENT_PATH'];
    if (!path)
        throw new Error('GITHUB_EVENT_PATH is not set: vtrix-review must run as a step of a GitHub Actions job.');
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new Error(`Cannot read the event payload at ${path}: ${e.message}`, { cause: e });
    }
}

// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(18948);
;// CONCATENATED MODULE: ./src/main.ts







/** The action: inputs → event → (a review, or a skip with its reason). */
async function run() {
    try {
        protectSecrets();
        const inputs = readInputs();
        const { settings } = inputs;
        if (!settings)
            return await (0,outputs/* writeSkipped */.y8)(inputs, trigger/* FORK_NOTICE */.qn, false);
        // A comment on a pull request: a command for the action, or nothing to do.
        const comment = (0,event_comment/* decideComment */.Of)(inputs.eventName, inputs.payload, {
            pullRequest: settings.pullRequest,
            triggerPhrase: settings.triggerPhrase,
            phraseFixed: settings.setInputs.includes('trigger-phrase'),
        });
        if (comment?.kind === 'skip')
            return await (0,outputs/* writeSkipped */.y8)(inputs, comment.reason, comment.quiet);
        if (comment) {
            const { converse } = await Promise.all(/* import() */[__webpack_require__.e(359), __webpack_require__.e(815), __webpack_require__.e(239), __webpack_require__.e(507), __webpack_require__.e(120)]).then(__webpack_require__.bind(__webpack_require__, 99120));
            const { productionHandlers } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(359), __webpack_require__.e(239), __webpack_require__.e(881), __webpack_require__.e(644), __webpack_require__.e(349), __webpack_require__.e(603)]).then(__webpack_require__.bind(__webpack_require__, 3283));
            return await converse(inputs, settings, comment.event, productionHandlers());
        }
        const decision = (0,trigger/* decideTrigger */.fi)(inputs.eventName, inputs.payload, inputs.repository, {
            ...settings,
            effort: settings.reasoningEffort,
        });
        if (decision.kind === 'skip')
            return await (0,outputs/* writeSkipped */.y8)(inputs, decision.reason, decision.quiet);
        const { review } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(359), __webpack_require__.e(815), __webpack_require__.e(239), __webpack_require__.e(881), __webpack_require__.e(644), __webpack_require__.e(507), __webpack_require__.e(37), __webpack_require__.e(349), __webpack_require__.e(504), __webpack_require__.e(800), __webpack_require__.e(809), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 42809));
        await review(inputs, (0,src_settings/* withEffort */.lH)(settings, decision.effort), decision);
    }
    catch (e) {
        action_log/* core */.I.setFailed(e.message ?? String(e));
    }
}
/**
 * Before anything can print them: the runner masks registered secrets in the log, and the sanitiser
 * redacts them from everything we post (comments, the job summary), which the runner does not mask.
 */
function protectSecrets() {
    const { secrets, serverHost } = readSecrets();
    for (const value of secrets) {
        action_log/* core */.I.setSecret(value);
        (0,sanitize/* registerSecret */.cl)(value);
    }
    if (serverHost)
        (0,sanitize/* registerTrustedHost */.FO)(serverHost);
}


/***/ }),

/***/ 91332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ rejectedFindings),
/* harmony export */   TK: () => (/* binding */ isRejected),
/* harmony export */   Wl: () => (/* binding */ tallyText),
/* harmony export */   ai: () => (/* binding */ feedbackTally),
/* harmony export */   zL: () => (/* binding */ NO_REJECTED)
/* harmony export */ });
/* unused harmony exports threadFeedback, rejectingReply */
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90207);
/* harmony import */ var _threads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27722);


/**
 * One thread's verdict. Rejected: a 👎, a reply that rejects it (`rejectingReply`), an `ignore` command
 * (its fingerprint in `ignored`), or resolved without a change to its lines. Fixed: resolved after its
 * lines changed, or marked addressed (our reply, or this run: `addressedNow`). Accepted: a 👍. A 👎 wins
 * over everything: one reviewer saying "wrong" is enough not to say it again.
 */
function threadFeedback(t, files, ignored, addressedNow = false) {
    if (ignored.has(t.fp) || (t.reactions?.down ?? 0) > 0 || (t.replies ?? []).some(rejectingReply))
        return 'rejected';
    if (t.replied || addressedNow)
        return 'fixed';
    if (t.resolved)
        return (0,_threads_js__WEBPACK_IMPORTED_MODULE_1__/* .linesChanged */ .q)(t, files) ? 'fixed' : 'rejected';
    return (t.reactions?.up ?? 0) > 0 ? 'accepted' : 'open';
}
/**
 * A reply that rejects the finding: its first line starts with "false positive", "not a bug", "not an
 * issue", "won't fix", "wontfix", "by design", "intended" or "ignore", after any @-mentions (so an
 * `@vtrix-review ignore` no run answered still counts).
 */
function rejectingReply(text) {
    const first = (text.trim().split('\n')[0] ?? '').replace(/^(?:@[\w-]+(?:\[bot\])?[\s,:]*)+/, '');
    return /^(?:false[\s-]positive|not an? (?:bug|issue|problem)|won['’]?t fix|wontfix|by design|intended|ignore)\b/i.test(first.trim());
}
const NO_REJECTED = { marks: [], fps: new Set() };
function rejectedFindings(threads, files, ignored) {
    const fps = new Set(ignored);
    const marks = threads.filter((t) => threadFeedback(t, files, fps) === 'rejected');
    for (const t of marks)
        fps.add(t.fp);
    return { marks, fps };
}
/** Whether a finding (its fingerprint) is one the team rejected: same fingerprint, or said again at the same place. */
function isRejected(m, r) {
    return m !== undefined && (r.fps.has(m.fp) || r.marks.some((k) => (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .sameFinding */ .In)(k, m)));
}
/**
 * The tally over our threads (as read at the start of the run) and `newlyPosted` inline findings of
 * this run; `addressed` are the threads this run found addressed.
 */
function feedbackTally(threads, files, ignored, addressed, newlyPosted) {
    const fps = new Set(ignored);
    const t = { posted: threads.length + newlyPosted, accepted: 0, rejected: 0, fixed: 0 };
    for (const x of threads) {
        const f = threadFeedback(x, files, fps, addressed.has(x.commentId));
        if (f !== 'open')
            t[f]++;
    }
    return t;
}
/** "5 posted, 1 accepted (👍), 2 rejected, 1 fixed". */
function tallyText(t) {
    return `${t.posted} posted, ${t.accepted} accepted (👍), ${t.rejected} rejected, ${t.fixed} fixed`;
}


/***/ }),

/***/ 90207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ sameFinding),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   gK: () => (/* binding */ gist),
/* harmony export */   zu: () => (/* binding */ linesText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const STOP = new Set('a an the of in on at to for from by with and or not no is are be can may might will would should could this that these those it its into via when than then there use uses used using missing'.split(' '));
/** The words that carry a title's meaning, sorted: "SQL injection through `id`" → [id, injection, sql, through]. */
function gist(title) {
    const words = title
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 1 && !STOP.has(w));
    return [...new Set(words)].sort();
}
function hash(...parts) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const p of parts)
        h.update(p).update('\0');
    return h.digest('hex');
}
/** The text of lines `from..to` on `side` of a file's diff, or '' when they are not in it. */
function linesText(file, side, from, to) {
    if (!file)
        return '';
    const out = [];
    for (const h of file.hunks) {
        for (const l of h.lines) {
            const n = side === 'RIGHT' ? l.newLine : l.oldLine;
            if (n === null || n < from || n > to)
                continue;
            if (side === 'RIGHT' ? l.kind === 'delete' : l.kind === 'add')
                continue;
            out.push(l.content.replace(/\s+/g, ' ').trim());
        }
    }
    return out.join('\n');
}
function fingerprint(path, text, title, body = '') {
    const words = gist(title);
    const bodyWords = gist(body);
    // Titled findings keep the identity earlier versions gave them (markers on open PRs stay valid);
    // an untitled one is told apart by its body, never by its (empty) title alone.
    const what = words.length > 0 ? words.join(' ') : `\0body\0${bodyWords.join(' ') || body.replace(/\s+/g, ' ').trim()}`;
    return {
        fp: hash(path, text, what).slice(0, 12),
        loc: hash(path, text).slice(0, 10),
        words,
        body: bodyWords,
    };
}
/** Share of words two sets have in common (Jaccard); 0 when either is empty. */
function overlap(a, b) {
    if (a.length === 0 || b.length === 0)
        return 0;
    const B = new Set(b);
    const common = a.filter((w) => B.has(w)).length;
    return common / (a.length + b.length - common);
}
/**
 * Whether two findings at the same place say the same thing, so one is a repeat of the other (the model
 * rephrased it on a later run). Titles decide when both name the problem in a few words; a generic
 * title ("Bug") needs bodies about the same thing too. Without a title on either side, the bodies decide alone: an empty
 * title is never a match.
 */
function sameFinding(a, b) {
    if (a.loc !== b.loc)
        return false;
    const aBody = a.body;
    const bBody = b.body;
    if (a.words.length > 0 && b.words.length > 0) {
        if (a.fp !== b.fp && overlap(a.words, b.words) < TITLE_OVERLAP)
            return false;
        if (Math.min(a.words.length, b.words.length) >= SPECIFIC_TITLE_WORDS)
            return true;
        // A generic title ("Bug", "Possible issue") said twice at one place: the bodies tell.
        return aBody.length === 0 || bBody.length === 0 || overlap(aBody, bBody) >= RELATED_BODY_OVERLAP;
    }
    if (a.words.length === 0 && b.words.length === 0 && a.fp === b.fp)
        return true;
    return overlap(aBody, bBody) >= SAME_BODY_OVERLAP;
}
/** Titles sharing half their words name the same problem. */
const TITLE_OVERLAP = 0.5;
/** A title of this many meaningful words names its problem; fewer is generic. */
const SPECIFIC_TITLE_WORDS = 3;
/** Under equal generic titles, bodies sharing a fifth of their words are about the same thing (rephrased). */
const RELATED_BODY_OVERLAP = 0.2;
/** Without titles, the bodies must share most of their words. */
const SAME_BODY_OVERLAP = 0.6;


/***/ }),

/***/ 27722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ addressedThreads),
/* harmony export */   q: () => (/* binding */ linesChanged)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90207);

/**
 * Threads whose finding looks fixed: open, in a file this run reviewed, the lines they point at changed
 * (outdated, or different text), and this run did not report the same finding again.
 */
function addressedThreads(threads, current, reviewedPaths, prFiles) {
    return threads.filter((t) => {
        if (t.resolved || !reviewedPaths.has(t.path))
            return false;
        if (!linesChanged(t, prFiles))
            return false;
        return !current.some((c) => (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .sameFinding */ .In)(c, t));
    });
}
/** The lines a thread points at changed since it was posted: outdated, or different text now. */
function linesChanged(t, prFiles) {
    if (t.line === null)
        return true;
    const file = prFiles.find((f) => f.path === t.path);
    return (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(t.path, (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .linesText */ .zu)(file, t.side, t.startLine ?? t.line, t.line), '').loc !== t.loc;
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

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ runJobSummary),
/* harmony export */   e$: () => (/* binding */ skippedJobSummary),
/* harmony export */   fK: () => (/* binding */ commentLinks)
/* harmony export */ });
/* unused harmony exports placeKey, MAX_JOB_SUMMARY_CHARS, jobSummary, boundJobSummary */
/* harmony import */ var _place_place_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91040);
/* harmony import */ var _review_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40746);
/* harmony import */ var _memory_markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66676);
/* harmony import */ var _memory_feedback_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91332);
/* harmony import */ var _review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27081);
/* harmony import */ var _review_look_line_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6424);
/* harmony import */ var _review_linked_issues_line_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84511);







function esc(s) {
    return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
function placeKey(path, line) {
    return `${path}:${line}`;
}
/** The links to a posted review's comments: by the fingerprint in each comment's marker, and by place. */
function commentLinks(comments) {
    const links = { byFingerprint: new Map(), byPlace: new Map() };
    for (const c of comments) {
        const mark = (0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFindingMarker */ .fc)(c.body);
        if (mark)
            links.byFingerprint.set(mark.fp, c.url);
        if (c.line !== null)
            links.byPlace.set(placeKey(c.path, c.line), c.url);
    }
    return links;
}
function row(f, path, line, where) {
    const lines = f.startLine && f.startLine < line ? `${f.startLine}–${line}` : `${line}`;
    // Titles and paths are the model's (or the PR author's): sanitised like everything posted. An
    // untitled finding shows the start of its body.
    const title = f.title.trim() === '' ? (0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(f.body, 80) : (0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(f.title, 200);
    return `| ${f.severity} | ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(path, { table: true })} | ${lines}${f.side === 'LEFT' ? ' (old)' : ''} | ${esc(title)} | ${where} |`;
}
/** GitHub refuses a job summary above 1 MiB; what `runJobSummary` appends after this report has room left. */
const MAX_JOB_SUMMARY_CHARS = 880_000;
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/**
 * The Markdown report for the Actions job summary: the verdict, every finding (including those below
 * `min-severity` and those that did not fit the review body) with a link to its comment, what was and
 * was not reviewed, each request with its time and tokens. Bounded: long tables are cut with a note.
 */
function jobSummary(r, posted, title, links = { byFingerprint: new Map(), byPlace: new Map() }) {
    const out = [`## ${title}`];
    const link = posted.url ? `[the review](${posted.url})` : 'the review';
    if (r.requests === 0)
        out.push('Nothing to review: no changed file passed the filters. No model request was made.');
    else {
        out.push((0,_review_render_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictMarkdown */ .BT)(r.verdict, (t) => (0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(t, 300)));
        out.push(posted.dryRun
            ? posted.notPosted
                ? `**Not posted**: ${posted.notPosted}. The review is below.`
                : '**Dry run**: the review below was not posted.'
            : `Posted ${link} with ${r.placement.inline.length} inline comment${r.placement.inline.length === 1 ? '' : 's'}.`);
    }
    if (r.secondLook) {
        const notes = r.secondLook.notes.map((n) => `- ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(n, 500)}`).join('\n');
        out.push(`${(0,_review_look_line_js__WEBPACK_IMPORTED_MODULE_6__/* .lookLine */ .M)(r.secondLook, 'listed below')}${notes ? `\n${notes}` : ''}`);
    }
    out.push(`| requests | prompt tokens | completion tokens | files reviewed | files not reviewed |\n|---|---|---|---|---|\n| ${r.requests} | ${r.promptTokens} | ${r.completionTokens} | ${r.plan.reviewable.length} | ${r.skipped.length + r.failed.length} |`);
    const inlineLink = (fp, path, line) => {
        const url = (fp && links.byFingerprint.get(fp)) || links.byPlace.get(placeKey(path, line));
        if (url)
            return `[comment](${url})`;
        return posted.url ? `[inline](${posted.url})` : 'inline';
    };
    const unlisted = new Set(r.unlisted);
    // Most severe first (placement sorted them), as in the review.
    const rows = [
        ...r.placement.inline.map((c) => row(c.finding, c.path, c.line, inlineLink(c.mark?.fp, c.path, c.line))),
        ...r.placement.body.map((b) => row(b.finding, b.path, b.finding.line, 
        // Compact: a 3,000-file PR can have thousands of these, and every one must be reachable here.
        unlisted.has(b)
            ? 'summary comment'
            : `${posted.url ? `[review body](${posted.url})` : 'review body'}: ${esc((0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(b.reason, 100))}`)),
        ...(r.secondLook?.refuted ?? []).map((x) => row(x.placed.finding, x.placed.path, (0,_place_place_js__WEBPACK_IMPORTED_MODULE_0__/* .placedLines */ .$M)(x.placed).line, 'not posted (refuted on a second look)')),
        ...r.belowThreshold.map((f) => row(f, f.path, f.line, 'not posted (below min-severity)')),
    ];
    const budget = { left: MAX_JOB_SUMMARY_CHARS - 20_000 };
    if (rows.length > 0) {
        out.push(`### Findings\n| severity | file | line | title | comment |\n|---|---|---|---|---|\n${fit(rows, budget, (n) => `| | | | …and ${n} more findings | |`)}`);
        const detail = r.belowThreshold.map((f) => `- **${f.severity}** ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(f.path)} line ${f.line}: ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(f.title, 200)}\n\n${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeMarkdown */ .LO)(f.body, 8_000, { indent: 2 })}`);
        const refuted = (r.secondLook?.refuted ?? []).map((x) => `- **${x.placed.finding.severity}** ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(x.placed.path)} line ${(0,_place_place_js__WEBPACK_IMPORTED_MODULE_0__/* .placedLines */ .$M)(x.placed).line}: ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(x.placed.finding.title, 200)}\n\n${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeMarkdown */ .LO)(x.placed.finding.body, 8_000, { indent: 2 })}\n\n  **Refuted** (${x.confidence} confidence): ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(x.evidence, 2_000) || 'no reason given'}`);
        if (refuted.length > 0)
            out.push(`<details><summary>Findings refuted on a second look</summary>\n\n${fit(refuted, budget, (n) => `- …and ${n} more.`)}\n</details>`);
        if (detail.length > 0)
            out.push(`<details><summary>Findings below min-severity</summary>\n\n${fit(detail, budget, (n) => `- …and ${n} more.`)}\n</details>`);
    }
    if (r.failed.length > 0) {
        out.push(`### Not reviewed: model request failed\n${fit(r.failed.map(_review_render_js__WEBPACK_IMPORTED_MODULE_1__/* .notReviewed */ .vE), budget, (n) => `- …and ${n} more.`)}`);
    }
    if (r.skipped.length > 0) {
        out.push(`### Files not reviewed\n${fit(r.skipped.map(_review_render_js__WEBPACK_IMPORTED_MODULE_1__/* .notReviewed */ .vE), budget, (n) => `- …and ${n} more.`)}`);
    }
    if (r.plan.reviewable.length > 0) {
        const files = r.plan.reviewable.map((f) => {
            const what = r.walkthrough.get(f.path);
            return `- ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(f.path)} (${f.status}, +${f.additions} / −${f.deletions})${what ? `: ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeInline */ .nW)(what, 500)}` : ''}`;
        });
        out.push(`<details><summary>Files reviewed (${files.length})</summary>\n\n${fit(files, budget, (n) => `- …and ${n} more.`)}\n</details>`);
    }
    if (r.requestLog.length > 0) {
        const reqs = r.requestLog.map((q) => `| ${esc(q.label)} | ${q.ok ? 'answered' : 'failed'} | ${q.files} | ${q.findings} | ${q.promptTokens} | ${q.completionTokens} | ${seconds(q.ms)} |`);
        const total = r.requestLog.reduce((n, q) => n + q.ms, 0);
        out.push(`### Requests\n| request | result | files | findings | prompt tokens | completion tokens | time |\n|---|---|---|---|---|---|---|\n${fit(reqs, budget, (n) => `| …and ${n} more | | | | | | |`)}\n\n${r.requestLog.length} request${r.requestLog.length === 1 ? '' : 's'}, ${seconds(total)} of model time in all (run in parallel).`);
    }
    const calls = r.requestLog.flatMap((q) => q.toolCalls.map((c) => ({ request: q.label, ...c })));
    if (calls.length > 0) {
        const rows = calls.map((c) => `| ${esc(c.request)} | ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(c.name, { table: true })} | ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(c.arguments, { table: true })} | ${c.ok ? 'ok' : 'error'} | ${c.tokens} | ${seconds(c.ms)} |`);
        const tokens = calls.reduce((n, c) => n + c.tokens, 0);
        out.push(`### Repository tool calls\n| request | tool | arguments | result | result tokens | time |\n|---|---|---|---|---|---|\n${fit(rows, budget, (n) => `| …and ${n} more | | | | | |`)}\n\n${calls.length} tool call${calls.length === 1 ? '' : 's'}; their results added ${tokens.toLocaleString('en-US')} tokens to the prompts (counted in the prompt tokens above).`);
    }
    return out.join('\n\n') + '\n';
}
/**
 * The action's job summary, whole and within GitHub's 1 MiB: the report above, what memory saved,
 * the comments GitHub refused inline and, when the review was not posted, the review itself.
 */
function runJobSummary(r, posted, o) {
    let md = jobSummary(r, posted, o.deep ? 'vtrix-review — deep review' : 'vtrix-review', posted.links);
    const saved = o.fullPromptTokens !== null ? Math.max(0, o.fullPromptTokens - r.promptTokens) : null;
    md += `\n${r.repeated.length} finding(s) already reported were not repeated; ${o.addressed} earlier finding(s) look addressed.${saved !== null ? ` Incremental review: ${saved} prompt tokens not sent (a whole-PR review would send ${o.fullPromptTokens}).` : ''}\n`;
    const rejected = r.rejected?.length ?? 0;
    if (rejected > 0)
        md += `\n${rejected} finding(s) the team rejected earlier on this PR were not posted again.\n`;
    if (o.tally && o.tally.posted > 0)
        md += `\nFeedback on inline findings: ${(0,_memory_feedback_js__WEBPACK_IMPORTED_MODULE_3__/* .tallyText */ .Wl)(o.tally)}.\n`;
    const linked = o.linkedIssues ? (0,_review_linked_issues_line_js__WEBPACK_IMPORTED_MODULE_5__/* .linkedIssuesLine */ .O)(o.linkedIssues.issues, o.linkedIssues) : null;
    if (linked)
        md += `\n${linked}\n`;
    if (posted.moved.length > 0) {
        md += `\n### Moved into the review body\nGitHub refused these comments on their lines, so the review body lists them instead:\n${posted.moved.map((c) => `- ${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(c.path)} line ${c.line} (${c.side}): ${c.body.split('\n')[0]}`).join('\n')}\n`;
    }
    if (posted.dryRun && r.payload) {
        md += `\n<details open><summary>Review that would be posted</summary>\n\n${r.payload.body}\n\n${r.payload.comments.map((c) => `**${(0,_review_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(c.path)} line ${c.line} (${c.side})**\n\n${c.body}`).join('\n\n---\n\n')}\n</details>\n`;
    }
    return boundJobSummary(md);
}
/** The job summary of a run that reviewed nothing. */
function skippedJobSummary(reason) {
    return `## vtrix-review\n\nReview skipped: ${reason}\n`;
}
/** Whole rows while the budget lasts, then one line saying how many were left out. */
function fit(rows, budget, more) {
    const kept = [];
    for (const r of rows) {
        if (r.length + 1 > budget.left)
            break;
        kept.push(r);
        budget.left -= r.length + 1;
    }
    if (kept.length < rows.length)
        kept.push(more(rows.length - kept.length));
    return kept.join('\n');
}
/** The whole job summary, within GitHub's 1 MiB: cut at a line, with a note, when it would not fit. */
function boundJobSummary(md, limit = 1_000_000) {
    if (Buffer.byteLength(md) <= limit)
        return md;
    const note = '\n\n_…the rest of this report is cut: GitHub limits a job summary to 1 MiB._\n';
    // The longest prefix (in characters) whose UTF-8 size leaves room for the note.
    let lo = 0;
    let hi = md.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (Buffer.byteLength(md.slice(0, mid)) + note.length <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const cut = md.slice(0, lo);
    const at = cut.lastIndexOf('\n');
    return `${at > 0 ? cut.slice(0, at) : cut}${note}`;
}


/***/ }),

/***/ 84511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ linkedIssuesLine)
/* harmony export */ });
/* harmony import */ var _prompt_linked_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42558);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27081);


/**
 * Which linked issues the review considered and which it could not read, with why: one line for the
 * summary comment and the job summary. Null when the description links none.
 */
function linkedIssuesLine(li, here) {
    if (!li || li.read.length + li.unread.length === 0)
        return null;
    // This repository's `#12` stays a link; another's is shown as code (src/review/sanitize.ts keeps
    // other repositories' references from linking or notifying).
    const shown = (name) => (name.startsWith('#') ? name : (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(name));
    const parts = [];
    if (li.read.length > 0)
        parts.push(`considered ${li.read.map((i) => shown((0,_prompt_linked_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .issueName */ .X0)(i, here))).join(', ')}`);
    if (li.unread.length > 0)
        parts.push(`not read: ${li.unread.map((u) => `${shown(u.name)} (${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeInline */ .nW)(u.why, 200)})`).join(', ')}`);
    return `Linked issues: ${parts.join('; ')}.`;
}


/***/ })

};
