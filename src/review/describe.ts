import { createHash } from 'node:crypto';
import { GITHUB_BODY_LIMIT, introFrom } from './render.ts';
import { codeSpan, sanitizeCode, sanitizeInline } from './sanitize.ts';
import { isChangeType, type ChangeType } from '../types.ts';
import { rowsByFile } from './table-rows.ts';

/*
 * The generated section of the PR description (`describe: true`): the model's summary and the
 * walkthrough, between hidden markers, after the author's text. Only a section whose end marker holds
 * the hash of what lies between the markers is ours: markers the author wrote (or copied, or edited
 * around) are the author's text, kept as they are.
 */

export const DESCRIBE_START = '<!-- vtrix-review:describe -->';
const END_RE = /<!-- vtrix-review:describe-end ([0-9a-f]{16}) -->/g;
/** A walkthrough line in the section, at most (as in the summary comment). */
const CELL_CHARS = 500;
/** Room left in the PR body for GitHub's own counting and a margin. */
const MARGIN = 2_000;

export interface DescribeFacts {
  summaries: string[];
  /** The reviewed files, in the plan's order. */
  paths: string[];
  walkthrough: ReadonlyMap<string, string>;
  headSha: string;
  /** The kinds of change, the main one first (src/pipeline/answers.ts). */
  changeTypes?: readonly ChangeType[];
  /** Checked diagrams (src/review/diagram.ts), with how many files their request held. */
  diagrams?: readonly { text: string; files: number }[];
  /** Every file of the pull request, in order: rows of files this run did not review are kept from it. */
  files?: readonly string[];
  /**
   * The commit this run's diff starts from when it reviewed only what is new (an incremental run): the
   * earlier section's summary, type and diagrams stand for the rest of the pull request then.
   */
  since?: string | null;
  /**
   * Walkthrough lines an earlier run wrote elsewhere (the summary comment), by file cell: rows for files
   * this run did not review when the section has none yet (`describe` turned on mid-PR).
   */
  known?: ReadonlyMap<string, string>;
}

/** The part of a review's result the section shows (a structural PipelineResult). */
export interface DescribedResult {
  summaries: string[];
  requests: number;
  plan: { reviewable: readonly { path: string }[] };
  walkthrough: ReadonlyMap<string, string>;
  changeTypes: readonly ChangeType[];
  diagrams: readonly { text: string; files: number }[];
}

/** The section's facts from a review: the same for the action and the command line. */
export function describeFacts(r: DescribedResult, headSha: string): DescribeFacts {
  return {
    summaries: r.summaries,
    paths: r.requests > 0 ? r.plan.reviewable.map((f) => f.path) : [],
    walkthrough: r.walkthrough,
    headSha,
    changeTypes: r.changeTypes,
    diagrams: r.diagrams,
  };
}

/** What an earlier section of ours said, as written (sanitised when it was written). */
export interface EarlierSection {
  /** The summary of the pull request, without an earlier run's "Latest push" paragraph. */
  summary: string;
  types: ChangeType[];
  /** Walkthrough rows, by their file cell. */
  rows: Map<string, string>;
  /** The diagram blocks and their note, or ''. */
  diagrams: string;
}

const LATEST = '**Latest push**';

/** Reads back the section `describeSection` wrote (its text between the markers). */
export function readSection(inner: string): EarlierSection {
  const parts = inner.trim().split('\n\n');
  const summary: string[] = [];
  let types: ChangeType[] = [];
  let diagrams = '';
  // parts[0] and [1]: the heading and the "Written by" line.
  for (let i = 2; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith('| file | what it does |')) continue;
    if (part.startsWith('```mermaid')) {
      diagrams = parts.slice(i).join('\n\n');
      break;
    }
    const type = /^\*\*Type:\*\* (.+)$/.exec(part);
    if (type) types = type[1]!.split(', ').filter((t): t is ChangeType => isChangeType(t));
    else if (part.startsWith(LATEST)) break;
    else summary.push(part);
  }
  const rows = new Map<string, string>();
  for (const [file, cells] of rowsByFile(inner))
    if (cells.length === 2 && !file.startsWith('…')) rows.set(file, `| ${cells.join(' | ')} |`);
  return { summary: summary.join('\n\n'), types, rows, diagrams };
}

/** Diagrams shown at most: the ones of the requests with the most files. */
export const MAX_SHOWN_DIAGRAMS = 2;

/**
 * The diagrams as ```mermaid blocks in plan order, and a line for those left out, within `room`
 * characters (the ones of the fewest files go first); '' when none is shown.
 */
function diagramBlock(diagrams: readonly { text: string; files: number }[], room: number): string {
  const ranked = diagrams
    .map((d, i) => ({ ...d, i }))
    .sort((a, b) => b.files - a.files || a.i - b.i)
    .slice(0, MAX_SHOWN_DIAGRAMS);
  for (let n = ranked.length; n > 0; n--) {
    const shown = ranked.slice(0, n).sort((a, b) => a.i - b.i);
    const left = diagrams.length - n;
    const blocks = shown.map((d) => `\`\`\`mermaid\n${sanitizeCode(d.text)}\n\`\`\``);
    if (left > 0) blocks.push(`<sub>${left} more diagram${left === 1 ? '' : 's'} left out.</sub>`);
    const block = blocks.join('\n\n');
    if (block.length <= room) return block;
  }
  return '';
}

