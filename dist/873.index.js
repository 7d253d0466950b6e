export const id = 873;
export const ids = [873,835];
export const modules = {

/***/ 40873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  review: () => (/* binding */ review)
});

// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(24286);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var settings = __webpack_require__(10242);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/chunk/tokens.ts
var tokens = __webpack_require__(39443);
// EXTERNAL MODULE: ./src/model/client.ts + 10 modules
var client = __webpack_require__(78881);
// EXTERNAL MODULE: ./src/plan.ts + 2 modules
var plan = __webpack_require__(82104);
// EXTERNAL MODULE: ./src/pipeline.ts + 12 modules
var pipeline = __webpack_require__(7167);
// EXTERNAL MODULE: ./src/findings/gate.ts
var gate = __webpack_require__(65835);
// EXTERNAL MODULE: ./src/review/sanitize.ts
var sanitize = __webpack_require__(27081);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(33113);
// EXTERNAL MODULE: ./src/github/diff.ts
var github_diff = __webpack_require__(44032);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(77369);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(74487);
// EXTERNAL MODULE: ./src/memory/fingerprint.ts
var fingerprint = __webpack_require__(90207);
;// CONCATENATED MODULE: ./src/memory/threads.ts

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
        return !current.some((c) => (0,fingerprint/* sameFinding */.In)(c, t));
    });
}
/** The lines a thread points at changed since it was posted: outdated, or different text now. */
function linesChanged(t, prFiles) {
    if (t.line === null)
        return true;
    const file = prFiles.find((f) => f.path === t.path);
    return (0,fingerprint/* fingerprint */.Rj)(t.path, (0,fingerprint/* linesText */.zu)(file, t.side, t.startLine ?? t.line, t.line), '').loc !== t.loc;
}

// EXTERNAL MODULE: ./src/memory/authorship.ts
var authorship = __webpack_require__(7010);
;// CONCATENATED MODULE: ./src/memory/held.ts


/**
 * Resolved threads that do not clear their finding: a thread is cleared when its lines changed since
 * (outdated, or other text now), or when it was resolved by this action or by someone other than the
 * PR's author with write access. Anything else keeps blocking: the author clicking "Resolve" is not a
 * review. Threads read without GraphQL are never `resolved` (unknown counts as open already).
 */
async function heldThreads(threads, files, who) {
    const held = [];
    for (const t of threads) {
        if (!t.resolved || linesChanged(t, files))
            continue;
        const by = t.resolvedBy ?? null;
        let why = null;
        if (by === null)
            why = 'resolved by an app or a deleted account without a change to its lines';
        else if ((0,authorship/* sameLogin */.Up)(by, who.author))
            why = 'resolved by the author without a change to its lines';
        // Write access first: it is the usual case, and asking who we are may cost a request.
        else if (!(await who.canWrite(by)) && !(await who.isUs(by)))
            why = `resolved by ${by}, who has no write access, without a change to its lines`;
        if (why !== null)
            held.push({ thread: t, why });
    }
    return held;
}

// EXTERNAL MODULE: ./src/memory/markers.ts
var markers = __webpack_require__(66676);
;// CONCATENATED MODULE: ./src/github/history.ts



/**
 * Reads our earlier reviews, inline comments (with their thread state) and summary comment: content
 * with our markers whose author is us (`authoredByUs`). The token's account is asked for (`me`) only
 * when some of that content is by a person's account.
 */
async function loadHistory(gh, pr, log, me) {
    const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 };
    const reviews = await gh.paginate(gh.rest.pulls.listReviews, where);
    const pending = [];
    const marked = [];
    for (const r of reviews) {
        if (r.state === 'PENDING') {
            // Never submitted, so never seen by anyone: not history, but it blocks the next review.
            pending.push({ id: r.id, login: r.user?.login ?? '', bot: (0,authorship/* isBotAccount */.RS)(r.user), body: r.body ?? '' });
            continue;
        }
        const mark = (0,markers/* parseReviewMarker */.IY)(r.body);
        if (mark)
            marked.push({ id: r.id, mark, author: r.user });
    }
    let candidates;
    let graphql = true;
    try {
        candidates = await threadsByGraphql(gh, pr);
    }
    catch (e) {
        graphql = false;
        log.info(`Could not read review threads through GraphQL (${e.message}); using REST comments.`);
        candidates = await threadsByRest(gh, pr);
    }
    const issueComments = await gh.paginate(gh.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    });
    const summaries = issueComments.filter((c) => (c.body ?? '').includes(markers/* SUMMARY_MARKER */.Qi));
    const continued = issueComments.filter((c) => (0,markers/* parseContinuedMarker */.JK)(c.body) !== null);
    const authors = [
        ...marked,
        ...candidates,
        ...[...summaries, ...continued].map((c) => ({ author: c.user })),
    ].map((x) => x.author);
    const identity = (0,authorship/* needsIdentity */.Yf)(authors) ? await me() : authorship/* UNKNOWN_IDENTITY */.Q9;
    const ours = (u) => (0,authorship/* authoredByUs */.kk)(u, identity);
    let lastReview = null;
    const bodyFingerprints = [];
    for (const { id, mark, author } of marked) {
        if (!ours(author))
            continue;
        bodyFingerprints.push(...mark.body);
        if (!lastReview || id > lastReview.id)
            lastReview = { ...mark, id };
    }
    const threads = candidates.filter((c) => ours(c.author)).map((c) => c.thread);
    const summary = summaries.find((c) => ours(c.user));
    const summaryParts = continued.flatMap((c) => {
        const m = ours(c.user) ? (0,markers/* parseContinuedMarker */.JK)(c.body) : null;
        return m ? [{ id: c.id, part: m.part, body: c.body ?? '', fps: m.body }] : [];
    });
    const summaryFingerprints = [
        ...((0,markers/* parseSummaryMarker */.cm)(summary?.body)?.body ?? []),
        ...summaryParts.flatMap((p) => p.fps),
    ];
    bodyFingerprints.push(...summaryFingerprints);
    return {
        lastReview,
        lastHead: (0,markers/* parseSummaryMarker */.cm)(summary?.body)?.head ?? lastReview?.head ?? null,
        bodyFingerprints,
        threads,
        summaryComment: summary ? { id: summary.id, body: summary.body ?? '' } : null,
        summaryParts: summaryParts.map(({ fps: _f, ...p }) => p).sort((a, b) => a.part - b.part || a.id - b.id),
        summaryFingerprints,
        graphql,
        pending,
    };
}
const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id isResolved isOutdated path line startLine diffSide resolvedBy { login }
          comments(first: 50) { nodes { databaseId body author { login __typename } } }
        }
      }
    }
  }
}`;
async function threadsByGraphql(gh, pr) {
    const out = [];
    let cursor = null;
    for (let page = 0; page < 50; page++) {
        const res = await gh.graphql(THREADS_QUERY, { owner: pr.owner, repo: pr.repo, number: pr.number, cursor });
        const rt = res.repository.pullRequest?.reviewThreads;
        if (!rt)
            break;
        for (const t of rt.nodes) {
            const root = t.comments.nodes[0];
            const mark = (0,markers/* parseFindingMarker */.fc)(root?.body);
            if (!root || !mark)
                continue;
            const thread = {
                nodeId: t.id,
                commentId: root.databaseId,
                path: t.path,
                side: t.diffSide ?? 'RIGHT',
                line: t.isOutdated ? null : t.line,
                startLine: t.startLine ?? null,
                resolved: t.isResolved,
                resolvedBy: t.isResolved ? (t.resolvedBy?.login ?? null) : null,
                fp: mark.fp,
                loc: mark.loc,
                sev: mark.sev,
                words: (0,fingerprint/* gist */.gK)((0,markers/* commentTitle */.qC)(root.body)),
                body: (0,fingerprint/* gist */.gK)((0,markers/* commentText */.br)(root.body)),
                replied: t.comments.nodes.some((c) => (0,markers/* isAddressedReply */.CL)(c.body)),
            };
            const author = root.author ? { login: root.author.login, type: root.author.__typename } : null;
            out.push({ thread, author });
        }
        if (!rt.pageInfo.hasNextPage)
            break;
        cursor = rt.pageInfo.endCursor;
    }
    return out;
}
async function threadsByRest(gh, pr) {
    const all = await gh.paginate(gh.rest.pulls.listReviewComments, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: 100,
    });
    const replied = new Set(all.filter((c) => c.in_reply_to_id && (0,markers/* isAddressedReply */.CL)(c.body)).map((c) => c.in_reply_to_id));
    return all.flatMap((c) => {
        const mark = (0,markers/* parseFindingMarker */.fc)(c.body);
        if (c.in_reply_to_id || !mark)
            return [];
        const thread = {
            nodeId: null,
            commentId: c.id,
            path: c.path,
            side: c.side === 'LEFT' ? 'LEFT' : 'RIGHT',
            line: c.line ?? null,
            startLine: c.start_line ?? null,
            resolved: false, // unknown without GraphQL: treat as open, so nothing is said twice
            fp: mark.fp,
            loc: mark.loc,
            sev: mark.sev,
            words: (0,fingerprint/* gist */.gK)((0,markers/* commentTitle */.qC)(c.body)),
            body: (0,fingerprint/* gist */.gK)((0,markers/* commentText */.br)(c.body)),
            replied: replied.has(c.id),
        };
        return [{ thread, author: c.user }];
    });
}

;// CONCATENATED MODULE: ./src/action/memory.ts







// What the run knows from earlier runs on the PR, and what it makes of it.
const log = { info: action_log/* core */.I.info, warning: action_log/* core */.I.warning };
/** Earlier runs' reviews, threads and summary; without them (no permission) every finding is new. */
async function readHistory(gh, pr, me) {
    try {
        return await loadHistory(gh, pr, log, me);
    }
    catch (e) {
        action_log/* core */.I.warning(`Could not read earlier reviews of #${pr.number} (${e.message}): reviewing as if for the first time.`);
        return {
            lastReview: null,
            lastHead: null,
            bodyFingerprints: [],
            threads: [],
            summaryComment: null,
            summaryParts: [],
            summaryFingerprints: [],
            graphql: false,
            pending: [],
        };
    }
}
/** The threads that still count, and what is new since the last review. */
async function recall(gh, pr, s, trigger, history, files, me) {
    const held = await heldThreads(history.threads, files, {
        author: pr.author,
        isUs: async (login) => (0,authorship/* sameLogin */.Up)(login, (await me()).login),
        canWrite: (0,identity/* writeAccess */.q)(gh, pr, log),
    });
    for (const h of held)
        action_log/* core */.I.info(`The finding on ${h.thread.path} still counts as open: its thread was ${h.why}.`);
    const heldIds = new Set(held.map((h) => h.thread.commentId));
    const stillOpen = (t) => !t.resolved || heldIds.has(t.commentId);
    const since = s.incremental && trigger === 'automatic' && history.lastHead
        ? await sinceLastReview(gh, pr, history.lastHead)
        : { reviewFiles: null, range: { from: null, to: pr.headSha }, fullReason: null };
    return { held, stillOpen, ...since };
}
/** Automatic runs review only what is new since our last review, when the branch moved forward. */
async function sinceLastReview(gh, pr, lastHead) {
    if (lastHead === pr.headSha) {
        action_log/* core */.I.info(`Commit ${pr.headSha.slice(0, 7)} was already reviewed: nothing new to review.`);
        return { reviewFiles: [], range: { from: pr.headSha, to: pr.headSha }, fullReason: null };
    }
    const files = await (0,github_diff/* diffSince */.EX)(gh, pr, lastHead).catch((e) => {
        action_log/* core */.I.warning(`Could not compare ${lastHead.slice(0, 7)}...${pr.headSha.slice(0, 7)}: ${e.message}`);
        return null;
    });
    if (files) {
        action_log/* core */.I.info(`Incremental review of ${lastHead.slice(0, 7)}..${pr.headSha.slice(0, 7)}: ${files.length} changed files.`);
        return { reviewFiles: files, range: { from: lastHead, to: pr.headSha }, fullReason: null };
    }
    const fullReason = `the branch no longer contains ${lastHead.slice(0, 7)} (force-push or rebase)`;
    action_log/* core */.I.info(`Reviewing the whole PR: ${fullReason}.`);
    return { reviewFiles: null, range: { from: null, to: pr.headSha }, fullReason };
}
/** Our threads whose finding is gone from the changed lines this run reviewed: they look addressed. */
function addressedBy(r, history, files) {
    if (r.requests === 0)
        return [];
    const reviewedPaths = new Set(r.plan.reviewable.map((f) => f.path));
    return addressedThreads(history.threads, r.marks, reviewedPaths, files);
}
/** Open findings by severity after this run: earlier ones still open and not addressed, and the new. */
function openFindings(history, m, addressed, placement) {
    const open = {};
    const addressedIds = new Set(addressed.map((t) => t.commentId));
    for (const t of history.threads)
        if (m.stillOpen(t) && !addressedIds.has(t.commentId))
            open[t.sev] = (open[t.sev] ?? 0) + 1;
    for (const x of [...placement.inline, ...placement.body]) {
        open[x.finding.severity] = (open[x.finding.severity] ?? 0) + 1;
    }
    return open;
}

