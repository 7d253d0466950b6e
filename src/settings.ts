import { EventError } from './event/pull-request.ts';
import { globCostProblem } from './filter/glob.ts';
import { parsePullRequestRef } from './event/trigger.ts';
import { EFFORTS, NO_GUIDANCE, SEVERITIES, type Effort, type Guidance, type Severity } from './types.ts';

export { EFFORTS, type Effort } from './types.ts';

/** Everything a run needs, read and validated once from the action inputs (or CLI flags). */
export interface Settings {
  apiKey: string;
  baseUrl: string;
  model: string;
  reasoningEffort: Effort;
  maxTokens: number;
  contextWindow: number;
  githubToken: string;
  exclude: string[];
  include: string[];
  instructions: string;
  maxComments: number;
  minSeverity: Severity;
  dryRun: boolean;
  concurrency: number;
  requestTimeoutMs: number;
  /** `max-tokens` was given; otherwise `maxTokens` follows the effort (see DEFAULT_MAX_TOKENS). */
  maxTokensExplicit: boolean;
  /** Stream responses: 'auto' streams the long (high, xhigh) requests. */
  stream: 'auto' | 'true' | 'false';
  /** `pull-request` input: a number or PR URL; empty when the event names the PR. */
  pullRequest: string;
  reviewDrafts: boolean;
  reviewBots: boolean;
  deepReviewLabel: string;
  deepReviewEffort: Effort;
  /** Review only the commits since the last review on automatic runs. */
  incremental: boolean;
  /** Run-level budget: most model requests / prompt tokens one run may use; 0 = no cap. */
  maxRequests: number;
  maxPromptTokens: number;
  /** `config` input: the repository configuration file on the base branch; '' = the default path. */
  config: string;
  /** Language, path instructions and instruction files: from the repository, once it is read. */
  guidance: Guidance;
  /** Inputs the repository configuration file may set that the workflow set (see CONFIG_INPUT_DEFAULTS). */
  setInputs: string[];
  /** Fail the step when open findings at or above this severity remain; 'none' never fails. */
  failOn: Severity | 'none';
  /** Add the full text of small changed files to requests that have room for it. */
  fullFileContext: boolean;
}

/**
 * action.yml's defaults of the inputs the configuration file can also set. @actions/core cannot tell a
 * default from a value the workflow wrote, so an input counts as set when it differs from its default
 * (a test checks these agree with action.yml).
 */
export const CONFIG_INPUT_DEFAULTS: Record<string, string> = {
  instructions: '',
  exclude: '',
  include: '',
  'min-severity': 'minor',
  'max-comments': '20',
  'reasoning-effort': 'medium',
};

/** The inputs among CONFIG_INPUT_DEFAULTS given a value other than their default. */
export function inputsSet(get: (name: string) => string): string[] {
  const norm = (v: string): string => {
    const t = v.trim().toLowerCase();
    return /^\d+(?:_\d+)*$/.test(t) ? String(Number(t.replace(/_/g, ''))) : t;
  };
  return Object.entries(CONFIG_INPUT_DEFAULTS)
    .filter(([name, dflt]) => get(name).trim() !== '' && norm(get(name)) !== norm(dflt))
    .map(([name]) => name);
}

/**
 * Output budget by effort when `max-tokens` is not set: reasoning tokens count against `max_tokens`,
 * and higher effort reasons longer before it answers.
 */
export const DEFAULT_MAX_TOKENS: Record<Effort, number> = {
  low: 16_000,
  medium: 32_000,
  high: 64_000,
  xhigh: 96_000,
};

/** The default output budget, at most a quarter of the context window (the rest is for the diff). */
export function defaultMaxTokens(effort: Effort, contextWindow: number): number {
  return Math.min(DEFAULT_MAX_TOKENS[effort], Math.floor(contextWindow / 4));
}

/** The settings for a run at `effort`: the output budget follows unless `max-tokens` was set. */
export function withEffort(s: Settings, effort: Effort): Settings {
  return {
    ...s,
    reasoningEffort: effort,
    maxTokens: s.maxTokensExplicit ? s.maxTokens : defaultMaxTokens(effort, s.contextWindow),
  };
}

