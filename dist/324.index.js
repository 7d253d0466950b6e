export const id = 324;
export const ids = [324];
export const modules = {

/***/ 37324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __webpack_require__(10242);
;// CONCATENATED MODULE: ./src/version.ts
/** The release, as in package.json (a test keeps them equal); reports and SARIF name it. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/review/sanitize.ts
var sanitize = __webpack_require__(27081);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/cli/cost.ts
// OpenAI's list price for gpt-5.3-codex (input, output); vtrix and other providers may differ.
const DEFAULT_PRICES = { input: 1.75, output: 14 };
/** What a plan's requests would cost at `prices`: the prompts as counted, the answers at their cap. */
function estimateCost(plan, s, prices) {
    const prompt = plan.requests.reduce((n, r) => n + r.promptTokens, 0);
    return {
        prices,
        input: (prompt * prices.input) / 1e6,
        outputAtMost: (plan.requests.length * s.maxTokens * prices.output) / 1e6,
    };
}
/** Dollars, with more digits for amounts under a cent (a small plan costs fractions of one). */
const usd = (n) => `$${n < 0.01 && n > 0 ? n.toFixed(4) : n.toFixed(2)}`;

// EXTERNAL MODULE: ./src/findings/verdict.ts
var verdict = __webpack_require__(87167);
// EXTERNAL MODULE: ./src/findings/types.ts
var findings_types = __webpack_require__(45315);
// EXTERNAL MODULE: ./src/place/place.ts
var place = __webpack_require__(91040);
;// CONCATENATED MODULE: ./src/cli/format/findings.ts


/** Every finding the review shows, most severe first, then by file and line. */
function reportedFindings(r) {
    const out = [
        ...r.placement.inline.map((c) => ({
            ...findingText(c.finding),
            path: c.path,
            side: c.side,
            line: c.line,
            startLine: c.startLine,
            placement: 'inline',
            note: c.movedFrom ? `moved to the nearest diff line from line ${c.movedFrom.line}` : null,
            fingerprint: c.mark?.fp ?? null,
        })),
        ...r.placement.body.map((b) => ({
            ...findingText(b.finding),
            path: b.path,
            side: b.finding.side,
            line: b.finding.line,
            startLine: b.finding.startLine,
            placement: 'body',
            note: b.reason,
            fingerprint: b.mark?.fp ?? null,
        })),
    ];
    return out.sort((a, b) => (0,findings_types/* severityRank */.q)(a.severity) - (0,findings_types/* severityRank */.q)(b.severity) || a.path.localeCompare(b.path) || a.line - b.line);
}
/** The findings the second look refuted, most severe first (as it checked them). */
function refutedFindings(r) {
    return (r.secondLook?.refuted ?? []).map((x) => {
        const p = x.placed;
        return {
            ...findingText(p.finding),
            path: p.path,
            ...(0,place/* placedLines */.$M)(p),
            fingerprint: p.mark?.fp ?? null,
            confidence: x.confidence,
            evidence: x.evidence,
        };
    });
}
function findingText(f) {
    return { severity: f.severity, title: f.title, body: f.body, suggestion: f.suggestion };
}
/** Files not reviewed (skipped or failed), as every report lists them. */
function notReviewed(xs) {
    return xs.map((s) => ({ path: s.path, reason: s.reason }));
}
/** The walkthrough of every file this run reviewed, in the plan's order (the model's text, unsanitised). */
function walkthroughLines(r) {
    if (r.requests === 0)
        return [];
    return r.plan.reviewable.map((f) => ({ path: f.path, summary: r.walkthrough.get(f.path) ?? null }));
}
/** "line 3", "line 3–5", or "old line 3" on the deleted side. */
function where(f) {
    const lines = f.startLine !== null && f.startLine < f.line ? `${f.startLine}–${f.line}` : `${f.line}`;
    return f.side === 'LEFT' ? `old line ${lines}` : `line ${lines}`;
}
/** The code a finding points at, as in the diff (up to 12 lines). */
function codeLines(file, f) {
    if (!file)
        return [];
    const from = f.startLine ?? f.line;
    const out = [];
    for (const h of file.hunks) {
        for (const l of h.lines) {
            const n = f.side === 'LEFT' ? l.oldLine : l.newLine;
            if (n === null || n < from || n > f.line)
                continue;
            if (f.side === 'LEFT' ? l.kind === 'add' : l.kind === 'delete')
                continue;
            out.push(`${n} ${l.kind === 'add' ? '+' : l.kind === 'delete' ? '-' : ' '}${l.content}`);
        }
    }
    return out.slice(0, 12);
}

;// CONCATENATED MODULE: ./src/cli/format/json.ts


/** The one builder: the header, then the report's own fields, as indented JSON. */
function jsonReport(meta, body) {
    const header = {
        schemaVersion: 1,
        tool: { name: 'vtrix-review', version: meta.version },
        source: meta.source,
        model: meta.model,
        reasoningEffort: meta.effort,
    };
    return JSON.stringify({ ...header, ...body }, null, 2) + '\n';
}
/** The review as JSON (`--format json`). */
function toJson(r, meta) {
    const findings = reportedFindings(r);
    return jsonReport(meta, {
        verdict: r.verdict,
        summary: r.summaries.join('\n\n'),
        counts: (0,verdict/* tally */.N4)(findings),
        findings,
        belowMinSeverity: r.belowThreshold.map((f) => ({
            path: f.path,
            side: f.side,
            line: f.line,
            startLine: f.startLine,
            ...findingText(f),
        })),
        reviewedFiles: r.plan.reviewable.map((f) => f.path),
        walkthrough: walkthroughLines(r),
        changeType: [...r.changeTypes],
        notReviewed: notReviewed(r.skipped),
        failed: notReviewed(r.failed),
        usage: { requests: r.requests, promptTokens: r.promptTokens, completionTokens: r.completionTokens },
        secondLook: r.secondLook
            ? {
                candidates: r.secondLook.candidates,
                checked: r.secondLook.checked,
                confirmed: r.secondLook.confirmed,
                unsure: r.secondLook.unsure,
                unchecked: r.secondLook.unchecked,
                withTools: r.secondLook.withTools,
                refuted: refutedFindings(r),
            }
            : null,
    });
}
/** The plan as JSON (`--dry-run --format json`). */
function planJson(plan, files, maxTokens, meta, cost, tools, look) {
    return jsonReport(meta, {
        filesChanged: files.length,
        reviewedFiles: plan.reviewable.map((f) => f.path),
        notReviewed: notReviewed(plan.skipped),
        promptLimit: plan.promptLimit,
        maxTokens,
        requests: plan.requests.map((r) => ({
            promptTokens: r.promptTokens,
            files: r.chunk.pieces.map((p) => ({
                path: p.file.path,
                part: p.part ? `${p.part.index}/${p.part.total}` : null,
                tokens: p.tokens,
            })),
        })),
        promptTokens: plan.requests.reduce((n, r) => n + r.promptTokens, 0),
        estimatedCostUsd: {
            pricesPerMillion: cost.prices,
            prompts: Number(cost.input.toFixed(6)),
            answersAtMost: Number(cost.outputAtMost.toFixed(6)),
        },
        repositoryTools: tools,
        secondLook: look,
    });
}

// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(40746);
// EXTERNAL MODULE: ./src/review/look-line.ts
var look_line = __webpack_require__(6424);
;// CONCATENATED MODULE: ./src/cli/format/markdown.ts





/** Bounds of the Markdown report's parts, like the action's (a title, a reason, a body, the summary). */
const MD_TITLE_CHARS = 200;
const MD_REASON_CHARS = 500;
const MD_BODY_CHARS = 8_000;
const MD_SUMMARY_CHARS = 16_000;
/** A file's walkthrough line (its parts' lines joined: src/pipeline/answers.ts). */
const MD_WALKTHROUGH_CHARS = 500;
/**
 * A Markdown report (`--format markdown`): summary, findings by file, what was not reviewed. It is
 * meant to be pasted into a pull request, so everything the model or the PR author wrote is sanitised
 * as the action sanitises what it posts (src/review/sanitize.ts): no mentions, HTML, images or foreign
 * links, no fence left open, and file paths in code spans nothing can end early.
 */
function toMarkdown(r, files, meta) {
    const findings = reportedFindings(r);
    const byPath = new Map(files.map((f) => [f.path, f]));
    const out = [`# Review of ${(0,sanitize/* sanitizeInline */.nW)(meta.source, 300)}`];
    if (r.requests > 0)
        out.push((0,render/* verdictMarkdown */.BT)(r.verdict, (t) => (0,sanitize/* sanitizeInline */.nW)(t, 300)));
    const tally = (0,verdict/* severityCounts */.ur)(findings, ', ');
    out.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}${tally ? ` (${tally})` : ''} in ${r.plan.reviewable.length} reviewed file${r.plan.reviewable.length === 1 ? '' : 's'}. Model ${(0,sanitize/* codeSpan */.SS)(meta.model)}, effort ${meta.effort}; ${r.requests} request${r.requests === 1 ? '' : 's'}, ${r.promptTokens.toLocaleString('en-US')} prompt + ${r.completionTokens.toLocaleString('en-US')} completion tokens.`);
    const summary = (0,sanitize/* sanitizeMarkdown */.LO)(r.summaries.join('\n\n'), MD_SUMMARY_CHARS);
    if (summary)
        out.push(`## Summary\n\n${summary}`);
    const walk = walkthroughLines(r).map((w) => `- ${(0,sanitize/* codeSpan */.SS)(w.path)}: ${w.summary !== null ? (0,sanitize/* sanitizeInline */.nW)(w.summary, MD_WALKTHROUGH_CHARS) : 'not listed by the model'}`);
    if (r.changeTypes.length > 0)
        out.push(`**Type:** ${r.changeTypes.join(', ')}`);
    if (walk.length > 0)
        out.push(`## Walkthrough\n\n${walk.join('\n')}`);
    if (findings.length > 0) {
        out.push('## Findings');
        for (const f of findings) {
            const parts = [
                // An untitled finding is its severity alone: no dangling colon.
                `### ${f.severity.toUpperCase()}${f.title.trim() ? `: ${(0,sanitize/* sanitizeInline */.nW)(f.title, MD_TITLE_CHARS)}` : ''}`,
                `${(0,sanitize/* codeSpan */.SS)(f.path)} ${where(f)}${f.note ? ` (${(0,sanitize/* sanitizeInline */.nW)(f.note, MD_REASON_CHARS)})` : ''}`,
            ];
            const code = codeLines(byPath.get(f.path), f);
            if (code.length > 0) {
                const text = (0,sanitize/* sanitizeCode */.$C)(code.join('\n'));
                parts.push(`${(0,sanitize/* fenceFor */.Lt)(text)}diff\n${text}\n${(0,sanitize/* fenceFor */.Lt)(text)}`);
            }
            parts.push((0,sanitize/* sanitizeMarkdown */.LO)(f.body, MD_BODY_CHARS));
            if (f.suggestion !== null) {
                const s = (0,sanitize/* sanitizeCode */.$C)(f.suggestion).replace(/\n$/, '');
                parts.push(`Suggested change:\n\n${(0,sanitize/* fenceFor */.Lt)(s)}\n${s}\n${(0,sanitize/* fenceFor */.Lt)(s)}`);
            }
            out.push(parts.join('\n\n'));
        }
    }
    if (r.secondLook) {
        const refuted = refutedFindings(r).map((f) => `- ${f.severity} ${(0,sanitize/* codeSpan */.SS)(f.path)} ${where(f)}: ${(0,sanitize/* sanitizeInline */.nW)(f.title, MD_TITLE_CHARS)} — refuted (${f.confidence} confidence): ${(0,sanitize/* sanitizeInline */.nW)(f.evidence, MD_REASON_CHARS) || 'no reason given'}`);
        out.push(`## Second look\n\n${(0,look_line/* lookLine */.M)(r.secondLook, 'listed here')}${refuted.length > 0 ? `\n\n${refuted.join('\n')}` : ''}`);
    }
    const missing = [...r.failed, ...r.skipped];
    if (missing.length > 0)
        out.push(`## Not reviewed\n\n${missing.map((s) => `- ${(0,sanitize/* codeSpan */.SS)(s.path)}: ${(0,sanitize/* sanitizeInline */.nW)(s.reason, MD_REASON_CHARS)}`).join('\n')}`);
    if (r.belowThreshold.length > 0)
        out.push(`## Below min-severity (not shown above)\n\n${r.belowThreshold.map((f) => `- ${f.severity} ${(0,sanitize/* codeSpan */.SS)(f.path)} ${where(f)}: ${(0,sanitize/* sanitizeInline */.nW)(f.title, MD_TITLE_CHARS)}`).join('\n')}`);
    out.push(`<sub>vtrix-review ${meta.version}</sub>`);
    return out.join('\n\n') + '\n';
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/cli/format/sarif.ts




const LEVEL = {
    critical: 'error',
    major: 'error',
    minor: 'warning',
    nit: 'note',
};
const RULE_TEXT = {
    critical: 'Critical: exploitable, or loses data',
    major: 'Major: a bug users will hit',
    minor: 'Minor: a likely bug or a risky pattern',
    nit: 'Nit: style or naming',
};
/**
 * SARIF 2.1.0 (`--format sarif`), for GitHub code scanning and other CI tools. One rule per
 * severity; a finding on a deleted line points at its file only (the line no longer exists).
 */
function toSarif(r, meta) {
    // Refuted findings are results too, suppressed with the second look's reason: kept, not alerted on.
    const findings = [
        ...reportedFindings(r).map((f) => ({ ...f, refuted: null })),
        ...refutedFindings(r).map((f) => ({
            ...f,
            placement: 'refuted',
            refuted: `Refuted on a second look (${f.confidence} confidence): ${f.evidence || 'no reason given'}`,
        })),
    ];
    const rules = types/* SEVERITIES */.oC.map((s) => ({
        id: `vtrix-review/${s}`,
        name: `${s[0].toUpperCase()}${s.slice(1)}Finding`,
        shortDescription: { text: RULE_TEXT[s] },
        defaultConfiguration: { level: LEVEL[s] },
        properties: { tags: ['code-review'] },
    }));
    const results = findings.map((f) => {
        const uri = f.path
            .split('/')
            .map((p) => encodeURIComponent(p))
            .join('/');
        const right = f.side === 'RIGHT';
        const region = { startLine: f.startLine ?? f.line, endLine: f.line };
        const head = f.title.trim() || f.severity;
        const text = right ? `${head}\n\n${f.body}` : `${head} (on deleted ${where(f)})\n\n${f.body}`;
        const result = {
            ruleId: `vtrix-review/${f.severity}`,
            ruleIndex: (0,findings_types/* severityRank */.q)(f.severity),
            level: LEVEL[f.severity],
            message: { text },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                        ...(right ? { region } : {}),
                    },
                },
            ],
            properties: { severity: f.severity, placement: f.placement },
        };
        if (f.refuted)
            result['suppressions'] = [{ kind: 'external', justification: f.refuted }];
        if (f.fingerprint)
            result['partialFingerprints'] = { 'vtrixReviewFinding/v1': f.fingerprint };
        if (right && f.suggestion !== null) {
            result['fixes'] = [
                {
                    description: { text: 'Suggested change' },
                    artifactChanges: [
                        {
                            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                            replacements: [
                                {
                                    // Whole lines out, the suggested lines in (as GitHub's suggestion blocks do).
                                    deletedRegion: region,
                                    insertedContent: { text: f.suggestion.replace(/\n$/, '') },
                                },
                            ],
                        },
                    ],
                },
            ];
        }
        return result;
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'vtrix-review',
                        version: meta.version,
                        informationUri: 'https://github.com/vtrix/vtrix-review',
                        rules,
                    },
                },
                automationDetails: { id: 'vtrix-review/' },
                ...(meta.root
                    ? {
                        originalUriBaseIds: {
                            '%SRCROOT%': { uri: (0,external_node_url_.pathToFileURL)(meta.root.replace(/\/?$/, '/')).href },
                        },
                    }
                    : {}),
                results,
                properties: {
                    source: meta.source,
                    model: meta.model,
                    reasoningEffort: meta.effort,
                    notReviewed: notReviewed([...r.failed, ...r.skipped]),
                },
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/cli/format/terminal.ts