// EXTERNAL MODULE: ./src/event/trigger.ts
var trigger = __webpack_require__(99668);
// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(40746);
;// CONCATENATED MODULE: ./src/review/amend.ts



/**
 * What is added to a rendered review once delivery knows more than the pipeline did: the note that
 * new commits arrived while it ran, and the comments GitHub refused on their lines. The GitHub layer
 * passes the facts; the Markdown is made here, next to the body it goes into.
 */
/** `payload` with a note that the head moved on to `headNow` while the review of `commit_id` ran. */
function withNewCommitsNote(payload, headNow) {
    const reviewed = payload.commit_id.slice(0, 7);
    return {
        ...payload,
        body: addToBody(payload.body, `> [!NOTE]\n> New commits arrived while this review ran: it is a review of ${reviewed}, and the head is now ${headNow.slice(0, 7)}. Comments on lines the new commits changed show as outdated; the next run reviews the new commits.`),
    };
}
/**
 * `payload` with `comments` taken out of the inline comments and listed in the body, each with its
 * file, line and text, and the review marker updated so later runs know they were reported.
 */
function moveIntoBody(payload, comments, reason) {
    if (comments.length === 0)
        return payload;
    const out = new Set(comments);
    let body = payload.body;
    const mark = (0,markers/* parseReviewMarker */.IY)(body);
    if (mark) {
        const fps = new Set(comments.flatMap((c) => (0,markers/* parseFindingMarker */.fc)(c.body)?.fp ?? []));
        const updated = (0,markers/* reviewMarker */.vU)({
            head: mark.head,
            inline: mark.inline.filter((f) => !fps.has(f)),
            body: [...mark.body, ...mark.inline.filter((f) => fps.has(f))],
        });
        body = body.replace(/<!-- vtrix-review:review [^>]*-->/, updated);
    }
    const items = comments.map((c) => {
        const lines = c.start_line ? `lines ${c.start_line}–${c.line}` : `line ${c.line}`;
        const text = c.body
            .replace(/\n*<!-- vtrix-review:finding [^>]*-->/g, '')
            // A suggestion block only applies in an inline comment: in the body it is plain code.
            .replace(/^(\s*)(`{3,}|~{3,})suggestion\s*$/gm, '$1$2');
        const indented = text
            .split('\n')
            .map((l) => (l ? `  ${l}` : ''))
            .join('\n');
        return clip(`- ${(0,sanitize/* codeSpan */.SS)(c.path)} ${lines} (${c.side}):\n${indented}`, 6_000);
    });
    const section = `### Comments GitHub refused inline\n${reason}; they are listed here with their place instead.\n`;
    return {
        ...payload,
        body: addToBody(body, section, items),
        comments: payload.comments.filter((c) => !out.has(c)),
    };
}
/**
 * Inserts a section (a heading line and items) into a review body before its usage line and marker,
 * keeping the body within GitHub's limit: items that do not fit are counted, not cut mid-way.
 */
function addToBody(body, head, items = []) {
    const markerAt = body.search(/<!-- vtrix-review:review /);
    const end = markerAt >= 0 ? markerAt : body.length;
    const usageAt = body.lastIndexOf('\n\n<sub>', end);
    const at = usageAt >= 0 ? usageAt : end;
    const before = body.slice(0, at).replace(/\s+$/, '');
    const after = body.slice(at).replace(/^\s+/, '');
    let room = render/* GITHUB_BODY_LIMIT */.nY - 500 - before.length - after.length - head.length;
    const kept = [];
    for (const item of items) {
        if (item.length + 1 > room)
            break;
        kept.push(item);
        room -= item.length + 1;
    }
    const omitted = items.length - kept.length;
    if (omitted > 0)
        kept.push(`- …and ${omitted} more, listed in the job summary and the log.`);
    const section = [head.replace(/\s+$/, ''), ...kept].join('\n');
    return [before, section, after].filter((s) => s !== '').join('\n\n');
}
/** `s` cut to `max` characters at a line end; a code block the cut leaves open is closed. */
function clip(s, max) {
    if (s.length <= max)
        return s;
    const end = s.lastIndexOf('\n', max);
    const cut = s.slice(0, end > 0 ? end : max);
    let open = null;
    for (const line of cut.split('\n')) {
        const m = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
        if (!m)
            continue;
        const [, indent, run, rest] = m;
        if (open === null)
            open = { indent, run };
        else if (run[0] === open.run[0] && run.length >= open.run.length && rest.trim() === '')
            open = null;
    }
    return `${cut}${open ? `\n${open.indent}${open.run}` : ''}\n\n…(truncated)`;
}
/** The review as it would be posted, for the log of a run that does not post it. */
function printable(p) {
    const comments = p.comments.map((c) => `--- ${c.path}:${c.start_line ? `${c.start_line}-` : ''}${c.line} (${c.side})\n${c.body}`);
    return [`=== Review (not posted, commit ${p.commit_id}) ===`, p.body, ...comments].join('\n\n');
}
/** The log's copy of a comment GitHub refused inline, listed in the review body instead. */
function printableMoved(c) {
    return `--- moved into the review body: ${c.path}:${c.line} (${c.side})\n${c.body}`;
}
/** The reply on a thread whose finding looks fixed, when the thread cannot be resolved. */
function addressedReply(headSha) {
    return `This looks addressed in ${headSha.slice(0, 7)}: the lines changed and the finding was not reported again.\n\n${markers/* ADDRESSED_MARKER */.Vi}`;
}

// EXTERNAL MODULE: ./src/findings/verdict.ts
var verdict = __webpack_require__(87167);
// EXTERNAL MODULE: ./src/review/look-line.ts
var look_line = __webpack_require__(6424);
;// CONCATENATED MODULE: ./src/review/second-look.ts



const REFUTED_TITLE = '### Refuted on a second look';
const REFUTED_BODY_CHARS = 300;
const EVIDENCE_CHARS = 600;
/** One refuted finding on one line: heading, place, the start of its text, and why it was refuted. */
function refutedItem(r) {
    const f = r.placed.finding;
    const line = 'line' in r.placed ? r.placed.line : f.line;
    const start = 'line' in r.placed ? r.placed.startLine : f.startLine;
    const where = start && start !== line ? `lines ${start}–${line}` : `line ${line}`;
    const text = (0,sanitize/* sanitizeInline */.nW)(f.body, REFUTED_BODY_CHARS);
    const why = (0,sanitize/* sanitizeInline */.nW)(r.evidence, EVIDENCE_CHARS) || 'no reason given';
    return `- ${(0,render/* findingHeading */.Ir)(f)} — ${(0,sanitize/* codeSpan */.SS)(r.placed.path)} ${where} (${f.side})${text ? `: ${text}` : ''} — **refuted** (${r.confidence} confidence): ${why}`;
}
/**
 * The summary comment's list of refuted findings, collapsed, within `room` characters: this run's
 * first, then those earlier runs listed (kept word for word from `earlier`, the comment as it is on the
 * PR), so a refuted finding stays readable until a later run has no room for it. Empty when none.
 */
function refutedSection(refuted, earlier, room, more) {
    const fresh = refuted.map(refutedItem);
    const seen = new Set(fresh);
    const old = earlierRefuted(earlier).filter((l) => !seen.has(l));
    const items = [...fresh, ...old];
    if (items.length === 0)
        return '';
    const open = (n) => `${REFUTED_TITLE}\n<details>\n<summary>${n} finding${n === 1 ? '' : 's'} the second look refuted: not posted inline. Check them if you disagree.</summary>\n\n`;
    const close = '\n\n</details>';
    const kept = [];
    let size = open(items.length).length + close.length + 200;
    for (const it of items) {
        if (size + it.length + 1 > room)
            break;
        kept.push(it);
        size += it.length + 1;
    }
    if (kept.length === 0)
        return '';
    if (kept.length < items.length)
        kept.push(`- …and ${items.length - kept.length} more, ${more}.`);
    return `${open(items.length)}${kept.join('\n')}${close}`;
}
/** The items of the refuted section of an earlier summary comment of ours (see `refutedSection`). */
function earlierRefuted(earlier) {
    if (!earlier)
        return [];
    const at = earlier.indexOf(`\n\n${REFUTED_TITLE}\n`);
    if (at < 0)
        return [];
    const rest = earlier.slice(at + 2);
    const end = rest.indexOf('\n\n</details>');
    const section = end < 0 ? rest : rest.slice(0, end);
    // Only whole items this module wrote: a "…and N more" line is not carried forward.
    return section.split('\n').filter((l) => l.startsWith('- **') && l.includes(' — **refuted** ('));
}

;// CONCATENATED MODULE: ./src/review/summary-comment.ts





/** Continuation comments at most: past them, findings are counted and left to the job summary. */
const MAX_CONTINUATIONS = 4;
/** One listed finding: its heading, place and the start of its text. */
const UNLISTED_BODY_CHARS = 300;
/** Margin under GitHub's limit for each comment (and for characters GitHub counts differently). */
const MARGIN = 2_000;
/** The summary comment alone (see `summaryComments`). */
function summaryComment(f) {
    return summaryComments(f)[0];
}
/**
 * The one summary comment, kept current, and its continuations when the findings it must list do not
 * fit: each within GitHub's 65,536-character limit by construction. Each comment's marker holds the
 * fingerprints of the findings it lists, so later runs do not list them again.
 */
function summaryComments(f) {
    const out = [`## ${f.deep ? 'vtrix-review — deep review summary' : 'vtrix-review summary'}`];
    if (f.verdict && f.requests > 0)
        out.push((0,render/* verdictMarkdown */.BT)(f.verdict, (t) => (0,sanitize/* sanitizeInline */.nW)(t, 300)));
    // The model's assessment: sanitised (src/review/sanitize.ts) and bounded.
    const assessment = (0,render/* introFrom */.jl)(f.summaries, 2_000, 12_000);
    if (assessment !== '')
        out.push(assessment);
    else if (f.requests === 0)
        out.push('No new code to review in this run.');
    const open = (0,verdict/* countsText */.WN)(f.open);
    out.push(open === '' ? '**Open findings:** none.' : `**Open findings:** ${open}`);
    const range = f.range.from
        ? `commits \`${f.range.from.slice(0, 7)}..${f.range.to.slice(0, 7)}\` (new since the last review)`
        : `the whole pull request at \`${f.range.to.slice(0, 7)}\`${f.fullReason ? ` (${f.fullReason})` : ''}`;
    const run = [
        `- Reviewed ${range}: ${f.reviewedPaths.size} file${f.reviewedPaths.size === 1 ? '' : 's'}, ${f.requests} model request${f.requests === 1 ? '' : 's'}, ${f.promptTokens.toLocaleString('en-US')} prompt + ${f.completionTokens.toLocaleString('en-US')} completion tokens.`,
        `- ${f.newComments} new finding${f.newComments === 1 ? '' : 's'} posted${f.reviewUrl ? ` in [this review](${f.reviewUrl})` : ''}; ${f.repeated} already reported; ${f.addressed} earlier finding${f.addressed === 1 ? '' : 's'} look${f.addressed === 1 ? 's' : ''} addressed.`,
    ];
    if (f.fullPromptTokens !== null && f.fullPromptTokens > f.promptTokens) {
        const saved = f.fullPromptTokens - f.promptTokens;
        run.push(`- Incremental review saved ${saved.toLocaleString('en-US')} prompt tokens (${Math.round((100 * saved) / f.fullPromptTokens)}% of the ${f.fullPromptTokens.toLocaleString('en-US')} a whole-PR review would send).`);
    }
    const unlisted = f.unlisted ?? [];
    if (unlisted.length > 0)
        run.push(`- ${unlisted.length} finding${unlisted.length === 1 ? '' : 's'} (${(0,verdict/* severityCounts */.ur)(unlisted.map((b) => b.finding))}) did not fit in the review body (GitHub limits it to 65,536 characters): they are listed below.`);
    if (f.secondLook)
        run.push(`- ${(0,look_line/* lookLine */.M)(f.secondLook, 'listed below')}`);
    out.push(`### This run\n${run.join('\n')}`);
    const sub = f.runUrl ? `<sub>[Workflow run](${f.runUrl}) · ${f.headSha.slice(0, 7)}</sub>\n\n` : '';
    // The marker's fingerprints are paid for out of the same room as the text (see `packUnlisted`).
    const tailBase = `${sub}${(0,markers/* summaryMarker */.R8)(f.range.to)}`;
    let room = render/* GITHUB_BODY_LIMIT */.nY - MARGIN - out.join('\n\n').length - tailBase.length;
    // The unlisted findings come first among the lists: they are what no other comment holds.
    const pack = keepEarlier(unlisted, f.earlier, room) ??
        packUnlisted(unlisted, f.remembered ?? [], f.headSha, f.range.to, f.runUrl, room);
    if (pack.main.text !== '') {
        out.push(pack.main.text);
        room -= pack.main.text.length + 2;
    }
    room -= pack.main.fps.reduce((n, fp) => n + fp.length + 1, 0);
    // Refuted findings come next: nothing the model found is lost, even what the second look took out.
    const refuted = refutedSection(f.secondLook?.refuted ?? [], f.earlier?.main ?? null, room - 2_000, `listed in the job summary${f.runUrl ? ` of [the workflow run](${f.runUrl})` : ''}`);
    if (refuted !== '') {
        out.push(refuted);
        room -= refuted.length + 2;
    }
    const tail = `${sub}${(0,markers/* summaryMarker */.R8)(f.range.to, pack.main.fps)}`;
    const section = (title, header, rows, more) => {
        if (rows.length === 0)
            return;
        const kept = [];
        let size = title.length + header.length + 2;
        for (const r of rows) {
            if (size + r.length + 1 > room - 200)
                break;
            kept.push(r);
            size += r.length + 1;
        }
        if (kept.length < rows.length)
            kept.push(more(rows.length - kept.length));
        const text = `${title}\n${header}${kept.join('\n')}`;
        out.push(text);
        room -= text.length + 2;
    };
    section('### Changed files', '| file | change | + / − | reviewed in this run |\n|---|---|---|---|\n', f.files.map((x) => `| ${(0,sanitize/* codeSpan */.SS)(x.path, { table: true })}${x.oldPath && x.oldPath !== x.path ? ` (from ${(0,sanitize/* codeSpan */.SS)(x.oldPath, { table: true })})` : ''} | ${x.status} | +${x.additions} / −${x.deletions} | ${f.reviewedPaths.has(x.path) ? 'yes' : ''} |`), (n) => `| …and ${n} more files | | | |`);
    section('### Not reviewed', '', [
        ...f.failed.map((s) => `- ${(0,sanitize/* codeSpan */.SS)(s.path)}: the model request failed: ${(0,sanitize/* sanitizeInline */.nW)(s.reason, 500)}`),
        ...f.skipped.map((s) => `- ${(0,sanitize/* codeSpan */.SS)(s.path)}: ${(0,sanitize/* sanitizeInline */.nW)(s.reason, 500)}`),
    ], (n) => `- …and ${n} more, listed in the job summary.`);
    out.push(tail);
    return [out.join('\n\n'), ...pack.continued];
}
/**
 * Spreads the unlisted findings over the summary comment (its `room`) and up to MAX_CONTINUATIONS
 * continuation comments, most severe first; then the fingerprints of those that did not fit and the
 * remembered ones, as room is left. Each item costs its text plus its fingerprint in the marker, so no
 * comment can outgrow the limit. What does not fit is counted, and said to be in the job summary.
 */
function packUnlisted(unlisted, remembered, headSha, head, runUrl, room) {
    const title = UNLISTED_TITLE;
    const items = unlisted.map((b) => ({ text: unlistedItem(b), fp: b.mark?.fp ?? null }));
    const partHead = (k) => `## vtrix-review summary, continued (${k})`;
    const partBase = partHead(MAX_CONTINUATIONS).length + (0,markers/* continuedMarker */.uF)(MAX_CONTINUATIONS, head, []).length + 200;
    // Room per comment for items and fingerprints, with slack for the count line below.
    const capacity = (k) => (k === 0 ? room - title.length - 2 : render/* GITHUB_BODY_LIMIT */.nY - MARGIN - partBase) - 400;
    const buckets = [];
    const bucket = (k) => {
        while (buckets.length <= k)
            buckets.push({ texts: [], fps: [], left: capacity(buckets.length) });
        return buckets[k];
    };
    // Fingerprints come first: listing a finding helps a reader, remembering it keeps the next run from
    // listing it again. So the text of the items gets what all the fingerprints leave.
    const allFps = [...new Set([...items.flatMap((i) => (i.fp ? [i.fp] : [])), ...remembered])];
    const total = [...Array(MAX_CONTINUATIONS + 1).keys()].reduce((n, k) => n + Math.max(0, capacity(k)), 0);
    let textBudget = total - allFps.reduce((n, fp) => n + fp.length + 1, 0) - 1_000;
    let next = 0;
    for (let k = 0; k <= MAX_CONTINUATIONS && next < items.length && textBudget > 0; k++) {
        const b = bucket(k);
        for (; next < items.length; next++) {
            const it = items[next];
            const cost = it.text.length + 1 + (it.fp ? it.fp.length + 1 : 0);
            if (cost > b.left || it.text.length + 1 > textBudget)
                break;
            textBudget -= it.text.length + 1;
            b.texts.push(it.text);
            if (it.fp)
                b.fps.push(it.fp);
            b.left -= cost;
        }
    }
    if (next < items.length) {
        const n = items.length - next;
        bucket(Math.max(0, buckets.length - 1)).texts.push(`- …and ${n} more (${(0,verdict/* severityCounts */.ur)(unlisted.slice(next).map((b) => b.finding))}), listed in the job summary${runUrl ? ` of [the workflow run](${runUrl})` : ''}.`);
    }
    // Fingerprints alone: of findings that could not be listed, then of those earlier runs listed.
    const listed = new Set(buckets.flatMap((b) => b.fps));
    const bare = [
        ...new Set([...items.slice(next).flatMap((i) => (i.fp ? [i.fp] : [])), ...remembered]),
    ].filter((fp) => !listed.has(fp));
    let k = 0;
    for (const fp of bare) {
        while (k <= MAX_CONTINUATIONS && bucket(k).left < fp.length + 1)
            k++;
        if (k > MAX_CONTINUATIONS)
            break; // past ~20,000 fingerprints: the oldest are not kept
        const b = bucket(k);
        b.fps.push(fp);
        b.left -= fp.length + 1;
    }
    const [main, ...parts] = buckets.length > 0 ? buckets : [{ texts: [], fps: [], left: 0 }];
    return {
        main: { text: main.texts.length > 0 ? `${title}\n${main.texts.join('\n')}` : '', fps: main.fps },
        continued: parts.map((p, i) => [
            partHead(i + 1),
            p.texts.length > 0
                ? `Findings that did not fit in the review body or the summary comment, most severe first.\n\n${p.texts.join('\n')}`
                : 'Kept so that findings earlier runs listed are not listed again.',
            `<sub>${headSha.slice(0, 7)}</sub>`,
            (0,markers/* continuedMarker */.uF)(i + 1, head, p.fps),
        ].join('\n\n')),
    };
}
const UNLISTED_TITLE = '### Findings not in the review body';
/**
 * The earlier listing, unchanged, when this run has nothing of its own to list and it still fits: its
 * section of the summary comment (up to the next heading), its fingerprints, and its continuations.
 */
function keepEarlier(unlisted, earlier, room) {
    if (unlisted.length > 0 || !earlier)
        return null;
    const at = earlier.main.indexOf(`\n\n${UNLISTED_TITLE}\n`);
    if (at < 0 && earlier.parts.length === 0)
        return null;
    let text = '';
    if (at >= 0) {
        const rest = earlier.main.slice(at + 2);
        const end = rest.search(/\n\n(?:### |<sub>|<!-- vtrix-review:)/);
        text = end < 0 ? rest : rest.slice(0, end);
    }
    const fps = (0,markers/* parseSummaryMarker */.cm)(earlier.main)?.body ?? [];
    if (text.length + 2 + fps.reduce((n, fp) => n + fp.length + 1, 0) > room)
        return null;
    return { main: { text, fps }, continued: earlier.parts };
}
/** One unlisted finding on one line: heading, place, and the start of its text. */
function unlistedItem(b) {
    const f = b.finding;
    const where = f.startLine && f.startLine !== f.line ? `lines ${f.startLine}–${f.line}` : `line ${f.line}`;
    const text = (0,sanitize/* sanitizeInline */.nW)(f.body, UNLISTED_BODY_CHARS);
    return `- ${(0,render/* findingHeading */.Ir)(f)} — ${(0,sanitize/* codeSpan */.SS)(b.path)} ${where} (${f.side})${text ? `: ${text}` : ''}`;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
;// CONCATENATED MODULE: ./src/github/review.ts




/** Body of the short-lived pending reviews that test which comments GitHub accepts. */
const PROBE_BODY = `vtrix-review is checking which inline comments GitHub accepts; this pending review is deleted right away.\n\n${markers/* MARKER_PREFIX */.Km}probe -->`;
/** Most pending reviews created to find the comments GitHub refuses (about 2·log2(n) per bad comment). */
const MAX_PROBES = 24;
const statusOf = (e) => e.status;
/** A pending review this action may delete: a bot's (a bot drafts nothing by hand) or one carrying our marker. */
function isOurs(p) {
    return p.bot || p.body.includes(markers/* MARKER_PREFIX */.Km);
}
async function listPendingReviews(gh, pr) {
    const all = await gh.paginate(gh.rest.pulls.listReviews, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: 100,
    });
    return all
        .filter((r) => r.state === 'PENDING')
        .map((r) => ({
        id: r.id,
        login: r.user?.login ?? '',
        bot: (0,authorship/* isBotAccount */.RS)(r.user),
        body: r.body ?? '',
    }));
}
/**
 * Deletes pending reviews left by a crashed earlier run: GitHub allows one pending review per user and
 * pull request and refuses every new review (422) while it exists. A person's draft (a personal token)
 * is never touched. Returns the pending reviews that remain.
 */
async function clearPendingReviews(gh, pr, log, known) {
    const pending = known ?? (await listPendingReviews(gh, pr));
    const left = [];
    for (const p of pending) {
        if (!isOurs(p)) {
            log.warning(`${p.login} has a pending (draft) review on #${pr.number}, and GitHub allows one per user: the review cannot be posted with this token until that draft is submitted or discarded. Use the job's own token (leave \`github-token\` unset) or a token of another account.`);
            left.push(p);
            continue;
        }
        try {
            await gh.rest.pulls.deletePendingReview({
                owner: pr.owner,
                repo: pr.repo,
                pull_number: pr.number,
                review_id: p.id,
            });
            log.info(`Deleted pending review ${p.id} left on #${pr.number} by an earlier, interrupted run.`);
        }
        catch (e) {
            if (statusOf(e) === 404)
                continue; // already gone
            log.warning(`Could not delete pending review ${p.id} on #${pr.number}: ${e.message}`);
            left.push(p);
        }
    }
    return left;
}
const isPendingConflict = (e) => statusOf(e) === 422 && /one pending review/i.test((0,github_client/* githubErrorText */.fw)(e));
const isCommitRefused = (e) => statusOf(e) === 422 && /no commit found|commit_id|commit sha/i.test((0,github_client/* githubErrorText */.fw)(e));
/**
 * Posts `payload` as ONE review, whatever GitHub throws at it:
 * - a 5xx or lost answer: looks for the review before posting again (never twice);
 * - a leftover pending review of ours (422 "one pending review"): deletes it and posts;
 * - a 422 on the comments although they were validated against the diff (GitHub does not say which):
 *   finds the refused ones with pending reviews that are deleted at once (halving the suspects each
 *   time), moves them into the body with their path and line, and posts the rest;
 * - the reviewed commit no longer in the PR (force-push): posts every comment in the body instead,
 *   on `currentHead`, so no comment lands on a line of other code.
 * Other errors are thrown for the caller to explain.
 */
async function postReview(gh, pr, payload, log, opts = {}) {
    if (opts.pending && opts.pending.length > 0)
        await clearPendingReviews(gh, pr, log, opts.pending);
    let e;
    try {
        return await post(gh, pr, payload, log, []);
    }
    catch (first) {
        e = first;
    }
    if (isPendingConflict(e)) {
        // A pending review appeared (or the list read with the history was incomplete): clear and retry once.
        const left = await clearPendingReviews(gh, pr, log);
        if (left.length > 0)
            throw e;
        try {
            return await post(gh, pr, payload, log, []);
        }
        catch (second) {
            e = second;
        }
    }
    if (isCommitRefused(e) && payload.comments.length > 0) {
        log.warning(`GitHub no longer accepts comments on the reviewed commit ${payload.commit_id.slice(0, 7)} (${(0,github_client/* githubErrorText */.fw)(e)}): the comments are posted in the review body instead.`);
        return postInBody(gh, pr, payload, log, payload.comments, 'The reviewed commit is no longer part of the pull request (force-push), so these comments could not be placed on its lines', opts.currentHead);
    }
    if (statusOf(e) !== 422 || payload.comments.length === 0)
        throw e;
    const why = (0,github_client/* githubErrorText */.fw)(e);
    log.warning(`GitHub refused the review (422: ${why}) although every comment is on a line of the diff; finding the comments it refuses.`);
    const refused = await findRefused(gh, pr, payload, log);
    if (refused === 'none') {
        // Every comment passes on its own: the refusal is about the review itself.
        throw e;
    }
    const reason = `GitHub refused these comments on their lines (${why})`;
    try {
        return await post(gh, pr, moveIntoBody(payload, refused, reason), log, refused);
    }
    catch (again) {
        if (statusOf(again) !== 422)
            throw again;
        log.warning(`GitHub refused the review again (${(0,github_client/* githubErrorText */.fw)(again)}): posting every comment in the body.`);
        return postInBody(gh, pr, payload, log, payload.comments, reason, undefined);
    }
}
function postInBody(gh, pr, payload, log, comments, reason, currentHead) {
    const moved = moveIntoBody(payload, comments, reason);
    // Without comments the commit only says which version the review is of; the reviewed one may be gone.
    return post(gh, pr, { ...moved, commit_id: currentHead ?? moved.commit_id }, log, comments);
}
async function post(gh, pr, payload, log, moved) {
    const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
    const res = await (0,github_client/* writeOnce */.Fq)(async () => {
        const r = await gh.rest.pulls.createReview({ ...where, ...payload, request: github_client/* NO_RETRY */.PE });
        return { id: r.data.id, url: r.data.html_url };
    }, async () => {
        // Ours: submitted, with exactly this body (the body carries the commit and every fingerprint).
        const all = await gh.paginate(gh.rest.pulls.listReviews, { ...where, per_page: 100 });
        const found = all.find((r) => r.state !== 'PENDING' && r.body === payload.body);
        return found ? { id: found.id, url: found.html_url } : null;
    }, log, `posting the review on #${pr.number}`);
    return { ...res, inline: payload.comments.length, moved };
}
/**
 * The comments GitHub refuses, found with pending reviews (invisible to everyone, deleted at once):
 * adaptive halving, so about 2·log2(n) probes per refused comment, at most MAX_PROBES in all. What could
 * not be cleared in that budget counts as refused: it is moved to the body, never lost or misplaced.
 * 'none' when the whole set passes (the refusal was not about a comment).
 */
async function findRefused(gh, pr, payload, log) {
    let probes = 0;
    let broken = false;
    const refused = new Set();
    const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
    const probe = async (set) => {
        if (broken || probes >= MAX_PROBES)
            return 'unknown';
        probes++;
        let id;
        try {
            const r = await gh.rest.pulls.createReview({
                ...where,
                commit_id: payload.commit_id,
                body: PROBE_BODY,
                comments: set,
                request: github_client/* NO_RETRY */.PE,
            });
            id = r.data.id;
        }
        catch (e) {
            if (statusOf(e) === 422 && !isPendingConflict(e))
                return 'bad';
            // A 5xx may have left a pending review behind: stop probing, clean up below.
            broken = true;
            log.warning(`Could not check comments with a pending review (${(0,github_client/* githubErrorText */.fw)(e)}).`);
            return 'unknown';
        }
        try {
            await gh.rest.pulls.deletePendingReview({ ...where, review_id: id });
        }
        catch (e) {
            broken = true;
            log.warning(`Could not delete the pending review ${id} used to check comments: ${e.message}`);
        }
        return 'ok';
    };
    /** `known`: this set is already known to hold a refused comment. */
    const search = async (set, known) => {
        if (!known) {
            const r = await probe(set);
            if (r === 'ok')
                return;
            if (r === 'unknown') {
                set.forEach((c) => refused.add(c));
                return;
            }
        }
        if (set.length === 1) {
            refused.add(set[0]);
            return;
        }
        const half = Math.ceil(set.length / 2);
        const left = set.slice(0, half);
        const right = set.slice(half);
        const l = await probe(left);
        if (l === 'unknown') {
            set.forEach((c) => refused.add(c));
            return;
        }
        if (l === 'bad') {
            await search(left, true);
            await search(right, false);
        }
        else {
            await search(right, true); // the set fails and its left half passes
        }
    };
    const whole = await probe(payload.comments);
    if (whole === 'ok')
        return 'none';
    if (whole === 'bad')
        await search(payload.comments, true);
    else
        payload.comments.forEach((c) => refused.add(c));
    if (broken)
        await clearPendingReviews(gh, pr, log).catch(() => []);
    log.info(`${refused.size} of ${payload.comments.length} comments are refused inline (${probes} pending reviews used to find them).`);
    return payload.comments.filter((c) => refused.has(c));
}

;// CONCATENATED MODULE: ./src/github/history-write.ts



// What a run writes back to the PR's memory: threads closed, the summary comment and its continuations.
/** Resolves a thread whose finding looks fixed, or, when that is not permitted, says so once. */
async function closeThread(gh, pr, t, log) {
    if (t.nodeId) {
        try {
            await gh.graphql('mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }', { threadId: t.nodeId });
            return 'resolved';
        }
        catch (e) {
            log.info(`Could not resolve thread ${t.nodeId} (${e.message}); replying instead.`);
        }
    }
    if (t.replied)
        return 'none';
    // Not retried blindly (a reply after a lost answer would be a duplicate): a failure is a warning, and
    // the next run replies, since it sees no reply.
    await gh.rest.pulls.createReplyForReviewComment({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        comment_id: t.commentId,
        body: addressedReply(pr.headSha),
        request: github_client/* NO_RETRY */.PE,
    });
    return 'replied';
}
/** Creates the one summary comment, or updates it in place (not at all when unchanged). */
async function upsertSummary(gh, pr, existing, body, log, me) {
    if (existing) {
        if (existing.body !== body) {
            await gh.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
        }
        return existing.id;
    }
    const where = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
    return (0,github_client/* writeOnce */.Fq)(async () => (await gh.rest.issues.createComment({ ...where, body, request: github_client/* NO_RETRY */.PE })).data.id, () => ourCommentWith(gh, pr, body, me), log, `posting the summary comment on #${pr.number}`);
}
/**
 * Brings the summary comment's continuations to `bodies` (part 1 first): each updated in place when it
 * changed, created when missing; continuations no longer needed (and duplicates of a part) are deleted.
 */
async function syncSummaryParts(gh, pr, existing, bodies, log, me) {
    const where = { owner: pr.owner, repo: pr.repo };
    const byPart = new Map();
    const surplus = [];
    for (const p of existing) {
        if (p.part >= 1 && p.part <= bodies.length && !byPart.has(p.part))
            byPart.set(p.part, p);
        else
            surplus.push(p.id);
    }
    for (const [i, body] of bodies.entries()) {
        const old = byPart.get(i + 1);
        if (old) {
            if (old.body !== body)
                await gh.rest.issues.updateComment({ ...where, comment_id: old.id, body });
            continue;
        }
        await (0,github_client/* writeOnce */.Fq)(async () => (await gh.rest.issues.createComment({ ...where, issue_number: pr.number, body, request: github_client/* NO_RETRY */.PE }))
            .data.id, () => ourCommentWith(gh, pr, body, me), log, `posting part ${i + 1} of the summary comment on #${pr.number}`);
    }
    for (const id of surplus)
        await gh.rest.issues.deleteComment({ ...where, comment_id: id });
}
/** Our comment on the PR with exactly `body`, if a write whose answer was lost made it after all. */
async function ourCommentWith(gh, pr, body, me) {
    const all = await gh.paginate(gh.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    });
    const same = all.filter((c) => c.body === body);
    const identity = (0,authorship/* needsIdentity */.Yf)(same.map((c) => c.user)) ? await me() : authorship/* UNKNOWN_IDENTITY */.Q9;
    return same.find((c) => (0,authorship/* authoredByUs */.kk)(c.user, identity))?.id ?? null;
}

;// CONCATENATED MODULE: ./src/action/deliver.ts









const deliver_log = { info: action_log/* core */.I.info, warning: action_log/* core */.I.warning };
/**
 * Posts the review the pipeline rendered, unless there is nothing to post, it is a dry run, or the PR
 * was closed meanwhile; a fork's read-only token keeps it in the log and the job summary instead.
 */
async function deliverReview(gh, pr, s, r, fork, history) {
    const none = { id: null, url: null, dryRun: s.dryRun, inline: 0, moved: [] };
    if (!r.payload) {
        if (r.requests === 0 && r.plan.reviewable.length === 0 && r.skipped.length > 0) {
            action_log/* core */.I.notice(`Nothing to review in #${pr.number}: no changed file passed the filters.`);
        }
        else {
            action_log/* core */.I.info(`Nothing new to post on #${pr.number} (${r.repeated.length} finding(s) already reported).`);
        }
        return none;
    }
    // Every request failed: a review saying so would only be noise on the PR; the run fails instead.
    if (r.summaries.length === 0)
        return none;
    if (s.dryRun) {
        action_log/* core */.I.info(printable(r.payload));
        return { ...none, dryRun: true };
    }
    // The review took a while: the PR may have been closed, or moved on, meanwhile.
    let payload = r.payload;
    const now = await (0,pulls/* currentPull */.vT)(gh, pr, deliver_log);
    if (now && now.state !== 'open') {
        const what = now.merged ? 'merged' : 'closed';
        const notPosted = `pull request #${pr.number} was ${what} while it was being reviewed`;
        action_log/* core */.I.notice(`Pull request #${pr.number} was ${what} while it was being reviewed, so the review was not posted; its findings are in the log and the job summary.`);
        action_log/* core */.I.info(printable(payload));
        return { ...none, dryRun: true, notPosted };
    }
    if (now && now.headSha !== payload.commit_id) {
        // Comments stay on the reviewed commit, whose diff their lines come from: GitHub shows them as
        // outdated where the new commits changed those lines, never on other code.
        action_log/* core */.I.info(`New commits arrived while reviewing: the head is now ${now.headSha.slice(0, 7)}; the review is posted on ${payload.commit_id.slice(0, 7)}, the commit that was reviewed.`);
        payload = withNewCommitsNote(payload, now.headSha);
    }
    try {
        const res = await postReview(gh, pr, payload, deliver_log, {
            pending: history.pending,
            currentHead: now?.headSha ?? null,
        });
        action_log/* core */.I.info(`Posted review ${res.id} with ${res.inline} inline comments${res.moved.length > 0 ? ` (${res.moved.length} more in the body: GitHub refused them inline)` : ''}: ${res.url}`);
        for (const c of res.moved)
            action_log/* core */.I.info(printableMoved(c));
        const links = res.inline > 0 ? await linksTo(gh, pr, res.id) : undefined;
        return {
            id: res.id,
            url: res.url,
            dryRun: false,
            inline: res.inline,
            moved: res.moved,
            ...(links ? { links } : {}),
        };
    }
    catch (e) {
        if (fork && e.status === 403) {
            // Read-only token on a fork PR: keep the review (log and job summary), do not fail the build.
            action_log/* core */.I.notice(trigger/* FORK_NOTICE */.qn.replace('so the PR was not reviewed', 'so the review could not be posted; it is in the log and job summary'));
            action_log/* core */.I.info(printable(payload));
            return { ...none, dryRun: true, notPosted: 'the token of a pull request from a fork is read-only' };
        }
        throw (0,github_client/* explainGitHubError */.Pm)(e, `posting the review on #${pr.number}`);
    }
}
/** The posted comments' links for the job summary; without them (an error) it links to the review. */
async function linksTo(gh, pr, reviewId) {
    try {
        return (0,summary/* commentLinks */.fK)(await (0,pulls/* listReviewComments */.$u)(gh, pr, reviewId));
    }
    catch (e) {
        action_log/* core */.I.info(`Could not list the review's comments for the job summary's links: ${e.message}.`);
        return undefined;
    }
}
/** Closes the threads of findings that look addressed; one that cannot be closed is a warning. */
async function closeThreads(gh, pr, threads) {
    for (const t of threads) {
        await closeThread(gh, pr, t, deliver_log).catch((e) => action_log/* core */.I.warning(`Could not mark the finding on ${t.path} as addressed: ${e.message}.${(0,github_client/* permissionHint */.fm)(e)}`));
    }
}
/**
 * The summary comment and its continuations: logged on a run that posts nothing, else created or
 * updated when this run reviewed something or there is none yet. A failure to post is a warning.
 */
async function deliverSummary(gh, pr, s, me, f) {
    const [summary, ...continued] = summaryComments(summaryFacts(pr, f));
    if (s.dryRun || f.posted.dryRun) {
        action_log/* core */.I.info(`=== Summary comment (not posted) ===\n${[summary, ...continued].join('\n\n---\n\n')}`);
        return;
    }
    if (f.result.requests === 0 && f.history.summaryComment !== null)
        return;
    try {
        await upsertSummary(gh, pr, f.history.summaryComment, summary, deliver_log, me);
        await syncSummaryParts(gh, pr, f.history.summaryParts, continued, deliver_log, me);
    }
    catch (e) {
        action_log/* core */.I.warning(`Could not post the summary comment: ${e.message}.${(0,github_client/* permissionHint */.fm)(e)}`);
    }
}
function summaryFacts(pr, f) {
    const { result: r, history } = f;
    const reviewedPaths = new Set(r.plan.requests.length > 0 ? r.plan.reviewable.map((x) => x.path) : []);
    return {
        deep: f.deep,
        headSha: pr.headSha,
        range: f.memory.range,
        fullReason: f.memory.fullReason,
        verdict: r.verdict,
        summaries: r.summaries,
        files: f.files,
        reviewedPaths,
        open: f.open,
        newComments: r.placement.inline.length + r.placement.body.length,
        repeated: r.repeated.length,
        addressed: f.addressed,
        skipped: r.skipped,
        failed: r.failed,
        requests: r.requests,
        promptTokens: r.promptTokens,
        completionTokens: r.completionTokens,
        fullPromptTokens: f.fullPromptTokens,
        reviewUrl: f.posted.url,
        runUrl: f.runUrl,
        unlisted: r.unlisted,
        remembered: history.summaryFingerprints,
        ...(r.secondLook ? { secondLook: r.secondLook } : {}),
        ...(history.summaryComment
            ? { earlier: { main: history.summaryComment.body, parts: history.summaryParts.map((p) => p.body) } }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(18948);
;// CONCATENATED MODULE: ./src/github/commits.ts
/**
 * The commits that touched `path`, newest first, up to the reviewed head commit (never later ones):
 * `GET /repos/{owner}/{repo}/commits?sha=<head>&path=<path>`. At most `limit` (one page).
 */
async function fileHistory(gh, pr, path, limit = 20) {
    const res = await gh.rest.repos.listCommits({
        owner: pr.owner,
        repo: pr.repo,
        sha: pr.headSha,
        path,
        per_page: Math.max(1, Math.min(100, limit)),
    });
    return res.data.map((c) => ({
        sha: c.sha,
        date: c.commit.author?.date ?? c.commit.committer?.date ?? '',
        author: c.commit.author?.name ?? c.author?.login ?? '',
        message: (c.commit.message ?? '').split('\n')[0] ?? '',
    }));
}

;// CONCATENATED MODULE: ./src/github/tarball.ts

/**
 * The gzip'd tar of the pull request's head commit (`GET /repos/{o}/{r}/tarball/{sha}`): GitHub
 * answers 302 to codeload, which fetch follows. The head SHA, never the merge commit or a branch, so
 * the snapshot is exactly the code the review's comments point at. The body is handed on as a
 * stream, never held whole: an answer that declares more than `maxBytes` is refused before it is
 * read, and one that sends more stops there.
 */
async function openTarball(gh, pr, maxBytes) {
    const short = pr.headSha.slice(0, 7);
    const doing = `downloading the repository's tarball at ${short}`;
    const tooLarge = (size) => new Error(`The repository's tarball at ${short} is ${size}, over the ${maxBytes} bytes the snapshot may download: raise the snapshot's download cap, or turn the repository tools off for this repository.`);
    let res;
    try {
        res = await gh.rest.repos.downloadTarballArchive({
            owner: pr.owner,
            repo: pr.repo,
            ref: pr.headSha,
            // The raw body stream: read below within the cap, not buffered whole by Octokit first.
            request: { parseSuccessResponseBody: false },
        });
    }
    catch (e) {
        throw (0,github_client/* explainGitHubError */.Pm)(e, doing);
    }
    const stream = res.data;
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await stream?.cancel();
        throw tooLarge(`${declared} bytes`);
    }
    if (stream === null || typeof stream.getReader !== 'function')
        throw new Error(`GitHub answered no tarball body while ${doing}: try the run again.`);
    let received = 0;
    async function* body() {
        const reader = stream.getReader();
        try {
            for (;;) {
                let chunk;
                try {
                    chunk = await reader.read();
                }
                catch (e) {
                    throw new Error(`the download of the repository's tarball at ${short} broke off (${e.message}): try the run again`, { cause: e });
                }
                if (chunk.done)
                    return;
                received += chunk.value.byteLength;
                if (received > maxBytes)
                    throw tooLarge(`more than ${maxBytes} bytes (the download was stopped there)`);
                yield chunk.value;
            }
        }
        finally {
            // Stopped early (over the cap, or the archive's reader gave up): the rest is not fetched.
            await reader.cancel().catch(() => { });
        }
    }
    return { body: body(), received: () => received };
}

// EXTERNAL MODULE: ./src/repo/tree.ts
var tree = __webpack_require__(52990);
// EXTERNAL MODULE: ./src/repo/types.ts
var types = __webpack_require__(37985);
;// CONCATENATED MODULE: ./src/repo/base.ts


/**
 * A base view over `fetch`, which is called only with a checked, canonical path, at most once per
 * path (a failed fetch is not remembered, so a later call may try again).
 */
function baseFiles(label, fetch, maxFileBytes) {
    const cache = new Map();
    const answer = (path, e) => {
        switch (e.kind) {
            case 'file': {
                if (e.size > maxFileBytes || e.bytes.length > maxFileBytes)
                    return tooLarge(path, Math.max(e.size, e.bytes.length), maxFileBytes);
                return (0,tree/* textOf */.b6)(path, e.bytes);
            }
            case 'too-large':
                return tooLarge(path, e.size, maxFileBytes);
            case 'missing':
                return { ok: false, path, why: 'missing', detail: `no such file at the ${label}` };
            case 'directory':
                return { ok: false, path, why: 'directory', detail: `${path} is a directory at the ${label}` };
            case 'submodule':
                return {
                    ok: false,
                    path,
                    why: 'directory',
                    detail: `${path} is a submodule at the ${label}: its files are in another repository`,
                };
            case 'symlink':
                return {
                    ok: false,
                    path,
                    why: 'symlink-outside',
                    detail: `at the ${label} it is a link to ${JSON.stringify(e.target.slice(0, 200))}, not to a file in the repository`,
                };
        }
    };
    return {
        label,
        read(raw) {
            const bad = (0,types/* badPath */.$)(raw);
            if (bad !== null)
                return Promise.resolve({ ok: false, path: raw, why: 'bad-path', detail: bad });
            const path = (0,types/* normalPath */.F)(raw);
            if (path === '')
                return Promise.resolve({ ok: false, path: raw, why: 'bad-path', detail: 'the path is empty' });
            let p = cache.get(path);
            if (!p) {
                p = fetch(path).then((e) => answer(path, e));
                cache.set(path, p);
                p.catch(() => cache.delete(path));
            }
            return p;
        },
    };
}
function tooLarge(path, size, max) {
    return {
        ok: false,
        path,
        why: 'too-large',
        detail: `${path} is ${size} bytes at the base commit, over the ${max} bytes a file may have to be read`,
    };
}

// EXTERNAL MODULE: ./src/repo/git.ts
var git = __webpack_require__(38800);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(16141);
;// CONCATENATED MODULE: ./src/repo/tar.ts



/** An archive that cannot be read: too large when unpacked, truncated or corrupt. */
class TarError extends Error {
    name = 'TarError';
}
const BLOCK = 512;
/** A pax or GNU long-name header larger than this is not a name anyone writes: it is refused. */
const MAX_META_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8');
/** A NUL-terminated field, as text. */
function field(buf, start, length) {
    const bytes = buf.subarray(start, start + length);
    const nul = bytes.indexOf(0);
    return decoder.decode(nul === -1 ? bytes : bytes.subarray(0, nul));
}
/** A numeric field: octal text, or GNU's base-256 (top bit set) for sizes of 8 GB and more. */
function numeric(buf, start, length, what) {
    const first = buf[start] ?? 0;
    if (first & 0x80) {
        if (first === 0xff)
            throw new TarError(`the archive holds a negative ${what}`);
        let n = first & 0x7f;
        for (let i = 1; i < length; i++)
            n = n * 256 + (buf[start + i] ?? 0);
        if (!Number.isSafeInteger(n))
            throw new TarError(`the archive holds an oversized ${what}`);
        return n;
    }
    const text = field(buf, start, length).trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        throw new TarError(`the archive holds a malformed ${what} field (${JSON.stringify(text)})`);
    return Number.parseInt(text, 8);
}
function checksumOk(header) {
    const stored = numeric(header, 148, 8, 'header checksum');
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
    return sum === stored;
}
/** pax records: `<length> <key>=<value>\n`, the length counting the whole record. */
function paxRecords(data) {
    const out = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space === -1)
            break;
        const len = Number.parseInt(decoder.decode(data.subarray(at, space)), 10);
        if (!Number.isInteger(len) || len <= space - at || at + len > data.length)
            throw new TarError('the archive holds a malformed pax extended header');
        const record = decoder.decode(data.subarray(space + 1, at + len - 1));
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        at += len;
    }
    return out;
}
function applyPax(into, records) {
    const path = records.get('path');
    if (path !== undefined)
        into.path = path;
    const linkpath = records.get('linkpath');
    if (linkpath !== undefined)
        into.linkpath = linkpath;
    const size = records.get('size');
    if (size !== undefined) {
        if (!/^\d+$/.test(size) || !Number.isSafeInteger(Number(size)))
            throw new TarError(`the archive holds a malformed pax size (${JSON.stringify(size.slice(0, 40))})`);
        into.size = Number(size);
    }
}
const shown = (name) => (name.length > 200 ? `${name.slice(0, 200)}…` : name);
/** The kinds kept, by tar type flag; any other flag (devices, FIFOs, ...) is skipped. */
const KINDS = {
    '0': 'file',
    '\0': 'file',
    '7': 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink',
};
/**
 * The incremental reader of an (uncompressed) tar archive: `push` it the bytes in chunks of any
 * size, and it returns the items each chunk completes; `end` says the input is over. Regular files,
 * directories, symbolic links and hard links are kept; any other kind is skipped, as is any entry
 * whose path (or hard link's target) is absolute, holds `..` or NUL. A truncated or corrupt archive
 * throws a TarError. Memory: one header, and the content of the file being read when it is kept.
 */
class TarReader {
    /** The top directory stripped (null until the first entry, and when `stripTop` is off). */
    top = null;
    /** The pax global header's `comment`. */
    comment = null;
    /** The archive's two zero blocks were seen: what follows them is not read. */
    done = false;
    stripTop;
    keepData;
    global = {};
    local = {};
    gnuName;
    gnuLink;
    /** Bytes of the archive consumed so far (for messages). */
    offset = 0;
    header = Buffer.alloc(BLOCK);
    headerFill = 0;
    headerAt = 0;
    /** The entry whose data is being read, when in data. */
    current = null;
    constructor(options = {}) {
        this.stripTop = options.stripTop ?? true;
        this.keepData = options.keepData ?? (() => true);
    }
    push(chunk) {
        const out = [];
        let at = 0;
        while (at < chunk.length && !this.done) {
            const c = this.current;
            if (c === null) {
                const n = Math.min(BLOCK - this.headerFill, chunk.length - at);
                if (this.headerFill === 0)
                    this.headerAt = this.offset;
                this.header.set(chunk.subarray(at, at + n), this.headerFill);
                this.headerFill += n;
                at += n;
                this.offset += n;
                if (this.headerFill === BLOCK) {
                    this.headerFill = 0;
                    this.startEntry(out);
                }
                continue;
            }
            if (c.remaining > 0) {
                const n = Math.min(c.remaining, chunk.length - at);
                if (c.data !== null)
                    c.data.set(chunk.subarray(at, at + n), c.filled);
                c.filled += n;
                c.remaining -= n;
                at += n;
                this.offset += n;
                if (c.remaining > 0)
                    continue;
            }
            const n = Math.min(c.padding, chunk.length - at);
            c.padding -= n;
            at += n;
            this.offset += n;
            if (c.padding === 0) {
                this.current = null;
                this.finishEntry(c.header, c.type, c.size, c.data, out);
            }
        }
        return out;
    }
    /** The input is over: an archive cut inside a header or an entry's data throws. */
    end() {
        if (this.done)
            return;
        if (this.current !== null) {
            // An entry's padding may be missing at the very end; its data may not.
            if (this.current.remaining === 0) {
                const c = this.current;
                this.current = null;
                this.finishEntry(c.header, c.type, c.size, c.data, []);
                return;
            }
            throw new TarError(`the archive is truncated (an entry's ${this.current.size} bytes run past its end)`);
        }
        // A tar ends with two zero blocks; some writers stop at the data's end. Either way, no half header.
        if (this.headerFill !== 0)
            throw new TarError('the archive is truncated (it ends inside a header)');
    }
    startEntry(out) {
        const header = this.header;
        if (header.every((b) => b === 0)) {
            this.done = true;
            return;
        }
        if (!checksumOk(header))
            throw new TarError(`the archive is corrupt: a header checksum does not match at byte ${this.headerAt}`);
        const type = String.fromCharCode(header[156] ?? 0);
        const meta = type === 'x' || type === 'g' || type === 'L' || type === 'K';
        const headerSize = numeric(header, 124, 12, 'size');
        const size = meta ? headerSize : (this.local.size ?? this.global.size ?? headerSize);
        if (meta && size > MAX_META_BYTES)
            throw new TarError(`the archive holds a ${size}-byte extended header, over the ${MAX_META_BYTES} bytes one may have`);
        const keep = meta || (KINDS[type] === 'file' && this.keepData(size));
        const data = keep ? Buffer.allocUnsafe(size) : null;
        if (size === 0) {
            this.finishEntry(header, type, 0, data, out);
            return;
        }
        this.current = {
            header: Buffer.from(header),
            type,
            size,
            remaining: size,
            padding: (BLOCK - (size % BLOCK)) % BLOCK,
            data,
            filled: 0,
        };
    }
    /** The path with the top directory taken off; null (and a recorded skip) when it is refused. */
    place(raw, name, what, out) {
        const bad = (0,types/* badPath */.$)(raw);
        if (bad !== null) {
            out.push({ skip: { name: shown(name), reason: `${what}: ${bad}` } });
            return null;
        }
        const norm = (0,types/* normalPath */.F)(raw);
        if (!this.stripTop)
            return norm;
        const slash = norm.indexOf('/');
        const first = slash === -1 ? norm : norm.slice(0, slash);
        this.top ??= first;
        if (first !== this.top) {
            out.push({
                skip: {
                    name: shown(name),
                    reason: `${what}: it is outside the archive's top directory ${this.top}/`,
                },
            });
            return null;
        }
        return slash === -1 ? '' : norm.slice(slash + 1);
    }
    finishEntry(header, type, size, data, out) {
        if (type === 'x') {
            applyPax(this.local, paxRecords(data));
            return;
        }
        if (type === 'g') {
            const records = paxRecords(data);
            this.comment = records.get('comment') ?? this.comment;
            applyPax(this.global, records);
            return;
        }
        if (type === 'L' || type === 'K') {
            const nul = data.indexOf(0);
            const text = decoder.decode(nul === -1 ? data : data.subarray(0, nul));
            if (type === 'L')
                this.gnuName = text;
            else
                this.gnuLink = text;
            return;
        }
        // The name: pax path, else GNU long name, else the ustar prefix and name.
        const ustar = field(header, 257, 6) === 'ustar';
        const prefix = ustar ? field(header, 345, 155) : '';
        const headerName = prefix === '' ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`;
        const name = this.local.path ?? this.gnuName ?? this.global.path ?? headerName;
        const linkname = this.local.linkpath ?? this.gnuLink ?? this.global.linkpath ?? field(header, 157, 100);
        this.local = {};
        this.gnuName = undefined;
        this.gnuLink = undefined;
        const kind = KINDS[type];
        if (kind === undefined) {
            out.push({
                skip: {
                    name: shown(name),
                    reason: `an entry of tar type '${type}' (not a file, directory or link) is not kept`,
                },
            });
            return;
        }
        const path = this.place(name, name, 'its path is refused', out);
        if (path === null)
            return;
        if (path === '') {
            if (kind !== 'directory')
                out.push({ skip: { name: shown(name), reason: 'it stands in place of the top directory' } });
            return;
        }
        if (kind === 'file')
            out.push({ entry: { path, kind, size, ...(data ? { data } : {}) } });
        else if (kind === 'directory')
            out.push({ entry: { path, kind, size: 0 } });
        else if (kind === 'symlink') {
            if (linkname === '' || linkname.includes('\0')) {
                out.push({
                    skip: { name: shown(name), reason: 'a symbolic link with an empty or NUL-holding target' },
                });
                return;
            }
            out.push({ entry: { path, kind, size: Buffer.byteLength(linkname), target: linkname } });
        }
        else {
            // A hard link names another entry of the archive, by its archive path.
            const target = this.place(linkname, name, "its hard link's target is refused", out);
            if (target === null)
                return;
            if (target === '') {
                out.push({ skip: { name: shown(name), reason: 'a hard link to the top directory' } });
                return;
            }
            out.push({ entry: { path, kind, size: 0, target } });
        }
    }
}
/** Every entry of an uncompressed tar archive held whole in memory, as `TarReader` reads it. */
function readTar(tar, options = {}) {
    const reader = new TarReader(options);
    const items = reader.push(tar);
    reader.end();
    return listing(reader, items);
}
function listing(reader, items) {
    const entries = [];
    const skipped = [];
    for (const i of items) {
        if ('entry' in i)
            entries.push(i.entry);
        else
            skipped.push(i.skip);
    }
    return { top: reader.top, entries, skipped, comment: reader.comment };
}
/** The bytes of a gzip stream, as they come, refusing more than `maxOutputLength` in all. */
async function* gunzipBounded(source, maxOutputLength) {
    // pipeline destroys every stage on an error anywhere, so the source's own error (a download
    // stopped at its cap) reaches the loop below as it is; stopping the loop stops the source.
    const gunzip = (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(source, { objectMode: false }), (0,external_node_zlib_.createGunzip)({ chunkSize: 64 * 1024 }), 
    // Up to 8 MB unpacked ahead of the reader: gunzip (on libuv's threads) goes on while the
    // snapshot writes files (on the main thread), instead of the two taking turns.
    new external_node_stream_.PassThrough({ highWaterMark: 8 * 1024 * 1024 }), () => { });
    let total = 0;
    try {
        for await (const chunk of gunzip) {
            total += chunk.length;
            if (total > maxOutputLength)
                throw new TarError(`the repository's tarball unpacks to more than ${maxOutputLength} bytes, the cap on the unpacked archive: the repository is too large to snapshot (raise the cap, or turn the repository tools off)`);
            yield chunk;
        }
    }
    catch (e) {
        if (/^Z_/.test(String(e.code ?? '')))
            throw new TarError(`the repository's tarball is not valid gzip data: ${e.message}`, {
                cause: e,
            });
        throw e;
    }
    finally {
        gunzip.destroy();
    }
}
/**
 * The items of a gzip'd tar stream, each as soon as the bytes holding it have arrived; gunzipped
 * within `maxUnpackedBytes`. Reading stops at the archive's end blocks. `reader` holds the archive's
 * top directory and comment once read.
 */
async function* readTarGzStream(source, maxUnpackedBytes, reader = new TarReader()) {
    for await (const chunk of gunzipBounded(source, maxUnpackedBytes)) {
        yield* reader.push(chunk);
        if (reader.done)
            return;
    }
    reader.end();
}
/** A whole gzip'd tar, read as `readTarGzStream` reads it, into one listing. */
async function readTarGz(gz, maxUnpackedBytes, options = {}) {
    const reader = new TarReader(options);
    const items = [];
    for await (const item of readTarGzStream([gz], maxUnpackedBytes, reader))
        items.push(item);
    return listing(reader, items);
}

;// CONCATENATED MODULE: ./src/repo/snapshot.ts





/** A file-system failure while unpacking, said as such (an archive's own errors are TarErrors). */
function unpackError(dir, e) {
    return new Error(`cannot unpack the repository's snapshot under ${dir}: ${e.message}`, {
        cause: e,
    });
}
async function createSnapshot(o) {
    const index = new tree/* TreeIndex */.Np();
    const states = new Map();
    const skipped = [];
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)(o.dir, 'vtrix-snapshot-'));
    const realRoot = await (0,promises_.realpath)(root);
    let bytesWritten = 0;
    let capped = false;
    // Writes are synchronous, one file as its entry arrives: gunzip runs on libuv's thread pool, and
    // thousands of small files written through the same pool (open, write, close: three round trips
    // each) starved it (measured: 1.5 times the wall time, 2.5 times the system time). Nothing else
    // of the run goes on while the snapshot is made; the download waits in its socket meanwhile.
    const made = new Set();
    const write = (path, data) => {
        const d = (0,external_node_path_.dirname)(path);
        if (d !== '.' && !made.has(d)) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, d), { recursive: true, mode: 0o755 });
            made.add(d);
        }
        // `wx`: never through anything already there (a link cannot be, but the flag costs nothing).
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, path), data, { mode: 0o644, flag: 'wx' });
    };
    /** An entry at a path already taken replaces it, as tar extracts: what was written there goes. */
    const forget = (path) => {
        const before = states.get(path);
        if (before === undefined)
            return;
        states.delete(path);
        if (before !== 'written')
            return;
        bytesWritten -= index.get(path)?.size ?? 0;
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, path), { force: true });
    };
    /** Whether a file of this size is written, given what is written already (and counts it if so). */
    const admit = (path, size) => {
        if (size > o.maxFileBytes) {
            states.set(path, 'too-large');
            return false;
        }
        if (capped || bytesWritten + size > o.maxTotalBytes) {
            // Stop at the first file that does not fit: what is written does not depend on sizes after it.
            capped = true;
            states.set(path, 'capped');
            return false;
        }
        bytesWritten += size;
        states.set(path, 'written');
        return true;
    };
    const place = (e) => {
        const parent = index.blockingParent(e.path);
        if (parent !== null) {
            skipped.push({ name: e.path, reason: `${parent}, above it, is a file or a link, not a directory` });
            return;
        }
        if (e.kind === 'directory') {
            if (index.get(e.path) !== undefined) {
                skipped.push({ name: e.path, reason: 'a directory where the archive has a file of the same name' });
                return;
            }
            index.addDirectory(e.path);
            return;
        }
        if (index.isDirectory(e.path)) {
            skipped.push({ name: e.path, reason: 'a file where the archive has a directory of the same name' });
            return;
        }
        if (e.kind === 'symlink') {
            forget(e.path);
            index.add({ path: e.path, kind: 'symlink', size: e.size, target: e.target });
            return;
        }
        if (e.kind === 'file') {
            forget(e.path);
            index.add({ path: e.path, kind: 'file', size: e.size });
            if (admit(e.path, e.size) && e.data !== undefined)
                write(e.path, e.data);
            return;
        }
        // A hard link takes the content of an earlier file of the archive, as tar extracts it.
        const target = e.target;
        // A link to itself leaves the file as it is.
        if (target === e.path && states.has(target))
            return;
        const from = index.get(target);
        const state = states.get(target);
        if (from?.kind !== 'file' || state === undefined) {
            skipped.push({
                name: e.path,
                reason: `a hard link to ${target}, which is not a file earlier in the archive`,
            });
            return;
        }
        forget(e.path);
        index.add({ path: e.path, kind: 'file', size: from.size });
        if (state === 'too-large')
            states.set(e.path, 'too-large');
        else if (state === 'capped') {
            capped = true;
            states.set(e.path, 'capped');
        }
        else if (admit(e.path, from.size)) {
            write(e.path, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, target)));
        }
    };
    try {
        const keepData = (size) => size <= o.maxFileBytes && !capped;
        const source = o.tarball instanceof Uint8Array ? [o.tarball] : o.tarball;
        const items = readTarGzStream(source, o.maxUnpackedBytes ?? 2 * o.maxTotalBytes + 16 * 1024 * 1024, new TarReader({ keepData }));
        for await (const item of items) {
            if ('skip' in item)
                skipped.push(item.skip);
            else
                place(item.entry);
        }
    }
    catch (e) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        // The archive's own errors, and the download's, as they are; the file system's, said as such.
        throw typeof e.syscall === 'string' ? unpackError(o.dir, e) : e;
    }
    const report = {
        files: 0,
        symlinks: 0,
        written: 0,
        bytesWritten,
        tooLarge: 0,
        notWritten: 0,
        capped,
        skipped,
    };
    for (const e of index.entries()) {
        if (e.kind === 'symlink') {
            report.symlinks++;
            continue;
        }
        report.files++;
        const st = states.get(e.path);
        if (st === 'written')
            report.written++;
        else if (st === 'too-large')
            report.tooLarge++;
        else
            report.notWritten++;
    }
    let disposed = false;
    const sizeOf = (p) => index.get(p)?.size ?? 0;
    async function read(path) {
        if (disposed)
            throw new Error(`the ${o.label} was disposed: it cannot be read any more`);
        const r = index.resolve(path);
        if (!r.ok)
            return { ok: false, path, why: r.why, detail: r.detail };
        const shown = r.via.length === 0 ? path : `${path} (the symbolic link leads to ${r.path})`;
        if (r.kind === 'directory')
            return { ok: false, path, why: 'directory', detail: `${shown} is a directory: list it instead` };
        const st = states.get(r.path);
        if (st === 'too-large')
            return {
                ok: false,
                path,
                why: 'too-large',
                detail: `${shown} is ${sizeOf(r.path)} bytes, over the ${o.maxFileBytes} bytes a file may have to be read`,
            };
        if (st === 'capped')
            return {
                ok: false,
                path,
                why: 'too-large',
                detail: `${shown} (${sizeOf(r.path)} bytes) was not unpacked: the snapshot hit its cap of ${o.maxTotalBytes} bytes in all`,
            };
        const abs = (0,external_node_path_.join)(root, r.path);
        // Defence in depth: nothing on disk is a link, but should one be there, it is not followed.
        const fh = await (0,promises_.open)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        try {
            const real = await (0,promises_.realpath)(abs);
            if (!real.startsWith(realRoot + external_node_path_.sep))
                return {
                    ok: false,
                    path,
                    why: 'symlink-outside',
                    detail: `${shown} leads out of the snapshot's directory: it is not read`,
                };
            const bytes = await fh.readFile();
            return (0,tree/* textOf */.b6)(path, bytes);
        }
        finally {
            await fh.close();
        }
    }
    return {
        label: o.label,
        root,
        report,
        entries: () => index.entries(),
        read,
        async dispose() {
            disposed = true;
            await (0,promises_.rm)(root, { recursive: true, force: true });
        },
    };
}

