import type { FileDiff } from '../diff/types.ts';
import type { SkippedFile } from '../filter/filter.ts';
import { countsText, severityCounts, type Verdict } from '../findings/verdict.ts';
import { tallyText, type Tally } from '../memory/feedback.ts';
import {
  NO_STATE,
  continuedMarker,
  parseSummaryMarker,
  summaryMarker,
  type SummaryState,
} from '../memory/markers.ts';
import type { BodyFinding } from '../place/place.ts';
import { GITHUB_BODY_LIMIT, findingHeading, introFrom, linesText, verdictMarkdown } from './render.ts';
import { codeSpan, sanitizeInline } from './sanitize.ts';
import { lookLine, refutedSection, type LookTally } from './second-look.ts';
import { linkedIssuesLine } from './linked-issues-line.ts';
import { rowsByFile } from './table-rows.ts';
import type { LinkedIssues } from '../types.ts';

export interface SummaryFacts {
  deep: boolean;
  headSha: string;
  /** The commits this run reviewed: `from` is null for a whole-PR review. */
  range: { from: string | null; to: string };
  /** Why the whole PR was reviewed when an incremental review was expected (force-push, …). */
  fullReason: string | null;
  /** This run's verdict; absent when the run reviewed nothing. */
  verdict?: Verdict;
  summaries: string[];
  /** What the change to each file does, by path, in the model's words (unsanitised): see `Answers`. */
  walkthrough?: ReadonlyMap<string, string>;
  files: FileDiff[];
  reviewedPaths: Set<string>;
  /** Open findings after this run, by severity. */
  open: Record<string, number>;
  newComments: number;
  repeated: number;
  addressed: number;
  skipped: SkippedFile[];
  failed: SkippedFile[];
  requests: number;
  promptTokens: number;
  completionTokens: number;
  /** Prompt tokens a whole-PR review would have sent (known on incremental runs). */
  fullPromptTokens: number | null;
  reviewUrl: string | null;
  runUrl: string | null;
  /** Findings the review body had no room to list, most severe first: listed here. */
  unlisted?: BodyFinding[];
  /** Fingerprints earlier summary comments listed: kept, so those findings are not listed again. */
  remembered?: string[];
  /**
   * The summary comment and continuations as they are on the PR: a run with no unlisted findings of its
   * own keeps their listing, so what earlier runs could list only here stays readable.
   */
  earlier?: { main: string; parts: string[] };
  /** What this run's second look checked and refuted, when it had one. */
  secondLook?: LookTally;
  /** What commands set (ignored findings, paused): kept in the marker, so a rewrite never loses it. */
  state?: SummaryState;
  /** The team's feedback on our inline findings, this run's included. */
  tally?: Tally;
  /** The phrase that commands the action in a comment (for the paused line); default `@vtrix-review`. */
  phrase?: string;
  /** The issues the description links (sent to the model, or not read and why), and the PR's repository. */
  linkedIssues?: { issues: LinkedIssues; owner: string; repo: string };
}

/** Continuation comments at most: past them, findings are counted and left to the job summary. */
export const MAX_CONTINUATIONS = 4;
/** One listed finding: its heading, place and the start of its text. */
const UNLISTED_BODY_CHARS = 300;
/** Margin under GitHub's limit for each comment (and for characters GitHub counts differently). */
const MARGIN = 2_000;

/** The summary comment alone (see `summaryComments`). */
export function summaryComment(f: SummaryFacts): string {
  return summaryComments(f)[0]!;
}

/**
 * The one summary comment, kept current, and its continuations when the findings it must list do not
 * fit: each within GitHub's 65,536-character limit by construction. Each comment's marker holds the
 * fingerprints of the findings it lists, so later runs do not list them again.
 */
