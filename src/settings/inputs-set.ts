/** Which inputs the workflow set, so that they win over the repository configuration file. */

/**
 * action.yml's defaults of the inputs the configuration file can also set. @actions/core cannot tell a
 * default from a value the workflow wrote, so an input counts as set when it differs from its default
 * (a test checks these agree with action.yml).
 */
export const CONFIG_INPUT_DEFAULTS: Record<string, string> = {
  instructions: '',
  exclude: '',
  include: '',
  'min-severity': 'minor',
  'max-comments': '20',
  'max-image-bytes': '4194304',
  'reasoning-effort': 'medium',
  'repository-tools': 'deep',
  'second-look': 'deep',
  'trigger-phrase': '@vtrix-review',
  'suggest-path-instructions': 'false',
  temperature: '',
  'top-p': '',
  'instruction-role': 'auto',
  describe: 'false',
  diagram: 'false',
};

/** The inputs among CONFIG_INPUT_DEFAULTS given a value other than their default. */
export function inputsSet(get: (name: string) => string): string[] {
  const norm = (v: string): string => {
    const t = v.trim().toLowerCase();
    return /^\d+(?:_\d+)*$/.test(t) ? String(Number(t.replace(/_/g, ''))) : t;
  };
  return Object.entries(CONFIG_INPUT_DEFAULTS)
    .filter(([name, dflt]) => get(name).trim() !== '' && norm(get(name)) !== norm(dflt))
    .map(([name]) => name);
}
