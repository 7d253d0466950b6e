import type { TokenCounter } from '../../src/types.ts';
import fc from 'fast-check';
import { planChunks, type Chunk, type Piece } from '../../src/chunk/pack.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { renderFile, renderHunk } from '../../src/chunk/diff-text.ts';
import type { DiffLine, FileDiff, Hunk, LineKind } from '../../src/diff/types.ts';

// ---------------------------------------------------------------------------------------------------
// Builders

interface HunkSpec {
  oldStart: number;
  newStart: number;
  section?: string;
  /** `+text`, `-text` or ` text` */
  lines: string[];
}

function mkHunk(spec: HunkSpec): Hunk {
  let o = spec.oldStart;
  let n = spec.newStart;
  const lines: DiffLine[] = spec.lines.map((raw) => {
    const content = raw.slice(1);
    if (raw[0] === '+') return { kind: 'add', content, oldLine: null, newLine: n++ };
    if (raw[0] === '-') return { kind: 'delete', content, oldLine: o++, newLine: null };
    return { kind: 'context', content, oldLine: o++, newLine: n++ };
  });
  return {
    oldStart: spec.oldStart,
    oldLines: o - spec.oldStart,
    newStart: spec.newStart,
    newLines: n - spec.newStart,
    section: spec.section ?? '',
    lines,
    oldNoNewlineAtEnd: false,
    newNoNewlineAtEnd: false,
  };
}

function mkFile(path: string, hunks: Hunk[]): FileDiff {
  let additions = 0;
  let deletions = 0;
  for (const h of hunks)
    for (const l of h.lines) {
      if (l.kind === 'add') additions++;
      if (l.kind === 'delete') deletions++;
    }
  return {
    path,
    oldPath: path,
    status: 'modified',
    binary: false,
    patchMissing: false,
    oldMode: '100644',
    newMode: '100644',
    hunks,
    additions,
    deletions,
  };
}

