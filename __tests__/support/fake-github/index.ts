/**
 * A strict fake of the parts of GitHub's REST API that the action uses, for end-to-end tests.
 *
 * It is the referee: every review the action posts is checked against GitHub's own OpenAPI description
 * (from `@octokit/openapi`) and against the rules GitHub applies to review comments, with line numbers
 * computed by `parse-diff` (a parser independent of the action's own). Anything GitHub would refuse is
 * answered as GitHub answers it and also recorded in `violations`, as is every request the fake did not
 * expect, so a test can simply assert `violations` is empty.
 *
 * This file is the server: authentication, faults, the request log, and routing to one module per
 * resource (pulls, reviews, issues, reactions, graphql, contents, users), which all share one `FakeState`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BOT_USER, userAccount } from './accounts.ts';
import { commitsRoute } from './commits.ts';
import { contentsRoute } from './contents.ts';
import { faultMatcher, faultReply } from './faults.ts';
import { graphqlRoute, resolveThread } from './graphql.ts';
import { addIssueComment, issueCommentsRoute, issueRoute, removeLabelRoute } from './issues.ts';
import { DOCS } from './limits.ts';
import { closePull, compareRoute, pullsRoute, updatePull } from './pulls.ts';
import { reactionsRoute } from './reactions.ts';
import { addHumanComment, addHumanReview, pendingReviews, reactToComment, reviewsRoute } from './reviews.ts';
import { createState, ghError, type FakeState, type Reply, type RouteHandler } from './state.ts';
import { codeloadRoute, tarballRoute } from './tarball.ts';
import type { FakeGitHub, FakeGitHubOptions } from './types.ts';
import { usersRoute } from './users.ts';

export type * from './types.ts';
export { buildDiffModel } from './diff-model.ts';
export { primaryRateLimit, secondaryRateLimit } from './faults.ts';
export { GITHUB_LIMITS, LINE_NOT_IN_DIFF } from './limits.ts';
export { OPENAPI_FILE, createReviewRequestSchema } from './openapi.ts';
export * from './webhooks.ts';

/** Tried in order; the first that answers wins (they are disjoint but for pulls/{n}, reviews first). */
const ROUTES: RouteHandler[] = [
  reactionsRoute,
  removeLabelRoute,
  usersRoute,
  contentsRoute,
  commitsRoute,
  tarballRoute,
  codeloadRoute,
  graphqlRoute,
  compareRoute,
  reviewsRoute,
  issueCommentsRoute,
  issueRoute,
  pullsRoute,
];

function route(state: FakeState, method: string, url: URL, req: IncomingMessage, body: unknown) {
  const rt = {
    method,
    pathname: url.pathname,
    segs: url.pathname.split('/').slice(1).map(decodeURIComponent),
    query: url.searchParams,
    accept: String(req.headers['accept'] ?? ''),
    body,
    where: `${method} ${url.pathname}`,
  };
  for (const r of ROUTES) {
    const reply = r(state, rt);
    if (reply) return reply;
  }
  return undefined;
}

export async function startFakeGitHub(opts: FakeGitHubOptions): Promise<FakeGitHub> {
  const state = createState(opts);
  const { token, personal, requests, reviews, violations, reviewMeta } = state;
  const faultFor = faultMatcher(opts.faults ?? []);
  let diffFetched = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', state.baseUrl);
    const where = `${method} ${url.pathname}`;
    let body: unknown = raw === '' ? undefined : raw;
    let badJson = false;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        badJson = String(req.headers['content-type'] ?? '').includes('json') || method !== 'GET';
      }
    }

    let reply: Reply;
    const auth = String(req.headers['authorization'] ?? '');
    const m = /^(token|bearer)\s+(\S+)$/i.exec(auth);
    // codeload (another host at GitHub) takes the token in its URL, which its route checks.
    const codeload = url.pathname.startsWith('/_codeload/');
    if (!codeload && (!m || (m[2] !== token && !personal.has(m[2]!)))) {
      violations.push(
        `${where}: bad or missing credentials (${auth === '' ? 'no authorization header' : 'wrong token'})`,
      );
      reply = ghError(401, 'Bad credentials', DOCS.rest);
    } else if (badJson) {
      violations.push(`${where}: request body is not valid JSON`);
      reply = {
        status: 400,
        body: { message: 'Problems parsing JSON', documentation_url: DOCS.rest, status: '400' },
      };
    } else {
      const fault = faultFor(method, url.pathname);
      if (fault && !fault.afterWrite) {
        reply = faultReply(fault);
      } else {
        const login = m ? personal.get(m[2]!) : undefined;
        state.actor = login === undefined ? BOT_USER : userAccount(login);
        const routed = route(state, method, url, req, body);
        if (routed) {
          reply = routed;
        } else {
          violations.push(`${where}: unexpected route`);
          reply = ghError(404, 'Not Found', DOCS.rest);
        }
        const diffRead =
          method === 'GET' &&
          reply.status === 200 &&
          ((/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/.test(url.pathname) &&
            String(req.headers['accept'] ?? '').includes('.diff')) ||
            (/\/pulls\/\d+\/files$/.test(url.pathname) && !/rel="next"/.test(reply.headers?.['link'] ?? '')));
        if (diffRead && !diffFetched && opts.afterDiffFetch) {
          diffFetched = true;
          opts.afterDiffFetch(fake);
        }
        if (fault) reply = faultReply(fault); // written, but the answer is lost
      }
    }

    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      body,
      status: reply.status,
    });
    // 204 No Content has no body, as GitHub sends it.
    const payload =
      reply.status === 204
        ? ''
        : Buffer.isBuffer(reply.body) || (typeof reply.body === 'string' && reply.contentType !== undefined)
          ? reply.body
          : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'content-type': reply.contentType ?? 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(payload)),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - requests.length)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(requests.length),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    });
    res.end(payload);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      violations.push(
        `${req.method} ${req.url}: fake-github crashed: ${(err as Error).stack ?? String(err)}`,
      );
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: 'Server Error' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://127.0.0.1:${port}`;

  const fake: FakeGitHub = {
    url: state.baseUrl,
    requests,
    reviews,
    // Also a review the action left PENDING: invisible to everyone else, and it blocks the next review.
    get violations() {
      const left = [...reviewMeta.entries()]
        .filter(([, m]) => m.state === 'PENDING' && m.createdHere)
        .map(
          ([id, m]) =>
            `review ${id} on ${m.pullKey} was created without event and left PENDING, visible to no one`,
        );
      return [...violations, ...left];
    },
    comments: state.comments,
    issueComments: state.issueComments,
    updatePull: (number, update) => updatePull(state, number, update),
    closePull: (number, merged) => closePull(state, number, merged),
    pendingReviews: () => pendingReviews(state),
    addHumanComment: (number, c) => addHumanComment(state, number, c),
    addIssueComment: (number, c) => addIssueComment(state, number, c),
    addHumanReview: (number, r) => addHumanReview(state, number, r),
    resolveThread: (commentId, by) => resolveThread(state, commentId, by),
    reactToComment: (commentId, content, by) => reactToComment(state, commentId, content, by),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
  return fake;
}

// ---------------------------------------------------------------------------------------------------------
// Webhook payloads from @octokit/webhooks-examples
// ---------------------------------------------------------------------------------------------------------
