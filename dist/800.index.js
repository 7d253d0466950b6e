export const id = 800;
export const ids = [800];
export const modules = {

/***/ 38800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitBaseFiles: () => (/* binding */ gitBaseFiles),
/* harmony export */   gitFileHistory: () => (/* binding */ gitFileHistory),
/* harmony export */   gitRepository: () => (/* binding */ gitRepository),
/* harmony export */   holdsCommit: () => (/* binding */ holdsCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52990);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37985);




/**
 * The repository at a commit, read from local git objects: the command line's repository, and the
 * action's workspace when it holds the head commit. Never from the working tree (which may hold
 * edits, untracked secrets, files an earlier step changed, or links checked out as links). A symbolic
 * link is a blob (mode 120000) holding its target: it is read as text and resolved in the tree, never
 * on disk. Nothing here writes or runs anything but git's read-only commands.
 */
const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** A symlink's target longer than this is not a path anyone means: it is kept empty (never followed). */
const MAX_LINK_TARGET = 4096;
/** `ls-tree -r -l --full-tree -z` output of a large repository (100k files) fits comfortably. */
const LISTING_MAX_BUFFER = 256 * 1024 * 1024;
async function git(root, args, maxBuffer = 16 * 1024 * 1024) {
    try {
        const { stdout } = await run('git', ['-C', root, ...args], { encoding: 'buffer', maxBuffer });
        return stdout;
    }
    catch (e) {
        const stderr = e.stderr?.toString('utf8').trim();
        throw new Error(`git ${args[0]} failed in ${root}: ${stderr || e.message}`, { cause: e });
    }
}
/** The contents of these blobs, by object id, through one `git cat-file --batch`. */
function catBlobs(root, oids) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-C', root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new Error(`git cat-file failed in ${root}: ${Buffer.concat(err).toString().trim()}`));
            const buf = Buffer.concat(out);
            const blobs = new Map();
            let at = 0;
            while (at < buf.length) {
                const nl = buf.indexOf(0x0a, at);
                if (nl === -1)
                    break;
                // `<oid> <type> <size>` then the content and a newline; `<oid> missing` for an unknown one.
                const [oid, type, size] = buf.subarray(at, nl).toString('utf8').split(' ');
                if (type === 'missing' || size === undefined) {
                    at = nl + 1;
                    continue;
                }
                const n = Number(size);
                blobs.set(oid, buf.subarray(nl + 1, nl + 1 + n));
                at = nl + 1 + n + 1;
            }
            resolve(blobs);
        });
        child.stdin.end(oids.map((o) => `${o}\n`).join(''));
    });
}
/**
 * Blobs read one after another through one long-lived `git cat-file --batch`: a search over thousands
 * of files costs one process, not one per file. The process starts on the first read, holds the event
 * loop only while a read is waiting, and ends on `close` (or with this process).
 */
class BlobReader {
    child = null;
    waiting = [];
    buf = Buffer.alloc(0);
    /** The content's size once its header line is read, null while waiting for a header. */
    need = null;
    stderr = '';
    root;
    constructor(root) {
        this.root = root;
    }
    /** The blob's bytes; null when git does not have it. */
    read(oid) {
        const child = this.start();
        return new Promise((resolve, reject) => {
            this.waiting.push({ resolve, reject });
            this.hold(true);
            child.stdin.write(`${oid}\n`);
        });
    }
    close() {
        this.child?.stdin.end();
        this.child?.kill();
        this.child = null;
    }
    start() {
        if (this.child !== null)
            return this.child;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-C', this.root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child = child;
        this.buf = Buffer.alloc(0);
        this.need = null;
        this.stderr = '';
        child.stdout.on('data', (c) => {
            this.buf = this.buf.length === 0 ? c : Buffer.concat([this.buf, c]);
            this.drain();
        });
        child.stderr.on('data', (c) => (this.stderr = (this.stderr + c.toString('utf8')).slice(-2000)));
        const fail = (e) => {
            if (this.child === child)
                this.child = null;
            for (const w of this.waiting.splice(0))
                w.reject(e);
        };
        child.on('error', (e) => fail(new Error(`git cat-file failed in ${this.root}: ${e.message}`, { cause: e })));
        child.on('close', (code) => fail(new Error(`git cat-file ended (${code}) in ${this.root}: ${this.stderr.trim() || 'no message'}`)));
        // An ended reader's pipe must not throw: its error reaches the waiting reads through 'close'.
        child.stdin.on('error', () => { });
        return child;
    }
    /** Idle, the process does not keep the program alive (the command line exits without a dispose). */
    hold(on) {
        const c = this.child;
        if (c === null)
            return;
        for (const h of [c, c.stdin, c.stdout, c.stderr])
            if (on)
                h.ref();
            else
                h.unref();
    }
    drain() {
        while (this.waiting.length > 0) {
            if (this.need === null) {
                const nl = this.buf.indexOf(0x0a);
                if (nl === -1)
                    return;
                // `<oid> blob <size>`, then the content and a newline; `<oid> missing` for an unknown one.
                const [, type, size] = this.buf.subarray(0, nl).toString('utf8').split(' ');
                this.buf = this.buf.subarray(nl + 1);
                if (type === 'missing' || size === undefined) {
                    this.waiting.shift().resolve(null);
                    continue;
                }
                this.need = Number(size);
            }
            if (this.buf.length < this.need + 1)
                return;
            const body = Buffer.from(this.buf.subarray(0, this.need));
            this.buf = this.buf.subarray(this.need + 1);
            this.need = null;
            this.waiting.shift().resolve(body);
        }
        if (this.waiting.length === 0)
            this.hold(false);
    }
}
/** How long the workspace's check may take before the snapshot is used instead. */
const CHECK_TIMEOUT_MS = 10_000;
/**
 * Whether the git repository at `root` holds the commit `sha` and can read its files without the
 * network: yes, or no and why (for the log). Not a repository, git missing, a shallow clone of another
 * commit, a partial clone (its files would be fetched one by one): all are a plain no. Nothing is
 * fetched, nothing written; each git command has a timeout.
 */