// EXTERNAL MODULE: ./src/tools/toolbox.ts + 3 modules
var toolbox = __webpack_require__(17504);
;// CONCATENATED MODULE: ./src/action/tools.ts







/** The head commit's tarball is refused above this (its download stops there). */
const MAX_TARBALL_BYTES = 100 * 1024 * 1024;
/** Unpacked, all files together; and one file (a larger one is listed, never read). */
const MAX_SNAPSHOT_BYTES = 150 * 1024 * 1024;
const MAX_TOOL_FILE_BYTES = 1024 * 1024;
/**
 * The repository at the head commit (never the merge commit): the workspace's git objects when the
 * workflow checked that commit out (no download; never its working tree, which earlier steps may
 * have changed), else one download of the commit's tarball, streamed into a snapshot under
 * RUNNER_TEMP. A workspace that cannot serve falls back to the tarball, with an info line saying why.
 */
async function openRepository(gh, pr, dirs, log) {
    const short = pr.headSha.slice(0, 7);
    if (dirs.workspace !== null) {
        const check = await (0,git.holdsCommit)(dirs.workspace, pr.headSha);
        if (check.ok) {
            try {
                const repo = await (0,git.gitRepository)(dirs.workspace, pr.headSha, {
                    maxFileBytes: MAX_TOOL_FILE_BYTES,
                    label: `workspace checkout of ${short}`,
                });
                const files = repo.entries().filter((e) => e.kind === 'file').length;
                return { repo, files, detail: 'read from its git objects, nothing downloaded' };
            }
            catch (e) {
                log.info(`The workspace holds ${short} but cannot be read (${e.message}): downloading the tarball.`);
            }
        }
        else {
            log.info(`The workspace (${dirs.workspace}) is not used for the repository tools: ${check.why}. Downloading the tarball of ${short} (check out the head commit to skip the download).`);
        }
    }
    const download = await openTarball(gh, pr, MAX_TARBALL_BYTES);
    const snapshot = await createSnapshot({
        tarball: download.body,
        label: `snapshot of ${short}`,
        dir: dirs.temp,
        maxFileBytes: MAX_TOOL_FILE_BYTES,
        maxTotalBytes: MAX_SNAPSHOT_BYTES,
    });
    return {
        repo: snapshot,
        files: snapshot.report.files,
        detail: `${(download.received() / 1024 / 1024).toFixed(1)} MB downloaded`,
    };
}
/**
 * The repository tools for this run: the repository at the head commit (`openRepository`), never
 * executed, and the toolbox over it. Null, with a warning, when it cannot be read: the review goes
 * on without tools.
 */
