import type { PullRequest } from '../../src/types.ts';
import type { FileDiff } from '../../src/diff/types.ts';
import type { BaseEntry } from '../../src/repo/base.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { planReview, type PlanOptions } from '../../src/plan.ts';
import { imageCandidates } from '../../src/images/select.ts';
import { imageFileTokens, imagesNoteTokens, IMAGES_NOTE } from '../../src/images/pack.ts';
import { readImages, type ReadImage } from '../../src/pipeline/images.ts';
import { toWire, messagesFor, repairMessages, type ApiMessage } from '../../src/model/format.ts';
import { jpegImage, pngImage } from '../support/images.ts';

const PR: PullRequest = {
  owner: 'acme',
  repo: 'widgets',
  number: 7,
  title: 'New header',
  body: '',
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
  headRef: 'f',
  baseRef: 'main',
  draft: false,
  state: 'open',
  author: 'octocat',
  htmlUrl: 'https://github.com/acme/widgets/pull/7',
  changedFiles: 3,
};

const LOG = { info: () => {}, warning: () => {} };

function binary(
  path: string,
  status: FileDiff['status'] = 'modified',
  oldPath: string | null = null,
): FileDiff {
  return {
    path,
    oldPath: status === 'added' ? null : (oldPath ?? path),
    status,
    binary: true,
    patchMissing: false,
    oldMode: status === 'added' ? null : '100644',
    newMode: status === 'deleted' ? null : '100644',
    hunks: [],
    additions: 0,
    deletions: 0,
  };
}

const CODE = parseDiff(
  'diff --git a/src/app.ts b/src/app.ts\n--- a/src/app.ts\n+++ b/src/app.ts\n@@ -1,1 +1,2 @@\n const a = 1;\n+const b = 2;\n',
);

/** A reader over two trees, counting reads; `new` at head, `old` at base. */
function reader(head: Record<string, Buffer>, base: Record<string, Buffer> = {}) {
  const reads: string[] = [];
  const read: ReadImage = async (path, side, maxBytes): Promise<BaseEntry> => {
    reads.push(`${side}:${path}:${maxBytes}`);
    const b = (side === 'new' ? head : base)[path];
    if (b === undefined) return { kind: 'missing' };
    if (b.length > maxBytes) return { kind: 'too-large', size: b.length };
    return { kind: 'file', bytes: b, size: b.length };
  };
  return { read, reads };
}

const OPTS = { include: [], exclude: [] };

describe('imageCandidates', () => {
  it('takes changed PNG, JPEG, GIF and WebP files, not SVG, deleted, excluded or not included ones', () => {
    const files = [
      binary('ui/b.png'),
      binary('ui/a.JPG', 'added'),
      binary('ui/icon.svg'),
      binary('ui/gone.gif', 'deleted'),
      binary('docs/shot.webp', 'added'),
      ...CODE,
    ];
    expect(imageCandidates(files, OPTS).map((f) => f.path)).toEqual([
      'docs/shot.webp',
      'ui/a.JPG',
      'ui/b.png',
    ]);
    expect(imageCandidates(files, { include: [], exclude: ['docs/**'] }).map((f) => f.path)).toEqual([
      'ui/a.JPG',
      'ui/b.png',
    ]);
    expect(imageCandidates(files, { include: ['ui/**'], exclude: [] }).map((f) => f.path)).toEqual([
      'ui/a.JPG',
      'ui/b.png',
    ]);
  });
});

