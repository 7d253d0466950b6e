export const id = 424;
export const ids = [424];
export const modules = {

/***/ 55325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ EventError),
/* harmony export */   l: () => (/* binding */ PR_EVENTS),
/* harmony export */   po: () => (/* binding */ isBotUser),
/* harmony export */   rT: () => (/* binding */ pullRequestFromApi)
/* harmony export */ });
const PR_EVENTS = ['pull_request', 'pull_request_target'];
class EventError extends Error {
    name = 'EventError';
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
/** An account that is a bot: by type, or by GitHub's `[bot]` suffix (apps' accounts, ours included). */
function isBotUser(user) {
    return user?.type === 'Bot' || /\[bot\]$/i.test(typeof user?.login === 'string' ? user.login : '');
}


/***/ }),

/***/ 99668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ isForkUnderPullRequest),
/* harmony export */   LL: () => (/* binding */ parsePullRequestRef),
/* harmony export */   fi: () => (/* binding */ decideTrigger),
/* harmony export */   qn: () => (/* binding */ FORK_NOTICE)
/* harmony export */ });
/* unused harmony export REVIEW_ACTIONS */
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55325);

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
    if ((0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .isBotUser */ .po)(raw['user']) && !o.reviewBots) {
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

/***/ 58630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   nL: () => (/* binding */ globCostProblem),
/* harmony export */   pZ: () => (/* binding */ GlobError)
/* harmony export */ });
/* unused harmony export MAX_GLOB_WILDCARDS */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Most `*` / `**` wildcards one glob may have. picomatch turns each into a lazy regex loop, and a
 * path that almost matches makes the engine try every way to share the path among the loops: the time
 * grows like the path length to the power of the number of wildcards. Measured on Node 24 against
 * crafted paths that almost match: 4 wildcards stay under a second even on a 255-character file name
 * (ms on ordinary names); 5 take about 30 s on it, and `*a*a*a*a*a*a*a*a*a*a*b` minutes on a
 * 50-character one. The globs people write have fewer: spec files under any test directory take 4.
 */
const MAX_GLOB_WILDCARDS = 4;
/** What makes a glob too costly to match, or null. Every glob a user gives is checked with it. */
function globCostProblem(g) {
    // `{a,b}` alternatives are tried one after the other, so a brace group costs as much as its costliest
    // alternative: per open `{`, the wildcards of the alternative being read, of the costliest one so far,
    // and of all of them (should the `{` never close and so be a literal).
    const braces = [{ cur: 0, best: 0, all: 0 }];
    /** One entry per open `(`: whether the group repeats (`*(…)` or `+(…)` extglob). */
    const groups = [];
    for (let i = 0; i < g.length; i++) {
        const ch = g[i];
        if (ch === '\\') {
            i++; // an escaped character is a literal
            continue;
        }
        if (ch === '{') {
            braces.push({ cur: 0, best: 0, all: 0 });
            continue;
        }
        if ((ch === ',' || ch === '}') && braces.length > 1) {
            const top = braces.at(-1);
            top.best = Math.max(top.best, top.cur);
            top.cur = 0;
            if (ch === '}') {
                braces.pop();
                braces.at(-1).cur += top.best;
                braces.at(-1).all += top.all;
            }
            continue;
        }
        if (ch === '[') {
            // A bracket expression matches one character; a `*` in it is literal.
            const end = g.indexOf(']', i + 2);
            if (end > 0)
                i = end;
            continue;
        }
        // `*`, `**`, `***` are one loop; `+(…)` repeats, and `!(…)` is a loop over what it does not match.
        const loop = ch === '*' || ((ch === '+' || ch === '!') && g[i + 1] === '(');
        if (loop) {
            while (g[i + 1] === '*')
                i++;
            if (groups.includes(true)) {
                return `a repeating group (\`*(…)\` or \`+(…)\`) contains a wildcard, which can take minutes to match a long path: write the group without wildcards inside (such as '*.+(ts|js)'), or list several simpler patterns.`;
            }
            braces.at(-1).cur++;
            braces.at(-1).all++;
            if (g[i + 1] === '(') {
                groups.push(ch !== '!');
                i++;
            }
        }
        else if (ch === '(')
            groups.push(false);
        else if (ch === ')')
            groups.pop();
    }
    while (braces.length > 1) {
        const open = braces.pop();
        braces.at(-1).cur += open.all;
        braces.at(-1).all += open.all;
    }
    const wildcards = braces[0].cur;
    if (wildcards > MAX_GLOB_WILDCARDS) {
        return `it has ${wildcards} wildcards (\`*\` or \`**\`), more than the ${MAX_GLOB_WILDCARDS} allowed: each one more multiplies the time to match a long path (such a pattern can take minutes). Write at most ${MAX_GLOB_WILDCARDS}, e.g. a directory with \`**\` ('src/gen/**') or one \`*\` in the file name ('*.gen.ts'), or list several simpler patterns.`;
    }
    return null;
}
class GlobError extends Error {
    name = 'GlobError';
}
/**
 * The one place globs are compiled, as the filters and path instructions match them: dotfiles match,
 * and a glob without `/` matches the file name in any directory. A glob too costly to match is refused
 * here too, so none slips past the input checks into a match that would stall the run.
 */
function compileGlob(g, opts = {}) {
    const problem = globCostProblem(g);
    if (problem)
        throw new GlobError(`The pattern '${g}' cannot be used: ${problem}`);
    return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(g, { dot: true, nocase: opts.nocase ?? false, basename: !g.includes('/') });
}


/***/ }),

/***/ 45315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ atLeast),
/* harmony export */   q: () => (/* binding */ severityRank)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);

/** Lower rank = more severe. */
function severityRank(s) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(s);
}
function atLeast(s, threshold) {
    return severityRank(s) <= severityRank(threshold);
}


/***/ }),

/***/ 87167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ tally),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   aG: () => (/* binding */ combineVerdicts),
/* harmony export */   ur: () => (/* binding */ severityCounts)
/* harmony export */ });
/* unused harmony exports NO_PROBLEMS, MAX_VERDICT_CHARS */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45315);


const NO_PROBLEMS = 'No problems found';
/** A verdict line longer than this is the model rambling: it is cut (the findings hold the detail). */
const MAX_VERDICT_CHARS = 160;
const LEVEL_WORD = {
    critical: 'Critical problems',
    major: 'Major problems',
    minor: 'Minor problems',
    nit: 'Nits only',
};
/** The most severe of `findings` at or above `min`, or null. */
function worst(findings, min) {
    let best = null;
    for (const f of findings) {
        if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .j)(f.severity, min))
            continue;
        if (best === null || (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .q)(f.severity) < (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .q)(best))
            best = f.severity;
    }
    return best;
}
function oneLine(s) {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > MAX_VERDICT_CHARS ? `${t.slice(0, MAX_VERDICT_CHARS - 1)}…` : t;
}
/**
 * Combines the verdicts of every request into one: the most severe request decides (ties: the one
 * with more findings at that level, then the first). Its own line is kept when the model sent one,
 * otherwise the line is derived from its findings (the most severe one's title). Findings below `min`
 * (`min-severity`) are not posted, so they do not make a verdict either: "No problems found" then.
 */
function combineVerdicts(requests, min) {
    let pick = null;
    for (const r of requests) {
        const level = worst(r.findings, min);
        if (level === null)
            continue;
        const n = r.findings.filter((f) => f.severity === level).length;
        if (pick === null ||
            (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .q)(level) < (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .q)(pick.level) ||
            (level === pick.level && n > pick.n))
            pick = { r, level, n };
    }
    if (pick === null)
        return { level: null, text: NO_PROBLEMS };
    const all = requests.flatMap((r) => r.findings).filter((f) => f.severity === pick.level);
    const own = pick.r.text === null ? '' : oneLine(pick.r.text);
    // A model that says "no problems" while reporting some is contradicting itself: trust the findings.
    const usable = own !== '' && !/^no (problems|issues)/i.test(own);
    const top = [...pick.r.findings]
        .filter((f) => f.severity === pick.level)
        .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line)[0];
    const detail = usable ? own : oneLine(top.title);
    const more = all.length > 1 ? ` (${all.length} ${pick.level})` : '';
    return { level: pick.level, text: `${LEVEL_WORD[pick.level]}${more}: ${detail}` };
}
/** Findings by severity, every severity present: the one tally (JSON counts, the gate, the texts below). */
function tally(findings) {
    const c = { critical: 0, major: 0, minor: 0, nit: 0 };
    for (const f of findings)
        c[f.severity]++;
    return c;
}
/** Counts by severity in order, the zero ones left out: "1 critical · 2 major". */
function countsText(counts, separator = ' · ') {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => (counts[s] ?? 0) > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(separator);
}
/** Severities in order, counted: "1 critical · 2 major". */
function severityCounts(findings, separator = ' · ') {
    return countsText(tally(findings), separator);
}


/***/ }),

/***/ 66676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ isAddressedReply),
/* harmony export */   E: () => (/* binding */ ANSWER_MARKER),
/* harmony export */   IY: () => (/* binding */ parseReviewMarker),
/* harmony export */   JK: () => (/* binding */ parseContinuedMarker),
/* harmony export */   Km: () => (/* binding */ MARKER_PREFIX),
/* harmony export */   PR: () => (/* binding */ parseSummaryState),
/* harmony export */   Qi: () => (/* binding */ SUMMARY_MARKER),
/* harmony export */   R8: () => (/* binding */ summaryMarker),
/* harmony export */   S_: () => (/* binding */ NO_STATE),
/* harmony export */   Td: () => (/* binding */ replyMarker),
/* harmony export */   Vi: () => (/* binding */ ADDRESSED_MARKER),
/* harmony export */   YH: () => (/* binding */ withSummaryState),
/* harmony export */   ai: () => (/* binding */ MAX_IGNORED),
/* harmony export */   br: () => (/* binding */ commentText),
/* harmony export */   cm: () => (/* binding */ parseSummaryMarker),
/* harmony export */   fc: () => (/* binding */ parseFindingMarker),
/* harmony export */   iY: () => (/* binding */ findingMarker),
/* harmony export */   qC: () => (/* binding */ commentTitle),
/* harmony export */   uF: () => (/* binding */ continuedMarker),
/* harmony export */   vU: () => (/* binding */ reviewMarker)
/* harmony export */ });
/* unused harmony exports CONTINUED_MARKER, REPLY_MARKER, parseReplyMarker */
/**
 * Hidden markers (HTML comments) through which a run finds what earlier runs posted. Markers are
 * only trusted on content written by a bot account: anyone can type an HTML comment. And only at the
 * very end of the text, where the action puts its own marker after everything else: our comments quote
 * model-written text, and a model steered by the PR can write a marker-like string (in a code span or a
 * code block, where sanitising leaves it as it is) to forge a reviewed commit or fingerprint.
 */
const MARKER_PREFIX = '<!-- vtrix-review:';
const SUMMARY_MARKER = '<!-- vtrix-review:summary';
/**
 * The summary comment also records the last commit a run reviewed (a run may post no review), and the
 * fingerprints of the findings it lists because no review body had room for them; and what the team
 * said with commands: findings ignored (`ignored`) and whether automatic reviews are paused (`paused`).
 * A marker without a reviewed commit (the comment was created by a command) says `head=-`.
 */
