/**
 * When a failed model request is worth sending again, and after how long. Pure: the client feeds it
 * what went wrong; tests feed it directly.
 *
 * The openai SDK's own retries (`maxRetries`) are turned off because their policy does not fit a
 * review: every 5xx is retried twice (a vtrix 503 is a content-policy block: retrying it twice only
 * repeats the refusal), a timeout is retried twice (three times `request-timeout` for one request), a
 * `retry-after` over 60 s is ignored in favour of a half-second backoff, and a stream that breaks after
 * its headers is not retried at all. This policy covers the same faults, with limits per kind.
 */

export type FaultKind = 'rate-limit' | 'server' | 'blocked' | 'connection' | 'timeout';

export interface Fault {
  kind: FaultKind;
  /** HTTP status, when the API answered. */
  status?: number;
  /** How long the API asked us to wait (`retry-after-ms` or `retry-after`), when it did. */
  retryAfterMs?: number;
  /** What happened, for the log and the report: "429 Rate limit reached", "the connection was reset". */
  message: string;
}

export interface RetryPolicy {
  /** Retries of one request, per kind of fault. */
  retries: Record<FaultKind, number>;
  /** First backoff; doubled on each retry of the request, with up to 25% jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `retry-after` up to this long is waited out; a longer one fails the request instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: {
    'rate-limit': 4,
    server: 2,
    // 503 is how vtrix reports a content-policy block: once in case it was a blip, then report it.
    blocked: 1,
    connection: 2,
    // Each attempt may take the whole `request-timeout`.
    timeout: 1,
  },
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** Changes to the default policy: tests shorten the delays. */
export type RetryOverrides = Partial<Omit<RetryPolicy, 'retries'>> & {
  retries?: Partial<Record<FaultKind, number>>;
};

export function retryPolicy(overrides: RetryOverrides = {}): RetryPolicy {
  return {
    ...DEFAULT_RETRY_POLICY,
    ...overrides,
    retries: { ...DEFAULT_RETRY_POLICY.retries, ...overrides.retries },
  };
}

/** The kind of fault an HTTP status is, or null when sending the same request again cannot help. */
export function faultKindOf(status: number): FaultKind | null {
  if (status === 429) return 'rate-limit';
  if (status === 503) return 'blocked';
  if (status === 408 || status === 409 || status >= 500) return 'server';
  return null;
}

/** `retry-after-ms` (milliseconds) or `retry-after` (seconds or an HTTP date), as milliseconds. */
export function retryAfterMs(
  get: (name: string) => string | null | undefined,
  now = Date.now(),
): number | undefined {
  const ms = parseFloat(get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw.trim());
  if (raw.trim() !== '' && Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; why: string };

/**
 * Whether to send the request again after `fault`. `done` counts the retries this request already had,
 * per kind; `attempt` is how many retries it had in all (the backoff grows with it).
 */
export function decideRetry(
  fault: Fault,
  done: Partial<Record<FaultKind, number>>,
  policy: RetryPolicy,
  random: () => number = Math.random,
): RetryDecision {
  const limit = policy.retries[fault.kind];
  const used = done[fault.kind] ?? 0;
  if (used >= limit) {
    return {
      retry: false,
      why: limit === 0 ? 'not retried' : `after ${limit} ${plural(limit, 'retry', 'retries')}`,
    };
  }
  if (fault.retryAfterMs !== undefined) {
    if (fault.retryAfterMs > policy.maxRetryAfterMs) {
      return {
        retry: false,
        why: `the API asked to wait ${Math.ceil(fault.retryAfterMs / 1000)} s, longer than the ${policy.maxRetryAfterMs / 1000} s a request may wait`,
      };
    }
    return { retry: true, delayMs: fault.retryAfterMs };
  }
  const attempt = Object.values(done).reduce((n, k) => n + (k ?? 0), 0);
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  return { retry: true, delayMs: Math.round(backoff * (1 - random() * 0.25)) };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
