export const id = 259;
export const ids = [259];
export const modules = {

/***/ 25259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ withDescription),
/* harmony export */   describeSection: () => (/* binding */ describeSection)
/* harmony export */ });
/* unused harmony exports DESCRIBE_START, MAX_SHOWN_DIAGRAMS, findSection */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40746);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27081);



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
/** The section, whole with its markers, at most `max` characters (table rows cut first). */
function describeSection(f, max = 20_000) {
    const head = `### What this pull request changes\n\n<sub>Written by vtrix-review at ${f.headSha.slice(0, 7)}; edits inside this section are replaced on the next review.</sub>`;
    const summary = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .introFrom */ .jl)(f.summaries, 1_000, Math.min(4_000, Math.max(0, max / 4)));
    // Fixed words from CHANGE_TYPES: nothing of the model's text.
    const type = f.changeTypes && f.changeTypes.length > 0 ? `**Type:** ${f.changeTypes.join(', ')}` : '';
    const rows = f.paths.map((p) => {
        const line = f.walkthrough.get(p);
        const what = line ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeInline */ .nW)(line, CELL_CHARS).replace(/\|/g, '\\|') : 'not listed by the model';
        return `| ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(p, { table: true })} | ${what} |`;
    });
    const diagrams = diagramBlock(f.diagrams ?? [], max - (head.length + type.length + summary.length + 300));
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
    return `${before}${describeSection(facts, Math.min(20_000, room))}${after}`;
}


/***/ })

};
