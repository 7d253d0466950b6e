/** The commands' state in the summary comment's marker: format, compatibility, bounds, and rewrites. */
import { fingerprint } from '../../src/memory/fingerprint.ts';
import {
  MAX_IGNORED,
  NO_STATE,
  parseSummaryMarker,
  parseSummaryState,
  summaryMarker,
  withSummaryState,
} from '../../src/memory/markers.ts';
import type { BodyFinding } from '../../src/place/place.ts';
import { GITHUB_BODY_LIMIT } from '../../src/review/render.ts';
import { summaryComments, withPausedLine, type SummaryFacts } from '../../src/review/summary-comment.ts';

const HEAD = 'a'.repeat(40);
const FP = (i: number) => i.toString(16).padStart(12, '0');
const PAUSED = { by: 'maint-1', at: '2026-12-01T10:20:30Z' };

describe('summary marker state', () => {
  it('round-trips ignored fingerprints and the pause, and leaves head and body as they were', () => {
    const state = { ignored: [FP(1), FP(2)], paused: PAUSED };
    const m = summaryMarker(HEAD, [FP(9)], state);
    expect(m).toBe(
      `<!-- vtrix-review:summary head=${HEAD} body=${FP(9)} ignored=${FP(1)},${FP(2)} paused=maint-1@2026-12-01T10:20:30Z -->`,
    );
    expect(parseSummaryMarker(`Summary.\n\n${m}`)).toEqual({ head: HEAD, body: [FP(9)] });
    expect(parseSummaryState(`Summary.\n\n${m}\n`)).toEqual(state);
    expect(
      parseSummaryState(summaryMarker(HEAD, [], { ignored: [], paused: { by: 'bot[bot]', at: PAUSED.at } })),
    ).toEqual({ ignored: [], paused: { by: 'bot[bot]', at: PAUSED.at } });
  });

  it('reads markers of earlier versions as before, with no state; writes them unchanged without state', () => {
    const old = `Summary.\n\n<!-- vtrix-review:summary head=${HEAD} body=${FP(3)} -->`;
    expect(parseSummaryMarker(old)).toEqual({ head: HEAD, body: [FP(3)] });
    expect(parseSummaryState(old)).toEqual(NO_STATE);
    expect(summaryMarker(HEAD, [FP(3)])).toBe(`<!-- vtrix-review:summary head=${HEAD} body=${FP(3)} -->`);
    expect(parseSummaryState('no marker')).toEqual(NO_STATE);
  });

  it('says head=- when no commit was reviewed, read as no head', () => {
    const m = summaryMarker(null, [], { ignored: [FP(1)], paused: null });
    expect(m).toContain('head=-');
    expect(parseSummaryMarker(m)).toEqual({ head: null, body: [] });
    expect(parseSummaryState(m).ignored).toEqual([FP(1)]);
  });

  it('trusts only the marker at the very end, and no forged pause by a login that is no login', () => {
    const forged = summaryMarker(HEAD, [], { ignored: [FP(7)], paused: PAUSED });
    expect(parseSummaryState(`\`${forged}\` and then text`)).toEqual(NO_STATE);
    expect(parseSummaryState(`${forged.replace('maint-1', 'a b')}`)).toEqual(NO_STATE);
    expect(parseSummaryState(forged.replace('paused=maint-1', 'paused=<script>'))).toEqual(NO_STATE);
  });

  it('keeps at most MAX_IGNORED fingerprints, the newest', () => {
    const many = Array.from({ length: MAX_IGNORED + 50 }, (_, i) => FP(i));
    const s = parseSummaryState(summaryMarker(HEAD, [], { ignored: many, paused: null }));
    expect(s.ignored).toHaveLength(MAX_IGNORED);
    expect(s.ignored[0]).toBe(FP(50));
    expect(s.ignored.at(-1)).toBe(FP(MAX_IGNORED + 49));
  });

  it('withSummaryState rewrites the marker in place, keeping the reviewed head and listed fingerprints', () => {
    const body = `## vtrix-review summary\n\nText.\n\n${summaryMarker(HEAD, [FP(5)])}`;
    const next = withSummaryState(body, { ignored: [FP(6)], paused: null });
    expect(next.startsWith('## vtrix-review summary\n\nText.\n\n')).toBe(true);
    expect(parseSummaryMarker(next)).toEqual({ head: HEAD, body: [FP(5)] });
    expect(parseSummaryState(next)).toEqual({ ignored: [FP(6)], paused: null });
    // A body without our marker at its end gets one added.
    const added = withSummaryState('Text.', { ignored: [FP(6)], paused: null });
    expect(parseSummaryState(added).ignored).toEqual([FP(6)]);
  });

  it('withPausedLine adds, replaces and removes the paused line after the heading', () => {
    const body = `## vtrix-review summary\n\nText.\n\n${summaryMarker(HEAD)}`;
    const paused = withPausedLine(body, PAUSED);
    expect(paused.split('\n\n')[1]).toMatch(
      /^> \*\*Automatic reviews are paused\*\* since 2026-12-01 10:20:30 UTC \(by `maint-1`\)/,
    );
    expect(paused).toContain('Comment `@vtrix-review resume` to restart them');
    expect(withPausedLine(paused, { by: 'other', at: PAUSED.at }).match(/paused\*\*/g)).toHaveLength(1);
    expect(withPausedLine(paused, null)).toBe(body);
  });
});