export function summaryComments(f: SummaryFacts): string[] {
  const state = f.state ?? NO_STATE;
  const out: string[] = [`## ${f.deep ? 'vtrix-review — deep review summary' : 'vtrix-review summary'}`];
  if (state.paused) out.push(pausedLine(state.paused, f.phrase));
  if (f.verdict && f.requests > 0) out.push(verdictMarkdown(f.verdict, (t) => sanitizeInline(t, 300)));
  // The model's assessment: sanitised (src/review/sanitize.ts) and bounded.
  const assessment = introFrom(f.summaries, 2_000, 12_000);
  if (assessment !== '') out.push(assessment);
  else if (f.requests === 0) out.push('No new code to review in this run.');

  const open = countsText(f.open);
  out.push(open === '' ? '**Open findings:** none.' : `**Open findings:** ${open}`);

  const range = f.range.from
    ? `commits \`${f.range.from.slice(0, 7)}..${f.range.to.slice(0, 7)}\` (new since the last review)`
    : `the whole pull request at \`${f.range.to.slice(0, 7)}\`${f.fullReason ? ` (${f.fullReason})` : ''}`;
  const run = [
    `- Reviewed ${range}: ${f.reviewedPaths.size} file${f.reviewedPaths.size === 1 ? '' : 's'}, ${f.requests} model request${f.requests === 1 ? '' : 's'}, ${f.promptTokens.toLocaleString('en-US')} prompt + ${f.completionTokens.toLocaleString('en-US')} completion tokens.`,
    `- ${f.newComments} new finding${f.newComments === 1 ? '' : 's'} posted${f.reviewUrl ? ` in [this review](${f.reviewUrl})` : ''}; ${f.repeated} already reported; ${f.addressed} earlier finding${f.addressed === 1 ? '' : 's'} look${f.addressed === 1 ? 's' : ''} addressed.`,
  ];
  if (f.fullPromptTokens !== null && f.fullPromptTokens > f.promptTokens) {
    const saved = f.fullPromptTokens - f.promptTokens;
    run.push(
      `- Incremental review saved ${saved.toLocaleString('en-US')} prompt tokens (${Math.round((100 * saved) / f.fullPromptTokens)}% of the ${f.fullPromptTokens.toLocaleString('en-US')} a whole-PR review would send).`,
    );
  }
  const unlisted = f.unlisted ?? [];
  if (unlisted.length > 0)
    run.push(
      `- ${unlisted.length} finding${unlisted.length === 1 ? '' : 's'} (${severityCounts(unlisted.map((b) => b.finding))}) did not fit in the review body (GitHub limits it to 65,536 characters): they are listed below.`,
    );
  if (f.secondLook) run.push(`- ${lookLine(f.secondLook, 'listed below')}`);
  if (f.tally && f.tally.posted > 0) run.push(`- Feedback on inline findings: ${tallyText(f.tally)}.`);
  const linked = f.linkedIssues ? linkedIssuesLine(f.linkedIssues.issues, f.linkedIssues) : null;
  if (linked) run.push(`- ${linked}`);
  out.push(`### This run\n${run.join('\n')}`);

  const sub = f.runUrl ? `<sub>[Workflow run](${f.runUrl}) · ${f.headSha.slice(0, 7)}</sub>\n\n` : '';
  // The marker's fingerprints are paid for out of the same room as the text (see `packUnlisted`).
  const tailBase = `${sub}${summaryMarker(f.range.to, [], state)}`;
  let room = GITHUB_BODY_LIMIT - MARGIN - out.join('\n\n').length - tailBase.length;
  // The unlisted findings come first among the lists: they are what no other comment holds.
  const pack =
    keepEarlier(unlisted, f.earlier, room) ??
    packUnlisted(unlisted, f.remembered ?? [], f.headSha, f.range.to, f.runUrl, room);
  if (pack.main.text !== '') {
    out.push(pack.main.text);
    room -= pack.main.text.length + 2;
  }
  room -= pack.main.fps.reduce((n, fp) => n + fp.length + 1, 0);
  // Refuted findings come next: nothing the model found is lost, even what the second look took out.
  const refuted = refutedSection(
    f.secondLook?.refuted ?? [],
    f.earlier?.main ?? null,
    room - 2_000,
    `listed in the job summary${f.runUrl ? ` of [the workflow run](${f.runUrl})` : ''}`,
  );
  if (refuted !== '') {
    out.push(refuted);
    room -= refuted.length + 2;
  }
  const tail = `${sub}${summaryMarker(f.range.to, pack.main.fps, state)}`;

  const section = (title: string, header: string, rows: string[], more: (n: number) => string): void => {
    if (rows.length === 0) return;
    const kept: string[] = [];
    let size = title.length + header.length + 2;
    for (const r of rows) {
      if (size + r.length + 1 > room - 200) break;
      kept.push(r);
      size += r.length + 1;
    }
    if (kept.length < rows.length) kept.push(more(rows.length - kept.length));
    const text = `${title}\n${header}${kept.join('\n')}`;
    out.push(text);
    room -= text.length + 2;
  };

  const what = walkthroughCell(f);
  section(
    '### Changed files',
    '| file | change | + / − | reviewed in this run | what it does |\n|---|---|---|---|---|\n',
    f.files.map((x) => {
      const file = `${codeSpan(x.path, { table: true })}${x.oldPath && x.oldPath !== x.path ? ` (from ${codeSpan(x.oldPath, { table: true })})` : ''}`;
      return `| ${file} | ${x.status} | +${x.additions} / −${x.deletions} | ${f.reviewedPaths.has(x.path) ? 'yes' : ''} | ${what(x.path, file)} |`;
    }),
    (n) => `| …and ${n} more files | | | | |`,
  );
  section(
    '### Not reviewed',
    '',
    [
      ...f.failed.map(
        (s) => `- ${codeSpan(s.path)}: the model request failed: ${sanitizeInline(s.reason, 500)}`,
      ),
      ...f.skipped.map((s) => `- ${codeSpan(s.path)}: ${sanitizeInline(s.reason, 500)}`),
    ],
    (n) => `- …and ${n} more, listed in the job summary.`,
  );
  out.push(tail);
  return [out.join('\n\n'), ...pack.continued];
}

