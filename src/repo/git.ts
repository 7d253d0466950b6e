import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promisify } from 'node:util';
import { TreeIndex, textOf } from './tree.ts';
import type { BaseFiles } from './base.ts';
import { badPath, type ReadResult, type Repository } from './types.ts';

/**
 * The repository at a commit, read from local git objects: the command line's repository, and the
 * action's workspace when it holds the head commit. Never from the working tree (which may hold
 * edits, untracked secrets, files an earlier step changed, or links checked out as links). A symbolic
 * link is a blob (mode 120000) holding its target: it is read as text and resolved in the tree, never
 * on disk. Nothing here writes or runs anything but git's read-only commands.
 */

const run = promisify(execFile);

/** A symlink's target longer than this is not a path anyone means: it is kept empty (never followed). */
const MAX_LINK_TARGET = 4096;

/** `ls-tree -r -l --full-tree -z` output of a large repository (100k files) fits comfortably. */
const LISTING_MAX_BUFFER = 256 * 1024 * 1024;

async function git(root: string, args: string[], maxBuffer = 16 * 1024 * 1024): Promise<Buffer> {
  try {
    const { stdout } = await run('git', ['-C', root, ...args], { encoding: 'buffer', maxBuffer });
    return stdout;
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new Error(`git ${args[0]} failed in ${root}: ${stderr || (e as Error).message}`, { cause: e });
  }
}

