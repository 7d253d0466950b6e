/** The image formats the model reads (the chat-completions API's image inputs); SVG is text and stays so. */
export const IMAGE_TYPES = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;
export type ImageType = keyof typeof IMAGE_TYPES;

const BY_EXTENSION: Record<string, ImageType> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
};

/** The image type a path's extension names (any case), or null. */
export function imageTypeOfPath(path: string): ImageType | null {
  const m = /\.([a-z0-9]+)$/i.exec(path);
  return m ? (BY_EXTENSION[m[1]!.toLowerCase()] ?? null) : null;
}

/** The image type the bytes' signature shows, or null. */
export function sniffImageType(b: Uint8Array): ImageType | null {
  const at = (i: number, s: number[]) => s.every((x, k) => b[i + k] === x);
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (at(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (at(0, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61) return 'gif';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return null;
}

export interface ImageSize {
  type: ImageType;
  width: number;
  height: number;
}

/**
 * The image's type and pixel size, read from its header; null when the bytes are not a well-formed
 * image of the type `expected` (from the path) says, or their size cannot be found: such a file is
 * never sent, since the API would refuse the whole request.
 */
export function readImageSize(b: Uint8Array, expected: ImageType): ImageSize | null {
  const type = sniffImageType(b);
  if (type !== expected) return null;
  const size = type === 'png' ? png(b) : type === 'gif' ? gif(b) : type === 'webp' ? webp(b) : jpeg(b);
  if (!size || size.width <= 0 || size.height <= 0) return null;
  return { type, ...size };
}

type WH = { width: number; height: number } | null;
const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

/** PNG: the first chunk is IHDR, width and height as 32-bit big-endian numbers. */
function png(b: Uint8Array): WH {
  if (b.length < 24 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

/** GIF: the logical screen size, 16-bit little-endian, right after the signature. */
function gif(b: Uint8Array): WH {
  if (b.length < 10) return null;
  return { width: u16le(b, 6), height: u16le(b, 8) };
}

/** WebP: a lossy (VP8), lossless (VP8L) or extended (VP8X) first chunk, each with its own layout. */
function webp(b: Uint8Array): WH {
  if (b.length < 25) return null;
  const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
  if (chunk === 'VP8 ') {
    if (b.length < 30) return null;
    // A key frame's start code, then 14-bit width and height (the top two bits are the scale).
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return b.length < 30 ? null : { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

/**
 * JPEG: walks the marker segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC),
 * which holds the height then the width.
 */
function jpeg(b: Uint8Array): WH {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      i++;
      continue;
    }
    // Markers without a length: TEM, RSTn; SOI again or EOI before a frame means a broken file.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd8 || marker === 0xd9 || marker === 0xda) return null;
    const len = u16be(b, i + 2);
    if (len < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 9 > b.length || len < 7) return null;
      return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
    }
    i += 2 + len;
  }
  return null;
}
