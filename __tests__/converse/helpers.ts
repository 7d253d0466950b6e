import type { DiffLine, FileDiff, Hunk } from '../../src/diff/types.ts';
import type { PullRequest } from '../../src/types.ts';

export const PR: PullRequest = {
  owner: 'octo',
  repo: 'shop',
  number: 17,
  title: 'Add a cache',
  body: 'Makes lookups faster.',
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
  headRef: 'f',
  baseRef: 'main',
  draft: false,
  state: 'open',
  author: 'dev',
  htmlUrl: 'https://github.com/octo/shop/pull/17',
  changedFiles: null,
};

function hunk(lines: DiffLine[]): Hunk {
  return {
    oldStart: lines.find((l) => l.oldLine !== null)?.oldLine ?? 0,
    oldLines: lines.filter((l) => l.kind !== 'add').length,
    newStart: lines.find((l) => l.newLine !== null)?.newLine ?? 0,
    newLines: lines.filter((l) => l.kind !== 'delete').length,
    section: '',
    lines,
    oldNoNewlineAtEnd: false,
    newNoNewlineAtEnd: false,
  };
}

/** A new file whose one hunk adds lines 1..n, each `text(i)`. */
export function added(
  path: string,
  n: number,
  text = (i: number) => `const v${i} = compute(${i});`,
): FileDiff {
  const lines: DiffLine[] = Array.from({ length: n }, (_, i) => ({
    kind: 'add',
    content: text(i + 1),
    oldLine: null,
    newLine: i + 1,
  }));
  return {
    path,
    oldPath: null,
    status: 'added',
    binary: false,
    patchMissing: false,
    oldMode: null,
    newMode: '100644',
    hunks: [hunk(lines)],
    additions: n,
    deletions: 0,
  };
}

/**
 * A modified file with two hunks: lines 10–14 (a deletion of old line 12 and an addition of new line
 * 12 in the middle), and lines 100–104 likewise.
 */
export function modified(path: string): FileDiff {
  const around = (start: number): DiffLine[] => [
    { kind: 'context', content: `ctx ${start}`, oldLine: start, newLine: start },
    { kind: 'context', content: `ctx ${start + 1}`, oldLine: start + 1, newLine: start + 1 },
    { kind: 'delete', content: `old ${start + 2}`, oldLine: start + 2, newLine: null },
    { kind: 'add', content: `new ${start + 2}`, oldLine: null, newLine: start + 2 },
    { kind: 'context', content: `ctx ${start + 3}`, oldLine: start + 3, newLine: start + 3 },
    { kind: 'context', content: `ctx ${start + 4}`, oldLine: start + 4, newLine: start + 4 },
  ];
  return {
    path,
    oldPath: path,
    status: 'modified',
    binary: false,
    patchMissing: false,
    oldMode: '100644',
    newMode: '100644',
    hunks: [hunk(around(10)), hunk(around(100))],
    additions: 2,
    deletions: 2,
  };
}