function summaryMarker(head, body = [], state = NO_STATE) {
    const ignored = state.ignored.slice(-MAX_IGNORED);
    return `${SUMMARY_MARKER} head=${head ?? '-'}${body.length > 0 ? ` body=${body.join(',')}` : ''}${ignored.length > 0 ? ` ignored=${ignored.join(',')}` : ''}${state.paused ? ` paused=${state.paused.by}@${state.paused.at}` : ''} -->`;
}
const NO_STATE = { ignored: [], paused: null };
/**
 * Ignored fingerprints a marker keeps at most (the newest): 13 characters each, so the state never
 * costs more than ~13,000 of the comment's 65,536 characters.
 */
const MAX_IGNORED = 1_000;
const SUMMARY_RE = /<!-- vtrix-review:summary head=([0-9a-f]{7,64}|-)(?: body=([0-9a-f,]*))?(?: ignored=([0-9a-f,]*))?(?: paused=([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?)@(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ))? -->\s*$/;
function parseSummaryMarker(text) {
    if (!(text ?? '').includes(SUMMARY_MARKER))
        return null;
    const m = SUMMARY_RE.exec(text ?? '');
    return { head: m && m[1] !== '-' ? m[1] : null, body: list(m?.[2]) };
}
/** The command state in a summary comment's marker; none (NO_STATE) in a marker of an older version. */
function parseSummaryState(text) {
    const m = SUMMARY_RE.exec(text ?? '');
    if (!m)
        return NO_STATE;
    return { ignored: list(m[3]), paused: m[4] && m[5] ? { by: m[4], at: m[5] } : null };
}
/** The summary comment's text with its marker (at the end) rewritten to hold `state`. */
function withSummaryState(text, state) {
    const m = SUMMARY_RE.exec(text);
    // Not ours as we write it (no marker where it belongs): the new marker is added at the end.
    if (!m)
        return `${text.trimEnd()}\n\n${summaryMarker(null, [], state)}`;
    const head = m[1] === '-' ? null : m[1];
    return `${text.slice(0, m.index)}${summaryMarker(head, list(m[2]), state)}${text.slice(m.index + m[0].length)}`;
}
/** A continuation of the summary comment, for what one comment cannot hold: numbered from 1. */
const CONTINUED_MARKER = '<!-- vtrix-review:continued';
function continuedMarker(part, head, body) {
    return `${CONTINUED_MARKER} part=${part} head=${head}${body.length > 0 ? ` body=${body.join(',')}` : ''} -->`;
}
function parseContinuedMarker(text) {
    const m = /<!-- vtrix-review:continued part=(\d{1,3}) head=([0-9a-f]{7,64})(?: body=([0-9a-f,]*))? -->\s*$/.exec(text ?? '');
    return m ? { part: Number(m[1]), head: m[2], body: list(m[3]) } : null;
}
function list(s) {
    return s ? s.split(',').filter(Boolean) : [];
}
const ADDRESSED_MARKER = '<!-- vtrix-review:addressed -->';
/** Our "looks addressed" reply: the marker ends it. */
function isAddressedReply(text) {
    return (text ?? '').trimEnd().endsWith(ADDRESSED_MARKER);
}
/** Our reply to a question or a command in a thread: the marker ends it. */
const ANSWER_MARKER = '<!-- vtrix-review:answer -->';
function reviewMarker(m) {
    return `${MARKER_PREFIX}review head=${m.head} inline=${m.inline.join(',')} body=${m.body.join(',')} -->`;
}
function parseReviewMarker(text) {
    const m = /<!-- vtrix-review:review head=([0-9a-f]{7,64})(?: inline=([0-9a-f,]*))?(?: body=([0-9a-f,]*))? -->\s*$/.exec(text ?? '');
    if (!m)
        return null;
    return { head: m[1], inline: list(m[2]), body: list(m[3]) };
}
function findingMarker(m) {
    return `${MARKER_PREFIX}finding fp=${m.fp} loc=${m.loc} sev=${m.sev} -->`;
}
function parseFindingMarker(text) {
    const m = /<!-- vtrix-review:finding fp=([0-9a-f]+) loc=([0-9a-f]+) sev=([a-z]+) -->\s*$/.exec(text ?? '');
    return m ? { fp: m[1], loc: m[2], sev: m[3] } : null;
}
/** The title of one of our inline comments: its first bold line, after the severity (none: ''). */
function commentTitle(body) {
    const m = /^\*\*[^:*\n]*:\s*(.*?)\*\*/.exec(body);
    return m ? m[1] : '';
}
/**
 * The finding's own text in one of our inline comments: after the heading line, before what the action
 * adds (the moved-line note, the suggestion, the marker).
 */
function commentText(body) {
    const start = body.indexOf('\n\n');
    if (start < 0)
        return '';
    const rest = body.slice(start + 2);
    const end = rest.search(/\n\n(?:<sub>This finding cites|`{3,}suggestion|Suggested change:|_The suggested change|<!-- vtrix-review:)|^<!-- vtrix-review:/m);
    return end < 0 ? rest : rest.slice(0, end);
}
/** Our answer to a command in a comment: `to` is the comment it answers. */
const REPLY_MARKER = '<!-- vtrix-review:reply';
function replyMarker(m) {
    return `${REPLY_MARKER} to=${m.to} cmd=${m.command.replace(/[^a-z]+/g, '-')} -->`;
}
function parseReplyMarker(text) {
    const m = /<!-- vtrix-review:reply to=(\d{1,20}) cmd=([a-z-]{1,30}) -->\s*$/.exec(text ?? '');
    return m ? { to: Number(m[1]), command: m[2] } : null;
}


/***/ }),

/***/ 91040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ placedLines),
/* harmony export */   KZ: () => (/* binding */ capInline),
/* harmony export */   ky: () => (/* binding */ placeFindings)
/* harmony export */ });
/* unused harmony exports SNAP_DISTANCE, hunkSpans */
/* harmony import */ var _findings_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45315);

/** The lines a placed finding is shown on: an inline one's (perhaps moved) lines, else the model's. */
function placedLines(p) {
    return 'line' in p
        ? { side: p.side, line: p.line, startLine: p.startLine }
        : { side: p.finding.side, line: p.finding.line, startLine: p.finding.startLine };
}
/** How far outside a hunk a cited line may be and still be anchored to that hunk's nearest line. */
const SNAP_DISTANCE = 3;
function indexFile(file) {
    const right = new Map();
    const left = new Map();
    file.hunks.forEach((h, i) => {
        for (const l of h.lines) {
            if (l.newLine !== null && file.status !== 'deleted')
                right.set(l.newLine, i);
            if (l.oldLine !== null && file.status !== 'added')
                left.set(l.oldLine, i);
        }
    });
    return {
        file,
        right,
        left,
        rightSpans: hunkSpans(file.hunks, 'RIGHT'),
        leftSpans: hunkSpans(file.hunks, 'LEFT'),
    };
}
/** [first, last] line numbers of a hunk on one side, or null when it has none there. */
function span(h, side) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const l of h.lines) {
        const n = side === 'RIGHT' ? l.newLine : l.oldLine;
        if (n === null)
            continue;
        if (n < lo)
            lo = n;
        if (n > hi)
            hi = n;
    }
    return lo <= hi ? [lo, hi] : null;
}
/**
 * Spans sorted by their first line, with the two largest last lines of every prefix: the hunks that
 * can reach `line` are a prefix (first line at most line + SNAP_DISTANCE), and of those the ones whose
 * last line reaches back to it are counted from the two largest. Exact for hunks in any order, even
 * overlapping ones, in O(log hunks) per line.
 */
function hunkSpans(hunks, side) {
    const spans = hunks.map((h) => span(h, side));
    const order = spans.flatMap((s, i) => (s ? [i] : [])).sort((a, b) => spans[a][0] - spans[b][0]);
    const starts = order.map((i) => spans[i][0]);
    // best[k], second[k]: the largest and second largest last line among order[0..k]; top[k]: whose is best.
    const best = [];
    const second = [];
    const top = [];
    let b = -Infinity;
    let s2 = -Infinity;
    let t = -1;
    for (const i of order) {
        const hi = spans[i][1];
        if (hi > b)
            [s2, b, t] = [b, hi, i];
        else if (hi > s2)
            s2 = hi;
        best.push(b);
        second.push(s2);
        top.push(t);
    }
    return {
        span: (i) => spans[i] ?? null,
        near: (line) => {
            // The number of spans whose first line is at most line + SNAP_DISTANCE.
            let lo = 0;
            let hi = starts.length;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (starts[mid] <= line + SNAP_DISTANCE)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo === 0)
                return null;
            const reach = line - SNAP_DISTANCE;
            if (best[lo - 1] < reach || second[lo - 1] >= reach)
                return null;
            return top[lo - 1];
        },
    };
}
/**
 * Puts each finding where GitHub accepts it: inline on the cited lines when they are in the diff, on the
 * nearest line of the same hunk when that is unambiguous, otherwise in the review body with the reason.
 * Nothing is dropped: every finding comes back in `inline` or `body`. Duplicates (same place, same
 * title and same body, compared case- and whitespace-insensitively) are merged. At most `maxComments` go inline, the most severe first.
 */
function placeFindings(findings, files, maxComments, 
/** A reason to keep a finding out of the diff whatever its lines (e.g. it cites lines of another diff). */
forceBody = () => null) {
    const byPath = new Map();
    for (const f of files)
        byPath.set(f.path, indexFile(f));
    const resolve = pathResolver(files.map((f) => f.path));
    // Deterministic order whatever order the requests answered in: most severe first, then by place.
    const resolved = findings.map((finding) => ({ finding, path: resolve(finding.path) }));
    const byPlace = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    resolved.sort((a, b) => (0,_findings_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .q)(a.finding.severity) - (0,_findings_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .q)(b.finding.severity) ||
        byPlace(a.path ?? a.finding.path, b.path ?? b.finding.path) ||
        a.finding.line - b.finding.line ||
        byPlace(a.finding.title, b.finding.title) ||
        byPlace(a.finding.body, b.finding.body));
    const seen = new Set();
    const inline = [];
    const body = [];
    for (const { finding, path } of resolved) {
        // The same finding only when it says the same thing: same place, title and body (an empty or
        // generic title alone says nothing).
        const key = `${path ?? finding.path}\0${finding.side}\0${finding.line}\0${normal(finding.title)}\0${normal(finding.body)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (path === null) {
            body.push({ finding, path: finding.path, reason: 'the file is not part of this pull request' });
            continue;
        }
        const forced = forceBody(finding);
        const spot = forced ?? locate(finding, byPath.get(path));
        if (typeof spot === 'string')
            body.push({ finding, path, reason: spot });
        else
            inline.push({ finding, path, ...spot });
    }
    return capInline({ inline, body }, maxComments);
}
function normal(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
function locate(f, idx) {
    const side = f.side;
    const lines = side === 'RIGHT' ? idx.right : idx.left;
    if (lines.size === 0) {
        if (idx.file.binary)
            return 'the file is binary';
        return side === 'RIGHT'
            ? 'the file has no new-side lines in the diff'
            : 'the file has no old-side lines in the diff';
    }
    if (!Number.isInteger(f.line) || f.line < 1)
        return `line ${f.line} is not a valid line number`;
    let start = f.startLine !== null && Number.isInteger(f.startLine) && f.startLine !== f.line ? f.startLine : null;
    let end = f.line;
    if (start !== null && start > end)
        [start, end] = [end, start];
    let hunk = lines.get(end);
    let moved = false;
    if (hunk === undefined) {
        // The range's end is off the diff; its start may not be.
        const near = start !== null && lines.has(start) ? lines.get(start) : spansOf(idx, side).near(end);
        if (near === null)
            return `line ${end} (${side}) is not part of the diff`;
        const [lo, hi] = spansOf(idx, side).span(near);
        end = Math.min(Math.max(end, lo), hi);
        hunk = near;
        moved = true;
    }
    if (start !== null) {
        const [lo] = spansOf(idx, side).span(hunk);
        if (lines.get(start) !== hunk) {
            start = Math.max(start, lo);
            moved = true;
        }
        if (start >= end)
            start = null;
    }
    return {
        side,
        line: end,
        startLine: start,
        movedFrom: moved ? { startLine: f.startLine, line: f.line } : null,
        committable: !moved &&
            side === 'RIGHT' &&
            f.suggestion !== null &&
            !sameAsCurrent(idx.file.hunks[hunk], start ?? end, end, f.suggestion),
    };
}
/** A suggestion that repeats the current lines would be an empty change; it is not offered. */
function sameAsCurrent(h, from, to, suggestion) {
    const current = h.lines
        .filter((l) => l.newLine !== null && l.newLine >= from && l.newLine <= to)
        .map((l) => l.content)
        .join('\n');
    return current === suggestion.replace(/\r?\n$/, '');
}
function spansOf(idx, side) {
    return side === 'RIGHT' ? idx.rightSpans : idx.leftSpans;
}
/** Maps a path as the model wrote it to a PR file: exact, then normalised, then a unique suffix. */
function pathResolver(paths) {
    const exact = new Set(paths);
    const lower = new Map();
    for (const p of paths)
        lower.set(p.toLowerCase(), [...(lower.get(p.toLowerCase()) ?? []), p]);
    return (raw) => {
        if (exact.has(raw))
            return raw;
        const p = raw
            .trim()
            .replace(/^["'`]|["'`]$/g, '')
            .replace(/^\.?\//, '')
            .replace(/^[ab]\//, '');
        if (exact.has(p))
            return p;
        const ci = lower.get(p.toLowerCase());
        if (ci?.length === 1)
            return ci[0];
        if (p === '')
            return null;
        const suffix = paths.filter((q) => q.endsWith('/' + p));
        return suffix.length === 1 ? suffix[0] : null;
    };
}
/** Keeps the `max` most severe inline findings inline (placement order is by severity); the rest go to the body, most severe first. */
function capInline(p, max) {
    if (p.inline.length <= max)
        return p;
    const over = p.inline.slice(max).map((c) => ({
        finding: c.finding,
        path: c.path,
        reason: `over the limit of ${max} inline comments (\`max-comments\`)`,
        ...(c.mark ? { mark: c.mark } : {}),
    }));
    // Most severe first, as everywhere findings are listed (the sort is stable: place order within one).
    const body = [...over, ...p.body].sort((a, b) => (0,_findings_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .q)(a.finding.severity) - (0,_findings_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .q)(b.finding.severity));
    return { inline: p.inline.slice(0, max), body };
}


/***/ }),

/***/ 6424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ lookLine)
/* harmony export */ });
/** One line for the review body and the summary comment: how many were checked, and what came of it. */
function lookLine(t, refutedWhere) {
    const parts = [`${t.confirmed} confirmed`];
    if (t.unsure > 0)
        parts.push(`${t.unsure} kept though doubted (low confidence)`);
    if (t.refuted.length > 0)
        parts.push(`${t.refuted.length} refuted (not posted; ${refutedWhere})`);
    if (t.unchecked > 0)
        parts.push(`${t.unchecked} not checked (posted as found)`);
    const n = t.candidates;
    return `🔍 **Second look:** ${n} critical and major finding${n === 1 ? '' : 's'} checked again${t.withTools ? ' with the repository tools' : ''}: ${parts.join(', ')}.`;
}


/***/ }),

/***/ 40746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ verdictMarkdown),
/* harmony export */   Ir: () => (/* binding */ findingHeading),
/* harmony export */   L9: () => (/* binding */ reviewBodyParts),
/* harmony export */   hc: () => (/* binding */ reviewPayload),
/* harmony export */   jl: () => (/* binding */ introFrom),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT),
/* harmony export */   vE: () => (/* binding */ notReviewed),
/* harmony export */   zu: () => (/* binding */ linesText)
/* harmony export */ });
/* unused harmony exports SEVERITY_ICON, commentBody, reviewBody, bodyItem, MAX_REVIEW_CHARS */
/* harmony import */ var _findings_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87167);
/* harmony import */ var _memory_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66676);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27081);
/* harmony import */ var _look_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6424);





