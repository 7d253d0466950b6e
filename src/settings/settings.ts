import type { Effort, Guidance, Severity } from '../types.ts';

/** `repository-tools`: when the model may read the repository while it reviews. */
export const REPOSITORY_TOOLS = ['deep', 'always', 'never'] as const;
/** `second-look`: when the critical and major findings are checked once more before they are posted. */
export const SECOND_LOOK = ['deep', 'always', 'never'] as const;
/**
 * `instruction-role`: the role the instructions (the system prompt) are sent in. `auto` starts with
 * `system` and moves to `developer` when the endpoint refuses it; `developer` moves to `system` the
 * same way; `system` never moves.
 */
export const INSTRUCTION_ROLES = ['auto', 'system', 'developer'] as const;
export type InstructionRole = (typeof INSTRUCTION_ROLES)[number];

/** The sampling parameters' ranges, as the vtrix reference gives them. */
export const TEMPERATURE_RANGE = [0, 2] as const;
export const TOP_P_RANGE = [0, 1] as const;

/** Everything a run needs, read and validated once from the action inputs (or CLI flags). */
export interface Settings {
  apiKey: string;
  baseUrl: string;
  model: string;
  reasoningEffort: Effort;
  maxTokens: number;
  contextWindow: number;
  githubToken: string;
  exclude: string[];
  include: string[];
  instructions: string;
  maxComments: number;
  minSeverity: Severity;
  dryRun: boolean;
  concurrency: number;
  requestTimeoutMs: number;
  /** `max-tokens` was given; otherwise `maxTokens` follows the effort (see DEFAULT_MAX_TOKENS). */
  maxTokensExplicit: boolean;
  /** Stream responses: 'auto' streams the long (high, xhigh) requests. */
  stream: 'auto' | 'true' | 'false';
  /** `pull-request` input: a number or PR URL; empty when the event names the PR. */
  pullRequest: string;
  reviewDrafts: boolean;
  reviewBots: boolean;
  deepReviewLabel: string;
  deepReviewEffort: Effort;
  /** Review only the commits since the last review on automatic runs. */
  incremental: boolean;
  /** Run-level budget: most model requests / prompt tokens one run may use; 0 = no cap. */
  maxRequests: number;
  maxPromptTokens: number;
  /** `config` input: the repository configuration file on the base branch; '' = the default path. */
  config: string;
  /** Language, path instructions and instruction files: from the repository, once it is read. */
  guidance: Guidance;
  /** Inputs the repository configuration file may set that the workflow set (see CONFIG_INPUT_DEFAULTS). */
  setInputs: string[];
  /** Fail the step when open findings at or above this severity remain; 'none' never fails. */
  failOn: Severity | 'none';
  /** Add the full text of small changed files to requests that have room for it. */
  fullFileContext: boolean;
  /** Changed PNG, JPEG, GIF and WebP files are sent as images, in all at most this many bytes; 0 = none. */
  maxImageBytes: number;
  /** When the model may read the repository through tools: deep reviews only, always, or never. */
  repositoryTools: (typeof REPOSITORY_TOOLS)[number];
  secondLook: (typeof SECOND_LOOK)[number];
  /** Tool calls per request at most, and the longest tool result in tokens. */
  maxToolCalls: number;
  maxToolResultTokens: number;
  /** `trigger-phrase`: the mention that makes a comment on a pull request a command (`@vtrix-review help`). */
  triggerPhrase: string;
  /** A reply to a rejected finding suggests a `path_instructions` entry that would stop it across PRs. */
  suggestPathInstructions: boolean;
  /** Sampling `temperature` and `top_p` of every request; null: not sent (the provider's default). */
  temperature: number | null;
  topP: number | null;
  instructionRole: InstructionRole;
  /** `describe`: a generated section (summary, walkthrough) kept current in the PR description. */
  describe: boolean;
  /** `diagram`: with `describe`, a Mermaid sequence diagram in that section when the model gives one. */
  diagram: boolean;
}

/** `max-image-bytes`: 4 MiB by default; at most 20 images of 20 MB each (src/pipeline/images.ts). */
export const DEFAULT_MAX_IMAGE_BYTES = 4 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
  override name = 'InputError';
}
