import type { FileDiff } from '../diff/types.ts';
import type { SkippedFile } from '../filter/filter.ts';
import type { ImageType } from './format.ts';

/** One version of an image file as read: `new` at the head commit, `old` at the base. */
export interface ImageVersion {
  side: 'new' | 'old';
  /** The path on that side (a renamed file's old version has its old path). */
  path: string;
  type: ImageType;
  base64: string;
  bytes: number;
  width: number;
  height: number;
  /** See images/tokens.ts. */
  tokens: number;
}

/** A changed image file with the versions to show, new first. */
export interface ImageFile {
  file: FileDiff;
  versions: ImageVersion[];
}

/** What reading the images found: the files to show, and those that will not be, with the reason. */
export interface ReadImages {
  files: ImageFile[];
  notReviewed: SkippedFile[];
}

export const NO_IMAGES: ReadImages = { files: [], notReviewed: [] };