async function holdsCommit(root, sha, timeoutMs = CHECK_TIMEOUT_MS) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        return { ok: false, why: `'${sha.slice(0, 80)}' is not a full commit SHA` };
    const quiet = async (args) => {
        try {
            const { stdout, stderr } = await run('git', ['-C', root, ...args], {
                encoding: 'utf8',
                timeout: timeoutMs,
                // Never a prompt for credentials, and nothing from the network.
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' },
            });
            return { code: 0, out: stdout.trim(), err: stderr.trim() };
        }
        catch (e) {
            const x = e;
            if (x.code === 'ENOENT')
                return { code: -1, out: '', err: 'git is not installed' };
            if (x.killed)
                return { code: -1, out: '', err: `git did not answer within ${timeoutMs} ms` };
            return { code: typeof x.code === 'number' ? x.code : -1, out: '', err: (x.stderr ?? x.message).trim() };
        }
    };
    const has = await quiet(['cat-file', '-e', `${sha}^{commit}`]);
    if (has.code !== 0) {
        const last = has.err
            .split('\n')
            .at(-1)
            .replace(/^(fatal|error): /, '');
        return {
            ok: false,
            why: last === '' || /^Not a valid object name/.test(last)
                ? `it does not hold the commit ${sha.slice(0, 7)}`
                : last,
        };
    }
    // A partial clone names its promisor remote one way or the other, depending on git's version.
    const partial = await quiet([
        'config',
        '--get-regexp',
        '^(extensions\\.partialclone|remote\\..*\\.promisor)$',
    ]);
    if (partial.out.split('\n').some((l) => /^extensions\.partialclone \S|\.promisor true$/i.test(l)))
        return { ok: false, why: 'it is a partial clone: its files would be fetched one by one' };
    return { ok: true };
}
/** The tree of `ref` (a commit, branch or tag: `HEAD` by default on the command line) in `root`. */
async function gitRepository(root, ref, options = {}) {
    const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
    if (ref === '' || ref.startsWith('-') || /[\0\s]/.test(ref))
        throw new Error(`'${ref}' is not a git revision to read the repository at: give a commit, branch or tag (not starting with '-')`);
    const sha = (await git(root, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]))
        .toString('utf8')
        .trim();
    const listing = await git(root, ['ls-tree', '-r', '-l', '--full-tree', '-z', '--end-of-options', sha], LISTING_MAX_BUFFER);
    const index = new _tree_js__WEBPACK_IMPORTED_MODULE_2__/* .TreeIndex */ .Np();
    const blobs = new Map();
    const submodules = new Set();
    const links = [];
    for (const record of listing.toString('utf8').split('\0')) {
        // `<mode> <type> <object> <size>\t<path>`: the size is `-` for a submodule.
        const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]+)$/.exec(record);
        if (!m)
            continue;
        const [, mode, , oid, size, path] = m;
        // git refuses such paths in a tree it writes; a crafted object could still hold one.
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .badPath */ .$)(path) !== null)
            continue;
        if (mode === '120000')
            links.push({ path, oid, size: Number(size) });
        else if (mode === '160000') {
            submodules.add(path);
            index.addDirectory(path);
        }
        else if (mode === '100644' || mode === '100755') {
            blobs.set(path, oid);
            index.add({ path, kind: 'file', size: Number(size) });
        }
    }
    const small = links.filter((l) => l.size <= MAX_LINK_TARGET);
    const targets = small.length === 0
        ? new Map()
        : await catBlobs(root, small.map((l) => l.oid));
    for (const l of links) {
        const target = targets.get(l.oid)?.toString('utf8') ?? '';
        index.add({ path: l.path, kind: 'symlink', size: l.size, target });
    }
    const label = options.label ?? `git at ${ref === sha ? sha.slice(0, 7) : `${ref} (${sha.slice(0, 7)})`}`;
    const reader = new BlobReader(root);
    let disposed = false;
    async function read(path) {
        if (disposed)
            throw new Error(`the ${label} was disposed: it cannot be read any more`);
        const r = index.resolve(path);
        if (!r.ok)
            return { ok: false, path, why: r.why, detail: r.detail };
        const shown = r.via.length === 0 ? path : `${path} (the symbolic link leads to ${r.path})`;
        if (r.kind === 'directory')
            return {
                ok: false,
                path,
                why: 'directory',
                detail: submodules.has(r.path)
                    ? `${shown} is a submodule: its files are in another repository`
                    : `${shown} is a directory: list it instead`,
            };
        const size = index.get(r.path)?.size ?? 0;
        if (size > maxFileBytes)
            return {
                ok: false,
                path,
                why: 'too-large',
                detail: `${shown} is ${size} bytes, over the ${maxFileBytes} bytes a file may have to be read`,
            };
        const bytes = await reader.read(blobs.get(r.path));
        if (bytes === null)
            return {
                ok: false,
                path,
                why: 'missing',
                detail: `${shown} is in the tree but its content is not in git`,
            };
        return (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(path, bytes);
    }
    return {
        label,
        entries: () => index.entries(),
        read,
        // Nothing is held on disk (the objects are git's): only the reading process ends.
        dispose: async () => {
            disposed = true;
            reader.close();
        },
    };
}
/**
 * The base commit for read_file's commit "base": the same reader as the head's, at `ref`, made on the
 * first read only (most reviews never ask), so its tree is listed once and each file is one blob.
 */