/** The contents of these blobs, by object id, through one `git cat-file --batch`. */
function catBlobs(root: string, oids: string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        return reject(new Error(`git cat-file failed in ${root}: ${Buffer.concat(err).toString().trim()}`));
      const buf = Buffer.concat(out);
      const blobs = new Map<string, Buffer>();
      let at = 0;
      while (at < buf.length) {
        const nl = buf.indexOf(0x0a, at);
        if (nl === -1) break;
        // `<oid> <type> <size>` then the content and a newline; `<oid> missing` for an unknown one.
        const [oid, type, size] = buf.subarray(at, nl).toString('utf8').split(' ');
        if (type === 'missing' || size === undefined) {
          at = nl + 1;
          continue;
        }
        const n = Number(size);
        blobs.set(oid!, buf.subarray(nl + 1, nl + 1 + n));
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
  private child: ChildProcessWithoutNullStreams | null = null;
  private readonly waiting: { resolve: (b: Buffer | null) => void; reject: (e: Error) => void }[] = [];
  private buf: Buffer = Buffer.alloc(0);
  /** The content's size once its header line is read, null while waiting for a header. */
  private need: number | null = null;
  private stderr = '';

  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /** The blob's bytes; null when git does not have it. */
  read(oid: string): Promise<Buffer | null> {
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.hold(true);
      child.stdin.write(`${oid}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child?.kill();
    this.child = null;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child !== null) return this.child;
    const child = spawn('git', ['-C', this.root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    this.buf = Buffer.alloc(0);
    this.need = null;
    this.stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      this.buf = this.buf.length === 0 ? c : Buffer.concat([this.buf, c]);
      this.drain();
    });
    child.stderr.on('data', (c: Buffer) => (this.stderr = (this.stderr + c.toString('utf8')).slice(-2000)));
    const fail = (e: Error) => {
      if (this.child === child) this.child = null;
      for (const w of this.waiting.splice(0)) w.reject(e);
    };
    child.on('error', (e) =>
      fail(new Error(`git cat-file failed in ${this.root}: ${e.message}`, { cause: e })),
    );
    child.on('close', (code) =>
      fail(new Error(`git cat-file ended (${code}) in ${this.root}: ${this.stderr.trim() || 'no message'}`)),
    );
    // An ended reader's pipe must not throw: its error reaches the waiting reads through 'close'.
    child.stdin.on('error', () => {});
    return child;
  }

  /** Idle, the process does not keep the program alive (the command line exits without a dispose). */
  private hold(on: boolean): void {
    const c = this.child;
    if (c === null) return;
    for (const h of [c, c.stdin, c.stdout, c.stderr] as { ref(): void; unref(): void }[])
      if (on) h.ref();
      else h.unref();
  }

  private drain(): void {
    while (this.waiting.length > 0) {
      if (this.need === null) {
        const nl = this.buf.indexOf(0x0a);
        if (nl === -1) return;
        // `<oid> blob <size>`, then the content and a newline; `<oid> missing` for an unknown one.
        const [, type, size] = this.buf.subarray(0, nl).toString('utf8').split(' ');
        this.buf = this.buf.subarray(nl + 1);
        if (type === 'missing' || size === undefined) {
          this.waiting.shift()!.resolve(null);
          continue;
        }
        this.need = Number(size);
      }
      if (this.buf.length < this.need + 1) return;
      const body = Buffer.from(this.buf.subarray(0, this.need));
      this.buf = this.buf.subarray(this.need + 1);
      this.need = null;
      this.waiting.shift()!.resolve(body);
    }
    if (this.waiting.length === 0) this.hold(false);
  }
}

export interface GitRepositoryOptions {
  /** A file larger than this is listed but not read. Default 1 MiB. */
  maxFileBytes?: number;
  /** For logs and the job summary; default "git at <ref> (<sha7>)". */
  label?: string;
}

/** How long the workspace's check may take before the snapshot is used instead. */
const CHECK_TIMEOUT_MS = 10_000;

/**
 * Whether the git repository at `root` holds the commit `sha` and can read its files without the
 * network: yes, or no and why (for the log). Not a repository, git missing, a shallow clone of another
 * commit, a partial clone (its files would be fetched one by one): all are a plain no. Nothing is
 * fetched, nothing written; each git command has a timeout.
 */
export async function holdsCommit(
  root: string,
  sha: string,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<{ ok: true } | { ok: false; why: string }> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
    return { ok: false, why: `'${sha.slice(0, 80)}' is not a full commit SHA` };
  const quiet = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    try {
      const { stdout, stderr } = await run('git', ['-C', root, ...args], {
        encoding: 'utf8',
        timeout: timeoutMs,
        // Never a prompt for credentials, and nothing from the network.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' },
      });
      return { code: 0, out: stdout.trim(), err: stderr.trim() };
    } catch (e) {
      const x = e as { code?: unknown; stderr?: string; killed?: boolean; message: string };
      if (x.code === 'ENOENT') return { code: -1, out: '', err: 'git is not installed' };
      if (x.killed) return { code: -1, out: '', err: `git did not answer within ${timeoutMs} ms` };
      return { code: typeof x.code === 'number' ? x.code : -1, out: '', err: (x.stderr ?? x.message).trim() };
    }
  };
  const has = await quiet(['cat-file', '-e', `${sha}^{commit}`]);
  if (has.code !== 0) {
    const last = has.err
      .split('\n')
      .at(-1)!
      .replace(/^(fatal|error): /, '');
    return {
      ok: false,
      why:
        last === '' || /^Not a valid object name/.test(last)
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
export async function gitRepository(
  root: string,
  ref: string,
  options: GitRepositoryOptions = {},
): Promise<Repository> {
  const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
  if (ref === '' || ref.startsWith('-') || /[\0\s]/.test(ref))
    throw new Error(
      `'${ref}' is not a git revision to read the repository at: give a commit, branch or tag (not starting with '-')`,
    );
  const sha = (await git(root, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]))
    .toString('utf8')
    .trim();
  const listing = await git(
    root,
    ['ls-tree', '-r', '-l', '--full-tree', '-z', '--end-of-options', sha],
    LISTING_MAX_BUFFER,
  );

  const index = new TreeIndex();
  const blobs = new Map<string, string>();
  const submodules = new Set<string>();
  const links: { path: string; oid: string; size: number }[] = [];
  for (const record of listing.toString('utf8').split('\0')) {
    // `<mode> <type> <object> <size>\t<path>`: the size is `-` for a submodule.
    const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]+)$/.exec(record);
    if (!m) continue;
    const [, mode, , oid, size, path] = m as unknown as [string, string, string, string, string, string];
    // git refuses such paths in a tree it writes; a crafted object could still hold one.
    if (badPath(path) !== null) continue;
    if (mode === '120000') links.push({ path, oid, size: Number(size) });
    else if (mode === '160000') {
      submodules.add(path);
      index.addDirectory(path);
    } else if (mode === '100644' || mode === '100755') {
      blobs.set(path, oid);
      index.add({ path, kind: 'file', size: Number(size) });
    }
  }
  const small = links.filter((l) => l.size <= MAX_LINK_TARGET);
  const targets =
    small.length === 0
      ? new Map<string, Buffer>()
      : await catBlobs(
          root,
          small.map((l) => l.oid),
        );
  for (const l of links) {
    const target = targets.get(l.oid)?.toString('utf8') ?? '';
    index.add({ path: l.path, kind: 'symlink', size: l.size, target });
  }

  const label = options.label ?? `git at ${ref === sha ? sha.slice(0, 7) : `${ref} (${sha.slice(0, 7)})`}`;

  const reader = new BlobReader(root);
  let disposed = false;

  async function read(path: string): Promise<ReadResult> {
    if (disposed) throw new Error(`the ${label} was disposed: it cannot be read any more`);
    const r = index.resolve(path);
    if (!r.ok) return { ok: false, path, why: r.why, detail: r.detail };
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
    const bytes = await reader.read(blobs.get(r.path)!);
    if (bytes === null)
      return {
        ok: false,
        path,
        why: 'missing',
        detail: `${shown} is in the tree but its content is not in git`,
      };
    return textOf(path, bytes);
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
export function gitBaseFiles(root: string, ref: string, options: GitRepositoryOptions = {}): BaseFiles {
  let repo: Promise<Repository> | null = null;
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

/** One commit that touched a file, as `file_history` shows it (the action's are GitHub's). */
export interface GitFileCommit {
  sha: string;
  /** The author date, in UTC (as GitHub's commits API gives it). */
  date: string;
  author: string;
  /** The first line of the message. */
  message: string;
}

/**
 * The commits that touched `path`, newest first, reachable from `ref` (the reviewed head, never the
 * working tree or later commits): `git log` with the path as a literal pathspec after `--`, at most
 * `limit`. No shell: every part is an argument of its own.
 */
export async function gitFileHistory(
  root: string,
  ref: string,
  path: string,
  limit: number,
): Promise<GitFileCommit[]> {
  if (ref === '' || ref.startsWith('-') || /[\0\s]/.test(ref))
    throw new Error(`'${ref}' is not a git revision to read the history at`);
  const bad = badPath(path);
  if (bad !== null) throw new Error(`cannot show the history of ${JSON.stringify(path)}: ${bad}`);
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
  const commits: GitFileCommit[] = [];
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const [sha, at, author, subject] = fields.slice(i, i + 4) as [string, string, string, string];
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