async function openTools(gh, pr, s, files, dirs, count, log) {
    const started = Date.now();
    try {
        const { repo, files: fileCount, detail } = await openRepository(gh, pr, dirs, log);
        log.info(`Repository tools on: ${repo.label}, ${fileCount} file${fileCount === 1 ? '' : 's'} (${detail}) in ${((Date.now() - started) / 1000).toFixed(1)} s; at most ${s.maxToolCalls} tool calls per request, ${s.maxToolResultTokens} tokens per result.`);
        const box = (0,toolbox.createToolBox)({
            repo,
            files,
            history: (path) => fileHistory(gh, pr, path),
            // The old text, one file at a time through the contents API: never a second tarball.
            base: baseFiles(`base commit ${pr.baseSha.slice(0, 7)}`, (path) => (0,contents/* readRepoEntry */.V)(gh, pr, pr.baseSha, path, MAX_TOOL_FILE_BYTES), MAX_TOOL_FILE_BYTES),
            maxResultTokens: s.maxToolResultTokens,
            count,
        });
        return {
            tools: { box, maxCalls: s.maxToolCalls },
            dispose: () => repo.dispose(),
        };
    }
    catch (e) {
        log.warning(`The repository tools are off for this run: ${e.message}. The review goes on with the diff alone.`);
        return null;
    }
}

