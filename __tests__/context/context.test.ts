import type { PullRequest } from '../../src/types.ts';
import fc from 'fast-check';
import { parseDiff } from '../../src/diff/parse.ts';
import { planReview } from '../../src/plan.ts';
import { countTokens, createTokenCounter } from '../../src/chunk/tokens.ts';
import { REVIEW_SCHEMA } from '../../src/model/schema.ts';
import { buildMessages } from '../../src/prompt/messages.ts';
import {
  CONTEXT_NOTE,
  MAX_CONTEXT_LINES,
  contextCandidates,
  contextTokens,
  packContext,
  renderContext,
} from '../../src/context/full-files.ts';

const PR: PullRequest = {
  owner: 'acme',
  repo: 'widgets',
  number: 7,
  title: 'Refactor',
  body: 'Body.',
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
  headRef: 'f',
  baseRef: 'main',
  draft: false,
  state: 'open',
  author: 'octocat',
  htmlUrl: '',
  changedFiles: 1,
};

const SCHEMA_TOKENS = countTokens(JSON.stringify(REVIEW_SCHEMA));
const FRAMING = 32;

/** A modified file whose one hunk changes line `at` of a file of `lines` lines. */
function fileDiff(path: string, lines: string[], at: number): string {
  const i = Math.min(at, lines.length - 1);
  return `diff --git a/${path} b/${path}
index 1111111..2222222 100644
--- a/${path}
+++ b/${path}
@@ -${i + 1},1 +${i + 1},1 @@
-old ${lines[i]}
+${lines[i]}
`;
}

const WORDS = ['const', 'total', 'await', 'invoice', 'return', '{', '}', '(x)', 'if', 'rows', '=', ';'];
const text = fc
  .array(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 10 }), {
    minLength: 1,
    maxLength: 60,
  })
  .map((ls) => ls.map((w) => w.join(' ')));

describe('full-file context', () => {
  it('renders the file with line numbers inside a context tag', () => {
    expect(renderContext('src/a.ts', 'one\ntwo\n')).toBe(
      '<context path="src/a.ts">\n1| one\n2| two\n</context>\n',
    );
  });

  it('is placed inside the untrusted region, after the diff, covered by the nonce', () => {
    const files = parseDiff(fileDiff('src/a.ts', ['x', 'y'], 1));
    const plan = planReview(
      PR,
      files,
      { include: [], exclude: [], contextWindow: 20_000, maxTokens: 4_000, instructions: '' },
      countTokens,
    );
    const packed = packContext(plan, new Map([['src/a.ts', 'x\ny\n']]), countTokens);
    const blocks = packed.get(0)!;
    expect(blocks.map((b) => b.path)).toEqual(['src/a.ts']);
    const user = buildMessages(PR, { ...plan.requests[0]!.chunk, context: blocks }, 1, 1, '')[1]!.content;
    const nonce = /<diff-([0-9a-f]{12})>/.exec(user)![1]!;
    const start = user.indexOf(`<diff-${nonce}>`);
    const end = user.indexOf(`</diff-${nonce}>`);
    const at = user.indexOf('<context path="src/a.ts">');
    expect(at).toBeGreaterThan(user.indexOf('</file>'));
    expect(at).toBeGreaterThan(start);
    expect(at).toBeLessThan(end);
    expect(user).toContain(CONTEXT_NOTE);
    // Without the context the nonce differs: the context is part of what it seals.
    const plain = plan.requests[0]!.messages()[1]!.content;
    expect(plain).not.toContain(`<diff-${nonce}>`);
    expect(plain).not.toContain(CONTEXT_NOTE);
  });

  it('reads only small whole files changed in place', () => {
    const big = Array.from({ length: MAX_CONTEXT_LINES + 5 }, (_, i) => `l${i}`);
    const diff =
      fileDiff('src/small.ts', ['a', 'b'], 0) +
      fileDiff('src/big.ts', big, MAX_CONTEXT_LINES + 2) +
      'diff --git a/src/new.ts b/src/new.ts\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/src/new.ts\n@@ -0,0 +1 @@\n+x\n' +
      'diff --git a/src/gone.ts b/src/gone.ts\ndeleted file mode 100644\nindex 1111111..0000000\n--- a/src/gone.ts\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n';
    const plan = planReview(
      PR,
      parseDiff(diff),
      { include: [], exclude: [], contextWindow: 50_000, maxTokens: 4_000, instructions: '' },
      countTokens,
    );
    expect(contextCandidates(plan)).toEqual(['src/small.ts']);
    expect(contextCandidates(plan, 0)).toEqual([]);
  });

  it('leaves out files longer than the cap, binary text, and what the run budget does not allow', () => {
    const files = parseDiff(fileDiff('a.ts', ['x'], 0) + fileDiff('b.ts', ['y'], 0));
    const plan = planReview(
      PR,
      files,
      { include: [], exclude: [], contextWindow: 50_000, maxTokens: 4_000, instructions: '' },
      countTokens,
    );
    const long = Array.from({ length: MAX_CONTEXT_LINES + 1 }, () => 'z').join('\n');
    expect(
      packContext(
        plan,
        new Map([
          ['a.ts', long],
          ['b.ts', 'a\0b'],
        ]),
        countTokens,
      ).size,
    ).toBe(0);
    expect(packContext(plan, new Map([['a.ts', 'x\n']]), countTokens, 10).size).toBe(0);
    expect(packContext(plan, new Map([['a.ts', 'x\n']]), countTokens, 1_000).get(0)!.length).toBe(1);
  });

  it('never adds a request and never takes one past its prompt limit', () => {
    let added = 0;
    let full = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.nat(80)), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2_600, max: 6_000 }),
        (specs, window) => {
          const count = createTokenCounter();
          const diff = specs.map(([lines, at], i) => fileDiff(`src/f${i}.ts`, lines, at)).join('');
          const files = parseDiff(diff);
          const o = { include: [], exclude: [], contextWindow: window, maxTokens: 1_000, instructions: '' };
          const plan = planReview(PR, files, o, count);
          const texts = new Map(specs.map(([lines], i) => [`src/f${i}.ts`, lines.join('\n') + '\n']));
          const packed = packContext(plan, texts, count);
          // Only planned requests get context.
          for (const i of packed.keys()) expect(i).toBeLessThan(plan.requests.length);
          plan.requests.forEach((q, i) => {
            const blocks = packed.get(i) ?? [];
            added += blocks.length;
            if (blocks.length < q.chunk.pieces.length) full++;
            const msgs = buildMessages(
              PR,
              { ...q.chunk, context: blocks },
              plan.requests.length,
              plan.reviewable.length,
              '',
            );
            const exact = msgs.reduce((n, m) => n + countTokens(m.content), 0) + SCHEMA_TOKENS + FRAMING;
            expect(exact).toBeLessThanOrEqual(plan.promptLimit);
            // What the pipeline reports for the request covers what is sent.
            expect(q.promptTokens + contextTokens(blocks, count)).toBeGreaterThanOrEqual(
              exact - Math.ceil(plan.promptLimit * 0.002) - 16,
            );
          });
        },
      ),
      { numRuns: 60 },
    );
    // The runs both added context and ran out of room for some of it.
    expect(added).toBeGreaterThan(0);
    expect(full).toBeGreaterThan(0);
  });
});
