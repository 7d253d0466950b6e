// Benchmark inputs: real diffs between two published versions of npm packages, and a synthetic PR.
// Everything is cached in `.bench/` (gitignored); the unpacked trees live in a temporary directory so
// that no third-party source ends up under the repository (eslint would lint it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RealSpec {
  /** Scenario name shown in the tables. */
  name: string;
  pkg: string;
  from: string;
  to: string;
}

export type Prepared = { ok: true; path: string; cached: boolean } | { ok: false; reason: string };

/** `npm pack name@version` into `cacheDir` (once); returns the tarball path. */
export function packed(pkg: string, version: string, cacheDir: string): string {
  const dir = join(cacheDir, 'packages');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${pkg.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`);
  if (existsSync(file)) return file;
  const r = spawnSync('npm', ['pack', `${pkg}@${version}`, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) {
    const why = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ');
    throw new Error(`npm pack ${pkg}@${version} failed: ${why}`);
  }
  // npm names scoped tarballs `scope-name-version.tgz`; make sure the file is where we expect it.
  const made = r.stdout.trim().split('\n').pop()!.trim();
  if (made && !existsSync(file) && existsSync(join(dir, made))) renameSync(join(dir, made), file);
  if (!existsSync(file)) throw new Error(`npm pack ${pkg}@${version} did not produce ${file}`);
  return file;
}

/** The diff between two versions, as a PR between them would show it (cached in `cacheDir`). */
export function realDiff(spec: RealSpec, cacheDir: string): Prepared {
  const safe = spec.pkg.replace(/^@/, '').replace(/\//g, '-');
  const out = join(cacheDir, `${safe}-${spec.from}-${spec.to}.diff`);
  if (existsSync(out)) return { ok: true, path: out, cached: true };
  let work: string | null = null;
  try {
    const a = packed(spec.pkg, spec.from, cacheDir);
    const b = packed(spec.pkg, spec.to, cacheDir);
    work = mkdtempSync(join(tmpdir(), 'vtrix-bench-'));
    for (const [side, tgz] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const x = spawnSync('tar', ['-xzf', tgz, '-C', work], { encoding: 'utf8' });
      if (x.status !== 0) throw new Error(`tar -xzf ${tgz} failed: ${x.stderr.trim()}`);
      // npm tarballs hold one top directory, `package/` for nearly all packages.
      const top = readdirSync(work).find((d) => d !== 'a' && d !== 'b');
      if (!top) throw new Error(`${tgz} holds no directory`);
      renameSync(join(work, top), join(work, side));
    }
    // Run from the directory holding `a` and `b` with empty prefixes: paths come out as `a/x` and `b/x`.
    const d = spawnSync(
      'git',
      ['diff', '--no-index', '--no-color', '--no-ext-diff', '--src-prefix=', '--dst-prefix=', 'a', 'b'],
      { cwd: work, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    if (d.status !== 0 && d.status !== 1) throw new Error(`git diff --no-index failed: ${d.stderr.trim()}`);
    writeFileSync(out, asPullRequestDiff(d.stdout));
    return { ok: true, path: out, cached: false };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `git diff --no-index a b` names a new file `b/x b/x` and a deleted one `a/x a/x`, and keeps the tree
 * name in `rename from a/x`. A PR diff says `a/x b/x` and `rename from x`. Only extended-header lines
 * are touched: hunk lines start with a marker, so they cannot start with these words.
 */
export function asPullRequestDiff(diff: string): string {
  const lines = diff.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('diff --git ')) {
      const rest = l.slice('diff --git '.length);
      const mid = (rest.length - 1) / 2;
      if (Number.isInteger(mid) && rest[mid] === ' ' && rest.slice(2, mid) === rest.slice(mid + 3)) {
        lines[i] = `diff --git a/${rest.slice(2, mid)} b/${rest.slice(mid + 3)}`;
      }
    } else if (/^(rename|copy) from a\//.test(l) || /^(rename|copy) to b\//.test(l)) {
      lines[i] = l.replace(/^(rename from |copy from |rename to |copy to )[ab]\//, '$1');
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Synthetic pull request
// ---------------------------------------------------------------------------------------------------

/** mulberry32: a small deterministic PRNG, so the synthetic PR is the same on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'user account order invoice payment session token cache queue worker request response handler ' +
  'config options value result error status index count total limit offset page item list map key ' +
  'record event message stream buffer file path name id date time retry timeout client server ' +
  'schema field column table row query filter sort group batch job task state store view model'
).split(' ');
const VERBS = 'get set load save find create update delete parse render validate send fetch build'.split(' ');
const DIRS = [
  'src/api',
  'src/api/v2',
  'src/core',
  'src/core/engine',
  'src/ui/components',
  'src/ui/pages',
  'src/utils',
  'src/db/migrations',
  'src/workers',
  'packages/auth/src',
  'packages/billing/src',
  'packages/search/src',
  'services/gateway',
  'services/notifier',
  'test/unit',
  'test/integration',
  'docs/guide',
  'scripts',
  'config',
];
const EXTS = ['ts', 'ts', 'ts', 'tsx', 'js', 'py', 'go', 'css', 'sql', 'md', 'json', 'yaml'];

/**
 * A deterministic PR of `fileCount` files: mostly small edits, some large new files, one file larger
 * than a whole request, several directories, deletions, renames, a few lockfiles, build output and
 * binaries. Returns the unified diff as `git diff` writes it.
 */
export function syntheticDiff(fileCount: number, seed = 20240601): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const ident = (): string => pick(WORDS) + pick(WORDS).replace(/^./, (c) => c.toUpperCase());

  const codeLine = (depth: number): string => {
    const pad = '  '.repeat(depth);
    switch (int(0, 9)) {
      case 0:
        return `${pad}const ${ident()} = await ${pick(WORDS)}.${pick(VERBS)}(${ident()}, ${int(0, 5000)});`;
      case 1:
        return `${pad}if (${ident()} === null || ${ident()}.length > ${int(1, 512)}) {`;
      case 2:
        return `${pad}return { ${pick(WORDS)}: ${ident()}, ${pick(WORDS)}: ${pick(VERBS)}${ident()}() };`;
      case 3:
        return `${pad}// ${pick(VERBS)} the ${pick(WORDS)} before the ${pick(WORDS)} is ${pick(VERBS)}d`;
      case 4:
        return `${pad}}`;
      case 5:
        return '';
      case 6:
        return `${pad}export function ${pick(VERBS)}${ident()}(${ident()}: ${pick(['string', 'number', 'Options', 'Record<string, unknown>'])}): void {`;
      case 7:
        return `${pad}throw new Error(\`cannot ${pick(VERBS)} ${pick(WORDS)} \${${ident()}}\`);`;
      case 8:
        return `${pad}${ident()}.${pick(VERBS)}(${JSON.stringify(pick(WORDS) + '-' + int(1, 999))});`;
      default:
        return `${pad}log.info('${pick(VERBS)} ${pick(WORDS)}', { ${ident()}, ${ident()} });`;
    }
  };
  const body = (n: number): string[] => Array.from({ length: n }, () => codeLine(int(0, 3)));
  const hash = (): string =>
    Math.floor(r() * 0xfffffff)
      .toString(16)
      .padStart(7, '0');

  const out: string[] = [];
  const used = new Set<string>();
  const newPath = (dir: string, ext: string): string => {
    for (;;) {
      const p = `${dir}/${pick(VERBS)}-${pick(WORDS)}-${int(1, 9999)}.${ext}`;
      if (!used.has(p)) {
        used.add(p);
        return p;
      }
    }
  };
  const header = (a: string, b: string, extra: string[] = []): void => {
    out.push(`diff --git a/${a} b/${b}`, ...extra);
  };
  const added = (p: string, n: number): void => {
    header(p, p, ['new file mode 100644', `index 0000000..${hash()}`, '--- /dev/null', `+++ b/${p}`]);
    out.push(`@@ -0,0 +1,${n} @@`, ...body(n).map((l) => '+' + l));
  };
  const deleted = (p: string, n: number): void => {
    header(p, p, ['deleted file mode 100644', `index ${hash()}..0000000`, `--- a/${p}`, '+++ /dev/null']);
    out.push(`@@ -1,${n} +0,0 @@`, ...body(n).map((l) => '-' + l));
  };
  /** Edits spread over a file: `hunks` hunks of 3 context lines, deletions and additions, 3 context. */
  const modified = (a: string, b: string, hunks: number, big: boolean, extra: string[] = []): void => {
    header(a, b, [...extra, `index ${hash()}..${hash()} 100644`, `--- a/${a}`, `+++ b/${b}`]);
    let oldLine = int(1, 40);
    let newLine = oldLine;
    for (let h = 0; h < hunks; h++) {
      const dels = big && r() < 0.3 ? int(50, 300) : int(0, r() < 0.2 ? 40 : 8);
      const adds = big && r() < 0.3 ? int(50, 400) : int(dels === 0 ? 1 : 0, r() < 0.2 ? 60 : 10);
      const before = body(3);
      const after = body(3);
      const oldN = 6 + dels;
      const newN = 6 + adds;
      const section = r() < 0.5 ? ` function ${ident()}() {` : '';
      out.push(`@@ -${oldLine},${oldN} +${newLine},${newN} @@${section}`);
      out.push(...before.map((l) => ' ' + l));
      out.push(...body(dels).map((l) => '-' + l));
      out.push(...body(adds).map((l) => '+' + l));
      out.push(...after.map((l) => ' ' + l));
      const gap = int(5, 120);
      oldLine += oldN + gap;
      newLine += newN + gap;
    }
  };
  const binary = (p: string): void => {
    header(p, p, [`index ${hash()}..${hash()} 100644`, `Binary files a/${p} and b/${p} differ`]);
  };

  // Fixed members: lockfiles, build output, binaries, one file larger than a request.
  const lock = (p: string, n: number): void => {
    header(p, p, [`index ${hash()}..${hash()} 100644`, `--- a/${p}`, `+++ b/${p}`]);
    out.push(`@@ -1,${n} +1,${n} @@`);
    for (let i = 0; i < n; i++) {
      const name = `${pick(WORDS)}-${pick(WORDS)}`;
      if (r() < 0.7) out.push(`     "node_modules/${name}": {`);
      else {
        out.push(`-      "integrity": "sha512-${hash()}${hash()}${hash()}==",`);
        out.push(`+      "integrity": "sha512-${hash()}${hash()}${hash()}==",`);
      }
    }
  };
  let fixed = 0;
  lock('package-lock.json', 12_000);
  lock('packages/auth/yarn.lock', 3_000);
  lock('services/gateway/go.sum', 1_500);
  added('dist/bundle.js', 4_000);
  added('src/ui/components/vendor/chart.min.js', 300);
  for (const ext of ['png', 'woff2', 'jpg', 'pdf', 'wasm']) binary(newPath('assets', ext));
  added('src/core/engine/generated-tables.ts', 30_000); // more than one request holds: split by lines
  fixed += 3 + 2 + 5 + 1;

  for (let i = fixed; i < fileCount; i++) {
    const dir = pick(DIRS);
    const ext = dir.startsWith('docs') ? 'md' : pick(EXTS);
    const k = r();
    if (k < 0.015) {
      added(newPath(dir, ext), int(400, 1_500)); // a large new file
    } else if (k < 0.17) {
      added(newPath(dir, ext), int(5, r() < 0.3 ? 300 : 60));
    } else if (k < 0.22) {
      deleted(newPath(dir, ext), int(3, 150));
    } else if (k < 0.25) {
      const from = newPath(dir, ext);
      const to = newPath(pick(DIRS), ext);
      if (r() < 0.5) header(from, to, ['similarity index 100%', `rename from ${from}`, `rename to ${to}`]);
      else
        modified(from, to, int(1, 3), false, [
          'similarity index 91%',
          `rename from ${from}`,
          `rename to ${to}`,
        ]);
    } else {
      const big = r() < 0.01;
      const p = newPath(dir, ext);
      modified(p, p, big ? int(4, 12) : 1 + Math.floor(r() * r() * 5), big);
    }
  }
  return out.join('\n') + '\n';
}
