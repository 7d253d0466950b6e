/**
 * Comments on a pull request as commands: which events are comments, what the payload says about the
 * comment and its place, whether it mentions the trigger phrase, and the command after the phrase.
 * Pure: the payload and the comment text are untrusted data, only read here.
 */
import type { PullRequest } from '../types.ts';
import { EventError, isBotUser, pullRequestFromApi } from './pull-request.ts';

export { isBotUser } from './pull-request.ts';

export const COMMENT_EVENTS = ['issue_comment', 'pull_request_review_comment'] as const;
export type CommentEventName = (typeof COMMENT_EVENTS)[number];

type Json = Record<string, unknown>;

/** The comment that may hold a command. */
export interface EventComment {
  id: number;
  nodeId: string;
  body: string;
  user: { login: string; type: string };
  htmlUrl: string;
}

/** Where the comment is, and so where the answer goes. */
export type ThreadPlace =
  | { kind: 'conversation' }
  | {
      kind: 'review-thread';
      path: string;
      /** The comment's line now; null once outdated (then `originalLine` is where it was posted). */
      line: number | null;
      originalLine: number | null;
      side: 'LEFT' | 'RIGHT' | null;
      startLine: number | null;
      /** The thread's first comment when this one is a reply (replies go to the first comment). */
      inReplyToId: number | null;
      reviewId: number | null;
      commitId: string;
    };

export interface CommentEvent {
  event: CommentEventName;
  action: string;
  owner: string;
  repo: string;
  /** The issue's or pull request's number. */
  number: number;
  /** An issue comment may be on a plain issue. */
  isPullRequest: boolean;
  comment: EventComment;
  place: ThreadPlace;
  /** A review comment's payload holds the pull request; an issue comment's does not (read it from the API). */
  pr: PullRequest | null;
}

/** The comment and its place from an `issue_comment` or `pull_request_review_comment` payload. */
export function parseCommentEvent(eventName: CommentEventName, payload: Json): CommentEvent {
  const raw = obj(payload['comment']);
  const user = obj(raw['user']);
  const id = Number(raw['id']);
  if (!Number.isSafeInteger(id) || id <= 0 || typeof user['login'] !== 'string') {
    throw new EventError(`The '${eventName}' event payload has no comment with an id and an author.`);
  }
  const comment: EventComment = {
    id,
    nodeId: str(raw['node_id']),
    body: str(raw['body']),
    user: { login: user['login'], type: str(user['type']) },
    htmlUrl: str(raw['html_url']),
  };
  const repository = obj(payload['repository']);
  const [fnOwner = '', fnRepo = ''] = str(repository['full_name']).split('/');
  const owner = str(obj(repository['owner'])['login']) || fnOwner;
  const repo = str(repository['name']) || fnRepo;
  const action = str(payload['action']);

  if (eventName === 'issue_comment') {
    const issue = obj(payload['issue']);
    const number = Number(issue['number']);
    if (!owner || !repo || !Number.isSafeInteger(number) || number <= 0) {
      throw new EventError("The 'issue_comment' event payload lacks its repository or issue number.");
    }
    const isPullRequest = issue['pull_request'] !== undefined && issue['pull_request'] !== null;
    return {
      event: eventName,
      action,
      owner,
      repo,
      number,
      isPullRequest,
      comment,
      place: { kind: 'conversation' },
      pr: null,
    };
  }

  const prRaw = payload['pull_request'];
  if (!prRaw || typeof prRaw !== 'object') {
    throw new EventError("The 'pull_request_review_comment' event payload has no pull_request object.");
  }
  const pr = pullRequestFromApi(prRaw as Json);
  const side = raw['side'];
  return {
    event: eventName,
    action,
    owner: pr.owner,
    repo: pr.repo,
    number: pr.number,
    isPullRequest: true,
    comment,
    place: {
      kind: 'review-thread',
      path: str(raw['path']),
      line: num(raw['line']),
      originalLine: num(raw['original_line']),
      side: side === 'LEFT' || side === 'RIGHT' ? side : null,
      startLine: num(raw['start_line']),
      inReplyToId: num(raw['in_reply_to_id']),
      reviewId: num(raw['pull_request_review_id']),
      commitId: str(raw['commit_id']),
    },
    pr,
  };
}

