// Deep review with repository tools: the same pull request reviewed deeply with the tools off
// (`repository-tools: never`) and on, against the tests' fake model API acting as an agent. Both go
// through the real pipeline (reviewPullRequest) and the real model client (createModelCall, its tool
// loop); the tools read a real snapshot of the head version (src/repo/snapshot.ts over the package's
// tarball, with the action's caps) through the real toolbox. The fake agent, on every request that
// offers tools, makes 3–6 calls chosen from that request's diff, then answers with findings; it checks
// that every result it got is in the next turn's messages, and the run fails loudly when one is not.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { PullRequest } from '../../src/types.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import type { FileDiff } from '../../src/diff/types.ts';
import { readSettings, toolsEnabled, withEffort } from '../../src/settings.ts';
import { reviewPullRequest } from '../../src/pipeline.ts';
import { createModelClient } from '../../src/model/client.ts';
import { countTokens, createTokenCounter } from '../../src/chunk/tokens.ts';
import { createSnapshot, type Snapshot } from '../../src/repo/snapshot.ts';
import { createToolBox } from '../../src/tools/toolbox.ts';
import { openTag } from '../../src/tools/result.ts';
import { MAX_SNAPSHOT_BYTES, MAX_TOOL_FILE_BYTES } from '../../src/action/tools.ts';
import { median, ms, num, table } from './stats.ts';
import { startFakeModel, type ModelReply, type ModelRequest } from '../../__tests__/support/fake-model.ts';

export interface ToolCall {
  name: string;
  arguments: string;
  /** Text the result must hold when the tools read the head version (read_file: the added line). */
  expect?: string;
}

/** One changed file of a request, as the model sees it: its path and its added lines. */
interface SeenFile {
  path: string;
  added: { line: number; text: string }[];
}

/** The files of a request's user message (`<file path=…>` blocks) with their added lines. */
export function filesOfRequest(user: string): SeenFile[] {
  const out: SeenFile[] = [];
  let cur: SeenFile | null = null;
  for (const l of user.split('\n')) {
    const open = /^<file path=("(?:[^"\\]|\\.)*") status="(\w+)"/.exec(l);
    if (open) {
      cur = { path: JSON.parse(open[1]!) as string, added: [] };
      out.push(cur);
      continue;
    }
    if (l === '</file>') {
      cur = null;
      continue;
    }
    const add = cur && /^(\d+) \+(.*)$/.exec(l);
    if (cur && add) cur.added.push({ line: Number(add[1]), text: add[2]! });
  }
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYWORDS = new Set(
  (
    'function return const let var class extends import export default require module exports ' +
    'undefined null true false typeof instanceof async await throw catch finally switch case break ' +
    'continue while for if else new this delete void yield static constructor prototype length'
  ).split(' '),
);
const IDENT = /[A-Za-z_$][\w$]{5,}/g;
const DEFINED = [
  /\bfunction\s+([A-Za-z_$][\w$]*)/,
  /\b(?:const|let|var|class)\s+([A-Za-z_$][\w$]*)/,
  /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*\{/,
];

/**
 * The tool calls an agent would make for this request, deterministic in its diff: 3 to 6, in the
 * order read a changed file around an added line, search a name from it, find a symbol defined in
 * it, list the file's directory, read another file, search another name within path globs.
 */
export function plannedCalls(user: string): ToolCall[] {
  // A second look reads the code around the first finding it is asked about, once.
  const finding = /<finding id="F\d+" severity="\w+" path=("(?:[^"\\]|\\.)*") side="RIGHT" lines="(\d+)/.exec(
    user,
  );
  if (finding) {
    const line = Number(finding[2]);
    const path = JSON.parse(finding[1]!) as string;
    return [
      {
        name: 'read_file',
        arguments: JSON.stringify({ path, start_line: Math.max(1, line - 20), end_line: line + 20 }),
      },
    ];
  }
  const files = filesOfRequest(user).filter((f) => f.added.length > 0);
  if (files.length === 0) return [];
  const r = rng(
    Number.parseInt(
      createHash('sha1')
        .update(files.map((f) => f.path).join('\n'))
        .digest('hex')
        .slice(0, 8),
      16,
    ),
  );
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const k = 3 + Math.floor(r() * 4);
  // Lines an agent would look at: real code, short enough to be shown whole by read_file.
  const lineOf = (f: SeenFile) => {
    const good = f.added.filter((a) => a.text.trim().length >= 12 && a.text.length <= 200);
    return good.length > 0 ? pick(good) : f.added[0]!;
  };
  const nameIn = (f: SeenFile): string => {
    const names = f.added.flatMap((a) => a.text.match(IDENT) ?? []).filter((w) => !KEYWORDS.has(w));
    return names.length > 0 ? pick(names) : 'module';
  };
  const definedIn = (f: SeenFile): string => {
    for (const a of f.added) {
      for (const re of DEFINED) {
        const m = re.exec(a.text);
        if (m && !KEYWORDS.has(m[1]!) && m[1]!.length >= 3) return m[1]!;
      }
    }
    return nameIn(f);
  };
  const read = (f: SeenFile): ToolCall => {
    const a = lineOf(f);
    return {
      name: 'read_file',
      arguments: JSON.stringify({
        path: f.path,
        start_line: Math.max(1, a.line - 15),
        end_line: a.line + 15,
      }),
      expect: `${a.line} +${a.text}`,
    };
  };
  const first = pick(files);
  const second = pick(files);
  const dir = first.path.includes('/') ? first.path.slice(0, first.path.lastIndexOf('/')) : '';
  const top = first.path.includes('/') ? `${first.path.split('/')[0]}/**` : '*';
  const calls: ToolCall[] = [
    read(first),
    { name: 'search', arguments: JSON.stringify({ pattern: nameIn(first) }) },
    { name: 'find_symbol', arguments: JSON.stringify({ name: definedIn(first) }) },
    { name: 'list_directory', arguments: JSON.stringify({ path: dir }) },
    read(second),
    { name: 'search', arguments: JSON.stringify({ pattern: nameIn(second), paths: [top] }) },
  ];
  return calls.slice(0, k);
}

