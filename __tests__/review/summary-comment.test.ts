import { parseDiff } from '../../src/diff/parse.ts';
import type { FileDiff } from '../../src/diff/types.ts';
import { parseSummaryMarker } from '../../src/memory/markers.ts';
import { GITHUB_BODY_LIMIT } from '../../src/review/render.ts';
import { earlierWalkthrough, summaryComment, type SummaryFacts } from '../../src/review/summary-comment.ts';

const FILE = parseDiff('diff --git a/a.ts b/a.ts\n--- a/a.ts\n+++ b/a.ts\n@@ -1,2 +1,3 @@\n x\n+y\n z\n')[0]!;
const SHA = 'e'.repeat(40);
const file = (path: string): FileDiff => ({ ...FILE, path, oldPath: path });

function facts(over: Partial<SummaryFacts>): SummaryFacts {
  return {
    deep: false,
    headSha: SHA,
    range: { from: null, to: SHA },
    fullReason: null,
    summaries: ['Fine.'],
    files: [],
    reviewedPaths: new Set(),
    open: {},
    newComments: 0,
    repeated: 0,
    addressed: 0,
    skipped: [],
    failed: [],
    requests: 1,
    promptTokens: 1,
    completionTokens: 1,
    fullPromptTokens: null,
    reviewUrl: null,
    runUrl: null,
    ...over,
  };
}

/** The table row of `path` in `body`. */
function rowOf(body: string, path: string): string {
  const row = body.split('\n').find((l) => l.startsWith(`| \`${path}\``));
  if (!row) throw new Error(`no row for ${path} in:\n${body}`);
  return row;
}

/** The cells of a table row, split at the `|` GitHub splits at (an escaped `\|` does not split). */
const cells = (row: string): string[] =>
  row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());

describe('summaryComment: the walkthrough column', () => {
  it('shows each file’s line, and why a file has none', () => {
    const body = summaryComment(
      facts({
        files: ['src/a.ts', 'src/big.ts', 'dist/x.js', 'src/gone.ts', 'src/quiet.ts', 'src/old.ts'].map(file),
        reviewedPaths: new Set(['src/a.ts', 'src/big.ts', 'src/gone.ts', 'src/quiet.ts']),
        walkthrough: new Map([
          ['src/a.ts', 'Adds a retry around the fetch.'],
          ['src/big.ts', 'Adds the parser. · Wires it in.'],
        ]),
        skipped: [{ path: 'dist/x.js', reason: 'matches exclude pattern dist/**' }],
        failed: [
          { path: 'src/gone.ts', reason: 'the model API answered 503' },
          { path: 'src/big.ts (part 2/2)', reason: 'the model API answered 503' },
        ],
      }),
    );
    expect(body).toContain('| file | change | + / − | reviewed in this run | what it does |');
    expect(cells(rowOf(body, 'src/a.ts'))).toEqual([
      '`src/a.ts`',
      'modified',
      '+1 / −0',
      'yes',
      'Adds a retry around the fetch.',
    ]);
    expect(cells(rowOf(body, 'src/big.ts'))[4]).toBe(
      'Adds the parser. · Wires it in. (part of it not reviewed: the model request failed)',
    );
    expect(cells(rowOf(body, 'dist/x.js'))[4]).toBe('not reviewed: matches exclude pattern dist/**');
    expect(cells(rowOf(body, 'src/gone.ts'))[4]).toBe('not reviewed: the model request failed');
    expect(cells(rowOf(body, 'src/quiet.ts'))[4]).toBe('not listed by the model');
    expect(cells(rowOf(body, 'src/old.ts'))[4]).toBe('not reviewed in this run');
  });

  it('keeps, on an incremental run, the line an earlier run wrote for a file it does not review again', () => {
    const first = summaryComment(
      facts({
        files: ['src/a.ts', 'src/b|c.ts', 'src/d.ts'].map(file),
        reviewedPaths: new Set(['src/a.ts', 'src/b|c.ts', 'src/d.ts']),
        walkthrough: new Map([
          ['src/a.ts', 'Adds a retry around the fetch.'],
          ['src/b|c.ts', 'Splits `x|y` and ping @octocat.'],
        ]),
      }),
    );
    const next = summaryComment(
      facts({
        range: { from: 'a'.repeat(40), to: SHA },
        files: ['src/a.ts', 'src/b|c.ts', 'src/d.ts', 'src/e.ts'].map(file),
        reviewedPaths: new Set(['src/a.ts']),
        walkthrough: new Map([['src/a.ts', 'Retries twice now.']]),
        earlier: { main: first, parts: [] },
      }),
    );
    expect(cells(rowOf(next, 'src/a.ts'))[4]).toBe('Retries twice now.');
    // Kept as it was written (sanitised then), not sanitised twice.
    const before = cells(rowOf(first, 'src/b\\|c.ts'))[4];
    expect(before).not.toContain('@octocat');
    expect(cells(rowOf(next, 'src/b\\|c.ts'))[4]).toBe(before);
    // The earlier run had no line for d.ts; e.ts is new to the table.
    expect(cells(rowOf(next, 'src/d.ts'))[4]).toBe('not reviewed in this run');
    expect(cells(rowOf(next, 'src/e.ts'))[4]).toBe('not reviewed in this run');
    // A row of another shape (an older table without the column) is not read as a line.
    const old = '| `src/d.ts` | modified | +1 / −0 | yes |';
    const third = summaryComment(
      facts({
        range: { from: 'a'.repeat(40), to: SHA },
        files: [file('src/d.ts')],
        earlier: { main: `### Changed files\n${old}`, parts: [] },
      }),
    );
    expect(cells(rowOf(third, 'src/d.ts'))[4]).toBe('not reviewed in this run');
    expect([...earlierWalkthrough(first).keys()]).toEqual(['`src/a.ts`', '`src/b\\|c.ts`']);
  });

  it('sanitises a hostile line: no mention, image, HTML or extra cell', () => {
    const hostile =
      '@octocat look ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> <script>x</script> | injected | cell | `a|b` #1 o/r#2';
    const body = summaryComment(
      facts({
        files: [file('src/a.ts')],
        reviewedPaths: new Set(['src/a.ts']),
        walkthrough: new Map([['src/a.ts', hostile]]),
      }),
    );
    const row = rowOf(body, 'src/a.ts');
    expect(cells(row)).toHaveLength(5);
    expect(row).not.toMatch(/@octocat/);
    expect(row).not.toContain('![');
    expect(row).not.toMatch(/<img|<script/i);
    expect(row).not.toMatch(/o\/r#2/);
    expect(cells(row)[4]).toContain('injected');
  });

  it('stays within GitHub’s limit with 3,000 files and long lines, its marker kept', () => {
    const files = Array.from({ length: 3000 }, (_, i) =>
      file(`packages/pkg-${i}/src/components/file-${i}.tsx`),
    );
    const body = summaryComment(
      facts({
        files,
        reviewedPaths: new Set(files.map((f) => f.path)),
        walkthrough: new Map(files.map((f) => [f.path, `Changes ${'a lot of things '.repeat(40)}`])),
        failed: files.slice(0, 500).map((f) => ({ path: f.path, reason: 'the model API answered 503' })),
      }),
    );
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toMatch(/\| …and \d+ more files \| \| \| \| \|/);
    expect(rowOf(body, files[0]!.path).length).toBeLessThan(1_000);
    expect(parseSummaryMarker(body)).toEqual({ head: SHA, body: [] });
  });
});
