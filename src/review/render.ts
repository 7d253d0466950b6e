import type { Severity } from '../types.ts';
import type { BodyFinding, InlineFinding, Placement } from '../place/place.ts';
import type { SkippedFile } from '../filter/filter.ts';
import type { Finding } from '../findings/types.ts';
import { severityCounts, type Verdict } from '../findings/verdict.ts';
import { findingMarker, reviewMarker } from '../memory/markers.ts';
import { codeSpan, fenceFor, sanitizeCode, sanitizeInline, sanitizeMarkdown } from './sanitize.ts';
import { lookLine, type LookTally } from './look-line.ts';

export { MARKER_PREFIX } from '../memory/markers.ts';

/** GitHub refuses review and comment bodies above this many characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/** The one severity → emoji map of everything posted. */
export const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🔴',
  major: '🟠',
  minor: '🟡',
  nit: '⚪',
};
const BADGE = (s: Severity): string => `${SEVERITY_ICON[s]} ${s}`;

/** The verdict as the first line of a review, summary comment or report (Markdown). */
export function verdictMarkdown(v: Verdict, sanitize: (s: string) => string): string {
  return `**Verdict:** ${v.level ? `${SEVERITY_ICON[v.level]} ` : '✅ '}${sanitize(v.text)}`;
}

/** "**🟠 major: Title**", or "**🟠 major**" for a finding without a title (no dangling colon). */
export function findingHeading(f: Pick<Finding, 'severity' | 'title'>): string {
  const title = sanitizeInline(f.title, MAX_TITLE_CHARS, { bold: true });
  return /^[\s\p{Cf}]*$/u.test(title) ? `**${BADGE(f.severity)}**` : `**${BADGE(f.severity)}: ${title}**`;
}

export { fenceFor } from './sanitize.ts';

function codeBlock(lang: string, text: string): string {
  const t = text.replace(/\r?\n$/, '');
  const fence = fenceFor(t);
  return `${fence}${lang}\n${t}\n${fence}`;
}

/** Room for one comment's text: GitHub's limit less our marker. */
const COMMENT_ROOM = GITHUB_BODY_LIMIT - 300;
/** A finding title as shown (the model is asked for 80 characters). */
const MAX_TITLE_CHARS = 200;

/**
 * One inline comment: severity and title, the body, a note when it was moved, the suggestion, our
 * marker. Every model-written part is sanitised (src/review/sanitize.ts) and the whole fits `room`
 * characters plus the marker: the suggestion is kept whole or replaced by a note (a cut suggestion would
 * commit broken code), and the body takes what is left.
 */
/** "line 5", or "lines 3–5" for a range (a range of one line is "line n"). */
export function linesText(startLine: number | null | undefined, line: number): string {
  return startLine && startLine !== line ? `lines ${startLine}–${line}` : `line ${line}`;
}

export function commentBody(c: InlineFinding, room = COMMENT_ROOM): string {
  const f = c.finding;
  const head = findingHeading(f);
  const tail: string[] = [];
  if (c.movedFrom) {
    const cited = linesText(c.movedFrom.startLine, c.movedFrom.line);
    tail.push(
      `<sub>This finding cites ${cited}, which are outside the diff; it is shown on the nearest changed line.</sub>`,
    );
  }
  if (f.suggestion !== null && f.suggestion.trim() !== '') {
    const code = sanitizeCode(f.suggestion);
    const block = c.committable ? codeBlock('suggestion', code) : 'Suggested change:\n' + codeBlock('', code);
    tail.push(block.length <= room / 2 ? block : tooLong(code));
  }
  const fixed = head.length + tail.reduce((n, t) => n + t.length + 2, 0) + 2;
  const body = sanitizeMarkdown(f.body, Math.max(0, room - fixed));
  const parts = [head, body, ...tail].filter((p) => p !== '');
  const marker = c.mark ? `\n\n${findingMarker({ fp: c.mark.fp, loc: c.mark.loc, sev: f.severity })}` : '';
  return parts.join('\n\n') + marker;
}

function tooLong(code: string): string {
  const lines = code.replace(/\r?\n$/, '').split('\n').length;
  return `_The suggested change (${lines} lines) is too long to show here._`;
}

export interface ReviewFacts {
  headSha: string;
  deep: boolean;
  /** Shown first; absent for callers that have none (the body then starts with the summaries). */
  verdict?: Verdict;
  summaries: string[];
  placement: Placement;
  /** Findings below `min-severity`: counted in the body, listed in the job summary. */
  belowThreshold: Finding[];
  minSeverity: Severity;
  skipped: SkippedFile[];
  /** Files (or parts) the model did not review because their request failed, with the reason. */
  failed: SkippedFile[];
  reviewedFiles: number;
  requests: number;
  promptTokens: number;
  completionTokens: number;
  model: string;
  reasoningEffort: string;
  /** Where the full report lives when the body must be shortened. */
  runUrl: string | null;
  /** Repository tools the model called (shown when there were any). */
  toolCalls?: number;
  /** What a second look checked and refuted, when there was one. */
  secondLook?: LookTally;
}

