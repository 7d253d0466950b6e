import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDiff, parsePatch } from '../../src/diff/parse.ts';

// reviewdog's diff/testdata (MIT, see the LICENSE beside them), kept in the repo so CI needs nothing else.
const REVIEWDOG = join(import.meta.dirname, '..', 'fixtures', 'reviewdog-diff');

interface RdLine {
  Type: number;
  Content: string;
  LnumOld: number;
  LnumNew: number;
}
interface RdHunk {
  StartLineOld: number;
  LineLengthOld: number;
  StartLineNew: number;
  LineLengthNew: number;
  Section: string;
  Lines: RdLine[];
  EofNewline: number;
}
interface RdFile {
  PathOld: string;
  PathNew: string;
  Hunks: RdHunk[] | null;
  Extended: string[] | null;
}

const KIND = ['context', 'add', 'delete'] as const;

describe('parseDiff agrees with reviewdog on every test vector', () => {
  const cases = readdirSync(REVIEWDOG).filter((f) => f.endsWith('.diff'));
  it('finds the vectors', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)('%s', (name) => {
    const text = readFileSync(join(REVIEWDOG, name), 'utf8');
    const expected = (JSON.parse(readFileSync(join(REVIEWDOG, `${name}.json`), 'utf8')) ?? []) as RdFile[];
    const files = parseDiff(text);
    expect(files).toHaveLength(expected.length);
    expected.forEach((exp, i) => {
      const got = files[i]!;
      const isGit = (exp.Extended ?? []).some((l) => l.startsWith('diff --git'));
      // reviewdog keeps git's a/ b/ prefixes; we strip them, as GitHub's paths have none.
      const strip = (p: string): string => (isGit ? p.replace(/^[ab]\//, '') : p);
      if (exp.PathNew) expect(got.path).toBe(strip(exp.PathNew));
      if (exp.PathOld) expect(got.oldPath).toBe(strip(exp.PathOld));
      const hunks = exp.Hunks ?? [];
      expect(got.hunks).toHaveLength(hunks.length);
      hunks.forEach((h, j) => {
        const g = got.hunks[j]!;
        expect([g.oldStart, g.oldLines, g.newStart, g.newLines, g.section]).toEqual([
          h.StartLineOld,
          h.LineLengthOld,
          h.StartLineNew,
          h.LineLengthNew,
          h.Section,
        ]);
        expect(g.lines.map((l) => [l.kind, l.content, l.oldLine ?? 0, l.newLine ?? 0])).toEqual(
          h.Lines.map((l) => [KIND[l.Type], l.Content, l.LnumOld, l.LnumNew]),
        );
        // reviewdog: 1 = newline added at EOF (old lacked it), 2 = newline removed (new lacks it).
        if (h.EofNewline === 1) expect([g.oldNoNewlineAtEnd, g.newNoNewlineAtEnd]).toEqual([true, false]);
        if (h.EofNewline === 2) expect([g.oldNoNewlineAtEnd, g.newNoNewlineAtEnd]).toEqual([false, true]);
      });
    });
  });
});

describe('parseDiff corner cases', () => {
  it('reads renames with and without changes, and copies', () => {
    const files = parseDiff(
      [
        'diff --git a/old name.txt b/new name.txt',
        'similarity index 100%',
        'rename from old name.txt',
        'rename to new name.txt',
        'diff --git a/src/a.ts b/src/b.ts',
        'similarity index 90%',
        'rename from src/a.ts',
        'rename to src/b.ts',
        'index 1111111..2222222 100644',
        '--- a/src/a.ts',
        '+++ b/src/b.ts',
        '@@ -1,2 +1,2 @@',
        ' keep',
        '-old',
        '+new',
        'diff --git a/x.c b/y.c',
        'similarity index 100%',
        'copy from x.c',
        'copy to y.c',
        '',
      ].join('\n'),
    );
    expect(files.map((f) => [f.status, f.oldPath, f.path, f.hunks.length])).toEqual([
      ['renamed', 'old name.txt', 'new name.txt', 0],
      ['renamed', 'src/a.ts', 'src/b.ts', 1],
      ['copied', 'x.c', 'y.c', 0],
    ]);
    expect(files[1]!.hunks[0]!.lines.map((l) => [l.kind, l.oldLine, l.newLine])).toEqual([
      ['context', 1, 1],
      ['delete', 2, null],
      ['add', null, 2],
    ]);
  });

  it('reads binary files, mode-only changes, symlinks and submodules', () => {
    const files = parseDiff(
      [
        'diff --git a/img.png b/img.png',
        'new file mode 100644',
        'index 0000000..abcdef0',
        'Binary files /dev/null and b/img.png differ',
        'diff --git a/run.sh b/run.sh',
        'old mode 100644',
        'new mode 100755',
        'diff --git a/blob.bin b/blob.bin',
        'index 1234567..89abcde 100644',
        'GIT binary patch',
        'literal 10',
        'RcmZQzU|?coU|?c^0000a0RR91',
        '',
        'literal 0',
        'HcmV?d00001',
        '',
        'diff --git a/link b/link',
        'new file mode 120000',
        'index 0000000..1234567',
        '--- /dev/null',
        '+++ b/link',
        '@@ -0,0 +1 @@',
        '+target/file',
        '\\ No newline at end of file',
        'diff --git a/vendor/lib b/vendor/lib',
        'index 1111111..2222222 160000',
        '--- a/vendor/lib',
        '+++ b/vendor/lib',
        '@@ -1 +1 @@',
        '-Subproject commit 1111111111111111111111111111111111111111',
        '+Subproject commit 2222222222222222222222222222222222222222',
      ].join('\n'),
    );
    expect(files.map((f) => [f.path, f.status, f.binary, f.oldMode, f.newMode])).toEqual([
      ['img.png', 'added', true, null, '100644'],
      ['run.sh', 'modified', false, '100644', '100755'],
      ['blob.bin', 'modified', true, '100644', '100644'],
      ['link', 'added', false, null, '120000'],
      ['vendor/lib', 'modified', false, '160000', '160000'],
    ]);
    expect(files[3]!.hunks[0]).toMatchObject({ newStart: 1, newLines: 1, newNoNewlineAtEnd: true });
    expect(files[4]!.hunks[0]!.lines).toHaveLength(2);
  });

  it('reads deleted files and a PR of only deletions', () => {
    const [f] = parseDiff(
      [
        'diff --git a/gone.py b/gone.py',
        'deleted file mode 100644',
        'index 1234567..0000000',
        '--- a/gone.py',
        '+++ /dev/null',
        '@@ -1,2 +0,0 @@',
        '-a = 1',
        '-b = 2',
      ].join('\n'),
    );
    expect(f).toMatchObject({
      path: 'gone.py',
      oldPath: 'gone.py',
      status: 'deleted',
      deletions: 2,
      additions: 0,
    });
    expect(f!.hunks[0]!.lines.map((l) => l.oldLine)).toEqual([1, 2]);
  });

  it('treats diff-looking content inside a hunk as content', () => {
    const files = parseDiff(
      [
        'diff --git a/notes.md b/notes.md',
        '--- a/notes.md',
        '+++ b/notes.md',
        '@@ -1,3 +1,3 @@',
        '--- a/x',
        '+++ b/y',
        '-diff --git a/q b/q',
        '+@@ -1 +1 @@',
        ' end',
      ].join('\n'),
    );
    expect(files).toHaveLength(1);
    expect(files[0]!.hunks[0]!.lines.map((l) => [l.kind, l.content])).toEqual([
      ['delete', '-- a/x'],
      ['add', '++ b/y'],
      ['delete', 'diff --git a/q b/q'],
      ['add', '@@ -1 +1 @@'],
      ['context', 'end'],
    ]);
  });

  it('strips CR from CRLF diffs but keeps the numbers', () => {
    const [f] = parseDiff(
      'diff --git a/w.txt b/w.txt\r\n--- a/w.txt\r\n+++ b/w.txt\r\n@@ -1,2 +1,2 @@\r\n a\r\n-b\r\n+c\r\n',
    );
    expect(f!.path).toBe('w.txt');
    expect(f!.hunks[0]!.lines.map((l) => l.content)).toEqual(['a', 'b', 'c']);
  });

  it('reads quoted, unicode, space and quote-containing paths', () => {
    const files = parseDiff(
      [
        'diff --git "a/dir with space/caf\\303\\251 \\"q\\".txt" "b/dir with space/caf\\303\\251 \\"q\\".txt"',
        'new file mode 100644',
        '--- /dev/null',
        '+++ "b/dir with space/caf\\303\\251 \\"q\\".txt"',
        '@@ -0,0 +1 @@',
        '+x',
        'diff --git a/has space.txt b/has space.txt',
        '--- a/has space.txt\t',
        '+++ b/has space.txt\t',
        '@@ -1 +1 @@',
        '-a',
        '+b',
        'diff --git a/a b/c.txt b/a b/c.txt',
        'deleted file mode 100644',
        '--- a/a b/c.txt',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-gone',
      ].join('\n'),
    );
    expect(files.map((f) => [f.path, f.status])).toEqual([
      ['dir with space/café "q".txt', 'added'],
      ['has space.txt', 'modified'],
      ['a b/c.txt', 'deleted'],
    ]);
  });

  it('tolerates truncated hunks, garbage and empty input', () => {
    expect(parseDiff('')).toEqual([]);
    expect(parseDiff('hello\nworld')).toEqual([]);
    const [f] = parseDiff('diff --git a/t b/t\n--- a/t\n+++ b/t\n@@ -1,5 +1,5 @@\n a\n-b\n');
    expect(f!.hunks[0]).toMatchObject({ oldLines: 2, newLines: 1 });
  });

  it('parses a files-list patch without headers', () => {
    const p = parsePatch(
      '@@ -3,2 +3,3 @@ fn()\n x\n+y\n z\n@@ -10 +11 @@\n-q\n+r\n\\ No newline at end of file',
    );
    expect(p.hunks.map((h) => [h.newStart, h.lines.length, h.section])).toEqual([
      [3, 3, 'fn()'],
      [11, 2, ''],
    ]);
    expect(p.hunks[1]!.newNoNewlineAtEnd).toBe(true);
    expect([p.additions, p.deletions]).toEqual([2, 1]);
  });
});

describe('parseDiff on any input', () => {
  it('never throws, and every hunk agrees with its own line numbers', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'diff --git a/x b/x',
        '--- a/x',
        '+++ b/x',
        '@@ -1,2 +1,2 @@',
        '@@ -0,0 +1 @@',
        '\\ No newline at end of file',
        'Binary files a/x and b/x differ',
        'rename from "q\\"x"',
        'GIT binary patch',
        '',
      ),
      fc.string().map((s) => ' ' + s),
      fc.string().map((s) => '+' + s),
      fc.string().map((s) => '-' + s),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.boolean(), (lines, crlf) => {
        const files = parseDiff(lines.join(crlf ? '\r\n' : '\n'));
        for (const f of files) {
          for (const h of f.hunks) {
            let o = h.oldStart;
            let n = h.newStart;
            for (const l of h.lines) {
              if (l.kind !== 'add') expect(l.oldLine).toBe(o++);
              if (l.kind !== 'delete') expect(l.newLine).toBe(n++);
            }
            expect(o - h.oldStart).toBe(h.oldLines);
            expect(n - h.newStart).toBe(h.newLines);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
