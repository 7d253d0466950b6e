import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { TreeIndex, textOf } from '../repo/tree.ts';
import type { BaseFiles } from '../repo/base.ts';
import { badPath, type ReadResult, type Repository } from '../repo/types.ts';

/**
 * The command line's view of the repository: a commit's tree read from the local git objects, never
 * from the working tree (which may hold edits, untracked secrets, or links checked out as links). A
 * symbolic link is a blob (mode 120000) holding its target: it is read as text and resolved in the
 * tree, never on disk. Nothing here writes or runs anything but git's read-only commands.
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

export interface GitRepositoryOptions {
  /** A file larger than this is listed but not read. Default 1 MiB. */
  maxFileBytes?: number;
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

  const label = `git at ${ref === sha ? sha.slice(0, 7) : `${ref} (${sha.slice(0, 7)})`}`;

  async function read(path: string): Promise<ReadResult> {
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
    const bytes = await git(root, ['cat-file', 'blob', blobs.get(r.path)!], maxFileBytes + 1);
    return textOf(path, bytes);
  }

  return {
    label,
    entries: () => index.entries(),
    read,
    // Nothing is held on disk: the objects are git's.
    dispose: async () => {},
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
