import { openFindings, type Recalled } from '../../src/action/memory.ts';
import type { History } from '../../src/github/history.ts';
import type { BotThread } from '../../src/memory/threads.ts';
import type { InlineFinding, Placement } from '../../src/place/place.ts';
import type { Finding } from '../../src/findings/types.ts';

const thread = (commentId: number, fp: string, sev: string, resolved = false): BotThread => ({
  nodeId: `T${commentId}`,
  commentId,
  path: 'src/a.ts',
  side: 'RIGHT',
  line: commentId,
  startLine: null,
  resolved,
  fp,
  loc: 'l',
  sev,
  words: [],
  body: [],
  replied: false,
});

const inline = (fp: string, severity: Finding['severity']): InlineFinding => ({
  finding: {
    path: 'src/a.ts',
    line: 3,
    startLine: null,
    side: 'RIGHT',
    severity,
    title: 't',
    body: 'b',
    suggestion: null,
  } as Finding,
  path: 'src/a.ts',
  side: 'RIGHT',
  line: 3,
  startLine: null,
  movedFrom: null,
  committable: false,
  mark: { fp, loc: 'l', words: [], body: [] },
});

describe('openFindings', () => {
  const history = (threads: BotThread[]) => ({ threads }) as unknown as History;
  const recalled = { stillOpen: (t: BotThread) => !t.resolved } as unknown as Recalled;

  it('counts open threads not addressed and the new findings, by severity', () => {
    const h = history([
      thread(1, 'aa', 'major'),
      thread(2, 'bb', 'critical'),
      thread(3, 'cc', 'major', true),
    ]);
    const placement: Placement = { inline: [inline('dd', 'minor')], body: [] };
    expect(openFindings(h, recalled, [h.threads[1]!], placement)).toEqual({ major: 1, minor: 1 });
  });

  it('counts a finding a full review posts again while its thread is open once', () => {
    const h = history([thread(1, 'aa', 'critical'), thread(2, 'bb', 'major', true)]);
    // `aa` is open: the new copy is the same problem. `bb` was resolved: its new copy is open again.
    const placement: Placement = { inline: [inline('aa', 'critical'), inline('bb', 'major')], body: [] };
    expect(openFindings(h, recalled, [], placement)).toEqual({ critical: 1, major: 1 });
  });
});