/** A one-line file whose rendering is exactly `n` characters long. */
function sized(path: string, n: number): FileDiff {
  const f = mkFile(path, [mkHunk({ oldStart: 1, newStart: 1, lines: ['+'] })]);
  const base = renderFile(f, f.hunks, null).length;
  if (n < base) throw new Error(`cannot make ${path} ${n} characters long (minimum ${base})`);
  f.hunks[0]!.lines[0]!.content = 'x'.repeat(n - base);
  return f;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CODE = [
  'const value = compute(input, options);',
  'if (!user || !user.isAdmin) return null;',
  'for (let i = 0; i < items.length; i++) {',
  '  total += items[i].price * items[i].quantity;',
  '}',
  'export async function handler(req, res) {',
  "  const id = req.params['id'];",
  '  await db.query(`SELECT * FROM t WHERE id = ${id}`);',
  '// TODO: handle the error case',
  'return results.filter((r) => r.ok).map((r) => r.value);',
  '',
  '    throw new Error("unexpected state: " + JSON.stringify(state));',
];

/** A realistic file of `hunkCount` hunks with `linesPerHunk` lines each. */
function codeFile(path: string, hunkCount: number, linesPerHunk: number, seed: number): FileDiff {
  const r = rng(seed);
  const hunks: Hunk[] = [];
  let o = 1;
  let n = 1;
  for (let h = 0; h < hunkCount; h++) {
    const gap = 5 + Math.floor(r() * 40);
    const lines: string[] = [];
    for (let i = 0; i < linesPerHunk; i++) {
      const kind = r() < 0.5 ? ' ' : r() < 0.6 ? '+' : '-';
      lines.push(kind + CODE[Math.floor(r() * CODE.length)]!);
    }
    const hunk = mkHunk({ oldStart: o + gap, newStart: n + gap, section: `function f${h}()`, lines });
    hunks.push(hunk);
    o = hunk.oldStart + hunk.oldLines;
    n = hunk.newStart + hunk.newLines;
  }
  return mkFile(path, hunks);
}

// ---------------------------------------------------------------------------------------------------
// Checks

const REAL: TokenCounter = countTokens;
/**
 * Words, punctuation marks and newlines: like o200k, it adds up exactly over texts cut where the
 * chunker cuts them (between lines, and between a line's number and its code).
 */
const WORDS: TokenCounter = (t) => t.match(/\w+|[^\w\s]|\n/g)?.length ?? 0;
/** Exactly additive. */
const CHARS: TokenCounter = (t) => t.length;

const COUNTERS: [string, TokenCounter][] = [
  ['the real tokenizer', REAL],
  ['a simple counter', WORDS],
];

/** The numbers of a hunk's lines follow from its header, as in a parsed diff. */
function expectConsistentHunk(h: Hunk): void {
  let o = h.oldStart;
  let n = h.newStart;
  for (const l of h.lines) {
    expect(l.oldLine).toBe(l.kind === 'add' ? null : o++);
    expect(l.newLine).toBe(l.kind === 'delete' ? null : n++);
  }
  expect(h.oldLines).toBe(o - h.oldStart);
  expect(h.newLines).toBe(n - h.newStart);
}

const textOf = (p: Piece): string => renderFile(p.file, p.hunks, p.part);

/** Invariants every plan must satisfy, whatever the input. */
function expectValidPlan(files: FileDiff[], chunks: Chunk[], budget: number, count: TokenCounter): void {
  expect(chunks.length).toBeGreaterThan(0);
  chunks.forEach((c, i) => {
    expect(c.index).toBe(i);
    expect(c.pieces.length).toBeGreaterThan(0);
    expect(c.tokens).toBe(c.pieces.reduce((s, p) => s + p.tokens, 0));
    expect(c.tokens).toBeLessThanOrEqual(budget);
    expect(count(c.pieces.map(textOf).join(''))).toBeLessThanOrEqual(budget);
    for (const p of c.pieces) {
      const text = textOf(p);
      // A whole file is counted exactly (line by line, where o200k counts add up); a part of a file
      // reserves room for the largest part header: never fewer tokens than the text has, barely more.
      if (p.part === null) expect(p.tokens).toBe(count(text));
      expect(p.tokens).toBeGreaterThanOrEqual(count(text));
      expect(p.tokens).toBeLessThanOrEqual(count(text) * 1.05 + 40);
      for (const h of p.hunks) expectConsistentHunk(h);
    }
    // Within a request, pieces are in path order, parts of one file in order.
    for (let k = 1; k < c.pieces.length; k++) {
      const a = c.pieces[k - 1]!;
      const b = c.pieces[k]!;
      const byPath = a.file.path.localeCompare(b.file.path);
      expect(byPath < 0 || (byPath === 0 && a.part!.index < b.part!.index)).toBe(true);
    }
  });

  const all = chunks.flatMap((c) => c.pieces);
  for (const f of files) {
    const pieces = all
      .filter((p) => p.file === f)
      .sort((a, b) => (a.part?.index ?? 0) - (b.part?.index ?? 0));
    expect(pieces.length).toBeGreaterThan(0);
    if (pieces.length === 1) {
      expect(pieces[0]!.part === null || (pieces[0]!.part.index === 1 && pieces[0]!.part.total === 1)).toBe(
        true,
      );
    } else {
      expect(pieces.map((p) => p.part)).toEqual(
        pieces.map((_, i) => ({ index: i + 1, total: pieces.length })),
      );
    }
    // Every diff line of the file appears exactly once, in order, with its original numbers.
    const got = pieces.flatMap((p) => p.hunks.flatMap((h) => h.lines));
    const want = f.hunks.flatMap((h) => h.lines);
    expect(got).toEqual(want);
    // Hunks are whole (the same objects) or sub-runs of one original hunk with its section.
    for (const p of pieces)
      for (const h of p.hunks) {
        if (f.hunks.includes(h)) continue;
        const orig = f.hunks.find((o) => o.lines.includes(h.lines[0]!));
        expect(orig).toBeDefined();
        expect(h.section).toBe(orig!.section);
        const at = orig!.lines.indexOf(h.lines[0]!);
        expect(orig!.lines.slice(at, at + h.lines.length)).toEqual(h.lines);
      }
  }
  // Nothing else sneaked in.
  expect(all.every((p) => files.includes(p.file))).toBe(true);
}

/** Fewest bins that hold `sizes` (exhaustive; small inputs only). */
function optimalBins(sizes: number[], cap: number): number {
  const s = [...sizes].sort((a, b) => b - a);
  let best = s.length;
  const bins: number[] = [];
  const go = (i: number): void => {
    if (bins.length >= best) return;
    if (i === s.length) {
      best = bins.length;
      return;
    }
    const tried = new Set<number>();
    for (let b = 0; b < bins.length; b++) {
      if (bins[b]! + s[i]! <= cap && !tried.has(bins[b]!)) {
        tried.add(bins[b]!);
        bins[b]! += s[i]!;
        go(i + 1);
        bins[b]! -= s[i]!;
      }
    }
    bins.push(s[i]!);
    go(i + 1);
    bins.pop();
  };
  go(0);
  return best;
}

// ---------------------------------------------------------------------------------------------------

describe('planChunks: a pull request that fits', () => {
  it.each(COUNTERS)('goes in one request, whole files in path order (%s)', (_name, count) => {
    const files = [
      codeFile('src/b.ts', 3, 10, 1),
      codeFile('lib/a.ts', 2, 8, 2),
      codeFile('src/a.ts', 1, 5, 3),
      codeFile('README.md', 1, 3, 4),
    ];
    const total = files.reduce((s, f) => s + count(renderFile(f, f.hunks, null)), 0);
    const chunks = planChunks(files, total + 10, count);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.pieces.map((p) => p.file.path)).toEqual([
      'lib/a.ts',
      'README.md',
      'src/a.ts',
      'src/b.ts',
    ]);
    expect(chunks[0]!.pieces.every((p) => p.part === null)).toBe(true);
    expect(chunks[0]!.tokens).toBeGreaterThanOrEqual(total);
    expect(chunks[0]!.tokens).toBeLessThanOrEqual(total + 10);
    expectValidPlan(files, chunks, total + 10, count);
  });

  it('fits exactly at the budget, and needs two requests one token below it', () => {
    const files = [sized('a.ts', 300), sized('b.ts', 250), sized('c.ts', 450)];
    expect(planChunks(files, 1000, CHARS)).toHaveLength(1);
    const two = planChunks(files, 999, CHARS);
    expect(two).toHaveLength(2);
    expectValidPlan(files, two, 999, CHARS);
  });

  it('keeps a single file that fits whole, without a part number', () => {
    const f = codeFile('src/x.ts', 5, 20, 9);
    const chunks = planChunks([f], 100_000, REAL);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.pieces).toHaveLength(1);
    expect(chunks[0]!.pieces[0]!.part).toBeNull();
    expect(chunks[0]!.pieces[0]!.hunks).toBe(f.hunks);
    expect(textOf(chunks[0]!.pieces[0]!)).not.toContain('part=');
  });

  it('refuses a budget too small to hold anything', () => {
    expect(() => planChunks([sized('a.ts', 100)], 49, CHARS)).toThrow(/too small/);
  });
});

