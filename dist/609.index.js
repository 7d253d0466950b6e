export const id = 609;
export const ids = [609];
export const modules = {

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

/***/ 66676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ isAddressedReply),
/* harmony export */   IY: () => (/* binding */ parseReviewMarker),
/* harmony export */   JK: () => (/* binding */ parseContinuedMarker),
/* harmony export */   Km: () => (/* binding */ MARKER_PREFIX),
/* harmony export */   Qi: () => (/* binding */ SUMMARY_MARKER),
/* harmony export */   R8: () => (/* binding */ summaryMarker),
/* harmony export */   Vi: () => (/* binding */ ADDRESSED_MARKER),
/* harmony export */   br: () => (/* binding */ commentText),
/* harmony export */   cm: () => (/* binding */ parseSummaryMarker),
/* harmony export */   fc: () => (/* binding */ parseFindingMarker),
/* harmony export */   iY: () => (/* binding */ findingMarker),
/* harmony export */   qC: () => (/* binding */ commentTitle),
/* harmony export */   uF: () => (/* binding */ continuedMarker),
/* harmony export */   vU: () => (/* binding */ reviewMarker)
/* harmony export */ });
/* unused harmony export CONTINUED_MARKER */
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
 * fingerprints of the findings it lists because no review body had room for them.
 */
function summaryMarker(head, body = []) {
    return `${SUMMARY_MARKER} head=${head}${body.length > 0 ? ` body=${body.join(',')}` : ''} -->`;
}
function parseSummaryMarker(text) {
    if (!(text ?? '').includes(SUMMARY_MARKER))
        return null;
    const m = /<!-- vtrix-review:summary head=([0-9a-f]{7,64})(?: body=([0-9a-f,]*))? -->\s*$/.exec(text ?? '');
    return { head: m ? m[1] : null, body: list(m?.[2]) };
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


/***/ }),

/***/ 92990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_SPLIT_DEPTH: () => (/* reexport */ MAX_SPLIT_DEPTH),
  NO_MEMORY: () => (/* binding */ NO_MEMORY),
  reviewPullRequest: () => (/* binding */ reviewPullRequest)
});

// EXTERNAL MODULE: ./src/findings/types.ts
var types = __webpack_require__(45315);
;// CONCATENATED MODULE: ./src/place/place.ts

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
    resolved.sort((a, b) => (0,types/* severityRank */.qs)(a.finding.severity) - (0,types/* severityRank */.qs)(b.finding.severity) ||
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
    const body = [...over, ...p.body].sort((a, b) => (0,types/* severityRank */.qs)(a.finding.severity) - (0,types/* severityRank */.qs)(b.finding.severity));
    return { inline: p.inline.slice(0, max), body };
}

// EXTERNAL MODULE: ./src/memory/fingerprint.ts
var fingerprint = __webpack_require__(90207);
;// CONCATENATED MODULE: ./src/memory/dedupe.ts

/** Gives every placed finding its fingerprint, from the text of the lines it is placed on. */
function markPlacement(p, files) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const inline = p.inline.map((c) => ({
        ...c,
        mark: (0,fingerprint/* fingerprint */.Rj)(c.path, (0,fingerprint/* linesText */.zu)(byPath.get(c.path), c.side, c.startLine ?? c.line, c.line), c.finding.title, c.finding.body),
    }));
    const body = p.body.map((b) => {
        const f = b.finding;
        const text = (0,fingerprint/* linesText */.zu)(byPath.get(b.path), f.side, f.startLine ?? f.line, f.line);
        return { ...b, mark: (0,fingerprint/* fingerprint */.Rj)(b.path, text, f.title, f.body) };
    });
    return { inline, body };
}
/**
 * Drops findings an earlier run already posted and that are still open: an open thread saying the same
 * thing at the same place (`sameFinding`), or a body-listed finding with the same fingerprint. Needs
 * marked placement.
 */