/** GitHub refuses review and comment bodies above this many characters. */
const GITHUB_BODY_LIMIT = 65_536;
/** The one severity → emoji map of everything posted. */
const SEVERITY_ICON = {
    critical: '🔴',
    major: '🟠',
    minor: '🟡',
    nit: '⚪',
};
const BADGE = (s) => `${SEVERITY_ICON[s]} ${s}`;
/** The verdict as the first line of a review, summary comment or report (Markdown). */
function verdictMarkdown(v, sanitize) {
    return `**Verdict:** ${v.level ? `${SEVERITY_ICON[v.level]} ` : '✅ '}${sanitize(v.text)}`;
}
/** "**🟠 major: Title**", or "**🟠 major**" for a finding without a title (no dangling colon). */
function findingHeading(f) {
    const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeInline */ .nW)(f.title, MAX_TITLE_CHARS, { bold: true });
    return /^[\s\p{Cf}]*$/u.test(title) ? `**${BADGE(f.severity)}**` : `**${BADGE(f.severity)}: ${title}**`;
}

function codeBlock(lang, text) {
    const t = text.replace(/\r?\n$/, '');
    const fence = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .fenceFor */ .Lt)(t);
    return `${fence}${lang}\n${t}\n${fence}`;
}
/** Room for one comment's text: GitHub's limit less our marker. */
const COMMENT_ROOM = GITHUB_BODY_LIMIT - 300;
/** A finding title as shown (the model is asked for 80 characters). */
const MAX_TITLE_CHARS = 200;
/**
 * One inline comment: severity and title, the body, a note when it was moved, the suggestion, our
 * marker. Every model-written part is sanitised (src/review/sanitize.ts) and the whole fits `room`
 * characters plus the marker: the suggestion is kept whole or replaced by a note (a cut suggestion would
 * commit broken code), and the body takes what is left.
 */
/** "line 5", or "lines 3–5" for a range (a range of one line is "line n"). */
function linesText(startLine, line) {
    return startLine && startLine !== line ? `lines ${startLine}–${line}` : `line ${line}`;
}
function commentBody(c, room = COMMENT_ROOM) {
    const f = c.finding;
    const head = findingHeading(f);
    const tail = [];
    if (c.movedFrom) {
        const cited = linesText(c.movedFrom.startLine, c.movedFrom.line);
        tail.push(`<sub>This finding cites ${cited}, which are outside the diff; it is shown on the nearest changed line.</sub>`);
    }
    if (f.suggestion !== null && f.suggestion.trim() !== '') {
        const code = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeCode */ .$C)(f.suggestion);
        const block = c.committable ? codeBlock('suggestion', code) : 'Suggested change:\n' + codeBlock('', code);
        tail.push(block.length <= room / 2 ? block : tooLong(code));
    }
    const fixed = head.length + tail.reduce((n, t) => n + t.length + 2, 0) + 2;
    const body = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeMarkdown */ .LO)(f.body, Math.max(0, room - fixed));
    const parts = [head, body, ...tail].filter((p) => p !== '');
    const marker = c.mark ? `\n\n${(0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findingMarker */ .iY)({ fp: c.mark.fp, loc: c.mark.loc, sev: f.severity })}` : '';
    return parts.join('\n\n') + marker;
}
function tooLong(code) {
    const lines = code.replace(/\r?\n$/, '').split('\n').length;
    return `_The suggested change (${lines} lines) is too long to show here._`;
}
/** The review body: summary, findings not placed inline, what was not reviewed, usage. Always fits. */
function reviewBody(r) {
    return reviewBodyParts(r).body;
}
/**
 * The review body within GitHub's limit by construction: the fixed parts are bounded, the body findings
 * are listed most severe first while they fit, and the rest are counted with where they are listed.
 * The marker names only what the body lists (inline findings carry their own markers too).
 */
function reviewBodyParts(r) {
    const head = `## ${r.deep ? 'vtrix-review — deep review' : 'vtrix-review'}`;
    const all = [...r.placement.inline.map((c) => c.finding), ...r.placement.body.map((b) => b.finding)];
    const counts = (0,_findings_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .severityCounts */ .ur)(all);
    // Summaries come from the model: sanitised and bounded, so they cannot push the body over GitHub's limit.
    const intro = introFrom(r.summaries, MAX_SUMMARY_CHARS, MAX_INTRO_CHARS);
    const tally = all.length === 0
        ? `No problems found at or above \`${r.minSeverity}\` in ${r.reviewedFiles} reviewed file${r.reviewedFiles === 1 ? '' : 's'}.`
        : `**${all.length} finding${all.length === 1 ? '' : 's'}** (${counts}): ${r.placement.inline.length} inline, ${r.placement.body.length} below.`;
    const below = r.belowThreshold.length > 0
        ? ` ${r.belowThreshold.length} finding${r.belowThreshold.length === 1 ? '' : 's'} below \`min-severity: ${r.minSeverity}\` not shown.`
        : '';
    const usage = `<sub>${r.model} · effort ${r.reasoningEffort} · ${r.requests} request${r.requests === 1 ? '' : 's'} · ${r.promptTokens.toLocaleString('en-US')} prompt + ${r.completionTokens.toLocaleString('en-US')} completion tokens${r.toolCalls ? ` · ${r.toolCalls} tool call${r.toolCalls === 1 ? '' : 's'}` : ''} · ${r.headSha.slice(0, 7)}</sub>`;
    const verdict = r.verdict ? verdictMarkdown(r.verdict, (t) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeInline */ .nW)(t, 300)) : '';
    const look = r.secondLook ? (0,_look_line_js__WEBPACK_IMPORTED_MODULE_3__/* .lookLine */ .M)(r.secondLook, 'listed in the summary comment') : '';
    const fixed = [head, verdict, intro, tally + below, look].filter((s) => s !== '').join('\n\n');
    const inlineFps = r.placement.inline.flatMap((c) => (c.mark ? [c.mark.fp] : []));
    // Inline fingerprints are bounded by `max-comments` (at most 1,000 × 13 characters); body ones are
    // paid for item by item below, so the marker can never crowd out the text.
    const markerBase = (0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewMarker */ .vU)({ head: r.headSha, inline: inlineFps, body: [] }).length;
    const room = GITHUB_BODY_LIMIT - 1_000 - fixed.length - usage.length - markerBase;
    const where = `listed in the summary comment and the job summary${r.runUrl ? ` of [the workflow run](${r.runUrl})` : ''}`;
    const bodyItems = r.placement.body.map((b) => ({
        text: bodyItem(b),
        extra: b.mark ? b.mark.fp.length + 1 : 0,
    }));
    const lists = [];
    if (r.placement.body.length > 0)
        lists.push({
            title: '### Findings not placed inline',
            items: bodyItems,
            more: (n) => `- …and ${n} more (${(0,_findings_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .severityCounts */ .ur)(r.placement.body.slice(-n).map((b) => b.finding))}), ${where}.`,
        });
    if (r.failed.length > 0)
        lists.push({
            title: '### Not reviewed: the model request failed',
            items: r.failed.map((s) => ({ text: notReviewed(s), extra: 0 })),
            more: (n) => `- …and ${n} more, listed in the job summary${r.runUrl ? ` of [the workflow run](${r.runUrl})` : ''}.`,
        });
    if (r.skipped.length > 0)
        lists.push({
            title: '### Files not reviewed',
            items: r.skipped.map((s) => ({ text: notReviewed(s), extra: 0 })),
            more: (n) => `- …and ${n} more, listed in the job summary${r.runUrl ? ` of [the workflow run](${r.runUrl})` : ''}.`,
        });
    const { sections, kept } = fitLists(lists, room);
    const listed = r.placement.body.slice(0, kept[0] ?? 0);
    const marker = (0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewMarker */ .vU)({
        head: r.headSha,
        inline: inlineFps,
        body: listed.flatMap((b) => (b.mark ? [b.mark.fp] : [])),
    });
    return {
        body: [fixed, ...sections, usage, marker].join('\n\n'),
        unlisted: r.placement.body.slice(listed.length),
    };
}
/**
 * The model's summaries: one as Markdown, several as a list of one-line items (whole items only, so no
 * cut can fall inside one).
 */
