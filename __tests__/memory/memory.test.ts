import { parseDiff } from '../../src/diff/parse.ts';
import type { FileDiff } from '../../src/diff/types.ts';
import { fingerprint, gist, linesText, sameFinding } from '../../src/memory/fingerprint.ts';
import {
  commentText,
  commentTitle,
  continuedMarker,
  findingMarker,
  parseContinuedMarker,
  parseFindingMarker,
  parseReviewMarker,
  parseSummaryMarker,
  reviewMarker,
  summaryMarker,
} from '../../src/memory/markers.ts';
import { addressedThreads, type BotThread } from '../../src/memory/threads.ts';
import {
  MAX_CONTINUATIONS,
  summaryComment,
  summaryComments,
  type SummaryFacts,
} from '../../src/review/summary-comment.ts';
import type { BodyFinding } from '../../src/place/place.ts';
import { GITHUB_BODY_LIMIT } from '../../src/review/render.ts';

const V1 = parseDiff(
  'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,3 @@\n x\n+  eval(input);\n y\n',
);
// The same code two lines lower, with different indentation.
const V2 = parseDiff(
  'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,5 @@\n x\n+// one\n+// two\n+    eval(input);\n y\n',
);

describe('fingerprints', () => {
  it('survive line shifts and whitespace, and change with the code or the gist', () => {
    const a = fingerprint('a.js', linesText(V1[0], 'RIGHT', 2, 2), 'Avoid eval on user input');
    const b = fingerprint('a.js', linesText(V2[0], 'RIGHT', 4, 4), 'Avoid eval on user input');
    expect(b.fp).toBe(a.fp);
    expect(fingerprint('b.js', 'eval(input);', 'Avoid eval on user input').fp).not.toBe(a.fp);
    expect(fingerprint('a.js', 'eval(other);', 'Avoid eval on user input').fp).not.toBe(a.fp);
    expect(fingerprint('a.js', 'eval(input);', 'Off-by-one in loop').fp).not.toBe(a.fp);
  });

  it('treat a rephrased title at the same place as the same finding', () => {
    const a = fingerprint('a.js', 'eval(input);', 'eval on user input is code injection');
    const b = fingerprint('a.js', 'eval(input);', 'Code injection: eval of user input');
    const c = fingerprint('a.js', 'eval(input);', 'Missing semicolon style');
    expect(gist('Eval of the user input!')).toEqual(['eval', 'input', 'user']);
    expect(sameFinding(a, b)).toBe(true);
    expect(sameFinding(a, c)).toBe(false);
  });

  it('never take an empty title for a match: untitled findings are told apart by their bodies', () => {
    const a = fingerprint('a.js', 'eval(input);', '', 'eval runs whatever the caller passes in');
    const b = fingerprint('a.js', 'eval(input);', '', 'The result is never awaited, so errors are lost');
    expect(a.fp).not.toBe(b.fp);
    expect(a.loc).toBe(b.loc);
    expect(sameFinding(a, b)).toBe(false);
    expect(
      sameFinding(a, fingerprint('a.js', 'eval(input);', '', 'eval runs whatever the caller passes in')),
    ).toBe(true);
    // Neither title nor body has words: only identical text is the same finding.
    expect(fingerprint('a.js', 'x', '', '???').fp).not.toBe(fingerprint('a.js', 'x', '', '!!!').fp);
    // A titled finding keeps the fingerprint it had before bodies were compared (markers stay valid).
    expect(fingerprint('a.js', 'x', 'Avoid eval on user input', 'any body').fp).toBe(
      fingerprint('a.js', 'x', 'Avoid eval on user input').fp,
    );
  });

  it('tell generic equal titles apart by their bodies, and keep specific ones matched', () => {
    const bug = (body: string) => fingerprint('a.js', 'eval(input);', 'Bug', body);
    expect(
      sameFinding(bug('eval runs code from the request body'), bug('the promise is never awaited')),
    ).toBe(false);
    expect(
      sameFinding(bug('eval runs code from the request body'), bug('eval runs code from the body')),
    ).toBe(true);
    const specific = (body: string) => fingerprint('a.js', 'eval(input);', 'Avoid eval on user input', body);
    expect(
      sameFinding(specific('Use JSON.parse.'), specific('This allows code injection; parse instead.')),
    ).toBe(true);
  });
});