function dropRepeats(p, known) {
    const body = new Set(known.body);
    const seen = (m) => m !== undefined && (body.has(m.fp) || known.open.some((k) => (0,fingerprint/* sameFinding */.In)(k, m)));
    const repeated = [];
    const inline = p.inline.filter((c) => (seen(c.mark) ? (repeated.push(c), false) : true));
    const kept = p.body.filter((b) => (seen(b.mark) ? (repeated.push(b), false) : true));
    return { placement: { inline, body: kept }, repeated };
}

// EXTERNAL MODULE: ./src/plan.ts + 3 modules
var src_plan = __webpack_require__(73322);
// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(40746);
// EXTERNAL MODULE: ./src/context/full-files.ts
var full_files = __webpack_require__(85056);
// EXTERNAL MODULE: ./src/findings/verdict.ts
var findings_verdict = __webpack_require__(87167);
;// CONCATENATED MODULE: ./src/util/pool.ts
/** Runs `fn` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapPool(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./src/pipeline/context.ts


/** Concurrent reads at most: GitHub counts them against the token's rate limit. */
const CONTEXT_READS = 4;
/**
 * The whole text of small changed files, for the requests that have room for them (never an extra
 * request). A file that cannot be read is simply left out: context is an enrichment.
 */
async function readContext(plan, o, count, log) {
    if (!o.fullFileContext || !o.readFile || plan.requests.length === 0)
        return new Map();
    const read = o.readFile;
    const paths = (0,full_files/* contextCandidates */.c8)(plan, full_files/* MAX_CONTEXT_FILES */.X$);
    if (paths.length === 0)
        return new Map();
    let failures = 0;
    const texts = await mapPool(paths, CONTEXT_READS, async (path) => {
        try {
            return await read(path);
        }
        catch {
            failures++;
            return null;
        }
    });
    const found = new Map();
    paths.forEach((p, i) => {
        const t = texts[i];
        if (typeof t === 'string')
            found.set(p, t);
    });
    const planned = plan.requests.reduce((t, q) => t + q.promptTokens, 0);
    const allowance = o.maxPromptTokens ? Math.max(0, o.maxPromptTokens - planned) : Number.POSITIVE_INFINITY;
    const packed = (0,full_files/* packContext */.JH)(plan, found, count, allowance);
    const added = [...packed.values()].reduce((k, b) => k + b.length, 0);
    log.info(`Full-file context: ${added} of ${paths.length} small changed file(s) added where requests had room${failures > 0 ? ` (${failures} could not be read)` : ''}.`);
    return packed;
}

// EXTERNAL MODULE: ./src/chunk/measure.ts
var measure = __webpack_require__(61497);
;// CONCATENATED MODULE: ./src/chunk/split.ts

/**
 * What one request reviewed, in two halves, for two smaller requests when its answer did not fit in
 * the output cap: its pieces in two runs of about equal tokens, or a single piece by its hunks. Null
 * when there is nothing left to split (one piece of one hunk).
 */
