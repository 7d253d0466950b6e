import type { FileDiff } from '../diff/types.ts';
import type { TokenCounter } from '../types.ts';
import type { Chunk } from '../chunk/pack.ts';
import { MAX_LINE_CHARS } from '../chunk/diff-text.ts';

/** What context needs of the plan: its requests' chunks, and the diff budget each may fill. */
export interface PlannedChunks {
  budget: number;
  requests: { chunk: Chunk }[];
}

/** Only small files: a large one would crowd out the diff for little gain. */
export const MAX_CONTEXT_LINES = 400;
export const MAX_CONTEXT_TOKENS = 6_000;
/** Files read per run at most: each is one GitHub request (or one `git show`). */
export const MAX_CONTEXT_FILES = 20;
/** Below this room a request gets no context: no small file would fit. */
const MIN_ROOM = 200;
/** Pieces are counted apart; a block's count can differ by a token or two where it joins the prompt. */
const SLACK = 4;

/** Said once, before the untrusted data, in a request that carries context. */
export const CONTEXT_NOTE =
  'After the diff, <context> tags hold the whole text of some changed files at the head commit, numbered by line, for reference only: cite only lines shown in the diff.';

/** One file's text as the model sees it: inside the untrusted region, every line numbered. */
export function renderContext(path: string, text: string): string {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const body = lines
    .map((l, i) => {
      const t = l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS)} […]` : l;
      return `${i + 1}| ${t}`;
    })
    .join('\n');
  return `<context path=${JSON.stringify(path)}>\n${body}\n</context>\n`;
}

export interface ContextBlock {
  path: string;
  /** As rendered by `renderContext`. */
  text: string;
  tokens: number;
}

/** The last new-file line a file's hunks show: the file has at least that many lines. */
function knownLines(f: FileDiff): number {
  return f.hunks.reduce((n, h) => Math.max(n, h.newStart + h.newLines - 1), 0);
}

/**
 * Files worth reading: a whole file (not split into parts) in a request with room left, changed in
 * place (an added file is all in the diff already; deleted and binary files have no text to show),
 * not known to be longer than MAX_CONTEXT_LINES. Smallest changes first, at most `limit`.
 */
export function contextCandidates(plan: PlannedChunks, limit = MAX_CONTEXT_FILES): string[] {
  const out: { path: string; size: number }[] = [];
  for (const q of plan.requests) {
    if (plan.budget - q.chunk.tokens < MIN_ROOM) continue;
    for (const p of q.chunk.pieces) {
      const f = p.file;
      if (p.part !== null || f.binary || f.patchMissing || f.unreadable) continue;
      if (f.status !== 'modified' && f.status !== 'renamed' && f.status !== 'copied') continue;
      if (knownLines(f) > MAX_CONTEXT_LINES) continue;
      out.push({ path: f.path, size: p.tokens });
    }
  }
  return out
    .sort((a, b) => a.size - b.size || a.path.localeCompare(b.path))
    .slice(0, limit)
    .map((x) => x.path);
}

/**
 * Puts the files read into the requests that review them, only into the room each already has: a
 * request never grows past its prompt limit, and no request is added. `allowance` is what the run's
 * `max-prompt-tokens` leaves (Infinity: no cap). Returns the blocks per planned request index.
 */
export function packContext(
  plan: PlannedChunks,
  texts: ReadonlyMap<string, string>,
  count: TokenCounter,
  allowance = Number.POSITIVE_INFINITY,
): Map<number, ContextBlock[]> {
  const out = new Map<number, ContextBlock[]>();
  let left = allowance;
  const noteTokens = count(`${CONTEXT_NOTE}\n\n`) + SLACK;
  plan.requests.forEach((q, i) => {
    let room = Math.min(plan.budget - q.chunk.tokens, left);
    const blocks: ContextBlock[] = [];
    const files = q.chunk.pieces
      .filter((p) => p.part === null && texts.has(p.file.path))
      .map((p) => p.file.path)
      .sort();
    const sized: ContextBlock[] = [];
    for (const path of files) {
      const raw = texts.get(path)!;
      if (raw.includes('\0')) continue; // binary after all
      if (raw.replace(/\r?\n$/, '').split('\n').length > MAX_CONTEXT_LINES) continue;
      const text = renderContext(path, raw);
      const tokens = count(text) + SLACK;
      if (tokens <= MAX_CONTEXT_TOKENS) sized.push({ path, text, tokens });
    }
    // Smallest first: as many files as the room holds.
    sized.sort((a, b) => a.tokens - b.tokens || a.path.localeCompare(b.path));
    for (const b of sized) {
      const cost = b.tokens + (blocks.length === 0 ? noteTokens : 0);
      if (cost > room) continue;
      blocks.push(b);
      room -= cost;
      left -= cost;
    }
    if (blocks.length > 0) out.set(i, blocks);
  });
  return out;
}

/** Prompt tokens the blocks add to a request (the note included). */
export function contextTokens(blocks: readonly ContextBlock[], count: TokenCounter): number {
  if (blocks.length === 0) return 0;
  return count(`${CONTEXT_NOTE}\n\n`) + SLACK + blocks.reduce((n, b) => n + b.tokens, 0);
}
