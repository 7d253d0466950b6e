import type { PullRequest } from '../../src/types.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  applyConfig,
  boundInstructionFiles,
  CONFIG_KEYS,
  ConfigError,
  OVERRIDDEN_BY,
  parseConfig,
  pathInstructionsFor,
  languageName,
} from '../../src/config/config.ts';
import { withRepoConfig } from '../../src/config/load.ts';
import { CONFIG_INPUT_DEFAULTS, inputsSet, readSettings, type Settings } from '../../src/settings.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { planReview } from '../../src/plan.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { systemPrompt } from '../../src/prompt/messages.ts';

const FILE = '.github/vtrix-review.yml';

function errorsOf(text: string): string[] {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message.split('\n');
  }
  throw new Error('expected a ConfigError');
}

function settings(inputs: Record<string, string> = {}): Settings {
  return readSettings((n) => inputs[n] ?? '', { requireApiKey: false });
}

describe('parseConfig', () => {
  it('reads every key, in both forms of path_instructions and of the globs', () => {
    const c = parseConfig(
      `# Review rules of this repository
instructions: |
  Prefer early returns.
  Flag every TODO.
path_instructions:
  src/db/**: check every query for injection
  "*.sql": keep migrations reversible
exclude:
  - docs/**
  - "*.snap"
include: src/**, lib/**
min-severity: Major
max-comments: 5
reasoning-effort: high
language: de
`,
      FILE,
    );
    expect(c).toEqual({
      instructions: 'Prefer early returns.\nFlag every TODO.',
      pathInstructions: [
        { path: 'src/db/**', instructions: 'check every query for injection' },
        { path: '*.sql', instructions: 'keep migrations reversible' },
      ],
      exclude: ['docs/**', '*.snap'],
      include: ['src/**', 'lib/**'],
      minSeverity: 'major',
      maxComments: 5,
      reasoningEffort: 'high',
      language: 'German',
    });
    const list = parseConfig(
      `path_instructions:\n  - path: src/api/**\n    instructions: check authorization\n`,
      FILE,
    );
    expect(list.pathInstructions).toEqual([{ path: 'src/api/**', instructions: 'check authorization' }]);
  });

  it('accepts an empty file or one with comments only', () => {
    expect(parseConfig('', FILE)).toEqual({});
    expect(parseConfig('# nothing yet\n', FILE)).toEqual({});
  });

  it('names the line of a bad value, with the allowed values and a guess', () => {
    const errors = errorsOf(`instructions: be strict\n\nexclude: []\nmin-severity: blocker\n`);
    expect(errors).toEqual([
      `${FILE} line 4: min-severity must be one of critical, major, minor, nit; got 'blocker'. Did you mean 'critical'?`,
    ]);
  });

  it('reports unknown keys with a did-you-mean, and every problem at once', () => {
    const errors = errorsOf(
      `min_severity: major\nmax-comments: "10"\nreasoning-effort: [high]\npath_instructions:\n  - path: src/**\n    instruction: x\nexclude:\n  - /abs/path.ts\n  - 3\nlanguage: 7\nfoo: 1\n`,
    );
    expect(errors).toEqual([
      `${FILE} line 1: unknown key 'min_severity'. Did you mean 'min-severity'? Known keys: instructions, path_instructions, exclude, include, min-severity, max-comments, max-image-bytes, reasoning-effort, repository-tools, second-look, language, trigger-phrase, suggest-path-instructions, temperature, top-p, instruction-role, describe, diagram.`,
      `${FILE} line 2: max-comments must be a whole number from 0 to 1000; got the text '10'. Write the number without quotes.`,
      `${FILE} line 3: reasoning-effort must be one of low, medium, high, xhigh; got a list.`,
      `${FILE} line 6: path_instructions entries take path and instructions; got 'instruction'. Did you mean 'instructions'?`,
      `${FILE} line 5: path_instructions for 'src/**' must be text; got a mapping.`,
      `${FILE} line 9: exclude entries must be globs (text); got the number 3.`,
      `${FILE} line 8: exclude has the pattern '/abs/path.ts': paths are relative to the repository root, so it never matches: use 'abs/path.ts'.`,
      `${FILE} line 10: language must be text; got the number 7.`,
      expect.stringMatching(/^\.github\/vtrix-review\.yml line 11: unknown key 'foo'\. Known keys: /),
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(errorsOf(`min-severity: major\ninclude: [src/**\n`)[0]).toMatch(
      /^\.github\/vtrix-review\.yml line \d: .*\(the file is not valid YAML\)\.$/,
    );
    expect(errorsOf(`max-comments: 3\nmax-comments: 4\n`)).toEqual([
      expect.stringMatching(/^\.github\/vtrix-review\.yml line 2: Map keys must be unique/),
    ]);
  });

  it('wants a mapping at the top', () => {
    expect(errorsOf(`- min-severity: major\n`)).toEqual([
      `${FILE} line 1: the file must be a mapping of settings (key: value), such as \`min-severity: major\`.`,
    ]);
  });

  it('bounds the instructions it sends with every request', () => {
    expect(errorsOf(`instructions: "${'x'.repeat(40_000)}"\n`)[0]).toMatch(/keep them under 32000/);
  });

  it('says to remove a tag that makes max-comments text', () => {
    expect(errorsOf(`max-comments: !!float 3\n`)).toEqual([
      `${FILE} line 1: max-comments must be a whole number such as 3; remove the \`!!float\` tag.`,
    ]);
    expect(errorsOf(`\nmax-comments: !!str 10\n`)).toEqual([
      `${FILE} line 2: max-comments must be a whole number such as 10; remove the \`!!str\` tag.`,
    ]);
    expect(errorsOf(`max-comments: !!float 3.5\n`)).toEqual([
      `${FILE} line 1: max-comments must be a whole number from 0 to 1000; got the number 3.5.`,
    ]);
    expect(errorsOf(`max-comments: !!str 5000\n`)).toEqual([
      `${FILE} line 1: max-comments must be a whole number from 0 to 1000; got the text '5000'. Remove the \`!!str\` tag.`,
    ]);
    expect(parseConfig(`max-comments: !!int 3\n`, FILE)).toEqual({ maxComments: 3 });
  });

  it('refuses deep nesting with its line before building anything from it', () => {
    for (const text of [
      `exclude: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      `min-severity: major\nexclude:\n  ${'- '.repeat(5000)}x\n`,
      `path_instructions: ${'{a: '.repeat(3000)}x${'}'.repeat(3000)}\n`,
    ]) {
      const errors = errorsOf(text);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^\.github\/vtrix-review\.yml line [1-3]: lists and mappings are nested more than 16 deep; a configuration file needs at most 3 /,
      );
    }
    // As deep as the file's keys go, and deeper than they need, is fine: the keys say what is wrong.
    expect(errorsOf(`exclude: [[[["a"]]]]\n`)).toEqual([
      `${FILE} line 1: exclude entries must be globs (text); got a list.`,
    ]);
  });

  it('refuses globs too costly to match in every key that takes globs, and suggests valid ones', () => {
    const errors = errorsOf(
      `exclude:\n  - '*a*a*a*a*a*a*a*a*a*a*b'\ninclude: '\\win\\*.ts'\npath_instructions:\n  "*(a*)b": check it\n`,
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^\.github\/vtrix-review\.yml line 2: exclude has the pattern '\*a\*a\*a\*a\*a\*a\*a\*a\*a\*a\*b': it has 11 wildcards .* Write at most 4/,
      ),
      `${FILE} line 3: include has the pattern '\\win\\*.ts': paths use '/' as the separator, and paths are relative to the repository root, so it never matches: use 'win/*.ts'.`,
      expect.stringMatching(
        /^\.github\/vtrix-review\.yml line 5: path_instructions has the pattern '\*\(a\*\)b': a repeating group/,
      ),
    ]);
    expect(parseConfig(`include: win/*.ts\n`, FILE)).toEqual({ include: ['win/*.ts'] });
  });

  it('names languages given as codes', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('pt-BR')).toBe('Portuguese (pt-BR)');
    expect(languageName('Deutsch')).toBe('Deutsch');
  });
});

describe('inputs over the file', () => {
  it('agrees with the defaults in action.yml', () => {
    const action = parse(readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    for (const [name, dflt] of Object.entries(CONFIG_INPUT_DEFAULTS))
      expect([name, action.inputs[name]?.default ?? '']).toEqual([name, dflt]);
  });

  it('counts an input as set when it differs from its default', () => {
    const get = (m: Record<string, string>) => (n: string) => m[n] ?? CONFIG_INPUT_DEFAULTS[n] ?? '';
    expect(inputsSet(get({}))).toEqual([]);
    expect(inputsSet(get({ 'min-severity': 'Minor', 'max-comments': '020' }))).toEqual([]);
    expect(inputsSet(get({ 'min-severity': 'major', exclude: 'x/**' }))).toEqual(['exclude', 'min-severity']);
  });

  it('reads max-image-bytes, which the workflow input overrides', () => {
    const file = parseConfig('max-image-bytes: 0\n', '.github/vtrix-review.yml');
    expect(file).toEqual({ maxImageBytes: 0 });
    const base = readSettings((n) => CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(base.maxImageBytes).toBe(4_194_304);
    expect(applyConfig(base, file, { keepEffort: false }).maxImageBytes).toBe(0);
    const set = readSettings((n) => (n === 'max-image-bytes' ? '1000' : (CONFIG_INPUT_DEFAULTS[n] ?? '')), {
      requireApiKey: false,
    });
    expect(applyConfig(set, file, { keepEffort: false }).maxImageBytes).toBe(1000);
    expect(errorsOf('max-image-bytes: 30000000\n')).toEqual([
      `${FILE} line 1: max-image-bytes must be a whole number from 0 to 20971520; got the number 30000000.`,
    ]);
    expect(errorsOf('max-image-bytes: "5"\n')[0]).toMatch(/Write the number without quotes/);
  });

  it('reads repository-tools, which the workflow input overrides', () => {
    const file = parseConfig('repository-tools: always\n', '.github/vtrix-review.yml');
    expect(file).toEqual({ repositoryTools: 'always' });
    const base = readSettings((n) => CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(applyConfig(base, file, { keepEffort: false }).repositoryTools).toBe('always');
    const set = readSettings((n) => (n === 'repository-tools' ? 'never' : (CONFIG_INPUT_DEFAULTS[n] ?? '')), {
      requireApiKey: false,
    });
    expect(applyConfig(set, file, { keepEffort: false }).repositoryTools).toBe('never');
    expect(() => parseConfig('repository-tools: sometimes\n', '.github/vtrix-review.yml')).toThrow(
      /line 1: repository-tools must be one of deep, always, never; got 'sometimes'/,
    );
  });

  it('reads second-look, which the workflow input overrides', () => {
    const file = parseConfig('second-look: never\n', '.github/vtrix-review.yml');
    expect(file).toEqual({ secondLook: 'never' });
    const base = readSettings((n) => CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(applyConfig(base, file, { keepEffort: false }).secondLook).toBe('never');
    const set = readSettings((n) => (n === 'second-look' ? 'always' : (CONFIG_INPUT_DEFAULTS[n] ?? '')), {
      requireApiKey: false,
    });
    expect(applyConfig(set, file, { keepEffort: false }).secondLook).toBe('always');
    expect(() => parseConfig('second-look: twice\n', '.github/vtrix-review.yml')).toThrow(
      /line 1: second-look must be one of deep, always, never; got 'twice'/,
    );
  });

  it('reads trigger-phrase, which the workflow input overrides', () => {
    const file = parseConfig('trigger-phrase: "@house-bot"\n', '.github/vtrix-review.yml');
    expect(file).toEqual({ triggerPhrase: '@house-bot' });
    const base = readSettings((n) => CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(base.triggerPhrase).toBe('@vtrix-review');
    expect(applyConfig(base, file, { keepEffort: false }).triggerPhrase).toBe('@house-bot');
    const set = readSettings((n) => (n === 'trigger-phrase' ? '@ours' : (CONFIG_INPUT_DEFAULTS[n] ?? '')), {
      requireApiKey: false,
    });
    expect(applyConfig(set, file, { keepEffort: false }).triggerPhrase).toBe('@ours');
    expect(() => parseConfig('trigger-phrase: hey you\n', '.github/vtrix-review.yml')).toThrow(
      /line 1: trigger-phrase must be one word .*; got 'hey you'/,
    );
  });

  it('reads temperature, top-p and instruction-role, which the workflow inputs override', () => {
    const file = parseConfig('temperature: 0.2\ntop-p: .9\ninstruction-role: Developer\n', FILE);
    expect(file).toEqual({ temperature: 0.2, topP: 0.9, instructionRole: 'developer' });
    const base = readSettings((n) => CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(base).toMatchObject({ temperature: null, topP: null, instructionRole: 'auto' });
    expect(applyConfig(base, file, { keepEffort: false })).toMatchObject({
      temperature: 0.2,
      topP: 0.9,
      instructionRole: 'developer',
    });
    const given: Record<string, string> = { temperature: '1.5', 'top-p': '1', 'instruction-role': 'system' };
    const set = readSettings((n) => given[n] ?? CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(applyConfig(set, file, { keepEffort: false })).toMatchObject({
      temperature: 1.5,
      topP: 1,
      instructionRole: 'system',
    });
    // `0` is a value, not an absent key.
    expect(parseConfig('temperature: 0\ntop-p: 0\n', FILE)).toEqual({ temperature: 0, topP: 0 });
  });

  it('refuses a temperature or top-p outside the API range, and says what to write', () => {
    expect(errorsOf('temperature: 3\ntop-p: 95\ntemperature-x: 1\n' + 'instruction-role: user\n')).toEqual([
      `${FILE} line 1: temperature must be a number from 0 to 2, such as 0.2; got the number 3. Leave the key out for the provider's default.`,
      `${FILE} line 2: top-p must be a number from 0 to 1, such as 0.9; got the number 95. It is a fraction, not a percentage: 0.95 for 95%. Leave the key out for the provider's default.`,
      expect.stringMatching(/line 3: unknown key 'temperature-x'\. Did you mean 'temperature'\?/),
      `${FILE} line 4: instruction-role must be one of auto, system, developer; got 'user'.`,
    ]);
    expect(errorsOf('temperature: "0.5"\n')).toEqual([
      `${FILE} line 1: temperature must be a number from 0 to 2, such as 0.2; got the text '0.5'. Write the number without quotes. Leave the key out for the provider's default.`,
    ]);
    expect(errorsOf('top-p: 0,9\n')[0]).toMatch(
      /line 1: top-p .* got the text '0,9'\. Write the decimals after a point: 0\.9\./,
    );
    expect(errorsOf('temperature: -0.1\n')[0]).toMatch(/from 0 to 2, such as 0\.2; got the number -0\.1\./);
    expect(errorsOf('temperature: .nan\n')[0]).toMatch(/from 0 to 2, such as 0\.2; got the number NaN\./);
    expect(errorsOf('temperature:\n')[0]).toMatch(/from 0 to 2, such as 0\.2; got nothing \(null\)\./);
  });

  it('reads describe (off by default), which the workflow input overrides', () => {
    const base = readSettings((n) => CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(base.describe).toBe(false);
    const file = parseConfig('describe: true\n', FILE);
    expect(file).toEqual({ describe: true });
    expect(applyConfig(base, file, { keepEffort: false }).describe).toBe(true);
    const set = readSettings((n) => (n === 'describe' ? 'true' : (CONFIG_INPUT_DEFAULTS[n] ?? '')), {
      requireApiKey: false,
    });
    expect(applyConfig(set, parseConfig('describe: false\n', FILE), { keepEffort: false }).describe).toBe(
      true,
    );
    expect(() => parseConfig('describe: sometimes\n', FILE)).toThrow(/describe/);
  });

  it('reads diagram (off by default), which the workflow input overrides', () => {
    const base = readSettings((n) => CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(base.diagram).toBe(false);
    const file = parseConfig('diagram: true\n', FILE);
    expect(file).toEqual({ diagram: true });
    expect(applyConfig(base, file, { keepEffort: false }).diagram).toBe(true);
    const set = readSettings((n) => (n === 'diagram' ? 'true' : (CONFIG_INPUT_DEFAULTS[n] ?? '')), {
      requireApiKey: false,
    });
    expect(applyConfig(set, parseConfig('diagram: false\n', FILE), { keepEffort: false }).diagram).toBe(true);
    expect(() => parseConfig('diagram: sometimes\n', FILE)).toThrow(/line 1: diagram must be true or false/);
  });

  it('reads suggest-path-instructions (off by default), which the workflow input overrides', () => {
    const base = readSettings((n) => CONFIG_INPUT_DEFAULTS[n] ?? '', { requireApiKey: false });
    expect(base.suggestPathInstructions).toBe(false);
    const file = parseConfig('suggest-path-instructions: true\n', '.github/vtrix-review.yml');
    expect(file).toEqual({ suggestPathInstructions: true });
    expect(applyConfig(base, file, { keepEffort: false }).suggestPathInstructions).toBe(true);
    expect(parseConfig('suggest-path-instructions: "false"\n', FILE)).toEqual({
      suggestPathInstructions: false,
    });
    const set = readSettings(
      (n) => (n === 'suggest-path-instructions' ? 'true' : (CONFIG_INPUT_DEFAULTS[n] ?? '')),
      { requireApiKey: false },
    );
    const off = parseConfig('suggest-path-instructions: false\n', FILE);
    expect(applyConfig(set, off, { keepEffort: false }).suggestPathInstructions).toBe(true);
    expect(() => parseConfig('suggest-path-instructions: sometimes\n', FILE)).toThrow(
      /line 1: suggest-path-instructions must be true or false; got 'sometimes'/,
    );
  });

  it('applies the file where the workflow left the default, and keeps what it set', () => {
    const file = parseConfig(
      `min-severity: major\nmax-comments: 3\ninstructions: from the file\nexclude: [a/**]\nreasoning-effort: high\nlanguage: French\npath_instructions: {"src/**": x}\n`,
      FILE,
    );
    const plain = applyConfig(settings(), file, { keepEffort: false });
    expect(plain).toMatchObject({
      minSeverity: 'major',
      maxComments: 3,
      instructions: 'from the file',
      exclude: ['a/**'],
      reasoningEffort: 'high',
      maxTokens: 64_000, // follows the effort
      guidance: { language: 'French', pathInstructions: [{ path: 'src/**', instructions: 'x' }] },
    });
    const set = applyConfig(
      settings({ 'min-severity': 'nit', instructions: 'from the workflow', 'reasoning-effort': 'low' }),
      file,
      { keepEffort: false },
    );
    expect(set).toMatchObject({
      minSeverity: 'nit',
      instructions: 'from the workflow',
      reasoningEffort: 'low',
      maxComments: 3,
    });
    // The default value written out is indistinguishable from no value: the file wins.
    expect(applyConfig(settings({ 'min-severity': 'minor' }), file, { keepEffort: false }).minSeverity).toBe(
      'major',
    );
    // A deep review keeps the effort its label chose.
    expect(applyConfig(settings(), file, { keepEffort: true }).reasoningEffort).toBe('medium');
  });
});

describe('withRepoConfig', () => {
  const quiet = { info: () => {}, warning: () => {} };
  const reader =
    (files: Record<string, string>) =>
    async (path: string): Promise<string | null> =>
      files[path] ?? null;

  it('names every key a workflow input overrides, from the one list applyConfig copies by', async () => {
    // Every key of the file but the two with no input of their own is overridable by its input.
    expect(new Set(Object.values(OVERRIDDEN_BY))).toEqual(
      new Set(CONFIG_KEYS.filter((k) => k !== 'language' && k !== 'path_instructions')),
    );
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m) };
    const given = settings({ 'suggest-path-instructions': 'true', describe: 'true' });
    const s = await withRepoConfig(
      given,
      reader({ [FILE]: 'suggest-path-instructions: false\ndescribe: false\nmax-comments: 4\n' }),
      'b',
      { keepEffort: false, count: countTokens, log },
    );
    expect(s).toMatchObject({ suggestPathInstructions: true, describe: true, maxComments: 4 });
    expect(lines.join('\n')).toContain(
      'Settings given explicitly override its suggest-path-instructions, describe.',
    );
  });

  it('is fine without a file, and fails when the named one is missing', async () => {
    const s = settings();
    await expect(
      withRepoConfig(s, reader({}), 'the base', { keepEffort: false, count: countTokens, log: quiet }),
    ).resolves.toEqual(s);
    await expect(
      withRepoConfig(settings({ config: 'ci/review.yml' }), reader({}), 'the base branch (main at 3b18e51)', {
        keepEffort: false,
        count: countTokens,
        log: quiet,
      }),
    ).rejects.toThrow(
      "The configuration file 'ci/review.yml' named by input 'config' does not exist on the base branch (main at 3b18e51).",
    );
  });

  it('reads the named file, and reports its errors by its name', async () => {
    const files = { 'ci/review.yml': 'min-severity: major\n', [FILE]: 'min-severity: nit\n' };
    const s = await withRepoConfig(settings({ config: 'ci/review.yml' }), reader(files), 'b', {
      keepEffort: false,
      count: countTokens,
      log: quiet,
    });
    expect(s.minSeverity).toBe('major');
    await expect(
      withRepoConfig(settings(), reader({ [FILE]: 'language: [de]\n' }), 'b', {
        keepEffort: false,
        count: countTokens,
        log: quiet,
      }),
    ).rejects.toThrow(`${FILE} line 1: language must be text; got a list.`);
  });

  it('adds AGENTS.md and copilot instructions within the token budget', async () => {
    const agents = 'Use the repository logger.\n' + 'Never swallow errors. '.repeat(3000);
    const s = await withRepoConfig(
      settings(),
      reader({ 'AGENTS.md': agents, '.github/copilot-instructions.md': 'Prefer pure functions.' }),
      'b',
      { keepEffort: false, count: countTokens, log: quiet },
    );
    const [a, c] = s.guidance.instructionFiles;
    expect(a!.path).toBe('AGENTS.md');
    expect(a!.text.startsWith('Use the repository logger.')).toBe(true);
    expect(a!.text).toMatch(/\[… AGENTS\.md truncated: \d+ more characters not shown/);
    expect(c).toEqual({
      path: '.github/copilot-instructions.md',
      text: expect.stringContaining('not shown') as unknown as string,
    });
    const total = s.guidance.instructionFiles.reduce((n, f) => n + countTokens(f.text), 0);
    expect(total).toBeLessThanOrEqual(4_000);
    expect(total).toBeGreaterThan(3_800);
  });
});

describe('boundInstructionFiles', () => {
  it('keeps small files whole and in order', () => {
    const files = [
      { path: 'AGENTS.md', text: 'a\n' },
      { path: '.github/copilot-instructions.md', text: 'b' },
    ];
    expect(boundInstructionFiles(files, countTokens, 100)).toEqual([
      { path: 'AGENTS.md', text: 'a' },
      { path: '.github/copilot-instructions.md', text: 'b' },
    ]);
  });
});

describe('path instructions', () => {
  const list = [
    { path: 'src/db/**', instructions: 'check every query for injection' },
    { path: '*.md', instructions: 'check the links' },
  ];

  it('match as the filters do (basename for a glob without a slash, dotfiles too)', () => {
    expect(pathInstructionsFor(list, ['src/db/users.ts'])).toEqual([list[0]]);
    expect(pathInstructionsFor(list, ['docs/.hidden/guide.md'])).toEqual([list[1]]);
    expect(pathInstructionsFor(list, ['src/api/x.ts'])).toEqual([]);
  });

  it('reach only the requests holding a matching file, and the budget counts them', () => {
    const file = (path: string, n: number) =>
      `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -1,0 +1,${n} @@\n${Array.from(
        { length: n },
        (_, i) => `+const v${i} = compute(${i}, "${path}");`,
      ).join('\n')}\n`;
    const files = parseDiff(file('src/db/users.ts', 300) + file('src/api/routes.ts', 300));
    const pr: PullRequest = {
      owner: 'o',
      repo: 'r',
      number: 1,
      title: 't',
      body: '',
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRef: 'h',
      baseRef: 'main',
      draft: false,
      state: 'open',
      author: 'x',
      htmlUrl: '',
      changedFiles: 2,
    };
    const big = 'Check every query for injection. '.repeat(60);
    const guidance = {
      language: 'German',
      pathInstructions: [{ path: 'src/db/**', instructions: big }],
      instructionFiles: [{ path: 'AGENTS.md', text: 'Use the logger.' }],
    };
    const opts = { include: [], exclude: [], contextWindow: 20_000, maxTokens: 12_000, instructions: '' };
    const plan = planReview(pr, files, { ...opts, guidance }, countTokens);
    const without = planReview(pr, files, opts, countTokens);
    expect(plan.requests).toHaveLength(2);
    // The overhead counts the path instructions, so every request stays under the limit.
    expect(plan.budget).toBeLessThan(without.budget - countTokens(big));
    for (const r of plan.requests) {
      const [system, user] = r.messages();
      const paths = r.chunk.pieces.map((p) => p.file.path);
      expect(system!.content.includes(big.trim())).toBe(paths.includes('src/db/users.ts'));
      expect(system!.content).toContain('Repository instructions from AGENTS.md');
      expect(system!.content).toContain('write every title, body and summary in German');
      expect(countTokens(system!.content) + countTokens(user!.content)).toBeLessThanOrEqual(r.promptTokens);
    }
  });

  it('are trusted guidance in the system prompt', () => {
    const p = systemPrompt('', {
      language: '',
      pathInstructions: [{ path: 'src/db/**', instructions: 'check every query for injection' }],
      instructionFiles: [],
    });
    expect(p).toContain('- Files matching `src/db/**`: check every query for injection');
    expect(p).not.toContain('Language:');
  });
});