function hashOf(inner: string): string {
  // GitHub may turn line ends into CRLF when a person edits the description.
  return createHash('sha256').update(inner.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 16);
}

/**
 * The section, whole with its markers, at most `max` characters (table rows cut first). With `earlier`
 * (an incremental run), what that section said of the rest of the pull request is kept: its summary
 * (this run's follows as the latest push), its types, its rows of files this run did not review, and
 * its diagrams unless this run drew new ones.
 */
export function describeSection(f: DescribeFacts, max = 20_000, earlier?: EarlierSection): string {
  const head = `### What this pull request changes\n\n<sub>Written by vtrix-review at ${f.headSha.slice(0, 7)}; edits inside this section are replaced on the next review.</sub>`;
  const summaryRoom = Math.min(4_000, Math.max(0, max / 4));
  let summary = introFrom(f.summaries, 1_000, summaryRoom);
  if (f.since && summary !== '') {
    // This run saw the commits since `since` alone: its summary is of those, the earlier one of the rest.
    const latest = `${LATEST} (\`${f.since.slice(0, 7)}..${f.headSha.slice(0, 7)}\`):${summary.startsWith('- ') ? '\n' : ' '}${summary}`;
    const overall = earlier && earlier.summary.length <= summaryRoom ? earlier.summary : '';
    summary = overall === '' ? latest : `${overall}\n\n${latest}`;
  } else if (f.since && earlier && earlier.summary.length <= summaryRoom) summary = earlier.summary;
  // Fixed words from CHANGE_TYPES: nothing of the model's text.
  const types = [...new Set([...(earlier?.types ?? []), ...(f.changeTypes ?? [])])];
  const type = types.length > 0 ? `**Type:** ${types.join(', ')}` : '';
  const reviewed = new Set(f.paths);
  const order = f.files ? [...f.files, ...f.paths.filter((p) => !f.files!.includes(p))] : f.paths;
  const rows = order.flatMap((p) => {
    const file = codeSpan(p, { table: true });
    if (!reviewed.has(p)) {
      const known = f.since ? f.known?.get(file) : undefined;
      const kept = earlier?.rows.get(file) ?? (known !== undefined ? `| ${file} | ${known} |` : undefined);
      return kept ? [kept] : [];
    }
    const line = f.walkthrough.get(p);
    const what = line ? sanitizeInline(line, CELL_CHARS).replace(/\|/g, '\\|') : 'not listed by the model';
    return [`| ${file} | ${what} |`];
  });
  const diagramRoom = max - (head.length + type.length + summary.length + 300);
  let diagrams = diagramBlock(f.diagrams ?? [], diagramRoom);
  if (diagrams === '' && (f.diagrams ?? []).length === 0 && earlier && earlier.diagrams.length <= diagramRoom)
    diagrams = earlier.diagrams;
  const fixed = head.length + type.length + summary.length + diagrams.length + 300;
  const kept: string[] = [];
  let size = fixed;
  for (const r of rows) {
    if (size + r.length + 1 > max) break;
    kept.push(r);
    size += r.length + 1;
  }
  if (kept.length < rows.length) kept.push(`| …and ${rows.length - kept.length} more files | |`);
  const parts = [head];
  if (type !== '') parts.push(type);
  if (summary !== '') parts.push(summary);
  if (kept.length > 0) parts.push(`| file | what it does |\n|---|---|\n${kept.join('\n')}`);
  if (diagrams !== '') parts.push(diagrams);
  if (max < fixed) parts.splice(1);
  const inner = `\n${parts.join('\n\n')}\n`;
  return `${DESCRIBE_START}${inner}<!-- vtrix-review:describe-end ${hashOf(inner)} -->`;
}

/** Where our section is in `body`: the last one whose hash matches what its markers enclose. */
export function findSection(body: string): { start: number; end: number } | null {
  const ends = [...body.matchAll(END_RE)];
  for (let k = ends.length - 1; k >= 0; k--) {
    const m = ends[k]!;
    const start = body.lastIndexOf(DESCRIBE_START, m.index);
    if (start < 0) continue;
    const inner = body.slice(start + DESCRIBE_START.length, m.index);
    if (hashOf(inner) === m[1]) return { start, end: m.index + m[0].length };
  }
  return null;
}

/**
 * `body` with our section set to `facts`: replaced in place when `body` holds one of ours, else added
 * after the author's text. The author's text (forged markers included) is never changed; the body
 * stays within GitHub's limit by cutting the section's table; null when the author's text leaves no room.
 */
export function withDescription(body: string, facts: DescribeFacts): string | null {
  const at = findSection(body);
  const before = at ? body.slice(0, at.start) : body === '' ? '' : `${body}\n\n`;
  const after = at ? body.slice(at.end) : '';
  const room = GITHUB_BODY_LIMIT - MARGIN - before.length - after.length;
  if (room < 1_000) return null;
  // An incremental run saw only what is new: the rest of the pull request is as the section says.
  const inner = at
    ? body
        .slice(at.start + DESCRIBE_START.length, at.end)
        .replace(END_RE, '')
        .replace(/\r\n?/g, '\n')
    : '';
  const earlier = at && facts.since ? readSection(inner) : undefined;
  return `${before}${describeSection(facts, Math.min(20_000, room), earlier)}${after}`;
}
