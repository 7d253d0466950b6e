export const id = 32;
export const ids = [32,348];
export const modules = {

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


/***/ })

};