describe('planChunks: first-fit decreasing', () => {
  it('packs 400/600 pieces into 3 full requests where first fit in input order needs 4', () => {
    const files = [
      sized('a.ts', 400),
      sized('b.ts', 400),
      sized('c.ts', 400),
      sized('d.ts', 600),
      sized('e.ts', 600),
      sized('f.ts', 600),
    ];
    const chunks = planChunks(files, 1000, CHARS);
    expect(chunks).toHaveLength(3);
    for (const c of chunks) {
      expect(c.tokens).toBe(1000);
      expect(c.pieces.map((p) => p.tokens).sort()).toEqual([400, 600]);
    }
    expectValidPlan(files, chunks, 1000, CHARS);
  });

  it('finds the optimum on a classic instance (sizes 7,5,4,3,3,2,2,2,1,1 into bins of 10)', () => {
    const sizes = [2, 7, 1, 3, 5, 2, 4, 3, 2, 1].map((s) => s * 100);
    const files = sizes.map((s, i) => sized(`f${i}.ts`, s));
    const chunks = planChunks(files, 1000, CHARS);
    expect(chunks).toHaveLength(3);
    expectValidPlan(files, chunks, 1000, CHARS);
  });

  it('stays within 11/9 of the optimum (+6/9) on generated inputs', () => {
    const budget = 1000;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 80, max: budget }), { minLength: 1, maxLength: 9 }), (sizes) => {
        const files = sizes.map((s, i) => sized(`f${String(i).padStart(2, '0')}.ts`, s));
        const chunks = planChunks(files, budget, CHARS);
        const total = sizes.reduce((a, b) => a + b, 0);
        const opt = optimalBins(sizes, budget);
        expect(opt).toBeGreaterThanOrEqual(Math.ceil(total / budget));
        expect(chunks.length).toBeGreaterThanOrEqual(opt);
        expect(chunks.length).toBeLessThanOrEqual(Math.floor((11 * opt + 6) / 9));
        expectValidPlan(files, chunks, budget, CHARS);
      }),
      { numRuns: 200 },
    );
  });

  it('never leaves two requests that could have been one (first-fit property) on larger inputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 3000 }),
        fc.array(fc.integer({ min: 80, max: 3000 }), { minLength: 1, maxLength: 60 }),
        (budget, raw) => {
          const sizes = raw.map((s) => Math.min(s, budget));
          const files = sizes.map((s, i) => sized(`d${i % 4}/f${String(i).padStart(3, '0')}.ts`, s));
          const chunks = planChunks(files, budget, CHARS);
          const total = sizes.reduce((a, b) => a + b, 0);
          expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(total / budget));
          for (let i = 0; i < chunks.length; i++)
            for (let j = i + 1; j < chunks.length; j++)
              expect(chunks[i]!.tokens + chunks[j]!.tokens).toBeGreaterThan(budget);
          expect(chunks.filter((c) => c.tokens <= budget / 2).length).toBeLessThanOrEqual(1);
          expectValidPlan(files, chunks, budget, CHARS);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each(COUNTERS)('packs realistic files within the budget (%s)', (_name, count) => {
    const files = Array.from({ length: 24 }, (_, i) =>
      codeFile(`pkg${i % 5}/file${i}.ts`, 1 + (i % 4), 5 + ((i * 7) % 30), 100 + i),
    );
    const sizes = files.map((f) => count(renderFile(f, f.hunks, null)));
    const budget = Math.max(...sizes) + 50;
    const chunks = planChunks(files, budget, count);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(total / budget));
    // First fit: every pair of requests is over the budget together, so fewer than 2·total/budget + 1.
    expect(chunks.length).toBeLessThan((2 * total) / budget + 1);
    for (let i = 0; i < chunks.length; i++)
      for (let j = i + 1; j < chunks.length; j++)
        expect(chunks[i]!.tokens + chunks[j]!.tokens).toBeGreaterThan(budget);
    // No file was split: each fits a request on its own.
    expect(chunks.flatMap((c) => c.pieces).every((p) => p.part === null)).toBe(true);
    expectValidPlan(files, chunks, budget, count);
  });
});

