import type { PipelineResult } from '../pipeline.ts';
import type { Finding } from '../findings/types.ts';
import { placedLines } from '../place/place.ts';
import { notReviewed, verdictMarkdown, type ReviewComment } from '../review/render.ts';
import { parseFindingMarker } from '../memory/markers.ts';
import { tallyText, type Tally } from '../memory/feedback.ts';
import { codeSpan, sanitizeInline, sanitizeMarkdown } from '../review/sanitize.ts';
import { lookLine } from '../review/look-line.ts';
import { linkedIssuesLine } from '../review/linked-issues-line.ts';
import type { LinkedIssues } from '../types.ts';

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

/** Links to the posted comments: by finding fingerprint, and by `path:line` as a fallback. */
export interface CommentLinks {
  byFingerprint: Map<string, string>;
  byPlace: Map<string, string>;
}

export function placeKey(path: string, line: number): string {
  return `${path}:${line}`;
}

/** The links to a posted review's comments: by the fingerprint in each comment's marker, and by place. */
export function commentLinks(
  comments: readonly { body: string; path: string; line: number | null; url: string }[],
): CommentLinks {
  const links: CommentLinks = { byFingerprint: new Map(), byPlace: new Map() };
  for (const c of comments) {
    const mark = parseFindingMarker(c.body);
    if (mark) links.byFingerprint.set(mark.fp, c.url);
    if (c.line !== null) links.byPlace.set(placeKey(c.path, c.line), c.url);
  }
  return links;
}

function row(f: Finding, path: string, line: number, where: string): string {
  const lines = f.startLine && f.startLine < line ? `${f.startLine}–${line}` : `${line}`;
  // Titles and paths are the model's (or the PR author's): sanitised like everything posted. An
  // untitled finding shows the start of its body.
  const title = f.title.trim() === '' ? sanitizeInline(f.body, 80) : sanitizeInline(f.title, 200);
  return `| ${f.severity} | ${codeSpan(path, { table: true })} | ${lines}${f.side === 'LEFT' ? ' (old)' : ''} | ${esc(title)} | ${where} |`;
}

/** GitHub refuses a job summary above 1 MiB; what `runJobSummary` appends after this report has room left. */
export const MAX_JOB_SUMMARY_CHARS = 880_000;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The Markdown report for the Actions job summary: the verdict, every finding (including those below
 * `min-severity` and those that did not fit the review body) with a link to its comment, what was and
 * was not reviewed, each request with its time and tokens. Bounded: long tables are cut with a note.
 */
