// Synthetic model findings for the placement benchmark: spread over the PR's files, most on diff lines,
// some a few lines off a hunk (snapped), some far off the diff, on paths written loosely, or on files
// that are not in the PR, and some duplicates.
import type { Severity } from '../../src/types.ts';
import type { FileDiff } from '../../src/diff/types.ts';
import type { Finding } from '../../src/findings/types.ts';

const SEVERITIES: Severity[] = ['critical', 'major', 'minor', 'nit'];

export function syntheticFindings(files: FileDiff[], n: number, seed = 7): Finding[] {
  let s = seed >>> 0;
  const r = (): number => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const withLines = files.filter((f) => f.hunks.some((h) => h.lines.length > 0));
  if (withLines.length === 0) return [];

  const out: Finding[] = [];
  const finding = (
    path: string,
    line: number,
    startLine: number | null,
    side: 'LEFT' | 'RIGHT',
  ): Finding => ({
    path,
    line,
    startLine,
    side,
    severity: pick(SEVERITIES),
    title: `Finding ${out.length}: ${pick(['unchecked null', 'off by one', 'missing await', 'leak'])}`,
    body: 'Synthetic finding for the placement benchmark.',
    suggestion: side === 'RIGHT' && r() < 0.3 ? '  return value ?? fallback;\n' : null,
    request: 0,
  });

  while (out.length < n) {
    const k = r();
    if (k < 0.05 && out.length > 0) {
      out.push({ ...pick(out) }); // duplicate of an earlier finding
      continue;
    }
    if (k < 0.1) {
      out.push(finding(`not/in/this/pr-${out.length}.ts`, 1 + Math.floor(r() * 100), null, 'RIGHT'));
      continue;
    }
    const f = pick(withLines);
    const h = pick(f.hunks.filter((x) => x.lines.length > 0));
    const l = pick(h.lines);
    const side = l.kind === 'delete' ? 'LEFT' : 'RIGHT';
    const line = (side === 'LEFT' ? l.oldLine : l.newLine)!;
    let path = f.path;
    if (k < 0.15) path = pick([`./${f.path}`, `b/${f.path}`, f.path.split('/').slice(-2).join('/')]);
    if (k < 0.3) {
      // a few lines past the hunk's end: anchored to its nearest line when unambiguous
      const end = side === 'LEFT' ? h.oldStart + h.oldLines : h.newStart + h.newLines;
      out.push(finding(path, end + Math.floor(r() * 3), null, side));
    } else if (k < 0.4) {
      out.push(finding(path, line + 500 + Math.floor(r() * 5000), null, side)); // far off the diff
    } else if (k < 0.55) {
      out.push(finding(path, line, Math.max(1, line - 1 - Math.floor(r() * 4)), side)); // a range
    } else {
      out.push(finding(path, line, null, side));
    }
  }
  return out;
}