describe('markers', () => {
  it('read back the title and text of an inline comment', () => {
    const body =
      '**🟠 major: Leaks the handle**\n\nThe file is opened and never closed.\n\nClose it.\n\n<sub>This finding cites line 3, which is outside the diff; it is shown on the nearest changed line.</sub>\n\n```suggestion\nclose(f)\n```\n\n<!-- vtrix-review:finding fp=0123456789ab loc=ffeeddccbb sev=major -->';
    expect(commentTitle(body)).toBe('Leaks the handle');
    expect(commentText(body)).toBe('The file is opened and never closed.\n\nClose it.');
    const untitled =
      '**🟠 major**\n\n**Note:** it leaks.\n\n<!-- vtrix-review:finding fp=0123456789ab loc=ffeeddccbb sev=major -->';
    expect(commentTitle(untitled)).toBe('');
    expect(commentText(untitled)).toBe('**Note:** it leaks.');
  });

  it('round-trip and ignore look-alikes', () => {
    const r = { head: 'a'.repeat(40), inline: ['abc123', 'def456'], body: [] };
    expect(parseReviewMarker(`x\n${reviewMarker(r)}`)).toEqual(r);
    expect(parseReviewMarker('<!-- vtrix-review:review head=zzz -->')).toBeNull();
    const f = { fp: '0123456789ab', loc: 'ffeeddccbb', sev: 'major' };
    expect(parseFindingMarker(`body\n\n${findingMarker(f)}`)).toEqual(f);
    expect(parseSummaryMarker(summaryMarker('b'.repeat(40)))).toEqual({ head: 'b'.repeat(40), body: [] });
    expect(parseSummaryMarker(summaryMarker('b'.repeat(40), ['abc', 'def']))).toEqual({
      head: 'b'.repeat(40),
      body: ['abc', 'def'],
    });
    expect(parseContinuedMarker(continuedMarker(2, 'c'.repeat(40), ['f00']))).toEqual({
      part: 2,
      head: 'c'.repeat(40),
      body: ['f00'],
    });
    // A continuation is not the summary comment itself.
    expect(parseSummaryMarker(continuedMarker(1, 'c'.repeat(40), []))).toBeNull();
    expect(parseSummaryMarker('no marker')).toBeNull();
  });
});

describe('addressedThreads', () => {
  const t = (o: Partial<BotThread>): BotThread => ({
    nodeId: 'T',
    commentId: 1,
    path: 'a.js',
    side: 'RIGHT',
    line: 2,
    startLine: null,
    resolved: false,
    ...fingerprint('a.js', 'eval(input);', 'Avoid eval on user input'),
    sev: 'critical',
    replied: false,
    ...o,
  });
  const reviewed = new Set(['a.js']);

  it('closes a thread whose lines changed and whose finding is gone', () => {
    expect(addressedThreads([t({ line: null })], [], reviewed, V1)).toHaveLength(1);
    const changed = parseDiff(
      'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,3 @@\n x\n+  safe(input);\n y\n',
    );
    expect(addressedThreads([t({})], [], reviewed, changed)).toHaveLength(1);
  });

  it('keeps threads whose code is unchanged, re-reported, resolved, or in files not reviewed', () => {
    expect(addressedThreads([t({})], [], reviewed, V1)).toEqual([]);
    const again = fingerprint('a.js', 'eval(input);', 'Avoid eval on user input');
    expect(addressedThreads([t({ line: null })], [again], reviewed, V1)).toEqual([]);
    // An untitled finding at the same place that says something else is not the thread's finding.
    const untitled = t({ line: null, ...fingerprint('a.js', 'eval(input);', '', 'eval runs request code') });
    const other = fingerprint('a.js', 'eval(input);', '', 'The promise is never awaited');
    expect(addressedThreads([untitled], [other], reviewed, V1)).toHaveLength(1);
    expect(addressedThreads([t({ line: null, resolved: true })], [], reviewed, V1)).toEqual([]);
    expect(addressedThreads([t({ line: null })], [], new Set(['b.js']), V1)).toEqual([]);
  });
});

