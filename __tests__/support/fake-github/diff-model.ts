/**
 * The PR's diff as GitHub sees it, built with parse-diff (a parser independent of the action's own):
 * files, their statuses, and every line's diff position, for the review rules and the files list.
 */
import { createHash } from 'node:crypto';
import parseDiff from 'parse-diff';

type RowKind = 'add' | 'del' | 'normal' | 'hunk' | 'eof';

/** One line of a file's patch below its first `@@` header: rows[i] is diff position i + 1. */
export interface DiffRow {
  kind: RowKind;
  hunk: number;
  content?: string;
  oldLine?: number;
  newLine?: number;
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied';

export interface DiffFile {
  filename: string;
  previousFilename?: string;
  status: FileStatus;
  additions: number;
  deletions: number;
  binary: boolean;
  /** Hunks text from the first `@@` line, without a trailing newline; undefined when there are no hunks. */
  patch?: string;
  sha: string;
  rows: DiffRow[];
}

export interface DiffModel {
  files: DiffFile[];
  byPath: Map<string, DiffFile>;
  /** Added + deleted + context lines over all files. */
  lineCount: number;
}

function stripPrefix(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return name === '/dev/null' ? name : name.replace(/^"|"$/g, '');
}

function splitGitSections(diff: string): string[][] {
  const text = diff.endsWith('\n') ? diff.slice(0, -1) : diff;
  if (text.trim() === '') return [];
  const sections: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff ')) {
      current = [line];
      sections.push(current);
    } else if (current) {
      current.push(line);
    } else if (line.trim() !== '') {
      throw new Error(
        `fake-github: the PR diff must be in git format (start with "diff --git"), got: ${line}`,
      );
    }
  }
  return sections;
}

/** Parse a PR's diff; throws on anything the fake cannot model faithfully (a malformed fixture). */
export function buildDiffModel(diff: string): DiffModel {
  const sections = splitGitSections(diff);
  const parsed = parseDiff(diff);
  if (parsed.length !== sections.length) {
    throw new Error(
      `fake-github: parse-diff found ${parsed.length} files but the diff has ${sections.length}`,
    );
  }
  const files: DiffFile[] = [];
  const byPath = new Map<string, DiffFile>();
  let lineCount = 0;
  parsed.forEach((pf, i) => {
    const raw = sections[i] ?? [];
    const header = raw
      .slice(
        0,
        Math.max(
          0,
          raw.findIndex((l) => l.startsWith('@@')),
        ),
      )
      .join('\n');
    const renameFrom = /^rename from (.+)$/m.exec(header)?.[1];
    const renameTo = /^rename to (.+)$/m.exec(header)?.[1];
    const copyFrom = /^copy from (.+)$/m.exec(header)?.[1];
    const copyTo = /^copy to (.+)$/m.exec(header)?.[1];
    const from = renameFrom ?? copyFrom ?? stripPrefix(pf.from);
    const to = renameTo ?? copyTo ?? stripPrefix(pf.to);
    let status: FileStatus;
    if (pf.new || from === '/dev/null') status = 'added';
    else if (pf.deleted || to === '/dev/null') status = 'removed';
    else if (copyFrom !== undefined) status = 'copied';
    else if (from !== undefined && to !== undefined && from !== to) status = 'renamed';
    else status = 'modified';
    const filename = status === 'removed' ? from : to;
    if (!filename || filename === '/dev/null') {
      throw new Error(`fake-github: cannot tell the file name of diff section ${i + 1}: ${raw[0] ?? ''}`);
    }
    const binary = raw.some((l) => l.startsWith('Binary files ') || l === 'GIT binary patch');

    const rows: DiffRow[] = [];
    pf.chunks.forEach((chunk, h) => {
      if (h > 0) rows.push({ kind: 'hunk', hunk: h });
      let oldSeen = 0;
      let newSeen = 0;
      for (const change of chunk.changes) {
        if (change.content.startsWith('\\')) {
          rows.push({ kind: 'eof', hunk: h });
        } else if (change.type === 'add') {
          rows.push({ kind: 'add', hunk: h, newLine: change.ln, content: change.content.slice(1) });
          newSeen++;
        } else if (change.type === 'del') {
          rows.push({ kind: 'del', hunk: h, oldLine: change.ln });
          oldSeen++;
        } else {
          rows.push({
            kind: 'normal',
            hunk: h,
            oldLine: change.ln1,
            newLine: change.ln2,
            content: change.content.slice(1),
          });
          oldSeen++;
          newSeen++;
        }
      }
      if (oldSeen !== chunk.oldLines || newSeen !== chunk.newLines) {
        throw new Error(
          `fake-github: hunk ${chunk.content} of ${filename} has ${oldSeen} old / ${newSeen} new lines, ` +
            `its header says ${chunk.oldLines} / ${chunk.newLines}`,
        );
      }
    });
    lineCount += rows.filter((r) => r.kind === 'add' || r.kind === 'del' || r.kind === 'normal').length;

    const firstHunk = raw.findIndex((l) => l.startsWith('@@'));
    const patch = firstHunk >= 0 ? raw.slice(firstHunk).join('\n') : undefined;
    if (patch !== undefined && patch.split('\n').length !== rows.length + 1) {
      throw new Error(`fake-github: patch of ${filename} has lines parse-diff did not account for`);
    }
    const file: DiffFile = {
      filename,
      status,
      additions: pf.additions,
      deletions: pf.deletions,
      binary,
      sha: createHash('sha1').update(raw.join('\n')).digest('hex'),
      rows,
      ...(patch !== undefined ? { patch } : {}),
      ...(status === 'renamed' || status === 'copied' ? { previousFilename: from } : {}),
    };
    if (byPath.has(filename)) throw new Error(`fake-github: ${filename} appears twice in the diff`);
    byPath.set(filename, file);
    files.push(file);
  });
  return { files, byPath, lineCount };
}

export function findRow(file: DiffFile, side: 'LEFT' | 'RIGHT', line: number): number {
  return file.rows.findIndex((r) =>
    side === 'RIGHT'
      ? (r.kind === 'add' || r.kind === 'normal') && r.newLine === line
      : (r.kind === 'del' || r.kind === 'normal') && r.oldLine === line,
  );
}
