import { filterFiles, type FilterOptions } from '../../src/filter/filter.ts';
import type { FileDiff, Hunk } from '../../src/diff/types.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { compileGlob, globCostProblem, GlobError, MAX_GLOB_WILDCARDS } from '../../src/filter/glob.ts';
import { pathInstructionsFor } from '../../src/config/config.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const hunk = (): Hunk => ({
  oldStart: 1,
  oldLines: 1,
  newStart: 1,
  newLines: 2,
  section: '',
  lines: [
    { kind: 'context', content: 'a', oldLine: 1, newLine: 1 },
    { kind: 'add', content: 'b', oldLine: null, newLine: 2 },
  ],
  oldNoNewlineAtEnd: false,
  newNoNewlineAtEnd: false,
});

function file(path: string, over: Partial<FileDiff> = {}): FileDiff {
  return {
    path,
    oldPath: path,
    status: 'modified',
    binary: false,
    patchMissing: false,
    oldMode: '100644',
    newMode: '100644',
    hunks: [hunk()],
    additions: 1,
    deletions: 0,
    ...over,
  };
}

const NONE: FilterOptions = { include: [], exclude: [] };

function reviewed(paths: string[], opts: FilterOptions = NONE): string[] {
  return filterFiles(
    paths.map((p) => file(p)),
    opts,
  ).reviewable.map((f) => f.path);
}

function reasonFor(f: FileDiff, opts: FilterOptions = NONE): string | undefined {
  const r = filterFiles([f], opts);
  expect(r.reviewable.length + r.skipped.length).toBe(1);
  return r.skipped[0]?.reason;
}

describe('default exclusions', () => {
  it.each([
    'package-lock.json',
    'web/package-lock.json',
    'yarn.lock',
    'web/yarn.lock',
    'apps/site/pnpm-lock.yaml',
    'crates/core/Cargo.lock',
    'svc/go.sum',
    'deep/a/b/c/poetry.lock',
    'tools/whatever.lock',
  ])('skips the lockfile %s', (p) => {
    const r = filterFiles([file(p)], NONE);
    expect(r.reviewable).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.path).toBe(p);
    expect(r.skipped[0]!.reason).toMatch(/skipped by default/);
    expect(r.skipped[0]!.reason).toMatch(/include/);
  });

  it.each([
    'dist/index.js',
    'packages/ui/dist/a/b.js',
    'build/out.txt',
    'node_modules/x/index.js',
    'vendor/github.com/x/y.go',
    'src/__snapshots__/app.test.ts.snap',
    '.next/server/page.js',
  ])('skips build output and vendored code: %s', (p) => {
    expect(reviewed([p])).toEqual([]);
  });

  it.each([
    'app.min.js',
    'public/js/jquery.min.js',
    'static/site.min.css',
    'dist.js.map',
    'api/v1/api.pb.go',
  ])('skips minified and generated %s', (p) => {
    expect(reviewed([p])).toEqual([]);
  });

  it.each(['logo.png', 'assets/img/photo.jpeg', 'icons/a/b/icon.svg', 'docs/manual.pdf', 'fonts/x.woff2'])(
    'skips images, documents and fonts: %s',
    (p) => {
      expect(reviewed([p])).toEqual([]);
    },
  );

  it('names the default pattern that matched', () => {
    expect(reasonFor(file('web/yarn.lock'))).toContain('`yarn.lock`');
    expect(reasonFor(file('pkg/dist/a.js'))).toContain('`**/dist/**`');
    expect(reasonFor(file('a.min.js'))).toContain('`*.min.js`');
  });

  it('does not skip ordinary source whose names merely resemble excluded ones', () => {
    const paths = [
      'src/app.ts',
      'distribution/a.js',
      'src/builder.ts',
      'build.gradle',
      'lock.ts',
      'yarn.lock.md',
      'src/min.js',
      'README.md',
      'src/png.ts',
    ];
    expect(reviewed(paths)).toEqual(paths);
  });

  it('reviews dotfiles and files under dot-directories', () => {
    const paths = ['.github/workflows/x.yml', '.eslintrc.json', 'config/.env.example', '.husky/pre-commit'];
    expect(reviewed(paths)).toEqual(paths);
  });

  it('applies directory defaults under dot-directories too', () => {
    expect(reviewed(['.cache/dist/a.js', '.x/node_modules/y.js'])).toEqual([]);
  });

  it('skips lockfiles and build output by default, and reviews the code beside them', () => {
    expect(reviewed(['yarn.lock', 'pkg/dist/index.js', 'pkg/src/index.js', 'package-lock.json'])).toEqual([
      'pkg/src/index.js',
    ]);
  });
});

