import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  parseDocument,
  type CST,
  type Node,
} from 'yaml';
import { SEVERITIES, type Severity } from '../findings/types.ts';
import {
  closest,
  EFFORTS,
  globList,
  globProblem,
  MAX_INSTRUCTIONS_CHARS,
  withEffort,
  type Effort,
  type Settings,
} from '../settings.ts';
import type { InstructionFile, PathInstruction, TokenCounter } from '../types.ts';

/** Where the repository configuration file is read from, on the base branch, unless `config` names another. */
export const DEFAULT_CONFIG_PATH = '.github/vtrix-review.yml';

/** Instruction files other tools read, added to the owner's guidance when the base branch has them. */
export const INSTRUCTION_FILES = ['AGENTS.md', '.github/copilot-instructions.md'] as const;

/** Tokens the instruction files may take together: they go into every request. */
export const INSTRUCTION_FILES_TOKENS = 4_000;

/** A configuration file is a few lines; a larger one is a mistake (a wrong path, a generated file). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/**
 * Deepest nesting of lists and mappings a configuration file may have; it needs three (a list of
 * `{path, instructions}` under `path_instructions`). The YAML library builds nested values by
 * recursion, so a file of thousands of `[` would overflow the stack.
 */
export const MAX_CONFIG_DEPTH = 16;

/** The file's settings, validated; a key the file does not set is absent. */
export interface RepoConfig {
  instructions?: string;
  pathInstructions?: PathInstruction[];
  exclude?: string[];
  include?: string[];
  minSeverity?: Severity;
  maxComments?: number;
  reasoningEffort?: Effort;
  language?: string;
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
  'reasoning-effort',
  'language',
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
  const err = (node: Node | null | undefined, message: string, offset?: number): void => {
    errors.push(`${at(offset ?? node?.range?.[0])}: ${message}`);
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
      case 'instructions': {
        const s = text_(key, value, where);
        if (s !== null) config.instructions = s;
        break;
      }
      case 'language': {
        const s = text_(key, value, where);
        if (s === null) break;
        if (s.length > 40 || /[\n\r`<>{}]/.test(s)) {
          err(where, `language must be a language name or code such as German or de; got '${short(s)}'.`);
        } else config.language = languageName(s);
        break;
      }
      case 'exclude':
      case 'include': {
        const list = globs(key, value, where);
        if (list) config[key as 'exclude' | 'include'] = list;
        break;
      }
      case 'path_instructions': {
        const list = pathInstructions(value, where);
        if (list) config.pathInstructions = list;
        break;
      }
      case 'min-severity': {
        const s = oneOf(key, SEVERITIES, value, where);
        if (s) config.minSeverity = s;
        break;
      }
      case 'reasoning-effort': {
        const s = oneOf(key, EFFORTS, value, where);
        if (s) config.reasoningEffort = s;
        break;
      }
      case 'max-comments': {
        const n = isScalar(value) ? value.value : undefined;
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 1000) config.maxComments = n;
        else {
          // A tag (`!!float 3`, `!!str 3`) makes the value text; the quotes hint would not fit.
          const tag = isScalar(value) && typeof n === 'string' ? tagName(value.tag) : null;
          const plain = typeof n === 'string' ? n.trim() : '';
          if (tag !== null && /^\d+$/.test(plain) && Number(plain) <= 1000) {
            err(
              where,
              `max-comments must be a whole number such as ${Number(plain)}; remove the \`${tag}\` tag.`,
            );
            break;
          }
          const got = describe(value);
          const hint =
            tag !== null
              ? ` Remove the \`${tag}\` tag.`
              : /^\d+$/.test(plain)
                ? ' Write the number without quotes.'
                : '';
          err(where, `max-comments must be a whole number from 0 to 1000; got ${got}.${hint}`);
        }
        break;
      }
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

  function text_(key: string, value: Node | null, where: Node | null): string | null {
    if (isScalar(value) && typeof value.value === 'string') return value.value.trim();
    err(where, `${key} must be text; got ${describe(value)}.`);
    return null;
  }

