import type { FileDiff } from '../diff/types.ts';
import { compileGlob } from './glob.ts';

/** Files no reviewer wants comments on: lockfiles, build output, minified, vendored, generated, binary. */
export const DEFAULT_EXCLUDES: readonly string[] = [
  // lockfiles
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'Cargo.lock',
  'Gemfile.lock',
  'Pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'composer.lock',
  'go.sum',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'packages.lock.json',
  'flake.lock',
  '*.lock',
  // build output and vendored code
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/.next/**',
  '**/coverage/**',
  '**/node_modules/**',
  '**/vendor/**',
  '**/third_party/**',
  '**/__snapshots__/**',
  // minified and generated
  '*.min.js',
  '*.min.css',
  '*.map',
  '*.pb.go',
  '*_pb2.py',
  '*_pb2_grpc.py',
  '*.generated.*',
  '*.g.dart',
  // binary and media
  '*.{png,jpg,jpeg,gif,webp,ico,bmp,tiff,svg,pdf,zip,gz,tgz,bz2,xz,7z,rar,jar,war,class,exe,dll,so,dylib,a,o,wasm,woff,woff2,ttf,otf,eot,mp3,mp4,mov,avi,webm,ogg,wav,psd,sketch,bin,dat,db,sqlite}',
];

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface FilterResult {
  reviewable: FileDiff[];
  skipped: SkippedFile[];
}

export interface FilterOptions {
  /** When non-empty, only matching files are reviewed, even those the defaults would skip. */
  include: string[];
  /** Added to the defaults. */
  exclude: string[];
}

/**
 * Decides which changed files the model sees. Every file left out is returned with its reason, so the
 * review can say what was not reviewed.
 */
export function filterFiles(files: FileDiff[], opts: FilterOptions): FilterResult {
  const matcher = (globs: readonly string[], nocase = false): ((p: string) => string | null) => {
    const tests = globs.map((g) => ({ g, m: compileGlob(g, { nocase }) }));
    return (p) => tests.find((t) => t.m(p))?.g ?? null;
  };
  const userExclude = matcher(opts.exclude);
  // `Logo.PNG` and `YARN.LOCK` are what the defaults mean too.
  const defaults = matcher(DEFAULT_EXCLUDES, true);
  const include = opts.include.length > 0 ? matcher(opts.include) : null;

  const reviewable: FileDiff[] = [];
  const skipped: SkippedFile[] = [];
  for (const f of files) {
    const reason = skipReason(f, userExclude, defaults, include);
    if (reason) skipped.push({ path: f.path, reason });
    else reviewable.push(f);
  }
  return { reviewable, skipped };
}

function skipReason(
  f: FileDiff,
  userExclude: (p: string) => string | null,
  defaults: (p: string) => string | null,
  include: ((p: string) => string | null) | null,
): string | null {
  if (f.unreadable) return f.unreadable;
  if (f.status === 'deleted') return 'deleted';
  if (f.binary) return 'binary file';
  if (f.patchMissing) return 'GitHub did not provide a patch (file too large)';
  const excluded = userExclude(f.path);
  if (excluded) return `excluded by \`exclude\` pattern \`${excluded}\``;
  if (include) {
    if (!include(f.path)) return 'not matched by `include`';
  } else {
    const byDefault = defaults(f.path);
    if (byDefault) return `skipped by default (\`${byDefault}\`); list it in \`include\` to review it`;
  }
  if (f.newMode === '160000') return 'submodule update';
  if (f.newMode === '120000') return 'symbolic link';
  if (f.hunks.length === 0) {
    if (f.status === 'renamed' || f.status === 'copied') return `${f.status} without changes`;
    if (f.status === 'added') return 'new empty file';
    if (f.oldMode !== f.newMode) return 'file mode change only';
    return 'no changed lines';
  }
  return null;
}
