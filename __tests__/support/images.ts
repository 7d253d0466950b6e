/** Small, well-formed image files for the tests, built byte by byte (no image library). */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A complete PNG of `width`×`height` grey pixels of `shade` (decodable by any reader). */
export function pngImage(width: number, height: number, shade = 0x80): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, shade)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A complete PNG of about `bytes` bytes: `pngImage`'s pixels with a tEXt chunk of incompressible
 * filler before IEND (still a valid file), for images over the contents API's 1 MB of JSON.
 */
export function largePngImage(width: number, height: number, bytes: number): Buffer {
  const small = pngImage(width, height);
  const iend = small.subarray(small.length - 12);
  const filler = Buffer.alloc(Math.max(0, bytes - small.length - 12));
  // A keyword, its NUL, then Latin-1 text: bytes 0x20..0xff vary, so nothing shrinks it.
  Buffer.from('Comment\0', 'latin1').copy(filler);
  for (let i = 8; i < filler.length; i++) filler[i] = 0x20 + ((i * 131) % 0xe0);
  return Buffer.concat([small.subarray(0, small.length - 12), pngChunk('tEXt', filler), iend]);
}

/** A GIF89a header with its logical screen size, a one-colour table and an empty image. */
export function gifImage(width: number, height: number): Buffer {
  const b = Buffer.alloc(13);
  b.write('GIF89a', 0, 'ascii');
  b.writeUInt16LE(width, 6);
  b.writeUInt16LE(height, 8);
  return Buffer.concat([b, Buffer.from([0x3b])]);
}

/** A baseline JPEG's segments up to its frame header: SOI, APP0 (JFIF), SOF0, then EOI. */
export function jpegImage(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

function riff(chunk: string, data: Buffer): Buffer {
  const head = Buffer.alloc(20);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(12 + data.length, 4);
  head.write('WEBP', 8, 'ascii');
  head.write(chunk, 12, 'ascii');
  head.writeUInt32LE(data.length, 16);
  return Buffer.concat([head, data]);
}

/** A WebP header in one of its three layouts: lossy (VP8), lossless (VP8L) or extended (VP8X). */
export function webpImage(width: number, height: number, layout: 'VP8 ' | 'VP8L' | 'VP8X'): Buffer {
  if (layout === 'VP8 ') {
    const d = Buffer.alloc(10);
    d[3] = 0x9d;
    d[4] = 0x01;
    d[5] = 0x2a;
    d.writeUInt16LE(width, 6);
    d.writeUInt16LE(height, 8);
    return riff('VP8 ', d);
  }
  if (layout === 'VP8L') {
    const d = Buffer.alloc(5);
    d[0] = 0x2f;
    d.writeUInt32LE(((width - 1) | ((height - 1) << 14)) >>> 0, 1);
    return riff('VP8L', d);
  }
  const d = Buffer.alloc(10);
  d.writeUIntLE(width - 1, 4, 3);
  d.writeUIntLE(height - 1, 7, 3);
  return riff('VP8X', d);
}
