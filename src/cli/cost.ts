import type { ReviewPlan } from '../plan.ts';

/** USD per million tokens. */
export interface Prices {
  input: number;
  output: number;
}

// OpenAI's list price for gpt-5.3-codex (input, output); vtrix and other providers may differ.
export const DEFAULT_PRICES: Prices = { input: 1.75, output: 14 };

export interface Cost {
  prices: Prices;
  input: number;
  /** If every answer used all of max-tokens (reasoning included). */
  outputAtMost: number;
}

/** What a plan's requests would cost at `prices`: the prompts as counted, the answers at their cap. */
export function estimateCost(plan: ReviewPlan, s: { maxTokens: number }, prices: Prices): Cost {
  const prompt = plan.requests.reduce((n, r) => n + r.promptTokens, 0);
  return {
    prices,
    input: (prompt * prices.input) / 1e6,
    outputAtMost: (plan.requests.length * s.maxTokens * prices.output) / 1e6,
  };
}

/** Dollars, with more digits for amounts under a cent (a small plan costs fractions of one). */
export const usd = (n: number): string => `$${n < 0.01 && n > 0 ? n.toFixed(4) : n.toFixed(2)}`;
