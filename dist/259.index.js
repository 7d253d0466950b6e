export const id = 259;
export const ids = [259];
export const modules = {

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
