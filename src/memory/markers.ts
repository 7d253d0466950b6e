/**
 * Hidden markers (HTML comments) through which a run finds what earlier runs posted. Markers are
 * only trusted on content written by a bot account: anyone can type an HTML comment. And only at the
 * very end of the text, where the action puts its own marker after everything else: our comments quote
 * model-written text, and a model steered by the PR can write a marker-like string (in a code span or a
 * code block, where sanitising leaves it as it is) to forge a reviewed commit or fingerprint.
 */
export const MARKER_PREFIX = '<!-- vtrix-review:';
export const SUMMARY_MARKER = '<!-- vtrix-review:summary';

/**
 * The summary comment also records the last commit a run reviewed (a run may post no review), and the
 * fingerprints of the findings it lists because no review body had room for them; and what the team
 * said with commands: findings ignored (`ignored`) and whether automatic reviews are paused (`paused`).
 * A marker without a reviewed commit (the comment was created by a command) says `head=-`.
 */
export function summaryMarker(
  head: string | null,
  body: string[] = [],
  state: SummaryState = NO_STATE,
): string {
  const ignored = state.ignored.slice(-MAX_IGNORED);
  return `${SUMMARY_MARKER} head=${head ?? '-'}${body.length > 0 ? ` body=${body.join(',')}` : ''}${ignored.length > 0 ? ` ignored=${ignored.join(',')}` : ''}${state.paused ? ` paused=${state.paused.by}@${state.paused.at}` : ''} -->`;
}

/** What commands set on the PR, kept in the summary comment's marker across runs. */
export interface SummaryState {
  /** Fingerprints of findings ignored with a command, oldest first: never raised again on the PR. */
  ignored: string[];
  /** Automatic reviews are paused: by whom (a login) and when (ISO time, to the second). */
  paused: { by: string; at: string } | null;
}

export const NO_STATE: SummaryState = { ignored: [], paused: null };

/**
 * Ignored fingerprints a marker keeps at most (the newest): 13 characters each, so the state never
 * costs more than ~13,000 of the comment's 65,536 characters.
 */
export const MAX_IGNORED = 1_000;