/*
 * What the model or the PR author wrote (titles, bodies, suggestions, summaries, the verdict, file
 * paths, diff lines), printed on a terminal, must not drive it: OSC 52 writes the clipboard, OSC 0 sets
 * the title, CSI 2J clears the screen, and bidirectional overrides reorder what is shown (Trojan Source).
 * Escape sequences go whole, so their parameters are not left behind as text; then every other control.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const SEQUENCE = new RegExp([
    // CSI (ESC [ or 8-bit 0x9b): parameters, intermediates, one final byte.
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]',
    // OSC, DCS, SOS, PM, APC: a string up to BEL or ST (ESC \ or 0x9c), or to the end of the line.
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u0007\\u001b\\u009c\\n]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    // Any other escape: intermediates and one final byte (ESC c resets the terminal, ESC ( 0 …).
    '\\u001b[ -/]*[0-~]',
].join('|'), 'g');
/** C0 except tab and newline, DEL, C1, and the bidirectional marks, embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
/** `text` without escape sequences and control characters (tab and newline kept), secrets redacted. */
function terminalText(text) {
    return (0,sanitize/* redact */.E$)(text.replace(SEQUENCE, '').replace(CONTROL, ''));
}
const JSON_INERT = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/**
 * JSON text (as JSON.stringify writes it, C0 controls already escaped) with DEL, the C1 controls and
 * the bidirectional controls written as `\u` escapes too: the same value for a parser, inert on a terminal.
 */
