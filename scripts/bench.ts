// `npm run bench`: the real pipeline on real large diffs, with figures and targets.
//
//   node scripts/bench.ts [--runs N] [--only name,name] [--latency MS] [--findings N]
//
// `--only` takes scenario or package names (small library, framework, compiler, synthetic, tools,
// or picomatch, express…), `cold` for the cold start and `snapshot` for the repository snapshot.
//
// Inputs (cached in .bench/): diffs between two published versions of npm packages (`npm pack`, then
// `git diff --no-index` of the unpacked trees), and a deterministic synthetic PR of 3,000 files.
// Pre-processing (parse + filter + plan) runs in a fresh process per run, so peak RSS is per scenario;
// medians are over the runs. End to end runs the pipeline against the tests' fake model API.
// Progress goes to stderr; the report (Markdown) goes to stdout and to .bench/results.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { packed, realDiff, syntheticDiff, type RealSpec } from './bench/inputs.ts';
import { endToEnd, type E2eResult } from './bench/e2e.ts';
import { importTime, time, type ColdStart } from './bench/coldstart.ts';
import { measureSnapshot, type SnapshotBench } from './bench/snapshot.ts';
import { mark, median, ms, num, table } from './bench/stats.ts';

/** Bytes of the bundle: the entry and every chunk beside it. */
function bundleBytes(entry: string): number {
  const dir = dirname(entry);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}
import { benchTools, toolsReport, type ToolsBench } from './bench/tools.ts';
import type { PreprocessResult } from './bench/preprocess.ts';

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    latency: { type: 'string', default: '300' },
    findings: { type: 'string', default: '2000' },
  },
});
const RUNS = Math.max(1, Number(opt.runs));
const LATENCY = Number(opt.latency);
const FINDINGS = Number(opt.findings);
const CONCURRENCY = [1, 4];
const SYNTHETIC_FILES = 3000;

// Targets (issue "Scale and speed").
const TARGET_MS_PER_100K_LINES = 1000;
const TARGET_RSS_MB = 300;
const TARGET_COLD_MS = 300;

const root = join(import.meta.dirname, '..');
const cache = join(root, '.bench');
mkdirSync(cache, { recursive: true });
const started = performance.now();
const say = (s: string): void => {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);
};

interface Scenario {
  name: string;
  source: string;
  diffPath: string;
}

const REAL: RealSpec[] = [
  { name: 'small library', pkg: 'picomatch', from: '2.3.1', to: '4.0.2' },
  { name: 'framework', pkg: 'express', from: '4.21.2', to: '5.1.0' },
  { name: 'compiler', pkg: 'typescript', from: '5.8.3', to: '5.9.3' },
];
// A deep review with and without the repository tools: a few hundred changed files of real source.
const TOOLS_PR: RealSpec = { name: 'tools', pkg: 'eslint', from: '8.0.0', to: '9.0.0' };

// ---- inputs -------------------------------------------------------------------------------------
const only = opt.only ? new Set(opt.only.split(',').map((s) => s.trim())) : null;
const wanted = (name: string, pkg: string): boolean => !only || only.has(name) || only.has(pkg);
const scenarios: Scenario[] = [];
const notes: string[] = [];
for (const spec of REAL) {
  if (!wanted(spec.name, spec.pkg)) continue;
  say(`input: ${spec.pkg} ${spec.from} → ${spec.to}`);
  const r = realDiff(spec, cache);
  if (!r.ok) {
    const msg = `Skipped ${spec.pkg} ${spec.from} → ${spec.to}: ${r.reason}`;
    say(msg);
    notes.push(msg);
    continue;
  }
  scenarios.push({ name: spec.name, source: `\`${spec.pkg}\` ${spec.from} → ${spec.to}`, diffPath: r.path });
}
if (wanted('synthetic', 'synthetic')) {
  const path = join(cache, `synthetic-${SYNTHETIC_FILES}-v1.diff`);
  if (!existsSync(path)) {
    say(`input: synthetic PR of ${SYNTHETIC_FILES} files`);
    writeFileSync(path, syntheticDiff(SYNTHETIC_FILES));
  }
  scenarios.push({
    name: 'synthetic',
    source: `synthetic PR, ${num(SYNTHETIC_FILES)} files`,
    diffPath: path,
  });
}

