/** The parsed shape of a unified diff: files → hunks → lines, with the line numbers GitHub anchors on. */

export type LineKind = 'context' | 'add' | 'delete';

export interface DiffLine {
  kind: LineKind;
  /** The line's text without the leading marker and without a trailing CR. */
  content: string;
  /** Line number in the old file; null for added lines. */
  oldLine: number | null;
  /** Line number in the new file; null for deleted lines. */
  newLine: number | null;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** Text after the closing `@@` (usually the enclosing function). */
  section: string;
  lines: DiffLine[];
  /** `\ No newline at end of file` followed the last old-side / new-side line. */
  oldNoNewlineAtEnd: boolean;
  newNoNewlineAtEnd: boolean;
}

export type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';

export interface FileDiff {
  /** Path on the new side; for deleted files, the old path. Never has an `a/` or `b/` prefix. */
  path: string;
  /** Path on the old side (differs from `path` for renames and copies); null for added files. */
  oldPath: string | null;
  status: FileStatus;
  /** Git reported a binary change, or the files list gave no patch for a binary file. */
  binary: boolean;
  /** The patch text was not available (GitHub omits patches of very large files). */
  patchMissing: boolean;
  oldMode: string | null;
  newMode: string | null;
  hunks: Hunk[];
  additions: number;
  deletions: number;
  /**
   * Set when the diff names the file but its changes cannot be read (a combined merge diff, an
   * unreadable hunk header): the file is reported as not reviewed, with this reason.
   */
  unreadable?: string;
}

export type Side = 'LEFT' | 'RIGHT';
