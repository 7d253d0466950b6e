import { SEVERITIES, type Severity } from '../../src/types.ts';
import fc from 'fast-check';
import { parseModelReview, REVIEW_SCHEMA, toFindings } from '../../src/model/schema.ts';
import { severityRank, type Finding } from '../../src/findings/types.ts';
import { combineVerdicts, NO_PROBLEMS, type RequestVerdict } from '../../src/findings/verdict.ts';
import { systemPrompt } from '../../src/prompt/messages.ts';

const f = (severity: Severity, title: string, path = 'a.ts', line = 1): Finding => ({
  path,
  line,
  startLine: null,
  side: 'RIGHT',
  severity,
  title,
  body: 'b',
  suggestion: null,
  request: 0,
});

describe('the verdict in the response schema', () => {
  it('is a required string of the strict schema', () => {
    expect(REVIEW_SCHEMA.required).toContain('verdict');
    expect(REVIEW_SCHEMA.properties.verdict.type).toBe('string');
  });

  it('is parsed when present', () => {
    const r = parseModelReview(JSON.stringify({ verdict: 'SQL injection', summary: 's', comments: [] }));
    expect(r.verdict).toBe('SQL injection');
  });

  it('may be missing (older models, JSON mode, function calls): the answer still parses', () => {
    const r = parseModelReview(JSON.stringify({ summary: 's', comments: [] }));
    expect(r.verdict).toBeUndefined();
    expect(r.summary).toBe('s');
  });

  it('is refused when it is not a string', () => {
    expect(() => parseModelReview(JSON.stringify({ verdict: 3, summary: 's', comments: [] }))).toThrow(
      /verdict must be string/,
    );
  });
});

describe('the severity rubric the model is given', () => {
  it('matches the documented one', () => {
    const p = systemPrompt('');
    expect(p).toContain('- critical: exploitable security hole or data loss/corruption.');
    expect(p).toContain('- major: a bug users will hit');
    expect(p).toContain('- minor: a likely bug in an edge case, or a risky pattern');
    expect(p).toContain('- nit: style, naming or readability');
  });
});

describe('combineVerdicts', () => {
  it('says "No problems found" when nothing was found', () => {
    expect(combineVerdicts([], 'minor')).toEqual({ level: null, text: NO_PROBLEMS });
    expect(combineVerdicts([{ text: 'Looks fine', findings: [] }], 'minor')).toEqual({
      level: null,
      text: NO_PROBLEMS,
    });
  });

  it('ignores findings below min-severity (nits are not posted by default)', () => {
    const v = combineVerdicts([{ text: 'Naming', findings: [f('nit', 'Rename x')] }], 'minor');
    expect(v).toEqual({ level: null, text: NO_PROBLEMS });
    expect(combineVerdicts([{ text: 'Naming', findings: [f('nit', 'Rename x')] }], 'nit').level).toBe('nit');
  });

  it('takes the line of the most severe request', () => {
    const v = combineVerdicts(
      [
        { text: 'Off-by-one in the retry loop', findings: [f('minor', 'x'), f('minor', 'y')] },
        { text: 'SQL injection in getUser', findings: [f('critical', 'SQL injection'), f('minor', 'z')] },
        { text: 'getUser may return undefined', findings: [f('major', 'u')] },
      ],
      'minor',
    );
    expect(v).toEqual({ level: 'critical', text: 'Critical problems: SQL injection in getUser' });
  });

  it('derives the line from the findings when the model sent none or contradicts itself', () => {
    expect(combineVerdicts([{ text: null, findings: [f('major', 'Crash on empty list')] }], 'minor')).toEqual(
      { level: 'major', text: 'Major problems: Crash on empty list' },
    );
    expect(
      combineVerdicts(
        [{ text: 'No problems found', findings: [f('major', 'A'), f('major', 'B', 'b.ts')] }],
        'minor',
      ),
    ).toEqual({ level: 'major', text: 'Major problems (2 major): A' });
  });

  it('parses answers without verdicts into the same combined verdict as the findings say', () => {
    const review = parseModelReview(
      JSON.stringify({
        summary: 's',
        comments: [
          {
            path: 'a.ts',
            line: 3,
            start_line: null,
            side: 'RIGHT',
            severity: 'major',
            title: 'Loses the last item',
            body: 'b',
            suggestion: null,
          },
        ],
      }),
    );
    const v = combineVerdicts([{ text: review.verdict ?? null, findings: toFindings(review, 0) }], 'minor');
    expect(v).toEqual({ level: 'major', text: 'Major problems: Loses the last item' });
  });

  it('always has the level of the most severe shown finding, on one bounded line', () => {
    const finding = fc
      .record({ severity: fc.constantFrom(...SEVERITIES), title: fc.string({ maxLength: 300 }) })
      .map((x) => f(x.severity, x.title));
    const request = fc.record({
      text: fc.option(fc.string({ maxLength: 400 }), { nil: null }),
      findings: fc.array(finding, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 6 }), fc.constantFrom(...SEVERITIES), (rs, min) => {
        const v = combineVerdicts(rs as RequestVerdict[], min);
        const shown = rs
          .flatMap((r) => r.findings)
          .filter((x) => severityRank(x.severity) <= severityRank(min));
        const expected =
          shown.length === 0
            ? null
            : shown.map((x) => x.severity).sort((a, b) => severityRank(a) - severityRank(b))[0];
        expect(v.level).toBe(expected);
        expect(v.text).not.toMatch(/\n/);
        expect(v.text.length).toBeLessThanOrEqual(220);
      }),
    );
  });
});