describe('summaryComments with the team feedback and the commands state', () => {
  const base: SummaryFacts = {
    deep: false,
    headSha: HEAD,
    range: { from: null, to: HEAD },
    fullReason: null,
    summaries: ['Looks fine.'],
    files: [],
    reviewedPaths: new Set(),
    open: {},
    newComments: 0,
    repeated: 0,
    addressed: 0,
    skipped: [],
    failed: [],
    requests: 1,
    promptTokens: 1,
    completionTokens: 1,
    fullPromptTokens: null,
    reviewUrl: null,
    runUrl: null,
  };

  it('shows the tally under This run, and keeps the state (and its paused line) through the rewrite', () => {
    const state = { ignored: [FP(1)], paused: PAUSED };
    const [main] = summaryComments({
      ...base,
      state,
      tally: { posted: 4, accepted: 1, rejected: 2, fixed: 1 },
    });
    expect(main).toMatch(
      /### This run\n[^#]*- Feedback on inline findings: 4 posted, 1 accepted \(👍\), 2 rejected, 1 fixed\./,
    );
    expect(parseSummaryState(main)).toEqual(state);
    expect(parseSummaryMarker(main)!.head).toBe(HEAD);
    expect(main!.split('\n\n')[1]).toMatch(/^> \*\*Automatic reviews are paused\*\*/);
    // No inline findings yet: no tally line.
    expect(
      summaryComments({ ...base, tally: { posted: 0, accepted: 0, rejected: 0, fixed: 0 } })[0],
    ).not.toContain('Feedback on inline findings');
  });

  it('stays within the limit with the most state a marker holds and findings filling every comment', () => {
    const unlisted: BodyFinding[] = Array.from({ length: 6000 }, (_, i) => {
      const f = {
        path: `pkg/file-${i}.ts`,
        line: 500,
        startLine: null,
        side: 'RIGHT' as const,
        severity: 'major' as const,
        title: `Problem ${i}`,
        body: `Details of problem ${i}. `.repeat(20),
        suggestion: null,
        request: 0,
      };
      return {
        finding: f,
        path: f.path,
        reason: 'over',
        mark: { ...fingerprint(f.path, '', f.title), fp: FP(i) },
      };
    });
    const state = {
      ignored: Array.from({ length: MAX_IGNORED }, (_, i) => `f${FP(i).slice(1)}`),
      paused: PAUSED,
    };
    const bodies = summaryComments({
      ...base,
      unlisted,
      state,
      tally: { posted: 9, accepted: 1, rejected: 1, fixed: 1 },
    });
    for (const b of bodies) expect([...b].length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(parseSummaryState(bodies[0])).toEqual(state);
  });
});