function introFrom(summaries, each, total) {
    const texts = summaries.filter((s) => s.trim() !== '');
    if (texts.length <= 1)
        return (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeMarkdown */ .LO)(texts[0] ?? '', Math.min(each, total));
    const items = [];
    let size = 0;
    for (const t of texts) {
        const item = `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeInline */ .nW)(t, each)}`;
        if (size + item.length + 1 > total - 100)
            break;
        items.push(item);
        size += item.length + 1;
    }
    if (items.length < texts.length)
        items.push(`- …and ${texts.length - items.length} more part summaries.`);
    return items.join('\n');
}
/** A file (or part) that was not reviewed: the path is the PR author's, the reason may quote the model. */
function notReviewed(s) {
    return `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(s.path)}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeInline */ .nW)(s.reason, MAX_REASON_CHARS)}`;
}
function bodyItem(b, maxChars = MAX_BODY_ITEM_CHARS) {
    const f = b.finding;
    const head = `- ${findingHeading(f)} — ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(b.path)} ${linesText(f.startLine, f.line)} (${f.side}) _(${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeInline */ .nW)(b.reason, MAX_REASON_CHARS)})_`;
    let suggestion = '';
    if (f.suggestion !== null && f.suggestion.trim() !== '') {
        const code = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeCode */ .$C)(f.suggestion);
        const block = indent('Suggested change:\n' + codeBlock('', code));
        suggestion = block.length <= maxChars / 2 ? block : indent(tooLong(code));
    }
    const room = maxChars - head.length - suggestion.length - 2;
    const body = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeMarkdown */ .LO)(f.body, Math.max(0, room), { indent: 2 });
    return [head, body, suggestion].filter((p) => p !== '').join('\n');
}
const MAX_SUMMARY_CHARS = 3_000;
const MAX_INTRO_CHARS = 20_000;
const MAX_REASON_CHARS = 500;
/** One hostile or runaway finding must not crowd the others out of the body. */
const MAX_BODY_ITEM_CHARS = 8_000;
function indent(s) {
    return s
        .split('\n')
        .map((l) => (l ? `  ${l}` : ''))
        .join('\n');
}
/** Keeps whole items in order until the room is used; says how many were left out and where they are. */
function fitLists(lists, room) {
    const sections = [];
    const kept = [];
    let left = room;
    for (const l of lists) {
        const texts = [];
        let size = l.title.length + 2;
        for (const item of l.items) {
            const cost = item.text.length + 1 + item.extra;
            if (size + cost > left - 400)
                break;
            texts.push(item.text);
            size += cost;
        }
        kept.push(texts.length);
        const omitted = l.items.length - texts.length;
        if (omitted > 0)
            texts.push(l.more(omitted));
        if (texts.length > 0) {
            const text = `${l.title}\n${texts.join('\n')}`;
            sections.push(text);
            left -= size + (omitted > 0 ? texts.at(-1).length + 1 : 0) + 2;
        }
    }
    return { sections, kept };
}
/**
 * All inline comments of one review together: past this, the remaining comments are shortened (title,
 * the start of the body), so a runaway or hostile answer cannot make a review of many megabytes.
 */
const MAX_REVIEW_CHARS = 250_000;
const SHORT_COMMENT_ROOM = 2_000;
function reviewPayload(headSha, body, inline) {
    let used = body.length;
    return {
        commit_id: headSha,
        // Structural: the only event this action ever sends. It never approves or requests changes.
        event: 'COMMENT',
        body,
        comments: inline.map((c) => {
            let text = commentBody(c);
            if (used + text.length > MAX_REVIEW_CHARS)
                text = commentBody(c, SHORT_COMMENT_ROOM);
            used += text.length;
            const comment = { path: c.path, body: text, line: c.line, side: c.side };
            // start_line only for real ranges: GitHub refuses start_line == line.
            if (c.startLine !== null && c.startLine < c.line) {
                comment.start_line = c.startLine;
                comment.start_side = c.side;
            }
            return comment;
        }),
    };
}


/***/ }),

/***/ 27081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ sanitizeCode),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   FO: () => (/* binding */ registerTrustedHost),
/* harmony export */   LO: () => (/* binding */ sanitizeMarkdown),
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   nW: () => (/* binding */ sanitizeInline),
/* harmony export */   u0: () => (/* binding */ registerRepository),
/* harmony export */   vj: () => (/* binding */ TRUNCATED)
/* harmony export */ });
/* unused harmony exports REDACTED, ALLOWED_TAGS, breakCrossReferences, isGitHubUrl */
/**
 * What the model writes is posted on the pull request with the action's token, and a hostile PR can
 * steer the model (prompt injection). So every model-written text is treated here as untrusted Markdown
 * before it is posted:
 *
 * - secrets (the API key, the GitHub token) are replaced by `[redacted]`, code included, before anything
 *   else (so stripping hidden characters cannot rebuild one), also encoded; so is any GitHub token shape;
 * - `@user` and `@org/team` mentions get a zero-width joiner after the `@` (readable, never a ping), and
 *   so do cross-repository references (`owner/repo#1`), which would mark other repositories' issues;
 *   links to other repositories' issues, pull requests, discussions and commits are defanged likewise;
 * - raw HTML is shown as text (HTML comments, `<img>`, `<details>`, `<picture>`, `<sub>` …), except a
 *   few formatting tags without attributes ({@link ALLOWED_TAGS});
 * - images become text, and links and autolinks to hosts other than GitHub are defanged
 *   (`hxxps://evil[.]example`), so nothing loads or is one click away;
 * - code spans and fenced code blocks are kept as code (GitHub neither notifies nor links from code);
 *   fenced blocks are re-emitted with a fence of our own so no text can close them early or leave one
 *   open, and a ```suggestion block of the model's prose is shown as plain code (only the action's own
 *   suggestion, on the lines it was placed on, may be committable);
 * - the length is capped, after sanitising, so GitHub's 65,536-character limit always holds.
 *
 * The parsing is deliberately simpler than CommonMark and errs towards "prose": when in doubt a construct
 * is neutralised (shown as text), never left live. Pure: no I/O. The only state is the set of secrets,
 * registered once at startup (like `core.setSecret`, which masks the log but not what we post).
 */
const REDACTED = '[redacted]';
/** Shorter values would be redacted out of ordinary words; real keys and tokens are much longer. */
const MIN_SECRET_CHARS = 6;
const secrets = new Set();
const trustedHosts = new Set();
let secretPattern = null;
/**
 * Characters that can sit inside a secret without showing, or that sanitising removes: controls, format
 * characters (zero-width, bidi), private use, variation selectors. A secret is matched with any number of
 * them between its characters, so removing them later (prose drops them) cannot rebuild it.
 */
const IGNORABLE = String.raw `[\p{Cc}\p{Cf}\p{Co}\p{Default_Ignorable_Code_Point}]*`;
/** Escapes a character for a regular expression in `u` mode (where only syntax characters may be). */
const literal = (c) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/**
 * One character of a secret as it may be written: itself (after a Markdown backslash, which GitHub
 * drops, for punctuation) or URL-encoded, `%XX` per UTF-8 byte in either case.
 */
