/** Instruction files of other tools (AGENTS.md and the like), bounded to their share of every request. */
import type { InstructionFile, TokenCounter } from '../types.ts';

/** Instruction files other tools read, added to the owner's guidance when the base branch has them. */
export const INSTRUCTION_FILES = ['AGENTS.md', '.github/copilot-instructions.md'] as const;

/** Tokens the instruction files may take together: they go into every request. */
export const INSTRUCTION_FILES_TOKENS = 4_000;

/**
 * Instruction files cut to `budget` tokens together, in the order given; a cut file says so, and a file
 * past the budget is left out with a note, so the model knows it saw only part.
 */
export function boundInstructionFiles(
  files: InstructionFile[],
  count: TokenCounter,
  budget: number = INSTRUCTION_FILES_TOKENS,
): InstructionFile[] {
  const present = files.map((f) => ({ path: f.path, text: f.text.trim() })).filter((f) => f.text !== '');
  const dropped = (path: string): string =>
    `[${path} not shown: the instruction files' budget of ${budget} tokens is spent]`;
  const out: InstructionFile[] = [];
  let left = budget;
  for (const [i, f] of present.entries()) {
    // The notes of the files after this one, should this one use up the budget.
    const later = present.slice(i + 1).reduce((n, g) => n + count(dropped(g.path)), 0);
    if (left - later < 50) {
      out.push({ path: f.path, text: dropped(f.path) });
      left -= count(dropped(f.path));
      continue;
    }
    // A huge file is first cut by characters, so the tokenizer never sees megabytes.
    let keep = Math.min(f.text.length, left * 8);
    let tokens = count(f.text.slice(0, keep));
    if (keep === f.text.length && tokens <= left - later) {
      out.push(f);
      left -= tokens;
      continue;
    }
    const note = (k: number): string =>
      `\n[… ${f.path} truncated: ${f.text.length - k} more characters not shown, over the ${budget}-token budget for instruction files]`;
    // Two tokens of slack: counted apart, the text and its note can split one token differently.
    const room = left - later - count(note(f.text.length)) - 2;
    while (tokens > room && keep > 0) {
      keep = Math.floor(keep * Math.max(0.5, Math.min(0.95, room / tokens)));
      tokens = count(f.text.slice(0, keep));
    }
    out.push({ path: f.path, text: f.text.slice(0, keep) + note(keep) });
    left = later;
  }
  return out;
}
