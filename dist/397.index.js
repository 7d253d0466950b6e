export const id = 397;
export const ids = [397];
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


/***/ })

};
