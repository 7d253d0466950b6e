export const id = 809;
export const ids = [809,835];
export const modules = {

/***/ 42809:
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
// EXTERNAL MODULE: ./src/pipeline.ts + 14 modules
var pipeline = __webpack_require__(60037);
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
// EXTERNAL MODULE: ./src/prompt/linked-issues.ts
var linked_issues = __webpack_require__(42558);
;// CONCATENATED MODULE: ./src/github/issues.ts

/**
 * Each issue the description links, read with its title and body (cut to fit MAX_ISSUE_TOKENS in
 * all). Nothing here fails the run: an issue that cannot be read is a notice and listed in `unread`.
 * Another repository's issue is read only when that repository is public: a token that can read a
 * private one (a personal token) must not let a PR author copy its issues into a review.
 */
async function readLinkedIssues(gh, pr, count, log) {
    const here = { owner: pr.owner, repo: pr.repo, host: (0,linked_issues/* webHost */.Rr)(pr.htmlUrl) };
    const { refs, more } = (0,linked_issues/* linkedIssueRefs */.tI)(pr.body, here);
    const unread = more.map((r) => ({
        name: (0,linked_issues/* issueName */.X0)(r, pr),
        why: `over the limit of ${linked_issues/* MAX_LINKED_ISSUES */.Ad} linked issues`,
    }));
    const read = [];
    for (const ref of refs) {
        const got = await readIssue(gh, ref, pr);
        if ('why' in got)
            unread.push({ name: (0,linked_issues/* issueName */.X0)(ref, pr), why: got.why });
        else
            read.push(got);
    }
    const { kept, dropped } = (0,linked_issues/* fitIssues */.Ix)(read, pr, count, linked_issues/* MAX_ISSUE_TOKENS */.GI);
    for (const d of dropped)
        unread.push({
            name: (0,linked_issues/* issueName */.X0)(d, pr),
            why: `no room left in the ${linked_issues/* MAX_ISSUE_TOKENS */.GI} tokens for linked issues`,
        });
    for (const u of unread)
        log.info(`Linked issue ${u.name} not sent to the model: ${u.why}.`);
    if (kept.length > 0)
        log.info(`Linked issues sent with the review: ${kept.map((i) => (0,linked_issues/* issueName */.X0)(i, pr)).join(', ')}.`);
    return { read: kept, unread };
}
async function readIssue(gh, ref, pr) {
    try {
        if (!(0,linked_issues/* sameRepo */.Zj)(ref, pr)) {
            const repo = await gh.rest.repos.get({ owner: ref.owner, repo: ref.repo });
            if (repo.data.private !== false)
                return { why: 'another repository that is not public' };
        }
        const res = await gh.rest.issues.get({ owner: ref.owner, repo: ref.repo, issue_number: ref.number });
        if (res.data.pull_request)
            return { why: 'a pull request, not an issue' };
        return { ...ref, title: res.data.title, body: res.data.body ?? '' };
    }
    catch (e) {
        const status = e.status;
        if (status === 404 || status === 410)
            return { why: `not found (HTTP ${status}), or the token cannot read it` };
        if (status === 403)
            return { why: 'the token may not read it (HTTP 403)' };
        return { why: `could not be read (${e.message})` };
    }
}

// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(77369);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(74487);
// EXTERNAL MODULE: ./src/action/memory.ts + 2 modules
var action_memory = __webpack_require__(99615);
// EXTERNAL MODULE: ./src/action/feedback.ts
var feedback = __webpack_require__(71123);
// EXTERNAL MODULE: ./src/event/trigger.ts
var trigger = __webpack_require__(99668);
// EXTERNAL MODULE: ./src/review/amend.ts
var amend = __webpack_require__(15395);
// EXTERNAL MODULE: ./src/review/summary-comment.ts + 1 modules
var summary_comment = __webpack_require__(49603);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/memory/markers.ts
var markers = __webpack_require__(66676);
// EXTERNAL MODULE: ./src/memory/authorship.ts
var authorship = __webpack_require__(7010);
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
        return await post(gh, pr, (0,amend/* moveIntoBody */.gK)(payload, refused, reason), log, refused);
    }
    catch (again) {
        if (statusOf(again) !== 422)
            throw again;
        log.warning(`GitHub refused the review again (${(0,github_client/* githubErrorText */.fw)(again)}): posting every comment in the body.`);
        return postInBody(gh, pr, payload, log, payload.comments, reason, undefined);
    }
}
function postInBody(gh, pr, payload, log, comments, reason, currentHead) {
    const moved = (0,amend/* moveIntoBody */.gK)(payload, comments, reason);
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

// EXTERNAL MODULE: ./src/review/describe.ts
var describe = __webpack_require__(25259);
// EXTERNAL MODULE: ./src/github/history-write.ts
var history_write = __webpack_require__(92965);
;// CONCATENATED MODULE: ./src/action/deliver.ts











const log = { info: action_log/* core */.I.info, warning: action_log/* core */.I.warning };
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
        action_log/* core */.I.info((0,amend/* printable */.g$)(r.payload));
        return { ...none, dryRun: true };
    }
    // The review took a while: the PR may have been closed, or moved on, meanwhile.
    let payload = r.payload;
    const now = await (0,pulls/* currentPull */.vT)(gh, pr, log);
    if (now && now.state !== 'open') {
        const what = now.merged ? 'merged' : 'closed';
        const notPosted = `pull request #${pr.number} was ${what} while it was being reviewed`;
        action_log/* core */.I.notice(`Pull request #${pr.number} was ${what} while it was being reviewed, so the review was not posted; its findings are in the log and the job summary.`);
        action_log/* core */.I.info((0,amend/* printable */.g$)(payload));
        return { ...none, dryRun: true, notPosted };
    }
    if (now && now.headSha !== payload.commit_id) {
        // Comments stay on the reviewed commit, whose diff their lines come from: GitHub shows them as
        // outdated where the new commits changed those lines, never on other code.
        action_log/* core */.I.info(`New commits arrived while reviewing: the head is now ${now.headSha.slice(0, 7)}; the review is posted on ${payload.commit_id.slice(0, 7)}, the commit that was reviewed.`);
        payload = (0,amend/* withNewCommitsNote */.fF)(payload, now.headSha);
    }
    try {
        const res = await postReview(gh, pr, payload, log, {
            pending: history.pending,
            currentHead: now?.headSha ?? null,
        });
        action_log/* core */.I.info(`Posted review ${res.id} with ${res.inline} inline comments${res.moved.length > 0 ? ` (${res.moved.length} more in the body: GitHub refused them inline)` : ''}: ${res.url}`);
        for (const c of res.moved)
            action_log/* core */.I.info((0,amend/* printableMoved */.tv)(c));
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
            action_log/* core */.I.info((0,amend/* printable */.g$)(payload));
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
        await (0,history_write/* closeThread */.nE)(gh, pr, t, log).catch((e) => action_log/* core */.I.warning(`Could not mark the finding on ${t.path} as addressed: ${e.message}.${(0,github_client/* permissionHint */.fm)(e)}`));
    }
}
/**
 * The summary comment and its continuations: logged on a run that posts nothing, else created or
 * updated when this run reviewed something or there is none yet. A failure to post is a warning.
 */
