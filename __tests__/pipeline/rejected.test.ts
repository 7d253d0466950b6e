/** The pipeline honours what the team rejected even when it ignores everything else said on the PR. */
import type { PullRequest } from '../../src/types.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createModelClient } from '../../src/model/client.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { readSettings } from '../../src/settings.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { fingerprint, linesText } from '../../src/memory/fingerprint.ts';
import { rejectedFindings } from '../../src/memory/feedback.ts';
import type { BotThread } from '../../src/memory/threads.ts';
import { NO_MEMORY, reviewPullRequest } from '../../src/pipeline.ts';
import { startFakeModel, type FakeModel } from '../support/fake-model.ts';

const files = parseDiff(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8'));
const PR = {
  owner: 'octo',
  repo: 'shop',
  number: 17,
  title: 'Use raw SQL',
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
const comment = (line: number, title: string) => ({
  path: 'src/db/users.ts',
  line,
  start_line: null,
  side: 'RIGHT',
  severity: 'critical',
  title,
  body: 'The id is interpolated into the query.',
  suggestion: null,
});

let model: FakeModel | undefined;
afterEach(async () => model?.close());

/** Our earlier thread on line 11, 👎'd by the team. */
function downvoted(): BotThread {
  const users = files.find((f) => f.path === 'src/db/users.ts');
  const m = fingerprint('src/db/users.ts', linesText(users, 'RIGHT', 11, 11), 'SQL injection through id');
  return {
    ...m,
    nodeId: 'PRRT_1',
    commentId: 1,
    path: 'src/db/users.ts',
    side: 'RIGHT',
    line: 11,
    startLine: null,
    resolved: false,
    sev: 'critical',
    replied: false,
    reactions: { up: 0, down: 1 },
  };
}

describe('rejected findings in a review that remembers nothing else', () => {
  it('are not posted, reworded at the same place too; without them they would be', async () => {
    model = await startFakeModel({
      respond: () => ({
        content: JSON.stringify({
          summary: 'Reviewed.',
          comments: [comment(11, 'Possible SQL injection through the id'), comment(12, 'SQL logged')],
        }),
      }),
    });
    const all: Record<string, string> = { 'api-key': 'test-model-key', 'base-url': model.url };
    const s = readSettings((n) => all[n] ?? '', { requireApiKey: true });
    const client = createModelClient(s, countTokens);
    const review = (rejected?: ReturnType<typeof rejectedFindings>) =>
      reviewPullRequest(
        PR,
        files,
        [],
        { ...s, deep: false, runUrl: null, fullFileContext: false },
        client.call,
        countTokens,
        { info: () => {}, warning: () => {} },
        // A full review: no open thread or earlier body is remembered, only what was rejected.
        { ...NO_MEMORY, ...(rejected ? { rejected } : {}) },
      );
    const kept = await review(rejectedFindings([downvoted()], files, []));
    expect(kept.placement.inline.map((c) => c.finding.title)).toEqual(['SQL logged']);
    expect(kept.rejected.map((c) => c.finding.title)).toEqual(['Possible SQL injection through the id']);
    expect(kept.payload!.comments).toHaveLength(1);

    const forgotten = await review();
    expect(forgotten.placement.inline.map((c) => c.finding.title)).toEqual([
      'Possible SQL injection through the id',
      'SQL logged',
    ]);
    expect(model.violations).toEqual([]);
  });
});