/** The review an agent gives for a request, whether or not it called tools: findings on added lines. */
export function reviewOf(user: string): string {
  const files = filesOfRequest(user).filter((f) => f.added.length > 0);
  const severities = ['major', 'minor', 'nit'] as const;
  const comments = files
    .filter((_, i) => i % 4 === 0)
    .slice(0, 12)
    .map((f, i) => {
      const a = f.added[Math.floor(f.added.length / 2)]!;
      return {
        path: f.path,
        line: a.line,
        start_line: null,
        side: 'RIGHT',
        severity: severities[i % severities.length]!,
        title: `Unchecked value on line ${a.line}`,
        body:
          'The value read here can be `undefined` when the option is absent, and the code below uses it ' +
          'without a check: guard it, or give the option a default where it is read.',
        suggestion: null,
      };
    });
  return JSON.stringify({
    verdict: comments.length > 0 ? 'Major: unchecked values' : 'No problems found',
    summary: `Reviewed ${files.length} files; ${comments.length} findings.`,
    comments,
  });
}

/** A second look's answer: every other finding it is asked about refuted, the rest confirmed. */
export function verdictsOf(user: string): string {
  const ids = [...user.matchAll(/<finding id="(F\d+)"/g)].map((m) => m[1]!);
  return JSON.stringify({
    verdicts: ids.map((id, i) => ({
      id,
      verdict: i % 2 === 1 ? 'refuted' : 'confirmed',
      confidence: 'high',
      evidence: i % 2 === 1 ? 'The option has a default where it is read.' : 'The value is used unchecked.',
    })),
  });
}

interface Message {
  role: string;
  content: string | null;
  name?: string;
  function_call?: { name: string; arguments: string };
}

