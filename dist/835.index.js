export const id = 835;
export const ids = [835];
export const modules = {

/***/ 65835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gate: () => (/* binding */ gate),
/* harmony export */   gateMessage: () => (/* binding */ gateMessage),
/* harmony export */   heldThreads: () => (/* binding */ heldThreads)
/* harmony export */ });
/* harmony import */ var _memory_authorship_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7010);
/* harmony import */ var _memory_threads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27722);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45315);



/**
 * The findings at or above `failOn` among `open` (open findings by severity: this run's posted ones
 * plus earlier unresolved threads of ours). `none` never blocks.
 */
function gate(open, failOn) {
    if (failOn === 'none')
        return { blocking: 0, counts: '' };
    const over = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.filter((s) => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .atLeast */ .jZ)(s, failOn) && (open[s] ?? 0) > 0);
    return {
        blocking: over.reduce((n, s) => n + open[s], 0),
        counts: over.map((s) => `${open[s]} ${s}`).join(' · '),
    };
}
/**
 * Resolved threads that do not clear their finding: a thread is cleared when its lines changed since
 * (outdated, or other text now), or when it was resolved by this action or by someone other than the
 * PR's author with write access. Anything else keeps blocking: the author clicking "Resolve" is not a
 * review. Threads read without GraphQL are never `resolved` (unknown counts as open already).
 */
async function heldThreads(threads, files, who) {
    const held = [];
    for (const t of threads) {
        if (!t.resolved || (0,_memory_threads_js__WEBPACK_IMPORTED_MODULE_1__/* .linesChanged */ .q)(t, files))
            continue;
        const by = t.resolvedBy ?? null;
        let why = null;
        if (by === null)
            why = 'resolved by an app or a deleted account without a change to its lines';
        else if ((0,_memory_authorship_js__WEBPACK_IMPORTED_MODULE_0__/* .sameLogin */ .Up)(by, who.author))
            why = 'resolved by the author without a change to its lines';
        // Write access first: it is the usual case, and asking who we are may cost a request.
        else if (!(await who.canWrite(by)) && !(await who.isUs(by)))
            why = `resolved by ${by}, who has no write access, without a change to its lines`;
        if (why !== null)
            held.push({ thread: t, why });
    }
    return held;
}
const isSeverity = (s) => _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.includes(s);
/** Why the step failed, where the findings are, and why resolved threads among them still count. */
function gateMessage(g, failOn, where, held = []) {
    const reasons = new Map();
    for (const h of held)
        if (isSeverity(h.thread.sev) && (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .atLeast */ .jZ)(h.thread.sev, failOn))
            reasons.set(h.why, (reasons.get(h.why) ?? 0) + 1);
    const why = [...reasons]
        .map(([text, n]) => `${n} ${n === 1 ? 'is in a thread' : 'are in threads'} ${text}`)
        .join('; ');
    const still = why ? ` Of these, ${why}, which does not clear a finding.` : '';
    return `${g.blocking} open finding${g.blocking === 1 ? '' : 's'} at or above \`fail-on: ${failOn}\` (${g.counts}): see ${where}.${still} Fix them, or have a reviewer with write access resolve their review threads once they are dealt with, and run the review again.`;
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


/***/ })

};
