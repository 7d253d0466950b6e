import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_RETRY_POLICY,
  decideRetry,
  faultKindOf,
  retryAfterMs,
  type Fault,
} from '../../src/model/retry.ts';
import {
  grownMaxTokens,
  messagesFor,
  nextMode,
  outputParams,
  repairMessages,
  REPAIR_ANSWER_CHARS,
} from '../../src/model/format.ts';
import { StreamAssembler } from '../../src/model/stream.ts';
import { REVIEW_SCHEMA } from '../../src/model/schema.ts';
import { pieceName, splitPieces } from '../../src/chunk/split.ts';
import { planChunks, type Piece } from '../../src/chunk/pack.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { renderFile } from '../../src/chunk/diff-text.ts';
import type { FileDiff } from '../../src/diff/types.ts';

const headers =
  (h: Record<string, string>) =>
  (name: string): string | undefined =>
    h[name];

describe('retry policy', () => {
  it.each([
    [429, 'rate-limit'],
    [503, 'blocked'],
    [500, 'server'],
    [502, 'server'],
    [504, 'server'],
    [408, 'server'],
    [409, 'server'],
    [400, null],
    [401, null],
    [404, null],
    [422, null],
  ])('classifies HTTP %i as %s', (status, kind) => {
    expect(faultKindOf(status)).toBe(kind);
  });

  it('reads retry-after-ms before retry-after, seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryAfterMs(headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(headers({ 'retry-after': '0.5' }), now)).toBe(500);
    expect(retryAfterMs(headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(headers({ 'retry-after': 'Tue, 31 Dec 2024 00:00:00 GMT' }), now)).toBe(0);
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(headers({ 'retry-after-ms': 'x' }), now)).toBeUndefined();
    expect(retryAfterMs(headers({}), now)).toBeUndefined();
  });

  const fault = (kind: Fault['kind'], retryAfter?: number): Fault => ({
    kind,
    message: 'm',
    ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
  });

  it('retries a 503 at most once, and each kind up to its own limit', () => {
    const p = DEFAULT_RETRY_POLICY;
    expect(p.retries.blocked).toBe(1);
    expect(decideRetry(fault('blocked'), {}, p).retry).toBe(true);
    expect(decideRetry(fault('blocked'), { blocked: 1 }, p)).toEqual({ retry: false, why: 'after 1 retry' });
    for (const kind of ['rate-limit', 'server', 'connection', 'timeout'] as const) {
      const limit = p.retries[kind];
      expect(decideRetry(fault(kind), { [kind]: limit - 1 }, p).retry).toBe(true);
      expect(decideRetry(fault(kind), { [kind]: limit }, p).retry).toBe(false);
    }
    // Limits are per kind: a 503 retry does not use up the connection retries.
    expect(decideRetry(fault('connection'), { blocked: 1 }, p).retry).toBe(true);
  });

  it('backs off exponentially with jitter, capped', () => {
    const p = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 3000 };
    const delay = (done: Record<string, number>, r: number) => {
      const d = decideRetry(fault('connection'), done, p, () => r);
      return d.retry ? d.delayMs : null;
    };
    expect(delay({}, 0)).toBe(1000);
    expect(delay({ server: 1 }, 0)).toBe(2000);
    expect(delay({ server: 1, connection: 1 }, 0)).toBe(3000);
    // Jitter takes off at most a quarter.
    expect(delay({}, 0.999)).toBe(750);
  });

  it('waits out retry-after up to the limit, and gives up on a longer one', () => {
    const p = { ...DEFAULT_RETRY_POLICY, maxRetryAfterMs: 10_000 };
    expect(decideRetry(fault('rate-limit', 7000), {}, p)).toEqual({ retry: true, delayMs: 7000 });
    expect(decideRetry(fault('rate-limit', 0), {}, p)).toEqual({ retry: true, delayMs: 0 });
    const d = decideRetry(fault('rate-limit', 60_000), {}, p);
    expect(d).toEqual({ retry: false, why: expect.stringContaining('asked to wait 60 s') });
  });
});

