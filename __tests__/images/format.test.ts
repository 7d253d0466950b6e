import { imageTypeOfPath, readImageSize, sniffImageType } from '../../src/images/format.ts';
import { imageTokens } from '../../src/images/tokens.ts';
import { gifImage, jpegImage, pngImage, webpImage } from '../support/images.ts';

describe('imageTypeOfPath', () => {
  it('names PNG, JPEG, GIF and WebP by extension in any case, and nothing else', () => {
    expect(imageTypeOfPath('ui/Logo.PNG')).toBe('png');
    expect(imageTypeOfPath('a.jpg')).toBe('jpeg');
    expect(imageTypeOfPath('a.JPEG')).toBe('jpeg');
    expect(imageTypeOfPath('a.gif')).toBe('gif');
    expect(imageTypeOfPath('a.webp')).toBe('webp');
    expect(imageTypeOfPath('icon.svg')).toBeNull();
    expect(imageTypeOfPath('a.png.txt')).toBeNull();
    expect(imageTypeOfPath('png')).toBeNull();
  });
});

describe('readImageSize', () => {
  it('reads a PNG header', () => {
    expect(readImageSize(pngImage(640, 480), 'png')).toEqual({ type: 'png', width: 640, height: 480 });
  });

  it('reads a JPEG frame header past other segments and fill bytes', () => {
    expect(readImageSize(jpegImage(1920, 1080), 'jpeg')).toEqual({ type: 'jpeg', width: 1920, height: 1080 });
    const j = jpegImage(300, 200);
    const filled = Buffer.concat([j.subarray(0, 2), Buffer.from([0xff, 0xff]), j.subarray(2)]);
    expect(readImageSize(filled, 'jpeg')).toEqual({ type: 'jpeg', width: 300, height: 200 });
    // A progressive frame (SOF2) counts too; a Huffman table (C4) is not a frame.
    const sof2 = Buffer.from(j);
    sof2[sof2.indexOf(0xc0, 4)] = 0xc2;
    expect(readImageSize(sof2, 'jpeg')?.width).toBe(300);
    const dht = Buffer.from(j);
    dht[dht.indexOf(0xc0, 4)] = 0xc4;
    expect(readImageSize(dht, 'jpeg')).toBeNull();
  });

  it('reads a GIF header', () => {
    expect(readImageSize(gifImage(32, 16), 'gif')).toEqual({ type: 'gif', width: 32, height: 16 });
  });

  it.each(['VP8 ', 'VP8L', 'VP8X'] as const)('reads a WebP %j header', (layout) => {
    expect(readImageSize(webpImage(1000, 700, layout), 'webp')).toEqual({
      type: 'webp',
      width: 1000,
      height: 700,
    });
  });

  it('refuses bytes that are not the type the extension names', () => {
    expect(readImageSize(pngImage(4, 4), 'jpeg')).toBeNull();
    expect(readImageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'png')).toBeNull();
    expect(sniffImageType(Buffer.from('GIF87a'))).toBe('gif');
    expect(sniffImageType(Buffer.from('GIF88a'))).toBeNull();
  });

  it('refuses corrupt and truncated files', () => {
    expect(readImageSize(pngImage(10, 10).subarray(0, 20), 'png')).toBeNull();
    const noIhdr = pngImage(10, 10);
    noIhdr.write('IDAT', 12, 'ascii');
    expect(readImageSize(noIhdr, 'png')).toBeNull();
    expect(readImageSize(pngImage(0, 10), 'png')).toBeNull();
    // A JPEG whose scan starts before any frame, or that ends, or whose segment length is broken.
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 4, 0, 0]), 'jpeg')).toBeNull();
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'jpeg')).toBeNull();
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 0, 0]), 'jpeg')).toBeNull();
    expect(readImageSize(jpegImage(30, 20).subarray(0, 24), 'jpeg')).toBeNull();
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x41]), 'jpeg')).toBeNull();
    expect(readImageSize(gifImage(5, 5).subarray(0, 8), 'gif')).toBeNull();
    const vp8 = webpImage(10, 10, 'VP8 ');
    vp8[23] = 0;
    expect(readImageSize(vp8, 'webp')).toBeNull();
    const vp8l = webpImage(10, 10, 'VP8L');
    vp8l[20] = 0;
    expect(readImageSize(vp8l, 'webp')).toBeNull();
    const other = webpImage(10, 10, 'VP8X');
    other.write('ALPH', 12, 'ascii');
    expect(readImageSize(other, 'webp')).toBeNull();
    expect(readImageSize(webpImage(10, 10, 'VP8X').subarray(0, 29), 'webp')).toBeNull();
    expect(readImageSize(webpImage(10, 10, 'VP8L').subarray(0, 24), 'webp')).toBeNull();
    expect(readImageSize(webpImage(10, 10, 'VP8 ').subarray(0, 29), 'webp')).toBeNull();
    expect(readImageSize(Buffer.alloc(0), 'png')).toBeNull();
  });
});

describe('imageTokens (OpenAI high detail: 85 + 170 per 512-px tile after scaling)', () => {
  it.each([
    // Scaled to 768×768: 2×2 tiles.
    [1024, 1024, 765],
    // 2048×4096 fits 1024×2048, then 768×1536: 2×3 tiles.
    [2048, 4096, 1105],
    // Small images are not scaled up: one tile.
    [100, 100, 255],
    [512, 512, 255],
    [513, 512, 425],
    // 1920×1080: the shortest side to 768 → 1365×768: 3×2 tiles.
    [1920, 1080, 1105],
  ])('%i×%i costs %i tokens', (w, h, tokens) => {
    expect(imageTokens(w, h)).toBe(tokens);
  });
});