describe('user exclude', () => {
  it('matches dot-directories (`.github/**`)', () => {
    const r = filterFiles([file('.github/workflows/x.yml'), file('src/a.ts')], {
      include: [],
      exclude: ['.github/**'],
    });
    expect(r.reviewable.map((f) => f.path)).toEqual(['src/a.ts']);
    expect(r.skipped).toEqual([
      { path: '.github/workflows/x.yml', reason: 'excluded by `exclude` pattern `.github/**`' },
    ]);
  });

  it('adds to the defaults instead of replacing them', () => {
    const r = filterFiles([file('docs/a.md'), file('web/yarn.lock'), file('src/a.ts')], {
      include: [],
      exclude: ['docs/**'],
    });
    expect(r.reviewable.map((f) => f.path)).toEqual(['src/a.ts']);
    expect(r.skipped.map((s) => s.path)).toEqual(['docs/a.md', 'web/yarn.lock']);
    expect(r.skipped[0]!.reason).toContain('exclude');
    expect(r.skipped[1]!.reason).toContain('default');
  });

  it('matches a slash-less pattern against the basename in any directory', () => {
    expect(
      reviewed(['a/b/c/test_data.json', 'x.json', 'src/a.ts'], { include: [], exclude: ['*.json'] }),
    ).toEqual(['src/a.ts']);
  });

  it('anchors a pattern with a slash at the repository root', () => {
    expect(reviewed(['docs/a.md', 'src/docs/a.md'], { include: [], exclude: ['docs/**'] })).toEqual([
      'src/docs/a.md',
    ]);
  });

  it('supports brace globs', () => {
    const paths = ['src/a.test.ts', 'src/b.spec.tsx', 'src/c.ts', 'test/d.test.js'];
    expect(reviewed(paths, { include: [], exclude: ['**/*.{test,spec}.{ts,tsx}'] })).toEqual([
      'src/c.ts',
      'test/d.test.js',
    ]);
  });
});

describe('include', () => {
  it('restricts review to matching files', () => {
    const r = filterFiles([file('src/a.ts'), file('lib/b.ts'), file('README.md')], {
      include: ['src/**'],
      exclude: [],
    });
    expect(r.reviewable.map((f) => f.path)).toEqual(['src/a.ts']);
    expect(r.skipped).toEqual([
      { path: 'lib/b.ts', reason: 'not matched by `include`' },
      { path: 'README.md', reason: 'not matched by `include`' },
    ]);
  });

  it('overrides the defaults: `include: dist/**` reviews dist/a.js', () => {
    expect(reviewed(['dist/a.js', 'src/a.ts'], { include: ['dist/**'], exclude: [] })).toEqual(['dist/a.js']);
  });

  it('overrides the defaults for lockfiles and minified files', () => {
    expect(
      reviewed(['web/yarn.lock', 'a.min.js'], { include: ['*.lock', '**/*.min.js'], exclude: [] }),
    ).toEqual(['web/yarn.lock', 'a.min.js']);
  });

  it('still loses to a user exclude', () => {
    const r = filterFiles([file('dist/a.js'), file('dist/b.js')], {
      include: ['dist/**'],
      exclude: ['dist/b.js'],
    });
    expect(r.reviewable.map((f) => f.path)).toEqual(['dist/a.js']);
    expect(r.skipped).toEqual([{ path: 'dist/b.js', reason: 'excluded by `exclude` pattern `dist/b.js`' }]);
  });

  it('supports brace globs and slash-less basename patterns', () => {
    const paths = ['src/a.ts', 'src/deep/b.tsx', 'src/c.js', 'x.py', 'lib/y.py'];
    expect(reviewed(paths, { include: ['src/**/*.{ts,tsx}', '*.py'], exclude: [] })).toEqual([
      'src/a.ts',
      'src/deep/b.tsx',
      'x.py',
      'lib/y.py',
    ]);
  });

  it('matches dotfiles', () => {
    expect(
      reviewed(['.github/workflows/ci.yml', 'src/a.ts'], { include: ['.github/**'], exclude: [] }),
    ).toEqual(['.github/workflows/ci.yml']);
  });
});

