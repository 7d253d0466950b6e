export const id = 349;
export const ids = [349,348];
export const modules = {

/***/ 71123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ resumeReviews),
/* harmony export */   OJ: () => (/* binding */ pauseReviews),
/* harmony export */   T: () => (/* binding */ pausedReason),
/* harmony export */   pB: () => (/* binding */ ignoreThread),
/* harmony export */   v1: () => (/* binding */ threadOfComment)
/* harmony export */ });
/* unused harmony export pathInstructionSuggestion */
/* harmony import */ var _memory_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66676);
/* harmony import */ var _review_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40746);
/* harmony import */ var _review_summary_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49603);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96584);
/* harmony import */ var _github_history_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92965);





/** Our thread that a review comment belongs to: its first comment's id, or a reply's `in_reply_to_id`. */
function threadOfComment(history, commentId) {
    return history.threads.find((t) => t.commentId === commentId) ?? null;
}
/**
 * `ignore` / `false positive` in one of our threads (`thread` from `history.threads`): resolves the
 * thread and records its finding's fingerprint in the summary comment's marker, so no later run posts
 * it on this PR again (a full review included). With `suggestPathInstructions`, the reply also shows a
 * `path_instructions` entry that would stop the finding across PRs (nothing is written to the
 * repository). A thread that cannot be resolved (no GraphQL permission) is still ignored; the reply says so.
 */
async function ignoreThread(gh, pr, thread, o) {
    let resolved = thread.resolved;
    let unresolved = '';
    if (!resolved && thread.nodeId) {
        try {
            await gh.graphql('mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }', { threadId: thread.nodeId });
            resolved = true;
        }
        catch (e) {
            // GraphQL names its errors in a list; the reply says the first in one line.
            const first = e.errors?.[0]?.message;
            unresolved = (first ?? (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .githubErrorText */ .fw)(e)).replace(/\s+/g, ' ').slice(0, 200);
            o.log.info(`Could not resolve thread ${thread.nodeId} (${unresolved}).`);
        }
    }
    else if (!resolved)
        unresolved = 'its thread could not be read through GraphQL';
    const state = o.history.summaryState ?? _memory_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_STATE */ .S_;
    const changed = !state.ignored.includes(thread.fp);
    if (changed) {
        const ignored = [...state.ignored, thread.fp];
        await saveState(gh, pr, { ...state, ignored }, o);
    }
    o.log.info(`${o.actor} ignored the finding ${thread.fp} on ${thread.path}.`);
    const parts = [
        `Ignored: this finding will not be raised again on this pull request${resolved ? ', and its thread is resolved' : ''}.`,
    ];
    if (!resolved)
        parts.push(`(I could not resolve the thread: ${unresolved}; resolve it by hand.)`);
    const suggestion = o.suggestPathInstructions ? pathInstructionSuggestion(thread) : '';
    return { reply: `${parts.join(' ')}${suggestion}`, changed, resolved };
}
/**
 * `pause`: automatic runs (pushes, a PR opened) on this PR skip with a notice until `resume`; manual
 * and label runs still review. Kept in the summary comment (created when there is none yet).
 */
