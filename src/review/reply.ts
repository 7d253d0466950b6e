/**
 * Our answers to commands in comments: the text posted in the thread (a reply to a review comment, or
 * a PR comment quoting the question), the list of commands, and one-line errors. Every answer ends
 * with our hidden reply marker and stays within GitHub's comment limit.
 */
import type { CommandName } from '../event/comment.ts';
import { replyMarker } from '../memory/markers.ts';
import { GITHUB_BODY_LIMIT } from './render.ts';
import { codeSpan, sanitizeInline, TRUNCATED } from './sanitize.ts';

/** Lines of the question quoted at the top of an answer on the PR's conversation, and their length. */
const QUOTE_LINES = 3;
const QUOTE_LINE_CHARS = 200;

/**
 * A look-alike of our markers anywhere but at the end would be taken for one by a reader that looks
 * for it anywhere (the summary comment is found that way): a zero-width space breaks it.
 */
function defuseMarkers(text: string): string {
  return text.replace(/<!--(\s*)vtrix-review:/gi, '<!--$1vtrix-review\u200b:');
}

/**
 * The question's first lines as a Markdown quote, sanitised (mentions cannot ping, HTML is text), so
 * an answer on the conversation says what it answers.
 */
export function quoteQuestion(text: string): string {
  const lines = defuseMarkers(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const shown = lines.slice(0, QUOTE_LINES).map((l) => `> ${sanitizeInline(l, QUOTE_LINE_CHARS)}`);
  if (lines.length > QUOTE_LINES) shown.push('> …');
  return shown.join('\n');
}

/**
 * The comment posted as an answer: the quote (on the conversation), the body (Markdown whose model
 * text is sanitised already), the marker. A body too long for GitHub is cut at a line break, with any
 * code block it leaves open closed.
 */
export function replyComment(p: { body: string; to: number; command: CommandName; quote?: string }): string {
  const marker = replyMarker({ to: p.to, command: p.command });
  const head = p.quote ? `${p.quote}\n\n` : '';
  const room = GITHUB_BODY_LIMIT - head.length - marker.length - TRUNCATED.length - 16;
  let body = defuseMarkers(p.body.trim());
  if (body.length > room) {
    const cut = body.slice(0, room);
    const nl = cut.lastIndexOf('\n');
    body = nl > room / 2 ? cut.slice(0, nl) : cut;
    const fences = body.match(/^ {0,3}(`{3,}|~{3,})/gm) ?? [];
    if (fences.length % 2 === 1) body += `\n${fences[fences.length - 1]!.trim()}`;
    body += `\n\n${TRUNCATED}`;
  }
  return `${head}${body}\n\n${marker}`;
}

/** An error as the one line posted in the thread: no stack, sanitised, short. */
export function errorLine(message: string): string {
  const first = message.split('\n').find((l) => l.trim() !== '') ?? message;
  return `⚠️ ${sanitizeInline(first, 400)}`;
}

/** What each command does, for `help`. */
const HELP: [string, string][] = [
  ['review', 'review what is new since the last review, now'],
  ['full review', 'review the whole pull request again, ignoring what earlier reviews said'],
  ['deep review', 'review the whole pull request at the deep-review effort, reading the repository'],
  ['fix', 'in one of my threads: a committable suggestion for its lines, or what to change'],
  ['ignore', 'in one of my threads (also `false positive`): resolve it and never raise it again here'],
  ['pause', 'stop automatic reviews of this pull request'],
  ['resume', 'start automatic reviews of this pull request again'],
  ['help', 'this list'],
];

/** The list of commands, with the phrase as the repository set it (in code: it pings nobody). */
export function helpText(phrase: string): string {
  const rows = HELP.map(([cmd, what]) => `| ${codeSpan(`${phrase} ${cmd}`, { table: true })} | ${what} |`);
  return [
    'Commands (people with write access to the repository):',
    '',
    '| command | what it does |',
    '|---|---|',
    ...rows,
    '',
    `Anything else after ${codeSpan(phrase)} is a question about the pull request.`,
  ].join('\n');
}

/** What a review run did, as far as its answer says. */
export interface ReviewOutcome {
  pr: { number: number; headSha: string };
  posted: { url: string | null; dryRun: boolean; notPosted?: string };
  result: {
    requests: number;
    repeated: unknown[];
    plan: { reviewable: unknown[] };
    placement: { inline: unknown[]; body: unknown[] };
  };
  memory: { reviewFiles: unknown[] | null };
}

/** The one line that answers `review`, `full review` or `deep review`: the review's link, or why none. */
export function reviewLine(
  r: ReviewOutcome,
  o: { phrase: string; runUrl: string | null; deep: boolean },
): string {
  const found = r.result.placement.inline.length + r.result.placement.body.length;
  const repeated = r.result.repeated.length;
  const again = repeated > 0 ? `, ${repeated} already reported` : '';
  const what = o.deep ? 'Deep review' : 'Review';
  if (r.posted.url) return `${what} posted: ${r.posted.url} (${plural(found, 'new finding')}${again}).`;
  if (r.posted.notPosted) return `The review was not posted: ${sanitizeInline(r.posted.notPosted, 300)}.`;
  if (r.posted.dryRun)
    return `Dry run: the review was not posted; it is in the job summary${o.runUrl ? ` of ${o.runUrl}` : ''}.`;
  if (r.result.requests === 0 && r.memory.reviewFiles?.length === 0)
    return `Nothing new since the last review (commit ${r.pr.headSha.slice(0, 7)} was reviewed already): ${codeSpan(`${o.phrase} full review`)} reviews the whole pull request again.`;
  if (r.result.requests === 0 && r.result.plan.reviewable.length === 0)
    return 'Nothing to review: no changed file passes the filters (`exclude`, `include`).';
  return `Nothing new to post: ${plural(found, 'new finding')}${again}.`;
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