;// CONCATENATED MODULE: ./src/action/run.ts


















const run_log = { info: action_log/* core */.I.info, warning: action_log/* core */.I.warning };
/** Larger files are not read for context (they would not fit the per-file cap anyway). */
const MAX_CONTEXT_BYTES = 200_000;
/**
 * The review itself, loaded only when there is one to make (the early exits stay fast):
 * pull request → configuration → memory → pipeline → delivery → outputs.
 */
async function review(inputs, s, d, o = {}) {
    const gh = o.gh ?? (0,github_client/* createGitHubClient */.LX)(s.githubToken, inputs.apiUrl, run_log);
    let repoTools = null;
    try {
        const pr = 'pr' in d.target ? d.target.pr : await (0,pulls/* fetchPullRequest */.dA)(gh, d.target);
        // Links to this repository's issues stay live in what is posted; other repositories' are neutralised.
        (0,sanitize/* registerRepository */.u0)(pr.owner, pr.repo);
        ({ s, d } = o.configured ? { s, d: announce(s, d) } : await withBaseConfig(gh, pr, s, d));
        const me = (0,identity/* whoAmI */.W)(gh, run_log);
        const history = await readHistory(gh, pr, me);
        const diff = await (0,github_diff/* fetchPullRequestDiff */.Yk)(gh, pr, run_log);
        // A command's `review` counts earlier runs as an automatic run does.
        const memory = await recall(gh, pr, s, d.memory === 'incremental' ? 'automatic' : d.trigger, history, diff.files, me);
        // Deep reviews (or `repository-tools: always`) let the model read the repository at the head.
        const count = (0,tokens.createTokenCounter)();
        if ((0,settings/* toolsEnabled */.d2)(s, d.deep))
            repoTools = await openTools(gh, pr, s, diff.files, { temp: inputs.tempDir, workspace: inputs.workspace }, count, run_log);
        const model = (0,client.createModelClient)(s, tokens.countTokens);
        const options = {
            ...s,
            deep: d.deep,
            runUrl: inputs.runUrl,
            readFile: (path) => (0,contents/* readRepoFile */.v)(gh, pr, pr.headSha, path, MAX_CONTEXT_BYTES),
            ...(repoTools ? { tools: repoTools.tools } : {}),
            // Deep reviews (or `second-look: always`) check their critical and major findings once more.
            ...((0,settings/* secondLookEnabled */.D2)(s, d.deep) ? { verify: { ask: model.ask } } : {}),
        };
        // One counter for the run (made above): the full-PR plan below (for the tokens an incremental
        // run saved) finds most of its text already counted.
        const result = await (0,pipeline.reviewPullRequest)(pr, diff.files, diff.notListed, options, model.call, count, run_log, {
            reviewFiles: memory.reviewFiles,
            remembered: d.memory === 'forget'
                ? { open: [], body: [] }
                : { open: history.threads.filter(memory.stillOpen), body: history.bodyFingerprints },
            firstReview: history.lastReview === null,
        });
        const posted = await deliverReview(gh, pr, s, result, inputs.fork, history);
        const addressed = addressedBy(result, history, diff.files);
        if (!s.dryRun && !posted.dryRun)
            await closeThreads(gh, pr, addressed);
        const facts = {
            deep: d.deep,
            result,
            files: diff.files,
            history,
            memory,
            posted,
            addressed: addressed.length,
            open: openFindings(history, memory, addressed, result.placement),
            fullPromptTokens: memory.reviewFiles !== null
                ? (0,plan.planReview)(pr, diff.files, (0,pipeline.plannedWithTools)(options, options.tools?.box.definitions, count), count).requests.reduce((n, q) => n + q.promptTokens, 0)
                : null,
            runUrl: inputs.runUrl,
        };
        await deliverSummary(gh, pr, s, me, facts);
        await (0,outputs/* writeResults */.KB)(inputs, result, posted, facts);
        failOnFailedRequests(result);
        // The gate: dry runs and fork runs too, the findings exist whether or not they were posted.
        const g = (0,gate.gate)(facts.open, s.failOn);
        (0,outputs/* writeGate */.vk)(g, s.failOn !== 'none' && g.blocking > 0
            ? (0,gate.gateMessage)(g, s.failOn, where(inputs, pr, posted), memory.held)
            : null);
        return { pr, result, posted, memory };
    }
    finally {
        await repoTools?.dispose().catch(() => undefined);
        if (d.label && !s.dryRun && 'pr' in d.target)
            await (0,pulls/* removeLabel */.tA)(gh, d.target.pr, d.label, run_log);
    }
}
/**
 * The repository's rules, from the base commit: a pull request cannot change its own review. The
 * effort they set wins over the trigger's, but a label's deep review keeps its own.
 */
