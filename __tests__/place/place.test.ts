import fc from 'fast-check';
import { parseDiff } from '../../src/diff/parse.ts';
import type { FileDiff } from '../../src/diff/types.ts';
import type { Finding } from '../../src/findings/types.ts';
import { placeFindings, SNAP_DISTANCE } from '../../src/place/place.ts';

// users.ts: hunk 1 new 1–8 (old 1–7), hunk 2 new 20–25 (old 19–23 with 21, 22 deleted)
const DIFF = `diff --git a/src/users.ts b/src/users.ts
--- a/src/users.ts
+++ b/src/users.ts
@@ -1,7 +1,8 @@
 a1
 a2
+a3 new
 a4
 a5
 a6
 a7
 a8
@@ -19,5 +20,6 @@ fn()
 b1
 b2
-b3 old
-b4 old
+b3 new
+b4 new
+b5 new
 b6
diff --git a/lib/users.ts b/lib/users.ts
new file mode 100644
--- /dev/null
+++ b/lib/users.ts
@@ -0,0 +1,2 @@
+x
+y
diff --git a/gone.ts b/gone.ts
deleted file mode 100644
--- a/gone.ts
+++ /dev/null
@@ -1,2 +0,0 @@
-p
-q
diff --git a/img.png b/img.png
Binary files a/img.png and b/img.png differ
`;
const FILES = parseDiff(DIFF);

let n = 0;
function f(o: Partial<Finding> & Pick<Finding, 'path' | 'line'>): Finding {
  return {
    startLine: null,
    side: 'RIGHT',
    severity: 'major',
    title: `t${n++}`,
    body: 'b',
    suggestion: null,
    request: 0,
    ...o,
  };
}

function one(finding: Finding, files: FileDiff[] = FILES) {
  const p = placeFindings([finding], files, 50);
  expect(p.inline.length + p.body.length).toBe(1);
  return p;
}

