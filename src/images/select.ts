import type { FileDiff } from '../diff/types.ts';
import type { FilterOptions } from '../filter/filter.ts';
import { compileGlob } from '../filter/glob.ts';
import { imageTypeOfPath } from './format.ts';

/**
 * The changed files that may be sent as images: PNG, JPEG, GIF and WebP files (by extension; their
 * bytes are checked when read) that exist at the head, that the owner's `exclude` does not name and,
 * when `include` is set, that it names. The default excludes skip them as text; this is how they are
 * reviewed instead. Symbolic links and submodules are not images. In path order.
 */
export function imageCandidates(files: readonly FileDiff[], o: FilterOptions): FileDiff[] {
  const excluded = o.exclude.map((g) => compileGlob(g));
  const included = o.include.map((g) => compileGlob(g));
  return files
    .filter(
      (f) =>
        imageTypeOfPath(f.path) !== null &&
        f.status !== 'deleted' &&
        !f.unreadable &&
        f.newMode !== '120000' &&
        f.newMode !== '160000' &&
        !excluded.some((m) => m(f.path)) &&
        (included.length === 0 || included.some((m) => m(f.path))),
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether a file also has an old version worth showing beside the new one. */
export function hasOldVersion(f: FileDiff): boolean {
  return f.status === 'modified' || f.status === 'renamed' || f.status === 'copied';
}