function inertJson(json) {
    return json.replace(JSON_INERT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function painter(on) {
    const c = (code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { bold: c(1), dim: c(2), red: c(31), yellow: c(33), green: c(32), cyan: c(36) };
}

;// CONCATENATED MODULE: ./src/cli/format/text.ts



/* The text format: the plan and the review for a terminal, in our colours when it is one. */
function renderPlan(plan, files, s, label, p, cost, tools, look) {
    // Paths and reasons come from the diff (the PR author): shown, never interpreted by the terminal.
    const t = terminalText;
    const lines = [p.bold(`Plan for ${t(label)}`), ''];
    lines.push(`Files: ${files.length} changed, ${plan.reviewable.length} to review, ${plan.skipped.length} skipped`);
    for (const f of plan.skipped)
        lines.push(p.dim(`  skip ${t(f.path)}: ${t(f.reason)}`));
    lines.push('');
    const total = plan.requests.reduce((n, r) => n + r.promptTokens, 0);
    lines.push(`Requests: ${plan.requests.length} (model ${t(s.model)}, effort ${s.reasoningEffort}, ${plan.promptLimit.toLocaleString('en-US')} prompt tokens each at most, ${s.maxTokens.toLocaleString('en-US')} reserved for the answer)`);
    plan.requests.forEach((r, i) => {
        const fill = ((100 * r.promptTokens) / plan.promptLimit).toFixed(1);
        lines.push(`  ${i + 1}. ${r.promptTokens.toLocaleString('en-US')} prompt tokens (${fill}% of the limit), ${r.chunk.pieces.length} file part(s)`);
        for (const piece of r.chunk.pieces) {
            lines.push(p.dim(`       ${t(piece.file.path)}${piece.part ? ` (part ${piece.part.index}/${piece.part.total})` : ''}: ${piece.tokens.toLocaleString('en-US')} tokens`));
        }
    });
    lines.push('', `Total: ${total.toLocaleString('en-US')} prompt tokens in ${plan.requests.length} request(s); at most ${(plan.requests.length * s.maxTokens).toLocaleString('en-US')} completion tokens.`, tools.enabled
        ? `Repository tools: on (git objects at --head), at most ${tools.maxCallsPerRequest} calls per request and ${tools.maxResultTokens.toLocaleString('en-US')} tokens per result; their results add to the prompt tokens above.`
        : `Repository tools: off (${tools.offBecause}).`, look.enabled
        ? `Second look: on: the critical and major findings are sent back once more (in batches of up to 8, ${tools.enabled ? 'with the tools' : 'without tools'}) to be confirmed or refuted; extra requests not counted above.`
        : `Second look: off (second-look: ${look.setting}${look.setting === 'deep' ? ', and this is not a deep review' : ''}).`, `Estimated cost: ${usd(cost.input)} for the prompts, plus at most ${usd(cost.outputAtMost)} for the answers (at $${cost.prices.input}/M input and $${cost.prices.output}/M output tokens; set --price-input and --price-output for your provider).`);
    return lines.join('\n') + '\n';
}
const SEV_COLOR = { critical: 'red', major: 'red', minor: 'yellow', nit: 'dim' };
/**
 * The review for the terminal. Every text the model or the PR author wrote goes through terminalText
 * before it is painted, so only our own colour codes reach the terminal.
 */
function renderReview(r, files, p) {
    const t = terminalText;
    const byPath = new Map(files.map((f) => [f.path, f]));
    const lines = [];
    if (r.requests > 0) {
        const color = r.verdict.level ? SEV_COLOR[r.verdict.level] : 'green';
        lines.push(p.bold(p[color](`Verdict: ${t(r.verdict.text)}`)), '');
    }
    for (const s of r.summaries)
        lines.push(t(s).trim());
    if (lines.length > 0)
        lines.push('');
    if (r.changeTypes.length > 0)
        lines.push(`Type: ${r.changeTypes.join(', ')}`, '');
    const walk = walkthroughLines(r);
    if (walk.length > 0) {
        lines.push(p.bold('Walkthrough'));
        for (const w of walk)
            lines.push(`  ${p.cyan(t(w.path))}: ${w.summary !== null ? t(w.summary) : p.dim('not listed by the model')}`);
        lines.push('');
    }
    const items = [
        ...r.placement.inline.map((c) => ({
            f: c.finding,
            path: c.path,
            line: c.line,
            start: c.startLine,
            note: c.movedFrom ? 'nearest diff line' : '',
        })),
        ...r.placement.body.map((b) => ({
            f: b.finding,
            path: b.path,
            line: b.finding.line,
            start: b.finding.startLine,
            note: b.reason,
        })),
    ].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
    let current = '';
    for (const it of items) {
        if (it.path !== current) {
            current = it.path;
            lines.push(p.bold(p.cyan(t(it.path))));
        }
        const sev = p[SEV_COLOR[it.f.severity] ?? 'dim'](it.f.severity.toUpperCase());
        const where = it.start && it.start < it.line ? `${it.start}-${it.line}` : `${it.line}`;
        lines.push(`  ${where}  ${sev}  ${p.bold(t(it.f.title))}${it.note ? p.dim(` (${t(it.note)})`) : ''}`);
        for (const code of codeLines(byPath.get(it.path), {
            side: it.f.side,
            line: it.line,
            startLine: it.start,
        }))
            lines.push(p.dim(`      ${t(code)}`));
        for (const b of t(it.f.body).split('\n'))
            lines.push(`    ${b}`);
        if (it.f.suggestion) {
            lines.push(p.green('    suggestion:'));
            for (const s of t(it.f.suggestion).replace(/\n$/, '').split('\n'))
                lines.push(p.green(`      ${s}`));
        }
        lines.push('');
    }
    if (r.secondLook) {
        const l = r.secondLook;
        lines.push(p.bold(`Second look: ${l.candidates} critical/major finding(s) checked again${l.withTools ? ' with the repository tools' : ''}: ${l.confirmed} confirmed, ${l.unsure} doubted but kept, ${l.refuted.length} refuted, ${l.unchecked} not checked.`));
        for (const f of refutedFindings(r)) {
            lines.push(p.dim(`  refuted  ${t(f.path)} ${where(f)}  ${f.severity.toUpperCase()}  ${t(f.title)}`));
            lines.push(p.dim(`    why (${f.confidence} confidence): ${t(f.evidence) || 'no reason given'}`));
        }
        lines.push('');
    }
    const hidden = r.belowThreshold.length;
    lines.push(`${items.length} finding(s)${hidden ? `, ${hidden} below min-severity hidden` : ''}; ${r.plan.reviewable.length} file(s) reviewed, ${r.skipped.length} skipped${r.failed.length ? `, ${r.failed.length} failed` : ''}; ${r.requests} request(s), ${r.promptTokens} prompt + ${r.completionTokens} completion tokens.`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/format/report.ts






const FORMATS = ['text', 'markdown', 'json', 'sarif'];
/** The review in `format` (`--format`). */
function reviewReport(format, r, files, meta, paint) {
    if (format === 'json')
        return toJson(r, meta);
    if (format === 'sarif')
        return toSarif(r, meta);
    if (format === 'markdown')
        return toMarkdown(r, files, meta);
    return renderReview(r, files, paint);
}
/** A dry run's plan: JSON for `--format json`, otherwise text (SARIF has no plan; refused earlier). */
function planReport(format, plan, files, s, meta, paint, cost) {
    const on = (0,src_settings/* toolsEnabled */.d2)(s, s.reasoningEffort === 'xhigh');
    const offBecause = !on
        ? s.repositoryTools === 'never' || s.maxToolCalls === 0
            ? 'turned off (repository-tools: never, or max-tool-calls: 0)'
            : 'only a deep review (reasoning effort xhigh) uses them with repository-tools: deep'
        : meta.root === undefined
            ? 'a diff file has no repository to read'
            : null;
    const tools = {
        enabled: offBecause === null,
        setting: s.repositoryTools,
        offBecause,
        maxCallsPerRequest: s.maxToolCalls,
        maxResultTokens: s.maxToolResultTokens,
    };
    const look = {
        enabled: (0,src_settings/* secondLookEnabled */.D2)(s, s.reasoningEffort === 'xhigh'),
        setting: s.secondLook,
    };
    return format === 'json'
        ? planJson(plan, files, s.maxTokens, meta, cost, tools, look)
        : renderPlan(plan, files, s, meta.source, paint, cost, tools, look);
}
/**
 * The report as written out. The text format is cleaned string by string (our colours stay); the
 * others contain no escape sequence of ours, so nothing a model or PR author wrote can drive a
 * terminal that shows them.
 */
function inert(format, report) {
    if (format === 'text')
        return report;
    return format === 'markdown' ? terminalText(report) : inertJson(report);
}

;// CONCATENATED MODULE: ./src/cli/args.ts






/** The flags, as parsed; throws on an unknown flag or a missing value (a usage error). */
function parseFlags(argv) {
    return (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: false,
        options: {
            diff: { type: 'string' },
            base: { type: 'string' },
            head: { type: 'string' },
            model: { type: 'string' },
            'base-url': { type: 'string' },
            'reasoning-effort': { type: 'string' },
            'max-tokens': { type: 'string' },
            'context-window': { type: 'string' },
            temperature: { type: 'string' },
            'top-p': { type: 'string' },
            'instruction-role': { type: 'string' },
            include: { type: 'string' },
            exclude: { type: 'string' },
            instructions: { type: 'string' },
            'max-comments': { type: 'string' },
            'min-severity': { type: 'string' },
            concurrency: { type: 'string' },
            'request-timeout': { type: 'string' },
            'max-requests': { type: 'string' },
            'max-prompt-tokens': { type: 'string' },
            config: { type: 'string' },
            'repo-config-from-worktree': { type: 'boolean' },
            'full-file-context': { type: 'string' },
            'repository-tools': { type: 'string' },
            'second-look': { type: 'string' },
            'max-tool-calls': { type: 'string' },
            'max-tool-result-tokens': { type: 'string' },
            'max-image-bytes': { type: 'string' },
            title: { type: 'string' },
            format: { type: 'string' },
            output: { type: 'string' },
            'fail-on': { type: 'string' },
            'price-input': { type: 'string' },
            'price-output': { type: 'string' },
            'dry-run': { type: 'boolean' },
            describe: { type: 'boolean' },
            diagram: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean' },
        },
    }).values;
}
/** The flags that name git revisions. */
const REF_FLAGS = ['base', 'head'];
/**
 * Flags that make no sense together, and a ref flag's value that git would read as an option
 * (`--base=--octopus`, `--head=--output=x`): refused before git sees it. Revisions are also passed
 * after `--end-of-options`, so none is ever an option.
 */
function usageProblem(v) {
    if (v['repo-config-from-worktree'] === true && v.diff === undefined)
        return '--repo-config-from-worktree goes with --diff: a git range reads the repository files from its base commit';
    if (v.describe === true && v.format !== undefined && v.format.toLowerCase() !== 'text')
        return `--describe prints the description section as Markdown, in place of the report: drop --format ${terminalText(v.format)}`;
    if (v.describe === true && v['dry-run'] === true)
        return '--describe prints what the review found, and a dry run sends nothing to the model: drop --dry-run';
    for (const flag of REF_FLAGS) {
        const ref = v[flag];
        if (ref === undefined)
            continue;
        if (ref.trim() === '')
            return `--${flag} needs a branch, tag or commit, like --${flag} main`;
        if (ref.startsWith('-'))
            return `--${flag} must be a branch, tag or commit, not an option: got '${terminalText(ref)}'. Git refs cannot start with '-'; write the ref itself, like --${flag} origin/main`;
    }
    return null;
}
/** Flags with the name and meaning of an action input. */
const INPUT_FLAGS = [
    'model',
    'base-url',
    'reasoning-effort',
    'max-tokens',
    'context-window',
    'temperature',
    'top-p',
    'instruction-role',
    'include',
    'exclude',
    'instructions',
    'max-comments',
    'min-severity',
    'concurrency',
    'request-timeout',
    'max-requests',
    'max-prompt-tokens',
    'full-file-context',
    'repository-tools',
    'second-look',
    'max-tool-calls',
    'max-tool-result-tokens',
    'max-image-bytes',
];
/** The settings the flags give, read as the action reads its inputs (before the configuration file). */
function settingsFromFlags(v, apiKey) {
    const inputs = { 'api-key': apiKey };
    for (const name of INPUT_FLAGS)
        inputs[name] = v[name] ?? '';
    if (v.diagram === true)
        inputs['diagram'] = 'true';
    const given = (0,src_settings/* readSettings */.sb)((n) => inputs[n] ?? '', { requireApiKey: false });
    // A flag on the command line overrides the configuration file, even when it repeats the default.
    given.setInputs = Object.keys(src_settings/* CONFIG_INPUT_DEFAULTS */.fI).filter((n) => v[n] !== undefined);
    return given;
}
/** Settings speak of action inputs; on the command line they are flags. */
function inFlagTerms(message) {
    return message.replace(/Input '([\w-]+)'/g, "Option '--$1'").replace(/input '([\w-]+)'/g, "option '--$1'");
}
/** The output flags, checked; throws with what to change. */
function outputOptions(v, dryRun) {
    const format = (v.format ?? 'text').toLowerCase();
    if (!FORMATS.includes(format))
        throw new Error(`--format must be one of ${FORMATS.join(', ')}; got '${v.format}'`);
    if (format === 'sarif' && dryRun)
        throw new Error('--format sarif reports findings, and a dry run has none: set VTRIX_API_KEY to review, or use --format json for the plan');
    const failOn = (v['fail-on'] ?? 'none').toLowerCase();
    if (failOn !== 'none' && !types/* SEVERITIES */.oC.includes(failOn))
        throw new Error(`--fail-on must be none or one of ${types/* SEVERITIES */.oC.join(', ')}; got '${v['fail-on']}'`);
    const price = (name, dflt) => {
        const raw = v[name];
        if (raw === undefined)
            return dflt;
        const n = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(n) || n < 0)
            throw new Error(`--${name} must be a price in USD per million tokens, like 1.75; got '${raw}'`);
        return n;
    };
    if (v.output === '')
        throw new Error('--output needs a file name');
    return {
        format: format,
        output: v.output ?? null,
        failOn: failOn,
        describe: v.describe === true,
        prices: {
            input: price('price-input', DEFAULT_PRICES.input),
            output: price('price-output', DEFAULT_PRICES.output),
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/usage.ts
/** `vtrix-review --help`, and what a usage error is followed by. */
const USAGE = `Usage: vtrix-review [options]
       vtrix-review describe [options]   (the same as --describe)

Reviews local changes with the same pipeline as the GitHub Action and prints the review.

Source of the diff (one of):
  --diff FILE            a unified diff file ('-' reads standard input)
  --base REF             review REF...HEAD (default: the merge base with origin's default branch)
  --head REF             the last commit to review (default: HEAD)

Options (same meaning as the action inputs):
  --model ID  --base-url URL  --reasoning-effort low|medium|high|xhigh  --max-tokens N
  --context-window N  --include GLOBS  --exclude GLOBS  --instructions TEXT
  --max-comments N  --min-severity critical|major|minor|nit  --concurrency N  --request-timeout SECONDS
  --max-requests N  --max-prompt-tokens N   run budget (0: no cap)
  --temperature 0-2  --top-p 0-1   sampling parameters (default: not sent, the provider's own)
  --instruction-role auto|system|developer   role of the instructions (default auto: system, and
                         developer when the endpoint refuses system)
  --config FILE          configuration file to use, read from disk as given (default:
                         .github/vtrix-review.yml of the base commit); these options override it
  --repo-config-from-worktree   with --diff (no base commit): read .github/vtrix-review.yml,
                         AGENTS.md and .github/copilot-instructions.md from the working tree, which
                         may hold the change under review (default: not read); never through a link
  --full-file-context true|false   add small changed files whole (read from git objects at --head)
                         where requests have room (default true; a git range only)
  --repository-tools deep|always|never   let the model read the repository at --head (git objects,
                         never the working tree) through read-only tools; deep: at
                         --reasoning-effort xhigh only (default); a git range only
  --second-look deep|always|never   check the critical and major findings once more before
                         reporting them (with the tools when they are on); refuted ones are
                         reported apart; deep: at --reasoning-effort xhigh only (default)
  --max-tool-calls N  --max-tool-result-tokens N   tool budget per request (default 12, 20000)
  --max-image-bytes N    changed PNG, JPEG, GIF and WebP files sent as images, in all at most N
                         bytes (default 4194304; 0: none), read from git objects (new at --head,
                         old at the merge base); a git range only
  --describe             print the generated section of the PR description (Markdown, markers
                         included, as the action's describe: true writes it) in place of the
                         report, from the same review; not with --format or --dry-run
  --diagram              with --describe: ask for a Mermaid sequence diagram of a flow across
                         several files, shown in the section once checked
  --dry-run              print the plan (files, requests, tokens, estimated cost) without calling the model
  --title TEXT           title given to the model (default: the first commit's subject)

Output:
  --format text|markdown|json|sarif   text (default) is for the terminal, in colour when it is one;
                         sarif is for GitHub code scanning and other CI systems
  --output FILE          write the report to FILE instead of standard output
  --fail-on SEVERITY     exit with 3 when a finding at or above it is reported
                         (critical|major|minor|nit; default none)
  --price-input USD  --price-output USD   price per million tokens for the cost estimate
                         (default 1.75 and 14: OpenAI's list price for gpt-5.3-codex)
  -h, --help  --version

The API key is read from VTRIX_API_KEY. Without it, vtrix-review prints the plan (a dry run).
Progress goes to standard error. Exit codes: 0 done, 1 error, 2 bad usage, 3 findings at or
above --fail-on.`;

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/cli/git.ts


function git(args) {
    return (0,external_node_child_process_.execFileSync)('git', args, {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'pipe', 'pipe'],
    }).trimEnd();
}
/** `--diff FILE` (`-`: standard input), else the range `--base...--head` of the current repository. */
function readSource(v) {
    if (v.diff !== undefined) {
        if (v.base !== undefined || v.head !== undefined)
            throw new Error('use either --diff or --base/--head, not both');
        let diff;
        try {
            diff = (0,external_node_fs_.readFileSync)(v.diff === '-' ? 0 : v.diff, 'utf8');
        }
        catch (e) {
            throw new Error(`cannot read the diff file '${v.diff}': ${e.message}`, { cause: e });
        }
        const name = v.diff === '-' ? 'standard input' : v.diff;
        return {
            diff,
            label: name,
            title: `Changes in ${name}`,
            body: '',
            repo: 'local',
            headSha: '0'.repeat(40),
            baseSha: '0'.repeat(40),
            headRef: '',
            baseRef: '',
            root: null,
        };
    }
    try {
        git(['rev-parse', '--git-dir']);
    }
    catch (e) {
        throw new Error('not inside a git repository: run it in one, or pass --diff FILE', { cause: e });
    }
    const head = v.head ?? 'HEAD';
    const baseRef = v.base ?? defaultBase();
    let baseSha;
    let headSha;
    try {
        headSha = git(['rev-parse', '--verify', '--end-of-options', `${head}^{commit}`]);
        baseSha = git(['merge-base', '--end-of-options', baseRef, headSha]);
    }
    catch (e) {
        throw new Error(`cannot resolve the range ${baseRef}...${head}: ${(e.stderr ?? e.message).trim()}`, { cause: e });
    }
    const diff = git([
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--find-renames',
        '--end-of-options',
        baseSha,
        headSha,
        '--',
    ]) + '\n';
    const log = git([
        'log',
        '--format=%s%n%n%b',
        '--reverse',
        '--end-of-options',
        `${baseSha}..${headSha}`,
        '--',
    ]);
    const title = log.split('\n')[0] || `Changes since ${baseRef}`;
    const top = git(['rev-parse', '--show-toplevel']);
    return {
        diff,
        label: `${baseRef}...${head} (${baseSha.slice(0, 7)}..${headSha.slice(0, 7)})`,
        title,
        body: log,
        repo: top.split('/').pop() ?? 'local',
        headSha,
        baseSha,
        headRef: head,
        baseRef,
        root: top,
    };
}
/** The top-level directory of the working tree (links resolved), or null outside a repository. */
function worktreeTop(source) {
    try {
        return (0,external_node_fs_.realpathSync)(source.root ?? git(['rev-parse', '--show-toplevel']));
    }
    catch {
        return null;
    }
}
/** The branch a PR would target: origin's default branch, else main or master. */
function defaultBase() {
    try {
        return git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    }
    catch {
        for (const ref of ['origin/main', 'origin/master', 'main', 'master']) {
            try {
                git(['rev-parse', '--verify', '--quiet', '--end-of-options', ref]);
                return ref;
            }
            catch {
                /* try the next */
            }
        }
    }
    throw new Error('cannot find the default branch: pass --base REF');
}
/** The pull request a local review stands for: no number, no author, always open. */
function localPullRequest(source, title, changedFiles) {
    return {
        owner: 'local',
        repo: source.repo,
        number: 0,
        title: title ?? source.title,
        body: source.body,
        headSha: source.headSha,
        baseSha: source.baseSha,
        headRef: source.headRef,
        baseRef: source.baseRef,
        draft: false,
        state: 'open',
        author: '',
        htmlUrl: '',
        changedFiles,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/cli/repo-files.ts



/** Only plain relative paths: `..`, `.`, empty segments or an absolute path could leave the root. */
function plainPath(path) {
    return (path !== '' &&
        !path.startsWith('/') &&
        !path.includes('\0') &&
        path.split('/').every((s) => s !== '' && s !== '.' && s !== '..'));
}
const NOT_PLAIN = { kind: 'skipped', why: 'its path is not a plain path inside the repository' };
function tooLarge(size, maxBytes) {
    return { kind: 'skipped', why: `it is ${size} bytes, over the ${maxBytes} read at most` };
}
/**
 * `path` as committed in `commit`, read from git objects. A symbolic link there is a blob holding the
 * link's target: it is reported as skipped, never read as text, and never resolved.
 */
function readAtCommit(root, commit, path, maxBytes) {
    if (!plainPath(path))
        return NOT_PLAIN;
    const entry = treeEntry(root, commit, path);
    if (!entry)
        return { kind: 'missing' };
    if (entry.mode === '120000')
        return { kind: 'skipped', why: 'it is a symbolic link, not a regular file' };
    if (entry.mode === '160000')
        return { kind: 'skipped', why: 'it is a submodule, not a regular file' };
    if (entry.mode !== '100644' && entry.mode !== '100755')
        return { kind: 'skipped', why: 'it is a directory, not a regular file' };
    if (entry.size > maxBytes)
        return tooLarge(entry.size, maxBytes);
    const text = (0,external_node_child_process_.execFileSync)('git', ['-C', root, 'cat-file', 'blob', entry.object], {
        encoding: 'utf8',
        maxBuffer: maxBytes + 1,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { kind: 'file', text };
}
/**
 * `path` as committed in `commit`, as bytes (an image is never decoded as text), or what stands there
 * instead: a link is named with its target, never followed; a file over `maxBytes` only by its size.
 */
function readBytesAtCommit(root, commit, path, maxBytes) {
    if (!plainPath(path))
        throw new Error(`${JSON.stringify(path)} is not a plain path inside the repository`);
    const entry = treeEntry(root, commit, path);
    if (!entry)
        return { kind: 'missing' };
    if (entry.mode === '160000')
        return { kind: 'submodule' };
    const blob = () => (0,external_node_child_process_.execFileSync)('git', ['-C', root, 'cat-file', 'blob', entry.object], {
        maxBuffer: entry.size + 1,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The link's target names it in the log; a path is short, a longer blob is not read for that.
    if (entry.mode === '120000')
        return { kind: 'symlink', target: entry.size <= 4096 ? blob().toString('utf8') : '' };
    if (entry.mode !== '100644' && entry.mode !== '100755')
        return { kind: 'directory' };
    if (entry.size > maxBytes)
        return { kind: 'too-large', size: entry.size };
    const bytes = blob();
    return { kind: 'file', bytes, size: bytes.length };
}
/** `path`'s entry in `commit`'s tree (`git ls-tree`), or null when there is none. */
function treeEntry(root, commit, path) {
    let listing;
    try {
        // --full-tree: paths from the root, whatever the working directory; --literal-pathspecs: no globs.
        listing = (0,external_node_child_process_.execFileSync)('git', [
            '-C',
            root,
            '--literal-pathspecs',
            'ls-tree',
            '-z',
            '-l',
            '--full-tree',
            '--end-of-options',
            commit,
            '--',
            path,
        ], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (e) {
        const detail = (e.stderr ?? e.message).trim();
        throw new Error(`cannot list ${path} at ${commit.slice(0, 7)}: ${detail}`, { cause: e });
    }
    // `<mode> <type> <object> <size>\t<path>\0` per entry.
    const entry = listing
        .split('\0')
        .map((line) => /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/.exec(line))
        .find((m) => m !== null && m[5] === path);
    if (!entry)
        return null;
    const [, mode, , object, size] = entry;
    return { mode, object, size: size === '-' ? 0 : Number(size) };
}
/**
 * `path` in the working tree under `root`, only when every part of it is a real directory or, at the
 * end, a regular file inside `root`: no symbolic link is followed, whether it points inside or out.
 */
function readInWorktree(root, path, maxBytes) {
    if (!plainPath(path))
        return NOT_PLAIN;
    const top = (0,external_node_fs_.realpathSync)(root);
    const parts = path.split('/');
    let at = top;
    for (const [i, part] of parts.entries()) {
        at = (0,external_node_path_.join)(at, part);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(at);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return { kind: 'missing' };
            throw e;
        }
        const last = i === parts.length - 1;
        if (st.isSymbolicLink()) {
            return {
                kind: 'skipped',
                why: last
                    ? 'it is a symbolic link, not a regular file'
                    : `${parts.slice(0, i + 1).join('/')} is a symbolic link, which is not followed`,
            };
        }
        if (!last && !st.isDirectory())
            return { kind: 'missing' };
        if (last && !st.isFile())
            return { kind: 'skipped', why: 'it is not a regular file' };
    }
    // O_NOFOLLOW: a link swapped in since the check is refused; O_NONBLOCK: a FIFO cannot hang the open.
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(at, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        if (e.code === 'ELOOP')
            return { kind: 'skipped', why: 'it is a symbolic link, not a regular file' };
        throw e;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return { kind: 'skipped', why: 'it is not a regular file' };
        if ((0,external_node_fs_.realpathSync)(at) !== at)
            return { kind: 'skipped', why: 'its path leads out of the repository' };
        if (st.size > maxBytes)
            return tooLarge(st.size, maxBytes);
        const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
        let n = 0;
        // One byte more than allowed: a file that grew since fstat is caught too.
        while (n < buf.length) {
            const got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
        }
        if (n > maxBytes)
            return tooLarge(n, maxBytes);
        if (n === buf.length)
            return { kind: 'skipped', why: 'it changed while it was read' };
        return { kind: 'file', text: buf.subarray(0, n).toString('utf8') };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * A file named on the command line (`--config FILE`): inside the working tree under `root` it is one
 * of the repository's files, read as readInWorktree reads them; anywhere else it is the user's own
 * file, read from disk as given (links followed: the user chose it). `maxBytes` bounds the former.
 */
function readNamed(root, file, maxBytes) {
    const abs = (0,external_node_path_.resolve)(file);
    if (root !== null && abs.startsWith(root + external_node_path_.sep))
        return readInWorktree(root, (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/'), maxBytes);
    try {
        return { kind: 'file', text: (0,external_node_fs_.readFileSync)(file, 'utf8') };
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw new Error(`cannot read '${file}': ${e.message}`, { cause: e });
        return { kind: 'missing' };
    }
}

;// CONCATENATED MODULE: ./src/cli/repo-reader.ts




/** Whole-file context is for small files (see MAX_CONTEXT_LINES): a larger read is not needed. */
const MAX_CONTEXT_READ_BYTES = 4 << 20;
/** Configuration and instruction files: withRepoConfig bounds them further. */
const MAX_REPO_FILE_BYTES = 4 << 20;
/** The files for full-file context: as of the reviewed head commit, not the working tree. */
function headReader(source) {
    const root = source.root;
    if (!root)
        return null;
    return async (path) => {
        const f = readAtCommit(root, source.headSha, path, MAX_CONTEXT_READ_BYTES);
        return f.kind === 'file' ? f.text : null;
    };
}
/**
 * The changed images' bytes, as the action reads them at the pull request's commits: the new version
 * at the head commit, the old one at the merge base the diff starts from (git objects, never the
 * working tree). None for a diff file: it names no commit to read them at.
 */
function imageReader(source) {
    const root = source.root;
    if (!root)
        return null;
    return async (path, side, maxBytes) => readBytesAtCommit(root, side === 'new' ? source.headSha : source.baseSha, path, maxBytes);
}
/** A file that is there but was not read is a notice in the log (withRepoConfig words it). */
function textOf(f) {
    if (f.kind === 'file')
        return f.text;
    if (f.kind === 'missing')
        return null;
    throw new Error(`${f.why}; skipped`);
}
/**
 * Reads the repository's files as the action does: from the base commit of a range (git objects, so
 * a committed symbolic link is never followed). A diff file has no base commit, and the working tree
 * may hold the very change under review, so its files are read only with --repo-config-from-worktree,
 * and never through a link. `--config FILE` is read from disk as given, but a file inside the
 * repository only without links, like the working tree's.
 */
function repoReader(source, configFlag, fromWorktree, files) {
    let top;
    const worktree = () => {
        if (top === undefined)
            top = worktreeTop(source);
        return top;
    };
    const fromConfigFlag = (file) => {
        const root = worktree() ?? (fromWorktree ? (0,external_node_fs_.realpathSync)(process.cwd()) : null);
        const f = readNamed(root, file, MAX_REPO_FILE_BYTES);
        if (f.kind === 'missing')
            throw new Error(`the --config file '${file}' does not exist`);
        if (f.kind === 'skipped')
            throw new Error(`cannot use the --config file '${file}': ${f.why}. Name the file itself, inside the repository.`);
        return f.text;
    };
    const isConfigFlag = (path) => configFlag !== undefined && path === configFlag;
    const configWhere = 'the file given with --config';
    if (source.root) {
        const root = source.root;
        const base = source.baseSha;
        return {
            read: async (path) => isConfigFlag(path)
                ? fromConfigFlag(path)
                : textOf(readAtCommit(root, base, path, MAX_REPO_FILE_BYTES)),
            where: `the base commit ${base.slice(0, 7)}`,
            configWhere,
            trusted: true,
            notice: null,
        };
    }
    if (fromWorktree) {
        return {
            read: async (path) => isConfigFlag(path)
                ? fromConfigFlag(path)
                : textOf(readInWorktree(worktree() ?? process.cwd(), path, MAX_REPO_FILE_BYTES)),
            where: 'the working tree (not a trusted revision)',
            configWhere,
            trusted: false,
            notice: null,
        };
    }
    // Only the files that are there are worth a word (lstat: nothing is read or followed).
    const here = worktree() ?? process.cwd();
    const names = [...(configFlag === undefined ? [files.config] : []), ...files.instructions].filter((f) => {
        try {
            (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(here, f));
            return true;
        }
        catch {
            return false;
        }
    });
    return {
        read: async (path) => (isConfigFlag(path) ? fromConfigFlag(path) : null),
        where: 'the working tree',
        configWhere,
        trusted: true,
        notice: names.length === 0
            ? null
            : `Not reading ${names.join(', ')} from the working tree: a diff file has no base commit, and the working tree may hold the change under review. Pass --repo-config-from-worktree to use them, or review a git range (--base) to read them from its base commit.`,
    };
}

;// CONCATENATED MODULE: ./src/cli/progress.ts

function isTty(o) {
    return Boolean(o.isTTY);
}
/**
 * The log before the review starts (configuration, notices). Log lines can carry file paths and model
 * text: no escape sequence of theirs reaches the terminal.
 */
function stderrLog(err, p) {
    return {
        info: (m) => err.write(p.dim(`${terminalText(m)}\n`)),
        warning: (m) => err.write(p.yellow(`warning: ${terminalText(m)}\n`)),
    };
}
/** Progress on standard error: one line per request, rewritten in place on a terminal. */
class ProgressLine {
    answered = 0;
    total = 0;
    prompt = 0;
    completion = 0;
    tty;
    err;
    p;
    constructor(err, p) {
        this.err = err;
        this.p = p;
        this.tty = isTty(err);
    }
    request(r, planned) {
        this.answered++;
        this.total = planned;
        this.prompt += r.promptTokens;
        this.completion += r.completionTokens;
    }
    info(m) {
        const status = `[${this.answered}/${this.total || '?'} requests, ${this.prompt.toLocaleString('en-US')} prompt + ${this.completion.toLocaleString('en-US')} completion tokens]`;
        const text = terminalText(m);
        if (this.tty)
            this.err.write(`\r\u001b[2K${this.p.dim(`${status} ${text}`)}`);
        else
            this.err.write(this.p.dim(`${status} ${text}\n`));
    }
    warning(m) {
        if (this.tty)
            this.err.write('\r\u001b[2K');
        this.err.write(this.p.yellow(`warning: ${terminalText(m)}\n`));
    }
    done() {
        if (this.tty)
            this.err.write('\n');
    }
}

;// CONCATENATED MODULE: ./src/cli/run.ts














/** The command-line entry. Returns the exit code. */
async function runCli(argv, out = process.stdout, err = process.stderr) {
    let v;
    try {
        // `vtrix-review describe …` is `vtrix-review --describe …`: the action input's name as a command.
        v = parseFlags(argv[0] === 'describe' ? ['--describe', ...argv.slice(1)] : argv);
    }
    catch (e) {
        err.write(`vtrix-review: ${e.message}\n\n${USAGE}\n`);
        return 2;
    }
    if (v.version) {
        out.write(`vtrix-review ${VERSION}\n`);
        return 0;
    }
    if (v.help) {
        out.write(USAGE + '\n');
        return 0;
    }
    const problem = usageProblem(v);
    if (problem) {
        err.write(`vtrix-review: ${problem}\n`);
        return 2;
    }
    const apiKey = process.env['VTRIX_API_KEY'] ?? '';
    // Kept out of every report, as the action keeps it out of what it posts.
    (0,sanitize/* registerSecret */.cl)(apiKey);
    const dryRun = v['dry-run'] === true || apiKey === '';
    if (v.describe === true && dryRun) {
        err.write('vtrix-review: --describe needs a review, and VTRIX_API_KEY is not set: set it to review\n');
        return 2;
    }
    let opts;
    try {
        opts = outputOptions(v, dryRun);
    }
    catch (e) {
        err.write(`vtrix-review: ${e.message}\n`);
        return 2;
    }
    const noColor = Boolean(process.env['NO_COLOR']);
    const paint = painter(opts.output === null && opts.format === 'text' && isTty(out) && !noColor);
    const errPaint = painter(isTty(err) && !noColor);
    const io = { out, err, errPaint, opts };
    if (v.diagram === true && !opts.describe)
        err.write(errPaint.dim('--diagram has no effect without --describe (the diagram goes in its section).\n'));
    const stages = await loadPipeline();
    try {
        const log = stderrLog(err, errPaint);
        const { settings, source } = await readConfiguredSettings(v, apiKey, log, stages);
        const files = stages.parseDiff(source.diff);
        const pr = localPullRequest(source, v.title, files.length);
        const meta = {
            version: VERSION,
            source: source.label,
            model: settings.model,
            effort: settings.reasoningEffort,
            ...(source.root ? { root: source.root } : {}),
        };
        if (dryRun) {
            if (apiKey === '' && v['dry-run'] !== true)
                err.write(errPaint.dim('VTRIX_API_KEY is not set: showing the plan only (dry run).\n'));
            // Planned as the review would send it: with the tools' definitions and room when they are on.
            const count = stages.createTokenCounter();
            const definitions = (0,src_settings/* toolsEnabled */.d2)(settings, settings.reasoningEffort === 'xhigh') && source.root
                ? (await __webpack_require__.e(/* import() */ 93).then(__webpack_require__.bind(__webpack_require__, 41093))).TOOL_DEFINITIONS
                : undefined;
            // And with the changed images it would send, read from git: no model request.
            const readImage = run_images(io, settings, source, files, stages);
            const planned = await stages.plannedOptions({ ...settings, ...(readImage ? { readImage } : {}) }, definitions, files, count, log);
            const plan = stages.planReview(pr, files, planned, count);
            const cost = estimateCost(plan, settings, opts.prices);
            emit(io, planReport(opts.format, plan, files, settings, meta, paint, cost));
            return 0;
        }
        return await review(io, stages, settings, source, pr, files, meta, paint);
    }
    catch (e) {
        const msg = e.message ?? String(e);
        err.write(`vtrix-review: ${terminalText(inFlagTerms(msg))}\n`);
        return 1;
    }
}
/**
 * The pipeline (tokenizer, model client) loads only when a review is set up: `--help` and usage errors
 * stay instant.
 */
async function loadPipeline() {
    const [{ parseDiff }, { countTokens, createTokenCounter }, { planReview }, { reviewPullRequest, plannedOptions }, { imageCandidates }, { createModelClient }, { withRepoConfig }, { DEFAULT_CONFIG_PATH, INSTRUCTION_FILES }, { gate },] = await Promise.all([
        __webpack_require__.e(/* import() */ 348).then(__webpack_require__.bind(__webpack_require__, 84348)),
        Promise.all(/* import() */[__webpack_require__.e(359), __webpack_require__.e(443)]).then(__webpack_require__.bind(__webpack_require__, 39443)),
        Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(644), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 82104)),
        Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(881), __webpack_require__.e(644), __webpack_require__.e(37), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 60037)),
        __webpack_require__.e(/* import() */ 912).then(__webpack_require__.bind(__webpack_require__, 57912)),
        Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(770), __webpack_require__.e(881)]).then(__webpack_require__.bind(__webpack_require__, 78881)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(507), __webpack_require__.e(36)]).then(__webpack_require__.bind(__webpack_require__, 61036)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(507)]).then(__webpack_require__.bind(__webpack_require__, 45507)),
        __webpack_require__.e(/* import() */ 835).then(__webpack_require__.bind(__webpack_require__, 65835)),
    ]);
    return {
        parseDiff,
        countTokens,
        createTokenCounter,
        planReview,
        reviewPullRequest,
        plannedOptions,
        imageCandidates,
        createModelClient,
        withRepoConfig,
        DEFAULT_CONFIG_PATH,
        INSTRUCTION_FILES,
        gate,
    };
}
/** The flags over the repository's configuration file, read as the action reads them. */
async function readConfiguredSettings(v, apiKey, log, stages) {
    const given = settingsFromFlags(v, apiKey);
    const source = readSource(v);
    const repo = repoReader(source, v.config, v['repo-config-from-worktree'] === true, {
        config: stages.DEFAULT_CONFIG_PATH,
        instructions: stages.INSTRUCTION_FILES,
    });
    if (repo.notice)
        log.info(repo.notice);
    const settings = await stages.withRepoConfig(v.config === undefined ? given : { ...given, config: v.config }, repo.read, repo.where, {
        keepEffort: false,
        count: stages.countTokens,
        log,
        trusted: repo.trusted,
        ...(v.config !== undefined ? { configWhere: repo.configWhere } : {}),
    });
    return { settings, source };
}
/** The review against the model, its report, and the exit code (`--fail-on`: 3). */
async function review(io, stages, settings, source, pr, files, meta, paint) {
    const progress = new ProgressLine(io.err, io.errPaint);
    const readFile = headReader(source);
    const readImage = run_images(io, settings, source, files, stages);
    const tools = await openCliTools(io, settings, source, files, stages);
    const deep = settings.reasoningEffort === 'xhigh';
    const model = stages.createModelClient(settings, stages.countTokens);
    const result = await stages.reviewPullRequest(pr, files, [], {
        ...settings,
        deep,
        runUrl: null,
        // Never a link's target.
        ...(readFile ? { readFile } : {}),
        ...(readImage ? { readImage } : {}),
        ...(tools ? { tools } : {}),
        ...((0,src_settings/* secondLookEnabled */.D2)(settings, deep) ? { verify: { ask: model.ask } } : {}),
        // Asked for only when the section is printed: other runs send the smaller schema.
        askDiagram: io.opts.describe && settings.diagram,
    }, model.call, stages.createTokenCounter(), {
        info: (m) => progress.info(m),
        warning: (m) => progress.warning(m),
        request: (r, planned) => progress.request(r, planned),
    });
    progress.done();
    if (io.opts.describe) {
        const { describeFacts, describeSection } = await __webpack_require__.e(/* import() */ 259).then(__webpack_require__.bind(__webpack_require__, 25259));
        const section = describeSection(describeFacts(result, pr.headSha));
        emit(io, `${section}\n`, 'markdown');
    }
    else
        emit(io, reviewReport(io.opts.format, result, files, meta, paint));
    if (result.requests > 0 && result.summaries.length === 0)
        return 1;
    const { failOn } = io.opts;
    const g = stages.gate((0,verdict/* tally */.N4)(reportedFindings(result)), failOn);
    if (g.blocking > 0) {
        io.err.write(`vtrix-review: ${g.blocking} finding${g.blocking === 1 ? '' : 's'} at or above --fail-on ${failOn}.\n`);
        return 3;
    }
    return 0;
}
/**
 * How the changed images are read (see imageReader): null when none is to be, and said so when a diff
 * file changes images, which it holds no bytes of.
 */
function run_images(io, settings, source, files, stages) {
    const read = imageReader(source);
    if (!read && settings.maxImageBytes > 0 && stages.imageCandidates(files, settings).length > 0)
        io.err.write(io.errPaint.dim('Images are not reviewed: a diff file has no commits to read them at. Review a git range (--base) to send them.\n'));
    return read;
}
/**
 * The repository tools for a local review: the git objects at `--head` (never the working tree), at
 * `--reasoning-effort xhigh` or with `--repository-tools always`. None for a bare diff file.
 */
async function openCliTools(io, settings, source, files, stages) {
    if (!(0,src_settings/* toolsEnabled */.d2)(settings, settings.reasoningEffort === 'xhigh'))
        return null;
    if (!source.root) {
        io.err.write(io.errPaint.dim('Repository tools are off: a diff file has no repository to read.\n'));
        return null;
    }
    const [{ gitBaseFiles, gitFileHistory, gitRepository }, { createToolBox }, { MAX_HISTORY_COMMITS }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(985)]).then(__webpack_require__.bind(__webpack_require__, 38800)),
        Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(504), __webpack_require__.e(260)]).then(__webpack_require__.bind(__webpack_require__, 17504)),
        __webpack_require__.e(/* import() */ 93).then(__webpack_require__.bind(__webpack_require__, 41093)),
    ]);
    const root = source.root;
    const repo = await gitRepository(root, source.headSha, { maxFileBytes: 1024 * 1024 });
    const box = createToolBox({
        repo,
        files,
        // The merge base the diff starts from, as the action reads the pull request's base commit.
        base: gitBaseFiles(root, source.baseSha, { maxFileBytes: 1024 * 1024 }),
        history: (path) => gitFileHistory(root, source.headSha, path, MAX_HISTORY_COMMITS),
        maxResultTokens: settings.maxToolResultTokens,
        count: stages.countTokens,
    });
    io.err.write(io.errPaint.dim(`Repository tools on: git objects at ${source.headSha.slice(0, 7)}, at most ${settings.maxToolCalls} calls per request.\n`));
    return { box, maxCalls: settings.maxToolCalls };
}
/** The report to standard output, or to `--output FILE`. */
function emit(io, report, format = io.opts.format) {
    const text = inert(format, report);
    const file = io.opts.output;
    if (file === null) {
        io.out.write(text);
        return;
    }
    try {
        (0,external_node_fs_.writeFileSync)(file, text);
    }
    catch (e) {
        throw new Error(`cannot write the report to '${file}': ${e.message}`, { cause: e });
    }
    io.err.write(io.errPaint.dim(`Wrote ${format} report to ${file}\n`));
}


/***/ })

};
