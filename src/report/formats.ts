import { pathToFileURL } from 'node:url';
import type { PipelineResult } from '../pipeline.ts';
import type { FileDiff } from '../diff/types.ts';
import { SEVERITIES, severityRank, type Finding, type Severity } from '../findings/types.ts';
import type { SkippedFile } from '../filter/filter.ts';
import { verdictMarkdown } from '../findings/verdict.ts';
import { codeSpan, sanitizeCode, sanitizeInline, sanitizeMarkdown } from '../review/sanitize.ts';

/** What a report says about where the review came from. */
export interface ReportMeta {
  version: string;
  /** The reviewed range or diff file, e.g. `origin/main...HEAD (1a2b3c4..5d6e7f8)`. */
  source: string;
  model: string;
  effort: string;
  /** Absolute path of the repository root, when known: SARIF resolves file paths against it. */
  root?: string;
}

/** One finding as reports show it: where it landed on the diff, and why when not inline. */
export interface ReportedFinding {
  path: string;
  side: 'LEFT' | 'RIGHT';
  line: number;
  startLine: number | null;
  severity: Severity;
  title: string;
  body: string;
  suggestion: string | null;
  /** Inline on the diff, or only in the review body (with the reason). */
  placement: 'inline' | 'body';
  note: string | null;
  /** Identity across runs (file, line text, gist of the title); null when not computed. */
  fingerprint: string | null;
}

/** Every finding the review shows, most severe first, then by file and line. */
export function reportedFindings(r: PipelineResult): ReportedFinding[] {
  const out: ReportedFinding[] = [
    ...r.placement.inline.map((c) => ({
      ...fields(c.finding),
      path: c.path,
      side: c.side,
      line: c.line,
      startLine: c.startLine,
      placement: 'inline' as const,
      note: c.movedFrom ? `moved to the nearest diff line from line ${c.movedFrom.line}` : null,
      fingerprint: c.mark?.fp ?? null,
    })),
    ...r.placement.body.map((b) => ({
      ...fields(b.finding),
      path: b.path,
      side: b.finding.side,
      line: b.finding.line,
      startLine: b.finding.startLine,
      placement: 'body' as const,
      note: b.reason,
      fingerprint: b.mark?.fp ?? null,
    })),
  ];
  return out.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) || a.path.localeCompare(b.path) || a.line - b.line,
  );
}

function fields(f: Finding) {
  return { severity: f.severity, title: f.title, body: f.body, suggestion: f.suggestion };
}

function counts(items: { severity: Severity }[]): Record<Severity, number> {
  const c = { critical: 0, major: 0, minor: 0, nit: 0 };
  for (const i of items) c[i.severity]++;
  return c;
}

/** Machine-readable report (`--format json`): stable field names, versioned. */
export function toJson(r: PipelineResult, meta: ReportMeta): string {
  const findings = reportedFindings(r);
  const notReviewed = (xs: SkippedFile[]) => xs.map((s) => ({ path: s.path, reason: s.reason }));
  return (
    JSON.stringify(
      {
        schemaVersion: 1,
        tool: { name: 'vtrix-review', version: meta.version },
        source: meta.source,
        model: meta.model,
        reasoningEffort: meta.effort,
        verdict: r.verdict,
        summary: r.summaries.join('\n\n'),
        counts: counts(findings),
        findings,
        belowMinSeverity: r.belowThreshold.map((f) => ({
          path: f.path,
          side: f.side,
          line: f.line,
          startLine: f.startLine,
          ...fields(f),
        })),
        reviewedFiles: r.plan.reviewable.map((f) => f.path),
        notReviewed: notReviewed(r.skipped),
        failed: notReviewed(r.failed),
        usage: { requests: r.requests, promptTokens: r.promptTokens, completionTokens: r.completionTokens },
      },
      null,
      2,
    ) + '\n'
  );
}

/** A fence longer than any backtick run in `text`, so code cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function where(f: { line: number; startLine: number | null; side: 'LEFT' | 'RIGHT' }): string {
  const lines = f.startLine !== null && f.startLine < f.line ? `${f.startLine}–${f.line}` : `${f.line}`;
  return f.side === 'LEFT' ? `old line ${lines}` : `line ${lines}`;
}

/** The code a finding points at, as in the diff (up to 12 lines). */
export function codeLines(
  file: FileDiff | undefined,
  f: Pick<ReportedFinding, 'side' | 'line' | 'startLine'>,
): string[] {
  if (!file) return [];
  const from = f.startLine ?? f.line;
  const out: string[] = [];
  for (const h of file.hunks) {
    for (const l of h.lines) {
      const n = f.side === 'LEFT' ? l.oldLine : l.newLine;
      if (n === null || n < from || n > f.line) continue;
      if (f.side === 'LEFT' ? l.kind === 'add' : l.kind === 'delete') continue;
      out.push(`${n} ${l.kind === 'add' ? '+' : l.kind === 'delete' ? '-' : ' '}${l.content}`);
    }
  }
  return out.slice(0, 12);
}

/** Bounds of the Markdown report's parts, like the action's (a title, a reason, a body, the summary). */
const MD_TITLE_CHARS = 200;
const MD_REASON_CHARS = 500;
const MD_BODY_CHARS = 8_000;
const MD_SUMMARY_CHARS = 16_000;

/**
 * A Markdown report (`--format markdown`): summary, findings by file, what was not reviewed. It is
 * meant to be pasted into a pull request, so everything the model or the PR author wrote is sanitised
 * as the action sanitises what it posts (src/review/sanitize.ts): no mentions, HTML, images or foreign
 * links, no fence left open, and file paths in code spans nothing can end early.
 */
