/** `GET /user` and the collaborator permission endpoint: who the token is, and what a login may do. */
import { GITHUB_LOGIN, userJson } from './accounts.ts';
import { ghError, repoKey, type FakeState, type Reply, type RouteHandler } from './state.ts';

export const usersRoute: RouteHandler = (state, { method, pathname, segs, where }) => {
  if (method === 'GET' && pathname === '/user') return authenticatedUser(state);
  if (
    method === 'GET' &&
    segs[0] === 'repos' &&
    segs[3] === 'collaborators' &&
    segs[5] === 'permission' &&
    segs.length === 6
  )
    return permissionReply(state, segs, where);
  return undefined;
};

/** GET /user: a personal token's user; the installation token is refused, as GitHub does. */
function authenticatedUser(state: FakeState): Reply {
  if (state.actor.type !== 'User')
    return ghError(
      403,
      'Resource not accessible by integration',
      'https://docs.github.com/rest/users/users#get-the-authenticated-user',
    );
  return {
    status: 200,
    body: {
      ...userJson(state.actor.login),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 2,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
    },
  };
}

/** The repository role of a login: `collaborators`, else read (the fake's repositories are public). */
export function roleOf(state: FakeState, login: string): 'admin' | 'maintain' | 'write' | 'triage' | 'read' {
  const entry = Object.entries(state.opts.collaborators ?? {}).find(
    ([l]) => l.toLowerCase() === login.toLowerCase(),
  );
  return entry?.[1] ?? 'read';
}

/** Accounts the fake knows of: a permission request about anyone else names a nonexistent user. */
function knownAccount(state: FakeState, login: string): boolean {
  const known = [
    'octocat',
    ...state.personal.values(),
    ...Object.keys(state.opts.collaborators ?? {}),
    ...[...state.pulls.values()].map((p) => p.spec.author ?? 'octocat'),
    ...state.comments.map((c) => c.user.login),
    ...state.issueComments.map((c) => c.user.login),
    ...[...state.reviewMeta.values()].map((r) => r.user.login),
  ];
  return known.some((k) => k.toLowerCase() === login.toLowerCase());
}

/** GET /repos/{o}/{r}/collaborators/{username}/permission */
function permissionReply(state: FakeState, segs: string[], where: string): Reply {
  const doc =
    'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user';
  const rk = repoKey(segs[1] ?? '', segs[2] ?? '');
  if (![...state.pulls.values()].some((p) => repoKey(p.spec.owner, p.spec.repo) === rk)) {
    state.violations.push(`${where}: no such repository in the fake`);
    return ghError(404, 'Not Found', doc);
  }
  const login = segs[4] ?? '';
  if (!GITHUB_LOGIN.test(login)) {
    state.violations.push(`${where}: '${login}' is not a user login`);
    return ghError(404, 'Not Found', doc);
  }
  if (!knownAccount(state, login)) {
    state.violations.push(`${where}: asked about ${login}, an account that took no part in the PR`);
    return ghError(404, 'Not Found', doc);
  }
  const role = roleOf(state, login);
  const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
  // `permission` is the legacy base role: maintain reads as write, triage as read.
  const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
  const permissions = {
    pull: true,
    triage: rank >= 1,
    push: rank >= 2,
    maintain: rank >= 3,
    admin: rank >= 4,
  };
  return {
    status: 200,
    body: {
      permission,
      role_name: role,
      user: { ...userJson(login), permissions, role_name: role },
    },
  };
}
