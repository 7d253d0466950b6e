import type { Logger, PullRequest } from '../types.ts';
import {
  isAddressedReply,
  SUMMARY_MARKER,
  parseContinuedMarker,
  commentText,
  commentTitle,
  parseFindingMarker,
  parseReviewMarker,
  parseSummaryMarker,
  parseSummaryState,
  type ReviewMark,
  type SummaryState,
} from '../memory/markers.ts';
import { gist } from '../memory/fingerprint.ts';
import type { BotThread } from '../memory/threads.ts';
import {
  UNKNOWN_IDENTITY,
  authoredByUs,
  isBotAccount,
  needsIdentity,
  sameLogin,
  type Account,
} from '../memory/authorship.ts';
import type { GitHubClient } from './client.ts';
import type { WhoAmI } from './identity.ts';
import type { PendingReview } from './review.ts';

/** What earlier runs of the action left on the PR. */
export interface History {
  lastReview: (ReviewMark & { id: number }) | null;
  /** The last commit a run reviewed: from the summary comment, else from the last review. */
  lastHead: string | null;
  /** Body fingerprints of every earlier review (findings that were never inline). */
  bodyFingerprints: string[];
  threads: BotThread[];
  summaryComment: { id: number; body: string } | null;
  /** Continuations of the summary comment, by part number (1, 2, …). */
  summaryParts: { id: number; part: number; body: string }[];
  /** Fingerprints the summary comment and its continuations list (findings no review body held). */
  summaryFingerprints: string[];
  /** Threads were read through GraphQL (so `resolved` and `nodeId` are known). */
  graphql: boolean;
  /** Pending reviews of the token's user (GitHub lists them to their author only). */
  pending: PendingReview[];
  /** What commands set, from the summary comment's marker (findings ignored, paused); absent: none. */
  summaryState?: SummaryState;
}

/** A thread with our finding marker, and who wrote its first comment (ours only if that is us). */
type Marked = { thread: BotThread; author: Account };

/**
 * Reads our earlier reviews, inline comments (with their thread state) and summary comment: content
 * with our markers whose author is us (`authoredByUs`). The token's account is asked for (`me`) only
 * when some of that content is by a person's account.
 */