function unit(c) {
    const forms = [/[!-/:-@[-`{-~]/.test(c) ? `\\\\?${literal(c)}` : literal(c)];
    const hex = [...Buffer.from(c, 'utf8')].map((b) => b
        .toString(16)
        .padStart(2, '0')
        .replace(/[a-f]/g, (x) => `[${x}${x.toUpperCase()}]`));
    forms.push(hex.map((h) => `%${h}`).join(''));
    return `(?:${forms.join('|')})`;
}
/** `text` as a pattern, character by character, with hidden characters (line breaks too) allowed in it. */
function tolerant(text) {
    return [...text].map(unit).join(IGNORABLE);
}
/**
 * The base64 text that `value` is always encoded as, whatever comes before or after it in a larger blob:
 * for each of the three alignments, the characters that depend on its bytes only; and its own encoding
 * in full, padding included. Standard and URL-safe alphabets.
 */
function base64Forms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const out = [bytes.toString('base64'), bytes.toString('base64url')];
    for (let k = 0; k < 3; k++) {
        const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
        // One byte before it shares the first 2 characters with it, two bytes the first 3; the last partial
        // character depends on what follows.
        const fragment = encoded.slice([0, 2, 3][k], Math.floor(((k + bytes.length) * 8) / 6));
        if (fragment.length >= MIN_SECRET_CHARS)
            out.push(fragment, fragment.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return [...new Set(out)];
}
/**
 * Token shapes GitHub issues (classic `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` and fine-grained `github_pat_`):
 * redacted wherever they appear, registered or not (another token the model saw, in the diff say).
 */
const TOKEN_SHAPES = [
    `${tolerant('gh')}${IGNORABLE}[pousr]${IGNORABLE}\\\\?_(?:${IGNORABLE}[A-Za-z0-9]){36,}`,
    `${tolerant('github_pat_')}(?:${IGNORABLE}(?:[A-Za-z0-9]|\\\\?_)){22,}`,
];
function buildSecretPattern() {
    const forms = [...secrets].flatMap((v) => [
        { text: v, pattern: tolerant(v) },
        ...base64Forms(v).map((b) => ({ text: b, pattern: tolerant(b) })),
    ]);
    // The longest first: a form that holds another is redacted whole.
    forms.sort((a, b) => b.text.length - a.text.length);
    return new RegExp([...forms.map((f) => f.pattern), ...TOKEN_SHAPES].join('|'), 'gu');
}
/** Keeps `value` out of everything sanitised from now on (the API key, the GitHub token). */
function registerSecret(value) {
    const v = (value ?? '').trim();
    if (v.length < MIN_SECRET_CHARS || secrets.has(v))
        return;
    secrets.add(v);
    secretPattern = buildSecretPattern();
}
/** A GitHub Enterprise Server host whose links are kept like github.com's. */
function registerTrustedHost(host) {
    if (host)
        trustedHosts.add(host.toLowerCase());
}
let repository = null;
/**
 * The repository the text is posted in (`owner/repo`): links to its issues, pull requests, discussions
 * and commits stay live; those of any other repository are neutralised, like `other/repo#12`.
 */
function registerRepository(owner, repo) {
    repository = `${owner}/${repo}`.toLowerCase();
}
/**
 * Replaces the registered secrets (as written, with hidden characters inside, URL-encoded or in
 * base64) and anything shaped like a GitHub token by {@link REDACTED}. Runs first, on the text as the
 * model wrote it: what sanitising removes afterwards was matched as part of the secret.
 */
function redact(text) {
    secretPattern ??= buildSecretPattern();
    return text.replace(secretPattern, REDACTED);
}
/** Suggestions and other code the model wrote: left exactly as written, except for secrets. */
function sanitizeCode(text) {
    return redact(text);
}
/**
 * Formatting tags that cannot hide content or load anything, allowed without attributes. Everything else
 * (`<details>`, `<summary>`, `<picture>`, `<img>`, `<sub>`, `<sup>`, `<a>`, `<div>`, comments …) is shown
 * as text.
 */
const ALLOWED_TAGS = ['b', 'strong', 'i', 'em', 's', 'del', 'ins', 'kbd', 'br'];
const ALLOWED_TAG = new RegExp(`</?(?:${ALLOWED_TAGS.join('|')})\\s*/?>`, 'iy');
/** Named entities that only ever stand for harmless text; any other entity is shown literally. */
const SAFE_ENTITIES = new Set(['lt', 'gt', 'amp', 'quot', 'apos', 'nbsp', 'ndash', 'mdash', 'hellip']);
/**
 * Controls and invisible reordering characters (Trojan Source) are removed from prose; the private-use
 * range is reserved for the placeholders used while sanitising.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ue000-\uf8ff]/g;
const ZWJ = '\u200d';
const TRUNCATED = '…(truncated)';
/** A code fence longer than any backtick run inside `text`, so code holding ``` cannot close it. */
function fenceFor(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return '`'.repeat(Math.max(3, longest + 1));
}
/**
 * `text` as an inline code span that nothing inside can end early: for file paths (written by the PR
 * author or the model) in lists and tables. Line breaks and controls are shown escaped (`\n`).
 */
function codeSpan(text, opts = {}) {
    let t = redact(text).replace(
    // eslint-disable-next-line no-control-regex -- see HIDDEN
    /[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const max = opts.max ?? 300;
    if (t.length > max)
        t = `${cutAt(t, max - 1)}…`;
    // In a table `|` ends the cell even inside code, unless escaped (GitHub then shows a plain `|`).
    if (opts.table)
        t = t.replace(/\|/g, '\\|');
    const fence = '`'.repeat(Math.max(1, ...[...t.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    const pad = /^`|`$/.test(t) || /^ .*\S.* $/.test(t) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * One line of model text (a finding title, a failure reason): whitespace collapsed, capped at `max`
 * characters, sanitised. `bold` escapes `*` so the text cannot end the bold it is shown in.
 */
function sanitizeInline(text, max, opts = {}) {
    let t = redact(text).replace(HIDDEN, ' ').replace(/\s+/g, ' ').trim();
    if (t.length > max)
        t = `${cutAt(t, max - 1).trimEnd()}…`;
    let out = proseLine(t, opts.bold ?? false);
    // A trailing backslash would escape whatever we put after the text.
    if (/(?:^|[^\\])(?:\\\\)*\\$/.test(out))
        out += '\\';
    return out;
}
/**
 * Model-written Markdown (a finding body, a summary), sanitised, at most `max` characters long including
 * the `indent` spaces put before each line (for a list item). The text is cut before it is sanitised,
 * so a cut can never split what sanitising made safe.
 */
function sanitizeMarkdown(text, max, opts = {}) {
    const raw = redact(text).replace(/\r\n?/g, '\n').trim();
    const pad = ' '.repeat(opts.indent ?? 0);
    let budget = Math.min(raw.length, max);
    for (let attempt = 0; attempt < 20 && budget > 0; attempt++) {
        const cut = budget < raw.length ? cutAt(raw, budget) : raw;
        let out = markdown(cut);
        if (cut.length < raw.length)
            out += `${out ? '\n\n' : ''}${TRUNCATED}`;
        if (pad)
            out = out.replace(/^(?=.)/gm, pad);
        if (out.length <= max)
            return out;
        // Sanitising can lengthen the text (escapes): shrink the raw budget in proportion, with a margin.
        budget = Math.min(budget - 1, Math.floor((budget * max) / out.length) - 64);
    }
    return max >= TRUNCATED.length + pad.length ? pad + TRUNCATED : '';
}
/** Cuts at `n` UTF-16 units without splitting a surrogate pair. */
function cutAt(s, n) {
    if (n <= 0)
        return '';
    const c = s.charCodeAt(n - 1);
    return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}
/** Prose and fenced code blocks (CommonMark's top-level fence rules); an unclosed fence runs to the end. */
function blocks(text) {
    const lines = text.split('\n');
    const out = [];
    let prose = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const m = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
        if (!m || (m[2].startsWith('`') && m[3].includes('`'))) {
            prose.push(line);
            continue;
        }
        const indent = m[1].length;
        const run = m[2];
        const code = [];
        const dedent = new RegExp(`^ {0,${indent}}`);
        let j = i + 1;
        for (; j < lines.length; j++) {
            const c = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[j]);
            if (c && c[1][0] === run[0] && c[1].length >= run.length)
                break;
            code.push(lines[j].replace(dedent, ''));
        }
        if (prose.length > 0)
            out.push({ code: false, lines: prose, info: '' });
        prose = [];
        out.push({ code: true, lines: code, info: m[3].trim() });
        i = j;
    }
    if (prose.length > 0)
        out.push({ code: false, lines: prose, info: '' });
    return out;
}
function markdown(text) {
    const parts = blocks(text).map((b) => {
        if (!b.code)
            return b.lines.map((l) => proseLine(l.replace(HIDDEN, ''), false)).join('\n');
        const content = b.lines.join('\n');
        const fence = fenceFor(content);
        // Only the action's own suggestion may be committable; a language name is kept, nothing else.
        const lang = /^[\w+#.-]{1,30}/.exec(b.info)?.[0] ?? '';
        const info = /^suggestion/i.test(lang) ? '' : lang;
        return `${fence}${info}\n${content}${content ? '\n' : ''}${fence}`;
    });
    // A blank line before and after every fence: it ends any paragraph, table or HTML block, so our fence
    // always opens a code block at the top level, where only our own closing fence ends it.
    return parts.join('\n\n').trim();
}
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
/**
 * One line of prose. Code spans that close on the same line (and hold no `|`, which ends a table cell
 * even inside code) are kept as they are; every other backtick is escaped, so the code spans GitHub sees
 * are exactly the ones checked here. The rest is neutralised.
 */
function proseLine(line, bold) {
    // A line that is only a tag would start an HTML block (CommonMark type 7), where Markdown stops.
    const bare = line.replace(/^(?:\s*(?:>|[-+*](?=\s)|\d{1,9}[.)](?=\s)))*\s*/, '');
    const tagOnly = /^<[^>]*>\s*$/.test(bare);
    const spans = [];
    let s = '';
    let i = 0;
    while (i < line.length) {
        const ch = line[i];
        if (ch === '\\' && i + 1 < line.length && ASCII_PUNCT.test(line[i + 1])) {
            s += line.slice(i, i + 2);
            i += 2;
        }
        else if (ch === '`') {
            const n = runAt(line, i);
            const close = closingRun(line, i + n, n);
            if (close >= 0 && !line.slice(i + n, close).includes('|')) {
                spans.push(line.slice(i, close + n));
                s += `\ue000${spans.length - 1}\ue001`;
                i = close + n;
            }
            else {
                s += '\\`'.repeat(n);
                i += n;
            }
        }
        else if (ch === '<' && /[A-Za-z/!?]/.test(line[i + 1] ?? '')) {
            // Raw HTML is text, except an allowed formatting tag in the middle of a line.
            ALLOWED_TAG.lastIndex = i;
            s += !tagOnly && ALLOWED_TAG.test(line) ? '<' : '&lt;';
            i++;
        }
        else if (ch === '~' && line.startsWith('~~~', i)) {
            // A tilde fence inside a list item or quote would swallow what follows.
            const n = runAt(line, i);
            s += '\\' + '~'.repeat(n);
            i += n;
        }
        else {
            s += bold && ch === '*' ? '\\*' : ch;
            i++;
        }
    }
    s = s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (m, name) => SAFE_ENTITIES.has(name) ? m : `&amp;${name};`);
    s = s.replace(/\]\(/g, (m, at) => (allowedDestination(destination(s, at + 2)) ? m : ']\\('));
    // A link reference definition (`[x]: https://…`) would make `[x]` a link.
    s = s.replace(/\]:/g, ']\\:');
    // An image becomes text; what is left of it is a link, checked above.
    s = s.replace(/!\[/g, '!\\[');
    s = defangUrls(s);
    s = s.replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
    // `owner/repo#123` and `GH-123` would put a "mentioned this" event on issues in other repositories:
    // a hostile PR could make the bot spam them. A zero-width joiner keeps it readable and inert.
    s = breakCrossReferences(s);
    // `/approve`-style commands that other bots read from the start of a comment line.
    s = s.replace(/^(\s*)\/(?=[A-Za-z])/, '$1\\/');
    return s.replace(/\ue000(\d+)\ue001/g, (_m, k) => spans[Number(k)]);
}
/** `[\w.-]`: a character of an owner or repository name. */
function nameChar(c) {
    return ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45);
}
function alnum(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/**
 * A zero-width joiner after the `#` of every `owner/repo#123`, as the expression
 * /([A-Za-z0-9][\w.-]*\/[\w.-]+)#(?=\d)/g would find them: a `#` before a digit, after a name, a `/` and
 * a run of name characters holding a letter or digit. Each `#` looks back over the names before it,
 * which stop at the previous `#`, so the scan is linear: the expression was quadratic on a long run of
 * name characters (two seconds for 40,000 of them, in every comment of a hostile answer).
 */
function breakCrossReferences(s) {
    const out = [];
    let last = 0;
    for (let i = s.indexOf('#'); i >= 0; i = s.indexOf('#', i + 1)) {
        const next = s.charCodeAt(i + 1);
        if (!(next >= 48 && next <= 57))
            continue;
        let j = i;
        while (j > 0 && nameChar(s.charCodeAt(j - 1)))
            j--;
        if (j === i || j === 0 || s[j - 1] !== '/')
            continue;
        let k = j - 1;
        let owner = false;
        while (k > 0 && nameChar(s.charCodeAt(k - 1))) {
            if (alnum(s.charCodeAt(k - 1)))
                owner = true;
            k--;
        }
        if (!owner)
            continue;
        out.push(s.slice(last, i + 1), ZWJ);
        last = i + 1;
    }
    return last === 0 ? s : out.join('') + s.slice(last);
}
/** Length of the run of the character at `i`. */
function runAt(s, i) {
    let j = i;
    while (s[j] === s[i])
        j++;
    return j - i;
}
/** Where the next run of exactly `n` backticks starts at or after `from` (CommonMark code spans), or -1. */
function closingRun(s, from, n) {
    for (let k = from; k < s.length;) {
        if (s[k] !== '`') {
            k++;
            continue;
        }
        const m = runAt(s, k);
        if (m === n)
            return k;
        k += m;
    }
    return -1;
}
/** Longer link destinations and URLs are not read to the end: they are treated as another host's. */
const MAX_URL_CHARS = 1_000;
/**
 * The destination of an inline link whose `(` is just before `start`, with escapes resolved; null when it
 * is too long to read (then it is treated as another host's).
 */
function destination(s, start) {
    let i = start;
    while (s[i] === ' ' || s[i] === '\t')
        i++;
    // The destination may be on the next line, which is not checked with this one.
    if (i === s.length)
        return null;
    const end = Math.min(s.length, i + MAX_URL_CHARS);
    if (s[i] === '<') {
        const close = s.indexOf('>', i);
        return close >= 0 && close < end ? unescape(s.slice(i + 1, close)) : null;
    }
    // Char codes, not regular expressions: a hostile line may hold thousands of `](`.
    let depth = 0;
    let escaped = false;
    const from = i;
    for (; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c <= 32)
            break;
        if (c === 92 && i + 1 < s.length && ASCII_PUNCT.test(s[i + 1])) {
            escaped = true;
            i++;
        }
        else if (c === 40)
            depth++;
        else if (c === 41 && depth-- === 0)
            break;
    }
    if (i === end && end < s.length)
        return null;
    const out = s.slice(from, i);
    return escaped ? unescape(out) : out;
}
function unescape(s) {
    return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
function allowedDestination(d) {
    if (d === null)
        return false;
    if (d === '' || d.startsWith('#'))
        return true;
    // Placeholders (code), entities, backslashes and controls: nothing a plain link needs.
    // eslint-disable-next-line no-control-regex -- see HIDDEN
    if (/[\ue000\ue001\\&\u0000-\u001f]/.test(d))
        return false;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(d))
        return allowedUrl(d);
    // `//host/…` is another host; a relative path stays on GitHub, but may lead to another repository:
    // it is checked from the pull request's page, and from the root when it climbs with `..`.
    if (d.startsWith('//'))
        return false;
    const from = [`https://github.com/${repository ?? '-/-'}/pull/1`];
    if (/(?:^|\/)\.\.(?:\/|$)/.test(d))
        from.push('https://github.com/');
    const climbed = d.replace(/^(?:\.{1,2}\/)+/, '/');
    return from.every((base) => {
        try {
            return !crossRepositoryReference(new URL(base === from[0] ? d : climbed, base).href);
        }
        catch {
            return false;
        }
    });
}
function isGitHubUrl(u) {
    let url;
    try {
        url = new URL(u);
    }
    catch {
        return false;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return false;
    const h = url.hostname.toLowerCase();
    return (trustedHosts.has(h) ||
        /^(?:[a-z0-9-]+\.)*github\.com$/.test(h) ||
        /^(?:[a-z0-9-]+\.)*githubusercontent\.com$/.test(h));
}
/**
 * A link that may stay live: to GitHub, and not to another repository's issue, pull request, discussion
 * or commit, which would put a "mentioned this" event there (a hostile PR could make the bot spam them).
 */
function allowedUrl(u) {
    return isGitHubUrl(u) && !crossRepositoryReference(u);
}
const REFERENCE_KINDS = new Set(['issues', 'pull', 'pulls', 'discussions', 'commit', 'commits']);
function crossRepositoryReference(u) {
    const url = new URL(u);
    const h = url.hostname.toLowerCase();
    if (h !== 'github.com' && h !== 'www.github.com' && !trustedHosts.has(h))
        return false;
    const [owner, repo, kind] = url.pathname
        .split('/')
        .filter(Boolean)
        .map((p) => {
        try {
            return decodeURIComponent(p);
        }
        catch {
            return p;
        }
    });
    if (!owner || !repo || !kind || !REFERENCE_KINDS.has(kind.toLowerCase()))
        return false;
    return `${owner}/${repo}`.toLowerCase() !== repository;
}
/**
 * Every place GitHub could autolink (`http://`, `https://`, `ftp://`, `www.`) is checked on its own; one
 * to another host is defanged: the scheme becomes `hxxp`/`fxp` and the dots of the host `[.]`.
 */
function defangUrls(s) {
    const edits = new Map();
    const stop = /[\s<>`\ue000\ue001]/g;
    for (const m of s.matchAll(/(?:(h)tt(ps?)|(f)tp):\/\/|www\./gi)) {
        const start = m.index;
        stop.lastIndex = start;
        const end = Math.min(stop.exec(s)?.index ?? s.length, start + MAX_URL_CHARS);
        const candidate = unescape(s.slice(start, end));
        if (allowedUrl(/^www\./i.test(candidate) ? `http://${candidate}` : candidate))
            continue;
        const scheme = m[0].indexOf('://');
        if (scheme >= 0) {
            // h[tt]ps → h[xx]ps, f[t]p → f[x]p
            const t = m[1] ? 2 : 1;
            for (let k = 1; k <= t; k++)
                edits.set(start + k, 'x');
        }
        const hostStart = scheme >= 0 ? start + scheme + 3 : start;
        for (let k = hostStart; k < end && !/[/?#]/.test(s[k]); k++)
            if (s[k] === '.')
                edits.set(k, '\\[.\\]');
    }
    if (edits.size === 0)
        return s;
    let out = '';
    for (let k = 0; k < s.length; k++)
        out += edits.get(k) ?? s[k];
    return out;
}


/***/ }),

/***/ 10242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fI: () => (/* reexport */ CONFIG_INPUT_DEFAULTS),
  dz: () => (/* reexport */ settings_settings/* InputError */.dz),
  Cb: () => (/* reexport */ model_policy/* MAX_OUTPUT_TOKENS */.Cb),
  sb: () => (/* binding */ readSettings),
  D2: () => (/* binding */ secondLookEnabled),
  oS: () => (/* reexport */ model_policy/* streams */.oS),
  d2: () => (/* binding */ toolsEnabled),
  lH: () => (/* reexport */ model_policy/* withEffort */.lH)
});

// UNUSED EXPORTS: DEFAULT_MAX_TOKENS, INSTRUCTION_ROLES, MAX_INSTRUCTIONS_CHARS, MIN_CONTEXT_WINDOW, REPOSITORY_TOOLS, SECOND_LOOK, TEMPERATURE_RANGE, TOP_P_RANGE, closest, defaultMaxTokens, globList, globProblem, inputsSet

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/settings/checks.ts
var checks = __webpack_require__(14816);
// EXTERNAL MODULE: ./src/settings/globs.ts
var globs = __webpack_require__(38026);
;// CONCATENATED MODULE: ./src/settings/inputs-set.ts
/** Which inputs the workflow set, so that they win over the repository configuration file. */
/**
 * action.yml's defaults of the inputs the configuration file can also set. @actions/core cannot tell a
 * default from a value the workflow wrote, so an input counts as set when it differs from its default
 * (a test checks these agree with action.yml).
 */
const CONFIG_INPUT_DEFAULTS = {
    instructions: '',
    exclude: '',
    include: '',
    'min-severity': 'minor',
    'max-comments': '20',
    'max-image-bytes': '4194304',
    'reasoning-effort': 'medium',
    'repository-tools': 'deep',
    'second-look': 'deep',
    'trigger-phrase': '@vtrix-review',
    'suggest-path-instructions': 'false',
    temperature: '',
    'top-p': '',
    'instruction-role': 'auto',
    describe: 'false',
    diagram: 'false',
};
/** The inputs among CONFIG_INPUT_DEFAULTS given a value other than their default. */
function inputsSet(get) {
    const norm = (v) => {
        const t = v.trim().toLowerCase();
        return /^\d+(?:_\d+)*$/.test(t) ? String(Number(t.replace(/_/g, ''))) : t;
    };
    return Object.entries(CONFIG_INPUT_DEFAULTS)
        .filter(([name, dflt]) => get(name).trim() !== '' && norm(get(name)) !== norm(dflt))
        .map(([name]) => name);
}

// EXTERNAL MODULE: ./src/settings/model-policy.ts
var model_policy = __webpack_require__(46347);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings_settings = __webpack_require__(27100);
// EXTERNAL MODULE: ./src/settings/validate.ts
var validate = __webpack_require__(14455);
// EXTERNAL MODULE: ./src/settings/suggest.ts
var suggest = __webpack_require__(68843);
;// CONCATENATED MODULE: ./src/settings.ts
/**
 * The settings of a run: every input read and validated once (readSettings), from the pieces under
 * settings/. Importers take everything from here.
 */











/** Whether this run offers the model its repository tools (`repository-tools`, and a deep review). */
function toolsEnabled(s, deep) {
    if (s.maxToolCalls === 0 || s.repositoryTools === 'never')
        return false;
    return s.repositoryTools === 'always' || deep;
}
/** Whether this run checks its critical and major findings once more before posting (`second-look`). */
function secondLookEnabled(s, deep) {
    return s.secondLook === 'always' || (s.secondLook === 'deep' && deep);
}

/**
 * Reads and validates every input. All problems are reported together, each naming the input, what is
 * wrong and what to write instead, so one failed run is enough to fix a workflow. Secrets are never
 * quoted back.
 */
function readSettings(get, opts) {
    const errors = [];
    const check = (problem) => {
        if (problem)
            errors.push(problem);
    };
    const { str, int, decimal, oneOf, bool, secret } = (0,validate/* inputReader */.c)(get, errors);
    const apiKey = secret('api-key');
    if (opts.requireApiKey && apiKey === '')
        errors.push(checks/* API_KEY_MISSING */.gt);
    const baseUrlGiven = str('base-url', 'https://cloud.vtrix.ai/llm');
    const baseUrl = baseUrlGiven.replace(/\/+$/, '');
    check((0,checks/* baseUrlError */.xy)(baseUrlGiven));
    const model = str('model', 'vtrix-gpt-5.3-codex');
    check((0,checks/* modelError */.UX)(model));
    const reasoningEffort = oneOf('reasoning-effort', types/* EFFORTS */.ig, 'medium');
    const maxTokensExplicit = get('max-tokens').trim() !== '';
    const contextWindow = int('context-window', 400_000, model_policy/* MIN_CONTEXT_WINDOW */.CE, 10_000_000);
    const maxTokens = int('max-tokens', (0,model_policy/* defaultMaxTokens */.OD)(reasoningEffort, contextWindow), 1, model_policy/* MAX_OUTPUT_TOKENS */.Cb);
    check((0,checks/* budgetError */.qV)(contextWindow, maxTokens));
    const instructions = get('instructions').trim();
    check((0,checks/* instructionsError */.Q6)(instructions));
    const deepReviewLabel = str('deep-review-label', 'deep-review');
    check((0,checks/* labelError */.ZC)(deepReviewLabel));
    const triggerPhrase = str('trigger-phrase', checks/* DEFAULT_TRIGGER_PHRASE */.PO);
    check((0,checks/* triggerPhraseError */.wZ)(triggerPhrase, "Input 'trigger-phrase'"));
    const pullRequest = get('pull-request').trim();
    check(pullRequest === '' ? null : (0,checks/* pullRequestError */.Vt)(pullRequest));
    const settings = {
        apiKey,
        baseUrl,
        model,
        reasoningEffort,
        maxTokens,
        maxTokensExplicit,
        contextWindow,
        githubToken: secret('github-token'),
        exclude: (0,globs/* readGlobs */.Qj)('exclude', get('exclude'), errors),
        include: (0,globs/* readGlobs */.Qj)('include', get('include'), errors),
        instructions,
        maxComments: int('max-comments', 20, 0, 1000),
        minSeverity: oneOf('min-severity', types/* SEVERITIES */.oC, 'minor'),
        dryRun: bool('dry-run', false),
        concurrency: int('concurrency', 4, 1, 32),
        requestTimeoutMs: int('request-timeout', 1800, 10, 7200) * 1000,
        stream: oneOf('stream', ['auto', 'true', 'false'], 'auto'),
        pullRequest,
        reviewDrafts: bool('review-drafts', false),
        reviewBots: bool('review-bots', false),
        deepReviewLabel,
        deepReviewEffort: oneOf('deep-review-effort', types/* EFFORTS */.ig, 'xhigh'),
        incremental: bool('incremental', true),
        maxRequests: int('max-requests', 0, 0, 10_000),
        maxPromptTokens: int('max-prompt-tokens', 0, 0, 1_000_000_000),
        config: (0,checks/* configPath */.eQ)(get('config'), errors),
        guidance: types/* NO_GUIDANCE */.Dh,
        setInputs: inputsSet(get),
        failOn: oneOf('fail-on', ['none', ...types/* SEVERITIES */.oC], 'none'),
        fullFileContext: bool('full-file-context', true),
        maxImageBytes: int('max-image-bytes', settings_settings/* DEFAULT_MAX_IMAGE_BYTES */.h6, 0, settings_settings/* MAX_IMAGE_BYTES */.J5),
        repositoryTools: oneOf('repository-tools', settings_settings/* REPOSITORY_TOOLS */.nz, 'deep'),
        secondLook: oneOf('second-look', settings_settings/* SECOND_LOOK */.FK, 'deep'),
        maxToolCalls: int('max-tool-calls', 12, 0, 100),
        maxToolResultTokens: int('max-tool-result-tokens', 20_000, 500, 100_000),
        triggerPhrase,
        suggestPathInstructions: bool('suggest-path-instructions', false),
        temperature: decimal('temperature', settings_settings/* TEMPERATURE_RANGE */.vI, '0.2'),
        topP: decimal('top-p', settings_settings/* TOP_P_RANGE */.le, '0.9'),
        instructionRole: oneOf('instruction-role', settings_settings/* INSTRUCTION_ROLES */.p6, 'auto'),
        describe: bool('describe', false),
        diagram: bool('diagram', false),
    };
    if (errors.length > 0)
        throw new settings_settings/* InputError */.dz(errors.join('\n'));
    return settings;
}


/***/ }),

/***/ 14816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ DEFAULT_TRIGGER_PHRASE),
/* harmony export */   Q6: () => (/* binding */ instructionsError),
/* harmony export */   UX: () => (/* binding */ modelError),
/* harmony export */   Vt: () => (/* binding */ pullRequestError),
/* harmony export */   ZC: () => (/* binding */ labelError),
/* harmony export */   eQ: () => (/* binding */ configPath),
/* harmony export */   gt: () => (/* binding */ API_KEY_MISSING),
/* harmony export */   qV: () => (/* binding */ budgetError),
/* harmony export */   wZ: () => (/* binding */ triggerPhraseError),
/* harmony export */   xy: () => (/* binding */ baseUrlError)
/* harmony export */ });
/* harmony import */ var _event_pull_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55325);
/* harmony import */ var _event_trigger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99668);
/* harmony import */ var _model_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46347);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14455);
/**
 * Checks of the inputs that have a form of their own (a URL, a model id, a label, a path, a pull
 * request), and of inputs that must agree: each says what is wrong and what to write instead, or null.
 */