  function oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    value: Node | null,
    where: Node | null,
  ): T | null {
    const raw = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : null;
    if (raw !== null && (allowed as readonly string[]).includes(raw.toLowerCase()))
      return raw.toLowerCase() as T;
    const guess = raw === null ? null : closest(raw, allowed);
    err(
      where,
      `${key} must be one of ${allowed.join(', ')}; got ${raw === null ? describe(value) : `'${short(raw)}'`}.${guess ? ` Did you mean '${guess}'?` : ''}`,
    );
    return null;
  }

  /** A list of globs, or one string of them separated by commas or newlines, as the inputs take. */
  function globs(key: string, value: Node | null, where: Node | null): string[] | null {
    let items: { glob: string; node: Node | null }[];
    if (isScalar(value) && typeof value.value === 'string') {
      items = globList(value.value).map((glob) => ({ glob, node: value }));
    } else if (isSeq(value)) {
      items = [];
      for (const item of value.items as (Node | null)[]) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
          items.push({ glob: item.value.trim(), node: item });
        } else err(item ?? value, `${key} entries must be globs (text); got ${describe(item)}.`);
      }
    } else {
      err(where, `${key} must be a list of globs (or one string of them); got ${describe(value)}.`);
      return null;
    }
    let ok = true;
    for (const { glob, node } of items) {
      const problem = globProblem(glob);
      if (problem) {
        err(node, `${key} has the pattern '${short(glob)}': ${problem}`);
        ok = false;
      }
    }
    return ok ? items.map((i) => i.glob) : null;
  }

  /** `glob: text` pairs, or a list of `{path, instructions}` (the form other review tools use). */
  function pathInstructions(value: Node | null, where: Node | null): PathInstruction[] | null {
    const out: PathInstruction[] = [];
    const add = (path: unknown, pathNode: Node | null, text: unknown, textNode: Node | null): void => {
      if (typeof path !== 'string' || path.trim() === '') {
        err(
          pathNode,
          `path_instructions: a path must be a glob such as src/db/**; got ${describe(pathNode)}.`,
        );
        return;
      }
      const problem = globProblem(path.trim());
      if (problem) return err(pathNode, `path_instructions has the pattern '${short(path)}': ${problem}`);
      if (typeof text !== 'string' || text.trim() === '') {
        err(
          textNode ?? pathNode,
          `path_instructions for '${short(path)}' must be text; got ${describe(textNode)}.`,
        );
        return;
      }
      out.push({ path: path.trim(), instructions: text.trim() });
    };
    if (isMap(value)) {
      for (const p of value.items) {
        const k = p.key as Node | null;
        const v = p.value as Node | null;
        add(isScalar(k) ? k.value : undefined, k, isScalar(v) ? v.value : undefined, v);
      }
    } else if (isSeq(value)) {
      for (const item of value.items as (Node | null)[]) {
        if (!isMap(item)) {
          err(
            item ?? value,
            `path_instructions entries must be mappings with path and instructions; got ${describe(item)}.`,
          );
          continue;
        }
        let path: Node | null = null;
        let text: Node | null = null;
        for (const p of item.items) {
          const k = p.key as Node | null;
          const name = isScalar(k) ? String(k.value) : '';
          if (name === 'path') path = p.value as Node | null;
          else if (name === 'instructions') text = p.value as Node | null;
          else {
            const guess = closest(name, ['path', 'instructions']);
            err(
              k,
              `path_instructions entries take path and instructions; got '${short(name)}'.${guess ? ` Did you mean '${guess}'?` : ''}`,
            );
          }
        }
        if (path === null)
          err(item, 'path_instructions entry without a path (the glob of the files it is for).');
        else
          add(
            isScalar(path) ? path.value : undefined,
            path,
            isScalar(text) ? text.value : undefined,
            text ?? item,
          );
      }
    } else {
      err(
        where,
        `path_instructions must map globs to text (src/db/**: "check every query for injection") or list {path, instructions}; got ${describe(value)}.`,
      );
      return null;
    }
    return out;
  }
}

