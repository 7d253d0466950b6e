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