describe('files that cannot be reviewed', () => {
  it.each<[string, Partial<FileDiff>, RegExp]>([
    ['deleted', { status: 'deleted' }, /^deleted$/],
    ['binary', { binary: true, hunks: [] }, /binary/],
    ['patch missing', { patchMissing: true, hunks: [] }, /patch/],
    ['rename only', { status: 'renamed', oldPath: 'old/name.ts', hunks: [] }, /renamed without changes/],
    ['copy only', { status: 'copied', oldPath: 'old/name.ts', hunks: [] }, /copied without changes/],
    ['mode only', { oldMode: '100644', newMode: '100755', hunks: [] }, /mode change only/],
    ['submodule', { oldMode: '160000', newMode: '160000' }, /submodule/],
    ['new submodule', { status: 'added', oldPath: null, oldMode: null, newMode: '160000' }, /submodule/],
    ['symlink', { oldMode: '120000', newMode: '120000' }, /symbolic link/],
    ['file turned into a symlink', { oldMode: '100644', newMode: '120000' }, /symbolic link/],
    ['no hunks', { hunks: [] }, /no changed lines/],
  ])('skips a %s file with a reason', (_name, over, reason) => {
    const r = filterFiles([file('src/thing.ts', over)], NONE);
    expect(r.reviewable).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.path).toBe('src/thing.ts');
    expect(r.skipped[0]!.reason).toMatch(reason);
  });

  it('skips deleted and binary files even when include names them', () => {
    const opts = { include: ['src/**'], exclude: [] };
    expect(reasonFor(file('src/a.ts', { status: 'deleted' }), opts)).toBe('deleted');
    expect(reasonFor(file('src/b.ts', { binary: true }), opts)).toMatch(/binary/);
    expect(reasonFor(file('src/c', { newMode: '160000' }), opts)).toMatch(/submodule/);
  });

  it('reviews a renamed file that has changes, and an executable-bit change with changes', () => {
    const r = filterFiles(
      [
        file('src/new.ts', { status: 'renamed', oldPath: 'src/old.ts' }),
        file('bin/run.sh', { oldMode: '100644', newMode: '100755' }),
        file('src/added.ts', { status: 'added', oldPath: null, oldMode: null }),
      ],
      NONE,
    );
    expect(r.reviewable.map((f) => f.path)).toEqual(['src/new.ts', 'bin/run.sh', 'src/added.ts']);
    expect(r.skipped).toEqual([]);
  });
});

describe('on a parsed git diff', () => {
  const DIFF = [
    'diff --git a/lib/sub b/lib/sub',
    'index 1234567..89abcde 160000',
    '--- a/lib/sub',
    '+++ b/lib/sub',
    '@@ -1 +1 @@',
    '-Subproject commit 1234567890123456789012345678901234567890',
    '+Subproject commit 89abcdef89abcdef89abcdef89abcdef89abcdef',
    'diff --git a/link b/link',
    'index 1111111..2222222 120000',
    '--- a/link',
    '+++ b/link',
    '@@ -1 +1 @@',
    '-target-a',
    '\\ No newline at end of file',
    '+target-b',
    '\\ No newline at end of file',
    'diff --git a/script.sh b/script.sh',
    'old mode 100644',
    'new mode 100755',
    'diff --git a/old.ts b/new.ts',
    'similarity index 100%',
    'rename from old.ts',
    'rename to new.ts',
    'diff --git a/gone.ts b/gone.ts',
    'deleted file mode 100644',
    'index 3333333..0000000',
    '--- a/gone.ts',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-x',
    'diff --git a/img.png b/img.png',
    'index 4444444..5555555 100644',
    'Binary files a/img.png and b/img.png differ',
    'diff --git a/web/yarn.lock b/web/yarn.lock',
    'index 6666666..7777777 100644',
    '--- a/web/yarn.lock',
    '+++ b/web/yarn.lock',
    '@@ -1 +1 @@',
    '-a',
    '+b',
    'diff --git a/src/ok.ts b/src/ok.ts',
    'index 8888888..9999999 100644',
    '--- a/src/ok.ts',
    '+++ b/src/ok.ts',
    '@@ -1 +1,2 @@',
    ' a',
    '+b',
    '',
  ].join('\n');

  it('skips submodules, symlinks, mode-only, rename-only, deleted, binary and lockfiles with reasons', () => {
    const files = parseDiff(DIFF);
    expect(files.map((f) => f.path)).toEqual([
      'lib/sub',
      'link',
      'script.sh',
      'new.ts',
      'gone.ts',
      'img.png',
      'web/yarn.lock',
      'src/ok.ts',
    ]);
    const r = filterFiles(files, NONE);
    expect(r.reviewable.map((f) => f.path)).toEqual(['src/ok.ts']);
    const reasons = Object.fromEntries(r.skipped.map((s) => [s.path, s.reason]));
    expect(reasons['lib/sub']).toBe('submodule update');
    expect(reasons['link']).toBe('symbolic link');
    expect(reasons['script.sh']).toBe('file mode change only');
    expect(reasons['new.ts']).toBe('renamed without changes');
    expect(reasons['gone.ts']).toBe('deleted');
    expect(reasons['img.png']).toBe('binary file');
    expect(reasons['web/yarn.lock']).toMatch(/skipped by default \(`yarn\.lock`\)/);
    expect(r.skipped).toHaveLength(7);
  });

  it('still skips the submodule and the symlink when include selects everything', () => {
    const r = filterFiles(parseDiff(DIFF), { include: ['**'], exclude: [] });
    expect(r.reviewable.map((f) => f.path)).toEqual(['web/yarn.lock', 'src/ok.ts']);
  });
});

