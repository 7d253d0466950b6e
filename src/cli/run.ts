import type { PullRequest } from '../types.ts';
import { writeFileSync } from 'node:fs';
import { secondLookEnabled, toolsEnabled, type Settings } from '../settings.ts';
import type { RequestTools } from '../pipeline.ts';
import type { FileDiff } from '../diff/types.ts';
import { VERSION } from '../version.ts';
import { registerSecret } from '../review/sanitize.ts';
import {
  inFlagTerms,
  outputOptions,
  parseFlags,
  settingsFromFlags,
  usageProblem,
  type Flags,
  type OutputOptions,
} from './args.ts';
import { USAGE } from './usage.ts';
import { localPullRequest, readSource, type Source } from './git.ts';
import { headReader, imageReader, repoReader } from './repo-reader.ts';
import { estimateCost } from './cost.ts';
import { isTty, ProgressLine, stderrLog, type Log, type Out } from './progress.ts';
import { reportedFindings, type ReportMeta } from './format/findings.ts';
import { tally } from '../findings/verdict.ts';
import { inert, planReport, reviewReport } from './format/report.ts';
import { painter, terminalText, type Paint } from './format/terminal.ts';

/** The command-line entry. Returns the exit code. */
export async function runCli(
  argv: string[],
  out: Out = process.stdout,
  err: Out = process.stderr,
): Promise<number> {
  let v: Flags;
  try {
    // `vtrix-review describe …` is `vtrix-review --describe …`: the action input's name as a command.
    v = parseFlags(argv[0] === 'describe' ? ['--describe', ...argv.slice(1)] : argv);
  } catch (e) {
    err.write(`vtrix-review: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (v.version) {
    out.write(`vtrix-review ${VERSION}\n`);
    return 0;
  }
  if (v.help) {
    out.write(USAGE + '\n');
    return 0;
  }
  const problem = usageProblem(v);
  if (problem) {
    err.write(`vtrix-review: ${problem}\n`);
    return 2;
  }
  const apiKey = process.env['VTRIX_API_KEY'] ?? '';
  // Kept out of every report, as the action keeps it out of what it posts.
  registerSecret(apiKey);
  const dryRun = v['dry-run'] === true || apiKey === '';
  if (v.describe === true && dryRun) {
    err.write('vtrix-review: --describe needs a review, and VTRIX_API_KEY is not set: set it to review\n');
    return 2;
  }
  let opts: OutputOptions;
  try {
    opts = outputOptions(v, dryRun);
  } catch (e) {
    err.write(`vtrix-review: ${(e as Error).message}\n`);
    return 2;
  }
  const noColor = Boolean(process.env['NO_COLOR']);
  const paint = painter(opts.output === null && opts.format === 'text' && isTty(out) && !noColor);
  const errPaint = painter(isTty(err) && !noColor);
  const io: Io = { out, err, errPaint, opts };
  if (v.diagram === true && !opts.describe)
    err.write(
      errPaint.dim('--diagram has no effect without --describe (the diagram goes in its section).\n'),
    );

  const stages = await loadPipeline();
  try {
    const log = stderrLog(err, errPaint);
    const { settings, source } = await readConfiguredSettings(v, apiKey, log, stages);
    const files = stages.parseDiff(source.diff);
    const pr = localPullRequest(source, v.title, files.length);
    const meta: ReportMeta = {
      version: VERSION,
      source: source.label,
      model: settings.model,
      effort: settings.reasoningEffort,
      ...(source.root ? { root: source.root } : {}),
    };
    if (dryRun) {
      if (apiKey === '' && v['dry-run'] !== true)
        err.write(errPaint.dim('VTRIX_API_KEY is not set: showing the plan only (dry run).\n'));
      // Planned as the review would send it: with the tools' definitions and room when they are on.
      const count = stages.createTokenCounter();
      const definitions =
        toolsEnabled(settings, settings.reasoningEffort === 'xhigh') && source.root
          ? (await import('../tools/definitions.ts')).TOOL_DEFINITIONS
          : undefined;
      // And with the changed images it would send, read from git: no model request.
      const readImage = images(io, settings, source, files, stages);
      const planned = await stages.plannedOptions(
        { ...settings, ...(readImage ? { readImage } : {}) },
        definitions,
        files,
        count,
        log,
      );
      const plan = stages.planReview(pr, files, planned, count);
      const cost = estimateCost(plan, settings, opts.prices);
      emit(io, planReport(opts.format, plan, files, settings, meta, paint, cost));
      return 0;
    }
    return await review(io, stages, settings, source, pr, files, meta, paint);
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    err.write(`vtrix-review: ${terminalText(inFlagTerms(msg))}\n`);
    return 1;
  }
}

/** Where the report and the messages go. */
interface Io {
  out: Out;
  err: Out;
  errPaint: Paint;
  opts: OutputOptions;
}

/**
 * The pipeline (tokenizer, model client) loads only when a review is set up: `--help` and usage errors
 * stay instant.
 */
async function loadPipeline() {
  const [
    { parseDiff },
    { countTokens, createTokenCounter },
    { planReview },
    { reviewPullRequest, plannedOptions },
    { imageCandidates },
    { createModelClient },
    { withRepoConfig },
    { DEFAULT_CONFIG_PATH, INSTRUCTION_FILES },
    { gate },
  ] = await Promise.all([
    import('../diff/parse.ts'),
    import('../chunk/tokens.ts'),
    import('../plan.ts'),
    import('../pipeline.ts'),
    import('../images/select.ts'),
    import('../model/client.ts'),
    import('../config/load.ts'),
    import('../config/config.ts'),
    import('../findings/gate.ts'),
  ]);
  return {
    parseDiff,
    countTokens,
    createTokenCounter,
    planReview,
    reviewPullRequest,
    plannedOptions,
    imageCandidates,
    createModelClient,
    withRepoConfig,
    DEFAULT_CONFIG_PATH,
    INSTRUCTION_FILES,
    gate,
  };
}

type Pipeline = Awaited<ReturnType<typeof loadPipeline>>;

/** The flags over the repository's configuration file, read as the action reads them. */
async function readConfiguredSettings(
  v: Flags,
  apiKey: string,
  log: Log,
  stages: Pipeline,
): Promise<{ settings: Settings; source: Source }> {
  const given = settingsFromFlags(v, apiKey);
  const source = readSource(v);
  const repo = repoReader(source, v.config, v['repo-config-from-worktree'] === true, {
    config: stages.DEFAULT_CONFIG_PATH,
    instructions: stages.INSTRUCTION_FILES,
  });
  if (repo.notice) log.info(repo.notice);
  const settings = await stages.withRepoConfig(
    v.config === undefined ? given : { ...given, config: v.config },
    repo.read,
    repo.where,
    {
      keepEffort: false,
      count: stages.countTokens,
      log,
      trusted: repo.trusted,
      ...(v.config !== undefined ? { configWhere: repo.configWhere } : {}),
    },
  );
  return { settings, source };
}

/** The review against the model, its report, and the exit code (`--fail-on`: 3). */
async function review(
  io: Io,
  stages: Pipeline,
  settings: Settings,
  source: Source,
  pr: PullRequest,
  files: FileDiff[],
  meta: ReportMeta,
  paint: Paint,
): Promise<number> {
  const progress = new ProgressLine(io.err, io.errPaint);
  const readFile = headReader(source);
  const readImage = images(io, settings, source, files, stages);
  const tools = await openCliTools(io, settings, source, files, stages);
  const deep = settings.reasoningEffort === 'xhigh';
  const model = stages.createModelClient(settings, stages.countTokens);
  const result = await stages.reviewPullRequest(
    pr,
    files,
    [],
    {
      ...settings,
      deep,
      runUrl: null,
      // Never a link's target.
      ...(readFile ? { readFile } : {}),
      ...(readImage ? { readImage } : {}),
      ...(tools ? { tools } : {}),
      ...(secondLookEnabled(settings, deep) ? { verify: { ask: model.ask } } : {}),
      // Asked for only when the section is printed: other runs send the smaller schema.
      askDiagram: io.opts.describe && settings.diagram,
    },
    model.call,
    stages.createTokenCounter(),
    {
      info: (m) => progress.info(m),
      warning: (m) => progress.warning(m),
      request: (r, planned) => progress.request(r, planned),
    },
  );
  progress.done();
  if (io.opts.describe) {
    const { describeFacts, describeSection } = await import('../review/describe.ts');
    const section = describeSection(describeFacts(result, pr.headSha));
    emit(io, `${section}\n`, 'markdown');
  } else emit(io, reviewReport(io.opts.format, result, files, meta, paint));
  if (result.requests > 0 && result.summaries.length === 0) return 1;
  const { failOn } = io.opts;
  const g = stages.gate(tally(reportedFindings(result)), failOn);
  if (g.blocking > 0) {
    io.err.write(
      `vtrix-review: ${g.blocking} finding${g.blocking === 1 ? '' : 's'} at or above --fail-on ${failOn}.\n`,
    );
    return 3;
  }
  return 0;
}

/**
 * How the changed images are read (see imageReader): null when none is to be, and said so when a diff
 * file changes images, which it holds no bytes of.
 */
function images(io: Io, settings: Settings, source: Source, files: FileDiff[], stages: Pipeline) {
  const read = imageReader(source);
  if (!read && settings.maxImageBytes > 0 && stages.imageCandidates(files, settings).length > 0)
    io.err.write(
      io.errPaint.dim(
        'Images are not reviewed: a diff file has no commits to read them at. Review a git range (--base) to send them.\n',
      ),
    );
  return read;
}

/**
 * The repository tools for a local review: the git objects at `--head` (never the working tree), at
 * `--reasoning-effort xhigh` or with `--repository-tools always`. None for a bare diff file.
 */
async function openCliTools(
  io: Io,
  settings: Settings,
  source: Source,
  files: FileDiff[],
  stages: Pipeline,
): Promise<RequestTools | null> {
  if (!toolsEnabled(settings, settings.reasoningEffort === 'xhigh')) return null;
  if (!source.root) {
    io.err.write(io.errPaint.dim('Repository tools are off: a diff file has no repository to read.\n'));
    return null;
  }
  const [{ gitBaseFiles, gitFileHistory, gitRepository }, { createToolBox }, { MAX_HISTORY_COMMITS }] =
    await Promise.all([
      import('../repo/git.ts'),
      import('../tools/toolbox.ts'),
      import('../tools/definitions.ts'),
    ]);
  const root = source.root;
  const repo = await gitRepository(root, source.headSha, { maxFileBytes: 1024 * 1024 });
  const box = createToolBox({
    repo,
    files,
    // The merge base the diff starts from, as the action reads the pull request's base commit.
    base: gitBaseFiles(root, source.baseSha, { maxFileBytes: 1024 * 1024 }),
    history: (path) => gitFileHistory(root, source.headSha, path, MAX_HISTORY_COMMITS),
    maxResultTokens: settings.maxToolResultTokens,
    count: stages.countTokens,
  });
  io.err.write(
    io.errPaint.dim(
      `Repository tools on: git objects at ${source.headSha.slice(0, 7)}, at most ${settings.maxToolCalls} calls per request.\n`,
    ),
  );
  return { box, maxCalls: settings.maxToolCalls };
}

/** The report to standard output, or to `--output FILE`. */
function emit(io: Io, report: string, format = io.opts.format): void {
  const text = inert(format, report);
  const file = io.opts.output;
  if (file === null) {
    io.out.write(text);
    return;
  }
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new Error(`cannot write the report to '${file}': ${(e as Error).message}`, { cause: e });
  }
  io.err.write(io.errPaint.dim(`Wrote ${format} report to ${file}\n`));
}