function gitBaseFiles(root, ref, options = {}) {
    let repo = null;
    return {
        label: `base commit ${ref.slice(0, 7)}`,
        async read(path) {
            repo ??= gitRepository(root, ref, options);
            // A failed listing is not remembered: the next read tries again.
            repo.catch(() => (repo = null));
            return (await repo).read(path);
        },
    };
}
/**
 * The commits that touched `path`, newest first, reachable from `ref` (the reviewed head, never the
 * working tree or later commits): `git log` with the path as a literal pathspec after `--`, at most
 * `limit`. No shell: every part is an argument of its own.
 */
async function gitFileHistory(root, ref, path, limit) {
    if (ref === '' || ref.startsWith('-') || /[\0\s]/.test(ref))
        throw new Error(`'${ref}' is not a git revision to read the history at`);
    const bad = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .badPath */ .$)(path);
    if (bad !== null)
        throw new Error(`cannot show the history of ${JSON.stringify(path)}: ${bad}`);
    const out = await git(root, [
        // Global option: `*` or `:` in a file name is that character, not a glob or pathspec magic.
        '--literal-pathspecs',
        'log',
        '-z',
        '--no-show-signature',
        '--format=%H%x00%at%x00%an%x00%s',
        `--max-count=${Math.max(1, Math.floor(limit))}`,
        '--end-of-options',
        ref,
        '--',
        path,
    ]);
    // Fields and commits are both NUL-separated: four fields a commit.
    const fields = out.toString('utf8').replace(/\n$/, '').split('\0');
    const commits = [];
    for (let i = 0; i + 3 < fields.length; i += 4) {
        const [sha, at, author, subject] = fields.slice(i, i + 4);
        const seconds = Number(at);
        commits.push({
            sha: sha.trim(),
            date: Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : '',
            author,
            message: subject,
        });
    }
    return commits;
}


/***/ }),

/***/ 52990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ TreeIndex),
/* harmony export */   b6: () => (/* binding */ textOf)
/* harmony export */ });
/* unused harmony export MAX_SYMLINK_HOPS */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37985);

/**
 * What the snapshot and the git view share: the tree as an index of entries (directories implied by
 * the paths under them), symbolic links resolved inside it and only there, and the test of whether a
 * file's bytes are text the model may read.
 */
