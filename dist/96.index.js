export const id = 96;
export const ids = [96];
export const modules = {

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


/***/ })

};
