import { toMarkdown } from '../../src/cli/format/markdown.ts';
import { renderReview } from '../../src/cli/format/text.ts';
import { painter } from '../../src/cli/format/terminal.ts';
import { planJson, toJson } from '../../src/cli/format/json.ts';
import type { PipelineResult } from '../../src/pipeline.ts';
import type { ReviewPlan } from '../../src/plan.ts';

const PLAIN = painter(false);

const meta = { version: '9.9.9', source: 'main...HEAD', model: 'm', effort: 'medium' };

const finding = (severity: string, line: number) => ({
  path: 'a.js',
  line,
  startLine: null,
  side: 'RIGHT',
  severity,
  title: `T${line}`,
  body: 'B',
  suggestion: null,
});

const result = {
  requests: 1,
  verdict: { level: 'critical', text: 'Critical problems: T1' },
  summaries: ['S'],
  walkthrough: new Map(),
  changeTypes: [],
  placement: {
    inline: [],
    body: [finding('major', 3), finding('critical', 1), finding('major', 2)].map((f) => ({
      finding: f,
      path: 'a.js',
      reason: 'outside the diff',
    })),
  },
  belowThreshold: [],
  plan: { reviewable: [{ path: 'a.js' }] },
  skipped: [{ path: 'yarn.lock', reason: 'skipped by default' }],
  failed: [],
  promptTokens: 10,
  completionTokens: 5,
} as unknown as PipelineResult;

describe('the command line report formats', () => {
  it('counts findings by severity in the Markdown report, most severe first', () => {
    expect(toMarkdown(result, [], meta)).toContain('3 findings (1 critical, 2 major) in 1 reviewed file.');
  });

  it('writes the review and the plan as one JSON schema: the same header, then their own fields', () => {
    const plan = {
      reviewable: [{ path: 'a.js' }],
      skipped: [{ path: 'yarn.lock', reason: 'skipped by default' }],
      requests: [],
      promptLimit: 100,
    } as unknown as ReviewPlan;
    const cost = { prices: { input: 1, output: 2 }, input: 0, outputAtMost: 0 };
    const review = JSON.parse(toJson(result, meta)) as Record<string, unknown>;
    const tools = {
      enabled: false,
      setting: 'deep',
      offBecause: 'x',
      maxCallsPerRequest: 12,
      maxResultTokens: 20_000,
    };
    const dry = JSON.parse(
      planJson(plan, [], 8, meta, cost, tools, { enabled: true, setting: 'always' }),
    ) as Record<string, unknown>;
    const header = ['schemaVersion', 'tool', 'source', 'model', 'reasoningEffort'];
    expect(Object.keys(review)).toEqual([
      ...header,
      'verdict',
      'summary',
      'counts',
      'findings',
      'belowMinSeverity',
      'reviewedFiles',
      'walkthrough',
      'changeType',
      'notReviewed',
      'failed',
      'usage',
      'secondLook',
    ]);
    expect(Object.keys(dry)).toEqual([
      ...header,
      'filesChanged',
      'reviewedFiles',
      'notReviewed',
      'promptLimit',
      'maxTokens',
      'requests',
      'promptTokens',
      'estimatedCostUsd',
      'repositoryTools',
      'secondLook',
    ]);
    for (const k of header) expect(dry[k]).toEqual(review[k]);
    expect(review['tool']).toEqual({ name: 'vtrix-review', version: '9.9.9' });
    expect(review['counts']).toEqual({ critical: 1, major: 2, minor: 0, nit: 0 });
    expect(dry['notReviewed']).toEqual(review['notReviewed']);
  });

  describe('the walkthrough', () => {
    const walked = {
      ...result,
      plan: { reviewable: [{ path: 'a.js' }, { path: 'b.js' }] },
      walkthrough: new Map([['a.js', 'Adds @octocat ![x](https://evil.example/x.png) <img src=x> checks.']]),
    } as unknown as PipelineResult;

    it('is a field of the JSON report: one entry per reviewed file, null where the model said nothing', () => {
      const json = JSON.parse(toJson(walked, meta)) as { walkthrough: unknown };
      expect(json.walkthrough).toEqual([
        { path: 'a.js', summary: 'Adds @octocat ![x](https://evil.example/x.png) <img src=x> checks.' },
        { path: 'b.js', summary: null },
      ]);
    });

    it('is a line per file in the Markdown report, sanitised', () => {
      const md = toMarkdown(walked, [], meta);
      const section = md.split('## Walkthrough\n\n')[1]!.split('\n\n')[0]!;
      const lines = section.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^- `a\.js`: Adds @\u200d?\S*octocat/);
      expect(lines[0]).not.toMatch(/@octocat|!\[|<img/);
      expect(lines[1]).toBe('- `b.js`: not listed by the model');
    });

    it('is a line per file in the text report', () => {
      const text = renderReview(walked, [], PLAIN);
      expect(text).toContain('Walkthrough\n  a.js: Adds @octocat');
      expect(text).toContain('  b.js: not listed by the model\n');
    });
  });

  describe('the change type', () => {
    const typed = { ...result, changeTypes: ['feature', 'tests'] } as unknown as PipelineResult;

    it('is a field of the JSON report next to the walkthrough, the main one first (empty: none)', () => {
      expect((JSON.parse(toJson(typed, meta)) as { changeType: unknown }).changeType).toEqual([
        'feature',
        'tests',
      ]);
      expect((JSON.parse(toJson(result, meta)) as { changeType: unknown }).changeType).toEqual([]);
    });

    it('is a line of the Markdown and text reports, and absent when the model named none', () => {
      expect(toMarkdown(typed, [], meta)).toContain('\n\n**Type:** feature, tests\n\n');
      expect(renderReview(typed, [], PLAIN)).toContain('Type: feature, tests\n');
      expect(toMarkdown(result, [], meta)).not.toContain('Type:');
      expect(renderReview(result, [], PLAIN)).not.toContain('Type:');
    });
  });
});
