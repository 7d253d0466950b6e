import { SEVERITIES, type Severity } from '../types.ts';
import { parseArgs } from 'node:util';
import { CONFIG_INPUT_DEFAULTS, readSettings, type Settings } from '../settings.ts';
import { DEFAULT_PRICES, type Prices } from './cost.ts';
import { FORMATS, type Format } from './format/report.ts';
import { terminalText } from './format/terminal.ts';

/** The flags, as parsed; throws on an unknown flag or a missing value (a usage error). */
export function parseFlags(argv: string[]) {
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
      temperature: { type: 'string' },
      'top-p': { type: 'string' },
      'instruction-role': { type: 'string' },
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
      'repository-tools': { type: 'string' },
      'second-look': { type: 'string' },
      'max-tool-calls': { type: 'string' },
      'max-tool-result-tokens': { type: 'string' },
      'max-image-bytes': { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      'price-input': { type: 'string' },
      'price-output': { type: 'string' },
      'dry-run': { type: 'boolean' },
      describe: { type: 'boolean' },
      diagram: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  }).values;
}

export type Flags = ReturnType<typeof parseFlags>;

/** The flags that name git revisions. */
const REF_FLAGS = ['base', 'head'] as const;

/**
 * Flags that make no sense together, and a ref flag's value that git would read as an option
 * (`--base=--octopus`, `--head=--output=x`): refused before git sees it. Revisions are also passed
 * after `--end-of-options`, so none is ever an option.
 */
export function usageProblem(v: Flags): string | null {
  if (v['repo-config-from-worktree'] === true && v.diff === undefined)
    return '--repo-config-from-worktree goes with --diff: a git range reads the repository files from its base commit';
  if (v.describe === true && v.format !== undefined && v.format.toLowerCase() !== 'text')
    return `--describe prints the description section as Markdown, in place of the report: drop --format ${terminalText(v.format)}`;
  if (v.describe === true && v['dry-run'] === true)
    return '--describe prints what the review found, and a dry run sends nothing to the model: drop --dry-run';
  for (const flag of REF_FLAGS) {
    const ref = v[flag];
    if (ref === undefined) continue;
    if (ref.trim() === '') return `--${flag} needs a branch, tag or commit, like --${flag} main`;
    if (ref.startsWith('-'))
      return `--${flag} must be a branch, tag or commit, not an option: got '${terminalText(ref)}'. Git refs cannot start with '-'; write the ref itself, like --${flag} origin/main`;
  }
  return null;
}

/** Flags with the name and meaning of an action input. */
const INPUT_FLAGS = [
  'model',
  'base-url',
  'reasoning-effort',
  'max-tokens',
  'context-window',
  'temperature',
  'top-p',
  'instruction-role',
  'include',
  'exclude',
  'instructions',
  'max-comments',
  'min-severity',
  'concurrency',
  'request-timeout',
  'max-requests',
  'max-prompt-tokens',
  'full-file-context',
  'repository-tools',
  'second-look',
  'max-tool-calls',
  'max-tool-result-tokens',
  'max-image-bytes',
] as const;

/** The settings the flags give, read as the action reads its inputs (before the configuration file). */
export function settingsFromFlags(v: Flags, apiKey: string): Settings {
  const inputs: Record<string, string> = { 'api-key': apiKey };
  for (const name of INPUT_FLAGS) inputs[name] = v[name] ?? '';
  if (v.diagram === true) inputs['diagram'] = 'true';
  const given = readSettings((n) => inputs[n] ?? '', { requireApiKey: false });
  // A flag on the command line overrides the configuration file, even when it repeats the default.
  given.setInputs = Object.keys(CONFIG_INPUT_DEFAULTS).filter((n) => v[n as keyof Flags] !== undefined);
  return given;
}

/** Settings speak of action inputs; on the command line they are flags. */
export function inFlagTerms(message: string): string {
  return message.replace(/Input '([\w-]+)'/g, "Option '--$1'").replace(/input '([\w-]+)'/g, "option '--$1'");
}

export interface OutputOptions {
  format: Format;
  output: string | null;
  failOn: Severity | 'none';
  prices: Prices;
  /** `--describe`: the description section in place of the report. */
  describe: boolean;
}

/** The output flags, checked; throws with what to change. */
export function outputOptions(v: Flags, dryRun: boolean): OutputOptions {
  const format = (v.format ?? 'text').toLowerCase();
  if (!FORMATS.includes(format as Format))
    throw new Error(`--format must be one of ${FORMATS.join(', ')}; got '${v.format}'`);
  if (format === 'sarif' && dryRun)
    throw new Error(
      '--format sarif reports findings, and a dry run has none: set VTRIX_API_KEY to review, or use --format json for the plan',
    );
  const failOn = (v['fail-on'] ?? 'none').toLowerCase();
  if (failOn !== 'none' && !(SEVERITIES as readonly string[]).includes(failOn))
    throw new Error(`--fail-on must be none or one of ${SEVERITIES.join(', ')}; got '${v['fail-on']}'`);
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
    failOn: failOn as Severity | 'none',
    describe: v.describe === true,
    prices: {
      input: price('price-input', DEFAULT_PRICES.input),
      output: price('price-output', DEFAULT_PRICES.output),
    },
  };
}
