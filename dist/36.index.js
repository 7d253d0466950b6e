export const id = 36;
export const ids = [36];
export const modules = {

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withRepoConfig: () => (/* binding */ withRepoConfig)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45507);

/**
 * The settings with the repository's configuration file and instruction files applied, read with
 * `read` from `where` (the base commit: a pull request cannot change its own review rules). A missing
 * default file is fine; a missing file that `config` names, or an invalid file, is an error.
 * `configWhere`: where a file `config` names comes from, when not `where` (the command line's
 * `--config FILE`). `trusted: false`: `where` is not a trusted revision (the command line's working
 * tree, on request), and the prompt says so instead of calling the files trusted.
 */
async function withRepoConfig(s, read, where, o) {
    const explicit = s.config !== '';
    const path = explicit ? s.config : _config_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_PATH;
    const configWhere = (explicit && o.configWhere) || where;
    const [text, ...files] = await Promise.all([
        read(path).catch((e) => {
            if (explicit)
                throw e;
            o.log.warning(`Could not read ${path} from ${configWhere} (${e.message}): reviewing with the inputs alone.`);
            return null;
        }),
        ..._config_js__WEBPACK_IMPORTED_MODULE_0__.INSTRUCTION_FILES.map((f) => read(f).catch((e) => {
            o.log.warning(`Could not read ${f} from ${where} (${e.message}): reviewing without it.`);
            return null;
        })),
    ]);
    let config = {};
    if (text === null) {
        if (explicit) {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(`The configuration file '${path}' named by input 'config' does not exist on ${configWhere}. Commit it to the base branch, fix the path, or leave 'config' empty to use ${_config_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_CONFIG_PATH} when present.`);
        }
    }
    else {
        if (Buffer.byteLength(text) > _config_js__WEBPACK_IMPORTED_MODULE_0__.MAX_CONFIG_BYTES) {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(`${path} is ${Buffer.byteLength(text)} bytes, over the ${_config_js__WEBPACK_IMPORTED_MODULE_0__.MAX_CONFIG_BYTES} a configuration file may have: check that 'config' names the right file.`);
        }
        config = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.parseConfig)(text, path);
        const keys = Object.keys(config);
        const overridden = OVERRIDES.filter(([key, input]) => key in config && s.setInputs.includes(input)).map(([, input]) => input);
        o.log.info(`Read ${path} from ${configWhere}${keys.length > 0 ? '' : ' (it sets nothing)'}.${overridden.length > 0 ? ` Settings given explicitly override its ${overridden.join(', ')}.` : ''}`);
    }
    const out = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.applyConfig)(s, config, { keepEffort: o.keepEffort });
    if (o.trusted === false) {
        out.guidance = {
            ...out.guidance,
            untrusted: {
                where,
                instructions: config.instructions !== undefined && !s.setInputs.includes('instructions'),
            },
        };
    }
    const found = _config_js__WEBPACK_IMPORTED_MODULE_0__.INSTRUCTION_FILES.flatMap((f, i) => (files[i] ? [{ path: f, text: files[i] }] : []));
    if (found.length > 0) {
        const bounded = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.boundInstructionFiles)(found, o.count);
        out.guidance = { ...out.guidance, instructionFiles: bounded };
        o.log.info(`Using the repository's ${found.map((f) => f.path).join(' and ')} from ${where} as review guidance.`);
    }
    return out;
}
const OVERRIDES = Object.entries(_config_js__WEBPACK_IMPORTED_MODULE_0__.OVERRIDDEN_BY);


/***/ })

};
