import type { PullRequest } from '../src/types.ts';
import { parseDiff } from '../src/diff/parse.ts';
import { planReview, TOOL_ROOM_SHARE, type PlanOptions, type ReviewPlan } from '../src/plan.ts';
import { countTokens } from '../src/chunk/tokens.ts';
import { DIAGRAM_REVIEW_SCHEMA, REVIEW_ANSWER, REVIEW_SCHEMA } from '../src/model/schema.ts';
import { renderFile } from '../src/chunk/diff-text.ts';
import type { DiffLine, FileDiff, Hunk } from '../src/diff/types.ts';

const PR: PullRequest = {
  owner: 'acme',
  repo: 'widgets',
  number: 1234,
  title: 'Add the billing export and refactor the invoice service',
  body: 'This PR adds a CSV export of invoices.\n\n- new endpoint\n- refactors the service\n\nCloses #99.',
  headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  baseSha: 'ffeeddccbbaa99887766554433221100ffeeddcc',
  headRef: 'feature/export',
  baseRef: 'main',
  draft: false,
  state: 'open',
  author: 'octocat',
  htmlUrl: 'https://github.com/acme/widgets/pull/1234',
  changedFiles: 42,
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  'invoice',
  'customer',
  'total',
  'amount',
  'export',
  'row',
  'csv',
  'tax',
  'rate',
  'line',
  'item',
  'id',
];
const TEMPLATES = [
  (a: string, b: string, n: number) => `const ${a}${n} = await ${b}Service.load(${a}Id, { limit: ${n} });`,
  (a: string, b: string) => `if (!${a} || ${a}.${b} === undefined) throw new Error('missing ${b}');`,
  (a: string, b: string, n: number) => `  ${a}.${b} = Math.round(${a}.${b} * ${n}) / 100;`,
  (a: string) => `for (const ${a} of rows) {`,
  () => '}',
  (a: string, b: string) => `export function ${a}To${b[0]!.toUpperCase()}${b.slice(1)}(x: ${a}): string {`,
  (a: string, b: string) => `  return [${a}.id, ${a}.${b}, JSON.stringify(${a})].join(',');`,
  (a: string) => `// ${a}: keep in sync with the schema`,
  () => '',
];

function line(r: () => number): string {
  const a = WORDS[Math.floor(r() * WORDS.length)]!;
  const b = WORDS[Math.floor(r() * WORDS.length)]!;
  const n = Math.floor(r() * 1000);
  return TEMPLATES[Math.floor(r() * TEMPLATES.length)]!(a, b, n);
}

