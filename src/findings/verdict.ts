import { SEVERITIES, type Severity } from '../types.ts';
import { atLeast, severityRank, type Finding } from './types.ts';

/** One request's verdict: the model's one line (null when it sent none) and what it found. */
export interface RequestVerdict {
  text: string | null;
  findings: Finding[];
}

/** The review's verdict: its most severe shown finding (null: none) and one line saying it. */
export interface Verdict {
  level: Severity | null;
  text: string;
}

export const NO_PROBLEMS = 'No problems found';

/** A verdict line longer than this is the model rambling: it is cut (the findings hold the detail). */
export const MAX_VERDICT_CHARS = 160;

const LEVEL_WORD: Record<Severity, string> = {
  critical: 'Critical problems',
  major: 'Major problems',
  minor: 'Minor problems',
  nit: 'Nits only',
};

/** The most severe of `findings` at or above `min`, or null. */
function worst(findings: Finding[], min: Severity): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) {
    if (!atLeast(f.severity, min)) continue;
    if (best === null || severityRank(f.severity) < severityRank(best)) best = f.severity;
  }
  return best;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_VERDICT_CHARS ? `${t.slice(0, MAX_VERDICT_CHARS - 1)}…` : t;
}

/**
 * Combines the verdicts of every request into one: the most severe request decides (ties: the one
 * with more findings at that level, then the first). Its own line is kept when the model sent one,
 * otherwise the line is derived from its findings (the most severe one's title). Findings below `min`
 * (`min-severity`) are not posted, so they do not make a verdict either: "No problems found" then.
 */
export function combineVerdicts(requests: RequestVerdict[], min: Severity): Verdict {
  let pick: { r: RequestVerdict; level: Severity; n: number } | null = null;
  for (const r of requests) {
    const level = worst(r.findings, min);
    if (level === null) continue;
    const n = r.findings.filter((f) => f.severity === level).length;
    if (
      pick === null ||
      severityRank(level) < severityRank(pick.level) ||
      (level === pick.level && n > pick.n)
    )
      pick = { r, level, n };
  }
  if (pick === null) return { level: null, text: NO_PROBLEMS };
  const all = requests.flatMap((r) => r.findings).filter((f) => f.severity === pick.level);
  const own = pick.r.text === null ? '' : oneLine(pick.r.text);
  // A model that says "no problems" while reporting some is contradicting itself: trust the findings.
  const usable = own !== '' && !/^no (problems|issues)/i.test(own);
  const top = [...pick.r.findings]
    .filter((f) => f.severity === pick.level)
    .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line)[0]!;
  const detail = usable ? own : oneLine(top.title);
  const more = all.length > 1 ? ` (${all.length} ${pick.level})` : '';
  return { level: pick.level, text: `${LEVEL_WORD[pick.level]}${more}: ${detail}` };
}

/** Findings by severity, every severity present: the one tally (JSON counts, the gate, the texts below). */
export function tally(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { critical: 0, major: 0, minor: 0, nit: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Counts by severity in order, the zero ones left out: "1 critical · 2 major". */
export function countsText(counts: Readonly<Record<string, number>>, separator = ' · '): string {
  return SEVERITIES.filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(separator);
}

/** Severities in order, counted: "1 critical · 2 major". */
export function severityCounts(findings: readonly { severity: Severity }[], separator = ' · '): string {
  return countsText(tally(findings), separator);
}
