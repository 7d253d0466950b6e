import type { PipelineResult } from '../../pipeline.ts';
import type { FileDiff } from '../../diff/types.ts';
import { severityCounts } from '../../findings/verdict.ts';
import { verdictMarkdown } from '../../review/render.ts';
import { codeSpan, fenceFor, sanitizeCode, sanitizeInline, sanitizeMarkdown } from '../../review/sanitize.ts';
import {
  codeLines,
  refutedFindings,
  reportedFindings,
  walkthroughLines,
  where,
  type ReportMeta,
} from './findings.ts';
import { lookLine } from '../../review/look-line.ts';

/** Bounds of the Markdown report's parts, like the action's (a title, a reason, a body, the summary). */
const MD_TITLE_CHARS = 200;
const MD_REASON_CHARS = 500;
const MD_BODY_CHARS = 8_000;
const MD_SUMMARY_CHARS = 16_000;
/** A file's walkthrough line (its parts' lines joined: src/pipeline/answers.ts). */
const MD_WALKTHROUGH_CHARS = 500;

/**
 * A Markdown report (`--format markdown`): summary, findings by file, what was not reviewed. It is
 * meant to be pasted into a pull request, so everything the model or the PR author wrote is sanitised
 * as the action sanitises what it posts (src/review/sanitize.ts): no mentions, HTML, images or foreign
 * links, no fence left open, and file paths in code spans nothing can end early.
 */
export function toMarkdown(r: PipelineResult, files: FileDiff[], meta: ReportMeta): string {
  const findings = reportedFindings(r);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const out: string[] = [`# Review of ${sanitizeInline(meta.source, 300)}`];
  if (r.requests > 0) out.push(verdictMarkdown(r.verdict, (t) => sanitizeInline(t, 300)));
  const tally = severityCounts(findings, ', ');
  out.push(
    `${findings.length} finding${findings.length === 1 ? '' : 's'}${tally ? ` (${tally})` : ''} in ${r.plan.reviewable.length} reviewed file${r.plan.reviewable.length === 1 ? '' : 's'}. Model ${codeSpan(meta.model)}, effort ${meta.effort}; ${r.requests} request${r.requests === 1 ? '' : 's'}, ${r.promptTokens.toLocaleString('en-US')} prompt + ${r.completionTokens.toLocaleString('en-US')} completion tokens.`,
  );
  const summary = sanitizeMarkdown(r.summaries.join('\n\n'), MD_SUMMARY_CHARS);
  if (summary) out.push(`## Summary\n\n${summary}`);
  const walk = walkthroughLines(r).map(
    (w) =>
      `- ${codeSpan(w.path)}: ${w.summary !== null ? sanitizeInline(w.summary, MD_WALKTHROUGH_CHARS) : 'not listed by the model'}`,
  );
  if (r.changeTypes.length > 0) out.push(`**Type:** ${r.changeTypes.join(', ')}`);
  if (walk.length > 0) out.push(`## Walkthrough\n\n${walk.join('\n')}`);
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
        parts.push(`${fenceFor(text)}diff\n${text}\n${fenceFor(text)}`);
      }
      parts.push(sanitizeMarkdown(f.body, MD_BODY_CHARS));
      if (f.suggestion !== null) {
        const s = sanitizeCode(f.suggestion).replace(/\n$/, '');
        parts.push(`Suggested change:\n\n${fenceFor(s)}\n${s}\n${fenceFor(s)}`);
      }
      out.push(parts.join('\n\n'));
    }
  }
  if (r.secondLook) {
    const refuted = refutedFindings(r).map(
      (f) =>
        `- ${f.severity} ${codeSpan(f.path)} ${where(f)}: ${sanitizeInline(f.title, MD_TITLE_CHARS)} — refuted (${f.confidence} confidence): ${sanitizeInline(f.evidence, MD_REASON_CHARS) || 'no reason given'}`,
    );
    out.push(
      `## Second look\n\n${lookLine(r.secondLook, 'listed here')}${refuted.length > 0 ? `\n\n${refuted.join('\n')}` : ''}`,
    );
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