// ---- pre-processing, one fresh process per run ----------------------------------------------------
const pre = new Map<string, PreprocessResult[]>();
for (const s of scenarios) {
  const runs: PreprocessResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    say(`pre-processing: ${s.name}, run ${i + 1}/${RUNS}`);
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', join(root, 'scripts/bench/preprocess.ts'), s.diffPath, String(FINDINGS)],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (r.status !== 0) throw new Error(`preprocess ${s.diffPath} failed (${r.status}):\n${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as PreprocessResult);
  }
  pre.set(s.name, runs);
}

// ---- end to end against the fake model API --------------------------------------------------------
const e2e = new Map<string, E2eResult[]>();
for (const s of scenarios) {
  const diff = readFileSync(s.diffPath, 'utf8');
  const out: E2eResult[] = [];
  for (const c of CONCURRENCY) {
    say(`end to end: ${s.name}, concurrency ${c}, ${LATENCY} ms per request`);
    out.push(await endToEnd(diff, c, LATENCY));
  }
  e2e.set(s.name, out);
}

// ---- deep review with repository tools, against the fake model acting as an agent ----------------
let tools: ToolsBench | null = null;
if (wanted(TOOLS_PR.name, TOOLS_PR.pkg)) {
  const { pkg, from, to } = TOOLS_PR;
  say(`input: ${pkg} ${from} → ${to}, and the head version's tarball`);
  const r = realDiff(TOOLS_PR, cache);
  if (r.ok) {
    const input = {
      diff: readFileSync(r.path, 'utf8'),
      tarball: readFileSync(packed(pkg, to, cache)),
      label: `\`${pkg}\` ${from} → ${to}`,
      latencyMs: LATENCY,
    };
    tools = await benchTools(input, RUNS, say);
  } else notes.push(`Skipped the deep review with tools (${pkg} ${from} → ${to}): ${r.reason}`);
}

// ---- cold start ---------------------------------------------------------------------------------
const dist = join(root, 'dist/index.js');
const cold: ColdStart[] = [];
let imports: [string, number][] = [];
const coldWanted = wanted('cold start', 'cold');
if (coldWanted && existsSync(dist)) {
  say('cold start');
  cold.push(time('`node -e 0` (Node alone, for reference)', ['-e', '0'], {}, root));
  cold.push(
    time(
      'CLI `--help` (`VTRIX_REVIEW_CLI=1 node dist/index.js --help`)',
      [dist, '--help'],
      { VTRIX_REVIEW_CLI: '1' },
      root,
    ),
  );
  cold.push(
    time('action entry, no event (`node dist/index.js`, stops at its first check)', [dist], {}, root),
  );
  imports = [
    'gpt-tokenizer/encoding/o200k_base',
    'openai',
    'undici',
    '@actions/github',
    '@actions/core',
    'ajv',
    'picomatch',
  ].map((m) => [m, importTime(m, root)]);
} else if (coldWanted) {
  notes.push('dist/index.js is missing: cold start not measured (run `npm run package`).');
}

// ---- repository snapshot (issue 14): a 50 MB tarball streamed and unpacked ------------------------
const SNAPSHOT_MB = 50;
const TARGET_SNAPSHOT_MS = 5000;
const TARGET_SNAPSHOT_RSS_MB = 300;
let snapshot: SnapshotBench | null = null;
if (wanted('snapshot', 'snapshot')) {
  say(`repository snapshot: ${SNAPSHOT_MB} MB tarball, ${RUNS} runs`);
  snapshot = measureSnapshot(SNAPSHOT_MB, RUNS);
}