function file(path: string, hunkCount: number, linesPerHunk: number, r: () => number): FileDiff {
  const hunks: Hunk[] = [];
  let o = 1;
  let n = 1;
  let additions = 0;
  let deletions = 0;
  for (let h = 0; h < hunkCount; h++) {
    const oldStart = o + 3 + Math.floor(r() * 50);
    const newStart = n + (oldStart - o);
    o = oldStart;
    n = newStart;
    const lines: DiffLine[] = [];
    for (let i = 0; i < linesPerHunk; i++) {
      const k = r();
      if (k < 0.45) lines.push({ kind: 'context', content: line(r), oldLine: o++, newLine: n++ });
      else if (k < 0.8) {
        lines.push({ kind: 'add', content: line(r), oldLine: null, newLine: n++ });
        additions++;
      } else {
        lines.push({ kind: 'delete', content: line(r), oldLine: o++, newLine: null });
        deletions++;
      }
    }
    hunks.push({
      oldStart,
      oldLines: o - oldStart,
      newStart,
      newLines: n - newStart,
      section: `function f${h}()`,
      lines,
      oldNoNewlineAtEnd: false,
      newNoNewlineAtEnd: false,
    });
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

/** ~40 reviewable files (one of them larger than a small request) plus files the filter skips. */
function generatedDiff(seed = 1): FileDiff[] {
  const r = rng(seed);
  const files: FileDiff[] = [];
  for (let i = 0; i < 40; i++) {
    files.push(file(`src/mod${i % 6}/file${i}.ts`, 1 + Math.floor(r() * 4), 10 + Math.floor(r() * 40), r));
  }
  files.push(file('src/huge/generated-by-hand.ts', 40, 60, r));
  const lock = file('web/yarn.lock', 3, 30, r);
  const gone = { ...file('src/removed.ts', 1, 10, r), status: 'deleted' as const };
  files.push(lock, gone);
  return files;
}

const SCHEMA_TOKENS = countTokens(JSON.stringify(REVIEW_SCHEMA));
const FRAMING = 32;

/** The prompt of a request as sent: both messages, the schema, and the chat framing. */
const recount = (req: ReviewPlan['requests'][number], schemaTokens = SCHEMA_TOKENS): number =>
  req.messages().reduce((n, m) => n + countTokens(m.content), 0) + schemaTokens + FRAMING;

const opts = (contextWindow: number, maxTokens: number, over: Partial<PlanOptions> = {}): PlanOptions => ({
  include: [],
  exclude: [],
  contextWindow,
  maxTokens,
  instructions: 'Pay special attention to money rounding.',
  ...over,
});

/** Checks every request against the limit and that every reviewable line is sent exactly once. */
function expectSound(plan: ReviewPlan, o: PlanOptions): void {
  expect(plan.promptLimit).toBe(o.contextWindow - o.maxTokens);
  expect(plan.budget).toBeLessThan(plan.promptLimit);
  expect(plan.requests.length).toBeGreaterThan(0);
  plan.requests.forEach((req, i) => {
    expect(req.chunk.index).toBe(i);
    const exact = recount(req);
    expect(exact).toBeLessThanOrEqual(o.contextWindow - o.maxTokens);
    // The reported count is the prompt, give or take the planning margin.
    expect(Math.abs(req.promptTokens - exact)).toBeLessThanOrEqual(Math.ceil(plan.promptLimit * 0.002) + 16);
    expect(req.chunk.tokens).toBeLessThanOrEqual(plan.budget);
    expect(req.messages().map((m) => m.role)).toEqual(['system', 'user']);
    expect(req.messages()[0]!.content).toContain('Pay special attention to money rounding.');
    const user = req.messages()[1]!.content;
    expect(user).toContain('Pull request #1234 in acme/widgets.');
    expect(user).toContain(PR.title);
    for (const p of req.chunk.pieces) expect(user).toContain(renderFile(p.file, p.hunks, p.part));
    if (plan.requests.length > 1) expect(user).toContain(`part ${i + 1} of ${plan.requests.length}`);
    else expect(user).toContain('whole pull request');
  });
  // Every line of every reviewable file is sent exactly once.
  const sent = plan.requests.flatMap((q) => q.chunk.pieces);
  for (const f of plan.reviewable) {
    const lines = sent
      .filter((p) => p.file === f)
      .sort((a, b) => (a.part?.index ?? 0) - (b.part?.index ?? 0))
      .flatMap((p) => p.hunks.flatMap((h) => h.lines));
    expect(lines).toEqual(f.hunks.flatMap((h) => h.lines));
  }
}

describe('planReview', () => {
  const diff = generatedDiff();
  // Tokens of the files that will be reviewed (the last two are skipped by the filter).
  const diffTokens = diff.slice(0, -2).reduce((s, f) => s + countTokens(renderFile(f, f.hunks, null)), 0);

  it('generates a diff large enough to need several small requests', () => {
    expect(diffTokens).toBeGreaterThan(40_000);
    expect(diffTokens).toBeLessThan(120_000);
  });

  it('filters before planning and reports what it skipped', () => {
    const plan = planReview(PR, diff, opts(400_000, 32_000), countTokens);
    expect(plan.reviewable).toHaveLength(41);
    expect(plan.skipped.map((s) => s.path).sort()).toEqual(['src/removed.ts', 'web/yarn.lock']);
    expect(plan.requests).toHaveLength(1);
    expectSound(plan, opts(400_000, 32_000));
    const sent = plan.requests[0]!.messages()[1]!.content;
    expect(sent).not.toContain('web/yarn.lock');
    expect(sent).not.toContain('src/removed.ts');
  });

  it('fits every request of a tiny context window (20000 with max-tokens 4000) in several requests', () => {
    const o = opts(20_000, 4_000);
    const plan = planReview(PR, diff, o, countTokens);
    expectSound(plan, o);
    expect(plan.requests.length).toBeGreaterThanOrEqual(Math.ceil(diffTokens / plan.budget));
    expect(plan.requests.length).toBeGreaterThanOrEqual(3);
    // The large file does not fit one request and is split into numbered parts.
    const parts = plan.requests
      .flatMap((q) => q.chunk.pieces)
      .filter((p) => p.file.path === 'src/huge/generated-by-hand.ts');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.part !== null && p.part.total === parts.length)).toBe(true);
  });

  it('keeps TOOL_ROOM_SHARE of every request free for tool results when the requests offer tools', () => {
    const o = opts(30_000, 4_000);
    const plain = planReview(PR, diff, o, countTokens);
    const tools = planReview(PR, diff, { ...o, toolTurns: true }, countTokens);
    const limit = 30_000 - 4_000;
    expect(tools.budget).toBe(plain.budget - Math.floor(limit * TOOL_ROOM_SHARE));
    for (const q of tools.requests) expect(q.promptTokens).toBeLessThanOrEqual(limit * (1 - TOOL_ROOM_SHARE));
    expect(tools.requests.length).toBeGreaterThan(plain.requests.length);
  });

  it('packs the same diff into fewer requests with a mid context window (60000)', () => {
    const small = planReview(PR, diff, opts(20_000, 4_000), countTokens);
    const o = opts(60_000, 4_000);
    const mid = planReview(PR, diff, o, countTokens);
    expectSound(mid, o);
    expect(mid.requests.length).toBeLessThan(small.requests.length);
    expect(mid.requests.length).toBeGreaterThanOrEqual(Math.ceil(diffTokens / mid.budget));
    expect(mid.budget).toBeGreaterThan(small.budget + 35_000);
  });

  it.each([12_000, 16_500, 33_333, 100_000])('keeps every request within a %i-token window', (cw) => {
    const o = opts(cw, 2_000);
    expectSound(planReview(PR, diff, o, countTokens), o);
  });

  it('accounts for a huge PR description and long owner instructions', () => {
    const pr = { ...PR, title: 'T'.repeat(2_000), body: 'Lorem ipsum dolor sit amet, '.repeat(3_000) };
    const o = opts(24_000, 4_000, { instructions: 'Check every rounding step twice. '.repeat(150) });
    const plan = planReview(pr, diff, o, countTokens);
    expect(plan.requests.length).toBeGreaterThan(1);
    plan.requests.forEach((req) => expect(recount(req)).toBeLessThanOrEqual(o.contextWindow - o.maxTokens));
  });

  it('throws, naming context-window, when the window leaves no room for the diff', () => {
    expect(() => planReview(PR, diff, opts(5_000, 4_000), countTokens)).toThrow(/context-window/);
    expect(() => planReview(PR, diff, opts(8_000, 7_000), countTokens)).toThrow(/max-tokens/);
    // Long owner instructions use up an otherwise sufficient window.
    expect(() =>
      planReview(PR, diff, opts(12_000, 2_000, { instructions: 'word '.repeat(12_000) }), countTokens),
    ).toThrow(/context-window \(12000\)/);
  });

  it('plans nothing, without complaint, when every file is skipped', () => {
    const plan = planReview(PR, diff, opts(5_000, 4_000, { include: ['nothing/**'] }), countTokens);
    expect(plan.requests).toEqual([]);
    expect(plan.reviewable).toEqual([]);
    expect(plan.skipped).toHaveLength(diff.length);
  });

  it('honours include and exclude', () => {
    const o = opts(60_000, 4_000, { include: ['src/mod1/**', 'web/yarn.lock'], exclude: ['**/file7.ts'] });
    const plan = planReview(PR, diff, o, countTokens);
    expect(plan.reviewable.map((f) => f.path).sort()).toEqual(
      diff
        .map((f) => f.path)
        .filter((p) => p.startsWith('src/mod1/') && p !== 'src/mod1/file7.ts')
        .concat('web/yarn.lock')
        .sort(),
    );
    expectSound(plan, o);
  });

  it('fits a request around a line longer than the whole request (20,000 CJK characters)', () => {
    const cjk = Array.from({ length: 20_000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20_000)),
    ).join('');
    const f = file('docs/translation.md', 1, 3, rng(5));
    f.hunks[0]!.lines.push({
      kind: 'add',
      content: cjk,
      oldLine: null,
      newLine: f.hunks[0]!.newStart + f.hunks[0]!.newLines,
    });
    f.hunks[0]!.newLines++;
    const o = opts(20_000, 4_000);
    const plan = planReview(PR, [f], o, countTokens);
    for (const req of plan.requests) expect(recount(req)).toBeLessThanOrEqual(o.contextWindow - o.maxTokens);
  });
});

