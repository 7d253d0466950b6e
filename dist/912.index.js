export const id = 912;
export const ids = [912];
export const modules = {

/***/ 94367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ imageTypeOfPath),
/* harmony export */   eG: () => (/* binding */ IMAGE_TYPES),
/* harmony export */   px: () => (/* binding */ readImageSize)
/* harmony export */ });
/* unused harmony export sniffImageType */
/** The image formats the model reads (the chat-completions API's image inputs); SVG is text and stays so. */
const IMAGE_TYPES = {
    png: 'image/png',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
};
const BY_EXTENSION = {
    png: 'png',
    jpg: 'jpeg',
    jpeg: 'jpeg',
    gif: 'gif',
    webp: 'webp',
};
/** The image type a path's extension names (any case), or null. */
function imageTypeOfPath(path) {
    const m = /\.([a-z0-9]+)$/i.exec(path);
    return m ? (BY_EXTENSION[m[1].toLowerCase()] ?? null) : null;
}
/** The image type the bytes' signature shows, or null. */
function sniffImageType(b) {
    const at = (i, s) => s.every((x, k) => b[i + k] === x);
    if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
        return 'png';
    if (at(0, [0xff, 0xd8, 0xff]))
        return 'jpeg';
    if (at(0, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61)
        return 'gif';
    if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50]))
        return 'webp';
    return null;
}
/**
 * The image's type and pixel size, read from its header; null when the bytes are not a well-formed
 * image of the type `expected` (from the path) says, or their size cannot be found: such a file is
 * never sent, since the API would refuse the whole request.
 */
function readImageSize(b, expected) {
    const type = sniffImageType(b);
    if (type !== expected)
        return null;
    const size = type === 'png' ? png(b) : type === 'gif' ? gif(b) : type === 'webp' ? webp(b) : jpeg(b);
    if (!size || size.width <= 0 || size.height <= 0)
        return null;
    return { type, ...size };
}
const u16be = (b, i) => (b[i] << 8) | b[i + 1];
const u16le = (b, i) => b[i] | (b[i + 1] << 8);
const u24le = (b, i) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b, i) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];
/** PNG: the first chunk is IHDR, width and height as 32-bit big-endian numbers. */
function png(b) {
    if (b.length < 24 || String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR')
        return null;
    return { width: u32be(b, 16), height: u32be(b, 20) };
}
/** GIF: the logical screen size, 16-bit little-endian, right after the signature. */
function gif(b) {
    if (b.length < 10)
        return null;
    return { width: u16le(b, 6), height: u16le(b, 8) };
}
/** WebP: a lossy (VP8), lossless (VP8L) or extended (VP8X) first chunk, each with its own layout. */
function webp(b) {
    if (b.length < 25)
        return null;
    const chunk = String.fromCharCode(b[12], b[13], b[14], b[15]);
    if (chunk === 'VP8 ') {
        if (b.length < 30)
            return null;
        // A key frame's start code, then 14-bit width and height (the top two bits are the scale).
        if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a)
            return null;
        return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    }
    if (chunk === 'VP8L') {
        if (b[20] !== 0x2f)
            return null;
        const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
        return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8X')
        return b.length < 30 ? null : { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
    return null;
}
/**
 * JPEG: walks the marker segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC),
 * which holds the height then the width.
 */
function jpeg(b) {
    let i = 2;
    while (i + 4 <= b.length) {
        if (b[i] !== 0xff)
            return null;
        const marker = b[i + 1];
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
        if (marker === 0xd8 || marker === 0xd9 || marker === 0xda)
            return null;
        const len = u16be(b, i + 2);
        if (len < 2)
            return null;
        const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
        if (isFrame) {
            if (i + 9 > b.length || len < 7)
                return null;
            return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
        }
        i += 2 + len;
    }
    return null;
}


/***/ }),

/***/ 57912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hasOldVersion: () => (/* binding */ hasOldVersion),
/* harmony export */   imageCandidates: () => (/* binding */ imageCandidates)
/* harmony export */ });
/* harmony import */ var _filter_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58630);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94367);


/**
 * The changed files that may be sent as images: PNG, JPEG, GIF and WebP files (by extension; their
 * bytes are checked when read) that exist at the head, that the owner's `exclude` does not name and,
 * when `include` is set, that it names. The default excludes skip them as text; this is how they are
 * reviewed instead. Symbolic links and submodules are not images. In path order.
 */
function imageCandidates(files, o) {
    const excluded = o.exclude.map((g) => (0,_filter_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .SO)(g));
    const included = o.include.map((g) => (0,_filter_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .SO)(g));
    return files
        .filter((f) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .imageTypeOfPath */ .OA)(f.path) !== null &&
        f.status !== 'deleted' &&
        !f.unreadable &&
        f.newMode !== '120000' &&
        f.newMode !== '160000' &&
        !excluded.some((m) => m(f.path)) &&
        (included.length === 0 || included.some((m) => m(f.path))))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Whether a file also has an old version worth showing beside the new one. */
function hasOldVersion(f) {
    return f.status === 'modified' || f.status === 'renamed' || f.status === 'copied';
}


/***/ })

};