// ---- report -------------------------------------------------------------------------------------
const med = (name: string, f: (r: PreprocessResult) => number): number => median(pre.get(name)!.map(f));
const one = (name: string): PreprocessResult => pre.get(name)![0]!;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const targets: { what: string; ok: boolean; detail: string }[] = [];

const md: string[] = [];
md.push(`## Benchmark (\`npm run bench\`)`, '');
md.push(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${num(totalmem() / 2 ** 30)} GB; ` +
    `${new Date().toISOString().slice(0, 10)}. Default settings: context window 400,000, max-tokens 32,000 ` +
    `(effort medium). Times are medians of ${RUNS} run(s), each in a fresh process.`,
  '',
);

if (scenarios.length > 0) {
  md.push('### Plan: requests and tokens', '');
  md.push(
    table(
      [
        'scenario',
        'input',
        'diff',
        'changed lines',
        'files changed / reviewable',
        'diff tokens',
        'prompt tokens',
        'requests (lower bound)',
        'fill',
      ],
      scenarios.map((s) => {
        const r = one(s.name);
        const diffTokens = sum(r.chunkTokens);
        const lower = Math.ceil(diffTokens / r.budget);
        const ok = r.requests <= lower + 1;
        targets.push({
          what: `requests at the lower bound (+1 at most): ${s.name}`,
          ok,
          detail: `${r.requests} vs ${lower}`,
        });
        const fill = r.requests ? sum(r.promptTokens) / r.requests / r.promptLimit : 0;
        return [
          s.name,
          s.source,
          `${r.diffBytes >= 1e6 ? `${num(r.diffBytes / 1e6, 1)} MB` : `${num(r.diffBytes / 1e3)} kB`}, ${num(r.diffLines)} lines`,
          num(r.changedLines),
          `${num(r.files)} / ${num(r.reviewable)}`,
          num(diffTokens),
          num(sum(r.promptTokens)),
          `${r.requests} (${lower}) ${mark(ok)}`,
          `${(100 * fill).toFixed(1)} %`,
        ];
      }),
    ),
    '',
  );
  md.push(
    `Lower bound: ceil(diff tokens / diff budget per request); fill: mean prompt tokens / prompt limit ` +
      `(${num(one(scenarios[0]!.name).promptLimit)}).`,
    '',
  );

  md.push(`### Pre-processing: parse + filter + plan (median of ${RUNS})`, '');
  md.push(
    table(
      [
        'scenario',
        'parse',
        'filter',
        'plan (filter, chunk, render, count)',
        'total (min–max)',
        'target',
        'text tokenized ÷ diff rendered',
        'peak RSS (before parse)',
        'target',
      ],
      scenarios.map((s) => {
        const runs = pre.get(s.name)!;
        const r = one(s.name);
        const total = med(s.name, (x) => x.ms.total);
        const limit = TARGET_MS_PER_100K_LINES * Math.max(1, r.diffLines / 100_000);
        const rss = med(s.name, (x) => x.memory.maxRssMB);
        const okT = total <= limit;
        const okM = rss <= TARGET_RSS_MB;
        targets.push({
          what: `pre-processing time: ${s.name}`,
          ok: okT,
          detail: `${ms(total)} vs ≤ ${ms(limit)}`,
        });
        targets.push({
          what: `pre-processing peak RSS: ${s.name}`,
          ok: okM,
          detail: `${num(rss)} MB vs ≤ ${TARGET_RSS_MB} MB`,
        });
        const tot = runs.map((x) => x.ms.total);
        return [
          s.name,
          ms(med(s.name, (x) => x.ms.parse)),
          ms(med(s.name, (x) => x.ms.filter)),
          `${ms(med(s.name, (x) => x.ms.plan))} (tokenizer ${ms(med(s.name, (x) => x.tokenizer.ms))})`,
          `${ms(total)} (${ms(Math.min(...tot))}–${ms(Math.max(...tot))})`,
          `≤ ${ms(limit)} ${mark(okT)}`,
          `${(r.tokenizer.chars / Math.max(1, r.renderedDiffChars)).toFixed(2)}× (${num(r.tokenizer.chars / 1e6, 1)} M chars)`,
          `${num(rss)} MB (${num(med(s.name, (x) => x.memory.rssBeforeMB))} MB)`,
          `≤ ${TARGET_RSS_MB} MB ${mark(okM)}`,
        ];
      }),
    ),
    '',
  );
  md.push(
    `Time target: ${TARGET_MS_PER_100K_LINES / 1000} s per 100k diff lines (1 s at least). Peak RSS is the ` +
      `process's \`VmHWM\` (Node and the loaded modules included; \`process.resourceUsage().maxRSS\` is not ` +
      `used because on Linux a spawned process inherits its parent's RSS as its starting peak); the RSS before ` +
      `parsing is in brackets. "Text tokenized ÷ diff rendered": characters passed to the token counter ` +
      `over the characters of the rendered diff: each distinct line is counted once, so repeated lines make it ` +
      `less than 1.00×, and no character is counted twice.`,
    '',
  );

  md.push(`### Placement of ${num(FINDINGS)} synthetic findings (median of ${RUNS})`, '');
  md.push(
    table(
      [
        'scenario',
        'findings',
        'placeFindings',
        '+ fingerprints',
        'inline (moved to nearest line)',
        'review body',
      ],
      scenarios.map((s) => {
        const r = one(s.name);
        return [
          s.name,
          num(r.placement.findings),
          ms(med(s.name, (x) => x.placement.ms)),
          r.placement.markMs === null ? '—' : ms(med(s.name, (x) => x.placement.markMs ?? NaN)),
          `${num(r.placement.inline)} (${num(r.placement.moved)})`,
          num(r.placement.body),
        ];
      }),
    ),
    '',
  );
  md.push(
    'Findings: most on diff lines (some ranges, some suggestions), some a few lines past a hunk, some far ' +
      'off the diff, some on loosely written paths or on files not in the PR, 5 % duplicates. Inline counts ' +
      'are without the `max-comments` cap (the timed `placeFindings` call uses the default cap of 20). ' +
      '"+ fingerprints": `markPlacement` of the memory stage on the same findings, when the source has it.',
    '',
  );

  md.push('### Requests by strategy, same PR', '');
  md.push(
    table(
      [
        'scenario',
        'ours: requests',
        'per file',
        'per hunk',
        'ours: prompt tokens',
        '≈ per file',
        '≈ per hunk',
      ],
      scenarios.map((s) => {
        const r = one(s.name);
        const diffTokens = sum(r.chunkTokens);
        return [
          s.name,
          num(r.requests),
          num(r.pieces),
          num(r.reviewableHunks),
          num(sum(r.promptTokens)),
          num(diffTokens + r.pieces * r.overhead),
          num(diffTokens + r.reviewableHunks * r.overhead),
        ];
      }),
    ),
    '',
  );
  md.push(
    `Per file: one request per reviewable file (a file larger than a request in parts); per hunk: one request ` +
      `per hunk (as ai-codereviewer does). Their prompt tokens are estimated as the diff tokens plus ` +
      `${num(one(scenarios[0]!.name).overhead)} tokens of instructions, PR text and schema per request.`,
    '',
  );

  md.push(`### End to end against a fake model API (${LATENCY} ms per request)`, '');
  md.push(
    table(
      [
        'scenario',
        'concurrency',
        'requests',
        'wall (with planning)',
        'requests phase',
        `ceil(N/C) × ${LATENCY} ms`,
        'ratio',
        'max in flight',
        'failed / API violations',
      ],
      scenarios.flatMap((s) =>
        e2e
          .get(s.name)!
          .map((e) => [
            s.name,
            String(e.concurrency),
            num(e.requests),
            ms(e.wallMs),
            ms(e.modelMs),
            ms(e.idealMs),
            `${(e.modelMs / e.idealMs).toFixed(2)}×`,
            String(e.maxConcurrent),
            `${e.failed} / ${e.violations}`,
          ]),
      ),
    ),
    '',
  );
  md.push(
    '"Requests phase": from the first request sent to the last answer received. Ratio 1.00× means no ' +
      'time is lost besides the model latency.',
    '',
  );
}

