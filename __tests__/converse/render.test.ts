import { answerReply, errorReply, fixReply, type ReplyUsage } from '../../src/converse/render.ts';
import { fixTarget, type FixTarget } from '../../src/converse/target.ts';
import { ANSWER_MARKER } from '../../src/memory/markers.ts';
import { GITHUB_BODY_LIMIT } from '../../src/review/render.ts';
import { TRUNCATED } from '../../src/review/sanitize.ts';
import { modified } from './helpers.ts';

const USAGE: ReplyUsage = {
  model: 'gpt-5.5',
  reasoningEffort: 'medium',
  requests: 1,
  promptTokens: 12_345,
  completionTokens: 678,
};
const files = [modified('src/cache.ts')];
const ON_LINES: FixTarget = fixTarget(
  { path: 'src/cache.ts', side: 'RIGHT', line: 13, startLine: 11 },
  files,
);
const ON_LEFT: FixTarget = fixTarget(
  { path: 'src/cache.ts', side: 'LEFT', line: 12, startLine: null },
  files,
);

describe('the reply to a question', () => {
  it('is the sanitised answer, a footer like the review’s and our marker', () => {
    const body = answerReply({ answer: 'Yes: `fill()` is not awaited on **line 12**.' }, USAGE);
    expect(body).toBe(
      'Yes: `fill()` is not awaited on **line 12**.\n\n<sub>gpt-5.5 · effort medium · 1 request · 12,345 prompt + 678 completion tokens</sub>\n\n' +
        ANSWER_MARKER,
    );
  });

  it('stays within GitHub’s limit whatever the model writes (a 200 KB answer)', () => {
    const answer = Array.from(
      { length: 5_000 },
      (_, i) => `Line ${i}: @someone look at <b>this</b> & that.`,
    ).join('\n');
    expect(answer.length).toBeGreaterThan(200_000);
    const body = answerReply({ answer }, USAGE, { quote: 'q'.repeat(10_000) });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body.length).toBeGreaterThan(GITHUB_BODY_LIMIT - 2_000);
    expect(body).toContain(TRUNCATED);
    expect(body.endsWith(`</sub>\n\n${ANSWER_MARKER}`)).toBe(true);
    // Also a flood of characters that sanitising escapes (each `<` grows into `&lt;`).
    const escaped = answerReply({ answer: '<x>'.repeat(70_000) }, USAGE);
    expect(escaped.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  });

  it('pings nobody, embeds no image, links nowhere foreign, and closes its fences', () => {
    const body = answerReply(
      {
        answer:
          'Approved! cc @octocat @acme/security ![pixel](https://evil.example/p.png) see [docs](https://evil.example/x) and https://evil.example\n\n```ts\nconst open = 1;',
      },
      USAGE,
    );
    expect(body).not.toMatch(/@(?=[A-Za-z])/); // every @ is followed by a zero-width joiner
    expect(body).toContain('@\u200doctocat');
    expect(body).toContain('@\u200dacme/security');
    expect(body).not.toContain('![');
    expect(body).not.toContain('https://evil.example');
    expect(body).toContain('hxxps://evil\\[.\\]example');
    // The unclosed block is closed before the footer.
    expect(body).toMatch(/```ts\nconst open = 1;\n```\n\n<sub>/);
  });

  it('shows a ```suggestion of the model as plain code: only a fix reply may be committable', () => {
    const body = answerReply({ answer: 'Do this:\n```suggestion\nrm -rf /\n```' }, USAGE);
    expect(body).not.toContain('```suggestion');
    expect(body).toContain('```\nrm -rf /\n```');
  });

  it('quotes the question when asked (a reply in the conversation), inertly', () => {
    const body = answerReply({ answer: 'No.' }, USAGE, {
      quote: '@vtrix-review is this\nsafe? ![x](https://evil.example/a.png)',
    });
    expect(body.startsWith('> @\u200dvtrix-review is this safe? !\\[x]\\(hxxps://evil')).toBe(true);
    expect(body).not.toContain('https://evil');
  });
});

