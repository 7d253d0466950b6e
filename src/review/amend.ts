import { GITHUB_BODY_LIMIT, linesText, type ReviewComment, type ReviewPayload } from './render.ts';
import { ADDRESSED_MARKER, parseFindingMarker, parseReviewMarker, reviewMarker } from '../memory/markers.ts';
import { codeSpan } from './sanitize.ts';

/**
 * What is added to a rendered review once delivery knows more than the pipeline did: the note that
 * new commits arrived while it ran, and the comments GitHub refused on their lines. The GitHub layer
 * passes the facts; the Markdown is made here, next to the body it goes into.
 */

/** `payload` with a note that the head moved on to `headNow` while the review of `commit_id` ran. */
export function withNewCommitsNote(payload: ReviewPayload, headNow: string): ReviewPayload {
  const reviewed = payload.commit_id.slice(0, 7);
  return {
    ...payload,
    body: addToBody(
      payload.body,
      `> [!NOTE]\n> New commits arrived while this review ran: it is a review of ${reviewed}, and the head is now ${headNow.slice(0, 7)}. Comments on lines the new commits changed show as outdated; the next run reviews the new commits.`,
    ),
  };
}

/**
 * `payload` with `comments` taken out of the inline comments and listed in the body, each with its
 * file, line and text, and the review marker updated so later runs know they were reported.
 */
export function moveIntoBody(
  payload: ReviewPayload,
  comments: ReviewComment[],
  reason: string,
): ReviewPayload {
  if (comments.length === 0) return payload;
  const out = new Set(comments);
  let body = payload.body;
  const mark = parseReviewMarker(body);
  if (mark) {
    const fps = new Set(comments.flatMap((c) => parseFindingMarker(c.body)?.fp ?? []));
    const updated = reviewMarker({
      head: mark.head,
      inline: mark.inline.filter((f) => !fps.has(f)),
      body: [...mark.body, ...mark.inline.filter((f) => fps.has(f))],
    });
    body = body.replace(/<!-- vtrix-review:review [^>]*-->/, updated);
  }
  const items = comments.map((c) => {
    const lines = linesText(c.start_line, c.line);
    const text = c.body
      .replace(/\n*<!-- vtrix-review:finding [^>]*-->/g, '')
      // A suggestion block only applies in an inline comment: in the body it is plain code.
      .replace(/^(\s*)(`{3,}|~{3,})suggestion\s*$/gm, '$1$2');
    const indented = text
      .split('\n')
      .map((l) => (l ? `  ${l}` : ''))
      .join('\n');
    return clip(`- ${codeSpan(c.path)} ${lines} (${c.side}):\n${indented}`, 6_000);
  });
  const section = `### Comments GitHub refused inline\n${reason}; they are listed here with their place instead.\n`;
  return {
    ...payload,
    body: addToBody(body, section, items),
    comments: payload.comments.filter((c) => !out.has(c)),
  };
}

/**
 * Inserts a section (a heading line and items) into a review body before its usage line and marker,
 * keeping the body within GitHub's limit: items that do not fit are counted, not cut mid-way.
 */
export function addToBody(body: string, head: string, items: string[] = []): string {
  const markerAt = body.search(/<!-- vtrix-review:review /);
  const end = markerAt >= 0 ? markerAt : body.length;
  const usageAt = body.lastIndexOf('\n\n<sub>', end);
  const at = usageAt >= 0 ? usageAt : end;
  const before = body.slice(0, at).replace(/\s+$/, '');
  const after = body.slice(at).replace(/^\s+/, '');
  let room = GITHUB_BODY_LIMIT - 500 - before.length - after.length - head.length;
  const kept: string[] = [];
  for (const item of items) {
    if (item.length + 1 > room) break;
    kept.push(item);
    room -= item.length + 1;
  }
  const omitted = items.length - kept.length;
  if (omitted > 0) kept.push(`- …and ${omitted} more, listed in the job summary and the log.`);
  const section = [head.replace(/\s+$/, ''), ...kept].join('\n');
  return [before, section, after].filter((s) => s !== '').join('\n\n');
}

/** `s` cut to `max` characters at a line end; a code block the cut leaves open is closed. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = s.lastIndexOf('\n', max);
  const cut = s.slice(0, end > 0 ? end : max);
  let open: { indent: string; run: string } | null = null;
  for (const line of cut.split('\n')) {
    const m = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (!m) continue;
    const [, indent, run, rest] = m as unknown as [string, string, string, string];
    if (open === null) open = { indent, run };
    else if (run[0] === open.run[0] && run.length >= open.run.length && rest.trim() === '') open = null;
  }
  return `${cut}${open ? `\n${open.indent}${open.run}` : ''}\n\n…(truncated)`;
}

/** The review as it would be posted, for the log of a run that does not post it. */
export function printable(p: ReviewPayload): string {
  const comments = p.comments.map(
    (c) => `--- ${c.path}:${c.start_line ? `${c.start_line}-` : ''}${c.line} (${c.side})\n${c.body}`,
  );
  return [`=== Review (not posted, commit ${p.commit_id}) ===`, p.body, ...comments].join('\n\n');
}

/** The log's copy of a comment GitHub refused inline, listed in the review body instead. */
export function printableMoved(c: ReviewComment): string {
  return `--- moved into the review body: ${c.path}:${c.line} (${c.side})\n${c.body}`;
}

/** The reply on a thread whose finding looks fixed, when the thread cannot be resolved. */
export function addressedReply(headSha: string): string {
  return `This looks addressed in ${headSha.slice(0, 7)}: the lines changed and the finding was not reported again.\n\n${ADDRESSED_MARKER}`;
}
