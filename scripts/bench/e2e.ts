// End to end: the real pipeline (plan, model client, pool, placement, review body) against the fake
// model API of the tests, which answers every request after a fixed latency.
import type { PullRequest } from '../../src/types.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { readSettings } from '../../src/settings.ts';
import { reviewPullRequest } from '../../src/pipeline.ts';
import { createModelCall, type ModelCall } from '../../src/model/client.ts';
import { countTokens, createTokenCounter } from '../../src/chunk/tokens.ts';
import { startFakeModel } from '../../__tests__/support/fake-model.ts';

export interface E2eResult {
  concurrency: number;
  requests: number;
  /** reviewPullRequest from call to result: planning, requests, placement, review body. */
  wallMs: number;
  /** From the first request's start to the last answer's end. */
  modelMs: number;
  /** ceil(requests / concurrency) × latency: the least the requests can take. */
  idealMs: number;
  maxConcurrent: number;
  violations: number;
  failed: number;
}

export async function endToEnd(diff: string, concurrency: number, latencyMs: number): Promise<E2eResult> {
  const fake = await startFakeModel({
    respond: () => ({ content: JSON.stringify({ summary: 'ok', comments: [] }), delayMs: latencyMs }),
  });
  try {
    const inputs: Record<string, string> = {
      'api-key': 'test-model-key',
      'base-url': fake.url,
      concurrency: String(concurrency),
    };
    const settings = readSettings((n) => inputs[n] ?? '', { requireApiKey: true });
    const files = parseDiff(diff);
    const pr: PullRequest = {
      owner: 'bench',
      repo: 'bench',
      number: 1,
      title: 'Benchmark pull request',
      body: 'End-to-end benchmark against a fake model API.',
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRef: 'head',
      baseRef: 'base',
      draft: false,
      state: 'open',
      author: 'bench',
      htmlUrl: '',
      changedFiles: files.length,
    };
    const real = createModelCall(settings, countTokens);
    let first = Infinity;
    let last = 0;
    const call: ModelCall = async (messages, info) => {
      first = Math.min(first, performance.now());
      try {
        return await real(messages, info);
      } finally {
        last = Math.max(last, performance.now());
      }
    };
    const quiet = { info: () => {}, warning: () => {} };
    const t0 = performance.now();
    const result = await reviewPullRequest(
      pr,
      files,
      [],
      { ...settings, deep: false, runUrl: null },
      call,
      createTokenCounter(),
      quiet,
    );
    const wallMs = performance.now() - t0;
    return {
      concurrency,
      requests: result.requests,
      wallMs,
      modelMs: result.requests > 0 ? last - first : 0,
      idealMs: Math.ceil(result.requests / concurrency) * latencyMs,
      maxConcurrent: fake.maxConcurrent,
      violations: fake.violations.length,
      failed: result.failed.length,
    };
  } finally {
    await fake.close();
  }
}
