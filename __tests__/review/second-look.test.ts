import type { Finding } from '../../src/findings/types.ts';
import type { InlineFinding } from '../../src/place/place.ts';
import type { Refuted } from '../../src/verify/apply.ts';
import { GITHUB_BODY_LIMIT, reviewBodyParts, type ReviewFacts } from '../../src/review/render.ts';
import { lookLine, refutedItem, refutedSection } from '../../src/review/second-look.ts';
import { summaryComments, type SummaryFacts } from '../../src/review/summary-comment.ts';

const SHA = 'a'.repeat(40);

function refuted(i: number, evidence = `handled by the guard at src/g.ts:${i}`): Refuted {
  const f: Finding = {
    path: `src/f${i}.ts`,
    line: 10 + i,
    startLine: null,
    side: 'RIGHT',
    severity: i % 2 === 0 ? 'critical' : 'major',
    title: `Problem ${i}`,
    body: `What is wrong in ${i}.`,
    suggestion: null,
    request: 0,
  };
  const placed: InlineFinding = {
    finding: f,
    path: f.path,
    side: 'RIGHT',
    line: f.line,
    startLine: null,
    movedFrom: null,
    committable: true,
  };
  return { placed, confidence: 'high', evidence };
}

const TALLY = {
  candidates: 4,
  checked: 4,
  confirmed: 2,
  unsure: 1,
  unchecked: 0,
  refuted: [refuted(1)],
  withTools: true,
};

const SUMMARY: SummaryFacts = {
  deep: true,
  headSha: SHA,
  range: { from: null, to: SHA },
  fullReason: null,
  summaries: ['Two real problems.'],
  files: [],
  reviewedPaths: new Set(),
  open: {},
  newComments: 2,
  repeated: 0,
  addressed: 0,
  skipped: [],
  failed: [],
  requests: 3,
  promptTokens: 1,
  completionTokens: 1,
  fullPromptTokens: null,
  reviewUrl: null,
  runUrl: 'https://github.com/o/r/actions/runs/1',
};

describe('the second look as shown', () => {
  it('says how many were checked, confirmed, doubted, refuted and not checked', () => {
    expect(lookLine({ ...TALLY, unchecked: 2, candidates: 6 }, 'listed below')).toBe(
      '🔍 **Second look:** 6 critical and major findings checked again with the repository tools: 2 confirmed, 1 kept though doubted (low confidence), 1 refuted (not posted; listed below), 2 not checked (posted as found).',
    );
  });

  it('lists a refuted finding with its place, text and the reason, sanitised', () => {
    const item = refutedItem(refuted(3, 'See @octocat <img src=x> at src/g.ts:3'));
    expect(item).toMatch(
      /^- \*\*🟠 major: Problem 3\*\* — `src\/f3.ts` line 13 \(RIGHT\): What is wrong in 3\./,
    );
    expect(item).toContain('**refuted** (high confidence)');
    expect(item).not.toContain('@octocat');
    expect(item).not.toContain('<img');
  });

  it('puts the count in the review body and the list, collapsed, in the summary comment', () => {
    const body = reviewBodyParts({
      headSha: SHA,
      deep: true,
      summaries: ['x'],
      placement: { inline: [], body: [] },
      belowThreshold: [],
      minSeverity: 'minor',
      skipped: [],
      failed: [],
      reviewedFiles: 1,
      requests: 2,
      promptTokens: 1,
      completionTokens: 1,
      model: 'm',
      reasoningEffort: 'xhigh',
      runUrl: null,
      secondLook: TALLY,
    } satisfies ReviewFacts).body;
    expect(body).toContain('1 refuted (not posted; listed in the summary comment)');
    const [main] = summaryComments({ ...SUMMARY, secondLook: TALLY });
    expect(main).toContain('### Refuted on a second look\n<details>');
    expect(main).toContain(refutedItem(refuted(1)));
    expect(main).toContain('- 🔍 **Second look:**');
  });

  it('keeps the refuted findings earlier runs listed, after this run’s, without repeating one', () => {
    const [first] = summaryComments({
      ...SUMMARY,
      secondLook: { ...TALLY, refuted: [refuted(1), refuted(2)] },
    });
    // A later run that refuted one more, and one of the same.
    const [second] = summaryComments({
      ...SUMMARY,
      secondLook: { ...TALLY, refuted: [refuted(3), refuted(1)] },
      earlier: { main: first!, parts: [] },
    });
    const items = second!.split('\n').filter((l) => l.includes('**refuted**'));
    expect(items).toEqual([refutedItem(refuted(3)), refutedItem(refuted(1)), refutedItem(refuted(2))]);
    // A run with no second look of its own keeps them too.
    const [third] = summaryComments({ ...SUMMARY, earlier: { main: second!, parts: [] } });
    expect(third!.split('\n').filter((l) => l.includes('**refuted**'))).toEqual(items);
  });

  it('stays within GitHub’s limit however many were refuted', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => refuted(i, 'e'.repeat(600)));
    const [main] = summaryComments({ ...SUMMARY, secondLook: { ...TALLY, refuted: many } });
    expect(main!.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(main).toMatch(/- …and \d+ more, listed in the job summary of \[the workflow run\]/);
    expect(refutedSection([], null, 10_000, 'x')).toBe('');
  });
});
