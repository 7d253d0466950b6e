export const id = 985;
export const ids = [985];
export const modules = {

/***/ 37985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ badPath),
/* harmony export */   F: () => (/* binding */ normalPath)
/* harmony export */ });
/**
 * A read-only view of the repository at the reviewed commit, for the tools the model may call (issue
 * 14). Two implementations: the snapshot of the head commit's tarball (`snapshot.ts`), and the git
 * objects at a commit (`git.ts`: the command line's repository, and the action's workspace when it
 * holds the head commit). Every path is repository-relative with `/` separators; nothing outside the
 * repository can be named, and symbolic links are never followed out of it. Nothing here is executed.
 */
/** The reason a path written by the model (or a PR) is refused before any lookup, or null when it is fine. */
function badPath(path) {
    if (typeof path !== 'string' || path === '')
        return 'the path is empty';
    if (path.includes('\0'))
        return 'the path holds a NUL character';
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\'))
        return 'absolute paths are refused: give a path relative to the repository root';
    if (path.split(/[\\/]/).includes('..'))
        return '`..` is refused: give a path inside the repository';
    return null;
}
/** A repository-relative path in canonical form (no `./`, no doubled or trailing `/`). */
function normalPath(path) {
    return path
        .replace(/\\/g, '/')
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}


/***/ })

};
