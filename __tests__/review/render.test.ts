import {
  commentBody,
  fenceFor,
  GITHUB_BODY_LIMIT,
  MARKER_PREFIX,
  reviewBody,
  reviewPayload,
  type ReviewFacts,
} from '../../src/review/render.ts';
import type { BodyFinding, InlineFinding } from '../../src/place/place.ts';
import type { Finding } from '../../src/findings/types.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    path: 'src/app.ts',
    line: 12,
    startLine: null,
    side: 'RIGHT',
    severity: 'major',
    title: 'Null dereference',
    body: '`user` can be null here.',
    suggestion: null,
    request: 0,
    ...over,
  };
}

function inline(over: Partial<InlineFinding> = {}, f: Partial<Finding> = {}): InlineFinding {
  const fi = finding(f);
  return {
    finding: fi,
    path: fi.path,
    side: fi.side,
    line: fi.line,
    startLine: fi.startLine,
    movedFrom: null,
    committable: false,
    ...over,
  };
}

function bodyFinding(f: Partial<Finding> = {}, reason = 'line 999 is not in the diff'): BodyFinding {
  const fi = finding(f);
  return { finding: fi, path: fi.path, reason };
}

function facts(over: Partial<ReviewFacts> = {}): ReviewFacts {
  return {
    headSha: SHA,
    deep: false,
    summaries: ['Looks mostly fine.'],
    placement: { inline: [], body: [] },
    belowThreshold: [],
    minSeverity: 'minor',
    skipped: [],
    failed: [],
    reviewedFiles: 3,
    requests: 1,
    promptTokens: 1234567,
    completionTokens: 8910,
    model: 'vtrix-gpt-5.3-codex',
    reasoningEffort: 'medium',
    runUrl: null,
    ...over,
  };
}

/**
 * The fence still open at the end of `md`, or null (CommonMark: an opening run of 3+ backticks or
 * tildes, indented at most `maxIndent` spaces, is closed by a run of the same character at least as long
 * with nothing after it).
 */
function openFence(md: string, maxIndent = 3): string | null {
  let open: string | null = null;
  const re = new RegExp(`^ {0,${maxIndent}}(\`{3,}|~{3,})(.*)$`);
  for (const line of md.split('\n')) {
    const m = re.exec(line);
    if (!m) continue;
    const run = m[1]!;
    const rest = m[2]!;
    if (open === null) {
      if (!(run[0] === '`' && rest.includes('`'))) open = run;
    } else if (run[0] === open[0] && run.length >= open.length && rest.trim() === '') {
      open = null;
    }
  }
  return open;
}

