import type { SkippedFile } from '../filter/filter.ts';
import type { Finding } from '../findings/types.ts';
import type { RequestVerdict } from '../findings/verdict.ts';
import { CHANGE_TYPES, type ChangeType } from '../types.ts';
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
  /** The kinds of change the requests named, the one of the most files first (see `rankTypes`). */
  changeTypes: ChangeType[];
  /** The diagrams the answers sent (model text, not yet checked), with how many files their request held. */
  diagrams: RawDiagram[];
  verdicts: RequestVerdict[];
  failed: SkippedFile[];
  promptTokens: number;
  completionTokens: number;
  /** Model requests sent, retries and re-asks included. */
  requests: number;
}

export interface RawDiagram {
  text: string;
  /** The planned request's index. */
  request: number;
  files: number;
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
  const types = new Map<ChangeType, { files: number; requests: number }>();
  const out: Answers = {
    findings: [],
    summaries: [],
    walkthrough: new Map(),
    changeTypes: [],
    diagrams: [],
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
        const files = Math.max(1, paths[i]?.length ?? 0);
        const type = x.answer.review.changeType;
        if (type) {
          const t = types.get(type) ?? { files: 0, requests: 0 };
          types.set(type, { files: t.files + files, requests: t.requests + 1 });
        }
        const diagram = x.answer.review.diagram;
        if (diagram !== undefined) out.diagrams.push({ text: diagram, request: i, files });
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
  out.changeTypes = rankTypes(types);
  return out;
}

/**
 * The PR's kinds of change: by the files of the requests that named each (a request's type speaks for
 * all its files), then by the requests, then in CHANGE_TYPES order, so the main one comes first.
 */
function rankTypes(types: ReadonlyMap<ChangeType, { files: number; requests: number }>): ChangeType[] {
  return [...types]
    .sort(
      ([a, x], [b, y]) =>
        y.files - x.files || y.requests - x.requests || CHANGE_TYPES.indexOf(a) - CHANGE_TYPES.indexOf(b),
    )
    .map(([t]) => t);
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
