/** Faults a test injects: GitHub's rate limit answers, and which request gets which fault. */
import { DOCS } from './limits.ts';
import { ghError, type Reply } from './state.ts';
import type { FakeFault } from './types.ts';

/** GitHub's secondary rate limit answer: 403 (or 429) with `retry-after` and the message Octokit looks for. */
export function secondaryRateLimit(
  f: Omit<FakeFault, 'status' | 'message' | 'headers'>,
  retryAfter = 1,
  status: 403 | 429 = 403,
): FakeFault {
  return {
    ...f,
    status,
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.',
    headers: { 'retry-after': String(retryAfter) },
  };
}

/** GitHub's primary rate limit answer: 403 with `x-ratelimit-remaining: 0` and a reset `resetIn` s away. */
export function primaryRateLimit(
  f: Omit<FakeFault, 'status' | 'message' | 'headers'>,
  resetIn = 1,
): FakeFault {
  return {
    ...f,
    status: 403,
    message: 'API rate limit exceeded for installation ID 1.',
    headers: () => ({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetIn),
    }),
  };
}

/** The fault for each request, if one is armed (counting matches as it goes). */
export function faultMatcher(
  faults: FakeFault[],
): (method: string, pathname: string) => FakeFault | undefined {
  const faultHits = new Map<FakeFault, number>();
  return (method, pathname) => {
    for (const f of faults) {
      if (f.method !== undefined && f.method.toUpperCase() !== method) continue;
      if (typeof f.path === 'string' ? f.path !== pathname : !f.path.test(pathname)) continue;
      const seen = faultHits.get(f) ?? 0;
      faultHits.set(f, seen + 1);
      const skip = f.skip ?? 0;
      if (seen >= skip && seen < skip + (f.times ?? 1)) return f;
    }
    return undefined;
  };
}

export function faultReply(f: FakeFault): Reply {
  const headers = typeof f.headers === 'function' ? f.headers() : (f.headers ?? {});
  const message = f.message ?? (f.status >= 500 ? 'Server Error' : 'Error');
  // GitHub's 5xx come from its front end, often as HTML; Octokit must cope either way.
  if (f.status >= 500 && f.message === undefined)
    return {
      status: f.status,
      body: '<html><body>Bad gateway</body></html>',
      contentType: 'text/html',
      headers,
    };
  return { ...ghError(f.status, message, DOCS.rest), headers };
}