describe('placeFindings', () => {
  it('keeps a finding on an added or context line inline, as cited', () => {
    for (const line of [1, 3, 8, 20, 23, 25]) {
      const p = one(f({ path: 'src/users.ts', line }));
      expect(p.inline[0]).toMatchObject({
        path: 'src/users.ts',
        line,
        side: 'RIGHT',
        startLine: null,
        movedFrom: null,
      });
    }
  });

  it('keeps LEFT findings on deleted and context lines, by old numbers', () => {
    for (const line of [21, 22, 19, 23]) {
      expect(one(f({ path: 'src/users.ts', line, side: 'LEFT' })).inline[0]).toMatchObject({
        line,
        side: 'LEFT',
      });
    }
    // Old line 3 exists as context (a4 is old 3); old line 30 is nowhere.
    expect(one(f({ path: 'src/users.ts', line: 3, side: 'LEFT' })).inline).toHaveLength(1);
    expect(one(f({ path: 'src/users.ts', line: 30, side: 'LEFT' })).body[0]!.reason).toMatch(
      /not part of the diff/,
    );
  });

  it('keeps a range inside one hunk and drops start_line equal to line', () => {
    expect(one(f({ path: 'src/users.ts', startLine: 22, line: 24 })).inline[0]).toMatchObject({
      startLine: 22,
      line: 24,
      movedFrom: null,
    });
    expect(one(f({ path: 'src/users.ts', startLine: 5, line: 5 })).inline[0]).toMatchObject({
      startLine: null,
      line: 5,
    });
    // Reversed ranges are put in order.
    expect(one(f({ path: 'src/users.ts', startLine: 24, line: 22 })).inline[0]).toMatchObject({
      startLine: 22,
      line: 24,
    });
  });

  it('clips a range that starts in another hunk or before the hunk to the hunk of its last line', () => {
    const p = one(f({ path: 'src/users.ts', startLine: 5, line: 22, suggestion: 'z' }));
    expect(p.inline[0]).toMatchObject({ startLine: 20, line: 22, committable: false });
    expect(p.inline[0]!.movedFrom).toEqual({ startLine: 5, line: 22 });
  });

  it('clips a range whose end runs past the hunk', () => {
    expect(one(f({ path: 'src/users.ts', startLine: 6, line: 10 })).inline[0]).toMatchObject({
      startLine: 6,
      line: 8,
    });
  });

  it('moves a line just outside a hunk to its nearest line, and only then', () => {
    expect(one(f({ path: 'src/users.ts', line: 8 + SNAP_DISTANCE })).inline[0]).toMatchObject({ line: 8 });
    expect(one(f({ path: 'src/users.ts', line: 20 - SNAP_DISTANCE })).inline[0]).toMatchObject({ line: 20 });
    expect(one(f({ path: 'src/users.ts', line: 8 + SNAP_DISTANCE + 1 })).body[0]!.reason).toMatch(
      /not part of the diff/,
    );
    expect(one(f({ path: 'src/users.ts', line: 500 })).body).toHaveLength(1);
  });

  it('refuses to guess between two hunks equally near', () => {
    const files = parseDiff(
      'diff --git a/m b/m\n--- a/m\n+++ b/m\n@@ -1 +1 @@\n-a\n+A\n@@ -5 +5 @@\n-e\n+E\n',
    );
    expect(one(f({ path: 'm', line: 3 }), files).body[0]!.reason).toMatch(/not part of the diff/);
  });

  it('resolves paths the model wrote loosely, and refuses ambiguous ones', () => {
    expect(one(f({ path: './src/users.ts', line: 3 })).inline[0]!.path).toBe('src/users.ts');
    expect(one(f({ path: 'b/src/users.ts', line: 3 })).inline[0]!.path).toBe('src/users.ts');
    expect(one(f({ path: 'SRC/Users.ts', line: 3 })).inline[0]!.path).toBe('src/users.ts');
    // `users.ts` ends two paths: ambiguous, so it goes to the body.
    expect(one(f({ path: 'users.ts', line: 1 })).body[0]!.reason).toMatch(/not part of this pull request/);
    expect(one(f({ path: 'nowhere.ts', line: 1 })).body).toHaveLength(1);
  });

  it('never puts RIGHT comments on deleted files or any comment on binary files', () => {
    expect(one(f({ path: 'gone.ts', line: 1 })).body[0]!.reason).toMatch(/no new-side lines/);
    expect(one(f({ path: 'gone.ts', line: 2, side: 'LEFT' })).inline[0]).toMatchObject({
      line: 2,
      side: 'LEFT',
    });
    expect(one(f({ path: 'lib/users.ts', line: 1, side: 'LEFT' })).body).toHaveLength(1);
    expect(one(f({ path: 'img.png', line: 1 })).body[0]!.reason).toMatch(/binary/);
  });

  it('makes suggestions committable only on exact RIGHT lines and only when they change something', () => {
    expect(one(f({ path: 'src/users.ts', line: 3, suggestion: 'a3 fixed' })).inline[0]!.committable).toBe(
      true,
    );
    expect(one(f({ path: 'src/users.ts', line: 3, suggestion: 'a3 new' })).inline[0]!.committable).toBe(
      false,
    );
    expect(
      one(f({ path: 'src/users.ts', line: 22, side: 'LEFT', suggestion: 'x' })).inline[0]!.committable,
    ).toBe(false);
    expect(one(f({ path: 'src/users.ts', line: 11, suggestion: 'x' })).inline[0]!.committable).toBe(false);
  });

  it('merges duplicates, orders by severity and caps inline comments', () => {
    const findings = [
      f({ path: 'src/users.ts', line: 3, severity: 'minor', title: 'dup' }),
      f({ path: 'src/users.ts', line: 3, severity: 'minor', title: 'DUP', request: 1 }),
      f({ path: 'src/users.ts', line: 20, severity: 'critical' }),
      f({ path: 'src/users.ts', line: 21, severity: 'major' }),
      f({ path: 'src/users.ts', line: 1, severity: 'nit' }),
    ];
    const p = placeFindings(findings, FILES, 2);
    expect(p.inline.map((c) => [c.finding.severity, c.line])).toEqual([
      ['critical', 20],
      ['major', 21],
    ]);
    expect(p.body.map((b) => [b.finding.severity, b.reason])).toEqual([
      ['minor', 'over the limit of 2 inline comments (`max-comments`)'],
      ['nit', 'over the limit of 2 inline comments (`max-comments`)'],
    ]);
  });

  it('merges only findings that say the same thing: an empty or generic title alone is not enough', () => {
    const at3 = (title: string, body: string) => f({ path: 'src/users.ts', line: 3, title, body });
    const p = placeFindings(
      [
        at3('', 'Leaks the handle.'),
        at3('', 'Never awaited.'),
        at3('Bug', 'Leaks the handle.'),
        at3('Bug', 'Never awaited.'),
        at3('bug', '  never   AWAITED. '),
        at3('', 'leaks the handle.'),
      ],
      FILES,
      10,
    );
    expect(p.inline.map((c) => [c.finding.title, c.finding.body])).toEqual([
      ['', 'Leaks the handle.'],
      ['', 'Never awaited.'],
      ['Bug', 'Leaks the handle.'],
      ['Bug', 'Never awaited.'],
    ]);
    expect(p.body).toEqual([]);
  });

  it('with max-comments 0 lists everything in the body', () => {
    const p = placeFindings([f({ path: 'src/users.ts', line: 3 })], FILES, 0);
    expect([p.inline.length, p.body.length]).toEqual([0, 1]);
  });
});