describe('planChunks: a file larger than a request', () => {
  it.each(COUNTERS)('is split at hunk boundaries into parts 1/n..n/n (%s)', (_name, count) => {
    const big = codeFile('src/big.ts', 12, 12, 42);
    const small = codeFile('src/small.ts', 1, 4, 43);
    const whole = count(renderFile(big, big.hunks, null));
    const hunkMax = Math.max(...big.hunks.map((h) => count(renderHunk(h))));
    const budget = Math.max(Math.ceil(whole / 4), hunkMax + 200);
    const chunks = planChunks([small, big], budget, count);
    expectValidPlan([small, big], chunks, budget, count);

    const parts = chunks
      .flatMap((c) => c.pieces)
      .filter((p) => p.file === big)
      .sort((a, b) => a.part!.index - b.part!.index);
    const n = parts.length;
    expect(n).toBeGreaterThanOrEqual(Math.ceil(whole / budget));
    expect(n).toBeLessThan(12);
    parts.forEach((p, i) => {
      expect(p.part).toEqual({ index: i + 1, total: n });
      expect(textOf(p).startsWith(`<file path="src/big.ts" status="modified" part="${i + 1}/${n}">\n`)).toBe(
        true,
      );
      expect(textOf(p).endsWith('</file>\n')).toBe(true);
      // Whole hunks: the original objects.
      for (const h of p.hunks) expect(big.hunks).toContain(h);
    });
    expect(parts.flatMap((p) => p.hunks)).toEqual(big.hunks);
    expect(parts.flatMap((p) => p.hunks).every((h, i) => h === big.hunks[i])).toBe(true);
    // Greedy grouping: the next part's first hunk did not fit in the part before.
    for (let i = 0; i + 1 < n; i++) {
      const merged = renderFile(big, [...parts[i]!.hunks, parts[i + 1]!.hunks[0]!], {
        index: 99999,
        total: 99999,
      });
      // Each hunk is counted with one token of slack (joined text can tokenize differently).
      expect(count(merged) + parts[i]!.hunks.length + 1).toBeGreaterThan(budget);
    }
    // The small file is never split.
    expect(chunks.flatMap((c) => c.pieces).filter((p) => p.file === small)).toHaveLength(1);
  });

  it('puts several large files into as few requests as their parts allow', () => {
    const files = [
      codeFile('a/one.ts', 10, 10, 1),
      codeFile('a/two.ts', 10, 10, 2),
      codeFile('b/three.ts', 3, 5, 3),
    ];
    const budget = 900;
    const chunks = planChunks(files, budget, REAL);
    expectValidPlan(files, chunks, budget, REAL);
    const total = chunks.reduce((s, c) => s + c.tokens, 0);
    expect(chunks.length).toBeLessThan((2 * total) / budget + 1);
  });
});