export function jobSummary(
  r: PipelineResult,
  posted: PostedReview,
  title: string,
  links: CommentLinks = { byFingerprint: new Map(), byPlace: new Map() },
): string {
  const out: string[] = [`## ${title}`];
  const link = posted.url ? `[the review](${posted.url})` : 'the review';
  if (r.requests === 0)
    out.push('Nothing to review: no changed file passed the filters. No model request was made.');
  else {
    out.push(verdictMarkdown(r.verdict, (t) => sanitizeInline(t, 300)));
    out.push(
      posted.dryRun
        ? posted.notPosted
          ? `**Not posted**: ${posted.notPosted}. The review is below.`
          : '**Dry run**: the review below was not posted.'
        : `Posted ${link} with ${r.placement.inline.length} inline comment${r.placement.inline.length === 1 ? '' : 's'}.`,
    );
  }

  if (r.secondLook) {
    const notes = r.secondLook.notes.map((n) => `- ${sanitizeInline(n, 500)}`).join('\n');
    out.push(`${lookLine(r.secondLook, 'listed below')}${notes ? `\n${notes}` : ''}`);
  }
  out.push(
    `| requests | prompt tokens | completion tokens | files reviewed | files not reviewed |\n|---|---|---|---|---|\n| ${r.requests} | ${r.promptTokens} | ${r.completionTokens} | ${r.plan.reviewable.length} | ${r.skipped.length + r.failed.length} |`,
  );

  const inlineLink = (fp: string | undefined, path: string, line: number): string => {
    const url = (fp && links.byFingerprint.get(fp)) || links.byPlace.get(placeKey(path, line));
    if (url) return `[comment](${url})`;
    return posted.url ? `[inline](${posted.url})` : 'inline';
  };
  const unlisted = new Set(r.unlisted);
  // Most severe first (placement sorted them), as in the review.
  const rows = [
    ...r.placement.inline.map((c) => row(c.finding, c.path, c.line, inlineLink(c.mark?.fp, c.path, c.line))),
    ...r.placement.body.map((b) =>
      row(
        b.finding,
        b.path,
        b.finding.line,
        // Compact: a 3,000-file PR can have thousands of these, and every one must be reachable here.
        unlisted.has(b)
          ? 'summary comment'
          : `${posted.url ? `[review body](${posted.url})` : 'review body'}: ${esc(sanitizeInline(b.reason, 100))}`,
      ),
    ),
    ...(r.secondLook?.refuted ?? []).map((x) =>
      row(
        x.placed.finding,
        x.placed.path,
        placedLines(x.placed).line,
        'not posted (refuted on a second look)',
      ),
    ),
    ...r.belowThreshold.map((f) => row(f, f.path, f.line, 'not posted (below min-severity)')),
  ];
  const budget = { left: MAX_JOB_SUMMARY_CHARS - 20_000 };
  if (rows.length > 0) {
    out.push(
      `### Findings\n| severity | file | line | title | comment |\n|---|---|---|---|---|\n${fit(rows, budget, (n) => `| | | | …and ${n} more findings | |`)}`,
    );
    const detail = r.belowThreshold.map(
      (f) =>
        `- **${f.severity}** ${codeSpan(f.path)} line ${f.line}: ${sanitizeInline(f.title, 200)}\n\n${sanitizeMarkdown(f.body, 8_000, { indent: 2 })}`,
    );
    const refuted = (r.secondLook?.refuted ?? []).map(
      (x) =>
        `- **${x.placed.finding.severity}** ${codeSpan(x.placed.path)} line ${placedLines(x.placed).line}: ${sanitizeInline(x.placed.finding.title, 200)}\n\n${sanitizeMarkdown(x.placed.finding.body, 8_000, { indent: 2 })}\n\n  **Refuted** (${x.confidence} confidence): ${sanitizeInline(x.evidence, 2_000) || 'no reason given'}`,
    );
    if (refuted.length > 0)
      out.push(
        `<details><summary>Findings refuted on a second look</summary>\n\n${fit(refuted, budget, (n) => `- …and ${n} more.`)}\n</details>`,
      );
    if (detail.length > 0)
      out.push(
        `<details><summary>Findings below min-severity</summary>\n\n${fit(detail, budget, (n) => `- …and ${n} more.`)}\n</details>`,
      );
  }
  if (r.failed.length > 0) {
    out.push(
      `### Not reviewed: model request failed\n${fit(r.failed.map(notReviewed), budget, (n) => `- …and ${n} more.`)}`,
    );
  }
  if (r.skipped.length > 0) {
    out.push(
      `### Files not reviewed\n${fit(r.skipped.map(notReviewed), budget, (n) => `- …and ${n} more.`)}`,
    );
  }
  if (r.plan.reviewable.length > 0) {
    const files = r.plan.reviewable.map((f) => {
      const what = r.walkthrough.get(f.path);
      return `- ${codeSpan(f.path)} (${f.status}, +${f.additions} / −${f.deletions})${what ? `: ${sanitizeInline(what, 500)}` : ''}`;
    });
    out.push(
      `<details><summary>Files reviewed (${files.length})</summary>\n\n${fit(files, budget, (n) => `- …and ${n} more.`)}\n</details>`,
    );
  }
  if (r.requestLog.length > 0) {
    const reqs = r.requestLog.map(
      (q) =>
        `| ${esc(q.label)} | ${q.ok ? 'answered' : 'failed'} | ${q.files} | ${q.findings} | ${q.promptTokens} | ${q.completionTokens} | ${seconds(q.ms)} |`,
    );
    const total = r.requestLog.reduce((n, q) => n + q.ms, 0);
    out.push(
      `### Requests\n| request | result | files | findings | prompt tokens | completion tokens | time |\n|---|---|---|---|---|---|---|\n${fit(reqs, budget, (n) => `| …and ${n} more | | | | | | |`)}\n\n${r.requestLog.length} request${r.requestLog.length === 1 ? '' : 's'}, ${seconds(total)} of model time in all (run in parallel).`,
    );
  }
  const calls = r.requestLog.flatMap((q) => q.toolCalls.map((c) => ({ request: q.label, ...c })));
  if (calls.length > 0) {
    const rows = calls.map(
      (c) =>
        `| ${esc(c.request)} | ${codeSpan(c.name, { table: true })} | ${codeSpan(c.arguments, { table: true })} | ${c.ok ? 'ok' : 'error'} | ${c.tokens} | ${seconds(c.ms)} |`,
    );
    const tokens = calls.reduce((n, c) => n + c.tokens, 0);
    out.push(
      `### Repository tool calls\n| request | tool | arguments | result | result tokens | time |\n|---|---|---|---|---|---|\n${fit(rows, budget, (n) => `| …and ${n} more | | | | | |`)}\n\n${calls.length} tool call${calls.length === 1 ? '' : 's'}; their results added ${tokens.toLocaleString('en-US')} tokens to the prompts (counted in the prompt tokens above).`,
    );
  }
  return out.join('\n\n') + '\n';
}

