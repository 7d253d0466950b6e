import type { FileSummary } from '../../src/model/schema.ts';
import type { ChangeType } from '../../src/types.ts';
import { collectAnswers, MAX_FILE_SUMMARY_CHARS, MAX_WALKTHROUGH_CHARS } from '../../src/pipeline/answers.ts';
import type { Outcome } from '../../src/pipeline/requests.ts';

const cost = { promptTokens: 10, completionTokens: 5, requests: 1 };

function answered(files?: FileSummary[]): Outcome {
  const review = { summary: 'Reviewed.', comments: [], ...(files ? { files } : {}) };
  return { cost, answer: { ...cost, review, toolCalls: [] } };
}

describe('collectAnswers: the walkthrough', () => {
  it('keeps one line per file, in plan order, from each request that saw it', () => {
    const a = collectAnswers(
      [
        [
          answered([
            { path: 'b.ts', summary: 'Adds  a\nretry.' },
            { path: 'a.ts', summary: 'Renames x.' },
          ]),
        ],
        [answered([{ path: 'c.ts', summary: 'New helper.' }])],
      ],
      [['a.ts', 'b.ts'], ['c.ts']],
    );
    expect([...a.walkthrough]).toEqual([
      ['b.ts', 'Adds a retry.'],
      ['a.ts', 'Renames x.'],
      ['c.ts', 'New helper.'],
    ]);
  });

  it('joins the lines of a file split across requests (and across halves), once each', () => {
    const a = collectAnswers(
      [
        [answered([{ path: 'big.ts', summary: 'Adds the parser.' }])],
        [
          answered([{ path: 'big.ts', summary: 'Wires the parser in.' }]),
          answered([{ path: 'big.ts', summary: 'Wires the parser in.' }]),
        ],
      ],
      [['big.ts'], ['big.ts']],
    );
    expect(a.walkthrough.get('big.ts')).toBe('Adds the parser. · Wires the parser in.');
  });

  it('drops lines for files the request did not hold, and answers without files add none', () => {
    const a = collectAnswers(
      [
        [
          answered([
            { path: 'other.ts', summary: 'Claims things.' },
            { path: 'a.ts', summary: 'Real.' },
          ]),
        ],
        [answered()],
      ],
      [['a.ts'], ['b.ts']],
    );
    expect([...a.walkthrough]).toEqual([['a.ts', 'Real.']]);
    expect(collectAnswers([[answered([{ path: 'a.ts', summary: 'x' }])]]).walkthrough.size).toBe(0);
  });

  it('bounds each line and the joined line', () => {
    const long = 'word '.repeat(200);
    const a = collectAnswers(
      [
        [answered([{ path: 'a.ts', summary: long }])],
        ...[1, 2, 3, 4].map((k) => [answered([{ path: 'a.ts', summary: `${k} ${long}` }])]),
      ],
      Array.from({ length: 5 }, () => ['a.ts']),
    );
    const line = a.walkthrough.get('a.ts')!;
    expect(line.length).toBeLessThanOrEqual(MAX_WALKTHROUGH_CHARS);
    expect(line.endsWith('…')).toBe(true);
    expect(line.split(' · ')[0]!.length).toBeLessThanOrEqual(MAX_FILE_SUMMARY_CHARS);
  });

  it('keeps counting cost and failures as before', () => {
    const failed: Outcome = { cost, failure: { paths: ['z.ts'], reason: 'the API answered 503' } };
    const a = collectAnswers([[answered()], [failed]], [['a.ts'], ['z.ts']]);
    expect(a.failed).toEqual([{ path: 'z.ts', reason: 'the API answered 503' }]);
    expect(a.requests).toBe(2);
    expect(a.walkthrough.size).toBe(0);
  });
});

describe('collectAnswers: the change type and diagrams', () => {
  const typed = (changeType?: ChangeType, diagram?: string): Outcome => {
    const review = {
      summary: 'Reviewed.',
      comments: [],
      ...(changeType ? { changeType } : {}),
      ...(diagram ? { diagram } : {}),
    };
    return { cost, answer: { ...cost, review, toolCalls: [] } };
  };

  it('orders the PR’s types by the files of the requests that named them, the main one first', () => {
    const a = collectAnswers(
      [[typed('tests')], [typed('feature')], [typed('tests')], [typed()], [typed('docs')]],
      [['a.test.ts'], ['a.ts', 'b.ts', 'c.ts'], ['b.test.ts'], ['x.ts'], ['README.md']],
    );
    expect(a.changeTypes).toEqual(['feature', 'tests', 'docs']);
  });

  it('breaks ties by the number of requests, then in the schema’s order', () => {
    const a = collectAnswers(
      [[typed('chore')], [typed('fix')], [typed('refactor'), typed('refactor')]],
      [['a', 'b'], ['c', 'd'], ['e']],
    );
    // refactor: 2 files (two halves of a one-file request), 2 answers; fix and chore: 2 files, 1 answer.
    expect(a.changeTypes).toEqual(['refactor', 'fix', 'chore']);
    expect(collectAnswers([[typed()]], [['a']]).changeTypes).toEqual([]);
  });

  it('keeps each answer’s diagram with its request and how many files that request held', () => {
    const a = collectAnswers(
      [[typed('fix', 'sequenceDiagram\nA->>B: x')], [typed('fix')], [typed(undefined, 'D3')]],
      [['a', 'b'], ['c'], ['d', 'e', 'f']],
    );
    expect(a.diagrams).toEqual([
      { text: 'sequenceDiagram\nA->>B: x', request: 0, files: 2 },
      { text: 'D3', request: 2, files: 3 },
    ]);
  });
});