async function pauseReviews(gh, pr, o) {
    const phrase = o.phrase ?? _review_summary_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PHRASE */ .uX;
    const state = o.history.summaryState ?? _memory_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_STATE */ .S_;
    if (state.paused)
        return {
            reply: `Automatic reviews of this pull request are already paused (by ${state.paused.by}). Comment \`${phrase} resume\` to restart them.`,
            changed: false,
        };
    const at = (o.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
    await saveState(gh, pr, { ...state, paused: { by: o.actor, at } }, o);
    o.log.info(`${o.actor} paused automatic reviews of #${pr.number}.`);
    return {
        reply: `Paused: pushes to this pull request are not reviewed automatically until someone comments \`${phrase} resume\`. \`${phrase} review\` still reviews on demand.`,
        changed: true,
    };
}
/** `resume`: automatic runs review this PR again (the next push; `review` reviews now). */
async function resumeReviews(gh, pr, o) {
    const phrase = o.phrase ?? _review_summary_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PHRASE */ .uX;
    const state = o.history.summaryState ?? _memory_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_STATE */ .S_;
    if (!state.paused)
        return { reply: 'Automatic reviews of this pull request are not paused.', changed: false };
    await saveState(gh, pr, { ...state, paused: null }, o);
    o.log.info(`${o.actor} resumed automatic reviews of #${pr.number} (paused by ${state.paused.by}).`);
    return {
        reply: `Resumed: the next push to this pull request is reviewed automatically. Comment \`${phrase} review\` to review now.`,
        changed: true,
    };
}
/** Why an automatic run on a paused PR reviews nothing (null: not paused, or not an automatic run). */
function pausedReason(history, trigger, phrase = _review_summary_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PHRASE */ .uX) {
    const p = history.summaryState?.paused;
    if (!p || trigger !== 'automatic')
        return null;
    return `automatic reviews of this pull request were paused by ${p.by} at ${p.at}. Comment \`${phrase} resume\` on the pull request to restart them, or \`${phrase} review\` to review once.`;
}
/**
 * The summary comment with `next` in its marker (and its paused line), created when there is none.
 * Bounded: past GitHub's limit the oldest ignored fingerprints go first (their resolved threads still
 * hold them back, as resolved without a change).
 */
async function saveState(gh, pr, next, o) {
    const existing = o.history.summaryComment;
    const phrase = o.phrase ?? _review_summary_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PHRASE */ .uX;
    const render = (st) => existing
        ? (0,_review_summary_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .withPausedLine */ .Jc)((0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .withSummaryState */ .YH)(existing.body, st), st.paused, phrase)
        : (0,_review_summary_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .withPausedLine */ .Jc)(`## vtrix-review summary\n\nNo review has been summarised here yet.\n\n${(0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryMarker */ .R8)(o.history.lastHead, [], st)}`, st.paused, phrase);
    let state = { ...next, ignored: next.ignored.slice(-_memory_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_IGNORED */ .ai) };
    let body = render(state);
    while (body.length > _review_render_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_BODY_LIMIT */ .nY - SLACK && state.ignored.length > 0) {
        state = { ...state, ignored: state.ignored.slice(Math.max(1, Math.ceil(state.ignored.length / 10))) };
        body = render(state);
    }
    await (0,_github_history_write_js__WEBPACK_IMPORTED_MODULE_4__/* .upsertSummary */ .AG)(gh, pr, existing, body, o.log, o.me);
}
/** Kept under GitHub's limit: characters it may count differently. */
const SLACK = 500;
/**
 * The optional reply to a rejected finding: a `path_instructions` entry for the configuration file that
 * would keep the model from raising it on any PR. Text only: the team decides, and commits it.
 */
function pathInstructionSuggestion(t, file = '.github/vtrix-review.yml') {
    // The title is the model's text: one line, no backticks (it sits in a code block), quoted for YAML.
    const title = (t.title ?? '')
        .replace(/[\p{Cc}`]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 120);
    const what = title === '' ? 'the finding this thread was about' : `"${title}"`;
    const yaml = [
        'path_instructions:',
        `  - path: ${JSON.stringify(t.path.replace(/[`\n\r]/g, ''))}`,
        `    instructions: ${JSON.stringify(`Do not report ${what}: the team decided it is not a problem here.`)}`,
    ].join('\n');
    return `\n\nTo stop this across pull requests, the team can add to \`${file}\` on the default branch:\n\n\`\`\`yaml\n${yaml}\n\`\`\``;
}


/***/ }),

/***/ 99615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FJ: () => (/* binding */ addressedBy),
  lb: () => (/* binding */ openFindings),
  Lu: () => (/* binding */ readHistory),
  I9: () => (/* binding */ recall),
  uJ: () => (/* binding */ rejectedOn),
  sv: () => (/* binding */ tallyOf)
});

// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(24286);
// EXTERNAL MODULE: ./src/memory/threads.ts
var memory_threads = __webpack_require__(27722);
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
        if (!t.resolved || (0,memory_threads/* linesChanged */.q)(t, files))
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

// EXTERNAL MODULE: ./src/memory/feedback.ts
var feedback = __webpack_require__(91332);
// EXTERNAL MODULE: ./src/github/diff.ts
var diff = __webpack_require__(44032);
// EXTERNAL MODULE: ./src/memory/markers.ts
var markers = __webpack_require__(66676);
// EXTERNAL MODULE: ./src/memory/fingerprint.ts
var fingerprint = __webpack_require__(90207);
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
        summaryState: (0,markers/* parseSummaryState */.PR)(summary?.body),
    };
}
const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id isResolved isOutdated path line startLine diffSide resolvedBy { login }
          comments(first: 50) {
            nodes {
              databaseId body author { login __typename }
              thumbsUp: reactions(content: THUMBS_UP) { totalCount }
              thumbsDown: reactions(content: THUMBS_DOWN) { totalCount }
            }
          }
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
                title: (0,markers/* commentTitle */.qC)(root.body),
                body: (0,fingerprint/* gist */.gK)((0,markers/* commentText */.br)(root.body)),
                replied: t.comments.nodes.some((c) => (0,markers/* isAddressedReply */.CL)(c.body)),
                reactions: { up: root.thumbsUp?.totalCount ?? 0, down: root.thumbsDown?.totalCount ?? 0 },
                // People's replies: not bots', nor ours (a reply by the first comment's author, when it is us).
                replies: t.comments.nodes
                    .slice(1)
                    .filter((c) => {
                    const by = c.author ? { login: c.author.login, type: c.author.__typename } : null;
                    return by !== null && !(0,authorship/* isBotAccount */.RS)(by) && !(0,authorship/* sameLogin */.Up)(by.login, root.author?.login);
                })
                    .map((c) => c.body),
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
            title: (0,markers/* commentTitle */.qC)(c.body),
            body: (0,fingerprint/* gist */.gK)((0,markers/* commentText */.br)(c.body)),
            replied: replied.has(c.id),
            reactions: { up: c.reactions?.['+1'] ?? 0, down: c.reactions?.['-1'] ?? 0 },
            replies: all
                .filter((r) => r.in_reply_to_id === c.id && !(0,authorship/* isBotAccount */.RS)(r.user) && !(0,authorship/* sameLogin */.Up)(r.user?.login, c.user?.login))
                .map((r) => r.body),
        };
        return [{ thread, author: c.user }];
    });
}

// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(77369);
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
    const files = await (0,diff/* diffSince */.EX)(gh, pr, lastHead).catch((e) => {
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
    return (0,memory_threads/* addressedThreads */.d)(history.threads, r.marks, reviewedPaths, files);
}
/** Open findings by severity after this run: earlier ones still open and not addressed, and the new. */
function openFindings(history, m, addressed, placement) {
    const open = {};
    const addressedIds = new Set(addressed.map((t) => t.commentId));
    const openFps = new Set();
    for (const t of history.threads)
        if (m.stillOpen(t) && !addressedIds.has(t.commentId)) {
            open[t.sev] = (open[t.sev] ?? 0) + 1;
            openFps.add(t.fp);
        }
    for (const x of [...placement.inline, ...placement.body]) {
        // A full review may post again a finding whose thread is still open: one problem, counted once.
        if (x.mark && openFps.has(x.mark.fp))
            continue;
        open[x.finding.severity] = (open[x.finding.severity] ?? 0) + 1;
    }
    return open;
}
/**
 * What the team rejected on this PR (👎, a rejecting reply, resolved without a change, `ignore`): never
 * posted again, whatever the run.
 */
function rejectedOn(history, files) {
    const r = (0,feedback/* rejectedFindings */.P9)(history.threads, files, history.summaryState?.ignored ?? []);
    if (r.fps.size > 0)
        action_log/* core */.I.info(`${r.fps.size} finding(s) the team rejected on this PR will not be posted again.`);
    return r;
}
/** The feedback tally after this run: earlier threads as the team left them, and what this run posted inline. */
function tallyOf(history, files, addressed, postedInline) {
    return (0,feedback/* feedbackTally */.ai)(history.threads, files, history.summaryState?.ignored ?? [], new Set(addressed.map((t) => t.commentId)), postedInline);
}


/***/ }),