describe('planReview run budget', () => {
  const pr2 = {
    owner: 'o',
    repo: 'r',
    number: 1,
    title: 't',
    body: '',
    headSha: 'a'.repeat(40),
    baseSha: 'b'.repeat(40),
    headRef: '',
    baseRef: '',
    draft: false,
    state: 'open',
    author: '',
    htmlUrl: '',
    changedFiles: null,
  };
  const file = (path: string, lines: number) =>
    `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -1,1 +1,${lines + 1} @@\n x\n${Array.from(
      { length: lines },
      (_, i) => `+const value${i} = compute(${i}, "${path}");`,
    ).join('\n')}\n`;
  const diff = [
    file('docs/guide.md', 500),
    file('src/big.ts', 500),
    file('src/small.ts', 100),
    file('test/big.test.ts', 500),
  ].join('');
  const base = { include: [], exclude: [], contextWindow: 20_000, maxTokens: 4_000, instructions: '' };

  it('reviews the most important files first and lists the rest with the reason', () => {
    const all = planReview(pr2, parseDiff(diff), base, countTokens);
    expect(all.requests.length).toBeGreaterThan(1);
    const capped = planReview(pr2, parseDiff(diff), { ...base, maxRequests: 1 }, countTokens);
    expect(capped.requests).toHaveLength(1);
    expect(capped.reviewable.map((f) => f.path)).toEqual(['src/big.ts', 'src/small.ts']);
    expect(capped.skipped.map((s) => s.path)).toEqual(['test/big.test.ts', 'docs/guide.md']);
    expect(capped.skipped[0]!.reason).toContain('`max-requests: 1`');
    const tokens = planReview(
      pr2,
      parseDiff(diff),
      { ...base, maxPromptTokens: all.requests[0]!.promptTokens },
      countTokens,
    );
    expect(tokens.requests.reduce((n, r) => n + r.promptTokens, 0)).toBeLessThanOrEqual(
      all.requests[0]!.promptTokens,
    );
    expect(tokens.skipped.length).toBeGreaterThan(0);
  });
});

