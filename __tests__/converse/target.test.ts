import { fixTarget, sameAsCurrent } from '../../src/converse/target.ts';
import { added, modified } from './helpers.ts';

const files = [modified('src/cache.ts'), { ...added('gone.ts', 3), status: 'deleted' as const }];

describe('whether a fix can be committed', () => {
  it('can on RIGHT lines of one hunk, in either order, with their current text', () => {
    expect(fixTarget({ path: 'src/cache.ts', side: 'RIGHT', line: 12, startLine: null }, files)).toEqual({
      committable: true,
      path: 'src/cache.ts',
      from: 12,
      to: 12,
      current: 'new 12',
    });
    expect(
      fixTarget({ path: 'src/cache.ts', side: 'RIGHT', line: 101, startLine: 104 }, files),
    ).toMatchObject({
      committable: true,
      from: 101,
      to: 104,
      current: 'ctx 101\nnew 102\nctx 103\nctx 104',
    });
  });

  it('cannot elsewhere, and says why', () => {
    const why = (p: Parameters<typeof fixTarget>[0]) => {
      const t = fixTarget(p, files);
      return t.committable ? null : t.reason;
    };
    expect(why(null)).toBe('the question was asked in the conversation, not on lines of the diff');
    expect(why({ path: 'src/cache.ts', side: 'LEFT', line: 12, startLine: null })).toMatch(/deleted lines/);
    expect(why({ path: 'src/cache.ts', side: 'RIGHT', line: null, startLine: null })).toMatch(/outdated/);
    expect(why({ path: 'src/cache.ts', side: 'RIGHT', line: 102, startLine: 12 })).toBe(
      'lines 12–102 are not all in one hunk of the diff',
    );
    expect(why({ path: 'src/cache.ts', side: 'RIGHT', line: 50, startLine: null })).toBe(
      'line 50 is not a line of the diff',
    );
    expect(why({ path: 'other.ts', side: 'RIGHT', line: 1, startLine: null })).toMatch(
      /not in the pull request/,
    );
    expect(why({ path: 'gone.ts', side: 'RIGHT', line: 1, startLine: null })).toMatch(
      /not in the pull request/,
    );
  });

  it('tells a suggestion that changes nothing', () => {
    const t = fixTarget({ path: 'src/cache.ts', side: 'RIGHT', line: 12, startLine: null }, files);
    expect(sameAsCurrent(t, 'new 12\n')).toBe(true);
    expect(sameAsCurrent(t, 'new 12;')).toBe(false);
  });
});
