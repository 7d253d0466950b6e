import { parseDiff } from '../../src/diff/parse.ts';
import type { Finding } from '../../src/findings/types.ts';
import { placeFindings } from '../../src/place/place.ts';
import { dropRepeats, markPlacement } from '../../src/memory/dedupe.ts';

const FILES = parseDiff(
  'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,4 @@\n x\n+  eval(input);\n+  run(q);\n y\n',
);
const f = (over: Partial<Finding>): Finding => ({
  path: 'a.js',
  line: 2,
  startLine: null,
  side: 'RIGHT',
  severity: 'major',
  title: 'Avoid eval on user input',
  body: 'eval runs whatever the caller sends.',
  suggestion: null,
  request: 0,
  ...over,
});
const placed = (findings: Finding[]) => markPlacement(placeFindings(findings, FILES, 10), FILES);

describe('markPlacement', () => {
  it('gives each placed finding the fingerprint of the lines it is placed on', () => {
    const p = placed([f({}), f({ line: 40, title: 'Off the diff' })]);
    expect(p.inline[0]!.mark).toMatchObject({ words: ['avoid', 'eval', 'input', 'user'] });
    expect(p.body[0]!.mark!.fp).toMatch(/^[0-9a-f]{12}$/);
    // The same finding placed again has the same fingerprint; another line of code, another.
    expect(placed([f({})]).inline[0]!.mark!.fp).toBe(p.inline[0]!.mark!.fp);
    expect(placed([f({ line: 3 })]).inline[0]!.mark!.loc).not.toBe(p.inline[0]!.mark!.loc);
  });
});

describe('dropRepeats', () => {
  it('drops what an open thread or an earlier body already says, and keeps everything else', () => {
    const earlier = placed([f({}), f({ line: 40, title: 'Off the diff' })]);
    const now = placed([
      f({ title: 'Eval of user input is unsafe' }), // rephrased: a repeat of the open thread
      f({ line: 3, title: 'Unchecked query' }), // new
      f({ line: 40, title: 'Off the diff' }), // listed in an earlier body
      f({ line: 40, title: 'Another one off the diff' }), // new
    ]);
    const { placement, repeated } = dropRepeats(now, {
      open: [earlier.inline[0]!.mark!],
      body: [earlier.body[0]!.mark!.fp],
    });
    expect(placement.inline.map((c) => c.finding.title)).toEqual(['Unchecked query']);
    expect(placement.body.map((b) => b.finding.title)).toEqual(['Another one off the diff']);
    expect(repeated.map((x) => x.finding.title).sort()).toEqual([
      'Eval of user input is unsafe',
      'Off the diff',
    ]);
  });

  it('does not take an untitled finding for the untitled one already at its place', () => {
    const earlier = placed([f({ title: '', body: 'eval runs whatever the caller sends.' })]);
    const now = placed([
      f({ title: '', body: 'eval runs whatever the caller sends.' }),
      f({ title: '', body: 'The result of run(q) is never awaited.' }),
    ]);
    const { placement, repeated } = dropRepeats(now, { open: [earlier.inline[0]!.mark!], body: [] });
    expect(repeated).toHaveLength(1);
    expect(placement.inline.map((c) => c.finding.body)).toEqual(['The result of run(q) is never awaited.']);
  });

  it('keeps everything when nothing is remembered', () => {
    const now = placed([f({}), f({ line: 40 })]);
    const { placement, repeated } = dropRepeats(now, { open: [], body: [] });
    expect(repeated).toEqual([]);
    expect([placement.inline.length, placement.body.length]).toEqual([1, 1]);
  });
});
