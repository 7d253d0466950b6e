import type { ReadFile, TokenCounter, Logger } from '../types.ts';
import type { ReviewPlan } from '../plan.ts';
import { mapPool } from '../util/pool.ts';
import {
  MAX_CONTEXT_FILES,
  contextCandidates,
  packContext,
  type ContextBlock,
} from '../context/full-files.ts';

/** Concurrent reads at most: GitHub counts them against the token's rate limit. */
const CONTEXT_READS = 4;

/**
 * The whole text of small changed files, for the requests that have room for them (never an extra
 * request). A file that cannot be read is simply left out: context is an enrichment.
 */
export async function readContext(
  plan: ReviewPlan,
  o: { fullFileContext?: boolean; readFile?: ReadFile; maxPromptTokens?: number },
  count: TokenCounter,
  log: Logger,
): Promise<Map<number, ContextBlock[]>> {
  if (!o.fullFileContext || !o.readFile || plan.requests.length === 0) return new Map();
  const read = o.readFile;
  const paths = contextCandidates(plan, MAX_CONTEXT_FILES);
  if (paths.length === 0) return new Map();
  let failures = 0;
  const texts = await mapPool(paths, CONTEXT_READS, async (path) => {
    try {
      return await read(path);
    } catch {
      failures++;
      return null;
    }
  });
  const found = new Map<string, string>();
  paths.forEach((p, i) => {
    const t = texts[i];
    if (typeof t === 'string') found.set(p, t);
  });
  const planned = plan.requests.reduce((t, q) => t + q.promptTokens, 0);
  const allowance = o.maxPromptTokens ? Math.max(0, o.maxPromptTokens - planned) : Number.POSITIVE_INFINITY;
  const packed = packContext(plan, found, count, allowance);
  const added = [...packed.values()].reduce((k, b) => k + b.length, 0);
  log.info(
    `Full-file context: ${added} of ${paths.length} small changed file(s) added where requests had room${failures > 0 ? ` (${failures} could not be read)` : ''}.`,
  );
  return packed;
}
