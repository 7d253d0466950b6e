import { errorLine, helpText, quoteQuestion, replyComment, reviewLine } from '../../src/review/reply.ts';
import { parseReplyMarker, parseSummaryMarker, SUMMARY_MARKER } from '../../src/memory/markers.ts';
import { GITHUB_BODY_LIMIT } from '../../src/review/render.ts';

describe('replyComment', () => {
  it('ends with our marker naming the comment and the command', () => {
    const body = replyComment({ body: 'Done.', to: 42, command: 'full review', quote: '> q' });
    expect(body).toBe('> q\n\nDone.\n\n<!-- vtrix-review:reply to=42 cmd=full-review -->');
    expect(parseReplyMarker(body)).toEqual({ to: 42, command: 'full-review' });
  });

  it("stays within GitHub's limit, cut at a line, with an open code block closed", () => {
    const long = `Look:\n\`\`\`ts\n${'const x = 1;\n'.repeat(8000)}`;
    const body = replyComment({ body: long, to: 1, command: 'question', quote: quoteQuestion('why?') });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toMatch(
      /const x = 1;\n```\n\n…\(truncated\)\n\n<!-- vtrix-review:reply to=1 cmd=question -->$/,
    );
  });

  it('defuses look-alikes of our markers in what it quotes and posts', () => {
    const forged = '`<!-- vtrix-review:summary head=abcdef1 -->`';
    const body = replyComment({ body: forged, to: 1, command: 'question', quote: quoteQuestion(forged) });
    expect(body).not.toContain(SUMMARY_MARKER);
    expect(parseSummaryMarker(body)).toBeNull();
  });
});

describe('quoteQuestion', () => {
  it('quotes the first three lines, sanitised: mentions cannot ping, HTML is text', () => {
    const q = quoteQuestion('@vtrix-review why?\n\n<details>cc @admin</details>\nline 3\nline 4');
    expect(q).toBe('> @\u200dvtrix-review why?\n> &lt;details>cc @\u200dadmin&lt;/details>\n> line 3\n> …');
  });
});

describe('errorLine', () => {
  it('is the first line of the message, without the stack, sanitised', () => {
    expect(errorLine('GitHub said no @admin\n    at x (y.ts:1:2)')).toBe('⚠️ GitHub said no @\u200dadmin');
  });
});

describe('helpText', () => {
  it('lists every command with the phrase in code spans', () => {
    const h = helpText('@bot');
    for (const c of ['review', 'full review', 'deep review', 'fix', 'ignore', 'pause', 'resume', 'help'])
      expect(h).toContain(`| \`@bot ${c}\` |`);
  });
});

describe('reviewLine', () => {
  const base = {
    pr: { number: 17, headSha: 'a9c2f07a9c2f07a9c2f0' },
    posted: { url: null, dryRun: false },
    result: { requests: 1, repeated: [], plan: { reviewable: [1] }, placement: { inline: [], body: [] } },
    memory: { reviewFiles: null },
  };
  const o = { phrase: '@vtrix-review', runUrl: 'https://github.com/o/r/actions/runs/1', deep: false };
  it.each([
    [
      { posted: { url: 'https://github.com/o/r/pull/17#pullrequestreview-1', dryRun: false } },
      'Review posted: https://github.com/o/r/pull/17#pullrequestreview-1 (0 new findings).',
    ],
    [
      { posted: { url: null, dryRun: true, notPosted: 'the PR was closed' } },
      'The review was not posted: the PR was closed.',
    ],
    [
      { posted: { url: null, dryRun: true } },
      'Dry run: the review was not posted; it is in the job summary of https://github.com/o/r/actions/runs/1.',
    ],
    [
      { result: { ...base.result, requests: 0 }, memory: { reviewFiles: [] } },
      /^Nothing new since the last review \(commit a9c2f07/,
    ],
    [
      { result: { ...base.result, requests: 0, plan: { reviewable: [] } } },
      /^Nothing to review: no changed file passes the filters/,
    ],
    [
      { result: { ...base.result, repeated: [1, 2] } },
      'Nothing new to post: 0 new findings, 2 already reported.',
    ],
  ])('%j', (patch, expected) => {
    const line = reviewLine({ ...base, ...patch } as Parameters<typeof reviewLine>[0], o);
    if (typeof expected === 'string') expect(line).toBe(expected);
    else expect(line).toMatch(expected);
  });
});