/** Whether a request at this effort streams its answer. */
export function streams(s: Settings): boolean {
  return (
    s.stream === 'true' ||
    (s.stream === 'auto' && (s.reasoningEffort === 'high' || s.reasoningEffort === 'xhigh'))
  );
}

/** Output cap of the default model; the API refuses larger `max_tokens`. */
export const MAX_OUTPUT_TOKENS = 128_000;

export class InputError extends Error {
  override name = 'InputError';
}

type GetInput = (name: string) => string;

/** GitHub's boolean inputs follow the YAML 1.2 core schema, as `core.getBooleanInput` does. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/** Common spellings of the enum values, so the error can name the one meant. */
const SYNONYMS: Record<string, string> = {
  none: 'low',
  minimal: 'low',
  min: 'low',
  med: 'medium',
  normal: 'medium',
  default: 'medium',
  max: 'xhigh',
  maximum: 'xhigh',
  highest: 'xhigh',
  extrahigh: 'xhigh',
  veryhigh: 'xhigh',
  blocker: 'critical',
  fatal: 'critical',
  error: 'major',
  warning: 'minor',
  warn: 'minor',
  info: 'nit',
  trivial: 'nit',
  style: 'nit',
  nits: 'nit',
  yes: 'true',
  on: 'true',
  '1': 'true',
  no: 'false',
  off: 'false',
  '0': 'false',
};