async function deliverSummary(gh, pr, s, me, f) {
    if (s.dryRun || f.posted.dryRun) {
        const [summary, ...continued] = (0,summary_comment/* summaryComments */.t6)(summaryFacts(pr, f));
        action_log/* core */.I.info(`=== Summary comment (not posted) ===\n${[summary, ...continued].join('\n\n---\n\n')}`);
        return;
    }
    if (f.result.requests === 0 && f.history.summaryComment !== null)
        return;
    try {
        // The state commands keep in the comment (ignored findings, a pause) is theirs: a run only carries
        // it, so it is taken as it is now, not as it was when the run began.
        const now = f.history.summaryComment && (await (0,history_write/* rereadSummary */.gv)(gh, pr, f.history.summaryComment, log));
        const history = now
            ? { ...f.history, summaryComment: now, summaryState: (0,markers/* parseSummaryState */.PR)(now.body) }
            : f.history;
        const [summary, ...continued] = (0,summary_comment/* summaryComments */.t6)(summaryFacts(pr, { ...f, history }));
        await (0,history_write/* upsertSummary */.AG)(gh, pr, history.summaryComment, summary, log, me);
        await (0,history_write/* syncSummaryParts */.GA)(gh, pr, f.history.summaryParts, continued, log, me);
    }
    catch (e) {
        action_log/* core */.I.warning(`Could not post the summary comment: ${e.message}.${(0,github_client/* permissionHint */.fm)(e)}`);
    }
}
/**
 * The generated section of the PR description (`describe: true`), set to this run's summary and
 * walkthrough: only on runs that reviewed something and post. The author's text is never changed
 * (src/review/describe.ts). A failure to write is a warning.
 */