const SUMMARY_RE =
  /<!-- vtrix-review:summary head=([0-9a-f]{7,64}|-)(?: body=([0-9a-f,]*))?(?: ignored=([0-9a-f,]*))?(?: paused=([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?)@(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ))? -->\s*$/;

export function parseSummaryMarker(
  text: string | null | undefined,
): { head: string | null; body: string[] } | null {
  if (!(text ?? '').includes(SUMMARY_MARKER)) return null;
  const m = SUMMARY_RE.exec(text ?? '');
  return { head: m && m[1] !== '-' ? m[1]! : null, body: list(m?.[2]) };
}

/** The command state in a summary comment's marker; none (NO_STATE) in a marker of an older version. */
export function parseSummaryState(text: string | null | undefined): SummaryState {
  const m = SUMMARY_RE.exec(text ?? '');
  if (!m) return NO_STATE;
  return { ignored: list(m[3]), paused: m[4] && m[5] ? { by: m[4], at: m[5] } : null };
}

/** The summary comment's text with its marker (at the end) rewritten to hold `state`. */
export function withSummaryState(text: string, state: SummaryState): string {
  const m = SUMMARY_RE.exec(text);
  // Not ours as we write it (no marker where it belongs): the new marker is added at the end.
  if (!m) return `${text.trimEnd()}\n\n${summaryMarker(null, [], state)}`;
  const head = m[1] === '-' ? null : m[1]!;
  return `${text.slice(0, m.index)}${summaryMarker(head, list(m[2]), state)}${text.slice(m.index + m[0].length)}`;
}

/** A continuation of the summary comment, for what one comment cannot hold: numbered from 1. */
export const CONTINUED_MARKER = '<!-- vtrix-review:continued';

export function continuedMarker(part: number, head: string, body: string[]): string {
  return `${CONTINUED_MARKER} part=${part} head=${head}${body.length > 0 ? ` body=${body.join(',')}` : ''} -->`;
}

export function parseContinuedMarker(
  text: string | null | undefined,
): { part: number; head: string; body: string[] } | null {
  const m =
    /<!-- vtrix-review:continued part=(\d{1,3}) head=([0-9a-f]{7,64})(?: body=([0-9a-f,]*))? -->\s*$/.exec(
      text ?? '',
    );
  return m ? { part: Number(m[1]), head: m[2]!, body: list(m[3]) } : null;
}

function list(s: string | undefined): string[] {
  return s ? s.split(',').filter(Boolean) : [];
}

export const ADDRESSED_MARKER = '<!-- vtrix-review:addressed -->';

/** Our "looks addressed" reply: the marker ends it. */
export function isAddressedReply(text: string | null | undefined): boolean {
  return (text ?? '').trimEnd().endsWith(ADDRESSED_MARKER);
}

/** Our reply to a question or a command in a thread: the marker ends it. */
export const ANSWER_MARKER = '<!-- vtrix-review:answer -->';

export interface ReviewMark {
  head: string;
  /** Fingerprints of the findings posted inline / listed in the body. */
  inline: string[];
  body: string[];
}

export function reviewMarker(m: ReviewMark): string {
  return `${MARKER_PREFIX}review head=${m.head} inline=${m.inline.join(',')} body=${m.body.join(',')} -->`;
}

export function parseReviewMarker(text: string | null | undefined): ReviewMark | null {
  const m =
    /<!-- vtrix-review:review head=([0-9a-f]{7,64})(?: inline=([0-9a-f,]*))?(?: body=([0-9a-f,]*))? -->\s*$/.exec(
      text ?? '',
    );
  if (!m) return null;
  return { head: m[1]!, inline: list(m[2]), body: list(m[3]) };
}

export interface FindingMark {
  fp: string;
  loc: string;
  sev: string;
}

export function findingMarker(m: FindingMark): string {
  return `${MARKER_PREFIX}finding fp=${m.fp} loc=${m.loc} sev=${m.sev} -->`;
}

export function parseFindingMarker(text: string | null | undefined): FindingMark | null {
  const m = /<!-- vtrix-review:finding fp=([0-9a-f]+) loc=([0-9a-f]+) sev=([a-z]+) -->\s*$/.exec(text ?? '');
  return m ? { fp: m[1]!, loc: m[2]!, sev: m[3]! } : null;
}

/** The title of one of our inline comments: its first bold line, after the severity (none: ''). */
export function commentTitle(body: string): string {
  const m = /^\*\*[^:*\n]*:\s*(.*?)\*\*/.exec(body);
  return m ? m[1]! : '';
}

/**
 * The finding's own text in one of our inline comments: after the heading line, before what the action
 * adds (the moved-line note, the suggestion, the marker).
 */
export function commentText(body: string): string {
  const start = body.indexOf('\n\n');
  if (start < 0) return '';
  const rest = body.slice(start + 2);
  const end = rest.search(
    /\n\n(?:<sub>This finding cites|`{3,}suggestion|Suggested change:|_The suggested change|<!-- vtrix-review:)|^<!-- vtrix-review:/m,
  );
  return end < 0 ? rest : rest.slice(0, end);
}

/** Our answer to a command in a comment: `to` is the comment it answers. */
export const REPLY_MARKER = '<!-- vtrix-review:reply';

export function replyMarker(m: { to: number; command: string }): string {
  return `${REPLY_MARKER} to=${m.to} cmd=${m.command.replace(/[^a-z]+/g, '-')} -->`;
}

export function parseReplyMarker(text: string | null | undefined): { to: number; command: string } | null {
  const m = /<!-- vtrix-review:reply to=(\d{1,20}) cmd=([a-z-]{1,30}) -->\s*$/.exec(text ?? '');
  return m ? { to: Number(m[1]), command: m[2]! } : null;
}