if (tools) md.push(...toolsReport(tools));

if (cold.length) {
  md.push('### Cold start of the bundled action (median of 5)', '');
  const entries = cold.map((c, i) => {
    const gated = i > 0;
    const ok = c.medianMs <= TARGET_COLD_MS;
    if (gated)
      targets.push({
        what: `cold start: ${c.label.split(' (')[0]}`,
        ok,
        detail: `${ms(c.medianMs)} vs ≤ ${TARGET_COLD_MS} ms`,
      });
    return [
      c.label,
      `${ms(c.medianMs)} (${ms(Math.min(...c.runs))}–${ms(Math.max(...c.runs))})`,
      `${num(c.maxRssMB)} MB`,
      gated ? `≤ ${TARGET_COLD_MS} ms ${mark(ok)}` : '',
    ];
  });
  md.push(table(['run', 'time (min–max)', 'peak RSS', 'target'], entries), '');
  md.push(
    `Import time of the heaviest dependencies, each alone in a fresh process (median of 3): ` +
      imports.map(([m, t]) => `\`${m}\` ${ms(t)}`).join(', ') +
      `. The bundle is ${num(bundleBytes(dist) / 1e6, 1)} MB: \`dist/index.js\` (${num(readFileSync(dist).length / 1e3)} kB) and the chunks ncc splits off, loaded when first needed.`,
    '',
  );
}