describe('planReview with a diagram (describe and diagram: true)', () => {
  it('counts the variant it sends, and only when asked for', () => {
    const files = generatedDiff(3);
    const off = planReview(PR, files, opts(60_000, 8_000), countTokens);
    const on = planReview(PR, files, opts(60_000, 8_000, { askDiagram: true }), countTokens);
    expect(off.answer).toBe(REVIEW_ANSWER);
    expect(on.answer.schema).toBe(DIAGRAM_REVIEW_SCHEMA);
    const extra = countTokens(JSON.stringify(DIAGRAM_REVIEW_SCHEMA)) - SCHEMA_TOKENS;
    expect(extra).toBeGreaterThan(10);
    expect(off.budget - on.budget).toBe(extra);
    const variant = SCHEMA_TOKENS + extra;
    for (const req of on.requests) {
      expect(recount(req, variant)).toBeLessThanOrEqual(on.promptLimit);
      expect(Math.abs(req.promptTokens - recount(req, variant))).toBeLessThanOrEqual(
        Math.ceil(on.promptLimit * 0.002) + 16,
      );
    }
    // A request packed the same costs `extra` more.
    const same = on.requests.filter((q, i) => q.chunk.tokens === off.requests[i]?.chunk.tokens);
    expect(same.length).toBeGreaterThan(0);
    for (const q of same) expect(q.promptTokens - off.requests[q.chunk.index]!.promptTokens).toBe(extra);
    expect(planReview(PR, files, opts(60_000, 8_000, { askDiagram: false }), countTokens).budget).toBe(
      off.budget,
    );
  });
});