/***/ 84348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDiff: () => (/* binding */ parseDiff),
/* harmony export */   parsePatch: () => (/* binding */ parsePatch)
/* harmony export */ });
/**
 * Parses a unified diff (`git diff`, GitHub's `.diff` media type, or plain `diff -u`) into files, hunks
 * and numbered lines. It never throws: unrecognised lines are skipped, so hostile or truncated input
 * yields what could be read.
 *
 * Hunk bodies are read by the counts in their `@@` header, not by the look of each line, so a deleted
 * line that reads `-- x` (shown as `--- x`) or an added `diff --git` line cannot end a file early.
 */
function parseDiff(text) {
    const lines = text.split('\n');
    const files = [];
    let file = null;
    let i = 0;
    const finish = () => {
        if (file)
            files.push(file.build());
        file = null;
    };
    while (i < lines.length) {
        const line = stripCR(lines[i]);
        if (line.startsWith('diff --git ')) {
            finish();
            file = new FileBuilder(true);
            const paths = parseGitHeaderPaths(line.slice('diff --git '.length));
            if (paths) {
                file.oldPath = paths[0];
                file.newPath = paths[1];
            }
            i++;
            continue;
        }
        if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
            // A combined (merge) diff has one column per parent: its lines cannot be placed on one side of a
            // two-sided diff. Keep the file, with the reason, and skip its whole section (its own ---/+++
            // lines included).
            finish();
            const combined = new FileBuilder(true);
            const name = line.slice(line.indexOf(' ', 'diff --c'.length) + 1);
            combined.oldPath = combined.newPath = unquote(name);
            combined.unreadable = 'combined (merge) diff, which cannot be placed on one side of a review';
            files.push(combined.build());
            i++;
            while (i < lines.length && !isSectionStart(stripCR(lines[i])))
                i++;
            continue;
        }
        if (line.startsWith('--- ') && i + 1 < lines.length && stripCR(lines[i + 1]).startsWith('+++ ')) {
            // A git file that already read its ---/+++ or a hunk is followed by a plain-diff file.
            if (!file || file.sawFileLines || file.hunks.length > 0) {
                finish();
                file = new FileBuilder(false);
            }
            const cur = file;
            const oldName = parseFileLinePath(line.slice(4), cur.git);
            const newName = parseFileLinePath(stripCR(lines[i + 1]).slice(4), cur.git);
            if (oldName === null)
                cur.created = true;
            else
                cur.oldPath = oldName;
            if (newName === null)
                cur.deleted = true;
            else
                cur.newPath = newName;
            cur.sawFileLines = true;
            i += 2;
            continue;
        }
        if (line.startsWith('@@') && file) {
            const header = parseHunkHeader(line);
            if (header) {
                i = readHunk(lines, i + 1, header, file);
                continue;
            }
            file.badHunkHeader ??= line.length > 40 ? `${line.slice(0, 40)}…` : line;
        }
        if (isBinaryLine(line) && (!file || !file.git || file.sawFileLines || file.hunks.length > 0)) {
            // Plain `diff -r` reports a binary file with this line alone, not inside a git header.
            finish();
            file = new FileBuilder(false);
        }
        if (file && file.hunks.length === 0)
            readExtendedHeader(line, file);
        if (line.startsWith('GIT binary patch') && file) {
            file.binary = true;
            i++;
            while (i < lines.length && !isFileStart(stripCR(lines[i]), lines[i + 1]))
                i++;
            continue;
        }
        i++;
    }
    finish();
    return files;
}
/**
 * Parses the hunks of one file's patch as GitHub's files list gives it (no file headers), for the
 * fallback when the whole diff is too large to download.
 */