/** What the action adds to the pipeline's report: memory across runs, and how delivery went. */
export interface RunReport {
  deep: boolean;
  /** Earlier findings that look addressed (their threads were closed). */
  addressed: number;
  /** Prompt tokens a whole-PR review would have sent, on an incremental run; null otherwise. */
  fullPromptTokens: number | null;
  /** The team's feedback on our inline findings, this run's included. */
  tally?: Tally;
  /** The issues the description links, and the PR's repository to name them. */
  linkedIssues?: { issues: LinkedIssues; owner: string; repo: string };
}

/**
 * The action's job summary, whole and within GitHub's 1 MiB: the report above, what memory saved,
 * the comments GitHub refused inline and, when the review was not posted, the review itself.
 */
export function runJobSummary(
  r: PipelineResult,
  posted: PostedReview & { moved: ReviewComment[]; links?: CommentLinks | undefined },
  o: RunReport,
): string {
  let md = jobSummary(r, posted, o.deep ? 'vtrix-review — deep review' : 'vtrix-review', posted.links);
  const saved = o.fullPromptTokens !== null ? Math.max(0, o.fullPromptTokens - r.promptTokens) : null;
  md += `\n${r.repeated.length} finding(s) already reported were not repeated; ${o.addressed} earlier finding(s) look addressed.${saved !== null ? ` Incremental review: ${saved} prompt tokens not sent (a whole-PR review would send ${o.fullPromptTokens}).` : ''}\n`;
  const rejected = r.rejected?.length ?? 0;
  if (rejected > 0)
    md += `\n${rejected} finding(s) the team rejected earlier on this PR were not posted again.\n`;
  if (o.tally && o.tally.posted > 0) md += `\nFeedback on inline findings: ${tallyText(o.tally)}.\n`;
  const linked = o.linkedIssues ? linkedIssuesLine(o.linkedIssues.issues, o.linkedIssues) : null;
  if (linked) md += `\n${linked}\n`;
  if (posted.moved.length > 0) {
    md += `\n### Moved into the review body\nGitHub refused these comments on their lines, so the review body lists them instead:\n${posted.moved.map((c) => `- ${codeSpan(c.path)} line ${c.line} (${c.side}): ${c.body.split('\n')[0]}`).join('\n')}\n`;
  }
  if (posted.dryRun && r.payload) {
    md += `\n<details open><summary>Review that would be posted</summary>\n\n${r.payload.body}\n\n${r.payload.comments.map((c) => `**${codeSpan(c.path)} line ${c.line} (${c.side})**\n\n${c.body}`).join('\n\n---\n\n')}\n</details>\n`;
  }
  return boundJobSummary(md);
}

/** The job summary of a run that reviewed nothing. */
export function skippedJobSummary(reason: string): string {
  return `## vtrix-review\n\nReview skipped: ${reason}\n`;
}

/** Whole rows while the budget lasts, then one line saying how many were left out. */
function fit(rows: string[], budget: { left: number }, more: (n: number) => string): string {
  const kept: string[] = [];
  for (const r of rows) {
    if (r.length + 1 > budget.left) break;
    kept.push(r);
    budget.left -= r.length + 1;
  }
  if (kept.length < rows.length) kept.push(more(rows.length - kept.length));
  return kept.join('\n');
}

/** The whole job summary, within GitHub's 1 MiB: cut at a line, with a note, when it would not fit. */
export function boundJobSummary(md: string, limit = 1_000_000): string {
  if (Buffer.byteLength(md) <= limit) return md;
  const note = '\n\n_…the rest of this report is cut: GitHub limits a job summary to 1 MiB._\n';
  // The longest prefix (in characters) whose UTF-8 size leaves room for the note.
  let lo = 0;
  let hi = md.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (Buffer.byteLength(md.slice(0, mid)) + note.length <= limit) lo = mid;
    else hi = mid - 1;
  }
  const cut = md.slice(0, lo);
  const at = cut.lastIndexOf('\n');
  return `${at > 0 ? cut.slice(0, at) : cut}${note}`;
}
