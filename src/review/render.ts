import type { BodyFinding, InlineFinding, Placement } from '../place/place.ts';
import type { SkippedFile } from '../filter/filter.ts';
import { SEVERITIES, type Finding, type Severity } from '../findings/types.ts';
import { findingMarker, reviewMarker } from '../memory/markers.ts';

export { MARKER_PREFIX } from '../memory/markers.ts';

/** GitHub refuses review and comment bodies above this many characters. */
export const GITHUB_BODY_LIMIT = 65_536;

const BADGE: Record<Severity, string> = {
  critical: '🔴 critical',
  major: '🟠 major',
  minor: '🟡 minor',
  nit: '⚪ nit',
};

/** A code fence longer than any backtick run inside `text`, so code holding ``` cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function codeBlock(lang: string, text: string): string {
  const t = text.replace(/\r?\n$/, '');
  const fence = fenceFor(t);
  return `${fence}${lang}\n${t}\n${fence}`;
}

export function commentBody(c: InlineFinding): string {
  const f = c.finding;
  const parts = [`**${BADGE[f.severity]}: ${oneLine(f.title)}**`, f.body];
  if (c.movedFrom) {
    const cited = c.movedFrom.startLine
      ? `lines ${c.movedFrom.startLine}–${c.movedFrom.line}`
      : `line ${c.movedFrom.line}`;
    parts.push(
      `<sub>This finding cites ${cited}, which are outside the diff; it is shown on the nearest changed line.</sub>`,
    );
  }
  if (f.suggestion !== null && f.suggestion.trim() !== '') {
    parts.push(
      c.committable
        ? codeBlock('suggestion', f.suggestion)
        : 'Suggested change:\n' + codeBlock('', f.suggestion),
    );
  }
  const marker = c.mark ? `\n\n${findingMarker({ fp: c.mark.fp, loc: c.mark.loc, sev: f.severity })}` : '';
  return clip(parts.join('\n\n'), GITHUB_BODY_LIMIT - 300) + marker;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Cuts `s` to about `max` characters without leaving a code fence open. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const open = openFence(cut);
  return `${cut}${open ? `\n${open}` : ''}\n\n…(truncated)`;
}

/**
 * The fence still open at the end of `text` (CommonMark rules: same character, at least as long), with
 * its indentation: inside a list item the closing fence must be indented like the opening one.
 */
export function openFence(text: string): string | null {
  let open: { indent: string; run: string } | null = null;
  for (const line of text.split('\n')) {
    const m = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
    if (!m) continue;
    const [, indent, run, rest] = m as unknown as [string, string, string, string];
    if (open === null) {
      if (!(run[0] === '`' && rest.includes('`'))) open = { indent, run };
    } else if (run[0] === open.run[0] && run.length >= open.run.length && rest.trim() === '') {
      open = null;
    }
  }
  return open ? open.indent + open.run : null;
}

export interface ReviewFacts {
  headSha: string;
  deep: boolean;
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
  effort: string;
  /** Where the full report lives when the body must be shortened. */
  runUrl: string | null;
}