describe('summaryComment', () => {
  it('stays under GitHub’s limit with 3,000 files and long summaries, and keeps its marker', () => {
    const files: FileDiff[] = Array.from({ length: 3000 }, (_, i) => ({
      ...V1[0]!,
      path: `packages/some-long-directory-name/${i}/src/components/generated/file-${i}.tsx`,
    }));
    const body = summaryComment({
      deep: false,
      headSha: 'c'.repeat(40),
      range: { from: null, to: 'c'.repeat(40) },
      fullReason: null,
      summaries: Array.from({ length: 40 }, () => 'risky '.repeat(2000)),
      files,
      reviewedPaths: new Set(files.map((f) => f.path)),
      open: { critical: 2, minor: 1 },
      newComments: 3,
      repeated: 1,
      addressed: 0,
      skipped: files.map((f) => ({ path: f.path, reason: 'excluded' })),
      failed: [],
      requests: 9,
      promptTokens: 3_000_000,
      completionTokens: 10_000,
      fullPromptTokens: null,
      reviewUrl: null,
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toContain('**Open findings:** 2 critical · 1 minor');
    expect(body).toMatch(/…and \d+ more files/);
    expect(parseSummaryMarker(body)).toEqual({ head: 'c'.repeat(40), body: [] });
  });
});

describe('summaryComments with findings no review body had room for', () => {
  const SHA = 'd'.repeat(40);
  const base: SummaryFacts = {
    deep: false,
    headSha: SHA,
    range: { from: null, to: SHA },
    fullReason: null,
    summaries: ['Many problems.'],
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
    runUrl: 'https://github.com/o/r/actions/runs/1',
  };
  const unlisted = (n: number): BodyFinding[] =>
    Array.from({ length: n }, (_, i) => {
      const f = {
        path: `pkg/file-${i}.ts`,
        line: 500,
        startLine: null,
        side: 'RIGHT' as const,
        severity: (['critical', 'major', 'minor', 'nit'] as const)[i % 4]!,
        title: `Problem ${i}`,
        body: `Details of problem ${i}. `.repeat(20),
        suggestion: null,
        request: 0,
      };
      return {
        finding: f,
        path: f.path,
        reason: 'over the limit',
        mark: { ...fingerprint(f.path, '', f.title), fp: i.toString(16).padStart(12, '0') },
      };
    });
  const fpsOf = (bodies: string[]) =>
    bodies.flatMap((b) => parseSummaryMarker(b)?.body ?? parseContinuedMarker(b)?.body ?? []);

  it('lists a few in the summary comment itself, with their fingerprints in its marker', () => {
    const [main, ...rest] = summaryComments({ ...base, unlisted: unlisted(3) });
    expect(rest).toEqual([]);
    expect(main).toContain('### Findings not in the review body');
    expect(main).toContain('Problem 2');
    expect(main).toContain('3 findings (1 critical · 1 major · 1 minor) did not fit in the review body');
    expect(parseSummaryMarker(main)!.body).toHaveLength(3);
  });

  it('spreads 6,000 over continuations within the limit, remembering every one, and counts the rest', () => {
    const all = unlisted(6000);
    const bodies = summaryComments({ ...base, unlisted: all });
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.length).toBeLessThanOrEqual(1 + MAX_CONTINUATIONS);
    for (const b of bodies) expect([...b].length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(new Set(fpsOf(bodies))).toEqual(new Set(all.map((b) => b.mark!.fp)));
    const listed = all.filter((b) => bodies.some((x) => x.includes(`${b.finding.title}**`)));
    expect(listed.length).toBeGreaterThan(500);
    expect(bodies.at(-1)).toMatch(/…and \d+ more \(.*\), listed in the job summary of \[the workflow run\]/);
    // Most severe first: the first listed are critical.
    expect(bodies[0]).toMatch(/### Findings not in the review body\n- \*\*🔴 critical: Problem 0\*\*/);
  });

  it('keeps the fingerprints earlier runs listed, without their text', () => {
    const remembered = Array.from({ length: 7000 }, (_, i) => `e${i.toString(16).padStart(11, '0')}`);
    const bodies = summaryComments({ ...base, remembered });
    for (const b of bodies) expect(b.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(new Set(fpsOf(bodies))).toEqual(new Set(remembered));
    expect(bodies.slice(1).every((b) => b.includes('Kept so that findings earlier runs listed'))).toBe(true);
  });
});
