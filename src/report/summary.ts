import type { PipelineResult } from '../pipeline.ts';
import type { Finding } from '../findings/types.ts';
import { notReviewed } from '../review/render.ts';
import { codeSpan, sanitizeInline, sanitizeMarkdown } from '../review/sanitize.ts';

export interface PostedReview {
  id: number | null;
  url: string | null;
  /** Not posted: a dry run, or (with `notPosted`) a run that could not post. */
  dryRun: boolean;
  /** Why the review was not posted, when it is not a dry run. */
  notPosted?: string;
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function row(f: Finding, path: string, where: string): string {
  const lines = f.startLine && f.startLine !== f.line ? `${f.startLine}–${f.line}` : `${f.line}`;
  // Titles and paths are the model's (or the PR author's): sanitised like everything posted.
  return `| ${f.severity} | ${codeSpan(path, { table: true })} | ${lines} ${f.side === 'LEFT' ? '(old)' : ''} | ${esc(sanitizeInline(f.title, 200))} | ${where} |`;
}

/**
 * The Markdown report for the Actions job summary: every finding (including those below
 * `min-severity` and those that did not fit the review body), what was not reviewed, and the cost.
 */
export function jobSummary(r: PipelineResult, posted: PostedReview, title: string): string {
  const out: string[] = [`## ${title}`];
  const link = posted.url ? `[the review](${posted.url})` : 'the review';
  if (r.requests === 0)
    out.push('Nothing to review: no changed file passed the filters. No model request was made.');
  else if (posted.dryRun)
    out.push(
      posted.notPosted
        ? `**Not posted**: ${posted.notPosted}. The review is below.`
        : '**Dry run**: the review below was not posted.',
    );
  else
    out.push(
      `Posted ${link} with ${r.placement.inline.length} inline comment${r.placement.inline.length === 1 ? '' : 's'}.`,
    );

  out.push(
    `| requests | prompt tokens | completion tokens | files reviewed | files not reviewed |\n|---|---|---|---|---|\n| ${r.requests} | ${r.promptTokens} | ${r.completionTokens} | ${r.plan.reviewable.length} | ${r.skipped.length + r.failed.length} |`,
  );

  const rows = [
    ...r.placement.inline.map((c) =>
      row(c.finding, c.path, posted.url ? `[inline](${posted.url})` : 'inline'),
    ),
    ...r.placement.body.map((b) => row(b.finding, b.path, `body: ${esc(b.reason)}`)),
    ...r.belowThreshold.map((f) => row(f, f.path, 'not posted (below min-severity)')),
  ];
  if (rows.length > 0) {
    out.push(
      `### Findings\n| severity | file | line | title | where |\n|---|---|---|---|---|\n${rows.join('\n')}`,
    );
    const detail = r.belowThreshold.map(
      (f) =>
        `- **${f.severity}** ${codeSpan(f.path)} line ${f.line}: ${sanitizeInline(f.title, 200)}\n\n${sanitizeMarkdown(f.body, 8_000, { indent: 2 })}`,
    );
    if (detail.length > 0)
      out.push(`<details><summary>Findings below min-severity</summary>\n\n${detail.join('\n')}\n</details>`);
  }
  if (r.failed.length > 0) {
    out.push(`### Not reviewed: model request failed\n${r.failed.map(notReviewed).join('\n')}`);
  }
  const skipped = r.skipped;
  if (skipped.length > 0) {
    out.push(`### Files not reviewed\n${skipped.map(notReviewed).join('\n')}`);
  }
  if (r.plan.requests.length > 0) {
    out.push(
      `### Requests\n| # | files | prompt tokens (planned) |\n|---|---|---|\n${r.plan.requests.map((q, i) => `| ${i + 1} | ${q.chunk.pieces.length} | ${q.promptTokens} |`).join('\n')}`,
    );
  }
  return out.join('\n\n') + '\n';
}