export interface AgentStats {
  /** HTTP requests the agent answered. */
  requests: number;
  /** Tool calls it made, and results it found back in the next turn. */
  calls: number;
  resultsChecked: number;
  /** Per conversation (a planned request, or a half of one): calls planned, calls made. */
  conversations: { planned: number; made: number }[];
}

export interface Agent {
  respond: (req: ModelRequest) => ModelReply;
  stats: AgentStats;
  /** What went wrong in the tool loop; the bench fails when it is not empty. */
  problems: string[];
}

/**
 * The fake model as an agent: each conversation (one planned request, known by its user message)
 * gets its planned calls one per turn while tools are offered, then the review. Every turn's messages
 * must hold each earlier call and, right after it, its result (`<tool_result name=…>`, with the
 * expected text). Prompt and completion tokens are counted with the o200k tokenizer, the tool
 * definitions included, as a provider bills them.
 */
export function createAgent(latencyMs: number): Agent {
  const stats: AgentStats = { requests: 0, calls: 0, resultsChecked: 0, conversations: [] };
  const problems: string[] = [];
  const convos = new Map<string, { calls: ToolCall[]; made: number; answered: boolean }>();
  const done = (c: { calls: ToolCall[]; made: number }) =>
    stats.conversations.push({ planned: c.calls.length, made: c.made });
  const seen = new Map<string, number>();
  const tokens = (text: string): number => {
    let n = seen.get(text);
    if (n === undefined) seen.set(text, (n = countTokens(text)));
    return n;
  };

  const respond = (req: ModelRequest): ModelReply => {
    stats.requests++;
    const messages = req.body.messages as Message[];
    const user = messages.find((m) => m.role === 'user')?.content ?? '';
    const key = createHash('sha256').update(user).digest('hex');
    let c = convos.get(key);
    if (!c) convos.set(key, (c = { calls: plannedCalls(user), made: 0, answered: false }));
    const where = `request ${stats.requests} (${c.made} tool calls made)`;

    // Every call made so far, each followed by its result, in order.
    const asked = messages.flatMap((m, i) => (m.role === 'assistant' && m.function_call ? [i] : []));
    if (asked.length !== c.made)
      problems.push(`${where}: the messages hold ${asked.length} tool calls, not ${c.made}`);
    asked.forEach((at, j) => {
      const call = c.calls[j];
      const got = messages[at]!.function_call!;
      const result = messages[at + 1];
      if (!call || got.name !== call.name || got.arguments !== call.arguments) {
        problems.push(
          `${where}: call ${j + 1} in the messages is ${got.name}(${got.arguments}), not the one made`,
        );
      } else if (result?.role !== 'function' || result.name !== call.name) {
        problems.push(`${where}: the result of call ${j + 1} (${call.name}) is not the next message`);
      } else if (!result.content?.startsWith(openTag(call.name))) {
        problems.push(`${where}: the result of call ${j + 1} (${call.name}) is not a delimited tool result`);
      } else if (call.expect !== undefined && !result.content.includes(call.expect)) {
        problems.push(
          `${where}: the result of ${call.name}(${call.arguments}) does not hold ${JSON.stringify(call.expect.slice(0, 80))}: the tools do not read the head version`,
        );
      } else if (j === asked.length - 1) stats.resultsChecked++;
    });

    const fn = req.body.functions as { name: string }[] | undefined;
    const defs = fn ? tokens(JSON.stringify(fn)) : 0;
    const prompt =
      defs +
      messages.reduce(
        (n, m) =>
          n +
          4 +
          tokens(m.content ?? '') +
          (m.function_call ? tokens(m.function_call.name + m.function_call.arguments) : 0),
        0,
      );
    if (fn && c.made < c.calls.length) {
      const call = c.calls[c.made++]!;
      stats.calls++;
      return {
        content: null,
        functionCall: { name: call.name, arguments: call.arguments },
        usage: { prompt_tokens: prompt, completion_tokens: tokens(call.name + call.arguments) },
        delayMs: latencyMs,
      };
    }
    if (c.answered) problems.push(`${where}: the same request was answered twice`);
    c.answered = true;
    done(c);
    const review = user.includes('<finding id="') ? verdictsOf(user) : reviewOf(user);
    return {
      content: review,
      usage: { prompt_tokens: prompt, completion_tokens: tokens(review) },
      delayMs: latencyMs,
    };
  };
  return { respond, stats, problems };
}