function parsePatch(patch) {
    const lines = patch.split('\n');
    const file = new FileBuilder(true);
    let i = 0;
    while (i < lines.length) {
        const header = parseHunkHeader(stripCR(lines[i]));
        i = header ? readHunk(lines, i + 1, header, file) : i + 1;
    }
    return { hunks: file.hunks, additions: file.additions, deletions: file.deletions };
}
// Counts may be left out (`@@ -1 +1 @@`): they are then 1. At most 15 digits keeps numbers exact; `s`
// lets the section hold U+2028, which `.` would not match.
const HUNK_RE = /^@@ -(\d{1,15})(?:,(\d{1,15}))? \+(\d{1,15})(?:,(\d{1,15}))? @@ ?(.*)$/s;
function parseHunkHeader(line) {
    const m = HUNK_RE.exec(line);
    if (!m)
        return null;
    return {
        oldStart: Number(m[1]),
        oldLines: m[2] === undefined ? 1 : Number(m[2]),
        newStart: Number(m[3]),
        newLines: m[4] === undefined ? 1 : Number(m[4]),
        section: m[5] ?? '',
    };
}
/** Reads one hunk body starting at `start`; returns the index of the first line after it. */
function readHunk(lines, start, h, file) {
    const out = [];
    const hunk = {
        oldStart: h.oldStart,
        oldLines: h.oldLines,
        newStart: h.newStart,
        newLines: h.newLines,
        section: h.section,
        lines: out,
        oldNoNewlineAtEnd: false,
        newNoNewlineAtEnd: false,
    };
    let oldLeft = h.oldLines;
    let newLeft = h.newLines;
    let oldNo = h.oldStart;
    let newNo = h.newStart;
    let i = start;
    let last = null;
    const markNoNewline = () => {
        if (!last)
            return;
        if (last.kind !== 'add')
            hunk.oldNoNewlineAtEnd = true;
        if (last.kind !== 'delete')
            hunk.newNoNewlineAtEnd = true;
    };
    while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
        const raw = lines[i];
        const line = stripCR(raw);
        const marker = line.charCodeAt(0);
        if ((marker === 0x20 /* ' ' */ || (line === '' && i < lines.length - 1)) && oldLeft > 0 && newLeft > 0) {
            // An empty line inside a hunk is a context line whose leading space was stripped by an editor.
            last = { kind: 'context', content: line.slice(1), oldLine: oldNo++, newLine: newNo++ };
            oldLeft--;
            newLeft--;
        }
        else if (marker === 0x2d /* '-' */ && oldLeft > 0) {
            last = { kind: 'delete', content: line.slice(1), oldLine: oldNo++, newLine: null };
            oldLeft--;
            file.deletions++;
        }
        else if (marker === 0x2b /* '+' */ && newLeft > 0) {
            last = { kind: 'add', content: line.slice(1), oldLine: null, newLine: newNo++ };
            newLeft--;
            file.additions++;
        }
        else if (marker === 0x5c /* '\' */) {
            markNoNewline();
            i++;
            continue;
        }
        else {
            break; // malformed or truncated: keep what was read
        }
        out.push(last);
        i++;
    }
    // `\ No newline at end of file` may follow the hunk's last line.
    while (i < lines.length && lines[i].charCodeAt(0) === 0x5c) {
        markNoNewline();
        i++;
    }
    if (oldLeft > 0 || newLeft > 0) {
        // Truncated hunk: make the header agree with the lines we have.
        hunk.oldLines -= oldLeft;
        hunk.newLines -= newLeft;
    }
    file.hunks.push(hunk);
    return i;
}
function readExtendedHeader(line, file) {
    if (line.startsWith('new file mode ')) {
        file.created = true;
        file.newMode = line.slice('new file mode '.length).trim();
    }
    else if (line.startsWith('deleted file mode ')) {
        file.deleted = true;
        file.oldMode = line.slice('deleted file mode '.length).trim();
    }
    else if (line.startsWith('old mode ')) {
        file.oldMode = line.slice('old mode '.length).trim();
    }
    else if (line.startsWith('new mode ')) {
        file.newMode = line.slice('new mode '.length).trim();
    }
    else if (line.startsWith('rename from ')) {
        file.renamed = true;
        file.oldPath = unquote(line.slice('rename from '.length));
    }
    else if (line.startsWith('rename to ')) {
        file.renamed = true;
        file.newPath = unquote(line.slice('rename to '.length));
    }
    else if (line.startsWith('copy from ')) {
        file.copied = true;
        file.oldPath = unquote(line.slice('copy from '.length));
    }
    else if (line.startsWith('copy to ')) {
        file.copied = true;
        file.newPath = unquote(line.slice('copy to '.length));
    }
    else if (line.startsWith('index ')) {
        // `index abc..def 100644`: the mode of an unchanged-mode file (160000 = submodule, 120000 = symlink).
        const mode = /^index \S+ (\d{6})$/.exec(line);
        if (mode && !file.oldMode && !file.newMode)
            file.oldMode = file.newMode = mode[1];
    }
    else if (isBinaryLine(line)) {
        file.binary = true;
        const m = /^Binary files (.+) and (.+) differ$/.exec(line);
        if (m) {
            if (m[1] === '/dev/null')
                file.created = true;
            else if (!file.oldPath)
                file.oldPath = stripPrefix(unquote(m[1]), file.git);
            if (m[2] === '/dev/null')
                file.deleted = true;
            else if (!file.newPath)
                file.newPath = stripPrefix(unquote(m[2]), file.git);
        }
    }
}
class FileBuilder {
    oldPath = null;
    newPath = null;
    created = false;
    deleted = false;
    renamed = false;
    copied = false;
    binary = false;
    sawFileLines = false;
    oldMode = null;
    newMode = null;
    /** Why the file's changes cannot be read, when they cannot. */
    unreadable = null;
    /** The first `@@` line that is not a valid hunk header. */
    badHunkHeader = null;
    hunks = [];
    additions = 0;
    deletions = 0;
    git;
    constructor(git) {
        this.git = git;
    }
    build() {
        if (!this.git && this.oldPath !== null && this.newPath !== null) {
            // `diff -ru old new` names `old/x` and `new/x`: drop the differing top directories (`patch -p1`).
            const o = this.oldPath.indexOf('/');
            const n = this.newPath.indexOf('/');
            if (o > 0 &&
                n > 0 &&
                this.oldPath.slice(o) === this.newPath.slice(n) &&
                this.oldPath !== this.newPath) {
                this.oldPath = this.oldPath.slice(o + 1);
                this.newPath = this.newPath.slice(n + 1);
            }
        }
        let status = 'modified';
        if (this.created)
            status = 'added';
        else if (this.deleted)
            status = 'deleted';
        else if (this.copied)
            status = 'copied';
        else if (this.renamed ||
            (this.oldPath !== null && this.newPath !== null && this.oldPath !== this.newPath))
            status = 'renamed';
        const path = (status === 'deleted' ? (this.oldPath ?? this.newPath) : (this.newPath ?? this.oldPath)) ?? '';
        let unreadable = this.unreadable;
        if (unreadable === null && path === '')
            unreadable = 'the diff header names no file';
        if (unreadable === null && this.badHunkHeader !== null && this.hunks.length === 0)
            unreadable = `its hunk header \`${this.badHunkHeader}\` cannot be read`;
        return {
            path,
            oldPath: status === 'added' ? null : (this.oldPath ?? path),
            status,
            binary: this.binary,
            patchMissing: false,
            oldMode: this.oldMode,
            newMode: this.newMode,
            hunks: this.hunks,
            additions: this.additions,
            deletions: this.deletions,
            ...(unreadable !== null ? { unreadable } : {}),
        };
    }
}
function stripCR(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
function isBinaryLine(line) {
    return line.startsWith('Binary files ') && line.endsWith(' differ');
}
/** The start of a new file section in a git diff (not `---`, which a combined diff's section has too). */
function isSectionStart(line) {
    return (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined '));
}
function isFileStart(line, next) {
    return (line.startsWith('diff --git ') ||
        line.startsWith('diff --cc ') ||
        (line.startsWith('--- ') && next !== undefined && next.startsWith('+++ ')));
}
/** `a/x` → `x` in git diffs; `/dev/null` → null; plain diffs keep their names (minus a timestamp). */
function parseFileLinePath(spec, git) {
    let name;
    if (spec.startsWith('"')) {
        name = readQuoted(spec, 0)?.value ?? spec;
    }
    else {
        const tab = spec.indexOf('\t');
        name = tab >= 0 ? spec.slice(0, tab) : spec;
        // git appends a tab only to names with spaces; plain diff's date after the tab is dropped above.
        if (!git)
            name = name.replace(/\s+$/, '');
    }
    if (name === '/dev/null')
        return null;
    return stripPrefix(name, git);
}
function stripPrefix(name, git) {
    if (git && /^[abciwo]\//.test(name))
        return name.slice(2);
    return name;
}
/** Paths of `diff --git a/x b/y`, which may be quoted, or unquoted with spaces. */
function parseGitHeaderPaths(rest) {
    if (rest.startsWith('"')) {
        const first = readQuoted(rest, 0);
        if (!first)
            return null;
        const after = rest.slice(first.end).replace(/^ /, '');
        const second = after.startsWith('"') ? readQuoted(after, 0)?.value : after;
        if (second === undefined)
            return null;
        return [stripPrefix(first.value, true), stripPrefix(second, true)];
    }
    const q = rest.indexOf(' "');
    if (q >= 0) {
        const second = readQuoted(rest, q + 1);
        if (second)
            return [stripPrefix(rest.slice(0, q), true), stripPrefix(second.value, true)];
    }
    // Unquoted: when both names are equal the split is in the middle, whatever spaces they hold.
    if (rest.length % 2 === 1) {
        const mid = (rest.length - 1) / 2;
        const a = rest.slice(0, mid);
        const b = rest.slice(mid + 1);
        if (rest[mid] === ' ' && a.slice(2) === b.slice(2))
            return [stripPrefix(a, true), stripPrefix(b, true)];
    }
    const sep = rest.indexOf(' b/');
    if (sep >= 0)
        return [stripPrefix(rest.slice(0, sep), true), stripPrefix(rest.slice(sep + 1), true)];
    return null;
}
function unquote(spec) {
    return spec.startsWith('"') ? (readQuoted(spec, 0)?.value ?? spec) : spec;
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Reads a git C-style quoted name (octal escapes are UTF-8 bytes) starting at `start`. */
function readQuoted(s, start) {
    if (s[start] !== '"')
        return null;
    const bytes = [];
    let i = start + 1;
    while (i < s.length) {
        const c = s[i];
        if (c === '"')
            return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        if (c === '\\' && i + 1 < s.length) {
            const n = s[i + 1];
            if (/[0-7]/.test(n)) {
                const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4))[0];
                bytes.push(parseInt(oct, 8) & 0xff);
                i += 1 + oct.length;
                continue;
            }
            bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
            i += 2;
            continue;
        }
        const ch = String.fromCodePoint(s.codePointAt(i));
        for (const b of Buffer.from(ch, 'utf8'))
            bytes.push(b);
        i += ch.length;
    }
    return null;
}


/***/ }),

