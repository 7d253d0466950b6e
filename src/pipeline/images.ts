import type { Logger } from '../types.ts';
import type { FileDiff } from '../diff/types.ts';
import type { FilterOptions } from '../filter/filter.ts';
import type { BaseEntry } from '../repo/base.ts';
import { imageTypeOfPath, readImageSize, IMAGE_TYPES } from '../images/format.ts';
import { imageTokens } from '../images/tokens.ts';
import { hasOldVersion, imageCandidates } from '../images/select.ts';
import { NO_IMAGES, type ImageFile, type ImageVersion, type ReadImages } from '../images/pack.ts';

/**
 * Reads one version of a changed file: `new` at the head commit, `old` at the commit the reviewed
 * diff starts from, through the contents API or git objects (never the workspace, which may hold
 * anything), as bytes; at most `maxBytes`, else its size.
 */
export type ReadImage = (path: string, side: 'new' | 'old', maxBytes: number) => Promise<BaseEntry>;

/**
 * The largest image read: OpenAI's limit of 20 MB per image (the vtrix reference gives none). The
 * contents API serves a file over 1 MB with the raw media type, up to 100 MB.
 */
export const MAX_IMAGE_FILE_BYTES = 20_000_000;
/** Image files read per run at most: each version is one GitHub request. */
export const MAX_IMAGE_FILES = 20;

export interface ImageOptions extends FilterOptions {
  /** All image bytes a run may send; 0: none. */
  maxImageBytes: number;
  readImage?: ReadImage;
}

/**
 * The changed PNG, JPEG, GIF and WebP files, in path order, while the run's byte budget lasts: each
 * new version, and the old one beside a modified image when it still fits. A file whose bytes are not
 * the image its extension names, or that does not fit, is listed as not reviewed with the reason.
 */
export async function readImages(
  files: readonly FileDiff[],
  o: ImageOptions,
  log: Logger,
): Promise<ReadImages> {
  if (!o.readImage || o.maxImageBytes <= 0) return NO_IMAGES;
  const read = o.readImage;
  const candidates = imageCandidates(files, o);
  if (candidates.length === 0) return NO_IMAGES;
  const out: ImageFile[] = [];
  const notReviewed: { path: string; reason: string }[] = [];
  let left = o.maxImageBytes;
  const budgetNote = `the run's image budget (\`max-image-bytes: ${o.maxImageBytes}\`)`;
  for (const [k, f] of candidates.entries()) {
    if (k >= MAX_IMAGE_FILES) {
      notReviewed.push({
        path: f.path,
        reason: `image not reviewed: at most ${MAX_IMAGE_FILES} images are read per run`,
      });
      continue;
    }
    const got = await version(read, f.path, 'new', left);
    if (typeof got === 'string') {
      notReviewed.push({ path: f.path, reason: `image not reviewed: ${got}` });
      continue;
    }
    left -= got.bytes;
    const versions: ImageVersion[] = [got];
    if (hasOldVersion(f)) {
      const oldPath = f.oldPath ?? f.path;
      const old = await version(read, oldPath, 'old', left);
      if (typeof old === 'string')
        log.info(`Images: the old version of ${oldPath} is not shown beside the new: ${old}.`);
      else if (old.base64 !== got.base64) {
        left -= old.bytes;
        versions.push(old);
      }
    }
    out.push({ file: f, versions });
  }
  const shown = out.reduce((n, f) => n + f.versions.length, 0);
  log.info(
    `Images: ${out.length} of ${candidates.length} changed image file(s) read (${shown} version(s), ${o.maxImageBytes - left} bytes).`,
  );
  return { files: out, notReviewed };

  /** One version, or why it cannot be shown. */
  async function version(
    r: ReadImage,
    path: string,
    side: 'new' | 'old',
    room: number,
  ): Promise<ImageVersion | string> {
    const type = imageTypeOfPath(path);
    if (!type) return `${path} is not a PNG, JPEG, GIF or WebP file`;
    let entry: BaseEntry;
    try {
      entry = await r(path, side, Math.min(MAX_IMAGE_FILE_BYTES, room));
    } catch (e) {
      return `it could not be read (${e instanceof Error ? e.message : String(e)})`;
    }
    if (entry.kind === 'too-large') {
      return entry.size > MAX_IMAGE_FILE_BYTES
        ? `it is ${entry.size} bytes, over the ${MAX_IMAGE_FILE_BYTES} bytes an image may have`
        : `its ${entry.size} bytes are over what is left of ${budgetNote}`;
    }
    if (entry.kind !== 'file')
      return `it is not a file at the ${side === 'new' ? 'head' : 'base'} commit (${entry.kind})`;
    const bytes = Buffer.from(entry.bytes);
    if (bytes.length > room) return `its ${bytes.length} bytes are over what is left of ${budgetNote}`;
    const size = readImageSize(bytes, type);
    if (!size) return `its bytes are not a well-formed ${IMAGE_TYPES[type]} image`;
    return {
      side,
      path,
      type,
      base64: bytes.toString('base64'),
      bytes: bytes.length,
      width: size.width,
      height: size.height,
      tokens: imageTokens(size.width, size.height),
    };
  }
}
