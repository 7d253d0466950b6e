import { SEVERITIES, type Severity } from './findings/types.ts';

export const EFFORTS = ['low', 'medium', 'high', 'xhigh'] as const;
export type Effort = (typeof EFFORTS)[number];

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

/**
 * Reads and validates every input. All problems are reported together, each naming the input and the
 * value to use, so one failed run is enough to fix a workflow.
 */
export function readSettings(get: GetInput, opts: { requireApiKey: boolean }): Settings {
  const errors: string[] = [];
  const str = (name: string, fallback: string): string => get(name).trim() || fallback;

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name).trim();
    if (raw === '') return fallback;
    const n = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min || n > max) {
      errors.push(`Input '${name}' must be a whole number from ${min} to ${max}; got '${raw}'.`);
      return fallback;
    }
    return n;
  };

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = get(name).trim().toLowerCase();
    if (raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      errors.push(`Input '${name}' must be one of ${allowed.join(', ')}; got '${get(name).trim()}'.`);
      return fallback;
    }
    return raw as T;
  };

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = get(name).trim().toLowerCase();
    if (raw === '') return fallback;
    if (['true', 'yes', '1', 'on'].includes(raw)) return true;
    if (['false', 'no', '0', 'off'].includes(raw)) return false;
    errors.push(`Input '${name}' must be 'true' or 'false'; got '${get(name).trim()}'.`);
    return fallback;
  };

  const apiKey = get('api-key').trim();
  if (opts.requireApiKey && apiKey === '') {
    errors.push(
      "Input 'api-key' is required: add `api-key: ${{ secrets.VTRIX_API_KEY }}` to the step's `with:` and store the key as a repository secret (Settings → Secrets and variables → Actions).",
    );
  }

  const baseUrl = str('base-url', 'https://cloud.vtrix.ai/llm').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
    errors.push(
      `Input 'base-url' must be an http(s) URL such as https://cloud.vtrix.ai/llm; got '${baseUrl}'.`,
    );
  }

  const reasoningEffort = oneOf('reasoning-effort', EFFORTS, 'medium');
  const maxTokensExplicit = get('max-tokens').trim() !== '';
  const contextWindow = int('context-window', 400_000, 1_000, 10_000_000);
  const maxTokens = int('max-tokens', defaultMaxTokens(reasoningEffort, contextWindow), 1, MAX_OUTPUT_TOKENS);
  if (contextWindow - maxTokens < 1_000) {
    errors.push(
      `Input 'context-window' (${contextWindow}) must exceed 'max-tokens' (${maxTokens}) by at least 1000 tokens, to leave room for the prompt and the diff.`,
    );
  }

  const settings: Settings = {
    apiKey,
    baseUrl,
    model: str('model', 'vtrix-gpt-5.3-codex'),
    reasoningEffort,
    maxTokens,
    maxTokensExplicit,
    contextWindow,
    githubToken: get('github-token').trim(),
    exclude: globList(get('exclude')),
    include: globList(get('include')),
    instructions: get('instructions').trim(),
    maxComments: int('max-comments', 20, 0, 1000),
    minSeverity: oneOf('min-severity', SEVERITIES, 'minor'),
    dryRun: bool('dry-run', false),
    concurrency: int('concurrency', 4, 1, 32),
    requestTimeoutMs: int('request-timeout', 1800, 10, 7200) * 1000,
    stream: oneOf('stream', ['auto', 'true', 'false'] as const, 'auto'),
    pullRequest: get('pull-request').trim(),
    reviewDrafts: bool('review-drafts', false),
    reviewBots: bool('review-bots', false),
    deepReviewLabel: get('deep-review-label').trim() || 'deep-review',
    deepReviewEffort: oneOf('deep-review-effort', EFFORTS, 'xhigh'),
    incremental: bool('incremental', true),
    maxRequests: int('max-requests', 0, 0, 10_000),
    maxPromptTokens: int('max-prompt-tokens', 0, 0, 1_000_000_000),
  };
  if (errors.length > 0) throw new InputError(errors.join('\n'));
  return settings;
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