const CHANGED_FILES_COLUMNS = 5;

/**
 * The walkthrough lines a summary comment of ours holds, by file cell as written: only rows of the
 * "Changed files" table's shape (its last cell is "what it does"), and only lines, not reasons.
 */
export function earlierWalkthrough(body: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const [file, cells] of rowsByFile(body))
    if (cells.length === CHANGED_FILES_COLUMNS && isWalkthroughLine(cells.at(-1)!))
      lines.set(file, cells.at(-1)!);
  return lines;
}

/** An earlier cell that says what a file's change does (not one of the reasons there is no line). */
function isWalkthroughLine(cell: string): boolean {
  return (
    cell !== '' &&
    !/^not (?:reviewed|listed by the model)\b/.test(cell) &&
    cell.length <= 2 * WALKTHROUGH_CELL_CHARS
  );
}

/** A walkthrough line in the table, at most (a file's parts' lines joined: see src/pipeline/answers.ts). */
const WALKTHROUGH_CELL_CHARS = 500;

/**
 * The "what it does" cell of a file: the model's line, sanitised; or why there is none (filtered out,
 * its request failed, the model did not list it). A file this run did not review (an incremental run:
 * it did not change since) keeps the line an earlier run wrote, from the comment as it is on the PR.
 */
function walkthroughCell(f: SummaryFacts): (path: string, file: string) => string {
  const earlier = earlierWalkthrough(f.earlier?.main ?? '');
  const skipped = new Map(f.skipped.map((s) => [s.path, s.reason]));
  // A failed part of a split file is named `path (part k/n)`.
  const failed = new Set(f.failed.map((s) => s.path.replace(/ \(part \d+\/\d+\)$/, '')));
  // `|` ends a table cell; escaped, it shows as itself (the sanitiser keeps no code span holding one).
  const cell = (t: string) => sanitizeInline(t, WALKTHROUGH_CELL_CHARS).replace(/\|/g, '\\|');
  return (path, file) => {
    const line = f.walkthrough?.get(path);
    if (line !== undefined && line.trim() !== '')
      return failed.has(path)
        ? `${cell(line)} (part of it not reviewed: the model request failed)`
        : cell(line);
    const reason = skipped.get(path);
    if (reason !== undefined) return `not reviewed: ${cell(reason)}`;
    if (failed.has(path)) return 'not reviewed: the model request failed';
    if (f.reviewedPaths.has(path)) return 'not listed by the model';
    return earlier.get(file) ?? 'not reviewed in this run';
  };
}

