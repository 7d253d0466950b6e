/**
 * Changed images through the bundled action: a modified PNG in the PR, its bytes at the head and base
 * commits served by the fake GitHub's contents API, sent to the fake model as image_url parts (which
 * it validates as the API does), and the budget's refusals listed as not reviewed.
 */
import { loadWebhookPayload, fakePullFromPayload } from '../support/fake-github.ts';
import type { ModelRequest } from '../support/fake-model.ts';
import {
  gh,
  model,
  startFakes,
  closeFakes,
  runReview,
  expectSuccess,
  modelAnswer,
  finding,
} from '../support/e2e.ts';
import { largePngImage, pngImage } from '../support/images.ts';

const HEAD = 'c0ffee0c0ffee0c0ffee0c0ffee0c0ffee0c0ffe';
const BASE = 'b0a7b0a7b0a7b0a7b0a7b0a7b0a7b0a7b0a7b0a7';
const PR = { owner: 'octo', repo: 'shop', number: 23, headSha: HEAD, baseSha: BASE, title: 'New header' };

const DIFF = `diff --git a/src/header.ts b/src/header.ts
index 1111111..2222222 100644
--- a/src/header.ts
+++ b/src/header.ts
@@ -1,2 +1,3 @@
 export const title = 'Shop';
+export const logo = '/ui/header.png';
 export const height = 64;
diff --git a/ui/header.png b/ui/header.png
index 3333333..4444444 100644
Binary files a/ui/header.png and b/ui/header.png differ
`;

const NEW_PNG = pngImage(600, 64, 0x20);
const OLD_PNG = pngImage(600, 48, 0xe0);

async function start(): Promise<void> {
  const pull = fakePullFromPayload(loadWebhookPayload('pull_request.opened', PR), DIFF);
  await startFakes(
    {
      pulls: [pull],
      files: {
        [HEAD]: { 'src/header.ts': "export const title = 'Shop';\n", 'ui/header.png': { bytes: NEW_PNG } },
        [BASE]: { 'ui/header.png': { bytes: OLD_PNG } },
      },
    },
    {
      respond: modelAnswer(() => [
        finding({
          path: 'ui/header.png',
          line: 1,
          severity: 'minor',
          title: 'The logo is cut off at the bottom',
        }),
      ]),
    },
  );
}

type Part = { type: string; text?: string; image_url?: { url: string; detail?: string } };
const partsOf = (req: ModelRequest): Part[] | string =>
  (req.body.messages as { role: string; content: Part[] | string }[]).find((m) => m.role === 'user')!.content;

afterEach(closeFakes);