async function withBaseConfig(gh, pr, s, d) {
    s = await (0,load.withRepoConfig)(s, 
    // No cap here: the loader names the size of a file over its own limit.
    (path) => (0,contents/* readRepoFile */.v)(gh, pr, pr.baseSha, path, Number.POSITIVE_INFINITY), `the base branch (${pr.baseRef || 'base'} at ${pr.baseSha.slice(0, 7)})`, { keepEffort: d.trigger === 'label', count: tokens.countTokens, log: run_log });
    if (s.reasoningEffort !== d.effort)
        d = { ...d, effort: s.reasoningEffort, deep: s.reasoningEffort === 'xhigh' };
    return { s, d: announce(s, d) };
}
/** The decision, as the outputs and the log give it. */
function announce(s, d) {
    (0,outputs/* writeDecision */.el)(d);
    action_log/* core */.I.info(`${d.deep ? 'Deep review' : 'Review'} (${d.trigger}) at effort ${d.effort}, max ${s.maxTokens} output tokens per request.`);
    return d;
}
/** Failed model requests: the run fails when nothing was reviewed, and warns when some was not. */
function failOnFailedRequests(r) {
    if (r.requests === 0 || r.failed.length === 0)
        return;
    if (r.summaries.length === 0) {
        throw new Error(`Every model request failed, so nothing was reviewed (${r.failed[0].reason}).`);
    }
    action_log/* core */.I.warning(`${r.failed.length} file part(s) were not reviewed because model requests failed; see the review body.`);
}
/** Where the gate's message sends the reader to see the blocking findings. */
function where(inputs, pr, posted) {
    if (posted.url)
        return `the review ${posted.url}`;
    if (posted.dryRun)
        return `the job summary${inputs.runUrl ? ` of ${inputs.runUrl}` : ''} (the review was not posted)`;
    return `the open review threads of ${pr.htmlUrl || `#${pr.number}`}`;
}