/** The review body, and the body findings it had no room to list (most severe first). */
export interface ReviewBody {
  body: string;
  /** Listed in the summary comment and the job summary instead; not in the body's marker. */
  unlisted: BodyFinding[];
}

/** The review body: summary, findings not placed inline, what was not reviewed, usage. Always fits. */
export function reviewBody(r: ReviewFacts): string {
  return reviewBodyParts(r).body;
}

/**
 * The review body within GitHub's limit by construction: the fixed parts are bounded, the body findings
 * are listed most severe first while they fit, and the rest are counted with where they are listed.
 * The marker names only what the body lists (inline findings carry their own markers too).
 */
export function reviewBodyParts(r: ReviewFacts): ReviewBody {
  const head = `## ${r.deep ? 'vtrix-review — deep review' : 'vtrix-review'}`;
  const all = [...r.placement.inline.map((c) => c.finding), ...r.placement.body.map((b) => b.finding)];
  const counts = severityCounts(all);

  // Summaries come from the model: sanitised and bounded, so they cannot push the body over GitHub's limit.
  const intro = introFrom(r.summaries, MAX_SUMMARY_CHARS, MAX_INTRO_CHARS);

  const tally =
    all.length === 0
      ? `No problems found at or above \`${r.minSeverity}\` in ${r.reviewedFiles} reviewed file${r.reviewedFiles === 1 ? '' : 's'}.`
      : `**${all.length} finding${all.length === 1 ? '' : 's'}** (${counts}): ${r.placement.inline.length} inline, ${r.placement.body.length} below.`;
  const below =
    r.belowThreshold.length > 0
      ? ` ${r.belowThreshold.length} finding${r.belowThreshold.length === 1 ? '' : 's'} below \`min-severity: ${r.minSeverity}\` not shown.`
      : '';

  const usage = `<sub>${r.model} · effort ${r.reasoningEffort} · ${r.requests} request${r.requests === 1 ? '' : 's'} · ${r.promptTokens.toLocaleString('en-US')} prompt + ${r.completionTokens.toLocaleString('en-US')} completion tokens${r.toolCalls ? ` · ${r.toolCalls} tool call${r.toolCalls === 1 ? '' : 's'}` : ''} · ${r.headSha.slice(0, 7)}</sub>`;
  const verdict = r.verdict ? verdictMarkdown(r.verdict, (t) => sanitizeInline(t, 300)) : '';
  const look = r.secondLook ? lookLine(r.secondLook, 'listed in the summary comment') : '';
  const fixed = [head, verdict, intro, tally + below, look].filter((s) => s !== '').join('\n\n');

  const inlineFps = r.placement.inline.flatMap((c) => (c.mark ? [c.mark.fp] : []));
  // Inline fingerprints are bounded by `max-comments` (at most 1,000 × 13 characters); body ones are
  // paid for item by item below, so the marker can never crowd out the text.
  const markerBase = reviewMarker({ head: r.headSha, inline: inlineFps, body: [] }).length;
  const room = GITHUB_BODY_LIMIT - 1_000 - fixed.length - usage.length - markerBase;

  const where = `listed in the summary comment and the job summary${r.runUrl ? ` of [the workflow run](${r.runUrl})` : ''}`;
  const bodyItems = r.placement.body.map((b) => ({
    text: bodyItem(b),
    extra: b.mark ? b.mark.fp.length + 1 : 0,
  }));
  const lists: FitList[] = [];
  if (r.placement.body.length > 0)
    lists.push({
      title: '### Findings not placed inline',
      items: bodyItems,
      more: (n) =>
        `- …and ${n} more (${severityCounts(r.placement.body.slice(-n).map((b) => b.finding))}), ${where}.`,
    });
  if (r.failed.length > 0)
    lists.push({
      title: '### Not reviewed: the model request failed',
      items: r.failed.map((s) => ({ text: notReviewed(s), extra: 0 })),
      more: (n) =>
        `- …and ${n} more, listed in the job summary${r.runUrl ? ` of [the workflow run](${r.runUrl})` : ''}.`,
    });
  if (r.skipped.length > 0)
    lists.push({
      title: '### Files not reviewed',
      items: r.skipped.map((s) => ({ text: notReviewed(s), extra: 0 })),
      more: (n) =>
        `- …and ${n} more, listed in the job summary${r.runUrl ? ` of [the workflow run](${r.runUrl})` : ''}.`,
    });

  const { sections, kept } = fitLists(lists, room);
  const listed = r.placement.body.slice(0, kept[0] ?? 0);
  const marker = reviewMarker({
    head: r.headSha,
    inline: inlineFps,
    body: listed.flatMap((b) => (b.mark ? [b.mark.fp] : [])),
  });
  return {
    body: [fixed, ...sections, usage, marker].join('\n\n'),
    unlisted: r.placement.body.slice(listed.length),
  };
}