/** The allowed value a mistyped one most likely meant, or null. */
export function closest(raw: string, allowed: readonly string[]): string | null {
  const norm = raw.toLowerCase().replace(/[\s_-]+/g, '');
  const syn = SYNONYMS[norm];
  if (syn !== undefined && allowed.includes(syn)) return syn;
  let best: string | null = null;
  let bestDistance = 3;
  for (const a of allowed) {
    const d = editDistance(norm, a);
    if (d < bestDistance && d < a.length) [best, bestDistance] = [a, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** A value as an error message quotes it: one line, and short even when the input was a megabyte. */
function show(v: string): string {
  const one = v.replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

/**
 * Least `context-window`. The review instructions alone take about 1000 tokens; whether a window leaves
 * room for the diff is checked when the requests are planned.
 */
export const MIN_CONTEXT_WINDOW = 1_000;

/** GitHub refuses label names longer than this. */
const MAX_LABEL_LENGTH = 50;

/** `instructions` go into every request; past this they crowd out the diff and multiply the cost. */
export const MAX_INSTRUCTIONS_CHARS = 32_000;

/** Hints for numbers outside their range, by input: what the number means and what to write instead. */
const NUMBER_HINTS: Record<string, (n: number) => string | null> = {
  'max-tokens': (n) =>
    n === 0
      ? 'Leave it empty to size the output budget by reasoning effort.'
      : n > MAX_OUTPUT_TOKENS
        ? `The API accepts at most ${MAX_OUTPUT_TOKENS} output tokens per request.`
        : null,
  'context-window': (n) =>
    n < MIN_CONTEXT_WINDOW
      ? `It counts tokens, not thousands of tokens: a ${n}k window is ${n * 1000}.`
      : null,
  'request-timeout': (n) =>
    n > 7200 && n / 1000 >= 10 && n / 1000 <= 7200
      ? `It is in seconds, not milliseconds: use ${Math.round(n / 1000)}.`
      : null,
};

/**
 * Reads and validates every input. All problems are reported together, each naming the input, what is
 * wrong and what to write instead, so one failed run is enough to fix a workflow. Secrets are never
 * quoted back.
 */
export function readSettings(get: GetInput, opts: { requireApiKey: boolean }): Settings {
  const errors: string[] = [];
  const str = (name: string, fallback: string): string => get(name).trim() || fallback;

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name).trim();
    if (raw === '') return fallback;
    const range = `Input '${name}' must be a whole number from ${min} to ${max}`;
    // Digits only (with `_` separators): no signs, decimals, exponents, hex or units.
    if (!/^\d+(?:_\d+)*$/.test(raw)) {
      const unit = /^(\d+(?:\.\d+)?)\s*([kKmM])$/.exec(raw);
      const hint = unit
        ? ` Write it out in full: ${Math.round(Number(unit[1]) * (/k/i.test(unit[2]!) ? 1e3 : 1e6))}.`
        : /^-\d/.test(raw) && (name === 'max-requests' || name === 'max-prompt-tokens')
          ? ' Use 0 for no cap.'
          : /^\d+s$/i.test(raw)
            ? ` Write the number of seconds alone: ${raw.slice(0, -1)}.`
            : '';
      errors.push(`${range}; got '${show(raw)}'.${hint}`);
      return fallback;
    }
    const n = Number(raw.replace(/_/g, ''));
    if (n < min || n > max) {
      const hint = NUMBER_HINTS[name]?.(n);
      errors.push(`${range}; got '${show(raw)}'.${hint ? ` ${hint}` : ''}`);
      return fallback;
    }
    return n;
  };

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = get(name).trim();
    if (raw === '') return fallback;
    const lower = raw.toLowerCase();
    if (!(allowed as readonly string[]).includes(lower)) {
      const guess = closest(raw, allowed);
      errors.push(
        `Input '${name}' must be one of ${allowed.join(', ')}; got '${show(raw)}'.${guess ? ` Did you mean '${guess}'?` : ''}`,
      );
      return fallback;
    }
    return lower as T;
  };

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = get(name).trim();
    if (raw === '') return fallback;
    if (TRUE_VALUES.includes(raw)) return true;
    if (FALSE_VALUES.includes(raw)) return false;
    const guess = closest(raw, ['true', 'false']);
    errors.push(
      `Input '${name}' must be 'true' or 'false' (YAML 1.2 booleans: true, True, TRUE, false, False, FALSE); got '${show(raw)}'.${guess ? ` Use '${guess}'.` : ''}`,
    );
    return fallback;
  };

  /** Tokens and keys: one word. Never quoted back, even in part. */
  const secret = (name: string): string => {
    const v = get(name).trim();
    if (/^bearer\s/i.test(v)) {
      errors.push(`Input '${name}' must be the bare key: remove the 'Bearer ' prefix.`);
    } else if (/\s/.test(v)) {
      errors.push(
        `Input '${name}' contains whitespace or a line break; a key or token is one word. Check the secret's value (a stray newline or space is the usual cause).`,
      );
    }
    return v;
  };

  const apiKey = secret('api-key');
  if (opts.requireApiKey && apiKey === '') {
    errors.push(
      "Input 'api-key' is required: add `api-key: ${{ secrets.VTRIX_API_KEY }}` to the step's `with:` and store the key as a repository secret (Settings → Secrets and variables → Actions).",
    );
  }

  const baseUrlGiven = str('base-url', 'https://cloud.vtrix.ai/llm');
  const baseUrl = baseUrlGiven.replace(/\/+$/, '');
  const urlError = baseUrlError(baseUrlGiven);
  if (urlError) errors.push(urlError);

  const model = str('model', 'vtrix-gpt-5.3-codex');
  if (/\s/.test(model) || model.length > 200) {
    errors.push(
      `Input 'model' must be a model id as the provider names it (e.g. vtrix-gpt-5.3-codex): one word of at most 200 characters; got '${show(model)}'.`,
    );
  }

  const reasoningEffort = oneOf('reasoning-effort', EFFORTS, 'medium');
  const maxTokensExplicit = get('max-tokens').trim() !== '';
  const contextWindow = int('context-window', 400_000, MIN_CONTEXT_WINDOW, 10_000_000);
  const maxTokens = int('max-tokens', defaultMaxTokens(reasoningEffort, contextWindow), 1, MAX_OUTPUT_TOKENS);
  if (contextWindow - maxTokens < 1_000) {
    errors.push(
      `Input 'context-window' (${contextWindow}) must exceed 'max-tokens' (${maxTokens}) by at least 1000 tokens, to leave room for the prompt and the diff.`,
    );
  }

  const instructions = get('instructions').trim();
  if (instructions.length > MAX_INSTRUCTIONS_CHARS) {
    errors.push(
      `Input 'instructions' is ${instructions.length} characters long; keep it under ${MAX_INSTRUCTIONS_CHARS}: it is sent with every model request, so long guidance crowds out the diff and multiplies the cost.`,
    );
  }

  const deepReviewLabel = get('deep-review-label').trim() || 'deep-review';
  if (deepReviewLabel.length > MAX_LABEL_LENGTH || /[\r\n]/.test(deepReviewLabel)) {
    errors.push(
      `Input 'deep-review-label' must be a GitHub label name: one line of at most ${MAX_LABEL_LENGTH} characters; got '${show(deepReviewLabel)}'.`,
    );
  }

  const pullRequest = get('pull-request').trim();
  const prError = pullRequest === '' ? null : pullRequestError(pullRequest);
  if (prError) errors.push(prError);

  const settings: Settings = {
    apiKey,
    baseUrl,
    model,
    reasoningEffort,
    maxTokens,
    maxTokensExplicit,
    contextWindow,
    githubToken: secret('github-token'),
    exclude: globs('exclude', get('exclude'), errors),
    include: globs('include', get('include'), errors),
    instructions,
    maxComments: int('max-comments', 20, 0, 1000),
    minSeverity: oneOf('min-severity', SEVERITIES, 'minor'),
    dryRun: bool('dry-run', false),
    concurrency: int('concurrency', 4, 1, 32),
    requestTimeoutMs: int('request-timeout', 1800, 10, 7200) * 1000,
    stream: oneOf('stream', ['auto', 'true', 'false'] as const, 'auto'),
    pullRequest,
    reviewDrafts: bool('review-drafts', false),
    reviewBots: bool('review-bots', false),
    deepReviewLabel,
    deepReviewEffort: oneOf('deep-review-effort', EFFORTS, 'xhigh'),
    incremental: bool('incremental', true),
    maxRequests: int('max-requests', 0, 0, 10_000),
    maxPromptTokens: int('max-prompt-tokens', 0, 0, 1_000_000_000),
    config: configPath(get('config'), errors),
    guidance: NO_GUIDANCE,
    setInputs: inputsSet(get),
    failOn: oneOf('fail-on', ['none', ...SEVERITIES] as const, 'none'),
    fullFileContext: bool('full-file-context', true),
  };
  if (errors.length > 0) throw new InputError(errors.join('\n'));
  return settings;
}