describe('planChunks: a hunk larger than a request', () => {
  function bigHunkFile(): FileDiff {
    const r = rng(77);
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      const k = r();
      lines.push((k < 0.4 ? ' ' : k < 0.7 ? '+' : '-') + CODE[i % CODE.length]!);
    }
    // Starts and ends with runs of one kind, so sub-hunks begin with adds and deletes too.
    lines.unshift('+first added', '+second added');
    lines.push('-last deleted');
    const h = mkHunk({ oldStart: 1200, newStart: 1187, section: 'class Service {', lines });
    h.oldNoNewlineAtEnd = true;
    h.newNoNewlineAtEnd = true;
    return mkFile('src/service.ts', [mkHunk({ oldStart: 3, newStart: 3, lines: [' a', '+b', ' c'] }), h]);
  }

  it.each(COUNTERS)('is split by lines into sub-hunks with consistent headers (%s)', (_name, count) => {
    const f = bigHunkFile();
    const big = f.hunks[1]!;
    const budget = Math.ceil(count(renderHunk(big)) / 5);
    const chunks = planChunks([f], budget, count);
    expectValidPlan([f], chunks, budget, count);

    const parts = chunks.flatMap((c) => c.pieces).sort((a, b) => a.part!.index - b.part!.index);
    const subs = parts.flatMap((p) => p.hunks).filter((h) => h !== f.hunks[0]);
    expect(subs.length).toBeGreaterThanOrEqual(5);
    expect(subs.flatMap((h) => h.lines)).toEqual(big.lines);
    let at = 0;
    subs.forEach((h, i) => {
      expect(h.lines.length).toBeGreaterThan(0);
      // The header's starts are the numbers the first line has (or would have on its missing side).
      const first = h.lines[0]!;
      if (first.oldLine !== null) expect(h.oldStart).toBe(first.oldLine);
      if (first.newLine !== null) expect(h.newStart).toBe(first.newLine);
      const before = big.lines.slice(0, at);
      expect(h.oldStart).toBe(big.oldStart + before.filter((l) => l.kind !== 'add').length);
      expect(h.newStart).toBe(big.newStart + before.filter((l) => l.kind !== 'delete').length);
      expectConsistentHunk(h);
      expect(h.section).toBe('class Service {');
      const last = i === subs.length - 1;
      expect(h.oldNoNewlineAtEnd).toBe(last);
      expect(h.newNoNewlineAtEnd).toBe(last);
      const piece = parts.find((p) => p.hunks.includes(h))!;
      expect(textOf(piece)).toContain(
        `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@ class Service {\n`,
      );
      at += h.lines.length;
    });
    // Sub-hunks that start with an add line or a delete line exist in this input.
    expect(subs.some((h) => h.lines[0]!.kind !== 'context')).toBe(true);
  });

  it.each<[string, TokenCounter, string, number]>([
    ['a simple counter, a 3,000-character line', CHARS, 'y'.repeat(3_000), 500],
    // A 20,000-character line (the most a rendered line keeps) of CJK text is ~38,000 real tokens.
    [
      'the real tokenizer, a 20,000-character CJK line',
      REAL,
      Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_000))).join(''),
      10_000,
    ],
  ])(
    'keeps a line that alone is larger than a request within the budget (%s)',
    (_name, count, long, budget) => {
      const f = mkFile('src/min.js', [mkHunk({ oldStart: 1, newStart: 1, lines: [' a', `+${long}`, ' b'] })]);
      expect(count(long)).toBeGreaterThan(budget);
      const chunks = planChunks([f], budget, count);
      for (const c of chunks) {
        expect(c.tokens).toBeLessThanOrEqual(budget);
        expect(count(c.pieces.map(textOf).join(''))).toBeLessThanOrEqual(budget);
      }
      // Every line still appears (its number at least), so findings on it can be placed.
      const lines = chunks.flatMap((c) => c.pieces.flatMap((p) => p.hunks.flatMap((h) => h.lines)));
      expect(lines.map((l) => l.newLine)).toEqual([1, 2, 3]);
    },
  );
});

