import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_INPUT_DEFAULTS, readSettings, type Settings } from '../settings.ts';
import type { FileDiff } from '../diff/types.ts';
import type { PullRequest } from '../event/pull-request.ts';
import type { ReviewPlan } from '../plan.ts';
import type { PipelineResult, RequestRecord } from '../pipeline.ts';
import { SEVERITIES, atLeast, type Severity } from '../findings/types.ts';
import {
  codeLines,
  reportedFindings,
  toJson,
  toMarkdown,
  toSarif,
  type ReportMeta,
} from '../report/formats.ts';
import { VERSION } from '../version.ts';
import { registerSecret } from '../review/sanitize.ts';
import { inertJson, terminalText } from '../report/terminal.ts';
import { readAtCommit, readInWorktree, type RepoFile } from './repo-files.ts';

const USAGE = `Usage: vtrix-review [options]

Reviews local changes with the same pipeline as the GitHub Action and prints the review.

Source of the diff (one of):
  --diff FILE            a unified diff file ('-' reads standard input)
  --base REF             review REF...HEAD (default: the merge base with origin's default branch)
  --head REF             the last commit to review (default: HEAD)

Options (same meaning as the action inputs):
  --model ID  --base-url URL  --reasoning-effort low|medium|high|xhigh  --max-tokens N
  --context-window N  --include GLOBS  --exclude GLOBS  --instructions TEXT
  --max-comments N  --min-severity critical|major|minor|nit  --concurrency N  --request-timeout SECONDS
  --max-requests N  --max-prompt-tokens N   run budget (0: no cap)
  --config FILE          configuration file to use, read from disk as given (default:
                         .github/vtrix-review.yml of the base commit); these options override it
  --repo-config-from-worktree   with --diff (no base commit): read .github/vtrix-review.yml,
                         AGENTS.md and .github/copilot-instructions.md from the working tree, which
                         may hold the change under review (default: not read); never through a link
  --full-file-context true|false   add small changed files whole (read from git objects at --head)
                         where requests have room (default true; a git range only)
  --dry-run              print the plan (files, requests, tokens, estimated cost) without calling the model
  --title TEXT           title given to the model (default: the first commit's subject)

Output:
  --format text|markdown|json|sarif   text (default) is for the terminal, in colour when it is one;
                         sarif is for GitHub code scanning and other CI systems
  --output FILE          write the report to FILE instead of standard output
  --fail-on SEVERITY     exit with 3 when a finding at or above it is reported
                         (critical|major|minor|nit; default none)
  --price-input USD  --price-output USD   price per million tokens for the cost estimate
                         (default 1.75 and 14: OpenAI's list price for gpt-5.3-codex)
  -h, --help  --version

The API key is read from VTRIX_API_KEY. Without it, vtrix-review prints the plan (a dry run).
Progress goes to standard error. Exit codes: 0 done, 1 error, 2 bad usage, 3 findings at or
above --fail-on.`;

interface Out {
  write(s: string): void;
}