async function deliverDescription(gh, pr, s, f) {
    if (!s.describe || s.dryRun || f.posted.dryRun || f.result.requests === 0)
        return;
    const r = f.result;
    const facts = {
        ...(0,describe.describeFacts)(r, pr.headSha),
        // An incremental run keeps what the section says of the files it did not review again.
        files: f.files.map((x) => x.path),
        since: f.memory.range.from,
        known: (0,summary_comment/* earlierWalkthrough */.JZ)(f.history.summaryComment?.body ?? ''),
    };
    try {
        let full = false;
        const done = await (0,pulls/* editPullBody */._f)(gh, pr, (body) => {
            const next = (0,describe/* withDescription */.BA)(body, facts);
            full = next === null;
            return next;
        });
        if (full)
            action_log/* core */.I.warning(`The description of #${pr.number} has no room for the generated section (GitHub limits it to 65,536 characters).`);
        else
            action_log/* core */.I.info(done === 'updated'
                ? `Updated the generated section of the description of #${pr.number}.`
                : `The description of #${pr.number} is up to date.`);
    }
    catch (e) {
        action_log/* core */.I.warning(`Could not update the description of #${pr.number}: ${e.message}.${(0,github_client/* permissionHint */.fm)(e)}`);
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
        walkthrough: r.walkthrough,
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
        ...(history.summaryState ? { state: history.summaryState } : {}),
        ...(f.tally ? { tally: f.tally } : {}),
        ...(f.linkedIssues ? { linkedIssues: f.linkedIssues } : {}),
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
async function fileHistory(gh, pr, path, limit) {
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
// EXTERNAL MODULE: ./src/tools/definitions.ts
var definitions = __webpack_require__(41093);
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
            history: (path) => fileHistory(gh, pr, path, definitions.MAX_HISTORY_COMMITS),
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
        let pr = 'pr' in d.target ? d.target.pr : await (0,pulls/* fetchPullRequest */.dA)(gh, d.target);
        // Links to this repository's issues stay live in what is posted; other repositories' are neutralised.
        (0,sanitize/* registerRepository */.u0)(pr.owner, pr.repo);
        ({ s, d } = o.configured ? { s, d: announce(s, d) } : await withBaseConfig(gh, pr, s, d));
        const me = (0,identity/* whoAmI */.W)(gh, run_log);
        const history = await (0,action_memory/* readHistory */.Lu)(gh, pr, me);
        // `pause` stops automatic runs only: a manual run or the label is someone asking for a review now.
        const paused = (0,feedback/* pausedReason */.T)(history, d.trigger, s.triggerPhrase);
        if (paused !== null) {
            await (0,outputs/* writeSkipped */.y8)(inputs, paused, false);
            return null;
        }
        // What the description links goes with every request, as untrusted as the description itself.
        const linkedIssues = await readLinkedIssues(gh, pr, tokens.countTokens, run_log);
        pr = { ...pr, linkedIssues };
        const diff = await (0,github_diff/* fetchPullRequestDiff */.Yk)(gh, pr, run_log);
        // A command's `review` counts earlier runs as an automatic run does.
        const memory = await (0,action_memory/* recall */.I9)(gh, pr, s, d.memory === 'incremental' ? 'automatic' : d.trigger, history, diff.files, me);
        // Deep reviews (or `repository-tools: always`) let the model read the repository at the head.
        const count = (0,tokens.createTokenCounter)();
        if ((0,settings/* toolsEnabled */.d2)(s, d.deep))
            repoTools = await openTools(gh, pr, s, diff.files, { temp: inputs.tempDir, workspace: inputs.workspace }, count, run_log);
        const model = (0,client.createModelClient)(s, tokens.countTokens);
        const diffBase = memory.reviewFiles !== null ? (memory.range.from ?? pr.baseSha) : pr.baseSha;
        const readImageAt = readOnce((ref, path, maxBytes) => (0,contents/* readRepoEntry */.V)(gh, pr, ref, path, maxBytes));
        if (s.diagram && !s.describe)
            action_log/* core */.I.warning('diagram: true has no effect without describe: true (the diagram goes in the generated section of the description): set `describe: true` too, or drop `diagram`.');
        const options = {
            ...s,
            // Only a run that writes the description asks for a diagram: the others send the smaller schema.
            askDiagram: s.describe && s.diagram,
            deep: d.deep,
            runUrl: inputs.runUrl,
            readFile: (path) => (0,contents/* readRepoFile */.v)(gh, pr, pr.headSha, path, MAX_CONTEXT_BYTES),
            // Images are read at the PR's commits, never from the workspace: the old version where the
            // reviewed diff starts (the last reviewed commit, when only what is new since is reviewed).
            readImage: (path, side, maxBytes) => readImageAt(side === 'new' ? pr.headSha : diffBase, path, maxBytes),
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
            rejected: (0,action_memory/* rejectedOn */.uJ)(history, diff.files),
        });
        for (const x of result.rejected)
            action_log/* core */.I.info(`Not posted: the team rejected "${x.finding.title}" on ${x.path} earlier on this PR.`);
        const posted = await deliverReview(gh, pr, s, result, inputs.fork, history);
        const addressed = (0,action_memory/* addressedBy */.FJ)(result, history, diff.files);
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
            tally: (0,action_memory/* tallyOf */.sv)(history, diff.files, addressed, posted.dryRun ? 0 : posted.inline),
            open: (0,action_memory/* openFindings */.lb)(history, memory, addressed, result.placement),
            fullPromptTokens: memory.reviewFiles !== null
                ? (0,plan.planReview)(pr, diff.files, 
                // The whole PR's images, as a full review would read them (those read already are not read again).
                await (0,pipeline.plannedOptions)({
                    ...options,
                    readImage: (path, side, maxBytes) => readImageAt(side === 'new' ? pr.headSha : pr.baseSha, path, maxBytes),
                }, options.tools?.box.definitions, diff.files, count, { info: () => undefined, warning: run_log.warning }), count).requests.reduce((n, q) => n + q.promptTokens, 0)
                : null,
            runUrl: inputs.runUrl,
            linkedIssues: { issues: linkedIssues, owner: pr.owner, repo: pr.repo },
        };
        await deliverSummary(gh, pr, s, me, facts);
        if (s.describe)
            await deliverDescription(gh, pr, s, facts);
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
 * `read` once per commit and path: the whole-PR estimate reads the images the review read already. An
 * answer is reused only when it is the one a read with the new cap would give.
 */
function readOnce(read) {
    const seen = new Map();
    return async (ref, path, maxBytes) => {
        const key = `${ref}\0${path}`;
        const e = seen.get(key);
        if (e && (e.kind === 'file' ? e.bytes.length <= maxBytes : e.kind !== 'too-large' || e.size > maxBytes))
            return e;
        const entry = await read(ref, path, maxBytes);
        seen.set(key, entry);
        return entry;
    };
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


/***/ }),