export interface ToolsVariant {
  tools: boolean;
  /** Planned requests (chunks), and HTTP requests to the model. */
  planned: number;
  httpRequests: number;
  toolCalls: number;
  failedToolCalls: number;
  /** The calls the agent would have made had every turn offered the tools (0 without tools). */
  plannedToolCalls: number;
  /** Requests answered without a tool call: their first turn offered no tools (no room left). */
  requestsWithoutToolCalls: number;
  promptTokens: number;
  completionTokens: number;
  findings: number;
  /** Snapshot and toolbox made (0 without tools), then the review: what the run spends. */
  wallMs: number;
  snapshotMs: number;
  snapshotFiles: number;
  maxTokens: number;
  conversations: AgentStats['conversations'];
  /** The second look's findings checked and refuted (0 without one), and the findings posted. */
  checked: number;
  refuted: number;
  posted: number;
}

export interface ToolsInput {
  /** The pull request's unified diff. */
  diff: string;
  /** The gzip'd tar of its head version (one top directory, as GitHub's and npm's tarballs have). */
  tarball: Uint8Array;
  label: string;
  latencyMs: number;
  /** Where the snapshot is unpacked (RUNNER_TEMP in the action). */
  tempDir?: string;
}

/**
 * One deep review of the pull request, with the tools (`repository-tools` at its default) or without
 * (`never`), as src/action/run.ts makes it: the settings at the deep review's effort, the snapshot
 * and toolbox of src/action/tools.ts (the tarball given, not downloaded), the real model client.
 */