interface Packed {
  /** What goes in the summary comment itself: a section of findings, and its marker's fingerprints. */
  main: { text: string; fps: string[] };
  /** Whole continuation comments. */
  continued: string[];
}

/**
 * Spreads the unlisted findings over the summary comment (its `room`) and up to MAX_CONTINUATIONS
 * continuation comments, most severe first; then the fingerprints of those that did not fit and the
 * remembered ones, as room is left. Each item costs its text plus its fingerprint in the marker, so no
 * comment can outgrow the limit. What does not fit is counted, and said to be in the job summary.
 */
function packUnlisted(
  unlisted: BodyFinding[],
  remembered: string[],
  headSha: string,
  head: string,
  runUrl: string | null,
  room: number,
): Packed {
  const title = UNLISTED_TITLE;
  const items = unlisted.map((b) => ({ text: unlistedItem(b), fp: b.mark?.fp ?? null }));
  const partHead = (k: number) => `## vtrix-review summary, continued (${k})`;
  const partBase =
    partHead(MAX_CONTINUATIONS).length + continuedMarker(MAX_CONTINUATIONS, head, []).length + 200;
  // Room per comment for items and fingerprints, with slack for the count line below.
  const capacity = (k: number) =>
    (k === 0 ? room - title.length - 2 : GITHUB_BODY_LIMIT - MARGIN - partBase) - 400;
  const buckets: { texts: string[]; fps: string[]; left: number }[] = [];
  const bucket = (k: number) => {
    while (buckets.length <= k) buckets.push({ texts: [], fps: [], left: capacity(buckets.length) });
    return buckets[k]!;
  };

  // Fingerprints come first: listing a finding helps a reader, remembering it keeps the next run from
  // listing it again. So the text of the items gets what all the fingerprints leave.
  const allFps = [...new Set([...items.flatMap((i) => (i.fp ? [i.fp] : [])), ...remembered])];
  const total = [...Array(MAX_CONTINUATIONS + 1).keys()].reduce((n, k) => n + Math.max(0, capacity(k)), 0);
  let textBudget = total - allFps.reduce((n, fp) => n + fp.length + 1, 0) - 1_000;
  let next = 0;
  for (let k = 0; k <= MAX_CONTINUATIONS && next < items.length && textBudget > 0; k++) {
    const b = bucket(k);
    for (; next < items.length; next++) {
      const it = items[next]!;
      const cost = it.text.length + 1 + (it.fp ? it.fp.length + 1 : 0);
      if (cost > b.left || it.text.length + 1 > textBudget) break;
      textBudget -= it.text.length + 1;
      b.texts.push(it.text);
      if (it.fp) b.fps.push(it.fp);
      b.left -= cost;
    }
  }
  if (next < items.length) {
    const n = items.length - next;
    bucket(Math.max(0, buckets.length - 1)).texts.push(
      `- …and ${n} more (${severityCounts(unlisted.slice(next).map((b) => b.finding))}), listed in the job summary${runUrl ? ` of [the workflow run](${runUrl})` : ''}.`,
    );
  }
  // Fingerprints alone: of findings that could not be listed, then of those earlier runs listed.
  const listed = new Set(buckets.flatMap((b) => b.fps));
  const bare = [
    ...new Set([...items.slice(next).flatMap((i) => (i.fp ? [i.fp] : [])), ...remembered]),
  ].filter((fp) => !listed.has(fp));
  let k = 0;
  for (const fp of bare) {
    while (k <= MAX_CONTINUATIONS && bucket(k).left < fp.length + 1) k++;
    if (k > MAX_CONTINUATIONS) break; // past ~20,000 fingerprints: the oldest are not kept
    const b = bucket(k);
    b.fps.push(fp);
    b.left -= fp.length + 1;
  }
  const [main, ...parts] = buckets.length > 0 ? buckets : [{ texts: [], fps: [], left: 0 }];
  return {
    main: { text: main!.texts.length > 0 ? `${title}\n${main!.texts.join('\n')}` : '', fps: main!.fps },
    continued: parts.map((p, i) =>
      [
        partHead(i + 1),
        p.texts.length > 0
          ? `Findings that did not fit in the review body or the summary comment, most severe first.\n\n${p.texts.join('\n')}`
          : 'Kept so that findings earlier runs listed are not listed again.',
        `<sub>${headSha.slice(0, 7)}</sub>`,
        continuedMarker(i + 1, head, p.fps),
      ].join('\n\n'),
    ),
  };
}