function splitPieces(pieces, count) {
    if (pieces.length >= 2) {
        const k = balancedCut(pieces.map((p) => p.tokens));
        return [pieces.slice(0, k), pieces.slice(k)];
    }
    const p = pieces[0];
    if (!p || p.hunks.length < 2)
        return null;
    const k = balancedCut(p.hunks.map((h) => h.lines.length + 1));
    const halves = [p.hunks.slice(0, k), p.hunks.slice(k)];
    // A whole file becomes parts 1/2 and 2/2; a part keeps its number, the lines tell the halves apart.
    const [a, b] = halves.map((hunks, i) => {
        const part = p.part ?? { index: i + 1, total: 2 };
        return {
            file: p.file,
            hunks,
            part,
            tokens: (0,measure/* measureFor */.Y)(count).file(p.file, hunks, part),
            span: linesOf(hunks),
        };
    });
    return [[a], [b]];
}
/** Where to cut a list of sizes so both sides are as even as possible; both sides non-empty. */
function balancedCut(sizes) {
    const total = sizes.reduce((n, x) => n + x, 0);
    let best = 1;
    let bestGap = Number.POSITIVE_INFINITY;
    let acc = 0;
    for (let k = 1; k < sizes.length; k++) {
        acc += sizes[k - 1];
        const gap = Math.abs(total - 2 * acc);
        if (gap < bestGap) {
            best = k;
            bestGap = gap;
        }
    }
    return best;
}
/** "lines 10–48" of the new file (of the old one for a run of deletions only). */
function linesOf(hunks) {
    const right = hunks.filter((h) => h.newLines > 0);
    const [from, to] = right.length > 0
        ? [right[0].newStart, right.at(-1).newStart + right.at(-1).newLines - 1]
        : [hunks[0].oldStart, hunks.at(-1).oldStart + Math.max(hunks.at(-1).oldLines, 1) - 1];
    return from === to ? `line ${from}` : `lines ${from}–${to}`;
}
/** How a piece is named where it is reported as not reviewed. */
function pieceName(p) {
    const where = [p.part ? `part ${p.part.index}/${p.part.total}` : '', p.span ?? ''].filter(Boolean);
    return where.length > 0 ? `${p.file.path} (${where.join(', ')})` : p.file.path;
}

// EXTERNAL MODULE: ./src/model/client.ts + 9 modules
var client = __webpack_require__(92169);
;// CONCATENATED MODULE: ./src/pipeline/requests.ts



/**
 * How often a chunk whose answer does not fit the output cap is halved: at most 2^3 = 8 requests
 * replace it, and a piece of one hunk is not split further.
 */
const MAX_SPLIT_DEPTH = 3;
function sumTokens(pieces) {
    return pieces.reduce((t, p) => t + p.tokens, 0);
}
/**
 * Sends the plan's requests, `concurrency` at a time, each with its context blocks. A request whose
 * answer stays cut off is asked again as two halves (within the run's budget); one that fails is
 * reported with its files. Returns each planned request's outcomes, in plan order.
 */
