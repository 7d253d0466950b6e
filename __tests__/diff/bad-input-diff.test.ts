import { parseDiff } from '../../src/diff/parse.ts';
import type { FileDiff } from '../../src/diff/types.ts';
import { filterFiles } from '../../src/filter/filter.ts';
import type { Finding } from '../../src/findings/types.ts';
import { fromListedFile } from '../../src/github/diff.ts';
import { placeFindings } from '../../src/place/place.ts';

/**
 * Diffs as they come: every kind of change git and GitHub produce, and malformed ones. For each, the
 * parser reads the right paths, status and line numbers and never throws, and a file that cannot be
 * reviewed is listed as skipped with its reason, never dropped.
 */

const diff = (...lines: string[]): string => lines.join('\n') + '\n';

type Row = [kind: string, oldLine: number | null, newLine: number | null, content: string];

/** [kind, old line, new line, content] of every line of a file, hunk after hunk. */
function rows(f: FileDiff): Row[] {
  return f.hunks.flatMap((h) => h.lines.map((l): Row => [l.kind, l.oldLine, l.newLine, l.content]));
}

/** path → why it is not reviewed, or 'reviewed'. Every parsed file is in the answer. */
function outcome(files: FileDiff[]): Record<string, string> {
  const { reviewable, skipped } = filterFiles(files, { include: [], exclude: [] });
  expect(reviewable.length + skipped.length).toBe(files.length);
  return {
    ...Object.fromEntries(skipped.map((s) => [s.path, s.reason])),
    ...Object.fromEntries(reviewable.map((f) => [f.path, 'reviewed'])),
  };
}

function finding(
  path: string,
  line: number,
  side: 'LEFT' | 'RIGHT' = 'RIGHT',
  suggestion: string | null = null,
): Finding {
  return {
    path,
    line,
    side,
    startLine: null,
    severity: 'major',
    title: `${side}${line}`,
    body: 'b',
    suggestion,
    request: 0,
  };
}

describe('binary files', () => {
  it('reads "Binary files … differ" and GIT binary patch, and skips both as binary', () => {
    const files = parseDiff(
      diff(
        'diff --git a/data/blob.xyz b/data/blob.xyz',
        'index 1234567..89abcde 100644',
        'Binary files a/data/blob.xyz and b/data/blob.xyz differ',
        'diff --git a/data/new.xyz b/data/new.xyz',
        'new file mode 100644',
        'index 0000000..89abcde',
        'Binary files /dev/null and b/data/new.xyz differ',
        'diff --git a/data/gone.xyz b/data/gone.xyz',
        'deleted file mode 100644',
        'index 89abcde..0000000',
        'Binary files a/data/gone.xyz and /dev/null differ',
        'diff --git a/data/patch.xyz b/data/patch.xyz',
        'index 1234567..89abcde 100644',
        'GIT binary patch',
        'delta 14',
        'VcmZ?wbaRYwWME)mVE7Nj0E7Vv',
        '',
        'delta 14',
        'VcmZ?wbaRYwWME)mVE7Nj0E7Vv',
        '',
        'diff --git a/src/after.ts b/src/after.ts',
        '--- a/src/after.ts',
        '+++ b/src/after.ts',
        '@@ -1 +1 @@',
        '-a',
        '+b',
      ),
    );
    expect(files.map((f) => [f.path, f.oldPath, f.status, f.binary, f.hunks.length])).toEqual([
      ['data/blob.xyz', 'data/blob.xyz', 'modified', true, 0],
      ['data/new.xyz', null, 'added', true, 0],
      ['data/gone.xyz', 'data/gone.xyz', 'deleted', true, 0],
      ['data/patch.xyz', 'data/patch.xyz', 'modified', true, 0],
      ['src/after.ts', 'src/after.ts', 'modified', false, 1],
    ]);
    expect(outcome(files)).toEqual({
      'data/blob.xyz': 'binary file',
      'data/new.xyz': 'binary file',
      'data/gone.xyz': 'deleted',
      'data/patch.xyz': 'binary file',
      'src/after.ts': 'reviewed',
    });
  });

  it('reads the binary line of a plain `diff -r`, which has no git header, and strips its top directories', () => {
    const files = parseDiff(
      diff(
        'diff -ru old/src/a.c new/src/a.c',
        '--- old/src/a.c\t2024-01-01 00:00:00',
        '+++ new/src/a.c\t2024-01-02 00:00:00',
        '@@ -1 +1 @@',
        '-x',
        '+y',
        'Binary files old/img/logo.bin and new/img/logo.bin differ',
        'Binary files old/only-here.bin and /dev/null differ',
      ),
    );
    expect(files.map((f) => [f.path, f.oldPath, f.status, f.binary])).toEqual([
      ['src/a.c', 'src/a.c', 'modified', false],
      ['img/logo.bin', 'img/logo.bin', 'modified', true],
      ['old/only-here.bin', 'old/only-here.bin', 'deleted', true],
    ]);
  });

  it('never places a comment on a binary file', () => {
    const files = parseDiff(diff('diff --git a/b.xyz b/b.xyz', 'Binary files a/b.xyz and b/b.xyz differ'));
    const p = placeFindings([finding('b.xyz', 1)], files, 10);
    expect(p.inline).toEqual([]);
    expect(p.body.map((b) => b.reason)).toEqual(['the file is binary']);
  });
});