describe('readImages', () => {
  it('reads the new version at the head and the old one at the base, within the byte budget', async () => {
    const head = { 'ui/b.png': pngImage(64, 32, 1), 'ui/a.jpg': jpegImage(800, 600) };
    const base = { 'ui/b.png': pngImage(64, 32, 2) };
    const { read, reads } = reader(head, base);
    const got = await readImages(
      [binary('ui/b.png'), binary('ui/a.jpg', 'added')],
      { ...OPTS, maxImageBytes: 1_000_000, readImage: read },
      LOG,
    );
    expect(got.notReviewed).toEqual([]);
    expect(
      got.files.map((f) => [f.file.path, f.versions.map((v) => `${v.side} ${v.width}x${v.height}`)]),
    ).toEqual([
      ['ui/a.jpg', ['new 800x600']],
      ['ui/b.png', ['new 64x32', 'old 64x32']],
    ]);
    const jpegBytes = head['ui/a.jpg'].length;
    // Each read is capped by what is left of the budget.
    expect(reads).toEqual([
      `new:ui/a.jpg:1000000`,
      `new:ui/b.png:${1_000_000 - jpegBytes}`,
      `old:ui/b.png:${1_000_000 - jpegBytes - head['ui/b.png'].length}`,
    ]);
    expect(got.files[1]!.versions[1]!.tokens).toBe(255);
    expect(got.files[1]!.versions[0]!.base64).toBe(head['ui/b.png'].toString('base64'));
  });

  it('lists what does not fit or is not an image, and reads the old path of a renamed file', async () => {
    const big = pngImage(300, 300);
    const head = {
      'a/big.png': big,
      'b/fake.png': Buffer.from('not a png at all'),
      'c/new.png': pngImage(8, 8, 3),
      'd/small.png': pngImage(4, 4),
    };
    const { read } = reader(head, { 'c/old.png': pngImage(8, 8, 4) });
    const got = await readImages(
      [
        binary('a/big.png', 'added'),
        binary('b/fake.png', 'added'),
        binary('c/new.png', 'renamed', 'c/old.png'),
        binary('d/small.png', 'added'),
      ],
      { ...OPTS, maxImageBytes: big.length - 1, readImage: read },
      LOG,
    );
    expect(got.notReviewed).toEqual([
      {
        path: 'a/big.png',
        reason: `image not reviewed: its ${big.length} bytes are over what is left of the run's image budget (\`max-image-bytes: ${big.length - 1}\`)`,
      },
      { path: 'b/fake.png', reason: 'image not reviewed: its bytes are not a well-formed image/png image' },
    ]);
    expect(got.files.map((f) => f.versions.map((v) => `${v.side}:${v.path}`))).toEqual([
      ['new:c/new.png', 'old:c/old.png'],
      ['new:d/small.png'],
    ]);
  });

  it('reads nothing when images are off, or without a reader', async () => {
    const { read, reads } = reader({ 'x.png': pngImage(2, 2) });
    expect(await readImages([binary('x.png')], { ...OPTS, maxImageBytes: 0, readImage: read }, LOG)).toEqual({
      files: [],
      notReviewed: [],
    });
    expect(await readImages([binary('x.png')], { ...OPTS, maxImageBytes: 100 }, LOG)).toEqual({
      files: [],
      notReviewed: [],
    });
    expect(reads).toEqual([]);
  });

  it('says a file over 20 MB is over the per-image limit, and a read that fails is a reason, not an error', async () => {
    const caps: number[] = [];
    const read: ReadImage = async (path, _side, maxBytes) => {
      caps.push(maxBytes);
      if (path === 'huge.png') return { kind: 'too-large', size: 25_000_000 };
      throw new Error('HTTP 500');
    };
    const got = await readImages(
      [binary('huge.png', 'added'), binary('err.png', 'added')],
      { ...OPTS, maxImageBytes: 20 * 1024 * 1024, readImage: read },
      LOG,
    );
    expect(got.notReviewed).toEqual([
      { path: 'err.png', reason: 'image not reviewed: it could not be read (HTTP 500)' },
      {
        path: 'huge.png',
        reason: 'image not reviewed: it is 25000000 bytes, over the 20000000 bytes an image may have',
      },
    ]);
    // A read may ask for more than the contents API's 1 MB of JSON: the reader takes the raw path.
    expect(caps).toEqual([20_000_000, 20_000_000]);
  });

  it('reads an image over 1 MiB within the budget', async () => {
    const big = Buffer.concat([pngImage(64, 64), Buffer.alloc(1_500_000)]);
    const caps: number[] = [];
    const read: ReadImage = async (_path, _side, maxBytes) => {
      caps.push(maxBytes);
      return { kind: 'file', bytes: big, size: big.length };
    };
    const got = await readImages(
      [binary('big.png', 'added')],
      { ...OPTS, maxImageBytes: 4_000_000, readImage: read },
      LOG,
    );
    expect(got.notReviewed).toEqual([]);
    expect(got.files[0]!.versions[0]!.bytes).toBe(big.length);
    expect(caps).toEqual([4_000_000]);
  });
});

const PLAN: PlanOptions = {
  include: [],
  exclude: [],
  contextWindow: 200_000,
  maxTokens: 16_000,
  instructions: '',
};

async function imagesOf(files: FileDiff[], head: Record<string, Buffer>, base: Record<string, Buffer> = {}) {
  return readImages(files, { ...OPTS, maxImageBytes: 4_000_000, readImage: reader(head, base).read }, LOG);
}