export async function loadHistory(
  gh: GitHubClient,
  pr: PullRequest,
  log: Logger,
  me: WhoAmI,
): Promise<History> {
  const where = { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 };
  const reviews = await gh.paginate(gh.rest.pulls.listReviews, where);
  const pending: PendingReview[] = [];
  const marked: { id: number; mark: ReviewMark; author: Account }[] = [];
  for (const r of reviews) {
    if (r.state === 'PENDING') {
      // Never submitted, so never seen by anyone: not history, but it blocks the next review.
      pending.push({ id: r.id, login: r.user?.login ?? '', bot: isBotAccount(r.user), body: r.body ?? '' });
      continue;
    }
    const mark = parseReviewMarker(r.body);
    if (mark) marked.push({ id: r.id, mark, author: r.user });
  }

  let candidates: Marked[];
  let graphql = true;
  try {
    candidates = await threadsByGraphql(gh, pr);
  } catch (e) {
    graphql = false;
    log.info(`Could not read review threads through GraphQL (${(e as Error).message}); using REST comments.`);
    candidates = await threadsByRest(gh, pr);
  }

  const issueComments = await gh.paginate(gh.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  const summaries = issueComments.filter((c) => (c.body ?? '').includes(SUMMARY_MARKER));
  const continued = issueComments.filter((c) => parseContinuedMarker(c.body) !== null);

  const authors = [
    ...marked,
    ...candidates,
    ...[...summaries, ...continued].map((c) => ({ author: c.user })),
  ].map((x) => x.author);
  const identity = needsIdentity(authors) ? await me() : UNKNOWN_IDENTITY;
  const ours = (u: Account) => authoredByUs(u, identity);

  let lastReview: History['lastReview'] = null;
  const bodyFingerprints: string[] = [];
  for (const { id, mark, author } of marked) {
    if (!ours(author)) continue;
    bodyFingerprints.push(...mark.body);
    if (!lastReview || id > lastReview.id) lastReview = { ...mark, id };
  }
  const threads = candidates.filter((c) => ours(c.author)).map((c) => c.thread);
  const summary = summaries.find((c) => ours(c.user));
  const summaryParts = continued.flatMap((c) => {
    const m = ours(c.user) ? parseContinuedMarker(c.body) : null;
    return m ? [{ id: c.id, part: m.part, body: c.body ?? '', fps: m.body }] : [];
  });
  const summaryFingerprints = [
    ...(parseSummaryMarker(summary?.body)?.body ?? []),
    ...summaryParts.flatMap((p) => p.fps),
  ];
  bodyFingerprints.push(...summaryFingerprints);
  return {
    lastReview,
    lastHead: parseSummaryMarker(summary?.body)?.head ?? lastReview?.head ?? null,
    bodyFingerprints,
    threads,
    summaryComment: summary ? { id: summary.id, body: summary.body ?? '' } : null,
    summaryParts: summaryParts.map(({ fps: _f, ...p }) => p).sort((a, b) => a.part - b.part || a.id - b.id),
    summaryFingerprints,
    graphql,
    pending,
    summaryState: parseSummaryState(summary?.body),
  };
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id isResolved isOutdated path line startLine diffSide resolvedBy { login }
          comments(first: 50) {
            nodes {
              databaseId body author { login __typename }
              thumbsUp: reactions(content: THUMBS_UP) { totalCount }
              thumbsDown: reactions(content: THUMBS_DOWN) { totalCount }
            }
          }
        }
      }
    }
  }
}`;

interface ThreadNode {
  id: string;
  isResolved: boolean;
  isOutdated: boolean;
  path: string;
  line: number | null;
  startLine?: number | null;
  diffSide?: 'LEFT' | 'RIGHT';
  /** A User (the field's type): null when open, or resolved by an app or a deleted account. */
  resolvedBy?: { login: string } | null;
  comments: {
    nodes: {
      databaseId: number;
      body: string;
      author: { login: string; __typename?: string } | null;
      thumbsUp?: { totalCount: number };
      thumbsDown?: { totalCount: number };
    }[];
  };
}

async function threadsByGraphql(gh: GitHubClient, pr: PullRequest): Promise<Marked[]> {
  const out: Marked[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: {
      repository: {
        pullRequest: {
          reviewThreads: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: ThreadNode[] };
        } | null;
      };
    } = await gh.graphql(THREADS_QUERY, { owner: pr.owner, repo: pr.repo, number: pr.number, cursor });
    const rt = res.repository.pullRequest?.reviewThreads;
    if (!rt) break;
    for (const t of rt.nodes) {
      const root = t.comments.nodes[0];
      const mark = parseFindingMarker(root?.body);
      if (!root || !mark) continue;
      const thread: BotThread = {
        nodeId: t.id,
        commentId: root.databaseId,
        path: t.path,
        side: t.diffSide ?? 'RIGHT',
        line: t.isOutdated ? null : t.line,
        startLine: t.startLine ?? null,
        resolved: t.isResolved,
        resolvedBy: t.isResolved ? (t.resolvedBy?.login ?? null) : null,
        fp: mark.fp,
        loc: mark.loc,
        sev: mark.sev,
        words: gist(commentTitle(root.body)),
        title: commentTitle(root.body),
        body: gist(commentText(root.body)),
        replied: t.comments.nodes.some((c) => isAddressedReply(c.body)),
        reactions: { up: root.thumbsUp?.totalCount ?? 0, down: root.thumbsDown?.totalCount ?? 0 },
        // People's replies: not bots', nor ours (a reply by the first comment's author, when it is us).
        replies: t.comments.nodes
          .slice(1)
          .filter((c) => {
            const by = c.author ? { login: c.author.login, type: c.author.__typename } : null;
            return by !== null && !isBotAccount(by) && !sameLogin(by.login, root.author?.login);
          })
          .map((c) => c.body),
      };
      const author = root.author ? { login: root.author.login, type: root.author.__typename } : null;
      out.push({ thread, author });
    }
    if (!rt.pageInfo.hasNextPage) break;
    cursor = rt.pageInfo.endCursor;
  }
  return out;
}

async function threadsByRest(gh: GitHubClient, pr: PullRequest): Promise<Marked[]> {
  const all = await gh.paginate(gh.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const replied = new Set(
    all.filter((c) => c.in_reply_to_id && isAddressedReply(c.body)).map((c) => c.in_reply_to_id),
  );
  return all.flatMap((c): Marked[] => {
    const mark = parseFindingMarker(c.body);
    if (c.in_reply_to_id || !mark) return [];
    const thread: BotThread = {
      nodeId: null,
      commentId: c.id,
      path: c.path,
      side: c.side === 'LEFT' ? 'LEFT' : 'RIGHT',
      line: c.line ?? null,
      startLine: c.start_line ?? null,
      resolved: false, // unknown without GraphQL: treat as open, so nothing is said twice
      fp: mark.fp,
      loc: mark.loc,
      sev: mark.sev,
      words: gist(commentTitle(c.body)),
      title: commentTitle(c.body),
      body: gist(commentText(c.body)),
      replied: replied.has(c.id),
      reactions: { up: c.reactions?.['+1'] ?? 0, down: c.reactions?.['-1'] ?? 0 },
      replies: all
        .filter(
          (r) =>
            r.in_reply_to_id === c.id && !isBotAccount(r.user) && !sameLogin(r.user?.login, c.user?.login),
        )
        .map((r) => r.body),
    };
    return [{ thread, author: c.user }];
  });
}