describe('renames, copies and modes', () => {
  const files = parseDiff(
    diff(
      'diff --git a/old.ts b/new.ts',
      'similarity index 100%',
      'rename from old.ts',
      'rename to new.ts',
      'diff --git a/lib/a.ts b/lib/b.ts',
      'similarity index 80%',
      'rename from lib/a.ts',
      'rename to lib/b.ts',
      'index 1111111..2222222 100644',
      '--- a/lib/a.ts',
      '+++ b/lib/b.ts',
      '@@ -3,3 +3,3 @@ fn',
      ' c',
      '-d',
      '+D',
      ' e',
      'diff --git a/base.ts b/copy.ts',
      'similarity index 100%',
      'copy from base.ts',
      'copy to copy.ts',
      'diff --git a/base.ts b/copy2.ts',
      'similarity index 90%',
      'copy from base.ts',
      'copy to copy2.ts',
      'index 1111111..3333333 100644',
      '--- a/base.ts',
      '+++ b/copy2.ts',
      '@@ -1 +1,2 @@',
      ' x',
      '+y',
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/tool.sh b/tool.sh',
      'old mode 100644',
      'new mode 100755',
      'index 4444444..5555555',
      '--- a/tool.sh',
      '+++ b/tool.sh',
      '@@ -1 +1 @@',
      '-echo a',
      '+echo b',
    ),
  );

  it('reads paths, status and modes', () => {
    expect(files.map((f) => [f.oldPath, f.path, f.status, f.oldMode, f.newMode, f.hunks.length])).toEqual([
      ['old.ts', 'new.ts', 'renamed', null, null, 0],
      ['lib/a.ts', 'lib/b.ts', 'renamed', '100644', '100644', 1],
      ['base.ts', 'copy.ts', 'copied', null, null, 0],
      ['base.ts', 'copy2.ts', 'copied', '100644', '100644', 1],
      ['run.sh', 'run.sh', 'modified', '100644', '100755', 0],
      ['tool.sh', 'tool.sh', 'modified', '100644', '100755', 1],
    ]);
    expect(rows(files[1]!)).toEqual([
      ['context', 3, 3, 'c'],
      ['delete', 4, null, 'd'],
      ['add', null, 4, 'D'],
      ['context', 5, 5, 'e'],
    ]);
  });

  it('skips what has no lines to review, with the reason', () => {
    expect(outcome(files)).toEqual({
      'new.ts': 'renamed without changes',
      'lib/b.ts': 'reviewed',
      'copy.ts': 'copied without changes',
      'copy2.ts': 'reviewed',
      'run.sh': 'file mode change only',
      'tool.sh': 'reviewed',
    });
  });

  it('places comments on a renamed file by its new path, both sides', () => {
    const p = placeFindings([finding('lib/b.ts', 4), finding('lib/b.ts', 4, 'LEFT')], files, 10);
    expect(p.inline.map((c) => [c.path, c.side, c.line])).toEqual([
      ['lib/b.ts', 'LEFT', 4],
      ['lib/b.ts', 'RIGHT', 4],
    ]);
  });
});