async function runRequests(plan, contextOf, contextCost, o, call, count, log) {
    const n = plan.requests.length;
    // What splits add to the plan, checked against the run's budget before each split.
    let plannedRequests = n;
    let plannedPromptTokens = plan.requests.reduce((t, q, i) => t + q.promptTokens + contextCost[i], 0);
    const requestLog = [];
    const record = (w, started, ok, cost, findings) => {
        const r = {
            label: w.label,
            ok,
            files: w.pieces.length,
            findings,
            promptTokens: cost.promptTokens,
            completionTokens: cost.completionTokens,
            ms: Date.now() - started,
        };
        requestLog.push(r);
        log.request?.(r, plannedRequests);
    };
    /** One request; when its answer does not fit even the largest output cap, its two halves instead. */
    const review = async (w) => {
        const started = Date.now();
        try {
            const answer = await call(w.messages(), {
                promptTokens: w.promptTokens,
                label: w.label,
                progress: log.info,
                ...(w.maxTokens === undefined ? {} : { maxTokens: w.maxTokens }),
            });
            record(w, started, true, answer, answer.review.comments.length);
            log.info(`${w.label}: ${answer.review.comments.length} findings, ${answer.promptTokens} prompt + ${answer.completionTokens} completion tokens, ${((Date.now() - started) / 1000).toFixed(1)} s.`);
            return [{ cost: answer, answer }];
        }
        catch (e) {
            if (!(e instanceof client.ChunkError))
                throw e;
            let halves = e instanceof client.TruncatedError && w.depth < MAX_SPLIT_DEPTH ? splitPieces(w.pieces, count) : null;
            let reason = e.message;
            const halfPrompt = (pieces) => w.promptTokens - w.contextTokens - sumTokens(w.pieces) + sumTokens(pieces);
            if (halves) {
                const extraPrompt = halfPrompt(halves[0]) + halfPrompt(halves[1]);
                if ((o.maxRequests && plannedRequests + 2 > o.maxRequests) ||
                    (o.maxPromptTokens && plannedPromptTokens + extraPrompt > o.maxPromptTokens)) {
                    reason +=
                        "; not split into smaller requests: the run's budget (`max-requests`, `max-prompt-tokens`) is spent";
                    halves = null;
                }
                else {
                    plannedRequests += 2;
                    plannedPromptTokens += extraPrompt;
                }
            }
            record(w, started, false, e, 0);
            if (e instanceof client.TruncatedError && halves) {
                log.info(`${w.label}: ${e.message}; asking again in two smaller requests.`);
                const outcomes = [{ cost: e }];
                // One after the other: the halves share their parent's slot in the pool.
                for (const [k, pieces] of halves.entries()) {
                    const tokens = pieces.reduce((t, p) => t + p.tokens, 0);
                    outcomes.push(...(await review({
                        pieces,
                        messages: () => plan.messagesFor({ index: w.index, pieces, tokens }),
                        promptTokens: halfPrompt(pieces),
                        contextTokens: 0,
                        label: `${w.label.replace(/\)$/, '.')}${w.depth === 0 ? ' (half ' : ''}${k + 1})`,
                        index: w.index,
                        depth: w.depth + 1,
                        maxTokens: e.maxTokens,
                    })));
                }
                return outcomes;
            }
            const paths = w.pieces.map(pieceName);
            log.warning(`${w.label} failed: ${reason}. Not reviewed: ${paths.join(', ')}.`);
            return [{ cost: e, failure: { paths, reason } }];
        }
    };
    const results = await mapPool(plan.requests, o.concurrency, (req, i) => {
        const blocks = contextOf(i);
        const extra = contextCost[i];
        return review({
            pieces: req.chunk.pieces,
            messages: blocks.length === 0 ? req.messages : () => plan.messagesFor({ ...req.chunk, context: blocks }),
            promptTokens: req.promptTokens + extra,
            contextTokens: extra,
            label: `Request ${i + 1}/${n}`,
            index: req.chunk.index,
            depth: 0,
        });
    });
    return { results, requestLog };
}

// EXTERNAL MODULE: ./src/model/schema.ts
var schema = __webpack_require__(52482);
;// CONCATENATED MODULE: ./src/pipeline/answers.ts

