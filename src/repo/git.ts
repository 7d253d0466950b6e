import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { TreeIndex, textOf } from './tree.ts';
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
