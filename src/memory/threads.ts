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
  /** Who resolved it (GraphQL `resolvedBy`, a User's login); null or absent when unknown or open. */
  resolvedBy?: string | null;
  fp: string;
  loc: string;
  sev: string;
  words: string[];
  /** The title of our comment (model-written text, as posted); absent when not read. */
  title?: string;
  /** Gist of the comment's text, to tell findings with generic or empty titles apart. */
  body: string[];
  /** We already replied that it looks addressed. */
  replied: boolean;
  /** 👍 and 👎 on our comment (the thread's first); absent when not read. */
  reactions?: { up: number; down: number };
  /** Replies in the thread by people (not bots, not us), oldest first: the team's feedback. */
  replies?: string[];
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
  return threads.filter((t) => {
    if (t.resolved || !reviewedPaths.has(t.path)) return false;
    if (!linesChanged(t, prFiles)) return false;
    return !current.some((c) => sameFinding(c, t));
  });
}

/** The lines a thread points at changed since it was posted: outdated, or different text now. */
export function linesChanged(t: BotThread, prFiles: FileDiff[]): boolean {
  if (t.line === null) return true;
  const file = prFiles.find((f) => f.path === t.path);
  return fingerprint(t.path, linesText(file, t.side, t.startLine ?? t.line, t.line), '').loc !== t.loc;
}