describe('fenceFor', () => {
  it.each([
    ['plain text', '```'],
    ['', '```'],
    ['a `tick` and ``two``', '```'],
    ['has ``` inside', '````'],
    ['```\ncode\n```', '````'],
    ['``````', '```````'],
    ['a ```` b ` c ``', '`````'],
  ])('fences %j with %s', (text, fence) => {
    expect(fenceFor(text)).toBe(fence);
  });

  it('returns a fence no backtick run in the text can close', () => {
    for (let n = 0; n < 10; n++) {
      const text = `x ${'`'.repeat(n)} y`;
      const fence = fenceFor(text);
      expect(fence).toMatch(/^`+$/);
      expect(fence.length).toBeGreaterThan(n);
      expect(fence.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('commentBody', () => {
  it('starts with the severity and the title on one line', () => {
    const body = commentBody(inline({}, { severity: 'critical', title: '  SQL\n injection\tin   query ' }));
    expect(body.split('\n')[0]).toBe('**🔴 critical: SQL injection in query**');
    expect(body).toContain('`user` can be null here.');
  });

  it('shows a finding without a title as the severity alone: no colon, no empty bold text', () => {
    for (const title of ['', '   ', '\u200b']) {
      const body = commentBody(inline({}, { title, body: 'It leaks.' }));
      expect(body.split('\n')[0]).toBe('**🟠 major**');
      expect(body).not.toMatch(/: \*\*|\*\*\*\*/);
    }
    const listed = reviewBody(facts({ placement: { inline: [], body: [bodyFinding({ title: '' })] } }));
    expect(listed).toMatch(/^- \*\*🟠 major\*\* — `/m);
  });

  it('caps a runaway title', () => {
    const body = commentBody(inline({}, { title: 'x'.repeat(5_000) }));
    expect(body.split('\n')[0]!.length).toBeLessThan(300);
  });

  it('renders a committable suggestion as a ```suggestion block', () => {
    const suggestion = '  if (user) {\n    use(user);\n  }\n';
    const body = commentBody(inline({ committable: true }, { suggestion }));
    expect(body).toContain('```suggestion\n  if (user) {\n    use(user);\n  }\n```');
    expect(body).not.toContain('Suggested change');
    expect(body.endsWith('```')).toBe(true);
  });

  it('renders a non-committable suggestion as a plain code block', () => {
    const body = commentBody(inline({ committable: false }, { suggestion: 'return user?.name;' }));
    expect(body).toContain('Suggested change:\n```\nreturn user?.name;\n```');
    expect(body).not.toContain('```suggestion');
  });

  it('uses a longer fence when the suggestion holds ```', () => {
    const suggestion = 'const md = `\n```js\nx\n```\n`;';
    const committable = commentBody(inline({ committable: true }, { suggestion }));
    expect(committable).toContain('````suggestion\n' + suggestion + '\n````');
    const plain = commentBody(inline({ committable: false }, { suggestion }));
    expect(plain).toContain('Suggested change:\n````\n' + suggestion + '\n````');
    expect(openFence(committable)).toBeNull();
    expect(openFence(plain)).toBeNull();
  });

  it('adds no block for a null or blank suggestion', () => {
    for (const suggestion of [null, '', '   \n']) {
      const body = commentBody(inline({ committable: true }, { suggestion }));
      expect(body).not.toContain('```');
      expect(body).not.toContain('Suggested change');
    }
  });

  it('explains a moved finding with the lines it cited', () => {
    const range = commentBody(inline({ movedFrom: { startLine: 40, line: 44 } }));
    expect(range).toContain('lines 40–44');
    expect(range).toContain('outside the diff');
    const single = commentBody(inline({ movedFrom: { startLine: null, line: 7 } }));
    expect(single).toContain('line 7,');
    expect(single).not.toContain('lines ');
    expect(commentBody(inline())).not.toContain('outside the diff');
  });

  it('puts the moved note before the suggestion', () => {
    const body = commentBody(
      inline({ movedFrom: { startLine: null, line: 7 }, committable: false }, { suggestion: 'x' }),
    );
    expect(body.indexOf('outside the diff')).toBeLessThan(body.indexOf('Suggested change'));
  });

  describe('a 200 KB body', () => {
    const code = 'const value = compute(input); // filler\n';
    it.each([
      ['prose', 'word '.repeat(40_000)],
      [
        'one fenced block that the cut falls in',
        'Explanation.\n\n```ts\n' + code.repeat(5_000) + '```\nAfter.',
      ],
      ['many fenced blocks', ('Look:\n```ts\n' + code.repeat(20) + '```\n\n').repeat(250)],
      [
        'a ```` block that holds ``` lines',
        'Example:\n\n````md\n' + ('```js\n' + code + '```\n').repeat(4_000) + '````\n',
      ],
    ])('is clipped without leaving an open fence: %s', (_name, text) => {
      expect(text.length).toBeGreaterThan(150_000);
      const body = commentBody(inline({ committable: true }, { body: text, suggestion: 'fixed();' }));
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
      expect(body.length).toBeGreaterThan(GITHUB_BODY_LIMIT / 2);
      expect(body).toMatch(/truncated/);
      expect(openFence(body)).toBeNull();
      // The heading survives the cut.
      expect(body.startsWith('**🟠 major: Null dereference**')).toBe(true);
    });
  });
});

describe('reviewPayload', () => {
  it('makes one COMMENT review on the head commit', () => {
    const p = reviewPayload(SHA, 'the body', [inline()]);
    expect(p.commit_id).toBe(SHA);
    expect(p.event).toBe('COMMENT');
    expect(p.body).toBe('the body');
    expect(p.comments).toHaveLength(1);
  });

  it('sets start_line and start_side only for real ranges', () => {
    const p = reviewPayload(SHA, 'b', [
      inline({ line: 12, startLine: 10, side: 'RIGHT' }),
      inline({ line: 12, startLine: 12, side: 'RIGHT' }),
      inline({ line: 12, startLine: null, side: 'RIGHT' }),
      inline({ line: 30, startLine: 25, side: 'LEFT', path: 'src/old.ts' }, { side: 'LEFT' }),
      inline({ line: 12, startLine: 14, side: 'RIGHT' }),
    ]);
    expect(p.comments[0]).toEqual({
      path: 'src/app.ts',
      body: expect.any(String),
      line: 12,
      side: 'RIGHT',
      start_line: 10,
      start_side: 'RIGHT',
    });
    for (const i of [1, 2, 4]) {
      expect(p.comments[i]).not.toHaveProperty('start_line');
      expect(p.comments[i]).not.toHaveProperty('start_side');
      expect(p.comments[i]!.line).toBe(12);
    }
    expect(p.comments[3]).toMatchObject({
      path: 'src/old.ts',
      line: 30,
      side: 'LEFT',
      start_line: 25,
      start_side: 'LEFT',
    });
  });

  it('uses the placed path, line and side, not the ones the model cited', () => {
    const c = inline(
      {
        path: 'src/real.ts',
        line: 20,
        side: 'RIGHT',
        startLine: null,
        movedFrom: { startLine: null, line: 99 },
      },
      { path: 'real.ts', line: 99 },
    );
    const p = reviewPayload(SHA, 'b', [c]);
    expect(p.comments[0]).toMatchObject({ path: 'src/real.ts', line: 20, side: 'RIGHT' });
    expect(p.comments[0]!.body).toBe(commentBody(c));
  });

  it('keeps every comment body within the GitHub limit', () => {
    const p = reviewPayload(SHA, 'b', [inline({}, { body: 'y'.repeat(300_000) })]);
    expect(p.comments[0]!.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  });
});

describe('reviewBody', () => {
  it('carries the hidden marker with the head commit', () => {
    const body = reviewBody(facts());
    expect(body).toContain(MARKER_PREFIX);
    expect(MARKER_PREFIX).toBe('<!-- vtrix-review:');
    const marker = body.slice(body.indexOf(MARKER_PREFIX));
    expect(marker).toMatch(/^<!-- vtrix-review:[^\n]*-->/);
    expect(marker.split('-->')[0]).toContain(SHA);
  });

  it('says there were no problems, with the threshold and the number of files', () => {
    const body = reviewBody(facts({ reviewedFiles: 1, minSeverity: 'major' }));
    expect(body).toContain('No problems found at or above `major` in 1 reviewed file.');
  });

  it('tallies findings by severity, inline and below', () => {
    const body = reviewBody(
      facts({
        placement: {
          inline: [inline({}, { severity: 'critical' }), inline({}, { severity: 'critical' })],
          body: [bodyFinding({ severity: 'nit', title: 'Naming' })],
        },
        belowThreshold: [finding({ severity: 'nit' }), finding({ severity: 'nit' })],
        minSeverity: 'minor',
      }),
    );
    expect(body).toContain('**3 findings** (2 critical · 1 nit): 2 inline, 1 below.');
    expect(body).toContain('2 findings below `min-severity: minor` not shown.');
    expect(body).toContain('### Findings not placed inline');
    expect(body).toContain('Naming');
    expect(body).toContain('line 999 is not in the diff');
  });

  it('lists one summary as a paragraph and several as bullets', () => {
    expect(reviewBody(facts({ summaries: ['Only one.'] }))).toContain('\n\nOnly one.\n\n');
    const many = reviewBody(facts({ summaries: ['First\npart.', '  ', 'Second.'] }));
    expect(many).toContain('- First part.\n- Second.');
  });

  it('says so in the heading of a deep review, and reports usage', () => {
    const body = reviewBody(facts({ deep: true, requests: 3 }));
    expect(body.startsWith('## vtrix-review — deep review')).toBe(true);
    expect(body).toContain('1,234,567 prompt');
    expect(body).toContain('3 requests');
    expect(body).toContain(SHA.slice(0, 7));
  });

  describe('with 5,000 body findings and 3,000 skipped files of long names', () => {
    const longName = (i: number): string =>
      `packages/${'deeply-nested-directory/'.repeat(8)}file-${i}.generated.ts`;
    const body5000 = Array.from({ length: 5_000 }, (_, i) =>
      bodyFinding({
        title: `Finding number ${i}`,
        body: `Explanation of finding ${i}. `.repeat(10),
        line: i + 1,
      }),
    );
    const skipped3000 = Array.from({ length: 3_000 }, (_, i) => ({
      path: longName(i),
      reason: 'skipped by default (`*.generated.*`); list it in `include` to review it',
    }));
    const failed = Array.from({ length: 50 }, (_, i) => ({ path: longName(i), reason: 'HTTP 500' }));
    const runUrl = 'https://github.com/o/r/actions/runs/123456789';

    const omittedIn = (body: string, title: string): { kept: number; omitted: number } => {
      const start = body.indexOf(title);
      expect(start).toBeGreaterThanOrEqual(0);
      const section = body.slice(start).split('\n\n')[0]!.split('\n').slice(1);
      const more = section.find((l) => l.startsWith('- …and '));
      const omitted = more ? Number(/- …and (\d+) more/.exec(more)![1]) : 0;
      const kept = section.filter((l) => l.startsWith('- ') && !l.startsWith('- …and ')).length;
      return { kept, omitted };
    };

    it('stays within the GitHub limit and says how many were left out, and where', () => {
      const body = reviewBody(
        facts({ placement: { inline: [], body: body5000 }, skipped: skipped3000, failed, runUrl }),
      );
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
      const f = omittedIn(body, '### Findings not placed inline');
      expect(f.kept).toBeGreaterThan(10);
      expect(f.omitted).toBeGreaterThan(0);
      expect(f.kept + f.omitted).toBe(5_000);
      // Kept in order: the first findings, not arbitrary ones.
      expect(body).toContain('Finding number 0**');
      expect(body.indexOf('Finding number 0**')).toBeLessThan(body.indexOf('Finding number 1**'));
      expect(body).toContain(`listed in the job summary of [the workflow run](${runUrl})`);
      // The other lists are still mentioned, with their counts.
      for (const [title, total] of [
        ['### Not reviewed: the model request failed', 50],
        ['### Files not reviewed', 3_000],
      ] as const) {
        if (body.includes(title)) {
          const s = omittedIn(body, title);
          expect(s.kept + s.omitted).toBe(total);
        }
      }
      expect(body).toContain(MARKER_PREFIX);
      expect(body).toContain('1,234,567 prompt');
      expect(openFence(body, 0)).toBeNull();
    });

    it('stays within the limit with only the skipped files', () => {
      const body = reviewBody(facts({ skipped: skipped3000 }));
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
      const s = omittedIn(body, '### Files not reviewed');
      expect(s.kept).toBeGreaterThan(100);
      expect(s.omitted).toBeGreaterThan(0);
      expect(s.kept + s.omitted).toBe(3_000);
      expect(body).toContain(`- \`${longName(0)}\`:`);
      expect(body).toContain('listed in the job summary.');
      expect(body).toContain(MARKER_PREFIX);
    });

    it('lists everything when it fits', () => {
      const body = reviewBody(
        facts({ placement: { inline: [], body: body5000.slice(0, 5) }, skipped: skipped3000.slice(0, 5) }),
      );
      expect(body).not.toContain('…and ');
      expect(omittedIn(body, '### Findings not placed inline')).toEqual({ kept: 5, omitted: 0 });
      expect(omittedIn(body, '### Files not reviewed')).toEqual({ kept: 5, omitted: 0 });
    });

    it('stays within the limit when every request wrote a long summary', () => {
      const summaries = Array.from(
        { length: 60 },
        (_, i) => `Summary ${i}: ${'the change is risky because '.repeat(60)}`,
      );
      const body = reviewBody(
        facts({ summaries, placement: { inline: [], body: body5000 }, skipped: skipped3000 }),
      );
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
      expect(body).toContain(MARKER_PREFIX);
    });

    it('stays within the limit when one runaway summary is 100 KB', () => {
      const body = reviewBody(facts({ summaries: ['risky '.repeat(17_000)] }));
      expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
      expect(body).toContain(MARKER_PREFIX);
    });
  });

  it('clips a single 200 KB body finding and keeps the rest of the review', () => {
    const huge = 'Why:\n\n```ts\n' + 'const x = compute(); // filler filler\n'.repeat(6_000) + '```\n';
    expect(huge.length).toBeGreaterThan(200_000);
    const body = reviewBody(
      facts({
        placement: {
          inline: [],
          body: [
            bodyFinding({ title: 'Huge', body: huge }),
            bodyFinding({ title: 'Small one', body: 'short' }),
          ],
        },
        skipped: [{ path: 'yarn.lock', reason: 'lockfile' }],
      }),
    );
    expect(body.length).toBeLessThan(20_000);
    expect(body).toContain('Huge');
    expect(body).toContain('truncated');
    // The next finding, the next list and the marker are outside any code block.
    expect(body).toContain('\n- **🟠 major: Small one**');
    expect(body).toContain('\n### Files not reviewed\n- `yarn.lock`: lockfile');
    expect(openFence(body, 0)).toBeNull();
    expect(body).toContain(MARKER_PREFIX);
  });
});