/***/ 25259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ withDescription),
/* harmony export */   describeFacts: () => (/* binding */ describeFacts),
/* harmony export */   describeSection: () => (/* binding */ describeSection)
/* harmony export */ });
/* unused harmony exports DESCRIBE_START, readSection, MAX_SHOWN_DIAGRAMS, findSection */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40746);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27081);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var _table_rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50624);





/*
 * The generated section of the PR description (`describe: true`): the model's summary and the
 * walkthrough, between hidden markers, after the author's text. Only a section whose end marker holds
 * the hash of what lies between the markers is ours: markers the author wrote (or copied, or edited
 * around) are the author's text, kept as they are.
 */
const DESCRIBE_START = '<!-- vtrix-review:describe -->';
const END_RE = /<!-- vtrix-review:describe-end ([0-9a-f]{16}) -->/g;
/** A walkthrough line in the section, at most (as in the summary comment). */
const CELL_CHARS = 500;
/** Room left in the PR body for GitHub's own counting and a margin. */
const MARGIN = 2_000;
/** The section's facts from a review: the same for the action and the command line. */
function describeFacts(r, headSha) {
    return {
        summaries: r.summaries,
        paths: r.requests > 0 ? r.plan.reviewable.map((f) => f.path) : [],
        walkthrough: r.walkthrough,
        headSha,
        changeTypes: r.changeTypes,
        diagrams: r.diagrams,
    };
}
const LATEST = '**Latest push**';
/** Reads back the section `describeSection` wrote (its text between the markers). */
function readSection(inner) {
    const parts = inner.trim().split('\n\n');
    const summary = [];
    let types = [];
    let diagrams = '';
    // parts[0] and [1]: the heading and the "Written by" line.
    for (let i = 2; i < parts.length; i++) {
        const part = parts[i];
        if (part.startsWith('| file | what it does |'))
            continue;
        if (part.startsWith('```mermaid')) {
            diagrams = parts.slice(i).join('\n\n');
            break;
        }
        const type = /^\*\*Type:\*\* (.+)$/.exec(part);
        if (type)
            types = type[1].split(', ').filter((t) => (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isChangeType */ .b1)(t));
        else if (part.startsWith(LATEST))
            break;
        else
            summary.push(part);
    }
    const rows = new Map();
    for (const [file, cells] of (0,_table_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .rowsByFile */ .b)(inner))
        if (cells.length === 2 && !file.startsWith('…'))
            rows.set(file, `| ${cells.join(' | ')} |`);
    return { summary: summary.join('\n\n'), types, rows, diagrams };
}
/** Diagrams shown at most: the ones of the requests with the most files. */
const MAX_SHOWN_DIAGRAMS = 2;
/**
 * The diagrams as ```mermaid blocks in plan order, and a line for those left out, within `room`
 * characters (the ones of the fewest files go first); '' when none is shown.
 */
