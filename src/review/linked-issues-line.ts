import type { LinkedIssues } from '../types.ts';
import { issueName } from '../prompt/linked-issues.ts';
import { codeSpan, sanitizeInline } from './sanitize.ts';

/**
 * Which linked issues the review considered and which it could not read, with why: one line for the
 * summary comment and the job summary. Null when the description links none.
 */
export function linkedIssuesLine(
  li: LinkedIssues | undefined,
  here: { owner: string; repo: string },
): string | null {
  if (!li || li.read.length + li.unread.length === 0) return null;
  // This repository's `#12` stays a link; another's is shown as code (src/review/sanitize.ts keeps
  // other repositories' references from linking or notifying).
  const shown = (name: string): string => (name.startsWith('#') ? name : codeSpan(name));
  const parts: string[] = [];
  if (li.read.length > 0)
    parts.push(`considered ${li.read.map((i) => shown(issueName(i, here))).join(', ')}`);
  if (li.unread.length > 0)
    parts.push(
      `not read: ${li.unread.map((u) => `${shown(u.name)} (${sanitizeInline(u.why, 200)})`).join(', ')}`,
    );
  return `Linked issues: ${parts.join('; ')}.`;
}
