/**
 * The issues a pull request's description links, and how the review's prompt shows them. Pure: the
 * GitHub reader (src/github/issues.ts) fetches what `linkedIssueRefs` finds.
 */
import type { LinkedIssue, TokenCounter } from '../types.ts';

/** An issue a PR description references. */
export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

/** Issues read at most: each is a request to GitHub and text in every model request. */
export const MAX_LINKED_ISSUES = 5;
/** One issue's body in the prompt at most (a long issue is cut, and says so). */
export const MAX_ISSUE_BODY_CHARS = 4_000;
/** All linked issues together, in tokens of every request's prompt. */
export const MAX_ISSUE_TOKENS = 6_000;

const NAME = '[A-Za-z0-9_.-]+';

/**
 * The issues `body` links, in order, without repeats: GitHub's closing keywords (`Fixes #12`,
 * `closes: owner/repo#34`, `Resolves https://<host>/owner/repo/issues/5`) and plain links to an
 * issue of this repository. Text in code spans, fenced blocks, HTML comments and quoted lines is not
 * read, as GitHub does not link it either. `more` counts the references past `max`.
 */
export function linkedIssueRefs(
  body: string,
  here: { owner: string; repo: string; host: string },
  max = MAX_LINKED_ISSUES,
): { refs: IssueRef[]; more: IssueRef[] } {
  const text = readableText(body);
  const host = here.host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const url = `https?://${host}/(${NAME})/(${NAME})/issues/(\\d+)\\b`;
  const target = `(?:(${NAME})/(${NAME}))?#(\\d+)\\b|${url}`;
  const keyword = new RegExp(
    `(?<![\\w/#-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?::\\s*|\\s+)(?:${target})`,
    'gi',
  );
  const link = new RegExp(`(?<![\\w/])${url}`, 'gi');
  const found: { at: number; ref: IssueRef }[] = [];
  for (const m of text.matchAll(keyword)) {
    const ref = m[3]
      ? { owner: m[1] ?? here.owner, repo: m[2] ?? here.repo, number: Number(m[3]) }
      : { owner: m[4]!, repo: m[5]!, number: Number(m[6]) };
    found.push({ at: m.index, ref });
  }
  for (const m of text.matchAll(link)) {
    // A link to another repository's issue counts only after a closing keyword (above).
    if (!sameRepo({ owner: m[1]!, repo: m[2]!, number: 0 }, here)) continue;
    found.push({ at: m.index, ref: { owner: m[1]!, repo: m[2]!, number: Number(m[3]) } });
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const all: IssueRef[] = [];
  for (const { ref } of found) {
    // GitHub's owner and repository names are case-insensitive.
    const key = `${ref.owner}/${ref.repo}#${ref.number}`.toLowerCase();
    if (ref.number <= 0 || seen.has(key)) continue;
    seen.add(key);
    all.push(ref);
  }
  return { refs: all.slice(0, max), more: all.slice(max) };
}

/** The description without what GitHub does not link: code, HTML comments, quotes. */
function readableText(body: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of body.replace(/<!--[\s\S]*?(-->|$)/g, ' ').split(/\r?\n/)) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = null;
      out.push('');
      continue;
    }
    if (f) {
      fence = f[1]!;
      out.push('');
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      out.push('');
      continue;
    }
    out.push(line);
  }
  // Code spans may cross lines; a run of backticks closes only with a run of the same length.
  return out.join('\n').replace(/(`+)[\s\S]*?\1/g, ' ');
}

export function sameRepo(ref: IssueRef, here: { owner: string; repo: string }): boolean {
  return (
    ref.owner.toLowerCase() === here.owner.toLowerCase() && ref.repo.toLowerCase() === here.repo.toLowerCase()
  );
}

/** How an issue is named: `#12` in this repository, `owner/repo#12` in another. */
export function issueName(ref: IssueRef, here: { owner: string; repo: string }): string {
  return sameRepo(ref, here) ? `#${ref.number}` : `${ref.owner}/${ref.repo}#${ref.number}`;
}

/** The web host of a PR's page (`github.com`, or a GitHub Enterprise Server's), for issue links. */
export function webHost(htmlUrl: string): string {
  try {
    return htmlUrl ? new URL(htmlUrl).host : 'github.com';
  } catch {
    return 'github.com';
  }
}

/** One issue as the prompt shows it. */
export function renderIssue(i: LinkedIssue, here: { owner: string; repo: string }): string {
  return `Issue ${issueName(i, here)}: ${i.title}\n${i.body.trim() || '(no description)'}\n`;
}

/**
 * The issues cut to `maxTokens` in all, in order: bodies past MAX_ISSUE_BODY_CHARS are cut first,
 * then the last issues' bodies shortened (an issue whose title alone does not fit is left out).
 */
export function fitIssues(
  issues: LinkedIssue[],
  here: { owner: string; repo: string },
  count: TokenCounter,
  maxTokens = MAX_ISSUE_TOKENS,
): { kept: LinkedIssue[]; dropped: LinkedIssue[] } {
  const kept: LinkedIssue[] = [];
  const dropped: LinkedIssue[] = [];
  let left = maxTokens;
  for (const issue of issues) {
    let i = { ...issue, body: cutBody(issue.body.trim(), MAX_ISSUE_BODY_CHARS) };
    let tokens = count(renderIssue(i, here));
    if (tokens > left) {
      // The longest prefix of the body that fits, found by halving.
      let lo = 0;
      let hi = i.body.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (count(renderIssue({ ...i, body: cutBody(issue.body.trim(), mid, true) }, here)) <= left) lo = mid;
        else hi = mid - 1;
      }
      i = { ...i, body: cutBody(issue.body.trim(), lo, true) };
      tokens = count(renderIssue(i, here));
      if (lo === 0 || tokens > left) {
        dropped.push(issue);
        continue;
      }
    }
    left -= tokens;
    kept.push(i);
  }
  return { kept, dropped };
}

function cutBody(body: string, max: number, force = false): string {
  if (!force && body.length <= max) return body;
  if (body.length <= max) return body;
  return `${body.slice(0, max)}\n[… issue text truncated: ${body.length - max} more characters]`;
}

/** The paragraph after the linked issues: what the model does with them. */
export const ISSUES_NOTE =
  'The linked issues above are what this pull request says it does. Check the change against what they ask: report a part of the request the change gets wrong, and report a part as missing only when this request holds the whole code it concerns (other parts of the pull request are reviewed separately).';