// ---------------------------------------------------------------------------------------------------
// Property test over generated diffs

const contentArb = fc
  .oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(...CODE),
  )
  .map((s) => s.replace(/[\r\n]/g, ' '));

const lineArb = fc.record({
  kind: fc.constantFrom<LineKind>('context', 'add', 'delete'),
  content: contentArb,
});

const hunkArb = fc.record({
  gap: fc.nat({ max: 30 }),
  section: fc.constantFrom('', 'function foo()', 'class Bar {'),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 40 }),
  noNewline: fc.boolean(),
});

const filesArb = fc
  .array(fc.array(hunkArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
  .map((specs) =>
    specs.map((hunks, fi) => {
      let o = 1;
      let n = 1;
      const built = hunks.map((h) => {
        const hunk = mkHunk({
          oldStart: o + h.gap,
          newStart: n + h.gap,
          section: h.section,
          lines: h.lines.map((l) => (l.kind === 'add' ? '+' : l.kind === 'delete' ? '-' : ' ') + l.content),
        });
        hunk.oldNoNewlineAtEnd = h.noNewline;
        o = hunk.oldStart + hunk.oldLines;
        n = hunk.newStart + hunk.newLines;
        return hunk;
      });
      return mkFile(`dir${fi % 2}/file${fi}.ts`, built);
    }),
  );

describe('planChunks: property over generated diffs', () => {
  it('places every line exactly once, in order, with its numbers, and no request over budget (simple counter)', () => {
    fc.assert(
      fc.property(filesArb, fc.integer({ min: 120, max: 1500 }), (files, budget) => {
        const chunks = planChunks(files, budget, WORDS);
        expectValidPlan(files, chunks, budget, WORDS);
        const total = files.reduce((s, f) => s + WORDS(renderFile(f, f.hunks, null)), 0);
        if (total <= budget) expect(chunks).toHaveLength(1);
      }),
      { numRuns: 250 },
    );
  });

  it('places every line exactly once, in order, with its numbers, and no request over budget (real tokenizer)', () => {
    fc.assert(
      fc.property(filesArb, fc.integer({ min: 150, max: 1500 }), (files, budget) => {
        const chunks = planChunks(files, budget, REAL);
        expectValidPlan(files, chunks, budget, REAL);
        const total = files.reduce((s, f) => s + REAL(renderFile(f, f.hunks, null)), 0);
        if (total <= budget) expect(chunks).toHaveLength(1);
      }),
      { numRuns: 80 },
    );
  });
});
