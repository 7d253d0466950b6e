import type { PathInstruction } from '../types.ts';
import { compileGlob } from './glob.ts';

/** The path instructions for a request: those whose glob matches one of its files (as the filters match). */
export function pathInstructionsFor(all: PathInstruction[], paths: readonly string[]): PathInstruction[] {
  if (all.length === 0) return [];
  return all.filter((p) => {
    const m = compileGlob(p.path);
    return paths.some((x) => m(x));
  });
}