describe('images', () => {
  it('sends a modified PNG as image parts, new and old, read at the head and base commits', async () => {
    await start();
    const run = await runReview({ payload: loadWebhookPayload('pull_request.opened', PR) });
    expectSuccess(run);
    expect(model.violations).toEqual([]);
    expect(gh.violations).toEqual([]);
    expect(model.requests).toHaveLength(1);
    const parts = partsOf(model.requests[0]!);
    expect(Array.isArray(parts)).toBe(true);
    const p = parts as Part[];
    expect(p[0]!.type).toBe('text');
    expect(p[0]!.text).toContain('<file path="src/header.ts"');
    expect(p[0]!.text).toContain('changed image files of the pull request');
    expect(p.slice(1).map((x) => x.type)).toEqual(['text', 'image_url', 'text', 'image_url']);
    expect(p[1]!.text).toMatch(
      /^<image-[0-9a-f]{12} path="ui\/header\.png" version="new, at the head commit">$/,
    );
    expect(p[2]!.image_url).toEqual({
      url: `data:image/png;base64,${NEW_PNG.toString('base64')}`,
      detail: 'high',
    });
    expect(p[3]!.text).toMatch(/version="old, before the reviewed change">$/);
    expect(p[4]!.image_url!.url).toBe(`data:image/png;base64,${OLD_PNG.toString('base64')}`);
    // Read through the contents API at each commit, as JSON (base64), never from the workspace.
    const reads = gh.requests.filter((r) => decodeURIComponent(r.path).includes('/contents/ui/header.png'));
    expect(reads.map((r) => `${decodeURIComponent(r.path)}?ref=${r.query['ref']}`).sort()).toEqual(
      [
        `/repos/octo/shop/contents/ui/header.png?ref=${BASE}`,
        `/repos/octo/shop/contents/ui/header.png?ref=${HEAD}`,
      ].sort(),
    );
    expect(run.summary).not.toMatch(
      /ui\/header\.png[^\n]*not reviewed|ui\/header\.png[^\n]*skipped by default/,
    );
    // The finding on the image is posted (in the review body: an image has no diff lines).
    expect(JSON.stringify(gh.reviews)).toContain('The logo is cut off at the bottom');
  });

  it('lists an image over max-image-bytes as not reviewed, with the reason, and sends no image', async () => {
    await start();
    const run = await runReview({
      payload: loadWebhookPayload('pull_request.opened', PR),
      inputs: { 'max-image-bytes': String(NEW_PNG.length - 1) },
    });
    expectSuccess(run);
    expect(model.violations).toEqual([]);
    expect(typeof partsOf(model.requests[0]!)).toBe('string');
    expect(run.summary).toContain('ui/header.png');
    expect(run.summary).toContain(
      `image not reviewed: its ${NEW_PNG.length} bytes are over what is left of the run's image budget (\`max-image-bytes: ${NEW_PNG.length - 1}\`)`,
    );
  });

  it('with max-image-bytes 0 reads no image and skips it as before', async () => {
    await start();
    const run = await runReview({
      payload: loadWebhookPayload('pull_request.opened', PR),
      inputs: { 'max-image-bytes': '0' },
    });
    expectSuccess(run);
    expect(typeof partsOf(model.requests[0]!)).toBe('string');
    expect(gh.requests.some((r) => decodeURIComponent(r.path).includes('/contents/ui/header.png'))).toBe(
      false,
    );
    expect(run.summary).toMatch(/ui\/header\.png[^\n]*binary file/);
  });
});

describe('images in an incremental review', () => {
  const [H1, H2] = ['1'.repeat(40), '2'.repeat(40)];
  const IMAGE_DIFF = `diff --git a/ui/header.png b/ui/header.png
index 3333333..4444444 100644
Binary files a/ui/header.png and b/ui/header.png differ
`;
  const TEXT_DIFF = (line: string) => `diff --git a/src/header.ts b/src/header.ts
index 1111111..2222222 100644
--- a/src/header.ts
+++ b/src/header.ts
@@ -1,2 +1,3 @@
 export const title = 'Shop';
+${line}
 export const height = 64;
`;
  const PUSH_2 = `diff --git a/src/header.ts b/src/header.ts
index 2222222..5555555 100644
--- a/src/header.ts
+++ b/src/header.ts
@@ -1,3 +1,3 @@
 export const title = 'Shop';
-export const logo = 'a';
+export const logo = 'b';
 export const height = 64;
`;
  const V1 = pngImage(600, 64, 0x20);
  const V2 = pngImage(640, 96, 0x40);

  async function twoPushes(inputs: Record<string, string>): Promise<{ second: string; sent: ModelRequest }> {
    const payload = (action: string, headSha: string) =>
      loadWebhookPayload(`pull_request.${action}`, { ...PR, number: 24, headSha, baseSha: BASE });
    await startFakes(
      {
        pulls: [
          fakePullFromPayload(payload('opened', H1), TEXT_DIFF("export const logo = 'a';") + IMAGE_DIFF),
        ],
        files: {
          [H1]: { 'src/header.ts': "export const title = 'Shop';\n", 'ui/header.png': { bytes: V1 } },
          [H2]: { 'src/header.ts': "export const title = 'Shop';\n", 'ui/header.png': { bytes: V2 } },
          [BASE]: { 'ui/header.png': { bytes: OLD_PNG } },
        },
        // The second push changes the image and a line.
        compares: { [`${H1}...${H2}`]: { status: 'ahead', diff: PUSH_2 + IMAGE_DIFF } },
      },
      { respond: modelAnswer(() => []) },
    );
    expectSuccess(await runReview({ payload: payload('opened', H1), inputs }));
    gh.updatePull(24, { headSha: H2, diff: TEXT_DIFF("export const logo = 'b';") + IMAGE_DIFF });
    const before = model.requests.length;
    const run = await runReview({ payload: payload('synchronize', H2), inputs });
    expectSuccess(run);
    expect(model.violations).toEqual([]);
    expect(gh.violations).toEqual([]);
    expect(model.requests.length).toBe(before + 1);
    return { second: run.summary, sent: model.requests.at(-1)! };
  }
  const wholePr = (summary: string): number =>
    Number(/a whole-PR review would send (\d+)\)/.exec(summary)?.[1] ?? NaN);

  it('shows the old image as of the last reviewed commit, where the reviewed diff starts', async () => {
    const { sent } = await twoPushes({});
    const parts = partsOf(sent) as Part[];
    const urls = parts.flatMap((x) => (x.image_url ? [x.image_url.url] : []));
    expect(urls).toEqual([
      `data:image/png;base64,${V2.toString('base64')}`,
      `data:image/png;base64,${V1.toString('base64')}`,
    ]);
    // The estimate of a whole-PR review reads the old version at the PR's base, the review at H1.
    const refs = gh.requests
      .filter((r) => decodeURIComponent(r.path).endsWith('/contents/ui/header.png'))
      .map((r) => r.query['ref']);
    expect(refs.slice(2).sort()).toEqual([H1, H2, BASE].sort());
  });

  it('counts the whole PR’s images, new at the head and old at the base, in the whole-PR estimate', async () => {
    const withImages = wholePr((await twoPushes({})).second);
    await closeFakes();
    const without = wholePr((await twoPushes({ 'max-image-bytes': '0' })).second);
    // 640×96 and 600×48 (the base's) at high detail: 2 tiles each, 85 + 2 × 170 tokens.
    const imageTokens = 2 * (85 + 2 * 170);
    expect(withImages - without).toBeGreaterThanOrEqual(imageTokens);
    // The labels and the note around them, no more.
    expect(withImages - without).toBeLessThan(imageTokens + 300);
  });
});