function diagramBlock(diagrams, room) {
    const ranked = diagrams
        .map((d, i) => ({ ...d, i }))
        .sort((a, b) => b.files - a.files || a.i - b.i)
        .slice(0, MAX_SHOWN_DIAGRAMS);
    for (let n = ranked.length; n > 0; n--) {
        const shown = ranked.slice(0, n).sort((a, b) => a.i - b.i);
        const left = diagrams.length - n;
        const blocks = shown.map((d) => `\`\`\`mermaid\n${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeCode */ .$C)(d.text)}\n\`\`\``);
        if (left > 0)
            blocks.push(`<sub>${left} more diagram${left === 1 ? '' : 's'} left out.</sub>`);
        const block = blocks.join('\n\n');
        if (block.length <= room)
            return block;
    }
    return '';
}
function hashOf(inner) {
    // GitHub may turn line ends into CRLF when a person edits the description.
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(inner.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 16);
}
/**
 * The section, whole with its markers, at most `max` characters (table rows cut first). With `earlier`
 * (an incremental run), what that section said of the rest of the pull request is kept: its summary
 * (this run's follows as the latest push), its types, its rows of files this run did not review, and
 * its diagrams unless this run drew new ones.
 */
function describeSection(f, max = 20_000, earlier) {
    const head = `### What this pull request changes\n\n<sub>Written by vtrix-review at ${f.headSha.slice(0, 7)}; edits inside this section are replaced on the next review.</sub>`;
    const summaryRoom = Math.min(4_000, Math.max(0, max / 4));
    let summary = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .introFrom */ .jl)(f.summaries, 1_000, summaryRoom);
    if (f.since && summary !== '') {
        // This run saw the commits since `since` alone: its summary is of those, the earlier one of the rest.
        const latest = `${LATEST} (\`${f.since.slice(0, 7)}..${f.headSha.slice(0, 7)}\`):${summary.startsWith('- ') ? '\n' : ' '}${summary}`;
        const overall = earlier && earlier.summary.length <= summaryRoom ? earlier.summary : '';
        summary = overall === '' ? latest : `${overall}\n\n${latest}`;
    }
    else if (f.since && earlier && earlier.summary.length <= summaryRoom)
        summary = earlier.summary;
    // Fixed words from CHANGE_TYPES: nothing of the model's text.
    const types = [...new Set([...(earlier?.types ?? []), ...(f.changeTypes ?? [])])];
    const type = types.length > 0 ? `**Type:** ${types.join(', ')}` : '';
    const reviewed = new Set(f.paths);
    const order = f.files ? [...f.files, ...f.paths.filter((p) => !f.files.includes(p))] : f.paths;
    const rows = order.flatMap((p) => {
        const file = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(p, { table: true });
        if (!reviewed.has(p)) {
            const known = f.since ? f.known?.get(file) : undefined;
            const kept = earlier?.rows.get(file) ?? (known !== undefined ? `| ${file} | ${known} |` : undefined);
            return kept ? [kept] : [];
        }
        const line = f.walkthrough.get(p);
        const what = line ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeInline */ .nW)(line, CELL_CHARS).replace(/\|/g, '\\|') : 'not listed by the model';
        return [`| ${file} | ${what} |`];
    });
    const diagramRoom = max - (head.length + type.length + summary.length + 300);
    let diagrams = diagramBlock(f.diagrams ?? [], diagramRoom);
    if (diagrams === '' && (f.diagrams ?? []).length === 0 && earlier && earlier.diagrams.length <= diagramRoom)
        diagrams = earlier.diagrams;
    const fixed = head.length + type.length + summary.length + diagrams.length + 300;
    const kept = [];
    let size = fixed;
    for (const r of rows) {
        if (size + r.length + 1 > max)
            break;
        kept.push(r);
        size += r.length + 1;
    }
    if (kept.length < rows.length)
        kept.push(`| …and ${rows.length - kept.length} more files | |`);
    const parts = [head];
    if (type !== '')
        parts.push(type);
    if (summary !== '')
        parts.push(summary);
    if (kept.length > 0)
        parts.push(`| file | what it does |\n|---|---|\n${kept.join('\n')}`);
    if (diagrams !== '')
        parts.push(diagrams);
    if (max < fixed)
        parts.splice(1);
    const inner = `\n${parts.join('\n\n')}\n`;
    return `${DESCRIBE_START}${inner}<!-- vtrix-review:describe-end ${hashOf(inner)} -->`;
}
/** Where our section is in `body`: the last one whose hash matches what its markers enclose. */
function findSection(body) {
    const ends = [...body.matchAll(END_RE)];
    for (let k = ends.length - 1; k >= 0; k--) {
        const m = ends[k];
        const start = body.lastIndexOf(DESCRIBE_START, m.index);
        if (start < 0)
            continue;
        const inner = body.slice(start + DESCRIBE_START.length, m.index);
        if (hashOf(inner) === m[1])
            return { start, end: m.index + m[0].length };
    }
    return null;
}
/**
 * `body` with our section set to `facts`: replaced in place when `body` holds one of ours, else added
 * after the author's text. The author's text (forged markers included) is never changed; the body
 * stays within GitHub's limit by cutting the section's table; null when the author's text leaves no room.
 */
function withDescription(body, facts) {
    const at = findSection(body);
    const before = at ? body.slice(0, at.start) : body === '' ? '' : `${body}\n\n`;
    const after = at ? body.slice(at.end) : '';
    const room = _render_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_BODY_LIMIT */ .nY - MARGIN - before.length - after.length;
    if (room < 1_000)
        return null;
    // An incremental run saw only what is new: the rest of the pull request is as the section says.
    const inner = at
        ? body
            .slice(at.start + DESCRIBE_START.length, at.end)
            .replace(END_RE, '')
            .replace(/\r\n?/g, '\n')
        : '';
    const earlier = at && facts.since ? readSection(inner) : undefined;
    return `${before}${describeSection(facts, Math.min(20_000, room), earlier)}${after}`;
}


/***/ })

};
