export const id = 844;
export const ids = [844];
export const modules = {

/***/ 68844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ hunkHeader),
/* harmony export */   VB: () => (/* binding */ renderFile),
/* harmony export */   ni: () => (/* binding */ renderLine),
/* harmony export */   pQ: () => (/* binding */ subHunk),
/* harmony export */   tx: () => (/* binding */ FILE_FOOTER),
/* harmony export */   w4: () => (/* binding */ fileHeader),
/* harmony export */   yL: () => (/* binding */ MAX_LINE_CHARS)
/* harmony export */ });
/* unused harmony export renderHunk */
/**
 * How the model sees a file: every line carries the number it must cite. A plain number is a
 * new-file (RIGHT) line; `L` + number is a deleted line in the old file (LEFT).
 */
function renderLine(l) {
    const text = clip(l.content);
    if (l.kind === 'add')
        return `${l.newLine} +${text}`;
    if (l.kind === 'delete')
        return `L${l.oldLine} -${text}`;
    return `${l.newLine}  ${text}`;
}
/** Longer lines are minified or generated code; their head is enough to review and bounds a request. */
const MAX_LINE_CHARS = 20_000;
function clip(s) {
    if (s.length <= MAX_LINE_CHARS)
        return s;
    return `${s.slice(0, MAX_LINE_CHARS)} […${s.length - MAX_LINE_CHARS} more characters not shown]`;
}
function hunkHeader(h) {
    return `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@${h.section ? ' ' + h.section : ''}`;
}
function renderHunk(h) {
    const head = hunkHeader(h);
    const body = h.lines.map(renderLine).join('\n');
    return body ? `${head}\n${body}\n` : `${head}\n`;
}
function fileHeader(f, part) {
    let attrs = `path=${JSON.stringify(f.path)} status="${f.status}"`;
    if (f.oldPath && f.oldPath !== f.path)
        attrs += ` old_path=${JSON.stringify(f.oldPath)}`;
    if (part)
        attrs += ` part="${part.index}/${part.total}"`;
    return `<file ${attrs}>\n`;
}
const FILE_FOOTER = '</file>\n';
function renderFile(f, hunks, part) {
    return fileHeader(f, part) + hunks.map(renderHunk).join('') + FILE_FOOTER;
}
/** A run of a hunk's lines as a hunk of its own, with a header that matches its numbers. */
function subHunk(h, from, to) {
    const lines = h.lines.slice(from, to);
    let oldStart = h.oldStart;
    let newStart = h.newStart;
    for (let i = 0; i < from; i++) {
        const k = h.lines[i].kind;
        if (k !== 'add')
            oldStart++;
        if (k !== 'delete')
            newStart++;
    }
    const oldLines = lines.filter((l) => l.kind !== 'add').length;
    const newLines = lines.filter((l) => l.kind !== 'delete').length;
    return {
        oldStart,
        oldLines,
        newStart,
        newLines,
        section: h.section,
        lines,
        oldNoNewlineAtEnd: to >= h.lines.length && h.oldNoNewlineAtEnd,
        newNoNewlineAtEnd: to >= h.lines.length && h.newNoNewlineAtEnd,
    };
}


/***/ })

};
