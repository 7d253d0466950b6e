export const id = 118;
export const ids = [118,348,443,835];
export const modules = {

/***/ 46118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  review: () => (/* binding */ review)
});

// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(24286);
// EXTERNAL MODULE: ./src/settings.ts + 2 modules
var settings = __webpack_require__(16658);
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
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/client.ts



/** Longest wait for a rate limit to reset before giving up: a job should not idle for an hour. */
const MAX_RATE_LIMIT_WAIT_S = 300;
/**
 * Octokit for the API at GITHUB_API_URL (GitHub Enterprise Server, or a test server), retrying 5xx
 * and waiting out primary and secondary rate limits a few times before giving up. Writes that are not
 * safe to repeat pass `request: { retries: 0 }` and go through `writeOnce` instead. (`retries` must
 * never be set globally: plugin-retry would then retry 4xx answers too.)
 */
function createGitHubClient(token, apiUrl, log) {
    const onLimit = (kind) => (after, o, _o, count) => {
        const options = { method: o.method, url: readableUrl(o) };
        if (count >= 2 || after > MAX_RATE_LIMIT_WAIT_S) {
            log.warning(`GitHub ${kind} on ${options.method} ${options.url}: not waiting ${after} s ${count >= 2 ? 'a third time' : `(more than ${MAX_RATE_LIMIT_WAIT_S} s)`}.`);
            return false;
        }
        log.warning(`GitHub ${kind} on ${options.method} ${options.url}; retrying in ${after} s.`);
        return true;
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl.replace(/\/+$/, ''),
        // 406 is GitHub's "diff too large": an answer to act on, not a fault to retry.
        retry: { doNotRetry: [400, 401, 403, 404, 406, 410, 422, 451] },
        throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** `/repos/octo/shop/pulls/17/reviews` rather than a URL template or a full URL with its query. */
function readableUrl(o) {
    return o.url
        .replace(/^https?:\/\/[^/]+/, '')
        .replace(/\?.*$/, '')
        .replace(/\{(\w+)\}/g, (m, name) => typeof o[name] === 'string' || typeof o[name] === 'number' ? String(o[name]) : m);
}
/** Per-request option for writes that must not be repeated blindly (see `writeOnce`). */
const NO_RETRY = { retries: 0 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** A 5xx, or no answer at all: GitHub may or may not have done what was asked. */
function isTransient(e) {
    const status = e.status;
    return status === undefined || status >= 500;
}
/**
 * A write GitHub may have carried out even though its answer was a 5xx or never came (a proxy timing
 * out after the fact): before trying again, `landed` looks for it, so nothing is written twice.
 */
async function writeOnce(write, landed, log, what) {
    for (let attempt = 1;; attempt++) {
        try {
            return await write();
        }
        catch (e) {
            if (!isTransient(e) || attempt >= 3)
                throw e;
            const status = e.status;
            log.warning(`GitHub answered ${status ?? e.message} while ${what}; checking whether it was done before trying again.`);
            await sleep(1000 * attempt ** 2);
            const found = await landed().catch(() => null);
            if (found !== null) {
                log.info(`GitHub had done it after all (${what}): not repeated.`);
                return found;
            }
        }
    }
}
/** GitHub's own words for an error: the message and the `errors` list of a 4xx body. */
function githubErrorText(e) {
    const data = e.response?.data;
    const errors = Array.isArray(data?.errors)
        ? data.errors.map((x) => typeof x === 'string' ? x : String(x?.message ?? JSON.stringify(x)))
        : [];
    return [typeof data?.message === 'string' ? data.message : e?.message, ...errors]
        .filter(Boolean)
        .join('; ');
}
/** The `permissions:` block a job needs for everything the action writes (all of it is pull-request data). */
const PERMISSIONS_BLOCK = '  permissions:\n    contents: read\n    pull-requests: write';
/** Turns GitHub errors users can fix into messages that say how. */
function explainGitHubError(e, doing) {
    const status = e.status;
    const message = e?.message ?? String(e);
    const headers = e.response?.headers;
    if (status === 401) {
        return new Error(`GitHub refused the token (401) while ${doing}. Pass a valid token as \`github-token\` (the default \${{ github.token }} works).`);
    }
    if ((status === 403 || status === 429) &&
        (/rate limit/i.test(message) || headers?.['x-ratelimit-remaining'] === '0')) {
        const reset = Number(headers?.['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : '';
        return new Error(`GitHub's rate limit stopped ${doing} (${status}: ${message})${when}. Re-run the job later; if it happens often, lower \`concurrency\` or run fewer workflows that call the API at once.`);
    }
    if (status === 403 && /personal access token/i.test(message)) {
        return new Error(`GitHub denied ${doing} (403: ${message}). The fine-grained token passed as \`github-token\` needs repository permissions "Contents: Read" and "Pull requests: Read and write" on this repository.`);
    }
    if (status === 403 && /not accessible by integration|permission/i.test(message)) {
        return new Error(`GitHub denied ${doing} (403: ${message}). Give the job these permissions:\n${PERMISSIONS_BLOCK}\nOn pull requests from forks the token is read-only; see the README.`);
    }
    if (status === 422 && /one pending review/i.test(githubErrorText(e))) {
        return new Error(`GitHub refused ${doing} (422: the token's user already has a pending review on this pull request, and GitHub allows one). That draft belongs to a person, so it was left alone: submit or discard it (Files changed → Review changes), or leave \`github-token\` unset so the review is posted as github-actions[bot].`);
    }
    if (status === 404) {
        return new Error(`GitHub answered 404 while ${doing}: the repository or pull request does not exist or the token cannot see it. For a private repository the job needs \`permissions: contents: read, pull-requests: write\`.`);
    }
    return new Error(`GitHub API error while ${doing}${status ? ` (${status})` : ''}: ${message}`);
}
/** A warning's tail for a failed write: the permission to add when GitHub said 403. */
function permissionHint(e) {
    return e.status === 403
        ? ' Give the job `pull-requests: write` (see the README, "Resource not accessible by integration").'
        : '';
}

;// CONCATENATED MODULE: ./src/github/contents.ts

/** GitHub's JSON answer for a file carries its content (base64) up to this size, and its size always. */
const JSON_CONTENT_LIMIT = 1024 * 1024;
/**
 * One file of the repository at `ref` (a commit SHA), as text; null when it does not exist there, or
 * when it is larger than `maxBytes`. A read capped within 1 MB asks for the JSON answer, which gives a
 * larger file's size without its content, so nothing is downloaded only to be dropped; a larger cap
 * asks for the raw media type, which gives the content itself up to GitHub's 100 MB limit. What the
 * text is (binary, too large for its use) is the caller's to judge.
 */
async function readRepoFile(gh, repo, ref, path, maxBytes) {
    const where = { owner: repo.owner, repo: repo.repo, path, ref };
    const doing = `reading ${path} at ${ref.slice(0, 7)}`;
    if (maxBytes <= JSON_CONTENT_LIMIT) {
        const data = await get(() => gh.rest.repos.getContent(where), doing);
        if (data === null)
            return null;
        const file = data;
        // A directory, a submodule or a link leading out of the repository: no text to read.
        if (Array.isArray(data) || file.type !== 'file' || file.encoding !== 'base64')
            return null;
        if ((file.size ?? 0) > maxBytes || typeof file.content !== 'string')
            return null;
        return Buffer.from(file.content, 'base64').toString('utf8');
    }
    const data = await get(() => gh.rest.repos.getContent({ ...where, mediaType: { format: 'raw' } }), doing);
    if (data === null)
        return null;
    // A directory (or a submodule) is answered with its JSON listing, even with the raw media type.
    if (typeof data !== 'string')
        throw new Error(`${path} at ${ref.slice(0, 7)} is a directory, not a file.`);
    return Buffer.byteLength(data) > maxBytes ? null : data;
}
/**
 * What stands at `path` at `ref`, for the tools' reads of the base commit: a file's bytes (the model's
 * reader judges binary and LFS pointers), or a directory, submodule or link, or its size when it is
 * over `maxBytes` (at most 1 MB: the JSON answer, which gives a larger file's size without its
 * content). GitHub itself answers a link to a file in the repository with that file's content; any
 * other link is named with its target, never followed here.
 */
async function readRepoEntry(gh, repo, ref, path, maxBytes) {
    if (maxBytes > JSON_CONTENT_LIMIT)
        throw new Error(`readRepoEntry reads at most ${JSON_CONTENT_LIMIT} bytes per file, not ${maxBytes}`);
    const where = { owner: repo.owner, repo: repo.repo, path, ref };
    const data = await get(() => gh.rest.repos.getContent(where), `reading ${path} at ${ref.slice(0, 7)}`);
    if (data === null)
        return { kind: 'missing' };
    if (Array.isArray(data))
        return { kind: 'directory' };
    const e = data;
    if (e.type === 'dir')
        return { kind: 'directory' };
    if (e.type === 'submodule')
        return { kind: 'submodule' };
    if (e.type === 'symlink')
        return { kind: 'symlink', target: String(e.target ?? '') };
    if (e.type !== 'file')
        throw new Error(`${path} at ${ref.slice(0, 7)} is a ${String(e.type)}, not a file`);
    const size = typeof e.size === 'number' ? e.size : 0;
    if (size > maxBytes)
        return { kind: 'too-large', size };
    if (e.encoding !== 'base64' || typeof e.content !== 'string')
        throw new Error(`GitHub gave no content for ${path} at ${ref.slice(0, 7)} (encoding ${String(e.encoding)})`);
    const bytes = Buffer.from(e.content, 'base64');
    return { kind: 'file', bytes, size: Math.max(size, bytes.length) };
}
/** The answer's data; null for a 404 (nothing at that path and ref). */
async function get(request, doing) {
    try {
        return (await request()).data;
    }
    catch (e) {
        if (e.status === 404)
            return null;
        throw explainGitHubError(e, doing);
    }
}

// EXTERNAL MODULE: ./src/diff/parse.ts
var parse = __webpack_require__(84348);
;// CONCATENATED MODULE: ./src/github/diff.ts


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
        return { files: (0,parse.parseDiff)(res.data), notListed: [], source: 'diff' };
    }
    catch (e) {
        if (e.status !== 406)
            throw explainGitHubError(e, `fetching the diff of #${pr.number}`);
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
        throw explainGitHubError(e, `listing the files of #${pr.number}`);
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
        ? (0,parse.parsePatch)(f.patch)
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

;// CONCATENATED MODULE: ./src/memory/authorship.ts
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

;// CONCATENATED MODULE: ./src/github/identity.ts


/**
 * `GET /user` names the account of a personal or OAuth token. An installation token (the job's
 * GITHUB_TOKEN, an app's) gets 403 "Resource not accessible by integration", and `GET /app` does not
 * work with one either: then only a Bot's content counts as ours (see `authoredByUs`).
 */
function whoAmI(gh, log) {
    let asked;
    return () => (asked ??= gh.rest.users.getAuthenticated().then((res) => {
        log.info(`The token belongs to ${res.data.login}: its own reviews and comments are this action's.`);
        return { login: res.data.login };
    }, (e) => {
        if (e.status !== 403)
            log.info(`Could not tell whose token this is (${githubErrorText(e)}): only a bot account's earlier reviews count as this action's.`);
        return UNKNOWN_IDENTITY;
    }));
}
/**
 * Base roles that may push. `permission` gives the base role (`maintain` already mapped to `write`);
 * `role_name` is not used: a custom role may have any name.
 */
const WRITE = new Set(['admin', 'maintain', 'write']);
/**
 * The collaborator permission endpoint, cached per login. Not a collaborator (404), or no answer:
 * no write access, so a thread that person resolved still counts (the safe side for `fail-on`).
 */
function writeAccess(gh, pr, log) {
    const cache = new Map();
    return (login) => {
        const key = login.toLowerCase();
        let answer = cache.get(key);
        if (!answer) {
            answer = gh.rest.repos
                .getCollaboratorPermissionLevel({ owner: pr.owner, repo: pr.repo, username: login })
                .then((res) => WRITE.has(res.data.permission), (e) => {
                if (e.status !== 404)
                    log.warning(`Could not read ${login}'s permission on ${pr.owner}/${pr.repo} (${githubErrorText(e)}): the threads ${login} resolved still count for fail-on.`);
                return false;
            });
            cache.set(key, answer);
        }
        return answer;
    };
}

// EXTERNAL MODULE: ./src/event/pull-request.ts
var pull_request = __webpack_require__(55325);
;// CONCATENATED MODULE: ./src/github/pulls.ts


/** The pull request a `pull-request` input or an issue comment names, read from the API. */
async function fetchPullRequest(gh, t) {
    try {
        const res = await gh.rest.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.number });
        return (0,pull_request/* pullRequestFromApi */.rT)(res.data);
    }
    catch (e) {
        throw explainGitHubError(e, `reading pull request ${t.owner}/${t.repo}#${t.number}`);
    }
}
/** The PR as it is now; null when it cannot be read (then the review is posted as planned). */
async function currentPull(gh, pr, log) {
    try {
        const res = await gh.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
        return { state: res.data.state, merged: res.data.merged === true, headSha: res.data.head.sha };
    }
    catch (e) {
        log.warning(`Could not re-read #${pr.number} before posting (${e.message}); posting anyway.`);
        return null;
    }
}
/** The inline comments of review `reviewId`. */
async function listReviewComments(gh, pr, reviewId) {
    const list = await gh.paginate(gh.rest.pulls.listCommentsForReview, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        review_id: reviewId,
        per_page: 100,
    });
    return list.map((c) => {
        const line = c.line ?? c.original_line;
        return { body: c.body, path: c.path, line: typeof line === 'number' ? line : null, url: c.html_url };
    });
}
/** Takes the deep-review label off so adding it again asks for another deep review. */
async function removeLabel(gh, pr, label, log) {
    try {
        await gh.rest.issues.removeLabel({
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            name: label,
        });
        log.info(`Removed the '${label}' label: add it again for another deep review.`);
    }
    catch (e) {
        const status = e.status;
        if (status === 404)
            return; // already gone
        log.warning(`Could not remove the '${label}' label (${status ?? e.message}): give the job \`pull-requests: write\` (or \`issues: write\`) so it can, or remove it by hand before asking for another deep review.`);
    }
}

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
        else if (sameLogin(by, who.author))
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
            pending.push({ id: r.id, login: r.user?.login ?? '', bot: isBotAccount(r.user), body: r.body ?? '' });
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
    const identity = needsIdentity(authors) ? await me() : UNKNOWN_IDENTITY;
    const ours = (u) => authoredByUs(u, identity);
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
        isUs: async (login) => sameLogin(login, (await me()).login),
        canWrite: writeAccess(gh, pr, log),
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
    const files = await diffSince(gh, pr, lastHead).catch((e) => {
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
        bot: isBotAccount(r.user),
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
const isPendingConflict = (e) => statusOf(e) === 422 && /one pending review/i.test(githubErrorText(e));
const isCommitRefused = (e) => statusOf(e) === 422 && /no commit found|commit_id|commit sha/i.test(githubErrorText(e));
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
        log.warning(`GitHub no longer accepts comments on the reviewed commit ${payload.commit_id.slice(0, 7)} (${githubErrorText(e)}): the comments are posted in the review body instead.`);
        return postInBody(gh, pr, payload, log, payload.comments, 'The reviewed commit is no longer part of the pull request (force-push), so these comments could not be placed on its lines', opts.currentHead);
    }
    if (statusOf(e) !== 422 || payload.comments.length === 0)
        throw e;
    const why = githubErrorText(e);
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
        log.warning(`GitHub refused the review again (${githubErrorText(again)}): posting every comment in the body.`);
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
    const res = await writeOnce(async () => {
        const r = await gh.rest.pulls.createReview({ ...where, ...payload, request: NO_RETRY });
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
                request: NO_RETRY,
            });
            id = r.data.id;
        }
        catch (e) {
            if (statusOf(e) === 422 && !isPendingConflict(e))
                return 'bad';
            // A 5xx may have left a pending review behind: stop probing, clean up below.
            broken = true;
            log.warning(`Could not check comments with a pending review (${githubErrorText(e)}).`);
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
        request: NO_RETRY,
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
    return writeOnce(async () => (await gh.rest.issues.createComment({ ...where, body, request: NO_RETRY })).data.id, () => ourCommentWith(gh, pr, body, me), log, `posting the summary comment on #${pr.number}`);
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
        await writeOnce(async () => (await gh.rest.issues.createComment({ ...where, issue_number: pr.number, body, request: NO_RETRY }))
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
    const identity = needsIdentity(same.map((c) => c.user)) ? await me() : UNKNOWN_IDENTITY;
    return same.find((c) => authoredByUs(c.user, identity))?.id ?? null;
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
    const now = await currentPull(gh, pr, deliver_log);
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
        throw explainGitHubError(e, `posting the review on #${pr.number}`);
    }
}
/** The posted comments' links for the job summary; without them (an error) it links to the review. */
async function linksTo(gh, pr, reviewId) {
    try {
        return (0,summary/* commentLinks */.fK)(await listReviewComments(gh, pr, reviewId));
    }
    catch (e) {
        action_log/* core */.I.info(`Could not list the review's comments for the job summary's links: ${e.message}.`);
        return undefined;
    }
}
/** Closes the threads of findings that look addressed; one that cannot be closed is a warning. */
async function closeThreads(gh, pr, threads) {
    for (const t of threads) {
        await closeThread(gh, pr, t, deliver_log).catch((e) => action_log/* core */.I.warning(`Could not mark the finding on ${t.path} as addressed: ${e.message}.${permissionHint(e)}`));
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
        action_log/* core */.I.warning(`Could not post the summary comment: ${e.message}.${permissionHint(e)}`);
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
        throw explainGitHubError(e, doing);
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
            base: baseFiles(`base commit ${pr.baseSha.slice(0, 7)}`, (path) => readRepoEntry(gh, pr, pr.baseSha, path, MAX_TOOL_FILE_BYTES), MAX_TOOL_FILE_BYTES),
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
async function review(inputs, s, d) {
    const gh = createGitHubClient(s.githubToken, inputs.apiUrl, run_log);
    let repoTools = null;
    try {
        const pr = 'pr' in d.target ? d.target.pr : await fetchPullRequest(gh, d.target);
        // Links to this repository's issues stay live in what is posted; other repositories' are neutralised.
        (0,sanitize/* registerRepository */.u0)(pr.owner, pr.repo);
        ({ s, d } = await withBaseConfig(gh, pr, s, d));
        const me = whoAmI(gh, run_log);
        const history = await readHistory(gh, pr, me);
        const diff = await fetchPullRequestDiff(gh, pr, run_log);
        const memory = await recall(gh, pr, s, d.trigger, history, diff.files, me);
        // Deep reviews (or `repository-tools: always`) let the model read the repository at the head.
        const count = (0,tokens.createTokenCounter)();
        if ((0,settings/* toolsEnabled */.d2)(s, d.deep))
            repoTools = await openTools(gh, pr, s, diff.files, { temp: inputs.tempDir, workspace: inputs.workspace }, count, run_log);
        const model = (0,client.createModelClient)(s, tokens.countTokens);
        const options = {
            ...s,
            deep: d.deep,
            runUrl: inputs.runUrl,
            readFile: (path) => readRepoFile(gh, pr, pr.headSha, path, MAX_CONTEXT_BYTES),
            ...(repoTools ? { tools: repoTools.tools } : {}),
            // Deep reviews (or `second-look: always`) check their critical and major findings once more.
            ...((0,settings/* secondLookEnabled */.D2)(s, d.deep) ? { verify: { ask: model.ask } } : {}),
        };
        // One counter for the run (made above): the full-PR plan below (for the tokens an incremental
        // run saved) finds most of its text already counted.
        const result = await (0,pipeline.reviewPullRequest)(pr, diff.files, diff.notListed, options, model.call, count, run_log, {
            reviewFiles: memory.reviewFiles,
            remembered: { open: history.threads.filter(memory.stillOpen), body: history.bodyFingerprints },
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
    }
    finally {
        await repoTools?.dispose().catch(() => undefined);
        if (d.label && !s.dryRun && 'pr' in d.target)
            await removeLabel(gh, d.target.pr, d.label, run_log);
    }
}
/**
 * The repository's rules, from the base commit: a pull request cannot change its own review. The
 * effort they set wins over the trigger's, but a label's deep review keeps its own.
 */
async function withBaseConfig(gh, pr, s, d) {
    s = await (0,load.withRepoConfig)(s, 
    // No cap here: the loader names the size of a file over its own limit.
    (path) => readRepoFile(gh, pr, pr.baseSha, path, Number.POSITIVE_INFINITY), `the base branch (${pr.baseRef || 'base'} at ${pr.baseSha.slice(0, 7)})`, { keepEffort: d.trigger === 'label', count: tokens.countTokens, log: run_log });
    if (s.reasoningEffort !== d.effort)
        d = { ...d, effort: s.reasoningEffort, deep: s.reasoningEffort === 'xhigh' };
    (0,outputs/* writeDecision */.el)(d);
    action_log/* core */.I.info(`${d.deep ? 'Deep review' : 'Review'} (${d.trigger}) at effort ${d.effort}, max ${s.maxTokens} output tokens per request.`);
    return { s, d };
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

/***/ 39443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UNICODE_PRETOKEN: () => (/* binding */ UNICODE_PRETOKEN),
/* harmony export */   countTokens: () => (/* binding */ countTokens),
/* harmony export */   createTokenCounter: () => (/* binding */ createTokenCounter)
/* harmony export */ });
/* harmony import */ var gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15359);

// Diffs are data: `<|endoftext|>` in a diff is text to count, not a special token to reject.
const AS_TEXT = { disallowedSpecial: new Set() };
// BPE is quadratic in the length of one pre-token; a 1 MB minified line (or a line of 60 KB of
// spaces) would take minutes. Such runs are the only long pre-tokens.
const LONG_RUN = /\S{400}|[^\S\n]{400}/;
const SLICE = 200;
/**
 * Tokens of `text` in the o200k encoding of the GPT-5 family. Runs of 400+ non-space (or space)
 * characters are counted in slices, which can only over-count slightly: safe for budgeting, and
 * linear in time.
 */
function countTokens(text) {
    if (text.length < 400 || !LONG_RUN.test(text))
        return (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(text, AS_TEXT);
    let total = 0;
    let plain = '';
    for (const line of text.split('\n')) {
        if (line.length >= 400 && LONG_RUN.test(line)) {
            for (let i = 0; i < line.length; i += SLICE)
                total += (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(line.slice(i, i + SLICE), AS_TEXT);
            total += 1; // the newline
        }
        else {
            plain += line + '\n';
            if (plain.length > 1 << 20) {
                total += (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(plain, AS_TEXT);
                plain = '';
            }
        }
    }
    return total + (plain ? (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(plain, AS_TEXT) : 0);
}
// Positions where o200k's pre-tokenizer always cuts, whatever surrounds them, so that counts of the
// pieces add up exactly to the count of the whole:
//  - after a newline followed by an ASCII letter or digit: no pre-token pattern holds a newline and
//    then a letter or digit (punctuation takes trailing `[\r\n/]*`, whitespace takes only whitespace);
//  - after an ASCII digit followed by a space: only the digit pattern holds digits, and only digits.
// A rendered diff line (`12 +code`, `L7 -code`) is thus cut into its number and the rest, and the
// rest repeats: the same code is counted once however many times, and at whatever line, it appears.
const CUT = /\n(?=[A-Za-z0-9])|[0-9](?= )/g; // lastIndex after a match is the cut
// o200k's pre-tokenizer, as in tiktoken and gpt-tokenizer. On ASCII text the same pattern with its
// Unicode classes narrowed to ASCII cuts exactly the same pre-tokens, and V8 runs it four times faster.
const SUFFIX = "(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?";
const UPPER = '[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]';
const LOWER = '[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]';
const UNICODE_PRETOKEN = new RegExp(`[^\\r\\n\\p{L}\\p{N}]?${UPPER}*${LOWER}+${SUFFIX}|[^\\r\\n\\p{L}\\p{N}]?${UPPER}+${LOWER}*${SUFFIX}|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+`, 'gu');
const ASCII_PRETOKEN = new RegExp(`[^\\r\\nA-Za-z0-9]?[A-Z]*[a-z]+${SUFFIX}|[^\\r\\nA-Za-z0-9]?[A-Z]+[a-z]*${SUFFIX}|[0-9]{1,3}| ?[^\\sA-Za-z0-9]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+`, 'g');
const NOT_ASCII = /[\u0080-\uffff]/;
/**
 * A counter for one review: `countTokens`, exact, but faster on diffs. Text is cut where o200k
 * always cuts; each segment (a line's number, a line's code) is counted once and remembered, since
 * diffs repeat lines heavily (bundles, generated code, moved code); a new ASCII segment is cut into
 * pre-tokens, each also counted once. Remembered texts keep the strings they were cut from alive,
 * so a counter serves one run and is then dropped.
 */
function createTokenCounter() {
    const segments = new Map();
    const pretokens = new Map();
    const pretoken = (s, from, to) => {
        let h = to - from;
        for (let i = from; i < to; i++)
            h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
        const first = pretokens.get(h);
        for (let e = first; e !== undefined; e = e.next) {
            if (e.text.length === to - from && s.startsWith(e.text, from))
                return e.tokens;
        }
        const text = s.slice(from, to);
        const tokens = (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(text, AS_TEXT);
        pretokens.set(h, { text, tokens, next: first });
        return tokens;
    };
    const fresh = (s) => {
        if (s.length >= 400 && LONG_RUN.test(s))
            return countTokens(s);
        const re = NOT_ASCII.test(s) ? UNICODE_PRETOKEN : ASCII_PRETOKEN;
        // `test` moves `lastIndex` without building a match array: less garbage on millions of pieces.
        // Every character is in some pre-token, so the pieces tile the text.
        let n = 0;
        let from = 0;
        re.lastIndex = 0;
        while (re.test(s)) {
            n += pretoken(s, from, re.lastIndex);
            from = re.lastIndex;
        }
        return n;
    };
    const segment = (s) => {
        let n = segments.get(s);
        if (n === undefined) {
            n = fresh(s);
            segments.set(s, n);
        }
        return n;
    };
    return (text) => {
        CUT.lastIndex = 0;
        // One segment (a line of code, as the diff measure asks): its caller remembers it, not us.
        if (!CUT.test(text))
            return fresh(text);
        let total = 0;
        let from = 0;
        CUT.lastIndex = 0;
        while (CUT.test(text)) {
            total += segment(text.slice(from, CUT.lastIndex));
            from = CUT.lastIndex;
        }
        return from < text.length ? total + segment(text.slice(from)) : total;
    };
}


/***/ }),

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withRepoConfig: () => (/* binding */ withRepoConfig)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45507);

/**
 * The settings with the repository's configuration file and instruction files applied, read with
 * `read` from `where` (the base commit: a pull request cannot change its own review rules). A missing
 * default file is fine; a missing file that `config` names, or an invalid file, is an error.
 * `configWhere`: where a file `config` names comes from, when not `where` (the command line's
 * `--config FILE`). `trusted: false`: `where` is not a trusted revision (the command line's working
 * tree, on request), and the prompt says so instead of calling the files trusted.
 */
async function withRepoConfig(s, read, where, o) {
    const explicit = s.config !== '';
    const path = explicit ? s.config : _config_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_PATH;
    const configWhere = (explicit && o.configWhere) || where;
    const [text, ...files] = await Promise.all([
        read(path).catch((e) => {
            if (explicit)
                throw e;
            o.log.warning(`Could not read ${path} from ${configWhere} (${e.message}): reviewing with the inputs alone.`);
            return null;
        }),
        ..._config_js__WEBPACK_IMPORTED_MODULE_0__.INSTRUCTION_FILES.map((f) => read(f).catch((e) => {
            o.log.warning(`Could not read ${f} from ${where} (${e.message}): reviewing without it.`);
            return null;
        })),
    ]);
    let config = {};
    if (text === null) {
        if (explicit) {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(`The configuration file '${path}' named by input 'config' does not exist on ${configWhere}. Commit it to the base branch, fix the path, or leave 'config' empty to use ${_config_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_PATH} when present.`);
        }
    }
    else {
        if (Buffer.byteLength(text) > _config_js__WEBPACK_IMPORTED_MODULE_0__.MAX_CONFIG_BYTES) {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(`${path} is ${Buffer.byteLength(text)} bytes, over the ${_config_js__WEBPACK_IMPORTED_MODULE_0__.MAX_CONFIG_BYTES} a configuration file may have: check that 'config' names the right file.`);
        }
        config = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.parseConfig)(text, path);
        const keys = Object.keys(config);
        const overridden = OVERRIDES.filter(([key, input]) => key in config && s.setInputs.includes(input)).map(([, input]) => input);
        o.log.info(`Read ${path} from ${configWhere}${keys.length > 0 ? '' : ' (it sets nothing)'}.${overridden.length > 0 ? ` Settings given explicitly override its ${overridden.join(', ')}.` : ''}`);
    }
    const out = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.applyConfig)(s, config, { keepEffort: o.keepEffort });
    if (o.trusted === false) {
        out.guidance = {
            ...out.guidance,
            untrusted: {
                where,
                instructions: config.instructions !== undefined && !s.setInputs.includes('instructions'),
            },
        };
    }
    const found = _config_js__WEBPACK_IMPORTED_MODULE_0__.INSTRUCTION_FILES.flatMap((f, i) => (files[i] ? [{ path: f, text: files[i] }] : []));
    if (found.length > 0) {
        const bounded = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.boundInstructionFiles)(found, o.count);
        out.guidance = { ...out.guidance, instructionFiles: bounded };
        o.log.info(`Using the repository's ${found.map((f) => f.path).join(' and ')} from ${where} as review guidance.`);
    }
    return out;
}
/** Keys of RepoConfig and the input that overrides each. */
const OVERRIDES = [
    ['instructions', 'instructions'],
    ['exclude', 'exclude'],
    ['include', 'include'],
    ['minSeverity', 'min-severity'],
    ['maxComments', 'max-comments'],
    ['reasoningEffort', 'reasoning-effort'],
    ['repositoryTools', 'repository-tools'],
    ['secondLook', 'second-look'],
];


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