/** A tag as it was written: `!!float` for `tag:yaml.org,2002:float`, a local tag as is. */
function tagName(tag: string | undefined): string | null {
  if (!tag) return null;
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** The offset of the first collection nested deeper than MAX_CONFIG_DEPTH, or null; without recursion. */
function tooDeep(tokens: CST.Token[]): number | null {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (!t) continue;
    if (t.type === 'document') stack.push([t.value, depth]);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth + 1 > MAX_CONFIG_DEPTH) return t.offset;
      for (const item of t.items) {
        stack.push([item.value, depth + 1]);
        if ('key' in item) stack.push([item.key, depth + 1]);
      }
    }
  }
  return null;
}

/** A value as an error names it: its type, and the value when short. */
function describe(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing (null)';
    if (typeof v === 'string') return `the text '${short(v)}'`;
    return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : 'the value'} ${String(v)}`;
  }
  return 'an unsupported value';
}

function short(v: string): string {
  const one = v.replace(/\r?\n/g, '\\n');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

const LANGUAGES: Record<string, string> = {
  ar: 'Arabic',
  cs: 'Czech',
  da: 'Danish',
  de: 'German',
  el: 'Greek',
  en: 'English',
  es: 'Spanish',
  fi: 'Finnish',
  fr: 'French',
  he: 'Hebrew',
  hi: 'Hindi',
  hu: 'Hungarian',
  id: 'Indonesian',
  it: 'Italian',
  ja: 'Japanese',
  ko: 'Korean',
  nl: 'Dutch',
  no: 'Norwegian',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  ru: 'Russian',
  sv: 'Swedish',
  th: 'Thai',
  tr: 'Turkish',
  uk: 'Ukrainian',
  vi: 'Vietnamese',
  zh: 'Chinese',
};

/** `de` → German, `pt-BR` → Portuguese (pt-BR); a name is kept as written. */
export function languageName(raw: string): string {
  const code = /^([a-z]{2})(?:[-_]([a-z]{2,4}))?$/i.exec(raw.trim());
  const name = code ? LANGUAGES[code[1]!.toLowerCase()] : undefined;
  if (!name) return raw.trim();
  return code![2] ? `${name} (${raw.trim()})` : name;
}

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
  if (c.reasoningEffort !== undefined && use('reasoning-effort') && !opts.keepEffort) {
    out = withEffort(out, c.reasoningEffort);
  }
  return out;
}

export { pathInstructionsFor } from '../filter/path-instructions.ts';

/**
 * Instruction files cut to `budget` tokens together, in the order given; a cut file says so, and a file
 * past the budget is left out with a note, so the model knows it saw only part.
 */
export function boundInstructionFiles(
  files: InstructionFile[],
  count: TokenCounter,
  budget: number = INSTRUCTION_FILES_TOKENS,
): InstructionFile[] {
  const present = files.map((f) => ({ path: f.path, text: f.text.trim() })).filter((f) => f.text !== '');
  const dropped = (path: string): string =>
    `[${path} not shown: the instruction files' budget of ${budget} tokens is spent]`;
  const out: InstructionFile[] = [];
  let left = budget;
  for (const [i, f] of present.entries()) {
    // The notes of the files after this one, should this one use up the budget.
    const later = present.slice(i + 1).reduce((n, g) => n + count(dropped(g.path)), 0);
    if (left - later < 50) {
      out.push({ path: f.path, text: dropped(f.path) });
      left -= count(dropped(f.path));
      continue;
    }
    // A huge file is first cut by characters, so the tokenizer never sees megabytes.
    let keep = Math.min(f.text.length, left * 8);
    let tokens = count(f.text.slice(0, keep));
    if (keep === f.text.length && tokens <= left - later) {
      out.push(f);
      left -= tokens;
      continue;
    }
    const note = (k: number): string =>
      `\n[… ${f.path} truncated: ${f.text.length - k} more characters not shown, over the ${budget}-token budget for instruction files]`;
    // Two tokens of slack: counted apart, the text and its note can split one token differently.
    const room = left - later - count(note(f.text.length)) - 2;
    while (tokens > room && keep > 0) {
      keep = Math.floor(keep * Math.max(0.5, Math.min(0.95, room / tokens)));
      tokens = count(f.text.slice(0, keep));
    }
    out.push({ path: f.path, text: f.text.slice(0, keep) + note(keep) });
    left = later;
  }
  return out;
}
