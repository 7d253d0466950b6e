export const id = 21;
export const ids = [21];
export const modules = {

/***/ 51021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ pathInstructionsFor)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58630);

/** The path instructions for a request: those whose glob matches one of its files (as the filters match). */
function pathInstructionsFor(all, paths) {
    if (all.length === 0)
        return [];
    return all.filter((p) => {
        const m = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .SO)(p.path);
        return paths.some((x) => m(x));
    });
}


/***/ })

};
