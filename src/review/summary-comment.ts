import type { FileDiff } from '../diff/types.ts';
import type { SkippedFile } from '../filter/filter.ts';
import { SEVERITIES } from '../findings/types.ts';
import { verdictMarkdown, type Verdict } from '../findings/verdict.ts';
import { summaryMarker } from '../memory/markers.ts';
import { GITHUB_BODY_LIMIT, introFrom } from './render.ts';
import { codeSpan, sanitizeInline } from './sanitize.ts';

export interface SummaryFacts {
  deep: boolean;
  headSha: string;
  /** The commits this run reviewed: `from` is null for a whole-PR review. */
  range: { from: string | null; to: string };
  /** Why the whole PR was reviewed when an incremental review was expected (force-push, …). */
  fullReason: string | null;
  /** This run's verdict; absent when the run reviewed nothing. */
  verdict?: Verdict;
  summaries: string[];
  files: FileDiff[];
  reviewedPaths: Set<string>;
  /** Open findings after this run, by severity. */
  open: Record<string, number>;
  newComments: number;
  repeated: number;
  addressed: number;
  skipped: SkippedFile[];
  failed: SkippedFile[];
  requests: number;
  promptTokens: number;
  completionTokens: number;
  /** Prompt tokens a whole-PR review would have sent (known on incremental runs). */
  fullPromptTokens: number | null;
  reviewUrl: string | null;
  runUrl: string | null;
}

/** The one summary comment, kept current: it always fits GitHub's 65,536-character limit. */
export function summaryComment(f: SummaryFacts): string {
  const out: string[] = [`## ${f.deep ? 'vtrix-review — deep review summary' : 'vtrix-review summary'}`];
  if (f.verdict && f.requests > 0) out.push(verdictMarkdown(f.verdict, (t) => sanitizeInline(t, 300)));
  // The model's assessment: sanitised (src/review/sanitize.ts) and bounded.
  const assessment = introFrom(f.summaries, 2_000, 12_000);
  if (assessment !== '') out.push(assessment);
  else if (f.requests === 0) out.push('No new code to review in this run.');

  const openTotal = SEVERITIES.reduce((n, s) => n + (f.open[s] ?? 0), 0);
  out.push(
    openTotal === 0
      ? '**Open findings:** none.'
      : `**Open findings:** ${SEVERITIES.filter((s) => f.open[s])
          .map((s) => `${f.open[s]} ${s}`)
          .join(' · ')}`,
  );

  const range = f.range.from
    ? `commits \`${f.range.from.slice(0, 7)}..${f.range.to.slice(0, 7)}\` (new since the last review)`
    : `the whole pull request at \`${f.range.to.slice(0, 7)}\`${f.fullReason ? ` (${f.fullReason})` : ''}`;
  const run = [
    `- Reviewed ${range}: ${f.reviewedPaths.size} file${f.reviewedPaths.size === 1 ? '' : 's'}, ${f.requests} model request${f.requests === 1 ? '' : 's'}, ${f.promptTokens.toLocaleString('en-US')} prompt + ${f.completionTokens.toLocaleString('en-US')} completion tokens.`,
    `- ${f.newComments} new finding${f.newComments === 1 ? '' : 's'} posted${f.reviewUrl ? ` in [this review](${f.reviewUrl})` : ''}; ${f.repeated} already reported; ${f.addressed} earlier finding${f.addressed === 1 ? '' : 's'} look${f.addressed === 1 ? 's' : ''} addressed.`,
  ];
  if (f.fullPromptTokens !== null && f.fullPromptTokens > f.promptTokens) {
    const saved = f.fullPromptTokens - f.promptTokens;
    run.push(
      `- Incremental review saved ${saved.toLocaleString('en-US')} prompt tokens (${Math.round((100 * saved) / f.fullPromptTokens)}% of the ${f.fullPromptTokens.toLocaleString('en-US')} a whole-PR review would send).`,
    );
  }
  out.push(`### This run\n${run.join('\n')}`);

  const tail = `${f.runUrl ? `<sub>[Workflow run](${f.runUrl}) · ${f.headSha.slice(0, 7)}</sub>\n\n` : ''}${summaryMarker(f.range.to)}`;
  let room = GITHUB_BODY_LIMIT - 2_000 - out.join('\n\n').length - tail.length;

  const section = (title: string, header: string, rows: string[], more: (n: number) => string): void => {
    if (rows.length === 0) return;
    const kept: string[] = [];
    let size = title.length + header.length + 2;
    for (const r of rows) {
      if (size + r.length + 1 > room - 200) break;
      kept.push(r);
      size += r.length + 1;
    }
    if (kept.length < rows.length) kept.push(more(rows.length - kept.length));
    const text = `${title}\n${header}${kept.join('\n')}`;
    out.push(text);
    room -= text.length + 2;
  };

  section(
    '### Changed files',
    '| file | change | + / − | reviewed in this run |\n|---|---|---|---|\n',
    f.files.map(
      (x) =>
        `| ${codeSpan(x.path, { table: true })}${x.oldPath && x.oldPath !== x.path ? ` (from ${codeSpan(x.oldPath, { table: true })})` : ''} | ${x.status} | +${x.additions} / −${x.deletions} | ${f.reviewedPaths.has(x.path) ? 'yes' : ''} |`,
    ),
    (n) => `| …and ${n} more files | | | |`,
  );
  section(
    '### Not reviewed',
    '',
    [
      ...f.failed.map(
        (s) => `- ${codeSpan(s.path)}: the model request failed: ${sanitizeInline(s.reason, 500)}`,
      ),
      ...f.skipped.map((s) => `- ${codeSpan(s.path)}: ${sanitizeInline(s.reason, 500)}`),
    ],
    (n) => `- …and ${n} more, listed in the job summary.`,
  );
  out.push(tail);
  return out.join('\n\n');
}
