import { ANSWER_MARKER } from '../memory/markers.ts';
import { GITHUB_BODY_LIMIT } from '../review/render.ts';
import { fenceFor, sanitizeCode, sanitizeInline, sanitizeMarkdown } from '../review/sanitize.ts';
import type { FixAnswer, QuestionAnswer } from './schema.ts';
import { sameAsCurrent, type FixTarget } from './target.ts';

/** What the reply's footer shows, as the review's footer does. */
export interface ReplyUsage {
  model: string;
  reasoningEffort: string;
  requests: number;
  promptTokens: number;
  completionTokens: number;
}

export interface ReplyOptions {
  /**
   * The question, quoted at the top: for a reply in the PR's conversation, where nothing else shows
   * what it answers (a reply in a review thread needs none).
   */
  quote?: string | null;
}

/** Characters kept free under GitHub's limit (the marker, the joins). */
const SPARE = 200;
const MAX_QUOTE_CHARS = 300;
const MAX_REASON_CHARS = 1_000;
const MAX_MODEL_CHARS = 100;

/** The reply to a question: the answer, sanitised, and the footer; always within GitHub's limit. */
export function answerReply(a: QuestionAnswer, usage: ReplyUsage, o: ReplyOptions = {}): string {
  return assemble(o, a.answer, [], usage);
}

/**
 * The reply to `fix`: a committable ```suggestion when the place allows it and the model gave one that
 * changes the lines, else the change as a plain code block, and the explanation. The code is kept
 * whole or replaced by a note (a cut suggestion would commit broken code).
 */
export function fixReply(f: FixAnswer, target: FixTarget, usage: ReplyUsage, o: ReplyOptions = {}): string {
  const room = GITHUB_BODY_LIMIT - SPARE;
  const after: string[] = [];
  const code = f.suggestion !== null && f.suggestion.trim() !== '' ? sanitizeCode(f.suggestion) : null;
  if (code !== null) {
    const same = f.fixable && sameAsCurrent(target, code);
    const committable = target.committable && f.fixable && !same;
    const block = committable ? codeBlock('suggestion', code) : `Suggested change:\n${codeBlock('', code)}`;
    after.push(block.length <= room / 2 ? block : tooLong(code));
    if (same)
      after.push('_The suggested text is the same as the current lines: there is nothing to commit._');
    else if (f.fixable && !target.committable) {
      after.push(
        `_Not offered as a committable suggestion: ${sanitizeInline(target.reason, MAX_REASON_CHARS)}._`,
      );
    }
  }
  return assemble(o, f.explanation, after, usage);
}

/** One line saying why there is no answer (a failed request, a budget), for the thread and the log. */
export function errorReply(reason: string, o: ReplyOptions = {}): string {
  const line = `⚠️ vtrix-review could not answer: ${sanitizeInline(reason, MAX_REASON_CHARS)}`;
  return [...quoted(o), line, ANSWER_MARKER].join('\n\n');
}

/** The fixed parts first, then the model's Markdown in whatever room they leave. */
function assemble(o: ReplyOptions, markdown: string, after: string[], usage: ReplyUsage): string {
  const head = quoted(o);
  const tail = [...after, footer(usage)];
  const fixed = [...head, ...tail].reduce((n, p) => n + p.length + 2, 0) + ANSWER_MARKER.length;
  const text = sanitizeMarkdown(markdown, Math.max(0, GITHUB_BODY_LIMIT - SPARE - fixed));
  return [...head, text, ...tail, ANSWER_MARKER].filter((p) => p !== '').join('\n\n');
}

function quoted(o: ReplyOptions): string[] {
  if (!o.quote || o.quote.trim() === '') return [];
  return [`> ${sanitizeInline(o.quote, MAX_QUOTE_CHARS)}`];
}

export function footer(u: ReplyUsage): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  return `<sub>${sanitizeInline(u.model, MAX_MODEL_CHARS)} · effort ${sanitizeInline(u.reasoningEffort, 20)} · ${u.requests} request${u.requests === 1 ? '' : 's'} · ${n(u.promptTokens)} prompt + ${n(u.completionTokens)} completion tokens</sub>`;
}

function codeBlock(lang: string, text: string): string {
  const t = text.replace(/\r?\n$/, '');
  const fence = fenceFor(t);
  return `${fence}${lang}\n${t}\n${fence}`;
}

function tooLong(code: string): string {
  const lines = code.replace(/\r?\n$/, '').split('\n').length;
  return `_The suggested change (${lines} lines) is too long to show here._`;
}
