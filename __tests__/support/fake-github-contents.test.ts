import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { boundJobSummary } from '../../src/report/summary.ts';

const DIFF = 'diff --git a/a.ts b/a.ts\nindex 1..2 100644\n--- a/a.ts\n+++ b/a.ts\n@@ -1 +1 @@\n-x\n+y\n';
let gh: FakeGitHub | undefined;

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function get(path: string, accept = 'application/vnd.github+json'): Promise<Response> {
  return fetch(`${gh!.url}${path}`, { headers: { authorization: 'token ghs_test_token', accept } });
}

describe('the fake contents API', () => {
  beforeEach(async () => {
    gh = await startFakeGitHub({
      pulls: [
        { owner: 'o', repo: 'r', number: 1, headSha: 'h'.repeat(40), baseSha: 'b'.repeat(40), diff: DIFF },
      ],
      contents: { ['h'.repeat(40)]: { 'src/a.ts': 'head text\n' }, main: { '.github/x.yml': 'k: v\n' } },
    });
  });

  it('serves a file at its ref as JSON, base64-encoded', async () => {
    const res = await get(`/repos/o/r/contents/src%2Fa.ts?ref=${'h'.repeat(40)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { type: string; encoding: string; content: string; size: number };
    expect(body).toMatchObject({ type: 'file', encoding: 'base64', size: 10 });
    expect(Buffer.from(body.content, 'base64').toString()).toBe('head text\n');
  });

  it('serves it raw with the raw media type, by path with slashes', async () => {
    const res = await get('/repos/o/r/contents/.github/x.yml?ref=main', 'application/vnd.github.raw+json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/vnd\.github\.raw/);
    expect(await res.text()).toBe('k: v\n');
  });

  it('answers 404 for another ref or path', async () => {
    expect((await get(`/repos/o/r/contents/src/a.ts?ref=${'b'.repeat(40)}`)).status).toBe(404);
    expect((await get('/repos/o/r/contents/src/a.ts')).status).toBe(404);
    expect((await get(`/repos/o/r/contents/nope.ts?ref=${'h'.repeat(40)}`)).status).toBe(404);
    expect(gh!.violations).toEqual([]);
  });
});

describe('the fake contents API with binary files', () => {
  const H = 'c'.repeat(40);
  // Not UTF-8: a reply decoded as text would change them.
  const SMALL = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x80]);
  const LARGE = Buffer.concat([SMALL, Buffer.alloc(1_500_000, 0xff)]);
  beforeEach(async () => {
    gh = await startFakeGitHub({
      pulls: [{ owner: 'o', repo: 'r', number: 1, headSha: H, baseSha: 'b'.repeat(40), diff: DIFF }],
      files: { [H]: { 'a.png': { bytes: SMALL }, 'big.png': { bytes: LARGE }, 'a.ts': 'text é\n' } },
    });
  });

  it('serves the exact bytes with the raw media type, and text as before', async () => {
    const raw = 'application/vnd.github.raw+json';
    const small = await get(`/repos/o/r/contents/a.png?ref=${H}`, raw);
    expect(Buffer.from(await small.arrayBuffer()).equals(SMALL)).toBe(true);
    const large = await get(`/repos/o/r/contents/big.png?ref=${H}`, raw);
    expect(Buffer.from(await large.arrayBuffer()).equals(LARGE)).toBe(true);
    expect(await (await get(`/repos/o/r/contents/a.ts?ref=${H}`, raw)).text()).toBe('text é\n');
    expect(gh!.violations).toEqual([]);
  });

  it('answers the JSON form of a file over 1 MB with its size, encoding "none" and no content', async () => {
    const large = (await (await get(`/repos/o/r/contents/big.png?ref=${H}`)).json()) as object;
    expect(large).toMatchObject({ type: 'file', encoding: 'none', content: '', size: LARGE.length });
    const small = (await (await get(`/repos/o/r/contents/a.png?ref=${H}`)).json()) as { content: string };
    expect(small).toMatchObject({ encoding: 'base64', size: SMALL.length });
    expect(Buffer.from(small.content, 'base64').equals(SMALL)).toBe(true);
  });
});

describe('boundJobSummary', () => {
  it('keeps a summary under the limit as it is', () => {
    expect(boundJobSummary('# a\n\nb\n', 100)).toBe('# a\n\nb\n');
  });

  it('cuts a larger one at a line, within the limit in bytes, and says so', () => {
    const md = Array.from({ length: 5_000 }, (_, i) => `| row ${i} | é€ |`).join('\n');
    const out = boundJobSummary(md, 10_000);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(10_000);
    expect(out).toMatch(
      /\| é€ \|\n\n_…the rest of this report is cut: GitHub limits a job summary to 1 MiB\._\n$/,
    );
  });
});
