import type { DiffLine, FileDiff, Hunk } from '../diff/types.ts';

/**
 * How the model sees a file: every line carries the number it must cite. A plain number is a
 * new-file (RIGHT) line; `L` + number is a deleted line in the old file (LEFT).
 */
/** A diff line as the model reads it; `maxChars` bounds its text (a second look shows less). */
export function renderLine(l: DiffLine, maxChars = MAX_LINE_CHARS): string {
  const text = clip(l.content, maxChars);
  if (l.kind === 'add') return `${l.newLine} +${text}`;
  if (l.kind === 'delete') return `L${l.oldLine} -${text}`;
  return `${l.newLine}  ${text}`;
}

/** Longer lines are minified or generated code; their head is enough to review and bounds a request. */
export const MAX_LINE_CHARS = 20_000;

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max)} […${s.length - max} more characters not shown]`;
}

export function hunkHeader(h: Hunk): string {
  return `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@${h.section ? ' ' + h.section : ''}`;
}

export function renderHunk(h: Hunk): string {
  const head = hunkHeader(h);
  const body = h.lines.map((l) => renderLine(l)).join('\n');
  return body ? `${head}\n${body}\n` : `${head}\n`;
}

export function fileHeader(f: FileDiff, part: { index: number; total: number } | null): string {
  let attrs = `path=${JSON.stringify(f.path)} status="${f.status}"`;
  if (f.oldPath && f.oldPath !== f.path) attrs += ` old_path=${JSON.stringify(f.oldPath)}`;
  if (part) attrs += ` part="${part.index}/${part.total}"`;
  return `<file ${attrs}>\n`;
}

export const FILE_FOOTER = '</file>\n';

export function renderFile(
  f: FileDiff,
  hunks: Hunk[],
  part: { index: number; total: number } | null,
): string {
  return fileHeader(f, part) + hunks.map(renderHunk).join('') + FILE_FOOTER;
}

/** A run of a hunk's lines as a hunk of its own, with a header that matches its numbers. */
export function subHunk(h: Hunk, from: number, to: number): Hunk {
  const lines = h.lines.slice(from, to);
  let oldStart = h.oldStart;
  let newStart = h.newStart;
  for (let i = 0; i < from; i++) {
    const k = h.lines[i]!.kind;
    if (k !== 'add') oldStart++;
    if (k !== 'delete') newStart++;
  }
  const oldLines = lines.filter((l) => l.kind !== 'add').length;
  const newLines = lines.filter((l) => l.kind !== 'delete').length;
  return {
    oldStart,
    oldLines,
    newStart,
    newLines,
    section: h.section,
    lines,
    oldNoNewlineAtEnd: to >= h.lines.length && h.oldNoNewlineAtEnd,
    newNoNewlineAtEnd: to >= h.lines.length && h.newNoNewlineAtEnd,
  };
}
