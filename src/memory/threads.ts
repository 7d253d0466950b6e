import type { FileDiff } from '../diff/types.ts';
import { fingerprint, linesText, sameFinding, type Fingerprint } from './fingerprint.ts';

/** One of our inline comments on the PR and the state of its thread. */
export interface BotThread {
  /** GraphQL node id of the thread; null when threads could not be read through GraphQL. */
  nodeId: string | null;
  commentId: number;
  path: string;
  side: 'LEFT' | 'RIGHT';
  /** Current line; null when GitHub marks the comment outdated (its line left the diff). */
  line: number | null;
  startLine: number | null;
  resolved: boolean;
  fp: string;
  loc: string;
  sev: string;
  words: string[];
  /** Gist of the comment's text, to tell findings with generic or empty titles apart. */
  body: string[];
  /** We already replied that it looks addressed. */
  replied: boolean;
}

/**
 * Threads whose finding looks fixed: open, in a file this run reviewed, the lines they point at changed
 * (outdated, or different text), and this run did not report the same finding again.
 */
export function addressedThreads(
  threads: BotThread[],
  current: Fingerprint[],
  reviewedPaths: Set<string>,
  prFiles: FileDiff[],
): BotThread[] {
  const byPath = new Map(prFiles.map((f) => [f.path, f]));
  return threads.filter((t) => {
    if (t.resolved || !reviewedPaths.has(t.path)) return false;
    const changed =
      t.line === null ||
      fingerprint(t.path, linesText(byPath.get(t.path), t.side, t.startLine ?? t.line, t.line), '').loc !==
        t.loc;
    if (!changed) return false;
    return !current.some((c) => sameFinding(c, t));
  });
}
