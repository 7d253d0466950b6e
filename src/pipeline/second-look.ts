import type { PullRequest, TokenCounter } from '../types.ts';
import type { FileDiff } from '../diff/types.ts';
import type { Placement } from '../place/place.ts';
import type { ChatMessage } from '../prompt/messages.ts';
import { ChunkError, type Ask, type ModelTools } from '../model/client.ts';
import { batches, candidates, type Candidate } from '../verify/batch.ts';
import { findingBlock, secondLookMessages } from '../verify/prompt.ts';
import { applyChecks, type LookOutcome } from '../verify/apply.ts';
import { VERIFY_ANSWER, type Check } from '../verify/schema.ts';
import { mapPool } from '../util/pool.ts';
import type { Progress, RequestRecord, RequestTools } from './requests.ts';

/** How the run asks for a second look: the model, the tools when the run has them, the budget left. */
export interface SecondLookOptions {
  ask: Ask;
  tools?: RequestTools;
  concurrency: number;
  language: string;
  /** Planned requests the run may still make (Infinity: no budget), and prompt tokens. */
  requestsLeft: number;
  promptTokensLeft: number;
}

/** The second look as the review, the summary comment and the job summary report it. */
export interface SecondLook extends LookOutcome {
  /** Critical and major findings that were about to be posted. */
  candidates: number;
  withTools: boolean;
  requests: number;
  promptTokens: number;
  completionTokens: number;
  /** Why some candidates were not checked (a failed request, the run's budget), for the log and summary. */
  notes: string[];
}

interface Batch {
  candidates: Candidate[];
  messages: ChatMessage[];
  promptTokens: number;
}

/**
 * Sends the critical and major findings about to be posted back to the model, in batches, with the
 * code they cite and the run's tools; applies its verdicts (verify/apply.ts). A batch that fails, or
 * that the run's budget has no room for, leaves its findings as they were: a second look can take a
 * finding out of the review, never lose one.
 */
export async function secondLook(
  pr: PullRequest,
  placement: Placement,
  files: FileDiff[],
  o: SecondLookOptions,
  count: TokenCounter,
  log: Progress,
): Promise<{ look: SecondLook; records: RequestRecord[] }> {
  const list = candidates(placement);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const withTools = o.tools !== undefined;
  const definitionTokens = o.tools ? count(JSON.stringify(o.tools.box.definitions)) : 0;
  const all: Batch[] = batches(list, (c) => findingBlock(c, byPath.get(c.path)), count).map((b) => {
    const messages = secondLookMessages(pr, b.candidates, byPath, {
      tools: withTools,
      language: o.language,
    });
    const promptTokens = messages.reduce((n, m) => n + count(m.content), 0) + definitionTokens;
    return { candidates: b.candidates, messages, promptTokens };
  });

  // The run's budget: whole batches, in order (the most severe findings come first).
  const notes: string[] = [];
  let tokensLeft = o.promptTokensLeft;
  const sent: Batch[] = [];
  for (const b of all) {
    if (sent.length >= o.requestsLeft || b.promptTokens > tokensLeft) break;
    sent.push(b);
    tokensLeft -= b.promptTokens;
  }
  const overBudget = all.slice(sent.length).reduce((n, b) => n + b.candidates.length, 0);
  if (overBudget > 0) {
    notes.push(
      `${overBudget} finding${overBudget === 1 ? ' was' : 's were'} not checked: the run's budget (\`max-requests\`, \`max-prompt-tokens\`) had no room left`,
    );
  }
  // Tool turns share what the budget leaves after the batches, evenly.
  const spare = Number.isFinite(tokensLeft) ? Math.floor(tokensLeft / Math.max(1, sent.length)) : 0;

  const records: RequestRecord[] = [];
  const cost = { requests: 0, promptTokens: 0, completionTokens: 0 };
  const n = sent.length;
  if (n > 0) {
    log.info(
      `Second look: checking ${list.length - overBudget} critical and major finding${list.length - overBudget === 1 ? '' : 's'} in ${n} request${n === 1 ? '' : 's'}${withTools ? ' with the repository tools' : ''}.`,
    );
  }
  const answers = await mapPool(sent, o.concurrency, async (b, k): Promise<Check[]> => {
    const label = `Second look ${k + 1}/${n}`;
    const started = Date.now();
    const paths = new Set(b.candidates.map((c) => c.path)).size;
    const tools: ModelTools | undefined = o.tools
      ? {
          ...o.tools.box,
          maxCalls: o.tools.maxCalls,
          maxPromptTokens: Number.isFinite(o.promptTokensLeft) ? b.promptTokens + spare : 0,
        }
      : undefined;
    try {
      const a = await o.ask(VERIFY_ANSWER, b.messages, {
        promptTokens: b.promptTokens,
        label,
        progress: log.info,
        ...(tools ? { tools } : {}),
      });
      add(cost, a);
      const ids = new Set(b.candidates.map((c) => c.id));
      const mine = a.value.filter((v) => ids.has(v.id));
      const refuted = mine.filter((v) => v.verdict === 'refuted' && v.confidence !== 'low').length;
      const r: RequestRecord = {
        label,
        toolCalls: a.toolCalls,
        ok: true,
        files: paths,
        findings: refuted,
        promptTokens: a.promptTokens,
        completionTokens: a.completionTokens,
        ms: Date.now() - started,
      };
      records.push(r);
      log.request?.(r, n);
      log.info(
        `${label}: ${mine.length} of ${b.candidates.length} answered, ${refuted} refuted, ${a.promptTokens} prompt + ${a.completionTokens} completion tokens, ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
      return mine;
    } catch (e) {
      // Whatever went wrong, the findings stay as the review found them.
      const spent = e as Partial<Record<'requests' | 'promptTokens' | 'completionTokens', number>>;
      add(cost, spent);
      const why = e instanceof Error ? e.message : String(e);
      notes.push(`${b.candidates.length} not checked: ${label} failed (${why.slice(0, 300)})`);
      log.warning(`${label} failed: ${why}. Its ${b.candidates.length} findings are posted unchecked.`);
      const r: RequestRecord = {
        label,
        toolCalls: e instanceof ChunkError ? e.toolCalls : [],
        ok: false,
        files: paths,
        findings: 0,
        promptTokens: spent.promptTokens ?? 0,
        completionTokens: spent.completionTokens ?? 0,
        ms: Date.now() - started,
      };
      records.push(r);
      log.request?.(r, n);
      return [];
    }
  });

  const outcome = applyChecks(placement, list, answers.flat());
  return {
    look: { ...outcome, candidates: list.length, withTools, ...cost, notes },
    records,
  };
}

function add(
  to: { requests: number; promptTokens: number; completionTokens: number },
  c: Partial<Record<'requests' | 'promptTokens' | 'completionTokens', number>>,
): void {
  to.requests += c.requests ?? 0;
  to.promptTokens += c.promptTokens ?? 0;
  to.completionTokens += c.completionTokens ?? 0;
}