describe('partition', () => {
  it('puts every input file in exactly one of reviewable/skipped, keeping input order', () => {
    const variants: Partial<FileDiff>[] = [
      {},
      { status: 'deleted' },
      { binary: true },
      { patchMissing: true },
      { status: 'renamed', oldPath: 'z', hunks: [] },
      { newMode: '100755', hunks: [] },
      { newMode: '160000' },
      { newMode: '120000' },
      { status: 'added', oldPath: null },
    ];
    const dirs = ['src', 'dist', 'web', '.github/workflows', 'docs', 'vendor/x'];
    const names = ['a.ts', 'yarn.lock', 'b.min.js', 'c.png', 'd.md', 'e.yml'];
    const files: FileDiff[] = [];
    let k = 0;
    for (const d of dirs)
      for (const n of names) files.push(file(`${d}/${n}`, variants[k++ % variants.length]));
    for (const opts of [
      NONE,
      { include: [], exclude: ['docs/**', '*.yml'] },
      { include: ['dist/**', '**/*.ts', '*.lock'], exclude: ['vendor/**'] },
    ]) {
      const r = filterFiles(files, opts);
      expect(r.reviewable.length + r.skipped.length).toBe(files.length);
      const rev = new Set(r.reviewable);
      const skippedPaths = r.skipped.map((s) => s.path);
      const order = files.map((f) => (rev.has(f) ? `R:${f.path}` : `S:${f.path}`));
      const merged: string[] = [];
      let i = 0;
      let j = 0;
      for (const f of files) {
        if (r.reviewable[i] === f) merged.push(`R:${r.reviewable[i++]!.path}`);
        else merged.push(`S:${skippedPaths[j++]}`);
      }
      expect(merged).toEqual(order);
      expect(i).toBe(r.reviewable.length);
      expect(j).toBe(r.skipped.length);
      for (const s of r.skipped) expect(s.reason.length).toBeGreaterThan(0);
      // Reviewed files are the same objects, untouched.
      for (const f of r.reviewable) expect(files).toContain(f);
    }
  });
});

describe('glob cost', () => {
  const slow = '*a*a*a*a*a*a*a*a*a*a*b';
  const name = 'a'.repeat(50);

  it('refuses a glob that backtracks for minutes, at once, naming it', () => {
    const started = performance.now();
    expect(() => filterFiles([file(name)], { include: [], exclude: [slow] })).toThrow(GlobError);
    expect(() => filterFiles([file(name)], { include: [slow], exclude: [] })).toThrow(
      `The pattern '${slow}' cannot be used: it has 11 wildcards`,
    );
    expect(() => pathInstructionsFor([{ path: slow, instructions: 'x' }], [name])).toThrow(GlobError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('counts `**` once, a brace group as its costliest alternative, and escaped or bracketed stars not at all', () => {
    const count = (g: string): boolean => globCostProblem(g) === null;
    expect(count('**/test/**/*.spec.*')).toBe(true); // 4
    expect(count('**/test/**/*.spec.*.*')).toBe(false); // 5
    expect(count('{**/a/*.ts,**/b/*.ts,**/c/*.ts,**/d/*.ts}')).toBe(true); // 2
    expect(count('{*a*,*b*}{*c*,*d*}x*')).toBe(false); // 5
    expect(count('\\*\\*\\*\\*\\*[*][*]x*')).toBe(true); // 1
    expect(count('{*,*,*,*,*')).toBe(false); // an unclosed `{` is literal: 5
    expect(count('*.+(ts|js)')).toBe(true);
    expect(count('+(a*)')).toBe(false);
    expect(count('*(+(a))')).toBe(false);
    expect(MAX_GLOB_WILDCARDS).toBe(4);
  });

  it('matches what is allowed quickly even on a long name that almost matches', () => {
    const m = compileGlob('*a*a*a*b');
    const started = performance.now();
    expect(m('a'.repeat(100))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('is the only place picomatch is compiled', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const users = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from 'picomatch'/.test(readFileSync(join(src, f), 'utf8')));
    expect(users).toEqual([join('filter', 'glob.ts')]);
  });
});
