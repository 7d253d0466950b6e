import { createHash } from 'node:crypto';
import type { FileDiff, Side } from '../diff/types.ts';

/**
 * Identity of a finding that survives line shifts: the file, the text of the lines it points at
 * (whitespace-normalised) and the gist of its title. `loc` is the place alone (file + line text).
 */
export interface Fingerprint {
  fp: string;
  loc: string;
  words: string[];
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

export function fingerprint(path: string, text: string, title: string): Fingerprint {
  const words = gist(title);
  return { fp: hash(path, text, words.join(' ')).slice(0, 12), loc: hash(path, text).slice(0, 10), words };
}

/** Same place and mostly the same words: the model rephrased a finding it made before. */
export function similar(
  a: Pick<Fingerprint, 'loc' | 'words'>,
  b: Pick<Fingerprint, 'loc' | 'words'>,
): boolean {
  if (a.loc !== b.loc) return false;
  if (a.words.length === 0 || b.words.length === 0) return a.words.length === b.words.length;
  const B = new Set(b.words);
  const common = a.words.filter((w) => B.has(w)).length;
  return common / (a.words.length + b.words.length - common) >= 0.5;
}
