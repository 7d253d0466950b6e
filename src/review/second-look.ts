import type { Refuted } from '../verify/apply.ts';
import { findingHeading, linesText } from './render.ts';
import { placedLines } from '../place/place.ts';
import { codeSpan, sanitizeInline } from './sanitize.ts';

export { lookLine, type LookTally } from './look-line.ts';

export const REFUTED_TITLE = '### Refuted on a second look';
const REFUTED_BODY_CHARS = 300;
const EVIDENCE_CHARS = 600;

/** One refuted finding on one line: heading, place, the start of its text, and why it was refuted. */
export function refutedItem(r: Refuted): string {
  const f = r.placed.finding;
  const at = placedLines(r.placed);
  const text = sanitizeInline(f.body, REFUTED_BODY_CHARS);
  const why = sanitizeInline(r.evidence, EVIDENCE_CHARS) || 'no reason given';
  return `- ${findingHeading(f)} — ${codeSpan(r.placed.path)} ${linesText(at.startLine, at.line)} (${at.side})${text ? `: ${text}` : ''} — **refuted** (${r.confidence} confidence): ${why}`;
}

/**
 * The summary comment's list of refuted findings, collapsed, within `room` characters: this run's
 * first, then those earlier runs listed (kept word for word from `earlier`, the comment as it is on the
 * PR), so a refuted finding stays readable until a later run has no room for it. Empty when none.
 */
export function refutedSection(
  refuted: readonly Refuted[],
  earlier: string | null,
  room: number,
  more: string,
): string {
  const fresh = refuted.map(refutedItem);
  const seen = new Set(fresh);
  const old = earlierRefuted(earlier).filter((l) => !seen.has(l));
  const items = [...fresh, ...old];
  if (items.length === 0) return '';
  const open = (n: number) =>
    `${REFUTED_TITLE}\n<details>\n<summary>${n} finding${n === 1 ? '' : 's'} the second look refuted: not posted inline. Check them if you disagree.</summary>\n\n`;
  const close = '\n\n</details>';
  const kept: string[] = [];
  let size = open(items.length).length + close.length + 200;
  for (const it of items) {
    if (size + it.length + 1 > room) break;
    kept.push(it);
    size += it.length + 1;
  }
  if (kept.length === 0) return '';
  if (kept.length < items.length) kept.push(`- …and ${items.length - kept.length} more, ${more}.`);
  return `${open(items.length)}${kept.join('\n')}${close}`;
}

/** The items of the refuted section of an earlier summary comment of ours (see `refutedSection`). */
function earlierRefuted(earlier: string | null): string[] {
  if (!earlier) return [];
  const at = earlier.indexOf(`\n\n${REFUTED_TITLE}\n`);
  if (at < 0) return [];
  const rest = earlier.slice(at + 2);
  const end = rest.indexOf('\n\n</details>');
  const section = end < 0 ? rest : rest.slice(0, end);
  // Only whole items this module wrote: a "…and N more" line is not carried forward.
  return section.split('\n').filter((l) => l.startsWith('- **') && l.includes(' — **refuted** ('));
}
