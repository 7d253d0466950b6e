import fc from 'fast-check';
import type { DiffLine, FileDiff, Hunk, Side } from '../../src/diff/types.ts';
import type { Finding } from '../../src/findings/types.ts';
import { hunkSpans, placeFindings, SNAP_DISTANCE } from '../../src/place/place.ts';

/** A modified file of `count` two-line hunks, ten lines apart: hunk i holds new lines 10i+1 and 10i+2. */
function manyHunks(count: number): FileDiff {
  const hunks: Hunk[] = [];
  for (let i = 0; i < count; i++) {
    const at = 10 * i + 1;
    const lines: DiffLine[] = [
      { kind: 'context', content: `c${i}`, oldLine: at, newLine: at },
      { kind: 'add', content: `a${i}`, oldLine: null, newLine: at + 1 },
    ];
    hunks.push({
      oldStart: at,
      oldLines: 1,
      newStart: at,
      newLines: 2,
      section: '',
      lines,
      oldNoNewlineAtEnd: false,
      newNoNewlineAtEnd: false,
    });
  }
  return {
    path: 'big.ts',
    oldPath: 'big.ts',
    status: 'modified',
    binary: false,
    patchMissing: false,
    oldMode: '100644',
    newMode: '100644',
    hunks,
    additions: count,
    deletions: 0,
  };
}

function finding(line: number, i: number): Finding {
  return {
    path: 'big.ts',
    line,
    startLine: null,
    side: 'RIGHT',
    severity: 'minor',
    title: `f${i}`,
    body: 'b',
    suggestion: null,
    request: 0,
  };
}

describe('placeFindings at scale', () => {
  it('places 10,000 off-diff findings against a 50,000-hunk file in well under 3 seconds', () => {
    const file = manyHunks(50_000);
    // Spread over the file: line 10i+6 is 4 past one hunk and 5 before the next (too far from both),
    // line 10i+5 is 3 past hunk i (moved to its last line).
    const findings = Array.from({ length: 10_000 }, (_, i) =>
      finding(10 * (i * 5) + (i % 2 === 0 ? 6 : 2 + SNAP_DISTANCE), i),
    );
    const started = performance.now();
    const p = placeFindings(findings, [file], 10_000);
    const ms = performance.now() - started;
    expect(p.inline).toHaveLength(5_000);
    expect(p.body).toHaveLength(5_000);
    for (const c of p.inline) expect(c.line % 10).toBe(2);
    for (const b of p.body) expect(b.reason).toMatch(/is not part of the diff/);
    expect(ms).toBeLessThan(3_000);
  });
});

/** The straightforward definition: every hunk's span computed afresh, every hunk tried. */
function referenceSpan(h: Hunk, side: Side): [number, number] | null {
  const ns = h.lines.map((l) => (side === 'RIGHT' ? l.newLine : l.oldLine)).filter((n) => n !== null);
  return ns.length > 0 ? [Math.min(...ns), Math.max(...ns)] : null;
}

function referenceNear(hunks: Hunk[], side: Side, line: number): number | null {
  const within = hunks.flatMap((h, i) => {
    const s = referenceSpan(h, side);
    return s && line >= s[0] - SNAP_DISTANCE && line <= s[1] + SNAP_DISTANCE ? [i] : [];
  });
  return within.length === 1 ? within[0]! : null;
}

describe('hunkSpans', () => {
  // Any hunks, in any order, overlapping or not, some with no lines on a side.
  const line = fc.record({
    kind: fc.constantFrom('context' as const, 'add' as const, 'delete' as const),
    content: fc.constant(''),
    oldLine: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    newLine: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  });
  const hunk = fc.array(line, { maxLength: 6 }).map((lines): Hunk => ({
    oldStart: 1,
    oldLines: 0,
    newStart: 1,
    newLines: 0,
    section: '',
    lines,
    oldNoNewlineAtEnd: false,
    newNoNewlineAtEnd: false,
  }));

  it('finds the same hunk near a line as trying every hunk, and the same spans', () => {
    fc.assert(
      fc.property(
        fc.array(hunk, { maxLength: 12 }),
        fc.constantFrom('RIGHT' as const, 'LEFT' as const),
        (hunks, side) => {
          const idx = hunkSpans(hunks, side);
          hunks.forEach((h, i) => expect(idx.span(i)).toEqual(referenceSpan(h, side)));
          for (let l = -5; l <= 66; l++) expect(idx.near(l)).toBe(referenceNear(hunks, side, l));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is exact for sorted, disjoint hunks as a parsed diff has them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(8), fc.nat(4)), { minLength: 1, maxLength: 20 }), (gaps) => {
        let at = 1;
        const hunks = gaps.map(([gap, len]) => {
          at += gap;
          const lines: DiffLine[] = Array.from({ length: len + 1 }, (_, k) => ({
            kind: 'context',
            content: '',
            oldLine: at + k,
            newLine: at + k,
          }));
          at += len + 1;
          return { ...manyHunks(1).hunks[0]!, lines };
        });
        const idx = hunkSpans(hunks, 'RIGHT');
        for (let l = -4; l <= at + 4; l++) expect(idx.near(l)).toBe(referenceNear(hunks, 'RIGHT', l));
      }),
      { numRuns: 500 },
    );
  });
});