/** Gathers the outcomes of every planned request (in plan order: findings keep their request's index). */
function collectAnswers(results) {
    const out = {
        findings: [],
        summaries: [],
        verdicts: [],
        failed: [],
        promptTokens: 0,
        completionTokens: 0,
        requests: 0,
    };
    results.forEach((outcomes, i) => {
        for (const x of outcomes) {
            out.promptTokens += x.cost.promptTokens;
            out.completionTokens += x.cost.completionTokens;
            out.requests += x.cost.requests;
            if (x.answer) {
                // Model text reaches GitHub only through the sanitiser, and only a marker at the very end is
                // trusted (src/memory/markers.ts), so a forged one in a summary is inert as it is.
                out.summaries.push(x.answer.review.summary);
                const found = (0,schema/* toFindings */.Sz)(x.answer.review, i);
                out.findings.push(...found);
                const v = x.answer.review.verdict;
                out.verdicts.push({ text: v ?? null, findings: found });
            }
            if (x.failure)
                for (const path of x.failure.paths)
                    out.failed.push({ path, reason: x.failure.reason });
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/pipeline.ts











const NO_MEMORY = { reviewFiles: null, remembered: { open: [], body: [] }, firstReview: true };
/**
 * event → pull request → diff (given) → filter → chunks → model → findings → placement → review.
 * `files` is the PR's whole diff: placement checks findings against all of it. `notListed` holds
 * files the diff could not include (e.g. beyond GitHub's file-list cap).
 */
async function reviewPullRequest(pr, files, notListed, o, call, count, log, memory = NO_MEMORY) {
    const plan = (0,src_plan.planReview)(pr, memory.reviewFiles ?? files, o, count);
    const skipped = [...plan.skipped, ...notListed];
    const n = plan.requests.length;
    log.info(`Reviewing ${plan.reviewable.length} of ${files.length} changed files in ${n} request${n === 1 ? '' : 's'} (${skipped.length} not reviewed).`);
    const context = await readContext(plan, o, count, log);
    const contextOf = (i) => context.get(i) ?? [];
    const contextCost = plan.requests.map((_, i) => (0,full_files/* contextTokens */.eP)(contextOf(i), count));
    // model → findings: every planned request, halves of cut-off ones included.
    const { results, requestLog } = await runRequests(plan, contextOf, contextCost, o, call, count, log);
    const { findings, summaries, verdicts, failed, promptTokens, completionTokens, requests } = collectAnswers(results);
    // findings → placement on the diff → memory (what earlier runs said) → rendering.
    const verdict = (0,findings_verdict/* combineVerdicts */.aG)(verdicts, o.minSeverity);
    const shown = findings.filter((f) => (0,types/* atLeast */.jZ)(f.severity, o.minSeverity));
    const belowThreshold = findings.filter((f) => !(0,types/* atLeast */.jZ)(f.severity, o.minSeverity));
    // An incremental review numbers deleted lines by the last reviewed commit, not by the PR's base.
    const forceBody = memory.reviewFiles
        ? (f) => (f.side === 'LEFT' ? 'it cites a line deleted since the last review' : null)
        : undefined;
    const placed = markPlacement(placeFindings(shown, files, Number.POSITIVE_INFINITY, forceBody), files);
    const { placement: fresh, repeated } = dropRepeats(placed, memory.remembered);
    const placement = capInline(fresh, o.maxComments);
    const marks = [...placed.inline, ...placed.body].flatMap((x) => (x.mark ? [x.mark] : []));
    const somethingNew = placement.inline.length + placement.body.length + failed.length > 0;
    let payload = null;
    let unlisted = [];
    if (n > 0 && (somethingNew || memory.firstReview)) {
        const body = (0,render/* reviewBodyParts */.L9)({
            headSha: pr.headSha,
            deep: o.deep,
            verdict,
            summaries,
            placement,
            belowThreshold,
            minSeverity: o.minSeverity,
            skipped,
            failed,
            reviewedFiles: plan.reviewable.length,
            requests,
            promptTokens,
            completionTokens,
            model: o.model,
            effort: o.effort,
            runUrl: o.runUrl,
        });
        payload = (0,render/* reviewPayload */.hc)(pr.headSha, body.body, placement.inline);
        unlisted = body.unlisted;
    }
    return {
        plan,
        findings,
        belowThreshold,
        placement,
        skipped,
        failed,
        repeated,
        marks,
        summaries,
        verdict,
        requests,
        requestLog,
        promptTokens,
        completionTokens,
        payload,
        unlisted,
    };
}


/***/ }),

/***/ 40746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ findingHeading),
/* harmony export */   L9: () => (/* binding */ reviewBodyParts),
/* harmony export */   hc: () => (/* binding */ reviewPayload),
/* harmony export */   jl: () => (/* binding */ introFrom),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT),
/* harmony export */   vE: () => (/* binding */ notReviewed)
/* harmony export */ });
/* unused harmony exports commentBody, reviewBody, bodyItem, MAX_REVIEW_CHARS */
/* harmony import */ var _findings_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87167);
/* harmony import */ var _memory_markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66676);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27081);




