/** The repository configuration file over the settings: the workflow's own inputs win. */
import { withEffort } from '../settings/model-policy.ts';
import type { Settings } from '../settings/settings.ts';
import type { RepoConfig } from './parse.ts';

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
  if (c.instructions !== undefined && use('instructions')) out.instructions = c.instructions;
  if (c.exclude !== undefined && use('exclude')) out.exclude = c.exclude;
  if (c.include !== undefined && use('include')) out.include = c.include;
  if (c.minSeverity !== undefined && use('min-severity')) out.minSeverity = c.minSeverity;
  if (c.maxComments !== undefined && use('max-comments')) out.maxComments = c.maxComments;
  if (c.maxImageBytes !== undefined && use('max-image-bytes')) out.maxImageBytes = c.maxImageBytes;
  if (c.repositoryTools !== undefined && use('repository-tools')) out.repositoryTools = c.repositoryTools;
  if (c.secondLook !== undefined && use('second-look')) out.secondLook = c.secondLook;
  if (c.triggerPhrase !== undefined && use('trigger-phrase')) out.triggerPhrase = c.triggerPhrase;
  if (c.suggestPathInstructions !== undefined && use('suggest-path-instructions'))
    out.suggestPathInstructions = c.suggestPathInstructions;
  if (c.temperature !== undefined && use('temperature')) out.temperature = c.temperature;
  if (c.topP !== undefined && use('top-p')) out.topP = c.topP;
  if (c.instructionRole !== undefined && use('instruction-role')) out.instructionRole = c.instructionRole;
  if (c.describe !== undefined && use('describe')) out.describe = c.describe;
  if (c.diagram !== undefined && use('diagram')) out.diagram = c.diagram;
  if (c.reasoningEffort !== undefined && use('reasoning-effort') && !opts.keepEffort) {
    out = withEffort(out, c.reasoningEffort);
  }
  return out;
}