/***/ 44032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ diffSince),
/* harmony export */   Yk: () => (/* binding */ fetchPullRequestDiff)
/* harmony export */ });
/* unused harmony exports FILES_LIST_CAP, fromListedFile */
/* harmony import */ var _diff_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84348);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96584);


/** GitHub lists at most this many files of a pull request. */
const FILES_LIST_CAP = 3_000;
/**
 * The PR's diff: the unified diff in one request, or, when GitHub refuses it as too large (406, over
 * 300 files or 20,000 lines), the paginated files list with each file's patch.
 */
async function fetchPullRequestDiff(gh, pr, log) {
    try {
        const res = await gh.rest.pulls.get({
            owner: pr.owner,
            repo: pr.repo,
            pull_number: pr.number,
            mediaType: { format: 'diff' },
        });
        return { files: (0,_diff_parse_js__WEBPACK_IMPORTED_MODULE_0__.parseDiff)(res.data), notListed: [], source: 'diff' };
    }
    catch (e) {
        if (e.status !== 406)
            throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainGitHubError */ .Pm)(e, `fetching the diff of #${pr.number}`);
        log.info('GitHub refused the whole diff as too large; reading the files list instead.');
    }
    return fetchFromFilesList(gh, pr);
}
/**
 * The diff of the commits since `base` (an earlier reviewed head), when the PR only moved forward
 * from it; null after a force-push or rebase, or when the push is too large to list.
 */