export function toMarkdown(r: PipelineResult, files: FileDiff[], meta: ReportMeta): string {
  const findings = reportedFindings(r);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const c = counts(findings);
  const out: string[] = [`# Review of ${sanitizeInline(meta.source, 300)}`];
  if (r.requests > 0) out.push(verdictMarkdown(r.verdict, (t) => sanitizeInline(t, 300)));
  const tally = SEVERITIES.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`);
  out.push(
    `${findings.length} finding${findings.length === 1 ? '' : 's'}${tally.length ? ` (${tally.join(', ')})` : ''} in ${r.plan.reviewable.length} reviewed file${r.plan.reviewable.length === 1 ? '' : 's'}. Model ${codeSpan(meta.model)}, effort ${meta.effort}; ${r.requests} request${r.requests === 1 ? '' : 's'}, ${r.promptTokens.toLocaleString('en-US')} prompt + ${r.completionTokens.toLocaleString('en-US')} completion tokens.`,
  );
  const summary = sanitizeMarkdown(r.summaries.join('\n\n'), MD_SUMMARY_CHARS);
  if (summary) out.push(`## Summary\n\n${summary}`);
  if (findings.length > 0) {
    out.push('## Findings');
    for (const f of findings) {
      const parts = [
        // An untitled finding is its severity alone: no dangling colon.
        `### ${f.severity.toUpperCase()}${f.title.trim() ? `: ${sanitizeInline(f.title, MD_TITLE_CHARS)}` : ''}`,
        `${codeSpan(f.path)} ${where(f)}${f.note ? ` (${sanitizeInline(f.note, MD_REASON_CHARS)})` : ''}`,
      ];
      const code = codeLines(byPath.get(f.path), f);
      if (code.length > 0) {
        const text = sanitizeCode(code.join('\n'));
        parts.push(`${fence(text)}diff\n${text}\n${fence(text)}`);
      }
      parts.push(sanitizeMarkdown(f.body, MD_BODY_CHARS));
      if (f.suggestion !== null) {
        const s = sanitizeCode(f.suggestion).replace(/\n$/, '');
        parts.push(`Suggested change:\n\n${fence(s)}\n${s}\n${fence(s)}`);
      }
      out.push(parts.join('\n\n'));
    }
  }
  const missing = [...r.failed, ...r.skipped];
  if (missing.length > 0)
    out.push(
      `## Not reviewed\n\n${missing.map((s) => `- ${codeSpan(s.path)}: ${sanitizeInline(s.reason, MD_REASON_CHARS)}`).join('\n')}`,
    );
  if (r.belowThreshold.length > 0)
    out.push(
      `## Below min-severity (not shown above)\n\n${r.belowThreshold.map((f) => `- ${f.severity} ${codeSpan(f.path)} ${where(f)}: ${sanitizeInline(f.title, MD_TITLE_CHARS)}`).join('\n')}`,
    );
  out.push(`<sub>vtrix-review ${meta.version}</sub>`);
  return out.join('\n\n') + '\n';
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  major: 'error',
  minor: 'warning',
  nit: 'note',
};

const RULE_TEXT: Record<Severity, string> = {
  critical: 'Critical: exploitable, or loses data',
  major: 'Major: a bug users will hit',
  minor: 'Minor: a likely bug or a risky pattern',
  nit: 'Nit: style or naming',
};

/**
 * SARIF 2.1.0 (`--format sarif`), for GitHub code scanning and other CI tools. One rule per
 * severity; a finding on a deleted line points at its file only (the line no longer exists).
 */
export function toSarif(r: PipelineResult, meta: ReportMeta): string {
  const findings = reportedFindings(r);
  const rules = SEVERITIES.map((s) => ({
    id: `vtrix-review/${s}`,
    name: `${s[0]!.toUpperCase()}${s.slice(1)}Finding`,
    shortDescription: { text: RULE_TEXT[s] },
    defaultConfiguration: { level: LEVEL[s] },
    properties: { tags: ['code-review'] },
  }));
  const results = findings.map((f) => {
    const uri = f.path
      .split('/')
      .map((p) => encodeURIComponent(p))
      .join('/');
    const right = f.side === 'RIGHT';
    const region = { startLine: f.startLine ?? f.line, endLine: f.line };
    const head = f.title.trim() || f.severity;
    const text = right ? `${head}\n\n${f.body}` : `${head} (on deleted ${where(f)})\n\n${f.body}`;
    const result: Record<string, unknown> = {
      ruleId: `vtrix-review/${f.severity}`,
      ruleIndex: severityRank(f.severity),
      level: LEVEL[f.severity],
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            ...(right ? { region } : {}),
          },
        },
      ],
      properties: { severity: f.severity, placement: f.placement },
    };
    if (f.fingerprint) result['partialFingerprints'] = { 'vtrixReviewFinding/v1': f.fingerprint };
    if (right && f.suggestion !== null) {
      result['fixes'] = [
        {
          description: { text: 'Suggested change' },
          artifactChanges: [
            {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  // Whole lines out, the suggested lines in (as GitHub's suggestion blocks do).
                  deletedRegion: region,
                  insertedContent: { text: f.suggestion.replace(/\n$/, '') },
                },
              ],
            },
          ],
        },
      ];
    }
    return result;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vtrix-review',
            version: meta.version,
            informationUri: 'https://github.com/vtrix/vtrix-review',
            rules,
          },
        },
        automationDetails: { id: 'vtrix-review/' },
        ...(meta.root
          ? {
              originalUriBaseIds: {
                '%SRCROOT%': { uri: pathToFileURL(meta.root.replace(/\/?$/, '/')).href },
              },
            }
          : {}),
        results,
        properties: {
          source: meta.source,
          model: meta.model,
          reasoningEffort: meta.effort,
          notReviewed: [...r.failed, ...r.skipped].map((s) => ({ path: s.path, reason: s.reason })),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