/** The `config` input: a file of the repository, as a path from its root. */
function configPath(raw: string, errors: string[]): string {
  const p = raw.trim();
  if (p === '') return '';
  const fix = p.replace(/\\/g, '/').replace(/^(?:\.?\/)+/, '');
  if (p.startsWith('/') || p.startsWith('./') || p.includes('\\')) {
    errors.push(
      `Input 'config' must be a path from the repository root with '/' separators; got '${show(p)}'. Use '${show(fix)}'.`,
    );
  } else if (p.split('/').includes('..') || /[\r\n]/.test(p) || p.endsWith('/')) {
    errors.push(
      `Input 'config' must name a file inside the repository, such as .github/vtrix-review.yml; got '${show(p)}'.`,
    );
  }
  return p;
}

/** What is wrong with a `base-url` as given, or null. */
function baseUrlError(given: string): string | null {
  const raw = given.replace(/\/+$/, '');
  const got = `got '${show(given.replace(/\/\/[^/@\s]*@/, '//***@'))}'`;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\/[^\s/]/i.test(raw)) {
    const hint = /^[\w.-]+\.[a-z]{2,}(?:[:/]|$)/i.test(raw) ? ` Add the scheme: https://${raw}.` : '';
    return `Input 'base-url' must be an http(s) URL such as https://cloud.vtrix.ai/llm; ${got}.${hint}`;
  }
  if (url.username || url.password) {
    return `Input 'base-url' must not carry credentials (user:password@); ${got}. Pass the key in 'api-key'.`;
  }
  if (/\s/.test(raw)) return `Input 'base-url' must not contain spaces; ${got}.`;
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    return `Input 'base-url' must be the API root, without a query or fragment (requests go to {base-url}/chat/completions); ${got}.`;
  }
  const endpoint = /\/(?:chat\/completions|completions|chat|responses)$/i.exec(url.pathname);
  if (endpoint) {
    const root = raw.slice(0, raw.length - endpoint[0].length);
    return `Input 'base-url' must be the API root (requests go to {base-url}/chat/completions); ${got}. Leave out '${endpoint[0]}': use '${root}'.`;
  }
  return null;
}