/**
 * The model's summaries: one as Markdown, several as a list of one-line items (whole items only, so no
 * cut can fall inside one).
 */
export function introFrom(summaries: string[], each: number, total: number): string {
  const texts = summaries.filter((s) => s.trim() !== '');
  if (texts.length <= 1) return sanitizeMarkdown(texts[0] ?? '', Math.min(each, total));
  const items: string[] = [];
  let size = 0;
  for (const t of texts) {
    const item = `- ${sanitizeInline(t, each)}`;
    if (size + item.length + 1 > total - 100) break;
    items.push(item);
    size += item.length + 1;
  }
  if (items.length < texts.length) items.push(`- …and ${texts.length - items.length} more part summaries.`);
  return items.join('\n');
}

/** A file (or part) that was not reviewed: the path is the PR author's, the reason may quote the model. */
export function notReviewed(s: SkippedFile): string {
  return `- ${codeSpan(s.path)}: ${sanitizeInline(s.reason, MAX_REASON_CHARS)}`;
}

export function bodyItem(b: BodyFinding, maxChars = MAX_BODY_ITEM_CHARS): string {
  const f = b.finding;
  const head = `- ${findingHeading(f)} — ${codeSpan(b.path)} ${linesText(f.startLine, f.line)} (${f.side}) _(${sanitizeInline(b.reason, MAX_REASON_CHARS)})_`;
  let suggestion = '';
  if (f.suggestion !== null && f.suggestion.trim() !== '') {
    const code = sanitizeCode(f.suggestion);
    const block = indent('Suggested change:\n' + codeBlock('', code));
    suggestion = block.length <= maxChars / 2 ? block : indent(tooLong(code));
  }
  const room = maxChars - head.length - suggestion.length - 2;
  const body = sanitizeMarkdown(f.body, Math.max(0, room), { indent: 2 });
  return [head, body, suggestion].filter((p) => p !== '').join('\n');
}

const MAX_SUMMARY_CHARS = 3_000;
const MAX_INTRO_CHARS = 20_000;
const MAX_REASON_CHARS = 500;

/** One hostile or runaway finding must not crowd the others out of the body. */
const MAX_BODY_ITEM_CHARS = 8_000;

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `  ${l}` : ''))
    .join('\n');
}

interface FitList {
  title: string;
  /** Each item's text, and what else it costs (its fingerprint in the marker). */
  items: { text: string; extra: number }[];
  /** The line that counts the `n` items left out, and says where they are. */
  more: (n: number) => string;
}

/** Keeps whole items in order until the room is used; says how many were left out and where they are. */
function fitLists(lists: FitList[], room: number): { sections: string[]; kept: number[] } {
  const sections: string[] = [];
  const kept: number[] = [];
  let left = room;
  for (const l of lists) {
    const texts: string[] = [];
    let size = l.title.length + 2;
    for (const item of l.items) {
      const cost = item.text.length + 1 + item.extra;
      if (size + cost > left - 400) break;
      texts.push(item.text);
      size += cost;
    }
    kept.push(texts.length);
    const omitted = l.items.length - texts.length;
    if (omitted > 0) texts.push(l.more(omitted));
    if (texts.length > 0) {
      const text = `${l.title}\n${texts.join('\n')}`;
      sections.push(text);
      left -= size + (omitted > 0 ? texts.at(-1)!.length + 1 : 0) + 2;
    }
  }
  return { sections, kept };
}

export interface ReviewComment {
  path: string;
  body: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  start_line?: number;
  start_side?: 'LEFT' | 'RIGHT';
}

/** The body of `POST /repos/{owner}/{repo}/pulls/{n}/reviews`: one COMMENT review, never an approval. */
export interface ReviewPayload {
  commit_id: string;
  event: 'COMMENT';
  body: string;
  comments: ReviewComment[];
}

/**
 * All inline comments of one review together: past this, the remaining comments are shortened (title,
 * the start of the body), so a runaway or hostile answer cannot make a review of many megabytes.
 */
export const MAX_REVIEW_CHARS = 250_000;
const SHORT_COMMENT_ROOM = 2_000;

export function reviewPayload(headSha: string, body: string, inline: InlineFinding[]): ReviewPayload {
  let used = body.length;
  return {
    commit_id: headSha,
    // Structural: the only event this action ever sends. It never approves or requests changes.
    event: 'COMMENT',
    body,
    comments: inline.map((c) => {
      let text = commentBody(c);
      if (used + text.length > MAX_REVIEW_CHARS) text = commentBody(c, SHORT_COMMENT_ROOM);
      used += text.length;
      const comment: ReviewComment = { path: c.path, body: text, line: c.line, side: c.side };
      // start_line only for real ranges: GitHub refuses start_line == line.
      if (c.startLine !== null && c.startLine < c.line) {
        comment.start_line = c.startLine;
        comment.start_side = c.side;
      }
      return comment;
    }),
  };
}
