/** The repository configuration file over the settings: the workflow's own inputs win. */
import { withEffort } from '../settings/model-policy.ts';
import type { Settings } from '../settings/settings.ts';
import type { RepoConfig } from './parse.ts';

/**
 * Each key of the file that an input of the same meaning overrides, with that input's name: the one
 * list `applyConfig` copies by and the log's "settings given explicitly override its …" names.
 */
export const OVERRIDDEN_BY = {
  instructions: 'instructions',
  exclude: 'exclude',
  include: 'include',
  minSeverity: 'min-severity',
  maxComments: 'max-comments',
  maxImageBytes: 'max-image-bytes',
  reasoningEffort: 'reasoning-effort',
  repositoryTools: 'repository-tools',
  secondLook: 'second-look',
  triggerPhrase: 'trigger-phrase',
  suggestPathInstructions: 'suggest-path-instructions',
  temperature: 'temperature',
  topP: 'top-p',
  instructionRole: 'instruction-role',
  describe: 'describe',
  diagram: 'diagram',
} as const satisfies { [K in Exclude<keyof RepoConfig, 'language' | 'pathInstructions'>]-?: string };

/** The keys copied as they are (the effort goes through `withEffort`). */
type Copied = Exclude<keyof typeof OVERRIDDEN_BY, 'reasoningEffort'>;

/**
 * The settings with the file applied: a key of the file counts unless the workflow set the same input
 * (`set`: the inputs given a value other than their default). `keepEffort`: the effort was chosen by
 * the event (a deep review) and the file does not change it.
 */
export function applyConfig(s: Settings, c: RepoConfig, opts: { keepEffort: boolean }): Settings {
  const set = new Set(s.setInputs);
  const use = (input: string): boolean => !set.has(input);
  let out: Settings = {
    ...s,
    guidance: {
      ...s.guidance,
      language: c.language ?? s.guidance.language,
      pathInstructions: c.pathInstructions ?? s.guidance.pathInstructions,
    },
  };
  const copy = <K extends Copied>(key: K): void => {
    const value = c[key];
    if (value !== undefined && use(OVERRIDDEN_BY[key])) out = { ...out, [key]: value };
  };
  for (const key of Object.keys(OVERRIDDEN_BY) as (keyof typeof OVERRIDDEN_BY)[])
    if (key !== 'reasoningEffort') copy(key);
  if (c.reasoningEffort !== undefined && use('reasoning-effort') && !opts.keepEffort) {
    out = withEffort(out, c.reasoningEffort);
  }
  return out;
}