const UNLISTED_TITLE = '### Findings not in the review body';

/**
 * The earlier listing, unchanged, when this run has nothing of its own to list and it still fits: its
 * section of the summary comment (up to the next heading), its fingerprints, and its continuations.
 */
function keepEarlier(unlisted: BodyFinding[], earlier: SummaryFacts['earlier'], room: number): Packed | null {
  if (unlisted.length > 0 || !earlier) return null;
  const at = earlier.main.indexOf(`\n\n${UNLISTED_TITLE}\n`);
  if (at < 0 && earlier.parts.length === 0) return null;
  let text = '';
  if (at >= 0) {
    const rest = earlier.main.slice(at + 2);
    const end = rest.search(/\n\n(?:### |<sub>|<!-- vtrix-review:)/);
    text = end < 0 ? rest : rest.slice(0, end);
  }
  const fps = parseSummaryMarker(earlier.main)?.body ?? [];
  if (text.length + 2 + fps.reduce((n, fp) => n + fp.length + 1, 0) > room) return null;
  return { main: { text, fps }, continued: earlier.parts };
}

/** One unlisted finding on one line: heading, place, and the start of its text. */
function unlistedItem(b: BodyFinding): string {
  const f = b.finding;
  const text = sanitizeInline(f.body, UNLISTED_BODY_CHARS);
  return `- ${findingHeading(f)} — ${codeSpan(b.path)} ${linesText(f.startLine, f.line)} (${f.side})${text ? `: ${text}` : ''}`;
}

const PAUSED_START = '> **Automatic reviews are paused**';

/** The summary comment's line saying automatic reviews are paused, by whom, and how to resume them. */
export function pausedLine(p: { by: string; at: string }, phrase = DEFAULT_PHRASE): string {
  // The login as code: a mention would notify them on every rewrite of the comment.
  return `${PAUSED_START} since ${p.at.replace('T', ' ').replace('Z', ' UTC')} (by ${codeSpan(p.by)}): pushes are not reviewed. Comment \`${phrase} resume\` to restart them; \`${phrase} review\` reviews once.`;
}

/** The trigger phrase when the configuration names none. */
export const DEFAULT_PHRASE = '@vtrix-review';

/** `body` with its paused line (after the heading) set to `paused`: added, replaced or removed. */
export function withPausedLine(
  body: string,
  paused: { by: string; at: string } | null,
  phrase = DEFAULT_PHRASE,
): string {
  const lines = body.split('\n\n');
  const kept = lines.filter((l) => !l.startsWith(PAUSED_START));
  if (paused) kept.splice(Math.min(1, kept.length), 0, pausedLine(paused, phrase));
  return kept.join('\n\n');
}
