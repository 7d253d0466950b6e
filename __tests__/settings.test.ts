import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  DEFAULT_MAX_TOKENS,
  globList,
  InputError,
  readSettings,
  withEffort,
  type Settings,
} from '../src/settings.ts';

type Inputs = Record<string, string>;

/** Like `core.getInput`: a missing input reads as ''. */
const getter =
  (inputs: Inputs) =>
  (name: string): string =>
    inputs[name] ?? '';

const read = (inputs: Inputs, requireApiKey = true): Settings =>
  readSettings(getter({ 'api-key': 'sk-test', ...inputs }), { requireApiKey });

/** The InputError message readSettings throws for these inputs. */
function errorOf(inputs: Inputs, requireApiKey = true): string {
  try {
    readSettings(getter({ 'api-key': 'sk-test', ...inputs }), { requireApiKey });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).name).toBe('InputError');
    return (e as Error).message;
  }
  throw new Error(`readSettings accepted ${JSON.stringify(inputs)}`);
}

interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}
const action = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as {
  inputs: Record<string, ActionInput>;
};

describe('readSettings defaults', () => {
  const s = read({});

  it('match the defaults in action.yml', () => {
    const d = (name: string): string => {
      const input = action.inputs[name];
      expect(input).toBeDefined();
      expect(input!.default).toBeDefined();
      return String(input!.default);
    };
    expect(s.baseUrl).toBe(d('base-url'));
    expect(s.model).toBe(d('model'));
    expect(s.reasoningEffort).toBe(d('reasoning-effort'));
    expect(d('max-tokens')).toBe('');
    expect(s.maxTokens).toBe(DEFAULT_MAX_TOKENS[s.reasoningEffort]);
    expect(s.contextWindow).toBe(Number(d('context-window')));
    expect(s.maxComments).toBe(Number(d('max-comments')));
    expect(s.minSeverity).toBe(d('min-severity'));
    expect(s.concurrency).toBe(Number(d('concurrency')));
    expect(s.requestTimeoutMs).toBe(Number(d('request-timeout')) * 1000);
    expect(String(s.dryRun)).toBe(d('dry-run'));
    expect(s.exclude).toEqual(globList(d('exclude')));
    expect(s.include).toEqual(globList(d('include')));
    expect(s.instructions).toBe(d('instructions'));
  });

  it('reads every input action.yml declares, and action.yml declares every input read', () => {
    const seen = new Set<string>();
    readSettings(
      (name) => {
        seen.add(name);
        return name === 'api-key' ? 'k' : '';
      },
      { requireApiKey: true },
    );
    expect([...seen].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('marks api-key as the only required input', () => {
    const required = Object.entries(action.inputs)
      .filter(([, v]) => v.required === true)
      .map(([k]) => k);
    expect(required).toEqual(['api-key']);
  });

  it('are the documented values', () => {
    expect(s).toEqual({
      apiKey: 'sk-test',
      baseUrl: 'https://cloud.vtrix.ai/llm',
      model: 'vtrix-gpt-5.3-codex',
      reasoningEffort: 'medium',
      maxTokens: 32_000,
      contextWindow: 400_000,
      githubToken: '',
      exclude: [],
      include: [],
      instructions: '',
      maxComments: 20,
      minSeverity: 'minor',
      dryRun: false,
      concurrency: 4,
      requestTimeoutMs: 1_800_000,
      maxTokensExplicit: false,
      stream: 'auto',
      pullRequest: '',
      reviewDrafts: false,
      reviewBots: false,
      deepReviewLabel: 'deep-review',
      deepReviewEffort: 'xhigh',
      incremental: true,
      maxRequests: 0,
      maxPromptTokens: 0,
      config: '',
      guidance: { language: '', pathInstructions: [], instructionFiles: [] },
      setInputs: [],
      failOn: 'none',
      fullFileContext: true,
      maxImageBytes: 4_194_304,
      repositoryTools: 'deep',
      secondLook: 'deep',
      maxToolCalls: 12,
      maxToolResultTokens: 20_000,
      triggerPhrase: '@vtrix-review',
      suggestPathInstructions: false,
      temperature: null,
      topP: null,
      instructionRole: 'auto',
      describe: false,
      diagram: false,
    });
  });
});

describe('readSettings valid values', () => {
  it('reads every input, trimmed and normalised', () => {
    const s = read({
      'api-key': '  sk-abc  ',
      'base-url': 'http://localhost:8080/v1///',
      model: ' my-model ',
      'reasoning-effort': 'XHigh',
      'max-tokens': '128000',
      'context-window': '1_000_000',
      'github-token': ' ghs_x ',
      exclude: 'docs/**\n*.md',
      include: 'src/**, lib/**',
      instructions: '  Be strict.\n',
      'max-comments': '0',
      'min-severity': 'Nit',
      'dry-run': 'TRUE',
      concurrency: '32',
      'request-timeout': '10',
      stream: 'TRUE',
      'pull-request': ' 42 ',
      'review-drafts': 'True',
      'review-bots': 'true',
      'deep-review-label': ' think-hard ',
      'deep-review-effort': 'High',
      incremental: 'false',
      'max-requests': '3',
      'max-prompt-tokens': '500000',
      'fail-on': ' Critical ',
      'full-file-context': 'false',
      'max-image-bytes': ' 0 ',
      'repository-tools': ' Always ',
      'second-look': 'NEVER',
      'max-tool-calls': '30',
      'max-tool-result-tokens': '8000',
      'trigger-phrase': ' @house-bot ',
      'suggest-path-instructions': 'true',
      temperature: ' 0.3 ',
      'top-p': '0.95',
      'instruction-role': ' Developer ',
      describe: 'true',
      diagram: 'true',
    });
    expect(s).toEqual({
      apiKey: 'sk-abc',
      baseUrl: 'http://localhost:8080/v1',
      model: 'my-model',
      reasoningEffort: 'xhigh',
      maxTokens: 128_000,
      contextWindow: 1_000_000,
      githubToken: 'ghs_x',
      exclude: ['docs/**', '*.md'],
      include: ['src/**', 'lib/**'],
      instructions: 'Be strict.',
      maxComments: 0,
      minSeverity: 'nit',
      dryRun: true,
      concurrency: 32,
      requestTimeoutMs: 10_000,
      maxTokensExplicit: true,
      stream: 'true',
      pullRequest: '42',
      reviewDrafts: true,
      reviewBots: true,
      deepReviewLabel: 'think-hard',
      deepReviewEffort: 'high',
      incremental: false,
      maxRequests: 3,
      maxPromptTokens: 500_000,
      config: '',
      guidance: { language: '', pathInstructions: [], instructionFiles: [] },
      setInputs: [
        'instructions',
        'exclude',
        'include',
        'min-severity',
        'max-comments',
        'max-image-bytes',
        'reasoning-effort',
        'repository-tools',
        'second-look',
        'trigger-phrase',
        'suggest-path-instructions',
        'temperature',
        'top-p',
        'instruction-role',
        'describe',
        'diagram',
      ],
      failOn: 'critical',
      fullFileContext: false,
      maxImageBytes: 0,
      repositoryTools: 'always',
      secondLook: 'never',
      maxToolCalls: 30,
      maxToolResultTokens: 8000,
      triggerPhrase: '@house-bot',
      suggestPathInstructions: true,
      temperature: 0.3,
      topP: 0.95,
      instructionRole: 'developer',
      describe: true,
      diagram: true,
    });
  });

  // GitHub's YAML 1.2 core schema, as core.getBooleanInput reads it; anything else is an error.
  it.each(['true', 'True', 'TRUE', ' true '])('reads dry-run %j as true', (v) => {
    expect(read({ 'dry-run': v }).dryRun).toBe(true);
  });

  it.each(['false', 'False', 'FALSE'])('reads dry-run %j as false', (v) => {
    expect(read({ 'dry-run': v }).dryRun).toBe(false);
  });

  it.each([
    ['yes', 'true'],
    ['on', 'true'],
    ['1', 'true'],
    ['no', 'false'],
    ['off', 'false'],
    ['0', 'false'],
    ['tRUE', 'true'],
  ])('refuses dry-run %j and says to use %j', (v, use) => {
    expect(errorOf({ 'dry-run': v })).toContain(`Use '${use}'.`);
  });

  it('does not need an api-key when not required (CLI dry runs)', () => {
    expect(readSettings(getter({}), { requireApiKey: false }).apiKey).toBe('');
  });
});

describe('readSettings errors', () => {
  it.each<[string, string, RegExp]>([
    ['reasoning-effort', 'extreme', /low, medium, high, xhigh/],
    ['max-tokens', '0', /1 to 128000/],
    ['max-tokens', '128001', /1 to 128000/],
    ['max-tokens', 'abc', /whole number/],
    ['max-tokens', '1.5', /whole number/],
    ['max-tokens', '-5', /whole number/],
    ['context-window', '999', /1000 to/],
    ['max-comments', '-1', /0 to 1000/],
    ['concurrency', '0', /1 to 32/],
    ['concurrency', '33', /1 to 32/],
    ['request-timeout', '5', /10 to 7200/],
    ['min-severity', 'blocker', /critical, major, minor, nit/],
    ['dry-run', 'maybe', /'true' or 'false'/],
    ['base-url', 'ftp://x', /http\(s\) URL/],
    ['base-url', 'cloud.vtrix.ai/llm', /http\(s\) URL/],
    ['base-url', 'https://', /http\(s\) URL/],
  ])("names the input: %s '%s'", (name, value, hint) => {
    const msg = errorOf({ [name]: value });
    expect(msg).toContain(`'${name}'`);
    expect(msg).toContain(value);
    expect(msg).toMatch(hint);
    // Only the one problem is reported.
    expect(msg.split('\n')).toHaveLength(1);
  });

  it('names context-window (and max-tokens) when the window is not larger than the output', () => {
    for (const window of ['30000', '29000']) {
      const msg = errorOf({ 'max-tokens': '30000', 'context-window': window });
      expect(msg).toContain("'context-window'");
      expect(msg).toContain("'max-tokens'");
      expect(msg).toContain(window);
      expect(msg).toContain('30000');
      expect(msg.split('\n')).toHaveLength(1);
    }
  });

  it('enforces the slack it states between context-window and max-tokens, exactly', () => {
    const msg = errorOf({ 'max-tokens': '30000', 'context-window': '30000' });
    const slack = Number(/at least (\d+) tokens/.exec(msg)?.[1]);
    expect(slack).toBeGreaterThan(0);
    expect(read({ 'max-tokens': '30000', 'context-window': String(30000 + slack) }).contextWindow).toBe(
      30000 + slack,
    );
    expect(errorOf({ 'max-tokens': '30000', 'context-window': String(30000 + slack - 1) })).toContain(
      "'context-window'",
    );
  });

  it('shrinks the default max-tokens to a quarter of a small window, but checks an explicit one', () => {
    expect(read({ 'context-window': '20000' }).maxTokens).toBe(5_000);
    expect(read({ 'context-window': '20000', 'reasoning-effort': 'xhigh' }).maxTokens).toBe(5_000);
    expect(read({ 'reasoning-effort': 'xhigh' }).maxTokens).toBe(96_000);
    expect(read({ 'reasoning-effort': 'low' }).maxTokens).toBe(16_000);
    const msg = errorOf({ 'context-window': '20000', 'max-tokens': '32000' });
    expect(msg).toContain("'context-window'");
    expect(msg).toContain('32000');
  });

  it('names bad trigger inputs', () => {
    expect(errorOf({ 'deep-review-effort': 'max' })).toContain(
      "Input 'deep-review-effort' must be one of low, medium, high, xhigh",
    );
    expect(errorOf({ stream: 'sometimes' })).toContain("Input 'stream' must be one of auto, true, false");
    expect(errorOf({ 'review-drafts': 'maybe' })).toContain(
      "Input 'review-drafts' must be 'true' or 'false'",
    );
  });

  it('withEffort follows the effort unless max-tokens was set', () => {
    const auto = read({});
    expect(withEffort(auto, 'xhigh')).toMatchObject({ reasoningEffort: 'xhigh', maxTokens: 96_000 });
    const fixed = read({ 'max-tokens': '8000' });
    expect(withEffort(fixed, 'xhigh')).toMatchObject({ reasoningEffort: 'xhigh', maxTokens: 8_000 });
  });

  it('reports several errors together, one per line', () => {
    const msg = errorOf({
      'reasoning-effort': 'extreme',
      'max-tokens': 'abc',
      'min-severity': 'blocker',
      'dry-run': 'maybe',
      'base-url': 'ftp://x',
      concurrency: '100',
    });
    const lines = msg.split('\n');
    expect(lines).toHaveLength(6);
    for (const name of [
      'reasoning-effort',
      'max-tokens',
      'min-severity',
      'dry-run',
      'base-url',
      'concurrency',
    ]) {
      expect(lines.filter((l) => l.includes(`'${name}'`))).toHaveLength(1);
    }
  });

  it('explains a missing api-key with the secrets syntax', () => {
    const msg = errorOf({ 'api-key': '' });
    expect(msg).toContain("'api-key'");
    expect(msg).toContain('secrets');
    expect(msg).toContain('${{ secrets.');
    expect(errorOf({ 'api-key': '   ' })).toContain('secrets');
  });

  it('reports a missing api-key together with other errors', () => {
    const msg = errorOf({ 'api-key': '', 'max-tokens': '0' });
    expect(msg.split('\n')).toHaveLength(2);
    expect(msg).toContain("'api-key'");
    expect(msg).toContain("'max-tokens'");
  });
});

describe('globList', () => {
  it('splits on newlines and commas, trimming and dropping empties', () => {
    expect(globList('a/**\n  b/*.ts  \n\n,c.md,, d.md ,\n')).toEqual(['a/**', 'b/*.ts', 'c.md', 'd.md']);
  });

  it('handles CRLF line ends', () => {
    expect(globList('a/**\r\nb/**\r\n')).toEqual(['a/**', 'b/**']);
  });

  it('keeps commas inside braces', () => {
    expect(globList('src/**/*.{ts,tsx}, docs/{a,b}/*.md\n*.{png,jpg}')).toEqual([
      'src/**/*.{ts,tsx}',
      'docs/{a,b}/*.md',
      '*.{png,jpg}',
    ]);
  });

  it('keeps commas inside nested braces', () => {
    expect(globList('{a,{b,c}}/x, y')).toEqual(['{a,{b,c}}/x', 'y']);
  });

  it('does not let an unclosed brace swallow the next lines', () => {
    expect(globList('a{b,c\nd,e')).toEqual(['a{b,c', 'd', 'e']);
  });

  it('drops comment lines', () => {
    expect(globList('# generated code\nsrc/gen/**\n  # another comment\nfixtures/**')).toEqual([
      'src/gen/**',
      'fixtures/**',
    ]);
  });

  it('drops a whole comment line, even one with commas in it', () => {
    expect(globList('# generated code, fixtures and snapshots\nsrc/gen/**')).toEqual(['src/gen/**']);
  });

  it('returns nothing for empty or blank input', () => {
    expect(globList('')).toEqual([]);
    expect(globList(' \n \n,')).toEqual([]);
  });

  it('is what readSettings uses for include and exclude', () => {
    const s = read({ include: 'src/**/*.{ts,tsx}\n# c\nlib/**', exclude: 'a, b' });
    expect(s.include).toEqual(['src/**/*.{ts,tsx}', 'lib/**']);
    expect(s.exclude).toEqual(['a', 'b']);
  });
});
