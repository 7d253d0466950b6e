import { gate, gateMessage } from '../src/findings/gate.ts';
import { readSettings } from '../src/settings.ts';

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
      '3 open findings at or above `fail-on: major` (1 critical · 2 major): see the review https://x. Fix them, or resolve their review threads once they are dealt with, and run the review again.',
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
