import { gate, gateMessage } from '../../src/findings/gate.ts';
import { heldThreads, type Resolvers } from '../../src/memory/held.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { fingerprint } from '../../src/memory/fingerprint.ts';
import type { BotThread } from '../../src/memory/threads.ts';
import { readSettings } from '../../src/settings.ts';

describe('fail-on', () => {
  const open = { critical: 1, major: 2, minor: 3, nit: 4 };

  it('counts the open findings at or above the threshold', () => {
    expect(gate(open, 'critical')).toEqual({ blocking: 1, counts: '1 critical' });
    expect(gate(open, 'major')).toEqual({ blocking: 3, counts: '1 critical · 2 major' });
    expect(gate(open, 'nit').blocking).toBe(10);
    expect(gate({ minor: 2 }, 'major')).toEqual({ blocking: 0, counts: '' });
  });

  it('never blocks at none', () => {
    expect(gate(open, 'none')).toEqual({ blocking: 0, counts: '' });
  });

  it('says how many, which, and where to see them', () => {
    expect(gateMessage(gate(open, 'major'), 'major', 'the review https://x')).toBe(
      '3 open findings at or above `fail-on: major` (1 critical · 2 major): see the review https://x. Fix them, or have a reviewer with write access resolve their review threads once they are dealt with, and run the review again.',
    );
  });

  it('is read from the input, none by default, with a fix hint for a typo', () => {
    const get = (v: Record<string, string>) => (n: string) => v[n] ?? '';
    expect(readSettings(get({}), { requireApiKey: false }).failOn).toBe('none');
    expect(readSettings(get({ 'fail-on': 'Major' }), { requireApiKey: false }).failOn).toBe('major');
    expect(() => readSettings(get({ 'fail-on': 'majr' }), { requireApiKey: false })).toThrow(
      "Input 'fail-on' must be one of none, critical, major, minor, nit; got 'majr'. Did you mean 'major'?",
    );
    expect(readSettings(get({}), { requireApiKey: false }).fullFileContext).toBe(true);
    expect(
      readSettings(get({ 'full-file-context': 'false' }), { requireApiKey: false }).fullFileContext,
    ).toBe(false);
  });
});

describe('resolved threads and fail-on', () => {
  const files = parseDiff(
    'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,1 +1,2 @@\n x\n+eval(input);\n',
  );
  const t = (o: Partial<BotThread>): BotThread => ({
    nodeId: 'T',
    commentId: 1,
    path: 'a.js',
    side: 'RIGHT',
    line: 2,
    startLine: null,
    resolved: true,
    resolvedBy: 'ana',
    ...fingerprint('a.js', 'eval(input);', 'Avoid eval on user input'),
    sev: 'critical',
    replied: false,
    ...o,
  });
  const asked: string[] = [];
  const who: Resolvers = {
    author: 'Ana',
    isUs: (login) => Promise.resolve(login === 'octo-reviewer'),
    canWrite: (login) => {
      asked.push(login);
      return Promise.resolve(login === 'maria');
    },
  };
  const why = async (o: Partial<BotThread>) => (await heldThreads([t(o)], files, who)).map((h) => h.why);

  beforeEach(() => (asked.length = 0));

  it('keeps a thread the author resolved without a change, whatever the case of the login', async () => {
    expect(await why({ resolvedBy: 'ana' })).toEqual([
      'resolved by the author without a change to its lines',
    ]);
    expect(asked).toEqual([]);
  });

  it('clears a thread resolved by a collaborator with write access, or by this action', async () => {
    expect(await why({ resolvedBy: 'maria' })).toEqual([]);
    expect(await why({ resolvedBy: 'octo-reviewer' })).toEqual([]);
  });

  it('keeps a thread resolved by someone without write access, or by an account it cannot see', async () => {
    expect(await why({ resolvedBy: 'bob' })).toEqual([
      'resolved by bob, who has no write access, without a change to its lines',
    ]);
    expect(await why({ resolvedBy: null })).toEqual([
      'resolved by an app or a deleted account without a change to its lines',
    ]);
  });

  it('clears any resolved thread once its lines changed, and ignores open ones', async () => {
    expect(await why({ line: null })).toEqual([]); // outdated
    const other = fingerprint('a.js', 'safe(input);', 'Avoid eval on user input');
    expect(await why({ loc: other.loc })).toEqual([]); // the text at the line is not what it was
    expect(await why({ resolved: false, resolvedBy: null })).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('says why resolved threads still count, for those at or above fail-on', async () => {
    const held = await heldThreads(
      [t({ commentId: 1 }), t({ commentId: 2 }), t({ commentId: 3, sev: 'minor' })],
      files,
      who,
    );
    expect(held).toHaveLength(3);
    expect(gateMessage(gate({ critical: 2 }, 'major'), 'major', 'the review https://x', held)).toBe(
      '2 open findings at or above `fail-on: major` (2 critical): see the review https://x. Of these, 2 are in threads resolved by the author without a change to its lines, which does not clear a finding. Fix them, or have a reviewer with write access resolve their review threads once they are dealt with, and run the review again.',
    );
  });
});
