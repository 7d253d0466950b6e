/**
 * The settings of a run: every input read and validated once (readSettings), from the pieces under
 * settings/. Importers take everything from here.
 */
import { EFFORTS, NO_GUIDANCE, SEVERITIES } from './types.ts';
import {
  API_KEY_MISSING,
  DEFAULT_TRIGGER_PHRASE,
  baseUrlError,
  budgetError,
  configPath,
  instructionsError,
  labelError,
  modelError,
  pullRequestError,
  triggerPhraseError,
} from './settings/checks.ts';
import { readGlobs } from './settings/globs.ts';
import { inputsSet } from './settings/inputs-set.ts';
import { defaultMaxTokens, MAX_OUTPUT_TOKENS, MIN_CONTEXT_WINDOW } from './settings/model-policy.ts';
import {
  DEFAULT_MAX_IMAGE_BYTES,
  INSTRUCTION_ROLES,
  InputError,
  MAX_IMAGE_BYTES,
  REPOSITORY_TOOLS,
  SECOND_LOOK,
  TEMPERATURE_RANGE,
  TOP_P_RANGE,
  type Settings,
} from './settings/settings.ts';
import { inputReader, type GetInput } from './settings/validate.ts';

export {
  INSTRUCTION_ROLES,
  InputError,
  REPOSITORY_TOOLS,
  SECOND_LOOK,
  TEMPERATURE_RANGE,
  TOP_P_RANGE,
  type InstructionRole,
  type Settings,
} from './settings/settings.ts';
export { CONFIG_INPUT_DEFAULTS, inputsSet } from './settings/inputs-set.ts';
export {
  DEFAULT_MAX_TOKENS,
  defaultMaxTokens,
  MAX_INSTRUCTIONS_CHARS,
  MAX_OUTPUT_TOKENS,
  MIN_CONTEXT_WINDOW,
  streams,
  withEffort,
} from './settings/model-policy.ts';
export { closest } from './settings/suggest.ts';

/** Whether this run offers the model its repository tools (`repository-tools`, and a deep review). */
export function toolsEnabled(s: Pick<Settings, 'repositoryTools' | 'maxToolCalls'>, deep: boolean): boolean {
  if (s.maxToolCalls === 0 || s.repositoryTools === 'never') return false;
  return s.repositoryTools === 'always' || deep;
}

/** Whether this run checks its critical and major findings once more before posting (`second-look`). */
export function secondLookEnabled(s: Pick<Settings, 'secondLook'>, deep: boolean): boolean {
  return s.secondLook === 'always' || (s.secondLook === 'deep' && deep);
}
export { globList, globProblem } from './settings/globs.ts';

/**
 * Reads and validates every input. All problems are reported together, each naming the input, what is
 * wrong and what to write instead, so one failed run is enough to fix a workflow. Secrets are never
 * quoted back.
 */
export function readSettings(get: GetInput, opts: { requireApiKey: boolean }): Settings {
  const errors: string[] = [];
  const check = (problem: string | null): void => {
    if (problem) errors.push(problem);
  };
  const { str, int, decimal, oneOf, bool, secret } = inputReader(get, errors);

  const apiKey = secret('api-key');
  if (opts.requireApiKey && apiKey === '') errors.push(API_KEY_MISSING);

  const baseUrlGiven = str('base-url', 'https://cloud.vtrix.ai/llm');
  const baseUrl = baseUrlGiven.replace(/\/+$/, '');
  check(baseUrlError(baseUrlGiven));

  const model = str('model', 'vtrix-gpt-5.3-codex');
  check(modelError(model));

  const reasoningEffort = oneOf('reasoning-effort', EFFORTS, 'medium');
  const maxTokensExplicit = get('max-tokens').trim() !== '';
  const contextWindow = int('context-window', 400_000, MIN_CONTEXT_WINDOW, 10_000_000);
  const maxTokens = int('max-tokens', defaultMaxTokens(reasoningEffort, contextWindow), 1, MAX_OUTPUT_TOKENS);
  check(budgetError(contextWindow, maxTokens));

  const instructions = get('instructions').trim();
  check(instructionsError(instructions));

  const deepReviewLabel = str('deep-review-label', 'deep-review');
  check(labelError(deepReviewLabel));

  const triggerPhrase = str('trigger-phrase', DEFAULT_TRIGGER_PHRASE);
  check(triggerPhraseError(triggerPhrase, "Input 'trigger-phrase'"));

  const pullRequest = get('pull-request').trim();
  check(pullRequest === '' ? null : pullRequestError(pullRequest));

  const settings: Settings = {
    apiKey,
    baseUrl,
    model,
    reasoningEffort,
    maxTokens,
    maxTokensExplicit,
    contextWindow,
    githubToken: secret('github-token'),
    exclude: readGlobs('exclude', get('exclude'), errors),
    include: readGlobs('include', get('include'), errors),
    instructions,
    maxComments: int('max-comments', 20, 0, 1000),
    minSeverity: oneOf('min-severity', SEVERITIES, 'minor'),
    dryRun: bool('dry-run', false),
    concurrency: int('concurrency', 4, 1, 32),
    requestTimeoutMs: int('request-timeout', 1800, 10, 7200) * 1000,
    stream: oneOf('stream', ['auto', 'true', 'false'] as const, 'auto'),
    pullRequest,
    reviewDrafts: bool('review-drafts', false),
    reviewBots: bool('review-bots', false),
    deepReviewLabel,
    deepReviewEffort: oneOf('deep-review-effort', EFFORTS, 'xhigh'),
    incremental: bool('incremental', true),
    maxRequests: int('max-requests', 0, 0, 10_000),
    maxPromptTokens: int('max-prompt-tokens', 0, 0, 1_000_000_000),
    config: configPath(get('config'), errors),
    guidance: NO_GUIDANCE,
    setInputs: inputsSet(get),
    failOn: oneOf('fail-on', ['none', ...SEVERITIES] as const, 'none'),
    fullFileContext: bool('full-file-context', true),
    maxImageBytes: int('max-image-bytes', DEFAULT_MAX_IMAGE_BYTES, 0, MAX_IMAGE_BYTES),
    repositoryTools: oneOf('repository-tools', REPOSITORY_TOOLS, 'deep'),
    secondLook: oneOf('second-look', SECOND_LOOK, 'deep'),
    maxToolCalls: int('max-tool-calls', 12, 0, 100),
    maxToolResultTokens: int('max-tool-result-tokens', 20_000, 500, 100_000),
    triggerPhrase,
    suggestPathInstructions: bool('suggest-path-instructions', false),
    temperature: decimal('temperature', TEMPERATURE_RANGE, '0.2'),
    topP: decimal('top-p', TOP_P_RANGE, '0.9'),
    instructionRole: oneOf('instruction-role', INSTRUCTION_ROLES, 'auto'),
    describe: bool('describe', false),
    diagram: bool('diagram', false),
  };
  if (errors.length > 0) throw new InputError(errors.join('\n'));
  return settings;
}