if (snapshot) {
  const b = snapshot;
  const okMs = b.medianMs < TARGET_SNAPSHOT_MS;
  const okRss = b.medianRssMb < TARGET_SNAPSHOT_RSS_MB;
  const range = (xs: number[], f: (n: number) => string) =>
    `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
  md.push(`### Repository snapshot (${SNAPSHOT_MB} MB tarball, median of ${b.runs.length})`, '');
  md.push(
    table(
      ['tarball', 'unpacked', 'time (min–max)', 'target', 'peak RSS (min–max)', 'target'],
      [
        [
          `${num(b.gzMB, 1)} MB`,
          `${num(b.unpackedMB)} MB in ${num(b.files)} files`,
          range(
            b.runs.map((r) => r.unpackMs),
            ms,
          ),
          `< ${TARGET_SNAPSHOT_MS / 1000} s ${mark(okMs)}`,
          range(
            b.runs.map((r) => r.peakRssMb),
            (n) => `${num(n)} MB`,
          ),
          `< ${TARGET_SNAPSHOT_RSS_MB} MB ${mark(okRss)}`,
        ],
      ],
    ),
    '',
    'The tarball streamed from a file in 64 KB chunks (as a download arrives) through gunzip and the tar ' +
      'reader to files under a temporary directory, each run in a fresh process.',
    '',
  );
  targets.push(
    {
      what: 'repository snapshot: time',
      ok: okMs,
      detail: `${ms(b.medianMs)} vs < ${TARGET_SNAPSHOT_MS / 1000} s`,
    },
    {
      what: 'repository snapshot: peak RSS',
      ok: okRss,
      detail: `${num(b.medianRssMb)} MB vs < ${TARGET_SNAPSHOT_RSS_MB} MB`,
    },
  );
}

if (targets.length + notes.length > 0) md.push('### Targets', '');
for (const t of targets) md.push(`- ${mark(t.ok)} ${t.what}: ${t.detail}`);
for (const n of notes) md.push(`- ⚠️ ${n}`);
md.push('', `Whole benchmark: ${((performance.now() - started) / 1000).toFixed(0)} s.`);

const report = md.join('\n') + '\n';
const out = join(cache, 'results.md');
writeFileSync(out, report);
process.stdout.write('\n' + report);
say(`wrote ${relative(root, out)}`);