describe('planReview with images', () => {
  it('puts an image into the request with room, counts its tokens, and no longer lists it as skipped', async () => {
    const files = [...CODE, binary('ui/b.png')];
    const images = await imagesOf(
      files,
      { 'ui/b.png': pngImage(1024, 1024) },
      { 'ui/b.png': pngImage(1024, 1024, 9) },
    );
    const without = planReview(PR, files, PLAN, countTokens);
    expect(without.skipped.map((s) => s.path)).toEqual(['ui/b.png']);
    const plan = planReview(PR, files, { ...PLAN, images }, countTokens);
    expect(plan.requests).toHaveLength(1);
    expect(plan.skipped).toEqual([]);
    expect(plan.reviewable.map((f) => f.path)).toEqual(['src/app.ts', 'ui/b.png']);
    const added = imageFileTokens(images.files[0]!, countTokens) + imagesNoteTokens(countTokens);
    // Two versions of 765 tokens each, their tags, and the note.
    expect(added).toBeGreaterThan(2 * 765);
    expect(plan.requests[0]!.promptTokens).toBe(without.requests[0]!.promptTokens + added);
    const [, user] = plan.requests[0]!.messages();
    expect(user!.content).toContain(IMAGES_NOTE);
    expect(user!.content).toContain('(2 files to review)');
    expect(user!.images).toHaveLength(2);
    const nonce = /<pr-([0-9a-f]{12})>/.exec(user!.content)![1];
    expect(user!.images![0]!.label).toBe(
      `<image-${nonce} path="ui/b.png" version="new, at the head commit">`,
    );
    expect(user!.images![1]!.label).toBe(
      `<image-${nonce} path="ui/b.png" version="old, before the reviewed change">`,
    );
    expect(user!.images![0]!.url).toBe(`data:image/png;base64,${pngImage(1024, 1024).toString('base64')}`);
  });

  it('gives images a request of their own when the PR has no text to review', async () => {
    const files = [binary('ui/only.png', 'added')];
    const images = await imagesOf(files, { 'ui/only.png': pngImage(10, 10) });
    const plan = planReview(PR, files, { ...PLAN, images }, countTokens);
    expect(plan.requests).toHaveLength(1);
    expect(plan.requests[0]!.chunk.pieces).toEqual([]);
    expect(plan.requests[0]!.messages()[1]!.images).toHaveLength(1);
  });

  it('lists an image with no room left within max-requests or max-prompt-tokens', async () => {
    const files = [binary('ui/a.png', 'added'), binary('ui/b.png', 'added')];
    const images = await imagesOf(files, {
      'ui/a.png': pngImage(2048, 2048),
      'ui/b.png': pngImage(2048, 2048, 1),
    });
    // A request holds one image of ~765 tokens besides the prompt's own scaffold: the second needs a
    // second request, which max-requests forbids.
    const small = { ...PLAN, contextWindow: 24_000, maxTokens: 1000 };
    const one = planReview(PR, files, { ...small, images }, countTokens);
    expect(one.requests.length).toBe(1);
    const roomy = planReview(PR, files, { ...small, images, maxRequests: 1 }, countTokens);
    expect(roomy.requests.length).toBe(1);
    expect(roomy.requests[0]!.chunk.images).toHaveLength(2);
    const capped = planReview(
      PR,
      files,
      { ...small, images, maxPromptTokens: one.requests[0]!.promptTokens - 500 },
      countTokens,
    );
    expect(capped.requests[0]!.chunk.images).toHaveLength(1);
    expect(capped.skipped).toEqual([
      {
        path: 'ui/b.png',
        reason:
          "image not reviewed: no room left in the requests within the run's budget (`max-requests`, `max-prompt-tokens`)",
      },
    ]);
  });

  it('lists an image larger than a whole request, and the images that could not be read', async () => {
    const files = [binary('ui/a.png', 'added'), binary('ui/bad.png', 'added')];
    const images = await imagesOf(files, {
      'ui/a.png': pngImage(2048, 2048),
      'ui/bad.png': Buffer.from('x'),
    });
    const tiny = { ...PLAN, contextWindow: 2_200, maxTokens: 500 };
    const plan = planReview(PR, files, { ...tiny, images }, countTokens);
    expect(plan.requests).toEqual([]);
    expect(plan.skipped.map((s) => s.path)).toEqual(['ui/a.png', 'ui/bad.png']);
    expect(plan.skipped[0]!.reason).toMatch(
      /^image not reviewed: it needs about \d+ prompt tokens, more than one request holds \(\d+\); raise context-window$/,
    );
    expect(plan.skipped[1]!.reason).toBe(
      'image not reviewed: its bytes are not a well-formed image/png image',
    );
  });
});

describe('toWire', () => {
  const user: ApiMessage = {
    role: 'user',
    content: 'Review this.',
    images: [{ label: '<image-x path="a.png" version="new">', url: 'data:image/png;base64,AAAA' }],
  };

  it('sends a user message with images as text and image_url parts, others as they are', () => {
    const sys: ApiMessage = { role: 'system', content: 'rules' };
    expect(toWire([sys, user, { role: 'user', content: 'plain', images: [] }])).toEqual([
      { role: 'system', content: 'rules' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Review this.' },
          { type: 'text', text: '<image-x path="a.png" version="new">' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail: 'high' } },
        ],
      },
      { role: 'user', content: 'plain' },
    ]);
  });

  it('keeps the images through the json_object fallback, user-role tool results and a repair', () => {
    const sys: ApiMessage = { role: 'system', content: 'rules' };
    const convo: ApiMessage[] = [
      sys,
      user,
      { role: 'assistant', content: null, function_call: { name: 'read_file', arguments: '{}' } },
      { role: 'function', name: 'read_file', content: 'text' },
    ];
    const sent = toWire(
      messagesFor(repairMessages(convo, 'json_object', '{', 'not JSON'), 'json_object', 'user'),
    );
    expect((sent[1] as { content: unknown[] }).content).toHaveLength(3);
    expect(sent.slice(2).every((m) => typeof (m as { content: unknown }).content === 'string')).toBe(true);
  });
});