/** Links followed in one lookup at most: a longer chain (or a loop) is refused. */
const MAX_SYMLINK_HOPS = 8;
/** Bytes looked at for a NUL, as git does to call a file binary. */
const BINARY_SNIFF = 8000;
const LFS_FIRST_LINE = 'version https://git-lfs.github.com/spec/v1';
class TreeIndex {
    byPath = new Map();
    dirs = new Set();
    sorted = null;
    /** Adds an entry (a later one at the same path replaces it); its parents become directories. */
    add(entry) {
        this.byPath.set(entry.path, entry);
        this.sorted = null;
        this.addParents(entry.path);
    }
    addDirectory(path) {
        this.dirs.add(path);
        this.addParents(path);
    }
    addParents(path) {
        for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
            this.dirs.add(path.slice(0, i));
    }
    get(path) {
        return this.byPath.get(path);
    }
    isDirectory(path) {
        return path === '' || this.dirs.has(path);
    }
    /** The nearest parent of `path` that is a file or a link (a path cannot go on below either). */
    blockingParent(path) {
        for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
            const parent = path.slice(0, i);
            if (this.byPath.has(parent))
                return parent;
        }
        return null;
    }
    entries() {
        this.sorted ??= [...this.byPath.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
        return this.sorted;
    }
    /**
     * Where `path` leads: a file's path or a directory's, every symbolic link on the way (the last
     * part or a directory above it) replaced by its target, read relative to the link's directory.
     * A target that is absolute or climbs above the root is `symlink-outside`; a chain longer than
     * MAX_SYMLINK_HOPS is `symlink-loop`.
     */
    resolve(path) {
        const bad = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .badPath */ .$)(path);
        if (bad !== null)
            return { ok: false, why: 'bad-path', detail: bad };
        let rest = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .normalPath */ .F)(path).split('/');
        const done = [];
        const via = [];
        while (rest.length > 0) {
            const seg = rest.shift();
            if (seg === '' || seg === '.')
                continue;
            if (seg === '..') {
                // Only a link's target can hold `..`: the caller's path was refused above if it did.
                if (done.length === 0)
                    return {
                        ok: false,
                        why: 'symlink-outside',
                        detail: `${path} leads out of the repository through the symbolic link ${via.at(-1) ?? ''}: links are followed only inside it`,
                    };
                done.pop();
                continue;
            }
            done.push(seg);
            const here = done.join('/');
            const e = this.byPath.get(here);
            if (e?.kind === 'symlink') {
                via.push(`${here} -> ${e.target ?? ''}`);
                if (via.length > MAX_SYMLINK_HOPS)
                    return {
                        ok: false,
                        why: 'symlink-loop',
                        detail: `${path} goes through more than ${MAX_SYMLINK_HOPS} symbolic links (a loop or a long chain): ${via.slice(0, 4).join(', ')}, …`,
                    };
                const target = e.target ?? '';
                if (target === '' || target.includes('\0') || /^([A-Za-z]:)?[\\/]/.test(target))
                    return {
                        ok: false,
                        why: 'symlink-outside',
                        detail: `${here} is a symbolic link to ${JSON.stringify(target)}, outside the repository: links are followed only inside it`,
                    };
                done.pop();
                rest = [...target.split('/'), ...rest];
                continue;
            }
            if (e !== undefined && rest.some((s) => s !== '' && s !== '.')) {
                return {
                    ok: false,
                    why: 'missing',
                    detail: `${here} is a file, not a directory, so ${path} does not exist`,
                };
            }
            if (e === undefined && !this.dirs.has(here))
                return {
                    ok: false,
                    why: 'missing',
                    detail: via.length === 0
                        ? `${path} does not exist in the repository`
                        : `${path} leads to ${here} (through ${via.join(', ')}), which does not exist`,
                };
        }
        const final = done.join('/');
        return { ok: true, path: final, kind: this.byPath.has(final) ? 'file' : 'directory', via };
    }
}
/** A file's bytes as the model gets them: text, or why not (binary, a Git LFS pointer). */
function textOf(path, bytes) {
    const head = bytes.subarray(0, BINARY_SNIFF);
    if (head.includes(0))
        return {
            ok: false,
            path,
            why: 'binary',
            detail: `${path} is a binary file (${bytes.length} bytes): it is not shown`,
        };
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const nl = text.indexOf('\n');
    if ((nl === -1 ? text : text.slice(0, nl)).replace(/\r$/, '') === LFS_FIRST_LINE)
        return {
            ok: false,
            path,
            why: 'lfs-pointer',
            detail: `${path} is a Git LFS pointer: the file's content is stored outside the repository and is not read`,
        };
    return { ok: true, path, text, size: bytes.length };
}


/***/ })

};