async function diffSince(gh, pr, base) {
    let res;
    try {
        res = await gh.rest.repos.compareCommitsWithBasehead({
            owner: pr.owner,
            repo: pr.repo,
            basehead: `${base}...${pr.headSha}`,
            per_page: 100,
        });
    }
    catch (e) {
        const status = e.status;
        if (status === 404 || status === 422)
            return null; // the old head is gone (force-push, gc)
        throw e;
    }
    if (res.data.status !== 'ahead')
        return null;
    // The compare API lists at most 300 files: a larger push is reviewed as a whole PR instead.
    if ((res.data.files?.length ?? 0) >= 300)
        return null;
    return (res.data.files ?? []).map(fromListedFile);
}
async function fetchFromFilesList(gh, pr) {
    const listed = [];
    try {
        for await (const page of gh.paginate.iterator(gh.rest.pulls.listFiles, {
            owner: pr.owner,
            repo: pr.repo,
            pull_number: pr.number,
            per_page: 100,
        })) {
            listed.push(...page.data);
            if (listed.length >= FILES_LIST_CAP)
                break;
        }
    }
    catch (e) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainGitHubError */ .Pm)(e, `listing the files of #${pr.number}`);
    }
    const files = listed.slice(0, FILES_LIST_CAP).map(fromListedFile);
    const notListed = [];
    if (pr.changedFiles !== null && pr.changedFiles > files.length) {
        notListed.push({
            path: `(${pr.changedFiles - files.length} more files)`,
            reason: `GitHub lists at most ${FILES_LIST_CAP} files of a pull request; the rest could not be read`,
        });
    }
    return { files, notListed, source: 'files' };
}
const STATUS = {
    added: 'added',
    removed: 'deleted',
    modified: 'modified',
    changed: 'modified',
    unchanged: 'modified',
    renamed: 'renamed',
    copied: 'copied',
};
/** The one line git shows for a submodule: the commit it points at. */
const SUBPROJECT = /^Subproject commit [0-9a-f]{40,64}(?:-dirty)?$/;
function fromListedFile(f) {
    const status = STATUS[f.status] ?? 'modified';
    const parsed = f.patch
        ? (0,_diff_parse_js__WEBPACK_IMPORTED_MODULE_0__.parsePatch)(f.patch)
        : { hunks: [], additions: f.additions, deletions: f.deletions };
    // No patch: binary when nothing was counted as lines, otherwise a text file too large to show.
    const noPatch = f.patch === undefined || f.patch === null;
    const binary = noPatch && f.additions === 0 && f.deletions === 0 && f.changes === 0 && status !== 'renamed';
    // The files list gives no modes; a submodule's patch is its `Subproject commit` lines alone.
    const submodule = parsed.hunks.length > 0 && parsed.hunks.every((h) => h.lines.every((l) => SUBPROJECT.test(l.content)));
    return {
        path: f.filename,
        oldPath: status === 'added' ? null : (f.previous_filename ?? f.filename),
        status,
        binary,
        patchMissing: noPatch && !binary && f.changes > 0,
        oldMode: submodule && status !== 'added' ? '160000' : null,
        newMode: submodule && status !== 'deleted' ? '160000' : null,
        hunks: parsed.hunks,
        additions: parsed.additions,
        deletions: parsed.deletions,
    };
}


/***/ }),

/***/ 92965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ upsertSummary),
/* harmony export */   GA: () => (/* binding */ syncSummaryParts),
/* harmony export */   gv: () => (/* binding */ rereadSummary),
/* harmony export */   nE: () => (/* binding */ closeThread)
/* harmony export */ });
/* harmony import */ var _memory_authorship_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7010);
/* harmony import */ var _review_amend_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15395);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96584);



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
        body: (0,_review_amend_js__WEBPACK_IMPORTED_MODULE_1__/* .addressedReply */ .ww)(pr.headSha),
        request: _client_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_RETRY */ .PE,
    });
    return 'replied';
}
/**
 * The summary comment as it is now: a command (`ignore`, `pause`) may have changed it while a long run
 * reviewed. The run's own copy when it cannot be read again (the write then decides).
 */
async function rereadSummary(gh, pr, existing, log) {
    try {
        const { data } = await gh.rest.issues.getComment({
            owner: pr.owner,
            repo: pr.repo,
            comment_id: existing.id,
        });
        return { id: existing.id, body: data.body ?? '' };
    }
    catch (e) {
        log.info(`Could not read the summary comment again (${e.message}); writing from this run's copy.`);
        return existing;
    }
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
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)(async () => (await gh.rest.issues.createComment({ ...where, body, request: _client_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_RETRY */ .PE })).data.id, () => ourCommentWith(gh, pr, body, me), log, `posting the summary comment on #${pr.number}`);
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
        await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)(async () => (await gh.rest.issues.createComment({ ...where, issue_number: pr.number, body, request: _client_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_RETRY */ .PE }))
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
    const identity = (0,_memory_authorship_js__WEBPACK_IMPORTED_MODULE_0__/* .needsIdentity */ .Yf)(same.map((c) => c.user)) ? await me() : _memory_authorship_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_IDENTITY */ .Q9;
    return same.find((c) => (0,_memory_authorship_js__WEBPACK_IMPORTED_MODULE_0__/* .authoredByUs */ .kk)(c.user, identity))?.id ?? null;
}


/***/ }),