describe('new, deleted, submodule and symlink files', () => {
  const files = parseDiff(
    diff(
      'diff --git a/new.py b/new.py',
      'new file mode 100644',
      'index 0000000..1111111',
      '--- /dev/null',
      '+++ b/new.py',
      '@@ -0,0 +1,2 @@',
      '+a = 1',
      '+b = 2',
      'diff --git a/empty.txt b/empty.txt',
      'new file mode 100644',
      'index 0000000..e69de29',
      'diff --git a/gone.py b/gone.py',
      'deleted file mode 100644',
      'index 1111111..0000000',
      '--- a/gone.py',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-x',
      '-y',
      'diff --git a/ext/lib b/ext/lib',
      'index 1111111..2222222 160000',
      '--- a/ext/lib',
      '+++ b/ext/lib',
      '@@ -1 +1 @@',
      '-Subproject commit 1111111111111111111111111111111111111111',
      '+Subproject commit 2222222222222222222222222222222222222222',
      'diff --git a/ext/new b/ext/new',
      'new file mode 160000',
      'index 0000000..3333333',
      '--- /dev/null',
      '+++ b/ext/new',
      '@@ -0,0 +1 @@',
      '+Subproject commit 3333333333333333333333333333333333333333',
      'diff --git a/link b/link',
      'new file mode 120000',
      'index 0000000..4444444',
      '--- /dev/null',
      '+++ b/link',
      '@@ -0,0 +1 @@',
      '+target/file',
      '\\ No newline at end of file',
      'diff --git a/link2 b/link2',
      'index 5555555..6666666 120000',
      '--- a/link2',
      '+++ b/link2',
      '@@ -1 +1 @@',
      '-old/target',
      '\\ No newline at end of file',
      '+new/target',
      '\\ No newline at end of file',
    ),
  );

  it('reads status, modes and lines', () => {
    expect(files.map((f) => [f.path, f.oldPath, f.status, f.oldMode, f.newMode])).toEqual([
      ['new.py', null, 'added', null, '100644'],
      ['empty.txt', null, 'added', null, '100644'],
      ['gone.py', 'gone.py', 'deleted', '100644', null],
      ['ext/lib', 'ext/lib', 'modified', '160000', '160000'],
      ['ext/new', null, 'added', null, '160000'],
      ['link', null, 'added', null, '120000'],
      ['link2', 'link2', 'modified', '120000', '120000'],
    ]);
    expect(rows(files[0]!)).toEqual([
      ['add', null, 1, 'a = 1'],
      ['add', null, 2, 'b = 2'],
    ]);
    expect(rows(files[2]!)).toEqual([
      ['delete', 1, null, 'x'],
      ['delete', 2, null, 'y'],
    ]);
    expect(files[6]!.hunks[0]).toMatchObject({ oldNoNewlineAtEnd: true, newNoNewlineAtEnd: true });
  });

  it('skips the ones a reviewer cannot comment on, with the reason', () => {
    expect(outcome(files)).toEqual({
      'new.py': 'reviewed',
      'empty.txt': 'new empty file',
      'gone.py': 'deleted',
      'ext/lib': 'submodule update',
      'ext/new': 'submodule update',
      link: 'symbolic link',
      link2: 'symbolic link',
    });
  });

  it('puts comments on a deleted file on the old side only', () => {
    const p = placeFindings([finding('gone.py', 2, 'LEFT'), finding('gone.py', 2)], files, 10);
    expect(p.inline.map((c) => [c.side, c.line])).toEqual([['LEFT', 2]]);
    expect(p.body.map((b) => b.reason)).toEqual(['the file has no new-side lines in the diff']);
  });

  it('reads a PR of only deletions, and reviews nothing', () => {
    const only = parseDiff(
      diff(
        'diff --git a/a.ts b/a.ts',
        'deleted file mode 100644',
        '--- a/a.ts',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-a',
        'diff --git a/b.ts b/b.ts',
        'deleted file mode 100644',
        '--- a/b.ts',
        '+++ /dev/null',
        '@@ -1,3 +0,0 @@',
        '-1',
        '-2',
        '-3',
      ),
    );
    expect(only.map((f) => [f.path, f.status, f.deletions, f.additions])).toEqual([
      ['a.ts', 'deleted', 1, 0],
      ['b.ts', 'deleted', 3, 0],
    ]);
    expect(outcome(only)).toEqual({ 'a.ts': 'deleted', 'b.ts': 'deleted' });
  });

  it('reads an empty diff (an empty PR) as no files', () => {
    for (const empty of ['', '\n', '\r\n', '   \n\n']) expect(parseDiff(empty)).toEqual([]);
  });
});

