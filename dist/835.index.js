export const id = 835;
export const ids = [835];
export const modules = {

/***/ 65835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gate: () => (/* binding */ gate),
/* harmony export */   gateMessage: () => (/* binding */ gateMessage)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45315);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87167);



/**
 * The findings at or above `failOn` among `open` (open findings by severity: this run's posted ones
 * plus earlier unresolved threads of ours). `none` never blocks.
 */
function gate(open, failOn) {
    if (failOn === 'none')
        return { blocking: 0, counts: '' };
    const over = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .j)(s, failOn) && (open[s] ?? 0) > 0);
    return {
        blocking: over.reduce((n, s) => n + open[s], 0),
        counts: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .countsText */ .WN)(Object.fromEntries(over.map((s) => [s, open[s]]))),
    };
}
const isSeverity = (s) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.includes(s);
/** Why the step failed, where the findings are, and why resolved threads among them still count. */
function gateMessage(g, failOn, where, held = []) {
    const reasons = new Map();
    for (const h of held)
        if (isSeverity(h.thread.sev) && (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .j)(h.thread.sev, failOn))
            reasons.set(h.why, (reasons.get(h.why) ?? 0) + 1);
    const why = [...reasons]
        .map(([text, n]) => `${n} ${n === 1 ? 'is in a thread' : 'are in threads'} ${text}`)
        .join('; ');
    const still = why ? ` Of these, ${why}, which does not clear a finding.` : '';
    return `${g.blocking} open finding${g.blocking === 1 ? '' : 's'} at or above \`fail-on: ${failOn}\` (${g.counts}): see ${where}.${still} Fix them, or have a reviewer with write access resolve their review threads once they are dealt with, and run the review again.`;
}


/***/ })

};