/** The command-line entry. Returns the exit code. */
export async function runCli(
  argv: string[],
  out: Out = process.stdout,
  err: Out = process.stderr,
): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    err.write(`vtrix-review: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.values.version) {
    out.write(`vtrix-review ${VERSION}\n`);
    return 0;
  }
  if (args.values.help) {
    out.write(USAGE + '\n');
    return 0;
  }
  const v = args.values;
  const problem = usageProblem(v);
  if (problem) {
    err.write(`vtrix-review: ${problem}\n`);
    return 2;
  }
  const apiKey = process.env['VTRIX_API_KEY'] ?? '';
  // Kept out of every report, as the action keeps it out of what it posts.
  registerSecret(apiKey);
  const dryRun = v['dry-run'] === true || apiKey === '';
  let opts: OutputOptions;
  try {
    opts = outputOptions(v, dryRun);
  } catch (e) {
    err.write(`vtrix-review: ${(e as Error).message}\n`);
    return 2;
  }
  const toFile = opts.output !== null;
  const color =
    !toFile &&
    opts.format === 'text' &&
    Boolean((out as { isTTY?: boolean }).isTTY) &&
    !process.env['NO_COLOR'];
  const paint = painter(color);
  const errPaint = painter(Boolean((err as { isTTY?: boolean }).isTTY) && !process.env['NO_COLOR']);
  // Log lines can carry file paths and model text: no escape sequence of theirs reaches the terminal.
  const log = {
    info: (m: string) => err.write(errPaint.dim(`${terminalText(m)}\n`)),
    warning: (m: string) => err.write(errPaint.yellow(`warning: ${terminalText(m)}\n`)),
  };

  // The pipeline (tokenizer, model client) loads only now: `--help` and usage errors stay instant.
  const [
    { parseDiff },
    { countTokens, createTokenCounter },
    { planReview },
    { reviewPullRequest },
    model,
    { withRepoConfig },
    { DEFAULT_CONFIG_PATH, INSTRUCTION_FILES },
  ] = await Promise.all([
    import('../diff/parse.ts'),
    import('../chunk/tokens.ts'),
    import('../plan.ts'),
    import('../pipeline.ts'),
    import('../model/client.ts'),
    import('../config/load.ts'),
    import('../config/config.ts'),
  ]);
  const { createModelCall, ModelConfigError } = model;
  try {
    const inputs: Record<string, string> = {
      'api-key': apiKey,
      model: v.model ?? '',
      'base-url': v['base-url'] ?? '',
      'reasoning-effort': v['reasoning-effort'] ?? '',
      'max-tokens': v['max-tokens'] ?? '',
      'context-window': v['context-window'] ?? '',
      include: v.include ?? '',
      exclude: v.exclude ?? '',
      instructions: v.instructions ?? '',
      'max-comments': v['max-comments'] ?? '',
      'min-severity': v['min-severity'] ?? '',
      concurrency: v.concurrency ?? '',
      'request-timeout': v['request-timeout'] ?? '',
      'max-requests': v['max-requests'] ?? '',
      'max-prompt-tokens': v['max-prompt-tokens'] ?? '',
      'full-file-context': v['full-file-context'] ?? '',
    };
    const given = readSettings((n) => inputs[n] ?? '', { requireApiKey: false });
    // A flag on the command line overrides the configuration file, even when it repeats the default.
    given.setInputs = Object.keys(CONFIG_INPUT_DEFAULTS).filter((n) => v[n as keyof typeof v] !== undefined);
    const source = readSource(v);
    const repo = repoReader(source, v.config, v['repo-config-from-worktree'] === true, {
      config: DEFAULT_CONFIG_PATH,
      instructions: INSTRUCTION_FILES,
    });
    if (repo.notice) log.info(repo.notice);
    const settings = await withRepoConfig(
      v.config === undefined ? given : { ...given, config: v.config },
      repo.read,
      repo.where,
      {
        keepEffort: false,
        count: countTokens,
        log,
        trusted: repo.trusted,
        ...(v.config !== undefined ? { configWhere: repo.configWhere } : {}),
      },
    );
    const files = parseDiff(source.diff);
    const pr: PullRequest = {
      owner: 'local',
      repo: source.repo,
      number: 0,
      title: v.title ?? source.title,
      body: source.body,
      headSha: source.headSha,
      baseSha: source.baseSha,
      headRef: source.headRef,
      baseRef: source.baseRef,
      draft: false,
      state: 'open',
      author: '',
      htmlUrl: '',
      changedFiles: files.length,
    };
    const meta: ReportMeta = {
      version: VERSION,
      source: source.label,
      model: settings.model,
      effort: settings.reasoningEffort,
      ...(source.root ? { root: source.root } : {}),
    };
    const emit = (report: string): void => {
      // The text format is cleaned string by string (our colours stay); the others contain no escape
      // sequence of ours, so nothing a model or PR author wrote can drive a terminal that shows them.
      const text =
        opts.format === 'text'
          ? report
          : opts.format === 'markdown'
            ? terminalText(report)
            : inertJson(report);
      if (opts.output === null) out.write(text);
      else {
        try {
          writeFileSync(opts.output, text);
        } catch (e) {
          throw new Error(`cannot write the report to '${opts.output}': ${(e as Error).message}`, {
            cause: e,
          });
        }
        err.write(errPaint.dim(`Wrote ${opts.format} report to ${opts.output}\n`));
      }
    };

    if (dryRun) {
      if (apiKey === '' && v['dry-run'] !== true)
        err.write(errPaint.dim('VTRIX_API_KEY is not set: showing the plan only (dry run).\n'));
      const plan = planReview(pr, files, settings, createTokenCounter());
      const cost = estimateCost(plan, settings, opts.prices);
      emit(
        opts.format === 'json'
          ? planJson(plan, files, settings, meta, cost)
          : renderPlan(plan, files, settings, source.label, paint, cost),
      );
      return 0;
    }

    const progress = new ProgressLine(err, errPaint);
    const result = await reviewPullRequest(
      pr,
      files,
      [],
      {
        ...settings,
        effort: settings.reasoningEffort,
        deep: false,
        runUrl: null,
        // The files as of the reviewed head commit, not the working tree; never a link's target.
        ...(source.root
          ? {
              readFile: async (path: string) => {
                const f = readAtCommit(source.root!, source.headSha, path, MAX_CONTEXT_READ_BYTES);
                return f.kind === 'file' ? f.text : null;
              },
            }
          : {}),
      },
      createModelCall(settings, countTokens),
      createTokenCounter(),
      {
        info: (m) => progress.info(m),
        warning: (m) => progress.warning(m),
        request: (r, planned) => progress.request(r, planned),
      },
    );
    progress.done();
    const report =
      opts.format === 'json'
        ? toJson(result, meta)
        : opts.format === 'sarif'
          ? toSarif(result, meta)
          : opts.format === 'markdown'
            ? toMarkdown(result, files, meta)
            : renderReview(result, files, paint);
    emit(report);
    if (result.requests > 0 && result.summaries.length === 0) return 1;
    const gate = opts.failOn;
    if (gate !== null) {
      const over = reportedFindings(result).filter((f) => atLeast(f.severity, gate));
      if (over.length > 0) {
        err.write(
          `vtrix-review: ${over.length} finding${over.length === 1 ? '' : 's'} at or above --fail-on ${gate}.\n`,
        );
        return 3;
      }
    }
    return 0;
  } catch (e) {
    const msg = e instanceof ModelConfigError ? e.message : ((e as Error).message ?? String(e));
    // Settings speak of action inputs; here they are flags.
    err.write(
      `vtrix-review: ${terminalText(msg.replace(/Input '([\w-]+)'/g, "Option '--$1'").replace(/input '([\w-]+)'/g, "option '--$1'"))}\n`,
    );
    return 1;
  }
}

type Format = 'text' | 'markdown' | 'json' | 'sarif';
const FORMATS: Format[] = ['text', 'markdown', 'json', 'sarif'];

interface OutputOptions {
  format: Format;
  output: string | null;
  failOn: Severity | null;
  prices: Prices;
}

/** USD per million tokens. */
export interface Prices {
  input: number;
  output: number;
}

// OpenAI's list price for gpt-5.3-codex (input, output); vtrix and other providers may differ.
const DEFAULT_PRICES: Prices = { input: 1.75, output: 14 };

function outputOptions(v: ReturnType<typeof parse>['values'], dryRun: boolean): OutputOptions {
  const format = (v.format ?? 'text').toLowerCase();
  if (!FORMATS.includes(format as Format))
    throw new Error(`--format must be one of ${FORMATS.join(', ')}; got '${v.format}'`);
  if (format === 'sarif' && dryRun)
    throw new Error(
      '--format sarif reports findings, and a dry run has none: set VTRIX_API_KEY to review, or use --format json for the plan',
    );
  let failOn: Severity | null = null;
  const gate = (v['fail-on'] ?? 'none').toLowerCase();
  if (gate !== 'none') {
    if (!(SEVERITIES as readonly string[]).includes(gate))
      throw new Error(`--fail-on must be none or one of ${SEVERITIES.join(', ')}; got '${v['fail-on']}'`);
    failOn = gate as Severity;
  }
  const price = (name: 'price-input' | 'price-output', dflt: number): number => {
    const raw = v[name];
    if (raw === undefined) return dflt;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < 0)
      throw new Error(`--${name} must be a price in USD per million tokens, like 1.75; got '${raw}'`);
    return n;
  };
  if (v.output === '') throw new Error('--output needs a file name');
  return {
    format: format as Format,
    output: v.output ?? null,
    failOn,
    prices: {
      input: price('price-input', DEFAULT_PRICES.input),
      output: price('price-output', DEFAULT_PRICES.output),
    },
  };
}

interface Cost {
  prices: Prices;
  input: number;
  /** If every answer used all of max-tokens (reasoning included). */
  outputAtMost: number;
}

export function estimateCost(plan: ReviewPlan, s: Pick<Settings, 'maxTokens'>, prices: Prices): Cost {
  const prompt = plan.requests.reduce((n, r) => n + r.promptTokens, 0);
  return {
    prices,
    input: (prompt * prices.input) / 1e6,
    outputAtMost: (plan.requests.length * s.maxTokens * prices.output) / 1e6,
  };
}

const usd = (n: number): string => `$${n < 0.01 && n > 0 ? n.toFixed(4) : n.toFixed(2)}`;

/** Progress on standard error: one line per request, rewritten in place on a terminal. */
class ProgressLine {
  private answered = 0;
  private total = 0;
  private prompt = 0;
  private completion = 0;
  private readonly tty: boolean;
  private readonly err: Out;
  private readonly p: Paint;
  constructor(err: Out, p: Paint) {
    this.err = err;
    this.p = p;
    this.tty = Boolean((err as { isTTY?: boolean }).isTTY);
  }
  request(r: RequestRecord, planned: number): void {
    this.answered++;
    this.total = planned;
    this.prompt += r.promptTokens;
    this.completion += r.completionTokens;
  }
  info(m: string): void {
    const status = `[${this.answered}/${this.total || '?'} requests, ${this.prompt.toLocaleString('en-US')} prompt + ${this.completion.toLocaleString('en-US')} completion tokens]`;
    const text = terminalText(m);
    if (this.tty) this.err.write(`\r\u001b[2K${this.p.dim(`${status} ${text}`)}`);
    else this.err.write(this.p.dim(`${status} ${text}\n`));
  }
  warning(m: string): void {
    if (this.tty) this.err.write('\r\u001b[2K');
    this.err.write(this.p.yellow(`warning: ${terminalText(m)}\n`));
  }
  done(): void {
    if (this.tty) this.err.write('\n');
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      diff: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      model: { type: 'string' },
      'base-url': { type: 'string' },
      'reasoning-effort': { type: 'string' },
      'max-tokens': { type: 'string' },
      'context-window': { type: 'string' },
      include: { type: 'string' },
      exclude: { type: 'string' },
      instructions: { type: 'string' },
      'max-comments': { type: 'string' },
      'min-severity': { type: 'string' },
      concurrency: { type: 'string' },
      'request-timeout': { type: 'string' },
      'max-requests': { type: 'string' },
      'max-prompt-tokens': { type: 'string' },
      config: { type: 'string' },
      'repo-config-from-worktree': { type: 'boolean' },
      'full-file-context': { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      'price-input': { type: 'string' },
      'price-output': { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}

interface Source {
  diff: string;
  label: string;
  title: string;
  body: string;
  repo: string;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  /** The repository's top-level directory, when reviewing a git range. */
  root: string | null;
}

function git(args: string[]): string {
  return execFileSync('git', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trimEnd();
}

/** The flags that name git revisions. */
const REF_FLAGS = ['base', 'head'] as const;

/**
 * Flags that make no sense together, and a ref flag's value that git would read as an option
 * (`--base=--octopus`, `--head=--output=x`): refused before git sees it. Revisions are also passed
 * after `--end-of-options`, so none is ever an option.
 */
function usageProblem(v: ReturnType<typeof parse>['values']): string | null {
  if (v['repo-config-from-worktree'] === true && v.diff === undefined)
    return '--repo-config-from-worktree goes with --diff: a git range reads the repository files from its base commit';
  for (const flag of REF_FLAGS) {
    const ref = v[flag];
    if (ref === undefined) continue;
    if (ref.trim() === '') return `--${flag} needs a branch, tag or commit, like --${flag} main`;
    if (ref.startsWith('-'))
      return `--${flag} must be a branch, tag or commit, not an option: got '${terminalText(ref)}'. Git refs cannot start with '-'; write the ref itself, like --${flag} origin/main`;
  }
  return null;
}

/** Whole-file context is for small files (see MAX_CONTEXT_LINES): a larger read is not needed. */
const MAX_CONTEXT_READ_BYTES = 4 << 20;
/** Configuration and instruction files: withRepoConfig bounds them further. */
const MAX_REPO_FILE_BYTES = 4 << 20;

function readSource(v: ReturnType<typeof parse>['values']): Source {
  if (v.diff !== undefined) {
    if (v.base !== undefined || v.head !== undefined)
      throw new Error('use either --diff or --base/--head, not both');
    let diff: string;
    try {
      diff = readFileSync(v.diff === '-' ? 0 : v.diff, 'utf8');
    } catch (e) {
      throw new Error(`cannot read the diff file '${v.diff}': ${(e as Error).message}`, { cause: e });
    }
    const name = v.diff === '-' ? 'standard input' : v.diff;
    return {
      diff,
      label: name,
      title: `Changes in ${name}`,
      body: '',
      repo: 'local',
      headSha: '0'.repeat(40),
      baseSha: '0'.repeat(40),
      headRef: '',
      baseRef: '',
      root: null,
    };
  }
  try {
    git(['rev-parse', '--git-dir']);
  } catch (e) {
    throw new Error('not inside a git repository: run it in one, or pass --diff FILE', { cause: e });
  }
  const head = v.head ?? 'HEAD';
  const baseRef = v.base ?? defaultBase();
  let baseSha: string;
  let headSha: string;
  try {
    headSha = git(['rev-parse', '--verify', '--end-of-options', `${head}^{commit}`]);
    baseSha = git(['merge-base', '--end-of-options', baseRef, headSha]);
  } catch (e) {
    throw new Error(
      `cannot resolve the range ${baseRef}...${head}: ${((e as { stderr?: string }).stderr ?? (e as Error).message).trim()}`,
      { cause: e },
    );
  }
  const diff =
    git([
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--find-renames',
      '--end-of-options',
      baseSha,
      headSha,
      '--',
    ]) + '\n';
  const log = git([
    'log',
    '--format=%s%n%n%b',
    '--reverse',
    '--end-of-options',
    `${baseSha}..${headSha}`,
    '--',
  ]);
  const title = log.split('\n')[0] || `Changes since ${baseRef}`;
  const top = git(['rev-parse', '--show-toplevel']);
  return {
    diff,
    label: `${baseRef}...${head} (${baseSha.slice(0, 7)}..${headSha.slice(0, 7)})`,
    title,
    body: log,
    repo: top.split('/').pop() ?? 'local',
    headSha,
    baseSha,
    headRef: head,
    baseRef,
    root: top,
  };
}

interface RepoReader {
  read: (path: string) => Promise<string | null>;
  /** Where the configuration and instruction files come from, for the log. */
  where: string;
  /** Where the `--config` file comes from. */
  configWhere: string;
  /** False when a pull request could have written them (the working tree). */
  trusted: boolean;
  /** Said once before reading, when the files are deliberately not read. */
  notice: string | null;
}

/** A file that is there but was not read is a notice in the log (withRepoConfig words it). */
function textOf(f: RepoFile): string | null {
  if (f.kind === 'file') return f.text;
  if (f.kind === 'missing') return null;
  throw new Error(`${f.why}; skipped`);
}

/**
 * Reads the repository's files as the action does: from the base commit of a range (git objects, so
 * a committed symbolic link is never followed). A diff file has no base commit, and the working tree
 * may hold the very change under review, so its files are read only with --repo-config-from-worktree,
 * and never through a link. `--config FILE` is read from disk as given, but a file inside the
 * repository only without links, like the working tree's.
 */
function repoReader(
  source: Source,
  configFlag: string | undefined,
  fromWorktree: boolean,
  files: { config: string; instructions: readonly string[] },
): RepoReader {
  let top: string | null | undefined;
  const worktree = (): string | null => {
    if (top === undefined) {
      try {
        top = realpathSync(source.root ?? git(['rev-parse', '--show-toplevel']));
      } catch {
        top = null;
      }
    }
    return top;
  };
  const fromConfigFlag = (file: string): string => {
    const abs = resolve(file);
    const root = worktree() ?? (fromWorktree ? realpathSync(process.cwd()) : null);
    let f: RepoFile;
    if (root !== null && abs.startsWith(root + sep)) {
      f = readInWorktree(root, relative(root, abs).split(sep).join('/'), MAX_REPO_FILE_BYTES);
    } else {
      try {
        f = { kind: 'file', text: readFileSync(file, 'utf8') };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
          throw new Error(`cannot read '${file}': ${(e as Error).message}`, { cause: e });
        f = { kind: 'missing' };
      }
    }
    if (f.kind === 'missing') throw new Error(`the --config file '${file}' does not exist`);
    if (f.kind === 'skipped')
      throw new Error(
        `cannot use the --config file '${file}': ${f.why}. Name the file itself, inside the repository.`,
      );
    return f.text;
  };
  const configWhere = 'the file given with --config';

  if (source.root) {
    const root = source.root;
    const base = source.baseSha;
    return {
      read: async (path) =>
        configFlag !== undefined && path === configFlag
          ? fromConfigFlag(path)
          : textOf(readAtCommit(root, base, path, MAX_REPO_FILE_BYTES)),
      where: `the base commit ${base.slice(0, 7)}`,
      configWhere,
      trusted: true,
      notice: null,
    };
  }
  if (fromWorktree) {
    return {
      read: async (path) => {
        if (configFlag !== undefined && path === configFlag) return fromConfigFlag(path);
        return textOf(readInWorktree(worktree() ?? process.cwd(), path, MAX_REPO_FILE_BYTES));
      },
      where: 'the working tree (not a trusted revision)',
      configWhere,
      trusted: false,
      notice: null,
    };
  }
  // Only the files that are there are worth a word (lstat: nothing is read or followed).
  const here = worktree() ?? process.cwd();
  const names = [...(configFlag === undefined ? [files.config] : []), ...files.instructions].filter((f) => {
    try {
      lstatSync(join(here, f));
      return true;
    } catch {
      return false;
    }
  });
  return {
    read: async (path) => (configFlag !== undefined && path === configFlag ? fromConfigFlag(path) : null),
    where: 'the working tree',
    configWhere,
    trusted: true,
    notice:
      names.length === 0
        ? null
        : `Not reading ${names.join(', ')} from the working tree: a diff file has no base commit, and the working tree may hold the change under review. Pass --repo-config-from-worktree to use them, or review a git range (--base) to read them from its base commit.`,
  };
}

/** The branch a PR would target: origin's default branch, else main or master. */
function defaultBase(): string {
  try {
    return git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  } catch {
    for (const ref of ['origin/main', 'origin/master', 'main', 'master']) {
      try {
        git(['rev-parse', '--verify', '--quiet', '--end-of-options', ref]);
        return ref;
      } catch {
        /* try the next */
      }
    }
  }
  throw new Error('cannot find the default branch: pass --base REF');
}

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

export function painter(on: boolean): Paint {
  const c = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: c(1), dim: c(2), red: c(31), yellow: c(33), green: c(32), cyan: c(36) };
}

export function renderPlan(
  plan: ReviewPlan,
  files: FileDiff[],
  s: Settings,
  label: string,
  p: Paint,
  cost: Cost,
): string {
  // Paths and reasons come from the diff (the PR author): shown, never interpreted by the terminal.
  const t = terminalText;
  const lines = [p.bold(`Plan for ${t(label)}`), ''];
  lines.push(
    `Files: ${files.length} changed, ${plan.reviewable.length} to review, ${plan.skipped.length} skipped`,
  );
  for (const f of plan.skipped) lines.push(p.dim(`  skip ${t(f.path)}: ${t(f.reason)}`));
  lines.push('');
  const total = plan.requests.reduce((n, r) => n + r.promptTokens, 0);
  lines.push(
    `Requests: ${plan.requests.length} (model ${t(s.model)}, effort ${s.reasoningEffort}, ${plan.promptLimit.toLocaleString('en-US')} prompt tokens each at most, ${s.maxTokens.toLocaleString('en-US')} reserved for the answer)`,
  );
  plan.requests.forEach((r, i) => {
    const fill = ((100 * r.promptTokens) / plan.promptLimit).toFixed(1);
    lines.push(
      `  ${i + 1}. ${r.promptTokens.toLocaleString('en-US')} prompt tokens (${fill}% of the limit), ${r.chunk.pieces.length} file part(s)`,
    );
    for (const piece of r.chunk.pieces) {
      lines.push(
        p.dim(
          `       ${t(piece.file.path)}${piece.part ? ` (part ${piece.part.index}/${piece.part.total})` : ''}: ${piece.tokens.toLocaleString('en-US')} tokens`,
        ),
      );
    }
  });
  lines.push(
    '',
    `Total: ${total.toLocaleString('en-US')} prompt tokens in ${plan.requests.length} request(s); at most ${(plan.requests.length * s.maxTokens).toLocaleString('en-US')} completion tokens.`,
    `Estimated cost: ${usd(cost.input)} for the prompts, plus at most ${usd(cost.outputAtMost)} for the answers (at $${cost.prices.input}/M input and $${cost.prices.output}/M output tokens; set --price-input and --price-output for your provider).`,
  );
  return lines.join('\n') + '\n';
}

/** The plan as JSON (`--dry-run --format json`), for scripts and CI. */
export function planJson(
  plan: ReviewPlan,
  files: FileDiff[],
  s: Settings,
  meta: ReportMeta,
  cost: Cost,
): string {
  return (
    JSON.stringify(
      {
        schemaVersion: 1,
        tool: { name: 'vtrix-review', version: meta.version },
        source: meta.source,
        model: s.model,
        reasoningEffort: s.reasoningEffort,
        filesChanged: files.length,
        reviewedFiles: plan.reviewable.map((f) => f.path),
        notReviewed: plan.skipped.map((f) => ({ path: f.path, reason: f.reason })),
        promptLimit: plan.promptLimit,
        maxTokens: s.maxTokens,
        requests: plan.requests.map((r) => ({
          promptTokens: r.promptTokens,
          files: r.chunk.pieces.map((p) => ({
            path: p.file.path,
            part: p.part ? `${p.part.index}/${p.part.total}` : null,
            tokens: p.tokens,
          })),
        })),
        promptTokens: plan.requests.reduce((n, r) => n + r.promptTokens, 0),
        estimatedCostUsd: {
          pricesPerMillion: cost.prices,
          prompts: Number(cost.input.toFixed(6)),
          answersAtMost: Number(cost.outputAtMost.toFixed(6)),
        },
      },
      null,
      2,
    ) + '\n'
  );
}

const SEV_COLOR: Record<string, keyof Paint> = { critical: 'red', major: 'red', minor: 'yellow', nit: 'dim' };

/**
 * The review for the terminal. Every text the model or the PR author wrote goes through terminalText
 * before it is painted, so only our own colour codes reach the terminal.
 */
export function renderReview(r: PipelineResult, files: FileDiff[], p: Paint): string {
  const t = terminalText;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const lines: string[] = [];
  if (r.requests > 0) {
    const color = r.verdict.level ? SEV_COLOR[r.verdict.level]! : 'green';
    lines.push(p.bold(p[color](`Verdict: ${t(r.verdict.text)}`)), '');
  }
  for (const s of r.summaries) lines.push(t(s).trim());
  if (lines.length > 0) lines.push('');
  const items = [
    ...r.placement.inline.map((c) => ({
      f: c.finding,
      path: c.path,
      line: c.line,
      start: c.startLine,
      note: c.movedFrom ? 'nearest diff line' : '',
    })),
    ...r.placement.body.map((b) => ({
      f: b.finding,
      path: b.path,
      line: b.finding.line,
      start: b.finding.startLine,
      note: b.reason,
    })),
  ].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  let current = '';
  for (const it of items) {
    if (it.path !== current) {
      current = it.path;
      lines.push(p.bold(p.cyan(t(it.path))));
    }
    const sev = p[SEV_COLOR[it.f.severity] ?? 'dim'](it.f.severity.toUpperCase());
    const where = it.start && it.start < it.line ? `${it.start}-${it.line}` : `${it.line}`;
    lines.push(`  ${where}  ${sev}  ${p.bold(t(it.f.title))}${it.note ? p.dim(` (${t(it.note)})`) : ''}`);
    for (const code of codeLines(byPath.get(it.path), {
      side: it.f.side,
      line: it.line,
      startLine: it.start,
    }))
      lines.push(p.dim(`      ${t(code)}`));
    for (const b of t(it.f.body).split('\n')) lines.push(`    ${b}`);
    if (it.f.suggestion) {
      lines.push(p.green('    suggestion:'));
      for (const s of t(it.f.suggestion).replace(/\n$/, '').split('\n')) lines.push(p.green(`      ${s}`));
    }
    lines.push('');
  }
  const hidden = r.belowThreshold.length;
  lines.push(
    `${items.length} finding(s)${hidden ? `, ${hidden} below min-severity hidden` : ''}; ${r.plan.reviewable.length} file(s) reviewed, ${r.skipped.length} skipped${r.failed.length ? `, ${r.failed.length} failed` : ''}; ${r.requests} request(s), ${r.promptTokens} prompt + ${r.completionTokens} completion tokens.`,
  );
  return lines.join('\n') + '\n';
}