export async function deepReview(input: ToolsInput, tools: boolean, look = false): Promise<ToolsVariant> {
  const agent = createAgent(input.latencyMs);
  const fake = await startFakeModel({ respond: agent.respond });
  let snapshot: Snapshot | null = null;
  try {
    const inputs: Record<string, string> = {
      'api-key': 'test-model-key',
      'base-url': fake.url,
      ...(tools ? {} : { 'repository-tools': 'never' }),
    };
    const s = withEffort(
      readSettings((n) => inputs[n] ?? '', { requireApiKey: true }),
      'xhigh',
    );
    const files: FileDiff[] = parseDiff(input.diff);
    const pr: PullRequest = {
      owner: 'bench',
      repo: 'bench',
      number: 1,
      title: `Benchmark deep review: ${input.label}`,
      body: 'A pull request made of the diff between two published versions.',
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRef: 'head',
      baseRef: 'base',
      draft: false,
      state: 'open',
      author: 'bench',
      htmlUrl: '',
      changedFiles: files.length,
    };
    const count = createTokenCounter();
    const t0 = performance.now();
    let toolbox = {};
    if (toolsEnabled(s, true)) {
      snapshot = await createSnapshot({
        tarball: input.tarball,
        label: `snapshot of ${input.label}`,
        dir: input.tempDir ?? tmpdir(),
        maxFileBytes: MAX_TOOL_FILE_BYTES,
        maxTotalBytes: MAX_SNAPSHOT_BYTES,
      });
      const box = createToolBox({ repo: snapshot, files, maxResultTokens: s.maxToolResultTokens, count });
      toolbox = { tools: { box, maxCalls: s.maxToolCalls } };
    }
    const t1 = performance.now();
    const quiet = { info: () => {}, warning: () => {} };
    const client = createModelClient(s, countTokens);
    const result = await reviewPullRequest(
      pr,
      files,
      [],
      { ...s, deep: true, runUrl: null, ...toolbox, ...(look ? { verify: { ask: client.ask } } : {}) },
      client.call,
      count,
      quiet,
    );
    const wallMs = performance.now() - t0;

    const calls = result.requestLog.flatMap((q) => q.toolCalls);
    const noTurn = result.requestLog.filter((q) => q.ok && q.toolCalls.length === 0).length;
    const wrong = [...agent.problems, ...fake.violations];
    if (result.failed.length > 0)
      wrong.push(`requests failed: ${result.failed.map((f) => `${f.path} (${f.reason})`).join('; ')}`);
    if (result.requests !== fake.requests.length)
      wrong.push(
        `the pipeline counted ${result.requests} model requests, the fake model got ${fake.requests.length}`,
      );
    if (calls.length !== agent.stats.calls)
      wrong.push(`the pipeline recorded ${calls.length} tool calls, the agent made ${agent.stats.calls}`);
    if (agent.stats.resultsChecked !== agent.stats.calls)
      wrong.push(`${agent.stats.calls} tool calls made, ${agent.stats.resultsChecked} results came back`);
    if (tools && agent.stats.calls === 0) wrong.push('the agent made no tool call: were the tools offered?');
    if (!tools && agent.stats.calls > 0) wrong.push('tools were offered with `repository-tools: never`');
    if (look && (result.secondLook === null || result.secondLook.unchecked > 0))
      wrong.push(
        `the second look did not check every candidate: ${JSON.stringify(result.secondLook?.notes)}`,
      );
    if (wrong.length > 0)
      throw new Error(
        `deep review ${tools ? 'with' : 'without'} tools${look ? ' and a second look' : ''}: the tool loop broke:\n- ${wrong.slice(0, 10).join('\n- ')}`,
      );
    return {
      tools,
      planned: result.plan.requests.length,
      httpRequests: fake.requests.length,
      toolCalls: calls.length,
      failedToolCalls: calls.filter((x) => !x.ok).length,
      plannedToolCalls: tools ? agent.stats.conversations.reduce((n, c) => n + c.planned, 0) : 0,
      requestsWithoutToolCalls: tools ? noTurn : 0,
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens,
      findings: result.findings.length,
      wallMs,
      snapshotMs: t1 - t0,
      snapshotFiles: snapshot?.report.files ?? 0,
      maxTokens: s.maxTokens,
      conversations: agent.stats.conversations,
      checked: result.secondLook?.checked ?? 0,
      refuted: result.secondLook?.refuted.length ?? 0,
      posted: (result.payload?.comments.length ?? 0) + result.placement.body.length,
    };
  } finally {
    await snapshot?.dispose();
    await fake.close();
  }
}

export interface ToolsBench {
  label: string;
  files: number;
  latencyMs: number;
  plain: ToolsVariant[];
  agentic: ToolsVariant[];
  /** (c): tools and the second look, as a deep review runs by default. */
  looked: ToolsVariant[];
}

/** `runs` of each variant, alternated so that a slow moment of the machine does not favour one. */
export async function benchTools(
  input: ToolsInput,
  runs: number,
  say: (s: string) => void,
): Promise<ToolsBench> {
  const out: ToolsBench = {
    label: input.label,
    files: parseDiff(input.diff).length,
    latencyMs: input.latencyMs,
    plain: [],
    agentic: [],
    looked: [],
  };
  for (let i = 0; i < runs; i++) {
    say(`deep review without tools: ${input.label}, run ${i + 1}/${runs}, ${input.latencyMs} ms per turn`);
    out.plain.push(await deepReview(input, false));
    say(`deep review with tools: ${input.label}, run ${i + 1}/${runs}, ${input.latencyMs} ms per turn`);
    out.agentic.push(await deepReview(input, true));
    say(`deep review with tools and a second look: ${input.label}, run ${i + 1}/${runs}`);
    out.looked.push(await deepReview(input, true, true));
  }
  return out;
}