describe('end of file without a newline', () => {
  it.each<[string, string[], [boolean, boolean]]>([
    ['old side only', ['-a', '\\ No newline at end of file', '+a'], [true, false]],
    ['new side only', ['-a', '+a', '\\ No newline at end of file'], [false, true]],
    [
      'both sides',
      ['-a', '\\ No newline at end of file', '+b', '\\ No newline at end of file'],
      [true, true],
    ],
    ['a context line', [' a', '\\ No newline at end of file'], [true, true]],
  ])('%s', (_name, body, [oldNo, newNo]) => {
    const context = body[0]!.startsWith(' ');
    const [f] = parseDiff(
      diff('diff --git a/n b/n', '--- a/n', '+++ b/n', context ? '@@ -1 +1 @@' : '@@ -1 +1 @@', ...body),
    );
    const h = f!.hunks[0]!;
    expect([h.oldNoNewlineAtEnd, h.newNoNewlineAtEnd]).toEqual([oldNo, newNo]);
    // The marker is not a line of the file.
    expect(h.lines.every((l) => !l.content.includes('No newline'))).toBe(true);
    expect(h.lines).toHaveLength(context ? 1 : 2);
  });
});

describe('CRLF', () => {
  // A file with CRLF line ends: git's diff lines end in \n, and each line's content ends in \r.
  const crlfFile = diff(
    'diff --git a/w.txt b/w.txt',
    '--- a/w.txt',
    '+++ b/w.txt',
    '@@ -1,3 +1,3 @@',
    ' keep\r',
    '-old\r',
    '+new\r',
    ' tail\r',
  );

  it('strips the CR from content, whether it belongs to the file or to the transport', () => {
    const [f] = parseDiff(crlfFile);
    expect(rows(f!)).toEqual([
      ['context', 1, 1, 'keep'],
      ['delete', 2, null, 'old'],
      ['add', null, 2, 'new'],
      ['context', 3, 3, 'tail'],
    ]);
    // The same diff sent with CRLF throughout reads the same.
    expect(parseDiff(crlfFile.replace(/\r?\n/g, '\r\n'))).toEqual(parseDiff(crlfFile));
    expect(parseDiff(crlfFile.replace(/\r\n/g, '\n'))).toEqual(parseDiff(crlfFile));
  });

  it('judges a suggestion against the line without its CR, so an unchanged one is not offered', () => {
    const files = parseDiff(crlfFile);
    const p = placeFindings(
      [
        finding('w.txt', 2, 'RIGHT', 'new'),
        finding('w.txt', 3, 'RIGHT', 'tail\r\n'),
        finding('w.txt', 1, 'RIGHT', 'kept'),
      ],
      files,
      10,
    );
    const byLine = Object.fromEntries(p.inline.map((c) => [c.line, c.committable]));
    expect(byLine).toEqual({ 1: true, 2: false, 3: false });
  });
});