export const COMMANDS = [
  'help',
  'review',
  'full review',
  'deep review',
  'fix',
  'ignore',
  'pause',
  'resume',
  'question',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface Command {
  name: CommandName;
  /**
   * What follows the phrase (the rest of the comment, trimmed); for a question whose text is all
   * before the phrase ("why is this a race, @vtrix-review?"), the comment without the phrase.
   */
  text: string;
}

/** The words after the phrase, on its line, that name a command (trailing punctuation allowed). */
const WORDS: [RegExp, CommandName][] = [
  [/^help$/, 'help'],
  [/^review$/, 'review'],
  [/^full\s+review$/, 'full review'],
  [/^deep\s+review$/, 'deep review'],
  [/^fix$/, 'fix'],
  [/^(?:ignore|false[\s-]+positive)$/, 'ignore'],
  [/^pause$/, 'pause'],
  [/^resume$/, 'resume'],
];

/**
 * The command of a comment that mentions `phrase` (case-insensitive, as a whole word), or null when
 * it does not. Mentions inside code spans, code blocks, HTML comments and quoted (`>`) lines do not
 * count: a reply quoting an earlier command must not run it again, and code is not a request.
 */
export function parseCommand(body: string, phrase: string): Command | null {
  const visible = blankInert(body.replace(/\r\n?/g, '\n'));
  const source = body.replace(/\r\n?/g, '\n');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_@./-])${escapeRe(phrase)}(?![\\p{L}\\p{N}_-]|[.@/][\\p{L}\\p{N}])`,
    'iu',
  );
  const m = re.exec(visible);
  if (!m) return null;
  const after = source.slice(m.index + m[0].length);
  const firstLine = (after.split('\n', 1)[0] ?? '')
    .replace(/^[\s,:;)\]]+/, '')
    .replace(/[\s.!?,;:]+$/, '')
    .toLowerCase();
  const text = after.replace(/^[\s,:;)\]]+/, '').trim();
  if (firstLine === '' && !/[\p{L}\p{N}]/u.test(text)) {
    const rest = (source.slice(0, m.index) + source.slice(m.index + m[0].length)).trim();
    return /[\p{L}\p{N}]/u.test(rest) ? { name: 'question', text: rest } : { name: 'help', text: '' };
  }
  for (const [word, name] of WORDS) if (word.test(firstLine)) return { name, text };
  return { name: 'question', text };
}

/**
 * The text with code blocks (fenced or indented), code spans, HTML comments and quoted lines
 * replaced by spaces (line breaks kept), so that positions still match the original.
 */
function blankInert(text: string): string {
  const lines = text.split('\n');
  let fence: { char: string; length: number } | null = null;
  // An indented code block starts after a blank line (it cannot interrupt a paragraph) and goes on
  // while lines stay indented or blank.
  let indented = false;
  let afterBlank = true;
  const out = lines.map((line) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    const isBlank = line.trim() === '';
    const wasAfterBlank = afterBlank;
    afterBlank = isBlank;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
      return blank(line);
    }
    if (isBlank) return line;
    if (/^(?: {4}|\t| {0,3}\t)/.test(line) && (indented || wasAfterBlank)) {
      indented = true;
      return blank(line);
    }
    indented = false;
    if (open) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      return blank(line);
    }
    if (/^ {0,3}>/.test(line)) return blank(line);
    return line;
  });
  return out
    .join('\n')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
    .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function obj(v: unknown): Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
}

/** What the run does with a comment event, decided from the payload alone (no request made yet). */
export type CommentDecision =
  { kind: 'converse'; event: CommentEvent } | { kind: 'skip'; reason: string; quiet: true };

/**
 * Comment events: null for any other event, and when `pull-request` names the PR (the run is then a
 * manual review, as before comments were commands). Otherwise a quiet skip for what is never a command
 * (an edit or deletion, a bot's comment, ours included, a plain issue, a comment without the phrase
 * when the phrase is fixed by the workflow), else the comment to answer. `phraseFixed`: the workflow set
 * `trigger-phrase`, so the repository's configuration cannot change it and no request is needed to
 * tell a comment without it.
 */
export function decideComment(
  eventName: string,
  payload: Json,
  o: { pullRequest: string; triggerPhrase: string; phraseFixed: boolean },
): CommentDecision | null {
  if (!(COMMENT_EVENTS as readonly string[]).includes(eventName) || o.pullRequest !== '') return null;
  const event = parseCommentEvent(eventName as CommentEventName, payload);
  const skip = (reason: string): CommentDecision => ({ kind: 'skip', reason, quiet: true });
  if (event.action !== 'created')
    return skip(`The '${event.action}' action of ${eventName} is not a new comment.`);
  if (isBotUser(event.comment.user))
    return skip(`The comment is by the bot ${event.comment.user.login}: bots' comments are never commands.`);
  if (!event.isPullRequest) return skip(`#${event.number} is an issue, not a pull request.`);
  if (o.phraseFixed && parseCommand(event.comment.body, o.triggerPhrase) === null)
    return skip(`The comment does not mention ${o.triggerPhrase}.`);
  return { kind: 'converse', event };
}
