import type { FileDiff, Side } from '../diff/types.ts';

/**
 * Where a comment thread is: the review comment's file and lines as GitHub reports them (`path`,
 * `side`, `line`, `start_line`). `line` is null when GitHub marks the comment outdated: its lines
 * left the diff.
 */
export interface ThreadPlace {
  path: string;
  side: Side;
  line: number | null;
  startLine: number | null;
}

/**
 * What a `fix` can be: a committable suggestion replacing the thread's lines, or, with the reason,
 * only a description of the change.
 */
export type FixTarget =
  | {
      committable: true;
      path: string;
      /** First and last RIGHT line the suggestion replaces (equal for a one-line thread). */
      from: number;
      to: number;
      /** Those lines' current text, joined with `\n`: a suggestion equal to it changes nothing. */
      current: string;
    }
  | { committable: false; reason: string };

/**
 * Whether a suggestion on the thread's lines can be committed: GitHub applies a ```suggestion block
 * to the comment's lines of the new file, so they must be RIGHT lines of the current diff, all in one
 * hunk (as the review's placement requires of its own suggestions).
 */
export function fixTarget(place: ThreadPlace | null, files: readonly FileDiff[]): FixTarget {
  if (place === null) {
    return {
      committable: false,
      reason: 'the question was asked in the conversation, not on lines of the diff',
    };
  }
  if (place.side !== 'RIGHT') {
    return { committable: false, reason: 'the thread is on deleted lines (the old side of the diff)' };
  }
  if (place.line === null) {
    return { committable: false, reason: 'the thread is outdated: its lines are no longer in the diff' };
  }
  const file = files.find((f) => f.path === place.path);
  if (!file || file.status === 'deleted') {
    return { committable: false, reason: "the thread's file is not in the pull request's current diff" };
  }
  let from = place.startLine ?? place.line;
  let to = place.line;
  if (from > to) [from, to] = [to, from];
  // Within one hunk the new side's lines are consecutive: both ends in the same hunk covers all.
  const hunk = file.hunks.find((h) => h.lines.some((l) => l.newLine === to));
  if (!hunk || !hunk.lines.some((l) => l.newLine === from)) {
    return {
      committable: false,
      reason:
        from === to
          ? `line ${to} is not a line of the diff`
          : `lines ${from}–${to} are not all in one hunk of the diff`,
    };
  }
  const current = hunk.lines
    .filter((l) => l.newLine !== null && l.newLine >= from && l.newLine <= to)
    .map((l) => l.content)
    .join('\n');
  return { committable: true, path: file.path, from, to, current };
}

/** A suggestion that repeats the current lines would be an empty change. */
export function sameAsCurrent(target: FixTarget, suggestion: string): boolean {
  return target.committable && target.current === suggestion.replace(/\r?\n$/, '');
}
