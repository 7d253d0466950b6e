/**
 * What the model and its requests allow, and how the output budget follows the reasoning effort: the
 * one place these numbers are decided, for the inputs, the configuration file and the model client.
 */
import type { Effort } from '../types.ts';
import type { Settings } from './settings.ts';

/** Output cap of the default model; the API refuses larger `max_tokens`. */
export const MAX_OUTPUT_TOKENS = 128_000;

/**
 * Least `context-window`. The review instructions alone take about 1000 tokens; whether a window leaves
 * room for the diff is checked when the requests are planned.
 */
export const MIN_CONTEXT_WINDOW = 1_000;

/** `instructions` go into every request; past this they crowd out the diff and multiply the cost. */
export const MAX_INSTRUCTIONS_CHARS = 32_000;

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
