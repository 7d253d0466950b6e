export const id = 443;
export const ids = [443];
export const modules = {

/***/ 39443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UNICODE_PRETOKEN: () => (/* binding */ UNICODE_PRETOKEN),
/* harmony export */   countTokens: () => (/* binding */ countTokens),
/* harmony export */   createTokenCounter: () => (/* binding */ createTokenCounter)
/* harmony export */ });
/* harmony import */ var gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15359);

// Diffs are data: `<|endoftext|>` in a diff is text to count, not a special token to reject.
const AS_TEXT = { disallowedSpecial: new Set() };
// BPE is quadratic in the length of one pre-token; a 1 MB minified line (or a line of 60 KB of
// spaces) would take minutes. Such runs are the only long pre-tokens.
const LONG_RUN = /\S{400}|[^\S\n]{400}/;
const SLICE = 200;
/**
 * Tokens of `text` in the o200k encoding of the GPT-5 family. Runs of 400+ non-space (or space)
 * characters are counted in slices, which can only over-count slightly: safe for budgeting, and
 * linear in time.
 */
function countTokens(text) {
    if (text.length < 400 || !LONG_RUN.test(text))
        return (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(text, AS_TEXT);
    let total = 0;
    let plain = '';
    for (const line of text.split('\n')) {
        if (line.length >= 400 && LONG_RUN.test(line)) {
            for (let i = 0; i < line.length; i += SLICE)
                total += (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(line.slice(i, i + SLICE), AS_TEXT);
            total += 1; // the newline
        }
        else {
            plain += line + '\n';
            if (plain.length > 1 << 20) {
                total += (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(plain, AS_TEXT);
                plain = '';
            }
        }
    }
    return total + (plain ? (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(plain, AS_TEXT) : 0);
}
// Positions where o200k's pre-tokenizer always cuts, whatever surrounds them, so that counts of the
// pieces add up exactly to the count of the whole:
//  - after a newline followed by an ASCII letter or digit: no pre-token pattern holds a newline and
//    then a letter or digit (punctuation takes trailing `[\r\n/]*`, whitespace takes only whitespace);
//  - after an ASCII digit followed by a space: only the digit pattern holds digits, and only digits.
// A rendered diff line (`12 +code`, `L7 -code`) is thus cut into its number and the rest, and the
// rest repeats: the same code is counted once however many times, and at whatever line, it appears.
const CUT = /\n(?=[A-Za-z0-9])|[0-9](?= )/g; // lastIndex after a match is the cut
// o200k's pre-tokenizer, as in tiktoken and gpt-tokenizer. On ASCII text the same pattern with its
// Unicode classes narrowed to ASCII cuts exactly the same pre-tokens, and V8 runs it four times faster.
const SUFFIX = "(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?";
const UPPER = '[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]';
const LOWER = '[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]';
const UNICODE_PRETOKEN = new RegExp(`[^\\r\\n\\p{L}\\p{N}]?${UPPER}*${LOWER}+${SUFFIX}|[^\\r\\n\\p{L}\\p{N}]?${UPPER}+${LOWER}*${SUFFIX}|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+`, 'gu');
const ASCII_PRETOKEN = new RegExp(`[^\\r\\nA-Za-z0-9]?[A-Z]*[a-z]+${SUFFIX}|[^\\r\\nA-Za-z0-9]?[A-Z]+[a-z]*${SUFFIX}|[0-9]{1,3}| ?[^\\sA-Za-z0-9]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+`, 'g');
const NOT_ASCII = /[\u0080-\uffff]/;
/**
 * A counter for one review: `countTokens`, exact, but faster on diffs. Text is cut where o200k
 * always cuts; each segment (a line's number, a line's code) is counted once and remembered, since
 * diffs repeat lines heavily (bundles, generated code, moved code); a new ASCII segment is cut into
 * pre-tokens, each also counted once. Remembered texts keep the strings they were cut from alive,
 * so a counter serves one run and is then dropped.
 */
function createTokenCounter() {
    const segments = new Map();
    const pretokens = new Map();
    const pretoken = (s, from, to) => {
        let h = to - from;
        for (let i = from; i < to; i++)
            h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
        const first = pretokens.get(h);
        for (let e = first; e !== undefined; e = e.next) {
            if (e.text.length === to - from && s.startsWith(e.text, from))
                return e.tokens;
        }
        const text = s.slice(from, to);
        const tokens = (0,gpt_tokenizer_encoding_o200k_base__WEBPACK_IMPORTED_MODULE_0__/* .countTokens */ .ih)(text, AS_TEXT);
        pretokens.set(h, { text, tokens, next: first });
        return tokens;
    };
    const fresh = (s) => {
        if (s.length >= 400 && LONG_RUN.test(s))
            return countTokens(s);
        const re = NOT_ASCII.test(s) ? UNICODE_PRETOKEN : ASCII_PRETOKEN;
        // `test` moves `lastIndex` without building a match array: less garbage on millions of pieces.
        // Every character is in some pre-token, so the pieces tile the text.
        let n = 0;
        let from = 0;
        re.lastIndex = 0;
        while (re.test(s)) {
            n += pretoken(s, from, re.lastIndex);
            from = re.lastIndex;
        }
        return n;
    };
    const segment = (s) => {
        let n = segments.get(s);
        if (n === undefined) {
            n = fresh(s);
            segments.set(s, n);
        }
        return n;
    };
    return (text) => {
        CUT.lastIndex = 0;
        // One segment (a line of code, as the diff measure asks): its caller remembers it, not us.
        if (!CUT.test(text))
            return fresh(text);
        let total = 0;
        let from = 0;
        CUT.lastIndex = 0;
        while (CUT.test(text)) {
            total += segment(text.slice(from, CUT.lastIndex));
            from = CUT.lastIndex;
        }
        return from < text.length ? total + segment(text.slice(from)) : total;
    };
}


/***/ })

};
