import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubClient } from '../../src/github/client.ts';
import { openTarball } from '../../src/github/tarball.ts';
import { createSnapshot } from '../../src/repo/snapshot.ts';
import { readTarGz } from '../../src/repo/tar.ts';
import { startFakeGitHub, type FakeGitHub, type FakeRepoFile } from '../support/fake-github.ts';

const HEAD = 'c0ffee'.padEnd(40, '1');
const BASE = 'b'.repeat(40);
const DIFF = 'diff --git a/a.ts b/a.ts\nindex 1..2 100644\n--- a/a.ts\n+++ b/a.ts\n@@ -1 +1 @@\n-x\n+y\n';
const PR = { owner: 'acme', repo: 'widgets', headSha: HEAD };
const log = { info: () => {}, warning: () => {}, debug: () => {} } as never;

let fake: FakeGitHub;
async function start(repoFiles: Record<string, Record<string, FakeRepoFile>>): Promise<void> {
  fake = await startFakeGitHub({
    pulls: [{ owner: 'acme', repo: 'widgets', number: 7, headSha: HEAD, baseSha: BASE, diff: DIFF }],
    repoFiles,
  });
}
const client = () => createGitHubClient('ghs_test_token', fake.url, log);

/** The whole body of the download, within its cap. */
async function downloadTarball(
  gh: ReturnType<typeof client>,
  pr: typeof PR,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of (await openTarball(gh, pr, maxBytes)).body) chunks.push(c);
  return Buffer.concat(chunks);
}

/** A fetch that rewrites the answer's content-length: dropped (chunked answers do), or a lie. */
function withContentLength(gh: ReturnType<typeof client>, value: string | null): void {
  const rewrite: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const headers = new Headers(res.headers);
    if (value === null) headers.delete('content-length');
    else headers.set('content-length', value);
    return new Response(res.body, { status: res.status, headers });
  };
  gh.hook.before('request', (o) => {
    o.request = { ...o.request, fetch: rewrite };
  });
}
afterEach(async () => fake?.close());

describe('openTarball', () => {
  it("downloads the head commit's tarball through the 302 to codeload", async () => {
    await start({ [HEAD]: { 'a.ts': 'y\n', 'src/deep/b.ts': 'b\n', ln: { symlink: '/etc/passwd' } } });
    const gz = await downloadTarball(client(), PR, 1 << 20);
    const listing = await readTarGz(gz, 1 << 20);
    expect(listing.top).toBe('acme-widgets-c0ffee1');
    expect(listing.comment).toBe(HEAD);
    expect(listing.entries.filter((e) => e.kind !== 'directory').map((e) => e.path)).toEqual([
      'a.ts',
      'ln',
      'src/deep/b.ts',
    ]);
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', `/repos/acme/widgets/tarball/${HEAD}`, 302],
      ['GET', `/_codeload/acme/widgets/legacy.tar.gz/${HEAD}`, 200],
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('feeds a snapshot end to end, where the hostile link stays inside', async () => {
    await start({ [HEAD]: { 'a.ts': 'y\n', ln: { symlink: '/etc/passwd' }, up: { symlink: '../../x' } } });
    const dir = mkdtempSync(join(tmpdir(), 'tarball-test-'));
    try {
      const download = await openTarball(client(), PR, 1 << 20);
      const s = await createSnapshot({
        tarball: download.body,
        label: `snapshot of ${HEAD.slice(0, 7)}`,
        dir,
        maxFileBytes: 1 << 20,
        maxTotalBytes: 1 << 24,
      });
      expect(await s.read('a.ts')).toMatchObject({ ok: true, text: 'y\n' });
      expect(await s.read('ln')).toMatchObject({ ok: false, why: 'symlink-outside' });
      expect(await s.read('up')).toMatchObject({ ok: false, why: 'symlink-outside' });
      expect(download.received()).toBeGreaterThan(0);
      await s.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an answer over maxBytes, saying the size and what to change', async () => {
    await start({
      [HEAD]: {
        'big.bin': { bytes: randomBytes(200_000) },
      },
    });
    await expect(downloadTarball(client(), PR, 50_000)).rejects.toThrow(
      /tarball at c0ffee1 is \d+ bytes, over the 50000 bytes the snapshot may download: raise the snapshot's download cap/,
    );
  });

  it('stops reading a body without content-length, or with a lying one, once it passes maxBytes', async () => {
    await start({ [HEAD]: { 'big.bin': { bytes: randomBytes(300_000) } } });
    for (const value of [null, '50']) {
      const gh = client();
      withContentLength(gh, value);
      await expect(downloadTarball(gh, PR, 100_000)).rejects.toThrow(
        /is more than 100000 bytes \(the download was stopped there\)/,
      );
    }
  });

  it('stops a snapshot fed by the download at the cap, and leaves nothing behind', async () => {
    await start({ [HEAD]: { 'a.ts': 'a\n', 'big.bin': { bytes: randomBytes(300_000) } } });
    const gh = client();
    withContentLength(gh, null);
    const dir = mkdtempSync(join(tmpdir(), 'tarball-test-'));
    try {
      const download = await openTarball(gh, PR, 100_000);
      await expect(
        createSnapshot({
          tarball: download.body,
          label: 'x',
          dir,
          maxFileBytes: 1 << 20,
          maxTotalBytes: 1 << 24,
        }),
      ).rejects.toThrow(
        /^The repository's tarball at c0ffee1 is more than 100000 bytes \(the download was stopped there\)/,
      );
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 404 for a commit without files, and records a ref that is not a commit of the PR', async () => {
    await start({});
    await expect(downloadTarball(client(), PR, 1 << 20)).rejects.toThrow(
      /GitHub answered 404 while downloading/,
    );
    expect(fake.violations).toEqual([]);
    await expect(downloadTarball(client(), { ...PR, headSha: 'main' }, 1 << 20)).rejects.toThrow(/404/);
    expect(fake.violations).toEqual([
      expect.stringContaining("tarball of ref 'main', not of a commit of the PR"),
    ]);
  });

  it('serves the archive only through a link it handed out', async () => {
    await start({ [HEAD]: { 'a.ts': 'y\n' } });
    const res = await fetch(`${fake.url}/_codeload/acme/widgets/legacy.tar.gz/${HEAD}?token=guess`);
    expect(res.status).toBe(404);
    expect(fake.violations).toEqual([
      expect.stringContaining('without a link the tarball endpoint handed out'),
    ]);
  });
});