describe('images over 1 MiB', () => {
  it('reads them with the raw media type and sends their exact bytes; small ones stay on the JSON path', async () => {
    const HERO = largePngImage(800, 400, 1_500_000);
    const diff = `${DIFF}diff --git a/ui/hero.png b/ui/hero.png
new file mode 100644
index 0000000..5555555
Binary files /dev/null and b/ui/hero.png differ
`;
    await startFakes(
      {
        pulls: [fakePullFromPayload(loadWebhookPayload('pull_request.opened', PR), diff)],
        files: {
          [HEAD]: {
            'src/header.ts': "export const title = 'Shop';\n",
            'ui/header.png': { bytes: NEW_PNG },
            'ui/hero.png': { bytes: HERO },
          },
          [BASE]: { 'ui/header.png': { bytes: OLD_PNG } },
        },
      },
      { respond: modelAnswer(() => []) },
    );
    const run = await runReview({ payload: loadWebhookPayload('pull_request.opened', PR) });
    expectSuccess(run);
    expect(model.violations).toEqual([]);
    expect(gh.violations).toEqual([]);
    const urls = model.requests.flatMap((q) => {
      const parts = partsOf(q);
      return Array.isArray(parts) ? parts.flatMap((x) => (x.image_url ? [x.image_url.url] : [])) : [];
    });
    expect(urls).toContain(`data:image/png;base64,${HERO.toString('base64')}`);
    expect(urls).toContain(`data:image/png;base64,${NEW_PNG.toString('base64')}`);
    const reads = (path: string) =>
      gh.requests
        .filter((r) => decodeURIComponent(r.path).endsWith(`/contents/${path}`))
        .map((r) => `${String(r.headers['accept'])} ${r.query['ref']}`);
    // Its size from the JSON answer, then the bytes raw.
    expect(reads('ui/hero.png')).toEqual([
      `application/vnd.github.v3+json ${HEAD}`,
      `application/vnd.github.v3.raw ${HEAD}`,
    ]);
    expect(reads('ui/header.png').sort()).toEqual(
      [`application/vnd.github.v3+json ${HEAD}`, `application/vnd.github.v3+json ${BASE}`].sort(),
    );
  });
});
