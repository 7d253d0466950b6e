import { parseDiff } from '../../src/diff/parse.ts';
import type { Finding } from '../../src/findings/types.ts';
import { placeFindings } from '../../src/place/place.ts';
import { dropRejected, markPlacement } from '../../src/memory/dedupe.ts';
import {
  feedbackTally,
  isRejected,
  rejectedFindings,
  rejectingReply,
  tallyText,
  threadFeedback,
} from '../../src/memory/feedback.ts';
import type { BotThread } from '../../src/memory/threads.ts';

const FILES = parseDiff(
  'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,4 @@\n x\n+  eval(input);\n+  run(q);\n y\n',
);
// The next push changed line 2 (and only it).
const CHANGED = parseDiff(
  'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,4 @@\n x\n+  safeEval(input);\n+  run(q);\n y\n',
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

/** Our thread on the finding `x` as posted on FILES. */
function thread(x: Partial<Finding>, over: Partial<BotThread> = {}, id = 1): BotThread {
  const m = placed([f(x)]).inline[0]!;
  return {
    nodeId: `PRRT_${id}`,
    commentId: id,
    path: m.path,
    side: m.side,
    line: m.line,
    startLine: null,
    resolved: false,
    fp: m.mark!.fp,
    loc: m.mark!.loc,
    sev: 'major',
    words: m.mark!.words,
    body: m.mark!.body,
    replied: false,
    ...over,
  };
}
const none = new Set<string>();

describe('threadFeedback', () => {
  it('a 👎 rejects, a 👍 accepts, and a 👎 wins over 👍', () => {
    expect(threadFeedback(thread({}), FILES, none)).toBe('open');
    expect(threadFeedback(thread({}, { reactions: { up: 0, down: 1 } }), FILES, none)).toBe('rejected');
    expect(threadFeedback(thread({}, { reactions: { up: 2, down: 0 } }), FILES, none)).toBe('accepted');
    expect(threadFeedback(thread({}, { reactions: { up: 3, down: 1 } }), FILES, none)).toBe('rejected');
  });

  it('resolved without a change to its lines rejects; resolved after a change is fixed', () => {
    const resolved = thread({}, { resolved: true, resolvedBy: 'maintainer' });
    expect(threadFeedback(resolved, FILES, none)).toBe('rejected');
    expect(threadFeedback(resolved, CHANGED, none)).toBe('fixed');
    // Outdated (GitHub no longer places it): its lines changed.
    expect(threadFeedback({ ...resolved, line: null }, FILES, none)).toBe('fixed');
    // Open with changed lines is not fixed until someone (or this run) says so.
    expect(threadFeedback(thread({}), CHANGED, none)).toBe('open');
  });

  it('marked addressed (our reply, or this run) is fixed; an ignored fingerprint is rejected whatever else', () => {
    expect(threadFeedback(thread({}, { replied: true }), CHANGED, none)).toBe('fixed');
    expect(threadFeedback(thread({}), CHANGED, none, true)).toBe('fixed');
    const t = thread({}, { resolved: true, reactions: { up: 1, down: 0 } });
    expect(threadFeedback(t, CHANGED, new Set([t.fp]))).toBe('rejected');
  });

  it('a reply that rejects the finding rejects it; other replies do not', () => {
    for (const r of [
      'False positive: the input is a constant.',
      '@vtrix-review ignore',
      '@vtrix-review false-positive',
      "Won't fix, this is a test helper.",
      'not a bug\n\nwe sanitize earlier',
      'By design.',
    ])
      expect([r, rejectingReply(r)]).toEqual([r, true]);
    for (const r of [
      'Good catch, fixing.',
      'Is this a false positive?',
      '@vtrix-review why is this a race?',
      'ignored by the linter, but it is a bug',
    ])
      expect([r, rejectingReply(r)]).toEqual([r, false]);
    expect(threadFeedback(thread({}, { replies: ['thanks', 'false positive'] }), FILES, none)).toBe(
      'rejected',
    );
    expect(threadFeedback(thread({}, { replies: ['thanks, will fix'] }), FILES, none)).toBe('open');
  });
});

describe('rejected findings', () => {
  const down = thread({}, { reactions: { up: 0, down: 1 } }, 1);
  const other = thread({ line: 3, title: 'Unchecked query result' }, {}, 2);

  it('are never posted again: by fingerprint, and reworded at the same place', () => {
    const r = rejectedFindings([down, other], FILES, []);
    const now = placed([
      f({}), // the same finding
      f({ title: 'Eval of user input is unsafe' }), // reworded, same place: the same finding
      f({ title: 'Division by zero when input is empty', body: 'n / input.length' }), // another finding there
      f({ line: 3, title: 'Unchecked query result' }), // open, not rejected
    ]);
    const { placement, rejected } = dropRejected(now, r);
    expect(rejected.map((x) => x.finding.title)).toEqual([
      'Avoid eval on user input',
      'Eval of user input is unsafe',
    ]);
    expect(placement.inline.map((x) => x.finding.title)).toEqual([
      'Division by zero when input is empty',
      'Unchecked query result',
    ]);
  });

  it('include ignored fingerprints without a thread (matched by fingerprint), also in the body', () => {
    const body = placed([f({ line: 40, title: 'Off the diff' })]).body[0]!;
    const r = rejectedFindings([], FILES, [body.mark!.fp]);
    expect(isRejected(body.mark, r)).toBe(true);
    expect(dropRejected(placed([f({ line: 40, title: 'Off the diff' })]), r).placement.body).toEqual([]);
    expect(isRejected(placed([f({})]).inline[0]!.mark, r)).toBe(false);
  });

  it('leave everything when nothing was rejected', () => {
    const now = placed([f({}), f({ line: 3 })]);
    expect(dropRejected(now, rejectedFindings([thread({})], FILES, [])).placement).toEqual(now);
  });
});

describe('feedbackTally', () => {
  it('counts posted (earlier and this run), accepted, rejected and fixed', () => {
    const threads = [
      thread({}, { reactions: { up: 1, down: 0 } }, 1), // accepted
      thread({}, { reactions: { up: 0, down: 1 } }, 2), // rejected
      thread({ line: 3 }, { resolved: true }, 3), // resolved unchanged: rejected
      thread({}, { resolved: true }, 4), // resolved after CHANGED changed line 2: fixed
      thread({ line: 3 }, {}, 5), // addressed by this run: fixed
      thread({ line: 3, title: 'Other' }, {}, 6), // open
    ];
    const t = feedbackTally(threads, CHANGED, [], new Set([5]), 2);
    expect(t).toEqual({ posted: 8, accepted: 1, rejected: 2, fixed: 2 });
    expect(tallyText(t)).toBe('8 posted, 1 accepted (👍), 2 rejected, 2 fixed');
  });
});