/***/ 15395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fF: () => (/* binding */ withNewCommitsNote),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   gK: () => (/* binding */ moveIntoBody),
/* harmony export */   tv: () => (/* binding */ printableMoved),
/* harmony export */   ww: () => (/* binding */ addressedReply)
/* harmony export */ });
/* unused harmony export addToBody */
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40746);
/* harmony import */ var _memory_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66676);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27081);



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
    const mark = (0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReviewMarker */ .IY)(body);
    if (mark) {
        const fps = new Set(comments.flatMap((c) => (0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFindingMarker */ .fc)(c.body)?.fp ?? []));
        const updated = (0,_memory_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewMarker */ .vU)({
            head: mark.head,
            inline: mark.inline.filter((f) => !fps.has(f)),
            body: [...mark.body, ...mark.inline.filter((f) => fps.has(f))],
        });
        body = body.replace(/<!-- vtrix-review:review [^>]*-->/, updated);
    }
    const items = comments.map((c) => {
        const lines = (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .linesText */ .zu)(c.start_line, c.line);
        const text = c.body
            .replace(/\n*<!-- vtrix-review:finding [^>]*-->/g, '')
            // A suggestion block only applies in an inline comment: in the body it is plain code.
            .replace(/^(\s*)(`{3,}|~{3,})suggestion\s*$/gm, '$1$2');
        const indented = text
            .split('\n')
            .map((l) => (l ? `  ${l}` : ''))
            .join('\n');
        return clip(`- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(c.path)} ${lines} (${c.side}):\n${indented}`, 6_000);
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
    let room = _render_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_BODY_LIMIT */ .nY - 500 - before.length - after.length - head.length;
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
    return `This looks addressed in ${headSha.slice(0, 7)}: the lines changed and the finding was not reported again.\n\n${_memory_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .ADDRESSED_MARKER */ .Vi}`;
}


/***/ }),

/***/ 49603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uX: () => (/* binding */ DEFAULT_PHRASE),
  JZ: () => (/* binding */ earlierWalkthrough),
  t6: () => (/* binding */ summaryComments),
  Jc: () => (/* binding */ withPausedLine)
});

// UNUSED EXPORTS: MAX_CONTINUATIONS, pausedLine, summaryComment

// EXTERNAL MODULE: ./src/findings/verdict.ts
var verdict = __webpack_require__(87167);
// EXTERNAL MODULE: ./src/memory/feedback.ts
var feedback = __webpack_require__(91332);
// EXTERNAL MODULE: ./src/memory/markers.ts
var markers = __webpack_require__(66676);
// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(40746);
// EXTERNAL MODULE: ./src/review/sanitize.ts
var sanitize = __webpack_require__(27081);
// EXTERNAL MODULE: ./src/place/place.ts
var place = __webpack_require__(91040);
// EXTERNAL MODULE: ./src/review/look-line.ts
var look_line = __webpack_require__(6424);
;// CONCATENATED MODULE: ./src/review/second-look.ts




const REFUTED_TITLE = '### Refuted on a second look';
const REFUTED_BODY_CHARS = 300;
const EVIDENCE_CHARS = 600;
/** One refuted finding on one line: heading, place, the start of its text, and why it was refuted. */
function refutedItem(r) {
    const f = r.placed.finding;
    const at = (0,place/* placedLines */.$M)(r.placed);
    const text = (0,sanitize/* sanitizeInline */.nW)(f.body, REFUTED_BODY_CHARS);
    const why = (0,sanitize/* sanitizeInline */.nW)(r.evidence, EVIDENCE_CHARS) || 'no reason given';
    return `- ${(0,render/* findingHeading */.Ir)(f)} — ${(0,sanitize/* codeSpan */.SS)(r.placed.path)} ${(0,render/* linesText */.zu)(at.startLine, at.line)} (${at.side})${text ? `: ${text}` : ''} — **refuted** (${r.confidence} confidence): ${why}`;
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

// EXTERNAL MODULE: ./src/review/linked-issues-line.ts
var linked_issues_line = __webpack_require__(84511);
// EXTERNAL MODULE: ./src/review/table-rows.ts
var table_rows = __webpack_require__(50624);
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
    const state = f.state ?? markers/* NO_STATE */.S_;
    const out = [`## ${f.deep ? 'vtrix-review — deep review summary' : 'vtrix-review summary'}`];
    if (state.paused)
        out.push(pausedLine(state.paused, f.phrase));
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
    if (f.tally && f.tally.posted > 0)
        run.push(`- Feedback on inline findings: ${(0,feedback/* tallyText */.Wl)(f.tally)}.`);
    const linked = f.linkedIssues ? (0,linked_issues_line/* linkedIssuesLine */.O)(f.linkedIssues.issues, f.linkedIssues) : null;
    if (linked)
        run.push(`- ${linked}`);
    out.push(`### This run\n${run.join('\n')}`);
    const sub = f.runUrl ? `<sub>[Workflow run](${f.runUrl}) · ${f.headSha.slice(0, 7)}</sub>\n\n` : '';
    // The marker's fingerprints are paid for out of the same room as the text (see `packUnlisted`).
    const tailBase = `${sub}${(0,markers/* summaryMarker */.R8)(f.range.to, [], state)}`;
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
    const tail = `${sub}${(0,markers/* summaryMarker */.R8)(f.range.to, pack.main.fps, state)}`;
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
    const what = walkthroughCell(f);
    section('### Changed files', '| file | change | + / − | reviewed in this run | what it does |\n|---|---|---|---|---|\n', f.files.map((x) => {
        const file = `${(0,sanitize/* codeSpan */.SS)(x.path, { table: true })}${x.oldPath && x.oldPath !== x.path ? ` (from ${(0,sanitize/* codeSpan */.SS)(x.oldPath, { table: true })})` : ''}`;
        return `| ${file} | ${x.status} | +${x.additions} / −${x.deletions} | ${f.reviewedPaths.has(x.path) ? 'yes' : ''} | ${what(x.path, file)} |`;
    }), (n) => `| …and ${n} more files | | | | |`);
    section('### Not reviewed', '', [
        ...f.failed.map((s) => `- ${(0,sanitize/* codeSpan */.SS)(s.path)}: the model request failed: ${(0,sanitize/* sanitizeInline */.nW)(s.reason, 500)}`),
        ...f.skipped.map((s) => `- ${(0,sanitize/* codeSpan */.SS)(s.path)}: ${(0,sanitize/* sanitizeInline */.nW)(s.reason, 500)}`),
    ], (n) => `- …and ${n} more, listed in the job summary.`);
    out.push(tail);
    return [out.join('\n\n'), ...pack.continued];
}
const CHANGED_FILES_COLUMNS = 5;
/**
 * The walkthrough lines a summary comment of ours holds, by file cell as written: only rows of the
 * "Changed files" table's shape (its last cell is "what it does"), and only lines, not reasons.
 */
function earlierWalkthrough(body) {
    const lines = new Map();
    for (const [file, cells] of (0,table_rows/* rowsByFile */.b)(body))
        if (cells.length === CHANGED_FILES_COLUMNS && isWalkthroughLine(cells.at(-1)))
            lines.set(file, cells.at(-1));
    return lines;
}
/** An earlier cell that says what a file's change does (not one of the reasons there is no line). */
function isWalkthroughLine(cell) {
    return (cell !== '' &&
        !/^not (?:reviewed|listed by the model)\b/.test(cell) &&
        cell.length <= 2 * WALKTHROUGH_CELL_CHARS);
}
/** A walkthrough line in the table, at most (a file's parts' lines joined: see src/pipeline/answers.ts). */
const WALKTHROUGH_CELL_CHARS = 500;
/**
 * The "what it does" cell of a file: the model's line, sanitised; or why there is none (filtered out,
 * its request failed, the model did not list it). A file this run did not review (an incremental run:
 * it did not change since) keeps the line an earlier run wrote, from the comment as it is on the PR.
 */
function walkthroughCell(f) {
    const earlier = earlierWalkthrough(f.earlier?.main ?? '');
    const skipped = new Map(f.skipped.map((s) => [s.path, s.reason]));
    // A failed part of a split file is named `path (part k/n)`.
    const failed = new Set(f.failed.map((s) => s.path.replace(/ \(part \d+\/\d+\)$/, '')));
    // `|` ends a table cell; escaped, it shows as itself (the sanitiser keeps no code span holding one).
    const cell = (t) => (0,sanitize/* sanitizeInline */.nW)(t, WALKTHROUGH_CELL_CHARS).replace(/\|/g, '\\|');
    return (path, file) => {
        const line = f.walkthrough?.get(path);
        if (line !== undefined && line.trim() !== '')
            return failed.has(path)
                ? `${cell(line)} (part of it not reviewed: the model request failed)`
                : cell(line);
        const reason = skipped.get(path);
        if (reason !== undefined)
            return `not reviewed: ${cell(reason)}`;
        if (failed.has(path))
            return 'not reviewed: the model request failed';
        if (f.reviewedPaths.has(path))
            return 'not listed by the model';
        return earlier.get(file) ?? 'not reviewed in this run';
    };
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
    const text = (0,sanitize/* sanitizeInline */.nW)(f.body, UNLISTED_BODY_CHARS);
    return `- ${(0,render/* findingHeading */.Ir)(f)} — ${(0,sanitize/* codeSpan */.SS)(b.path)} ${(0,render/* linesText */.zu)(f.startLine, f.line)} (${f.side})${text ? `: ${text}` : ''}`;
}
const PAUSED_START = '> **Automatic reviews are paused**';
/** The summary comment's line saying automatic reviews are paused, by whom, and how to resume them. */
function pausedLine(p, phrase = DEFAULT_PHRASE) {
    // The login as code: a mention would notify them on every rewrite of the comment.
    return `${PAUSED_START} since ${p.at.replace('T', ' ').replace('Z', ' UTC')} (by ${(0,sanitize/* codeSpan */.SS)(p.by)}): pushes are not reviewed. Comment \`${phrase} resume\` to restart them; \`${phrase} review\` reviews once.`;
}
/** The trigger phrase when the configuration names none. */
const DEFAULT_PHRASE = '@vtrix-review';
/** `body` with its paused line (after the heading) set to `paused`: added, replaced or removed. */
function withPausedLine(body, paused, phrase = DEFAULT_PHRASE) {
    const lines = body.split('\n\n');
    const kept = lines.filter((l) => !l.startsWith(PAUSED_START));
    if (paused)
        kept.splice(Math.min(1, kept.length), 0, pausedLine(paused, phrase));
    return kept.join('\n\n');
}


/***/ }),

