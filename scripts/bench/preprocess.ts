// One measured pre-processing run, in its own process so that peak RSS belongs to this run alone:
//   node --expose-gc scripts/bench/preprocess.ts <diff> [findings]
// Prints one line of JSON (a PreprocessResult) on stdout.
import type { PullRequest } from '../../src/types.ts';
import { readFileSync } from 'node:fs';
import { parseDiff } from '../../src/diff/parse.ts';
import { filterFiles } from '../../src/filter/filter.ts';
import { planReview } from '../../src/plan.ts';
import { countTokens, createTokenCounter } from '../../src/chunk/tokens.ts';
import { placeFindings } from '../../src/place/place.ts';
import { readSettings } from '../../src/settings.ts';
import { buildMessages } from '../../src/prompt/messages.ts';
import { renderFile } from '../../src/chunk/diff-text.ts';
import { REVIEW_SCHEMA } from '../../src/model/schema.ts';
import { syntheticFindings } from './findings.ts';
import { peakRssMB } from './stats.ts';

export interface PreprocessResult {
  diffBytes: number;
  diffLines: number;
  files: number;
  reviewable: number;
  skipped: number;
  changedLines: number;
  reviewableChangedLines: number;
  reviewableHunks: number;
  pieces: number;
  requests: number;
  budget: number;
  promptLimit: number;
  /** Diff tokens per request (the chunks' sums). */
  chunkTokens: number[];
  promptTokens: number[];
  /** Prompt tokens of a request besides its diff: instructions, PR text, schema, framing. */
  overhead: number;
  renderedDiffChars: number;
  ms: { parse: number; filter: number; plan: number; total: number };
  tokenizer: { calls: number; chars: number; ms: number };
  memory: { rssBeforeMB: number; maxRssMB: number; heapRetainedMB: number };
  placement: {
    findings: number;
    ms: number;
    inline: number;
    body: number;
    moved: number;
    /** Fingerprinting the placed findings (the memory stage); null when the source has no such stage. */
    markMs: number | null;
  };
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const [diffPath, findingsArg] = process.argv.slice(2);
if (!diffPath) {
  process.stderr.write('usage: node --expose-gc scripts/bench/preprocess.ts <diff> [findings]\n');
  process.exit(2);
}
const text = readFileSync(diffPath, 'utf8');
const settings = readSettings(() => '', { requireApiKey: false });
const pr: PullRequest = {
  owner: 'bench',
  repo: 'bench',
  number: 1,
  title: `Benchmark: ${diffPath}`,
  body: 'A pull request made of the diff between two published versions.',
  headSha: '0'.repeat(40),
  baseSha: '0'.repeat(40),
  headRef: 'head',
  baseRef: 'base',
  draft: false,
  state: 'open',
  author: 'bench',
  htmlUrl: '',
  changedFiles: null,
};

const tok = { calls: 0, chars: 0, ms: 0 };
const counter = createTokenCounter();
const counted = (t: string): number => {
  const s = performance.now();
  const n = counter(t);
  tok.ms += performance.now() - s;
  tok.calls++;
  tok.chars += t.length;
  return n;
};

gc();
const before = process.memoryUsage();
const t0 = performance.now();
const files = parseDiff(text);
const t1 = performance.now();
const plan = planReview(pr, files, settings, counted);
const t2 = performance.now();
const maxRssMB = peakRssMB();
gc();
const heapRetainedMB = (process.memoryUsage().heapUsed - before.heapUsed) / 1048576;

// Not part of the measured total: filtering alone (planReview filters too), and figures for the tables.
const t3 = performance.now();
filterFiles(files, settings);
const filterMs = performance.now() - t3;
const empty = { index: 0, pieces: [], tokens: 0 };
const overhead =
  buildMessages(pr, empty, 99_999, 99_999, settings.instructions).reduce(
    (n, m) => n + countTokens(m.content),
    0,
  ) +
  countTokens(JSON.stringify(REVIEW_SCHEMA)) +
  32;

const n = Number(findingsArg ?? 2000);
const findings = syntheticFindings(files, n);
const t4 = performance.now();
const placement = placeFindings(findings, files, settings.maxComments);
const placeMs = performance.now() - t4;
// Inline is capped at max-comments; count what would be placed inline without the cap too.
const uncapped = placeFindings(findings, files, Number.MAX_SAFE_INTEGER);
// The pipeline also fingerprints every placed finding (the memory stage), when the source has it.
// Loaded by a computed specifier so the benchmark still runs (and type-checks) without that stage.
const memoryStage = '../../src/memory/dedupe.ts';
const memory = (await import(memoryStage).catch(() => null)) as {
  markPlacement?: (p: typeof uncapped, f: typeof files) => unknown;
} | null;
let markMs: number | null = null;
if (typeof memory?.markPlacement === 'function') {
  const t5 = performance.now();
  memory.markPlacement(uncapped, files);
  markMs = performance.now() - t5;
}

const result: PreprocessResult = {
  diffBytes: Buffer.byteLength(text),
  diffLines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
  files: files.length,
  reviewable: plan.reviewable.length,
  skipped: plan.skipped.length,
  changedLines: files.reduce((s, f) => s + f.additions + f.deletions, 0),
  reviewableChangedLines: plan.reviewable.reduce((s, f) => s + f.additions + f.deletions, 0),
  reviewableHunks: plan.reviewable.reduce((s, f) => s + f.hunks.length, 0),
  pieces: plan.requests.reduce((s, r) => s + r.chunk.pieces.length, 0),
  requests: plan.requests.length,
  budget: plan.budget,
  promptLimit: plan.promptLimit,
  chunkTokens: plan.requests.map((r) => r.chunk.tokens),
  promptTokens: plan.requests.map((r) => r.promptTokens),
  overhead,
  renderedDiffChars: plan.requests.reduce(
    (s, r) => s + r.chunk.pieces.reduce((t, p) => t + renderFile(p.file, p.hunks, p.part).length, 0),
    0,
  ),
  ms: { parse: t1 - t0, filter: filterMs, plan: t2 - t1, total: t2 - t0 },
  tokenizer: tok,
  memory: { rssBeforeMB: before.rss / 1048576, maxRssMB, heapRetainedMB },
  placement: {
    findings: findings.length,
    ms: placeMs,
    inline: uncapped.inline.length,
    body: uncapped.body.length,
    moved: uncapped.inline.filter((i) => i.movedFrom !== null).length,
    markMs,
  },
};
void placement;
process.stdout.write(JSON.stringify(result) + '\n');
