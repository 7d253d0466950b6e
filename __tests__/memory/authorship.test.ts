import { authoredByUs, needsIdentity, sameLogin, UNKNOWN_IDENTITY } from '../../src/memory/authorship.ts';

describe('authoredByUs: the one check for our own history', () => {
  const me = { login: 'octo-reviewer' };

  it('takes the token’s own account, however GitHub spells the login', () => {
    expect(authoredByUs({ login: 'octo-reviewer', type: 'User' }, me)).toBe(true);
    expect(authoredByUs({ login: 'Octo-Reviewer', type: 'User' }, me)).toBe(true);
    expect(authoredByUs({ login: 'octocat', type: 'User' }, me)).toBe(false);
  });

  it('takes a Bot account (REST with [bot], GraphQL without), never a person when it cannot tell', () => {
    expect(authoredByUs({ login: 'github-actions[bot]', type: 'Bot' }, UNKNOWN_IDENTITY)).toBe(true);
    expect(authoredByUs({ login: 'github-actions', type: 'Bot' }, UNKNOWN_IDENTITY)).toBe(true);
    expect(authoredByUs({ login: 'octo-reviewer', type: 'User' }, UNKNOWN_IDENTITY)).toBe(false);
  });

  it('never takes a deleted account ("ghost", author null)', () => {
    expect(authoredByUs(null, me)).toBe(false);
    expect(authoredByUs({ login: null, type: 'Bot' }, me)).toBe(false);
  });

  it('needs the token’s account only for content by a person', () => {
    expect(needsIdentity([{ login: 'github-actions[bot]', type: 'Bot' }, null])).toBe(false);
    expect(needsIdentity([{ login: 'octocat', type: 'User' }])).toBe(true);
    expect(sameLogin('renovate[bot]', 'Renovate')).toBe(true);
    expect(sameLogin('', '')).toBe(false);
  });
});