/** The report's section: per variant, and the ratios of (b) over (a). */
export function toolsReport(b: ToolsBench): string[] {
  const m = (xs: ToolsVariant[], f: (v: ToolsVariant) => number): number => median(xs.map(f));
  const figures = (xs: ToolsVariant[]) => ({
    http: m(xs, (v) => v.httpRequests),
    calls: m(xs, (v) => v.toolCalls),
    prompt: m(xs, (v) => v.promptTokens),
    completion: m(xs, (v) => v.completionTokens),
    wall: m(xs, (v) => v.wallMs),
  });
  const a = figures(b.plain);
  const t = figures(b.agentic);
  const c = figures(b.looked);
  const lookOne = b.looked[0]!;
  const one = b.agentic[0]!;
  const wall = (xs: ToolsVariant[]) =>
    `${ms(m(xs, (v) => v.wallMs))} (${ms(Math.min(...xs.map((v) => v.wallMs)))}–${ms(Math.max(...xs.map((v) => v.wallMs)))})`;
  const ratio = (x: number, y: number): string => (y > 0 ? `${(x / y).toFixed(2)}×` : '—');
  const failed = m(b.agentic, (v) => v.failedToolCalls);
  return [
    `### Deep review with repository tools (${b.latencyMs} ms per model turn, median of ${b.plain.length})`,
    '',
    table(
      [
        'variant',
        'requests planned',
        'model requests (HTTP)',
        'tool calls',
        'prompt tokens',
        'completion tokens',
        'wall time (min–max)',
      ],
      [
        [
          '(a) plain: `repository-tools: never`',
          num(b.plain[0]!.planned),
          num(a.http),
          num(a.calls),
          num(a.prompt),
          num(a.completion),
          wall(b.plain),
        ],
        [
          '(b) agentic: tools on',
          num(one.planned),
          num(t.http),
          `${num(t.calls)} (of ${num(one.plannedToolCalls)} the agent wanted${failed > 0 ? `; ${num(failed)} failed` : ''})`,
          num(t.prompt),
          num(t.completion),
          `${wall(b.agentic)}, snapshot ${ms(m(b.agentic, (v) => v.snapshotMs))}`,
        ],
        [
          '(c) tools and the second look (the default)',
          num(lookOne.planned),
          num(c.http),
          num(c.calls),
          num(c.prompt),
          num(c.completion),
          wall(b.looked),
        ],
        [
          '(b) ÷ (a)',
          '',
          ratio(t.http, a.http),
          '',
          ratio(t.prompt, a.prompt),
          ratio(t.completion, a.completion),
          ratio(t.wall, a.wall),
        ],
        [
          '(c) ÷ (b)',
          '',
          ratio(c.http, t.http),
          '',
          ratio(c.prompt, t.prompt),
          ratio(c.completion, t.completion),
          ratio(c.wall, t.wall),
        ],
      ],
    ),
    '',
    `${b.label}, ${num(b.files)} files changed; a deep review (effort xhigh, max-tokens ${num(one.maxTokens)}) through ` +
      '`reviewPullRequest` and the real model client against the fake model API. The tools read a ' +
      `snapshot of the head version (${num(one.snapshotFiles)} files, unpacked from its npm tarball with ` +
      "the action's caps; its time is part of (b)'s wall time). The fake agent calls 3–6 tools per " +
      'request (read_file around an added line, search, find_symbol, list_directory), chosen from the ' +
      "request's diff, one per turn, then answers with the same findings as in (a); it checks that every " +
      "result is in the next turn's messages (read_file's with the added line it read). Calls per " +
      `request, made / wanted: ${one.conversations.map((c) => `${c.made} / ${c.planned}`).join(', ')}` +
      (one.requestsWithoutToolCalls > 0
        ? `; ${one.requestsWithoutToolCalls} request(s) got no tool turn: planned up to the prompt limit, they leave no room for one.`
        : '.') +
      ` In (c) the second look checked ${num(lookOne.checked)} major findings (one read_file per request, then the verdicts: every other one refuted), and ${num(lookOne.refuted)} were refuted; ${num(lookOne.posted)} findings were posted against ${num(one.posted)} in (b).`,
    '',
  ];
}