/** GitHub refuses review and comment bodies above this many characters. */
const GITHUB_BODY_LIMIT = 65_536;
const BADGE = {
    critical: '🔴 critical',
    major: '🟠 major',
    minor: '🟡 minor',
    nit: '⚪ nit',
};
/** "**🟠 major: Title**", or "**🟠 major**" for a finding without a title (no dangling colon). */
function findingHeading(f) {
    const title = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(f.title, MAX_TITLE_CHARS, { bold: true });
    return /^[\s\p{Cf}]*$/u.test(title) ? `**${BADGE[f.severity]}**` : `**${BADGE[f.severity]}: ${title}**`;
}

function codeBlock(lang, text) {
    const t = text.replace(/\r?\n$/, '');
    const fence = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .fenceFor */ .Lt)(t);
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
function commentBody(c, room = COMMENT_ROOM) {
    const f = c.finding;
    const head = findingHeading(f);
    const tail = [];
    if (c.movedFrom) {
        const cited = c.movedFrom.startLine
            ? `lines ${c.movedFrom.startLine}–${c.movedFrom.line}`
            : `line ${c.movedFrom.line}`;
        tail.push(`<sub>This finding cites ${cited}, which are outside the diff; it is shown on the nearest changed line.</sub>`);
    }
    if (f.suggestion !== null && f.suggestion.trim() !== '') {
        const code = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCode */ .$C)(f.suggestion);
        const block = c.committable ? codeBlock('suggestion', code) : 'Suggested change:\n' + codeBlock('', code);
        tail.push(block.length <= room / 2 ? block : tooLong(code));
    }
    const fixed = head.length + tail.reduce((n, t) => n + t.length + 2, 0) + 2;
    const body = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(f.body, Math.max(0, room - fixed));
    const parts = [head, body, ...tail].filter((p) => p !== '');
    const marker = c.mark ? `\n\n${(0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .findingMarker */ .iY)({ fp: c.mark.fp, loc: c.mark.loc, sev: f.severity })}` : '';
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
    const usage = `<sub>${r.model} · effort ${r.effort} · ${r.requests} request${r.requests === 1 ? '' : 's'} · ${r.promptTokens.toLocaleString('en-US')} prompt + ${r.completionTokens.toLocaleString('en-US')} completion tokens · ${r.headSha.slice(0, 7)}</sub>`;
    const verdict = r.verdict ? (0,_findings_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictMarkdown */ .BT)(r.verdict, (t) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(t, 300)) : '';
    const fixed = [head, verdict, intro, tally + below].filter((s) => s !== '').join('\n\n');
    const inlineFps = r.placement.inline.flatMap((c) => (c.mark ? [c.mark.fp] : []));
    // Inline fingerprints are bounded by `max-comments` (at most 1,000 × 13 characters); body ones are
    // paid for item by item below, so the marker can never crowd out the text.
    const markerBase = (0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .reviewMarker */ .vU)({ head: r.headSha, inline: inlineFps, body: [] }).length;
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
    const marker = (0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .reviewMarker */ .vU)({
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
        return (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(texts[0] ?? '', Math.min(each, total));
    const items = [];
    let size = 0;
    for (const t of texts) {
        const item = `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(t, each)}`;
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
    return `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(s.path)}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(s.reason, MAX_REASON_CHARS)}`;
}
function bodyItem(b, maxChars = MAX_BODY_ITEM_CHARS) {
    const f = b.finding;
    const where = f.startLine && f.startLine !== f.line ? `lines ${f.startLine}–${f.line}` : `line ${f.line}`;
    const head = `- ${findingHeading(f)} — ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(b.path)} ${where} (${f.side}) _(${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(b.reason, MAX_REASON_CHARS)})_`;
    let suggestion = '';
    if (f.suggestion !== null && f.suggestion.trim() !== '') {
        const code = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCode */ .$C)(f.suggestion);
        const block = indent('Suggested change:\n' + codeBlock('', code));
        suggestion = block.length <= maxChars / 2 ? block : indent(tooLong(code));
    }
    const room = maxChars - head.length - suggestion.length - 2;
    const body = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(f.body, Math.max(0, room), { indent: 2 });
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


/***/ })

};