/***/ 50624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ rowsByFile)
/* harmony export */ });
/* unused harmony export rowCells */
/*
 * Rows of the Markdown tables we wrote earlier (the summary comment's "Changed files", the description
 * section's walkthrough), read back so that an incremental run keeps what earlier runs said of the files
 * it does not review again. Cells are kept as written: they were sanitised when they were written.
 */
/** A table row's cells, split at the pipes that are not escaped (`\|` stays inside its cell). */
function rowCells(line) {
    if (!line.startsWith('| ') || !line.endsWith(' |'))
        return null;
    const cells = [];
    let cell = '';
    for (let i = 1; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && line[i + 1] === '|') {
            cell += '\\|';
            i++;
        }
        else if (c === '|') {
            cells.push(cell.trim());
            cell = '';
        }
        else
            cell += c;
    }
    return cell.trim() === '' ? cells : null;
}
/**
 * Every row of the tables in `text` whose first cell is a code span (a file), by that first cell as
 * written: the row's cells.
 */
function rowsByFile(text) {
    const rows = new Map();
    for (const line of text.split('\n')) {
        const cells = rowCells(line);
        if (cells && cells.length >= 2 && cells[0].startsWith('`') && !rows.has(cells[0]))
            rows.set(cells[0], cells);
    }
    return rows;
}


/***/ })

};
