import type { Logger, ReadFile, TokenCounter } from '../types.ts';
import type { Settings } from '../settings.ts';
import {
  applyConfig,
  OVERRIDDEN_BY,
  boundInstructionFiles,
  ConfigError,
  DEFAULT_CONFIG_PATH,
  INSTRUCTION_FILES,
  MAX_CONFIG_BYTES,
  parseConfig,
  type RepoConfig,
} from './config.ts';

/**
 * The settings with the repository's configuration file and instruction files applied, read with
 * `read` from `where` (the base commit: a pull request cannot change its own review rules). A missing
 * default file is fine; a missing file that `config` names, or an invalid file, is an error.
 * `configWhere`: where a file `config` names comes from, when not `where` (the command line's
 * `--config FILE`). `trusted: false`: `where` is not a trusted revision (the command line's working
 * tree, on request), and the prompt says so instead of calling the files trusted.
 */
export async function withRepoConfig(
  s: Settings,
  read: ReadFile,
  where: string,
  o: { keepEffort: boolean; count: TokenCounter; log: Logger; configWhere?: string; trusted?: boolean },
): Promise<Settings> {
  const explicit = s.config !== '';
  const path = explicit ? s.config : DEFAULT_CONFIG_PATH;
  const configWhere = (explicit && o.configWhere) || where;
  const [text, ...files] = await Promise.all([
    read(path).catch((e: unknown) => {
      if (explicit) throw e;
      o.log.warning(
        `Could not read ${path} from ${configWhere} (${(e as Error).message}): reviewing with the inputs alone.`,
      );
      return null;
    }),
    ...INSTRUCTION_FILES.map((f) =>
      read(f).catch((e: unknown) => {
        o.log.warning(`Could not read ${f} from ${where} (${(e as Error).message}): reviewing without it.`);
        return null;
      }),
    ),
  ]);

  let config: RepoConfig = {};
  if (text === null) {
    if (explicit) {
      throw new ConfigError(
        `The configuration file '${path}' named by input 'config' does not exist on ${configWhere}. Commit it to the base branch, fix the path, or leave 'config' empty to use ${DEFAULT_CONFIG_PATH} when present.`,
      );
    }
  } else {
    if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
      throw new ConfigError(
        `${path} is ${Buffer.byteLength(text)} bytes, over the ${MAX_CONFIG_BYTES} a configuration file may have: check that 'config' names the right file.`,
      );
    }
    config = parseConfig(text, path);
    const keys = Object.keys(config);
    const overridden = OVERRIDES.filter(([key, input]) => key in config && s.setInputs.includes(input)).map(
      ([, input]) => input,
    );
    o.log.info(
      `Read ${path} from ${configWhere}${keys.length > 0 ? '' : ' (it sets nothing)'}.${overridden.length > 0 ? ` Settings given explicitly override its ${overridden.join(', ')}.` : ''}`,
    );
  }
  const out = applyConfig(s, config, { keepEffort: o.keepEffort });
  if (o.trusted === false) {
    out.guidance = {
      ...out.guidance,
      untrusted: {
        where,
        instructions: config.instructions !== undefined && !s.setInputs.includes('instructions'),
      },
    };
  }
  const found = INSTRUCTION_FILES.flatMap((f, i) => (files[i] ? [{ path: f, text: files[i] }] : []));
  if (found.length > 0) {
    const bounded = boundInstructionFiles(found, o.count);
    out.guidance = { ...out.guidance, instructionFiles: bounded };
    o.log.info(
      `Using the repository's ${found.map((f) => f.path).join(' and ')} from ${where} as review guidance.`,
    );
  }
  return out;
}

const OVERRIDES = Object.entries(OVERRIDDEN_BY) as [keyof RepoConfig, string][];