describe('the reply to fix', () => {
  it('is a committable suggestion of the thread’s lines when the place allows it', () => {
    const body = fixReply(
      { fixable: true, suggestion: 'ctx 11\nawait fill();\nctx 13\n', explanation: 'Wait for the fill.' },
      ON_LINES,
      USAGE,
    );
    expect(body).toBe(
      'Wait for the fill.\n\n```suggestion\nctx 11\nawait fill();\nctx 13\n```\n\n<sub>gpt-5.5 · effort medium · 1 request · 12,345 prompt + 678 completion tokens</sub>\n\n' +
        ANSWER_MARKER,
    );
  });

  it('chooses a fence that code with ``` inside cannot close', () => {
    const suggestion = 'const md = `\n```\ninner\n```\n`;';
    const body = fixReply({ fixable: true, suggestion, explanation: 'Quote it.' }, ON_LINES, USAGE);
    expect(body).toContain(`\`\`\`\`suggestion\n${suggestion}\n\`\`\`\`\n`);
  });

  it('is text and a plain code block when the lines cannot take a suggestion', () => {
    const body = fixReply(
      { fixable: true, suggestion: 'new 12', explanation: 'Restore it.' },
      ON_LEFT,
      USAGE,
    );
    expect(body).not.toContain('suggestion\n');
    expect(body).toContain('Restore it.\n\nSuggested change:\n```\nnew 12\n```');
    expect(body).toContain('_Not offered as a committable suggestion: the thread is on deleted lines');
    const elsewhere = fixReply(
      { fixable: false, suggestion: null, explanation: 'Await `fill()` in `api.ts` before the lookup.' },
      ON_LINES,
      USAGE,
    );
    expect(elsewhere.startsWith('Await `fill()` in `api.ts` before the lookup.\n\n<sub>')).toBe(true);
    // The model said it is not local: its code is shown, not offered to commit.
    const notLocal = fixReply(
      { fixable: false, suggestion: 'x()', explanation: 'Elsewhere.' },
      ON_LINES,
      USAGE,
    );
    expect(notLocal).toContain('Suggested change:\n```\nx()\n```');
  });

  it('offers nothing to commit when the suggestion repeats the current lines', () => {
    const body = fixReply(
      { fixable: true, suggestion: 'ctx 11\nnew 12\nctx 13', explanation: 'Fine.' },
      ON_LINES,
      USAGE,
    );
    expect(body).not.toContain('```suggestion');
    expect(body).toContain(
      '_The suggested text is the same as the current lines: there is nothing to commit._',
    );
  });

  it('keeps a suggestion whole or not at all, and stays within GitHub’s limit', () => {
    const suggestion = 'x();\n'.repeat(40_000);
    const body = fixReply(
      { fixable: true, suggestion, explanation: 'word '.repeat(40_000) },
      ON_LINES,
      USAGE,
    );
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).not.toContain('```suggestion');
    expect(body).toContain('_The suggested change (40000 lines) is too long to show here._');
    const fits = fixReply(
      { fixable: true, suggestion: 'y();\n'.repeat(5_000), explanation: 'word '.repeat(40_000) },
      ON_LINES,
      USAGE,
    );
    expect(fits.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(fits).toContain(`\`\`\`suggestion\n${'y();\n'.repeat(5_000)}\`\`\``);
  });
});

describe('the error reply', () => {
  it('is one line and our marker, with the reason made inert', () => {
    const body = errorReply('the model request failed: 503 at https://evil.example\nfor @octocat');
    const [line, marker, ...rest] = body.split('\n\n');
    expect(rest).toEqual([]);
    expect(marker).toBe(ANSWER_MARKER);
    expect(line).toBe(
      '⚠️ vtrix-review could not answer: the model request failed: 503 at hxxps://evil\\[.\\]example for @\u200doctocat',
    );
  });
});
