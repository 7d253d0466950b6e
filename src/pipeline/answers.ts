import type { SkippedFile } from '../filter/filter.ts';
import type { Finding } from '../findings/types.ts';
import type { RequestVerdict } from '../findings/verdict.ts';
import { toFindings, type FileSummary } from '../model/schema.ts';
import type { Outcome } from './requests.ts';

/** What the requests came to, together: findings, summaries, verdicts, failures and their cost. */
export interface Answers {
  findings: Finding[];
  summaries: string[];
  /**
   * The walkthrough: what the change to each file does, by path, in plan order. Only files a request
   * saw; the lines of a file split across requests joined. Model text, bounded, not yet sanitised.
   */
  walkthrough: Map<string, string>;
  verdicts: RequestVerdict[];
  failed: SkippedFile[];
  promptTokens: number;
  completionTokens: number;
  /** Model requests sent, retries and re-asks included. */
  requests: number;
}

/** One model line of the walkthrough, at most (whitespace collapsed). */
export const MAX_FILE_SUMMARY_CHARS = 200;
/** A file's walkthrough line, its parts' lines joined, at most. */
export const MAX_WALKTHROUGH_CHARS = 500;

/**
 * Gathers the outcomes of every planned request (in plan order: findings keep their request's index).
 * `paths[i]` are the files request `i` holds: a walkthrough line for any other file is dropped, so a
 * request cannot describe what it did not see.
 */
export function collectAnswers(results: Outcome[][], paths: readonly (readonly string[])[] = []): Answers {
  const lines = new Map<string, string[]>();
  const out: Answers = {
    findings: [],
    summaries: [],
    walkthrough: new Map(),
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
        addLines(lines, x.answer.review.files ?? [], new Set(paths[i] ?? []));
        const found = toFindings(x.answer.review, i);
        out.findings.push(...found);
        const v = x.answer.review.verdict;
        out.verdicts.push({ text: v ?? null, findings: found });
      }
      if (x.failure) for (const path of x.failure.paths) out.failed.push({ path, reason: x.failure.reason });
    }
  });
  for (const [path, texts] of lines)
    out.walkthrough.set(path, bound(texts.join(' · '), MAX_WALKTHROUGH_CHARS));
  return out;
}

function addLines(lines: Map<string, string[]>, files: FileSummary[], seen: ReadonlySet<string>): void {
  for (const f of files) {
    if (!seen.has(f.path)) continue;
    const text = bound(f.summary.replace(/\s+/g, ' ').trim(), MAX_FILE_SUMMARY_CHARS);
    if (text === '') continue;
    const got = lines.get(f.path) ?? [];
    // Two parts of a file (or a repeated entry) may say the same: once is enough.
    if (!got.includes(text)) got.push(text);
    lines.set(f.path, got);
  }
}

/** `text` cut to at most `max` characters, `…` ending a cut one (never inside a surrogate pair). */
function bound(text: string, max: number): string {
  if (text.length <= max) return text;
  let n = max - 1;
  const c = text.charCodeAt(n - 1);
  if (c >= 0xd800 && c <= 0xdbff) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}