/** GitHub refuses label names longer than this. */
const MAX_LABEL_LENGTH = 50;
const API_KEY_MISSING = "Input 'api-key' is required: add `api-key: ${{ secrets.VTRIX_API_KEY }}` to the step's `with:` and store the key as a repository secret (Settings → Secrets and variables → Actions).";
/** What is wrong with a `model` id, or null. */
function modelError(model) {
    if (/\s/.test(model) || model.length > 200) {
        return `Input 'model' must be a model id as the provider names it (e.g. vtrix-gpt-5.3-codex): one word of at most 200 characters; got '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(model)}'.`;
    }
    return null;
}
/** What is wrong with an output budget for this context window, or null. */
function budgetError(contextWindow, maxTokens) {
    if (contextWindow - maxTokens < 1_000) {
        return `Input 'context-window' (${contextWindow}) must exceed 'max-tokens' (${maxTokens}) by at least 1000 tokens, to leave room for the prompt and the diff.`;
    }
    return null;
}
/** What is wrong with `instructions` (trimmed), or null. */
function instructionsError(instructions) {
    if (instructions.length > _model_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INSTRUCTIONS_CHARS */ .x8) {
        return `Input 'instructions' is ${instructions.length} characters long; keep it under ${_model_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INSTRUCTIONS_CHARS */ .x8}: it is sent with every model request, so long guidance crowds out the diff and multiplies the cost.`;
    }
    return null;
}
/** What is wrong with `deep-review-label`, or null. */
function labelError(label) {
    if (label.length > MAX_LABEL_LENGTH || /[\r\n]/.test(label)) {
        return `Input 'deep-review-label' must be a GitHub label name: one line of at most ${MAX_LABEL_LENGTH} characters; got '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(label)}'.`;
    }
    return null;
}
const DEFAULT_TRIGGER_PHRASE = '@vtrix-review';
const MAX_PHRASE_LENGTH = 50;
/**
 * What is wrong with a trigger phrase (`what` names where it comes from: the input, or the
 * configuration file's key), or null. It is matched as a whole word, so it is one word itself.
 */