describe('output modes', () => {
  const messages = [
    { role: 'system' as const, content: 'You review.' },
    { role: 'user' as const, content: 'the diff' },
  ];

  it('falls back json_schema → json_object → functions, then stops', () => {
    expect(nextMode('json_schema')).toBe('json_object');
    expect(nextMode('json_object')).toBe('functions');
    expect(nextMode('functions')).toBeNull();
  });

  it('asks for the schema in each mode', () => {
    expect(outputParams('json_schema')).toEqual({
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'code_review', strict: true, schema: REVIEW_SCHEMA },
      },
    });
    expect(outputParams('json_object')).toEqual({ response_format: { type: 'json_object' } });
    expect(outputParams('functions')).toEqual({
      functions: [{ name: 'code_review', description: expect.any(String), parameters: REVIEW_SCHEMA }],
      function_call: { name: 'code_review' },
    });
  });

  it('puts the schema in the system prompt when the API does not enforce it', () => {
    expect(messagesFor(messages, 'json_schema')).toEqual(messages);
    const obj = messagesFor(messages, 'json_object');
    expect(obj[0]!.content).toContain('You review.');
    expect(obj[0]!.content).toContain(JSON.stringify(REVIEW_SCHEMA));
    expect(obj[1]).toEqual(messages[1]);
    expect(messagesFor(messages, 'functions')[0]!.content).toContain('calling the function `code_review`');
    // The input is not changed: the next mode starts from the original.
    expect(messages[0]!.content).toBe('You review.');
  });

  it('repairs with the invalid answer and the reason, in the mode it was given', () => {
    const r = repairMessages(messages, 'json_object', '{"summary": 1}', '/summary must be string');
    expect(r.slice(0, 2)).toEqual(messages);
    expect(r[2]).toEqual({ role: 'assistant', content: '{"summary": 1}' });
    expect(r[3]).toEqual({ role: 'user', content: expect.stringContaining('/summary must be string') });
    expect(r).toHaveLength(4);

    const f = repairMessages(messages, 'functions', '{"x": 1}', 'why');
    expect(f[2]).toEqual({
      role: 'assistant',
      content: null,
      function_call: { name: 'code_review', arguments: '{"x": 1}' },
    });
    expect(f[3]!.content).toContain('call `code_review` again');
  });

  it('bounds how much of a long invalid answer is shown back', () => {
    const long = 'x'.repeat(REPAIR_ANSWER_CHARS + 500);
    const shown = repairMessages(messages, 'json_schema', long, 'why')[2]!.content!;
    expect(shown.length).toBeLessThan(REPAIR_ANSWER_CHARS + 100);
    expect(shown).toContain('[… 500 more characters]');
  });

  it.each([
    // current, prompt, window → next
    [32_000, 10_000, 400_000, 64_000],
    [100_000, 10_000, 400_000, 128_000],
    [4_000, 2_000, 7_000, 5_000],
    [128_000, 10_000, 400_000, null],
    [5_000, 2_000, 7_000, null],
  ])('grows max_tokens %i (prompt %i, window %i) to %s', (cur, prompt, win, next) => {
    expect(grownMaxTokens(cur, prompt, win)).toBe(next);
  });
});

describe('streamed function calls', () => {
  it('assemble the arguments from their deltas', () => {
    const a = new StreamAssembler();
    a.add({ choices: [{ index: 0, delta: { content: null } }] });
    a.add({ choices: [{ index: 0, delta: { function_call: { name: 'code_review', arguments: '' } } }] });
    a.add({ choices: [{ index: 0, delta: { function_call: { arguments: '{"summ' } } }] });
    a.add({ choices: [{ index: 1, delta: { function_call: { arguments: 'other choice' } } }] });
    a.add({ choices: [{ index: 0, delta: { function_call: { arguments: 'ary": "s"}' } } }] });
    a.add({ choices: [{ index: 0, delta: {}, finish_reason: 'function_call' }] });
    expect(a.result()).toEqual({
      content: null,
      refusal: null,
      functionArguments: '{"summary": "s"}',
      finishReason: 'function_call',
      usage: null,
    });
  });
});

