export const id = 859;
export const ids = [859];
export const modules = {

/***/ 9859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  review: () => (/* binding */ review)
});

// UNUSED EXPORTS: printable

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/event/pull-request.ts
var pull_request = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/event/trigger.ts
var trigger = __webpack_require__(9668);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/client.ts



/**
 * Octokit for the API at GITHUB_API_URL (GitHub Enterprise Server, or a test server), retrying 5xx
 * and waiting out primary and secondary rate limits a few times before giving up.
 */
function createGitHubClient(token, apiUrl, log) {
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl.replace(/\/+$/, ''),
        // 406 is GitHub's "diff too large": an answer to act on, not a fault to retry.
        retry: { doNotRetry: [400, 401, 403, 404, 406, 410, 422, 451] },
        throttle: {
            onRateLimit: (after, options, _o, count) => {
                log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${after} s.`);
                return count < 2;
            },
            onSecondaryRateLimit: (after, options, _o, count) => {
                log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${after} s.`);
                return count < 2;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** Turns GitHub errors users can fix into messages that say how. */
function explainGitHubError(e, doing) {
    const status = e.status;
    const message = e?.message ?? String(e);
    if (status === 401) {
        return new Error(`GitHub refused the token (401) while ${doing}. Pass a valid token as \`github-token\` (the default \${{ github.token }} works).`);
    }
    if (status === 403 && /not accessible by integration|permission/i.test(message)) {
        return new Error(`GitHub denied ${doing} (403: ${message}). Give the job these permissions:\n  permissions:\n    contents: read\n    pull-requests: write\nOn pull requests from forks the token is read-only; see the README.`);
    }
    if (status === 404) {
        return new Error(`GitHub answered 404 while ${doing}: the repository or pull request does not exist or the token cannot see it. For a private repository the job needs \`permissions: contents: read, pull-requests: write\`.`);
    }
    return new Error(`GitHub API error while ${doing}${status ? ` (${status})` : ''}: ${message}`);
}

// EXTERNAL MODULE: ./src/diff/parse.ts
var parse = __webpack_require__(4348);
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
        return { files: (0,parse/* parseDiff */.F)(res.data), notListed: [], source: 'diff' };
    }
    catch (e) {
        if (e.status !== 406)
            throw explainGitHubError(e, `fetching the diff of #${pr.number}`);
        log.info('GitHub refused the whole diff as too large; reading the files list instead.');
    }
    return fetchFromFilesList(gh, pr);
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
function fromListedFile(f) {
    const status = STATUS[f.status] ?? 'modified';
    const parsed = f.patch
        ? (0,parse/* parsePatch */.i)(f.patch)
        : { hunks: [], additions: f.additions, deletions: f.deletions };
    // No patch: binary when nothing was counted as lines, otherwise a text file too large to show.
    const noPatch = f.patch === undefined || f.patch === null;
    const binary = noPatch && f.additions === 0 && f.deletions === 0 && f.changes === 0 && status !== 'renamed';
    return {
        path: f.filename,
        oldPath: status === 'added' ? null : (f.previous_filename ?? f.filename),
        status,
        binary,
        patchMissing: noPatch && !binary && f.changes > 0,
        oldMode: null,
        newMode: null,
        hunks: parsed.hunks,
        additions: parsed.additions,
        deletions: parsed.deletions,
    };
}

// EXTERNAL MODULE: ./src/memory/markers.ts
var markers = __webpack_require__(6676);
// EXTERNAL MODULE: ./src/memory/fingerprint.ts
var fingerprint = __webpack_require__(207);
;// CONCATENATED MODULE: ./src/github/history.ts


const isBot = (u) => u?.type === 'Bot' || /\[bot\]$/.test(u?.login ?? '');
/** Reads our earlier reviews, inline comments (with their thread state) and summary comment. */
async function loadHistory(gh, pr, log) {
    const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 };
    const reviews = await gh.paginate(gh.rest.pulls.listReviews, where);
    let lastReview = null;
    const bodyFingerprints = [];
    for (const r of reviews) {
        if (!isBot(r.user))
            continue;
        const mark = (0,markers/* parseReviewMarker */.IY)(r.body);
        if (!mark)
            continue;
        bodyFingerprints.push(...mark.body);
        if (!lastReview || r.id > lastReview.id)
            lastReview = { ...mark, id: r.id };
    }
    let threads;
    let graphql = true;
    try {
        threads = await threadsByGraphql(gh, pr);
    }
    catch (e) {
        graphql = false;
        log.info(`Could not read review threads through GraphQL (${e.message}); using REST comments.`);
        threads = await threadsByRest(gh, pr);
    }
    const issueComments = await gh.paginate(gh.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    });
    const summary = issueComments.find((c) => isBot(c.user) && (c.body ?? '').includes(markers/* SUMMARY_MARKER */.Qi));
    return {
        lastReview,
        lastHead: (0,markers/* parseSummaryMarker */.cm)(summary?.body)?.head ?? lastReview?.head ?? null,
        bodyFingerprints,
        threads,
        summaryComment: summary ? { id: summary.id, body: summary.body ?? '' } : null,
        graphql,
    };
}
const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id isResolved isOutdated path line startLine diffSide
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
            // Only our own threads: a finding marker on a comment written by a bot.
            if (!root || !mark || (root.author?.__typename !== undefined && root.author.__typename !== 'Bot'))
                continue;
            out.push({
                nodeId: t.id,
                commentId: root.databaseId,
                path: t.path,
                side: t.diffSide ?? 'RIGHT',
                line: t.isOutdated ? null : t.line,
                startLine: t.startLine ?? null,
                resolved: t.isResolved,
                fp: mark.fp,
                loc: mark.loc,
                sev: mark.sev,
                words: (0,fingerprint/* gist */.gK)((0,markers/* commentTitle */.qC)(root.body)),
                replied: t.comments.nodes.some((c) => c.body.includes(markers/* ADDRESSED_MARKER */.Vi)),
            });
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
    const replied = new Set(all.filter((c) => c.in_reply_to_id && c.body.includes(markers/* ADDRESSED_MARKER */.Vi)).map((c) => c.in_reply_to_id));
    return all.flatMap((c) => {
        const mark = (0,markers/* parseFindingMarker */.fc)(c.body);
        if (c.in_reply_to_id || !mark || !isBot(c.user))
            return [];
        return [
            {
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
                replied: replied.has(c.id),
            },
        ];
    });
}
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
    await gh.rest.pulls.createReplyForReviewComment({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        comment_id: t.commentId,
        body: `This looks addressed in ${pr.headSha.slice(0, 7)}: the lines changed and the finding was not reported again.\n\n${markers/* ADDRESSED_MARKER */.Vi}`,
    });
    return 'replied';
}
/** Creates the one summary comment, or updates it in place (not at all when unchanged). */
async function upsertSummary(gh, pr, existing, body) {
    if (existing) {
        if (existing.body !== body) {
            await gh.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
        }
        return existing.id;
    }
    const res = await gh.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body,
    });
    return res.data.id;
}
/** The commits since `base`, as a diff, when the PR only moved forward; null after a force-push. */
async function compareSince(gh, pr, base) {
    try {
        const res = await gh.rest.repos.compareCommitsWithBasehead({
            owner: pr.owner,
            repo: pr.repo,
            basehead: `${base}...${pr.headSha}`,
            per_page: 100,
        });
        if (res.data.status !== 'ahead')
            return null;
        // The compare API lists at most 300 files: a larger push is reviewed as a whole PR instead.
        if ((res.data.files?.length ?? 0) >= 300)
            return null;
        return { files: res.data.files };
    }
    catch (e) {
        const status = e.status;
        if (status === 404 || status === 422)
            return null; // the old head is gone (force-push, gc)
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/memory/threads.ts

/**
 * Threads whose finding looks fixed: open, in a file this run reviewed, the lines they point at changed
 * (outdated, or different text), and this run did not report the same finding again.
 */
function addressedThreads(threads, current, reviewedPaths, prFiles) {
    const byPath = new Map(prFiles.map((f) => [f.path, f]));
    return threads.filter((t) => {
        if (t.resolved || !reviewedPaths.has(t.path))
            return false;
        const changed = t.line === null ||
            (0,fingerprint/* fingerprint */.Rj)(t.path, (0,fingerprint/* linesText */.zu)(byPath.get(t.path), t.side, t.startLine ?? t.line, t.line), '').loc !==
                t.loc;
        if (!changed)
            return false;
        return !current.some((c) => c.fp === t.fp || (0,fingerprint/* similar */.qR)(c, t));
    });
}

// EXTERNAL MODULE: ./src/plan.ts + 4 modules
var plan = __webpack_require__(1472);
// EXTERNAL MODULE: ./src/findings/types.ts
var types = __webpack_require__(5315);
// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(746);
;// CONCATENATED MODULE: ./src/review/summary-comment.ts



const esc = (s) => s.replace(/\|/g, '\\|').replace(/`/g, "'");
/** The one summary comment, kept current: it always fits GitHub's 65,536-character limit. */
function summaryComment(f) {
    const out = [`## ${f.deep ? 'vtrix-review — deep review summary' : 'vtrix-review summary'}`];
    const assessment = f.summaries.filter((s) => s.trim() !== '').map((s) => (0,render/* clip */.$Q)(s.trim(), 2_000));
    if (assessment.length > 0)
        out.push((0,render/* clip */.$Q)(assessment.length === 1
            ? assessment[0]
            : assessment.map((s) => `- ${s.replace(/\n+/g, ' ')}`).join('\n'), 12_000));
    else if (f.requests === 0)
        out.push('No new code to review in this run.');
    const openTotal = types/* SEVERITIES */.oC.reduce((n, s) => n + (f.open[s] ?? 0), 0);
    out.push(openTotal === 0
        ? '**Open findings:** none.'
        : `**Open findings:** ${types/* SEVERITIES */.oC.filter((s) => f.open[s])
            .map((s) => `${f.open[s]} ${s}`)
            .join(' · ')}`);
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
    out.push(`### This run\n${run.join('\n')}`);
    const tail = `${f.runUrl ? `<sub>[Workflow run](${f.runUrl}) · ${f.headSha.slice(0, 7)}</sub>\n\n` : ''}${(0,markers/* summaryMarker */.R8)(f.range.to)}`;
    let room = render/* GITHUB_BODY_LIMIT */.nY - 2_000 - out.join('\n\n').length - tail.length;
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
    section('### Changed files', '| file | change | + / − | reviewed in this run |\n|---|---|---|---|\n', f.files.map((x) => `| \`${esc(x.path)}\`${x.oldPath && x.oldPath !== x.path ? ` (from \`${esc(x.oldPath)}\`)` : ''} | ${x.status} | +${x.additions} / −${x.deletions} | ${f.reviewedPaths.has(x.path) ? 'yes' : ''} |`), (n) => `| …and ${n} more files | | | |`);
    section('### Not reviewed', '', [
        ...f.failed.map((s) => `- \`${esc(s.path)}\`: the model request failed: ${s.reason}`),
        ...f.skipped.map((s) => `- \`${esc(s.path)}\`: ${s.reason}`),
    ], (n) => `- …and ${n} more, listed in the job summary.`);
    out.push(tail);
    return out.join('\n\n');
}

// EXTERNAL MODULE: ./src/model/client.ts + 1 modules
var client = __webpack_require__(5955);
// EXTERNAL MODULE: ./src/chunk/tokens.ts
var tokens = __webpack_require__(9443);
// EXTERNAL MODULE: ./src/pipeline.ts + 3 modules
var pipeline = __webpack_require__(4113);
;// CONCATENATED MODULE: ./src/report/summary.ts
function summary_esc(s) {
    return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
function row(f, path, where) {
    const lines = f.startLine && f.startLine !== f.line ? `${f.startLine}–${f.line}` : `${f.line}`;
    return `| ${f.severity} | \`${summary_esc(path)}\` | ${lines} ${f.side === 'LEFT' ? '(old)' : ''} | ${summary_esc(f.title)} | ${where} |`;
}
/**
 * The Markdown report for the Actions job summary: every finding (including those below
 * `min-severity` and those that did not fit the review body), what was not reviewed, and the cost.
 */
function jobSummary(r, posted, title) {
    const out = [`## ${title}`];
    const link = posted.url ? `[the review](${posted.url})` : 'the review';
    if (r.requests === 0)
        out.push('Nothing to review: no changed file passed the filters. No model request was made.');
    else if (posted.dryRun)
        out.push('**Dry run**: the review below was not posted.');
    else
        out.push(`Posted ${link} with ${r.placement.inline.length} inline comment${r.placement.inline.length === 1 ? '' : 's'}.`);
    out.push(`| requests | prompt tokens | completion tokens | files reviewed | files not reviewed |\n|---|---|---|---|---|\n| ${r.requests} | ${r.promptTokens} | ${r.completionTokens} | ${r.plan.reviewable.length} | ${r.skipped.length + r.failed.length} |`);
    const rows = [
        ...r.placement.inline.map((c) => row(c.finding, c.path, posted.url ? `[inline](${posted.url})` : 'inline')),
        ...r.placement.body.map((b) => row(b.finding, b.path, `body: ${summary_esc(b.reason)}`)),
        ...r.belowThreshold.map((f) => row(f, f.path, 'not posted (below min-severity)')),
    ];
    if (rows.length > 0) {
        out.push(`### Findings\n| severity | file | line | title | where |\n|---|---|---|---|---|\n${rows.join('\n')}`);
        const detail = r.belowThreshold.map((f) => `- **${f.severity}** \`${f.path}\` line ${f.line}: ${summary_esc(f.title)}\n\n  ${f.body.replace(/\n/g, '\n  ')}`);
        if (detail.length > 0)
            out.push(`<details><summary>Findings below min-severity</summary>\n\n${detail.join('\n')}\n</details>`);
    }
    if (r.failed.length > 0) {
        out.push(`### Not reviewed: model request failed\n${r.failed.map((s) => `- \`${s.path}\`: ${s.reason}`).join('\n')}`);
    }
    const skipped = r.skipped;
    if (skipped.length > 0) {
        out.push(`### Files not reviewed\n${skipped.map((s) => `- \`${s.path}\`: ${s.reason}`).join('\n')}`);
    }
    if (r.plan.requests.length > 0) {
        out.push(`### Requests\n| # | files | prompt tokens (planned) |\n|---|---|---|\n${r.plan.requests.map((q, i) => `| ${i + 1} | ${q.chunk.pieces.length} | ${q.promptTokens} |`).join('\n')}`);
    }
    return out.join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/review-run.ts













/** The review itself, loaded only when there is one to make (the early exits stay fast). */
async function review(s, d, eventName, payload) {
    const log = { info: core/* info */.pq, warning: core/* warning */.$e };
    const gh = createGitHubClient(s.githubToken, process.env['GITHUB_API_URL'] || 'https://api.github.com', log);
    core/* setOutput */.uH('trigger', d.trigger);
    core/* setOutput */.uH('effort', d.effort);
    core/* info */.pq(`${d.deep ? 'Deep review' : 'Review'} (${d.trigger}) at effort ${d.effort}, max ${s.maxTokens} output tokens per request.`);
    try {
        const pr = 'pr' in d.target ? d.target.pr : await fetchPullRequest(gh, d.target);
        const history = await readHistory(gh, pr);
        const diff = await fetchPullRequestDiff(gh, pr, log);
        // Automatic runs review only what is new since our last review, when the branch moved forward.
        let reviewFiles = null;
        let range = { from: null, to: pr.headSha };
        let fullReason = null;
        const lastHead = history.lastHead;
        if (s.incremental && d.trigger === 'automatic' && lastHead) {
            if (lastHead === pr.headSha) {
                reviewFiles = [];
                range = { from: pr.headSha, to: pr.headSha };
                core/* info */.pq(`Commit ${pr.headSha.slice(0, 7)} was already reviewed: nothing new to review.`);
            }
            else {
                const since = await compareSince(gh, pr, lastHead).catch((e) => {
                    core/* warning */.$e(`Could not compare ${lastHead.slice(0, 7)}...${pr.headSha.slice(0, 7)}: ${e.message}`);
                    return null;
                });
                if (since) {
                    reviewFiles = (since.files ?? []).map(fromListedFile);
                    range = { from: lastHead, to: pr.headSha };
                    core/* info */.pq(`Incremental review of ${lastHead.slice(0, 7)}..${pr.headSha.slice(0, 7)}: ${reviewFiles.length} changed files.`);
                }
                else {
                    fullReason = `the branch no longer contains ${lastHead.slice(0, 7)} (force-push or rebase)`;
                    core/* info */.pq(`Reviewing the whole PR: ${fullReason}.`);
                }
            }
        }
        const options = { ...s, effort: s.reasoningEffort, deep: d.deep, runUrl: runUrl() };
        const result = await (0,pipeline/* reviewPullRequest */.F)(pr, diff.files, diff.notListed, options, (0,client/* createModelCall */.mz)(s, tokens/* countTokens */.i), tokens/* countTokens */.i, log, {
            reviewFiles,
            remembered: {
                open: history.threads.filter((t) => !t.resolved),
                body: history.bodyFingerprints,
            },
            firstReview: history.lastReview === null,
        });
        const fork = (0,trigger/* isForkUnderPullRequest */.$u)(eventName, payload);
        const posted = await deliver(gh, pr, s, result, fork);
        // Threads of ours whose finding is gone from the changed lines are closed; then the summary.
        const reviewedPaths = new Set(result.plan.reviewable.map((f) => f.path));
        const addressed = result.requests > 0 ? addressedThreads(history.threads, result.marks, reviewedPaths, diff.files) : [];
        if (!s.dryRun && !posted.dryRun) {
            for (const t of addressed) {
                await closeThread(gh, pr, t, log).catch((e) => core/* warning */.$e(`Could not mark the finding on ${t.path} as addressed: ${e.message}`));
            }
        }
        const fullPromptTokens = reviewFiles !== null
            ? (0,plan/* planReview */.K)(pr, diff.files, options, tokens/* countTokens */.i).requests.reduce((n, q) => n + q.promptTokens, 0)
            : null;
        const open = {};
        const addressedIds = new Set(addressed.map((t) => t.commentId));
        for (const t of history.threads)
            if (!t.resolved && !addressedIds.has(t.commentId))
                open[t.sev] = (open[t.sev] ?? 0) + 1;
        for (const x of [...result.placement.inline, ...result.placement.body]) {
            open[x.finding.severity] = (open[x.finding.severity] ?? 0) + 1;
        }
        const summary = summaryComment({
            deep: d.deep,
            headSha: pr.headSha,
            range,
            fullReason,
            summaries: result.summaries,
            files: diff.files,
            reviewedPaths: new Set(result.plan.requests.length > 0 ? reviewedPaths : []),
            open,
            newComments: result.placement.inline.length + result.placement.body.length,
            repeated: result.repeated.length,
            addressed: addressed.length,
            skipped: result.skipped,
            failed: result.failed,
            requests: result.requests,
            promptTokens: result.promptTokens,
            completionTokens: result.completionTokens,
            fullPromptTokens,
            reviewUrl: posted.url,
            runUrl: runUrl(),
        });
        if (s.dryRun || posted.dryRun) {
            core/* info */.pq(`=== Summary comment (not posted) ===\n${summary}`);
        }
        else if (result.requests > 0 || history.summaryComment === null) {
            await upsertSummary(gh, pr, history.summaryComment, summary).catch((e) => core/* warning */.$e(`Could not post the summary comment: ${e.message}`));
        }
        await report(result, posted, d, { addressed: addressed.length, fullPromptTokens });
    }
    finally {
        if (d.label && !s.dryRun && 'pr' in d.target)
            await removeLabel(gh, d.target.pr, d.label);
    }
}
/** Earlier runs' reviews, threads and summary; without them (no permission) every finding is new. */
async function readHistory(gh, pr) {
    try {
        return await loadHistory(gh, pr, { info: core/* info */.pq, warning: core/* warning */.$e });
    }
    catch (e) {
        core/* warning */.$e(`Could not read earlier reviews of #${pr.number} (${e.message}): reviewing as if for the first time.`);
        return {
            lastReview: null,
            lastHead: null,
            bodyFingerprints: [],
            threads: [],
            summaryComment: null,
            graphql: false,
        };
    }
}
async function fetchPullRequest(gh, t) {
    try {
        const res = await gh.rest.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.number });
        return (0,pull_request/* pullRequestFromApi */.rT)(res.data);
    }
    catch (e) {
        throw explainGitHubError(e, `reading pull request ${t.owner}/${t.repo}#${t.number}`);
    }
}
/** Takes the deep-review label off so adding it again asks for another deep review. */
async function removeLabel(gh, pr, label) {
    try {
        await gh.rest.issues.removeLabel({
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            name: label,
        });
        core/* info */.pq(`Removed the '${label}' label: add it again for another deep review.`);
    }
    catch (e) {
        const status = e.status;
        if (status === 404)
            return; // already gone
        core/* warning */.$e(`Could not remove the '${label}' label (${status ?? e.message}): give the job \`pull-requests: write\` (or \`issues: write\`) so it can, or remove it by hand before asking for another deep review.`);
    }
}
function runUrl() {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = process.env;
    return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : null;
}
async function deliver(gh, pr, s, r, fork) {
    const none = { id: null, url: null, dryRun: s.dryRun };
    if (!r.payload) {
        if (r.requests === 0 && r.plan.reviewable.length === 0 && r.skipped.length > 0) {
            core/* notice */.lm(`Nothing to review in #${pr.number}: no changed file passed the filters.`);
        }
        else {
            core/* info */.pq(`Nothing new to post on #${pr.number} (${r.repeated.length} finding(s) already reported).`);
        }
        return none;
    }
    // Every request failed: a review saying so would only be noise on the PR; the run fails instead.
    if (r.summaries.length === 0)
        return none;
    if (s.dryRun) {
        core/* info */.pq(printable(r.payload));
        return { ...none, dryRun: true };
    }
    try {
        const res = await gh.rest.pulls.createReview({
            owner: pr.owner,
            repo: pr.repo,
            pull_number: pr.number,
            ...r.payload,
        });
        core/* info */.pq(`Posted review ${res.data.id} with ${r.payload.comments.length} inline comments: ${res.data.html_url}`);
        return { id: res.data.id, url: res.data.html_url, dryRun: false };
    }
    catch (e) {
        if (fork && e.status === 403) {
            // Read-only token on a fork PR: keep the review (log and job summary), do not fail the build.
            core/* notice */.lm(trigger/* FORK_NOTICE */.qn.replace('so the PR was not reviewed', 'so the review could not be posted; it is in the log and job summary'));
            core/* info */.pq(printable(r.payload));
            return { ...none, dryRun: true };
        }
        throw explainGitHubError(e, `posting the review on #${pr.number}`);
    }
}
/** The review as it would be posted, for the log of a dry run. */
function printable(p) {
    const comments = p.comments.map((c) => `--- ${c.path}:${c.start_line ? `${c.start_line}-` : ''}${c.line} (${c.side})\n${c.body}`);
    return [`=== Review (not posted, commit ${p.commit_id}) ===`, p.body, ...comments].join('\n\n');
}
async function report(r, posted, d, extra) {
    core/* setOutput */.uH('review-id', posted.id ?? '');
    core/* setOutput */.uH('review-url', posted.url ?? '');
    core/* setOutput */.uH('comments', r.payload ? r.payload.comments.length : 0);
    core/* setOutput */.uH('findings', r.findings.length);
    core/* setOutput */.uH('requests', r.requests);
    core/* setOutput */.uH('prompt-tokens', r.promptTokens);
    core/* setOutput */.uH('completion-tokens', r.completionTokens);
    let md = jobSummary(r, posted, d.deep ? 'vtrix-review — deep review' : 'vtrix-review');
    const saved = extra.fullPromptTokens !== null ? Math.max(0, extra.fullPromptTokens - r.promptTokens) : null;
    md += `\n${r.repeated.length} finding(s) already reported were not repeated; ${extra.addressed} earlier finding(s) look addressed.${saved !== null ? ` Incremental review: ${saved} prompt tokens not sent (a whole-PR review would send ${extra.fullPromptTokens}).` : ''}\n`;
    if (posted.dryRun && r.payload) {
        md += `\n<details open><summary>Review that would be posted</summary>\n\n${r.payload.body}\n\n${r.payload.comments.map((c) => `**\`${c.path}\` line ${c.line} (${c.side})**\n\n${c.body}`).join('\n\n---\n\n')}\n</details>\n`;
    }
    if (process.env['GITHUB_STEP_SUMMARY'])
        await core/* summary */.z.addRaw(md).write();
    if (r.requests > 0 && r.failed.length > 0) {
        if (r.summaries.length === 0) {
            throw new Error(`Every model request failed, so nothing was reviewed (${r.failed[0].reason}).`);
        }
        core/* warning */.$e(`${r.failed.length} file part(s) were not reviewed because model requests failed; see the review body.`);
    }
}


/***/ })

};