function triggerPhraseError(phrase, what) {
    if (phrase.length === 0 ||
        phrase.length > MAX_PHRASE_LENGTH ||
        /[\s`>]/.test(phrase) ||
        !/[\p{L}\p{N}]/u.test(phrase)) {
        return `${what} must be one word of at most ${MAX_PHRASE_LENGTH} characters with a letter or digit, without spaces, backticks or '>', such as ${DEFAULT_TRIGGER_PHRASE}; got '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(phrase)}'.`;
    }
    return null;
}
/** The `config` input: a file of the repository, as a path from its root. */
function configPath(raw, errors) {
    const p = raw.trim();
    if (p === '')
        return '';
    const fix = p.replace(/\\/g, '/').replace(/^(?:\.?\/)+/, '');
    if (p.startsWith('/') || p.startsWith('./') || p.includes('\\')) {
        errors.push(`Input 'config' must be a path from the repository root with '/' separators; got '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(p)}'. Use '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(fix)}'.`);
    }
    else if (p.split('/').includes('..') || /[\r\n]/.test(p) || p.endsWith('/')) {
        errors.push(`Input 'config' must name a file inside the repository, such as .github/vtrix-review.yml; got '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(p)}'.`);
    }
    return p;
}
/** What is wrong with a `base-url` as given, or null. */
function baseUrlError(given) {
    const raw = given.replace(/\/+$/, '');
    const got = `got '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(given.replace(/\/\/[^/@\s]*@/, '//***@'))}'`;
    const url = URL.canParse(raw) ? new URL(raw) : null;
    if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\/[^\s/]/i.test(raw)) {
        const hint = /^[\w.-]+\.[a-z]{2,}(?:[:/]|$)/i.test(raw) ? ` Add the scheme: https://${raw}.` : '';
        return `Input 'base-url' must be an http(s) URL such as https://cloud.vtrix.ai/llm; ${got}.${hint}`;
    }
    if (url.username || url.password) {
        return `Input 'base-url' must not carry credentials (user:password@); ${got}. Pass the key in 'api-key'.`;
    }
    if (/\s/.test(raw))
        return `Input 'base-url' must not contain spaces; ${got}.`;
    if (url.search || url.hash || raw.includes('?') || raw.includes('#')) {
        return `Input 'base-url' must be the API root, without a query or fragment (requests go to {base-url}/chat/completions); ${got}.`;
    }
    const endpoint = /\/(?:chat\/completions|completions|chat|responses)$/i.exec(url.pathname);
    if (endpoint) {
        const root = raw.slice(0, raw.length - endpoint[0].length);
        return `Input 'base-url' must be the API root (requests go to {base-url}/chat/completions); ${got}. Leave out '${endpoint[0]}': use '${root}'.`;
    }
    return null;
}
/** What is wrong with a `pull-request` reference, or null; the event stage resolves it later. */
function pullRequestError(raw) {
    const ref = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(raw);
    if (ref) {
        return `Input 'pull-request' takes the PR number, not a git ref; got '${raw}'. Use '${ref[1]}' (or \${{ github.event.pull_request.number }}).`;
    }
    let n;
    try {
        // A placeholder repository: here only the form and the number are checked.
        const target = (0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePullRequestRef */ .LL)(raw, 'owner/repo');
        n = 'number' in target ? target.number : 0;
    }
    catch (e) {
        return e instanceof _event_pull_request_js__WEBPACK_IMPORTED_MODULE_3__/* .EventError */ .PM ? e.message.replace(`got '${raw}'`, `got '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(raw)}'`) : String(e);
    }
    if (!Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647) {
        return `Input 'pull-request' has no valid pull request number (1 or more); got '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(raw)}'.`;
    }
    return null;
}


/***/ }),

/***/ 38026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Qj: () => (/* binding */ readGlobs),
/* harmony export */   Xq: () => (/* binding */ globList)
/* harmony export */ });
/* harmony import */ var _filter_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58630);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14455);
/**
 * Glob lists as the inputs and the configuration file write them, and the patterns that can never
 * match a file (or would cost too much to match: see filter/glob.ts), refused with the fix.
 */


/** Parses and checks `include` / `exclude`: patterns that can never match a file are errors. */
function readGlobs(name, raw, errors) {
    const list = globList(raw);
    for (const g of list) {
        const problem = globProblem(g);
        if (problem)
            errors.push(`Input '${name}' has the pattern '${(0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .W)(g)}': ${problem}`);
    }
    return list;
}
/** What makes a pattern wrong, with the fix, or null. */
function globProblem(g) {
    if (g.startsWith('!')) {
        return "'!' (negated) patterns are not supported: list the files to skip in `exclude` and, to review only some files, list them in `include`.";
    }
    // The fixes of a pattern that never matches, applied together, so the one suggested is valid itself
    // (`\win\*.ts` is both Windows-style and absolute: 'win/*.ts').
    const why = [];
    let fix = g;
    if (/\\[A-Za-z0-9_]/.test(fix)) {
        why.push("paths use '/' as the separator");
        fix = fix.replace(/\\/g, '/');
    }
    if (fix.startsWith('/')) {
        why.push('paths are relative to the repository root');
        fix = fix.replace(/^\/+/, '');
    }
    const directory = fix.endsWith('/');
    if (directory) {
        why.push('a pattern matches files, not directories');
        fix += '**';
    }
    if (why.length > 0) {
        const never = `${why.join(', and ')}, so it never matches`;
        if (fix === '')
            return `${never}: write a path from the repository root, such as 'src/**'.`;
        const still = globProblem(fix);
        if (still)
            return `${never}; written as '${fix}' it is still wrong: ${still}`;
        return `${never}: use '${fix}'${directory ? ' for the files under it' : ''}.`;
    }
    let depth = 0;
    for (let i = 0; i < g.length && depth >= 0; i++) {
        // `\{` is a literal brace.
        if (g[i] === '\\')
            i++;
        else if (g[i] === '{')
            depth++;
        else if (g[i] === '}')
            depth--;
    }
    if (depth !== 0)
        return "its '{' and '}' do not pair up, so it never matches: close every '{…}' group.";
    return (0,_filter_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globCostProblem */ .nL)(g);
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


/***/ }),