/** The review body: summary, findings not placed inline, what was not reviewed, usage. Always fits. */
export function reviewBody(r: ReviewFacts): string {
  const head = `## ${r.deep ? 'vtrix-review — deep review' : 'vtrix-review'}`;
  const all = [...r.placement.inline.map((c) => c.finding), ...r.placement.body.map((b) => b.finding)];
  const counts = SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(' · ');

  // Summaries come from the model: bounded, so they cannot push the body over GitHub's limit.
  const summary = r.summaries.filter((s) => s.trim() !== '').map((s) => clip(s.trim(), MAX_SUMMARY_CHARS));
  const intro = clip(
    summary.length <= 1 ? (summary[0] ?? '') : summary.map((s) => `- ${s.replace(/\n+/g, ' ')}`).join('\n'),
    MAX_INTRO_CHARS,
  );

  const tally =
    all.length === 0
      ? `No problems found at or above \`${r.minSeverity}\` in ${r.reviewedFiles} reviewed file${r.reviewedFiles === 1 ? '' : 's'}.`
      : `**${all.length} finding${all.length === 1 ? '' : 's'}** (${counts}): ${r.placement.inline.length} inline, ${r.placement.body.length} below.`;
  const below =
    r.belowThreshold.length > 0
      ? ` ${r.belowThreshold.length} finding${r.belowThreshold.length === 1 ? '' : 's'} below \`min-severity: ${r.minSeverity}\` not shown.`
      : '';

  const usage = `<sub>${r.model} · effort ${r.effort} · ${r.requests} request${r.requests === 1 ? '' : 's'} · ${r.promptTokens.toLocaleString('en-US')} prompt + ${r.completionTokens.toLocaleString('en-US')} completion tokens · ${r.headSha.slice(0, 7)}</sub>`;
  const marker = reviewMarker({
    head: r.headSha,
    inline: r.placement.inline.flatMap((c) => (c.mark ? [c.mark.fp] : [])),
    body: r.placement.body.flatMap((b) => (b.mark ? [b.mark.fp] : [])),
  });

  const fixed = [head, intro, tally + below].filter((s) => s !== '').join('\n\n');
  const tailParts = [usage, marker];
  const room = GITHUB_BODY_LIMIT - 1_000 - fixed.length - tailParts.join('\n\n').length;

  const lists: { title: string; items: string[] }[] = [];
  if (r.placement.body.length > 0)
    lists.push({ title: '### Findings not placed inline', items: r.placement.body.map(bodyItem) });
  if (r.failed.length > 0)
    lists.push({
      title: '### Not reviewed: the model request failed',
      items: r.failed.map((s) => `- \`${s.path}\`: ${s.reason}`),
    });
  if (r.skipped.length > 0)
    lists.push({
      title: '### Files not reviewed',
      items: r.skipped.map((s) => `- \`${s.path}\`: ${s.reason}`),
    });

  const sections = fitLists(lists, room, r.runUrl);
  return [fixed, ...sections, ...tailParts].join('\n\n');
}

function bodyItem(b: BodyFinding): string {
  const f = b.finding;
  const where = f.startLine && f.startLine !== f.line ? `lines ${f.startLine}–${f.line}` : `line ${f.line}`;
  const lines = [
    `- **${BADGE[f.severity]}: ${oneLine(f.title)}** — \`${b.path}\` ${where} (${f.side}) _(${b.reason})_`,
  ];
  lines.push(indent(f.body));
  if (f.suggestion !== null && f.suggestion.trim() !== '')
    lines.push(indent('Suggested change:\n' + codeBlock('', f.suggestion)));
  return clip(lines.join('\n'), MAX_BODY_ITEM_CHARS);
}

const MAX_SUMMARY_CHARS = 3_000;
const MAX_INTRO_CHARS = 20_000;

/** One hostile or runaway finding must not crowd the others out of the body. */
const MAX_BODY_ITEM_CHARS = 8_000;

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `  ${l}` : ''))
    .join('\n');
}

/** Keeps whole items in order until the room is used; says how many were left out and where they are. */
function fitLists(
  lists: { title: string; items: string[] }[],
  room: number,
  runUrl: string | null,
): string[] {
  const out: string[] = [];
  let left = room;
  for (const l of lists) {
    const kept: string[] = [];
    let size = l.title.length + 2;
    for (const item of l.items) {
      const cost = item.length + 1;
      if (size + cost > left - 300) break;
      kept.push(item);
      size += cost;
    }
    const omitted = l.items.length - kept.length;
    if (omitted > 0) {
      kept.push(
        `- …and ${omitted} more, listed in the job summary${runUrl ? ` of [the workflow run](${runUrl})` : ''}.`,
      );
    }
    if (kept.length > 0) {
      const text = `${l.title}\n${kept.join('\n')}`;
      out.push(text);
      left -= text.length + 2;
    }
  }
  return out;
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

export function reviewPayload(headSha: string, body: string, inline: InlineFinding[]): ReviewPayload {
  return {
    commit_id: headSha,
    event: 'COMMENT',
    body,
    comments: inline.map((c) => {
      const comment: ReviewComment = { path: c.path, body: commentBody(c), line: c.line, side: c.side };
      // start_line only for real ranges: GitHub refuses start_line == line.
      if (c.startLine !== null && c.startLine < c.line) {
        comment.start_line = c.startLine;
        comment.start_side = c.side;
      }
      return comment;
    }),
  };
}
