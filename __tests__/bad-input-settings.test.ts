import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { InputError, readSettings, type Settings } from '../src/settings.ts';

/**
 * Every input of action.yml, with values it must accept and values it must refuse. Each refusal must
 * name the input, be the only error reported, say what to write instead, and never quote a secret.
 */

type Inputs = Record<string, string>;

const action = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

function read(inputs: Inputs): Settings {
  const all: Inputs = { 'api-key': 'sk-test', ...inputs };
  return readSettings((n) => all[n] ?? '', { requireApiKey: true });
}

function errorOf(inputs: Inputs): string {
  try {
    read(inputs);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error(`readSettings accepted ${JSON.stringify(inputs)}`);
}

interface Case {
  /** value → what readSettings makes of it (a partial Settings) */
  valid: [string, Partial<Settings>][];
  /** value → patterns the one error message must match */
  invalid: [string, ...RegExp[]][];
  /** Secrets: the message must not contain the value. */
  secret?: boolean;
}

/** The bad values every whole-number input refuses, with a message giving the range. */
function wholeNumber(min: number, max: number): [string, ...RegExp[]][] {
  const range = new RegExp(`whole number from ${min} to ${max}`);
  return [
    ['-1', range],
    ['1.5', range],
    ['1.0', range],
    ['ten', range],
    ['1e3', range],
    ['0x10', range],
    ['+5', range],
    ['12abc', range],
    ['1,000', range],
    [String(max + 1), range],
    ['9'.repeat(400), range, /…'/],
    ...(min > 0 ? [[String(min - 1), range] as [string, RegExp]] : []),
  ];
}

const BOOL_INVALID: [string, ...RegExp[]][] = [
  ['yes', /true, True, TRUE, false, False, FALSE/, /Use 'true'/],
  ['on', /Use 'true'/],
  ['1', /Use 'true'/],
  ['no', /Use 'false'/],
  ['off', /Use 'false'/],
  ['0', /Use 'false'/],
  ['tRUE', /Use 'true'/],
  ['ture', /Use 'true'/],
  ['maybe', /'true' or 'false'/],
  ['true\nfalse', /'true\\nfalse'/],
];

function bool(key: keyof Settings): Case {
  return {
    valid: [
      ...['true', 'True', 'TRUE', ' true '].map((v): [string, Partial<Settings>] => [v, { [key]: true }]),
      ...['false', 'False', 'FALSE'].map((v): [string, Partial<Settings>] => [v, { [key]: false }]),
    ],
    invalid: BOOL_INVALID,
  };
}

const EFFORT_INVALID: [string, ...RegExp[]][] = [
  ['extreme', /one of low, medium, high, xhigh/],
  ['hihg', /Did you mean 'high'\?/],
  ['x-high', /Did you mean 'xhigh'\?/],
  ['max', /Did you mean 'xhigh'\?/],
  ['minimal', /Did you mean 'low'\?/],
  ['none', /Did you mean 'low'\?/],
  ['5', /one of low, medium, high, xhigh/],
];

const CASES: Record<string, Case> = {
  'api-key': {
    secret: true,
    valid: [[' sk-abc123 ', { apiKey: 'sk-abc123' }]],
    invalid: [
      ['Bearer sk-abc123', /remove the 'Bearer ' prefix/],
      ['sk-abc\n123', /whitespace or a line break/, /stray newline/],
      ['sk abc', /one word/],
    ],
  },
  'base-url': {
    valid: [
      ['http://localhost:8080/v1/', { baseUrl: 'http://localhost:8080/v1' }],
      ['https://api.example.com', { baseUrl: 'https://api.example.com' }],
      ['HTTPS://Cloud.vtrix.ai/llm', { baseUrl: 'HTTPS://Cloud.vtrix.ai/llm' }],
    ],
    invalid: [
      ['ftp://x', /http\(s\) URL such as https:\/\/cloud\.vtrix\.ai\/llm/],
      ['cloud.vtrix.ai/llm', /Add the scheme: https:\/\/cloud\.vtrix\.ai\/llm/],
      ['https://', /http\(s\) URL/],
      ['not a url', /http\(s\) URL/],
      [
        'https://cloud.vtrix.ai/llm/chat/completions',
        /Leave out '\/chat\/completions'/,
        /use 'https:\/\/cloud\.vtrix\.ai\/llm'/,
      ],
      ['https://api.example.com/v1/chat/completions/', /use 'https:\/\/api\.example\.com\/v1'/],
      ['https://api.example.com/v1/completions', /Leave out '\/completions'/],
      ['https://x.openai.azure.com/openai?api-version=2024-10-21', /without a query or fragment/],
      ['https://api.example.com/v1#x', /without a query or fragment/],
      ['https://api.example.com/my models', /spaces/],
      ['https://user:hunter2@api.example.com', /credentials/, /'api-key'/],
    ],
  },
  model: {
    valid: [
      [' gpt-4o ', { model: 'gpt-4o' }],
      ['accounts/fireworks/models/qwen3:32b@v1.2', { model: 'accounts/fireworks/models/qwen3:32b@v1.2' }],
    ],
    invalid: [
      ['gpt 5', /one word/, /vtrix-gpt-5\.3-codex/],
      ['a\nb', /model id/],
      ['m'.repeat(201), /at most 200 characters/],
    ],
  },
  'reasoning-effort': {
    valid: [
      ['XHigh', { reasoningEffort: 'xhigh' }],
      [' low ', { reasoningEffort: 'low' }],
    ],
    invalid: EFFORT_INVALID,
  },
  'max-tokens': {
    valid: [
      ['1', { maxTokens: 1, maxTokensExplicit: true }],
      ['128_000', { maxTokens: 128_000 }],
    ],
    invalid: [
      ...wholeNumber(1, 128_000),
      ['0', /Leave it empty/],
      ['200000', /at most 128000 output tokens/],
    ],
  },
  'context-window': {
    valid: [
      ['1000000', { contextWindow: 1_000_000 }],
      ['1_000_000', { contextWindow: 1_000_000 }],
    ],
    invalid: [
      ...wholeNumber(1_000, 10_000_000).filter(([v]) => v !== '-1' && v !== '999'),
      ['10', /not thousands of tokens: a 10k window is 10000/],
      ['400k', /Write it out in full: 400000/],
      ['1M', /Write it out in full: 1000000/],
    ],
  },
  'github-token': {
    secret: true,
    valid: [[' ghs_abc ', { githubToken: 'ghs_abc' }]],
    invalid: [
      ['Bearer ghs_abc', /remove the 'Bearer ' prefix/],
      ['ghs_a bc', /whitespace/],
      ['ghs_abc\nghs_def', /one word/],
    ],
  },
  exclude: {
    valid: [
      ['docs/**\n*.md', { exclude: ['docs/**', '*.md'] }],
      ['src/**/*.{ts,tsx}, ./gen/**', { exclude: ['src/**/*.{ts,tsx}', './gen/**'] }],
      ['\\*literal', { exclude: ['\\*literal'] }],
      ['**/test/**/*.spec.*, *.{png,jpg}', { exclude: ['**/test/**/*.spec.*', '*.{png,jpg}'] }],
      ['*.+(ts|js)', { exclude: ['*.+(ts|js)'] }],
      ['a\\{b', { exclude: ['a\\{b'] }],
    ],
    invalid: [
      ['!src/**', /negated/, /`include`/],
      ['/src/**', /relative to the repository root/, /use 'src\/\*\*'/],
      ['src\\gen\\**', /'\/' as the separator/, /use 'src\/gen\/\*\*'/],
      ['docs/', /use 'docs\/\*\*'/],
      ['\\win\\*.ts', /'\/' as the separator, and paths are relative/, /use 'win\/\*\.ts'\./],
      ['src/{a,b', /'\{' and '\}' do not pair up/],
      [
        '*a*a*a*a*a*a*a*a*a*a*b',
        /'\*a\*a\*a\*a\*a\*a\*a\*a\*a\*a\*b': it has 11 wildcards/,
        /Write at most 4/,
      ],
      ['{*a*,*b*}/{*c*,*d*}/*e*', /it has 6 wildcards/],
      ['*(a*)b', /a repeating group .* contains a wildcard/],
      ['src/a}', /do not pair up/],
    ],
  },
  include: {
    valid: [['src/**, lib/**', { include: ['src/**', 'lib/**'] }]],
    invalid: [
      ['!tests/**', /negated/],
      ['/lib/**', /use 'lib\/\*\*'/],
      ['*.{ts', /do not pair up/],
      ['src/**/a*b*c*d*', /it has 5 wildcards/],
    ],
  },
  instructions: {
    valid: [
      ['  Be strict.\n', { instructions: 'Be strict.' }],
      ['x'.repeat(32_000), {}],
    ],
    invalid: [['x'.repeat(32_001), /32001 characters/, /under 32000/, /every model request/]],
  },
  config: {
    valid: [
      [' ci/review.yml ', { config: 'ci/review.yml' }],
      ['.github/vtrix-review.yml', { config: '.github/vtrix-review.yml' }],
    ],
    invalid: [
      ['/ci/review.yml', /path from the repository root/, /Use 'ci\/review.yml'/],
      ['./ci/review.yml', /Use 'ci\/review.yml'/],
      ['ci\\review.yml', /'\/' separators/, /Use 'ci\/review.yml'/],
      ['../other/review.yml', /inside the repository/],
      ['.github/', /inside the repository/],
    ],
  },
  'max-comments': {
    valid: [
      ['0', { maxComments: 0 }],
      ['1000', { maxComments: 1000 }],
    ],
    invalid: wholeNumber(0, 1000),
  },
  'min-severity': {
    valid: [['Nit', { minSeverity: 'nit' }]],
    invalid: [
      ['blocker', /one of critical, major, minor, nit/, /Did you mean 'critical'\?/],
      ['warning', /Did you mean 'minor'\?/],
      ['info', /Did you mean 'nit'\?/],
      ['majr', /Did you mean 'major'\?/],
      ['all', /one of critical, major, minor, nit/],
    ],
  },
  concurrency: {
    valid: [
      ['1', { concurrency: 1 }],
      ['32', { concurrency: 32 }],
    ],
    invalid: wholeNumber(1, 32),
  },
  'request-timeout': {
    valid: [
      ['10', { requestTimeoutMs: 10_000 }],
      ['7200', { requestTimeoutMs: 7_200_000 }],
    ],
    invalid: [
      ...wholeNumber(10, 7200),
      ['1800000', /in seconds, not milliseconds: use 1800/],
      ['30s', /the number of seconds alone: 30/],
    ],
  },
  stream: {
    valid: [
      ['TRUE', { stream: 'true' }],
      ['Auto', { stream: 'auto' }],
      ['false', { stream: 'false' }],
    ],
    invalid: [
      ['yes', /one of auto, true, false/, /Did you mean 'true'\?/],
      ['off', /Did you mean 'false'\?/],
      ['sometimes', /one of auto, true, false/],
    ],
  },
  'pull-request': {
    valid: [
      [' 42 ', { pullRequest: '42' }],
      ['#42', { pullRequest: '#42' }],
      ['octo/repo#7', { pullRequest: 'octo/repo#7' }],
      [
        'https://github.com/octo/repo/pull/7/files',
        { pullRequest: 'https://github.com/octo/repo/pull/7/files' },
      ],
      [
        'https://ghe.example.com/octo/repo/pull/7',
        { pullRequest: 'https://ghe.example.com/octo/repo/pull/7' },
      ],
    ],
    invalid: [
      ['refs/pull/42/merge', /not a git ref; got 'refs\/pull\/42\/merge'\. Use '42'/],
      ['abc', /PR number \(e\.g\. 123\) or URL/],
      ['0', /PR number/],
      ['-3', /PR number/],
      ['1.5', /PR number/],
      ['https://github.com/octo/repo/issues/7', /PR number/],
      ['https://github.com/octo/repo/pull/0', /valid pull request number/],
      ['99999999999999999999', /valid pull request number/],
    ],
  },
  'review-drafts': bool('reviewDrafts'),
  'review-bots': bool('reviewBots'),
  'deep-review-label': {
    valid: [
      [' think hard ', { deepReviewLabel: 'think hard' }],
      ['🔍 deep', { deepReviewLabel: '🔍 deep' }],
    ],
    invalid: [
      ['l'.repeat(51), /at most 50 characters/],
      ['a\nb', /one line/],
    ],
  },
  'deep-review-effort': {
    valid: [['High', { deepReviewEffort: 'high' }]],
    invalid: EFFORT_INVALID,
  },
  'max-requests': {
    valid: [
      ['0', { maxRequests: 0 }],
      ['10000', { maxRequests: 10_000 }],
    ],
    invalid: [...wholeNumber(0, 10_000), ['-1', /Use 0 for no cap/]],
  },
  'max-prompt-tokens': {
    valid: [['5_000_000', { maxPromptTokens: 5_000_000 }]],
    invalid: [...wholeNumber(0, 1_000_000_000), ['2M', /Write it out in full: 2000000/]],
  },
  incremental: bool('incremental'),
  'dry-run': bool('dryRun'),
  'fail-on': {
    valid: [
      ['None', { failOn: 'none' }],
      [' major ', { failOn: 'major' }],
    ],
    invalid: [
      ['majr', /one of none, critical, major, minor, nit/, /Did you mean 'major'\?/],
      ['true', /Input 'fail-on' must be one of none, critical, major, minor, nit; got 'true'/],
    ],
  },
  'full-file-context': bool('fullFileContext'),
  'max-image-bytes': {
    valid: [
      ['0', { maxImageBytes: 0 }],
      ['1_000_000', { maxImageBytes: 1_000_000 }],
      ['20971520', { maxImageBytes: 20_971_520 }],
    ],
    invalid: [...wholeNumber(0, 20_971_520), ['20971521', /whole number from 0 to 20971520/]],
  },
  'repository-tools': {
    valid: [
      ['Never', { repositoryTools: 'never' }],
      [' always ', { repositoryTools: 'always' }],
    ],
    invalid: [
      ['alway', /one of deep, always, never/, /Did you mean 'always'\?/],
      ['true', /Input 'repository-tools' must be one of deep, always, never; got 'true'/],
    ],
  },
  'second-look': {
    valid: [
      ['Never', { secondLook: 'never' }],
      [' always ', { secondLook: 'always' }],
      ['deep', { secondLook: 'deep' }],
    ],
    invalid: [
      ['alwys', /one of deep, always, never/, /Did you mean 'always'\?/],
      ['yes', /Input 'second-look' must be one of deep, always, never; got 'yes'/],
    ],
  },
  'max-tool-calls': {
    valid: [
      ['0', { maxToolCalls: 0 }],
      ['100', { maxToolCalls: 100 }],
    ],
    invalid: wholeNumber(0, 100),
  },
  'max-tool-result-tokens': {
    valid: [['500', { maxToolResultTokens: 500 }]],
    invalid: wholeNumber(500, 100_000),
  },
  'trigger-phrase': {
    valid: [
      [' @Reviewer ', { triggerPhrase: '@Reviewer' }],
      ['/vtrix', { triggerPhrase: '/vtrix' }],
      ['', { triggerPhrase: '@vtrix-review' }],
    ],
    invalid: [
      ['@vtrix review', /Input 'trigger-phrase' must be one word/, /such as @vtrix-review/],
      ['@'.repeat(3), /with a letter or digit/],
      ['@' + 'v'.repeat(50), /at most 50 characters/],
      ['`@bot`', /without spaces, backticks or '>'/],
    ],
  },
  'suggest-path-instructions': bool('suggestPathInstructions'),
  describe: bool('describe'),
  diagram: bool('diagram'),
  temperature: {
    valid: [
      ['', { temperature: null }],
      ['0', { temperature: 0 }],
      [' 0.2 ', { temperature: 0.2 }],
      ['.5', { temperature: 0.5 }],
      ['2', { temperature: 2 }],
      ['2.0', { temperature: 2 }],
    ],
    invalid: [
      ['2.1', /a number from 0 to 2/, /or empty for the provider's default/],
      ['-0.5', /a number from 0 to 2/],
      ['hot', /a number from 0 to 2 \(such as 0\.2\)/],
      ['1e-1', /a number from 0 to 2/],
      ['0,7', /after a point: 0\.7\./],
      ['NaN', /a number from 0 to 2/],
      ['Infinity', /a number from 0 to 2/],
      ['9'.repeat(400), /a number from 0 to 2/, /…'/],
    ],
  },
  'top-p': {
    valid: [
      ['', { topP: null }],
      ['0', { topP: 0 }],
      ['0.95', { topP: 0.95 }],
      ['1', { topP: 1 }],
    ],
    invalid: [
      ['1.5', /a number from 0 to 1 \(such as 0\.9\)/],
      ['90', /a fraction, not a percentage: 0\.9 for 90%/],
      ['90%', /as a fraction, not a percentage: 0\.9\./],
      ['-1', /a number from 0 to 1/],
      ['0,9', /after a point: 0\.9\./],
    ],
  },
  'instruction-role': {
    valid: [
      ['', { instructionRole: 'auto' }],
      ['Developer', { instructionRole: 'developer' }],
      [' system ', { instructionRole: 'system' }],
    ],
    invalid: [
      ['user', /one of auto, system, developer/],
      ['develper', /Did you mean 'developer'\?/],
      ['sytem', /Did you mean 'system'\?/],
    ],
  },
};

describe('every action input', () => {
  it('is covered by this table, with values it accepts and values it refuses', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, c] of Object.entries(CASES)) {
      expect([name, c.valid.length > 0]).toEqual([name, true]);
      expect([name, c.invalid.length > 0]).toEqual([name, true]);
    }
  });

  it('accepts its default from action.yml', () => {
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        // `${{ github.token }}` is an expression GitHub evaluates; the runner passes a token.
        .map(([k, v]) => [k, String(v.default ?? '').replace(/^\$\{\{.*\}\}$/, 'ghs_token')])
        .filter(([, v]) => v !== ''),
    );
    expect(() => read(defaults)).not.toThrow();
  });

  const valid = Object.entries(CASES).flatMap(([name, c]) =>
    c.valid.map(([value, expected]) => [name, value, expected] as const),
  );
  it.each(valid)('%s accepts %j', (name, value, expected) => {
    expect(read({ [name]: value })).toMatchObject(expected);
  });

  const invalid = Object.entries(CASES).flatMap(([name, c]) =>
    c.invalid.map(([value, ...hints]) => [name, value, hints, c.secret === true] as const),
  );
  it.each(invalid)('%s refuses %j', (name, value, hints, secret) => {
    const msg = errorOf({ [name]: value });
    // One problem, one line, naming the input.
    expect(msg.split('\n')).toHaveLength(1);
    expect(msg).toMatch(new RegExp(`^Input '${name}' `));
    for (const h of hints) expect(msg).toMatch(h);
    if (secret) {
      for (const part of value.split(/\s+/).filter((p) => p.length > 3 && p !== 'Bearer'))
        expect(msg).not.toContain(part);
    } else if (value.length <= 60 && !/\n/.test(value) && !value.includes('@')) {
      // The value is quoted back so it can be found in the workflow.
      expect(msg).toContain(`'${value.trim()}'`);
    }
    // Quoted values stay short, even when the input was not.
    expect(msg.length).toBeLessThan(400);
  });

  it('suggests only globs it accepts itself', () => {
    const bad = ['\\win\\*.ts', '/src/**', 'src\\gen\\', '/docs/', '\\a\\b\\', '/', '//x/', '/a{b'];
    for (const glob of bad) {
      const msg = errorOf({ exclude: glob });
      const use = /: use '([^']+)'/.exec(msg);
      if (use) expect([glob, read({ exclude: use[1]! }).exclude]).toEqual([glob, [use[1]]]);
      else expect(msg).toMatch(/such as 'src\/\*\*'|still wrong/);
    }
  });

  it('never quotes a base-url password back', () => {
    expect(errorOf({ 'base-url': 'https://user:hunter2@api.example.com' })).not.toContain('hunter2');
    expect(errorOf({ 'base-url': 'ftp://user:hunter2@x' })).not.toContain('hunter2');
  });

  it('reports every bad input of one run together', () => {
    const bad = Object.fromEntries(Object.entries(CASES).map(([name, c]) => [name, c.invalid[0]![0]]));
    const lines = errorOf(bad).split('\n');
    for (const name of Object.keys(CASES)) {
      expect([name, lines.filter((l) => l.startsWith(`Input '${name}' `)).length]).toEqual([name, 1]);
    }
  });
});

describe('how a bad input surfaces in the action', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  it('fails the step with every message as an error annotation, before any request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({}));
    for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: join(dir, 'out'),
      'INPUT_API-KEY': 'sk-test',
      'INPUT_GITHUB-TOKEN': 'ghs_x',
      'INPUT_DRY-RUN': 'yes',
      'INPUT_BASE-URL': 'https://api.example.com/v1/chat/completions',
    });
    writeFileSync(join(dir, 'out'), '');
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const { run } = await import('../src/main.ts');
      await run();
    } finally {
      spy.mockRestore();
    }
    const out = written.join('');
    expect(process.exitCode).toBe(1);
    // core.setFailed: one ::error:: command, lines joined as %0A.
    const error = out.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toBeDefined();
    const lines = error!.slice('::error::'.length).split('%0A');
    expect(lines).toEqual([
      expect.stringMatching(
        /^Input 'base-url' must be the API root .*use 'https:\/\/api\.example\.com\/v1'\.$/,
      ),
      expect.stringMatching(/^Input 'dry-run' must be 'true' or 'false'.*got 'yes'\. Use 'true'\.$/),
    ]);
  });
});
