/**
 * The repository tools read from the runner's workspace when it holds the head commit (the workflow
 * checked out `github.event.pull_request.head.sha`), through the bundled action: the commit's git
 * objects, never its working tree, and no tarball; a workspace without the commit falls back to the
 * tarball.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWebhookPayload, fakePullFromPayload, type WebhookPayload } from '../support/fake-github.ts';
import type { ModelReply, ModelRequest } from '../support/fake-model.ts';
import { gh, model, startFakes, closeFakes, runReview, expectSuccess } from '../support/e2e.ts';

const DIFF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pr-basic.diff'), 'utf8');
const BASE = '3b18e513b18e513b18e513b18e513b18e513b18e';
const USERS = 'export function getUser(id: string) {\n  return db.query(id);\n}\n';

/** What the tarball of the head commit holds: not the file only the workspace's commit has. */
const TARBALL_FILES = { 'src/db/users.ts': USERS };

let workspace: string;
/** The workspace's commits: the PR's head, and a merge-like commit on top that is checked out. */
let head: string;
let merge: string;

function git(...args: string[]): string {
  return execFileSync('git', ['-C', workspace, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim();
}

function write(path: string, text: string): void {
  mkdirSync(join(workspace, path, '..'), { recursive: true });
  writeFileSync(join(workspace, path), text);
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'vtrix-workspace-'));
  git('init', '-q', '-b', 'main');
  write('src/db/users.ts', USERS);
  write('src/only-in-workspace.ts', 'export const fromTheWorkspace = true;\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  head = git('rev-parse', 'HEAD');
  write('src/merged.ts', 'export const fromTheMergeCommit = true;\n');
  write('src/db/users.ts', '// the merge commit\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'merge');
  merge = git('rev-parse', 'HEAD');
  // What an earlier step may have left in the working tree: never what the tools read.
  write('src/db/users.ts', '// edited by an earlier step\n');
  write('src/untracked.ts', 'export const untracked = true;\n');
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));
afterEach(closeFakes);

const READS = ['src/only-in-workspace.ts', 'src/db/users.ts', 'src/merged.ts', 'src/untracked.ts'].map(
  (path) => ({ name: 'read_file', arguments: JSON.stringify({ path }) }),
);

function scripted(calls: { name: string; arguments: string }[]): (req: ModelRequest) => ModelReply {
  return (req) => {
    const turn = (req.body.messages as { role: string }[]).filter((m) => m.role === 'assistant').length;
    if (Array.isArray(req.body.functions) && turn < calls.length)
      return { content: null, functionCall: calls[turn]! };
    return { content: JSON.stringify({ summary: 'Reviewed.', comments: [] }) };
  };
}

/** A deep review of a PR whose head is `headSha`, with the workspace as GITHUB_WORKSPACE. */
async function deepReview(headSha: string) {
  const PR = { owner: 'octo', repo: 'shop', number: 17, headSha, baseSha: BASE, title: 'Raw SQL' };
  const payload: WebhookPayload = loadWebhookPayload('pull_request.labeled', PR);
  (payload['label'] as Record<string, unknown>)['name'] = 'deep-review';
  const pull = fakePullFromPayload(loadWebhookPayload('pull_request.opened', PR), DIFF);
  await startFakes(
    { pulls: [{ ...pull, labels: ['deep-review'] }], repoFiles: { [headSha]: TARBALL_FILES } },
    { respond: scripted(READS) },
  );
  const run = await runReview({
    payload,
    env: { GITHUB_REPOSITORY: 'octo/shop', GITHUB_WORKSPACE: workspace },
  });
  expectSuccess(run);
  const last = model.requests.at(-1)!.body.messages as { role: string; content: string | null }[];
  const results = last.filter((m) => m.role === 'function').map((m) => m.content ?? '');
  expect(results).toHaveLength(READS.length);
  return { run, results, tarballs: gh.requests.filter((r) => /\/tarball\/|\/_codeload\//.test(r.path)) };
}

describe('the repository tools on the workspace checkout', () => {
  it("reads the head commit's git objects when the workspace holds it: no tarball, never the working tree or the merge commit", async () => {
    const { run, results, tarballs } = await deepReview(head);
    expect(run.stdout).toContain(`Repository tools on: workspace checkout of ${head.slice(0, 7)}, 2 files`);
    expect(tarballs).toEqual([]);
    const [only, users, merged, untracked] = results;
    expect(only).toContain('export const fromTheWorkspace = true;');
    expect(users).toContain('return db.query(id);');
    expect(users).not.toMatch(/earlier step|merge commit/);
    expect(merged).toMatch(/does not exist/);
    expect(untracked).toMatch(/does not exist/);
    expect(gh.violations).toEqual([]);
  });

  it('downloads the tarball when the workspace does not hold the head commit', async () => {
    const other = 'a9c2f07a9c2f07a9c2f07a9c2f07a9c2f07a9c2f';
    const { run, results, tarballs } = await deepReview(other);
    expect(run.stdout).toContain(
      `The workspace (${workspace}) is not used for the repository tools: it does not hold the commit a9c2f07.`,
    );
    expect(run.stdout).toContain('Repository tools on: snapshot of a9c2f07, 1 file (');
    expect(run.stdout).not.toContain('::warning::');
    expect(tarballs.map((r) => r.path)).toEqual([
      `/repos/octo/shop/tarball/${other}`,
      expect.stringMatching(new RegExp(`^/_codeload/octo/shop/legacy\\.tar\\.gz/${other}`)),
    ]);
    const [only, users] = results;
    expect(only).toMatch(/does not exist/);
    expect(users).toContain('return db.query(id);');
    // The workspace's own commits stay unread: its HEAD is the merge-like commit.
    expect(git('rev-parse', 'HEAD')).toBe(merge);
    expect(gh.violations).toEqual([]);
  });
});