describe('text that is not UTF-8', () => {
  it('reads latin-1 bytes decoded as UTF-8 (U+FFFD) without throwing', () => {
    const bytes = Buffer.concat([
      Buffer.from('diff --git a/caf\xe9.txt b/caf\xe9.txt\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-', 'latin1'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      Buffer.from('+caf\u00e9\n', 'utf8'),
    ]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\ufffd');
    const [f] = parseDiff(text);
    expect(rows(f!)).toEqual([
      ['delete', 1, null, 'caf\ufffd'],
      ['add', null, 1, 'café'],
    ]);
  });

  it('decodes a quoted path whose octal escapes are not UTF-8 to U+FFFD', () => {
    const [f] = parseDiff(
      diff('diff --git "a/caf\\351.txt" "b/caf\\351.txt"', 'old mode 100644', 'new mode 100755'),
    );
    expect(f!.path).toBe('caf\ufffd.txt');
  });
});

describe('paths', () => {
  it.each<[string, string, string, string]>([
    // [what, diff --git line, ---/+++ name (without a/ b/), expected path]
    ['spaces', 'diff --git a/my dir/a b.txt b/my dir/a b.txt', 'my dir/a b.txt\t', 'my dir/a b.txt'],
    [
      'quoted UTF-8 octal',
      'diff --git "a/sp\\303\\244ce.txt" "b/sp\\303\\244ce.txt"',
      '"{}sp\\303\\244ce.txt"',
      'späce.txt',
    ],
    [
      'unquoted unicode',
      'diff --git a/日本語/ファイル.md b/日本語/ファイル.md',
      '日本語/ファイル.md',
      '日本語/ファイル.md',
    ],
    [
      'double quotes',
      'diff --git "a/say \\"hi\\".txt" "b/say \\"hi\\".txt"',
      '"{}say \\"hi\\".txt"',
      'say "hi".txt',
    ],
    ['a tab', 'diff --git "a/tab\\there.txt" "b/tab\\there.txt"', '"{}tab\\there.txt"', 'tab\there.txt'],
    [
      'a backslash',
      'diff --git "a/back\\\\slash.txt" "b/back\\\\slash.txt"',
      '"{}back\\\\slash.txt"',
      'back\\slash.txt',
    ],
    ['a newline', 'diff --git "a/new\\nline" "b/new\\nline"', '"{}new\\nline"', 'new\nline'],
    ['" b/" inside', 'diff --git a/x b/y.txt b/x b/y.txt', 'x b/y.txt', 'x b/y.txt'],
  ])('%s', (_what, header, name, expected) => {
    const side = (prefix: string): string =>
      name.startsWith('"') ? name.replace('{}', prefix) : `${prefix}${name}`;
    const [f] = parseDiff(diff(header, `--- ${side('a/')}`, `+++ ${side('b/')}`, '@@ -1 +1 @@', '-a', '+b'));
    expect([f!.path, f!.oldPath, f!.status]).toEqual([expected, expected, 'modified']);
    // The header alone (no ---/+++ lines, as for a mode change) gives the same path.
    const [g] = parseDiff(diff(header, 'old mode 100644', 'new mode 100755'));
    expect(g!.path).toBe(expected);
  });

  it('reads quoted rename paths', () => {
    const [f] = parseDiff(
      diff(
        'diff --git "a/old \\303\\244.txt" "b/new \\"q\\".txt"',
        'similarity index 100%',
        'rename from "old \\303\\244.txt"',
        'rename to "new \\"q\\".txt"',
      ),
    );
    expect([f!.oldPath, f!.path, f!.status]).toEqual(['old ä.txt', 'new "q".txt', 'renamed']);
  });
});

describe('hunk headers', () => {
  it.each<[string, string[], Row[]]>([
    [
      'both counts left out',
      ['@@ -1 +1 @@', '-a', '+b'],
      [
        ['delete', 1, null, 'a'],
        ['add', null, 1, 'b'],
      ],
    ],
    [
      'old count left out',
      ['@@ -5 +5,2 @@', ' a', '+b'],
      [
        ['context', 5, 5, 'a'],
        ['add', null, 6, 'b'],
      ],
    ],
    ['new file of one line', ['@@ -0,0 +1 @@', '+a'], [['add', null, 1, 'a']]],
    [
      'with a section',
      ['@@ -7,2 +7,2 @@ class A {', ' a', ' b'],
      [
        ['context', 7, 7, 'a'],
        ['context', 8, 8, 'b'],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    const [f] = parseDiff(diff('diff --git a/h b/h', '--- a/h', '+++ b/h', ...body));
    expect(rows(f!)).toEqual(expected);
    expect(f!.unreadable).toBeUndefined();
  });

  it.each(['@@ -1,99999999999999999999 +1 @@', '@@ -a,b +c,d @@', '@@ -1,2 +1,2', '@@@ -1,2 -1,2 +1,3 @@@'])(
    'reports a file whose only hunk header %j cannot be read as not reviewed',
    (header) => {
      const files = parseDiff(
        diff('diff --git a/h.ts b/h.ts', '--- a/h.ts', '+++ b/h.ts', header, '-a', '+b'),
      );
      expect(files).toHaveLength(1);
      expect(files[0]!.hunks).toEqual([]);
      expect(outcome(files)['h.ts']).toMatch(/hunk header `@@.*` cannot be read/);
    },
  );

  it('keeps a section with any character, U+2028 included', () => {
    const [f] = parseDiff(
      diff('diff --git a/h b/h', '--- a/h', '+++ b/h', '@@ -1 +1 @@ a\u2028b\u0085c', '-a', '+b'),
    );
    expect(f!.hunks.map((h) => h.section)).toEqual(['a\u2028b\u0085c']);
  });

  it('keeps the hunks it can read when a later header is broken', () => {
    const [f] = parseDiff(
      diff('diff --git a/h b/h', '--- a/h', '+++ b/h', '@@ -1 +1 @@', '-a', '+b', '@@ -x +y @@', '-c', '+d'),
    );
    expect(rows(f!)).toEqual([
      ['delete', 1, null, 'a'],
      ['add', null, 1, 'b'],
    ]);
    expect(f!.unreadable).toBeUndefined();
  });
});

describe('combined (merge) diffs', () => {
  it('reports a `diff --cc` file as not reviewed, and reads the files after it', () => {
    const files = parseDiff(
      diff(
        'diff --cc src/merged.c',
        'index 1111111,2222222..3333333',
        '--- a/src/merged.c',
        '+++ b/src/merged.c',
        '@@@ -1,2 -1,2 +1,3 @@@',
        '  a',
        '+ b',
        ' -c',
        'diff --combined "sp\\303\\244ce.c"',
        '--- a/sp\\303\\244ce.c',
        '+++ b/sp\\303\\244ce.c',
        'diff --git a/src/ok.c b/src/ok.c',
        '--- a/src/ok.c',
        '+++ b/src/ok.c',
        '@@ -1 +1 @@',
        '-x',
        '+y',
      ),
    );
    expect(files.map((f) => [f.path, f.hunks.length])).toEqual([
      ['src/merged.c', 0],
      ['späce.c', 0],
      ['src/ok.c', 1],
    ]);
    expect(outcome(files)).toEqual({
      'src/merged.c': expect.stringMatching(/^combined \(merge\) diff/),
      'späce.c': expect.stringMatching(/^combined \(merge\) diff/),
      'src/ok.c': 'reviewed',
    });
  });

  it('reports a header that names no file', () => {
    const files = parseDiff(diff('diff --git nonsense', 'old mode 100644', 'new mode 100755'));
    expect(outcome(files)).toEqual({ '': 'the diff header names no file' });
  });
});

describe('size', () => {
  it('reads a 1 MB single line quickly', () => {
    const big = 'x'.repeat(1 << 20);
    const text = diff(
      'diff --git a/min.js b/min.js',
      '--- a/min.js',
      '+++ b/min.js',
      '@@ -1 +1 @@',
      `-${big}`,
      `+${big}y`,
    );
    const started = performance.now();
    const [f] = parseDiff(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(f!.hunks[0]!.lines.map((l) => l.content.length)).toEqual([1 << 20, (1 << 20) + 1]);
  });

  it('reads 1 MB header-like lines quickly, without backtracking', () => {
    for (const line of [
      `diff --git a/${'a b/'.repeat(200_000)}`,
      `diff --git "${'\\303'.repeat(200_000)}`,
      `Binary files ${' and '.repeat(200_000)} differ`,
      `@@ -1,1 +1,1 @@${' '.repeat(1 << 20)}`,
      `--- ${'\t'.repeat(1 << 20)}`,
    ]) {
      const started = performance.now();
      parseDiff(`${line}\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n`);
      expect([line.slice(0, 20), performance.now() - started < 1000]).toEqual([line.slice(0, 20), true]);
    }
  });
});

describe('the files list (GitHub refused the whole diff)', () => {
  type Listed = Parameters<typeof fromListedFile>[0];
  const listed = (over: Partial<Listed>): Listed =>
    ({
      sha: 'abc',
      filename: 'f.ts',
      status: 'modified',
      additions: 1,
      deletions: 1,
      changes: 2,
      blob_url: '',
      raw_url: '',
      contents_url: '',
      ...over,
    }) as Listed;

  it('reads each kind of file, and skips the ones it cannot review with the reason', () => {
    const files = [
      fromListedFile(listed({ filename: 'img.xyz', additions: 0, deletions: 0, changes: 0 })),
      fromListedFile(listed({ filename: 'huge.sql', additions: 90_000, deletions: 0, changes: 90_000 })),
      fromListedFile(
        listed({
          filename: 'ext/sub',
          patch:
            '@@ -1 +1 @@\n-Subproject commit 1111111111111111111111111111111111111111\n+Subproject commit 2222222222222222222222222222222222222222',
        }),
      ),
      fromListedFile(
        listed({
          filename: 'new.ts',
          previous_filename: 'old.ts',
          status: 'renamed',
          additions: 0,
          deletions: 0,
          changes: 0,
        }),
      ),
      fromListedFile(listed({ filename: 'gone.ts', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' })),
      fromListedFile(
        listed({ filename: 'ok.ts', patch: '@@ -1 +1 @@\n-a\r\n+b\r\n\\ No newline at end of file' }),
      ),
    ];
    expect(files.map((f) => [f.path, f.oldPath, f.status])).toEqual([
      ['img.xyz', 'img.xyz', 'modified'],
      ['huge.sql', 'huge.sql', 'modified'],
      ['ext/sub', 'ext/sub', 'modified'],
      ['new.ts', 'old.ts', 'renamed'],
      ['gone.ts', 'gone.ts', 'deleted'],
      ['ok.ts', 'ok.ts', 'modified'],
    ]);
    expect(outcome(files)).toEqual({
      'img.xyz': 'binary file',
      'huge.sql': 'GitHub did not provide a patch (file too large)',
      'ext/sub': 'submodule update',
      'new.ts': 'renamed without changes',
      'gone.ts': 'deleted',
      'ok.ts': 'reviewed',
    });
    expect(rows(files[5]!)).toEqual([
      ['delete', 1, null, 'a'],
      ['add', null, 1, 'b'],
    ]);
    expect(files[5]!.hunks[0]!.newNoNewlineAtEnd).toBe(true);
  });
});
