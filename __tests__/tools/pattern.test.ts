import { compilePattern, MATCH_CHARS, regexCostProblem } from '../../src/tools/pattern.ts';

describe('regexCostProblem', () => {
  it.each([
    ['(a+)+$', /repeated group/],
    ['(a*)*b', /repeated group/],
    ['(?:a|ab)*c', /repeated group/],
    ['(x+x+)+y', /repeated group/],
    ['((a+))+', /repeated group/],
    ['(a{2,3}){2,}', /repeated group/],
    ['(\\w+\\s?)*$', /repeated group/],
    ['(a)\\1', /backreferences/],
    ['(?<n>a)\\k<n>', /named backreferences/],
    ['(?=a)a', /lookahead/],
    ['(?<!a)b', /lookahead/],
    ['.*a.*b.*c', /3 unbounded quantifiers/],
    ['a{1,5000}', /above 1000/],
    ['((a|aa))+b', /repeated group/],
    ['a?a?a?a?a?aaaaa', /5 quantifiers/],
    ['a{0,16}a{0,16}.*a.*b', /4 unbounded quantifiers/],
    ['\\s*\\w+\\s*=', /3 unbounded quantifiers/],
  ])('refuses %s', (p, why) => {
    expect(regexCostProblem(p)).toMatch(why);
  });

  it.each([
    'foo.*bar',
    '\\bparse\\(',
    '^export (function|const) \\w+',
    '(ab)+c',
    '(?:foo)?bar+',
    '[(+*]+x',
    '\\(a+\\)+',
    'a{2,5}b',
    'x{3}y{2}',
    '(a|b)?c',
    'TODO|FIXME',
  ])('accepts %s', (p) => {
    expect(regexCostProblem(p)).toBeNull();
  });
});

describe('compilePattern', () => {
  it('matches a literal anywhere in a line, with or without case', () => {
    const lit = compilePattern('a.b', { regex: false, ignoreCase: false });
    if (!lit.ok) throw new Error(lit.problem);
    expect(lit.matcher.find('x a.b')).toBe(2);
    expect(lit.matcher.find('axb')).toBe(-1);
    const ci = compilePattern('Foo', { regex: false, ignoreCase: true });
    if (!ci.ok) throw new Error(ci.problem);
    expect(ci.matcher.find('a fOO')).toBe(2);
  });

  it('matches a regular expression on the head of a long line only', () => {
    const r = compilePattern('needle', { regex: true, ignoreCase: false });
    if (!r.ok) throw new Error(r.problem);
    expect(r.matcher.find(`${'x'.repeat(10)}needle`)).toBe(10);
    expect(r.matcher.find(`${'x'.repeat(MATCH_CHARS)}needle`)).toBe(-1);
  });

  it('says what to change for an empty, long, multi-line or broken pattern', () => {
    const p = (s: string, regex = true) => {
      const r = compilePattern(s, { regex, ignoreCase: false });
      return r.ok ? 'ok' : r.problem;
    };
    expect(p('', false)).toMatch(/empty/);
    expect(p('x'.repeat(201), false)).toMatch(/201 characters, more than the 200/);
    expect(p('a\nb', false)).toMatch(/newline/);
    expect(p('(unclosed')).toMatch(/does not compile .*regex=false/);
    expect(p('(a+)+$')).toMatch(/refused: a repeated group .*regex=false/);
  });

  it.each(['.*a.*b', 'a?.*a.*b', 'a{2,16}b.*a', '\\w+\\s*='])(
    'finishes fast on an accepted pattern as costly as %s against a long line',
    (p) => {
      const r = compilePattern(p, { regex: true, ignoreCase: false });
      if (!r.ok) throw new Error(r.problem);
      const t0 = Date.now();
      expect(r.matcher.find('a'.repeat(1_000_000))).toBe(-1);
      expect(Date.now() - t0).toBeLessThan(2000);
    },
  );
});