/** An independent statement of GitHub's rule: the lines a comment may target, per file and side. */
function commentable(
  files: FileDiff[],
): Map<string, { RIGHT: Map<number, number>; LEFT: Map<number, number> }> {
  const out = new Map<string, { RIGHT: Map<number, number>; LEFT: Map<number, number> }>();
  for (const file of files) {
    const sides = { RIGHT: new Map<number, number>(), LEFT: new Map<number, number>() };
    file.hunks.forEach((h, i) => {
      for (const l of h.lines) {
        if (l.kind !== 'delete' && file.status !== 'deleted') sides.RIGHT.set(l.newLine!, i);
        if (l.kind !== 'add' && file.status !== 'added') sides.LEFT.set(l.oldLine!, i);
      }
    });
    out.set(file.path, sides);
  }
  return out;
}

describe('placeFindings properties', () => {
  it('every inline comment is commentable, ranges stay in one hunk, and no finding is lost', () => {
    const allowed = commentable(FILES);
    const paths = ['src/users.ts', 'lib/users.ts', 'gone.ts', 'img.png', 'other.ts', './src/users.ts'];
    const finding = fc.record({
      path: fc.constantFrom(...paths),
      line: fc.integer({ min: -2, max: 40 }),
      startLine: fc.option(fc.integer({ min: -2, max: 40 }), { nil: null }),
      side: fc.constantFrom('RIGHT' as const, 'LEFT' as const),
      severity: fc.constantFrom('critical' as const, 'major' as const, 'minor' as const, 'nit' as const),
      title: fc.string({ maxLength: 5 }),
      body: fc.constant('b'),
      suggestion: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
      request: fc.nat(3),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), fc.nat(40), (findings, max) => {
        const p = placeFindings(findings, FILES, max);
        expect(p.inline.length).toBeLessThanOrEqual(max);
        for (const c of p.inline) {
          const sides = allowed.get(c.path)![c.side];
          const hunk = sides.get(c.line);
          expect(hunk).toBeDefined();
          if (c.startLine !== null) {
            expect(c.startLine).toBeLessThan(c.line);
            expect(sides.get(c.startLine)).toBe(hunk);
          }
          if (c.committable) expect(c.side).toBe('RIGHT');
        }
        // Nothing lost: every finding is placed, or is a duplicate of a placed one.
        const key = (x: Finding): string => `${x.side}|${x.line}|${x.title.toLowerCase()}`;
        const placed = new Set([...p.inline, ...p.body].map((x) => key(x.finding)));
        for (const x of findings) expect(placed.has(key(x))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
