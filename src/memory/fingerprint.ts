import { createHash } from 'node:crypto';
import type { FileDiff, Side } from '../diff/types.ts';

/**
 * Identity of a finding that survives line shifts: the file, the text of the lines it points at
 * (whitespace-normalised) and the gist of its title — of its body when the title has no words. `loc` is
 * the place alone (file + line text); `words` and `body` are the gists of title and body, for telling a
 * rephrased finding from a different one at the same place.
 */
export interface Fingerprint {
  fp: string;
  loc: string;
  words: string[];
  body: string[];
}
const STOP = new Set(
  'a an the of in on at to for from by with and or not no is are be can may might will would should could this that these those it its into via when than then there use uses used using missing'.split(
    ' ',
  ),
);

/** The words that carry a title's meaning, sorted: "SQL injection through `id`" → [id, injection, sql, through]. */
export function gist(title: string): string[] {
  const words = title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
  return [...new Set(words)].sort();
}

function hash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** The text of lines `from..to` on `side` of a file's diff, or '' when they are not in it. */
export function linesText(file: FileDiff | undefined, side: Side, from: number, to: number): string {
  if (!file) return '';
  const out: string[] = [];
  for (const h of file.hunks) {
    for (const l of h.lines) {
      const n = side === 'RIGHT' ? l.newLine : l.oldLine;
      if (n === null || n < from || n > to) continue;
      if (side === 'RIGHT' ? l.kind === 'delete' : l.kind === 'add') continue;
      out.push(l.content.replace(/\s+/g, ' ').trim());
    }
  }
  return out.join('\n');
}

export function fingerprint(path: string, text: string, title: string, body = ''): Fingerprint {
  const words = gist(title);
  const bodyWords = gist(body);
  // Titled findings keep the identity earlier versions gave them (markers on open PRs stay valid);
  // an untitled one is told apart by its body, never by its (empty) title alone.
  const what =
    words.length > 0 ? words.join(' ') : `\0body\0${bodyWords.join(' ') || body.replace(/\s+/g, ' ').trim()}`;
  return {
    fp: hash(path, text, what).slice(0, 12),
    loc: hash(path, text).slice(0, 10),
    words,
    body: bodyWords,
  };
}

/** Share of words two sets have in common (Jaccard); 0 when either is empty. */
function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const B = new Set(b);
  const common = a.filter((w) => B.has(w)).length;
  return common / (a.length + b.length - common);
}

/**
 * Whether two findings at the same place say the same thing, so one is a repeat of the other (the model
 * rephrased it on a later run). Titles decide when both name the problem in a few words; a generic
 * title ("Bug") needs bodies about the same thing too. Without a title on either side, the bodies decide alone: an empty
 * title is never a match.
 */
export function sameFinding(a: Fingerprint, b: Fingerprint): boolean {
  if (a.loc !== b.loc) return false;
  const aBody = a.body;
  const bBody = b.body;
  if (a.words.length > 0 && b.words.length > 0) {
    if (a.fp !== b.fp && overlap(a.words, b.words) < TITLE_OVERLAP) return false;
    if (Math.min(a.words.length, b.words.length) >= SPECIFIC_TITLE_WORDS) return true;
    // A generic title ("Bug", "Possible issue") said twice at one place: the bodies tell.
    return aBody.length === 0 || bBody.length === 0 || overlap(aBody, bBody) >= RELATED_BODY_OVERLAP;
  }
  if (a.words.length === 0 && b.words.length === 0 && a.fp === b.fp) return true;
  return overlap(aBody, bBody) >= SAME_BODY_OVERLAP;
}

/** Titles sharing half their words name the same problem. */
const TITLE_OVERLAP = 0.5;
/** A title of this many meaningful words names its problem; fewer is generic. */
const SPECIFIC_TITLE_WORDS = 3;
/** Under equal generic titles, bodies sharing a fifth of their words are about the same thing (rephrased). */
const RELATED_BODY_OVERLAP = 0.2;
/** Without titles, the bodies must share most of their words. */
const SAME_BODY_OVERLAP = 0.6;
