/** The repository configuration file's text to its validated settings. */
import { isAlias, isMap, isScalar, LineCounter, Parser, parseDocument, type Node } from 'yaml';
import { MAX_INSTRUCTIONS_CHARS } from '../settings/model-policy.ts';
import { closest } from '../settings/suggest.ts';
import {
  INSTRUCTION_ROLES,
  MAX_IMAGE_BYTES,
  REPOSITORY_TOOLS,
  SECOND_LOOK,
  TEMPERATURE_RANGE,
  TOP_P_RANGE,
  type InstructionRole,
} from '../settings/settings.ts';
import { triggerPhraseError } from '../settings/checks.ts';
import { EFFORTS, SEVERITIES, type Effort, type PathInstruction, type Severity } from '../types.ts';
import { valueReader } from './values.ts';
import { MAX_CONFIG_DEPTH, short, tooDeep } from './yaml.ts';

/** The file's settings, validated; a key the file does not set is absent. */
export interface RepoConfig {
  instructions?: string;
  pathInstructions?: PathInstruction[];
  exclude?: string[];
  include?: string[];
  minSeverity?: Severity;
  maxComments?: number;
  maxImageBytes?: number;
  reasoningEffort?: Effort;
  repositoryTools?: (typeof REPOSITORY_TOOLS)[number];
  secondLook?: (typeof SECOND_LOOK)[number];
  language?: string;
  triggerPhrase?: string;
  suggestPathInstructions?: boolean;
  temperature?: number;
  topP?: number;
  instructionRole?: InstructionRole;
  describe?: boolean;
  diagram?: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The keys, in the order the README documents them. */
export const CONFIG_KEYS = [
  'instructions',
  'path_instructions',
  'exclude',
  'include',
  'min-severity',
  'max-comments',
  'max-image-bytes',
  'reasoning-effort',
  'repository-tools',
  'second-look',
  'language',
  'trigger-phrase',
  'suggest-path-instructions',
  'temperature',
  'top-p',
  'instruction-role',
  'describe',
  'diagram',
] as const;

/**
 * Parses and validates a configuration file. Every problem is reported at once, each with its line,
 * e.g. `.github/vtrix-review.yml line 4: min-severity must be one of …; got 'blocker'`.
 */
export function parseConfig(text: string, file: string): RepoConfig {
  const lines = new LineCounter();
  const at = (offset: number | undefined): string => `${file} line ${lines.linePos(offset ?? 0).line}`;
  // The parser's syntax tree is built without recursion; it is checked before the document is built.
  const parsed = [...new Parser(lines.addNewLine).parse(text)];
  const deep = tooDeep(parsed);
  if (deep !== null) {
    throw new ConfigError(
      `${at(deep)}: lists and mappings are nested more than ${MAX_CONFIG_DEPTH} deep; a configuration file needs at most 3 (path_instructions: - path: …). Remove the extra brackets or indentation levels.`,
    );
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const errors: string[] = [];
  const err = (node: Node | null | undefined, message: string): void => {
    errors.push(`${at(node?.range?.[0])}: ${message}`);
  };
  for (const e of doc.errors) {
    errors.push(`${at(e.pos[0])}: ${e.message.split('\n')[0]} (the file is not valid YAML).`);
  }
  if (errors.length > 0) throw new ConfigError(errors.join('\n'));

  const root = doc.contents;
  const config: RepoConfig = {};
  if (root === null || (isScalar(root) && root.value === null)) return config; // empty or comments only
  if (!isMap(root)) {
    err(root, `the file must be a mapping of settings (key: value), such as \`min-severity: major\`.`);
    throw new ConfigError(errors.join('\n'));
  }

  const read = valueReader(err);
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : null;
    const value = pair.value as Node | null;
    if (key === null) {
      err(keyNode, 'keys must be plain names such as `min-severity`.');
      continue;
    }
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      const guess = closest(key, CONFIG_KEYS);
      err(
        keyNode,
        `unknown key '${short(key)}'.${guess ? ` Did you mean '${guess}'?` : ''} Known keys: ${CONFIG_KEYS.join(', ')}.`,
      );
      continue;
    }
    const where = value ?? keyNode;
    if (isAlias(value)) {
      err(value, `${key}: YAML aliases (*name) are not supported here; write the value out.`);
      continue;
    }
    switch (key as (typeof CONFIG_KEYS)[number]) {
      case 'instructions':
        set('instructions', read.text(key, value, where));
        break;
      case 'language':
        set('language', read.language(key, value, where));
        break;
      case 'exclude':
      case 'include':
        set(key as 'exclude' | 'include', read.globs(key, value, where));
        break;
      case 'path_instructions':
        set('pathInstructions', read.pathInstructions(value, where));
        break;
      case 'min-severity':
        set('minSeverity', read.oneOf(key, SEVERITIES, value, where));
        break;
      case 'reasoning-effort':
        set('reasoningEffort', read.oneOf(key, EFFORTS, value, where));
        break;
      case 'repository-tools':
        set('repositoryTools', read.oneOf(key, REPOSITORY_TOOLS, value, where));
        break;
      case 'second-look':
        set('secondLook', read.oneOf(key, SECOND_LOOK, value, where));
        break;
      case 'max-comments':
        set('maxComments', read.maxComments(value, where));
        break;
      case 'max-image-bytes':
        set('maxImageBytes', read.wholeNumber(key, MAX_IMAGE_BYTES, value, where));
        break;
      case 'trigger-phrase': {
        const phrase = read.text(key, value, where);
        const problem = phrase === null ? null : triggerPhraseError(phrase, key);
        if (problem) err(where, problem);
        else set('triggerPhrase', phrase);
        break;
      }
      case 'suggest-path-instructions':
        set('suggestPathInstructions', read.bool(key, value, where));
        break;
      case 'temperature':
        set('temperature', read.decimal(key, TEMPERATURE_RANGE, '0.2', value, where));
        break;
      case 'top-p':
        set('topP', read.decimal(key, TOP_P_RANGE, '0.9', value, where));
        break;
      case 'instruction-role':
        set('instructionRole', read.oneOf(key, INSTRUCTION_ROLES, value, where));
        break;
      case 'describe':
        set('describe', read.bool(key, value, where));
        break;
      case 'diagram':
        set('diagram', read.bool(key, value, where));
        break;
    }
  }

  const total =
    (config.instructions?.length ?? 0) +
    (config.pathInstructions ?? []).reduce((n, p) => n + p.path.length + p.instructions.length, 0);
  if (total > MAX_INSTRUCTIONS_CHARS) {
    errors.push(
      `${file}: instructions and path_instructions are ${total} characters together; keep them under ${MAX_INSTRUCTIONS_CHARS}: they are sent with the model requests, so long guidance crowds out the diff and multiplies the cost.`,
    );
  }
  if (errors.length > 0) throw new ConfigError(errors.join('\n'));
  return config;

  /** A key takes the value read, unless it was wrong. */
  function set<K extends keyof RepoConfig>(k: K, v: RepoConfig[K] | null): void {
    if (v !== null) config[k] = v;
  }
}
