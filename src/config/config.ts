/**
 * The repository configuration file (and the instruction files read with it): where it is, how large
 * it may be, and the pieces that parse it and apply it over the settings. Importers take everything
 * from here; reading it from the repository is load.ts.
 */

/** Where the repository configuration file is read from, on the base branch, unless `config` names another. */
export const DEFAULT_CONFIG_PATH = '.github/vtrix-review.yml';

/** A configuration file is a few lines; a larger one is a mistake (a wrong path, a generated file). */
export const MAX_CONFIG_BYTES = 256 * 1024;

export { parseConfig, ConfigError, CONFIG_KEYS, type RepoConfig } from './parse.ts';
export { MAX_CONFIG_DEPTH } from './yaml.ts';
export { languageName } from './language.ts';
export { applyConfig, OVERRIDDEN_BY } from './apply.ts';
export { boundInstructionFiles, INSTRUCTION_FILES, INSTRUCTION_FILES_TOKENS } from './instruction-files.ts';
export { pathInstructionsFor } from '../filter/path-instructions.ts';