/***/ }),

/***/ 65835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gate: () => (/* binding */ gate),
/* harmony export */   gateMessage: () => (/* binding */ gateMessage)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45315);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87167);



/**
 * The findings at or above `failOn` among `open` (open findings by severity: this run's posted ones
 * plus earlier unresolved threads of ours). `none` never blocks.
 */
function gate(open, failOn) {
    if (failOn === 'none')
        return { blocking: 0, counts: '' };
    const over = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .j)(s, failOn) && (open[s] ?? 0) > 0);
    return {
        blocking: over.reduce((n, s) => n + open[s], 0),
        counts: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .countsText */ .WN)(Object.fromEntries(over.map((s) => [s, open[s]]))),
    };
}
const isSeverity = (s) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.includes(s);
/** Why the step failed, where the findings are, and why resolved threads among them still count. */
function gateMessage(g, failOn, where, held = []) {
    const reasons = new Map();
    for (const h of held)
        if (isSeverity(h.thread.sev) && (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .j)(h.thread.sev, failOn))
            reasons.set(h.why, (reasons.get(h.why) ?? 0) + 1);
    const why = [...reasons]
        .map(([text, n]) => `${n} ${n === 1 ? 'is in a thread' : 'are in threads'} ${text}`)
        .join('; ');
    const still = why ? ` Of these, ${why}, which does not clear a finding.` : '';
    return `${g.blocking} open finding${g.blocking === 1 ? '' : 's'} at or above \`fail-on: ${failOn}\` (${g.counts}): see ${where}.${still} Fix them, or have a reviewer with write access resolve their review threads once they are dealt with, and run the review again.`;
}


/***/ })

};