describe('splitting a chunk whose answer was cut off', () => {
  const files = parseDiff(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8'));
  const piece = (f: FileDiff): Piece => {
    return { file: f, hunks: f.hunks, part: null, tokens: countTokens(renderFile(f, f.hunks, null)) };
  };
  const pieces = files.filter((f) => f.hunks.length > 0).map(piece);

  it('halves several pieces in order, about even in tokens', () => {
    const sizes = [100, 10, 10, 80];
    const ps = sizes.map((tokens, i) => ({ ...pieces[i % pieces.length]!, tokens }));
    const [a, b] = splitPieces(ps, countTokens)!;
    expect(a.map((p) => p.tokens)).toEqual([100]);
    expect(b.map((p) => p.tokens)).toEqual([10, 10, 80]);
    expect(splitPieces(ps.slice(0, 2), countTokens)!.map((h) => h.length)).toEqual([1, 1]);
  });

  it('halves a single piece by hunks, each half a part with its lines', () => {
    const users = pieces.find((p) => p.file.path === 'src/db/users.ts')!;
    expect(users.hunks).toHaveLength(2);
    const [[a], [b]] = splitPieces([users], countTokens)!;
    expect(a!.hunks).toEqual([users.hunks[0]]);
    expect(b!.hunks).toEqual([users.hunks[1]]);
    expect(a!.part).toEqual({ index: 1, total: 2 });
    expect(b!.part).toEqual({ index: 2, total: 2 });
    expect(a!.tokens).toBe(countTokens(renderFile(users.file, [users.hunks[0]!], { index: 1, total: 2 })));
    expect(pieceName(a!)).toBe('src/db/users.ts (part 1/2, lines 1–15)');
    expect(pieceName(b!)).toBe('src/db/users.ts (part 2/2, lines 43–50)');
    expect(pieceName(users)).toBe('src/db/users.ts');
  });

  it('keeps the part number of a piece that was already a part', () => {
    const users = pieces.find((p) => p.file.path === 'src/db/users.ts')!;
    const part = { ...users, part: { index: 3, total: 4 } };
    const [[a]] = splitPieces([part], countTokens)!;
    expect(a!.part).toEqual({ index: 3, total: 4 });
    expect(pieceName(a!)).toBe('src/db/users.ts (part 3/4, lines 1–15)');
  });

  it('cannot split one piece of one hunk, or nothing', () => {
    const retry = pieces.find((p) => p.file.path === 'src/util/retry.ts')!;
    expect(retry.hunks).toHaveLength(1);
    expect(splitPieces([retry], countTokens)).toBeNull();
    expect(splitPieces([], countTokens)).toBeNull();
  });

  it('ends after a bounded number of halvings, losing and repeating nothing', () => {
    const [chunk] = planChunks(files, 100_000, countTokens);
    const leaves: Piece[][] = [];
    let frontier = [chunk!.pieces];
    let rounds = 0;
    while (frontier.length > 0) {
      frontier = frontier.flatMap((p) => {
        const halves = splitPieces(p, countTokens);
        if (!halves) leaves.push(p);
        return halves ?? [];
      });
      expect(++rounds).toBeLessThan(10);
    }
    for (const leaf of leaves) {
      expect(leaf).toHaveLength(1);
      expect(leaf[0]!.hunks.length).toBeLessThanOrEqual(1);
    }
    const hunks = (ps: Piece[]) => ps.flatMap((p) => p.hunks.map((h) => `${p.file.path}@${h.newStart}`));
    expect(hunks(leaves.flat()).sort()).toEqual(hunks(chunk!.pieces).sort());
  });
});