/** What is wrong with a `pull-request` reference, or null; the event stage resolves it later. */
function pullRequestError(raw: string): string | null {
  const ref = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(raw);
  if (ref) {
    return `Input 'pull-request' takes the PR number, not a git ref; got '${raw}'. Use '${ref[1]}' (or \${{ github.event.pull_request.number }}).`;
  }
  let n: number;
  try {
    // A placeholder repository: here only the form and the number are checked.
    const target = parsePullRequestRef(raw, 'owner/repo');
    n = 'number' in target ? target.number : 0;
  } catch (e) {
    return e instanceof EventError ? e.message.replace(`got '${raw}'`, `got '${show(raw)}'`) : String(e);
  }
  if (!Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647) {
    return `Input 'pull-request' has no valid pull request number (1 or more); got '${show(raw)}'.`;
  }
  return null;
}

/** Parses and checks `include` / `exclude`: patterns that can never match a file are errors. */
function globs(name: string, raw: string, errors: string[]): string[] {
  const list = globList(raw);
  for (const g of list) {
    const problem = globProblem(g);
    if (problem) errors.push(`Input '${name}' has the pattern '${show(g)}': ${problem}`);
  }
  return list;
}

export function globProblem(g: string): string | null {
  if (g.startsWith('!')) {
    return "'!' (negated) patterns are not supported: list the files to skip in `exclude` and, to review only some files, list them in `include`.";
  }
  // The fixes of a pattern that never matches, applied together, so the one suggested is valid itself
  // (`\win\*.ts` is both Windows-style and absolute: 'win/*.ts').
  const why: string[] = [];
  let fix = g;
  if (/\\[A-Za-z0-9_]/.test(fix)) {
    why.push("paths use '/' as the separator");
    fix = fix.replace(/\\/g, '/');
  }
  if (fix.startsWith('/')) {
    why.push('paths are relative to the repository root');
    fix = fix.replace(/^\/+/, '');
  }
  const directory = fix.endsWith('/');
  if (directory) {
    why.push('a pattern matches files, not directories');
    fix += '**';
  }
  if (why.length > 0) {
    const never = `${why.join(', and ')}, so it never matches`;
    if (fix === '') return `${never}: write a path from the repository root, such as 'src/**'.`;
    const still = globProblem(fix);
    if (still) return `${never}; written as '${fix}' it is still wrong: ${still}`;
    return `${never}: use '${fix}'${directory ? ' for the files under it' : ''}.`;
  }
  let depth = 0;
  for (let i = 0; i < g.length && depth >= 0; i++) {
    // `\{` is a literal brace.
    if (g[i] === '\\') i++;
    else if (g[i] === '{') depth++;
    else if (g[i] === '}') depth--;
  }
  if (depth !== 0) return "its '{' and '}' do not pair up, so it never matches: close every '{…}' group.";
  return globCostProblem(g);
}

/** Newline- or comma-separated globs (commas inside `{a,b}` belong to the glob); `#` starts a comment line. */
export function globList(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue;
    let depth = 0;
    let cur = '';
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}') depth = Math.max(0, depth - 1);
      if (ch === ',' && depth === 0) {
        if (cur.trim()) out.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    if (cur.trim()) out.push(cur.trim());
  }
  return out;
}
