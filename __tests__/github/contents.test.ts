import { createGitHubClient } from '../../src/github/client.ts';
import { readRepoEntry } from '../../src/github/contents.ts';
import {
  fakePullFromPayload,
  loadWebhookPayload,
  startFakeGitHub,
  type FakeGitHub,
} from '../support/fake-github.ts';

const HEAD = '2'.repeat(40);
const BASE = 'c'.repeat(40);
const DIFF =
  'diff --git a/a.js b/a.js\nindex 1111111..2222222 100644\n--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,3 @@\n x\n+y\n z\n';
const payload = loadWebhookPayload('pull_request.opened', {
  owner: 'octo',
  repo: 'shop',
  number: 4,
  headSha: HEAD,
  baseSha: BASE,
});
const REPO = { owner: 'octo', repo: 'shop' };
const silent = { info: () => {}, warning: () => {} };
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]), Buffer.alloc(8)]);

let gh: FakeGitHub;
afterEach(async () => gh?.close());

describe('readRepoEntry (the base commit for the tools)', () => {
  it('answers files with their bytes, and what stands instead of a file, from the JSON answer', async () => {
    gh = await startFakeGitHub({
      pulls: [fakePullFromPayload(payload, DIFF)],
      files: {
        [BASE]: {
          'src/a b.ts': 'export const a = 1;\n',
          'img.png': { bytes: PNG },
          'docs/alias.ts': { symlink: '../src/a b.ts' },
          secrets: { symlink: '/etc/passwd' },
          up: { symlink: '../../outside' },
          'big.txt': 'x'.repeat(5000),
        },
      },
    });
    const client = createGitHubClient('ghs_test_token', gh.url, silent);
    const at = (path: string, max = 1024 * 1024) => readRepoEntry(client, REPO, BASE, path, max);
    expect(await at('src/a b.ts')).toEqual({
      kind: 'file',
      bytes: Buffer.from('export const a = 1;\n'),
      size: 20,
    });
    expect(await at('img.png')).toEqual({ kind: 'file', bytes: PNG, size: PNG.length });
    // GitHub gives a link to a file of the repository as that file; any other link by its target.
    expect(await at('docs/alias.ts')).toMatchObject({ kind: 'file', size: 20 });
    expect(await at('secrets')).toEqual({ kind: 'symlink', target: '/etc/passwd' });
    expect(await at('up')).toEqual({ kind: 'symlink', target: '../../outside' });
    expect(await at('src')).toEqual({ kind: 'directory' });
    expect(await at('nowhere.ts')).toEqual({ kind: 'missing' });
    expect(await at('big.txt', 4000)).toEqual({ kind: 'too-large', size: 5000 });
    expect(await at('big.txt', 2 * 1024 * 1024)).toMatchObject({ kind: 'file', size: 5000 });
    expect(
      gh.requests.filter((r) => r.path.includes('/contents/')).every((r) => r.query['ref'] === BASE),
    ).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it('reads a file over 1 MB with the raw media type, as its exact bytes', async () => {
    // Bytes that are not UTF-8 (0xff), as an image's are: a text decoding would change them.
    const LARGE = Buffer.concat([PNG, Buffer.alloc(1_500_000, 0xff)]);
    gh = await startFakeGitHub({
      pulls: [fakePullFromPayload(payload, DIFF)],
      files: { [BASE]: { 'big.png': { bytes: LARGE }, 'img.png': { bytes: PNG } } },
    });
    const client = createGitHubClient('ghs_test_token', gh.url, silent);
    const at = (path: string, max: number) => readRepoEntry(client, REPO, BASE, path, max);
    const got = await at('big.png', 2_000_000);
    expect(got.kind).toBe('file');
    expect(Buffer.from((got as { bytes: Uint8Array }).bytes).equals(LARGE)).toBe(true);
    const accepts = () =>
      gh.requests.filter((r) => r.path.includes('/contents/')).map((r) => String(r.headers['accept']));
    // The JSON answer (size, no content), then the raw bytes.
    expect(accepts()).toEqual(['application/vnd.github.v3+json', 'application/vnd.github.v3.raw']);
    // Over the cap: the JSON answer's size is enough, nothing is downloaded.
    expect(await at('big.png', 1_000_000)).toEqual({ kind: 'too-large', size: LARGE.length });
    // A small file stays on the JSON path, whatever the cap.
    expect(await at('img.png', 2_000_000)).toEqual({ kind: 'file', bytes: PNG, size: PNG.length });
    expect(accepts()).toHaveLength(4);
    expect(gh.violations).toEqual([]);
  });
});
