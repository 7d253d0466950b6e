import type { SkippedFile } from '../filter/filter.ts';
import type { Finding } from '../findings/types.ts';
import type { RequestVerdict } from '../findings/verdict.ts';
import { toFindings } from '../model/schema.ts';
import type { Outcome } from './requests.ts';

/** What the requests came to, together: findings, summaries, verdicts, failures and their cost. */
export interface Answers {
  findings: Finding[];
  summaries: string[];
  verdicts: RequestVerdict[];
  failed: SkippedFile[];
  promptTokens: number;
  completionTokens: number;
  /** Model requests sent, retries and re-asks included. */
  requests: number;
}

/** Gathers the outcomes of every planned request (in plan order: findings keep their request's index). */
export function collectAnswers(results: Outcome[][]): Answers {
  const out: Answers = {
    findings: [],
    summaries: [],
    verdicts: [],
    failed: [],
    promptTokens: 0,
    completionTokens: 0,
    requests: 0,
  };
  results.forEach((outcomes, i) => {
    for (const x of outcomes) {
      out.promptTokens += x.cost.promptTokens;
      out.completionTokens += x.cost.completionTokens;
      out.requests += x.cost.requests;
      if (x.answer) {
        // Model text reaches GitHub only through the sanitiser, and only a marker at the very end is
        // trusted (src/memory/markers.ts), so a forged one in a summary is inert as it is.
        out.summaries.push(x.answer.review.summary);
        const found = toFindings(x.answer.review, i);
        out.findings.push(...found);
        const v = x.answer.review.verdict;
        out.verdicts.push({ text: v ?? null, findings: found });
      }
      if (x.failure) for (const path of x.failure.paths) out.failed.push({ path, reason: x.failure.reason });
    }
  });

  return out;
}
