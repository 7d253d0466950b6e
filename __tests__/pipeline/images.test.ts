/** Images through the pipeline: read before planning, carried by a split request, reported when it fails. */
import type { PullRequest } from '../../src/types.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTokens } from '../../src/chunk/tokens.ts';
import { readSettings } from '../../src/settings.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { NO_MEMORY, plannedOptions, reviewPullRequest } from '../../src/pipeline.ts';
import { planReview } from '../../src/plan.ts';
import { ChunkError, TruncatedError, type ModelCall } from '../../src/model/client.ts';
import type { ChatMessage } from '../../src/prompt/messages.ts';
import type { ReadImage } from '../../src/pipeline/images.ts';
import { pngImage } from '../support/images.ts';

const files = parseDiff(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8'));
const PR = {
  owner: 'octo',
  repo: 'shop',
  number: 17,
  title: 'Logo',
  body: '',
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
  headRef: 'f',
  baseRef: 'main',
  draft: false,
  state: 'open',
  author: 'a',
  htmlUrl: '',
  changedFiles: null,
} as PullRequest;

const LOGO = { new: pngImage(128, 128, 1), old: pngImage(128, 128, 2) };
const readImage: ReadImage = async (path, side) =>
  path === 'assets/logo.png'
    ? { kind: 'file', bytes: LOGO[side], size: LOGO[side].length }
    : { kind: 'missing' };
const usage = { promptTokens: 10, completionTokens: 5, requests: 1 };

function run(call: ModelCall) {
  const s = readSettings((n) => (n === 'api-key' ? 'k' : ''), { requireApiKey: true });
  return reviewPullRequest(
    PR,
    files,
    [],
    { ...s, deep: false, runUrl: null, fullFileContext: false, readImage },
    call,
    countTokens,
    { info: () => {}, warning: () => {} },
    NO_MEMORY,
  );
}

const imagesOf = (m: ChatMessage[]) => m.find((x) => x.role === 'user')?.images?.length ?? 0;

describe('images in the pipeline', () => {
  it('plans with plannedOptions exactly what the review plans, images included', async () => {
    const s = readSettings((n) => (n === 'api-key' ? 'k' : ''), { requireApiKey: true });
    const o = { ...s, deep: false, runUrl: null, fullFileContext: false, readImage };
    const quiet = { info: () => {}, warning: () => {} };
    const planned = planReview(
      PR,
      files,
      await plannedOptions(o, undefined, files, countTokens, quiet),
      countTokens,
    );
    const reviewed = await run(
      async () => ({ ...usage, review: { summary: 'ok', comments: [] }, toolCalls: [] }) as never,
    );
    const tokens = (p: typeof planned) => p.requests.map((q) => q.promptTokens);
    expect(tokens(planned)).toEqual(tokens(reviewed.plan));
    const without = planReview(
      PR,
      files,
      await plannedOptions({ ...o, maxImageBytes: 0 }, undefined, files, countTokens, quiet),
      countTokens,
    );
    const sum = (p: typeof planned) => tokens(p).reduce((a, b) => a + b, 0);
    // The logo, new and old (128×128: one tile each).
    expect(sum(planned) - sum(without)).toBeGreaterThanOrEqual(2 * (85 + 170));
  });

  it('reads the image before planning and gives a split request its images in the first half', async () => {
    const seen: number[] = [];
    const result = await run(async (messages) => {
      seen.push(imagesOf(messages));
      if (seen.length === 1) throw new TruncatedError('cut off', usage, 32_000);
      return { ...usage, review: { summary: 'ok', comments: [] }, toolCalls: [] } as never;
    });
    expect(seen).toEqual([2, 2, 0]);
    expect(result.plan.reviewable.map((f) => f.path)).toContain('assets/logo.png');
    expect(result.skipped.map((f) => f.path)).not.toContain('assets/logo.png');
    expect(result.failed).toEqual([]);
    // The first request and its first half show the image as one more file.
    expect(result.requestLog.map((r) => r.files)).toEqual([4, 3, 1]);
  });

  it('lists the image with the request that failed', async () => {
    const result = await run(async () => {
      throw new ChunkError('the model request failed: boom', usage);
    });
    expect(result.failed.map((f) => f.path)).toContain('assets/logo.png');
  });
});