/***/ 46347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ MIN_CONTEXT_WINDOW),
/* harmony export */   Cb: () => (/* binding */ MAX_OUTPUT_TOKENS),
/* harmony export */   OD: () => (/* binding */ defaultMaxTokens),
/* harmony export */   lH: () => (/* binding */ withEffort),
/* harmony export */   oS: () => (/* binding */ streams),
/* harmony export */   x8: () => (/* binding */ MAX_INSTRUCTIONS_CHARS)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_TOKENS */
/** Output cap of the default model; the API refuses larger `max_tokens`. */
const MAX_OUTPUT_TOKENS = 128_000;
/**
 * Least `context-window`. The review instructions alone take about 1000 tokens; whether a window leaves
 * room for the diff is checked when the requests are planned.
 */
const MIN_CONTEXT_WINDOW = 1_000;
/** `instructions` go into every request; past this they crowd out the diff and multiply the cost. */
const MAX_INSTRUCTIONS_CHARS = 32_000;
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


/***/ }),

/***/ 27100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ SECOND_LOOK),
/* harmony export */   J5: () => (/* binding */ MAX_IMAGE_BYTES),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   h6: () => (/* binding */ DEFAULT_MAX_IMAGE_BYTES),
/* harmony export */   le: () => (/* binding */ TOP_P_RANGE),
/* harmony export */   nz: () => (/* binding */ REPOSITORY_TOOLS),
/* harmony export */   p6: () => (/* binding */ INSTRUCTION_ROLES),
/* harmony export */   vI: () => (/* binding */ TEMPERATURE_RANGE)
/* harmony export */ });
/** `repository-tools`: when the model may read the repository while it reviews. */
const REPOSITORY_TOOLS = ['deep', 'always', 'never'];
/** `second-look`: when the critical and major findings are checked once more before they are posted. */
const SECOND_LOOK = ['deep', 'always', 'never'];
/**
 * `instruction-role`: the role the instructions (the system prompt) are sent in. `auto` starts with
 * `system` and moves to `developer` when the endpoint refuses it; `developer` moves to `system` the
 * same way; `system` never moves.
 */
const INSTRUCTION_ROLES = ['auto', 'system', 'developer'];
/** The sampling parameters' ranges, as the vtrix reference gives them. */
const TEMPERATURE_RANGE = [0, 2];
const TOP_P_RANGE = [0, 1];
/** `max-image-bytes`: 4 MiB by default; at most 20 images of 20 MB each (src/pipeline/images.ts). */
const DEFAULT_MAX_IMAGE_BYTES = 4 * 1024 * 1024;
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
class InputError extends Error {
    name = 'InputError';
}


/***/ }),

/***/ 68843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/**
 * Did-you-mean for a mistyped value, shared by the inputs and the configuration file: a known synonym
 * first, else the allowed value within two edits.
 */
/** Common spellings of the enum values, so the error can name the one meant. */
const SYNONYMS = {
    none: 'low',
    minimal: 'low',
    min: 'low',
    med: 'medium',
    normal: 'medium',
    default: 'medium',
    max: 'xhigh',
    maximum: 'xhigh',
    highest: 'xhigh',
    extrahigh: 'xhigh',
    veryhigh: 'xhigh',
    blocker: 'critical',
    fatal: 'critical',
    error: 'major',
    warning: 'minor',
    warn: 'minor',
    info: 'nit',
    trivial: 'nit',
    style: 'nit',
    nits: 'nit',
    yes: 'true',
    on: 'true',
    '1': 'true',
    no: 'false',
    off: 'false',
    '0': 'false',
};
/** The allowed value a mistyped one most likely meant, or null. */
function closest(raw, allowed) {
    const norm = raw.toLowerCase().replace(/[\s_-]+/g, '');
    const syn = SYNONYMS[norm];
    if (syn !== undefined && allowed.includes(syn))
        return syn;
    let best = null;
    let bestDistance = 3;
    for (const a of allowed) {
        const d = editDistance(norm, a);
        if (d < bestDistance && d < a.length)
            [best, bestDistance] = [a, d];
    }
    return best;
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}


/***/ }),

/***/ 14455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ show),
/* harmony export */   c: () => (/* binding */ inputReader)
/* harmony export */ });
/* harmony import */ var _model_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46347);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68843);
/**
 * The readers of the inputs by kind (text, whole number, one of a list, boolean, secret). A reader
 * returns the value, or the fallback after adding to `errors` what is wrong and what to write instead,
 * so every problem of a run is reported at once.
 */


/** GitHub's boolean inputs follow the YAML 1.2 core schema, as `core.getBooleanInput` does. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** A value as an error message quotes it: one line, and short even when the input was a megabyte. */
function show(v) {
    const one = v.replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
    return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}
/** Hints for numbers outside their range, by input: what the number means and what to write instead. */
const NUMBER_HINTS = {
    'max-tokens': (n) => n === 0
        ? 'Leave it empty to size the output budget by reasoning effort.'
        : n > _model_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_OUTPUT_TOKENS */ .Cb
            ? `The API accepts at most ${_model_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_OUTPUT_TOKENS */ .Cb} output tokens per request.`
            : null,
    'context-window': (n) => n < _model_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_CONTEXT_WINDOW */ .CE
        ? `It counts tokens, not thousands of tokens: a ${n}k window is ${n * 1000}.`
        : null,
    'request-timeout': (n) => n > 7200 && n / 1000 >= 10 && n / 1000 <= 7200
        ? `It is in seconds, not milliseconds: use ${Math.round(n / 1000)}.`
        : null,
};
/** The readers over `get`, each adding its problems to `errors`. */
function inputReader(get, errors) {
    const str = (name, fallback) => get(name).trim() || fallback;
    const int = (name, fallback, min, max) => {
        const raw = get(name).trim();
        if (raw === '')
            return fallback;
        const range = `Input '${name}' must be a whole number from ${min} to ${max}`;
        // Digits only (with `_` separators): no signs, decimals, exponents, hex or units.
        if (!/^\d+(?:_\d+)*$/.test(raw)) {
            const unit = /^(\d+(?:\.\d+)?)\s*([kKmM])$/.exec(raw);
            const hint = unit
                ? ` Write it out in full: ${Math.round(Number(unit[1]) * (/k/i.test(unit[2]) ? 1e3 : 1e6))}.`
                : /^-\d/.test(raw) && (name === 'max-requests' || name === 'max-prompt-tokens')
                    ? ' Use 0 for no cap.'
                    : /^\d+s$/i.test(raw)
                        ? ` Write the number of seconds alone: ${raw.slice(0, -1)}.`
                        : '';
            errors.push(`${range}; got '${show(raw)}'.${hint}`);
            return fallback;
        }
        const n = Number(raw.replace(/_/g, ''));
        if (n < min || n > max) {
            const hint = NUMBER_HINTS[name]?.(n);
            errors.push(`${range}; got '${show(raw)}'.${hint ? ` ${hint}` : ''}`);
            return fallback;
        }
        return n;
    };
    /** A decimal number in [min, max], or null when the input is empty (the parameter is not sent). */
    const decimal = (name, [min, max], example) => {
        const raw = get(name).trim();
        if (raw === '')
            return null;
        const range = `Input '${name}' must be a number from ${min} to ${max} (such as ${example}), or empty for the provider's default`;
        // Plain decimals only: no signs, exponents, units or decimal commas.
        if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(raw)) {
            const comma = /^\d*,\d+$/.test(raw) ? raw.replace(',', '.') : null;
            const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw);
            const hint = comma
                ? ` Write the decimals after a point: ${comma}.`
                : percent
                    ? ` Write it as a fraction, not a percentage: ${Number(percent[1]) / 100}.`
                    : '';
            errors.push(`${range}; got '${show(raw)}'.${hint}`);
            return null;
        }
        const n = Number(raw);
        if (n < min || n > max) {
            const hint = max === 1 && n <= 100 ? ` It is a fraction, not a percentage: ${n / 100} for ${n}%.` : '';
            errors.push(`${range}; got '${show(raw)}'.${hint}`);
            return null;
        }
        return n;
    };
    const oneOf = (name, allowed, fallback) => {
        const raw = get(name).trim();
        if (raw === '')
            return fallback;
        const lower = raw.toLowerCase();
        if (!allowed.includes(lower)) {
            const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(raw, allowed);
            errors.push(`Input '${name}' must be one of ${allowed.join(', ')}; got '${show(raw)}'.${guess ? ` Did you mean '${guess}'?` : ''}`);
            return fallback;
        }
        return lower;
    };
    const bool = (name, fallback) => {
        const raw = get(name).trim();
        if (raw === '')
            return fallback;
        if (TRUE_VALUES.includes(raw))
            return true;
        if (FALSE_VALUES.includes(raw))
            return false;
        const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(raw, ['true', 'false']);
        errors.push(`Input '${name}' must be 'true' or 'false' (YAML 1.2 booleans: true, True, TRUE, false, False, FALSE); got '${show(raw)}'.${guess ? ` Use '${guess}'.` : ''}`);
        return fallback;
    };
    /** Tokens and keys: one word. Never quoted back, even in part. */
    const secret = (name) => {
        const v = get(name).trim();
        if (/^bearer\s/i.test(v)) {
            errors.push(`Input '${name}' must be the bare key: remove the 'Bearer ' prefix.`);
        }
        else if (/\s/.test(v)) {
            errors.push(`Input '${name}' contains whitespace or a line break; a key or token is one word. Check the secret's value (a stray newline or space is the usual cause).`);
        }
        return v;
    };
    return { str, int, decimal, oneOf, bool, secret };
}


/***/ }),

/***/ 38522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ NO_GUIDANCE),
/* harmony export */   b1: () => (/* binding */ isChangeType),
/* harmony export */   ig: () => (/* binding */ EFFORTS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   pf: () => (/* binding */ CHANGE_TYPES)
/* harmony export */ });
/**
 * The types every stage shares, in one leaf module that imports nothing: stages import from here (and
 * from the stages before them), never from settings or configuration, so the layers point one way.
 */
/** How hard the model thinks (`reasoning_effort`). */
const EFFORTS = ['low', 'medium', 'high', 'xhigh'];
/** Most severe first. */
const SEVERITIES = ['critical', 'major', 'minor', 'nit'];
/** The kinds of change a review request may say its part of the PR is (the description's "Type"). */
const CHANGE_TYPES = ['fix', 'feature', 'refactor', 'docs', 'tests', 'chore'];
function isChangeType(t) {
    return CHANGE_TYPES.includes(t);
}
const NO_GUIDANCE = { language: '', pathInstructions: [], instructionFiles: [] };


/***/ })

};
