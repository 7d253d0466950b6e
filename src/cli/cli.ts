import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readSettings, type Settings } from '../settings.ts';
import type { FileDiff } from '../diff/types.ts';
import type { PullRequest } from '../event/pull-request.ts';
import type { ReviewPlan } from '../plan.ts';
import type { PipelineResult } from '../pipeline.ts';
import type { Finding } from '../findings/types.ts';

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
  --dry-run              print the plan (files, requests, tokens) without calling the model
  --title TEXT           title given to the model (default: the first commit's subject)
  -h, --help

The API key is read from VTRIX_API_KEY. Without it, vtrix-review prints the plan (a dry run).
Exit codes: 0 done, 1 error, 2 bad usage.`;

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
  if (args.values.help) {
    out.write(USAGE + '\n');
    return 0;
  }
  const v = args.values;
  const apiKey = process.env['VTRIX_API_KEY'] ?? '';
  const dryRun = v['dry-run'] === true || apiKey === '';
  const color = Boolean((out as { isTTY?: boolean }).isTTY) && !process.env['NO_COLOR'];
  const paint = painter(color);

  // The pipeline (tokenizer, model client) loads only now: `--help` and usage errors stay instant.
  const [{ parseDiff }, { countTokens, createTokenCounter }, { planReview }, { reviewPullRequest }, model] =
    await Promise.all([
      import('../diff/parse.ts'),
      import('../chunk/tokens.ts'),
      import('../plan.ts'),
      import('../pipeline.ts'),
      import('../model/client.ts'),
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
    };
    const settings = readSettings((n) => inputs[n] ?? '', { requireApiKey: false });
    const source = readSource(v);
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

    if (dryRun) {
      if (apiKey === '' && v['dry-run'] !== true)
        out.write(paint.dim('VTRIX_API_KEY is not set: showing the plan only (dry run).\n\n'));
      const plan = planReview(pr, files, settings, createTokenCounter());
      out.write(renderPlan(plan, files, settings, source.label, paint));
      return 0;
    }

    let done = 0;
    const result = await reviewPullRequest(
      pr,
      files,
      [],
      { ...settings, effort: settings.reasoningEffort, deep: false, runUrl: null },
      createModelCall(settings, countTokens),
      createTokenCounter(),
      {
        info: (m) => {
          if (m.startsWith('Request ')) done++;
          err.write(paint.dim(`[${done}] ${m}\n`));
        },
        warning: (m) => err.write(paint.yellow(`warning: ${m}\n`)),
      },
    );
    out.write(renderReview(result, files, paint));
    return result.requests > 0 && result.summaries.length === 0 ? 1 : 0;
  } catch (e) {
    const msg = e instanceof ModelConfigError ? e.message : ((e as Error).message ?? String(e));
    // Settings speak of action inputs; here they are flags.
    err.write(`vtrix-review: ${msg.replace(/Input '([\w-]+)'/g, "Option '--$1'")}\n`);
    return 1;
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
      title: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
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
}

function git(args: string[]): string {
  return execFileSync('git', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trimEnd();
}

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
    headSha = git(['rev-parse', '--verify', `${head}^{commit}`]);
    baseSha = git(['merge-base', baseRef, headSha]);
  } catch (e) {
    throw new Error(
      `cannot resolve the range ${baseRef}...${head}: ${((e as { stderr?: string }).stderr ?? (e as Error).message).trim()}`,
      { cause: e },
    );
  }
  const diff = git(['diff', '--no-color', '--no-ext-diff', '--find-renames', baseSha, headSha]) + '\n';
  const log = git(['log', '--format=%s%n%n%b', '--reverse', `${baseSha}..${headSha}`]);
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
  };
}

/** The branch a PR would target: origin's default branch, else main or master. */
function defaultBase(): string {
  try {
    return git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  } catch {
    for (const ref of ['origin/main', 'origin/master', 'main', 'master']) {
      try {
        git(['rev-parse', '--verify', '--quiet', ref]);
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

function painter(on: boolean): Paint {
  const c = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: c(1), dim: c(2), red: c(31), yellow: c(33), green: c(32), cyan: c(36) };
}

export function renderPlan(
  plan: ReviewPlan,
  files: FileDiff[],
  s: Settings,
  label: string,
  p: Paint,
): string {
  const lines = [p.bold(`Plan for ${label}`), ''];
  lines.push(
    `Files: ${files.length} changed, ${plan.reviewable.length} to review, ${plan.skipped.length} skipped`,
  );
  for (const f of plan.skipped) lines.push(p.dim(`  skip ${f.path}: ${f.reason}`));
  lines.push('');
  const total = plan.requests.reduce((n, r) => n + r.promptTokens, 0);
  lines.push(
    `Requests: ${plan.requests.length} (model ${s.model}, effort ${s.reasoningEffort}, ${plan.promptLimit.toLocaleString('en-US')} prompt tokens each at most, ${s.maxTokens.toLocaleString('en-US')} reserved for the answer)`,
  );
  plan.requests.forEach((r, i) => {
    const fill = ((100 * r.promptTokens) / plan.promptLimit).toFixed(1);
    lines.push(
      `  ${i + 1}. ${r.promptTokens.toLocaleString('en-US')} prompt tokens (${fill}% of the limit), ${r.chunk.pieces.length} file part(s)`,
    );
    for (const piece of r.chunk.pieces) {
      lines.push(
        p.dim(
          `       ${piece.file.path}${piece.part ? ` (part ${piece.part.index}/${piece.part.total})` : ''}: ${piece.tokens.toLocaleString('en-US')} tokens`,
        ),
      );
    }
  });
  lines.push(
    '',
    `Total: ${total.toLocaleString('en-US')} prompt tokens in ${plan.requests.length} request(s); at most ${(plan.requests.length * s.maxTokens).toLocaleString('en-US')} completion tokens.`,
  );
  return lines.join('\n') + '\n';
}

const SEV_COLOR: Record<string, keyof Paint> = { critical: 'red', major: 'red', minor: 'yellow', nit: 'dim' };

export function renderReview(r: PipelineResult, files: FileDiff[], p: Paint): string {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const lines: string[] = [];
  for (const s of r.summaries) lines.push(s.trim());
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
      lines.push(p.bold(p.cyan(it.path)));
    }
    const sev = p[SEV_COLOR[it.f.severity] ?? 'dim'](it.f.severity.toUpperCase());
    const where = it.start && it.start < it.line ? `${it.start}-${it.line}` : `${it.line}`;
    lines.push(`  ${where}  ${sev}  ${p.bold(it.f.title)}${it.note ? p.dim(` (${it.note})`) : ''}`);
    for (const code of codeLines(byPath.get(it.path), it.f, it.start ?? it.line, it.line))
      lines.push(p.dim(`      ${code}`));
    for (const b of it.f.body.split('\n')) lines.push(`    ${b}`);
    if (it.f.suggestion) {
      lines.push(p.green('    suggestion:'));
      for (const s of it.f.suggestion.replace(/\n$/, '').split('\n')) lines.push(p.green(`      ${s}`));
    }
    lines.push('');
  }
  const hidden = r.belowThreshold.length;
  lines.push(
    `${items.length} finding(s)${hidden ? `, ${hidden} below min-severity hidden` : ''}; ${r.plan.reviewable.length} file(s) reviewed, ${r.skipped.length} skipped${r.failed.length ? `, ${r.failed.length} failed` : ''}; ${r.requests} request(s), ${r.promptTokens} prompt + ${r.completionTokens} completion tokens.`,
  );
  return lines.join('\n') + '\n';
}

function codeLines(file: FileDiff | undefined, f: Finding, from: number, to: number): string[] {
  if (!file) return [];
  const out: string[] = [];
  for (const h of file.hunks) {
    for (const l of h.lines) {
      const n = f.side === 'LEFT' ? l.oldLine : l.newLine;
      if (
        n !== null &&
        n >= from &&
        n <= to &&
        (f.side === 'LEFT' ? l.kind !== 'add' : l.kind !== 'delete')
      ) {
        out.push(`${n} ${l.kind === 'add' ? '+' : l.kind === 'delete' ? '-' : ' '}${l.content}`);
      }
    }
  }
  return out.slice(0, 12);
}
